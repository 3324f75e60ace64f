package tokenize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

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

// TestPhraseSetsFit: every phrase of the sets that holds looks up fits
// foldPhrase's buffer, so that a line whose words do not fit it is none of
// them.
func TestPhraseSetsFit(t *testing.T) {
	for name, set := range map[string]phraseSet{"shareLabels": shareLabels, "captionCredits": captionCredits, "relatedHeadings": relatedHeadings, "chromeLines": chromeLines} {
		for phrase := range set {
			assert.LessOrEqual(t, len(phrase), maxPhraseBytes, "%s: %q", name, phrase)
			var buf [maxPhraseBytes]byte
			words, ok := foldPhrase(&buf, phrase)
			assert.True(t, ok, "%s: %q", name, phrase)
			assert.Equal(t, phrase, string(words), "%s: a phrase folds to itself", name)
		}
	}
	var buf [maxPhraseBytes]byte
	_, ok := foldPhrase(&buf, strings.Repeat("شارك ", maxPhraseBytes))
	assert.False(t, ok, "words that do not fit")
}

// TestLower: lower is strings.ToLower, every rune alone and among Arabic
// letters, an invalid byte too, and copies nothing where nothing changes.
func TestLower(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		for _, s := range []string{string(r), "شارك" + string(r)} {
			if got, want := lower(s), strings.ToLower(s); got != want {
				t.Fatalf("lower(%q) = %q, want %q", s, got, want)
			}
		}
	}
	for _, s := range []string{"شارك \xff", "\xffA", "GETTY Images", "Ǆ", "ᴹin"} {
		assert.Equal(t, strings.ToLower(s), lower(s), "%q", s)
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { lower("تابعونا على") }))
}
