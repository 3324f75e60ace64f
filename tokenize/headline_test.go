package tokenize_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/tokenize"
)

func TestHeadline(t *testing.T) {
	const (
		lead = "<p>رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل.</p>\n"
		head = "<!DOCTYPE html>\n<html lang=\"ar\">\n<head>\n<meta charset=\"utf-8\">\n"
	)
	tests := []struct {
		name string
		text string
		want string // "" when the text has no heading
	}{
		{"a page's title with the site's name after it gives way to its <h1>",
			head + "<title>الحكومة ترفع أسعار الوقود | شبكة الأخبار</title>\n</head>\n<body>\n<h1>الحكومة ترفع أسعار الوقود</h1>\n" + lead,
			"الحكومة ترفع أسعار الوقود"},
		{"…with the site's name before it",
			head + "<title>شبكة الأخبار - الحكومة ترفع أسعار الوقود</title>\n</head>\n<body>\n<h1>الحكومة ترفع أسعار الوقود</h1>\n" + lead,
			"الحكومة ترفع أسعار الوقود"},
		{"…with a section and the site's name after it, and a menu's heading before the <h1>",
			head + "<title>الحكومة ترفع أسعار الوقود – اقتصاد – شبكة الأخبار</title>\n</head>\n<body>\n<h3>اقتصاد</h3>\n<h1>الحكومة ترفع أسعار الوقود</h1>\n" + lead,
			"الحكومة ترفع أسعار الوقود"},
		{"…written otherwise: diacritics, hamza, an entity",
			head + "<title>الحكومةُ ترفع أسعار الوقود &amp; الغاز | شبكة الأخبار</title>\n</head>\n<body>\n<h1>الحكومة ترفع اسعار الوقود &amp; الغاز</h1>\n" + lead,
			"الحكومة ترفع اسعار الوقود &amp; الغاز"},
		{"a reader's «Title:» header with the site's name",
			"Title: الحكومة ترفع أسعار الوقود | شبكة الأخبار\n\nURL Source: https://example.com/a\n\nMarkdown Content:\nالحكومة ترفع أسعار الوقود\n===========\n\n" + "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل.\n",
			"الحكومة ترفع أسعار الوقود"},
		{"a logo's heading with the site's name is no headline: the headline holds more of the title's words than the rest",
			head + "<title>الحكومة ترفع أسعار الوقود | شبكة الأخبار</title>\n</head>\n<body>\n<h1 class=\"logo\">شبكة الأخبار</h1>\n<h2>الحكومة ترفع أسعار الوقود</h2>\n" + lead,
			"الحكومة ترفع أسعار الوقود"},
		{"…so a headline shorter than the site's name keeps the title whole",
			head + "<title>زلزال تركيا | موقع الأخبار العربية اليوم</title>\n</head>\n<body>\n<h1>زلزال تركيا</h1>\n" + lead,
			"زلزال تركيا | موقع الأخبار العربية اليوم"},
		{"…as many words as the site's name: the headline when it opens the title",
			head + "<title>بدأوا بالغسالات | شبكة الأخبار</title>\n</head>\n<body>\n<h1>شبكة الأخبار</h1>\n<h2>بدأوا بالغسالات</h2>\n" + lead,
			"بدأوا بالغسالات"},
		{"…not when it closes the title",
			head + "<title>شبكة الأخبار | بدأوا بالغسالات</title>\n</head>\n<body>\n<h1>بدأوا بالغسالات</h1>\n" + lead,
			"شبكة الأخبار | بدأوا بالغسالات"},
		{"a title of more than three separators is a list, not a page's title",
			head + "<title>أ | ب | ج | د | الحكومة ترفع أسعار الوقود</title>\n</head>\n<body>\n<h1>الحكومة ترفع أسعار الوقود</h1>\n" + lead,
			"أ | ب | ج | د | الحكومة ترفع أسعار الوقود"},
		{"…even when a heading is its first part",
			head + "<title>الحكومة ترفع أسعار الوقود في العاصمة | أ | ب | ج | د</title>\n</head>\n<body>\n<h1>الحكومة ترفع أسعار الوقود في العاصمة</h1>\n" + lead,
			"الحكومة ترفع أسعار الوقود في العاصمة | أ | ب | ج | د"},
		{"a title no later heading is a part of stays whole",
			head + "<title>الحكومة ترفع أسعار الوقود | شبكة الأخبار</title>\n</head>\n<body>\n<h2>ردود الفعل</h2>\n" + lead,
			"الحكومة ترفع أسعار الوقود | شبكة الأخبار"},
		{"a heading that is only some of a part's words is no headline",
			head + "<title>الحكومة ترفع أسعار الوقود | شبكة الأخبار</title>\n</head>\n<body>\n<h2>أسعار الوقود</h2>\n" + lead,
			"الحكومة ترفع أسعار الوقود | شبكة الأخبار"},
		{"a dash inside a word or a number is no separator",
			head + "<title>الاجتماع الروسي-الأمريكي 2024-2025</title>\n</head>\n<body>\n<h1>الأمريكي 2024</h1>\n" + lead,
			"الاجتماع الروسي-الأمريكي 2024-2025"},
		{"a colon is the headline's own: «الوزير: …»",
			head + "<title>وزير المالية: الأسعار سترتفع</title>\n</head>\n<body>\n<h1>الأسعار سترتفع</h1>\n" + lead,
			"وزير المالية: الأسعار سترتفع"},
		{"a title that asks, with the site's name after it, is one heading and gives way to its <h1>",
			head + "<title>لماذا ترتفع أسعار الوقود؟ | شبكة الأخبار</title>\n</head>\n<body>\n<h1>لماذا ترتفع أسعار الوقود؟</h1>\n" + lead,
			"لماذا ترتفع أسعار الوقود؟"},
		{"…and one of more than 12 words is one too",
			head + "<TITLE lang=ar>الحكومة ترفع أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل للوزراء</TITLE>\n</head>\n<body>\n" + lead,
			"الحكومة ترفع أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل للوزراء"},
		{"plain text: a ticker of other stories' headlines above the headline is no title",
			"بي بي سي عربي\nالرئيس يدعو إلى حوار وطني | البرلمان يقر قانون الانتخابات | الجيش ينتشر في المدينة ليلا | حريق كبير في منطقة صناعية\nالحكومة ترفع أسعار الوقود في العاصمة\nرفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة.\n",
			"الحكومة ترفع أسعار الوقود في العاصمة"},
		{"…nor is it with no headline under it",
			"الرئيس يدعو إلى حوار وطني | البرلمان يقر قانون الانتخابات | الجيش ينتشر في المدينة ليلا | حريق كبير في منطقة صناعية\nرفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة.\n",
			""},
		{"a title of the site's name alone gives way to the longer heading after it",
			head + "<title>شبكة الأخبار</title>\n</head>\n<body>\n<h1>الحكومة ترفع أسعار الوقود في العاصمة</h1>\n" + lead,
			"الحكومة ترفع أسعار الوقود في العاصمة"},
		{"plain text: a site's name and its menu, copied with the page, give way to the headline",
			"بي بي سي عربي\nالرئيسية\nأخبار\nالحكومة ترفع أسعار الوقود في العاصمة\nرفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة.\n",
			"الحكومة ترفع أسعار الوقود في العاصمة"},
		{"…but a heading of four words or fewer before the story is the headline when no longer one follows",
			"زلزال تركيا\nأخبار\nرفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة.\nالحكومة ترفع أسعار الوقود في العاصمة\n",
			"زلزال تركيا"},
		{"a title without a site's name is the headline",
			head + "<title>الحكومة ترفع أسعار الوقود</title>\n</head>\n<body>\n<h1>الحكومة ترفع أسعار الوقود</h1>\n" + lead,
			"الحكومة ترفع أسعار الوقود"},
		{"plain text: the heading it opens with",
			"الحكومة ترفع أسعار الوقود | اقتصاد\n\nرفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة.\n\nاقتصاد\n\nوقال الوزير إن القرار يخفض العجز في الموازنة العامة للدولة.\n",
			"الحكومة ترفع أسعار الوقود | اقتصاد"},
		{"a heading after the story's first sentence is no headline: it heads a section, or names another story",
			"رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل.\nالبرلمان يناقش الموازنة العامة\nوقال الوزير إن القرار يخفض العجز في الموازنة العامة للدولة.\n",
			""},
		{"a heading after a page's paragraph, <h1> or not",
			head + "</head>\n<body>\n" + lead + "<h1>الحكومة ترفع أسعار الوقود</h1>\n" + lead,
			""},
		{"what gives no unit may come first: front matter, a menu of links",
			"---\ndate: 2026-11-01\n---\n[الرئيسية](/) | [أخبار](/news)\n\nالحكومة ترفع أسعار الوقود\n\nرفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة.\n",
			"الحكومة ترفع أسعار الوقود"},
		{"a time alone on a line, as a live blog sets one over each entry, is no headline",
			"14:05\nأعلنت وزارة الصحة ارتفاع عدد الإصابات إلى مئة حالة في العاصمة اليوم.\n14:20\nوقال المتحدث إن الوضع تحت السيطرة.\n",
			""},
		{"…nor a date in figures above the headline",
			"2024/03/12\nالحكومة ترفع أسعار الوقود\nرفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة.\n",
			"الحكومة ترفع أسعار الوقود"},
		{"a teaser of another story cut off above the headline is no sentence before it",
			"ارتفاع أسعار الذهب إلى مستوى قياسي جديد في الأسواق العالمية وسط مخاوف من...\nالحكومة ترفع أسعار الوقود\nرفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة.\n",
			"الحكومة ترفع أسعار الوقود"},
		{"…but a sentence after it on its line opens the text",
			"ارتفاع أسعار الذهب وسط مخاوف من... ثم تراجعت الأسعار.\nالحكومة ترفع أسعار الوقود\nرفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة.\n",
			""},
		{"…as is a sentence that ends with a pause",
			"ارتفعت أسعار الذهب إلى مستوى قياسي وسط مخاوف كبيرة...\nالحكومة ترفع أسعار الوقود\nرفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة.\n",
			""},
		{"no heading", "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة.", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			units := tokenize.Sentences(tt.text)
			sp, ok := tokenize.Headline(tt.text, units)
			assert.Equal(t, tt.want != "", ok)
			assert.Equal(t, tt.want, sp.In(tt.text))
			if ok {
				assert.Contains(t, units, tokenize.Sentence{Span: sp, Heading: true, Line: lineOf(units, sp)}, "a heading unit's span")
			}
		})
	}
}

