package evaluate_test

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/evaluate"
)

// byPosition ranks the earlier sentence higher, so that the model's next
// choice after the first is the second.
var byPosition = &summarize.Model{Weights: summarize.Features{summarize.FeatPosition: 1}}

func TestAnalyzeLead(t *testing.T) {
	// The reference is the first sentence: R1 100 for it, 0 for the second.
	leadIsBest := evaluate.Document{
		ID:        "lead",
		Text:      "افتتح الوزير معرض الكتاب في عمان. وشارك ثلاثمئة ناشر من عشرين دولة.",
		Summaries: []string{"افتتح الوزير معرض الكتاب في عمان"},
	}
	// The reference copies the second sentence and shares nothing with the first.
	secondIsCopied := evaluate.Document{
		ID:        "second",
		Text:      "ارتفعت أسعار النفط اليوم. هبطت البورصة بعد الظهر.",
		Summaries: []string{"هبطت البورصة بعد الظهر"},
	}
	tests := []struct {
		name string
		docs []evaluate.Document
		want evaluate.LeadRoom
	}{
		{
			name: "one document where the lead is best, one where a later sentence is copied",
			docs: []evaluate.Document{leadIsBest, secondIsCopied},
			want: evaluate.LeadRoom{
				Docs: 2, Lead: 50, Best: 100, FirstBest: 1,
				Unrelated: 1, UnrelatedGain: 50, Copied: 1, CopiedGain: 50,
				Better: 1, Gain: 100, Worse: 1, Loss: 100,
			},
		},
		{
			name: "a cut before «فيما» drops two words the reference lacks",
			docs: []evaluate.Document{{
				ID:        "cut",
				Text:      "ارتفعت أسعار النفط اليوم، فيما هبطت البورصة.",
				Summaries: []string{"ارتفعت أسعار النفط اليوم"},
			}},
			// whole: precision 4/7, recall 1, F1 72.73; cut: 100
			want: evaluate.LeadRoom{
				Docs: 1, Lead: 800.0 / 11, Best: 800.0 / 11, FirstBest: 1,
				Cuts: []evaluate.CutWord{{Word: "فيما", Cuts: 1, Docs: 1, Gain: 100 - 800.0/11}},
			},
		},
		{
			name: "a cut before «و» after a comma keeps what the cut before the comma keeps, so it counts once",
			docs: []evaluate.Document{{
				ID:        "wa",
				Text:      "ارتفعت أسعار النفط اليوم، وهبطت البورصة.",
				Summaries: []string{"ارتفعت أسعار النفط اليوم"},
			}},
			want: evaluate.LeadRoom{
				Docs: 1, Lead: 80, Best: 80, FirstBest: 1,
				Cuts: []evaluate.CutWord{{Word: "وهبطت", Cuts: 1, Docs: 1, Gain: 20}},
			},
		},
		{
			name: "a document without a sentence is left out",
			docs: []evaluate.Document{{ID: "empty", Text: "  ", Summaries: []string{"شيء"}}, leadIsBest},
			want: evaluate.LeadRoom{Docs: 1, Lead: 100, Best: 100, FirstBest: 1, Worse: 1, Loss: 100},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := evaluate.AnalyzeLead(context.Background(), tc.docs, byPosition)
			require.NoError(t, err)
			const eps = 1e-9
			assert.Equal(t, tc.want.Docs, got.Docs, "docs")
			assert.InDelta(t, tc.want.Lead, got.Lead, eps, "lead")
			assert.InDelta(t, tc.want.Best, got.Best, eps, "best")
			assert.Equal(t, tc.want.FirstBest, got.FirstBest, "first best")
			assert.Equal(t, tc.want.Unrelated, got.Unrelated, "unrelated")
			assert.InDelta(t, tc.want.UnrelatedGain, got.UnrelatedGain, eps, "unrelated gain")
			assert.Equal(t, tc.want.Copied, got.Copied, "copied")
			assert.InDelta(t, tc.want.CopiedGain, got.CopiedGain, eps, "copied gain")
			assert.Equal(t, tc.want.Better, got.Better, "better")
			assert.InDelta(t, tc.want.Gain, got.Gain, eps, "gain")
			assert.Equal(t, tc.want.Worse, got.Worse, "worse")
			assert.InDelta(t, tc.want.Loss, got.Loss, eps, "loss")
			require.Len(t, got.Cuts, len(tc.want.Cuts))
			for i, w := range tc.want.Cuts {
				assert.Equal(t, w.Word, got.Cuts[i].Word)
				assert.Equal(t, w.Cuts, got.Cuts[i].Cuts)
				assert.Equal(t, w.Docs, got.Cuts[i].Docs)
				assert.InDelta(t, w.Gain, got.Cuts[i].Gain, eps)
			}
		})
	}
}

