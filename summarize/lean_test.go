package summarize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/tokenize"
)

func TestLeansBack(t *testing.T) {
	checkShape(t, leansBack, []shapeRow{
		{"and he added that", "وأضاف أن الاجتماع كان مثمرا.", true},
		{"and he added, a quotation written in entities", "وأضاف&nbsp;&quot;الاجتماع كان مثمرا&quot;.", true},
		{"and he went on, a link inside the quotation", "وتابع \"الفوز <a href=\"https://example.com/a\">بلقب</a> كأس العالم هو حلم تحول إلى حقيقة\".", true},
		{"and he added, a link before the quotation", "وأضاف <a href=\"/a\">\"الاجتماع كان مثمرا\"</a>.", true},
		{"and he added, the no-break space as a hex reference", "وأضاف&#xA0;&quot;الاجتماع كان مثمرا&quot;.", true},
		{"and she said that", "وقالت إن الحكومة سترد قريبا.", true},
		{"he said, without a conjunction", "قال إنه لن يترشح مرة أخرى.", true},
		{"and he pointed to", "وأشار إلى أن المفاوضات ستستأنف.", true},
		{"and he voiced", "وأعرب عن أمله في التوصل إلى اتفاق.", true},
		{"and he said in a statement", "وقال في بيان إن الشركة ستغلق مصانعها.", true},
		{"and he said, then a quotation", "وأضاف: «لن نتراجع عن قرارنا».", true},
		{"and he says, then a quotation in plain quotes", "ويقول \"عندما أعود إلى البيت أنسى كل شيء\".", true},
		{"and he says, then a quotation opened with «”», as right-to-left writers set it", "ويقول ”عندما أعود إلى البيت أنسى كل شيء“.", true},
		{"as he also pointed out", "كما أشار إلى أن الأسعار سترتفع.", true},
		{"and he is", "وهو أول رئيس يزور البلاد منذ عقود.", true},
		{"but he", "لكنه رفض التعليق على الاتهامات.", true},
		{"without hamza, as typed in a hurry", "واضاف ان الاجتماع كان مثمرا.", true},
		{"with diacritics", "وَأَضَافَ أَنَّ الاجتماعَ كانَ مثمرًا.", true},
		{"with fa", "فقال إن الوقت قد حان.", true},
		{"the speaker is named", "وأضاف الوزير أن الاجتماع كان مثمرا.", false},
		{"the speaker is a name in quotation marks", "وتشير \"أطباء بلا حدود\" إلى أن غالبية الناجين من النساء.", false},
		{"a name in guillemets", "وقالت «هيومن رايتس ووتش» إن الاعتقالات تعسفية.", false},
		{"a name in curly quotes set the right-to-left way", "وقالت ”هيومن رايتس ووتش“ إن الاعتقالات تعسفية.", false},
		{"a name in curly quotes", "وقالت “هيومن رايتس ووتش” إن الاعتقالات تعسفية.", false},
		{"a name in quotation marks written as entities", "وتشير &quot;أطباء بلا حدود&quot; إلى أن غالبية الناجين من النساء.", false},
		{"a name in guillemets written as entities", "وقالت &laquo;هيومن رايتس ووتش&raquo; إن الاعتقالات تعسفية.", false},
		{"a short quotation that ends the sentence is what was said", "وأضاف \"هذا خطأ\".", true},
		{"a long quotation is what was said", "وأضاف \"علينا أن نعرف هؤلاء الناس جيدا\" ثم غادر.", true},
		{"a quotation never closed is what was said", "وتابع \"كنا واضحين للغاية في أهدافنا.", true},
		{"a company is named", "وقالت الشركة إنها تتوقع تباطؤ العائدات.", false},
		{"and she wrote within", "وكتبت ضمن سلسلة من التغريدات أن الحملة ظالمة.", true},
		{"a speaker named Ali, whom «على» would fold to", "وقال علي أكبر صالحي للصحفيين إن الاستعدادات تجري.", false},
		{"and he warned of", "وحذر من احتمال فرض عقوبات جديدة.", true},
		{"and she told the BBC", "وقالت لبي بي سي إنها لم تتلق أي إخطار.", true},
		{"and he told the agency", "وقال لوكالة رويترز إن المحادثات متعثرة.", true},
		{"and he told, the article joined to the preposition", "وقال للصحفيين إن الاتفاق بات قريبا.", true},
		{"a verb then a word that only starts like a preposition", "وقال لافروف إن موسكو مستعدة للحوار.", false},
		{"a verb that is not reporting", "وصل الوفد إلى العاصمة صباح اليوم.", false},
		{"wasf, a word that starts with waw", "وصف الرئيس الاتفاق بأنه تاريخي.", false},
		{"and despite that", "ورغم ذلك، تقول المنظمة إن الأرقام ارتفعت.", true},
		{"and even so", "ومع ذلك، من المرجح أن يلعب أمام فريقه السابق.", true},
		{"thereby", "وبذلك تنضم إلى قائمة طويلة من الفائزات.", true},
		{"therefore", "لذلك من المهم أن تبدأ مبكرا.", true},
		{"for this reason", "لهذا السبب، فإن الألماس مادة ثمينة.", true},
		{"as a result of that", "ونتيجة لذلك، وضع مئات الأطفال في مراكز احتجاز.", true},
		{"and after that", "وبعد ذلك بوقت قصير، عين نائبا للمدير.", true},
		{"and after that day: after «بعد», a time does not make it the story's", "وبعد ذلك اليوم لم يعد إلى المدينة.", true},
		{"and that comes amid", "ويأتي ذلك في ظل توتر متصاعد بين البلدين.", true},
		{"and this came after", "وجاء هذا بعد أيام من الاحتجاجات.", true},
		{"and this is not the first time", "وهذه ليست المرة الأولى التي يحتج فيها السكان.", true},
		{"and this means", "وهذا يعني أن الأسعار سترتفع.", true},
		{"consequently", "وبالتالي، يتعين على اللاعب الفوز باللقب.", true},
		{"however, ghayr anna", "غير أن الشركة لم تعترف بالخطأ.", true},
		{"however, illa anna", "إلا أن روسيا أكدت عزمها على المضي.", true},
		{"however, bayda anna", "بيد أن المخرج اختار مدخلا مختلفا هذه المرة.", true},
		{"according to, alone: the source of the sentence before", "بحسب اليونسكو.", true},
		{"according to, then what it says", "وبحسب الصحيفة، فإن الحكومة تدرس القرار.", false},
		{"then", "ثم توجه إلى عمه في دير مجاور.", true},
		{"and despite that, the older spelling", "ورغم ذاك يصر المدرب على أن اللاعب لم يظهر مستواه.", true},
		{"these people", "هؤلاء لم يحصلوا على تعويض حتى الآن.", true},
		{"and he said, the and written apart", "و قال إنه لن يحضر الاجتماع.", true},
		{"for his part, then the one it stands for", "من جانبه، قال البيت الأبيض إن الزعم لا أساس له.", false},
		{"this, inside a quotation that opens the sentence", "\"هذه هي أغلى أرض في مصر\" كما قال أحد الأهالي.", false},
		{"…inside single quotes", "'هذه هي أغلى أرض في مصر' كما قال أحد الأهالي.", false},
		{"this year is a time, not the sentence before", "هذا العام شهد ارتفاعا في الأسعار.", false},
		{"this time", "وهذه المرة لم يتراجع الرئيس.", false},
		{"this conflict: a noun named before", "هذا الصراع يرتبط بقضية الأرض.", true},
		{"this bank", "هذا المصرف يملك فروعا في كل المدن.", true},
		{"these days, as the first words: a time", "هذه الأيام تشهد المدينة ازدحاما.", false},
		{"given these circumstances: the demonstrative joined to a preposition", "نظرا لهذه الظروف أجل الحفل إلى الشهر المقبل.", true},
		{"with this result: its lead states the result, wherever it stands", "وبهذه النتيجة تصدر الفريق المجموعة.", false},
		{"this step came: after a verb, with its noun", "وجاءت هذه الخطوة قبل أسبوع من القمة.", true},
		{"this is", "هذا هو الوضع الراهن في البلاد.", true},
		{"this step led to: a demonstrative after a verb", "وأدت هذه الخطوة إلى تراجع شعبية الحزب.", true},
		{"since then", "ومنذ ذلك الحين لم يعد إلى بلده.", true},
		{"this means, the verb first", "ويعني هذا أن الأسعار سترتفع.", true},
		{"this is the first time: an occasion, which the sentence names", "وتعد هذه المرة الأولى التي يفوز فيها الفريق باللقب.", false},
		{"this week, after a verb: a time", "وافتتح هذا الأسبوع معرض للكتاب في المدينة.", false},
		{"meanwhile", "وفي هذه الأثناء تواصل الفرق البحث عن المفقودين.", false},
		{"these days", "ويعيش هذه الأيام أصعب مراحل حياته.", false},
		{"despite, then a noun", "وعلى الرغم من رفض المركز إعلان الأسماء، كشفت وسائل الإعلام عددا منها.", false},
		{"it came in a statement", "وجاء في بيان للوزارة أن الحادث وقع صباحا.", false},
		{"after, then a noun", "وبعد الاجتماع، غادر الوفد العاصمة.", false},
		{"from, then a noun", "من جانب آخر، ارتفعت أسعار النفط.", false},
		{"so indeed: fa and qad", "فقد قرر الفريق أن يكمل الرحلة رغم العاصفة.", true},
		{"so in", "ففي عام 1990 انتقل إلى العاصمة.", true},
		{"so after", "فبعد الفوز في المباراة الأولى، يواجه الفريق خصما أقوى.", true},
		{"so according to", "فوفقا للتقرير، ارتفع عدد الزوار.", true},
		{"so despite", "فعلى الرغم من الحظر، استمر البيع.", true},
		{"so during", "فخلال العام الماضي افتتحت الشركة ثلاثة مصانع.", true},
		{"so there is", "فهناك أسباب أخرى للأزمة.", true},
		{"so indeed, the fa written apart", "ف قد تأخر الموعد مرة أخرى.", true},
		{"faqada, lost, before a noun with the article", "فقد الرجل وظيفته بعد الحادث.", false},
		{"and in: wa, not fa", "وفي عام 1990 انتقل إلى العاصمة.", false},
		{"a word whose root begins with fa", "فاز الفريق بالبطولة للمرة الثالثة.", false},
		{"so, inside a quotation that opens the sentence", "\"فقد خسرنا كل شيء\" قالت إحدى السيدات.", false},
		{"a plain news sentence", "أعلنت وزارة الصحة عن حملة تطعيم جديدة.", false},
		{"a question", "هل تنجح المفاوضات هذه المرة؟", false},
		{"one word", "وأضاف", false},
		{"empty", "", false},
		{"no letters", "... 12 ...", false},
		{"latin", "He added that the talks went well.", false},
	})
}