// TestOpeningHeadline: the line a text opens with is its headline when it
// has a headline's shape and place, though not a heading's shape.
func TestOpeningHeadline(t *testing.T) {
	const lead = "\nأطلقت محكمة هندية سراح الممثل بكفالة."
	tests := []struct {
		name string
		text string
		want int // the headline's unit, -1 for none
	}{
		{"a line without a final mark, of 13 to 24 words", "الإفراج عن نجم السينما الهندية بعد ليلتين في الحبس في قضية صيد الظباء النادرة في ولاية راجاستان" + lead, 0},
		{"…after blanks, tags and Markdown's emphasis", " <p class=x>**الإفراج عن نجم السينما الهندية بعد ليلتين في الحبس في قضية صيد الظباء النادرة**</p>\n<p>أطلقت محكمة هندية سراح الممثل بكفالة.</p>", 0},
		{"…after a tag that Word's source wraps", "<html>\r\n<body>\r\n<p class=MsoNormal\r\ndir=RTL><span lang=AR-SA>الإفراج عن نجم السينما الهندية بعد ليلتين في الحبس في قضية صيد الظباء النادرة</span></p>\r\n<p>أطلقت محكمة هندية سراح الممثل بكفالة.</p>", 0},
		{"…after a menu on the page's one line", "<ul><li><a href=\"/\">الرئيسية</a></li></ul><p>الإفراج عن نجم السينما الهندية بعد ليلتين في الحبس في قضية صيد الظباء النادرة</p><p>أطلقت محكمة هندية سراح الممثل بكفالة.</p>", 0},
		{"…over a blank line", "الإفراج عن نجم السينما الهندية بعد ليلتين في الحبس في قضية صيد الظباء النادرة\n" + lead, 0},
		{"a question of 12 words or fewer", "لماذا أصبحت السينما في السعودية فجأة أمرا عاديا؟" + lead, 0},
		{"…written with an entity", "لماذا أصبحت السينما في السعودية فجأة أمرا عاديا&#1567;" + lead, 0},
		{"a line of 24 words", "جملة أولى بلا نقطة في آخرها تمتد على سطر طويل جدا بما يكفي لتكون جملة لا عنوانا أبدا مهما قصر ما بعدها من السطور" + lead, 0},
		{"a line of 25 words", "جملة أولى بلا نقطة في آخرها تمتد على سطر طويل جدا بما يكفي لتكون جملة لا عنوانا أبدا مهما قصر ما بعدها من السطور كلها" + lead, -1},
		{"a question of 13 words", "هل يمكن أن تكون درجة حرارة الغرفة عاملا للتمييز على أساس الجنس حقا؟" + lead, -1},
		{"a question of 13 to 18 words that opens with «من هو», \"who is\"", "من هو الطبيب الشاب الذي أنقذ عشرات الأطفال من الغرق في فيضانات المدينة الأخيرة؟" + lead, 0},
		{"…or with «لماذا», \"why\"", "لماذا قررت الحكومة تأجيل الانتخابات البلدية إلى ما بعد نهاية موسم الأمطار هذا العام؟" + lead, 0},
		{"…in 18 words", "من هو الطبيب الشاب الذي أنقذ عشرات الأطفال من الغرق في فيضانات المدينة الساحلية الأخيرة في جنوب البلاد؟" + lead, 0},
		{"…not in 19", "من هو الطبيب الشاب الذي أنقذ عشرات الأطفال من الغرق في فيضانات المدينة الساحلية الأخيرة في جنوب البلاد الشرقية؟" + lead, -1},
		{"…or with «كم», \"how many\"", "كم عدد الأطفال الذين أنقذهم الطبيب الشاب من الغرق في فيضانات المدينة الساحلية الأخيرة؟" + lead, 0},
		{"…nor with a Latin comma", "ما الذي يجعل المدن الساحلية أكثر عرضة للفيضانات, وكيف يمكن حمايتها في المستقبل القريب؟" + lead, -1},
		{"…nor with a comma, as a story's question after a clause", "ما الذي يجعل المدن الساحلية أكثر عرضة للفيضانات، وكيف يمكن حمايتها في المستقبل القريب؟" + lead, -1},
		{"…nor after «ولكن», \"but\"", "ولكن كيف يمكن للمدن الساحلية أن تحمي سكانها من الفيضانات المتكررة في المستقبل القريب؟" + lead, -1},
		{"a sentence with its period", "الإفراج عن نجم السينما الهندية بعد ليلتين في الحبس في قضية صيد الظباء النادرة." + lead, -1},
		{"a line of two units", "توفي المؤرخ عن عمر ناهز 101 عام. فمن هو" + lead, -1},
		{"a headline of two questions", "الحرب السورية: من يقاتل من؟ ولماذا؟" + lead, 0},
		{"…or of an exclamation and a question", "كارثة في المدينة! ماذا بعد؟" + lead, 0},
		{"…but of two parts after an ellipsis, a heading already (see TestSentences)", "نتنياهو: أطلق العنان للنمر الإيراني ... وهو أكبر تهديد لعالمنا" + lead, -1},
		{"…written as one character", "التحرش الجنسي في المغرب… وإتقان فن التخفي" + lead, -1},
		{"…a question after it", "\"اللادينيون\" في المغرب ... هل يشكلون \"ظاهرة\"؟" + lead, 0},
		{"…but not one whose last part ends with a period", "مات الملك؟ عاش الملك." + lead, -1},
		{"…nor one of more than 12 words", "الحرب السورية المستمرة منذ سنوات طويلة في البلاد: من يقاتل من؟ ولماذا يقاتل؟" + lead, -1},
		{"a heading already: the shape tells", "الإفراج عن نجم السينما الهندية" + lead, -1},
		{"the text's only line", "الإفراج عن نجم السينما الهندية بعد ليلتين في الحبس في قضية صيد الظباء النادرة", -1},
		{"after a list's bullet", "- بند أول من القائمة بلا نقطة في آخره يمتد إلى أربع عشرة كلمة في السطر" + lead, -1},
		{"after a quotation's mark", "> بند أول من القائمة بلا نقطة في آخره يمتد إلى أربع عشرة كلمة في السطر" + lead, -1},
		{"after an interview's label", "س: ما أولويات الوزارة في العام المقبل؟\nج: خفض البطالة بين الشباب.", -1},
		{"before a <br>: a hard-wrapped paragraph's line", "<p>أعلنت الشرطة في النمسا مقتل رجل بالرصاص بعد أن هاجم بسكين جنديا يحرس<br />\nمقر إقامة السفير الإيراني في العاصمة فيينا.</p>\n<p>ب.</p>", -1},
		{"a marked heading is one already", "# الإفراج عن نجم السينما الهندية بعد ليلتين في الحبس في قضية صيد الظباء النادرة" + lead, -1},
		{"after a site's name and a menu's words, headings", "شبكة الأخبار\nالرئيسية\nأخبار\nالإفراج عن نجم السينما الهندية بعد ليلتين في الحبس في قضية صيد الظباء النادرة" + lead, 3},
		{"…or a marked heading, on the same line of a page's source", "<h2>أخبار</h2> الإفراج عن نجم السينما الهندية بعد ليلتين في الحبس في قضية صيد الظباء النادرة" + lead, 1},
		{"…but not after a heading of five words: that is the headline, and the line after it the story's", "الإفراج عن نجم بوليوود بكفالة\nأطلقت محكمة هندية سراح نجم السينما بكفالة بعد ليلتين في الحبس في قضية صيد الظباء النادرة" + lead, -1},
		{"…nor after the story's first sentence", "أطلقت محكمة هندية سراح الممثل بكفالة.\nالإفراج عن نجم السينما الهندية بعد ليلتين في الحبس في قضية صيد الظباء النادرة" + lead, -1},
		{"empty", "", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, ok := tokenize.OpeningHeadline(tt.text, tokenize.Sentences(tt.text))
			assert.Equal(t, tt.want >= 0, ok)
			if ok {
				assert.Equal(t, tt.want, k)
			}
		})
	}
}

