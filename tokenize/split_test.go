package tokenize_test

import (
	"fmt"
	"os"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/tokenize"
)

// units renders the split of text: one string a unit, headings marked "[h] ".
func units(text string) []string {
	var out []string
	for _, s := range tokenize.Sentences(text) {
		u := s.In(text)
		if s.Heading {
			u = "[h] " + u
		}
		out = append(out, u)
	}
	return out
}

func TestSentences(t *testing.T) {
	// The paragraphs of a story hard-wrapped at 72 characters, each opening
	// with a space, for the rows on indents below; unit gives the unit
	// each should be.
	const (
		harvest = " أعلنت وزارة الزراعة أمس أن محصول القمح هذا العام تجاوز التوقعات بنسبة\n" +
			"كبيرة رغم قلة الأمطار في الشتاء الماضي.\n"
		// a line broken early, before a number
		yield = " وقال المتحدث إن متوسط إنتاج الهكتار بلغ\n" +
			"3.2 طن مقابل 2.5 طن في العام الماضي وإن المخازن امتلأت قبل نهاية\n" +
			"الموسم.\n"
		price = " وأضاف أن الحكومة ستشتري المحصول كله بسعر يحدده مجلس الوزراء في\n" +
			"جلسته المقبلة.\n"
		export = " وتتوقع الوزارة أن تصدر البلاد جزءا من المحصول إلى الدول المجاورة لأول\n" +
			"مرة منذ عشر سنوات.\n"
		farmers = " وقال مزارعون إن أسعار البذور والأسمدة ارتفعت كثيرا خلال العام الماضي\n" +
			"وإنهم يأملون أن تغطي الأسعار الجديدة تكاليفهم.\n"
	)
	unit := strings.TrimSpace
	twelve := strings.Repeat("كلمة ", 11) + "أخيرة" // MaxHeadingWords written out, so that the rows pin it
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"period", "ذهب الولد إلى المدرسة. عاد في المساء.", []string{"ذهب الولد إلى المدرسة.", "عاد في المساء."}},
		{"exclamation", "يا له من يوم! انتهى الاجتماع.", []string{"يا له من يوم!", "انتهى الاجتماع."}},
		{"latin question mark", "هل انتهى? نعم انتهى.", []string{"هل انتهى?", "نعم انتهى."}},
		{"arabic question mark", "هل انتهى الاجتماع؟ نعم انتهى.", []string{"هل انتهى الاجتماع؟", "نعم انتهى."}},
		{"arabic question mark glued", "لماذا؟قال الوزير إنه سيعود.", []string{"لماذا؟", "قال الوزير إنه سيعود."}},
		{"urdu full stop", "یہ پہلا جملہ ہے۔ یہ دوسرا ہے۔", []string{"یہ پہلا جملہ ہے۔", "یہ دوسرا ہے۔"}},
		{"ellipsis character", "وانتظر الجميع… ثم جاء الخبر.", []string{"وانتظر الجميع…", "ثم جاء الخبر."}},
		{"ellipsis as dots", "وانتظر الجميع... ثم جاء الخبر.", []string{"وانتظر الجميع...", "ثم جاء الخبر."}},
		{"two dots inside a line are a pause", "وقال إن الهدف اقتصاد قوي.. يوفر العمل للشباب.", []string{"وقال إن الهدف اقتصاد قوي.. يوفر العمل للشباب."}},
		{"two spaced dots are a pause", "لا تتأخر .. ابدأ الآن. ثم تابع.", []string{"لا تتأخر .. ابدأ الآن.", "ثم تابع."}},
		{"two dots before a number are a pause", "وارتفعت الأسعار.. 20 في المئة خلال شهر. ثم استقرت.", []string{"وارتفعت الأسعار.. 20 في المئة خلال شهر.", "ثم استقرت."}},
		{"a headline in two parts is one heading", "الحكومة ترفع أسعار الوقود.. واحتجاجات في العاصمة\nنص الفقرة.", []string{"[h] الحكومة ترفع أسعار الوقود.. واحتجاجات في العاصمة", "نص الفقرة."}},
		{"a headline's question after two dots is one sentence", "الانتخابات في المدينة.. ماذا بعد؟\nنص الفقرة.", []string{"الانتخابات في المدينة.. ماذا بعد؟", "نص الفقرة."}},
		{"two dots at a line's end end it", "وانتهى الأمر عند هذا الحد..\nثم جاء الخبر.", []string{"وانتهى الأمر عند هذا الحد..", "ثم جاء الخبر."}},
		{"two dots before a closing quote end", "قال: \"انتهى الأمر..\" ثم مضى.", []string{"قال: \"انتهى الأمر..\"", "ثم مضى."}},
		{"two dots opening a sentence are left out", "انتهى الأمر. .. نحن هنا.", []string{"انتهى الأمر.", "نحن هنا."}},
		{"two dots then a period end", "في آخر الطريق.. . نحن هنا.", []string{"في آخر الطريق..", "نحن هنا."}},
		{"run of marks", "ماذا؟! لا أصدق ذلك.", []string{"ماذا؟!", "لا أصدق ذلك."}},
		{"line feed ends", "جملة بلا نقطة في آخرها تمتد على سطر طويل بما يكفي لتكون جملة لا عنوانا أبدا\nوجملة ثانية.", []string{"جملة بلا نقطة في آخرها تمتد على سطر طويل بما يكفي لتكون جملة لا عنوانا أبدا", "وجملة ثانية."}},
		{"crlf", "الجملة الأولى.\r\nالجملة الثانية.", []string{"الجملة الأولى.", "الجملة الثانية."}},
		{"lone cr", "الجملة الأولى.\rالجملة الثانية.", []string{"الجملة الأولى.", "الجملة الثانية."}},
		{"unicode line and paragraph separators", "الأولى.\u2028الثانية.\u2029الثالثة.", []string{"الأولى.", "الثانية.", "الثالثة."}},
		{"decimal ascii", "بلغ النمو 3.5 في المئة. وهذا جيد.", []string{"بلغ النمو 3.5 في المئة.", "وهذا جيد."}},
		{"decimal arabic-indic with period", "بلغ النمو ٣.٥ في المئة. وهذا جيد.", []string{"بلغ النمو ٣.٥ في المئة.", "وهذا جيد."}},
		{"decimal arabic separator", "بلغ النمو ٣٫٥ في المئة. وهذا جيد.", []string{"بلغ النمو ٣٫٥ في المئة.", "وهذا جيد."}},
		{"date", "صدر القرار في 12.5.2024 بعد نقاش. ثم نشر.", []string{"صدر القرار في 12.5.2024 بعد نقاش.", "ثم نشر."}},
		{"year then period ends", "ولد عام 2018. ثم انتقل.", []string{"ولد عام 2018.", "ثم انتقل."}},
		{"abbreviation doctor", "قال د. أحمد إن الوضع مستقر.", []string{"قال د. أحمد إن الوضع مستقر."}},
		{"abbreviation professor doctor", "حاضر أ.د. محمد علي في الجامعة.", []string{"حاضر أ.د. محمد علي في الجامعة."}},
		{"abbreviation engineer", "وصل م. خالد إلى الموقع.", []string{"وصل م. خالد إلى الموقع."}},
		{"an abbreviation after «و», and: «ود.», «وم.», «وأ.د.»", "بحضور د. محمد علي ود. أحمد حسن وأ.د. سامي نور وم. خالد عمر انعقد المؤتمر. ثم انصرف الجميع.", []string{"بحضور د. محمد علي ود. أحمد حسن وأ.د. سامي نور وم. خالد عمر انعقد المؤتمر.", "ثم انصرف الجميع."}},
		{"…but a word of two letters after «ل» ends its sentence: «له.», «لا.»", "لم يقل شيئا له. لا. ثم انصرف.", []string{"لم يقل شيئا له.", "لا.", "ثم انصرف."}},
		{"abbreviation page", "انظر ص. 15 من التقرير.", []string{"انظر ص. 15 من التقرير."}},
		{"abbreviation part", "ورد في ج. 2 من الكتاب.", []string{"ورد في ج. 2 من الكتاب."}},
		{"…written with tatweel, as «هـ.» is: «جـ.», «صـ.»", "ورد في جـ. 2 صـ. 15 من الكتاب. ثم انتهى.", []string{"ورد في جـ. 2 صـ. 15 من الكتاب.", "ثم انتهى."}},
		{"abbreviation hijri without year", "توفي في القرن الثالث هـ. الموافق للتاسع الميلادي.", []string{"توفي في القرن الثالث هـ. الموافق للتاسع الميلادي."}},
		{"hijri era after year ends", "توفي عام 204 هـ. ودفن في مصر.", []string{"توفي عام 204 هـ.", "ودفن في مصر."}},
		{"latin abbreviations of titles and places", "The St. Louis team met Col. Brown and Ms. Lee. They spoke.", []string{"The St. Louis team met Col. Brown and Ms. Lee.", "They spoke."}},
		{"abbreviation volume", "ورد في مج. 3 من الموسوعة. ثم انتهى.", []string{"ورد في مج. 3 من الموسوعة.", "ثم انتهى."}},
		{"letter names spelled with periods: an acronym", "انفجر المحرك من طراز \"سي.إف.إم56\" في الطائرة. ثم هبطت.", []string{"انفجر المحرك من طراز \"سي.إف.إم56\" في الطائرة.", "ثم هبطت."}},
		{"…a longer letter name at the end of the chain", "وقالت وكالة سي.آي.إيه إنها تراقب الوضع. ثم صمتت.", []string{"وقالت وكالة سي.آي.إيه إنها تراقب الوضع.", "ثم صمتت."}},
		{"…five letters at the end", "وأعلنت شركة بي.إم.دبليو أرباحها. ثم ارتفع سهمها.", []string{"وأعلنت شركة بي.إم.دبليو أرباحها.", "ثم ارتفع سهمها."}},
		{"…in brackets", "قال ماكرون لمحطة (بي.إف.إم) إنه مستعد. ثم غادر.", []string{"قال ماكرون لمحطة (بي.إف.إم) إنه مستعد.", "ثم غادر."}},
		{"a period glued to the next sentence still ends", "تاريخها يرجع إلى نوح.و تعني الكلمة الخشب.", []string{"تاريخها يرجع إلى نوح.", "و تعني الكلمة الخشب."}},
		{"…after a short word too, when a longer one follows", "وهذا ما حدث له.على الأقل في البداية.", []string{"وهذا ما حدث له.", "على الأقل في البداية."}},
		{"a site's name with an Arabic domain: no end", "نقلت العربية.نت عن مصدر مطلع أن الخطة جاهزة. ثم صمتت.", []string{"نقلت العربية.نت عن مصدر مطلع أن الخطة جاهزة.", "ثم صمتت."}},
		{"…«كوم», a comma after it", "قال محلل في شركة مصراوي.كوم، التي تتبع الأسعار، إن السوق هادئة. ثم صمت.", []string{"قال محلل في شركة مصراوي.كوم، التي تتبع الأسعار، إن السوق هادئة.", "ثم صمت."}},
		{"…in a dateline on a line of its own", "دبي - العربية.نت\nأعلنت الحكومة خطة جديدة.", []string{"[h] دبي - العربية.نت", "أعلنت الحكومة خطة جديدة."}},
		{"…at a sentence's end, the period after it ends it", "التفاصيل على الجزيرة.نت. ثم صمتت.", []string{"التفاصيل على الجزيرة.نت.", "ثم صمتت."}},
		{"a word that opens with a domain's letters after a glued period ends", "وصل إلى الشبكة.نتائج الفحص جاءت سلبية.", []string{"وصل إلى الشبكة.", "نتائج الفحص جاءت سلبية."}},
		{"a photo's caption of more than a heading's words, its credit in parentheses at its end, is a heading", "وزير المالية ورئيس مجلس الإدارة خلال اجتماع المجلس في العاصمة أمس لبحث تمديد برنامج الدعم (واس)\nوجهت الحكومة باستمرار الدعم.", []string{"[h] وزير المالية ورئيس مجلس الإدارة خلال اجتماع المجلس في العاصمة أمس لبحث تمديد برنامج الدعم (واس)", "وجهت الحكومة باستمرار الدعم."}},
		{"…an agency's initials with dots", "متظاهرون يرفعون الأعلام في ساحة الاستقلال وسط العاصمة خلال احتجاجات يوم الجمعة الماضي ضد الحكومة (أ.ف.ب)\nخرج آلاف المتظاهرين.", []string{"[h] متظاهرون يرفعون الأعلام في ساحة الاستقلال وسط العاصمة خلال احتجاجات يوم الجمعة الماضي ضد الحكومة (أ.ف.ب)", "خرج آلاف المتظاهرين."}},
		{"…a photo agency's credit, in Latin letters", "متظاهرون يرفعون الأعلام في ساحة الاستقلال وسط العاصمة خلال احتجاجات يوم الجمعة الماضي ضد الحكومة (Getty Images)\nخرج آلاف المتظاهرين.", []string{"[h] متظاهرون يرفعون الأعلام في ساحة الاستقلال وسط العاصمة خلال احتجاجات يوم الجمعة الماضي ضد الحكومة (Getty Images)", "خرج آلاف المتظاهرين."}},
		{"…an archive's photo", "متظاهرون يرفعون الأعلام في ساحة الاستقلال وسط العاصمة خلال احتجاجات يوم الجمعة الماضي ضد الحكومة (صورة أرشيفية)\nخرج آلاف المتظاهرين.", []string{"[h] متظاهرون يرفعون الأعلام في ساحة الاستقلال وسط العاصمة خلال احتجاجات يوم الجمعة الماضي ضد الحكومة (صورة أرشيفية)", "خرج آلاف المتظاهرين."}},
		{"…Al Jazeera's own credit", "متظاهرون يرفعون الأعلام في ساحة الاستقلال وسط العاصمة خلال احتجاجات يوم الجمعة الماضي ضد الحكومة (الجزيرة)\nخرج آلاف المتظاهرين.", []string{"[h] متظاهرون يرفعون الأعلام في ساحة الاستقلال وسط العاصمة خلال احتجاجات يوم الجمعة الماضي ضد الحكومة (الجزيرة)", "خرج آلاف المتظاهرين."}},
		{"…Al Jazeera's name for AFP", "رجال الإنقاذ يبحثون عن ناجين تحت أنقاض مبنى انهار في المدينة القديمة (الفرنسية)\nخرج آلاف المتظاهرين.", []string{"[h] رجال الإنقاذ يبحثون عن ناجين تحت أنقاض مبنى انهار في المدينة القديمة (الفرنسية)", "خرج آلاف المتظاهرين."}},
		{"…and for EPA", "وزير الخارجية يصافح نظيره قبل بدء المحادثات في القصر الرئاسي صباح الأحد الماضي (الأوروبية)\nخرج آلاف المتظاهرين.", []string{"[h] وزير الخارجية يصافح نظيره قبل بدء المحادثات في القصر الرئاسي صباح الأحد الماضي (الأوروبية)", "خرج آلاف المتظاهرين."}},
		{"…EPA's, in Arabic letters", "وزير الخارجية يصافح نظيره قبل بدء المحادثات في القصر الرئاسي صباح الأحد الماضي (إي بي إيه)\nخرج آلاف المتظاهرين.", []string{"[h] وزير الخارجية يصافح نظيره قبل بدء المحادثات في القصر الرئاسي صباح الأحد الماضي (إي بي إيه)", "خرج آلاف المتظاهرين."}},
		{"…EPA's and AP's initials, as papers spell them, with dots", "وزير الخارجية يصافح نظيره قبل بدء المحادثات في القصر الرئاسي صباح الأحد الماضي (إ.ب.أ)\nناقلة نفط راسية في ميناء المدينة الجنوبي بانتظار تفريغ حمولتها بعد أسبوعين من الانتظار (أ.ب)\nخرج آلاف المتظاهرين.", []string{"[h] وزير الخارجية يصافح نظيره قبل بدء المحادثات في القصر الرئاسي صباح الأحد الماضي (إ.ب.أ)", "[h] ناقلة نفط راسية في ميناء المدينة الجنوبي بانتظار تفريغ حمولتها بعد أسبوعين من الانتظار (أ.ب)", "خرج آلاف المتظاهرين."}},
		{"…AP's, in Arabic letters", "ناقلة نفط راسية في ميناء المدينة الجنوبي بانتظار تفريغ حمولتها بعد أسبوعين من الانتظار (أسوشيتد برس)\nخرج آلاف المتظاهرين.", []string{"[h] ناقلة نفط راسية في ميناء المدينة الجنوبي بانتظار تفريغ حمولتها بعد أسبوعين من الانتظار (أسوشيتد برس)", "خرج آلاف المتظاهرين."}},
		{"…Getty Images', another spelling", "لاعبو المنتخب يحتفلون بالهدف الثاني في المباراة النهائية للبطولة على الملعب الوطني أمام آلاف المشجعين (غيتي إيميجز)\nخرج آلاف المتظاهرين.", []string{"[h] لاعبو المنتخب يحتفلون بالهدف الثاني في المباراة النهائية للبطولة على الملعب الوطني أمام آلاف المشجعين (غيتي إيميجز)", "خرج آلاف المتظاهرين."}},
		{"…social media's", "طلاب يؤدون الامتحانات في إحدى مدارس العاصمة خلال العام الدراسي الماضي وسط إجراءات مشددة (مواقع التواصل)\nخرج آلاف المتظاهرين.", []string{"[h] طلاب يؤدون الامتحانات في إحدى مدارس العاصمة خلال العام الدراسي الماضي وسط إجراءات مشددة (مواقع التواصل)", "خرج آلاف المتظاهرين."}},
		{"…an illustrative photo's", "أسعار الخضار معروضة على بسطة في سوق شعبي بالعاصمة بعد ارتفاعها للأسبوع الثالث (صورة تعبيرية)\nخرج آلاف المتظاهرين.", []string{"[h] أسعار الخضار معروضة على بسطة في سوق شعبي بالعاصمة بعد ارتفاعها للأسبوع الثالث (صورة تعبيرية)", "خرج آلاف المتظاهرين."}},
		{"…Shutterstock's, in Arabic letters", "سفينة شحن عملاقة تعبر القناة في طريقها إلى البحر المتوسط بعد أيام من إعادة فتح الممر (شترستوك)\nخرج آلاف المتظاهرين.", []string{"[h] سفينة شحن عملاقة تعبر القناة في طريقها إلى البحر المتوسط بعد أيام من إعادة فتح الممر (شترستوك)", "خرج آلاف المتظاهرين."}},
		{"…two credits, a dash between", "سيارات محترقة في شارع رئيسي بعد ليلة من المواجهات بين الشرطة والمحتجين في ضواحي العاصمة الشمالية (أرشيفية - الفرنسية)\nخرج آلاف المتظاهرين.", []string{"[h] سيارات محترقة في شارع رئيسي بعد ليلة من المواجهات بين الشرطة والمحتجين في ضواحي العاصمة الشمالية (أرشيفية - الفرنسية)", "خرج آلاف المتظاهرين."}},
		{"…a slash between", "مقر البنك المركزي في وسط العاصمة حيث اجتمعت لجنة السياسة النقدية لبحث أسعار الفائدة (رويترز/أرشيف)\nخرج آلاف المتظاهرين.", []string{"[h] مقر البنك المركزي في وسط العاصمة حيث اجتمعت لجنة السياسة النقدية لبحث أسعار الفائدة (رويترز/أرشيف)", "خرج آلاف المتظاهرين."}},
		{"…a comma between", "مزارع يحصد القمح في حقل قرب النهر في موسم الحصاد الذي بدأ مبكرا هذا العام بسبب الحر (الأناضول، أرشيف)\nخرج آلاف المتظاهرين.", []string{"[h] مزارع يحصد القمح في حقل قرب النهر في موسم الحصاد الذي بدأ مبكرا هذا العام بسبب الحر (الأناضول، أرشيف)", "خرج آلاف المتظاهرين."}},
		{"…but not two parts of which one is no credit", "متظاهرون يرفعون الأعلام في ساحة الاستقلال وسط العاصمة خلال احتجاجات يوم الجمعة الماضي ضد الحكومة (رويترز - بيان الحكومة)\nخرج آلاف المتظاهرين.", []string{"متظاهرون يرفعون الأعلام في ساحة الاستقلال وسط العاصمة خلال احتجاجات يوم الجمعة الماضي ضد الحكومة (رويترز - بيان الحكومة)", "خرج آلاف المتظاهرين."}},
		{"…nor empty parentheses, nor marks alone", "متظاهرون يرفعون الأعلام في ساحة الاستقلال وسط العاصمة خلال احتجاجات يوم الجمعة الماضي ضد الحكومة ()\nخرج آلاف المتظاهرين.\nمتظاهرون يرفعون الأعلام في ساحة الاستقلال وسط العاصمة خلال احتجاجات يوم الجمعة الماضي ضد الحكومة (- /)\nخرج آلاف المتظاهرين.", []string{"متظاهرون يرفعون الأعلام في ساحة الاستقلال وسط العاصمة خلال احتجاجات يوم الجمعة الماضي ضد الحكومة ()", "خرج آلاف المتظاهرين.", "متظاهرون يرفعون الأعلام في ساحة الاستقلال وسط العاصمة خلال احتجاجات يوم الجمعة الماضي ضد الحكومة (- /)", "خرج آلاف المتظاهرين."}},
		{"a sentence that lost its period, other words in parentheses at its end, is no caption", "اتهمت الحكومة جارتها بدعم الجبهة الشعبية لتحرير الساقية الحمراء ووادي الذهب في الصحراء (بوليساريو)\nخرج آلاف المتظاهرين.", []string{"اتهمت الحكومة جارتها بدعم الجبهة الشعبية لتحرير الساقية الحمراء ووادي الذهب في الصحراء (بوليساريو)", "خرج آلاف المتظاهرين."}},
		{"…nor one whose words in parentheses open with an agency's name", "وأكدت الوزارة أن الخسائر بلغت مليون دولار وفق ما نقلته وكالة الأنباء في العاصمة دمشق (سانا الرسمية)\nخرج آلاف المتظاهرين.", []string{"وأكدت الوزارة أن الخسائر بلغت مليون دولار وفق ما نقلته وكالة الأنباء في العاصمة دمشق (سانا الرسمية)", "خرج آلاف المتظاهرين."}},
		{"…nor one with its period after the credit", "متظاهرون يرفعون الأعلام في ساحة الاستقلال وسط العاصمة خلال احتجاجات يوم الجمعة الماضي ضد الحكومة (رويترز).\nخرج آلاف المتظاهرين.", []string{"متظاهرون يرفعون الأعلام في ساحة الاستقلال وسط العاصمة خلال احتجاجات يوم الجمعة الماضي ضد الحكومة (رويترز).", "خرج آلاف المتظاهرين."}},
		{"a line wholly in parentheses or brackets, a final mark after it or inside, is a heading: a photo's note («تعبيرية», \"illustrative\") or an editor's («يتبع», \"to follow\")", "(تعبيرية - \"النهار\").\nأقرت الحكومة الخطة.\n(يتبع).\n[صورة أرشيفية.]", []string{"[h] (تعبيرية - \"النهار\").", "أقرت الحكومة الخطة.", "[h] (يتبع).", "[h] [صورة أرشيفية.]"}},
		{"…not one of more than a heading's words, nor one with words outside, nor two groups", "(وكانت الحكومة قد أعلنت الخطة الشهر الماضي بعد أشهر من المفاوضات مع النقابات والأحزاب).\n(الصورة) أقرت الحكومة الخطة.\n(أ) و(ب).\n(أ) و[ب].", []string{"(وكانت الحكومة قد أعلنت الخطة الشهر الماضي بعد أشهر من المفاوضات مع النقابات والأحزاب).", "(الصورة) أقرت الحكومة الخطة.", "(أ) و(ب).", "(أ) و[ب]."}},
		{"a label of a word or a few and a colon, on a line of its own over a heading, is a heading", "البوابة:\nالفريق يفوز مرة أخرى\nاستهل الفريق حملته بفوز كبير.", []string{"[h] البوابة:", "[h] الفريق يفوز مرة أخرى", "استهل الفريق حملته بفوز كبير."}},
		{"…a list of further reading's", "استهل الفريق حملته بفوز كبير.\nاقرأ أيضاً:\nالفريق يفوز مرة أخرى", []string{"استهل الفريق حملته بفوز كبير.", "[h] اقرأ أيضاً:", "[h] الفريق يفوز مرة أخرى"}},
		{"…four words", "وتشمل الصلاحيات الجديدة للمجلس:\nالفريق يفوز مرة أخرى\nاستهل الفريق حملته بفوز كبير.", []string{"[h] وتشمل الصلاحيات الجديدة للمجلس:", "[h] الفريق يفوز مرة أخرى", "استهل الفريق حملته بفوز كبير."}},
		{"…at the text's end", "استهل الفريق حملته بفوز كبير.\nالمصدر:", []string{"استهل الفريق حملته بفوز كبير.", "[h] المصدر:"}},
		{"…a share label over a sentence", "شارك:\nاستهل الفريق حملته بفوز كبير.", []string{"[h] شارك:", "استهل الفريق حملته بفوز كبير."}},
		{"…with what it shares", "شارك الخبر:\nاستهل الفريق حملته بفوز كبير.", []string{"[h] شارك الخبر:", "استهل الفريق حملته بفوز كبير."}},
		{"…a follow label of two words between paragraphs", "استهل الفريق حملته بفوز كبير.\nتابعونا على:\nوقال المدرب إن الفوز مستحق.", []string{"استهل الفريق حملته بفوز كبير.", "[h] تابعونا على:", "وقال المدرب إن الفوز مستحق."}},
		{"…in English", "Share this:\nاستهل الفريق حملته بفوز كبير.", []string{"[h] Share this:", "استهل الفريق حملته بفوز كبير."}},
		{"…the verb's other sense, announcing a list, is a sentence", "شارك في الاجتماع:\nوزير المالية ووزير الخارجية ورئيس البنك المركزي.", []string{"شارك في الاجتماع:", "وزير المالية ووزير الخارجية ورئيس البنك المركزي."}},
		{"a line of five words or more that ends with a colon is a sentence", "وقال وزير الخارجية في مؤتمر صحفي:\nالفريق يفوز مرة أخرى\nاستهل الفريق حملته بفوز كبير.", []string{"وقال وزير الخارجية في مؤتمر صحفي:", "[h] الفريق يفوز مرة أخرى", "استهل الفريق حملته بفوز كبير."}},
		{"a label's shape after a sentence on its line is that sentence's end", "استهل الفريق حملته. وقال المدرب:\nالفريق يفوز مرة أخرى", []string{"استهل الفريق حملته.", "وقال المدرب:", "[h] الفريق يفوز مرة أخرى"}},
		{"era after year ends", "شهرته بدأت عام 1783 م. اتسعت بعد ذلك.", []string{"شهرته بدأت عام 1783 م.", "اتسعت بعد ذلك."}},
		{"era glued to year ends", "توفي في فيينا عام 1827م. ودفن هناك.", []string{"توفي في فيينا عام 1827م.", "ودفن هناك."}},
		{"before christ after year ends", "بنيت المدينة عام 300 ق.م. وازدهرت.", []string{"بنيت المدينة عام 300 ق.م.", "وازدهرت."}},
		{"single latin letter", "قال John F. Kennedy ذلك.", []string{"قال John F. Kennedy ذلك."}},
		{"u.s.", "The U.S. economy grew. Jobs rose.", []string{"The U.S. economy grew.", "Jobs rose."}},
		{"latin title", "Dr. Smith arrived. He spoke.", []string{"Dr. Smith arrived.", "He spoke."}},
		{"url with query", "زوروا https://example.com/a?b=1&c=2.html للمزيد. شكرا.", []string{"زوروا https://example.com/a?b=1&c=2.html للمزيد.", "شكرا."}},
		{"url at sentence end", "التفاصيل على www.bbc.com/arabic. وشكرا.", []string{"التفاصيل على www.bbc.com/arabic.", "وشكرا."}},
		{"email", "راسلونا على info@example.org. نرد سريعا.", []string{"راسلونا على info@example.org.", "نرد سريعا."}},
		{"ftp url with a question mark", "حملوا الملف من ftp://example.org/get?id=5 ثم افتحوه. شكرا.", []string{"حملوا الملف من ftp://example.org/get?id=5 ثم افتحوه.", "شكرا."}},
		{"guillemet closes", "قال الوزير «انتهى الأمر.» ثم غادر.", []string{"قال الوزير «انتهى الأمر.»", "ثم غادر."}},
		{"curly quote closes", "قال الوزير “انتهى الأمر.” ثم غادر.", []string{"قال الوزير “انتهى الأمر.”", "ثم غادر."}},
		{"single curly quote closes", "قال الوزير ‘انتهى الأمر.’ ثم غادر.", []string{"قال الوزير ‘انتهى الأمر.’", "ثم غادر."}},
		{"a brace closes, as sites set a Quranic verse in braces", "قرأ الإمام {الحمد لله رب العالمين.} ثم ركع.", []string{"قرأ الإمام {الحمد لله رب العالمين.}", "ثم ركع."}},
		{"straight quote closes", "قال \"انتهى الأمر.\" ثم غادر.", []string{"قال \"انتهى الأمر.\"", "ثم غادر."}},
		{"straight quote opens", "انتهى الأمر.\"بداية\" جديدة.", []string{"انتهى الأمر.", "\"بداية\" جديدة."}},
		{"a comma after a quoted question goes on", "وفحصت اللوحة من جانب برنامج \"ثروة أم مزيفة؟\"، وقالت الخبيرة إنها أصلية.", []string{"وفحصت اللوحة من جانب برنامج \"ثروة أم مزيفة؟\"، وقالت الخبيرة إنها أصلية."}},
		{"a comma after a link round a quoted question goes on", "<p>وفحصت اللوحة من جانب برنامج <a href=\"/tv\">\"ثروة أم مزيفة؟\"</a>، وقالت الخبيرة إنها أصلية. ثم غادرت.</p>", []string{"وفحصت اللوحة من جانب برنامج <a href=\"/tv\">\"ثروة أم مزيفة؟\"</a>، وقالت الخبيرة إنها أصلية.", "ثم غادرت."}},
		{"a comma after a bold question goes on", "<p>وفحصت اللوحة من جانب برنامج <b>ثروة أم مزيفة؟</b>، وقالت الخبيرة إنها أصلية.</p>", []string{"وفحصت اللوحة من جانب برنامج <b>ثروة أم مزيفة؟</b>، وقالت الخبيرة إنها أصلية."}},
		{"a comma after a no-break space written as an entity goes on", "<p>قال \"لماذا؟\"&nbsp;، ثم غادر.</p>", []string{"قال \"لماذا؟\"&nbsp;، ثم غادر."}},
		{"a comma written as an entity goes on", "<p>سألها هل تبالي؟&#1548; فأجابت بالنفي.</p>", []string{"سألها هل تبالي؟&#1548; فأجابت بالنفي."}},
		{"a block's tag between a question and a comma ends it", "<p>هل انتهى الاجتماع؟</p><p>، ثم جاء الخبر.</p>", []string{"هل انتهى الاجتماع؟", "ثم جاء الخبر."}},
		{"a comma right after a question goes on", "سألها هل تبالي؟، فأجابت بالنفي.", []string{"سألها هل تبالي؟، فأجابت بالنفي."}},
		{"a comma after guillemets goes on", "رفع المتظاهرون شعار «ارحل!»، ثم تفرقوا.", []string{"رفع المتظاهرون شعار «ارحل!»، ثم تفرقوا."}},
		{"a spaced comma goes on", "قال \"لماذا؟\" ، ثم غادر.", []string{"قال \"لماذا؟\" ، ثم غادر."}},
		{"a latin comma, a semicolon or a colon goes on", "صاح: \"النجدة!\", فجاء الجيران؛ سألوه: لماذا؟: لم يجب.", []string{"صاح: \"النجدة!\", فجاء الجيران؛ سألوه: لماذا؟: لم يجب."}},
		{"an ellipsis then a comma goes on", "وانتظر الجميع...، ثم جاء الخبر.", []string{"وانتظر الجميع...، ثم جاء الخبر."}},
		{"a short quoted question with words after it on the line goes on", "وتابع الجمهور برنامج «من يربح المليون؟» طوال عشرين عاما.", []string{"وتابع الجمهور برنامج «من يربح المليون؟» طوال عشرين عاما."}},
		{"a quoted question that opens the sentence goes on", "\"هل نذهب الآن؟\" سأل الرجل صاحبه.", []string{"\"هل نذهب الآن؟\" سأل الرجل صاحبه."}},
		{"a quoted slogan goes on", "رفع المتظاهرون شعار “ارحل!” وهم يسيرون نحو الساحة.", []string{"رفع المتظاهرون شعار “ارحل!” وهم يسيرون نحو الساحة."}},
		{"a quotation's marks and question mark written as entities go on", "<p>وتابع الجمهور برنامج &quot;من يربح المليون&#1567;&quot; طوال عشرين عاما.</p>", []string{"وتابع الجمهور برنامج &quot;من يربح المليون&#1567;&quot; طوال عشرين عاما."}},
		{"a tag between a quoted slogan and the word after it", "<p>رفع المتظاهرون شعار <b>«ارحل!»</b> وهم يسيرون نحو الساحة.</p>", []string{"رفع المتظاهرون شعار <b>«ارحل!»</b> وهم يسيرون نحو الساحة."}},
		{"a quoted question of eight words goes on", "وسألته: «هل تحب العمل في الإذاعة أكثر من التلفزيون؟» فابتسم طويلا.", []string{"وسألته: «هل تحب العمل في الإذاعة أكثر من التلفزيون؟» فابتسم طويلا."}},
		{"a quoted question of nine words ends", "وسألته: «هل تحب العمل في الإذاعة أكثر من التلفزيون اليوم؟» فابتسم طويلا.", []string{"وسألته: «هل تحب العمل في الإذاعة أكثر من التلفزيون اليوم؟»", "فابتسم طويلا."}},
		{"a quotation after a short quoted question is a sentence of its own", "سأل الأب: «هل نذهب؟» «نعم، نذهب الآن.»", []string{"سأل الأب: «هل نذهب؟»", "«نعم، نذهب الآن.»"}},
		{"a short quotation that a period ends ends", "قال: «انتهى الأمر.» ثم مضى.", []string{"قال: «انتهى الأمر.»", "ثم مضى."}},
		{"a short quoted question at the line's end ends", "سأل الرجل: «هل نذهب؟»\nثم مضى.", []string{"سأل الرجل: «هل نذهب؟»", "ثم مضى."}},
		{"a question whose quotation opened before the last sentence's end ends", "قال: «انتهى الأمر. هل فهمتم؟» ثم مضى.", []string{"قال: «انتهى الأمر.", "هل فهمتم؟»", "ثم مضى."}},
		{"a question in brackets, not quotes, ends", "سأل (لماذا؟) ثم مضى.", []string{"سأل (لماذا؟)", "ثم مضى."}},
		{"a comma after the line's end is another line", "هل انتهى الاجتماع؟\n، ثم جاء الخبر.", []string{"هل انتهى الاجتماع؟", "ثم جاء الخبر."}},
		{"a stray comma or semicolon opening a sentence is left out", "انتهى الاجتماع.\n,جاء هذا بعد أسبوع من المفاوضات.\n ؛ وبعدها غادر الوفد.", []string{"انتهى الاجتماع.", "جاء هذا بعد أسبوع من المفاوضات.", "وبعدها غادر الوفد."}},
		{"space before period and quote", "يسعى \"لتحطيم الخرافات بالمعلومات .\" كما قال.", []string{"يسعى \"لتحطيم الخرافات بالمعلومات .\"", "كما قال."}},
		{"bracket closes", "وافق الجميع (بعد نقاش طويل.) ثم انفضوا.", []string{"وافق الجميع (بعد نقاش طويل.)", "ثم انفضوا."}},
		{"a period inside an aside in brackets that closes on its line ends nothing", "وأضاف المتحدث (وهو مسؤول رفيع. لم يذكر اسمه) أن الاجتماع سيعقد غدا. ثم غادر.", []string{"وأضاف المتحدث (وهو مسؤول رفيع. لم يذكر اسمه) أن الاجتماع سيعقد غدا.", "ثم غادر."}},
		{"…nor one inside a Quranic verse's ornate brackets", "قال تعالى: ﴿إن مع العسر يسرا. فإن مع العسر يسرا﴾ وهذا ما نؤمن به. ثم دعا.", []string{"قال تعالى: ﴿إن مع العسر يسرا. فإن مع العسر يسرا﴾ وهذا ما نؤمن به.", "ثم دعا."}},
		{"…whose closing bracket stays with its sentence", "قرأ الإمام ﴿الحمد لله رب العالمين.﴾ ثم ركع.", []string{"قرأ الإمام ﴿الحمد لله رب العالمين.﴾", "ثم ركع."}},
		{"…an aside that does not close on its line leaves its periods to end sentences", "قال الوزير (وهو غاضب. ثم خرج من القاعة.\nوعاد بعد ساعة).", []string{"قال الوزير (وهو غاضب.", "ثم خرج من القاعة.", "وعاد بعد ساعة)."}},
		{"…nor does a line whose brackets do not pair up", "قال الوزير (في بيانه. وهذا (مهم. ثم غادر).", []string{"قال الوزير (في بيانه.", "وهذا (مهم.", "ثم غادر)."}},
		{"…an aside whose sentence holds 80 words up to its closer keeps its sentence whole", "قال (" + strings.Repeat("كلمة ", 77) + "انتهى. ثم) غادر.", []string{"قال (" + strings.Repeat("كلمة ", 77) + "انتهى. ثم) غادر."}},
		{"…a dash between blanks is no word of them", "قال (" + strings.Repeat("كلمة ", 77) + "- انتهى. ثم) غادر.", []string{"قال (" + strings.Repeat("كلمة ", 77) + "- انتهى. ثم) غادر."}},
		{"…one of 81 leaves its period to end a sentence", "قال (" + strings.Repeat("كلمة ", 78) + "انتهى. ثم) غادر.", []string{"قال (" + strings.Repeat("كلمة ", 78) + "انتهى.", "ثم) غادر."}},
		{"…and a bracket closed before the period is no aside", "أولا) قال الوزير (في بيانه) إنه راض. ثم غادر (مسرعا).", []string{"أولا) قال الوزير (في بيانه) إنه راض.", "ثم غادر (مسرعا)."}},
		{"missing space after period", "انتهى الاجتماع.وبدأ المؤتمر الصحفي.", []string{"انتهى الاجتماع.", "وبدأ المؤتمر الصحفي."}},
		{"numbered list item", "1. البند الأول من الاتفاق.", []string{"1. البند الأول من الاتفاق."}},
		{"list numbers of two or three Arabic-Indic digits open their item", "١٢. البند الثاني عشر.\n۱۲۳. البند الأخير.\n٢٠٢٤. ٢٠٢٥.", []string{"١٢. البند الثاني عشر.", "۱۲۳. البند الأخير.", "٢٠٢٤.", "٢٠٢٥."}},
		{"year at line start ends", "2024. 2025.", []string{"2024.", "2025."}},
		{"an interview's labels, «س:» for the question and «ج:» for the answer, open no sentence", "س: ما أولويات الوزارة؟\nج: خفض البطالة بين الشباب. ونعمل على برنامج للتدريب.\nس/ وماذا عن التضخم؟ ج / سينخفض.\nسـ: هل ستقترضون؟\nج- لا.", []string{"ما أولويات الوزارة؟", "خفض البطالة بين الشباب.", "ونعمل على برنامج للتدريب.", "وماذا عن التضخم؟", "سينخفض.", "هل ستقترضون؟", "لا."}},
		{"…but a letter with a colon inside a sentence, or a word, is text", "قال ج: نعم. سبب: الطقس.", []string{"قال ج: نعم.", "سبب: الطقس."}},
		{"two dots before a link are a pause, as before its word", "أنا تعافيت.. <a href=\"/a\">قاومت</a> المرض وغلبته. ثم عاد.", []string{"أنا تعافيت.. <a href=\"/a\">قاومت</a> المرض وغلبته.", "ثم عاد."}},
		{"a mark inside a tag ends nothing: a link's query string, an image's alt text", "<p>افتتح الوزير <a href=\"news.php?id=5&amp;p=2\">المعرض</a> أمس <img alt=\"صورة!\" src=\"a.jpg?v=2\"> وحضره ألف زائر.</p>", []string{"افتتح الوزير <a href=\"news.php?id=5&amp;p=2\">المعرض</a> أمس <img alt=\"صورة!\" src=\"a.jpg?v=2\"> وحضره ألف زائر."}},
		{"an XHTML page's XML declaration is markup, as other processing instructions are", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head><title>افتتاح المعرض</title></head>\n<body><?php echo 'x'; ?>\n<p>افتتح الوزير المعرض أمس.</p>\n</body>\n</html>", []string{"[h] افتتاح المعرض", "افتتح الوزير المعرض أمس."}},
		{"…and «<?» in prose that no '>' closes is text, its «?» a question's mark", "قال: <? لا أعرف. ثم صمت.", []string{"قال: <?", "لا أعرف.", "ثم صمت."}},
		{"a bullet mark opens no sentence", "• شارك أكثر من ثلاثمئة ناشر.\n- يستمر المعرض عشرة أيام.\n-سجل صلاح عشرة أهداف.\n* افتتح الوزير المعرض.\n— وقال الوزير: نعم.", []string{"شارك أكثر من ثلاثمئة ناشر.", "يستمر المعرض عشرة أيام.", "سجل صلاح عشرة أهداف.", "افتتح الوزير المعرض.", "وقال الوزير: نعم."}},
		{"…nor does a diamond, a square, a pointer, a star or a tick, as Arabic news sites mark a roundup's items", "♦ أعلنت فرنسا خطة للطاقة.\n◆ فاز المنتخب.\n■ ارتفع الذهب.\n► هطلت الأمطار.\n◄ افتتح المعرض.\n★ عاد الوزير.\n✔ أقر البرلمان القانون.\n▶ تأجلت المباراة.\n✓ وصل الوفد.\n♦♦ بقي.", []string{"أعلنت فرنسا خطة للطاقة.", "فاز المنتخب.", "ارتفع الذهب.", "هطلت الأمطار.", "افتتح المعرض.", "عاد الوزير.", "أقر البرلمان القانون.", "تأجلت المباراة.", "وصل الوفد.", "♦♦ بقي."}},
		{"a live blog's time before an entry on its line opens no sentence: the page's layout, as a bullet is", "10:45 ارتفع عدد الضحايا إلى 35.\n10:30 - أعلنت الحكومة حالة الطوارئ.\n9:05 | قال الدفاع المدني إن فرقه أنقذت مئتي شخص.\n٠٩:٥٠ توقعت الأرصاد الأمطار.\n08:15 ص - وصل الوزير.\n07:40 GMT: بدأ الاجتماع.\n• 07:20 – عاد الوفد.\n07:05انتهى الاجتماع.\n06:50 - \"لن نتراجع\"، قال الوزير.\n06:40 | 30 قتيلا في الفيضانات.\n06:30 - • وصل الوفد.", []string{"ارتفع عدد الضحايا إلى 35.", "أعلنت الحكومة حالة الطوارئ.", "قال الدفاع المدني إن فرقه أنقذت مئتي شخص.", "توقعت الأرصاد الأمطار.", "وصل الوزير.", "بدأ الاجتماع.", "عاد الوفد.", "انتهى الاجتماع.", "\"لن نتراجع\"، قال الوزير.", "30 قتيلا في الفيضانات.", "وصل الوفد."}},
		{"…but a time inside a line, a time of day before no mark, a range, a score or no time stays", "بدأ الحفل. 10:45 موعد العرض.\n10:30 صباحا موعد بدء التصويت.\n10:30 - 11:45 فترة الراحة.\n3:1 نتيجة المباراة.\n25:10 لا وقت.\n10:75 دقيقة بقيت.", []string{"بدأ الحفل.", "10:45 موعد العرض.", "10:30 صباحا موعد بدء التصويت.", "10:30 - 11:45 فترة الراحة.", "3:1 نتيجة المباراة.", "25:10 لا وقت.", "10:75 دقيقة بقيت."}},
		{"…nor does an emoji, as news channels on Telegram mark each item, with its variation selector or skin tone", "📌 أقر البرلمان القانون.\n🔴 ويقسم القانون البلاد.\n⚡️ وقال الرئيس إن القانون تاريخي.\n👍🏽 رحب الناس.\n🔻تظاهر المعارضون.", []string{"أقر البرلمان القانون.", "ويقسم القانون البلاد.", "وقال الرئيس إن القانون تاريخي.", "رحب الناس.", "تظاهر المعارضون."}},
		{"…but an emoji inside a sentence or doubled stays, as does a symbol below the arrows", "رحب الناس بالقانون 👍 وخرجوا.\n🔴🔴 عاد الوفد.\n© الموقع 2026 كل الحقوق.", []string{"رحب الناس بالقانون 👍 وخرجوا.", "🔴🔴 عاد الوفد.", "© الموقع 2026 كل الحقوق."}},
		{"a Markdown quotation mark opens no sentence", "> قال الوزير إن المعرض ناجح.\n>> وأضاف أنه الأكبر.\n> > ولن يتأخر.", []string{"قال الوزير إن المعرض ناجح.", "وأضاف أنه الأكبر.", "ولن يتأخر."}},
		{"a greater-than sign before a number stays", "> 5 في المئة من السكان بلا عمل.", []string{"> 5 في المئة من السكان بلا عمل."}},
		{"a minus sign before a number stays", "-5 درجات كانت الحرارة أمس.", []string{"-5 درجات كانت الحرارة أمس."}},
		{"a less-than sign opens no tag", "< 5 في المئة من السكان بلا عمل.", []string{"< 5 في المئة من السكان بلا عمل."}},
		{"a closing tag is markup", "</div>\nافتتح المعرض.", []string{"افتتح المعرض."}},
		// A page's HTML may hold a whole article on one line: a block's tag
		// ends a line, as a line break does, so that a sub-heading, a list
		// item or a line after <br> does not glue onto the sentence next to
		// it. Inline tags go on.
		{"a block's tag ends a line", "<p>افتتح الوزير المعرض أمس.</p><h2>أرقام قياسية</h2><p>وقال المدير إن الزوار تضاعفوا</p><p>وحضر الافتتاح جمهور كبير.</p>", []string{"افتتح الوزير المعرض أمس.", "[h] أرقام قياسية", "[h] وقال المدير إن الزوار تضاعفوا", "وحضر الافتتاح جمهور كبير."}},
		{"a line break tag ends a line", "عنوان قصير<br>وسطر آخر بعده ينتهي بنقطة.<BR/>سطر ثالث<br />سطر رابع.", []string{"[h] عنوان قصير", "وسطر آخر بعده ينتهي بنقطة.", "[h] سطر ثالث", "سطر رابع."}},
		{"list items and table cells on one line", "<ul><li>البند الأول</li><li class=\"x\">البند الثاني</li></ul><table><tr><td>الاسم</td><td>العمر</td></tr></table>", []string{"[h] البند الأول", "[h] البند الثاني", "[h] الاسم", "[h] العمر"}},
		{"a block's tag that never closes is text", "قال إن الوسم <p فتح الباب\nو<br لم يغلق.", []string{"[h] قال إن الوسم <p فتح الباب", "و<br لم يغلق."}},
		{"a paragraph of nothing but entities gives no unit", "<p>&nbsp;</p><p>افتتح الوزير المعرض.</p><p>&nbsp;&#160;&quot;</p>\n&amp;", []string{"افتتح الوزير المعرض."}},
		{"a quotation mark written as an entity closes its sentence as the mark does", "قال: &quot;نعم.&quot; ثم غادر. وقال &laquo;لا.&raquo; ثم عاد. وكتب &#34;بلى.&#34;", []string{"قال: &quot;نعم.&quot;", "ثم غادر.", "وقال &laquo;لا.&raquo;", "ثم عاد.", "وكتب &#34;بلى.&#34;"}},
		{"an ellipsis or a question mark written as an entity ends a sentence as the mark does", "لم يتوقع أحد ذلك&#8230; لكنه حدث. هل انتهى&#1567; نعم&hellip; وعاد&#x61f; ثم&#33; غادر", []string{"لم يتوقع أحد ذلك&#8230;", "لكنه حدث.", "هل انتهى&#1567;", "نعم&hellip;", "وعاد&#x61f;", "ثم&#33;", "غادر"}},
		{"an entity terminator keeps the closing quotation mark after it", "قال: &#8220;لم ينته الأمر&#8230;&#8221; ثم غادر.", []string{"قال: &#8220;لم ينته الأمر&#8230;&#8221;", "ثم غادر."}},
		{"an entity that is no terminator ends nothing", "شركة جونسون &amp; جونسون &copy; ربحت&#1548; وخسرت&#46; المنافسة في السوق.", []string{"شركة جونسون &amp; جونسون &copy; ربحت&#1548; وخسرت&#46; المنافسة في السوق."}},
		{"a question written as an entity goes on after a comma as the mark does", "برنامج &quot;من الرابح&#1567;&quot;، وقالت المذيعة إنه نجح.", []string{"برنامج &quot;من الرابح&#1567;&quot;، وقالت المذيعة إنه نجح."}},
		{"a no-break space written as an entity is a blank at a sentence's edges", "<p>نعم.&nbsp; وقال الوزير&nbsp;إن الحل قريب.&#160;</p><p>&#xa0;وغادر القاعة مساء الأمس.&nbsp;</p>", []string{"نعم.", "وقال الوزير&nbsp;إن الحل قريب.", "وغادر القاعة مساء الأمس."}},
		{"a list number in a page's paragraph opens its item as in plain text", "<p>أول جملة في النص هنا.</p>\n<p>1. ممارسة الرياضة تجعل مخك أكبر</p><li>&nbsp;2. النوم الكافي</li>", []string{"أول جملة في النص هنا.", "[h] 1. ممارسة الرياضة تجعل مخك أكبر", "[h] 2. النوم الكافي"}},
		{"a curly quote set the right-to-left way closes after the final mark as a straight one does", "قال ”نعم.“ ثم غادر. وكتب “لا.” وعاد. انتهى.“بدأ المؤتمر“ كما قال.", []string{"قال ”نعم.“", "ثم غادر.", "وكتب “لا.”", "وعاد.", "انتهى.", "“بدأ المؤتمر“ كما قال."}},
		{"an HTML document's source lines are wrapped inside its paragraphs and tags, as Word's web page is", "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\r\n<body lang=EN-US>\r\n<p class=MsoNormal dir=RTL\r\nstyle='direction:rtl'><span lang=AR-SA>افتتح الوزير <span\r\ndir=LTR>2025</span> المعرض\r\nأمس. وقال إن الزوار\r\nكثر.<o:p></o:p></span></p>\r\n\r\n<p class=MsoNormal><b><span\r\nlang=AR-SA>افتتاح المعرض</span></b></p>\r\n<p><span lang=AR-SA>وغادر الوزير بعد ساعة.</span></p>\r\n</body>\r\n</html>", []string{"افتتح الوزير <span\r\ndir=LTR>2025</span> المعرض\r\nأمس.", "وقال إن الزوار\r\nكثر.", "[h] افتتاح المعرض", "وغادر الوزير بعد ساعة."}},
		{"a blank line ends a paragraph of an HTML document", "<!DOCTYPE html>\n<body>\nافتتح الوزير المعرض\nأمس\n\nوغادر بعد ساعة.\n</body>", []string{"[h] افتتح الوزير المعرض\nأمس", "وغادر بعد ساعة."}},
		{"a text that opens with no HTML document's tag keeps its lines", "<p>افتتح الوزير المعرض أمس\nوغادر بعد ساعة واحدة فقط من وصوله.</p>", []string{"[h] افتتح الوزير المعرض أمس", "وغادر بعد ساعة واحدة فقط من وصوله."}},
		{"a quotation mark before an inline tag closes its sentence", "قال: \"نعم.\"</span> ثم غادر. وكتب &#34;لا.&#34;<o:p></o:p></span></p>", []string{"قال: \"نعم.\"", "ثم غادر.", "وكتب &#34;لا.&#34;"}},
		{"two dots before a line break that an HTML document's line goes on past are a pause", "<html>\n<p>&#34;أنا تعافيت..\r\nقاومت المرض وغلبته.</p>", []string{"&#34;أنا تعافيت..\r\nقاومت المرض وغلبته."}},
		{"an HTML document's text outside its article gives no unit", "<!DOCTYPE html>\n<body>\n<div class=cookie><p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك.</p><button>موافق</button></div>\n<article><h1>افتتاح المعرض</h1><p>افتتح الوزير المعرض أمس.</p><p>وحضره ألف زائر من عشرين بلدا.</p></article>\n<footer><p>جميع الحقوق محفوظة.</p></footer>\n</body>", []string{"[h] افتتاح المعرض", "افتتح الوزير المعرض أمس.", "وحضره ألف زائر من عشرين بلدا."}},
		{"…nor outside its main, when it has no article", "<html><body><div class=cookie>نستخدم ملفات تعريف الارتباط لتحسين تجربتك.</div><MAIN class=x><p>افتتح الوزير المعرض أمس.</p><p>وحضره ألف زائر من عشرين بلدا.</p></MAIN><footer>جميع الحقوق محفوظة.</footer></body></html>", []string{"افتتح الوزير المعرض أمس.", "وحضره ألف زائر من عشرين بلدا."}},
		{"an article with less than a quarter of the page's text is none", "<!DOCTYPE html><article><h1>افتتاح المعرض</h1></article><div><p>افتتح الوزير المعرض أمس.</p><p>وحضره ألف زائر من عشرين بلدا.</p></div>", []string{"[h] افتتاح المعرض", "افتتح الوزير المعرض أمس.", "وحضره ألف زائر من عشرين بلدا."}},
		{"of several articles, the one with the most text; one inside it is part of it", "<!DOCTYPE html><article><p>خبر قصير آخر.</p></article><article><p>افتتح الوزير المعرض أمس.</p><article><p>وحضره ألف زائر من عشرين بلدا.</p></article><p>وغادر.</p></article><articles>لا</articles>", []string{"افتتح الوزير المعرض أمس.", "وحضره ألف زائر من عشرين بلدا.", "وغادر."}},
		{"an article tag inside a script is none", "<!DOCTYPE html><script>var a = \"<article>\";</script><div><p>نص خارج.</p></div><article><p>افتتح الوزير المعرض أمس وحضره ألف زائر من عشرين بلدا.</p></article>", []string{"افتتح الوزير المعرض أمس وحضره ألف زائر من عشرين بلدا."}},
		{"an article that never closes runs to the end", "<!DOCTYPE html><p>نص.</p><article><p>افتتح الوزير المعرض أمس وحضره ألف زائر من عشرين بلدا.</p>", []string{"افتتح الوزير المعرض أمس وحضره ألف زائر من عشرين بلدا."}},
		{"a tag's name ends at HTML's white space, which has no \\v: «<main\\v>» is no main element", "<!DOCTYPE html><p>افتتح الوزير المعرض أمس.</p><main\v><p>وحضره ألف زائر من عشرين بلدا.</p></main\v>", []string{"افتتح الوزير المعرض أمس.", "وحضره ألف زائر من عشرين بلدا."}},
		{"a page's body alone keeps the text around its article", "<div><p>نص خارج المقال هنا.</p></div><article><p>افتتح الوزير المعرض أمس وحضره ألف زائر.</p></article>", []string{"نص خارج المقال هنا.", "افتتح الوزير المعرض أمس وحضره ألف زائر."}},
		{"a page's buttons, lists to choose from, icons, templates, frames and dialogs give no unit", "<button>القائمة</button>\n<p>افتتح الوزير المعرض أمس.</p><select><option>العربية</option><option>English</option></select><svg viewBox=\"0 0 9 9\"><title>أيقونة المشاركة</title></svg><template><p>نص مخفي.</p></template><iframe src=\"/a\">متصفحك لا يعرض الإطارات.</iframe><dialog open><p>اشترك في نشرتنا البريدية.</p></dialog><p>وحضره ألف زائر.</p>", []string{"افتتح الوزير المعرض أمس.", "وحضره ألف زائر."}},
		{"an HTML document's cookie notice, share bar, newsletter box and comments give no unit, by their class", "<!DOCTYPE html><body><div class=\"cookie-banner\"><p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك.</p></div><div class=\"story-body\"><p>افتتح الوزير المعرض أمس وحضره ألف زائر من عشرين بلدا.</p><div class='share-tools'><span>شارك الخبر مع أصدقائك.</span></div><div id=newsletter><div><p>اشترك في نشرتنا البريدية.</p></div></div><p>وغادر الوزير القاعة بعد ساعة من وصوله إليها.</p><p>ويستمر المعرض عشرة أيام بمشاركة ثلاثمئة دار نشر عربية وأجنبية.</p></div><section class=\"comments\"><p>تعليق أول على الخبر.</p></section></body>", []string{"افتتح الوزير المعرض أمس وحضره ألف زائر من عشرين بلدا.", "وغادر الوزير القاعة بعد ساعة من وصوله إليها.", "ويستمر المعرض عشرة أيام بمشاركة ثلاثمئة دار نشر عربية وأجنبية."}},
		{"…but not one whose class also names the story, nor a word that only holds one («shadow»), nor one that never closes", "<!DOCTYPE html><div class=\"article-content share-enabled\"><p>افتتح الوزير المعرض أمس.</p></div><div class=shadow><p>وحضره ألف زائر.</p></div><div class=promo><p>وغادر بعد ساعة.</p>", []string{"افتتح الوزير المعرض أمس.", "وحضره ألف زائر.", "وغادر بعد ساعة."}},
		{"…and the ones after an empty element their class names (an icon, a newsletter's field, a rule), which holds nothing and has no end tag", "<!DOCTYPE html><body><header><img src=\"x.svg\" class=\"social-icon\"><input type=email class=newsletter-field><hr class=ad /></header><div class=story><p>افتتح الوزير المعرض أمس وحضره ألف زائر من عشرين بلدا.</p><p>وغادر الوزير القاعة بعد ساعة من وصوله إليها.</p><p>ويستمر المعرض عشرة أيام بمشاركة ثلاثمئة دار نشر عربية وأجنبية.</p></div><div class=\"share\"><p>شارك الخبر مع أصدقائك.</p></div></body>", []string{"افتتح الوزير المعرض أمس وحضره ألف زائر من عشرين بلدا.", "وغادر الوزير القاعة بعد ساعة من وصوله إليها.", "ويستمر المعرض عشرة أيام بمشاركة ثلاثمئة دار نشر عربية وأجنبية."}},
		{"…and a custom element's, whose name goes on past a hyphen («<amp-ad>», «<social-share>»)", "<!DOCTYPE html><body><div class=story><p>افتتح الوزير المعرض أمس وحضره ألف زائر من عشرين بلدا.</p><amp-ad class=\"ad\" width=300></amp-ad><social-share class=share><p>شارك الخبر مع أصدقائك.</p></social-share><p>وغادر الوزير القاعة بعد ساعة من وصوله إليها.</p><p>ويستمر المعرض عشرة أيام بمشاركة ثلاثمئة دار نشر عربية وأجنبية.</p></div><div class=\"share\"><p>شارك الخبر مع أصدقائك.</p></div></body>", []string{"افتتح الوزير المعرض أمس وحضره ألف زائر من عشرين بلدا.", "وغادر الوزير القاعة بعد ساعة من وصوله إليها.", "ويستمر المعرض عشرة أيام بمشاركة ثلاثمئة دار نشر عربية وأجنبية."}},
		{"…and the ones after an element of their class that never closes, which is text", "<!DOCTYPE html><body><div class=story><p>افتتح الوزير المعرض أمس وحضره ألف زائر من عشرين بلدا.</p><p>وغادر الوزير القاعة بعد ساعة من وصوله إليها.</p><p>ويستمر المعرض عشرة أيام بمشاركة ثلاثمئة دار نشر عربية وأجنبية.</p><span class=ad>إعلان</div><div class=\"share\"><p>شارك الخبر مع أصدقائك.</p></div></body>", []string{"افتتح الوزير المعرض أمس وحضره ألف زائر من عشرين بلدا.", "وغادر الوزير القاعة بعد ساعة من وصوله إليها.", "ويستمر المعرض عشرة أيام بمشاركة ثلاثمئة دار نشر عربية وأجنبية.", "[h] إعلان"}},
		{"…and a photo's caption and credit named by class, as WordPress's classic captions and other sites' write them", "<!DOCTYPE html><body><p>افتتح الوزير المعرض أمس وحضره ألف زائر من عشرين بلدا.</p><div id=\"attachment_7\" class=\"wp-caption aligncenter\"><img src=\"/a.jpg\"><p class=\"wp-caption-text\">الوزير خلال افتتاح المعرض أمس.</p></div><p>وغادر الوزير القاعة بعد ساعة من وصوله إليها.</p><div class=image><img src=/b.jpg><span class=photo-credit>تصوير: أحمد حسن.</span></div><p>ويستمر المعرض عشرة أيام بمشاركة ثلاثمئة دار نشر عربية وأجنبية.</p></body>", []string{"افتتح الوزير المعرض أمس وحضره ألف زائر من عشرين بلدا.", "وغادر الوزير القاعة بعد ساعة من وصوله إليها.", "ويستمر المعرض عشرة أيام بمشاركة ثلاثمئة دار نشر عربية وأجنبية."}},
		{"…nor those that would take most of the page's text", "<!DOCTYPE html><div class=comments><p>افتتح الوزير المعرض أمس وحضره ألف زائر من عشرين بلدا.</p></div><p>تعليق.</p>", []string{"افتتح الوزير المعرض أمس وحضره ألف زائر من عشرين بلدا.", "تعليق."}},
		{"…nor in a page's body alone", "<div class=\"cookie-banner\"><p>نستخدم ملفات تعريف الارتباط.</p></div><p>افتتح الوزير المعرض أمس.</p>", []string{"نستخدم ملفات تعريف الارتباط.", "افتتح الوزير المعرض أمس."}},
		{"an entity quotation mark glued to the next word opens it", "انتهى الاجتماع.&quot;بدأ المؤتمر&quot; كما قال.", []string{"انتهى الاجتماع.", "&quot;بدأ المؤتمر&quot; كما قال."}},
		{"inline tags go on", "<p>زار <b>الوزير</b> <span class=\"x\">المعرض</span> <a href=\"/y\">أمس</a> <param>ثم <pre-x>غادر <ps>مساء</ps>.</p>", []string{"زار <b>الوزير</b> <span class=\"x\">المعرض</span> <a href=\"/y\">أمس</a> <param>ثم <pre-x>غادر <ps>مساء</ps>."}},
		{"a long headline in <h1> on a page's one line", "<h1>الاجتماع الروسي الأمريكي في نيويورك خطوات نحو حل الأزمة الأوكرانية وسبل إنهاء الحرب الطويلة</h1><p>عقد الوزيران اجتماعا.</p>", []string{"[h] الاجتماع الروسي الأمريكي في نيويورك خطوات نحو حل الأزمة الأوكرانية وسبل إنهاء الحرب الطويلة", "عقد الوزيران اجتماعا."}},
		{"tag after period ends", "<p>افتتح المعرض أمس.</p><p>وحضره الوزير.</p>", []string{"افتتح المعرض أمس.", "وحضره الوزير."}},
		// Markup at a sentence's edges is the page's layout: in a summary's
		// paragraph it would read as code («… أمس. <p>وحضره…»). Inside, it
		// stays, so that the span is the text as it came.
		{"markup around a sentence is left out", "<div class=\"body\"><p> افتتح الوزير المعرض أمس.</p></div>", []string{"افتتح الوزير المعرض أمس."}},
		{"markup inside a sentence stays", "<p>زار <b>الوزير</b> المعرض.</p>", []string{"زار <b>الوزير</b> المعرض."}},
		{"a line without a final mark loses its closing tag", "<p>هذا سطر من النص يطول بلا علامة في آخره حتى يتجاوز ما يكون عليه العنوان القصير</p><br/>", []string{"هذا سطر من النص يطول بلا علامة في آخره حتى يتجاوز ما يكون عليه العنوان القصير"}},
		{"a break between sentences", "افتتح الوزير المعرض.<br>وحضره ثلاثمئة ناشر.", []string{"افتتح الوزير المعرض.", "وحضره ثلاثمئة ناشر."}},
		// A '<' before a letter that no '>' closes in its sentence is text,
		// as a page cut off inside a tag leaves it: what follows it is the
		// story, not markup to hide.
		{"an unclosed tag hides no sentence", "<p افتتح وزير الثقافة معرض الكتاب أمس. وحضره ثلاثمئة ناشر.", []string{"<p افتتح وزير الثقافة معرض الكتاب أمس.", "وحضره ثلاثمئة ناشر."}},
		{"a tag closed in the next sentence hides neither", "<a title=\"x\" افتتح الوزير المعرض. وحضره ثلاثمئة ناشر>.", []string{"<a title=\"x\" افتتح الوزير المعرض.", "وحضره ثلاثمئة ناشر>."}},
		{"angle brackets around Arabic are no tag", "ارتفعت الحرارة في المدن الساحلية هذا الأسبوع إلى ما فوق المعدل المعتاد في مثل هذا الوقت <بكثير>", []string{"ارتفعت الحرارة في المدن الساحلية هذا الأسبوع إلى ما فوق المعدل المعتاد في مثل هذا الوقت <بكثير>"}},
		// Markdown emphasis («**…**», «__…__», «*…*») around a sentence is
		// the page's layout, as tags are: left out at its edges, kept
		// inside. A run of stars after final punctuation closes the
		// emphasis and lets the sentence end there.
		{"a bold sentence ends at its period", "**افتتح الوزير المعرض.** وحضره ثلاثمئة ناشر.", []string{"افتتح الوزير المعرض.", "وحضره ثلاثمئة ناشر."}},
		{"emphasis around a sentence is left out", "__افتتح الوزير المعرض.__\n*وحضره ثلاثمئة ناشر.*", []string{"افتتح الوزير المعرض.", "وحضره ثلاثمئة ناشر."}},
		{"a bold paragraph loses its marks at both ends", "**افتتح الوزير المعرض. وحضره ثلاثمئة ناشر.**", []string{"افتتح الوزير المعرض.", "وحضره ثلاثمئة ناشر."}},
		{"a bold question ends", "**ماذا بعد؟** قال الوزير إنه سيعود.", []string{"ماذا بعد؟", "قال الوزير إنه سيعود."}},
		{"a bold italic sentence ends at its period", "***افتتح الوزير المعرض.*** وحضره ثلاثمئة ناشر.", []string{"افتتح الوزير المعرض.", "وحضره ثلاثمئة ناشر."}},
		{"a bold line is a heading", "**عنوان عريض**\nنص.", []string{"[h] عنوان عريض", "نص."}},
		{"emphasis inside a sentence stays", "زار **الوزير** المعرض.\n**الوزير** زار المعرض.", []string{"زار **الوزير** المعرض.", "**الوزير** زار المعرض."}},
		{"a star between a period and a word ends nothing", "قال الوزير.*نعم هذا صحيح.", []string{"قال الوزير.*نعم هذا صحيح."}},
		// Templates are markup too: a site generator's shortcodes and
		// Liquid tags («{{< figure … >}}», «{% include … %}») and a wiki's
		// templates («{{مرجع|…}}», nested or not). A period inside one
		// ends nothing; one that stands alone or at a sentence's edge is
		// left out, and one inside a sentence stays.
		{"a Hugo shortcode line gives no unit", "{{< figure src=\"/a.jpg\" caption=\"الوزير في نيويورك. تصوير: رويترز\" >}}\nافتتح الوزير المعرض.", []string{"افتتح الوزير المعرض."}},
		{"templates around a sentence are left out", "{{< quote >}}قال الوزير إن المعرض ناجح.{{< /quote >}}", []string{"قال الوزير إن المعرض ناجح."}},
		{"Liquid tags are markup", "{% include ad.html %}\nافتتح الوزير المعرض. {% endraw %}", []string{"افتتح الوزير المعرض."}},
		{"a period inside a template ends nothing", "ولد في بغداد {{مرجع|المؤلف. العنوان}} عام 1950. ودرس في القاهرة.", []string{"ولد في بغداد {{مرجع|المؤلف. العنوان}} عام 1950.", "ودرس في القاهرة."}},
		{"nested templates are one", "{{معلومات|الاسم={{لغة|ar|بغداد}}. الموقع}}\nنص.", []string{"نص."}},
		{"braces that do not close on the line are text", "قال {{ الوزير إن المعرض ناجح. وحضره ناشرون.\n}}", []string{"قال {{ الوزير إن المعرض ناجح.", "وحضره ناشرون."}},
		// A Markdown image («![alt](url)») is markup: its alt text is a
		// caption, not the story, and its '!' ends nothing.
		{"a Markdown image line gives no unit", "![صورة لوزير الخارجية الروسي ونظيره الأمريكي خلال لقائهما في مقر الأمم المتحدة في نيويورك](https://example.com/a_(1).jpg)\nافتتح الوزير المعرض.", []string{"افتتح الوزير المعرض."}},
		{"an image at a sentence's edge is left out", "![صورة](/a.jpg) افتتح الوزير المعرض. ![صورة](/b.jpg)", []string{"افتتح الوزير المعرض."}},
		{"an image inside a sentence stays", "افتتح الوزير ![صورة](/a.jpg) المعرض.", []string{"افتتح الوزير ![صورة](/a.jpg) المعرض."}},
		{"an exclamation before a bracket that is no image ends", "يا له من يوم![1] انتهى الاجتماع.", []string{"يا له من يوم!", "[1] انتهى الاجتماع."}},
		// A line of nothing but Markdown links is a page's navigation, a
		// list of other stories or a share bar: no unit, however long.
		{"a line of links is navigation", "[الرئيسية](https://a.com/) | [أخبار](https://a.com/news) · [رياضة](/sport)\nافتتح الوزير المعرض.", []string{"افتتح الوزير المعرض."}},
		{"a list item that is only a link gives no unit", "*   [وزير الخارجية الأمريكي يلتقي نظيره الروسي في نيويورك لبحث الأزمة الأوكرانية وسبل إنهاء الحرب](https://a.com/x_(1))\nافتتح الوزير المعرض.", []string{"افتتح الوزير المعرض."}},
		{"a line of HTML links is navigation", "<a href=\"/\">الرئيسية</a> | <a href=\"/news\">أخبار</a> · <A HREF=\"/sport\"><span>رياضة</span></A>\nافتتح الوزير المعرض.", []string{"افتتح الوزير المعرض."}},
		{"a menu as an HTML list on one line", "<nav-bar><ul class=\"menu\"><li><a href=\"/1\">سياسة</a></li><li><a href=\"/2\">اقتصاد</a></li><li><a href=\"/3\">رياضة</a></li></ul>\nافتتح الوزير المعرض.", []string{"افتتح الوزير المعرض."}},
		{"a breadcrumb trail copied with the story gives no unit, whichever of its separators and home page's names", "الرئيسية > أخبار > الشرق الأوسط\nالإفراج عن نجم السينما الهندية بعد ليلتين في الحبس في قضية صيد الظباء النادرة\nأطلقت محكمة هندية سراح الممثل.\nالرئيسية » عربي ودولي\nالصفحة الرئيسية / أخبار / سياسة\n Home › News › World \nالرئيسيّة ← الأخبار المحلية ← العاصمة\nالرئيسيه → أخبار → كأس العالم لكرة القدم\nHome | News\nالرئيسية \\ رياضة\nالرئيسية\t> أخبار\nوحضر المحاكمة صحفيون.", []string{"الإفراج عن نجم السينما الهندية بعد ليلتين في الحبس في قضية صيد الظباء النادرة", "أطلقت محكمة هندية سراح الممثل.", "وحضر المحاكمة صحفيون."}},
		{"…but a line that opens with the home page's name and says more is text, and so are trails with other words or a link on their line, other separators, two in a row, or a part of five words", "الرئيسية في العاصمة > المدينة\nالرئيسية > أخبار.\nالرئيسية > أخبار / سياسة\nالرئيسية - أخبار - سياسة\nالرئيسية > أخبار العاصمة والمدن والقرى البعيدة\nالرئيسية > <b>أخبار</b>\n- الرئيسية > أخبار\nالرئيسية >\nالرئيسيات > أخبار\nالرئيسية > > أخبار\nالرئيسية > [أخبار](/news)", []string{"[h] الرئيسية في العاصمة > المدينة", "الرئيسية > أخبار.", "[h] الرئيسية > أخبار / سياسة", "[h] الرئيسية - أخبار - سياسة", "[h] الرئيسية > أخبار العاصمة والمدن والقرى البعيدة", "[h] الرئيسية > <b>أخبار", "[h] الرئيسية > أخبار", "[h] الرئيسية >", "[h] الرئيسيات > أخبار", "[h] الرئيسية > > أخبار", "[h] الرئيسية > [أخبار](/news)"}},
		{"a related story's HTML link alone on its line", "<p><a href=\"/x\">وزير الخارجية الأمريكي يلتقي نظيره الروسي في نيويورك لبحث الأزمة الأوكرانية وسبل إنهاء الحرب</a></p>\nافتتح الوزير المعرض.", []string{"افتتح الوزير المعرض."}},
		{"a line with words besides its HTML link stays", "وحضره <a href=\"/y\">الضيوف</a> والناشرون.\n<abbr title=\"x\">ناسا</abbr> | <a href=\"/\">الرئيسية</a>", []string{"وحضره <a href=\"/y\">الضيوف</a> والناشرون.", "[h] ناسا</abbr> | <a href=\"/\">الرئيسية"}},
		{"an HTML link that never closes is text", "<a href=\"/x\">افتتح الوزير المعرض. <a href=\"/y\">وحضره الضيوف</a>", []string{"افتتح الوزير المعرض.", "وحضره الضيوف"}},
		{"links after a short label give no unit", "**اقرأ أيضاً:** [وزير الخارجية الروسي يحذر من تصعيد جديد في أوكرانيا ويدعو الغرب إلى الحوار](https://a.com/x)\n<p><strong>شاهد أيضا:</strong> <a href=\"/y\">وزير الخارجية الروسي يحذر من تصعيد جديد في أوكرانيا ويدعو الغرب إلى الحوار</a> | <a href=\"/z\">فيديو</a></p>\nالمصدر: [رويترز](https://a.com/r)\nافتتح الوزير المعرض.", []string{"افتتح الوزير المعرض."}},
		{"…a label may end with two dots, an ellipsis, a bar or a dash instead of a colon", "<p>اقرأ أيضاً.. <a href=\"/a\">وزير الخارجية الروسي يحذر من تصعيد جديد في أوكرانيا ويدعو الغرب إلى الحوار</a></p><p>طالع أيضا… <a href=\"/b\">وزير الخارجية الأمريكي يلتقي نظيره الروسي في نيويورك لبحث الأزمة الأوكرانية</a></p><p>ذات صلة | <a href=\"/c\">الأمم المتحدة تحذر من أزمة غذاء عالمية خلال العام المقبل بسبب الحرب والجفاف</a></p>\nشاهد أيضا - [منتخب مصر يتأهل إلى نهائيات كأس العالم للمرة الرابعة في تاريخه بعد فوزه الكبير](https://a.com/d)\nشاهد - فيديو: [منتخب مصر يتأهل إلى نهائيات كأس العالم للمرة الرابعة في تاريخه بعد فوزه الكبير](https://a.com/e)\nافتتح الوزير المعرض.", []string{"افتتح الوزير المعرض."}},
		{"…nor a label with a colon before its bar", ":00 | <a href=\"/b\">ب</a>", []string{"[h] :00 | <a href=\"/b\">ب"}},
		{"…but not with a comma, nor a label with a final mark after its link", "<p>وقال الرئيس، <a href=\"/a\">إن بلاده ستواصل دعم جهود السلام في المنطقة حتى تحقيق الاستقرار الكامل لشعوبها</a></p><p>وأضاف.. <a href=\"/b\">إن الحوار هو الطريق الوحيد لإنهاء الأزمة الحالية بين البلدين الجارين بسرعة</a>.</p>", []string{"وقال الرئيس، <a href=\"/a\">إن بلاده ستواصل دعم جهود السلام في المنطقة حتى تحقيق الاستقرار الكامل لشعوبها", "وأضاف.. <a href=\"/b\">إن الحوار هو الطريق الوحيد لإنهاء الأزمة الحالية بين البلدين الجارين بسرعة</a>."}},
		{"a short line cut only by ellipses, as a headline or a deck sets its parts apart, is one heading", "الإمارات تستعد لاستقبال العام الجديد\nأبوظبي تسعى لتحقيق أرقام قياسية... و30 فعالية في دبي\nترامب يأمر بضرب سوريا.. وانفجارات ضخمة في دمشق\nمادورو … زعيم مثير للانقسام\nافتتح الوزير المعرض أمس.", []string{"[h] الإمارات تستعد لاستقبال العام الجديد", "[h] أبوظبي تسعى لتحقيق أرقام قياسية... و30 فعالية في دبي", "[h] ترامب يأمر بضرب سوريا.. وانفجارات ضخمة في دمشق", "[h] مادورو … زعيم مثير للانقسام", "افتتح الوزير المعرض أمس."}},
		{"…and so is one broken in two where a word needs the next", "عاجل… الحكومة تستقيل في\nالعاصمة اليوم\nب.", []string{"[h] عاجل… الحكومة تستقيل في\nالعاصمة اليوم", "ب."}},
		{"…but not a line that ends with a mark, one cut by a period too, nor one of more than 12 words", "قال الوزير... وانصرف.\nقال الوزير... ثم عاد. وانصرف\nكلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة... كلمة أخرى هنا\nب", []string{"قال الوزير...", "وانصرف.", "قال الوزير...", "ثم عاد.", "وانصرف", "كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة كلمة...", "كلمة أخرى هنا", "[h] ب"}},
		{"a teaser of another story closed by its «more» link gives no unit, whatever comes before it (a bullet and a time, as a page's «latest news» lists them)", "  • 01:08 . أردوغان يعرض الوساطة لحل النزاع في اليمن... المزيد\nافتتح الوزير المعرض أمس.\nسعر النفط يرتفع مجددا في الأسواق العالمية اقرأ المزيد »\nأسعار الذهب تتراجع… أكمل القراءة\nوحضره ألف زائر.", []string{"افتتح الوزير المعرض أمس.", "وحضره ألف زائر."}},
		{"…but a sentence that ends with «المزيد» without an ellipsis before it is text, and so are a period after the label, and a tag on the line", "ويتوقع الخبراء المزيد\nوقال: اقرأ المزيد.\nب <b>ج</b>... المزيد", []string{"[h] ويتوقع الخبراء المزيد", "وقال: اقرأ المزيد.", "[h] ب <b>ج</b>... المزيد"}},
		{"a ticker of other stories' headlines run together on one line, set apart by runs of blanks, gives no unit", "أداء ضعيف للدولار    المملكة تعيد تعريف التنافسية    هل ستقفز من الهاوية؟    ما بين الواقع والطموح.. منعطف حاسم\nافتتح الوزير المعرض أمس.\nارتفاع سعر النفط في الأسواق العالمية اليوم\t\t\tتراجع سعر الذهب في الأسواق العالمية اليوم\t\t\tاستقرار سعر الفضة في الأسواق العالمية اليوم\t\t\tهبوط سعر الدولار في الأسواق العالمية اليوم\nوحضره ألف زائر.", []string{"افتتح الوزير المعرض أمس.", "وحضره ألف زائر."}},
		{"a ticker of other stories' headlines on one line, parted by the same bar, «|», «•» or «·», or by the site's name in Latin letters, gives no unit, short enough to open the text as its headline or not, with a bar after its last piece or not", "الرئيس يدعو إلى حوار وطني شامل | البرلمان يقر قانون الانتخابات الجديد | الجيش ينتشر في المدينة لتطويق الإشكال | حريق كبير في منطقة صناعية (صورة) | المعارضة: لن نشارك في الحكومة المقبلة |\nافتتح الوزير المعرض أمس.\nارتفاع سعر النفط في الأسواق اليوم • تراجع سعر الذهب في الأسواق اليوم • استقرار سعر الفضة • هبوط سعر الدولار في الأسواق اليوم\nوحضره ألف زائر.\n\u00a0أمطار غزيرة تغلق الطرق في الشمال · المنتخب يفوز في مباراة ودية · شركة Apple تطلق هاتفا جديدا اليوم · سقوط\u00a0\nالحكومة تقر خطة لدعم المزارعين akhbarna المنتخب يفوز في مباراة ودية أمس akhbarna أسعار الذهب ترتفع مع ضعف الدولار… akhbarna أمطار غزيرة تغلق الطرق في الشمال akhbarna افتتاح معرض الكتاب\nالحكومة تقر خطة لدعم المزارعين AKHBAR المنتخب يفوز في مباراة ودية أمس AKHBAR أسعار الذهب ترتفع مع ضعف الدولار AKHBAR افتتاح المعرض\nوانتهى الحفل.", []string{"افتتح الوزير المعرض أمس.", "وحضره ألف زائر.", "وانتهى الحفل."}},
		{"…but not a page's title of three parts or four with one headline among them, a menu, a Markdown table's row, bars of two kinds, fewer than three pieces of more than four words, three pieces, a tag among them, a piece of more than 24 words or of none, a line that ends with a period, prose that names a brand in Latin letters again and again, Latin words of two kinds, or a Latin letter alone", "الحكومة ترفع أسعار الوقود في العاصمة بعد اجتماع طويل للوزراء أمس | اقتصاد | شبكة الأخبار\nبالفيديو | الحكومة ترفع أسعار الوقود في العاصمة بعد اجتماع طويل للوزراء أمس | اقتصاد | شبكة الأخبار\nأخبار | رياضة | اقتصاد | فن | صحة | سياسة | ثقافة | تقنية | سيارات | سفر | طقس | منوعات | فيديو\n| الفريق الأول في الدوري | ثلاثون نقطة من عشر مباريات | المركز الأول في الجدول | الهداف الأول في الموسم |\nالرئيس يدعو إلى حوار وطني شامل | البرلمان يقر قانون الانتخابات الجديد • الجيش ينتشر في المدينة لتطويق الإشكال | المعارضة لن تشارك في الحكومة المقبلة\nالرئيس يدعو إلى حوار وطني شامل | البرلمان يقر قانون الانتخابات الجديد | الجيش ينتشر في المدينة | المعارضة ترفض\nالرئيس يدعو إلى حوار وطني شامل | البرلمان يقر قانون الانتخابات الجديد | الجيش ينتشر | المعارضة ترفض المشاركة اليوم\nالرئيس يدعو إلى حوار وطني شامل | البرلمان يقر قانون الانتخابات الجديد | الجيش ينتشر في المدينة لتطويق الإشكال\nالرئيس يدعو إلى حوار وطني شامل | البرلمان يقر قانون الانتخابات الجديد | <b>الجيش</b> ينتشر في المدينة لتطويق الإشكال | المعارضة لن تشارك في الحكومة المقبلة\nالرئيس يدعو إلى حوار وطني شامل | البرلمان يقر قانون الانتخابات الجديد | الجيش ينتشر في المدينة لتطويق الإشكال | " + strings.TrimSpace(strings.Repeat("كلمة ", 25)) + "\nالرئيس يدعو إلى حوار وطني شامل | البرلمان يقر قانون الانتخابات الجديد | | الجيش ينتشر في المدينة لتطويق الإشكال\nقال الرئيس إن الحوار يبدأ غدا | وقال البرلمان إن القانون أقر | وقال الجيش إنه انتشر في المدينة | وقالت المعارضة إنها لن تشارك.\nأعلنت شركة Apple عن هاتف جديد في مؤتمرها السنوي اليوم. وقالت Apple إن الهاتف يصل إلى الأسواق في الشهر المقبل. وأضافت Apple أن سعره أعلى من سعر الطراز السابق Apple وتتوقع الشركة مبيعات كبيرة\nالحكومة تقر خطة لدعم المزارعين akhbarna المنتخب يفوز في مباراة ودية أمس akhbarna أسعار الذهب ترتفع مع ضعف الدولار news أمطار غزيرة تغلق الطرق في الشمال\nالحكومة تقر خطة لدعم المزارعين x المنتخب يفوز في مباراة ودية أمس x أسعار الذهب ترتفع مع ضعف الدولار x افتتاح المعرض", []string{
			"الحكومة ترفع أسعار الوقود في العاصمة بعد اجتماع طويل للوزراء أمس | اقتصاد | شبكة الأخبار",
			"بالفيديو | الحكومة ترفع أسعار الوقود في العاصمة بعد اجتماع طويل للوزراء أمس | اقتصاد | شبكة الأخبار",
			"أخبار | رياضة | اقتصاد | فن | صحة | سياسة | ثقافة | تقنية | سيارات | سفر | طقس | منوعات | فيديو",
			"| الفريق الأول في الدوري | ثلاثون نقطة من عشر مباريات | المركز الأول في الجدول | الهداف الأول في الموسم |",
			"الرئيس يدعو إلى حوار وطني شامل | البرلمان يقر قانون الانتخابات الجديد • الجيش ينتشر في المدينة لتطويق الإشكال | المعارضة لن تشارك في الحكومة المقبلة",
			"الرئيس يدعو إلى حوار وطني شامل | البرلمان يقر قانون الانتخابات الجديد | الجيش ينتشر في المدينة | المعارضة ترفض",
			"الرئيس يدعو إلى حوار وطني شامل | البرلمان يقر قانون الانتخابات الجديد | الجيش ينتشر | المعارضة ترفض المشاركة اليوم",
			"الرئيس يدعو إلى حوار وطني شامل | البرلمان يقر قانون الانتخابات الجديد | الجيش ينتشر في المدينة لتطويق الإشكال",
			"الرئيس يدعو إلى حوار وطني شامل | البرلمان يقر قانون الانتخابات الجديد | <b>الجيش</b> ينتشر في المدينة لتطويق الإشكال | المعارضة لن تشارك في الحكومة المقبلة",
			"الرئيس يدعو إلى حوار وطني شامل | البرلمان يقر قانون الانتخابات الجديد | الجيش ينتشر في المدينة لتطويق الإشكال | " + strings.TrimSpace(strings.Repeat("كلمة ", 25)),
			"الرئيس يدعو إلى حوار وطني شامل | البرلمان يقر قانون الانتخابات الجديد | | الجيش ينتشر في المدينة لتطويق الإشكال",
			"قال الرئيس إن الحوار يبدأ غدا | وقال البرلمان إن القانون أقر | وقال الجيش إنه انتشر في المدينة | وقالت المعارضة إنها لن تشارك.",
			"أعلنت شركة Apple عن هاتف جديد في مؤتمرها السنوي اليوم.", "وقالت Apple إن الهاتف يصل إلى الأسواق في الشهر المقبل.", "وأضافت Apple أن سعره أعلى من سعر الطراز السابق Apple وتتوقع الشركة مبيعات كبيرة",
			"الحكومة تقر خطة لدعم المزارعين akhbarna المنتخب يفوز في مباراة ودية أمس akhbarna أسعار الذهب ترتفع مع ضعف الدولار news أمطار غزيرة تغلق الطرق في الشمال",
			"الحكومة تقر خطة لدعم المزارعين x المنتخب يفوز في مباراة ودية أمس x أسعار الذهب ترتفع مع ضعف الدولار x افتتاح المعرض"}},
		{"…but three pieces are text (a page's columns side by side), and so are a piece of more than 24 words, single blanks, runs with a tag or a line break among them, a line that ends with a period, and one that is a heading, which no summary takes", "عنوان أول    عنوان ثان    عنوان ثالث\nب    ج    د    " + strings.Repeat("كلمة ", 25) + "\nه و ز ح ط ي\nك    <b>ل</b>    م    ن\nس    ع    ف    ص.\nسعر النفط\t\t\tسعر الذهب\t\t\tسعر الفضة\t\t\tسعر الدولار", []string{"[h] عنوان أول    عنوان ثان    عنوان ثالث", "ب    ج    د    " + strings.TrimSpace(strings.Repeat("كلمة ", 25)), "[h] ه و ز ح ط ي", "[h] ك    <b>ل</b>    م    ن", "س    ع    ف    ص.", "[h] سعر النفط\t\t\tسعر الذهب\t\t\tسعر الفضة\t\t\tسعر الدولار"}},
		{"a line of nothing but when the story was published or updated gives no unit", "<p>نشر في: الأحد 12 مارس 2023 - 10:30 ص | آخر تحديث: الأحد 12 مارس 2023 - 11:00 ص</p><p>افتتح الوزير المعرض أمس.</p>\nالخميس، 5 تشرين الأول 2023 الساعة 14:20 بتوقيت غرينتش\nآخر تحديث: منذ 5 ساعات\n١٤ رمضان ١٤٤٥ هـ الموافق ٢٤ مارس ٢٠٢٤ م\n12/03/2023 - 10:30\nنشر\u00a0في:\u00a012\u00a0مارس\u00a02023\n(الأحد) 12 مارس\n12/03/2023\n2023-03-12\nUpdated: 10:30 GMT\nالساعه 10:30 صباحا\n٥ جمادي الاولي ١٤٤٥\nاخر تحديث منذ 5 ساعات\nوحضره ألف زائر.", []string{"افتتح الوزير المعرض أمس.", "وحضره ألف زائر."}},
		{"…nor do a year with its era glued to it, a Hijri month after «ذي», and an issue's number before the date, as Gulf papers date a page", "العدد 3696 - الجمعة 19 أكتوبر 2012م الموافق 03 ذي الحجة 1433هـ\nافتتح الوزير المعرض أمس.\nالاثنين 10 ربيع الآخر 1445ه - 25 أكتوبر ٢٠٢٣م\nوحضره ألف زائر.", []string{"افتتح الوزير المعرض أمس.", "وحضره ألف زائر."}},
		{"…nor one whose time of day is drawn out with a tatweel", "السبت 31 يناير 2026 07:27 صـ 12 شعبان 1447 هـ\nافتتح الوزير المعرض أمس.", []string{"افتتح الوزير المعرض أمس."}},
		{"…but a year with its era in a sentence is text, and so is a year alone", "في عام 2023م\n2023م\nالعدد 3696\nب.", []string{"[h] في عام 2023م", "[h] 2023م", "[h] العدد 3696", "ب."}},
		{"…but a line that says more than the date is text, and a line without a month, a day or a time, and one that ends a sentence", "الأحد 12 مارس 2023 افتتح الوزير المعرض.\nفي عام 2023\nمنذ أيام\nالسبت الماضي\nفي 12 مارس.", []string{"الأحد 12 مارس 2023 افتتح الوزير المعرض.", "[h] في عام 2023", "[h] منذ أيام", "[h] السبت الماضي", "في 12 مارس."}},
		{"…nor one whose number before a colon, a slash or a dash has no digit after it: no time, no date", "في 12:, الساعة 3\nالساعة 10/٫ مساء\nب.", []string{"[h] في 12:, الساعة 3", "[h] الساعة 10/٫ مساء", "ب."}},
		{"a longer label, or one after a link, is text", "قال الوزير في بيان رسمي: [نص البيان](https://a.com)\n[أ](https://a.com) وقال: [ب](https://a.com)", []string{"[h] قال الوزير في بيان رسمي: [نص البيان](https://a.com)", "[h] [أ](https://a.com) وقال: [ب](https://a.com)"}},
		{"a line with words besides its link stays", "[عنوان](https://a.com) كما قال الوزير\nوحضره [الضيوف](https://a.com) والناشرون.", []string{"[h] [عنوان](https://a.com) كما قال الوزير", "وحضره [الضيوف](https://a.com) والناشرون."}},
		{"brackets without an address are text", "[1] افتتح الوزير المعرض. [2]\n[ملاحظة](هذا نص)", []string{"[1] افتتح الوزير المعرض.", "[2]", "[h] [ملاحظة](هذا نص)"}},
		// A page's scripts and style sheets are code, over as many lines as
		// they take: no unit. One that never closes is text.
		{"a script's code is no text", "<script>\nwindow.dataLayer = window.dataLayer || [];\ngtag('js', new Date()); gtag('config', 'UA-1');\n</script>\n<p>افتتح الوزير المعرض.</p>", []string{"افتتح الوزير المعرض."}},
		{"a style sheet is no text", "<STYLE type=\"text/css\">body { font-family: serif; } .a { color: red; }</STYLE >افتتح الوزير المعرض.", []string{"افتتح الوزير المعرض."}},
		{"a photo's caption is no text", "<figure><img src=\"/a.jpg\"><figcaption>الوزير خلال افتتاح المعرض في العاصمة أمس.</figcaption></figure><p>افتتح الوزير المعرض.</p>\n<FIGCAPTION class=\"x\">\nصورة أرشيفية.\n</FIGCAPTION>", []string{"افتتح الوزير المعرض."}},
		{"WordPress's media shortcodes in a post's source are no text: a photo's [caption], an [embed]'s and a [video]'s address, a [gallery]", "افتتح الوزير المعرض أمس وحضره ألف زائر من عشرين بلدا.\n\n[caption id=\"attachment_7\" align=\"aligncenter\" width=\"800\"]<img src=\"https://example.com/a.jpg\" alt=\"\" /> الوزير خلال افتتاح المعرض أمس. تصوير: أحمد حسن[/caption]\n\nوغادر الوزير القاعة.\n\n[embed]https://www.youtube.com/watch?v=abc[/embed]\n\n[video width=\"640\" mp4=\"https://example.com/v.mp4\"][/video] [audio mp3=\"https://example.com/a.mp3\"] [gallery ids=\"1,2,3\" /]\n\nويستمر المعرض عشرة أيام.", []string{"افتتح الوزير المعرض أمس وحضره ألف زائر من عشرين بلدا.", "وغادر الوزير القاعة.", "ويستمر المعرض عشرة أيام."}},
		{"…a [caption] at a paragraph's start, as the classic editor puts a photo, ends no sentence of the paragraph", "[caption id=\"a\" width=\"300\"]<img src=\"a.jpg\" /> صورة الوزير.[/caption]افتتح الوزير المعرض أمس وحضره ألف زائر. وغادر القاعة.", []string{"افتتح الوزير المعرض أمس وحضره ألف زائر.", "وغادر القاعة."}},
		{"…but not a name that only starts like one, an escaped one, one whose tag does not close on its line, nor a closing tag alone", "قال إن [captions] و[[caption]] و[video فتح الباب\nمضت. و[/embed] هنا.", []string{"[h] قال إن [captions] و[[caption]] و[video فتح الباب", "مضت.", "و[/embed] هنا."}},
		{"a script inside a line ends the unit before it", "افتتح الوزير المعرض. <script>alert('x. y')</script> وحضره ناشرون.", []string{"افتتح الوزير المعرض.", "وحضره ناشرون."}},
		{"a page's navigation is no text", "<nav><a href=\"/\">الرئيسية</a> <a href=\"/news\">أخبار العالم والشرق الأوسط والاقتصاد والرياضة والعلوم والتكنولوجيا والصحة والثقافة والفنون</a></nav>\n<p>افتتح الوزير المعرض.</p>", []string{"افتتح الوزير المعرض."}},
		{"an element's end tag is its name's, not one that starts like it", "<nav><navbar-brand>الموقع</navbar-brand><nav:item>عاجل</nav:item><navبار>أخبار</navبار> الرئيسية أخبار العالم والاقتصاد والرياضة</nav>\n<script>var t = \"</scripts>\"; alert('x. y');</script>\nافتتح الوزير المعرض.", []string{"افتتح الوزير المعرض."}},
		{"a message for browsers without scripts is no text", "<noscript>يرجى تفعيل جافا سكريبت لعرض هذه الصفحة بشكل صحيح.</noscript>\nافتتح الوزير المعرض.", []string{"افتتح الوزير المعرض."}},
		{"a script tag that never closes is text", "قال الخبير إن الوسم <script فتح الباب للمهاجمين. وأضاف أنه خطير.", []string{"قال الخبير إن الوسم <script فتح الباب للمهاجمين.", "وأضاف أنه خطير."}},
		{"an HTML comment is markup", "<!--more-->\nافتتح الوزير المعرض. <!-- إعلان -->", []string{"افتتح الوزير المعرض."}},
		{"a period inside an HTML comment ends nothing", "<!-- إعلان. لا تنشر -->افتتح الوزير المعرض.", []string{"افتتح الوزير المعرض."}},
		{"a doctype is markup", "<!DOCTYPE html>\n<html><body><p>افتتح الوزير المعرض.</p>", []string{"افتتح الوزير المعرض."}},
		{"path after period does not end", "راجع الملف docs./readme الآن.", []string{"راجع الملف docs./readme الآن."}},
		// A heading marked as one, in Markdown («# », «## ») or HTML
		// («<h1>»), is a heading at any length and whatever it ends with:
		// scraped pages and Markdown content files bring long headlines and
		// sub-headings phrased as questions. Its marker is left out. A
		// hashtag («#غزة») is no marker: a space must follow the #.
		{"a Markdown heading is one at any length", "# وزير الثقافة يفتتح معرض الكتاب الدولي في العاصمة بمشاركة أكثر من ألف ناشر من عشرين بلدا\nافتتح الوزير المعرض أمس.", []string{"[h] وزير الثقافة يفتتح معرض الكتاب الدولي في العاصمة بمشاركة أكثر من ألف ناشر من عشرين بلدا", "افتتح الوزير المعرض أمس."}},
		{"a Markdown heading ending with a question is one heading", "## ما الذي يجري؟ وماذا بعد؟\nافتتح الوزير المعرض أمس.", []string{"[h] ما الذي يجري؟ وماذا بعد؟", "افتتح الوزير المعرض أمس."}},
		{"a Markdown heading's closing hashes are left out", "  ### برنامج ثقافي واسع ###  \nنص.", []string{"[h] برنامج ثقافي واسع", "نص."}},
		{"a hash inside a Markdown heading stays", "# الحلقة #5\nنص.", []string{"[h] الحلقة #5", "نص."}},
		{"a Markdown heading marker alone gives no unit", "#\n## ##\nنص.", []string{"نص."}},
		{"a hashtag opens no heading", "#غزة_تحت_القصف يتصدر مواقع التواصل. وقال مغردون إنه الأوسع.", []string{"#غزة_تحت_القصف يتصدر مواقع التواصل.", "وقال مغردون إنه الأوسع."}},
		{"seven hashes are no Markdown heading", "####### ذهب. عاد.", []string{"####### ذهب.", "عاد."}},
		{"an HTML heading is one at any length", "<h1 class=\"title\">وزير الثقافة يفتتح معرض الكتاب الدولي في العاصمة بمشاركة أكثر من ألف ناشر. واحتفال كبير</h1>\n<p>افتتح الوزير المعرض أمس.</p>", []string{"[h] وزير الثقافة يفتتح معرض الكتاب الدولي في العاصمة بمشاركة أكثر من ألف ناشر. واحتفال كبير", "افتتح الوزير المعرض أمس."}},
		{"a page's title is a heading at any length and whatever it ends with", "<!DOCTYPE html><html><head><title>لماذا ترتفع أسعار الوقود؟ | شبكة الأخبار</title></head><body><p>ارتفعت الأسعار.</p>\n<title lang=ar>وزير الثقافة يفتتح معرض الكتاب الدولي في العاصمة بمشاركة أكثر من ألف ناشر من أربعين دولة</TITLE>\n<titles>ذهب. عاد.</titles>", []string{"[h] لماذا ترتفع أسعار الوقود؟ | شبكة الأخبار", "ارتفعت الأسعار.", "[h] وزير الثقافة يفتتح معرض الكتاب الدولي في العاصمة بمشاركة أكثر من ألف ناشر من أربعين دولة", "ذهب.", "عاد."}},
		{"an HTML heading ends at its end tag", "<h2>وزير الثقافة يفتتح معرض الكتاب الدولي في العاصمة بمشاركة أكثر من ألف ناشر</H2><p>افتتح الوزير المعرض أمس. وحضره ناشرون.</p>", []string{"[h] وزير الثقافة يفتتح معرض الكتاب الدولي في العاصمة بمشاركة أكثر من ألف ناشر", "افتتح الوزير المعرض أمس.", "وحضره ناشرون."}},
		{"a line over a rule of equals signs is a heading at any length", "وزير الثقافة يفتتح معرض الكتاب الدولي في العاصمة بمشاركة أكثر من ألف ناشر. من عشرين بلدا\n=====\nافتتح الوزير المعرض أمس.", []string{"[h] وزير الثقافة يفتتح معرض الكتاب الدولي في العاصمة بمشاركة أكثر من ألف ناشر. من عشرين بلدا", "افتتح الوزير المعرض أمس."}},
		{"a rule of equals signs after a blank line makes no heading", "افتتح الوزير المعرض أمس.\n\n= = =\n=====\nوحضره ناشرون.", []string{"افتتح الوزير المعرض أمس.", "وحضره ناشرون."}},
		{"an h tag that is not a heading opens no heading", "<hr>افتتح الوزير المعرض. وحضره ناشرون.", []string{"افتتح الوزير المعرض.", "وحضره ناشرون."}},
		{"heading then paragraph", "عنوان قصير\nنص الفقرة الأولى هنا.", []string{"[h] عنوان قصير", "نص الفقرة الأولى هنا."}},
		{"a line of 12 words without a final mark is a heading", twelve + "\nنص الفقرة.", []string{"[h] " + twelve, "نص الفقرة."}},
		{"…one of 13 is a sentence", twelve + " زائدة\nنص الفقرة.", []string{twelve + " زائدة", "نص الفقرة."}},
		{"question line is no heading", "ماذا بعد؟\nنص الفقرة.", []string{"ماذا بعد؟", "نص الفقرة."}},
		{"colon line over a sentence is no heading: it announces it", "وقال الوزير:\nسنعود قريبا.", []string{"وقال الوزير:", "سنعود قريبا."}},
		{"two sentences on a line are no heading", "جاء. ذهب", []string{"جاء.", "ذهب"}},
		{"blank lines and spaces trimmed", "  \n\n   أول جملة.   \n\t\n", []string{"أول جملة."}},
		{"bidi marks trimmed", "\u200fجملة مع علامة اتجاه.\u200f", []string{"جملة مع علامة اتجاه."}},
		{"punctuation only dropped", "...\n!!!\n—", nil},
		{"empty", "", nil},
		{"hard-wrapped text is unwrapped", "" +
			"تبدأ الغرفة التجارية الصناعية في محافظة الأحساء تنفيذ برامجها التدريبية\n" +
			"النسائية اعتبارا من يوم الأحد المقبل وذلك من خلال برنامجين نسائيين بعنوان\n" +
			"فنون التعامل مع الزوج وذلك في الفترة من السابع إلى الثامن من الشهر الحالي،\n" +
			"وتقدمهما الدكتورة وداد العيسى من دولة الكويت في مقر الغرفة بمدينة المبرز.\n" +
			"وأوضح مدير التدريب والتطوير بالغرفة بدر الحليبي أن المحاضرة ستتناول في\n" +
			"البرنامج الأول دراسة لأفضل توافق زواجي في العالم.\n" +
			"عنوان قصير\n", []string{
			"تبدأ الغرفة التجارية الصناعية في محافظة الأحساء تنفيذ برامجها التدريبية\n" +
				"النسائية اعتبارا من يوم الأحد المقبل وذلك من خلال برنامجين نسائيين بعنوان\n" +
				"فنون التعامل مع الزوج وذلك في الفترة من السابع إلى الثامن من الشهر الحالي،\n" +
				"وتقدمهما الدكتورة وداد العيسى من دولة الكويت في مقر الغرفة بمدينة المبرز.",
			"وأوضح مدير التدريب والتطوير بالغرفة بدر الحليبي أن المحاضرة ستتناول في\n" +
				"البرنامج الأول دراسة لأفضل توافق زواجي في العالم.",
			"[h] عنوان قصير",
		}},
		{"short lines are not wrapped text", "سطر أول\nسطر ثان\nسطر ثالث\nسطر رابع", []string{"[h] سطر أول", "[h] سطر ثان", "[h] سطر ثالث", "[h] سطر رابع"}},
		{"hard-wrapped text that indents its paragraphs goes on past a short line into one that is not indented",
			harvest + yield + price, []string{unit(harvest), unit(yield), unit(price)}},
		{"a short line that goes on does so from a line it continues too", "" +
			" أعلنت وزارة الزراعة أمس أن محصول القمح هذا العام تجاوز التوقعات بنسبة\n" +
			"كبيرة رغم قلة\n" +
			"الأمطار في الشتاء الماضي.\n" +
			" وقال المتحدث إن متوسط إنتاج الهكتار بلغ ثلاثة أطنان هذا العام.\n" +
			price + export + farmers, []string{
			"أعلنت وزارة الزراعة أمس أن محصول القمح هذا العام تجاوز التوقعات بنسبة\nكبيرة رغم قلة\nالأمطار في الشتاء الماضي.",
			"وقال المتحدث إن متوسط إنتاج الهكتار بلغ ثلاثة أطنان هذا العام.",
			unit(price), unit(export), unit(farmers),
		}},
		{"a headline over text that indents its paragraphs stays a heading",
			"حصاد وفير رغم الجفاف\n" + harvest[1:] + yield + price + export + farmers,
			[]string{"[h] حصاد وفير رغم الجفاف", unit(harvest), unit(yield), unit(price), unit(export), unit(farmers)}},
		{"a sub-heading above an indented paragraph leaves the text read by its indents",
			harvest + "أسعار الشراء\n" + yield + price + export,
			[]string{unit(harvest), "[h] أسعار الشراء", unit(yield), unit(price), unit(export)}},
		{"text with an indent after a full line that goes on is not read by its indents", "" +
			harvest +
			" وقال المتحدث إن متوسط إنتاج الهكتار بلغ\n" +
			"3.2 طن مقابل 2.5 طن في العام الماضي وإن المخازن امتلأت قبل نهاية الموسم،\n" +
			price, []string{
			unit(harvest),
			"[h] وقال المتحدث إن متوسط إنتاج الهكتار بلغ",
			"3.2 طن مقابل 2.5 طن في العام الماضي وإن المخازن امتلأت قبل نهاية الموسم،\n" + strings.TrimSuffix(price, "\n"),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := units(tt.text)
			assert.Equal(t, tt.want, got, "text %+q", tt.text)
		})
	}
}

