package tokenize_test

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/talkhis/talkhis/tokenize"
)

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
