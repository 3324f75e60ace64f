package rank

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"

	"gonum.org/v1/gonum/mat"
)

// IDF gives the inverse document frequency of a term learned elsewhere,
// for example from a background corpus. ok is false for an unknown term,
// which then gets the document's own IDF, as does a term whose weight is
// negative, infinite or NaN.
type IDF interface {
	IDF(term string) (idf float64, ok bool)
}

// IDFMap is an IDF held in a map.
type IDFMap map[string]float64

// IDF implements IDF.
func (m IDFMap) IDF(term string) (float64, bool) {
	v, ok := m[term]
	return v, ok
}

// Vector is a sparse, L2-normalized TF-IDF vector: term ids in increasing
// order and their weights.
type Vector struct {
	Terms   []int
	Weights []float64
}

// Dot returns the dot product of two vectors, the cosine similarity since
// both are normalized.
func (v Vector) Dot(w Vector) float64 {
	var s float64
	i, j := 0, 0
	for i < len(v.Terms) && j < len(w.Terms) {
		switch {
		case v.Terms[i] < w.Terms[j]:
			i++
		case v.Terms[i] > w.Terms[j]:
			j++
		default:
			s += float64(v.Weights[i] * w.Weights[j]) // no fused multiply-add: see doc.go
			i++
			j++
		}
	}
	return s
}

// TFIDF turns the term lists of a document's sentences into vectors.
// Term frequency is 1+ln(count), so that a term repeated in one long
// sentence does not swamp the others. IDF is ln((1+N)/(1+df))+1 over the
// N sentences, or idf's value for the terms it knows. A sentence without
// terms gets the zero vector.
func TFIDF(sentences [][]string, idf IDF) []Vector {
	total := 0
	for _, terms := range sentences {
		total += len(terms)
	}
	ids := make(map[string]int, total/2)
	var names []string
	byID := make([][]int, len(sentences))
	for i, terms := range sentences {
		byID[i] = make([]int, len(terms))
		for k, t := range terms {
			id, ok := ids[t]
			if !ok {
				id = len(names)
				ids[t] = id
				names = append(names, t)
			}
			byID[i][k] = id
		}
	}
	return TFIDFByID(byID, names, idf)
}

// TFIDFByID is TFIDF for sentences whose terms are already numbered, as
// tokenize.Lexicon numbers them: ids run from 0 to len(terms)-1 and
// terms[id] is the term that idf is asked about. It needs no map, so it is
// the faster of the two. It takes the sentences over: each is sorted in
// place, and its vector's Terms are its first ids, repeats dropped.
func TFIDFByID(sentences [][]int, terms []string, idf IDF) []Vector {
	df := make([]int, len(terms))
	seen := make([]int, len(terms)) // last sentence that counted a term, +1
	total := 0
	for i, ids := range sentences {
		total += len(ids)
		for _, id := range ids {
			if seen[id] != i+1 {
				seen[id] = i + 1
				df[id]++
			}
		}
	}
	// Most terms share a few document frequencies: each logarithm is
	// taken once, in byDF[df] (0 until then; a weight is at least 1),
	// carved from the weights' array.
	weight := make([]float64, len(terms)+len(sentences)+1)
	weight, byDF := weight[:len(terms):len(terms)], weight[len(terms):]
	n := float64(len(sentences))
	for id, t := range terms {
		if idf != nil {
			// A weight no IDF can be is taken as unknown: NaN or an
			// infinity would make every vector NaN, a negative weight
			// the graph's edges negative.
			if v, ok := idf.IDF(t); ok && v >= 0 && !math.IsInf(v, 1) {
				weight[id] = v
				continue
			}
		}
		if byDF[df[id]] == 0 {
			byDF[df[id]] = Log((1+n)/(1+float64(df[id]))) + 1
		}
		weight[id] = byDF[df[id]]
	}
	// The vectors' terms are the sentences' own ids, sorted in place with
	// repeats dropped, and their weights are carved from one array: no
	// allocation per sentence, and no copy of the ids.
	allWeights := make([]float64, 0, total)
	out := make([]Vector, len(sentences))
	for i, ids := range sentences {
		slices.Sort(ids)
		from := len(allWeights)
		var norm float64
		kept := 0
		for k := 0; k < len(ids); {
			id, count := ids[k], 1
			for k+count < len(ids) && ids[k+count] == id {
				count++
			}
			k += count
			w := weight[id] // (1 + ln count) × weight, and ln 1 is 0
			if count > 1 {
				w *= 1 + Log(float64(count))
			}
			ids[kept] = id
			kept++
			allWeights = append(allWeights, w)
			norm += float64(w * w)
		}
		v := Vector{Terms: ids[:kept:kept], Weights: allWeights[from:len(allWeights):len(allWeights)]}
		unit(v.Weights, norm)
		out[i] = v
	}
	return out
}

