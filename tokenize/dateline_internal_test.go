package tokenize

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

// opensAgency searches for each of dashes, so that a dateline that isDash
// reads passes its test: the two name the same runes.
func TestDashesAreIsDash(t *testing.T) {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		listed := false
		for _, d := range dashes {
			listed = listed || d == string(r)
		}
		assert.Equal(t, isDash(r), listed, "%U", r)
		if listed {
			n++
		}
	}
	assert.Equal(t, len(dashes), n, "each dash once")
}
