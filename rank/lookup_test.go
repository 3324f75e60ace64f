package rank

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLookupDotIsDot: a Lookup gives the dot product that Vector.Dot
// gives, to the bit, for a vector shorter or longer than the point where
// it starts indexing, and for terms past the looked-up vector's last.
func TestLookupDotIsDot(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	vector := func(n, span int) Vector {
		var v Vector
		for id := range span {
			if len(v.Terms) < n && rng.IntN(span) < 2*n {
				v.Terms = append(v.Terms, id)
				v.Weights = append(v.Weights, rng.Float64())
			}
		}
		return v
	}
	tests := []struct {
		name       string
		long, span int
	}{
		{"a short vector, merged", 10, 100},
		{"a long vector, indexed", 3 * lookupFrom, 20 * lookupFrom},
		{"the empty vector", 0, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := vector(tt.long, tt.span)
			l := NewLookup(w)
			for range 200 {
				v := vector(1+rng.IntN(30), tt.span+50) // ids past w's last too
				assert.Equal(t, math.Float64bits(v.Dot(w)), math.Float64bits(l.Dot(v)))
			}
		})
	}
}
