package summarize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLeansBack(t *testing.T) {
	checkShape(t, leansBack, []shapeRow{
		{"and he added that", "وأضاف أن الاجتماع كان مثمرا.", true},
		{"and she said that", "وقالت إن الحكومة سترد قريبا.", true},
		{"he said, without a conjunction", "قال إنه لن يترشح مرة أخرى.", true},
		{"and he pointed to", "وأشار إلى أن المفاوضات ستستأنف.", true},
		{"and he voiced", "وأعرب عن أمله في التوصل إلى اتفاق.", true},
		{"and he said in a statement", "وقال في بيان إن الشركة ستغلق مصانعها.", true},
		{"and he said, then a quotation", "وأضاف: «لن نتراجع عن قرارنا».", true},
		{"and he says, then a quotation in plain quotes", "ويقول \"عندما أعود إلى البيت أنسى كل شيء\".", true},
		{"as he also pointed out", "كما أشار إلى أن الأسعار سترتفع.", true},
		{"and he is", "وهو أول رئيس يزور البلاد منذ عقود.", true},
		{"but he", "لكنه رفض التعليق على الاتهامات.", true},
		{"without hamza, as typed in a hurry", "واضاف ان الاجتماع كان مثمرا.", true},
		{"with diacritics", "وَأَضَافَ أَنَّ الاجتماعَ كانَ مثمرًا.", true},
		{"with fa", "فقال إن الوقت قد حان.", true},
		{"the speaker is named", "وأضاف الوزير أن الاجتماع كان مثمرا.", false},
		{"the speaker is a name in quotation marks", "وتشير \"أطباء بلا حدود\" إلى أن غالبية الناجين من النساء.", false},
		{"a name in guillemets", "وقالت «هيومن رايتس ووتش» إن الاعتقالات تعسفية.", false},
		{"a short quotation that ends the sentence is what was said", "وأضاف \"هذا خطأ\".", true},
		{"a long quotation is what was said", "وأضاف \"علينا أن نعرف هؤلاء الناس جيدا\" ثم غادر.", true},
		{"a quotation never closed is what was said", "وتابع \"كنا واضحين للغاية في أهدافنا.", true},
		{"a company is named", "وقالت الشركة إنها تتوقع تباطؤ العائدات.", false},
		{"a verb that is not reporting", "وصل الوفد إلى العاصمة صباح اليوم.", false},
		{"wasf, a word that starts with waw", "وصف الرئيس الاتفاق بأنه تاريخي.", false},
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

func TestClosesQuote(t *testing.T) {
	checkShape(t, closesQuote, []shapeRow{
		{"the tail of a quotation", "أما الآن فأصبحت اللهجة العامية أكثر رواجا\".", true},
		{"the tail, a space before the next words", "مجانين\" على التوقعات.", true},
		{"the tail in guillemets", "هذا خطأ فادح».", true},
		{"the tail in curly quotes", "هذا خطأ فادح”.", true},
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