func TestAnnounces(t *testing.T) {
	checkShape(t, announces, []shapeRow{
		{"as follows", "وجاءت النتائج كالتالي:", true},
		{"spaces after the colon", "وفيما يلي أبرز المعلومات: \t", true},
		{"a full-width colon", "النتائج：", true},
		{"a colon inside", "قال الوزير: لن نتراجع.", false},
		{"a plain sentence", "ارتفعت الأسعار اليوم.", false},
		{"empty", "", false},
	})
}

func TestQuotationCloses(t *testing.T) {
	checkShape(t, func(s string) bool { _, closes := quotation(s); return closes }, []shapeRow{
		{"the tail of a quotation", "أما الآن فأصبحت اللهجة العامية أكثر رواجا\".", true},
		{"the tail, a space before the next words", "مجانين\" على التوقعات.", true},
		{"the tail in guillemets", "هذا خطأ فادح».", true},
		{"the tail in curly quotes", "هذا خطأ فادح”.", true},
		{"curly quotes curled one way, as WordPress curls «:\"…\"», pair", "وقال وزير الآثار :”هذه مجرد بداية اكتشاف جديد”.", false},
		{"curly quotes as right-to-left writers set them pair", "وقال ”لن نتراجع“ ثم غادر.", false},
		{"the tail, its quotation mark an HTML entity", "أما الآن فأصبحت اللهجة العامية أكثر رواجا&quot;.", true},
		{"the tail in guillemets as entities", "هذا خطأ فادح&raquo;.", true},
		{"a quotation opened and not closed", "وقال المحامي إن \"عليه واجب قانوني.", false},
		{"opened after a colon", "قال في بيان: \"لم يكن هناك احتيال.", false},
		{"opened glued to a clitic", "ووصفت التجربة بـ\"الكابوس الذي لا ينتهي.", false},
		{"opened glued to a colon", "وقال شقيقه لمحطة إذاعة فرنسية :\" لقد ضحى بحياته.", false},
		{"the tail after a question", "يا له من لاعب رائع!\"", true},
		{"a whole quotation", "وقال \"لن نتراجع\" ثم غادر.", false},
		{"whole guillemets", "وقال «لن نتراجع» ثم غادر.", false},
		{"opened in guillemets", "وقال «لن نتراجع عن قرارنا.", false},
		{"no quotation", "ارتفعت الأسعار اليوم.", false},
		{"a lone quote", "\"", false},
		{"the tail, a link's quoted address before it", "وقال <a href=\"/news.php?id=5\">الوزير</a> إن اللهجة العامية أكثر رواجا\".", true},
		{"a whole quotation after a link", "وقال <a href='/a'>الوزير</a> \"لن نتراجع\" ثم غادر.", false},
		{"a link's quoted address alone", "وقال <a href=\"/a\">الوزير</a> إنه غادر.", false},
	})
}

