package tokenize_test

import (
	"fmt"
	"math/rand/v2"
	"net/url"
	"regexp"
	"strconv"
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
		// read as Windows-1256, the code page of Arabic Windows, the text
		// keeps letters: «الحكومة» becomes «ط§ظ„ط­ظƒظˆظ…ط©»
		{"UTF-8 read as Windows-1256", decode(t, charmap.Windows1256, ours), 0.5, 1},
		{"ط ظ ع غ before the punctuation that may end a word", "فقط… «الواقع» نوع، بلاغ؛ ضغط“ حظ– طبع’ مطاع» لفظ؟ ضبع ", 0, 0},
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
	// What Windows-1256 reads a continuation byte as, but its letters and
	// the punctuation that may follow a word.
	misread1256 := map[rune]bool{}
	for b := 0x80; b <= 0xBF; b++ {
		if r := charmap.Windows1256.DecodeByte(byte(b)); !unicode.IsLetter(r) && !strings.ContainsRune("…‘’“”•–—\u200c\u200d\u00a0،؛؟«»", r) {
			misread1256[r] = true
		}
	}
	rs := []rune(s) // an invalid byte is one U+FFFD, as ranging decodes it
	for k := 0; k < len(rs); k++ {
		r := rs[k]
		n++
		if k+1 < len(rs) && ('Ø' <= r && r <= 'Û' && misread[rs[k+1]] || 'ط' <= r && r <= 'غ' && misread1256[rs[k+1]]) {
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
	for _, s := range []string{ours, "a\xffb\xe0\x80", "\ufffd\x00x", "\xdf", "\xc2\x80\xc1\xbf", "\xed\xa0\x80", "Ø§Ù„Ø", "Ù\ufffdÚ€Û\xff", "ØØ§", "ط§ظ„ط£ظ…", "عغ™ط…ظ\u00a0", "ط€ظپع‚غƒط„ظ…ع†غ‡طˆظ‰عٹغ‹طŒظچعژغڈطگظ‘ع’غ“ط”ظ•ع–غ—طکظ™عڑغ›طœظ\u200cع\u200dغںط\u00a0ظ،ع¢غ£ط¤ظ¥ع¦غ§ط¨ظ©عھغ«ط¬ظ\u00adع®غ¯ط°ظ±ع²غ³ط´ظµع¶غ·ط¸ظ¹ع؛غ»ط¼ظ½ع¾غ؟"} {
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

// byteEscapes writes each byte of s past ASCII as \xHH, as printing a
// Python bytes object gives UTF-8 text.
func byteEscapes(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			b.WriteByte(s[i])
		} else {
			fmt.Fprintf(&b, `\x%02x`, s[i])
		}
	}
	return b.String()
}

// entities writes each character of s past ASCII as an HTML numeric
// character reference, decimal or hexadecimal.
func entities(s string, hex bool) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case hex:
			fmt.Fprintf(&b, "&#x%X;", r)
		default:
			fmt.Fprintf(&b, "&#%d;", r)
		}
	}
	return b.String()
}

func TestEscaped(t *testing.T) {
	tests := []struct {
		name            string
		in              string
		escaped, arabic int
	}{
		{"UTF-8 Arabic", ours, 0, 90},
		{"HTML decimal references", entities(ours, false), 90, 0},
		{"HTML hexadecimal references", entities(ours, true), 90, 0},
		// JSON encoded twice, or with ASCII output: the decoder once more gives the text
		{"JSON or Go \\u escapes", strconv.QuoteToASCII(ours), 90, 0},
		{"percent-encoded, as in a URL or a form", url.QueryEscape(ours), 90, 0},
		{"Python's bytes printed", byteEscapes(ours), 90, 0},
		{"half escaped", entities(ours, false) + ours, 90, 90},
		{"references without a semicolon, with leading zeros, in either case", "&#1575&#x0644&#X64A;&#0001576;", 4, 0},
		{"lower-case hexadecimal", `\u06a9 %d8%a7 \xd9\x84`, 3, 0},
		{"escapes of Latin letters are not counted", `caf&#233; \u00e9 %C3%A9 \xc3\xa9 &#x41;`, 0, 0},
		{"an Arabic text that shows one reference", "اكتب &#1575; لتظهر الألف.", 1, 14},
		{"a number past the block", "&#15751; &#1791; &#1792; &#99999999999999999999999;", 1, 0},
		{"broken escapes", `&# &#; &#x; \u062 \u06G7 %D8 %D8%41 %D8%D8 \xd8 \xd8\x41 \x`, 0, 0},
		{"an escape at the end", "%D8%A7", 1, 0},
		{"a broken escape before a whole one", `%D8%D8%A7 \xd8\xd9\x84 \\u0627`, 3, 0},
		{"empty", "", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			escaped, arabic := tokenize.Escaped(tt.in)
			assert.Equal(t, tt.escaped, escaped, "escaped in %+q", tt.in)
			assert.Equal(t, tt.arabic, arabic, "written as themselves in %+q", tt.in)
		})
	}
}

// escapeRE finds the escapes Escaped counts, for the plain version below.
var escapeRE = regexp.MustCompile(`&#([0-9]+)|&#[xX]([0-9a-fA-F]+)|\\u([0-9a-fA-F]{4})|%([dD][89abAB])%([89abAB][0-9a-fA-F])|\\x([dD][89abAB])\\x([89abAB][0-9a-fA-F])`)

// escaped is Escaped written plainly with a regular expression, for the
// fuzz target to hold the fast one to.
func escaped(s string) (escaped, arabic int) {
	for _, m := range escapeRE.FindAllStringSubmatch(s, -1) {
		var r uint64 = 0x600 // two escaped bytes: D8..DB then a continuation byte
		var err error
		switch {
		case m[1] != "":
			r, err = strconv.ParseUint(m[1], 10, 64)
		case m[2] != "":
			r, err = strconv.ParseUint(m[2], 16, 64)
		case m[3] != "":
			r, err = strconv.ParseUint(m[3], 16, 64)
		}
		if err == nil && 0x600 <= r && r <= 0x6FF {
			escaped++
		}
	}
	for _, r := range s {
		if 0x600 <= r && r <= 0x6FF {
			arabic++
		}
	}
	return escaped, arabic
}

func FuzzEscaped(f *testing.F) {
	for _, s := range []string{ours, entities(ours[:30], false), entities(ours[:30], true), strconv.QuoteToASCII(ours[:30]), url.QueryEscape(ours[:30]), byteEscapes(ours[:30]), "&#99999999999999999999999;", `%D8%D8%A7\\u0627`, "\xd8&#1575"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gotEscaped, gotArabic := tokenize.Escaped(s)
		wantEscaped, wantArabic := escaped(s)
		assert.Equal(t, wantEscaped, gotEscaped, "escaped in %+q", s)
		if utf8.ValidString(s) {
			// a stray lead byte D8..DB counts as a character of the block
			assert.Equal(t, wantArabic, gotArabic, "written as themselves in %+q", s)
		}
	})
}

func ExampleEscaped() {
	for _, s := range []string{
		"افتتح الوزير المعرض.",
		`\u0627\u0641\u062a\u062a\u062d \u0627\u0644\u0648\u0632\u064a\u0631`, // JSON encoded twice
		"&#1575;&#1601;&#1578;&#1578;&#1581;",                                 // HTML
	} {
		escaped, arabic := tokenize.Escaped(s)
		fmt.Println(escaped, arabic)
	}
	// Output:
	// 0 17
	// 11 0
	// 5 0
}