// TestHeadedSentences: the opening headline is a heading unless a title
// given beside the text is another line's.
func TestHeadedSentences(t *testing.T) {
	const (
		headline = "الإفراج عن نجم السينما الهندية بعد ليلتين في الحبس في قضية صيد الظباء النادرة"
		lead     = "\nأطلقت محكمة هندية سراح الممثل بكفالة."
		question = "هل يمكن أن تكون درجة حرارة الغرفة في المكاتب عاملا للتمييز على أساس الجنس؟"
	)
	tests := []struct {
		name, text, title string
		want              bool
	}{
		{"no title given", headline + lead, "", true},
		{"the title given is that line, written otherwise", headline + lead, "الإفراجُ عن نجم السينما الهندية بعد ليلتين في الحبس في قضية صيد الظباء النادرة", true},
		{"the title given is that line and the site's name, as a page's title has them", headline + lead, headline + " | شبكة الأخبار", true},
		{"…before it", headline + lead, "شبكة الأخبار - " + headline, true},
		{"another title given: the line opens the story", headline + lead, "نجم بوليوود حر بكفالة", false},
		{"…one that holds the line and more, without a separator", headline + lead, headline + " اليوم", false},
		{"a question too long to be a headline by its shape, without a title", question + lead, "", false},
		{"…is one when the title given reads as it", question + lead, question, true},
		{"…and so is a line that ends with a period", headline + "." + lead, headline, true},
		{"…but not the story's second line", "أطلقت محكمة هندية سراح الممثل بكفالة.\n" + headline + lead, headline, false},
	}
	// A headline of two sentences is one heading, its line's units joined.
	two := "الحرب السورية: من يقاتل من؟ ولماذا؟"
	for _, title := range []string{"", two, two + " | شبكة الأخبار"} {
		units, k := tokenize.HeadedSentences(two+lead, title)
		require.Equal(t, 0, k, "title %q", title)
		assert.Equal(t, tokenize.Sentence{Span: tokenize.Span{Start: 0, End: len(two)}, Heading: true}, units[0], "title %q", title)
		assert.Equal(t, tokenize.Sentences(two + lead)[2:], units[1:], "title %q", title)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			units, k := tokenize.HeadedSentences(tt.text, tt.title)
			assert.Equal(t, tt.want, units[0].Heading)
			assert.Equal(t, tt.want, k == 0)
			if !tt.want {
				assert.Equal(t, -1, k)
			}
			plain := tokenize.Sentences(tt.text)
			plain[0].Heading = tt.want
			assert.Equal(t, plain, units, "only the first unit's mark differs from Sentences'")
		})
	}
}

