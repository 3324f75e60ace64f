package summarize_test

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/evaluate"
	"github.com/talkhis/talkhis/tokenize"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func readSeed(t testing.TB) string {
	b, err := os.ReadFile("../testdata/seed.txt")
	require.NoError(t, err)
	return string(b)
}

// render shows a summary for a golden file: one line a sentence with its
// index, then the paragraph.
func render(s summarize.Summary) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\n", s.Title)
	for _, x := range s.Sentences {
		fmt.Fprintf(&b, "[%d] %d-%d\n", x.Index, x.Start, x.End)
	}
	b.WriteString(s.String())
	b.WriteByte('\n')
	return b.String()
}

func TestGoldenSeed(t *testing.T) {
	text := readSeed(t)
	var sections []section
	for _, m := range []summarize.Method{summarize.Auto, summarize.TextRank, summarize.Lead} {
		s := summarize.Summarizer{Method: m}
		sum, err := s.Summarize(text)
		require.NoError(t, err, "%v", m)
		sections = append(sections, section{m.String() + ".txt", render(sum)})
	}
	golden(t, "../testdata/golden/seed.txtar", "Summaries of testdata/seed.txt by each method, with default budgets.\nRegenerate: go test ./summarize -run TestGoldenSeed -update\n", sections)
}

func TestSeedIsALeadParagraph(t *testing.T) {
	text := readSeed(t)
	var s summarize.Summarizer
	sum, err := s.Summarize(text)
	require.NoError(t, err)
	require.NotEmpty(t, sum.Sentences)
	assert.LessOrEqual(t, len(sum.Sentences), 3)
	assert.Equal(t, "الاجتماع الروسي-الأمريكي في نيويورك: خطوات نحو حل الأزمة الأوكرانية", sum.Title)
	words, longest := 0, 0
	prev := -1
	for _, x := range sum.Sentences {
		longest = max(longest, countWords(x.Text))
		assert.Equal(t, text[x.Start:x.End], x.Text, "byte-exact")
		assert.Greater(t, x.Index, prev, "document order")
		prev = x.Index
		assert.NotEqual(t, sum.Title, x.Text, "never a heading")
		words += countWords(x.Text)
	}
	assert.LessOrEqual(t, 2*words, 2*summarize.DefaultMaxWords+longest, "about 100 words: within half a sentence")
	assert.NotContains(t, sum.String(), "\n")
}

func countWords(s string) int {
	n := 0
	for range tokenize.Words(s) {
		n++
	}
	return n
}

func TestBudgets(t *testing.T) {
	text := "الجملة الأولى عن الاقتصاد والنمو. الجملة الثانية عن الاقتصاد والتضخم والأسعار. " +
		"الجملة الثالثة عن الرياضة. الجملة الرابعة عن العملة والبنوك والديون. الجملة الخامسة عن الطقس."
	tests := []struct {
		name          string
		s             summarize.Summarizer
		maxSentences  int
		maxWords      int
		wantSentences int
	}{
		{"defaults", summarize.Summarizer{}, 3, 100, 3},
		{"one sentence", summarize.Summarizer{MaxSentences: 1}, 1, 100, 1},
		{"word cap", summarize.Summarizer{MaxWords: 12}, 3, 12, 2},
		{"ratio", summarize.Summarizer{Ratio: 0.2}, 1, 100, 1},
		{"ratio rounds up", summarize.Summarizer{Ratio: 0.3}, 2, 100, 2},
		{"tightest cap wins", summarize.Summarizer{MaxSentences: 4, Ratio: 0.5, MaxWords: 10}, 3, 10, 2},
		{"one sentence reaches the words", summarize.Summarizer{MaxWords: 4}, 3, 4, 1},
		{"no word cap", summarize.Summarizer{MaxWords: -1, MaxSentences: 5}, 5, 1 << 30, 5},
		{"lead", summarize.Summarizer{Method: summarize.Lead, MaxSentences: 2}, 2, 100, 2},
		{"textrank", summarize.Summarizer{Method: summarize.TextRank, MaxSentences: 2}, 2, 100, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sum, err := tt.s.Summarize(text)
			require.NoError(t, err)
			assert.Len(t, sum.Sentences, tt.wantSentences)
			assert.LessOrEqual(t, len(sum.Sentences), tt.maxSentences)
			longest := 0
			for _, x := range sum.Sentences {
				longest = max(longest, countWords(x.Text))
			}
			assert.LessOrEqual(t, 2*countWords(sum.String()), 2*tt.maxWords+longest, "within half a sentence of the words")
		})
	}
	sum, err := (&summarize.Summarizer{Method: summarize.Lead, MaxSentences: 2}).Summarize(text)
	require.NoError(t, err)
	assert.Equal(t, "الجملة الأولى عن الاقتصاد والنمو. الجملة الثانية عن الاقتصاد والتضخم والأسعار.", sum.String())
}

// pickRow is one named text, the Summarizer that summarizes it, and the
// summary it must give; a line break in want stands for the space that
// Summary.String puts between sentences.
type pickRow struct {
	name string
	s    summarize.Summarizer
	text string
	want string
}

// Models that weigh one feature, for tests of what a summary takes:
// earlierFirst ranks sentences in the text's order, laterFirst backwards
// (so that a sentence comes up before the neighbour it needs), and
// questionsFirst ranks questions above the rest.
var earlierFirst, laterFirst, questionsFirst = weighOnly(summarize.FeatPosition, 5),
	weighOnly(summarize.FeatRelative, 5), weighOnly(summarize.FeatQuestion, 10)

// paragraphFirst ranks the sentences that open a line above the rest, in
// the text's order.
var paragraphFirst = weighOnly(summarize.FeatParagraph, 5)

// ranked is a Summarizer that ranks by m, under the given caps.
func ranked(m *summarize.Model, maxSent, maxWords int) summarize.Summarizer {
	return summarize.Summarizer{Model: m, MaxSentences: maxSent, MaxWords: maxWords}
}

func weighOnly(feature int, weight float64) summarize.Model {
	var m summarize.Model
	m.Weights[feature] = weight
	return m
}

// checkPicks runs the rows of a test of what a summary takes.
func checkPicks(t *testing.T, rows []pickRow) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			sum, err := tt.s.Summarize(tt.text)
			require.NoError(t, err)
			assert.Equal(t, strings.ReplaceAll(tt.want, "\n", " "), sum.String())
		})
	}
}

// TestWordBudget checks both length rules on one text: a lead sentence of
// 10 words, a second of 15, a photo credit of 2, and the lead again.
// Without Fill the best sentence always comes, even far past MaxWords;
// then the next best while it ends within half of itself past MaxWords,
// and the first that would not ends the summary, so the credit is never
// taken for being short. With Fill sentences are taken until MaxWords is
// reached, the last one past it, for a caller that cuts to length. A
// repeat is never taken.
func TestWordBudget(t *testing.T) {
	first := "افتتح وزير الثقافة اليوم معرض الكتاب الدولي في دورته الجديدة."
	second := "ويشارك في المعرض هذا العام أكثر من خمسمئة دار نشر من عشرين دولة عربية وأجنبية."
	credit := "تصوير: رويترز."
	text := first + " " + second + " " + credit + " " + first
	// A repeat is never a candidate, so its length must not end the
	// summary: the lead said twice over runs far past 15 words, and the
	// line after it still fits.
	twice := strings.TrimSuffix(first, ".") + "، " + first
	after := "وحضر الافتتاح جمهور كبير."
	lead := func(maxWords int, fill bool, maxSent int) summarize.Summarizer {
		return summarize.Summarizer{Method: summarize.Lead, MaxWords: maxWords, Fill: fill, MaxSentences: maxSent}
	}
	checkPicks(t, []pickRow{
		{"a long repeat is passed over, not the end", lead(15, false, 0), first + " " + twice + " " + after, first + " " + after},
		{"the best sentence alone, far past the words", lead(4, false, 0), text, first},
		{"the next ends within half of itself past", lead(20, false, 0), text, first + " " + second},
		{"the next runs further: no padding with the credit", lead(15, false, 0), text, first},
		{"fill: one sentence reaches the words", lead(5, true, 0), text, first},
		{"fill: the second runs far past", lead(11, true, 0), text, first + " " + second},
		{"fill: then the credit, the repeat never", lead(30, true, 0), text, first + " " + second + " " + credit},
		{"fill: the sentence cap still holds", lead(30, true, 1), text, first},
	})
}

// TestLeaningSentenceComesWithTheOneBefore ranks later sentences higher,
// with a model that weighs only the relative position, so that «وأضاف أن…»
// ("and he added that…") comes up before the sentence that names who
// speaks. It must not come in alone; it comes right after that sentence
// when the budget lets it, and a named speaker needs nothing before it.
func TestLeaningSentenceComesWithTheOneBefore(t *testing.T) {
	lead := "افتتح وزير الثقافة اليوم معرض الكتاب الدولي في دورته الجديدة."
	says := "وقال مدير المعرض إن عدد الزوار تضاعف هذا العام."
	adds := "وأضاف أن دور النشر العربية حاضرة بقوة."
	named := "وأضاف المدير أن دور النشر العربية حاضرة بقوة."
	short := "وحضر الافتتاح جمهور كبير."
	quoteOpens := "وقال مدير المعرض: \"تضاعف عدد الزوار هذا العام."
	quoteEnds := "ونحن سعداء بهذا الإقبال الكبير\"."
	later := func(maxSent, maxWords int) summarize.Summarizer {
		return summarize.Summarizer{Model: &laterFirst, MaxSentences: maxSent, MaxWords: maxWords}
	}
	checkPicks(t, []pickRow{
		{"not alone: its speaker's sentence ranks lower", later(1, -1), lead + " " + says + " " + adds, says},
		{"right after its speaker's sentence", later(2, -1), lead + " " + says + " " + adds, says + " " + adds},
		// says (9 words) and adds (7) run 4 past 12, more than half of
		// adds; the short line (4) then ends within half of itself past.
		{"no room after its speaker's sentence: left out, not the end", later(3, 12), lead + " " + short + " " + says + " " + adds, short + " " + says},
		{"a named speaker stands alone", later(1, -1), lead + " " + says + " " + named, named},
		{"a quotation's two halves: not one without the other", later(1, -1), lead + "\n" + quoteOpens + "\n" + quoteEnds, lead},
		{"…both, when there is room", later(2, -1), lead + "\n" + quoteOpens + "\n" + quoteEnds, quoteOpens + " " + quoteEnds},
		{"the lead may open a quotation and come alone", summarize.Summarizer{Method: summarize.Lead, MaxSentences: 1}, quoteOpens + "\n" + quoteEnds + "\n" + short, quoteOpens},
		// Ranked by the lines they open, short comes before quoteEnds.
		{"…but the sentence that ends its quotation comes beside it when there is room", ranked(&paragraphFirst, 2, -1), quoteOpens + " " + quoteEnds + "\n" + short, quoteOpens + " " + quoteEnds},
		{"…and fits", ranked(&paragraphFirst, 2, 10), quoteOpens + " " + quoteEnds + "\n" + short, quoteOpens + " " + short},
		{"…only the sentence that ends it: one that leans back on the lead waits its turn", ranked(&paragraphFirst, 2, -1), quoteOpens + " " + adds + "\n" + short, quoteOpens + " " + short},
		{"the text's first sentence has nothing before it", summarize.Summarizer{Method: summarize.Lead, MaxSentences: 1}, adds + " " + lead, adds},
		// Only the very sentence before it will do: with that one
		// dropped as a repeat of one further up, the sentence before it
		// among those left names nobody who spoke.
		{"the sentence before it dropped as a repeat: left out", later(3, -1), lead + " " + says + " " + short + " " + says + " " + adds, lead + " " + says + " " + short},
	})
}

// TestWaitingRepeatNotTaken: a sentence that waits for the one before it
// («وأضاف أن…») is weighed again as a repeat when that one is taken, since
// a sentence that says the same was taken while it waited. A model of the
// title alone ranks it first, the sentence that says the same second and
// its speaker's last.
func TestWaitingRepeatNotTaken(t *testing.T) {
	lead := "افتتحت وزارة الصحة مستشفى للأطفال في مدينة الزرقاء."
	speaker := "حضر وزير الصحة حفل الافتتاح مع عدد من المسؤولين."
	adds := "وأضاف أن المستشفى الجديد يضم مئتي سرير وقسما لجراحة القلب."
	same := "يضم المستشفى مئتي سرير وقسما لجراحة القلب والعظام."
	titleFirst := weighOnly(summarize.FeatTitle, 5)
	s := summarize.Summarizer{Model: &titleFirst, Title: "المستشفى الجديد يضم مئتي سرير وقسما لجراحة القلب", MaxSentences: 4, MaxWords: -1}
	checkPicks(t, []pickRow{
		{"the speaker's sentence comes, and not the one that waited for it", s, strings.Join([]string{lead, speaker, adds, same}, " "), lead + " " + speaker + " " + same},
	})
}

// TestSentenceNeedingBothNeighbours: a sentence that leaves its speaker to
// the sentence before it and opens a quotation that the sentence after it
// ends («وأضاف: "…», "and he added: …"), or announces what follows
// («وأضاف أن النتائج كانت كالتالي:»), is whole only between the two: it
// comes with the one after it, once the one before it is taken, or not at
// all.
func TestSentenceNeedingBothNeighbours(t *testing.T) {
	lead := "افتتح وزير الثقافة اليوم معرض الكتاب الدولي في دورته الجديدة."
	says := "وقال مدير المعرض إن عدد الزوار تضاعف هذا العام."
	opens := "وأضاف: \"نحن سعداء بهذا الإقبال الكبير."
	ends := "وسنزيد عدد الأجنحة في الدورة المقبلة\"."
	announces := "وأضاف أن أرقام الدورة جاءت كالتالي:"
	item := "1- زيادة عدد الزوار بنسبة النصف."
	plain := "زاد عدد الزوار بنسبة النصف عن العام الماضي."
	short := "وحضر الافتتاح جمهور كبير."
	quoted := lead + "\n" + says + "\n" + opens + "\n" + ends
	listed := lead + "\n" + says + "\n" + announces + "\n" + item
	checkPicks(t, []pickRow{
		{"no room for the quotation's end: left out", ranked(&laterFirst, 2, -1), quoted, lead + "\n" + says},
		{"with the quotation's end when there is room", ranked(&laterFirst, 3, -1), quoted, says + "\n" + opens + "\n" + ends},
		{"in the text's order, no room for the end either", ranked(&earlierFirst, 3, -1), quoted, lead + "\n" + says},
		{"in the text's order, all four", ranked(&earlierFirst, 4, -1), quoted, quoted},
		// Ranked backwards, opens comes up before says and waits for it;
		// once says is taken, opens and ends (6 words each) would run 7
		// past 14, more than half of the longer (3), though opens alone
		// would end 1 past. Left out, as a waiting sentence that does not
		// fit is, without ending the summary: the lead (10 words) ends 5
		// past, within half of itself.
		{"waiting, the two run past the word budget", ranked(&laterFirst, 4, 14), quoted, lead + "\n" + says},
		// In the text's order opens comes up after says is taken: lead and
		// says make 19 of 22 words, and opens with ends would run 9 past.
		// That ends the summary, as a sentence that did not fit would end
		// it; the short line after them (4 words, 1 past) is not taken.
		{"next in rank, the two run past the word budget and end the summary", ranked(&earlierFirst, 5, 22), quoted + "\n" + short, lead + "\n" + says},
		{"…and with Fill, a lesser sentence after them still comes", summarize.Summarizer{Model: &earlierFirst, MaxSentences: 5, MaxWords: 22, Fill: true}, quoted + "\n" + short, lead + "\n" + says + "\n" + short},
		{"the text ends before the quotation does", ranked(&earlierFirst, 3, -1), lead + "\n" + says + "\n" + opens, lead + "\n" + says},
		{"an announcement without what it announces: left out", ranked(&laterFirst, 2, -1), listed, lead + "\n" + says},
		{"with what it announces when there is room", ranked(&laterFirst, 3, -1), listed, says + "\n" + announces + "\n" + item},
		// Ranked backwards, the sentence after the announcement is taken
		// first; then the announcement waits for says, and comes in
		// beside it with nothing more to wait for.
		{"what it announces taken before it", ranked(&laterFirst, 3, -1), lead + "\n" + says + "\n" + announces + "\n" + plain, says + "\n" + announces + "\n" + plain},
	})
}

