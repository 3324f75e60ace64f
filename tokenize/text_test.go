package tokenize_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/talkhis/talkhis/tokenize"
)

// ours is an Arabic paragraph of our own, in UTF-8.
const ours = "قال الوزير إن الحكومة ستخفض الضرائب هذا العام، وأضاف أن القرار سيدخل حيز التنفيذ في الشهر المقبل. هل يكفي ذلك؟\n"

// encode writes ours in another encoding, as a file from an older archive
// or from Windows Notepad arrives.
func encode(t *testing.T, e encoding.Encoding) string {
	s, err := e.NewEncoder().String(ours)
	require.NoError(t, err)
	return s
}

// decode reads s as if it were in e, as a program that took UTF-8 for a
// single-byte code page does.
func decode(t *testing.T, e encoding.Encoding, s string) string {
	out, err := e.NewDecoder().String(s)
	require.NoError(t, err)
	return out
}

func TestNotText(t *testing.T) {
	random := make([]byte, 3000)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(r.Uint32())
	}
	tests := []struct {
		name string
		in   string
		// the share of characters that are not text lies in [min, max]
		min, max float64
	}{
		{"UTF-8 Arabic", ours, 0, 0},
		{"white space and a byte order mark are text", "\ufeff\tنص\r\n\v\f", 0, 0},
		{"empty", "", 0, 0},
		{"a stray byte in UTF-8", ours[:40] + "\xff" + ours[40:], 0.001, 0.02},
		{"a character cut at the end", ours + ours[:1], 0.001, 0.02},
		{"Windows-1256", encode(t, charmap.Windows1256), 0.7, 1},
		{"ISO-8859-6", encode(t, charmap.ISO8859_6), 0.7, 1},
		{"UTF-16, little-endian", encode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)), 0.45, 0.55},
		{"UTF-16, big-endian, with a byte order mark", encode(t, xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM)), 0.45, 0.55},
		// as Go's JSON decoder and strings.ToValidUTF8 leave such a text
		{"Windows-1256 read as UTF-8, replacement characters", strings.ToValidUTF8(encode(t, charmap.Windows1256), "\ufffd"), 0.2, 1},
		{"random bytes", string(random), 0.4, 1},
		// UTF-8 decoded once more as a single-byte code page, a common
		// damage of Arabic on the web: «الحكومة» becomes «Ø§Ù„Ø­ÙƒÙˆÙ…Ø©»
		{"UTF-8 read as Windows-1252", decode(t, charmap.Windows1252, ours), 0.6, 1},
		{"UTF-8 read as Latin-1", decode(t, charmap.ISO8859_1, ours), 0.6, 1},
		{"Latin letters those readings are made of, in Latin text", "Østerbro og Ørsted. Où est-il? Ça coûte 5 € (ÙÚÛ). ØØ ÙA Ú1", 0, 0},
		{"NUL bytes", "\x00\x00\x00", 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad, n := tokenize.NotText(tt.in)
			if tt.in == "" {
				assert.Zero(t, n)
				assert.Zero(t, bad)
				return
			}
			require.Positive(t, n)
			share := float64(bad) / float64(n)
			assert.GreaterOrEqual(t, share, tt.min, "%d of %d in %+q", bad, n, tt.in)
			assert.LessOrEqual(t, share, tt.max, "%d of %d in %+q", bad, n, tt.in)
		})
	}
}

// notText is NotText written plainly, with the general decoder and
// x/text's tables of the two code pages, for the fuzz target to hold the
// fast one to.
func notText(s string) (bad, n int) {
	misread := map[rune]bool{utf8.RuneError: true}
	for b := 0x80; b <= 0xBF; b++ {
		misread[charmap.Windows1252.DecodeByte(byte(b))] = true
		misread[charmap.ISO8859_1.DecodeByte(byte(b))] = true
	}
	rs := []rune(s) // an invalid byte is one U+FFFD, as ranging decodes it
	for k := 0; k < len(rs); k++ {
		r := rs[k]
		n++
		if 'Ø' <= r && r <= 'Û' && k+1 < len(rs) && misread[rs[k+1]] {
			bad += 2
			n++
			k++
			continue
		}
		if r == utf8.RuneError || r < 0x20 && !strings.ContainsRune("\t\n\v\f\r", r) {
			bad++
		}
	}
	return bad, n
}

func FuzzNotText(f *testing.F) {
	for _, s := range []string{ours, "a\xffb\xe0\x80", "\ufffd\x00x", "\xdf", "\xc2\x80\xc1\xbf", "\xed\xa0\x80", "Ø§Ù„Ø", "Ù\ufffdÚ€Û\xff", "ØØ§"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		bad, n := tokenize.NotText(s)
		wantBad, wantN := notText(s)
		assert.Equal(t, wantN, n, "characters in %+q", s)
		assert.Equal(t, wantBad, bad, "not text in %+q", s)
	})
}

func ExampleNotText() {
	for _, s := range []string{
		"افتتح الوزير المعرض.",                                   // UTF-8
		"\xc7\xe1\xe6\xd2\xed\xd1 \xc7\xe1\xc3\xd1\xcf\xe4\xed.", // «الوزير الأردني.» in Windows-1256
		"Ø§Ù„ÙˆØ²ÙŠØ±",                                           // «الوزير» in UTF-8, read as Windows-1252
	} {
		bad, n := tokenize.NotText(s)
		fmt.Println(bad, n)
	}
	// Output:
	// 0 20
	// 13 15
	// 12 12
}

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