// Centroid returns the normalized sum of the vectors: the direction of the
// whole document.
func Centroid(vs []Vector) Vector {
	sum := make([]float64, idSpan(vs))
	for _, v := range vs {
		for k, id := range v.Terms {
			sum[id] += v.Weights[k]
		}
	}
	nonzero := 0
	for _, w := range sum {
		if w != 0 {
			nonzero++
		}
	}
	c := Vector{Terms: make([]int, 0, nonzero), Weights: make([]float64, 0, nonzero)}
	var norm float64
	for id, w := range sum {
		if w != 0 {
			c.Terms = append(c.Terms, id)
			c.Weights = append(c.Weights, w)
			norm += float64(w * w)
		}
	}
	unit(c.Weights, norm)
	return c
}

// idSpan returns one more than the highest term id of the vectors (whose
// terms are in increasing order): the size of a table indexed by id.
func idSpan(vs []Vector) int {
	span := 0
	for _, v := range vs {
		if len(v.Terms) > 0 {
			span = max(span, v.Terms[len(v.Terms)-1]+1)
		}
	}
	return span
}

// unit scales weights, whose squares sum to norm2, to unit length.
func unit(weights []float64, norm2 float64) {
	if norm2 > 0 {
		norm := math.Sqrt(norm2)
		for k := range weights {
			weights[k] /= norm
		}
	}
}

// Similarity returns the cosine similarity matrix of the vectors, with a
// zero diagonal: a sentence does not vote for itself.
func Similarity(vs []Vector) *mat.SymDense {
	n := len(vs)
	s := mat.NewSymDense(max(n, 1), nil)
	if n == 0 {
		return s
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			if d := vs[i].Dot(vs[j]); d > 0 {
				s.SetSym(i, j, d)
			}
		}
	}
	return s
}

// Params steers the power iteration. The zero value means the defaults;
// a Damping outside (0, 1], a Tolerance not above 0 or a negative MaxIter
// is refused (ErrParams).
type Params struct {
	// Damping is the probability of following an edge rather than jumping
	// to the prior. 0 means 0.85.
	Damping float64
	// Tolerance ends the iteration when the L1 change of the scores falls
	// below it. 0 means 1e-9.
	Tolerance float64
	// MaxIter caps the iterations. 0 means 200.
	MaxIter int
	// Prior is the personalization vector: where a random jump lands. It is
	// normalized to sum 1; nil, empty or all zero means uniform. Its length
	// must match the graph.
	Prior []float64
}

// resolve returns the parameters with their defaults filled in and the
// prior normalized for n sentences.
func (p Params) resolve(n int) (damping, tol float64, maxIter int, prior []float64, err error) {
	damping, tol, maxIter = p.Damping, p.Tolerance, p.MaxIter
	if damping == 0 {
		damping = 0.85
	}
	if tol == 0 {
		tol = 1e-9
	}
	if maxIter == 0 {
		maxIter = 200
	}
	switch {
	case !(damping > 0 && damping <= 1): // NaN too
		return 0, 0, 0, nil, fmt.Errorf("%w: Damping is %v; use a probability in (0, 1], or 0 for 0.85", ErrParams, p.Damping)
	case !(tol > 0):
		return 0, 0, 0, nil, fmt.Errorf("%w: Tolerance is %v; use a positive change, or 0 for 1e-9", ErrParams, p.Tolerance)
	case maxIter < 0:
		return 0, 0, 0, nil, fmt.Errorf("%w: MaxIter is %d; use a positive count, or 0 for 200", ErrParams, p.MaxIter)
	}
	prior, err = normalizePrior(p.Prior, n)
	return damping, tol, maxIter, prior, err
}

// ErrParams is returned for a Damping, a Tolerance or a MaxIter out of
// range; the error names it and what to use.
var ErrParams = errors.New("rank: parameter out of range")

// errNoGraph is TextRank's and SparseTextRank's error for a nil graph.
var errNoGraph = errors.New("rank: no graph (nil); build one with Similarity or SparseSimilarity")

// ErrPrior is returned when a prior does not fit the graph.
var ErrPrior = errors.New("rank: prior must have one non-negative, finite entry per sentence")

// TextRank returns the stationary scores of a random walk on the weighted
// graph w (n×n, w[i][j] the weight of the edge between i and j), summing to
// 1. It starts from the uniform vector and iterates
//
//	x ← d·M·x + (d·dangling(x) + 1 − d)·p
//
// where M is w with columns normalized to sum 1, p is the prior and
// dangling(x) the score mass on sentences without edges, which jumps as the
// prior says. The result depends only on w and the parameters. ctx is
// checked between iterations.
func TextRank(ctx context.Context, w mat.Matrix, p Params) ([]float64, error) {
	if w == nil {
		return nil, errNoGraph
	}
	n, c := w.Dims()
	if n != c {
		return nil, fmt.Errorf("rank: graph must be square, got %d×%d", n, c)
	}
	if n == 0 {
		return nil, nil
	}
	m := mat.NewDense(n, n, nil)
	m.Copy(w)
	raw := m.RawMatrix()
	dangling := make([]bool, n)
	sums := make([]float64, n)
	for i := range n {
		row := raw.Data[i*raw.Stride : i*raw.Stride+n]
		for j, v := range row {
			sums[j] += v
		}
	}
	for j, sum := range sums {
		dangling[j] = sum <= 0
	}
	for i := range n {
		row := raw.Data[i*raw.Stride : i*raw.Stride+n]
		for j := range row {
			if dangling[j] {
				row[j] = 0
			} else {
				row[j] /= sums[j] // columns sum to 1
			}
		}
	}
	// The walk M·x is a loop of ours, not gonum's MulVec: on amd64 that
	// sums in assembly in another order than its Go code elsewhere, and the
	// scores would differ in their last bits from machine to machine.
	return powerIterate(ctx, p, dangling, func(x, dst []float64) {
		mulVec(raw.Data, raw.Stride, n, x, dst)
	})
}