func TestSentencesSeed(t *testing.T) {
	b, err := os.ReadFile("../testdata/seed.txt")
	require.NoError(t, err)
	text := string(b)
	var sentences, headings []string
	for _, s := range tokenize.Sentences(text) {
		if s.Heading {
			headings = append(headings, s.In(text))
		} else {
			sentences = append(sentences, s.In(text))
		}
	}
	assert.Equal(t, []string{
		"الاجتماع الروسي-الأمريكي في نيويورك: خطوات نحو حل الأزمة الأوكرانية",
		"أهمية التفاهمات السابقة",
		"دعوات لإنهاء الصراع",
		"استنتاجات مستقبلية",
	}, headings)
	require.Len(t, sentences, 4)
	for _, s := range sentences {
		assert.True(t, strings.HasSuffix(s, "."), "%+q", s)
	}
	assert.True(t, strings.HasPrefix(sentences[0], "في إطار الدورة الثمانين"))
	assert.True(t, strings.HasPrefix(sentences[3], "يبدو أن الاجتماع"))
}

func TestSentencesLineNumbers(t *testing.T) {
	text := "عنوان\n\nالأولى. الثانية.\nالثالثة."
	var lines []int
	for _, s := range tokenize.Sentences(text) {
		lines = append(lines, s.Line)
	}
	assert.Equal(t, []int{0, 1, 1, 2}, lines)
}