// TestHeadedSentencesDateline: the story's first sentence, the first unit
// that is no heading, starts after a wire's dateline (see Dateline), under
// a headline or without one, so that whoever reads the story's units reads
// its lead as the lead. Another sentence's dateline stays: a digest of two
// stories keeps the second's.
func TestHeadedSentencesDateline(t *testing.T) {
	const (
		headline = "الحكومة ترفع أسعار الوقود"
		dateline = "القاهرة (رويترز) - "
		lead     = "رفعت الحكومة أسعار الوقود في العاصمة اليوم."
		second   = "وقال وزير المالية إن القرار تأخر كثيرا."
	)
	tests := []struct {
		name, text, title string
		want              []string // the units' text, headings first
	}{
		{"under a headline", headline + "\n" + dateline + lead + "\n" + second, "", []string{headline, lead, second}},
		{"…given as the title", headline + "\n" + dateline + lead + "\n" + second, headline, []string{headline, lead, second}},
		{"…after a site's name, a heading too", "شبكة الأخبار\n" + headline + "\n" + dateline + lead + "\n" + second, "", []string{"شبكة الأخبار", headline, lead, second}},
		{"without a headline", dateline + lead + " " + second, "", []string{lead, second}},
		{"a title given that reads otherwise: the line is the story's", dateline + lead + " " + second, "عنوان آخر", []string{lead, second}},
		{"the second sentence's dateline stays", lead + "\n" + dateline + second, "", []string{lead, dateline + second}},
		{"no dateline", headline + "\n" + lead + " " + second, "", []string{headline, lead, second}},
		{"a byline", headline + "\nكتب - محمد السيد: " + lead + "\n" + second, "", []string{headline, lead, second}},
		{"…then a dateline", headline + "\nكتب - محمد السيد: " + dateline + lead + "\n" + second, "", []string{headline, lead, second}},
		{"a dateline, then a byline", headline + "\n" + dateline + "كتب - محمد السيد: " + lead + "\n" + second, "", []string{headline, lead, second}},
		{"a place and a dash, then a byline", headline + "\nالقاهرة - كتب - محمد السيد: " + lead + "\n" + second, "", []string{headline, lead, second}},
		{"a byline, a dateline and a byline: the second stays", "كتب - محمد السيد: " + dateline + "كتب - أحمد علي: " + lead, "", []string{"كتب - أحمد علي: " + lead}},
		{"the second sentence's byline stays", lead + "\nكتب - محمد السيد: " + second, "", []string{lead, "كتب - محمد السيد: " + second}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			units, _ := tokenize.HeadedSentences(tt.text, tt.title)
			var got []string
			for _, u := range units {
				got = append(got, u.In(tt.text))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestHeadedSentencesLineAlone: a byline or a dateline on a line of its
// own above the story is a heading, and never the headline, even where it
// has a headline's shape (a short line without a final mark); nor is a
// label, a heading that ends with a colon.
func TestHeadedSentencesLineAlone(t *testing.T) {
	const (
		headline = "الحكومة ترفع أسعار الوقود مرة أخرى" // longer than a site's name (see Headline)
		lead     = "رفعت الحكومة أسعار الوقود في العاصمة اليوم."
		second   = "وقال وزير المالية إن القرار تأخر كثيرا."
	)
	tests := []struct {
		name, text string
		headline   string // the headline Headline reads among the units, "" for none
		headings   []string
	}{
		{"a byline ending with a colon", headline + "\nكتب - محمد السيد:\n" + lead + "\n" + second, headline, []string{headline, "كتب - محمد السيد:"}},
		{"a byline without one", headline + "\nكتب - محمد السيد\n" + lead + "\n" + second, headline, []string{headline, "كتب - محمد السيد"}},
		{"a byline first, no headline", "كتب - محمد السيد\n" + lead + "\n" + second, "", []string{"كتب - محمد السيد"}},
		{"…by the pen of, no mark after the word", "بقلم محمد السيد\n" + lead + "\n" + second, "", []string{"بقلم محمد السيد"}},
		{"a share label first, no headline", "شارك:\n" + lead + "\n" + second, "", []string{"شارك:"}},
		{"a source's label over a short headline", "البوابة:\nالحكومة ترفع أسعار الوقود\n" + lead + "\n" + second, "الحكومة ترفع أسعار الوقود", []string{"البوابة:", "الحكومة ترفع أسعار الوقود"}},
		{"…a photographer's credit", "تصوير: محمد السيد\n" + lead + "\n" + second, "", []string{"تصوير: محمد السيد"}},
		{"…a translator's under a short headline", "الحكومة ترفع أسعار الوقود\nترجمة: محمد السيد\n" + lead + "\n" + second, "الحكومة ترفع أسعار الوقود", []string{"الحكومة ترفع أسعار الوقود", "ترجمة: محمد السيد"}},
		{"…a writer's, no headline", "الكاتب: محمد السيد\n" + lead + "\n" + second, "", []string{"الكاتب: محمد السيد"}},
		{"…an editor's under a short headline", "الحكومة ترفع أسعار الوقود\nالمحرر: محمد السيد\n" + lead + "\n" + second, "الحكومة ترفع أسعار الوقود", []string{"الحكومة ترفع أسعار الوقود", "المحرر: محمد السيد"}},
		{"…a source's over a short headline", "المصدر: وكالات\nالحكومة ترفع أسعار الوقود\n" + lead + "\n" + second, "الحكومة ترفع أسعار الوقود", []string{"المصدر: وكالات", "الحكومة ترفع أسعار الوقود"}},
		{"a page's print button first, no headline", "طباعة\n" + lead + "\n" + second, "", []string{"طباعة"}},
		{"…its font size buttons over a short headline", "حجم الخط\nالحكومة ترفع أسعار الوقود\n" + lead + "\n" + second, "الحكومة ترفع أسعار الوقود", []string{"حجم الخط", "الحكومة ترفع أسعار الوقود"}},
		{"…its views counted, no headline", "عدد المشاهدات: 1234\n" + lead + "\n" + second, "", []string{"عدد المشاهدات: 1234"}},
		{"…its reading time over a short headline", "3 دقائق للقراءة\nالحكومة ترفع أسعار الوقود\n" + lead + "\n" + second, "الحكومة ترفع أسعار الوقود", []string{"3 دقائق للقراءة", "الحكومة ترفع أسعار الوقود"}},
		{"…a share label without its colon, no headline", "شارك الخبر\n" + lead + "\n" + second, "", []string{"شارك الخبر"}},
		{"a headline on printing: the headline", "طباعة الكتب المدرسية تتأخر\n" + lead + "\n" + second, "طباعة الكتب المدرسية تتأخر", []string{"طباعة الكتب المدرسية تتأخر"}},
		{"…a report's label, which a headline has: the headline", "تقرير: الحكومة تستقيل\n" + lead + "\n" + second, "تقرير: الحكومة تستقيل", []string{"تقرير: الحكومة تستقيل"}},
		{"a byline closed by a dash and a colon first, no headline", "كتب - محمد السيد -:\n" + lead + "\n" + second, "", []string{"كتب - محمد السيد -:"}},
		{"a dateline first, no headline", "دمشق-سانا\n" + lead + "\n" + second, "", []string{"دمشق-سانا"}},
		{"agencies unnamed first, no headline", "عواصم - وكالات\n" + lead + "\n" + second, "", []string{"عواصم - وكالات"}},
		{"…in parentheses", headline + "\nأبوظبي (وكالات)\n" + lead + "\n" + second, headline, []string{headline, "أبوظبي (وكالات)"}},
		{"…no headline", "أبوظبي (وكالات)\n" + lead + "\n" + second, "", []string{"أبوظبي (وكالات)"}},
		{"a paper and agencies unnamed first, no headline", "عواصم - «الخليج»، وكالات:\n" + lead + "\n" + second, "", []string{"عواصم - «الخليج»، وكالات:"}},
		{"…«و» joined to them", "دبي - «الخليج» ووكالات\n" + lead + "\n" + second, "", []string{"دبي - «الخليج» ووكالات"}},
		{"a paper and an agency in parentheses first, no headline", "أبوظبي (الاتحاد، وكالات)\n" + lead + "\n" + second, "", []string{"أبوظبي (الاتحاد، وكالات)"}},
		{"a place and a byline first, no headline", "القاهرة - كتب - محمد السيد:\n" + lead + "\n" + second, "", []string{"القاهرة - كتب - محمد السيد:"}},
		{"a wire's dateline and a byline first, no headline", "القاهرة (رويترز) - كتب - محمد السيد\n" + lead + "\n" + second, "", []string{"القاهرة (رويترز) - كتب - محمد السيد"}},
		{"…the byline not closed, a colon after its word", "القاهرة - كتب: محمد السيد\n" + lead + "\n" + second, "", []string{"القاهرة - كتب: محمد السيد"}},
		{"…the byline not closed, a dash after its word", "القاهرة - كتب - محمد السيد\n" + lead + "\n" + second, "", []string{"القاهرة - كتب - محمد السيد"}},
		{"…over a short headline", "القاهرة - بقلم: محمد السيد\nالحكومة ترفع أسعار الوقود\n" + lead + "\n" + second, "الحكومة ترفع أسعار الوقود", []string{"القاهرة - بقلم: محمد السيد", "الحكومة ترفع أسعار الوقود"}},
		{"…a news site's name before it", "جفرا نيوز - كتب: عصام مبيضين\n" + lead + "\n" + second, "", []string{"جفرا نيوز - كتب: عصام مبيضين"}},
		{"…«بقلم» with no mark after it", "جفرا نيوز - بقلم عصام مبيضين\n" + lead + "\n" + second, "", []string{"جفرا نيوز - بقلم عصام مبيضين"}},
		{"…six words after the word, no name: the headline", "القاهرة - كتب: أفضل عشر روايات صدرت هذا العام\n" + lead + "\n" + second, "القاهرة - كتب: أفضل عشر روايات صدرت هذا العام", []string{"القاهرة - كتب: أفضل عشر روايات صدرت هذا العام"}},
		{"…no mark after the word: the headline", "القاهرة - كتب جديدة للأطفال\n" + lead + "\n" + second, "القاهرة - كتب جديدة للأطفال", []string{"القاهرة - كتب جديدة للأطفال"}},
		{"a place and a byline and more: the story's", "القاهرة - كتب - محمد السيد: " + lead, "", nil},
		{"a byline, then a dateline", headline + "\nبقلم: محمد السيد\nعمان - بترا -\n" + lead + "\n" + second, headline, []string{headline, "بقلم: محمد السيد", "عمان - بترا -"}},
		{"a byline and nothing after: the story's", "كتب - محمد السيد:", "", nil},
		{"a dateline with tatweels for its dashes first, no headline", "عمان ـ بترا ـ\n" + lead + "\n" + second, "", []string{"عمان ـ بترا"}}, // the unit ends at its last letter
		{"a channel's name without marks in a dateline first, no headline", "أبوظبي - سكاي نيوز عربية\n" + lead + "\n" + second, "", []string{"أبوظبي - سكاي نيوز عربية"}},
		{"an agency's initials in a dateline first, no headline", "باريس - أ ف ب:\n" + lead + "\n" + second, "", []string{"باريس - أ ف ب:"}},
		{"a site's name with its domain in a dateline first, no headline", "دبي - العربية.نت\n" + lead + "\n" + second, "", []string{"دبي - العربية.نت"}},
		{"the agency's name before the place, first, no headline", "واس - الرياض\n" + lead + "\n" + second, "", []string{"واس - الرياض"}},
		{"a paper's dateline without marks first, no headline", "عمان - الرأي -\n" + lead + "\n" + second, "", []string{"عمان - الرأي -"}},
		{"…of two words", "لندن - القدس العربي -\n" + lead + "\n" + second, "", []string{"لندن - القدس العربي -"}},
		{"a paper's name in parentheses and no dash, first, no headline", "أبوظبي (الاتحاد)\n" + lead + "\n" + second, "", []string{"أبوظبي (الاتحاد)"}},
		{"…of two words, after a place of two", "رأس الخيمة (الشرق الأوسط)\n" + lead + "\n" + second, "", []string{"رأس الخيمة (الشرق الأوسط)"}},
		{"…under the headline", headline + "\nدبي (البيان)\n" + lead + "\n" + second, headline, []string{headline, "دبي (البيان)"}},
		{"…a wire's name", "القاهرة (رويترز)\n" + lead + "\n" + second, "", []string{"القاهرة (رويترز)"}},
		{"a name and an age in parentheses first: the headline", "محمد السيد (40 عاما)\n" + lead + "\n" + second, "محمد السيد (40 عاما)", []string{"محمد السيد (40 عاما)"}},
		{"a word in parentheses that is no paper's first: the headline", "الصور المنشورة (فيديو وصور)\n" + lead + "\n" + second, "الصور المنشورة (فيديو وصور)", []string{"الصور المنشورة (فيديو وصور)"}},
		{"a place of three words over a paper's name first: the headline", "مؤتمر المناخ الدولي (الاتحاد)\n" + lead + "\n" + second, "مؤتمر المناخ الدولي (الاتحاد)", []string{"مؤتمر المناخ الدولي (الاتحاد)"}},
		{"Sabq's name before the place first, no headline", "سبق - الرياض\n" + lead + "\n" + second, "", []string{"سبق - الرياض"}},
		{"…closed by a colon", "سبق- الرياض:\n" + lead + "\n" + second, "", []string{"سبق- الرياض:"}},
		{"a news site's name and a dash first, no headline", "جفرا نيوز -\n" + lead + "\n" + second, "", []string{"جفرا نيوز -"}},
		{"…and its reporter's", "الوكيل الإخباري - جلنار الراميني -\n" + lead + "\n" + second, "", []string{"الوكيل الإخباري - جلنار الراميني -"}},
		{"…its reporter's with no dash after it", "جفرا نيوز - عصام مبيضين\n" + lead + "\n" + second, "", []string{"جفرا نيوز - عصام مبيضين"}},
		{"…under a short headline, an en dash longer than it", "الحكومة ترفع أسعار الوقود\nسرايا نيوز – عصام مبيضين\n" + lead + "\n" + second, "الحكومة ترفع أسعار الوقود", []string{"الحكومة ترفع أسعار الوقود", "سرايا نيوز – عصام مبيضين"}},
		{"…two words after it, the first with «ال»: the headline", "جفرا نيوز - الحكومة تستقيل\n" + lead + "\n" + second, "جفرا نيوز - الحكومة تستقيل", []string{"جفرا نيوز - الحكومة تستقيل"}},
		{"…three words after it: the headline", "جفرا نيوز - عصام مبيضين يكتب\n" + lead + "\n" + second, "جفرا نيوز - عصام مبيضين يكتب", []string{"جفرا نيوز - عصام مبيضين يكتب"}},
		{"…a stop word first: the headline", "عن جفرا نيوز - عصام مبيضين\n" + lead + "\n" + second, "عن جفرا نيوز - عصام مبيضين", []string{"عن جفرا نيوز - عصام مبيضين"}},
		{"…one word after it: the headline", "جفرا نيوز - عاجل\n" + lead + "\n" + second, "جفرا نيوز - عاجل", []string{"جفرا نيوز - عاجل"}},
		{"a site's name and «رصد» first, no headline", "سواليف – رصد\n" + lead + "\n" + second, "", []string{"سواليف – رصد"}},
		{"a place and a dash first, no headline", "القاهرة -\n" + lead + "\n" + second, "", []string{"القاهرة -"}},
		{"…of two words, the dash joined", "الدار البيضاء-\n" + lead + "\n" + second, "", []string{"الدار البيضاء-"}},
		{"…a site's name of one word, an en dash", "عمون –\n" + lead + "\n" + second, "", []string{"عمون –"}},
		{"…under a headline", headline + "\nالقاهرة -\n" + lead + "\n" + second, headline, []string{headline, "القاهرة -"}},
		{"…a reporter's name and a dash under a site's name", "الشعب نيوز -\nعصام مبيضين –\n" + lead + "\n" + second, "", []string{"الشعب نيوز -", "عصام مبيضين –"}},
		{"…a stop word first: the headline", "من القاهرة -\n" + lead + "\n" + second, "من القاهرة -", []string{"من القاهرة -"}},
		{"…three words: the headline", "الحكومة ترفع الأسعار -\n" + lead + "\n" + second, "الحكومة ترفع الأسعار -", []string{"الحكومة ترفع الأسعار -"}},
		{"…a figure: the headline", "عام 2024 -\n" + lead + "\n" + second, "عام 2024 -", []string{"عام 2024 -"}},
		{"…no dash: the headline", "القاهرة\n" + lead + "\n" + second, "القاهرة", []string{"القاهرة"}},
		{"a place and «خاص» first, no headline", "بيروت - خاص\n" + lead + "\n" + second, "", []string{"بيروت - خاص"}},
		{"a place and a word that goes on a headline first: the headline", "القاهرة - خاص بالموظفين\n" + lead + "\n" + second, "القاهرة - خاص بالموظفين", []string{"القاهرة - خاص بالموظفين"}},
		{"a site's name without a dash first: the headline", "جفرا نيوز\n" + lead + "\n" + second, "جفرا نيوز", []string{"جفرا نيوز"}},
		{"Anadolu's dateline first, no headline", "إسطنبول/ الأناضول\n" + lead + "\n" + second, "", []string{"إسطنبول/ الأناضول"}},
		{"Anadolu's, with its reporter", headline + "\nإسطنبول/ محمد شيخ يوسف/ الأناضول\n" + lead + "\n" + second, headline, []string{headline, "إسطنبول/ محمد شيخ يوسف/ الأناضول"}},
		{"a headline with a slash, not Anadolu's", "الحرب في أوكرانيا/ تحليل\n" + lead + "\n" + second, "الحرب في أوكرانيا/ تحليل", []string{"الحرب في أوكرانيا/ تحليل"}},
		{"a short headline over a longer dateline", "الحكومة ترفع أسعار الوقود\nإسطنبول/ محمد شيخ يوسف/ الأناضول\n" + lead + "\n" + second, "الحكومة ترفع أسعار الوقود", []string{"الحكومة ترفع أسعار الوقود", "إسطنبول/ محمد شيخ يوسف/ الأناضول"}},
		{"a short headline over a paper's name and its reporter's, an en dash between", "الحكومة ترفع أسعار الوقود\nصدى الشعب – سامي خالد\n" + lead + "\n" + second, "الحكومة ترفع أسعار الوقود", []string{"الحكومة ترفع أسعار الوقود", "صدى الشعب – سامي خالد"}},
		{"…a bullet between", "الحكومة ترفع أسعار الوقود\nصدى الشعب • سامي خالد\n" + lead + "\n" + second, "الحكومة ترفع أسعار الوقود", []string{"الحكومة ترفع أسعار الوقود", "صدى الشعب • سامي خالد"}},
		{"…a line of five words under it: the headline", "الحكومة ترفع أسعار الوقود\nصدى الشعب – سامي خالد العلي\n" + lead + "\n" + second, "صدى الشعب – سامي خالد العلي", []string{"الحكومة ترفع أسعار الوقود", "صدى الشعب – سامي خالد العلي"}},
		{"a short headline over a longer byline", "الحكومة ترفع أسعار الوقود\nبقلم - محمد بن عبد الله السيد\n" + lead + "\n" + second, "الحكومة ترفع أسعار الوقود", []string{"الحكومة ترفع أسعار الوقود", "بقلم - محمد بن عبد الله السيد"}},
		{"a doctor's byline first, no headline", "كتب - د. محمد السيد\n" + lead + "\n" + second, "", []string{"كتب - د. محمد السيد"}},
		{"Youm7's byline over its date, no headline", "كتب محمد السيد\nالأحد، 12 مارس 2023 10:30 ص\n" + lead + "\n" + second, "", []string{"كتب محمد السيد"}},
		{"…a longer one under a short headline", "الحكومة ترفع أسعار الوقود\nكتب محمد عبد الرحمن السيد\nالأحد، 12 مارس 2023 10:30 ص\n" + lead + "\n" + second, "الحكومة ترفع أسعار الوقود", []string{"الحكومة ترفع أسعار الوقود", "كتب محمد عبد الرحمن السيد"}},
		{"…in a page", "<p>كتب محمد السيد</p>\n</div>\n<div class=\"date\">الأحد، 12 مارس 2023 10:30 ص</div>\n<p>" + lead + "</p>\n<p>" + second + "</p>", "", []string{"كتب محمد السيد"}},
		{"a heading that opens with the word, no date under it", "كتب جديدة للأطفال هذا العام\n" + lead + "\n" + second, "كتب جديدة للأطفال هذا العام", []string{"كتب جديدة للأطفال هذا العام"}},
		{"…another line left out under it", "كتب جديدة للأطفال هذا العام\nالرئيسية > ثقافة > كتب\n" + lead + "\n" + second, "كتب جديدة للأطفال هذا العام", []string{"كتب جديدة للأطفال هذا العام"}},
		{"…no date under it, over the story", "كتب محمد السيد\n" + lead + "\n" + second, "كتب محمد السيد", []string{"كتب محمد السيد"}},
		{"…a date under the story", "كتب جديدة للأطفال هذا العام\n" + lead + "\nالأحد، 12 مارس 2023 10:30 ص\n" + second, "كتب جديدة للأطفال هذا العام", []string{"كتب جديدة للأطفال هذا العام"}},
		{"…a name too long over a date", "كتب محمد وأحمد وعلي وحسن وسارة السيد\nالأحد، 12 مارس 2023 10:30 ص\n" + lead + "\n" + second, "كتب محمد وأحمد وعلي وحسن وسارة السيد", []string{"كتب محمد وأحمد وعلي وحسن وسارة السيد"}},
		{"a line that a byline opens, a sentence", headline + "\nكتب - محمد السيد مقالا عن الوقود\n" + lead, headline, []string{headline, "كتب - محمد السيد مقالا عن الوقود"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			units, h := tokenize.HeadedSentences(tt.text, "")
			var headings []string
			for _, u := range units {
				if u.Heading {
					headings = append(headings, u.In(tt.text))
				}
			}
			assert.Equal(t, tt.headings, headings)
			// HeadedSentences' own headline is a line in a headline's place
			// (see OpeningHeadline), which a heading under it is not; the
			// summarizer's title is the one Headline reads among the units.
			assert.Equal(t, -1, h)
			sp, ok := tokenize.Headline(tt.text, units)
			assert.Equal(t, tt.headline != "", ok)
			assert.Equal(t, tt.headline, sp.In(tt.text))
		})
	}
}

// lineOf returns the line of the unit whose span is sp, or -1.
func lineOf(units []tokenize.Sentence, sp tokenize.Span) int {
	for _, u := range units {
		if u.Span == sp {
			return u.Line
		}
	}
	return -1
}

// A saved page's <title> holds the site's name; its <h1> is the headline.
func ExampleHeadline() {
	page := "<!DOCTYPE html>\n<html>\n<head><title>الحكومة ترفع أسعار الوقود | شبكة الأخبار</title></head>\n<body>\n" +
		"<h1>الحكومة ترفع أسعار الوقود</h1>\n<p>رفعت الحكومة أسعار الوقود في العاصمة اليوم.</p>\n</body>\n</html>"
	sp, ok := tokenize.Headline(page, tokenize.Sentences(page))
	fmt.Println(ok, sp.In(page))
	// Output:
	// true الحكومة ترفع أسعار الوقود
}

func TestQuestion(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"arabic question mark", "لماذا؟", true},
		{"latin question mark", "why?", true},
		{"before a closing quotation mark", "قال: \"لماذا؟\"", true},
		{"written as an entity", "لماذا&#1567;", true},
		{"a period", "نعم.", false},
		{"a question mark inside, a period at the end", "لماذا؟ لأن.", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tokenize.Question(tt.s), "%+q", tt.s)
		})
	}
}

