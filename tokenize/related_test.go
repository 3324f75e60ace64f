package tokenize_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/talkhis/talkhis/tokenize"
)

func TestRelatedHeading(t *testing.T) {
	for _, tt := range []struct {
		name, line string
		want       bool
	}{
		{"read also, with a colon", "اقرأ أيضاً:", true},
		{"…its hamzas left out", "اقرا ايضا", true},
		{"…with the hamza under the alef", "إقرأ أيضا:", true},
		{"…two dots after it", "اقرأ أيضا..", true},
		{"…an ellipsis after it", "اقرأ أيضا…", true},
		{"…drawn out with tatweels", "اقـرأ أيضـاً:", true},
		{"…tanween over the alef's other side", "اقرأ أيضًا", true},
		{"watch also", "شاهد أيضا:", true},
		{"related news", "أخبار ذات صلة", true},
		{"…with the article", "الأخبار ذات الصلة", true},
		{"related topics", "مواضيع ذات صلة", true},
		{"…another plural", "موضوعات ذات صلة", true},
		{"related articles", "مقالات ذات صلة", true},
		{"related, alone", "ذات صلة", true},
		{"news connected to it", "أخبار متعلقة", true},
		{"similar articles", "مقالات مشابهة", true},
		{"the most read", "الأكثر قراءة", true},
		{"the most watched", "الأكثر مشاهدة", true},
		{"may interest you", "قد يهمك أيضا", true},
		{"chosen for you", "اخترنا لك", true},
		{"more news", "المزيد من الأخبار", true},
		{"an English theme's", "Related Articles", true},
		{"…in capitals", "RELATED POSTS", true},
		{"…read also", "Read also:", true},
		{"…the most read", "Most Read", true},
		{"read more, a link to the rest of the story", "اقرأ المزيد", false},
		{"a sub-heading that names a reading", "قراءة في الأرقام", false},
		{"a sub-heading about a relation", "صلة الرحم", false},
		{"…about what was related to the case", "أخبار متعلقة بالقضية نفسها", false},
		{"a sentence that says the words", "وقال إن الأخبار ذات صلة بالحادث.", false},
		{"the most read, in a sentence", "كان الكتاب الأكثر قراءة هذا العام", false},
		{"nothing", "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tokenize.RelatedHeading(tt.line))
		})
	}
	// The letters that let most headings go at once are in every phrase
	// read, in the spelling normalized and in capitals.
	for _, w := range tokenize.RelatedWords() {
		assert.True(t, tokenize.RelatedLetters(w), w)
		assert.True(t, tokenize.RelatedLetters(strings.ToUpper(w)), w)
	}
}