// TestAnnouncingSentenceComesWithWhatFollows: a sentence that ends with a
// colon («وجاءت النتائج كالتالي:», "the results were as follows:") announces
// the sentence after it, and comes only beside it. A model that weighs only
// position ranks the text's order; one that weighs the relative position
// ranks it backwards.
func TestAnnouncingSentenceComesWithWhatFollows(t *testing.T) {
	lead := "أعلنت اللجنة المنظمة نتائج المسابقة الدولية للقراءة مساء أمس."
	announce := "وجاءت النتائج كالتالي:"
	first := "فاز فريق المدرسة الوطنية بالمركز الأول بعد منافسة قوية."
	adds := "وأضاف أن دور النشر العربية حاضرة بقوة."
	announceList := "ونص الاتفاق على ما يلي:"
	item1 := "1- وقف إطلاق النار في جميع المناطق."
	item2 := "2- تبادل الأسرى خلال شهر."
	dotted1, dotted2 := "1. وقف إطلاق النار في جميع المناطق.", "2. تبادل الأسرى خلال شهر."
	lettered1, lettered2 := "(أ) وقف إطلاق النار في جميع المناطق.", "(ب) تبادل الأسرى خلال شهر."
	closing := "ووقع الطرفان الاتفاق أمس."
	longAnnounce := "ونص الاتفاق الذي وقعه الطرفان في العاصمة أمس على ما يلي:"
	shortItem := "1- وقف إطلاق النار."
	text := lead + "\n" + announce + "\n" + first
	checkPicks(t, []pickRow{
		{"not at the end of a summary without what it announces", ranked(&earlierFirst, 2, -1), text, lead + "\n" + first},
		{"beside what it announces, once that is taken", ranked(&earlierFirst, 3, -1), text, text},
		{"taken when what it announces ranks first", ranked(&laterFirst, 2, -1), text, announce + "\n" + first},
		{"a colon sentence and a leaning one wait for each other: both come", ranked(&earlierFirst, 2, -1), announce + "\n" + adds, announce + "\n" + adds},
		{"…as far as the budget lets them", ranked(&earlierFirst, 1, -1), announce + "\n" + adds, announce},
		{"a list's first item comes with what announces the list", ranked(&laterFirst, 2, -1), lead + "\n" + announceList + "\n" + item1 + "\n" + item2, announceList + "\n" + item1},
		{"…and the next item with the first", ranked(&laterFirst, 3, -1), lead + "\n" + announceList + "\n" + item1 + "\n" + item2, announceList + "\n" + item1 + "\n" + item2},
		{"an item does not come alone", ranked(&laterFirst, 1, -1), lead + "\n" + announceList + "\n" + item1 + "\n" + item2, lead},
		{"…numbered with a period", ranked(&laterFirst, 1, -1), lead + "\n" + announceList + "\n" + dotted1 + "\n" + dotted2, lead},
		{"…or lettered", ranked(&laterFirst, 1, -1), lead + "\n" + announceList + "\n" + lettered1 + "\n" + lettered2, lead},
		{"a lettered item comes with what announces the list", ranked(&laterFirst, 2, -1), lead + "\n" + announceList + "\n" + lettered1 + "\n" + lettered2, announceList + "\n" + lettered1},
		// The last line (4 words) first, then the pair (11 + 4) against 15:
		// it ends 4 past, within half of its longer sentence (5.5); the item
		// after the announcement alone would not be (2).
		{"a pair comes whole or not at all", ranked(&laterFirst, 3, 15), longAnnounce + "\n" + shortItem + "\n" + closing, longAnnounce + "\n" + shortItem + "\n" + closing},
		{"…and not when it runs past", ranked(&laterFirst, 3, 13), longAnnounce + "\n" + shortItem + "\n" + closing, closing},
	})
}

// TestQuotationMiddleNotTaken: a quotation of three sentences or more on
// one line («وقال: "…. …. …".») has a middle with no quotation mark of its
// own; alone, it would read as the publisher's words, not the speaker's
// («كرهت نفسي.», "I hated myself."). It is never taken, and so neither are
// the sentences that open and close that quotation, which need it. A
// quotation left open at the end of its line, or closed before a sentence,
// marks no middle.
func TestQuotationMiddleNotTaken(t *testing.T) {
	lead := "افتتح وزير الثقافة اليوم معرض الكتاب الدولي في دورته الجديدة."
	opens := "وقال مدير المعرض: \"تضاعف عدد الزوار هذا العام."
	middle := "هل تعرفون كم زائرا جاء أمس وحده؟"
	closes := "لقد جاء أكثر من عشرة آلاف زائر\"."
	short := "وحضر الافتتاح جمهور كبير."
	quoted := opens + " " + middle + " " + closes
	guillemets := "وقال مدير المعرض: «تضاعف عدد الزوار هذا العام. " + middle + " لقد جاء أكثر من عشرة آلاف زائر»."
	neverClosed := opens + " " + middle
	closedBefore := "وقال مدير المعرض: \"تضاعف عدد الزوار هذا العام\". " + middle
	first := summarize.Summarizer{Model: &questionsFirst, MaxSentences: 1, MaxWords: -1}
	inOrder := summarize.Summarizer{Model: &earlierFirst, MaxSentences: 5, MaxWords: -1}
	checkPicks(t, []pickRow{
		{"a middle is not taken, even ranked first", first, lead + "\n" + quoted + "\n" + short, lead},
		{"…nor the quotation's other sentences", inOrder, lead + "\n" + quoted + "\n" + short, lead + "\n" + short},
		{"in guillemets", first, lead + "\n" + guillemets + "\n" + short, lead},
		{"a quotation never closed on its line marks no middle", first, lead + "\n" + neverClosed + "\n" + short, middle},
		{"a sentence after a closed quotation is no middle", first, lead + "\n" + closedBefore + "\n" + short, middle},
	})
}

// TestQuestionSubheadingNotTaken: news articles break their body with
// sub-headings phrased as questions («من هو الوزير الجديد؟», "who is the new
// minister?"), a short line of its own, and link other stories by headlines
// that a question ends, sometimes split by a period. No part of such a
// line is taken after the first sentence, even by a model that favours
// questions; a question inside a paragraph, a long one, or the text's
// opening one still can be, and a short one inside a paragraph comes only
// right before the sentence that answers it.
func TestQuestionSubheadingNotTaken(t *testing.T) {
	lead := "عين الرئيس وزيرا جديدا للخارجية بعد استقالة سلفه الأسبوع الماضي."
	asks := "من هو الوزير الجديد؟"
	body := "درس الوزير الجديد العلوم السياسية في القاهرة وعمل سفيرا في عدة عواصم أوروبية."
	long := "هل يستطيع الوزير الجديد أن يعيد العلاقات مع الدول المجاورة إلى ما كانت عليه قبل الأزمة الأخيرة؟"
	// A question of 4 words or fewer inside a paragraph («لماذا؟», "why?";
	// «فما القصة؟», "so what is the story?") announces its answer, the
	// sentence after it, as a colon does.
	inside := "فما الذي تغير في سياسة البلاد الخارجية؟"
	answer := "ترى الحكومة أن الوزير الجديد سيعيد العلاقات مع الجيران."
	asksToo := "وماذا ينتظر منه الناس؟"
	s := summarize.Summarizer{Model: &questionsFirst, MaxSentences: 1, MaxWords: -1}
	checkPicks(t, []pickRow{
		{"a short question on a line of its own", s, lead + "\n" + asks + "\n" + body, lead},
		{"a question inside a paragraph", s, lead + "\n" + body + " " + inside, inside},
		{"a short question inside a paragraph, with nothing after it", s, lead + "\n" + body + " " + asks, lead},
		{"…and right before its answer", ranked(&laterFirst, 2, -1), lead + "\n" + body + " " + asks + " " + answer, asks + " " + answer},
		{"…but not without it, though ranked first", s, lead + "\n" + body + " " + asks + " " + answer, lead},
		// A question after it is no answer but one more of a row of them
		// («كم يكلف؟ مئة دينار؟ ألف؟», "what does it cost? a hundred
		// dinars? a thousand?"), which only teases.
		{"…nor right before another question", ranked(&laterFirst, 3, -1), lead + "\n" + body + " " + asks + " " + asksToo + " " + answer, body + " " + asksToo + " " + answer},
		// «الاحتجاجات في المدينة. ماذا بعد؟» ("the protests in the city.
		// what next?"): a headline whose period splits it in two. (Two
		// dots there are a pause, so that line is one sentence.)
		{"a short line in two parts that ends with a question", ranked(&laterFirst, 1, -1), lead + "\n" + body + "\n" + "الاحتجاجات في المدينة. ماذا بعد؟", body},
		{"a short line with two dots that ends with a question", ranked(&laterFirst, 1, -1), lead + "\n" + body + "\n" + "الاحتجاجات في المدينة.. ماذا بعد؟", body},
		{"a longer line in two parts that ends with a question", ranked(&laterFirst, 1, -1), lead + "\n" + body + "\n" + "تواصلت الاحتجاجات في المدينة لليوم الرابع على التوالي رغم الأمطار الغزيرة. فماذا بعد؟", "تواصلت الاحتجاجات في المدينة لليوم الرابع على التوالي رغم الأمطار الغزيرة."},
		{"a short question written with an entity, on a line of its own", ranked(&laterFirst, 1, -1), lead + "\n" + body + "\n" + "من هو الوزير الجديد&#1567;", body},
		{"a long question on a line of its own", s, lead + "\n" + long + "\n" + body, long},
		// Right after the lead, the place a sub-heading most often takes,
		// and of more than 4 words, which needs no answer after it.
		{"a question sub-heading right after the lead", ranked(&laterFirst, 2, -1), lead + "\n" + "ما الذي نعرفه عن الوزير الجديد؟", lead},
		// Above the story, a short question alone on its line is the
		// headline (tokenize's headlineFirst), not its opening.
		{"the text opens with it: the headline", s, asks + "\n" + lead + "\n" + body, lead},
		{"the text opens with it and the story on the same line", s, asks + " " + lead + "\n" + body, asks},
	})
}

// TestTitleLineNotTaken: news links other stories by their headlines, a
// line each without final punctuation, often longer than the headings
// tokenize sets aside (12 words); captions and bylines look the same. Such
// a line is not taken after the first sentence, even by a model that
// ranks it first; a sentence that opens with «و» ("and") and lost its
// period, a punctuated line, a longer one or one that shares its line can
// be. A headline may open with a word that only begins with و or ف
// («وزير», "minister"; «فرنسا», "France"): one that names its speaker
// before a colon, without a verb of saying, is a headline too.
func TestTitleLineNotTaken(t *testing.T) {
	lead := "أعلنت وزارة الصحة عن خطة لتوسيع الخدمات الطبية في المناطق الريفية."
	body := "وتشمل الخطة بناء عيادات جديدة وتدريب مئات الممرضين."
	headline := "الحكومة تعلن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية خلال العام المقبل بتكلفة مليار دولار"
	quotedHeadline := "منظمة الصحة تحذر من انتشار الحصبة في أوروبا وتدعو إلى حملة تطعيم \"عاجلة وشاملة\""
	lostPeriod := "وأكد الوزير أن الخطة ستنفذ على ثلاث مراحل تبدأ في الربيع المقبل وتنتهي قبل نهاية العام القادم"
	long := headline + " وسط ترحيب واسع من سكان القرى البعيدة ومن النقابات الطبية في أنحاء البلاد"
	// «وزير» ("minister") opens with the letter و but not with "and": a
	// headline that names its speaker before a colon («وزير الصحة: …»).
	speakerHeadline := "وزير الصحة: المستشفيات الجديدة في المحافظات الجنوبية ستفتح أبوابها للمرضى قبل نهاية العام المقبل"
	// A verb of saying before the colon makes it a paragraph of quotation
	// that lost its period, which is the story's.
	saidLostPeriod := "وقال الوزير في مؤتمر صحفي: \"المستشفيات الجديدة في المحافظات الجنوبية ستفتح أبوابها للمرضى قبل نهاية العام\""
	one := summarize.Summarizer{Model: &laterFirst, MaxSentences: 1, MaxWords: -1}
	checkPicks(t, []pickRow{
		{"another story's headline on a line of its own", one, lead + "\n" + body + "\n" + headline, body},
		{"…right after the lead", ranked(&laterFirst, 2, -1), lead + "\n" + headline, lead},
		{"…one that ends with a quotation", one, lead + "\n" + body + "\n" + quotedHeadline, body},
		{"a sentence that opens with and, without its period", one, lead + "\n" + body + "\n" + lostPeriod, lostPeriod},
		{"a headline that names its speaker before a colon", one, lead + "\n" + body + "\n" + speakerHeadline, body},
		{"a quotation after a verb of saying, without its period", one, lead + "\n" + body + "\n" + saidLostPeriod, saidLostPeriod},
		{"a line with its period", one, lead + "\n" + body + "\n" + headline + ".", headline + "."},
		{"a line of more than 24 words", one, lead + "\n" + body + "\n" + long, long},
		{"a line shared with a sentence before it", one, lead + "\n" + body + " " + headline, headline},
		// The text's first line, alone and as short, is its headline.
		{"the text's first line: the headline", summarize.Summarizer{Method: summarize.Lead, MaxSentences: 1}, headline + "\n" + lead, lead},
		{"the text's first line, longer: its opening", summarize.Summarizer{Method: summarize.Lead, MaxSentences: 1}, long + "\n" + lead, long},
	})
}

// TestDatelineNotTaken: a wire's story opens its lead with a dateline
// («القاهرة (رويترز) -»), which says where and by whom it was filed; the
// summary's first sentence starts after it, at its own offset, by either
// method. Only the story's opening is read so: a second story's dateline in
// a digest of two stays.
func TestDatelineNotTaken(t *testing.T) {
	const (
		title    = "الحكومة تعلن خطة جديدة لمواجهة التضخم"
		lead     = "أعلنت الحكومة المصرية يوم الأحد خطة جديدة لمواجهة التضخم الذي بلغ أعلى مستوياته منذ سنوات."
		second   = "وقال وزير المالية في مؤتمر صحفي إن الخطة تشمل خفض الإنفاق الحكومي وزيادة الدعم للفئات الأكثر فقرا."
		third    = "وأضاف أن الحكومة تتوقع أن ينخفض التضخم إلى أقل من عشرة في المئة بحلول نهاية العام المقبل."
		dateline = "القاهرة (رويترز) - "
		other    = "بيروت (رويترز) - قال رئيس الحكومة اللبنانية إن بلاده ستطلب قرضا جديدا من صندوق النقد الدولي."
	)
	story := title + "\n\n" + dateline + lead + "\n\n" + second + "\n\n" + third
	tests := []struct {
		name string
		s    summarize.Summarizer
		text string
		want string // the summary, whose first sentence is lead
	}{
		{"the default", summarize.Summarizer{MaxSentences: 1}, story, lead},
		{"Lead", summarize.Summarizer{Method: summarize.Lead, MaxSentences: 1}, story, lead},
		{"without the headline", summarize.Summarizer{Method: summarize.Lead, MaxSentences: 1}, dateline + lead + " " + second, lead},
		{"a second story's dateline stays", summarize.Summarizer{Method: summarize.Lead, MaxSentences: 2}, story + "\n\n" + other, lead + " " + second},
		{"…and is its own", summarize.Summarizer{Method: summarize.Lead, MaxSentences: 2}, dateline + lead + "\n\n" + other, lead + " " + other},
		{"a page's dash as a named entity", summarize.Summarizer{Method: summarize.Lead, MaxSentences: 1}, "<p>القاهرة (رويترز) &ndash; " + lead + "</p>\n<p>" + second + "</p>", lead},
		{"a byline", summarize.Summarizer{MaxSentences: 1}, title + "\n\nكتب - محمد السيد: " + lead + "\n\n" + second, lead},
		{"…on its own line, a colon after it", summarize.Summarizer{MaxSentences: 1}, title + "\nكتب - محمد السيد:\n" + lead + "\n" + second, lead},
		{"…then a dateline", summarize.Summarizer{MaxSentences: 1}, title + "\n\nكتب - محمد السيد: " + dateline + lead + "\n\n" + second, lead},
		{"SANA's dateline on its own line", summarize.Summarizer{MaxSentences: 1}, title + "\nدمشق-سانا\n" + lead + "\n" + second, lead},
		{"a site's flag, «عاجل:»", summarize.Summarizer{MaxSentences: 1}, title + "\n\nعاجل: " + lead + "\n\n" + second, lead},
		{"a site's flag, then a dateline", summarize.Summarizer{MaxSentences: 1}, title + "\n\nعاجل - " + dateline + lead + "\n\n" + second, lead},
		{"the paper's own reporter, «بيروت - خاص:»", summarize.Summarizer{MaxSentences: 1}, title + "\n\nبيروت - خاص: " + lead + "\n\n" + second, lead},
		{"«بيروت - خاص» on its own line", summarize.Summarizer{MaxSentences: 1}, title + "\nبيروت - خاص\n" + lead + "\n" + second, lead},
		{"Sabq's name before the place", summarize.Summarizer{MaxSentences: 1}, title + "\n\nسبق- الرياض: " + lead + "\n\n" + second, lead},
		{"a news site's name and its reporter's", summarize.Summarizer{MaxSentences: 1}, title + "\n\nالوكيل الإخباري - جلنار الراميني - " + lead + "\n\n" + second, lead},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sum, err := tt.s.Summarize(tt.text)
			require.NoError(t, err)
			require.NotEmpty(t, sum.Sentences)
			first := sum.Sentences[0]
			assert.Equal(t, lead, first.Text)
			assert.Equal(t, strings.Index(tt.text, lead), first.Start, "the sentence's own offset")
			assert.Equal(t, first.Text, tt.text[first.Start:first.End])
			assert.Equal(t, tt.want, sum.String())
		})
	}
	// A speaker and his words in quotation marks open a lead with a
	// dateline's marks; the lead stays whole.
	speaker := "ترامب: «لن نتراجع» عن فرض الرسوم الجمركية على الواردات الصينية مهما كان الثمن."
	sum, err := (&summarize.Summarizer{Method: summarize.Lead, MaxSentences: 1}).Summarize(title + "\n\n" + speaker + "\n\n" + second)
	require.NoError(t, err)
	assert.Equal(t, speaker, sum.String())
}