// checkSpans states the splitter's invariants: spans in order, inside the
// text, on rune boundaries, trimmed, and every letter and digit of the text
// inside one of them.
func checkSpans(t *testing.T, text string, ss []tokenize.Sentence) {
	t.Helper()
	prev := 0
	covered := make([]bool, len(text))
	for _, s := range ss {
		require.LessOrEqual(t, prev, s.Start, "%+q", text)
		require.Less(t, s.Start, s.End, "%+q", text)
		require.LessOrEqual(t, s.End, len(text), "%+q", text)
		if utf8.ValidString(text) {
			assert.True(t, utf8.RuneStart(text[s.Start]), "start on a rune boundary in %+q", text)
			assert.True(t, s.End == len(text) || utf8.RuneStart(text[s.End]), "end on a rune boundary in %+q", text)
		}
		u := s.In(text)
		r, _ := utf8.DecodeRuneInString(u)
		assert.False(t, unicode.IsSpace(r), "leading space in %+q", u)
		r, _ = utf8.DecodeLastRuneInString(u)
		assert.False(t, unicode.IsSpace(r), "trailing space in %+q", u)
		for i := s.Start; i < s.End; i++ {
			covered[i] = true
		}
		prev = s.End
	}
	// A Markdown file's front matter is metadata: its letters are in no
	// sentence, but for its title's (FrontMatter, tested on its own).
	body, _, _ := tokenize.FrontMatter(text)
	inTemplate := templates(text)
	for _, m := range rawSpans(text) {
		for i := m[0]; i < m[1]; i++ {
			inTemplate[i] = true
		}
	}
	for _, m := range shortcode.FindAllStringIndex(text, -1) {
		for i := m[0]; i < m[1]; i++ {
			inTemplate[i] = true
		}
	}
	// A line of nothing but a date gives no unit (see the rows of
	// TestSentences). A piece of the text whose words are all date words
	// or numbers is left unchecked here, all of it (a link's address in it
	// too, «](0)0/0»); every other piece is checked. The pieces are cut at
	// every line break, tag edge, script and shortcode, finer than the
	// lines Sentences reads, so that a date line is made of pieces that are
	// each of date words and numbers alone. («في» is a date word: a piece
	// that holds it and another word is checked.)
	cut := make([]bool, len(text)+1)
	for i, r := range text {
		if r == '<' || r == '>' || tokenize.IsLineBreak(r) {
			cut[i] = true
		}
	}
	for _, m := range append(rawSpans(text), shortcode.FindAllStringIndex(text, -1)...) {
		cut[m[0]], cut[m[1]] = true, true
	}
	cut[len(text)] = true
	// The words are the text's, as Words reads all of it: a link's
	// address is none, even when a '<' in it cuts a piece («](<A)0/0»).
	// An interview's label («س:») is no word of the line it opens.
	label := map[int]bool{}
	for _, m := range interviewLabel.FindAllStringIndex(text, -1) {
		label[m[0]] = true
	}
	var words []tokenize.Span
	for w := range tokenize.Words(text) {
		if !label[w.Start] {
			words = append(words, w)
		}
	}
	for at, i, w := 0, 0, 0; i <= len(text); i++ {
		if !cut[i] {
			continue
		}
		dateOnly := true
		for w < len(words) && words[w].End <= at {
			w++
		}
		for k := w; k < len(words) && words[k].Start < i; k++ {
			word := words[k].In(text)
			dateOnly = dateOnly && (tokenize.IsDateWord(word) || strings.IndexFunc(word, unicode.IsLetter) < 0)
		}
		if dateOnly {
			for k := at; k < i; k++ {
				inTemplate[k] = true
			}
		}
		at = i
		if r, size := utf8.DecodeRuneInString(text[i:]); r == '<' || r == '>' || tokenize.IsLineBreak(r) {
			at = i + size
		}
	}
	// A breadcrumb trail gives no unit: a line with nothing else on it, no
	// tag and no break inside, that opens with the home page's name. A
	// piece of the text cut at every line break, '<', script and shortcode
	// that holds such a name anywhere is left unchecked, all of it (the
	// separator '>' cuts no piece here); a trail lies inside one piece. So
	// does a ticker's line of headlines, set apart by runs of blanks, by
	// bars between blanks or by a site's name in Latin letters, and a
	// teaser of another story closed by its link's label («… المزيد»): a
	// piece that holds such a run, such a bar or three such words, or ends
	// with such a label, is left unchecked.
	cut = make([]bool, len(text)+1)
	for i, r := range text {
		if r == '<' || tokenize.IsLineBreak(r) {
			cut[i] = true
		}
	}
	for _, m := range append(rawSpans(text), shortcode.FindAllStringIndex(text, -1)...) {
		cut[m[0]], cut[m[1]] = true, true
	}
	cut[len(text)] = true
	for at, i := 0, 0; i <= len(text); i++ {
		if !cut[i] {
			continue
		}
		if homeName.MatchString(text[at:i]) || blankRun.MatchString(text[at:i]) || bar.MatchString(text[at:i]) || latinNames(text[at:i]) || readMoreEnd.MatchString(text[at:i]) {
			for k := at; k < i; k++ {
				inTemplate[k] = true
			}
		}
		// the '<' that cuts is no part of the piece: it opens a tag that
		// the check below reads
		at = i
		if r, size := utf8.DecodeRuneInString(text[i:]); r == '<' || tokenize.IsLineBreak(r) {
			at = i + size
		}
	}
	for i, in := range images(text) {
		inTemplate[i] = inTemplate[i] || in
	}
	for _, m := range interviewLabel.FindAllStringIndex(text, -1) {
		inTemplate[m[0]] = true
	}
	for _, m := range clockTime.FindAllStringIndex(text, -1) {
		for i := m[0]; i < m[1]; i++ {
			inTemplate[i] = true
		}
	}
	// An HTML entity is a character written as markup, no letters.
	for _, m := range entity.FindAllStringIndex(text, -1) {
		for i := m[0]; i < m[1]; i++ {
			inTemplate[i] = true
		}
	}
	// A line of nothing but links is navigation: its letters are in no
	// sentence. A block's tag ends a line before it, as a break does; in
	// an HTML document, a break ends one only next to a blank line.
	breaks := append(lineBreak.FindAllStringIndex(text, -1), []int{len(text), len(text)})
	if htmlDocument.MatchString(text) {
		breaks = blankLineBreaks(text, breaks)
	}
	for _, m := range blockTag.FindAllStringIndex(text, -1) {
		breaks = append(breaks, []int{m[0], m[0]})
	}
	// A script or a shortcode ends the line before it too, and the next
	// starts after it («<a>ج</a><script>…</script>» is a line of a link).
	breaks = append(breaks, rawSpans(text)...)
	breaks = append(breaks, shortcode.FindAllStringIndex(text, -1)...)
	sort.Slice(breaks, func(a, b int) bool { return breaks[a][0] < breaks[b][0] })
	from := 0
	for _, br := range breaks {
		if br[0] < from {
			continue // a break inside a script
		}
		if linkOnlyLine(text[from:br[0]]) {
			for i := from; i < br[0]; i++ {
				inTemplate[i] = true
			}
		}
		from = br[1]
	}
	// An HTML document with an article or a main element keeps only the
	// text of one, and one with classes and ids drops the elements they
	// name as no part of the story (see TestSentences' rows); which are
	// kept is not written again here, so their letters are not checked.
	if htmlDocument.MatchString(text) && (articleTag.MatchString(text) || classOrID.MatchString(text)) {
		return
	}
	tag := false
	for i, r := range text {
		if i < body || inTemplate[i] {
			continue
		}
		switch {
		case r == '<' && opensTag(text[i+1:]) && strings.IndexByte(text[i:], '>') >= 0:
			tag = true
		case r == '>':
			tag = false
		}
		if !tag && (letter(r) || unicode.IsDigit(r)) && r != utf8.RuneError {
			assert.True(t, covered[i], "%+q at byte %d of %+q is in no sentence", r, i, text)
		}
	}
}

