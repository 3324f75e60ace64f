package tokenize

import "strings"

// Escaped counts the characters of the Arabic block (U+0600–U+06FF) that
// text writes as escapes (escaped) and those it writes as themselves
// (arabic). The escapes are HTML's numeric references («&#1575;»,
// «&#x627;»), JSON's and Go's «\u0627», and the two bytes of a character's
// UTF-8 written as «%D8%A7» (a URL or a form) or as «\xd8\xa7» (a Python
// bytes object printed).
//
// Text encoded twice (JSON escaped once more, HTML that a program took for
// text) has all its Arabic escaped: no letter reaches the summarizer, only
// numbers. Text that shows an escape or two, as a page about HTML does,
// has far more written as themselves. Package summarize refuses a text
// with more Arabic escaped than not.
func Escaped(text string) (escaped, arabic int) {
	escaped = references(text) + backslashed(text) + percents(text)
	// In UTF-8 the bytes D8..DB only lead a character of the block.
	for _, lead := range [...]string{"\xd8", "\xd9", "\xda", "\xdb"} {
		arabic += strings.Count(text, lead)
	}
	return escaped, arabic
}

// inBlock reports whether the code point v is in the Arabic block.
func inBlock(v uint64) bool { return 0x600 <= v && v <= 0x6FF }

// references counts HTML numeric character references to the Arabic
// block: «&#» then decimal digits, or «x» and hexadecimal ones. The
// semicolon is optional, as browsers read it.
func references(text string) (n int) {
	for i := 0; ; {
		k := strings.IndexByte(text[i:], '&')
		if k < 0 {
			return n
		}
		i += k + 1
		if i >= len(text) || text[i] != '#' {
			continue
		}
		i++
		base := uint64(10)
		if i < len(text) && text[i]|0x20 == 'x' {
			base = 16
			i++
		}
		start := i
		var v uint64
		for ; i < len(text); i++ {
			d, ok := digit(text[i], base)
			if !ok {
				break
			}
			v = min(v*base+d, 0x110000) // past Unicode: no overflow, however long
		}
		if i > start && inBlock(v) {
			n++
		}
	}
}

// backslashed counts «\u» and four hexadecimal digits naming a character
// of the Arabic block, and «\xHH\xHH» holding one's UTF-8.
func backslashed(text string) (n int) {
	for i := 0; ; {
		k := strings.IndexByte(text[i:], '\\')
		if k < 0 {
			return n
		}
		i += k + 1
		switch {
		case i+5 <= len(text) && text[i] == 'u':
			hi, ok1 := hexByte(text[i+1:])
			lo, ok2 := hexByte(text[i+3:])
			if ok1 && ok2 && inBlock(uint64(hi)<<8|uint64(lo)) {
				n++
				i += 5
			}
		case i+7 <= len(text) && text[i] == 'x' && text[i+3] == '\\' && text[i+4] == 'x':
			if utf8Pair(text[i+1:], text[i+5:]) {
				n++
				i += 7
			}
		}
	}
}

// percents counts «%HH%HH» holding the UTF-8 of a character of the Arabic
// block.
func percents(text string) (n int) {
	for i := 0; ; {
		k := strings.IndexByte(text[i:], '%')
		if k < 0 {
			return n
		}
		i += k + 1
		if i+5 <= len(text) && text[i+2] == '%' && utf8Pair(text[i:], text[i+3:]) {
			n++
			i += 5
		}
	}
}

// utf8Pair reports whether a and b open with the hexadecimal digits of a
// lead byte of the Arabic block (D8..DB) and of a continuation byte.
func utf8Pair(a, b string) bool {
	lead, ok1 := hexByte(a)
	cont, ok2 := hexByte(b)
	return ok1 && ok2 && lead-0xD8 <= 0xDB-0xD8 && cont&0xC0 == 0x80
}

// hexByte reads the two hexadecimal digits s opens with.
func hexByte(s string) (byte, bool) {
	if len(s) < 2 {
		return 0, false
	}
	hi, ok1 := digit(s[0], 16)
	lo, ok2 := digit(s[1], 16)
	return byte(hi<<4 | lo), ok1 && ok2
}

// digit reads c as a digit in base 10 or 16.
func digit(c byte, base uint64) (uint64, bool) {
	switch {
	case '0' <= c && c <= '9':
		return uint64(c - '0'), true
	case base == 16 && 'a' <= c|0x20 && c|0x20 <= 'f':
		return uint64(c|0x20-'a') + 10, true
	}
	return 0, false
}