// TestLabelNoTitle: a label on a line of its own, a word or a few and a
// colon, is no title: a page's share or follow label over the story
// («شارك:», «تابعونا على:») is no part of the summary either, and a
// source's label over a short headline («البوابة:») leaves the headline
// the title. A share label was the summary's first sentence, taken with
// the lead it stood over, and the source's label was the title.
func TestLabelNoTitle(t *testing.T) {
	const (
		headline = "الحكومة ترفع أسعار الوقود" // four words: as short as a site's name
		lead     = "أعلنت الحكومة المصرية يوم الأحد خطة جديدة لمواجهة التضخم الذي بلغ أعلى مستوياته منذ سنوات."
		second   = "وقال وزير المالية في مؤتمر صحفي إن الخطة تشمل خفض الإنفاق الحكومي وزيادة الدعم للفئات الأكثر فقرا."
	)
	for _, label := range []string{"شارك:", "شارك الخبر:", "تابعونا على:", "Share this:"} {
		t.Run(label, func(t *testing.T) {
			assertTitleAndStory(t, label+"\n"+lead+"\n"+second, "", lead+" "+second)
			assertTitleAndStory(t, headline+"\n"+label+"\n"+lead+"\n"+second, headline, lead+" "+second)
		})
	}
	t.Run("a source's label over a short headline", func(t *testing.T) {
		assertTitleAndStory(t, "البوابة:\n"+headline+"\n"+lead+"\n"+second, headline, lead+" "+second)
	})
	// A label of one word over the story's first sentence is the page's:
	// it was that sentence's first word.
	for _, label := range []string{"البوابة:", "ملاحظة:", "عاجل:"} {
		t.Run(label+" over the lead", func(t *testing.T) {
			assertTitleAndStory(t, label+"\n"+lead+"\n"+second, "", lead+" "+second)
			assertTitleAndStory(t, headline+"\n"+label+"\n"+lead+"\n"+second, headline, lead+" "+second)
		})
	}
}

// assertTitleAndStory asserts that the default Summarizer's summary of
// text has title for its title ("" for none) and reads story.
func assertTitleAndStory(t *testing.T, text, title, story string) {
	t.Helper()
	var zero summarize.Summarizer
	sum, err := zero.Summarize(text)
	require.NoError(t, err)
	assert.Equal(t, title, sum.Title)
	assert.Equal(t, story, sum.String())
}

// TestBylineNoTitle: a byline or a dateline on the first line, above the
// story and without a headline, is no title of the summary, nor any part
// of it, though it has a headline's shape.
func TestBylineNoTitle(t *testing.T) {
	const (
		lead   = "أعلنت الحكومة المصرية يوم الأحد خطة جديدة لمواجهة التضخم الذي بلغ أعلى مستوياته منذ سنوات."
		second = "وقال وزير المالية في مؤتمر صحفي إن الخطة تشمل خفض الإنفاق الحكومي وزيادة الدعم للفئات الأكثر فقرا."
	)
	for _, line := range []string{"كتب - محمد السيد", "بقلم: محمد السيد", "دمشق-سانا", "عمان - بترا -", "أبوظبي (الاتحاد)", "سبق- الرياض:", "جفرا نيوز -", "سرايا نيوز – عصام مبيضين", "القاهرة -", "القاهرة - كتب: محمد السيد", "جفرا نيوز - كتب - عصام مبيضين", "بقلم محمد السيد", "تصوير: محمد السيد", "الكاتب: محمد السيد", "المحرر - محمد السيد", "المصدر: وكالات"} {
		t.Run(line, func(t *testing.T) {
			sum, err := (&summarize.Summarizer{MaxSentences: 1}).Summarize(line + "\n" + lead + "\n" + second)
			require.NoError(t, err)
			assert.Empty(t, sum.Title)
			assert.Equal(t, lead, sum.String())
			// With room for more, the summary holds the story, and the
			// line is none of it.
			var zero summarize.Summarizer
			sum, err = zero.Summarize(line + "\n" + lead + "\n" + second)
			require.NoError(t, err)
			assert.Equal(t, lead+" "+second, sum.String())
		})
	}
}

// TestChromeNoTitle: the lines a page copied whole sets over its story,
// its print and font size buttons, its count of views and its reading
// time, are no title of the summary, nor any part of it, with no headline
// under them or a short one: the headline is the title. Each was the title,
// over a headline of four words or fewer too (a longer one passes over
// the short headings above it, as a site's name is). A headline that
// opens with such a word is the title still.
func TestChromeNoTitle(t *testing.T) {
	const (
		headline = "الحكومة ترفع أسعار الوقود" // four words: as short as a site's name
		lead     = "أعلنت الحكومة المصرية يوم الأحد خطة جديدة لمواجهة التضخم الذي بلغ أعلى مستوياته منذ سنوات."
		second   = "وقال وزير المالية في مؤتمر صحفي إن الخطة تشمل خفض الإنفاق الحكومي وزيادة الدعم للفئات الأكثر فقرا."
	)
	for _, line := range []string{
		"طباعة", "طباعة الخبر", "حجم الخط", "تكبير الخط", "A A A", "A+ A-", "Print",
		"عدد المشاهدات: 1234", "المشاهدات: ١٬٢٣٤", "مشاهدة: 500", "1234 مشاهدة", "Views: 12",
		"وقت القراءة: 3 دقائق", "قراءة: 12 دقيقة", "3 دقائق للقراءة", "دقيقة واحدة للقراءة", "3 min read",
		"شارك", "تابعونا", "تابعونا على",
		"طباعة حجم الخط A A A", "طباعة | حجم الخط", "عدد المشاهدات: 1234 - 3 دقائق للقراءة",
		"فيسبوك تويتر واتساب", "Facebook Twitter WhatsApp", "شارك الخبر: فيسبوك | تويتر", "تابعونا على أخبار جوجل",
		"إعلان", "Advertisement", "محتوى مدفوع", "استمع إلى المقال", "Listen to this article", "حفظ", "أضف تعليق",
		"التعليقات (3)", "0 تعليق", "Copy link", "تم النسخ", "مشاركة عبر", "تكبير الصورة",
		"الصفحة الرئيسية", "Home", "صورة أرشيفية", "(صورة تعبيرية)", "بالفيديو", "شاهد الفيديو", "بالصور", "بث مباشر", "تم التحديث",
		"صورة: رويترز", "الصورة: غيتي إيماجز", "مصدر الصورة: Getty Images", "Photo: AFP", "(أ ف ب)",
	} {
		t.Run(line, func(t *testing.T) {
			assertTitleAndStory(t, line+"\n"+lead+"\n"+second, "", lead+" "+second)
			assertTitleAndStory(t, line+"\n"+headline+"\n"+lead+"\n"+second, headline, lead+" "+second)
		})
	}
	for _, title := range []string{"طباعة الكتب المدرسية تتأخر", "عدد المشاهدات يتضاعف", "وقت القراءة عند الأطفال", "حجم الخط العربي في المطبوعات", "فيسبوك تحظر حساب الرئيس", "إعلان نتائج الانتخابات اليوم", "صور الأقمار الصناعية تكشف الدمار"} {
		t.Run("the headline "+title, func(t *testing.T) {
			assertTitleAndStory(t, title+"\n"+lead+"\n"+second, title, lead+" "+second)
		})
	}
}

// TestOpeningLineIsTheTitle: an article copied with its headline on the
// first line is summarized as the same article with that headline given
// as Summarizer.Title: the headline is the summary's title, steers it as
// the given one does, and is never a sentence of it; so is a question
// there. With the headline on the first line of each of the 3,023 news
// texts of the dev corpus, 508 summaries opened with it (see
// TestTitledGuard in package evaluate).
func TestOpeningLineIsTheTitle(t *testing.T) {
	lead := "أطلقت محكمة هندية سراح نجم السينما بكفالة مالية بعد قضائه يومين في السجن تنفيذا لحكم بحبسه خمس سنوات."
	body := "وكان دفاع المتهم قد شكك في الاختبارات التي جرت على الحيوانات وأهلية الشهود. " +
		"وقد صدر الحكم بسجنه وتغريمه الخميس الماضي بعد محاكمة استمرت عشرين عاما. " +
		"ويحظى الممثل بشعبية واسعة في الهند وخارجها."
	for _, headline := range []string{
		"الإفراج عن نجم السينما الهندية بعد ليلتين في الحبس في قضية صيد الظباء النادرة",
		"لماذا أفرجت المحكمة عن نجم السينما الهندية بعد ليلتين في الحبس؟",
	} {
		t.Run(headline, func(t *testing.T) {
			var s summarize.Summarizer
			got, err := s.Summarize(headline + "\n" + lead + "\n" + body)
			require.NoError(t, err)
			given := summarize.Summarizer{Title: headline}
			want, err := given.Summarize(lead + "\n" + body)
			require.NoError(t, err)
			assert.Equal(t, headline, got.Title)
			assert.Equal(t, want.String(), got.String())
			for _, x := range got.Sentences {
				assert.NotEqual(t, headline, x.Text)
			}
		})
	}
}

// TestRuleBeforeHeadline: a rule drawn above a headline, of dashes or of
// tatweels («ـــــ», which an Arabic writer draws as often), is no part of
// the text: the headline under it is the summary's title and steers it.
// A line of tatweels was a heading, taken for the title above a headline
// of four words or fewer (one longer passes over the short headings above
// it, as a site's name is), and the headline went unused. Tatweels drawn
// around the headline on its line are no part of the title.
func TestRuleBeforeHeadline(t *testing.T) {
	text := "أطلقت محكمة هندية سراح نجم السينما بكفالة مالية بعد قضائه يومين في السجن. " +
		"وكان دفاع المتهم قد شكك في الاختبارات التي جرت على الحيوانات وأهلية الشهود. " +
		"ويحظى الممثل بشعبية واسعة في الهند وخارجها."
	rules := []string{strings.Repeat("-", 30), strings.Repeat("ـ", 30), "ـــ", "* * *"}
	for _, headline := range []string{"الإفراج عن نجم السينما", "الإفراج عن نجم السينما الهندية بعد ليلتين في الحبس"} {
		given := summarize.Summarizer{Title: headline}
		want, err := given.Summarize(text)
		require.NoError(t, err)
		for _, rule := range rules {
			t.Run(rule+" "+headline, func(t *testing.T) {
				var s summarize.Summarizer
				got, err := s.Summarize(rule + "\n" + headline + "\n\n" + text)
				require.NoError(t, err)
				assert.Equal(t, headline, got.Title)
				assert.Equal(t, want.String(), got.String())
			})
		}
		t.Run("tatweels around "+headline, func(t *testing.T) {
			var s summarize.Summarizer
			got, err := s.Summarize("ـــــ " + headline + " ـــــ\n\n" + text)
			require.NoError(t, err)
			assert.Equal(t, headline, got.Title)
			assert.Equal(t, want.String(), got.String())
		})
	}
	// A rule alone is no text to summarize.
	for _, rule := range rules {
		var s summarize.Summarizer
		_, err := s.Summarize(rule + "\n")
		assert.ErrorIs(t, err, summarize.ErrNoSentences, "%q", rule)
	}
}

// TestMarkedHeadingNotTaken: a heading marked as one in Markdown or HTML
// is the title, never a summary sentence, even when it is longer than a
// heading's shape allows or ends with a question, and its marks are not
// part of it.
func TestMarkedHeadingNotTaken(t *testing.T) {
	headline := "وزير الصحة يعلن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية خلال العام المقبل بتكلفة مليار دولار"
	question := "ما الذي تعنيه الخطة لسكان المناطق الريفية؟"
	lead := "أعلنت وزارة الصحة عن خطة لتوسيع الخدمات الطبية في المناطق الريفية."
	body := "وتشمل الخطة بناء عيادات جديدة وتدريب مئات الممرضين."
	first := summarize.Summarizer{Method: summarize.Lead, MaxSentences: 1}
	rows := []struct {
		name, text, title string
	}{
		{"a Markdown headline of 16 words", "# " + headline + "\n\n" + lead + "\n" + body, headline},
		{"a Markdown sub-heading that asks", "## " + question + "\n" + lead + "\n" + body, question},
		{"an HTML headline, the article on its line", "<h1>" + headline + "</h1><p>" + lead + " " + body + "</p>", headline},
		{"an HTML headline with entities and a tag, shown as it reads", "<h1>&#34;الصحة&#34; تعلن <em>خطة</em> للمناطق&nbsp;الريفية</h1>\n<p>" + lead + " " + body + "</p>", `"الصحة" تعلن خطة للمناطق الريفية`},
		{"a page's <h1> after its <title> with the site's name, shown as it reads", "<!DOCTYPE html>\n<html><head><title>&quot;الصحة&quot; تعلن خطة | شبكة الأخبار</title></head>\n<body><article><h1>&quot;الصحة&quot; تعلن خطة</h1>\n<p>" + lead + " " + body + "</p></article></body></html>", `"الصحة" تعلن خطة`},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			sum, err := first.Summarize(tt.text)
			require.NoError(t, err)
			require.Len(t, sum.Sentences, 1, "%+q", tt.text)
			assert.Equal(t, lead, sum.Sentences[0].Text, "%+q", tt.text)
			assert.Equal(t, tt.title, sum.Title, "%+q", tt.text)
		})
	}
}

