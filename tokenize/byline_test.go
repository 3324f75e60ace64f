package tokenize_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/tokenize"
)

func TestByline(t *testing.T) {
	const story = "أكد وزير الخارجية أن الحكومة ماضية في خطتها."
	tests := []struct {
		name   string
		byline string // what Byline finds, blanks after it too
		rest   string // the sentence after it
	}{
		{"a dash, then a colon", "كتب - محمد السيد: ", story},
		{"written by a woman", "كتبت - سارة أحمد: ", story},
		{"a tatweel for a dash", "كتب ـ محمد السيد: ", story},
		{"a colon, then a dash", "كتب: محمد السيد - ", story},
		{"by the pen of", "بقلم - عبد الرحمن محمد السيد: ", story},
		{"prepared by two", "إعداد: محمد علي وأحمد حسن: ", story},
		{"…without a hamza", "اعداد: محمد علي - ", story},
		{"a hyphen against the word", "كتب- محمد السيد- ", story},
		{"two dashes", "كتب -- محمد السيد -- ", story},
		{"the line goes on after the colon", "كتب - محمد السيد:\n", story},
		{"in a page's markup", "<strong>كتب - محمد السيد:</strong> ", story},
		{"a name of five words", "كتب - محمد بن عبد الله السيد: ", story},

		{"the verb of the sentence", "", "كتب مئات الموظفين لدى الشركة رسالة إلى مديرها."},
		{"…with a colon later", "", "كتب الوزير في مقاله: إن الحكومة ماضية في خطتها."},
		{"a section's label and a title", "", "كتب: أفضل عشر روايات صدرت هذا العام في مصر."},
		{"a name of six words", "", "كتب - محمد بن عبد الله السيد حسن: " + story},
		{"a figure for a name", "", "كتب - 5 محررين: " + story},
		{"a stop word first in the name", "", "كتب - في الصحيفة: " + story},
		{"no name", "", "كتب - : " + story},
		{"a comma after the name", "", "كتب - محمد السيد، القاهرة: " + story},
		{"too few words after", "", "كتب - محمد السيد: أكد الوزير."},
		{"a tatweel inside a word", "", "كتب ـمحمد السيد: " + story},
		{"another word first", "", "نشر - محمد السيد: " + story},
		{"a word that opens with it", "", "كتبه - محمد السيد: " + story},
		{"nothing", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.byline + tt.rest
			n := tokenize.Byline(s)
			assert.Equal(t, tt.byline, s[:n])
			if tt.byline != "" {
				assert.Equal(t, len(tt.byline)+2, tokenize.Byline(" \n"+s), "blanks before it are passed over")
			}
		})
	}
}

// FuzzByline: Byline never panics, and the length it gives is where a
// character of the sentence starts (or an invalid byte), where three
// words or more go on; a byline read is read again whatever comes after
// those words, where they hold no '<' or '&' (see FuzzDateline).
func FuzzByline(f *testing.F) {
	for _, s := range []string{
		"كتب - محمد السيد: أكد وزير الخارجية أن",
		"كتبت ـ سارة أحمد - أكد الوزير",
		"<b>بقلم: محمد</b> أكد الوزير أن",
		"كتب مئات الموظفين رسالة",
	} {
		f.Add(s, " والمزيد.")
	}
	f.Fuzz(func(t *testing.T, s, more string) {
		n := tokenize.Byline(s)
		require.GreaterOrEqual(t, n, 0)
		require.LessOrEqual(t, n, len(s))
		if n == 0 {
			return
		}
		boundary := false
		for i := range s {
			boundary = boundary || i == n
		}
		assert.True(t, boundary, "%q at %d", s, n)
		words := 0
		for range tokenize.Words(s[n:]) {
			words++
		}
		assert.GreaterOrEqual(t, words, 3, "%q at %d", s, n)
		if !strings.ContainsAny(s[n:], "<&") {
			assert.Equal(t, n, tokenize.Byline(s+more), "%q, then %q", s, more)
		}
	})
}