func TestAddressesReader(t *testing.T) {
	checkShape(t, addressesReader, []shapeRow{
		{"what questions do you have", "ما هي الأسئلة التي تدور بأذهانكم عن أحداث البصرة؟", true},
		{"ask and we answer", "إسألوا ونحن نجيب..", true},
		{"you can get notifications", "يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من التطبيق على هاتفكم المحمول.", true},
		{"and you can, with waw", "ويمكنكم متابعة التغطية على موقعنا.", true},
		{"follow us", "تابعونا على تويتر.", true},
		{"without hamza", "ما هي الاسئلة التي تدور باذهانكم؟", true},
		{"the words are somebody's, in quotation marks", "وقال للطلاب: \"يمكنكم أن تحققوا ما تريدون\".", false},
		{"in guillemets", "وقال الوزير «بإمكانكم الاعتماد علينا» ثم غادر.", false},
		{"in curly quotes as right-to-left writers set them", "وقال الوزير ”بإمكانكم الاعتماد علينا“ ثم غادر.", false},
		{"after a colon, somebody's words without quotation marks", "فأجبت: يمكنكم تقدير ذلك.", false},
		{"after a quotation has closed", "وقال \"لن نتراجع\"، ويمكنكم متابعة التغطية هنا.", true},
		{"a word that ends like a pronoun", "أصدرت المحكمة الحكم بعد تراكم القضايا.", false},
		{"a plain news sentence", "أعلنت وزارة الصحة عن حملة تطعيم جديدة.", false},
		{"empty", "", false},
		{"a link's address before the reader's words is no colon", "شاهدوا <a href=\"https://example.com/v\">الفيديو</a> ويمكنكم التعليق عليه.", true},
	})
}