// The examples are the documents furthest under their best sentence, a
// few of each kind, kinds in order, ties by id; a document whose first
// sentence is best is none.
func TestLeadExamples(t *testing.T) {
	const first, second = "ارتفعت أسعار النفط اليوم.", "هبطت البورصة بعد الظهر بشدة."
	doc := func(id, text, ref string) evaluate.Document {
		return evaluate.Document{ID: id, Text: text, Summaries: []string{ref}}
	}
	docs := []evaluate.Document{
		doc("lead", first+" "+second, "ارتفعت أسعار النفط اليوم"),
		// the second sentence copied, the first sharing nothing: 100 over 0
		doc("d", first+" "+second, "هبطت البورصة بعد الظهر بشدة"),
		doc("b", first+" "+second, "هبطت البورصة بعد الظهر بشدة"),
		doc("c", first+" "+second, "هبطت البورصة بعد الظهر بشدة"),
		doc("a", first+" "+second, "هبطت البورصة بعد الظهر بشدة"),
		// a copy of 4 of its 5 words, 8/9: 88.89 over 0, under CopiedR1
		doc("unrelated", first+" "+second, "هبطت البورصة بعد الظهر"),
		// the first shares 1 word of its 4 with the 5 of the reference (F1
		// 2/9), the second 4 of its 5 (4/5)
		doc("closer", first+" "+second, "النفط هبطت البورصة بعد الظهر"),
	}
	got, err := evaluate.AnalyzeLead(context.Background(), docs, byPosition)
	require.NoError(t, err)
	const eps = 1e-9
	var ids, kinds []string
	for _, e := range got.Examples {
		ids = append(ids, e.ID)
		kinds = append(kinds, e.Kind)
	}
	assert.Equal(t, []string{"a", "b", "c", "unrelated", "closer"}, ids, "three of a kind, ties by id")
	assert.Equal(t, []string{evaluate.KindCopied, evaluate.KindCopied, evaluate.KindCopied, evaluate.KindUnrelated, evaluate.KindCloser}, kinds)
	require.Len(t, got.Examples, 5)
	a := got.Examples[0]
	assert.Equal(t, evaluate.LeadExample{ID: "a", Kind: evaluate.KindCopied, Sentences: 2, LeadWords: 4, Best: 1, BestR1: 100, Next: 1, NextR1: 100}, a)
	assert.InDelta(t, 100, a.Gain(), eps)
	c := got.Examples[4]
	assert.InDelta(t, 200.0/9, c.Lead, eps, "closer: the first sentence")
	assert.InDelta(t, 80, c.BestR1, eps, "closer: the second")
	assert.InDelta(t, 800.0/9, got.Examples[3].BestR1, eps, "unrelated: the second")
}

func TestLeadRoomArithmetic(t *testing.T) {
	// 10 documents, Lead 50; 2 where the next choice gains 40, 8 where it loses 10.
	r := evaluate.LeadRoom{Docs: 10, Lead: 50, Better: 2, Gain: 40, Worse: 8, Loss: 10}
	assert.InDelta(t, 58.0, r.Switched(), 1e-9, "switching exactly where it pays")
	assert.InDelta(t, 0.2, r.BreakEven(), 1e-9, "a right switch pays for four wrong ones")
	tests := []struct {
		name              string
		target, precision float64
		want              float64
	}{
		{"every switch right: half of the 2 documents give +4", 54, 1, 0.5},
		{"at 80 % right each right switch nets 40 − 10/4", 56, 0.8, 60.0 / 75},
		{"at the break-even precision nothing is gained", 51, 0.2, math.Inf(1)},
		{"past what switching everywhere right gives", 60, 1, 1.25},
		{"a target at Lead needs no switch", 50, 1, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.InDelta(t, tc.want, r.Recall(tc.target, tc.precision), 1e-9)
		})
	}
	assert.Zero(t, evaluate.LeadRoom{}.BreakEven(), "no document, no ratio")
}

