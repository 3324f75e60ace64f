package evaluate_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/summarize/evaluate"
	"github.com/talkhis/talkhis/summarize/rouge"
)

func TestUnglue(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		refs, want []string
		split      int
	}{
		{
			name:  "a word glued across the text's line break is split",
			text:  "رفعت الحكومة أسعار\nالوقود اليوم.",
			refs:  []string{"رفعت الحكومة أسعارالوقود اليوم."},
			want:  []string{"رفعت الحكومة أسعار الوقود اليوم."},
			split: 1,
		},
		{
			name:  "typed without hamza, as half of EASC's references are, a comma after it",
			text:  "تبدأ الغرفة تنفيذ برامجها التدريبية\nالنسائية يوم الأحد.",
			refs:  []string{"تبدا الغرفة تنفيذ برامجها التدريبيةالنسائية، يوم الاحد."},
			want:  []string{"تبدا الغرفة تنفيذ برامجها التدريبية النسائية، يوم الاحد."},
			split: 1,
		},
		{
			name:  "across a blank line too",
			text:  "رفعت الحكومة أسعار\n\nالوقود اليوم.",
			refs:  []string{"رفعت الحكومة أسعارالوقود اليوم."},
			want:  []string{"رفعت الحكومة أسعار الوقود اليوم."},
			split: 1,
		},
		{
			name:  "each reference, its blanks as they were",
			text:  "رفعت الحكومة أسعار\nالوقود اليوم، وقال الوزير\nإن السعر ثابت.",
			refs:  []string{"رفعت الحكومة أسعارالوقود اليوم.", "وقال الوزيرإن السعر ثابت.  رفعت الحكومة\tأسعارالوقود"},
			want:  []string{"رفعت الحكومة أسعار الوقود اليوم.", "وقال الوزير إن السعر ثابت.  رفعت الحكومة\tأسعار الوقود"},
			split: 3,
		},
		{
			name:  "glued twice in one field, and once split already",
			text:  "رفعت الحكومة أسعار\nالوقود اليوم.",
			refs:  []string{"أسعارالوقود،أسعارالوقود (أسعار الوقود)"},
			want:  []string{"أسعار الوقود،أسعار الوقود (أسعار الوقود)"},
			split: 2,
		},
		{
			name:  "a run too long to be two words is kept",
			text:  strings.Repeat("ب", 70) + "\n" + strings.Repeat("ت", 70) + " اليوم.",
			refs:  []string{strings.Repeat("ب", 70) + strings.Repeat("ت", 70) + " اليوم."},
			want:  []string{strings.Repeat("ب", 70) + strings.Repeat("ت", 70) + " اليوم."},
			split: 0,
		},
		{
			name:  "a join that is a word of the text is kept",
			text:  "جلس في\nها هنا. ونام فيها.",
			refs:  []string{"جلس فيها هنا."},
			want:  []string{"جلس فيها هنا."},
			split: 0,
		},
		{
			name:  "a join of words that are not at the line break is kept",
			text:  "رفعت الحكومة أسعار الوقود\nاليوم.",
			refs:  []string{"رفعت الحكومة أسعارالوقود اليوم."},
			want:  []string{"رفعت الحكومة أسعارالوقود اليوم."},
			split: 0,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			refs := slices.Clone(tc.refs)
			d := evaluate.Document{ID: "d", Text: tc.text, Summaries: refs}
			got, n := evaluate.Unglue(d)
			assert.Equal(t, tc.split, n)
			assert.Equal(t, tc.want, got.Summaries)
			assert.Equal(t, tc.refs, d.Summaries, "the document given is left as it was")
			assert.Equal(t, d.Text, got.Text)
		})
	}
}

func TestUnglueLongReference(t *testing.T) {
	// 20,000 glued words with a comma after each and no blank: one run of
	// 240 KB between blanks, each word split in its own place, where
	// trying every place of the run for each word would not end.
	d := evaluate.Document{ID: "d", Text: "رفعت الحكومة أسعار\nالوقود اليوم.", Summaries: []string{strings.Repeat("أسعارالوقود،", 20000)}}
	got, n := evaluate.Unglue(d)
	assert.Equal(t, 20000, n)
	assert.Equal(t, strings.Repeat("أسعار الوقود،", 20000), got.Summaries[0])
}

func TestUnglueScores(t *testing.T) {
	// The text's first line, glued to the second in the reference, scores
	// 2·2/(2+3) against it as given, and its two words of the reference's
	// four, 2·2/(2+4), once the glue is undone.
	d := evaluate.Document{ID: "d", Text: "رفعت أسعار\nالوقود اليوم.", Summaries: []string{"رفعت أسعارالوقود اليوم."}}
	var s rouge.Scorer
	assert.InDelta(t, 0.4, s.Score("رفعت أسعار", d.Summaries...).R1.F1, 1e-9)
	u, _ := evaluate.Unglue(d)
	assert.InDelta(t, 4.0/6, s.Score("رفعت أسعار", u.Summaries...).R1.F1, 1e-9)
}