// TestFrontMatterNotTaken: a Markdown content file of a static site (Hugo,
// Jekyll) opens with metadata between lines of "---" or "+++", and a page
// read into Markdown by Jina Reader with a header. Their fields
// («categories:», «date = …», «Markdown Content:») are not sentences of the
// story, and their title is the headline that steers the summary. Nor is
// an image's caption, nor a menu of links, in Markdown or in HTML, nor a
// saved page's text around its article.
func TestFrontMatterNotTaken(t *testing.T) {
	headline := "وزير الصحة يعلن افتتاح ثلاثة مستشفيات جديدة"
	lead := "أعلنت وزارة الصحة عن خطة لتوسيع الخدمات الطبية في المناطق الريفية."
	body := "وتشمل الخطة بناء عيادات جديدة وتدريب مئات الممرضين."
	var menu []string
	for k, w := range strings.Fields("الرئيسية أخبار العالم الشرق الأوسط اقتصاد رياضة علوم وتكنولوجيا صحة ثقافة وفنون فيديو صور") {
		menu = append(menu, fmt.Sprintf("[%s](https://example.com/%d)", w, k))
	}
	var anchors []string
	for k, w := range strings.Fields("الرئيسية أخبار العالم الشرق الأوسط اقتصاد رياضة علوم وتكنولوجيا صحة ثقافة وفنون فيديو صور") {
		anchors = append(anchors, fmt.Sprintf(`<li><a href="/%d">%s</a></li>`, k, w))
	}
	rows := []struct {
		name, text, title string
	}{
		{"a saved page's headline and a menu of 14 HTML links on one line", "<h1>" + headline + "</h1>\n<ul class=\"menu\">" + strings.Join(anchors, "") + "</ul>\n<p>" + lead + "</p>\n<p>" + body + "</p>", headline},
		{"a page with a photo and its caption before the lead", "<h1>" + headline + "</h1><figure><img src=\"/a.jpg\"><figcaption>وزير الصحة خلال افتتاحه أحد المستشفيات الجديدة في المحافظات الجنوبية يوم الاثنين الماضي.</figcaption></figure><p>" + lead + "</p><p>" + body + "</p>", headline},
		{"a saved page on one line: its title, a menu of 14 HTML links, the headline and the paragraphs", "<!DOCTYPE html><html><head><title>" + headline + "</title></head><body><div class=\"menu\"><ul>" + strings.Join(anchors, "") + "</ul></div><h1>" + headline + "</h1><p>" + lead + "</p><p>" + body + "</p></body></html>", headline},
		{"a saved page: a cookie banner above its article, and a footer", "<!DOCTYPE html>\n<html lang=\"ar\">\n<head><title>" + headline + " | شبكة الأخبار</title></head>\n<body>\n<div class=\"cookie\"><p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. بالاستمرار في التصفح فإنك توافق على سياسة الخصوصية.</p><button>موافق</button></div>\n<article>\n<h1>" + headline + "</h1>\n<p>" + lead + "</p>\n<p>" + body + "</p>\n</article>\n<footer><p>جميع الحقوق محفوظة © 2025 شبكة الأخبار. يحظر نسخ المحتوى أو إعادة نشره دون إذن مكتوب.</p></footer>\n</body>\n</html>", headline},
		{"a saved page without <article>: its <title> holds the site's name, its <h1> is the headline", "<!DOCTYPE html>\n<html lang=\"ar\">\n<head><title>" + headline + " | شبكة الأخبار</title></head>\n<body>\n<div class=\"logo\"><h2>شبكة الأخبار</h2></div>\n<div class=\"content\">\n<h1>" + headline + "</h1>\n<p>" + lead + "</p>\n<p>" + body + "</p>\n</div>\n</body>\n</html>", headline},
		{"a reader's header whose title holds the site's name, and the page's headline", "Title: شبكة الأخبار - " + headline + "\n\nURL Source: https://example.com/a\n\nMarkdown Content:\n" + headline + "\n=============\n\n" + lead + "\n" + body, headline},
		{"another story's headline linked two sentences in is not the title", lead + "\n" + body + "\nالحكومة تعلن افتتاح ثلاثة مستشفيات جديدة\nوتبدأ المرحلة الأولى من الخطة في الربيع المقبل في ثلاث محافظات.", ""},
		{"a menu's button on the page's first line is not the title", "<button class=\"menu\">القائمة</button>\n<p>" + lead + "</p>\n<p>" + body + "</p>", ""},
		{"a related story's link above the lead is not the title", "**اقرأ أيضاً:** [ارتفاع أسعار النفط في الأسواق العالمية](https://example.com/x)\n\n" + lead + "\n" + body, ""},
		{"YAML, Hugo's keys", "---\ntitle: \"" + headline + "\"\ndate: 2026-11-01T10:00:00+03:00\ncategories:\n  - أخبار\nauthor: \"أحمد علي\"\n---\n\n" + lead + "\n" + body, headline},
		{"a reader's header, a menu of 14 links on one line, and an image with a long caption", "Title: " + headline + "\n\nURL Source: https://example.com/a\n\nMarkdown Content:\n" + strings.Join(menu, " | ") + "\n\n![صورة لوزير الصحة خلال افتتاحه أحد المستشفيات الجديدة في المحافظات الجنوبية يوم الاثنين الماضي](https://example.com/a.jpg)\n\n" + lead + "\n" + body, headline},
		{"TOML without a title", "+++\ndate = 2026-11-01\ntags = [\"صحة\"]\n+++\n" + lead + "\n" + body, ""},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			var s summarize.Summarizer
			sum, err := s.Summarize(tt.text)
			require.NoError(t, err)
			require.NotEmpty(t, sum.Sentences)
			assert.Equal(t, lead, sum.Sentences[0].Text, "%+q", tt.text)
			assert.Equal(t, tt.title, sum.Title, "%+q", tt.text)
			bodyStart := strings.Index(tt.text, lead)
			for _, x := range sum.Sentences {
				assert.GreaterOrEqual(t, x.Start, bodyStart, "%q is front matter", x.Text)
			}
		})
	}
}

// TestMarkupIsNoWords: markup inside a sentence is no words, so the
// sentence is as long, for the budget, as its words. Counted as words,
// the 40 parts of a Markdown link's address or of an HTML anchor's, or the
// 24 entities of a sentence written with «&nbsp;» between its words, made
// the second sentence too long to come; and every sentence with one
// shared the terms «https», «com», «nbsp», «quot».
func TestMarkupIsNoWords(t *testing.T) {
	lead := "أعلنت وزارة الصحة عن خطة لتوسيع الخدمات الطبية في المناطق الريفية خلال العام المقبل."
	url := "https://example.com/" + strings.Repeat("a/", 40)
	tests := []struct{ name, second, text string }{
		{"a Markdown link's address", "وتشمل الخطة بناء عيادات جديدة وتدريب [مئات الممرضين](" + url + ") في المحافظات الجنوبية.", "%s\n%s"},
		{"HTML entities", "وقال&nbsp;الوزير&nbsp;إن&nbsp;&quot;الخطة&nbsp;تشمل&nbsp;بناء&nbsp;عيادات&nbsp;جديدة&nbsp;وتدريب&nbsp;مئات&nbsp;الممرضين&quot;&nbsp;في&nbsp;المحافظات&nbsp;الجنوبية&nbsp;&mdash;&nbsp;قريبا&nbsp;جدا.", "%s\n%s"},
		{"HTML tags", `وتشمل الخطة بناء عيادات جديدة وتدريب <a href="` + url + `" class="inline">مئات الممرضين</a> في <strong>المحافظات الجنوبية</strong>.`, "<p>%s</p><p>%s</p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := summarize.Summarizer{MaxWords: 30}
			sum, err := s.Summarize(fmt.Sprintf(tt.text, lead, tt.second))
			require.NoError(t, err)
			var got []string
			for _, x := range sum.Sentences {
				got = append(got, x.Text)
			}
			assert.Equal(t, []string{lead, tt.second}, got)
		})
	}
}

// TestReaderAddressNotTaken: a publisher adds lines to the reader («ما هي
// الأسئلة التي تدور بأذهانكم…؟», "what questions are on your minds…?";
// «يمكنكم استلام إشعارات…», "you can get notifications…"), which a summary
// of the story leaves out, even where a model ranks them first. Words said
// to somebody inside quotation marks are the story's.
func TestReaderAddressNotTaken(t *testing.T) {
	lead := "أعلنت السلطات حظر التجول في المدينة بعد أيام من الاحتجاجات."
	body := "وشهدت الاحتجاجات اشتباكات بين المتظاهرين ورجال الأمن."
	asks := "ما هي الأسئلة التي تدور بأذهانكم عن أحداث المدينة؟ اسألوا ونحن نجيب."
	app := "يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل التطبيق على هاتفكم."
	quoted := "وقال المحافظ للسكان: \"يمكنكم العودة إلى منازلكم غدا\"."
	long := "ويمكنكم أن تقرؤوا في هذا التقرير الطويل كيف بدأت الاحتجاجات في المدينة قبل أسبوعين، وكيف تحولت من مطالب بالكهرباء والماء إلى مواجهات مع قوات الأمن في الشوارع."
	one := func(m *summarize.Model) summarize.Summarizer {
		return summarize.Summarizer{Model: m, MaxSentences: 1, MaxWords: -1}
	}
	checkPicks(t, []pickRow{
		{"a question to the reader, with the call after it on its line", one(&questionsFirst), lead + "\n" + body + "\n" + asks, lead},
		{"an app to install", one(&laterFirst), lead + "\n" + body + "\n" + app, body},
		{"…right after the lead", ranked(&laterFirst, 2, -1), lead + "\n" + app, lead},
		{"words said in the story", one(&laterFirst), lead + "\n" + body + "\n" + quoted, quoted},
		{"a long sentence is not read for it", one(&laterFirst), lead + "\n" + body + "\n" + long, long},
	})
}

// TestCallToActionNotTaken: a short story with the publisher's calls at
// its foot, to follow it on a platform, to subscribe, to read another
// story (see callsToAct). A summary of all its sentences took them.
func TestCallToActionNotTaken(t *testing.T) {
	const (
		lead  = "أعلنت الحكومة اليوم خطة جديدة لدعم المزارعين في المناطق الريفية بعد موسم جاف أضر بالمحاصيل."
		body  = "وقالت وزارة الزراعة إن الخطة تشمل قروضا ميسرة وبذورا محسنة."
		after = "وقال مزارعون إن الدعم جاء متأخرا لكنه ضروري."
	)
	text := lead + "\n" + body + "\nاقرأ أيضا: وزير المالية يعلن موازنة جديدة.\n" + after +
		"\nلمتابعة آخر الأخبار انضم إلى قناتنا على تيليجرام.\nاشترك في نشرتنا البريدية ليصلك كل جديد."
	checkTakesAll(t, text, lead, body, after)
}

// checkTakesAll checks that a summary of text with room for all its
// sentences takes want, in order, by every method.
func checkTakesAll(t *testing.T, text string, want ...string) {
	t.Helper()
	for _, m := range []summarize.Method{summarize.Auto, summarize.TextRank, summarize.Lead} {
		sum, err := (&summarize.Summarizer{Method: m, MaxSentences: 10, MaxWords: -1}).Summarize(text)
		require.NoError(t, err)
		var got []string
		for _, s := range sum.Sentences {
			got = append(got, s.Text)
		}
		assert.Equal(t, want, got, "method %v", m)
	}
}

// TestPublisherNoteNotTaken: a short story with the publisher's notes at
// its foot: where it came from, a disclaimer, its rights (see
// publisherNote). A summary of all its sentences took them. Above the
// foot, a sentence of the story that holds a note's words is taken.
func TestPublisherNoteNotTaken(t *testing.T) {
	const (
		lead  = "أعلنت الحكومة اليوم خطة جديدة لدعم المزارعين في المناطق الريفية بعد موسم جاف أضر بالمحاصيل."
		body  = "وقالت وزارة الزراعة إن الخطة تشمل قروضا ميسرة وبذورا محسنة، والعهدة على المصدر الذي نقل الخبر."
		after = "وقال مزارعون إن الدعم جاء متأخرا لكنه ضروري."
		last  = "وأضافوا أن الأمطار قد تعود في الربيع."
	)
	text := lead + "\n" + body + "\n" + after + "\n" + last + "\nالمصدر: وكالات.\n" +
		"ملحوظة: مضمون هذا الخبر تم كتابته بواسطة موقع الأخبار اليومية ولا يعبر عن وجهة نظر الموقع وإنما تم نقله بمحتواه كما هو من موقع الأخبار اليومية ونحن غير مسؤولين عن محتوى الخبر والعهدة على المصدر.\n" +
		"جميع الحقوق محفوظة لموقع الأخبار 2024."
	checkTakesAll(t, text, lead, body, after, last)
	// A story's last sentence longer than any note is the story's.
	long := "وختم المزارعون حديثهم بالقول إن الموسم المقبل سيكون أفضل إذا وصلت القروض في موعدها وإذا عادت الأمطار إلى معدلاتها المعتادة في الربيع كما يتوقع خبراء الأرصاد الجوية في البلاد، والعهدة على الراوي كما يقول المثل الشعبي الذي يردده كبار السن في القرى الزراعية كلما تأخر المطر عن موعده في كل عام."
	checkTakesAll(t, lead+"\n"+after+"\n"+long, lead, after, long)
	// A page's line where its comments would be, ending with a period.
	checkTakesAll(t, lead+"\n"+after+"\n"+last+"\nلا توجد تعليقات.\nكن أول من يعلق على الخبر.", lead, after, last)
}

// TestGreetingNotTaken: a broadcast's transcript opens with the
// presenter's greeting and ends with a goodbye, which are no part of the
// news, even as its first sentence. A greeting that somebody in the story
// is quoted saying is, and a text of greetings alone still has one.
func TestGreetingNotTaken(t *testing.T) {
	greeting := "مساء الخير، وأهلاً بكم في نشرة الأخبار."
	lead := "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة."
	body := "واحتج مئات المواطنين في الشوارع على القرار."
	bye := "شكراً لمتابعتكم، وإلى اللقاء في نشرة الغد."
	quoted := "\"صباح الخير يا مصر\" كانت أول جملة قالها المذيع في البث الجديد."
	checkPicks(t, []pickRow{
		{"the presenter's greeting, first", ranked(&earlierFirst, 1, -1), greeting + " " + lead + " " + body, lead},
		{"…«السلام عليكم»", ranked(&earlierFirst, 1, -1), "السلام عليكم ورحمة الله. " + lead + " " + body, lead},
		{"…after «و»", ranked(&earlierFirst, 1, -1), "مساء الخير. وأهلا بكم. " + lead + " " + body, lead},
		{"the goodbye, ranked first", ranked(&laterFirst, 1, -1), lead + " " + body + " " + bye, body},
		{"a greeting somebody is quoted saying", ranked(&laterFirst, 1, -1), lead + " " + body + " " + quoted, quoted},
		{"a text of greetings alone", ranked(&earlierFirst, 1, -1), "مساء الخير. وأهلا بكم.", "مساء الخير."},
	})
}

// TestLetterlessNotTaken: a sentence without a letter says nothing: a time
// split off a list of other stories' headlines by its period («01:08 .
// أردوغان يعرض الوساطة …», as a page's «latest news» lists them), a year
// that lost its sentence («2018.»). It is passed over, first or not, and
// must not end the summary; a text of nothing else is summarized as any
// text (TestHostileInput too).
func TestLetterlessNotTaken(t *testing.T) {
	lead := "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة."
	body := "واحتج مئات المواطنين في الشوارع على القرار."
	checkPicks(t, []pickRow{
		{"a time split off a headline, first", ranked(&earlierFirst, 1, -1), "01:08 . " + lead + " " + body, lead},
		{"a year, later, ranked first", ranked(&laterFirst, 2, -1), lead + " " + body + " 2018.", lead + " " + body},
		{"stars and figures, the budget past", ranked(&earlierFirst, 3, 12), "★★★ 3.5. " + lead + " " + body, lead},
		{"a time drawn out with tatweels, which are no letters", ranked(&earlierFirst, 1, -1), "ـ14:05ـ. " + lead + " " + body, lead},
		{"…in a text in English too", ranked(&earlierFirst, 1, -1), "2018. The minister opened the fair.", "The minister opened the fair."},
		{"a text of nothing else", ranked(&earlierFirst, 2, -1), "2018. 2019.", "2018. 2019."},
		{"…nor of anything else a summary takes: a question after it", ranked(&earlierFirst, 2, -1), "2018. هل يعود الوزير غدا؟", "2018."},
	})
}

// TestForeignNotTaken: in an Arabic text, a sentence without an Arabic
// letter is no sentence of the story: a page's widget in English («Like
// Loading...»), its copyright line. It is passed over, as a sentence
// without a letter is. A text most of whose words are in another
// language is summarized as any text, Arabic words in it or not.
func TestForeignNotTaken(t *testing.T) {
	lead := "أقر البرلمان مساء أمس قانون الانتخابات الجديد بأغلبية كبيرة بعد جلسة صاخبة."
	body := "ويقسم القانون البلاد إلى خمس عشرة دائرة انتخابية."
	english := "The minister opened the book fair on Monday. It drew a thousand visitors, who asked about «تلخيص» and other words."
	checkPicks(t, []pickRow{
		{"a widget's label in English, ranked first", ranked(&laterFirst, 3, -1), lead + "\nLike Loading...\n" + body + "\nوقاطعت المعارضة الجلسة.\nAll rights reserved.", lead + "\n" + body + "\nوقاطعت المعارضة الجلسة."},
		{"…a sentence without a letter counted for neither", ranked(&laterFirst, 3, -1), lead + "\n2018.\n" + body + "\nLike Loading...", lead + "\n" + body},
		{"…nor where the English sentences outnumber the story's", ranked(&laterFirst, 3, -1), lead + "\nLike Loading...\n" + body + "\nAll rights reserved.\nCopyright 2026.", lead + "\n" + body},
		{"…but not where more of the words are in English", ranked(&laterFirst, 1, -1), lead + "\nThe minister said on Monday that the new law would be published in the official gazette within two weeks.", "The minister said on Monday that the new law would be published in the official gazette within two weeks."},
		{"Latin names among Arabic words are the story's", ranked(&laterFirst, 1, -1), lead + "\nوأطلقت Apple هاتف iPhone الجديد.", "وأطلقت Apple هاتف iPhone الجديد."},
		{"a text in English, an Arabic word in it", ranked(&earlierFirst, 2, -1), english, english},
	})
}