// TestCallsToAct: the publisher's calls to follow it, subscribe, install
// its app, click or read another story, which sites set at a story's foot.
func TestCallsToAct(t *testing.T) {
	checkShape(t, callsToAct, []shapeRow{
		{"subscribe to our newsletter", "اشترك في نشرتنا البريدية ليصلك كل جديد.", true},
		{"…the newsletter, not called ours", "اشترك في النشرة البريدية ليصلك كل جديد.", true},
		{"…a mailing list", "انضم إلى القائمة البريدية لتصلك آخر الأخبار.", true},
		{"a bulletin followed, by mail or not: the story's", "تابع ملايين المشاهدين النشرة الإخبارية مساء أمس.", false},
		{"to follow, join our channel on a platform", "لمتابعة آخر الأخبار انضم إلى قناتنا على تيليجرام.", true},
		{"install, a platform named", "حمّلوا النسخة الجديدة الآن لتصلكم الأخبار العاجلة عبر واتساب.", true},
		{"for more, follow our page", "للمزيد من الأخبار تابع صفحتنا على فيسبوك.", true},
		{"follow the news on our account, plural", "تابعوا آخر الأخبار عبر حسابنا على منصة إكس.", true},
		{"click here", "اضغط هنا لمتابعة آخر الأخبار.", true},
		{"…written with a hamza's seat", "إضغط هنا لمتابعة آخر الأخبار.", true},
		{"a how-to's step: click a button", "إضغط على زر \"حفظ\" في أعلى الصفحة.", false},
		{"the channel after a preposition", "تابع آخر الأخبار بقناتنا الجديدة.", true},
		{"…another", "انضموا لقناتنا الجديدة.", true},
		{"…after «و»", "تابعوا الأخبار وصفحتنا الجديدة.", true},
		{"a word of one Latin letter before no channel", "تابعوا a.", false},
		{"read also, after a colon", "اقرأ أيضا: وزير المالية يعلن موازنة جديدة.", true},
		{"watch also", "شاهد أيضاً.. فيديو يوثق لحظة افتتاح المعرض.", true},
		{"read more, on our site", "اقرأ المزيد من أخبار الاقتصاد على موقعنا.", true},
		{"download the app", "حمّل تطبيق الموقع الآن لتصلك الأخبار العاجلة.", true},
		{"…the verb's subject after it: it is the past tense", "حمل المستخدمون تطبيق الموقع بالملايين.", false},
		{"a verb that is also the past tense, with no channel: he followed", "تابع الرئيس سير العمل في المشروع الجديد.", false},
		{"…and he continued, on a site that is no channel", "وتابع أن الموقع الأثري يحتاج إلى ترميم عاجل.", false},
		{"…he carried", "حمل المتظاهرون لافتات تطالب بالإصلاح.", false},
		{"a platform named in the story, opened by no call", "أعلنت شركة تيليجرام عن ميزة جديدة لقنواتها.", false},
		{"a quotation that calls", "\"تابعوا قناتنا على يوتيوب\" كانت آخر رسالة نشرها اللاعب.", false},
		{"read, and no also", "اقرأ الكتاب الذي أصدره الوزير.", false},
		{"don't forget to subscribe to our channel", "لا تنسى الاشتراك في قناتنا.", true},
		{"…plural, after «و», to follow us on a platform", "ولا تنسوا متابعة آخر الأخبار على تيليجرام.", true},
		{"…with no channel: the story's", "لا تنسى الحكومة أن الأزمة بدأت قبل عامين.", false},
		{"a call's verb alone", "تابعوا", false},
		{"empty", "", false},
	})
}