// letter reports whether r is a letter of a word's own: tatweel is none,
// and a line of it is a rule, no unit.
func letter(r rune) bool {
	return r != 'ـ' && unicode.IsLetter(r)
}

// templates marks the bytes of text inside a template that closes on its
// line, «{{…}}» (nested ones counted) or «{%…%}»: the rule of Sentences,
// written again for the check, byte by byte. As there, the text is read in
// pairs of bytes from left to right: «{{» opens a template and «}}» closes
// the last one open; «{%» opens a Liquid tag, whether a «{{» is open or
// not, and its «%}» closes it, both its bytes, with any «{{» opened inside
// it; a «}}» does not close a template across a tag opened inside it; any
// other byte is passed by one. So in «{{%{%}e%}» the «{%» opens at the
// third '{', not the second, in «{{{%%}}E}}» the «%}» closes the tag and
// the «}}» after the 'E' the template, and in «{{{%}}{%}e%}» the first
// «}}» closes nothing: the tag closes at «%}» before the 'e'.
func templates(text string) []bool {
	in := make([]bool, len(text))
	mark := func(from, to int) {
		for k := from; k < to; k++ {
			in[k] = true
		}
	}
	var open []int // the «{{» not yet closed
	tag := -1      // the «{%» not yet closed
	for k := 0; k+1 < len(text); {
		if r, size := utf8.DecodeRuneInString(text[k:]); tokenize.IsLineBreak(r) {
			open, tag = open[:0], -1 // a template closes on its line
			k += size
			continue
		}
		switch pair := text[k : k+2]; {
		case pair == "{{":
			open = append(open, k)
		case pair == "}}" && len(open) > 0 && tag < open[len(open)-1]:
			mark(open[len(open)-1], k+2)
			open = open[:len(open)-1]
		case pair == "{%" && tag < 0:
			tag = k
		case pair == "%}" && tag >= 0:
			mark(tag, k+2)
			for len(open) > 0 && open[len(open)-1] > tag {
				open = open[:len(open)-1]
			}
			tag = -1
		default:
			k++
			continue
		}
		k += 2
	}
	return in
}

