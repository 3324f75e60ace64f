package summarize

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A long text's terms are found by several goroutines, each with a Lexicon
// of its own; the document must be the one a single goroutine makes.
func TestAnalyzeSameOnAnyCores(t *testing.T) {
	seed, err := os.ReadFile("../testdata/seed.txt")
	require.NoError(t, err)
	var b strings.Builder
	lines := strings.Split(string(seed), "\n")
	for k := range 60 {
		// Lines in a new order each time, so that each share meets its
		// terms in another order; some lines repeat, some do not.
		for i := range lines {
			fmt.Fprintf(&b, "%d %s\n", k%7, lines[(i*(k+1))%len(lines)])
		}
	}
	text := b.String()
	require.GreaterOrEqual(t, len(text), parallelBytes, "long enough to be shared out")
	cfg, err := (&Summarizer{}).config()
	require.NoError(t, err)

	type result struct {
		terms [][]string
		words []int
		index []int
		title []string
	}
	analyzeOn := func(procs int) result {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		d, err := analyze(context.Background(), text, cfg)
		require.NoError(t, err)
		named := func(ids []int) []string {
			var out []string
			for _, id := range ids {
				out = append(out, d.lex.Terms()[id])
			}
			return out
		}
		r := result{words: d.words, index: d.index, title: named(d.titleTerms)}
		for _, ids := range d.terms {
			r.terms = append(r.terms, named(ids))
		}
		// The ids themselves, not only the terms they name: rank sums in
		// id order.
		r.terms = append(r.terms, []string{fmt.Sprint(d.terms)})
		return r
	}
	one := analyzeOn(1)
	require.NotEmpty(t, one.terms)
	for _, procs := range []int{2, 3} {
		assert.Equal(t, one, analyzeOn(procs), "GOMAXPROCS %d", procs)
	}
}
