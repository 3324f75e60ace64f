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
