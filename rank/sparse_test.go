package rank_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/rank"
	"github.com/talkhis/talkhis/tokenize"
)

// vectors runs the first stage on text and returns its sentence vectors.
func vectors(text string) []rank.Vector {
	var terms [][]string
	for _, s := range tokenize.Sentences(text) {
		if !s.Heading {
			terms = append(terms, tokenize.Terms(s.In(text), nil))
		}
	}
	return rank.TFIDF(terms, nil)
}

func bothWays(t *testing.T, vs []rank.Vector) (dense, sparse []float64) {
	t.Helper()
	ctx := context.Background()
	dense, err := rank.TextRank(ctx, rank.Similarity(vs), rank.Params{})
	require.NoError(t, err)
	g, err := rank.SparseSimilarity(ctx, vs)
	require.NoError(t, err)
	sparse, err = rank.SparseTextRank(ctx, g, rank.Params{})
	require.NoError(t, err)
	return dense, sparse
}

func TestSparseGraphIsTheDenseOneWhenSmall(t *testing.T) {
	b, err := os.ReadFile("../testdata/seed.txt")
	require.NoError(t, err)
	vs := vectors(string(b))
	g, err := rank.SparseSimilarity(context.Background(), vs)
	require.NoError(t, err)
	s := rank.Similarity(vs)
	for i := range vs {
		for j := range vs {
			assert.Equal(t, s.At(i, j), g.Weight(i, j), "edge %d-%d", i, j)
		}
	}
	dense, sparse := bothWays(t, vs)
	assert.InDeltaSlice(t, dense, sparse, 1e-12)
	assert.Equal(t, rank.Order(dense), rank.Order(sparse))
}

// TestSparseAgreesWithDense ranks every document of the dev corpora both
// ways. Up to Neighbours+1 sentences the graphs are the same, so the order
// must be too; beyond, the sparse graph drops weak edges, and the top
// sentences must still agree in nearly every document.
func TestSparseAgreesWithDense(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the dev corpora; skipped in -short mode")
	}
	var docs, large, top1, top3 int
	for _, name := range []string{"ant-bbc-dev.jsonl", "easc-dev.jsonl"} {
		f, err := os.Open("../../shared/corpora/" + name)
		if os.IsNotExist(err) {
			t.Skipf("../../shared/corpora/%s is absent: the dev corpora live beside the repository", name)
		}
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var d struct{ Text string }
			require.NoError(t, json.Unmarshal(sc.Bytes(), &d))
			vs := vectors(d.Text)
			if len(vs) < 2 {
				continue
			}
			docs++
			dense, sparse := bothWays(t, vs)
			od, os := rank.Order(dense), rank.Order(sparse)
			if len(vs) <= rank.Neighbours+1 {
				assert.Equal(t, od, os, "small document ranked differently")
				continue
			}
			large++
			if od[0] == os[0] {
				top1++
			}
			a, b := slices.Clone(od[:3]), slices.Clone(os[:3])
			slices.Sort(a)
			slices.Sort(b)
			if slices.Equal(a, b) {
				top3++
			}
		}
		require.NoError(t, sc.Err())
		f.Close()
	}
	t.Logf("%d documents, %d longer than %d sentences: top sentence agrees in %d, top three in %d", docs, large, rank.Neighbours+1, top1, top3)
	if large > 0 {
		assert.GreaterOrEqual(t, float64(top1)/float64(large), 0.97)
		assert.GreaterOrEqual(t, float64(top3)/float64(large), 0.93)
	}
}

// Long documents share the rows of the sparse graph among goroutines; the
// graph must not depend on how many there are.
func TestSparseSimilaritySameOnAnyCores(t *testing.T) {
	vs := vectors(seedTimes(t, 100))
	require.Greater(t, len(vs), 256, "long enough to be shared out")
	graph := func(procs int) *rank.Graph {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		g, err := rank.SparseSimilarity(context.Background(), vs)
		require.NoError(t, err)
		return g
	}
	one := graph(1)
	for _, procs := range []int{2, 3} {
		assert.Equal(t, one, graph(procs), "GOMAXPROCS %d", procs)
	}
}

// Each row of the graph is in column order with its weights along, short
// rows and a hub's long one alike, and the graph is symmetric.
func TestSparseRowsInOrder(t *testing.T) {
	// Sentence 0 holds every term; each other sentence holds one of them,
	// and another that it shares with its neighbour: all keep 0, a hub.
	terms := [][]int{nil}
	for i := 1; i < 300; i++ {
		terms[0] = append(terms[0], i)
		terms = append(terms, []int{i, 300 + i/2})
	}
	names := make([]string, 300+300/2)
	for id := range names {
		names[id] = fmt.Sprint("t", id)
	}
	vs := rank.TFIDFByID(terms, names, nil)
	g, err := rank.SparseSimilarity(context.Background(), vs)
	require.NoError(t, err)
	require.Greater(t, g.Start[1]-g.Start[0], 48, "the hub's row is long")
	for i := range g.Nodes() {
		cols := g.Col[g.Start[i]:g.Start[i+1]]
		assert.True(t, slices.IsSorted(cols), "row %d: %v", i, cols)
		for k, j := range cols {
			w := g.W[g.Start[i]+k]
			assert.Equal(t, vs[i].Dot(vs[j]), w, "weight %d-%d", i, j)
			assert.Equal(t, w, g.Weight(j, i), "%d-%d both ways", i, j)
		}
	}
}

// A nil context is taken as context.Background(), where the check between
// iterations, or every 256 sentences, panicked.
func TestNilContext(t *testing.T) {
	var text string
	for k := range 300 {
		text += fmt.Sprintf("ارتفعت أسعار النفط %d في الأسواق. ", k%7)
	}
	vs := vectors(text)
	require.Greater(t, len(vs), 256)
	var nilCtx context.Context
	for _, n := range []int{20, len(vs)} {
		want, err := rank.Centrality(context.Background(), vs[:n], rank.Params{})
		require.NoError(t, err)
		var got []float64
		require.NotPanics(t, func() { got, err = rank.Centrality(nilCtx, vs[:n], rank.Params{}) }, "%d sentences", n)
		require.NoError(t, err)
		assert.Equal(t, want, got)
	}
}
