package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// decode is utf8.DecodeRuneInString with the one- and two-byte forms, which
// cover ASCII and the whole Arabic block, done inline: the tokenizer
// decodes every rune of every text, and the general decoder is a call away.
func decode(s string) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	if len(s) > 1 && s[0]-0xC2 <= 0xDF-0xC2 && s[1]&0xC0 == 0x80 {
		return rune(s[0]&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s)
}

// decodeLast is utf8.DecodeLastRuneInString with the two-byte form, the
// whole Arabic block, decoded inline. A lead byte is never a continuation,
// so a lead and a continuation at the end are the last character whole.
func decodeLast(s string) (rune, int) {
	n := len(s)
	if n > 1 && s[n-2]-0xC2 <= 0xDF-0xC2 && s[n-1]&0xC0 == 0x80 {
		return rune(s[n-2]&0x1F)<<6 | rune(s[n-1]&0x3F), 2
	}
	return utf8.DecodeLastRuneInString(s)
}

// runeCount is utf8.RuneCountInString with the one- and two-byte forms
// counted inline, for the same reason.
func runeCount[S chars](s S) int {
	n := 0
	for i := 0; i < len(s); n++ {
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			i++
		case c-0xC2 <= 0xDF-0xC2 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2
		default:
			_, size := utf8.DecodeRuneInString(string(s[i:min(i+utf8.UTFMax, len(s))]))
			i += size
		}
	}
	return n
}

// Classes of the runes of the Arabic block, U+0600..U+06FF, so that the
// hot loops look them up instead of searching the unicode range tables.
const (
	classOther uint8 = iota
	classLetter
	classMark
	classDigit
	classFormat
)

var arabicClass = func() (t [256]uint8) {
	for i := range t {
		r := rune(0x0600 + i)
		switch {
		case unicode.IsLetter(r):
			t[i] = classLetter
		case unicode.IsMark(r):
			t[i] = classMark
		case unicode.IsDigit(r):
			t[i] = classDigit
		case unicode.Is(unicode.Cf, r):
			t[i] = classFormat
		}
	}
	return t
}()

// wordRune reports whether r is part of a word: a letter, digit or mark.
func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	if uint32(r)-0x0600 < 0x100 {
		return arabicClass[r-0x0600]-classLetter < 3 // letter, mark or digit
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// letterOrMark is unicode.IsLetter(r) || unicode.IsMark(r), with the ASCII
// and Arabic cases looked up first.
func letterOrMark(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case r >= 0x0600 && r <= 0x06FF:
		c := arabicClass[r-0x0600]
		return c == classLetter || c == classMark
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// isFormat reports an invisible format character (Cf): ZWNJ, bidi marks.
func isFormat(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return false
	case r >= 0x0600 && r <= 0x06FF:
		return arabicClass[r-0x0600] == classFormat
	}
	return unicode.Is(unicode.Cf, r)
}

// isSpace is unicode.IsSpace with the ASCII and Arabic cases first.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	if r >= 0x0600 && r <= 0x06FF {
		return false
	}
	return unicode.IsSpace(r)
}
