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

// A sentence is dropped when its normalized words are those of an earlier
// one, and only then: numbers and stop words count.
func TestAnalyzeDropsRepeatsOnly(t *testing.T) {
	cfg, err := (&Summarizer{}).config()
	require.NoError(t, err)
	for _, c := range []struct {
		name, text string
		index      []int // the sentences kept
	}{
		{"exact repeat", "ارتفعت الأسعار في السوق. ارتفعت الأسعار في السوق. هبطت الأسهم.", []int{0, 2}},
		{"other marks, hamza and punctuation", "أكد الوزير الاتفاق. أكَّد الوزير، الإتفاق! هبطت الأسهم.", []int{0, 2}},
		{"a number apart", "ارتفعت الأسعار 5 بالمئة. ارتفعت الأسعار 7 بالمئة. ارتفعت الأسعار 5 بالمئة.", []int{0, 1}},
		{"a stop word apart", "ارتفعت الأسعار في السوق. ارتفعت الأسعار من السوق.", []int{0, 1}},
		{"the same words in another order", "ارتفعت الأسعار في السوق. في السوق ارتفعت الأسعار.", []int{0, 1}},
		{"a group of three and one apart", "هبطت الأسهم. هبطت الأسهم. ارتفع النفط. هبطت الأسهم.", []int{0, 2}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := analyze(context.Background(), c.text, cfg)
			require.NoError(t, err)
			assert.Equal(t, c.index, d.index)
		})
	}
}
