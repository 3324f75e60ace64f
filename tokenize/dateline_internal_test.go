package tokenize

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

// dashApart finds a dash by its first byte, '-' or 0xE2: each dash that
// isDash reads opens with one of them.
func TestDashesOpenWithTheirBytes(t *testing.T) {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isDash(r) {
			n++
			b := string(r)
			assert.True(t, b[0] == '-' || b[0] == 0xE2, "%U", r)
		}
	}
	assert.Equal(t, 7, n, "the dashes isDash reads")
}