func TestAnalyzeVotesReferenceFlaws(t *testing.T) {
	// The second sentence runs over a line break. The first reference
	// glues the two lines; the second ends three sentences in the middle
	// of a word, as EASC's tool cut long sentences, two of them within two
	// characters of the longest and one three short of it; the third is whole, a decimal and a run
	// of marks inside its sentences.
	const (
		longest = "شارك ثلاثمئة ناشر عربي في المعر"
		near    = "شارك ثلاثمئة ناشر عربي في الم"
		far     = "شارك ثلاثمئة ناشر عربي في ال"
	)
	require.Equal(t, 31, len([]rune(longest)))
	require.Equal(t, 29, len([]rune(near)))
	require.Equal(t, 28, len([]rune(far)))
	doc := evaluate.Document{
		ID:   "flaws",
		Text: "افتتح الوزير معرض الكتاب. شارك ثلاثمئة ناشر\nعربي في المعرض. ينتهي المهرجان بعد أسبوعين. ارتفعت المبيعات 3.5 في المئة.",
		Summaries: []string{
			"افتتح الوزير معرض الكتاب. شارك ثلاثمئة ناشرعربي في المعرض.",
			longest + " .  " + near + ". ينتهي المهرجان بعد أسبوعين. " + far + ".",
			"افتتح الوزير معرض الكتاب؟! ارتفعت المبيعات 3.5 في المئة..",
		},
	}
	got, err := evaluate.AnalyzeVotes(context.Background(), []evaluate.Document{doc}, nil)
	require.NoError(t, err)
	assert.Equal(t, 1, got.Glued, "glued")
	assert.Equal(t, 9+22+10, got.Tokens, "tokens, the glued word one")
	assert.Equal(t, 3, got.Cut, "cut")
	assert.Equal(t, 2+4+2, got.Sentences, "sentences")
	assert.Equal(t, 31, got.CutLength, "the longest cut sentence, without its mark and the space before it")
	assert.Equal(t, 2, got.AtCutLength, "within two characters of it")
}

// FuzzUnglue: whatever the text and reference, Unglue only puts spaces
// into the reference, one a split, inside its tokens: the tokens joined
// end to end are the same, there are as many more as it split, and a
// second pass splits nothing.
func FuzzUnglue(f *testing.F) {
	f.Add("رفعت الحكومة أسعار\nالوقود اليوم.", "رفعت الحكومة أسعارالوقود اليوم.")
	f.Add("تبدأ الغرفة التدريبية\nالنسائية يوم الأحد.", "تبدا الغرفة التدريبيةالنسائية، التدريبيةالنسائية")
	f.Add("جلس في\nها هنا. ونام فيها.", "جلس فيها هنا.")
	f.Add("a\n\nb\nc", "ab bc\tabc")
	f.Fuzz(func(t *testing.T, text, ref string) {
		d := evaluate.Document{ID: "f", Text: text, Summaries: []string{ref}}
		got, n := evaluate.Unglue(d)
		require.Len(t, got.Summaries, 1)
		out := got.Summaries[0]
		assert.Equal(t, ref, d.Summaries[0], "the document given is left as it was")
		assert.Equal(t, len(ref)+n, len(out), "one byte a split")
		assert.Equal(t, strings.ReplaceAll(ref, " ", ""), strings.ReplaceAll(out, " ", ""), "spaces alone are put in")
		before, after := rouge.Tokens(ref), rouge.Tokens(out)
		assert.Equal(t, len(before)+n, len(after), "a token more a split")
		assert.Equal(t, strings.Join(before, ""), strings.Join(after, ""), "the same letters in the same order")
		_, again := evaluate.Unglue(got)
		assert.Zero(t, again, "a second pass splits nothing")
	})
}

func TestAnalyzeVotesHoldsACutSentence(t *testing.T) {
	// A short sentence, and one of 36 words, some 180 letters. Two
	// references hold the long one cut in the middle of a word past its
	// first 150 letters, as EASC's references hold long sentences; the
	// third holds only its first 90 letters or so, and the short one whole.
	long := "افتتح وزير الثقافة صباح اليوم معرض الكتاب الدولي في دورته الخامسة والعشرين بمشاركة ثلاثمئة وخمسين ناشرا من عشرين دولة عربية وأجنبية وسط حضور كبير من الكتاب والمثقفين والطلاب الذين توافدوا منذ الساعات الأولى على أجنحة المعرض المختلفة في قاعات المدينة"
	short := "ينتهي المهرجان بعد أسبوعين."
	r := []rune(long)
	cutLong, cutShort := string(r[:200]), string(r[:110])
	require.Greater(t, len(lettersOf(cutLong)), 150)
	require.Less(t, len(lettersOf(cutShort)), 150)
	doc := evaluate.Document{
		ID:        "cut",
		Text:      short + " " + long + ".",
		Summaries: []string{cutLong + ".", cutLong + ".", cutShort + ". " + short},
	}
	got, err := evaluate.AnalyzeVotes(context.Background(), []evaluate.Document{doc}, nil)
	require.NoError(t, err)
	assert.Equal(t, 3, got.Held, "two hold the long sentence, cut; the third the short one")
	// Two votes for the long sentence, one for the short: ranked by votes,
	// the long one fills the budget alone, which Lead fills with the short
	// one and most of the long one.
	assert.Greater(t, got.Votes, got.Lead+1)

	doc.Summaries = []string{cutShort + "."}
	got, err = evaluate.AnalyzeVotes(context.Background(), []evaluate.Document{doc}, nil)
	require.NoError(t, err)
	assert.Zero(t, got.Held, "its first 90 letters or so are too few to say")
}

// lettersOf is the sentence's letters and digits as AnalyzeVotes compares
// them, normalized and run together.
func lettersOf(s string) []rune { return []rune(strings.Join(rouge.Tokens(s), "")) }