// TestPublisherNote: the publisher's notes that sites set at a story's
// foot, its rights, a disclaimer, where the story came from.
func TestPublisherNote(t *testing.T) {
	checkShape(t, publisherNote, []shapeRow{
		{"an aggregator's disclaimer", "ملحوظة: مضمون هذا الخبر تم كتابته بواسطة موقع الأخبار ولا يعبر عن وجهة نظر الموقع وإنما تم نقله كما هو والعهدة على المصدر.", true},
		{"an opinion column's", "المقال يعبر عن رأي كاتبه ولا يعبر بالضرورة عن رأي الصحيفة.", true},
		{"all rights reserved", "جميع الحقوق محفوظة لموقع الأخبار 2024.", true},
		{"copied from another site", "هذا الخبر منقول من موقع الأخبار.", true},
		{"first published elsewhere", "تم نشر هذا المقال بالأصل على موقع الأخبار.", true},
		{"the source", "المصدر: وكالات.", true},
		{"…with a blank before its colon", "المصدر : رويترز.", true},
		{"the source named in a sentence", "المصدر الذي تحدث إلى الصحيفة طلب عدم ذكر اسمه.", false},
		{"…and a source who speaks", "وقال المصدر: إن الاجتماع تأجل إلى الأسبوع المقبل.", false},
		{"on the source's word, after «و»", "والعهدة على الموقع الذي نقل الخبر.", true},
		{"a statement that speaks for nobody but its author, in the news", "وقال المتحدث إن التصريحات لا تعبر عن رأي الحكومة.", false},
		{"rights in the news", "وطالب المحتجون بحقوقهم المحفوظة في الدستور.", false},
		{"two words of a note apart", "وأكد الخبر الذي نشرته الصحيفة أن الرأي منقول عن الوزير.", false},
		{"no comments yet, a page's line where its comments would be", "لا توجد تعليقات.", true},
		{"…«بعد» after it", "لا توجد تعليقات بعد.", true},
		{"…with «يوجد»", "لا يوجد تعليقات.", true},
		{"no official comment, in the news", "ولا توجد تعليقات رسمية من الحكومة حتى الآن.", false},
		{"…said by the minister", "وقال الوزير إنه لا توجد تعليقات على القرار.", false},
		{"…and a word after it that is no «بعد»", "لا توجد تعليقات رسمية.", false},
		{"…cut short", "لا توجد.", false},
		{"…another word first", "هنا توجد تعليقات.", false},
		{"…another verb", "لا أرى تعليقات.", false},
		{"…another noun", "لا توجد مشكلات.", false},
		{"«أول» after another word", "هو أول من وصل إلى المكان.", false},
		{"…two words after it", "لا توجد تعليقات بعد اليوم.", false},
		{"be the first to comment", "كن أول من يعلّق على الخبر.", true},
		{"«كن أول» in somebody's words", "وقال المدرب للاعب: كن أول من يصل إلى الكرة.", false},
		{"empty", "", false},
	})
}