// mulVec writes m·x into dst, m being n×n in rows of stride. Each row is
// summed from left to right, whatever the machine; four rows go side by
// side, so that each x[j] is loaded once for the four and their sums run
// in parallel. That brings it near gonum's assembly: BenchmarkRank/dense
// (graph and walk) is 14% slower at 40 sentences, 55% faster at 4, the
// same at 400, and whole summaries are not measurably slower.
func mulVec(data []float64, stride, n int, x, dst []float64) {
	x = x[:n]
	i := 0
	for ; i+4 <= n; i += 4 {
		r0 := data[i*stride : i*stride+n]
		r1 := data[(i+1)*stride : (i+1)*stride+n]
		r2 := data[(i+2)*stride : (i+2)*stride+n]
		r3 := data[(i+3)*stride : (i+3)*stride+n]
		var s0, s1, s2, s3 float64
		for j, xj := range x {
			s0 += float64(r0[j] * xj)
			s1 += float64(r1[j] * xj)
			s2 += float64(r2[j] * xj)
			s3 += float64(r3[j] * xj)
		}
		dst[i], dst[i+1], dst[i+2], dst[i+3] = s0, s1, s2, s3
	}
	for ; i < n; i++ {
		row := data[i*stride : i*stride+n]
		var s float64
		for j, xj := range x {
			s += float64(row[j] * xj)
		}
		dst[i] = s
	}
}

// powerIterate runs the iteration of TextRank from the uniform vector,
//
//	x ← d·walk(x) + (d·lost(x) + 1 − d)·p
//
// where walk writes into dst one step of the walk from x (M·x, M the graph
// with its columns normalized to sum 1 and dangling columns 0), lost(x) is
// the score on the dangling sentences and p the prior, until the L1 change
// falls below the tolerance. ctx is checked every 8 iterations. The dense
// and the sparse TextRank share it, so that they compute the same scores.
func powerIterate(ctx context.Context, p Params, dangling []bool, walk func(x, dst []float64)) ([]float64, error) {
	ctx = orBackground(ctx)
	n := len(dangling)
	d, tol, maxIter, prior, err := p.resolve(n)
	if err != nil {
		return nil, err
	}
	x := make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	next := make([]float64, n)
	for it := range maxIter {
		if it%8 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		var lost float64
		for j, isDangling := range dangling {
			if isDangling {
				lost += x[j]
			}
		}
		walk(x, next)
		jump := float64(d*lost) + 1 - d
		var delta float64
		for i, s := range next {
			v := float64(d*s) + float64(jump*prior[i])
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

func normalizePrior(p []float64, n int) ([]float64, error) {
	out := make([]float64, n)
	var sum float64
	if len(p) > 0 {
		if len(p) != n {
			return nil, fmt.Errorf("%w: got %d entries for %d sentences", ErrPrior, len(p), n)
		}
		for _, v := range p {
			if v < 0 || math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("%w: got %v", ErrPrior, v)
			}
			sum += v
		}
	}
	if sum == 0 {
		for i := range out {
			out[i] = 1 / float64(n)
		}
		return out, nil
	}
	for i, v := range p {
		out[i] = v / sum
	}
	return out, nil
}

// Order returns the indices of scores from the highest score to the lowest.
// Scores equal in their first 40 significant bits (about 12 digits) count
// as ties, broken by the lower index first, so that a difference in the
// last bits cannot reorder them.
func Order(scores []float64) []int {
	idx := make([]int, len(scores))
	key := make([]float64, len(scores))
	for i, s := range scores {
		idx[i] = i
		key[i] = roundSig(s)
	}
	sort.SliceStable(idx, func(a, b int) bool { return key[idx[a]] > key[idx[b]] })
	return idx
}

// roundSig rounds x to 40 significant bits. Frexp, Round and Ldexp are
// exact, so the key is the same on every machine; a decimal rounding would
// need math.Log10, which is not.
func roundSig(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	m, e := math.Frexp(x)
	return math.Ldexp(math.Round(math.Ldexp(m, 40)), e-40)
}

// orBackground is ctx, or context.Background() for a nil one: the context
// package asks callers never to pass nil, but a struct's unset field gives
// it, and the check between iterations panicked.
func orBackground(ctx context.Context) context.Context {
	if ctx == nil {
		return context.Background()
	}
	return ctx
}
