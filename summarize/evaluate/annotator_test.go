package evaluate_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/summarize/evaluate"
	"github.com/talkhis/talkhis/summarize/rouge"
)

// annotatorDocs have references whose R1 against one another is easy to
// count by hand. In the second, the long reference runs past the budget
// (the mean length, 4) and is cut there when it is the one scored.
var annotatorDocs = []evaluate.Document{
	{ID: "three", Text: "سلم علم قلم.", Summaries: []string{"سلم علم قلم", "سلم علم حلم", "سلم بحر نهر"}},
	{ID: "cut", Text: "سلم علم.", Summaries: []string{"سلم علم", "سلم علم قلم حلم بحر نهر"}},
}

func TestAnnotatorRow(t *testing.T) {
	row, err := evaluate.AnnotatorRow(annotatorDocs, evaluate.Options{Task: evaluate.TaskB})
	require.NoError(t, err)
	require.Len(t, row.Results, 2)
	assert.Equal(t, "annotator", row.System)
	// "three": each pair shares سلم, and the first two علم too, so R1 F1
	// is 2/3 between them and 1/3 otherwise. Against the other two, the
	// first and the second score (2/3+1/3)/2 = 1/2, the third 1/3.
	three := (0.5 + 0.5 + 1.0/3) / 3
	// "cut": the short one against the long one shares 2 of its 2 words
	// and 2 of the other's 6: P 1, R 1/3, F1 1/2. The long one, cut to 4
	// words, shares 2 of them and both of the short one's: P 1/2, R 1,
	// F1 2/3. Whole, it would score 1/2.
	cut := (0.5 + 2.0/3) / 2
	assert.Equal(t, "three", row.Results[0].ID)
	assert.InDelta(t, three, row.Results[0].Scores.R1.F1, 1e-12)
	assert.InDelta(t, cut, row.Results[1].Scores.R1.F1, 1e-12)
	assert.Equal(t, 4, row.Results[1].Budget)
	assert.InDelta(t, 100*(three+cut)/2, row.R1, 1e-9)
	// Words: the references as scored, cut to the budget: 3 in the first,
	// (2 + 4) / 2 in the second.
	assert.InDelta(t, (3.0+3.0)/2, row.Words, 1e-12)
	assert.Equal(t, 2, row.Docs)
}

func TestAnnotatorRowNeedsTwoReferences(t *testing.T) {
	docs := append(slices.Clone(annotatorDocs), evaluate.Document{ID: "lone", Text: "سلم.", Summaries: []string{"سلم"}})
	_, err := evaluate.AnnotatorRow(docs, evaluate.Options{Task: evaluate.TaskB})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"lone"`)
	assert.Contains(t, err.Error(), "two references or more")
}

// TestAnnotatorCompares checks what makes a system's row comparable with
// the annotator's: its R1 against all the references equals the mean of
// its R1 against each set of all but one, the sets the annotator is
// scored against.
func TestAnnotatorCompares(t *testing.T) {
	for _, d := range annotatorDocs {
		sc := rouge.Scorer{MaxTokens: evaluate.Budget(d)}
		for _, cand := range []string{"سلم علم", "قلم حلم بحر نهر سلم", "نهر"} {
			var mean float64
			for j := range d.Summaries {
				others := slices.Delete(slices.Clone(d.Summaries), j, j+1)
				mean += sc.Score(cand, others...).R1.F1
			}
			mean /= float64(len(d.Summaries))
			assert.InDelta(t, sc.Score(cand, d.Summaries...).R1.F1, mean, 1e-12, "%s: %s", d.ID, cand)
		}
	}
}

// TestAnnotatorAgreesWithVotes checks that the annotator row and
// AnalyzeVotes' Human are one measure.
func TestAnnotatorAgreesWithVotes(t *testing.T) {
	row, err := evaluate.AnnotatorRow(annotatorDocs, evaluate.Options{Task: evaluate.TaskB})
	require.NoError(t, err)
	room, err := evaluate.AnalyzeVotes(context.Background(), annotatorDocs, nil)
	require.NoError(t, err)
	require.Equal(t, 2, room.Humans)
	assert.InDelta(t, row.R1, room.Human, 1e-9)
}

// Two annotators who share half their words agree at R1 50; a summary
// that holds the words they share and one of each's own agrees with each
// of them at R1 75 (3 of its 4 words, 3 of their 4).
func ExampleAnnotatorRow() {
	const corpus = `{"id":"1","text":"ارتفعت أسعار النفط اليوم بعد قرار أوبك. وقال محللون إن السوق متوترة.","summaries":["ارتفعت أسعار النفط اليوم","ارتفعت أسعار الذهب أمس"]}`
	docs, _, _ := evaluate.ReadCorpus(strings.NewReader(corpus), "paragraphs.jsonl")
	o := evaluate.Options{Task: evaluate.TaskB}
	annotator, _ := evaluate.AnnotatorRow(docs, o)
	fixed := evaluate.System{Name: "fixed", Summarize: func(context.Context, evaluate.Document, int) (string, error) {
		return "ارتفعت أسعار النفط أمس", nil
	}}
	rows, _ := evaluate.Run(context.Background(), docs, []evaluate.System{fixed}, o)
	d, _ := evaluate.Compare(annotator, rows[0])
	fmt.Printf("annotator R1 %.2f, %s R1 %.2f, ΔR1 %+.2f\n", annotator.R1, rows[0].System, rows[0].R1, d.R1)
	// Output:
	// annotator R1 50.00, fixed R1 75.00, ΔR1 +25.00
}
