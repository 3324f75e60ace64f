package rank

import (
	"context"
	"math"
	"slices"
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
	n := len(vs)
	type posting struct {
		sentence int
		weight   float64
	}
	size := 0
	for _, v := range vs {
		if len(v.Terms) > 0 {
			size = max(size, v.Terms[len(v.Terms)-1]+1)
		}
	}
	index := make([][]posting, size)
	for i, v := range vs {
		for k, t := range v.Terms {
			index[t] = append(index[t], posting{i, v.Weights[k]})
		}
	}

	kept := make([][]edge, n)
	acc := make([]float64, n)
	var touched []int
	for i, v := range vs {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		touched = touched[:0]
		for k, t := range v.Terms {
			list := index[t]
			lo, hi := 0, len(list)
			if len(list) > Postings {
				// the Postings sentences nearest to i
				at, _ := slices.BinarySearchFunc(list, i, func(p posting, i int) int { return p.sentence - i })
				lo = min(max(0, at-Postings/2), len(list)-Postings)
				hi = lo + Postings
			}
			for _, p := range list[lo:hi] {
				if p.sentence == i {
					continue
				}
				if acc[p.sentence] == 0 {
					touched = append(touched, p.sentence)
				}
				acc[p.sentence] += v.Weights[k] * p.weight
			}
		}
		// Keep the Neighbours best in a small sorted array: one pass,
		// instead of sorting every candidate.
		es := make([]edge, 0, min(len(touched), Neighbours))
		for _, j := range touched {
			e := edge{j, acc[j]}
			acc[j] = 0
			if e.w <= 0 || len(es) == Neighbours && !e.before(es[len(es)-1]) {
				continue
			}
			at := len(es)
			for at > 0 && e.before(es[at-1]) {
				at--
			}
			if len(es) < Neighbours {
				es = append(es, edge{})
			}
			copy(es[at+1:], es[at:len(es)-1])
			es[at] = e
		}
		kept[i] = es
	}

	// Make it symmetric: i–j is an edge when i keeps j or j keeps i, with
	// the weight the lower index found when it kept the edge.
	adj := make([][]edge, n)
	for i, es := range kept {
		for _, e := range es {
			if e.j < i && slices.ContainsFunc(kept[e.j], func(b edge) bool { return b.j == i }) {
				continue // added from the other end
			}
			adj[i] = append(adj[i], edge{e.j, e.w})
			adj[e.j] = append(adj[e.j], edge{i, e.w})
		}
	}
	g := &Graph{Start: make([]int, n+1)}
	for i, es := range adj {
		slices.SortFunc(es, func(a, b edge) int { return a.j - b.j })
		for _, e := range es {
			g.Col = append(g.Col, e.j)
			g.W = append(g.W, e.w)
		}
		g.Start[i+1] = len(g.Col)
	}
	return g, nil
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
	n := g.Nodes()
	if n == 0 {
		return nil, nil
	}
	d, tol, maxIter, prior, err := p.resolve(n)
	if err != nil {
		return nil, err
	}
	out := make([]float64, n)
	for i := range n {
		for k := g.Start[i]; k < g.Start[i+1]; k++ {
			out[i] += g.W[k]
		}
	}
	x := make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	next := make([]float64, n)
	share := make([]float64, n) // x[j] / out[j]
	for it := range maxIter {
		if it%8 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		var lost float64
		for j := range n {
			if out[j] > 0 {
				share[j] = x[j] / out[j]
			} else {
				share[j] = 0
				lost += x[j]
			}
		}
		jump := d*lost + 1 - d
		var delta float64
		for i := range n {
			var s float64
			for k := g.Start[i]; k < g.Start[i+1]; k++ {
				s += g.W[k] * share[g.Col[k]]
			}
			v := d*s + jump*prior[i]
			next[i] = v
			delta += math.Abs(v - x[i])
		}
		x, next = next, x
		if delta < tol {
			break
		}
	}
	return x, nil
}

// DenseLimit is the most sentences ranked on the dense graph; longer
// documents are ranked on the sparse one, whose cost grows linearly.
const DenseLimit = 200

// Centrality returns the TextRank scores of the sentences whose vectors
// are vs: over the dense cosine graph (gonum mat) up to DenseLimit
// sentences, over SparseSimilarity's graph beyond.
func Centrality(ctx context.Context, vs []Vector, p Params) ([]float64, error) {
	if len(vs) <= DenseLimit {
		return TextRank(ctx, Similarity(vs), p)
	}
	g, err := SparseSimilarity(ctx, vs)
	if err != nil {
		return nil, err
	}
	return SparseTextRank(ctx, g, p)
}
