package summarize

import (
	"context"
	"runtime"

	"golang.org/x/sync/errgroup"
)

// Result is the outcome for one text of a batch.
type Result struct {
	Summary Summary
	Err     error
}

// SummarizeAll summarizes texts with workers goroutines (GOMAXPROCS when
// workers <= 0) and returns one Result per text, in the order of texts. The
// results are the same as Summarize's, one text at a time. When ctx ends,
// the texts not yet done get its error.
func (s *Summarizer) SummarizeAll(ctx context.Context, texts []string, workers int) []Result {
	bg := orBackground(ctx) // a new variable: ctx reassigned would move to the heap for the closures
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	out := make([]Result, len(texts))
	var g errgroup.Group
	g.SetLimit(workers)
	for i := range texts {
		if err := bg.Err(); err != nil {
			out[i].Err = err
			continue
		}
		g.Go(func() error {
			out[i].Summary, out[i].Err = s.SummarizeContext(bg, texts[i])
			return nil
		})
	}
	_ = g.Wait() // the jobs return no error; out holds theirs
	return out
}
