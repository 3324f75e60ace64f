package summarize

import (
	"context"
	"errors"
	"iter"
	"runtime"

	"golang.org/x/sync/errgroup"

	"github.com/talkhis/talkhis/tokenize"
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

// ArticleResult is the outcome for one article of SummarizeArticles.
type ArticleResult struct {
	Article tokenize.Article
	// Place is the article's place in the sequence, from 1, those that
	// the Summarizer's Languages left out counted, and records passed over
	// with ErrTooLarge too: a failure is found in its file by it, where
	// an article has no ID.
	Place int
	Result
}

// SummarizeArticles summarizes each of articles (as ReadArticles gives
// them from a file of any size, or Articles from a text) on workers
// goroutines (GOMAXPROCS when workers <= 0, no more than 64 a core, as
// more would only wait), each with its own headline as the Title unless
// the Summarizer's Title is set, and yields the results in the order of
// articles, whatever the workers: each as soon as it and those before it
// are done, so that a month of a wire's first summaries come at once.
// The summaries are those SummarizeContext gives one article at a time.
// An article that cannot be summarized (ErrNoSentences: a post of a
// heading alone) has its error in its result, and so does a record that
// articles passes over with ErrTooLarge (its Article then zero); the
// sequence goes on after both. Any other error of articles (a refusal of
// the file, or one of reading it) ends the sequence and is yielded last,
// after the results of the articles before it; so is ctx's when it ends.
// The articles that the Summarizer's Languages does not keep are read and
// left out; each result's Place counts them. Languages that hold what is
// no ISO 639-3 code are refused (Validate), before any article is read.
// No more than four articles a worker are held at once: a web archive of
// gigabytes is summarized in the memory of a few pages. A loop that breaks
// off stops the reading of articles, and the sequence returns once the
// articles begun are done: no goroutine outlives it.
func (s *Summarizer) SummarizeArticles(ctx context.Context, articles iter.Seq2[tokenize.Article, error], workers int) iter.Seq2[ArticleResult, error] {
	if err := s.languagesError(); err != nil {
		return func(yield func(ArticleResult, error) bool) { yield(ArticleResult{}, err) }
	}
	items := func(yield func(ArticleResult, error) bool) {
		place := 0
		for a, err := range articles {
			if err != nil && !errors.Is(err, ErrTooLarge) {
				yield(ArticleResult{}, err)
				return
			}
			place++
			if !s.Languages.Keeps(a.Language) { // a record passed over names none, and is kept
				// A crawl may hold millions of pages in other languages
				// between two that are kept: an end is heard while they
				// are passed over, not only at the next one kept.
				if ctx != nil && ctx.Err() != nil {
					yield(ArticleResult{}, ctx.Err())
					return
				}
				continue
			}
			if !yield(ArticleResult{Article: a, Place: place, Result: Result{Err: err}}, nil) {
				return
			}
		}
	}
	return inOrder(ctx, items, workers, func(ctx context.Context, r ArticleResult) ArticleResult {
		if r.Err != nil {
			return r
		}
		each := *s
		if each.Title == "" {
			each.Title = r.Article.Title
		}
		r.Summary, r.Err = each.SummarizeContext(ctx, r.Article.Text)
		return r
	})
}