// linkOnlyLine reports whether line holds nothing but links, Markdown
// links and images or HTML anchors, between separators and tags, after a
// label at most: the rule of Sentences, written again for the check
// (looser: a label of any number of words). An anchor ends at its first
// «</a>» and holds no other anchor; each is put out of the way first.
// A tag of another name is matched whole and left as it is, so that no
// anchor opens inside it: «<A<A>» is one tag, named «A<A», as the
// library's opensTag reads it.
func linkOnlyLine(line string) bool {
	whole := true
	line = anchorOrTag.ReplaceAllStringFunc(line, func(a string) string {
		if at := anchorOpening.FindStringIndex(a); at == nil || at[0] != 0 {
			return a // a tag of another name
		}
		if anchorOpening.MatchString(a[strings.IndexByte(a, '>')+1:]) {
			whole = false
		}
		return "\uE000"
	})
	return whole && linkLine.MatchString(line)
}

// htmlDocument matches the opening of an HTML document, whose lines a
// break does not end: the rule of Sentences, written again for the check.
var htmlDocument = regexp.MustCompile(`^[ \t\r\n\x{FEFF}]*(?i:<!doctype html|<html|<\?xml)`)

// articleTag matches the start tag of an article or a main element, and
// classOrID an attribute that may name an element as no part of the story.
var (
	articleTag = regexp.MustCompile(`(?i)<(?:article|main)[\s/>]`)
	classOrID  = regexp.MustCompile(`(?i)(?:class|id)\s*=`)
)

// blankLineBreaks returns those of breaks, the text's line breaks in
// order, that end or start a blank line, and the last (the text's end).
func blankLineBreaks(text string, breaks [][]int) [][]int {
	var out [][]int
	prev := 0
	for k, br := range breaks {
		next := len(text)
		if k+1 < len(breaks) {
			next = breaks[k+1][0]
		}
		if k == len(breaks)-1 || strings.TrimSpace(text[prev:br[0]]) == "" || strings.TrimSpace(text[br[1]:next]) == "" {
			out = append(out, br)
		}
		prev = br[1]
	}
	return out
}

// entity matches an HTML entity: the rule of Sentences and Words, written
// again for the check.
// interviewLabel is an interview's «س:» or «ج:», which a sentence that
// opens with it leaves out; its letter may be in no sentence.
var interviewLabel = regexp.MustCompile(`[سج]ـ?[ \t]*[:/\-–]`)

// clockTime matches a time of day and the word of the time of day after
// it, as a live blog stamps an entry («10:45», «08:15 ص»): narrow leaves
// one out of the unit that opens its line (see TestSentences). The check
// of FuzzSentences leaves every such time unchecked, wherever it is.
var clockTime = regexp.MustCompile(`[0-9٠-٩۰-۹]{1,2}:[0-9٠-٩۰-۹]{2}(?:[ \t]*(?:ص|م|صباحا|صباحاً|مساء|مساءً|مساءا|ظهرا|ظهراً|عصرا|عصراً|AM|PM|am|pm|GMT|UTC))?`)

