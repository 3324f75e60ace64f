package tokenize

import (
	"strings"
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

// TestPageChrome: a page's buttons, its count of views and its reading
// time are read whole, any figure for the count, in Arabic and in
// English; a headline that opens with their words is none of them.
func TestPageChrome(t *testing.T) {
	for _, c := range []struct {
		name, line string
		want       bool
	}{
		{"print", "طباعة", true},
		{"…the story", "طباعة الخبر", true},
		{"font size", "حجم الخط", true},
		{"…buttons in Latin letters", "A A A", true},
		{"…with marks", "A+ A-", true},
		{"print in English", "Print", true},
		{"views counted", "عدد المشاهدات: 1234", true},
		{"…in Arabic-Indic figures, a separator of thousands", "المشاهدات: ١٬٢٣٤", true},
		{"…a comma for it", "المشاهدات: 1,234", true},
		{"…the figure first", "1234 مشاهدة", true},
		{"…in English", "Views: 12", true},
		{"reading time", "وقت القراءة: 3 دقائق", true},
		{"…eleven minutes and more", "قراءة: 12 دقيقة", true},
		{"…the figure first", "3 دقائق للقراءة", true},
		{"…ten minutes", "10 دقائق للقراءة", true},
		{"…a decimal figure", "2.5 دقيقة للقراءة", true},
		{"…in Arabic-Indic figures, an Arabic decimal separator", "١٫٥ دقيقة للقراءة", true},
		{"…one minute, in words", "دقيقة واحدة للقراءة", true},
		{"…in English", "3 min read", true},
		{"a share label without its colon", "شارك الخبر", true},
		{"a headline that opens with print", "طباعة الكتب المدرسية تتأخر", false},
		{"a headline that opens with views", "عدد المشاهدات يتضاعف", false},
		{"views and no count", "عدد المشاهدات", false},
		{"a figure and a word", "مشاهدة 12 ألف", false},
		{"letters in the figure", "3a دقائق للقراءة", false},
		{"a figure alone", "1234", false},
		{"nothing", "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, pageChrome(c.line))
		})
	}
	// A heading longer than any of them, a headline, is let go unread:
	// normalizing it would outgrow the buffer on the stack.
	long := "طباعة " + strings.Repeat("الكتب ", maxChromeBytes/len("الكتب "))
	assert.False(t, pageChrome(long))
	assert.Zero(t, testing.AllocsPerRun(100, func() { pageChrome(long) }))
}
