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

func TestDeclaredCharset(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"meta charset, quoted", `<!DOCTYPE html><html><head><meta charset="windows-1256"><title>`, "windows-1256"},
		{"meta charset, single quotes and upper case", `<HTML><HEAD><META CHARSET='Windows-1256'>`, "windows-1256"},
		{"meta charset, unquoted", `<html><head><meta charset=cp1256>`, "cp1256"},
		{"http-equiv content", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">`, "iso-8859-6"},
		{"blanks around the equals sign", `<meta content="text/html; charset = windows-1256 ">`, "windows-1256"},
		{"an XML declaration", `<?xml version="1.0" encoding="windows-1256"?><rss>`, "windows-1256"},
		{"none", "<html><head><title>عنوان</title></head>", ""},
		{"plain text", "قال الوزير إن charset=windows-1256 هو الترميز.", ""},
		{"after the first 1024 bytes", "<html><head>" + strings.Repeat(" ", 1024) + `<meta charset="windows-1256">`, ""},
		{"charset with no value", `<meta charset=">`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tokenize.DeclaredCharset(tt.text))
		})
	}
}

// FuzzOneSpaced: oneSpaced is strings.Fields joined by a blank, for any
// text, and the text itself where that is the same.
func FuzzOneSpaced(f *testing.F) {
	for _, s := range []string{"", " ", "نص", "نص عربي", " نص", "نص ", "نص  عربي", "نص\tعربي", "نص\u00a0عربي", "نص\u3000ع", "ن\u2009ص", "\u0085", "\xc2", "\xe2\x80", "ن\u200bص", "a\u1680b", "\xff \xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Join(strings.Fields(s), " ")
		got := tokenize.OneSpaced(s)
		assert.Equal(t, want, got, "%+q", s)
	})
}