// TestReaderWordsEndLikeOne: addressesReader normalizes only the words
// that endsLikeReaderWord lets through, so a word added to readerWords
// with another last letter would never be found.
func TestReaderWordsEndLikeOne(t *testing.T) {
	for _, w := range strings.Fields(readerWords) {
		assert.True(t, endsLikeReaderWord(w), w)
	}
}

func TestListItem(t *testing.T) {
	checkShape(t, listItem, []shapeRow{
		{"a number and a dash", "1- الإبقاء على منطقة خفض التصعيد في إدلب.", true},
		{"a space before the dash", "8 - استعادة حركة الترانزيت بحلول نهاية العام.", true},
		{"a number and a parenthesis", "3) تتحول الدهون إلى ثاني أكسيد الكربون وماء.", true},
		{"two digits", "10- يؤكد الجانبان مجددا عزمهما على محاربة الإرهاب.", true},
		{"eastern digits", "٢- إقامة منطقة منزوعة السلاح.", true},
		{"glued to a quotation", "2-\"ماما ميا!", true},
		{"a number and a period", "1. رفع الأجور في القطاع العام.", true},
		{"two Arabic-Indic digits and a period", "١٢. إصلاح نظام التقاعد.", true},
		{"a number in parentheses: a footnote of the sentence before", "(2) امه هي امنة بنت وهب.", false},
		{"a letter and a parenthesis", "أ) البند الأول من الاتفاق.", true},
		{"a letter in parentheses", "(ب) البند الثاني من الاتفاق.", true},
		{"a letter and a dash", "ج- البند الثالث من الاتفاق.", true},
		{"a Latin letter and a parenthesis", "a) the first clause.", true},
		{"a letter and a period: an abbreviation", "د. محمد علي قال إن الخطة جيدة.", false},
		{"a word with a dash", "E-mail users were warned.", false},
		{"a decimal number", "3.5 مليار دولار قيمة الصفقة.", false},
		{"a year in parentheses", "(2024) كان عاما صعبا.", false},
		{"a letter in parentheses, then a dash", "(ب- البند.", false},
		{"a word in parentheses", "(الأمم المتحدة) قالت إن…", false},
		{"a number that is the subject", "10 أشخاص قتلوا في الهجوم.", false},
		{"a range of numbers", "15-20 كيلومترا هو عمق المنطقة.", false},
		{"a year", "2018 كان عاما صعبا.", false},
		{"a bullet dash, a fact that reads alone", "- فاز منتخب البرازيل في 71 مباراة.", false},
		{"a plain sentence", "ارتفعت الأسعار اليوم.", false},
		{"empty", "", false},
	})
}

