package tokenize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// periodEnds looks up only words no longer than longestAbbreviation. A
// longer word could still lower to an abbreviation if one of its letters
// lowered to fewer bytes: no such letter may lower to a letter of theirs.
func TestNoLongerWordLowersToAnAbbreviation(t *testing.T) {
	var letters strings.Builder
	for a := range abbreviations {
		letters.WriteString(a)
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); utf8.RuneLen(l) < utf8.RuneLen(r) {
			assert.False(t, strings.ContainsRune(letters.String(), l), "%U lowers to %U, a letter of an abbreviation", r, l)
		}
	}
	assert.Equal(t, 4, longestAbbreviation, "prof, هـ and مج")
}

// hasNonASCII reads eight bytes at a time: a byte outside ASCII is found
// at every place of every length around a word's size.
func TestHasNonASCII(t *testing.T) {
	for n := 0; n <= 20; n++ {
		ascii := strings.Repeat("a", n)
		assert.False(t, hasNonASCII(ascii), "%d ASCII bytes", n)
		for i := 0; i < n; i++ {
			s := ascii[:i] + "\x80" + ascii[i+1:]
			assert.True(t, hasNonASCII(s), "%q", s)
		}
	}
}