func TestAnalyzeVotes(t *testing.T) {
	// Five sentences of four words that share none. Two references take
	// the 1st, 3rd and 5th; the third takes the 1st, 2nd and 4th, typed
	// without hamzas and with the spaces of a line break lost.
	doc := evaluate.Document{
		ID:   "votes",
		Text: "افتتح الوزير معرض الكتاب. شارك ثلاثمئة ناشر عربي. ينتهي المهرجان بعد أسبوعين. زار الطلاب الأجنحة صباحا. تبرعت الشركات بالكتب للمدارس.",
		Summaries: []string{
			"افتتح الوزير معرض الكتاب. ينتهي المهرجان بعد أسبوعين. تبرعت الشركات بالكتب للمدارس.",
			"افتتح الوزير معرض الكتاب. ينتهي المهرجان بعد أسبوعين. تبرعت الشركات بالكتب للمدارس.",
			"افتتح الوزير معرض الكتاب. شارك ثلاثمئة ناشرعربي. زار الطلاب الاجنحة صباحا.",
		},
	}
	got, err := evaluate.AnalyzeVotes(context.Background(), []evaluate.Document{doc}, byPosition)
	require.NoError(t, err)
	// The references have 12, 12 and 11 tokens (the joined word is one),
	// so the budget is 12: three sentences. The 1st, 3rd and 5th score 100,
	// 100 and 2·4/(12+11) against them; the first three 2·8/24 twice and
	// 2·6/(12+11).
	const eps = 1e-9
	lead := 100 * (2*16.0/24 + 12.0/23) / 3
	votes := 100 * (2 + 8.0/23) / 3
	assert.Equal(t, 1, got.Docs)
	assert.InDelta(t, lead, got.Lead, eps, "lead")
	assert.InDelta(t, votes, got.Votes, eps, "votes")
	assert.InDelta(t, lead, got.Model, eps, "a model by position ranks as Lead does")
	assert.InDelta(t, votes, got.Alternate, eps, "every other sentence is what two references took")
	// a and b agree fully and each meets c in the first sentence: 2·4/(12+11)
	assert.InDelta(t, 100*13.0/23, got.Human, eps, "human")
	assert.Equal(t, 1, got.Humans, "humans")
	assert.Equal(t, 3, got.Held, "held")
	assert.Equal(t, 3, got.Refs, "refs")
	assert.Equal(t, 3, got.Long, "long")
	assert.Equal(t, 2, got.Alternating, "alternating")
	assert.Equal(t, 1, got.OddFavoured, "the 3rd and 5th are held 4 times in 6, the 2nd and 4th twice")
}

