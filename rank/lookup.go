package rank

// A Lookup holds one vector for dot products with many others. Vector.Dot
// walks both vectors, so the dot products of n sentences with the
// document's centroid, which holds every term of the document, cost n
// times its length: quadratic in a text of many short sentences that each
// bring a word of their own (list rows, numbered lines): 20–25 s for 200,000
// of them. A long vector is therefore indexed by term id, once, and each
// product then costs the other vector's length.
type Lookup struct {
	v Vector
	// at is 1 + the place of each term id in v.Terms, 0 for an id that v
	// lacks; nil for a short v, which Dot merges as Vector.Dot does.
	at []int32
}

// lookupFrom is the length from which a Lookup indexes its vector: below
// it, merging costs about what indexing would, without the table.
const lookupFrom = 256

// NewLookup returns a Lookup of v.
func NewLookup(v Vector) Lookup {
	l := Lookup{v: v}
	if len(v.Terms) >= lookupFrom {
		l.at = make([]int32, v.Terms[len(v.Terms)-1]+1)
		for k, id := range v.Terms {
			l.at[id] = int32(k + 1)
		}
	}
	return l
}

// Dot returns w.Dot of the Lookup's vector, to the bit: the products are
// the same and are added in the same order, by increasing term id.
func (l Lookup) Dot(w Vector) float64 {
	if l.at == nil {
		return w.Dot(l.v)
	}
	var s float64
	for k, id := range w.Terms {
		if id < len(l.at) {
			if at := l.at[id]; at > 0 {
				s += float64(w.Weights[k] * l.v.Weights[at-1]) // no fused multiply-add: see doc.go
			}
		}
	}
	return s
}
