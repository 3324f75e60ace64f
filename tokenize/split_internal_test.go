package tokenize

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLinkEnds: a line that ends with a word no sentence ends with goes
// on in the next; a blank line, under such a line or not, ends with no
// word. It was read back over the blank lines before it to the last word
// above them, and a run of blank lines cost time as its length squared
// (BenchmarkSentences/blanklines; FuzzAppendPieces hung on CI).
func TestLinkEnds(t *testing.T) {
	tests := []struct {
		name, line string
		want       bool
	}{
		{"a preposition last", "أعلنت الحكومة خطة جديدة في", true},
		{"…blanks after it", "أعلنت الحكومة خطة جديدة في \t\u00a0", true},
		{"…with its vowel", "أعلنت الحكومة خطة جديدة فِي", true},
		{"a final mark last", "أعلنت الحكومة خطة جديدة.", false},
		{"another word last", "أعلنت الحكومة خطة جديدة", false},
		{"a blank line under a preposition", "أعلنت الحكومة خطة جديدة في\n", false},
		{"…blanks on it", "أعلنت الحكومة خطة جديدة في\n  ", false},
		{"…a run of them", "أعلنت الحكومة خطة جديدة في" + strings.Repeat("\n", 50), false},
		{"…after a carriage return", "أعلنت الحكومة خطة جديدة في\r", false},
		{"…a line separator", "أعلنت الحكومة خطة جديدة في\u2028", false},
		{"…a paragraph separator", "أعلنت الحكومة خطة جديدة في\u2029", false},
		{"…a next line", "أعلنت الحكومة خطة جديدة في\u0085", false},
		{"…a form feed", "أعلنت الحكومة خطة جديدة في\f", false},
		{"a page's follow label, «على» last", "تابعونا على", false},
		{"…under the story", "أعلنت الحكومة خطة جديدة.\nتابعنا على", false},
		{"…on a line after a carriage return", "أعلنت الحكومة خطة جديدة.\rتابعونا على", false},
		{"…in a line's markup", "أعلنت الحكومة خطة جديدة.\n<p>تابعونا على", false},
		{"«على» after another verb", "أعلنت الحكومة خطة جديدة.\nوافقنا على", true},
		{"…on a line too long to be one", strings.Repeat(" ", maxFollowBytes) + "تابعونا على", true},
		{"…after a follow label's words in a sentence", "أعلنت الحكومة خطة جديدة وقالت تابعونا على", true},
		{"nothing", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, linkEnds(tt.line))
		})
	}
}
