package rank_test

import (
	"context"
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"

	"github.com/talkhis/talkhis/rank"
)

func TestTextRank(t *testing.T) {
	tests := []struct {
		name  string
		n     int
		edges [][3]float64 // i, j, weight (undirected)
		prior []float64
		want  []float64
	}{
		{"complete graph is uniform", 3, [][3]float64{{0, 1, 1}, {0, 2, 1}, {1, 2, 1}}, nil,
			[]float64{1.0 / 3, 1.0 / 3, 1.0 / 3}},
		// x0 = 0.15/4 + 0.85(1-x0) → x0 = 0.8875/1.85; leaves share the rest.
		{"star centre wins", 4, [][3]float64{{0, 1, 1}, {0, 2, 1}, {0, 3, 1}}, nil,
			[]float64{0.8875 / 1.85, (1 - 0.8875/1.85) / 3, (1 - 0.8875/1.85) / 3, (1 - 0.8875/1.85) / 3}},
		// isolated b = (0.85b + 0.15)/3 → b = 0.15/2.15; the pair shares the rest.
		{"dangling node jumps by the prior", 3, [][3]float64{{0, 1, 2}}, nil,
			[]float64{(1 - 0.15/2.15) / 2, (1 - 0.15/2.15) / 2, 0.15 / 2.15}},
		{"no edges gives the prior", 3, nil, []float64{1, 2, 1}, []float64{0.25, 0.5, 0.25}},
		{"all-zero prior is uniform", 2, nil, []float64{0, 0}, []float64{0.5, 0.5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := mat.NewSymDense(tt.n, nil)
			for _, e := range tt.edges {
				w.SetSym(int(e[0]), int(e[1]), e[2])
			}
			got, err := rank.TextRank(context.Background(), w, rank.Params{Prior: tt.prior})
			require.NoError(t, err)
			require.Len(t, got, tt.n)
			assert.InDeltaSlice(t, tt.want, got, 1e-7)
			var sum float64
			for _, v := range got {
				sum += v
			}
			assert.InDelta(t, 1, sum, 1e-9)
		})
	}
}