func TestQuotationOpens(t *testing.T) {
	checkShape(t, func(s string) bool { opens, _ := quotation(s); return opens }, []shapeRow{
		{"opened and not closed", "وقال المحامي إن \"عليه واجب قانوني.", true},
		{"opened after a colon", "قال في بيان: \"لم يكن هناك احتيال.", true},
		{"opened after a colon, as an entity", "قال في بيان: &quot;لم يكن هناك احتيال.", true},
		{"the tail after a link's quoted address opens nothing", "وقال <a href=\"/a\">الوزير</a> إن اللهجة أكثر رواجا\".", false},
		{"opened in guillemets, as a number", "وقال &#171;لن نتراجع عن قرارنا.", true},
		{"opened glued to a colon", "وقال شقيقه لمحطة إذاعة فرنسية :\" لقد ضحى بحياته.", true},
		{"opened in guillemets", "وقال «لن نتراجع عن قرارنا.", true},
		{"opened in curly quotes", "وقال “لن نتراجع عن قرارنا.", true},
		{"opened with «”», as right-to-left writers set it", "وقال ”لن نتراجع عن قرارنا.", true},
		{"opened with «&#8221;» after a colon", "وقال الوزير :&#8221;لن نتراجع عن قرارنا.", true},
		{"a whole quotation", "وقال \"لن نتراجع\" ثم غادر.", false},
		{"whole guillemets", "وقال «لن نتراجع» ثم غادر.", false},
		{"the tail of one", "هذا خطأ فادح\".", false},
		{"the tail in guillemets", "هذا خطأ فادح».", false},
		{"no quotation", "ارتفعت الأسعار اليوم.", false},
		{"a guillemet after a broken byte", "\xe2\xc2\xabلن نتراجع.", true},
		{"the bytes of a guillemet split by a broken one", "\xc2\xe2\xab لن نتراجع.", false},
	})
}

// shapeRow is one named text and what a shape test says of it.
type shapeRow struct {
	name string
	text string
	want bool
}

// checkShape runs the rows through one of the tests of a sentence's shape.
func checkShape(t *testing.T, shape func(string) bool, rows []shapeRow) {
	t.Helper()
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, shape(tc.text), "%+q", tc.text)
		})
	}
}