var entity = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// homeName matches the names a breadcrumb trail gives a site's home page.
var homeName = regexp.MustCompile(`(?i)الرئيسية|الرئيسيه|الرئيسيّة|home`)

// blankRun finds the run of blanks that sets a ticker's headlines apart
// (see FuzzSentences).
var blankRun = regexp.MustCompile("[ \t\u00a0]{3}")

// bar finds a bar between blanks, or at a piece's end, that may set a
// ticker's headlines apart (see FuzzSentences).
var bar = regexp.MustCompile(`(?:^|[\s\p{Z}\x{85}])[|•·](?:[\s\p{Z}\x{85}]|$)`)

// latinNames reports whether piece holds three words of Latin letters or
// more, which may set a ticker's headlines apart (see FuzzSentences).
func latinNames(piece string) bool {
	n := 0
	for _, f := range strings.Fields(piece) {
		if len(f) >= 2 && strings.Trim(strings.ToLower(f), "abcdefghijklmnopqrstuvwxyz") == "" {
			n++
		}
	}
	return n >= 3
}

// readMoreEnd finds the label of a link to the rest of another story at
// the end of a line (see FuzzSentences).
var readMoreEnd = regexp.MustCompile(`(المزيد|القراءة)[ \t\r\n»›]*$`)

// blockTag matches the start or end tag of a block, which ends a line: the
// rule of Sentences, written again for the check.
var blockTag = regexp.MustCompile(`(?i)</?(?:p|br|hr|div|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tfoot|tr|td|th|caption|blockquote|pre|section|article|header|footer|aside|main|figure|title|head|body|html|form|fieldset|legend|details|summary|address)(?:>|[/ \t][^<>\r\n\v\f\x{85}\x{2028}\x{2029}]*>|[/\s][\x00-\x3b\x3d\x3f-\x7f]*>)`)

// anchorOrTag matches a link, its text and all, or another tag. A link's
// text may sit on the line under its start tag: in an HTML document a
// line runs over breaks that no blank line is next to, and such a link
// is no less navigation.
var (
	anchorOrTag   = regexp.MustCompile(`<[aA](?:[\s\p{Z}\p{Cf}][^>]*)?>(?s:.*?)</[aA]>|` + otherTag)
	otherTag      = `<(?:[/!?]|[b-zB-Z]|[aA][^\s\p{Z}\p{Cf}>])[^>]*>`
	anchorOpening = regexp.MustCompile(`<[aA][\s\p{Z}\p{Cf}>]`)
	// Blanks as the library's (isSpace): Go's \s has no \v nor U+0085.
	linkFill = `(?:[\s\v\x{85}\p{Z}\p{Cf}|·•\-–—*,،/]|` + otherTag + `)*`
	linkLine = regexp.MustCompile(`^` + linkFill + `(?:[^\[\]<>:]{1,63}(?::|\.\.+|…)|[^\[\]<>:|·•\-–—]{1,63}[|·•\-–—])?` + linkFill + `(?:(?:!?\[[^\]]*\]\(\S*\)|\x{E000})` + linkFill + `)+$`)
)

var (
	// rawText matches an element of rawNames (a script, a style sheet, a
	// menu, a button…), tags and all: the rule of Sentences, written again
	// for the check. Its name ends at a blank, '/' or '>' («<style<» opens
	// none), and its end tag after its '>', or after its name when no '>'
	// follows but blanks: «</script<script>» ends at the second '<', which
	// opens another. The end tag's name ends there too: «</scripts>» ends
	// no script. (No lookahead in Go's regexp: the empty groups mark where
	// the match should end; see rawSpans.)
	rawTextRE = regexp.MustCompile(func() string {
		var alt []string
		for _, name := range []string{"script", "style", "nav", "noscript", "figcaption", "button", "select", "svg", "template", "iframe", "dialog"} {
			alt = append(alt, `<`+name+`[ \t\n\f\r/>].*?</`+name+`(?:[ \t\n\r]*>()|()(?:[^A-Za-z0-9\-_.:\x{80}-\x{10FFFF}]|$))`)
		}
		return "(?is)" + strings.Join(alt, "|")
	}())
	lineBreak = regexp.MustCompile("\r\n|[\n\r\v\f\u0085\u2028\u2029]")
	// shortcode is a WordPress media shortcode's tag and what it encloses
	// up to its closing tag, if one comes (see Sentences' rows).
	shortcode = regexp.MustCompile(func() string {
		var alt []string
		for _, name := range []string{"caption", "wp_caption", "embed", "video", "audio", "playlist", "gallery"} {
			alt = append(alt, `\[`+name+`(?:\]|[/ \t][^\[\]\n\r]*\])(?:.*?\[/`+name+`\])?`)
		}
		return "(?s)" + strings.Join(alt, "|")
	}())
)

// rawSpans returns the spans that rawTextRE matches, each ending where
// its empty group stands: after the end tag's '>', or after its name.
// The next search starts there, not after the byte the match looked at.
func rawSpans(text string) [][]int {
	var out [][]int
	for at := 0; ; {
		m := rawTextRE.FindStringSubmatchIndex(text[at:])
		if m == nil {
			return out
		}
		end := -1
		for g := 2; g < len(m); g += 2 {
			if m[g] >= 0 {
				end = at + m[g]
				break
			}
		}
		out = append(out, []int{at + m[0], end})
		at = end
	}
}

// images marks the bytes of text inside a Markdown image, «![alt](url)»
// on one line, the URL without blanks and its parentheses balanced: the
// rule of Sentences, written again for the check, from every «![».
func images(text string) []bool {
	in := make([]bool, len(text))
	for k := 0; k+1 < len(text); k++ {
		if text[k] != '!' || text[k+1] != '[' {
			continue
		}
		depth, e := 0, k+2
		for ; e < len(text) && depth >= 0; e++ {
			if r, _ := utf8.DecodeRuneInString(text[e:]); tokenize.IsLineBreak(r) {
				break
			}
			if depth == 0 {
				if strings.HasPrefix(text[e:], "](") {
					depth, e = 1, e+1
				}
				continue
			}
			if text[e] == ' ' || text[e] == '\t' {
				break
			}
			if text[e] == '(' {
				depth++
			} else if text[e] == ')' {
				if depth--; depth == 0 {
					for b := k; b <= e; b++ {
						in[b] = true
					}
					break
				}
			}
		}
	}
	return in
}

// opensTag is the rule of Sentences, written again for the check: a '<'
// before an ASCII letter, a slash or '!' opens markup («<p>», «</p>»,
// «<!-- -->»), any
// other («< 5 في المئة») is text. checkSpans also asks for a '>' after it:
// letters after a tag that never closes must be in a sentence.
func opensTag(after string) bool {
	return after != "" && (after[0] == '/' || after[0] == '!' || after[0] == '?' || 'a' <= after[0]|0x20 && after[0]|0x20 <= 'z')
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"", "ذهب. عاد؟ نعم!", "عنوان\nنص.", "3.5 و12.5.2024", "د. أحمد", "https://a.b/c?d. e",
		"\xff\xfe\xfd", "مرحبا\xc3\x28 بكم.", "\xed\xa0\x80", "\xc0\xaf.", "«قال.» ثم", "ا. ا. ا.",
		"\r\n\r", "\u2028\u2029\u0085", "a\x00b. c",
		"<p>ذهب.</p><p> عاد</p>", "<a href=x>نص</a>.<br/>", "<<b>>x<", "< 5 >",
		"# ذهب. عاد؟\nنص.", "<h1>عنوان</h1>ذهب. عاد.", "### #", "<h3 </h3", "#وسم ذهب.",
		"---\ntitle: \"عنوان\"\n---\nذهب. عاد.", "+++\ntitle = 'ع'\n+++\nنص", "---\nقال: نعم.\n---\nنص.",
		"**ذهب.** عاد.", "*ذهب. عاد.*", "__ذ__ ب.__", "***.*** **", "ماذا؟_ _",
		"{{< a >}}ذهب. عاد.{{< /a >}}", "{{ {{ }}. }}", "{% x. %} ب", "{{{{}}}}}}. ن", "{%}", "<!-- ذ. -->ب.", "<!", "![ذ. ب](x) ج.", "![ذ\nب](x) ج.", "<![CDATA[ذ.]]>", "[ذ](a) | [ب](c(d))\nج.", "[ذ](a)\rب.", "<script>ذ.\nب</script>ج.", "<style>ذ</STYLE<script>ب.", "<script></style>ذ</script>", "<script>ذ</scripts>ب.</script>ج<nav>د</nav-x>ه</nav >", "\u00a0[ذ](a)\u2028ب.", "[ذ](a)](", "![](", "![a](b)(c)) د", "ذ. ب\n===\nج.", "\n===", "<a href=x>ذ</a> | <li><A>ب</a>\nج.", "<p>ذ.</p><h2>ب</h2><br/>ج<li x>د", "<P\nذ>ب<td<tr>ج", "0<li><A>00</A>", "<p>&nbsp;</p>&#1575;ب&x;&#;&ab", "&&ab;&#x00000;", "**ذ ب:** [ج](d)\nه.", "ذ: <a>ب</a>:[ج](d)", "<a>ذ. <a>ب</a>", "<a>ذ<</a>[ب](c)", "<abbr>ذ</abbr><a>ب</a>", "<a t=\"<a x\">ذ</a>\nب.", "<A>00<A</A>", "<A<A><a>ب</a>", "<html>\nذ\r\nب. <p\nx=1>ج\n\nد <b\nه>و", "<!doctype html><p>ذ.</p><article>ب<script>\"</article>\"</script>ج</article><main>د</main>", "<title>ذ ب | ج</title><h1>ذ ب</h1>د.", "Title: ذ - ب ج\n\nMarkdown Content:\nب ج\n===\nد.", "<!DOCTYPE html><div class=ad>ذ.<div class='x share'>ب</div></div><p id=comments>ج</p>د", " <!DOCTYPE HTML>[ذ](a)\nب:\n[ج](d)", "ذ.\n[caption id=\"a\"]<img src=\"b.jpg\" /> ج.[/caption]د. [embed]https://x.y/?v=1[/embed] [[video]] [gallery/]", "ذ.. [ب](c)\nذ ه | <a>ب</a>\nذ… [ب](c) ج.\nذ، [ب](c)", "نشر في: 12 مارس 2023 - 10:30\nذ.<p>منذ 5 ساعات<p>١٠:٣٠ ص</p>ب", "<!DOCTYPE html>ب<p\v><a href=x>ج</a><script\v>د</script\v>", "<!DOCTYPE html>ب<p><a\vhref=x>ج</a><li><a\u0085href=x>د</a>", "الرئيسية > أخبار\nب.\nHome / News / World", "الرئيسية » ب<script>x</script>\nج.", "<!DOCTYPE html><p>الرئيسية >\nأخبار</p>", "HOME > ب {{x}}\nج.", "س: ذ؟\nب.", "<title>ذ؟ | ب</title>\nج.", "> ذ ب ج د ه و ز ح ط ي ك ل م\nن.", "ذ ب: ج؟ د؟\nه.", "ذ ... ب\nج.",
		" ذ ب ج د ه و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت\nث خ.\n ذ ب ج د ه و ز\n1 ب ج د ه و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت\nث.\n\u00a0ذ ب ج د ه و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت\nخ.",
	} {
		f.Add(s)
	}
	// Hard-wrapped text whose lines run out of room after a sentence's end,
	// its paragraphs parted by blank lines, and the same with <br>s.
	open := strings.Repeat("ذذذذ ", 8) + "ذذ"
	wrappedText := open + "\n" + open + "\n" + strings.Repeat("ذذذذ ", 7) + "ذذذ.\nبببببببببب ذ.\n\n" +
		open + "\nذ.\n\n" + open + "\nذ ذ.\n\nذ."
	f.Add(wrappedText)
	f.Add("<p>" + strings.ReplaceAll(wrappedText, "\n", "<br />\n") + "</p>")
	// The sample wrapped at 80 characters and then again at 70: a full
	// line and a short remainder from each line of the first wrap (see
	// TestHardWrappedTwice).
	seed, err := os.ReadFile("../testdata/seed.txt")
	require.NoError(f, err)
	f.Add(wrapLines(string(seed), 80, 70))
	f.Add("ـــ\nذ ـ ب.\n<h1>ـَـ</h1>ج")
	f.Add("ـ1ـ\nج د.") // a tatweel that touches the digit: no letter, no headline
	// a live blog's times, which the unit after them leaves out
	f.Add("0:00A\n٠٩:٥٠ ص - ب.")
	f.Add("الحكومة ترفع أسعار الوقود\nالقاهرة (رويترز) - رفعت الحكومة أسعار الوقود اليوم.")
	f.Add("الحكومة ترفع أسعار الوقود\nكتب - محمد السيد:\nدمشق-سانا\nرفعت الحكومة أسعار الوقود اليوم.")
	f.Add("ارتفاع أسعار الذهب وسط مخاوف من...\nالحكومة ترفع أسعار الوقود\nرفعت الحكومة أسعار الوقود اليوم.")
	f.Add("الحكومة ترفع أسعار الوقود\nعاجل - القاهرة - كتب - محمد السيد: رفعت الحكومة أسعار الوقود اليوم.\nبيروت - خاص")
	f.Add("ذ ب ج د ه ab و ز ح ط ي ab ك ل م ن س ab ع\nث خ.")
	f.Add("ذ ب ج د ه | و ز ح ط ي | ك ل م ن س | ع ف\u00a0• ص ق ر ش ت |\nث خ.\nذ ب ج د ه · و ز ح ط ي · ك ل م ن س · ع")
	f.Add("الحكومة ترفع أسعار الوقود مرة أخرى | شبكة الأخبار\nنستخدم ملفات تعريف الارتباط.\nالرئيسية\nالحكومة ترفع أسعار الوقود مرة أخرى\nرفعت الحكومة أسعار الوقود اليوم. وقال الوزير إن القرار تأخر.")
	f.Add("الحكومة ترفع أسعار الوقود\nرفعت الحكومة أسعار الوقود اليوم.\nوقال الوزير إن القرار تأخر.\nالتعليقات (2)\nسامي\nقرار متأخر جدا.")
	f.Add("الحكومة ترفع أسعار الوقود\nرفعت الحكومة أسعار الوقود اليوم.\nاقرأ أيضاً:\nهل ترتفع الأسعار مرة أخرى؟\nالوقود: من يدفع؟ ومتى؟\nإذاً، ما الحل؟\nوقال الوزير إن القرار تأخر.")
	f.Fuzz(func(t *testing.T, text string) {
		ss := tokenize.Sentences(text)
		checkSpans(t, text, ss)
		assert.Equal(t, ss, tokenize.Sentences(text), "same input, same output")
		// The headline is one of the headings, there when one with a
		// letter opens the text, after headings without one.
		// HeadedSentences marks the opening headline alone, the units of
		// its line, which were no headings, joined into one, and starts the
		// story's first unit, the first that is no heading, after its
		// byline and its dateline.
		headed, h := tokenize.HeadedSentences(text, "")
		want := slices.Clone(ss)
		if k, ok := tokenize.OpeningHeadline(text, ss); ok {
			last := k
			for last+1 < len(ss) && ss[last+1].Line == ss[k].Line {
				last++
			}
			for _, u := range ss[k : last+1] {
				require.False(t, u.Heading)
			}
			for _, u := range ss[:k] {
				require.True(t, u.Heading)
			}
			joined := tokenize.Sentence{Span: tokenize.Span{Start: ss[k].Start, End: ss[last].End}, Heading: true, Line: ss[k].Line}
			want = slices.Concat(ss[:k], []tokenize.Sentence{joined}, ss[last+1:])
			assert.Equal(t, k, h)
		} else {
			assert.Equal(t, -1, h)
		}
		// A page's chrome above its headline said again is headings (see
		// TestHeadedSentencesPageChrome): a heading with sentences above
		// it, and more under it.
		story := func(u tokenize.Sentence) bool { return !u.Heading }
		if r := tokenize.HeadlineAgain(text, "", want); r > 0 {
			require.True(t, want[r].Heading)
			above := slices.IndexFunc(want[:r], story)
			require.GreaterOrEqual(t, above, 0, "no sentence above the headline said again")
			for k := range want[:r] {
				want[k].Heading = true
			}
			require.GreaterOrEqual(t, slices.IndexFunc(want, story), r)
		}
		// A unit that opens its line over a box of other stories'
		// headlines is a heading, and so is the rest of its line and
		// each line under it, while the line is of a
		// headline's words at most, its units but the last end with «؟»,
		// «?», «!», «…» or «..», the last so or with no final mark, and it
		// opens with no «لكن», no word and a comma, and no «و» or «ف»
		// unless a colon follows one of its first six words; at the text's
		// foot, where every line left is so, a period may end the last.
		headlineEnd := func(s string) bool {
			s = tokenize.TrimClosers(s)
			return strings.HasSuffix(s, "..") || strings.ContainsRune("؟?!…", tokenize.FinalMark(s))
		}
		for k := 0; k < len(want); k++ {
			if k > 0 && want[k-1].Line == want[k].Line || !tokenize.RelatedHeading(want[k].In(text)) {
				continue
			}
			want[k].Heading = true
			// A line fits a headline's shape; at the text's foot, where
			// every line left fits, a period may end them.
			fits := func(line []tokenize.Sentence, period bool) bool {
				whole := text[line[0].Start:line[len(line)-1].End]
				var words []tokenize.Span
				for w := range tokenize.Words(whole) {
					words = append(words, w)
				}
				fits := len(words) <= 2*tokenize.MaxHeadingWords
				for j, u := range line {
					last := j == len(line)-1
					fits = fits && (headlineEnd(u.In(text)) || last && tokenize.Unpunctuated(u.In(text)) || last && period && tokenize.FinalMark(u.In(text)) == '.')
				}
				if len(words) == 0 {
					fits = false
				} else if first := words[0].In(whole); strings.HasPrefix(first, "و") || strings.HasPrefix(first, "ف") {
					subject := false // a colon after one of its first six words
					for _, w := range words[:min(6, len(words))] {
						subject = subject || strings.HasPrefix(strings.TrimLeft(whole[w.End:], " \"'»”"), ":")
					}
					fits = fits && subject
				} else {
					after := strings.TrimLeft(whole[words[0].End:], " ")
					fits = fits && first != "لكن" && !strings.HasPrefix(after, "،") && !strings.HasPrefix(after, ",")
				}
				return fits
			}
			lineAt := func(i int) []tokenize.Sentence {
				line := []tokenize.Sentence{}
				for j := i; j < len(want) && want[j].Line == want[i].Line; j++ {
					line = append(line, want[j])
				}
				return line
			}
			// A blank line under two lines of the box with none between
			// them ends it, where no tag is between (a page's source).
			together, parted := false, false
			for k+1 < len(want) {
				blankLine, read := false, false
				if want[k+1].Line != want[k].Line {
					gap := text[want[k].End:want[k+1].Start]
					breaks := strings.NewReplacer("\r\n", "\n", "\r", "\n", "\v", "\n", "\f", "\n", "\u0085", "\n", "\u2028", "\n", "\u2029", "\n")
					lines := strings.Split(breaks.Replace(gap), "\n")
					read = !strings.Contains(gap, "<")
					for i := 1; i < len(lines)-1; i++ { // the lines between two breaks
						blankLine = blankLine || read && strings.TrimFunc(lines[i], func(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) }) == ""
					}
				}
				if parted = blankLine && together; parted || !fits(lineAt(k+1), false) {
					break
				}
				for j := range lineAt(k + 1) {
					want[k+1+j].Heading = true
				}
				together = together || read && !blankLine
				k += len(lineAt(k + 1))
			}
			foot := !parted && k+1 < len(want)
			for i := k + 1; i < len(want); i += len(lineAt(i)) {
				foot = foot && fits(lineAt(i), true)
			}
			if foot {
				for j := k + 1; j < len(want); j++ {
					want[j].Heading = true
				}
				k = len(want)
			}
		}
		// A byline or a dateline on a line of its own is a heading where
		// the story goes on after it.
		i := slices.IndexFunc(want, story)
		for i >= 0 && tokenize.LineAlone(want[i].In(text)) {
			next := slices.IndexFunc(want[i+1:], story)
			if next < 0 {
				break
			}
			want[i].Heading = true
			i += 1 + next
		}
		if i >= 0 {
			want[i].Start += tokenize.Kicker(want[i].In(text))
			signed := tokenize.Byline(want[i].In(text))
			want[i].Start += signed
			filed := tokenize.Dateline(want[i].In(text))
			want[i].Start += filed
			if signed == 0 && filed > 0 {
				want[i].Start += tokenize.Byline(want[i].In(text)) // the reporter after the place
			}
		}
		// Readers' comments, under a heading that says so, or a unit
		// that is a line of its own without a final mark, with the
		// story's units on two lines at least above it, or three units,
		// are headings, and so is that line.
		for k, u := range want {
			wholeLine := (k == 0 || want[k-1].Line != u.Line) && (k+1 == len(want) || want[k+1].Line != u.Line)
			last, _ := utf8.DecodeLastRuneInString(u.In(text))
			quoted := strings.ContainsRune("\"'“”‘’»›)]}﴾", last) // a closing mark, a title's own mark inside
			if !u.Heading && !(wholeLine && (tokenize.Unpunctuated(u.In(text)) || quoted)) || !tokenize.CommentsHeading(u.In(text)) {
				continue
			}
			storyLines, sentences := map[int]bool{}, 0
			for _, v := range want[:k] {
				if !v.Heading {
					storyLines[v.Line] = true
					sentences++
				}
			}
			if len(storyLines) >= 2 || sentences >= 3 {
				for j := k; j < len(want); j++ {
					want[j].Heading = true
				}
				break
			}
		}
		assert.Equal(t, want, headed)
		// Headline passes over headings without a letter, headings that
		// end with a colon (labels), a page's buttons and counts, and over
		// a byline or a dateline on its own line, or a byline signed over
		// a date, and over a sentence cut off.
		sp, ok := tokenize.Headline(text, ss)
		first := -1
		for k, s := range ss {
			if !tokenize.CutOff(s.In(text)) && (!s.Heading || strings.IndexFunc(s.In(text), letter) >= 0 && !strings.HasSuffix(s.In(text), ":") && !tokenize.PageChrome(s.In(text)) && !tokenize.AloneAbove(text, ss, k)) {
				first = k
				break
			}
		}
		assert.Equal(t, first >= 0 && ss[first].Heading, ok)
		if ok {
			assert.True(t, slices.Contains(ss, tokenize.Sentence{Span: sp, Heading: true, Line: lineOf(ss, sp)}), "headline %v is no heading", sp)
		}
	})
}