// TestHeadedSentencesPageChrome: a page copied whole opens with its
// <title>, then its chrome, a notice or a ticker of sentences among its
// menu, then the headline again, as its <h1>, over the story. The chrome's
// sentences are headings, the story's first sentence the one under the
// headline; where the headline comes again below more of the text than
// follows it (a list of other stories at the page's foot holds it), or
// only the site's name does, nothing changes.
func TestHeadedSentencesPageChrome(t *testing.T) {
	const (
		headline = "الحكومة تعلن خطة جديدة للطاقة الشمسية"
		notice   = "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. بمتابعة التصفح فإنك توافق على سياسة الخصوصية."
		lead     = "أعلنت الحكومة اليوم خطة جديدة لبناء محطات للطاقة الشمسية في ثلاث مناطق خلال السنوات الخمس المقبلة."
		second   = "وقال وزير الطاقة إن الخطة ستوفر آلاف فرص العمل وتخفض فاتورة الكهرباء على المواطنين."
		third    = "وأضاف أن الحكومة ستطرح مناقصات للشركات المحلية والأجنبية في الربع الأول من العام المقبل."
		menu     = "\nالرئيسية\nأخبار\nاقتصاد\n"
		story    = lead + "\n" + second + "\n" + third
	)
	tests := []struct {
		name, text, title string
		sentences         []string // the units that are no heading
	}{
		{"the <title> with the site's name, the notice, the menu, then the <h1>", headline + " | موقع الأخبار\n" + notice + menu + headline + "\n" + story, "", []string{lead, second, third}},
		{"…the <title> the headline alone", headline + "\n" + notice + menu + headline + "\n" + story, "", []string{lead, second, third}},
		{"…the <title> with the site's name first", "موقع الأخبار - " + headline + "\n" + notice + menu + headline + "\n" + story, "", []string{lead, second, third}},
		{"…a title given beside the text, which the page does not open with", notice + menu + headline + "\n" + story, headline, []string{lead, second, third}},
		{"…the story's dateline after the <h1>", headline + "\n" + notice + menu + headline + "\nالقاهرة (رويترز) - " + story, "", []string{lead, second, third}},
		{"the headline again at the foot, in a list of other stories, the site's line under it read as the list's (see TestHeadedSentencesRelated)", headline + "\n" + story + "\nالأكثر قراءة\n" + headline + "\nجميع الحقوق محفوظة للموقع.", "", []string{lead, second, third}},
		{"…a sub-heading over it, and the site's line under it", headline + "\n" + story + "\nصور من الحفل\n" + headline + "\nجميع الحقوق محفوظة للموقع.", "", []string{lead, second, third, "جميع الحقوق محفوظة للموقع."}},
		{"as many sentences above the headline again as under it", headline + "\n" + notice + menu + headline + "\n" + lead + "\n" + second, "", []string{"نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.", "بمتابعة التصفح فإنك توافق على سياسة الخصوصية.", lead, second}},
		{"the site's name again, not the headline", headline + " | موقع الأخبار\n" + notice + "\nموقع الأخبار\n" + story, "", []string{"نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.", "بمتابعة التصفح فإنك توافق على سياسة الخصوصية.", lead, second, third}},
		{"the site's name alone above the <title>", "موقع الأخبار\n" + headline + "\n" + notice + menu + headline + "\n" + story, "", []string{lead, second, third}},
		{"a section's name given as the title, said again in the menu", notice + "\nالرئيسية\nاقتصاد\n" + story, "اقتصاد", []string{"نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.", "بمتابعة التصفح فإنك توافق على سياسة الخصوصية.", lead, second, third}},
		{"the headline again past the first 100 units", headline + "\n" + notice + strings.Repeat("\nقسم", 100) + "\n" + headline + "\n" + story, "", []string{"نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.", "بمتابعة التصفح فإنك توافق على سياسة الخصوصية.", lead, second, third}},
		{"a title given that no heading reads as", notice + menu + "خطة الطاقة\n" + story, headline, []string{"نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.", "بمتابعة التصفح فإنك توافق على سياسة الخصوصية.", lead, second, third}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.sentences, storyUnits(tt.text, tt.title))
		})
	}
}