// TestCutOffNotTaken: a sentence cut off after a word no sentence ends
// with («… وسط مخاوف من...») is no sentence: a teaser of another story
// above the story, a quotation or a paragraph a paywall cut. It is passed
// over, first or not, as a sentence without a letter is, unless the
// summary would be empty without it (a feed's description, cut, alone).
func TestCutOffNotTaken(t *testing.T) {
	lead := "رفع البنك المركزي سعر الفائدة نصف نقطة مئوية اليوم في محاولة لكبح التضخم."
	body := "وقال محافظ البنك إن القرار جاء بعد ارتفاع أسعار الغذاء والطاقة."
	teaser := "ارتفاع أسعار الذهب إلى مستوى قياسي جديد في الأسواق العالمية وسط مخاوف من..."
	checkPicks(t, []pickRow{
		{"a teaser of another story, cut, above the story", ranked(&earlierFirst, 1, -1), teaser + "\n" + lead + " " + body, lead},
		{"a paragraph a paywall cut, ranked first", ranked(&laterFirst, 2, -1), lead + " " + body + "\nويقول خبراء إن البنك قد يرفع الفائدة مرة أخرى في…", lead + "\n" + body},
		{"a pause after any other word is taken", ranked(&earlierFirst, 1, -1), "ارتفعت أسعار الذهب إلى مستوى قياسي وسط مخاوف كبيرة...\n" + lead, "ارتفعت أسعار الذهب إلى مستوى قياسي وسط مخاوف كبيرة..."},
		{"a feed's description, cut, alone", ranked(&earlierFirst, 2, -1), teaser, teaser},
	})
	// Above the headline, the teaser is no sentence before it: the
	// headline is the title.
	sum, err := (&summarize.Summarizer{}).Summarize(teaser + "\nالبنك المركزي يرفع سعر الفائدة\n" + lead + " " + body)
	require.NoError(t, err)
	assert.Equal(t, "البنك المركزي يرفع سعر الفائدة", sum.Title)
}

// TestStringIsOneParagraph: hard-wrapped text (an archive's or an e-mail's
// fixed-width lines) is unwrapped by tokenize, so a sentence can hold line
// breaks. Its Text keeps them, byte-exact; Summary.String, the one
// paragraph, turns each break and the spaces around it into one space.
func TestStringIsOneParagraph(t *testing.T) {
	text := "" +
		"تبدأ الغرفة التجارية الصناعية في محافظة الأحساء تنفيذ برامجها التدريبية\n" +
		"النسائية اعتبارا من يوم الأحد المقبل وذلك من خلال برنامجين نسائيين بعنوان \r\n" +
		"فنون التعامل مع الزوج وذلك في الفترة من السابع إلى الثامن من الشهر الحالي،\n" +
		"وتقدمهما الدكتورة وداد العيسى من دولة الكويت في مقر الغرفة بمدينة المبرز.\n" +
		"وأوضح مدير التدريب والتطوير بالغرفة بدر الحليبي أن المحاضرة ستتناول في\n" +
		"البرنامج الأول دراسة لأفضل توافق زواجي في العالم.\n"
	sum, err := (&summarize.Summarizer{MaxWords: -1}).Summarize(text)
	require.NoError(t, err)
	require.Len(t, sum.Sentences, 2)
	for _, x := range sum.Sentences {
		assert.Equal(t, text[x.Start:x.End], x.Text, "spans stay byte-exact")
	}
	assert.Equal(t, "تبدأ الغرفة التجارية الصناعية في محافظة الأحساء تنفيذ برامجها التدريبية "+
		"النسائية اعتبارا من يوم الأحد المقبل وذلك من خلال برنامجين نسائيين بعنوان "+
		"فنون التعامل مع الزوج وذلك في الفترة من السابع إلى الثامن من الشهر الحالي، "+
		"وتقدمهما الدكتورة وداد العيسى من دولة الكويت في مقر الغرفة بمدينة المبرز. "+
		"وأوضح مدير التدريب والتطوير بالغرفة بدر الحليبي أن المحاضرة ستتناول في "+
		"البرنامج الأول دراسة لأفضل توافق زواجي في العالم.", sum.String())
}

// TestHardWrappedHeadline: an article hard-wrapped at 70 characters
// (evaluate.PlainText), its headline on the first line, as a plain-text
// archive keeps it. A headline
// that fills a line as the story's lines do, but after which the story's
// first word would have fit, went on into the lead, and the summary
// opened with it; one wider than the story's lines, which the program
// did not wrap, set the width, the story was read line by line, and the
// summary opened with its lead's last line («بقيمة مليار دولار… سنوات.»).
func TestHardWrappedHeadline(t *testing.T) {
	paragraphs := []string{
		"أعلنت الحكومة يوم الأحد خطة جديدة لدعم الشركات الصغيرة في المدن الكبرى بقيمة مليار دولار، تشمل قروضا ميسرة وإعفاءات ضريبية لمدة ثلاث سنوات.",
		"وقال وزير المالية في مؤتمر صحفي إن الخطة تستهدف عشرة آلاف شركة توظف أقل من خمسين عاملا.",
		"وأضاف أن البنوك الحكومية ستبدأ استقبال الطلبات الشهر المقبل، على أن تصرف الدفعة الأولى قبل نهاية العام.",
		"ورحبت غرفة التجارة بالخطة، لكنها دعت إلى تبسيط إجراءات التقديم حتى تصل القروض إلى أصحاب المشاريع الصغيرة.",
		"ويقول اقتصاديون إن الشركات الصغيرة توفر أكثر من نصف الوظائف في البلاد.",
	}
	story := evaluate.PlainText(evaluate.Document{Text: strings.Join(paragraphs, "\n")}).Text
	widest := 0
	for _, l := range strings.Split(story, "\n") {
		widest = max(widest, utf8.RuneCountInString(l))
	}
	const (
		fills = "الحكومة تعلن خطة جديدة لدعم الشركات الصغيرة في المدن الكبرى"
		wide  = "الحكومة تعلن خطة بمليار دولار لدعم الشركات الصغيرة في المدن الكبرى بقروض ميسرة وإعفاءات ضريبية"
	)
	n := utf8.RuneCountInString(fills)
	require.GreaterOrEqual(t, 4*n, 3*widest, "the headline fills a line")
	require.LessOrEqual(t, n+1+utf8.RuneCountInString("أعلنت")+2, widest, "the lead's first word would have fit after it")
	require.Greater(t, utf8.RuneCountInString(wide), widest+2, "wider than the story")
	for _, tt := range []struct{ name, headline, after string }{
		{"a headline that fills a line", fills, "\n"},
		{"a headline wider than the story", wide, "\n"},
		{"a headline wider than the story, and a blank line", wide, "\n\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sum, err := (&summarize.Summarizer{}).Summarize(tt.headline + tt.after + story)
			require.NoError(t, err)
			require.NotEmpty(t, sum.Sentences)
			assert.Equal(t, tt.headline, sum.Title)
			assert.True(t, strings.HasPrefix(sum.Sentences[0].Text, "أعلنت الحكومة"), sum.Sentences[0].Text)
		})
	}
}

func TestLongestSentenceStillComesWhenNothingFits(t *testing.T) {
	s := summarize.Summarizer{MaxWords: 2}
	sum, err := s.Summarize("هذه جملة طويلة من خمس كلمات.")
	require.NoError(t, err)
	assert.Equal(t, "هذه جملة طويلة من خمس كلمات.", sum.String())
}

// Text without sentence punctuation, as a transcript comes, is summarized
// within its budget, from pieces of the text in order, not returned whole.
func TestUnpunctuatedTextKeepsToTheBudget(t *testing.T) {
	clauses := []string{
		"افتتح المحافظ مشروع المياه الجديد في المدينة صباح اليوم بحضور عدد من المسؤولين والسكان",
		"ويهدف المشروع إلى إيصال مياه الشرب النظيفة إلى عشرين ألف منزل في الأحياء الشرقية خلال عامين",
		"وقال المحافظ إن كلفة المشروع بلغت ثلاثين مليون دينار تمولها الحكومة وصندوق التنمية",
		"وأضاف أن العمل في المرحلة الأولى سيبدأ الشهر المقبل ويستمر ثمانية أشهر",
		"ويشمل المشروع بناء محطة ضخ وخزانين كبيرين ومد أنابيب بطول مئة وعشرين كيلومترا",
		"وكان السكان قد اشتكوا سنوات من انقطاع المياه في فصل الصيف وارتفاع أسعار الصهاريج",
		"من جهته أكد مدير شركة المياه أن الشبكة الحالية قديمة وتفقد ثلث المياه قبل وصولها إلى المنازل",
		"وأشار إلى أن الشركة ستستبدل العدادات القديمة بعدادات حديثة تقرأ عن بعد",
		"ودعا المواطنين إلى ترشيد الاستهلاك والإبلاغ عن أي تسرب في الشبكة",
		"ويأتي المشروع ضمن خطة وطنية لتحسين البنية التحتية في المحافظات أعلنتها الحكومة العام الماضي",
		"ومن المتوقع أن يوفر المشروع مئات فرص العمل لأبناء المنطقة خلال مدة التنفيذ",
		"وتعد المدينة من أكثر مدن البلاد نموا في عدد السكان خلال العقد الأخير",
	}
	text := strings.Join(clauses, " ")
	require.Greater(t, countWords(text), summarize.DefaultMaxWords+tokenize.PieceMaxWords/2, "whole, it would break the budget")
	var s summarize.Summarizer
	sum, err := s.Summarize(text)
	require.NoError(t, err)
	require.NotEmpty(t, sum.Sentences)
	// The rule that keeps to MaxWords lets the last sentence run at most
	// half its length past it; a piece has at most PieceMaxWords words.
	assert.LessOrEqual(t, countWords(sum.String()), summarize.DefaultMaxWords+tokenize.PieceMaxWords/2, sum.String())
	assert.True(t, strings.HasPrefix(text, sum.Sentences[0].Text), "the lead piece comes first: %q", sum.String())
	prev := -1
	for _, x := range sum.Sentences {
		assert.Equal(t, text[x.Start:x.End], x.Text, "byte-exact span")
		assert.Greater(t, x.Start, prev, "in document order")
		prev = x.Start
	}
}

// A piece of a long sentence keeps the comma it ends with (Sentence.Text
// is byte-exact), but the paragraph String renders does not end with it.
func TestStringDoesNotEndWithAComma(t *testing.T) {
	words := make([]string, 90)
	for k := range words {
		words[k] = fmt.Sprintf("كلمة%d", k+1)
		if (k+1)%30 == 0 {
			words[k] += "،" // every piece ends with a comma, the last one too
		}
	}
	text := strings.Join(words, " ")
	sum, err := (&summarize.Summarizer{MaxSentences: 1}).Summarize(text)
	require.NoError(t, err)
	require.Len(t, sum.Sentences, 1)
	last := sum.Sentences[0].Text
	require.True(t, strings.HasSuffix(last, "،"), "the piece keeps its comma: %q", last)
	assert.Equal(t, strings.TrimSuffix(last, "،"), sum.String())
}

func TestNeverTheSameSentenceTwice(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"exact repeat", "ارتفعت الأسعار في السوق. ارتفعت الأسعار في السوق. هبطت الأسهم.", 2},
		{"repeat with other vowels and hamza", "أكد الوزير الاتفاق. أكَّد الوزير الإتفاق. هبطت الأسهم.", 2},
		{"500 copies", strings.Repeat("ارتفعت الأسعار في السوق. ", 500), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sum, err := (&summarize.Summarizer{}).Summarize(tt.text)
			require.NoError(t, err)
			assert.Len(t, sum.Sentences, tt.want)
			seen := map[string]bool{}
			for _, x := range sum.Sentences {
				k := tokenize.Normalize(x.Text)
				assert.False(t, seen[k], "%+q twice", x.Text)
				seen[k] = true
			}
		})
	}
}

// TestRestatementNotTaken: a news text often says its lead again further
// down in other words, as a quotation of the one who acted. The lead and
// its restatement share most of their weighted terms (cosine about 0.6, under
// the 0.7 of an earlier rule), so only the lead comes, and the summary goes
// on with a sentence that adds something, though it names the same
// hospital.
func TestRestatementNotTaken(t *testing.T) {
	lead := "افتتحت وزارة الصحة مستشفى جديدا للأطفال في مدينة الزرقاء بتكلفة بلغت عشرين مليون دينار."
	beds := "ويضم المستشفى مئتي سرير وقسما للعناية المركزة وآخر لجراحة القلب."
	again := "وقال الوزير إن الوزارة افتتحت في مدينة الزرقاء مستشفى جديدا للأطفال."
	asked := "وكان أهالي المدينة قد طالبوا منذ سنوات بمستشفى متخصص يغنيهم عن السفر إلى العاصمة."
	soon := "ومن المتوقع أن يستقبل المستشفى أول المرضى الأسبوع المقبل."
	text := strings.Join([]string{lead, beds, again, asked, soon}, " ")
	checkPicks(t, []pickRow{
		{"auto", summarize.Summarizer{}, text, lead + " " + beds + " " + asked},
		{"lead", summarize.Summarizer{Method: summarize.Lead}, text, lead + " " + beds + " " + asked},
	})
}

// TestSameWordsOtherNumbers: sentences whose words are the same but for
// their numbers (a text's numbered lines, a table's rows written out, a
// figure given again as it changed) read as one sentence said twice, though
// each number is a term of its own that keeps their cosine low (about 0.2
// for the index lines below). One of them comes; a sentence that differs in
// a word as well still comes beside it.
func TestSameWordsOtherNumbers(t *testing.T) {
	var lines []string
	for n := 10; n < 60; n++ {
		lines = append(lines, fmt.Sprintf("ارتفع المؤشر في الجلسة رقم %d.", n))
	}
	index := strings.Join(lines, "\n")
	// the same in Arabic-Indic digits, «١٠» to «٥٩»
	indic := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r - '0' + '٠'
		}
		return r
	}, index)
	says := "وقال المحلل إن السوق مستقرة رغم تقلب الأسعار."
	rose := "ارتفعت الأسعار 15 في المئة في 2023."
	again := "ارتفعت الأسعار 18 في المئة في 2024."
	rents := "ارتفعت الإيجارات 18 في المئة في 2024."
	both := "ارتفعت الأسعار والإيجارات 18 في المئة في 2024."
	checkPicks(t, []pickRow{
		{"numbered lines: one of them", summarize.Summarizer{}, index + "\n" + says, lines[0] + " " + says},
		{"numbered lines in the text's order", ranked(&earlierFirst, 3, 0), index + "\n" + says, lines[0] + " " + says},
		{"numbered lines in Arabic-Indic digits", summarize.Summarizer{}, indic + "\n" + says, strings.SplitN(indic, "\n", 2)[0] + " " + says},
		{"a figure given again", ranked(&earlierFirst, 3, 0), rose + " " + again + " " + says, rose + " " + says},
		{"a word differs too: both", ranked(&earlierFirst, 3, 0), rose + " " + rents + " " + says, rose + " " + rents + " " + says},
		{"a word more: both", ranked(&earlierFirst, 3, 0), rose + " " + both + " " + says, rose + " " + both + " " + says},
		{"a word fewer: both", ranked(&earlierFirst, 3, 0), both + " " + rose + " " + says, both + " " + rose + " " + says},
	})
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		s    summarize.Summarizer
		text string
		is   error
	}{
		{"empty", summarize.Summarizer{}, "", summarize.ErrNoSentences},
		{"blank", summarize.Summarizer{}, " \n\t\r\n ", summarize.ErrNoSentences},
		{"only headings", summarize.Summarizer{}, "عنوان أول\n\nعنوان ثان", summarize.ErrNoSentences},
		{"only punctuation", summarize.Summarizer{}, "... !!! ؟؟", summarize.ErrNoSentences},
		{"too large", summarize.Summarizer{MaxBytes: 10}, "هذه جملة أطول من عشرة بايتات.", summarize.ErrTooLarge},
		// the other encodings are TestHostileInput's rows
		{"not UTF-8", summarize.Summarizer{}, encoded(t, charmap.Windows1256, "انعقد المؤتمر في القاهرة. وحضره الوزراء."), summarize.ErrEncoding},
		{"visual order", summarize.Summarizer{}, backwards("وصل الوفد إلى القاهرة في زيارة رسمية."), summarize.ErrVisualOrder},
		{"escaped", summarize.Summarizer{}, evaluate.AsReferences("وصل الوفد إلى القاهرة."), summarize.ErrEscaped},
		{"negative sentences", summarize.Summarizer{MaxSentences: -1}, "نص.", summarize.ErrConfig},
		{"ratio above one", summarize.Summarizer{Ratio: 1.5}, "نص.", summarize.ErrConfig},
		{"unknown method", summarize.Summarizer{Method: 99}, "نص.", summarize.ErrConfig},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.s.Summarize(tt.text)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.is)
			assert.True(t, strings.HasPrefix(err.Error(), "summarize: "), err.Error())
			// Validate finds configuration errors, and only those.
			if tt.is == summarize.ErrConfig {
				assert.ErrorIs(t, tt.s.Validate(), summarize.ErrConfig)
			} else {
				assert.NoError(t, tt.s.Validate())
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := (&summarize.Summarizer{}).SummarizeContext(ctx, readSeed(t))
	assert.ErrorIs(t, err, context.Canceled)
}

