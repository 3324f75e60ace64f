package tokenize_test

import (
	"testing"

	"github.com/talkhis/talkhis/tokenize"
)

func TestByline(t *testing.T) {
	const story = "أكد وزير الخارجية أن الحكومة ماضية في خطتها."
	checkOpenings(t, tokenize.Byline, []opening{
		{"a dash, then a colon", "كتب - محمد السيد: ", story},
		{"written by a woman", "كتبت - سارة أحمد: ", story},
		{"a tatweel for a dash", "كتب ـ محمد السيد: ", story},
		{"tatweels for dashes, several together", "كتب ـــ محمد السيد ـــ ", story},
		{"a colon, then a dash", "كتب: محمد السيد - ", story},
		{"by the pen of", "بقلم - عبد الرحمن محمد السيد: ", story},
		{"prepared by two", "إعداد: محمد علي وأحمد حسن: ", story},
		{"…without a hamza", "اعداد: محمد علي - ", story},
		{"a hyphen against the word", "كتب- محمد السيد- ", story},
		{"two dashes", "كتب -- محمد السيد -- ", story},
		{"a dash and a colon after the name", "كتب - محمد السيد -: ", story},
		{"…apart", "كتب - محمد السيد - : ", story},
		{"…after the first word too", "كتب -: محمد السيد: ", story},
		{"…after tatweels", "كتب ـ محمد السيد ـ: ", story},
		{"the line goes on after the colon", "كتب - محمد السيد:\n", story},
		{"in a page's markup", "<strong>كتب - محمد السيد:</strong> ", story},
		{"a name of five words", "كتب - محمد بن عبد الله السيد: ", story},
		{"a doctor", "كتب - د. محمد السيد: ", story},
		{"a professor, the title's letters joined", "بقلم: أ.د. محمد السيد - ", story},
		{"…and apart", "بقلم: أ. د. محمد السيد - ", story},
		{"a title glued to the name", "كتب - م.محمد السيد: ", story},
		{"a title and five words", "كتب - د. محمد بن عبد الله السيد: ", story},
		{"by the pen of, no mark after the word", "بقلم محمد السيد: ", story},
		{"…a title, a dash after the name", "بقلم د. محمد السيد - ", story},
		{"translated by", "ترجمة: محمد السيد - ", story},
		{"edited by", "تحرير - محمد السيد: ", story},
		{"photographed by", "تصوير: محمد السيد - ", story},
		{"by", "بواسطة: محمد السيد - ", story},
		{"the writer", "الكاتب: محمد السيد - ", story},
		{"the editor", "المحرر: محمد السيد: ", story},
		{"the source", "المصدر: وكالات - ", story},

		{"the verb of the sentence", "", "كتب مئات الموظفين لدى الشركة رسالة إلى مديرها."},
		{"…with a colon later", "", "كتب الوزير في مقاله: إن الحكومة ماضية في خطتها."},
		{"…a colon after the next word", "", "كتب الوزير: إن الحكومة ماضية في خطتها وإنها لن تتراجع."},
		{"by the pen of, no mark after the word or the name", "", "بقلم رصاص رسم الفنان لوحته الأولى في المعرض."},
		{"a noun of the sentence, no mark after it", "", "تحرير الموصل: معركة طويلة انتهت بانتصار القوات العراقية."},
		{"«by means of», no mark after it", "", "بواسطة الطائرات المسيرة: نقلت الأدوية إلى القرى النائية."},
		{"the writer, no mark after the word", "", "الكاتب المصري محمد السيد: الرواية العربية تعيش أزمة حقيقية."},
		{"the source, no mark after the word", "", "المصدر الرئيسي للدخل: النفط الذي تصدره الدولة منذ عقود."},
		{"a word that opens with the writer", "", "الكاتبة - سارة أحمد: " + story},
		{"a section's label and a title", "", "كتب: أفضل عشر روايات صدرت هذا العام في مصر."},
		{"a name of six words", "", "كتب - محمد بن عبد الله السيد حسن: " + story},
		{"a figure for a name", "", "كتب - 5 محررين: " + story},
		{"a stop word first in the name", "", "كتب - في الصحيفة: " + story},
		{"no name", "", "كتب - : " + story},
		{"no name, a dash and a colon", "", "كتب -: " + story},
		{"a comma after the name", "", "كتب - محمد السيد، القاهرة: " + story},
		{"too few words after", "", "كتب - محمد السيد: أكد الوزير."},
		{"a tatweel inside a word", "", "كتب ـمحمد السيد: " + story},
		{"another word first", "", "نشر - محمد السيد: " + story},
		{"a word that opens with it", "", "كتبه - محمد السيد: " + story},
		{"a title and no name", "", "كتب - د.: " + story},
		{"three titles", "", "كتب - أ. د. م. محمد السيد: " + story},
		{"a title inside the name", "", "كتب - محمد ع. السيد: " + story},
		{"a title, then a stop word", "", "كتب - د. في الصحيفة: " + story},
		{"nothing", "", ""},
	})
}