// TestHeadedSentencesRelated: the headlines of other stories, which a
// page sets under a line that titles them («اقرأ أيضاً:», «أخبار ذات
// صلة»), are headings, and so is that line, as far as the lines go that
// a headline's shape fits: a line of one unit, or of units each of which
// but the last ends with a question mark, an exclamation mark or an
// ellipsis, of a long headline's words at most, that ends with one of
// those marks or none; the story goes on at the first line that does not,
// a line that a period or a colon ends, or that opens with a conjunction
// («و», «ف», «لكن») or a word and a comma («إذاً،»), as a paragraph may
// and a headline does not. At the text's foot, where every line under the
// title is a headline's, a period may end them, as some sites set them.
func TestHeadedSentencesRelated(t *testing.T) {
	const (
		headline = "وزارة الصحة تطلق حملة وطنية للتطعيم ضد الإنفلونزا"
		lead     = "أطلقت وزارة الصحة اليوم حملة وطنية للتطعيم ضد الإنفلونزا الموسمية تستهدف كبار السن والأطفال."
		second   = "وقال المتحدث باسم الوزارة إن الحملة تستمر ستة أسابيع وتشمل ألف مركز صحي."
		third    = "وأضاف أن الوزارة وفرت مليوني جرعة من اللقاح."
		asked    = "هل تحمي لقاحات الإنفلونزا من المضاعفات لدى كبار السن؟"
		cut      = "الصحة العالمية تحذر من موسم إنفلونزا شديد هذا العام..."
		long     = "ارتفاع عدد الإصابات بالإنفلونزا في المدارس الحكومية والخاصة خلال الشهر الماضي في ثلاث محافظات" // 14 words
		twice    = "الإنفلونزا: من يصاب بها؟ ومتى؟"
		story    = headline + "\n" + lead + "\n" + second + "\n"
	)
	tests := []struct {
		name, text string
		sentences  []string // the units that are no heading
	}{
		{"a box of other stories between the story's paragraphs", story + "اقرأ أيضاً:\n" + asked + "\n" + cut + "\n" + long + "\n" + third, []string{lead, second, third}},
		{"…a headline of two questions on its line", story + "اقرأ أيضاً:\n" + twice + "\n" + asked + "\n" + third, []string{lead, second, third}},
		{"…at the story's foot", story + third + "\nأخبار ذات صلة\n" + asked + "\n" + cut, []string{lead, second, third}},
		{"…the story going on at once, its links lost", story + "اقرأ أيضاً:\n" + third, []string{lead, second, third}},
		{"…the story going on in a line a colon ends", story + "أخبار متعلقة\n" + asked + "\nوقال الوزير في بيان:\n" + third, []string{lead, second, "وقال الوزير في بيان:", third}},
		{"…the story going on in a question after a word and a comma", story + "اقرأ أيضاً:\n" + asked + "\nإذاً، لماذا تأخرت الحملة هذا العام؟\n" + third, []string{lead, second, "إذاً، لماذا تأخرت الحملة هذا العام؟", third}},
		{"…in a line that opens with «و» and lost its period", story + "اقرأ أيضاً:\n" + asked + "\nوأضاف الوزير أن الحملة ستمدد أسبوعين آخرين إذا لزم الأمر في المحافظات التي تأخر فيها وصول اللقاح\n" + third, []string{lead, second, "وأضاف الوزير أن الحملة ستمدد أسبوعين آخرين إذا لزم الأمر في المحافظات التي تأخر فيها وصول اللقاح", third}},
		{"…in a question that opens with «ف»", story + "اقرأ أيضاً:\n" + asked + "\nفمن يدفع ثمن اللقاح؟\n" + third, []string{lead, second, "فمن يدفع ثمن اللقاح؟", third}},
		{"…in a question that opens with «لكن»", story + "اقرأ أيضاً:\n" + asked + "\nلكن من يدفع ثمن اللقاح؟\n" + third, []string{lead, second, "لكن من يدفع ثمن اللقاح؟", third}},
		{"…a headline whose first word begins with «و» and names its subject before a colon goes on with it", story + "اقرأ أيضاً:\n" + asked + "\nواشنطن: هل تكفي اللقاحات؟\nوفاة \"طبيب الفقراء\": ماذا حدث؟\n" + cut + "\n" + third, []string{lead, second, third}},
		{"…a headline whose first word begins with «و» ends the box early", story + "اقرأ أيضاً:\n" + asked + "\nوفاة طبيب بالإنفلونزا في العاصمة فمن المسؤول؟\n" + cut + "\n" + third, []string{lead, second, "وفاة طبيب بالإنفلونزا في العاصمة فمن المسؤول؟", cut, third}},
		{"…in a line of two sentences", story + "اقرأ أيضاً:\n" + asked + "\nهل تكفي الجرعات؟ قال الوزير إنها تكفي.\n" + third, []string{lead, second, "هل تكفي الجرعات؟", "قال الوزير إنها تكفي.", third}},
		{"…in a line longer than a headline", story + "اقرأ أيضاً:\n" + asked + "\nهل تكفي مليونا جرعة من اللقاح لتطعيم كبار السن والأطفال والعاملين في القطاع الصحي في جميع المحافظات والمدن والقرى النائية قبل حلول فصل الشتاء هذا العام؟\n" + third, []string{lead, second, "هل تكفي مليونا جرعة من اللقاح لتطعيم كبار السن والأطفال والعاملين في القطاع الصحي في جميع المحافظات والمدن والقرى النائية قبل حلول فصل الشتاء هذا العام؟", third}},
		{"…its first headline after its title on their line, an ellipsis between them", story + "اقرأ أيضا… " + asked + "\n" + cut + "\n" + third, []string{lead, second, third}},
		{"a title after a sentence on its line is none", story + "وختم الوزير حديثه. اقرأ أيضا:\n" + asked + "\n" + third, []string{lead, second, "وختم الوزير حديثه.", "اقرأ أيضا:", asked, third}},
		{"…at the story's foot, its headlines ending with a period as some sites set them", story + third + "\nأخبار ذات صلة\n" + asked + "\nارتفاع عدد الإصابات بالإنفلونزا في المدارس.\nافتتاح مستشفى جديد للأطفال في العاصمة.", []string{lead, second, third}},
		{"…but not where the story goes on under them, the periods its sentences'", story + "اقرأ أيضاً:\n" + asked + "\nارتفاع عدد الإصابات بالإنفلونزا في المدارس.\n" + third, []string{lead, second, "ارتفاع عدد الإصابات بالإنفلونزا في المدارس.", third}},
		{"…nor where a line under them is longer than a headline", story + "أخبار ذات صلة\n" + asked + "\nارتفاع عدد الإصابات.\nوأضاف أن الوزارة وفرت مليوني جرعة من اللقاح وأن فرقا متنقلة ستزور المدارس ودور الرعاية في المحافظات كلها خلال الأسابيع المقبلة.", []string{lead, second, "ارتفاع عدد الإصابات.", "وأضاف أن الوزارة وفرت مليوني جرعة من اللقاح وأن فرقا متنقلة ستزور المدارس ودور الرعاية في المحافظات كلها خلال الأسابيع المقبلة."}},
		{"…nor where one opens as a paragraph does", story + "أخبار ذات صلة\nارتفاع عدد الإصابات.\n" + third, []string{lead, second, "ارتفاع عدد الإصابات.", third}},
		{"…a blank line under its lines set together ends it, a question of the story under it", story + "\nاقرأ أيضاً:\n" + asked + "\n" + cut + "\n\nلماذا تأخرت الحملة هذا العام؟\n" + third, []string{lead, second, "لماذا تأخرت الحملة هذا العام؟", third}},
		{"…its title apart from its headlines by a blank line, they together", story + "\nاقرأ أيضاً:\n\n" + asked + "\n" + cut + "\n\nلماذا تأخرت الحملة هذا العام؟\n" + third, []string{lead, second, "لماذا تأخرت الحملة هذا العام؟", third}},
		{"…its title and one headline together", story + "\nاقرأ أيضاً:\n" + asked + "\n\nلماذا تأخرت الحملة هذا العام؟\n" + third, []string{lead, second, "لماذا تأخرت الحملة هذا العام؟", third}},
		{"…lines broken by CR LF", strings.ReplaceAll(story+"\nاقرأ أيضاً:\n"+asked+"\n"+cut+"\n\nلماذا تأخرت الحملة هذا العام؟\n"+third, "\n", "\r\n"), []string{lead, second, "لماذا تأخرت الحملة هذا العام؟", third}},
		{"…a line of blanks between, a space and a zero-width space", story + "\nاقرأ أيضاً:\n" + asked + "\n" + cut + "\n \u200b\nلماذا تأخرت الحملة هذا العام؟\n" + third, []string{lead, second, "لماذا تأخرت الحملة هذا العام؟", third}},
		{"…at the foot, no headline with a period after the blank line", story + third + "\nأخبار ذات صلة\n" + asked + "\n\nارتفاع عدد الإصابات بالإنفلونزا في المدارس.\nافتتاح مستشفى جديد للأطفال في العاصمة.", []string{lead, second, third, "ارتفاع عدد الإصابات بالإنفلونزا في المدارس.", "افتتاح مستشفى جديد للأطفال في العاصمة."}},
		{"…every line of it set apart by a blank line: it goes on over one", story + "\nاقرأ أيضاً:\n\n" + asked + "\n\n" + cut + "\n\nلماذا تأخرت الحملة هذا العام؟\n\n" + third, []string{lead, second, third}},
		{"…in a page's source, its blank lines not the page's", "<p>" + lead + "</p>\n<p>اقرأ أيضاً:</p>\n<ul><li>" + asked + "</li>\n<li>" + cut + "</li></ul>\n\n<p>لماذا تأخرت الحملة هذا العام؟</p>\n<p>" + third + "</p>", []string{lead, third}},
		{"the words in the story's sentence are no box", story + "وتابع أن الأخبار ذات صلة بالموسم.\n" + asked, []string{lead, second, "وتابع أن الأخبار ذات صلة بالموسم.", asked}},
		{"a sub-heading of the story is no box's", story + "الجرعات المتوفرة\n" + asked + "\n" + third, []string{lead, second, asked, third}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.sentences, storyUnits(tt.text, ""))
		})
	}
}