// TestCommentsHeading: the line over a page's reader comments, as news
// sites title them or invite one (a count beside the word or not), and
// lines that are a story's own sub-headings with the same words.
func TestCommentsHeading(t *testing.T) {
	for _, tt := range []struct {
		name, line string
		want       bool
	}{
		{"the comments", "التعليقات", true},
		{"…without the article", "تعليقات", true},
		{"…the readers'", "تعليقات القراء", true},
		{"…the visitors', with a colon", "تعليقات الزوار:", true},
		{"…their count in parentheses after them", "التعليقات (12)", true},
		{"…their count before them, in Arabic-Indic digits", "٣ تعليقات", true},
		{"…a count's label", "عدد التعليقات: 5", true},
		{"…one comment", "تعليق واحد", true},
		{"…one comment in figures", "1 تعليق", true},
		{"…none yet", "لا توجد تعليقات", true},
		{"…WordPress's count on the story's title", "3 تعليقات على “الحكومة ترفع أسعار الوقود”", true},
		{"…with diacritics", "تَعليقات القُرّاء", true},
		{"the readers' views", "آراء القراء", true},
		{"an invitation to add one", "أضف تعليقك", true},
		{"…with tanween", "أضف تعليقاً", true},
		{"…its hamza left out", "اضف تعليق", true},
		{"…to leave one", "اترك تعليقاً", true},
		{"…a reply", "اترك رداً", true},
		{"…to write one", "اكتب تعليقك", true},
		{"an English theme's", "Leave a Reply", true},
		{"…its count", "2 Comments", true},
		{"…replies counted, in capitals", "3 REPLIES", true},
		{"…one comment, capitalized", "1 Comment", true},
		{"reactions, a story's sub-heading", "ردود الفعل", false},
		{"…without the article", "ردود فعل", false},
		{"a suspension, «تعليق», a sub-heading", "تعليق الاختبارات النووية", false},
		{"a column's label, «تعليق» (commentary), without a count", "تعليق", false},
		{"somebody's comments", "تعليقات الرئيس", false},
		{"a comment on something, without a count", "تعليق على قرار الحكومة", false},
		{"a count of somebody's comments, a list's sub-heading", "5 تعليقات مثيرة للجدل", false},
		{"a year at the end of a heading about a reply", "رد على الحكومة في 2024", false},
		{"…a count in the middle", "ردود 3 على الحكومة", false},
		{"one comment on the story's title", "تعليق واحد على “الحكومة ترفع أسعار الوقود”", true},
		{"…one reply", "رد واحد على “الحكومة ترفع أسعار الوقود”", true},
		{"an English theme's count after the word", "Comments (2)", true},
		{"a sentence about comments", "ولم تكن جميع التعليقات إيجابية.", false},
		{"a count alone", "12", false},
		{"nothing", "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tokenize.CommentsHeading(tt.line))
		})
	}
	// The letters that let most headings go at once are in every word
	// read, in the spelling normalized and in capitals.
	for _, w := range tokenize.CommentWords() {
		assert.True(t, tokenize.CommentLetters(w), w)
		assert.True(t, tokenize.CommentLetters(strings.ToUpper(w)), w)
	}
}

