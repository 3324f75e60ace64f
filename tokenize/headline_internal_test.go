package tokenize

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFieldsAtMost: the words fieldsAtMost counts, marks and symbols
// between them none.
func TestFieldsAtMost(t *testing.T) {
	tests := []struct {
		name  string
		s     string
		words int // the fewest n for which fieldsAtMost holds
	}{
		{"words and a hyphen apart", "صدى الشعب - سامي خالد", 4},
		{"an en dash apart", "صدى الشعب – سامي خالد", 4},
		{"an em dash apart", "صدى الشعب — سامي خالد", 4},
		{"a bullet apart", "أخبار • رياضة • محليات", 3},
		{"a star apart", "أخبار ★ رياضة", 2},
		{"an arrow apart", "الرئيسية → أخبار", 2},
		{"quotation marks around a word", "فيلم “الطريق” الجديد", 3},
		{"an en dash joining two words", "الروسي–الأمريكي", 1},
		{"Tifinagh's letters", "ⴰⴳⵍⵍⵉⴷ ⴰⵎⵇⵔⴰⵏ", 2},
		{"a lone byte of a mark's three", "ذ \xe2", 2},
		{"a mark's first byte before ASCII", "ذ \xe2a", 2},
		{"empty", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.True(t, fieldsAtMost(tt.s, tt.words), "at most %d", tt.words)
			if tt.words > 0 {
				assert.False(t, fieldsAtMost(tt.s, tt.words-1), "at most %d", tt.words-1)
			}
		})
	}
}