// encoded writes text in another encoding, as a file from an older
// Arabic archive or from Windows Notepad arrives.
func encoded(t *testing.T, e encoding.Encoding, text string) string {
	s, err := e.NewEncoder().String(text)
	require.NoError(t, err)
	return s
}

// decoded reads text's UTF-8 as if it were in e, as a program that took
// it for a single-byte code page does: the mojibake of Arabic on the web,
// «الحكومة» read as Windows-1252 is «Ø§Ù„Ø­ÙƒÙˆÙ…Ø©», as Windows-1256
// «ط§ظ„ط­ظƒظˆظ…ط©».
func decoded(t *testing.T, e encoding.Encoding, text string) string {
	s, err := e.NewDecoder().String(text)
	require.NoError(t, err)
	return s
}

// A text in another encoding is refused with what to do, not summarized
// into the bytes it came as: in Windows-1256 an Arabic letter is no
// letter here, and a «؟» no mark.
func TestNotUTF8SaysWhatToDo(t *testing.T) {
	_, err := (&summarize.Summarizer{}).Summarize(encoded(t, charmap.Windows1256, readSeed(t)))
	require.ErrorIs(t, err, summarize.ErrEncoding)
	assert.Regexp(t, `^summarize: text is not UTF-8: [0-9]+ of its [0-9]+ characters are not text; decode Windows-1256 or UTF-16 to UTF-8 first`, err.Error())
	_, err = (&summarize.Summarizer{}).Candidates(context.Background(), encoded(t, charmap.Windows1256, readSeed(t)))
	assert.ErrorIs(t, err, summarize.ErrEncoding, "Candidates")
	_, err = (&summarize.Summarizer{}).Summarize(decoded(t, charmap.Windows1252, readSeed(t)))
	require.ErrorIs(t, err, summarize.ErrEncoding)
	assert.Contains(t, err.Error(), "«Ø§Ù„…» back to Latin-1 or Windows-1252", "mojibake")
	// Read as Windows-1256, the text keeps half its characters Arabic
	// letters: «الاجتماع» reads «ط§ظ„ط§ط¬طھظ…ط§ط¹», and each «…» that stands
	// for a «م» would end a sentence.
	_, err = (&summarize.Summarizer{}).Summarize(decoded(t, charmap.Windows1256, readSeed(t)))
	require.ErrorIs(t, err, summarize.ErrEncoding)
	assert.Contains(t, err.Error(), "«ط§ظ„…» back to Windows-1256", "mojibake of Arabic Windows")
	// A page that declares its encoding gets it named.
	_, err = (&summarize.Summarizer{}).Summarize(encoded(t, charmap.Windows1256, `<html><head><meta charset="windows-1256"></head><body><p>`+readSeed(t)+"</p></body></html>"))
	require.ErrorIs(t, err, summarize.ErrEncoding)
	assert.Contains(t, err.Error(), "the page declares charset windows-1256", "a page's own declaration")
}

// backwards reverses the characters of each line of text, as a PDF
// extractor that writes a line's glyphs from left to right gives Arabic.
func backwards(text string) string {
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		rs := []rune(line)
		slices.Reverse(rs)
		lines[i] = string(rs)
	}
	return strings.Join(lines, "\n")
}

// Text in visual order is refused with what to do, not summarized into
// reversed words; one line of it among lines in reading order is not.
func TestVisualOrderSaysWhatToDo(t *testing.T) {
	seed := readSeed(t)
	_, err := (&summarize.Summarizer{}).Summarize(backwards(seed))
	require.ErrorIs(t, err, summarize.ErrVisualOrder)
	assert.Regexp(t, `^summarize: text is in visual order: [0-9]+ of its [0-9]+ words with ة or ى have it first, where Arabic writes it last.*; extract the text again with a tool that puts right-to-left lines in reading order`, err.Error())
	_, err = (&summarize.Summarizer{}).Candidates(context.Background(), backwards(seed))
	assert.ErrorIs(t, err, summarize.ErrVisualOrder, "Candidates")

	// The first paragraph reversed: 16 of the text's 55 words backwards,
	// a minority, so the text is summarized.
	lines := strings.Split(seed, "\n")
	lines[2] = backwards(lines[2])
	mixed := strings.Join(lines, "\n")
	back, forward := tokenize.Backwards(mixed)
	require.True(t, back >= 10 && back < forward, "%d backwards, %d forwards", back, forward)
	_, err = (&summarize.Summarizer{}).Summarize(mixed)
	assert.NoError(t, err, "one paragraph of %d lines in visual order", len(lines))
}

// Text whose Arabic is all escapes is refused with what to do, not
// summarized into numbers; an article that shows one escape is not.
func TestEscapedSaysWhatToDo(t *testing.T) {
	seed := readSeed(t)
	tests := []struct{ name, text string }{
		{"HTML references", evaluate.AsReferences(seed)},
		{"JSON escaped twice", strconv.QuoteToASCII(seed)},
		{"percent-encoded", url.QueryEscape(seed)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := (&summarize.Summarizer{}).Summarize(tt.text)
			require.ErrorIs(t, err, summarize.ErrEscaped)
			assert.Regexp(t, `^summarize: text is escaped: [0-9]+ of its [0-9]+ Arabic characters are escapes .*; unescape it first`, err.Error())
			_, err = (&summarize.Summarizer{}).Candidates(context.Background(), tt.text)
			assert.ErrorIs(t, err, summarize.ErrEscaped, "Candidates")
		})
	}
	one := strings.Replace(seed, "نيويورك", evaluate.AsReferences("نيويورك"), 1)
	require.NotEqual(t, seed, one)
	_, err := (&summarize.Summarizer{}).Summarize(one)
	assert.NoError(t, err, "one word escaped")
}

// Subtitles are refused with what to do, and their spoken text, which
// tokenize.Subtitles takes out, is summarized as any text: its sentences
// run across cues.
func TestSubtitlesSayWhatToDo(t *testing.T) {
	srt := "1\n00:00:01,000 --> 00:00:04,200\nرفعت الحكومة أسعار الوقود في العاصمة\n\n" +
		"2\n00:00:04,300 --> 00:00:08,900\nاليوم بنسبة عشرة في المئة بعد اجتماع طويل.\n\n" +
		"3\n00:00:09,000 --> 00:00:13,500\nوقال وزير المالية إن القرار يهدف\nإلى خفض العجز في الموازنة.\n"
	vtt := "WEBVTT\n\n00:01.000 --> 00:04.200\n<v المذيع>رفعت الحكومة أسعار الوقود في العاصمة\n\n" +
		"00:04.300 --> 00:08.900\nاليوم بنسبة عشرة في المئة بعد اجتماع طويل.\n"
	ttml := `<?xml version="1.0" encoding="UTF-8"?>
<tt xmlns="http://www.w3.org/ns/ttml" xml:lang="ar"><body><div>
<p begin="00:00:01.000" end="00:00:04.200">رفعت الحكومة أسعار الوقود في العاصمة<br/>اليوم بنسبة عشرة في المئة بعد اجتماع طويل.</p>
</div></body></tt>`
	ass := "[Script Info]\nScriptType: v4.00+\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n" +
		"Dialogue: 0,0:00:01.00,0:00:04.20,Default,,0,0,0,,رفعت الحكومة أسعار الوقود في العاصمة\\Nاليوم بنسبة عشرة في المئة بعد اجتماع طويل.\n"
	youTube := `<?xml version="1.0" encoding="utf-8" ?><transcript><text start="1.0" dur="3.2">رفعت الحكومة أسعار الوقود في العاصمة` + "\n" +
		`اليوم بنسبة عشرة في المئة بعد اجتماع طويل.</text></transcript>`
	json3 := `{"wireMagic":"pb3","events":[{"tStartMs":1000,"dDurationMs":3200,"segs":[{"utf8":"رفعت الحكومة أسعار الوقود في العاصمة\nاليوم بنسبة عشرة في المئة بعد اجتماع طويل."}]}]}`
	// Python's json.dumps writes Arabic as escapes; the text is still
	// subtitles, not text escaped twice (ErrEscaped).
	transcript := `[{"text": "\u0631\u0641\u0639\u062a \u0627\u0644\u062d\u0643\u0648\u0645\u0629 \u0623\u0633\u0639\u0627\u0631 \u0627\u0644\u0648\u0642\u0648\u062f \u0641\u064a \u0627\u0644\u0639\u0627\u0635\u0645\u0629\n` +
		`\u0627\u0644\u064a\u0648\u0645 \u0628\u0646\u0633\u0628\u0629 \u0639\u0634\u0631\u0629 \u0641\u064a \u0627\u0644\u0645\u0626\u0629 \u0628\u0639\u062f \u0627\u062c\u062a\u0645\u0627\u0639 \u0637\u0648\u064a\u0644.", "start": 1.0, "duration": 3.2}]`
	for name, text := range map[string]string{"SubRip": srt, "WebVTT": vtt, "TTML": ttml, "ASS": ass, "YouTube": youTube, "json3": json3, "transcript": transcript} {
		t.Run(name, func(t *testing.T) {
			s := summarize.Summarizer{MaxSentences: 1}
			_, err := s.Summarize(text)
			require.ErrorIs(t, err, summarize.ErrSubtitles)
			assert.Regexp(t, `^summarize: text is subtitles: .*tokenize\.Subtitles`, err.Error())
			_, err = s.Candidates(context.Background(), text)
			assert.ErrorIs(t, err, summarize.ErrSubtitles, "Candidates")
			spoken, ok := tokenize.Subtitles(text)
			require.True(t, ok)
			sum, err := s.Summarize(spoken)
			require.NoError(t, err)
			require.Len(t, sum.Sentences, 1)
			assert.Equal(t, "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل.", sum.Sentences[0].Text)
		})
	}
}

// A JSON document (an API's answer, a scraper's record) is refused with
// what to do, and the article that tokenize.Articles takes out of it is
// summarized as any text, with its headline as the title.
func TestJSONSaysWhatToDo(t *testing.T) {
	const lead = "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل."
	// asPHP writes s as PHP's json_encode does, as WordPress serves it:
	// every letter outside ASCII an escape, and '/' too.
	asPHP := func(s string) string {
		q := strconv.QuoteToASCII(s)
		return strings.ReplaceAll(q[1:len(q)-1], "/", `\/`)
	}
	tests := []struct{ name, text string }{
		{"a record on one line", `{"id":"a1","title":"الحكومة ترفع أسعار الوقود","text":"` + lead + `\nوقال وزير المالية إن القرار يخفض العجز."}`},
		// WordPress writes every Arabic letter as an escape: the text is
		// JSON, not text escaped twice (ErrEscaped).
		{"WordPress's REST API", `{"id":7,"title":{"rendered":"` + asPHP("الحكومة ترفع أسعار الوقود") + `"},"content":{"rendered":"` + asPHP("<p>"+lead+"</p>\n<p>وقال وزير المالية إن القرار يخفض العجز.</p>") + `"}}`},
		{"JSON Lines", `{"title":"الحكومة ترفع أسعار الوقود","text":"` + lead + `"}` + "\n" + `{"title":"المعرض","text":"افتتح الوزير المعرض."}`},
		{"a document cut off", `{"title":"الحكومة ترفع أسعار الوقود","text":"` + lead + `","body":"وقال`},
		{"documents one after another, as jq prints them", "{\n  \"title\": \"الحكومة ترفع أسعار الوقود\",\n  \"text\": \"" + lead + "\"\n}\n{\n  \"title\": \"المعرض\",\n  \"text\": \"افتتح الوزير المعرض.\"\n}\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := summarize.Summarizer{MaxSentences: 1}
			_, err := s.Summarize(tt.text)
			require.ErrorIs(t, err, summarize.ErrJSON)
			assert.Regexp(t, `^summarize: text is JSON: .*tokenize\.Articles`, err.Error())
			_, err = s.Candidates(context.Background(), tt.text)
			assert.ErrorIs(t, err, summarize.ErrJSON, "Candidates")
			articles, ok := tokenize.Articles(tt.text)
			require.True(t, ok)
			require.NotEmpty(t, articles)
			s.Title = articles[0].Title
			assert.Equal(t, "الحكومة ترفع أسعار الوقود", s.Title)
			sum, err := s.Summarize(articles[0].Text)
			require.NoError(t, err)
			require.Len(t, sum.Sentences, 1)
			assert.Equal(t, lead, sum.Sentences[0].Text)
		})
	}
}