// A colon in a link's address («<a href="https://…">») is no colon of the
// sentence's: it would read as a speaker's or a headline's.
func TestEarlyColonOutsideTags(t *testing.T) {
	assert.Equal(t, -1, earlyColon("أعلنت <a href=\"https://example.com/a\">الوزارة</a> خطة جديدة."))
	s := "وزير <a href=\"https://example.com/a\">الصحة</a>: المستشفيات ستفتح."
	assert.Equal(t, strings.Index(s, ":"+" "), earlyColon(s))
	assert.Equal(t, strings.Index("وزير الصحة: نعم", ":"), earlyColon("وزير الصحة: نعم"), "without tags")
	assert.False(t, colonHeadline("أعلنت <a href=\"https://example.com/a\">الوزارة</a> خطة جديدة لتوسيع الخدمات."))
}

func TestColonHeadline(t *testing.T) {
	checkShape(t, colonHeadline, []shapeRow{
		{"a speaker named before the colon", "وزير الدفاع الأمريكي: لا دليل على استخدام أسلحة كيماوية", true},
		{"a source named before the colon", "وثائق سرية بريطانية: الحكومة سعت لحماية مكانة الرئيس", true},
		{"a quoted title before the colon", "فيلم \"النمر الأسود\": ثورة تغيير في أعراف هوليوود", true},
		{"a full-width colon", "وفاة المغني：الآلاف يشيعون الفنان الراحل", true},
		{"a verb of saying before the colon", "وقال: \"لقد فعلت ذلك لكي أكون أبا صالحا\"", false},
		{"a verb and its subject before the colon", "وقال الرئيس في تصريحاته: \"لن نغادر المدينة\"", false},
		{"a present-tense verb of saying", "ويضيف: إذا لم تأخذ كفايتك من النوم فعليك أن تقتنصه", false},
		{"no colon", "وزير الدفاع الأمريكي يزور المنطقة الأسبوع المقبل", false},
		{"a colon after more than 6 words", "وزير الدفاع الأمريكي يزور المنطقة الأسبوع المقبل في جولة: ثلاث دول", false},
	})
}

func TestQuoteMiddles(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []bool
	}{
		{"three sentences of one quotation", "وقال: \"نحن هنا. كرهت نفسي. ثم عدت\".", []bool{false, true, false}},
		{"four: two middles", "وقال: \"نحن هنا. كرهت نفسي. ثم عدت. وانتهى الأمر\".", []bool{false, true, true, false}},
		{"two halves have no middle", "وقال: \"نحن هنا. ثم عدت\".", []bool{false, false}},
		{"in guillemets", "وقال: «نحن هنا. كرهت نفسي. ثم عدت».", []bool{false, true, false}},
		{"in curly quotes", "وقال: “نحن هنا. كرهت نفسي. ثم عدت”.", []bool{false, true, false}},
		{"in curly quotes curled one way", "وقال :”نحن هنا. كرهت نفسي. ثم عدت”.", []bool{false, true, false}},
		{"still open at the end of its line", "وقال: \"نحن هنا. كرهت نفسي. ثم عدت.", []bool{false, false, false}},
		{"after a closed quotation", "وقال: \"نحن هنا\". ثم عاد إلى بيته. وانتهى الأمر.", []bool{false, false, false}},
		{"a line does not carry a quotation to the next", "وقال: \"نحن هنا.\nكرهت نفسي. ثم عدت\".", []bool{false, false, false}},
		{"single quotes are not counted", "وقال: \"نحن هنا. سموه 'البطل' هناك. ثم عدت\".", []bool{false, true, false}},
		{"a name in quotation marks inside", "وقال: \"نحن هنا. وصفته «الأيام» بالبطل. ثم عدت\".", []bool{false, false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sents := tokenize.Sentences(tt.text)
			require.Len(t, sents, len(tt.want), "the sentences of %q", tt.text)
			marks := make([]uint8, len(sents))
			quoteMiddles(tt.text, sents, marks)
			got := make([]bool, len(marks))
			for k, m := range marks {
				require.NotZero(t, m, "sentence %d is marked", k)
				got[k] = m == middle
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
