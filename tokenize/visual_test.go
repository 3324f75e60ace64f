package tokenize_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/talkhis/talkhis/tokenize"
)

// lead is a sentence of our own with eleven words that end in ة or ى.
const lead = "عقدت اللجنة الوطنية جلستها الأولى في المدينة القديمة، وناقشت على مدى ساعتين خطة الحكومة الجديدة للتنمية."

// The same sentence as a PDF holds it: in presentation forms (the glyphs of
// each letter's position, the lam-alef ligature one character), in reading
// order, and as an extractor that does not reorder right-to-left text
// writes it: the glyphs from left to right, the period first.
const (
	leadForms  = "ﻋﻘﺪﺕ ﺍﻟﻠﺠﻨﺔ ﺍﻟﻮﻃﻨﻴﺔ ﺟﻠﺴﺘﻬﺎ ﺍﻷﻭﻟﻰ ﻓﻲ ﺍﻟﻤﺪﻳﻨﺔ ﺍﻟﻘﺪﻳﻤﺔ، ﻭﻧﺎﻗﺸﺖ ﻋﻠﻰ ﻣﺪﻯ ﺳﺎﻋﺘﻴﻦ ﺧﻄﺔ ﺍﻟﺤﻜﻮﻣﺔ ﺍﻟﺠﺪﻳﺪﺓ ﻟﻠﺘﻨﻤﻴﺔ."
	leadVisual = ".ﺔﻴﻤﻨﺘﻠﻟ ﺓﺪﻳﺪﺠﻟﺍ ﺔﻣﻮﻜﺤﻟﺍ ﺔﻄﺧ ﻦﻴﺘﻋﺎﺳ ﻯﺪﻣ ﻰﻠﻋ ﺖﺸﻗﺎﻧﻭ ،ﺔﻤﻳﺪﻘﻟﺍ ﺔﻨﻳﺪﻤﻟﺍ ﻲﻓ ﻰﻟﻭﻷﺍ ﺎﻬﺘﺴﻠﺟ ﺔﻴﻨﻃﻮﻟﺍ ﺔﻨﺠﻠﻟﺍ ﺕﺪﻘﻋ"
)

// visual reverses the characters of each line of s, as an extractor that
// writes a line's glyphs from left to right gives Arabic text.
func visual(s string) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = reverse(line)
	}
	return strings.Join(lines, "\n")
}

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func TestBackwards(t *testing.T) {
	tests := []struct {
		name          string
		in            string
		back, forward int
	}{
		{"reading order", lead, 0, 11},
		{"visual order", visual(lead), 11, 0},
		{"presentation forms in reading order", leadForms, 0, 11},
		{"presentation forms in visual order, the ligature whole", leadVisual, 11, 0},
		{"visual order of several lines", visual(lead + "\n" + ours + "\n" + lead), 23, 0},
		// marks and tatweel belong to the word they sit in
		{"a final letter under a mark", "مدرسةٌ جميلةٌ", 0, 2},
		{"a mark first, as reversing puts it", reverse("مدرسةٌ جميلةٌ"), 2, 0},
		{"tatweel before the final letter", "جميلـة ومستشفـى", 0, 2},
		{"the letters alone are neither", "حرف ة وحرف ى و ﺓ", 0, 0},
		// two words typed without a space between them
		{"a final letter inside a word", "المدينةالمنورة", 0, 1},
		{"a final letter glued to the next word", "ةالمدينة", 1, 1},
		{"a final letter before a digit or Latin", "مدينة5 مدينةA", 0, 2},
		{"Latin text", "The committee met. Elle a parlé.", 0, 0},
		{"empty", "", 0, 0},
		{"bytes outside UTF-8 are not letters", "\xffة مدينة\xff \xd8ةلا", 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			back, forward := tokenize.Backwards(tt.in)
			assert.Equal(t, tt.back, back, "backwards in %+q", tt.in)
			assert.Equal(t, tt.forward, forward, "forwards in %+q", tt.in)
		})
	}
}

// backwards is Backwards written plainly over the text's characters, for
// the fuzz target to hold the fast one to.
func backwards(s string) (back, forward int) {
	final := func(r rune) bool { return strings.ContainsRune("\u0629\u0649\ufe93\ufe94\ufeef\ufef0", r) }
	mark := func(r rune) bool {
		return 0x064B <= r && r <= 0x065F || r == 0x0670 || r == 0x0640 || 0x0610 <= r && r <= 0x061A ||
			0x06D6 <= r && r <= 0x06ED || 0xFE70 <= r && r <= 0xFE7F
	}
	letter := func(r rune) bool { return !mark(r) && unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) }
	rs := []rune(s)
	for k, r := range rs {
		if !final(r) {
			continue
		}
		i, j := k-1, k+1
		for i >= 0 && mark(rs[i]) {
			i--
		}
		for j < len(rs) && mark(rs[j]) {
			j++
		}
		before, after := i >= 0 && letter(rs[i]), j < len(rs) && letter(rs[j])
		switch {
		case before && !after:
			forward++
		case after && !before:
			back++
		}
	}
	return back, forward
}

func FuzzBackwards(f *testing.F) {
	for _, s := range []string{lead, leadVisual, ours, "ةٌ", "\xd8\xa9\xd8", "ـةـ", "\ufe93\ufef0ﻷ", "\xffة"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		back, forward := tokenize.Backwards(s)
		wantBack, wantForward := backwards(s)
		assert.Equal(t, wantBack, back, "backwards in %+q", s)
		assert.Equal(t, wantForward, forward, "forwards in %+q", s)
		if !utf8.ValidString(s) {
			return // reversing characters is defined on valid UTF-8 only
		}
		// Reading the characters the other way round swaps the counts.
		rb, rf := tokenize.Backwards(reverse(s))
		assert.Equal(t, [2]int{forward, back}, [2]int{rb, rf}, "reversed %+q", s)
	})
}

func ExampleBackwards() {
	for _, s := range []string{
		"افتتح الوزير المعرض في المدينة القديمة.",
		".ﺔﻤﻳﺪﻘﻟﺍ ﺔﻨﻳﺪﻤﻟﺍ ﻲﻓ ﺽﺮﻌﻤﻟﺍ ﺮﻳﺯﻮﻟﺍ ﺢﺘﺘﻓﺍ", // the same, as a PDF extractor may give it
	} {
		back, forward := tokenize.Backwards(s)
		fmt.Println(back, forward)
	}
	// Output:
	// 0 2
	// 2 0
}