// TestHeadedSentencesComments: readers' comments under a story, as a page
// copied whole has them below a line that says so, are no part of the
// story: the units after that line are headings. A count or a link above
// the story, under its headline and its standfirst (a line of one
// sentence or two), leaves the story whole, as does a sub-heading of the
// story with other words.
func TestHeadedSentencesComments(t *testing.T) {
	const (
		headline   = "وزارة الصحة تفتتح مستشفى جديدا في الزرقاء"
		lead       = "افتتحت وزارة الصحة اليوم مستشفى حكوميا جديدا في مدينة الزرقاء بسعة مئتي سرير."
		second     = "وقال الوزير إن المستشفى سيخدم أكثر من نصف مليون مواطن في المحافظة."
		third      = "وأضاف أن كلفة المشروع بلغت نحو ثلاثين مليون دينار."
		comment    = "خطوة ممتازة ونتمنى أن تشمل باقي المحافظات أيضا."
		another    = "المهم أن يتوفر فيه أطباء بعدد كاف وليس المبنى فقط."
		story      = lead + "\n" + second + "\n" + third
		comments   = "\nسامي منذ ساعتين\n" + comment + "\nليلى\n" + another
		standfirst = "المستشفى الجديد يخدم نصف مليون مواطن."
	)
	tests := []struct {
		name, text string
		sentences  []string // the units that are no heading
	}{
		{"comments under the story", headline + "\n" + story + "\nالتعليقات" + comments, []string{lead, second, third}},
		{"…under a count of them", headline + "\n" + story + "\n\n2 تعليقات" + comments, []string{lead, second, third}},
		{"…under WordPress's count on the story's title, longer than a heading", headline + "\n" + story + "\n3 تعليقات على “وزارة الصحة تفتتح مستشفى حكوميا جديدا في مدينة الزرقاء بسعة مئتي سرير وتعد بالمزيد”" + comments, []string{lead, second, third}},
		{"…a line of a sentence that says the words, its period after them, is none", headline + "\n" + story + "\nلا توجد تعليقات.\n" + comment, []string{lead, second, third, "لا توجد تعليقات.", comment}},
		{"…the title's own mark inside its quotation marks", headline + "\n" + story + "\n4 تعليقات على “هل تفي وزارة الصحة بوعدها وتفتتح مستشفى جديدا في الزرقاء هذا العام أم لا؟”" + comments, []string{lead, second, third}},
		{"…but not after a sentence on its line", headline + "\n" + story + "\nشكرا للقراء. 3 تعليقات على “وزارة الصحة تفتتح مستشفى حكوميا جديدا في مدينة الزرقاء بسعة مئتي سرير وتعد بالمزيد”\n" + comment, []string{lead, second, third, "شكرا للقراء.", "3 تعليقات على “وزارة الصحة تفتتح مستشفى حكوميا جديدا في مدينة الزرقاء بسعة مئتي سرير وتعد بالمزيد”", comment}},
		{"…under an invitation to add one", headline + "\n" + story + "\nأضف تعليقك" + comments, []string{lead, second, third}},
		{"…the story two paragraphs", story[:len(lead)] + "\n" + second + " " + third + "\nتعليقات القراء" + comments, []string{lead, second, third}},
		{"a count under the headline and the standfirst, over the story", headline + "\n" + standfirst + "\n5 تعليقات\n" + story, []string{standfirst, lead, second, third}},
		{"…a link to add one", headline + "\n" + standfirst + "\nأضف تعليقك\n" + story, []string{standfirst, lead, second, third}},
		{"…the story of one paragraph of three sentences above the line", headline + "\n" + lead + " " + second + " " + third + "\nالتعليقات\n" + comment, []string{lead, second, third}},
		{"…but of two sentences, as a standfirst may be", headline + "\n" + lead + " " + second + "\nالتعليقات\n" + comment, []string{lead, second, comment}},
		{"a sub-heading of reactions, the story going on under it", headline + "\n" + story + "\nردود الفعل\n" + comment, []string{lead, second, third, comment}},
		{"a sentence that says the words is no heading", headline + "\n" + story + "\nالتعليقات. " + comment, []string{lead, second, third, "التعليقات.", comment}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.sentences, storyUnits(tt.text, ""))
		})
	}
}

// storyUnits returns the units of text, read with title as
// HeadedSentences reads it, that are no heading.
func storyUnits(text, title string) []string {
	units, _ := tokenize.HeadedSentences(text, title)
	var sentences []string
	for _, u := range units {
		if !u.Heading {
			sentences = append(sentences, u.In(text))
		}
	}
	return sentences
}
