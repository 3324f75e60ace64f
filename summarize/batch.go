package summarize

import (
	"context"
	"runtime"
	"sync"
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
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	out := make([]Result, len(texts))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, max(1, len(texts))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i].Summary, out[i].Err = s.SummarizeContext(ctx, texts[i])
			}
		}()
	}
	for i := range texts {
		select {
		case next <- i:
		case <-ctx.Done():
			out[i].Err = ctx.Err()
		}
	}
	close(next)
	wg.Wait()
	return out
}