// TestKicker: a site's flag over a story's lead, «عاجل» ("breaking"),
// «خاص» ("exclusive"), «حصري», with a mark after it; without one it is a
// word of the sentence.
func TestKicker(t *testing.T) {
	const story = "أكد وزير الخارجية أن الحكومة ماضية في خطتها."
	checkOpenings(t, tokenize.Kicker, []opening{
		{"breaking, a colon", "عاجل: ", story},
		{"…a bar", "عاجل | ", story},
		{"…a dash", "عاجل - ", story},
		{"exclusive, a tatweel for the dash", "خاص ـ ", story},
		{"…a dash and a colon", "خاص -: ", story},
		{"«حصري»", "حصري: ", story},
		{"«حصرياً», with its tanween", "حصرياً - ", story},
		{"«حصريا»", "حصريا | ", story},
		{"in a page's markup", "<b>عاجل:</b> ", story},
		{"a dateline after it is Dateline's", "عاجل - ", "القاهرة (رويترز) - " + story},

		{"no mark: a word of the sentence", "", "خاص بالموظفين الجدد برنامج تدريب جديد أعلنته الشركة."},
		{"another word that opens with it", "", "عاجلة: " + story},
		{"too few words after it: a heading", "", "عاجل: زلزال قوي"},
		{"another word first", "", "مهم: " + story},
		{"a comma after it", "", "خاص، " + story},
		{"nothing", "", ""},
	})
}

// FuzzByline: Byline never panics, and the length it gives is where a
// character of the sentence starts (or an invalid byte), where three
// words or more go on; a byline read is read again whatever comes after
// those words, where they hold no '<' or '&' (see FuzzDateline).
func FuzzByline(f *testing.F) {
	for _, s := range []string{
		"كتب - محمد السيد: أكد وزير الخارجية أن",
		"كتبت ـ سارة أحمد - أكد الوزير",
		"كتب - محمد السيد -: أكد وزير الخارجية أن",
		"<b>بقلم: محمد</b> أكد الوزير أن",
		"كتب مئات الموظفين رسالة",
	} {
		f.Add(s, " والمزيد.")
	}
	f.Fuzz(func(t *testing.T, s, more string) { checkOpener(t, tokenize.Byline, s, more) })
}

// FuzzKicker: Kicker keeps FuzzByline's promises.
func FuzzKicker(f *testing.F) {
	for _, s := range []string{
		"عاجل: أكد وزير الخارجية أن",
		"خاص ـ أكد الوزير أن الخطة",
		"حصرياً -: أكد الوزير أن الخطة",
		"<b>عاجل |</b> أكد الوزير أن",
		"خاص بالموظفين برنامج جديد",
	} {
		f.Add(s, " والمزيد.")
	}
	f.Fuzz(func(t *testing.T, s, more string) { checkOpener(t, tokenize.Kicker, s, more) })
}