// TestLineGoesOn: a line that ends with a word no sentence ends with, a
// preposition, a conjunction, «أن» or a relative pronoun, goes on in the
// next, as a headline broken in two does, or a paragraph that an editor or a
// PDF broke where no width says so (hard-wrapped text is unwrapped by its
// width; see TestHardWrappedTwice). A line after it that opens with no
// letter (a list's mark, a heading's, a quotation mark, a figure) or is blank
// is not gone on into.
func TestLineGoesOn(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"a headline broken after a preposition", "وزير الخارجية يلتقي نظيره في\nنيويورك لبحث الأزمة\n\nعقد الوزير اجتماعا.",
			[]string{"[h] وزير الخارجية يلتقي نظيره في نيويورك لبحث الأزمة", "عقد الوزير اجتماعا."}},
		{"a paragraph broken after «أن»", "وأكد الوزير أن\nالاجتماع كان مثمرا. وقال إنه سيعود.",
			[]string{"وأكد الوزير أن الاجتماع كان مثمرا.", "وقال إنه سيعود."}},
		{"after a relative pronoun, over two breaks", "وصل الوزير إلى المدينة التي\nزارها الرئيس الشهر الماضي مع\nوفد كبير.",
			[]string{"وصل الوزير إلى المدينة التي زارها الرئيس الشهر الماضي مع وفد كبير."}},
		{"the word with its vowels", "وصل الوزير فِي\nالصباح.", []string{"وصل الوزير فِي الصباح."}},
		{"«و» alone", "وصل الوزير و\nنظيره إلى العاصمة.", []string{"وصل الوزير و نظيره إلى العاصمة."}},
		{"«إلى» without its hamza", "وصل الوزير الى\nالعاصمة.", []string{"وصل الوزير الى العاصمة."}},
		{"after a CRLF", "وأكد الوزير أن\r\nالاجتماع كان مثمرا.", []string{"وأكد الوزير أن الاجتماع كان مثمرا."}},
		{"a word a sentence may end with", "وصل الوزير اليوم\nوقال إنه سيعود.", []string{"[h] وصل الوزير اليوم", "وقال إنه سيعود."}},
		{"a name like a preposition", "وصل إلى العاصمة الرئيس علي\nوقال إنه سيعود.", []string{"[h] وصل إلى العاصمة الرئيس علي", "وقال إنه سيعود."}},
		{"a pronoun like a preposition", "قال الوزير لن تنظر إلي\nوقال إنه سيعود.", []string{"[h] قال الوزير لن تنظر إلي", "وقال إنه سيعود."}},
		{"a word inside another", "وصل الوزير إلى مدينة صفي\nوقال إنه سيعود.", []string{"[h] وصل الوزير إلى مدينة صفي", "وقال إنه سيعود."}},
		{"a final mark after the word", "وتساءل عن الدور الذي يقوم به في؟\nوقال إنه سيعود.", []string{"وتساءل عن الدور الذي يقوم به في؟", "وقال إنه سيعود."}},
		{"a blank line after it", "مقابلة مع\n\nعقد الوزير اجتماعا.", []string{"[h] مقابلة مع", "عقد الوزير اجتماعا."}},
		{"a list after it", "وشارك في الاجتماع كل من\n- وزير المالية\n- وزير الخارجية",
			[]string{"[h] وشارك في الاجتماع كل من", "[h] وزير المالية", "[h] وزير الخارجية"}},
		{"a marked heading after it", "وصل الوزير إلى\n# العاصمة\nعقد اجتماعا.", []string{"[h] وصل الوزير إلى", "[h] العاصمة", "عقد اجتماعا."}},
		{"a quotation after it", "وقال الوزير إن\n«الاجتماع كان مثمرا».", []string{"[h] وقال الوزير إن", "«الاجتماع كان مثمرا»."}},
		{"a shortcode before the word", "شاهد الفيديو [embed]https://x.y/v[/embed]في\nالعاصمة أمس.", []string{"[h] شاهد الفيديو", "[h] في", "العاصمة أمس."}},
		{"the last line", "وصل الوزير إلى", []string{"[h] وصل الوزير إلى"}},
		{"a year after it", "ولد الكاتب في\n1950 في مدينة حلب.", []string{"ولد الكاتب في 1950 في مدينة حلب."}},
		{"…in Arabic-Indic figures", "ولد الكاتب في\n١٩٥٠ في مدينة حلب.", []string{"ولد الكاتب في ١٩٥٠ في مدينة حلب."}},
		{"a date after it", "وقعت الحادثة في\n12/3/2019 قرب الحدود.", []string{"وقعت الحادثة في 12/3/2019 قرب الحدود."}},
		{"a number with a decimal point", "ارتفع الإنتاج إلى\n1.5 مليون برميل.", []string{"ارتفع الإنتاج إلى 1.5 مليون برميل."}},
		{"a figure and a comma", "وصل عدد الضحايا إلى\n30، بحسب الشرطة.", []string{"وصل عدد الضحايا إلى 30، بحسب الشرطة."}},
		{"a numbered list after it", "وشارك في الاجتماع كل من\n1. وزير المالية\n2. وزير الخارجية",
			[]string{"[h] وشارك في الاجتماع كل من", "[h] 1. وزير المالية", "[h] 2. وزير الخارجية"}},
		{"…numbered with a dash", "وتشمل الخطة ما يلي من\n1- خفض الإنفاق\n2- زيادة الدعم",
			[]string{"[h] وتشمل الخطة ما يلي من", "[h] 1- خفض الإنفاق", "[h] 2- زيادة الدعم"}},
		{"…with a parenthesis", "وتشمل الخطة ما يلي من\n1) خفض الإنفاق\n2) زيادة الدعم",
			[]string{"[h] وتشمل الخطة ما يلي من", "[h] 1) خفض الإنفاق", "[h] 2) زيادة الدعم"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, sentenceLines(c.text))
		})
	}
}

// TestHasArabic: an Arabic letter, of any of Unicode's Arabic blocks.
func TestHasArabic(t *testing.T) {
	for _, c := range []struct {
		name string
		s    string
		want bool
	}{
		{"an Arabic word", "قال الوزير.", true},
		{"Latin letters around one", "iPhone يصل.", true},
		{"a Persian letter", "پ", true},
		{"presentation forms, as some PDFs give them", "ﻻ", true},
		{"English", "Like Loading...", false},
		{"Arabic-Indic figures are no letters", "١٢٣.", false},
		{"nor is a tatweel, nor a mark of the script", "ـــ ، ؟", false},
		{"nothing", "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, tokenize.HasArabic(c.s))
		})
	}
}

// TestOpensArabic: whether a sentence has a letter, and its first is
// Arabic; the two bytes read first agree with the letter read slowly for
// every character of the Arabic block.
func TestOpensArabic(t *testing.T) {
	for _, c := range []struct {
		name           string
		s              string
		letter, arabic bool
	}{
		{"an Arabic word", "قال الوزير.", true, true},
		{"«ي», the block's last letter", "يقول.", true, true},
		{"a tatweel before the letter", "ـقال.", true, true},
		{"a figure before it", "١٢ قتيلا.", true, true},
		{"a quotation mark before it", "«قال».", true, true},
		{"English", "Like Loading...", true, false},
		{"a Latin name before Arabic words", "iPhone يصل.", true, false},
		{"no letter", "2018.", false, false},
		{"nothing", "", false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			letter, arabic := tokenize.OpensArabic(c.s)
			assert.Equal(t, c.letter, letter)
			assert.Equal(t, c.arabic, arabic)
		})
	}
	for r := rune(0x0600); r <= 0x06FF; r++ {
		s := string(r) + "x"
		i := strings.IndexFunc(s, letter)
		_, size := utf8.DecodeRuneInString(s[i:])
		letter, arabic := tokenize.OpensArabic(s)
		assert.True(t, letter, "%U", r)
		assert.Equal(t, tokenize.HasArabic(s[i:i+size]), arabic, "%U", r)
	}
}

// TestCutOff: a sentence that ends with an ellipsis right after a word no
// sentence ends with was cut off there, as a page cuts a teaser of another
// story or a feed its description; after any other word the ellipsis is
// the writer's pause.
func TestCutOff(t *testing.T) {
	for _, c := range []struct {
		name string
		s    string
		want bool
	}{
		{"a teaser cut after a preposition", "ارتفاع أسعار الذهب إلى مستوى قياسي وسط مخاوف من...", true},
		{"…after «و», one character for the ellipsis", "وصل وزير الخارجية و…", true},
		{"…after «أن», two dots", "وقال الوزير إن الحكومة تأمل أن..", true},
		{"…after a relative pronoun, a blank before the ellipsis and after it", "زار الوزير المدينة التي ... ", true},
		{"…the word with its vowels", "ارتفعت الأسعار مِنْ...", true},
		{"an ellipsis after any other word: a pause", "ارتفعت الأسعار وسط مخاوف كبيرة...", false},
		{"a period after the word", "وتساءل عن الدور الذي يقوم به في.", false},
		{"no mark after the word: a line broken in two", "وصل الوزير إلى", false},
		{"a quotation mark after the ellipsis: the speaker's pause", "وقال: \"كنا نأمل أن...\"", false},
		{"the word glued to a mark", "وصل الوزير (في...", false},
		{"nothing but an ellipsis", "...", false},
		{"nothing", "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, tokenize.CutOff(c.s))
		})
	}
}

// A headline broken in two after a preposition is one headline, and the
// story's first sentence comes after it.
func TestLineGoesOnHeadline(t *testing.T) {
	text := "وزير الخارجية يلتقي نظيره في\nنيويورك لبحث الأزمة\n\nعقد الوزير اجتماعا مع نظيره. وقال إنه كان مثمرا."
	units := tokenize.Sentences(text)
	sp, ok := tokenize.Headline(text, units)
	require.True(t, ok)
	assert.Equal(t, "وزير الخارجية يلتقي نظيره في\nنيويورك لبحث الأزمة", sp.In(text))
	require.Len(t, units, 3)
	assert.Equal(t, "عقد الوزير اجتماعا مع نظيره.", units[1].In(text))
}

// TestHardWrappedTwice: text wrapped at one width and then again at a
// narrower one, as a reply quotes a wrapped e-mail, or a story pasted from
// a wrapped archive into a narrower editor is, breaks each line of the first
// wrap in two: a full line and a short one after it without a final mark,
// which went on as it did before the second wrap. The sentences are those
// of the text unwrapped, headings and all. Wrapped once, the same.
func TestHardWrappedTwice(t *testing.T) {
	seed, err := os.ReadFile("../testdata/seed.txt")
	require.NoError(t, err)
	// the sample's paragraphs, a line each
	paragraphs := strings.Split(strings.TrimSpace(string(seed)), "\n\n")
	want := sentenceLines(strings.Join(paragraphs, "\n\n"))
	require.GreaterOrEqual(t, len(want), 8)
	tests := []struct {
		name   string
		widths []int
	}{
		{"at 70", []int{70}},
		{"at 80, then at 70", []int{80, 70}},
		{"at 76, then at 72, as a reply quotes", []int{76, 72}},
		{"at 100, then at 70", []int{100, 70}},
	}
	for _, tt := range tests {
		// paragraphs parted by blank lines, as e-mail parts them, or
		// following one another, as a plain-text archive keeps a story
		for _, sep := range []string{"\n\n", "\n"} {
			t.Run(fmt.Sprintf("%s, paragraphs parted by %q", tt.name, sep), func(t *testing.T) {
				text := wrapLines(strings.Join(paragraphs, sep), tt.widths...)
				require.Greater(t, strings.Count(text, "\n"), strings.Count(strings.Join(paragraphs, sep), "\n"), "wrapped")
				assert.Equal(t, want, sentenceLines(text))
			})
		}
	}
}

// TestHardWrappedTwiceSentenceEnd: where a line of the first wrap holds a
// sentence's end, the second wrap may break it just after that: the full
// line ends the sentence, and the remainder after it («وقال الوزير») opens
// the next, which goes on in the line after.
func TestHardWrappedTwiceSentenceEnd(t *testing.T) {
	opens := "افتتح وزير الثقافة معرض الكتاب الدولي في العاصمة صباح أمس بحضور عدد من الناشرين."
	takesPart := "ويشارك في المعرض أكثر من خمسمئة دار نشر عربية وأجنبية تعرض آلاف العناوين الجديدة."
	expects := "وتوقع المنظمون أن يتجاوز عدد الزوار مليون زائر هذا العام."
	said := "وقال الوزير إن المعرض يمثل فرصة للقاء القراء بالكتاب والمفكرين من مختلف البلدان."
	lasts := "ويستمر المعرض عشرة أيام تقام خلالها ندوات وأمسيات شعرية وورش للأطفال والشباب."
	last := "وكانت الدورة الماضية قد شهدت إقبالا كبيرا رغم الظروف الاقتصادية الصعبة."
	paragraphs := []string{strings.Join([]string{opens, takesPart, expects, said}, " "), strings.Join([]string{lasts, last, opens}, " ")}
	text := wrapLines(strings.Join(paragraphs, "\n"), 80, 70)
	rows := strings.Split(text, "\n")
	k := slices.Index(rows, "وقال الوزير")
	require.Greater(t, k, 0, "the remainder has a line of its own:\n%s", text)
	require.True(t, strings.HasSuffix(rows[k-1], "العام."), "after a line that ends a sentence")
	assert.Equal(t, []string{opens, takesPart, expects, said, lasts, last, opens}, sentenceLines(text))
}

// wrapLines wraps each line of text at each width in turn (wrapWords), the
// lines of one wrap wrapped again at the next, as text wrapped twice is;
// blank lines stay.
func wrapLines(text string, widths ...int) string {
	lines := strings.Split(text, "\n")
	for _, w := range widths {
		var next []string
		for _, l := range lines {
			var b strings.Builder
			wrapWords(&b, l, w, "\n")
			next = append(next, strings.Split(b.String(), "\n")...)
		}
		lines = next
	}
	return strings.Join(lines, "\n")
}

// sentenceLines returns what text's sentences read, each on one line, a
// heading marked «[h] ».
func sentenceLines(text string) []string {
	var got []string
	for _, s := range tokenize.Sentences(text) {
		r := strings.Join(strings.Fields(s.In(text)), " ")
		if s.Heading {
			r = "[h] " + r
		}
		got = append(got, r)
	}
	return got
}

// A long text that is not hard-wrapped is split by several goroutines;
// the sentences, headings and line numbers must be those of one.
func TestSentencesSameOnAnyCores(t *testing.T) {
	seed, err := os.ReadFile("../testdata/seed.txt")
	require.NoError(t, err)
	breaks := []string{"\n", "\r\n", "\r", "\u2028", "\n\n", "\r\n\r\n"}
	var b strings.Builder
	for k := 0; b.Len() < 3*64<<10; k++ {
		for i, line := range strings.Split(string(seed), "\n") {
			fmt.Fprintf(&b, "%d %s%s", k, line, breaks[(i+k)%len(breaks)])
		}
	}
	for _, text := range []string{b.String(), "---\ntitle: عنوان\n---\n" + b.String(), strings.ReplaceAll(b.String(), "\n\n", "\n=====\n"),
		strings.ReplaceAll(b.String(), "\n\n", "\n<script>\nvar a = 1;\n\nvar b = 2;\n</script> بعد\n"),
		strings.ReplaceAll(strings.ReplaceAll(b.String(), "\n\n", "</p>\n<p>"), "، ", "،<br>"),
		// lines that go on in the next, past where a share would start
		strings.ReplaceAll(b.String(), "، ", "، في\n"),
		// and a shortcode just before «في», which is then no word alone
		strings.ReplaceAll(b.String(), "، ", "، [embed]https://x.y/v[/embed]في\n"),
		// an HTML document, whose lines go on past their breaks
		"<!DOCTYPE html>\n<body>\n" + strings.ReplaceAll(strings.ReplaceAll(b.String(), "\n\n", "</p>\n<p>"), "، ", "،\n")} {
		split := func(procs int) []tokenize.Sentence {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			return tokenize.Sentences(text)
		}
		one := split(1)
		require.Greater(t, one[len(one)-1].Line, 300)
		for _, procs := range []int{2, 3, 7} {
			assert.Equal(t, one, split(procs), "GOMAXPROCS %d", procs)
		}
	}
}

// lineBreaks are the line breaks Sentences knows (see IsLineBreak), and
// CRLF, each with a name for a subtest.
var lineBreaks = []struct{ name, sep string }{
	{"LF", "\n"}, {"CR", "\r"}, {"CRLF", "\r\n"}, {"VT", "\v"}, {"FF", "\f"},
	{"NEL", "\u0085"}, {"LINE SEPARATOR", "\u2028"}, {"PARAGRAPH SEPARATOR", "\u2029"},
}

// Every kind of line break ends a line, also when a long text uses only
// that kind: each of 20,000 lines without final punctuation is one unit,
// whole, on its own line.
func TestSentencesOneKindOfBreak(t *testing.T) {
	for _, br := range lineBreaks {
		t.Run(br.name, func(t *testing.T) {
			lines := make([]string, 20_000)
			for k := range lines {
				// « » and “ ” share lead bytes with NEL and the separators.
				lines[k] = fmt.Sprintf("قال «المتحدث» إن “الجلسة” %d انتهت", k)
			}
			text := strings.Join(lines, br.sep)
			got := tokenize.Sentences(text)
			require.Len(t, got, len(lines))
			for k, s := range got {
				if !assert.Equal(t, lines[k], s.In(text), "line %d", k) || !assert.Equal(t, k, s.Line) {
					return
				}
			}
		})
	}
}

// letterOrMark looks ASCII and Arabic up in its own tables: it must agree
// with the unicode package on every rune.
func TestLetterOrMark(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if want := unicode.IsLetter(r) || unicode.IsMark(r); tokenize.LetterOrMark(r) != want {
			assert.Failf(t, "letterOrMark", "%U: got %v", r, !want)
			return
		}
	}
}

// lineEnd searches a window of bytes at a time: a break that starts on
// either side of a window's edge, or straddles it, still ends its line.
func TestSentencesBreakAtWindowEdge(t *testing.T) {
	for _, br := range []string{"\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029"} {
		for at := tokenize.LineWindow - 8; at <= tokenize.LineWindow+4; at++ {
			text := strings.Repeat("a", at) + br + strings.Repeat("b", 100)
			got := tokenize.Sentences(text)
			if !assert.Len(t, got, 2, "%q at %d", br, at) {
				continue
			}
			assert.Equal(t, tokenize.Span{Start: 0, End: at}, got[0].Span, "%q at %d", br, at)
			assert.Equal(t, tokenize.Span{Start: at + len(br), End: len(text)}, got[1].Span, "%q at %d", br, at)
		}
	}
}

// TestIsLineBreakAgreesWithSentences: IsLineBreak is the list that
// Sentences' byte scan (lineEnd) finds; every rune of the first planes that
// parts two words into units of two lines is in it, and no other.
func TestIsLineBreakAgreesWithSentences(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		units := tokenize.Sentences("كلمة" + string(r) + "أخرى")
		breaks := len(units) == 2 && units[0].Line != units[1].Line
		if breaks != tokenize.IsLineBreak(r) {
			t.Errorf("U+%04X: Sentences parts two lines %v, IsLineBreak %v", r, breaks, tokenize.IsLineBreak(r))
		}
	}
}

// splitLine's byte scan decides that a mark ends a sentence, and
// afterTerminators then passes over the marks and closers that go with it:
// the two must agree on every mark, or the sentence would end before its
// mark (and, before the guard in splitLine, the scan spun on the mark for
// ever, as taking '۔' out of isTerminator alone showed).
func TestAfterTerminatorsPassesEveryFinalMark(t *testing.T) {
	for _, mark := range []string{".", "!", "?", "؟", "۔", "…", "&#8230;", "&#1567;", "&hellip;", "&#x61F;"} {
		text := "جملة" + mark + " تليها." // a line with a final mark: «…» cuts a heading's parts apart from none (see TestSentences)
		from := len("جملة")
		assert.Equal(t, from+len(mark), tokenize.AfterTerminators(text, from, len(text)), "%q", mark)
		got := tokenize.Sentences(text)
		if assert.Len(t, got, 2, "%q", mark) {
			assert.Equal(t, from+len(mark), got[0].Span.End, "%q", mark)
		}
	}
}

func TestUnpunctuated(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"ends with a word", "الحكومة تعلن خطة جديدة", true},
		{"ends with a quotation", "الحكومة تعلن خطة \"عاجلة\"", true},
		{"ends with a bracket", "الحكومة تعلن خطة (جديدة)", true},
		{"a period", "الحكومة تعلن خطة جديدة.", false},
		{"a period inside closing quotes", "وقال \"لن نتراجع.\"", false},
		{"an arabic question mark", "من هو الوزير الجديد؟", false},
		{"a colon", "وجاءت النتائج كالتالي:", false},
		{"a full-width colon", "النتائج：", false},
		{"an arabic comma", "في القاهرة،", false},
		{"an ellipsis written as an entity", "وعاد الوزير&#8230;", false},
		{"a question inside a curly quote set the right-to-left way", "من هو الوزير؟“", false},
		{"a question mark written as an entity, inside a closing one", "من هو الوزير&#1567;&quot;", false},
		{"an entity that is no mark", "جونسون &amp;", true},
		{"a semicolon", "في القاهرة;", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tokenize.Unpunctuated(tt.text))
		})
	}
}

// TestHardWrappedKeepParagraph: in hard-wrapped text that ends its
// paragraphs with a blank line, as e-mail does, a line that ends a
// sentence where the next line's first word would not have fit on it ran
// out of room: the paragraph goes on (Sentence.Line), as in the text
// before it was wrapped. Where that word would have fit, or where the text
// does not part most of its paragraphs by blank lines, so that such a line
// may be a paragraph's last, the break ends the paragraph. Hard-wrapped so
// at 70 characters, 51 of the 3,023 news texts were summarized otherwise
// than as plain text, 36 with this alone, 5 with TestHardWrappedFound's
// too.
func TestHardWrappedKeepParagraph(t *testing.T) {
	opening := wrappedOpening
	next := []string{wrappedNext, "الصغيرة، ورحب بها اتحاد الصناعات."}
	// the paragraphs after, each ending with a short line
	after := []string{
		"وقال اتحاد العمال إن الخطة لا تذكر الأجور، وطالب الحكومة بأن تضيف\nإليها زيادة في رواتب العاملين في القطاع العام.",
		"ورد الوزير بأن الأجور ستبحث في اجتماع مع ممثلي العمال الأسبوع\nالمقبل في مقر الوزارة.",
		"وأضاف أن الوزارة ستنشر تفاصيل الخطة على موقعها في الأسبوع\nالمقبل.",
		"وكانت الحكومة قد وعدت بالخطة في بيانها الأول أمام\nالبرلمان.",
		"وتوقع خبراء أن تبدأ الشركات الاستفادة من الخطة في مطلع العام\nالمقبل.",
	}
	// one character too many for the next word, and one too few
	ranOut := "الماضي، وإن الحكومة ستخصص مليار دينار للخطة خلال السنتين."
	fits := "الماضي، وإن الحكومة ستخصص مليار دينار للخطة الجديدة."
	blanks := []string{"\n\n", "\n\n", "\n\n", "\n\n", "\n\n"}
	tests := []struct {
		name     string
		ends     string   // the line that ends the first sentence
		parts    []string // what parts the paragraphs, one before each of after
		sameLine bool
	}{
		{"the next word would not have fit: a wrap", ranOut, blanks, true},
		{"the next word would have fit: the writer's break", fits, blanks, false},
		{"paragraphs not parted by blank lines: the line may be a paragraph's last", ranOut, []string{"\n", "\n", "\n", "\n", "\n"}, false},
		{"blank lines after as many paragraphs as not: not parted by them", ranOut, []string{"\n", "\n\n", "\n\n", "\n"}, false},
		// counted are the short lines that end a paragraph, not the wraps
		{"blank lines after more paragraphs than not: parted by them", ranOut, []string{"\n\n", "\n", "\n\n", "\n", "\n\n"}, true},
	}
	require.Equal(t, 65, utf8.RuneCountInString(strings.Split(after[0], "\n")[0]), "the widest line")
	require.Equal(t, 65+1, utf8.RuneCountInString(ranOut)+1+utf8.RuneCountInString(strings.Fields(wrappedNext)[0]), "one too many")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first := append(slices.Clone(opening), tt.ends)
			text := strings.Join(append(slices.Clone(first), next...), "\n")
			for k, p := range tt.parts {
				text += p + after[k]
			}
			widest := 0
			for l := range strings.SplitSeq(text, "\n") {
				widest = max(widest, utf8.RuneCountInString(l))
			}
			// Preconditions: the line is not the widest, and the next word
			// fits on it where the row says.
			n := utf8.RuneCountInString(tt.ends)
			require.Less(t, n+1, widest)
			require.Equal(t, tt.ends == ranOut, n+1+utf8.RuneCountInString(strings.Fields(next[0])[0]) > widest)
			units := tokenize.Sentences(text)
			require.Len(t, units, 2+len(tt.parts), "%+q", units)
			assert.Equal(t, strings.Join(first, "\n"), units[0].In(text))
			assert.Equal(t, strings.Join(next, "\n"), units[1].In(text))
			for k, a := range after[:len(tt.parts)] {
				assert.Equal(t, a, units[2+k].In(text))
				assert.Less(t, units[1+k].Line, units[2+k].Line, "a short last line ends a paragraph")
			}
			for _, u := range units {
				assert.False(t, u.Heading, u.In(text))
			}
			assert.Equal(t, tt.sameLine, units[0].Line == units[1].Line, "lines %d and %d", units[0].Line, units[1].Line)
		})
	}
}

