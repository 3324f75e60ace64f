package rank

import (
	"context"
	"math"
	"runtime"
	"slices"
	"sort"

	"golang.org/x/sync/errgroup"
)

// Graph is a sparse, symmetric, weighted graph in compressed rows: the
// neighbours of node i are Col[Start[i]:Start[i+1]], in increasing order,
// with weights W at the same places.
type Graph struct {
	Start []int
	Col   []int
	W     []float64
}

// Nodes returns the number of nodes.
func (g *Graph) Nodes() int { return len(g.Start) - 1 }

// Weight returns the weight of the edge between i and j, 0 if none.
func (g *Graph) Weight(i, j int) float64 {
	cols := g.Col[g.Start[i]:g.Start[i+1]]
	if k, ok := slices.BinarySearch(cols, j); ok {
		return g.W[g.Start[i]+k]
	}
	return 0
}

// Sparse limits of SparseSimilarity.
const (
	// Neighbours is how many of its most similar sentences each sentence
	// keeps as edges.
	Neighbours = 20
	// Postings is how many sentences, the nearest in the document, a
	// sentence is compared with through each of its terms. It bounds the
	// work on texts where every term is everywhere, so that the cost grows
	// linearly with the text.
	Postings = 64
)

// SparseSimilarity builds the cosine graph that keeps, for each sentence,
// its Neighbours most similar sentences (ties to the lower index), made
// symmetric: an edge stays when either end keeps it. Similarities are
// accumulated through an inverted index over the terms, visiting for each
// term at most Postings sentences nearest in the document, so the work is
// linear in the text. When no term is in more than Postings sentences and
// no sentence has more than Neighbours neighbours, the graph is exactly the
// one Similarity builds. ctx is checked every 256 sentences.
func SparseSimilarity(ctx context.Context, vs []Vector) (*Graph, error) {
	ctx = orBackground(ctx)
	n := len(vs)
	// The inverted index in compressed rows: the postings of term t are
	// post[at[t]:at[t+1]], in sentence order.
	size := idSpan(vs)
	at := make([]int, size+1)
	for _, v := range vs {
		for _, t := range v.Terms {
			at[t+1]++
		}
	}
	for t := range size {
		at[t+1] += at[t]
	}
	// Sentences as int32 and weights apart: 12 bytes a posting, not 16.
	post := postings{sentence: make([]int32, at[size]), weight: make([]float64, at[size])}
	fill := slices.Clone(at[:size])
	for i, v := range vs {
		for k, t := range v.Terms {
			post.sentence[fill[t]], post.weight[fill[t]] = int32(i), v.Weights[k]
			fill[t]++
		}
	}

	// Each sentence's best neighbours, kept[i*Neighbours:][:keptLen[i]].
	// Rows do not depend on each other: long documents share them out
	// among the cores, each row written by one goroutine, so the graph is
	// the same however many there are.
	kept := make([]edge, n*Neighbours)
	keptLen := make([]int32, n)
	err := parallel(n, func(lo, hi int) error {
		acc := make([]float64, n)
		touched := make([]int, n) // room for every sentence: no append in the hot loop
		for i := lo; i < hi; i++ {
			if (i-lo)%256 == 255 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			keptLen[i] = int32(neighbours(i, vs[i], post, at, acc, touched, kept[i*Neighbours:(i+1)*Neighbours]))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	keptOf := func(i int) []edge { return kept[i*Neighbours : i*Neighbours+int(keptLen[i])] }

	// Make it symmetric: i–j is an edge when i keeps j or j keeps i, with
	// the weight the lower index found when it kept the edge. Count each
	// node's edges first, so that the rows are carved from one array.
	mutual := func(i int, e edge) bool {
		return e.j < i && slices.ContainsFunc(keptOf(e.j), func(b edge) bool { return b.j == i })
	}
	g := &Graph{Start: make([]int, n+1)}
	for i := range n {
		for _, e := range keptOf(i) {
			if !mutual(i, e) {
				g.Start[i+1]++
				g.Start[e.j+1]++
			}
		}
	}
	for i := range n {
		g.Start[i+1] += g.Start[i]
	}
	g.Col = make([]int, g.Start[n])
	g.W = make([]float64, g.Start[n])
	next := slices.Clone(g.Start[:n])
	put := func(i, j int, w float64) {
		g.Col[next[i]], g.W[next[i]] = j, w
		next[i]++
	}
	for i := range n {
		for _, e := range keptOf(i) {
			if !mutual(i, e) {
				put(i, e.j, e.w)
				put(e.j, i, e.w)
			}
		}
	}
	for i := range n {
		sortRow(g.Col[g.Start[i]:g.Start[i+1]], g.W[g.Start[i]:g.Start[i+1]])
	}
	return g, nil
}

// postings is the inverted index's lists, one after the other.
type postings struct {
	sentence []int32
	weight   []float64
}

// neighbours finds the sentences most similar to sentence i, whose vector
// is v, through the inverted index, and writes them into es, best first;
// it returns how many. acc must be all zeros and is left so; touched is
// scratch with room for every sentence, so that the hot loop has no
// append, whose call would keep its variables out of registers.
func neighbours(i int, v Vector, post postings, at []int, acc []float64, touched []int, es []edge) int {
	nt := 0
	// i's own postings add to acc[i], which starts at -Inf so that they are
	// never taken for a neighbour, without a test in the hot loop.
	acc[i] = math.Inf(-1)
	for k, t := range v.Terms {
		lo, hi := at[t], at[t+1]
		if hi-lo > Postings {
			// the Postings sentences nearest to i
			near, _ := slices.BinarySearch(post.sentence[lo:hi], int32(i))
			lo += min(max(0, near-Postings/2), hi-lo-Postings)
			hi = lo + Postings
		}
		nt = accumulate(acc, touched, nt, post.sentence[lo:hi], post.weight[lo:hi], v.Weights[k])
	}
	acc[i] = 0
	ts := touched[:nt]
	// Keep the best in a small sorted array: one pass, instead of sorting
	// every candidate.
	n := 0
	for _, j := range ts {
		e := edge{j, acc[j]}
		acc[j] = 0
		if e.w <= 0 || n == len(es) && !e.before(es[n-1]) {
			continue
		}
		if n < len(es) {
			n++
		}
		at := n - 1
		for at > 0 && e.before(es[at-1]) {
			es[at] = es[at-1]
			at--
		}
		es[at] = e
	}
	return n
}

// accumulate adds w times each posting's weight to acc at its sentence,
// and appends to touched[:nt] the sentences met for the first time; it
// returns the new nt. It is a function of its own so that its loop keeps
// its few variables in registers.
//
//go:noinline
func accumulate(acc []float64, touched []int, nt int, sents []int32, weights []float64, w float64) int {
	weights = weights[:len(sents)] // one bounds check for the loop
	for p, s := range sents {
		a := acc[s]
		if a == 0 {
			touched[nt] = int(s)
			nt++
		}
		acc[s] = a + float64(w*weights[p])
	}
	return nt
}

// sortRow sorts one row of a Graph by column, its weights along. Most rows
// hold a few dozen edges, which insertion sorts without the allocation of
// sort.Sort's interface; a hub's long row takes sort.Sort. Columns are
// distinct, so both give the same order.
func sortRow(col []int, w []float64) {
	if len(col) > 48 {
		sort.Sort(graphRow{col, w})
		return
	}
	w = w[:len(col)]
	for a := 1; a < len(col); a++ {
		c, x := col[a], w[a]
		b := a
		for ; b > 0 && col[b-1] > c; b-- {
			col[b], w[b] = col[b-1], w[b-1]
		}
		col[b], w[b] = c, x
	}
}

// graphRow sorts one row of a Graph by column, its weights along.
type graphRow struct {
	col []int
	w   []float64
}

func (r graphRow) Len() int           { return len(r.col) }
func (r graphRow) Less(a, b int) bool { return r.col[a] < r.col[b] }
func (r graphRow) Swap(a, b int) {
	r.col[a], r.col[b] = r.col[b], r.col[a]
	r.w[a], r.w[b] = r.w[b], r.w[a]
}

// parallelMin is the fewest rows worth sharing out among goroutines.
const parallelMin = 128

// parallel calls work on consecutive ranges that cover [0, n): on one
// goroutine when n is small, else on up to GOMAXPROCS goroutines.
func parallel(n int, work func(lo, hi int) error) error {
	p := min(runtime.GOMAXPROCS(0), n/(parallelMin/2))
	if n < parallelMin || p <= 1 {
		return work(0, n)
	}
	var g errgroup.Group
	for k := range p {
		g.Go(func() error { return work(k*n/p, (k+1)*n/p) })
	}
	return g.Wait()
}

type edge struct {
	j int
	w float64
}

// before orders edges by weight, higher first, then by index.
func (e edge) before(f edge) bool {
	return e.w > f.w || e.w == f.w && e.j < f.j
}

// SparseTextRank is TextRank over a sparse graph: the same iteration, the
// same parameters and, on the same graph, the same scores up to rounding.
func SparseTextRank(ctx context.Context, g *Graph, p Params) ([]float64, error) {
	if g == nil {
		return nil, errNoGraph
	}
	n := g.Nodes()
	if n == 0 {
		return nil, nil
	}
	out := make([]float64, n)
	dangling := make([]bool, n)
	for i := range n {
		for k := g.Start[i]; k < g.Start[i+1]; k++ {
			out[i] += g.W[k]
		}
		dangling[i] = !(out[i] > 0)
	}
	share := make([]float64, n) // x[j] / out[j]
	return powerIterate(ctx, p, dangling, func(x, dst []float64) {
		for j := range n {
			if out[j] > 0 {
				share[j] = x[j] / out[j]
			} else {
				share[j] = 0
			}
		}
		for i := range n {
			var s float64
			cols, ws := g.Col[g.Start[i]:g.Start[i+1]], g.W[g.Start[i]:g.Start[i+1]]
			ws = ws[:len(cols)] // one bounds check for the loop
			for k, c := range cols {
				s += float64(ws[k] * share[c])
			}
			dst[i] = s
		}
	})
}

// DenseLimit is the most sentences ranked on the dense graph; longer
// documents are ranked on the sparse one, whose cost grows linearly.
const DenseLimit = 200

// Centrality returns the TextRank scores of the sentences whose vectors
// are vs: over the dense cosine graph (gonum mat) up to DenseLimit
// sentences, over SparseSimilarity's graph beyond.
func Centrality(ctx context.Context, vs []Vector, p Params) ([]float64, error) {
	if len(vs) == 0 {
		return nil, nil // Similarity's graph of none is 1×1: gonum has no empty matrix
	}
	if len(vs) <= DenseLimit {
		return TextRank(ctx, Similarity(vs), p)
	}
	g, err := SparseSimilarity(ctx, vs)
	if err != nil {
		return nil, err
	}
	return SparseTextRank(ctx, g, p)
}
