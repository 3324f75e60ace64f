package tokenize_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/talkhis/talkhis/tokenize"
)

func TestEntityRune(t *testing.T) {
	tests := []struct {
		in   string
		want rune
		n    int
	}{
		{"&quot;نعم", '"', 6},
		{"&#34;", '"', 5},
		{"&#x22;", '"', 6},
		{"&laquo;", '«', 7},
		{"&raquo;", '»', 7},
		{"&#171;", '«', 6},
		{"&#xBB;", '»', 6},
		{"&ldquo;", '“', 7},
		{"&rdquo;", '”', 7},
		{"&#8220;", '“', 7},
		{"&apos;", '\'', 6},
		{"&nbsp;", '\u00a0', 6},
		{"&#160;", '\u00a0', 6},
		{"&#1575;", 'ا', 7},
		{"&amp;", -1, 5},       // an entity, of no character the rules read
		{"&copy;", -1, 6},      // the same
		{"&#1114112;", -1, 10}, // past the last character
		{"&quot", 0, 0},        // no ';': text
		{"R&D;", 0, 0},
		{"", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r, n := tokenize.EntityRune(tt.in)
			assert.Equal(t, tt.want, r)
			assert.Equal(t, tt.n, n)
		})
	}
}
