package evaluate

import (
	"errors"
	"fmt"
	"math"

	"github.com/talkhis/talkhis/summarize/rouge"
)

// ErrFewReferences is returned by AnnotatorRow for a document with fewer
// than two references: there is no other annotator to score one against.
var ErrFewReferences = errors.New("evaluate: scoring an annotator against the others needs two references or more")

// AnnotatorRow scores the annotators as if each were a system: in every
// document, each reference, cut to the budget as a summary is, against
// all the other references, averaged over the references
// (rouge.Scorer.HeldOut). Options give
// the task and budget as for Run; it is meant for Task B, where the
// budget is the references' own length.
//
// A system's R1 against all the references is the mean of its R1 against
// each set of all but one (Scorer.Score averages over references), so the
// row pairs with Run's rows document by document (Compare): it tells
// whether a system agrees with the annotators more than they agree with
// one another. Every document needs two references or more
// (ErrFewReferences).
func AnnotatorRow(docs []Document, o Options) (Row, error) {
	results := make([]Result, len(docs))
	var words float64
	for i, d := range docs {
		if len(d.Summaries) < 2 {
			return Row{}, fmt.Errorf("%w: document %q has %d", ErrFewReferences, d.ID, len(d.Summaries))
		}
		budget := budgetFor(d, o)
		scores, n := rouge.Scorer{MaxTokens: budget}.HeldOut(d.Summaries...)
		results[i] = Result{ID: d.ID, System: "annotator", Task: o.Task.String(), Budget: budget, Scores: scores, Words: int(math.Round(n))}
		words += n
	}
	row := summarizeRow("annotator", results, 0)
	if len(docs) > 0 {
		// The mean of each document's mean, not of its rounded Words.
		row.Words = words / float64(len(docs))
	}
	return row, nil
}