// A news feed is refused with what to do, and each article that
// tokenize.Articles takes out of it is summarized as any text, with its
// headline as the title.
func TestFeedSaysWhatToDo(t *testing.T) {
	const lead = "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل."
	const other = "افتتح وزير الثقافة معرض الكتاب في العاصمة بمشاركة ألف ناشر."
	tests := []struct{ name, text string }{
		{"RSS", `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>شبكة الأخبار</title>` +
			`<item><title>الحكومة ترفع أسعار الوقود</title><link>https://example.com/?p=1</link><pubDate>Tue, 12 Mar 2024 10:30:00 +0000</pubDate><description><![CDATA[رفعت الحكومة [&#8230;]]]></description>` +
			`<content:encoded><![CDATA[<p>` + lead + `</p><p>وقال وزير المالية إن القرار يخفض العجز.</p>]]></content:encoded></item>` +
			`<item><title>المعرض</title><description>` + other + `</description></item></channel></rss>`},
		{"Atom", `<feed xmlns="http://www.w3.org/2005/Atom"><title>شبكة الأخبار</title><entry><title>الحكومة ترفع أسعار الوقود</title><updated>2024-03-12T10:30:00Z</updated>` +
			`<content type="html">&lt;p&gt;` + lead + `&lt;/p&gt;</content></entry><entry><title>المعرض</title><summary>` + other + `</summary></entry></feed>`},
		{"NewsML-G2 of two NITF stories, each with its byline and dateline", `<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>` +
			`<newsItem><contentMeta><headline>الحكومة ترفع أسعار الوقود</headline></contentMeta><contentSet><inlineXML contenttype="application/nitf+xml"><nitf><body><body.head><hedline><hl1>الحكومة ترفع أسعار الوقود</hl1></hedline><byline>بقلم مراسل الوكالة</byline><dateline>القاهرة</dateline></body.head>` +
			`<body.content><p>` + lead + `</p><p>وقال وزير المالية إن القرار يخفض العجز.</p></body.content></body></nitf></inlineXML></contentSet></newsItem>` +
			`<newsItem><contentMeta><headline>المعرض</headline></contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml"><html><body><p>` + other + `</p></body></html></inlineXML></contentSet></newsItem></itemSet></newsMessage>`},
		{"a wiki's dump of two pages, an infobox and links in each", `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/"><siteinfo><sitename>ويكي الأخبار</sitename></siteinfo>` +
			`<page><title>الحكومة ترفع أسعار الوقود</title><ns>0</ns><id>1</id><revision><text>{{معلومات خبر|التاريخ=2024}}` + "\n" + strings.Replace(lead, "الوقود", "[[الوقود]]", 1) + `&lt;ref&gt;{{مصدر|الوكالة}}&lt;/ref&gt;` + "\n\n" + `وقال وزير المالية إن القرار يخفض العجز.</text></revision></page>` +
			`<page><title>المعرض</title><ns>0</ns><id>2</id><revision><text>` + strings.Replace(other, "معرض الكتاب", "[[معرض الكتاب|معرض الكتاب]]", 1) + "\n[[تصنيف:ثقافة]]" + `</text></revision></page></mediawiki>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := summarize.Summarizer{MaxSentences: 1}
			_, err := s.Summarize(tt.text)
			require.ErrorIs(t, err, summarize.ErrFeed)
			assert.Regexp(t, `^summarize: text is a feed: .*tokenize\.Articles`, err.Error())
			assert.Equal(t, err, s.Check(tt.text), "Check")
			articles, ok := tokenize.Articles(tt.text)
			require.True(t, ok)
			require.Len(t, articles, 2)
			for k, want := range []struct{ title, lead string }{{"الحكومة ترفع أسعار الوقود", lead}, {"المعرض", other}} {
				s.Title = articles[k].Title
				assert.Equal(t, want.title, s.Title)
				sum, err := s.Summarize(articles[k].Text)
				require.NoError(t, err)
				require.Len(t, sum.Sentences, 1)
				assert.Equal(t, want.lead, sum.Sentences[0].Text)
			}
		})
	}
}

// Wikitext, a wiki page's markup as a wiki gives it (action=raw, the edit
// box), is refused with what to do, and what tokenize.WikiText takes out
// of it is what Articles gives; a revision's wikitext in the JSON of
// MediaWiki's API is read so too, its page's title the title.
func TestWikitextSaysWhatToDo(t *testing.T) {
	const markup = "{{معلومات مدينة\n| الاسم = المنصورة\n}}\n'''المنصورة''' ({{lang-en|Mansoura}}) مدينة [[مصر|مصرية]] على [[نهر النيل]]، وهي عاصمة [[محافظة الدقهلية]].<ref>مرجع.</ref>\n\n== التاريخ ==\nأسسها [[الملك الكامل]] عام 1219.\n\n[[تصنيف:مدن مصر]]"
	const plain = "المنصورة مدينة مصرية على نهر النيل، وهي عاصمة محافظة الدقهلية.\n\n## التاريخ\n\nأسسها الملك الكامل عام 1219."
	s := summarize.Summarizer{MaxSentences: 1}
	_, err := s.Summarize(markup)
	require.ErrorIs(t, err, summarize.ErrWikitext)
	assert.Regexp(t, `^summarize: text is wikitext: .*tokenize\.WikiText`, err.Error())
	assert.Equal(t, err, s.Check(markup), "Check")
	articles, err := s.Articles(markup)
	require.NoError(t, err)
	assert.Equal(t, []tokenize.Article{{Text: plain}}, articles)
	sum, err := s.Summarize(articles[0].Text)
	require.NoError(t, err)
	assert.Equal(t, "المنصورة مدينة مصرية على نهر النيل، وهي عاصمة محافظة الدقهلية.", sum.String())

	// action=query&prop=revisions&rvslots=main&formatversion=2
	api, err := json.Marshal(map[string]any{"batchcomplete": true, "query": map[string]any{"pages": []any{map[string]any{
		"pageid": 1201, "ns": 0, "title": "المنصورة",
		"revisions": []any{map[string]any{"slots": map[string]any{"main": map[string]any{"contentmodel": "wikitext", "contentformat": "text/x-wiki", "content": markup}}}},
	}}}})
	require.NoError(t, err)
	answers := string(api) + "\n" + string(api) + "\n" // two answers kept as JSON Lines
	for _, tt := range []struct {
		name string
		s    summarize.Summarizer
	}{{"whole", summarize.Summarizer{}}, {"a record at a time, past MaxBytes", summarize.Summarizer{MaxBytes: len(api) + 10}}} {
		t.Run("the API's answers, "+tt.name, func(t *testing.T) {
			var got []tokenize.Article
			for a, err := range tt.s.ReadArticles(strings.NewReader(answers)) {
				require.NoError(t, err)
				got = append(got, a)
			}
			assert.Equal(t, []tokenize.Article{{Title: "المنصورة", Text: plain}, {Title: "المنصورة", Text: plain}}, got)
		})
	}
	articles, err = s.Articles(string(api))
	require.NoError(t, err)
	assert.Equal(t, []tokenize.Article{{Title: "المنصورة", Text: plain}}, articles, "Articles")
}

// A word processor's document is refused with what to do, and the text
// that tokenize.OfficeText takes out of it is summarized as any text, its
// title the heading it opens with; a PDF and an old Word file are refused
// as documents too, with what to do.
func TestOfficeSaysWhatToDo(t *testing.T) {
	const lead = "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل."
	docx := evaluate.RenderDOCX("الحكومة ترفع أسعار الوقود\n" + lead + " وقال وزير المالية إن القرار يخفض العجز.")

	s := summarize.Summarizer{MaxSentences: 1}
	_, err := s.Summarize(docx)
	require.ErrorIs(t, err, summarize.ErrDocument)
	assert.Regexp(t, `^summarize: text is a document's file: .*tokenize\.OfficeText`, err.Error())
	assert.Equal(t, err, s.Check(docx))
	text, ok := tokenize.OfficeText(docx)
	require.True(t, ok)
	sum, err := s.Summarize(text)
	require.NoError(t, err)
	assert.Equal(t, "الحكومة ترفع أسعار الوقود", sum.Title)
	require.Len(t, sum.Sentences, 1)
	assert.Equal(t, lead, sum.Sentences[0].Text)

	for _, tt := range []struct{ name, data, says string }{
		{"a PDF", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nBT /F1 12 Tf (" + lead + ") Tj ET\n", "it is a PDF"},
		{"an old Word file", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + strings.Repeat("\x00", 512) + lead, "an old Word (.doc)"},
		{"a spreadsheet", readFile(t, "testdata/news.xlsx"), "it is a spreadsheet (.xlsx or .ods), a ZIP archive of XML, not text; read it with Summarizer.Articles"},
		{"LibreOffice's spreadsheet", readFile(t, "testdata/news.ods"), "it is a spreadsheet (.xlsx or .ods), a ZIP archive of XML, not text; read it with Summarizer.Articles"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Summarize(tt.data)
			require.ErrorIs(t, err, summarize.ErrDocument)
			assert.Contains(t, err.Error(), tt.says)
		})
	}
}

// A text of headings only (a headline, a tweet without a final mark) has
// nothing the rules extract; the error says why and what to do, while
// text with no words at all keeps the plain message.
func TestNoSentencesSaysWhatToDo(t *testing.T) {
	tests := []struct {
		name, text string
		says       string
	}{
		{"one short line without a final mark", "ارتفاع أسعار النفط في الأسواق العالمية اليوم", "every line is a heading"},
		{"only headings", "عنوان أول\n\nعنوان ثان", "end a line with . ! ? or ؟"},
		{"blank", " \n\t ", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := (&summarize.Summarizer{}).Summarize(tc.text)
			require.ErrorIs(t, err, summarize.ErrNoSentences)
			if tc.says == "" {
				assert.Equal(t, summarize.ErrNoSentences.Error(), err.Error())
				return
			}
			assert.Contains(t, err.Error(), tc.says)
			assert.True(t, strings.HasPrefix(err.Error(), "summarize: no sentences in text: "), err.Error())
		})
	}
}

func TestNegativeMaxBytesMeansNoBound(t *testing.T) {
	_, err := (&summarize.Summarizer{MaxBytes: -1}).Summarize("جملة واحدة.")
	assert.NoError(t, err)
}

// ByteLimit is the bound Summarize applies: a text of that many bytes is
// summarized and one byte more is refused.
func TestByteLimit(t *testing.T) {
	tests := []struct {
		name     string
		maxBytes int
		want     int
	}{
		{"default", 0, summarize.DefaultMaxBytes},
		{"set", 64, 64},
		{"no bound", -1, -1},
		{"any negative is no bound", -7, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := summarize.Summarizer{MaxBytes: tt.maxBytes}
			assert.Equal(t, tt.want, s.ByteLimit())
		})
	}
	t.Run("what Summarize refuses", func(t *testing.T) {
		text := "هذه جملة عربية تامة."
		s := summarize.Summarizer{MaxBytes: len(text)}
		_, err := s.Summarize(text)
		require.NoError(t, err)
		_, err = s.Summarize(text + " ")
		assert.ErrorIs(t, err, summarize.ErrTooLarge)
		assert.Equal(t, len(text), s.ByteLimit())
	})
}

func TestConcurrentUse(t *testing.T) {
	text := readSeed(t)
	s := &summarize.Summarizer{MaxSentences: 2}
	want, err := s.Summarize(text)
	require.NoError(t, err)
	const workers = 16
	got := make([]summarize.Summary, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for i := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				got[i], errs[i] = s.Summarize(text)
			}
		}()
	}
	wg.Wait()
	for i := range workers {
		require.NoError(t, errs[i])
		assert.Equal(t, want, got[i], "goroutine %d", i)
	}
}

func FuzzSummarize(f *testing.F) {
	f.Add(readSeed(f), 0, 0, false)
	f.Add(readSeed(f), 0, 30, true)
	for _, s := range []string{"", "جملة. جملة. أخرى؟", "عنوان\nنص طويل هنا.", "\xff\xfe.", "ا. ا. ا.", "\x00\x00", "a.b.c. d", "وقال الوزير إن الوضع صعب. وأضاف أن الحل قريب. وهو أمر مهم. لكنه لم يوضح.",
		"<p>جملة أولى.</p>\n<p>جملة <b>ثانية</b>.</p>", "ط§ظ„ط\u00adظƒظˆظ…ط©. ط¬ظ…ظ„ط©.", ".ةيناث ةلمج .ىلوأ ةلمج", "&#1575;&#1604;\\u0627%D8%A7. جملة.",
		`{"title":"ع","text":"جملة أولى. جملة ثانية."}`, "%PDF-1.4 جملة.", "'''ع''' جملة [[أ|ب]] و[[ج]].\n== د ==\nجملة.", "id,title,text\n1,ع,جملة أولى.\n", "<rss><channel><item><title>ع</title><description>جملة.</description></item></channel></rss>",
		"عنوان\n\nالقاهرة (رويترز) - أعلنت الحكومة خطة جديدة. وقال الوزير إن الخطة جيدة."} {
		f.Add(s, 1, 5, false)
		f.Add(s, 3, 2, true)
	}
	f.Fuzz(func(t *testing.T, text string, maxSentences, maxWords int, fill bool) {
		s := summarize.Summarizer{MaxSentences: maxSentences % 6, MaxWords: maxWords % 200, Fill: fill}
		if s.MaxSentences < 0 {
			s.MaxSentences = -s.MaxSentences
		}
		sum, err := s.Summarize(text)
		if err != nil {
			require.True(t, errors.Is(err, summarize.ErrNoSentences) || errors.Is(err, summarize.ErrEncoding) || errors.Is(err, summarize.ErrVisualOrder) || errors.Is(err, summarize.ErrEscaped) || errors.Is(err, summarize.ErrSubtitles) || errors.Is(err, summarize.ErrJSON) || errors.Is(err, summarize.ErrFeed) || errors.Is(err, summarize.ErrDocument) || errors.Is(err, summarize.ErrCSV) || errors.Is(err, summarize.ErrWikitext), "unexpected error %v", err)
			if checked := s.Check(text); checked != nil {
				assert.Equal(t, checked.Error(), err.Error(), "Check refuses as Summarize does")
			} else {
				assert.ErrorIs(t, err, summarize.ErrNoSentences, "Check let through what Summarize refused")
			}
			if !tokenize.IsJSON(text) {
				assert.NotErrorIs(t, err, summarize.ErrJSON, "refused as JSON, which tokenize.Articles does not read")
			}
			// A PDF and an old Word file are refused by their signatures.
			if !tokenize.IsOffice(text) && !strings.HasPrefix(text, "%PDF-") && !strings.HasPrefix(text, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") {
				assert.NotErrorIs(t, err, summarize.ErrDocument, "refused as a document, with none's signature")
			}
			if !tokenize.IsFeed(text) {
				assert.NotErrorIs(t, err, summarize.ErrFeed, "refused as a feed, which tokenize.Articles does not read")
			}
			if !tokenize.IsCSV(text) {
				assert.NotErrorIs(t, err, summarize.ErrCSV, "refused as a table, which tokenize.Articles does not read")
			}
			if !tokenize.IsWikitext(text) {
				assert.NotErrorIs(t, err, summarize.ErrWikitext, "refused as wikitext, which tokenize.IsWikitext does not tell")
			}
			if _, ok := tokenize.Subtitles(text); !ok {
				assert.NotErrorIs(t, err, summarize.ErrSubtitles, "refused as subtitles, which tokenize.Subtitles does not take out")
			}
			if bad, _ := tokenize.NotText(text); bad == 0 {
				assert.NotErrorIs(t, err, summarize.ErrEncoding, "refused as not UTF-8, with every character text")
			}
			if back, forward := tokenize.Backwards(text); back <= forward {
				assert.NotErrorIs(t, err, summarize.ErrVisualOrder, "refused as visual order, with no more words backwards than forwards")
			}
			if escaped, arabic := tokenize.Escaped(text); escaped <= arabic {
				assert.NotErrorIs(t, err, summarize.ErrEscaped, "refused as escaped, with no more Arabic escaped than not")
			}
			return
		}
		assert.NoError(t, s.Check(text), "Check refuses what Summarize summarizes")
		limit := s.MaxSentences
		if limit == 0 {
			limit = summarize.DefaultMaxSentences
		}
		require.NotEmpty(t, sum.Sentences)
		assert.LessOrEqual(t, len(sum.Sentences), limit)
		words := 0
		prevEnd, prevIndex := -1, -1
		for _, x := range sum.Sentences {
			require.GreaterOrEqual(t, x.Start, 0)
			require.LessOrEqual(t, x.End, len(text))
			assert.Equal(t, text[x.Start:x.End], x.Text)
			assert.GreaterOrEqual(t, x.Start, prevEnd, "in document order, no overlap (adjacent spans are fine: \"A!000\")")
			assert.Greater(t, x.Index, prevIndex)
			prevEnd, prevIndex = x.End, x.Index
			words += countWords(x.Text)
		}
		wordCap := s.MaxWords
		if wordCap == 0 {
			wordCap = summarize.DefaultMaxWords
		}
		if wordCap > 0 && len(sum.Sentences) > 1 {
			longest := 0
			for _, x := range sum.Sentences {
				longest = max(longest, countWords(x.Text))
			}
			if fill {
				// The last sentence taken began under the budget, and it is
				// no longer than the longest.
				assert.Less(t, words-longest, wordCap, "filled up to the word budget, not past it by more than a sentence")
			} else {
				assert.LessOrEqual(t, 2*words, 2*wordCap+longest, "within half a sentence of the word budget")
			}
		}
		again, err := s.Summarize(text)
		require.NoError(t, err)
		assert.Equal(t, sum, again, "same input, same output")
	})
}