func TestWriteRooms(t *testing.T) {
	var b strings.Builder
	r := evaluate.LeadRoom{Docs: 10, Lead: 50, Best: 70, FirstBest: 6, Better: 2, Gain: 40, Worse: 8, Loss: 10,
		Cuts:     []evaluate.CutWord{{Word: "فيما", Cuts: 3, Docs: 2, Gain: 5}, {Word: "وذلك", Cuts: 4, Docs: 4, Gain: -8}, {Word: "كما", Cuts: 1, Docs: 1, Gain: 9}},
		Examples: []evaluate.LeadExample{{ID: "BB-x-1", Kind: evaluate.KindCopied, Sentences: 12, LeadWords: 9, Lead: 10, Best: 3, BestR1: 95, Next: 1, NextR1: 30}}}
	require.NoError(t, evaluate.WriteLeadRoom(&b, "T", r, 60, 2))
	out := b.String()
	for _, want := range []string{
		"| first sentence, R1 | 50.00 |",
		"| documents whose first sentence is the best | 6 (60.0 %) |",
		"| switching to it exactly where it scores higher, R1 | 58.00 |",
		"| share of its switches a rule must get right to gain at all | 20.0 % |",
		"to reach 60.00: right every time, 95 % right, 90 % right | cannot, cannot, cannot |",
		"at 2 places or more | 2 |",
		"| 1 («فيما» 2, +5.00); +1.50 |",
		"| a later sentence copied | BB-x-1 | 12 | 9, 10.00 | 4, 95.00 | 2, 30.00 |",
	} {
		assert.Contains(t, out, want)
	}
	b.Reset()
	require.NoError(t, evaluate.WriteVoteRoom(&b, "V", evaluate.VoteRoom{Docs: 2, Lead: 50, Votes: 60, Model: 51, Alternate: 52, Human: 45, Humans: 2, Held: 9, Refs: 10, OddFavoured: 1, Alternating: 3, Long: 7}))
	out = b.String()
	for _, want := range []string{
		"the annotators' agreement, in 2 documents) | 45.00 |",
		"| by the share of references that hold them (the annotators' choice) | 60.00 |",
		"References that hold a sentence (whole, or a long one's first 150 letters): 9 of 10.",
		"held more often than the 2nd, 4th, 6th…: 1 of 2.",
		"hold exactly every other one: 3 of 7.",
	} {
		assert.Contains(t, out, want)
	}
	b.Reset()
	require.NoError(t, evaluate.WriteVoteRoom(&b, "V", evaluate.VoteRoom{Docs: 2, Glued: 4, Tokens: 300, Cut: 5, Sentences: 20, CutLength: 255, AtCutLength: 3}))
	assert.Contains(t, b.String(), "splits them): 4 of 300. Reference sentences that end in a word the text does not hold (cut in the middle of a word, where the references are extractive): 5 of 20, 3 of them within two characters of the longest, 255.\n")
	b.Reset()
	require.NoError(t, evaluate.WriteVoteRoom(&b, "V", evaluate.VoteRoom{Docs: 2, Tokens: 300, Sentences: 20}))
	assert.Contains(t, b.String(), "where the references are extractive): 0 of 20.\n", "no length where none is cut")
}

func TestAnalyzeStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	docs := []evaluate.Document{{ID: "1", Text: "ارتفعت أسعار النفط اليوم.", Summaries: []string{"ارتفعت الأسعار"}}}
	_, err := evaluate.AnalyzeLead(ctx, docs, nil)
	assert.ErrorIs(t, err, context.Canceled, "lead")
	_, err = evaluate.AnalyzeVotes(ctx, docs, nil)
	assert.ErrorIs(t, err, context.Canceled, "votes")
}

// A document the library refuses for a reason other than having no
// sentence is an error naming the document, not a document quietly left
// out of the averages; one without a sentence is still left out.
func TestAnalyzeReportsRefusedDocuments(t *testing.T) {
	huge := evaluate.Document{ID: "huge", Text: strings.Repeat("x", summarize.DefaultMaxBytes+1), Summaries: []string{"ا"}}
	blank := evaluate.Document{ID: "blank", Text: " \n ", Summaries: []string{"ارتفعت الأسعار"}}
	ok := evaluate.Document{ID: "ok", Text: "ارتفعت أسعار النفط اليوم.", Summaries: []string{"ارتفعت الأسعار"}}

	_, err := evaluate.AnalyzeLead(context.Background(), []evaluate.Document{ok, huge}, nil)
	assert.ErrorIs(t, err, summarize.ErrTooLarge, "lead")
	assert.ErrorContains(t, err, "huge", "lead")
	_, err = evaluate.AnalyzeVotes(context.Background(), []evaluate.Document{ok, huge}, nil)
	assert.ErrorIs(t, err, summarize.ErrTooLarge, "votes")
	assert.ErrorContains(t, err, "huge", "votes")

	lead, err := evaluate.AnalyzeLead(context.Background(), []evaluate.Document{blank, ok}, nil)
	require.NoError(t, err)
	assert.Equal(t, 1, lead.Docs, "lead")
	votes, err := evaluate.AnalyzeVotes(context.Background(), []evaluate.Document{blank, ok}, nil)
	require.NoError(t, err)
	assert.Equal(t, 1, votes.Docs, "votes")
}