// TestHardWrappedSubheading: a sub-heading, which ends with no final mark,
// ends its line in hard-wrapped text even where the next line's first word
// would not have fit on it (a link): only a sentence's end is taken for a
// wrap so (see TestHardWrappedKeepParagraph).
func TestHardWrappedSubheading(t *testing.T) {
	link := "https://www.finance.example.gov/plans/2025/small-business-plan"
	text := strings.Join(wrappedOpening, "\n") + "\n" +
		"الماضي.\n\n" +
		"وقال اتحاد العمال إن الخطة لا تذكر الأجور، وطالب الحكومة بأن تضيف\n" +
		"إليها زيادة في رواتب العاملين في القطاع العام.\n\n" +
		"ورد الوزير بأن الأجور ستبحث في اجتماع مع ممثلي العمال الأسبوع\n" +
		"المقبل في مقر الوزارة.\n\n" +
		"تفاصيل الخطة\n" +
		link + "\n" +
		"وتشرح الصفحة شروط الخطة ومواعيدها.\n"
	require.Greater(t, utf8.RuneCountInString("تفاصيل الخطة")+1+len(link), 65, "the link would not have fit")
	units := tokenize.Sentences(text)
	require.Len(t, units, 5, "%+q", units)
	assert.True(t, units[3].Heading)
	assert.Equal(t, "تفاصيل الخطة", units[3].In(text))
	assert.Equal(t, link+"\nوتشرح الصفحة شروط الخطة ومواعيدها.", units[4].In(text))
}

// TestHardWrappedFound: hard-wrapped text is told by its lines that stop
// near one width without a final mark. A rule («-----») is no such line:
// wider than the text's lines, it set a width that none filled, and as
// wide, it was taken for one, so that one-line paragraphs between rules
// were read as wrapped and each rule went on into the sentence after it.
// Where blank lines part the paragraphs, only the lines that a paragraph
// goes on after are counted, so that paragraphs of one line, which end
// where they end, do not hide the wrapped ones. Wrapped at 70 characters
// with blank lines between paragraphs, 36 of the 3,023 news texts were
// summarized otherwise than as plain text, 5 now, each a story of a few
// lines. Without blank lines, lines that end where a paragraph ends are
// too many to tell the text from a list.
func TestHardWrappedFound(t *testing.T) {
	long := wrappedOpening[0] + "\nالصغيرة في البلاد."
	short := "وقال الوزير إن الخطة تبدأ الشهر المقبل."
	rule := strings.Repeat("-", 100)
	// a line that ends where it ends, as wide as the rule below
	sentence := "وقال الوزير إن الخطة ستبدأ في الشهر المقبل وتستمر ثلاث سنوات كاملة."
	rule62 := strings.Repeat("-", utf8.RuneCountInString(sentence))
	wantLong := []string{long}
	// a heading that fills its line as a wrapped one does, but stops a
	// word short of the width: «وقال», which opens short, would have fit
	heading := strings.TrimSuffix(wrappedOpening[0], " الشركات")
	require.NotEqual(t, wrappedOpening[0], heading)
	width := utf8.RuneCountInString(wrappedOpening[0])
	require.GreaterOrEqual(t, 4*utf8.RuneCountInString(heading), 3*width)
	require.True(t, strings.HasPrefix(short, "وقال "))
	require.LessOrEqual(t, utf8.RuneCountInString(heading)+1+utf8.RuneCountInString("وقال"), width)
	// a headline that fills a line, but leaves room for the story's first
	// word «أعلن» and two characters more
	headline := "وزير المالية يعلن خطة جديدة لدعم الشركات الصغيرة"
	require.GreaterOrEqual(t, 4*utf8.RuneCountInString(headline), 3*width)
	require.LessOrEqual(t, utf8.RuneCountInString(headline)+1+utf8.RuneCountInString("أعلن")+2, width)
	// the same line broken before a number that would have fit, by a
	// character: a program kept the number with its word (see goesOn)
	early := heading + "\n350000 شركة صغيرة في البلاد."
	require.Equal(t, width-1, utf8.RuneCountInString(heading)+1+utf8.RuneCountInString("350000"))
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a rule wider than the lines", long + "\n\n" + rule + "\n\n" + long + "\n\n" + long,
			slices.Concat(wantLong, wantLong, wantLong)},
		{"paragraphs of one line between wrapped ones, parted by blank lines",
			strings.Join([]string{long, short, short, long, short, short, long}, "\n\n"),
			slices.Concat(wantLong, []string{short, short}, wantLong, []string{short, short}, wantLong)},
		// 3 lines of 8 go on, too few to tell wrapped text by its full
		// lines; but each breaks where the next word would not have fit,
		// and no line stops short of where a program would break it
		{"paragraphs of one or two lines, without blank lines",
			strings.Join([]string{long, short, long, short, long}, "\n"),
			slices.Concat(wantLong, []string{short}, wantLong, []string{short}, wantLong)},
		// a full line without a final mark, after which the next line's
		// first word would have fit, is a writer's break (a heading), or
		// a program's that kept a number with its word: one for three
		// breaks where it would not is too many, one for four is not (and
		// 5 full lines of 17, or 4 of 11, are too few to tell by those)
		{"a heading that stops short, for three breaks",
			strings.Join([]string{heading, short, short, long, short, short, long, short, short, long}, "\n"),
			slices.Concat([]string{"[h] " + heading, short, short},
				[]string{"[h] " + wrappedOpening[0], "الصغيرة في البلاد.", short, short},
				[]string{"[h] " + wrappedOpening[0], "الصغيرة في البلاد.", short, short},
				[]string{"[h] " + wrappedOpening[0], "الصغيرة في البلاد."})},
		{"a headline above the story, without a blank line",
			strings.Join([]string{headline, long, short, long, short, long, short, long}, "\n"),
			slices.Concat([]string{"[h] " + headline}, wantLong, []string{short}, wantLong, []string{short}, wantLong,
				[]string{short}, wantLong)},
		{"a line broken early, for four breaks",
			strings.Join([]string{early, short, short, long, short, short, long, short, short, long, short, short, long}, "\n"),
			slices.Concat([]string{early, short, short}, wantLong, []string{short, short}, wantLong,
				[]string{short, short}, wantLong, []string{short, short}, wantLong)},
		{"a rule of tatweels, wider than any wrapped text", long + "\n\n" + strings.Repeat("ـ", 150) + "\n\n" + long + "\n\n" + long,
			slices.Concat(wantLong, wantLong, wantLong)},
		{"a rule parts wrapped text as a blank line does",
			strings.Join([]string{long, long, wrappedOpening[0] + "\n" + strings.Repeat("-", 40) + "\nالصغيرة في البلاد.", long}, "\n\n"),
			slices.Concat(wantLong, wantLong, []string{"[h] " + wrappedOpening[0], "الصغيرة في البلاد."}, wantLong)},
		{"a period alone on a wrapped sentence's last line is no rule",
			strings.Join([]string{long, long, strings.Join(wrappedOpening, "\n") + "\n.", long}, "\n\n"),
			slices.Concat(wantLong, wantLong, []string{strings.Join(wrappedOpening, "\n") + "\n."}, wantLong)},
		{"nor is an ellipsis",
			strings.Join([]string{long, long, strings.Join(wrappedOpening, "\n") + "\n...", long}, "\n\n"),
			slices.Concat(wantLong, wantLong, []string{strings.Join(wrappedOpening, "\n") + "\n..."}, wantLong)},
		{"nor is a closing quotation mark",
			strings.Join([]string{long, long, "«" + strings.Join(wrappedOpening, "\n") + "\n»", long}, "\n\n"),
			slices.Concat(wantLong, wantLong, []string{"«" + strings.Join(wrappedOpening, "\n") + "\n»"}, wantLong)},
		{"rules between paragraphs of one line, which end where they end",
			strings.Join([]string{sentence, rule62, sentence, rule62, sentence, rule62, sentence}, "\n"),
			[]string{sentence, sentence, sentence, sentence}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, units(tt.text))
		})
	}
}

// TestBrokenLines: lines broken where a program that wraps them breaks
// tell hard-wrapped text where too few of them go on to tell it by its
// full lines (see TestHardWrappedFound): a line without a final mark
// breaks where the next line's first word and the blank before it would
// not have fit, by a character or more. In text so broken, a full line
// after which that word would have fit with two characters to spare is a
// writer's, a heading that fills a line, and it goes on in nothing, where
// it was glued to the sentence after it. The widest line here, the
// text's width, is 60 characters.
func TestBrokenLines(t *testing.T) {
	top := filler(59) + "." // the widest line, a paragraph of its own
	short := "من " + filler(10) + "."
	// a paragraph of two lines: its first, of n characters, ends where
	// the next line's first word, of w letters, would not have fit
	para := func(n, w int) (string, []string, []string) {
		first, second := filler(n), filler(w)+" "+filler(10)+"."
		require.Equal(t, n, utf8.RuneCountInString(first))
		return first + "\n" + second, []string{first + "\n" + second}, []string{"[h] " + first, second}
	}
	brk, joined, apart := para(58, 2)    // overflows by one: 58+1+2 > 60
	fit, _, fitApart := para(57, 2)      // fits exactly: 57+1+2 = 60
	room2, _, room2Apart := para(55, 2)  // two characters to spare
	room1, room1Joined, _ := para(56, 2) // one
	loose, looseJoined, _ := para(50, 2) // seven
	heading := filler(50)                // full (3/4 of 60 or more), and «من» would have fit after it
	subheading := filler(20)             // not full
	require.Equal(t, 60, utf8.RuneCountInString(top))
	tests := []struct {
		name  string
		lines []string
		want  [][]string
	}{
		{"three lines that overflow by one character", []string{top, brk, brk, brk, short},
			[][]string{{top}, joined, joined, joined, {short}}},
		{"two are too few", []string{top, brk, brk, short, short},
			[][]string{{top}, apart, apart, {short, short}}},
		{"a line the next word would just have fit on breaks early, one for three", []string{top, brk, brk, brk, fit, short, short},
			[][]string{{top}, apart, apart, apart, fitApart, {short, short}}},
		{"a sub-heading that does not fill its line counts for neither", []string{top, subheading, brk, brk, brk, short},
			[][]string{{top, "[h] " + subheading}, joined, joined, joined, {short}}},
		{"lines that end a sentence are no breaks", []string{top, top, top, top, heading, short},
			[][]string{{top, top, top, top, "[h] " + heading, short}}},
		{"a full line that stops short, for four breaks, is a heading", []string{top, brk, brk, brk, brk, heading, short},
			[][]string{{top}, joined, joined, joined, joined, {"[h] " + heading, short}}},
		{"two characters short of the next word", []string{top, brk, brk, brk, brk, room2, short},
			[][]string{{top}, joined, joined, joined, joined, room2Apart, {short}}},
		{"one character short: a program's break, a character under the width", []string{top, brk, brk, brk, brk, room1, short},
			[][]string{{top}, joined, joined, joined, joined, room1Joined, {short}}},
		// 4 full lines of 10 tell the text wrapped, however it breaks them
		{"in text whose lines all stop short, a full line goes on", []string{top, loose, loose, loose, loose, short},
			[][]string{{top}, looseJoined, looseJoined, looseJoined, looseJoined, {short}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, slices.Concat(tt.want...), units(strings.Join(tt.lines, "\n")))
		})
	}
}

// TestWideHeadline: a headline wider than the lines of the hard-wrapped
// story under it is no line the program wrapped, and the story's lines
// tell the width. At the headline's width, the story's full lines would
// have been long enough for the next word, and text as wide as its
// headline was not found wrapped, so that the story was read line by
// line and its lead's last line was the summary («المتحدة.»). A story's
// first line that is its widest by chance is no headline: at its width
// too, the story's lines break where a program breaks them.
func TestWideHeadline(t *testing.T) {
	// no final mark, 95 characters: the story's lines are under 3/4 of it
	head := strings.Repeat("الاقتصادية ", 8) + "الجديدة"
	// a paragraph of two lines, its first of n characters, its second
	// opening with word
	para := func(n int, word string) string {
		return filler(n) + "\n" + word + " " + filler(10) + "."
	}
	// 62 characters: wider by more than two, and «من» would have fit
	near := strings.Repeat("الاقتصادية ", 5) + "الجديدة"
	story := para(56, "من")   // breaks at 56; «من» would have fit at 95
	chance := para(60, "من")  // the widest line, by chance
	late := para(56, "الشرق") // 56+1+5 > 60: breaks at 60 too
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"after a blank line", []string{head, "", story, story, story, story},
			[]string{"[h] " + head, story, story, story, story}},
		{"without one", []string{head, story, story, story, story},
			[]string{"[h] " + head, story, story, story, story}},
		{"wider by six characters", []string{near, story, story, story, story},
			[]string{"[h] " + near, story, story, story, story}},
		{"the story's first line, widest by chance", []string{chance, late, late, late, late},
			[]string{chance, late, late, late, late}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, units(strings.Join(tt.lines, "\n")))
		})
	}
}

// filler returns Arabic words of n characters in all, with the blanks
// between them.
func filler(n int) string {
	// none a word that no sentence ends with, after which a line goes on
	// whatever its width (see TestLineGoesOn)
	words := [...]string{"", "ب", "هو", "قال", "كلمة"}
	var b strings.Builder
	for n > 0 {
		k := min(n, 4)
		switch n {
		case 5, 6: // a blank and a word of two letters to follow
			k = n - 3
		}
		b.WriteString(words[k])
		if n -= k; n > 0 {
			b.WriteByte(' ')
			n--
		}
	}
	return b.String()
}

// TestTatweelRule: a line of tatweels («ـــــ») is a rule, as a line of
// dashes is, and no unit: tatweel only stretches a word, and holds none. As a
// heading, it was taken for a text's headline, and the title that a summary
// shows and weighs its sentences by was a line of tatweels, the real
// headline after it passed over. A run of tatweels that a blank parts
// from a unit's words is a rule drawn around it («ـــ عنوان ـــ»), no part
// of it, where it showed in the title; a tatweel at a word's edge is the
// word's («هـ»). Nor is tatweel a letter that makes a headline of a time
// or a number («ـ14:05ـ»).
func TestTatweelRule(t *testing.T) {
	const (
		headline = "الحكومة ترفع أسعار الوقود"
		lead     = "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة."
	)
	rule := strings.Repeat("ـ", 20)
	tests := []struct {
		name     string
		text     string
		want     []string
		headline string // Headline's, "" when it finds none
	}{
		{"alone", rule + "\n", nil, ""},
		{"short, without a line break", "ـــ", nil, ""},
		{"one, between spaces", " ـ \n", nil, ""},
		{"with marks on it", "ـَـُـ", nil, ""},
		{"before a headline", rule + "\n" + headline + "\n\n" + lead,
			[]string{"[h] " + headline, lead}, headline},
		{"between the headline and the story", headline + "\n" + rule + "\n" + lead,
			[]string{"[h] " + headline, lead}, headline},
		{"around a heading, which drops them", rule + " " + headline + " " + rule + "\n" + lead,
			[]string{"[h] " + headline, lead}, headline},
		{"before a sentence, which drops it", rule + "  " + lead,
			[]string{lead}, ""},
		{"after a sentence's final mark, which drops it", lead + " " + rule,
			[]string{lead}, ""},
		{"at a word's end, which keeps it («هـ», the Hijri year)", "عام 1445 هـ\n" + lead,
			[]string{"[h] عام 1445 هـ", lead}, "عام 1445 هـ"},
		{"at a word's start, which keeps it", "ـالحكومة ترفع أسعار الوقود ـــ\n" + lead,
			[]string{"[h] ـالحكومة ترفع أسعار الوقود", lead}, "ـالحكومة ترفع أسعار الوقود"},
		{"in a word, which keeps it", "الحكومـــة\n" + lead,
			[]string{"[h] الحكومـــة", lead}, "الحكومـــة"},
		{"before a number: a heading, as a number alone is, and no headline", rule + " 1\n" + lead,
			[]string{"[h] 1", lead}, ""},
		{"around a time, which is dropped as a time alone above a story is", "ـــ 14:05 ـــ\n" + headline + "\n\n" + lead,
			[]string{"[h] " + headline, lead}, headline},
		{"in a time's words, which heads no story", "ـ14:05ـ\n" + headline + "\n\n" + lead,
			[]string{"[h] ـ14:05ـ", "[h] " + headline, lead}, headline},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, units(tt.text))
			sp, ok := tokenize.Headline(tt.text, tokenize.Sentences(tt.text))
			assert.Equal(t, tt.headline != "", ok)
			assert.Equal(t, tt.headline, sp.In(tt.text))
		})
	}
}

// TestHeadlineRestatesLead: in hard-wrapped text, a headline on the text's
// first line may fill it as a wrapped line does, with no room after it for
// the story's first word: nothing in the layout tells it from the lead's
// first line, and it ran into the lead. A headline restates its lead, where
// a line that a program broke shares few words with the rest of its own
// sentence: a first line that shares three terms or more with the
// sentence it would open is the headline. Served as a plain-text archive
// keeps a story (evaluate.PlainText), 493 of the 3,023 news texts had their
// headline run into the lead.
func TestHeadlineRestatesLead(t *testing.T) {
	long := wrappedOpening[0] + "\nالصغيرة في البلاد."
	wantLong := []string{long}
	short := "وقال الوزير إن الخطة تبدأ الشهر المقبل."
	width := utf8.RuneCountInString(wrappedOpening[0])
	// each fills a line and leaves no room for the lead's first word, «أعلن»
	ambiguous := func(t *testing.T, line string) {
		t.Helper()
		n := utf8.RuneCountInString(line)
		require.GreaterOrEqual(t, 4*n, 3*width, "a full line")
		require.LessOrEqual(t, n, width)
		require.Greater(t, n+1+utf8.RuneCountInString("أعلن")+2, width, "no room for the next word")
	}
	// eight terms of the lead's sentence: the minister, finance, a plan…
	headline := "وزير المالية يعلن خطة جديدة لدعم الشركات الصغيرة في البلاد"
	// three of its four: the minister, finance, a plan
	three := "وزير المالية يعلن خطة لن يكون لها أي أثر على ما هو عليه الآن"
	// two of its five: the minister, finance
	two := "وزير المالية يتحدث عن أنه لا يرى أن هناك ما يدعو إلى ذلك الآن"
	// three of its ten: a minister, a plan, the country
	few := "تقارير وزير سابق تتحدث عن خطة قديمة للحكومة تعيد النظر بالبلاد"
	story := []string{long, short, long, short, long, short, long}
	second := "الصغيرة في البلاد وقال المحللون إن الأسواق والمصارف ستتأثر بها"
	third := "الأسواق والمصارف والمحللون في البلاد الصغيرة ستتأثر."
	lead := slices.Concat(wantLong, []string{short}, wantLong, []string{short}, wantLong, []string{short}, wantLong)
	// the story's own first line, which shares three terms with the rest of
	// its sentence below it, but is no text's first line
	restating := "أعلن وزير المالية يوم الأحد عن خطة اقتصادية جديدة لدعم الشركات"
	// a lead whose first words hold a period that ends no sentence
	doctor := "أعلن د. محمد وزير المالية يوم الأحد عن خطة جديدة لدعم الشركات\nالصغيرة في البلاد."
	tests := []struct {
		name  string
		first string
		text  string
		want  []string
	}{
		{"a headline that restates the lead", headline, strings.Join(slices.Concat([]string{headline}, story), "\n"),
			slices.Concat([]string{"[h] " + headline}, lead)},
		{"a period that ends no sentence does not end the lead's first words", headline,
			strings.Join(slices.Concat([]string{headline, doctor}, story[1:]), "\n"),
			slices.Concat([]string{"[h] " + headline, doctor}, lead[1:])},
		{"three terms are enough", three, strings.Join(slices.Concat([]string{three}, story), "\n"),
			slices.Concat([]string{three}, lead)}, // a unit of its own; too long for a heading (see isHeading)
		{"a first line that shares two terms goes on", two, strings.Join(slices.Concat([]string{two}, story), "\n"),
			slices.Concat([]string{two + "\n" + long}, lead[1:])},
		{"a first line of whose terms too few are shared goes on", few, strings.Join(slices.Concat([]string{few}, story), "\n"),
			slices.Concat([]string{few + "\n" + long}, lead[1:])},
		// the first line shares nothing with the lines after it; with the
		// second, the sentence's first two lines share much with its third
		{"the first line alone is asked", wrappedOpening[0],
			strings.Join(slices.Concat([]string{wrappedOpening[0], second, third}, story), "\n"),
			slices.Concat([]string{wrappedOpening[0] + "\n" + second + "\n" + third}, lead)},
		{"a line after the first goes on however much it shares", restating,
			strings.Join(slices.Concat(story[:2], []string{restating, "وزير المالية خطة الشركات الجديدة.", short}, story[2:]), "\n"),
			slices.Concat(lead[:2], []string{restating + "\nوزير المالية خطة الشركات الجديدة.", short}, lead[2:])},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ambiguous(t, tt.first)
			assert.Equal(t, tt.want, units(tt.text))
		})
	}
}

// TestSentencePrefix: restates reads the sentence that a text's first line
// would open up to its final mark, and its first words only: a headline
// restates a lead's opening, and a long sentence shares words with any
// line by chance.
func TestSentencePrefix(t *testing.T) {
	tests := []struct {
		name  string
		rest  string
		words int
		want  string
	}{
		{"up to a period", "أعلن الوزير الخطة. وقال إنها", 25, "أعلن الوزير الخطة"},
		{"up to an Arabic question mark", "هل تنجح الخطة؟ يقول الخبراء", 25, "هل تنجح الخطة"},
		{"up to an exclamation mark", "يا لها من خطة! قال", 25, "يا لها من خطة"},
		{"the first words of a long sentence", "واحد اثنان ثلاثة أربعة خمسة", 3, "واحد اثنان ثلاثة "},
		{"blanks and line breaks part words", "واحد\nاثنان\t ثلاثة أربعة", 3, "واحد\nاثنان\t ثلاثة "},
		{"a form feed and a vertical tab part words", "واحد\fاثنان\vثلاثة أربعة", 2, "واحد\fاثنان\v"},
		{"a no-break space parts words", "واحد\u00a0اثنان\u202fثلاثة أربعة", 2, "واحد\u00a0اثنان\u202f"},
		{"an ideographic space parts words", "واحد\u3000اثنان ثلاثة", 1, "واحد\u3000"},
		{"a zero-width non-joiner parts none", "واحد\u200cاثنان ثلاثة", 1, "واحد\u200cاثنان "},
		{"up to an Urdu full stop", "أعلن الوزير الخطة۔ وقال إنها", 25, "أعلن الوزير الخطة"},
		{"up to an ellipsis", "أعلن الوزير الخطة… وقال إنها", 25, "أعلن الوزير الخطة"},
		{"past a period in a number", "ارتفع بنسبة 3.5 في المئة. وقال", 25, "ارتفع بنسبة 3.5 في المئة"},
		{"past a period after a title", "قال د. أحمد إن الخطة. ثم", 25, "قال د. أحمد إن الخطة"},
		{"past a period before a Latin letter", "زار موقع example.com أمس. ثم", 25, "زار موقع example.com أمس"},
		{"a text without a mark", "واحد اثنان", 25, "واحد اثنان"},
		{"nothing", "", 25, ""},
		{"a mark first", ". واحد", 25, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.rest[:tokenize.SentencePrefix(tt.rest, tt.words)])
		})
	}
}

func TestQuestionLabel(t *testing.T) {
	for _, tt := range []struct {
		name, s string
		want    bool
	}{
		{"a colon", "س:", true},
		{"a slash", "س/", true},
		{"a tatweel and a dash after a blank", "سـ -", true},
		{"an en dash", "س –", true},
		{"an answer's", "ج:", false},
		{"a place before a dash", "سرت -", false},
		{"the letter alone", "س", false},
		{"a label with words after it", "س: ما", false},
		{"nothing", "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tokenize.QuestionLabel(tt.s))
		})
	}
}
