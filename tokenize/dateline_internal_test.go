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

// TestPlaceAlone: a place or a site's name and a dash, alone on a line.
func TestPlaceAlone(t *testing.T) {
	tests := []struct {
		name string
		s    string
		want bool
	}{
		{"a place and a dash", "القاهرة -", true},
		{"…blanks around", " القاهرة - ", true},
		{"…an en dash joined", "القاهرة–", true},
		{"…two dashes", "القاهرة --", true},
		{"…a tatweel drawn as a dash", "القاهرة ـ", true},
		{"…a tag closing the line", "<b>القاهرة -</b>", true},
		{"…the dash an entity", "القاهرة &ndash;", true},
		{"a place of two words", "الدار البيضاء -", true},
		{"three words", "الحكومة ترفع الأسعار -", false},
		{"a stop word first", "من القاهرة -", false},
		{"a figure", "عام 2024 -", false},
		{"a word after the dash", "القاهرة - خاص بالموظفين", false},
		{"…and a dash at the end", "القاهرة - خاص بالموظفين -", false},
		{"a tag closing a line with no dash", "<b>القاهرة</b>", false},
		{"a dash first", "- القاهرة", false},
		{"a dash alone", "-", false},
		{"a mark before the word", "(القاهرة) -", false},
		{"no dash", "القاهرة", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, placeAlone(tt.s))
		})
	}
}

// TestBylineFirst: every word of bylineWords opens with two bytes that
// bylineFirst lets through, so that a word added to them is not let go
// before it is looked up (bylineFirst's bytes are written out, not taken
// from the words, to cost a switch and no loop).
func TestBylineFirst(t *testing.T) {
	for _, w := range bylineWords {
		assert.True(t, bylineFirst(w+" محمد"), w)
	}
	assert.False(t, bylineFirst("أعلنت الحكومة"))
	assert.False(t, bylineFirst("م"[:1]))
}