func ExampleSummarizer_Summarize() {
	text := `ارتفاع أسعار النفط
ارتفعت أسعار النفط اليوم بعد قرار الدول المنتجة خفض الإنتاج. وقال محللون إن الأسعار قد تواصل الارتفاع.
وفي سياق آخر، افتتح معرض للكتاب في المدينة.`
	var s summarize.Summarizer // the zero value works: at most 3 sentences and 100 words
	s.MaxSentences = 1
	sum, err := s.Summarize(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(sum.Title)
	fmt.Println(sum)
	// Output:
	// ارتفاع أسعار النفط
	// ارتفعت أسعار النفط اليوم بعد قرار الدول المنتجة خفض الإنتاج.
}

// MaxWords shapes a summary of whole sentences: the best one always comes,
// then the next best while each ends within half of itself past the
// budget; the first that would run further ends the summary, and no
// lesser sentence is let in for being short.
func ExampleSummarizer_Summarize_maxWords() {
	text := "افتتح وزير الثقافة اليوم معرض الكتاب الدولي في دورته الجديدة. " +
		"ويشارك في المعرض هذا العام أكثر من خمسمئة دار نشر من عشرين دولة عربية وأجنبية. " +
		"تصوير: رويترز."
	for _, words := range []int{5, 15, 20} {
		s := summarize.Summarizer{Method: summarize.Lead, MaxWords: words}
		sum, _ := s.Summarize(text)
		fmt.Printf("%d: %d sentences, %d words\n", words, len(sum.Sentences), len(strings.Fields(sum.String())))
	}
	// Output:
	// 5: 1 sentences, 10 words
	// 15: 1 sentences, 10 words
	// 20: 2 sentences, 25 words
}

// A sentence that refers to the one before it («ومع ذلك»، "even so") comes
// only right after that sentence, even from a model that ranks it first;
// with room for one sentence, the next best comes instead.
func ExampleSummarizer_Summarize_referringBack() {
	text := "أعلنت الحكومة خطة جديدة لدعم المزارعين في المناطق الريفية.\n" +
		"وتشمل الخطة قروضا ميسرة وبذورا محسنة.\n" +
		"ومع ذلك، يرى المزارعون أن الدعم لا يكفي لتعويض خسائر الجفاف."
	var backwards summarize.Model // ranks the text's sentences from the last one up
	backwards.Weights[summarize.FeatRelative] = 1
	for _, n := range []int{1, 2} {
		s := summarize.Summarizer{Model: &backwards, MaxSentences: n, MaxWords: -1}
		sum, err := s.Summarize(text)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(sum)
	}
	// Output:
	// وتشمل الخطة قروضا ميسرة وبذورا محسنة.
	// وتشمل الخطة قروضا ميسرة وبذورا محسنة. ومع ذلك، يرى المزارعون أن الدعم لا يكفي لتعويض خسائر الجفاف.
}

// A server reads a request body no further than the Summarizer would
// accept: the rest could not be summarized, so it is never held in memory.
func ExampleSummarizer_ByteLimit() {
	s := summarize.Summarizer{MaxBytes: 1 << 10}
	body := strings.NewReader(strings.Repeat("جملة. ", 1000)) // 6,000 bytes
	text, err := io.ReadAll(io.LimitReader(body, int64(s.ByteLimit())+1))
	if err != nil {
		panic(err)
	}
	_, err = s.Summarize(string(text))
	fmt.Println(len(text), errors.Is(err, summarize.ErrTooLarge))
	// Output:
	// 1025 true
}

func ExampleSummarizer_Summarize_error() {
	var s summarize.Summarizer
	_, err := s.Summarize("   ")
	fmt.Println(errors.Is(err, summarize.ErrNoSentences), err)
	// Output:
	// true summarize: no sentences in text
}

// Subtitles are refused as they come; their spoken text is summarized.
func ExampleSummarizer_Summarize_subtitles() {
	vtt := "WEBVTT\n\n00:01.000 --> 00:04.200\nرفعت الحكومة أسعار الوقود\n\n" +
		"00:04.300 --> 00:08.900\nبنسبة عشرة في المئة. واحتج المواطنون.\n"
	var s summarize.Summarizer
	_, err := s.Summarize(vtt)
	fmt.Println(errors.Is(err, summarize.ErrSubtitles))

	spoken, _ := tokenize.Subtitles(vtt)
	sum, err := (&summarize.Summarizer{MaxSentences: 1}).Summarize(spoken)
	fmt.Println(sum, err)
	// Output:
	// true
	// رفعت الحكومة أسعار الوقود بنسبة عشرة في المئة. <nil>
}

// A file from an older Arabic archive comes in Windows-1256: it is refused
// until it is decoded, then summarized.
func ExampleSummarizer_Summarize_encoding() {
	file, _ := charmap.Windows1256.NewEncoder().String("افتتح الوزير معرض الكتاب في عمان. وشارك فيه ثلاثمئة ناشر.")
	var s summarize.Summarizer
	_, err := s.Summarize(file)
	fmt.Println(errors.Is(err, summarize.ErrEncoding))

	text, err := charmap.Windows1256.NewDecoder().String(file)
	if err != nil {
		panic(err)
	}
	sum, err := s.Summarize(text)
	fmt.Println(sum, err)
	// Output:
	// true
	// افتتح الوزير معرض الكتاب في عمان. وشارك فيه ثلاثمئة ناشر. <nil>
}

// TestPageChromeNotTaken: a page copied whole, its <title> with the site's
// name, a notice of two sentences and a menu, then its headline again over
// the story (see tokenize.HeadedSentences). The notice opened the summary;
// now the story's lead does, by each method, the headline its title.
func TestPageChromeNotTaken(t *testing.T) {
	const (
		headline = "الحكومة تعلن خطة جديدة للطاقة الشمسية"
		lead     = "أعلنت الحكومة اليوم خطة جديدة لبناء محطات للطاقة الشمسية في ثلاث مناطق خلال السنوات الخمس المقبلة."
	)
	text := headline + " | موقع الأخبار\n" +
		"نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. بمتابعة التصفح فإنك توافق على سياسة الخصوصية.\n" +
		"الرئيسية\nأخبار\nاقتصاد\n" +
		headline + "\n" + lead + "\n" +
		"وقال وزير الطاقة إن الخطة ستوفر آلاف فرص العمل وتخفض فاتورة الكهرباء على المواطنين.\n" +
		"وأضاف أن الحكومة ستطرح مناقصات للشركات المحلية والأجنبية في الربع الأول من العام المقبل."
	for _, m := range []summarize.Method{summarize.Auto, summarize.TextRank, summarize.Lead} {
		sum, err := (&summarize.Summarizer{Method: m}).Summarize(text)
		require.NoError(t, err)
		require.NotEmpty(t, sum.Sentences)
		assert.Equal(t, lead, sum.Sentences[0].Text, "method %v", m)
		assert.NotContains(t, sum.String(), "ملفات تعريف الارتباط", "method %v", m)
		assert.Equal(t, headline, sum.Title, "method %v", m)
	}
}

// TestTickerNotTaken: a ticker of other stories' headlines on one line,
// set apart by bars or by the site's name in Latin letters, above the story, as a page copied whole has it (see
// tokenize.Sentences). It was the summary's first sentence, or, short, its
// title.
func TestTickerNotTaken(t *testing.T) {
	const (
		headline = "الحكومة تقر خطة لدعم المزارعين"
		lead     = "أعلنت الحكومة اليوم خطة جديدة لدعم المزارعين في المناطق الريفية بعد موسم جاف أضر بالمحاصيل."
		story    = lead + " وقالت وزارة الزراعة إن الخطة تشمل قروضا ميسرة وبذورا محسنة.\nوقال مزارعون إن الدعم جاء متأخرا لكنه ضروري."
	)
	tests := []struct{ name, text, title string }{
		{"a long ticker over the headline", "الأحد 22 تموز 2018 | 17:59\n" +
			"الرئيس يدعو إلى حوار وطني شامل | البرلمان يقر قانون الانتخابات الجديد بعد جلسة طويلة | الجيش ينتشر في المدينة لتطويق الإشكال | حريق كبير في منطقة صناعية شمال العاصمة (صورة) | المعارضة: لن نشارك في الحكومة المقبلة\n" +
			headline + "\n" + story, headline},
		{"a short ticker over the story", "وزير المالية يعلن موازنة جديدة | الأمطار تغلق الطرق في الشمال | المنتخب يفوز في مباراة ودية | أسعار الذهب ترتفع مع ضعف الدولار\n" +
			story, ""},
		{"the site's name between the headlines", "2026-03-02 - الاثنين\n" +
			"الدوري المحلي: فوز صعب لفريق العاصمة على ضيفه akhbarna الشرطة: القبض على مطلوب في مدينة الشمال akhbarna أمطار غزيرة متوقعة في المرتفعات غدا akhbarna دراسة: المشي نصف ساعة يوميا يحمي القلب akhbarna افتتاح قسم جديد للطوارئ\n" +
			headline + "\n" + story, headline},
	}
	for _, tt := range tests {
		for _, m := range []summarize.Method{summarize.Auto, summarize.TextRank, summarize.Lead} {
			sum, err := (&summarize.Summarizer{Method: m}).Summarize(tt.text)
			require.NoError(t, err)
			require.NotEmpty(t, sum.Sentences)
			assert.Equal(t, lead, sum.Sentences[0].Text, "%s, method %v", tt.name, m)
			assert.NotContains(t, sum.String(), "|", "%s, method %v", tt.name, m)
			assert.NotContains(t, sum.String(), "akhbarna", "%s, method %v", tt.name, m)
			assert.Equal(t, tt.title, sum.Title, "%s, method %v", tt.name, m)
		}
	}
}

// TestCaptionNotTaken: a photo's caption between the headline and the
// story, longer than a heading, with its credit at its end («(واس)»), as a
// page copied whole has it (see tokenize.Sentences). It opened the
// summary; now the story's lead does.
func TestCaptionNotTaken(t *testing.T) {
	const lead = "وجهت الحكومة باستمرار الدعم الإضافي المقدم لمستفيدي البرنامج لمدة ثلاثة أشهر إضافية وحتى دفعة شهر مارس المقبل."
	text := "السعودية: تمديد الدعم الإضافي لمستفيدي برنامج الدعم 3 أشهر\n\n" +
		"وزير المالية ورئيس مجلس الإدارة خلال اجتماع المجلس في العاصمة أمس لبحث تمديد برنامج الدعم (واس)\n\n" +
		lead + "\n" +
		"وقال الوزير إن البرنامج يخدم أكثر من عشرة ملايين مستفيد في مناطق المملكة كافة."
	for _, m := range []summarize.Method{summarize.Auto, summarize.Lead} {
		sum, err := (&summarize.Summarizer{Method: m}).Summarize(text)
		require.NoError(t, err)
		require.NotEmpty(t, sum.Sentences)
		assert.Equal(t, lead, sum.Sentences[0].Text, "method %v", m)
		assert.NotContains(t, sum.String(), "(واس)", "method %v", m)
	}
	// A photo's note wholly in parentheses, a period after it, under the
	// headline: «(تعبيرية - "النهار").» ("illustrative").
	noted := "الحكومة تقر خطة طوارئ لمواجهة أزمة الكهرباء\n(تعبيرية - \"النهار\").\n" + lead + "\n(يتبع)."
	for _, m := range []summarize.Method{summarize.Auto, summarize.Lead} {
		sum, err := (&summarize.Summarizer{Method: m, MaxSentences: 3}).Summarize(noted)
		require.NoError(t, err)
		assert.Equal(t, lead, sum.String(), "method %v", m)
	}
}

// TestCommentsNotTaken: a short story copied with its readers' comments
// under it, below the line that says so. A summary with room for more
// sentences than the story has took the comments; now it is the story.
func TestCommentsNotTaken(t *testing.T) {
	const story = "أعلنت وزارة الصحة اليوم الأحد افتتاح مستشفى حكومي جديد في مدينة الزرقاء بسعة مئتي سرير.\n\n" +
		"وقال الوزير في مؤتمر صحفي إن المستشفى سيخدم أكثر من نصف مليون مواطن في المحافظة.\n\n" +
		"وأضاف أن كلفة المشروع بلغت نحو ثلاثين مليون دينار مولتها الحكومة بالكامل."
	text := "وزارة الصحة تعلن افتتاح مستشفى جديد في مدينة الزرقاء\n\n" + story + "\n\nالتعليقات (3)\n\n" +
		"أحمد منذ ساعتين\nخطوة ممتازة ونتمنى أن تشمل باقي المحافظات أيضا.\n\n" +
		"سامي منذ 3 ساعات\nالمهم أن يتوفر فيه أطباء وممرضون بعدد كاف وليس المبنى فقط.\n\nأضف تعليقك"
	for _, m := range []summarize.Method{summarize.Auto, summarize.Lead, summarize.TextRank} {
		sum, err := (&summarize.Summarizer{Method: m, MaxSentences: 6, MaxWords: 300}).Summarize(text)
		require.NoError(t, err)
		assert.Equal(t, strings.ReplaceAll(story, "\n\n", " "), sum.String(), "method %v", m)
	}
}

// TestInterviewQuestionsNotTaken: an interview sets its questions apart
// with a mark («* ما هي…؟», «س: …؟»), and the answers under them are the
// news. The summary opened with the interviewer's question; now it is the
// answers. One question so marked, or questions that a live blog stamps
// with their time, are the text's as before, and a text of questions alone
// is summarized by one.
func TestInterviewQuestionsNotTaken(t *testing.T) {
	const (
		head    = "وزير الطاقة: الكهرباء ستصل إلى كل القرى خلال عامين\n\n"
		q1      = "ما هي خطة الوزارة لمواجهة انقطاع الكهرباء في الصيف المقبل في المدن والقرى؟ وهل ستلجأ إلى رفع الأسعار؟"
		a1      = "لدينا خطة من ثلاث مراحل تبدأ بصيانة المحطات القديمة ثم ربط الشبكة بالدول المجاورة."
		q2      = "متى ستنتهي المرحلة الأولى من الخطة؟"
		a2      = "نتوقع أن تنتهي قبل نهاية الربيع المقبل، وقد رصدنا لها مئتي مليون دينار."
		answers = a1 + " " + a2
	)
	first := q1[:strings.Index(q1, "؟")+len("؟")]
	tests := []struct {
		name, text string
		opens      string // the summary's first sentence
		asks       bool   // whether a question is taken
	}{
		{"questions marked with an asterisk, answers with a dash", head + "* " + q1 + "\n- " + a1 + "\n\n* " + q2 + "\n- " + a2, a1, false},
		{"…with a square", head + "■ " + q1 + "\n" + a1 + "\n■ " + q2 + "\n" + a2, a1, false},
		{"«س:» and «ج:», which tokenize leaves out", head + "س: " + q1 + "\nج: " + a1 + "\nس/ " + q2 + "\nج/ " + a2, a1, false},
		{"«سؤال:»", head + "سؤال: " + q1 + "\n" + a1 + "\nسؤال: " + q2 + "\n" + a2, a1, false},
		{"…with a star, a list's mark as tokenize reads one (tokenize.ListMark)", head + "★ " + q1 + "\n" + a1 + "\n★ " + q2 + "\n" + a2, a1, false},
		{"«سـ -», a label as tokenize reads one (tokenize.QuestionLabel)", head + "سـ - " + q1 + "\n" + a1 + "\nسـ - " + q2 + "\n" + a2, a1, false},
		{"one question so marked is the text's", head + "* " + q1 + "\n" + a1 + "\n" + a2, first, true},
		{"questions that a live blog stamps are its entries", head + "10:45 - " + q1 + "\n10:30 - " + a1 + "\n10:15 - " + q2 + "\n10:00 - " + a2, first, true},
		{"…with a bullet before the time", head + "• 10:45 – " + q1 + "\n• 10:30 – " + a1 + "\n• 10:15 – " + q2 + "\n• 10:00 – " + a2, first, true},
		{"a wire's dateline before a question, which opens with «س», is no label", head + "سيدني (رويترز) - " + q1 + "\n" + a1 + "\n* " + q2 + "\n" + a2, first, true},
		{"a line that asks and tells is no question", head + "* " + q2 + " " + a2 + "\n* " + q1 + "\n" + a1, q2, true},
		{"questions alone: one is the summary", head + "* " + q1 + "\n* " + q2, first, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, m := range []summarize.Method{summarize.Auto, summarize.Lead} {
				sum, err := (&summarize.Summarizer{Method: m, MaxSentences: 2, MaxWords: 200}).Summarize(tt.text)
				require.NoError(t, err)
				require.NotEmpty(t, sum.Sentences)
				assert.Equal(t, tt.opens, sum.Sentences[0].Text, "method %v", m)
				assert.Equal(t, tt.asks, strings.Contains(sum.String(), "؟"), "method %v: %s", m, sum)
			}
		})
	}
}

// TestRelatedStoriesNotTaken: other stories' headlines, in a box under a
// line that titles it («اقرأ أيضاً:», «أخبار ذات صلة»), are not taken
// into a short story's summary, by any method, whether they ask, an
// ellipsis cuts them or they run past a heading's words, and whether the
// box stands between the story's paragraphs or under them. The default
// summary of a story of two sentences took the third in the box before
// 2026-12-07, and one with room for more took them all.
func TestRelatedStoriesNotTaken(t *testing.T) {
	const (
		head   = "وزارة الصحة تطلق حملة وطنية للتطعيم ضد الإنفلونزا\n\n"
		lead   = "أطلقت وزارة الصحة اليوم حملة وطنية للتطعيم ضد الإنفلونزا الموسمية تستهدف كبار السن والأطفال."
		second = "وقال المتحدث باسم الوزارة إن الحملة تستمر ستة أسابيع وتشمل ألف مركز صحي في المحافظات."
		box    = "هل تحمي لقاحات الإنفلونزا من المضاعفات لدى كبار السن؟\nالصحة العالمية تحذر من موسم إنفلونزا شديد هذا العام...\n" +
			"ارتفاع عدد الإصابات بالإنفلونزا في المدارس الحكومية والخاصة خلال الشهر الماضي في ثلاث محافظات\n"
	)
	tests := []struct{ name, text string }{
		{"a box under the story", head + lead + "\n" + second + "\n\nأخبار ذات صلة\n" + box},
		{"…titled «اقرأ أيضاً:»", head + lead + "\n" + second + "\n\nاقرأ أيضاً:\n" + box},
		{"a box between its paragraphs", head + lead + "\n\nاقرأ أيضاً:\n" + box + "\n" + second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, m := range []summarize.Method{summarize.Auto, summarize.TextRank, summarize.Lead} {
				for _, s := range []summarize.Summarizer{{Method: m}, {Method: m, MaxSentences: 6, MaxWords: 300}} {
					sum, err := s.Summarize(tt.text)
					require.NoError(t, err)
					assert.Equal(t, lead+" "+second, sum.String(), "method %v, %d sentences", m, s.MaxSentences)
				}
			}
		})
	}
}