func TestTextRankErrors(t *testing.T) {
	w := mat.NewSymDense(2, []float64{0, 1, 1, 0})
	tests := []struct {
		name  string
		graph mat.Matrix
		prior []float64
		is    error
	}{
		{"prior too short", w, []float64{1}, rank.ErrPrior},
		{"negative prior", w, []float64{1, -1}, rank.ErrPrior},
		{"NaN prior", w, []float64{1, math.NaN()}, rank.ErrPrior},
		{"not square", mat.NewDense(2, 3, nil), nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := rank.TextRank(context.Background(), tt.graph, rank.Params{Prior: tt.prior})
			require.Error(t, err)
			assert.Contains(t, err.Error(), "rank: ")
			if tt.is != nil {
				assert.ErrorIs(t, err, tt.is)
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := rank.TextRank(ctx, w, rank.Params{})
	assert.ErrorIs(t, err, context.Canceled)
}

func TestTFIDF(t *testing.T) {
	vs := rank.TFIDF([][]string{{"a", "b"}, {"a"}, nil}, nil)
	require.Len(t, vs, 3)
	// N = 3: idf(a) = ln(4/3)+1, idf(b) = ln(4/2)+1; sentence 0 is (idf(a), idf(b)) normalized.
	idfA, idfB := math.Log(4.0/3)+1, math.Log(2)+1
	assert.InDelta(t, idfA/math.Sqrt(idfA*idfA+idfB*idfB), vs[0].Dot(vs[1]), 1e-12)
	assert.InDelta(t, 1, vs[0].Dot(vs[0]), 1e-12)
	assert.Zero(t, vs[2].Dot(vs[0]), "a sentence without terms is similar to nothing")

	// A background IDF that calls "a" rare and "b" common reverses the weights.
	vs = rank.TFIDF([][]string{{"a", "b"}, {"a"}, {"b"}}, rank.IDFMap{"a": 5, "b": 1})
	assert.InDelta(t, 5/math.Sqrt(26), vs[0].Dot(vs[1]), 1e-12)
	assert.InDelta(t, 1/math.Sqrt(26), vs[0].Dot(vs[2]), 1e-12)

	// A weight of 0 is a weight, as an IDF of ln(N/df) gives a term in
	// every document: the term counts for nothing, and two sentences that
	// share only it are not alike.
	vs = rank.TFIDF([][]string{{"a", "b"}, {"a", "c"}}, rank.IDFMap{"a": 0})
	assert.Zero(t, vs[0].Dot(vs[1]))
	assert.InDelta(t, 1, vs[0].Dot(vs[0]), 1e-12, "the other terms keep the vector of unit length")
}

// TestCentroid: the centroid is the sum of the vectors, per term, scaled
// to unit length, with its terms in increasing order; of no vectors, or of
// vectors without terms, it is the zero vector.
func TestCentroid(t *testing.T) {
	vs := []rank.Vector{
		{Terms: []int{0, 2}, Weights: []float64{0.6, 0.8}},
		{Terms: []int{2}, Weights: []float64{1}},
		{Terms: []int{1, 2}, Weights: []float64{0.8, 0.6}},
	}
	c := rank.Centroid(vs)
	sum := []float64{0.6, 0.8, 0.8 + 1 + 0.6}
	norm := math.Sqrt(sum[0]*sum[0] + sum[1]*sum[1] + sum[2]*sum[2])
	assert.Equal(t, []int{0, 1, 2}, c.Terms)
	require.Len(t, c.Weights, 3)
	for k, w := range sum {
		assert.InDelta(t, w/norm, c.Weights[k], 1e-12, "term %d", k)
	}
	assert.InDelta(t, 1, c.Dot(c), 1e-12)

	for _, none := range [][]rank.Vector{nil, {{}, {}}} {
		c := rank.Centroid(none)
		assert.Empty(t, c.Terms)
		assert.Empty(t, c.Weights)
	}
}

func TestTFIDFRepeatsAreDampened(t *testing.T) {
	vs := rank.TFIDF([][]string{{"a", "a", "a", "a", "b"}, {"a"}, {"b"}}, rank.IDFMap{"a": 1, "b": 1})
	tfA := 1 + math.Log(4)
	assert.InDelta(t, tfA/math.Sqrt(tfA*tfA+1), vs[0].Dot(vs[1]), 1e-12)
}

func TestSimilarity(t *testing.T) {
	vs := rank.TFIDF([][]string{{"a", "b"}, {"a"}, {"c"}}, nil)
	s := rank.Similarity(vs)
	assert.Zero(t, s.At(0, 0), "no self loops")
	assert.InDelta(t, vs[0].Dot(vs[1]), s.At(1, 0), 1e-15)
	assert.Zero(t, s.At(0, 2))
}

func TestOrder(t *testing.T) {
	tests := []struct {
		name   string
		scores []float64
		want   []int
	}{
		{"descending", []float64{0.1, 0.5, 0.3}, []int{1, 2, 0}},
		{"exact ties by index", []float64{0.5, 0.2, 0.5}, []int{0, 2, 1}},
		{"rounding noise is a tie", []float64{0.1 + 0.2, 0.3}, []int{0, 1}},
		{"rounding noise is a tie either way", []float64{0.3, 0.1 + 0.2}, []int{0, 1}},
		{"the float below a power of two is a tie", []float64{math.Nextafter(4, 0), 4}, []int{0, 1}},
		{"the float below a power of ten is a tie", []float64{math.Nextafter(1000, 0), 1000}, []int{0, 1}},
		{"negative noise is a tie", []float64{-0.3, -(0.1 + 0.2), -0.31}, []int{0, 1, 2}},
		{"a difference at the 11th digit is not", []float64{1, 1 + 1e-11}, []int{1, 0}},
		{"a difference at the 13th digit is a tie", []float64{1, 1 + 1e-13}, []int{0, 1}},
		{"empty", nil, []int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, rank.Order(tt.scores))
		})
	}
}

func TestTFIDFByIDIsTFIDF(t *testing.T) {
	sentences := [][]string{{"a", "b", "a"}, {}, {"c", "b"}, {"d"}}
	terms := []string{"a", "b", "c", "d"}
	for _, idf := range []rank.IDF{nil, rank.IDFMap{"b": 7}} {
		byID := [][]int{{0, 1, 0}, {}, {2, 1}, {3}} // taken over: new each time
		want := rank.TFIDF(sentences, idf)
		got := rank.TFIDFByID(byID, terms, idf)
		require.Len(t, got, len(want))
		for i := range want {
			assert.Equal(t, want[i].Terms, got[i].Terms, "sentence %d", i)
			assert.Equal(t, want[i].Weights, got[i].Weights, "sentence %d", i)
		}
	}
}

// TFIDFByID takes the id lists over: each is sorted in place, repeats
// dropped, and becomes its vector's Terms.
func TestTFIDFByIDTakesTheListsOver(t *testing.T) {
	byID := [][]int{{1, 0, 1}, {}, {2, 0}}
	vs := rank.TFIDFByID(byID, []string{"a", "b", "c"}, nil)
	require.Len(t, vs, 3)
	assert.Equal(t, []int{0, 1}, vs[0].Terms)
	assert.Equal(t, []int{0, 1}, byID[0][:2], "sorted in place, the repeat dropped")
	assert.Empty(t, vs[1].Terms)
	assert.Equal(t, []int{0, 2}, vs[2].Terms)
	// N = 3: a is in 2 sentences, b and c in 1; b comes twice in sentence 0.
	idfA, idfB := math.Log(4.0/3)+1, math.Log(2)+1
	wa, wb := idfA, (1+math.Log(2))*idfB
	norm := math.Sqrt(wa*wa + wb*wb)
	assert.InDeltaSlice(t, []float64{wa / norm, wb / norm}, vs[0].Weights, 1e-12)
}

// A background weight that no IDF can be (NaN, infinite, negative) is taken
// as unknown, the term weighed as the document weighs it: such a weight
// made every vector NaN, or gave the graph negative edges, where TextRank's
// walk assumes none.
func TestTFIDFWeightsOutOfRange(t *testing.T) {
	sentences := [][]string{{"نفط", "سعر"}, {"نفط", "سوق"}, {"سعر", "سوق", "يوم"}}
	want := rank.TFIDF(sentences, rank.IDFMap{"يوم": 2})
	for _, bad := range []float64{math.NaN(), math.Inf(1), math.Inf(-1), -0.5} {
		t.Run(fmt.Sprint(bad), func(t *testing.T) {
			got := rank.TFIDF(sentences, rank.IDFMap{"يوم": 2, "نفط": bad, "سوق": bad})
			assert.Equal(t, want, got)
		})
	}
}

// Parameters out of range are refused with what to use, by the dense and
// the sparse walk alike, where a negative tolerance or a NaN one never
// converged (math.MaxInt iterations ran for ever) and a damping past 1 or
// NaN gave scores that were no probabilities.
func TestParamsOutOfRange(t *testing.T) {
	w := mat.NewSymDense(3, []float64{0, 1, 1, 1, 0, 0, 1, 0, 0})
	vs := rank.TFIDF([][]string{{"a", "b"}, {"a"}, {"b"}}, nil)
	g, err := rank.SparseSimilarity(context.Background(), vs)
	require.NoError(t, err)
	tests := []struct {
		name string
		p    rank.Params
		says string
	}{
		{"negative damping", rank.Params{Damping: -0.5}, "Damping is -0.5"},
		{"damping past 1", rank.Params{Damping: 1.5}, "Damping is 1.5"},
		{"NaN damping", rank.Params{Damping: math.NaN()}, "Damping is NaN"},
		{"negative tolerance", rank.Params{Tolerance: -1e-9, MaxIter: math.MaxInt}, "Tolerance is -1e-09"},
		{"NaN tolerance", rank.Params{Tolerance: math.NaN(), MaxIter: math.MaxInt}, "Tolerance is NaN"},
		{"negative iterations", rank.Params{MaxIter: -1}, "MaxIter is -1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := rank.TextRank(context.Background(), w, tt.p)
			require.ErrorIs(t, err, rank.ErrParams)
			assert.Contains(t, err.Error(), tt.says)
			_, err = rank.SparseTextRank(context.Background(), g, tt.p)
			assert.ErrorIs(t, err, rank.ErrParams)
		})
	}
	for _, d := range []float64{1, 1e-9, 0.5} {
		_, err := rank.TextRank(context.Background(), w, rank.Params{Damping: d})
		assert.NoError(t, err, "damping %v", d)
	}
}

// No sentences have no scores, and a graph that is nil is refused, where
// Centrality scored one sentence of none (Similarity's graph of none is
// 1×1, gonum having no empty matrix) and a nil graph panicked.
func TestNoGraph(t *testing.T) {
	ctx := context.Background()
	scores, err := rank.Centrality(ctx, nil, rank.Params{})
	require.NoError(t, err)
	assert.Empty(t, scores)
	_, err = rank.TextRank(ctx, nil, rank.Params{})
	assert.ErrorContains(t, err, "rank: no graph")
	_, err = rank.SparseTextRank(ctx, nil, rank.Params{})
	assert.ErrorContains(t, err, "rank: no graph")
}
