package tokenize

import (
	"strconv"
	"strings"
	"unicode"
)

// refsAsUTF8 returns page with each numeric character reference to a
// character past ASCII («&#1575;», «&#x627;») written as the character:
// HTML in Windows-1256 (a page, a feed, an e-mail) writes so the
// Arabic-Indic digits and the letters it has no byte for
// («&#1634;&#1632;&#1632;&#1637;» for «٢٠٠٥»), and HTML in ASCII or
// Latin-1, as Arabic forums and old sites' feeds were, all its Arabic,
// which Words would read as no words and Check refuses as text encoded
// twice. A browser shows the text the same; what a reference to ASCII
// stands for («&#60;», a '<' that is no tag) and the C1 controls, which
// HTML reads as Windows-1252, are kept as they are, and so is a reference
// without its ';'.
func refsAsUTF8(page string) string {
	i := strings.Index(page, "&#")
	if i < 0 {
		return page
	}
	var b strings.Builder
	b.Grow(len(page))
	for i >= 0 {
		b.WriteString(page[:i])
		r, n := numericRef(page[i:])
		if n == 0 || r < 0xa0 || r > unicode.MaxRune || r >= 0xd800 && r <= 0xdfff {
			b.WriteString("&#")
			page = page[i+2:]
		} else {
			b.WriteRune(r)
			page = page[i+n:]
		}
		i = strings.Index(page, "&#")
	}
	b.WriteString(page)
	return b.String()
}

// numericRef reads the numeric character reference that opens s
// («&#1575;», «&#x627;»): its character and its length, or 0 for none.
func numericRef(s string) (r rune, n int) {
	digits, base := s[2:], 10
	if len(digits) > 0 && (digits[0] == 'x' || digits[0] == 'X') {
		digits, base = digits[1:], 16
	}
	end := strings.IndexByte(digits[:min(len(digits), 8)], ';')
	if end <= 0 {
		return 0, 0
	}
	v, err := strconv.ParseUint(digits[:end], base, 32)
	if err != nil {
		return 0, 0
	}
	return rune(v), len(s) - len(digits) + end + 1
}
