package evaluate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Marks that Strip can take out of a text.
const (
	// SentenceMarks end sentences: . ! ? ؟ ۔ … (a period between two
	// digits stays, as a number is read out whole).
	SentenceMarks = ".!?؟۔…"
	// ClauseMarks go on with one: ، , ؛ ; :
	ClauseMarks = "،,؛;:"
)

// Strip returns text without the marks listed in marks and without line
// breaks: every run of them and of white space becomes one space. It turns
// a corpus into text as a speech transcript or a stripped feed comes,
// with the same references, to measure what a summarizer makes of it.
func Strip(text, marks string) string {
	var b strings.Builder
	b.Grow(len(text))
	space := false // a space is owed before the next kept rune
	var prev rune
	for i, r := range text {
		drop := unicode.IsSpace(r) || strings.ContainsRune(marks, r)
		if r == '.' && unicode.IsDigit(prev) {
			next, _ := utf8.DecodeRuneInString(text[i+1:])
			drop = !unicode.IsDigit(next)
		}
		prev = r
		if drop {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
