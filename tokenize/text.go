package tokenize

import (
	"strings"
	"unicode/utf8"
)

// NotText counts the characters of text that are not text in any language
// (bad) and all its characters (n), a byte that is not UTF-8 counting as
// one character, as ranging over a string decodes it. Not text are: bytes
// that are not UTF-8; U+FFFD, which a decoder (Go's JSON among them) leaves
// for such bytes; control characters other than \t \n \v \f \r — NUL, and
// the 0x06 that UTF-16 writes in every Arabic letter; and the two
// characters an Arabic letter becomes when its UTF-8 is read as
// Windows-1252 or Latin-1 and written out again («ا» as «Ø§»): one of
// Ø Ù Ú Û, which a lead byte of the Arabic block reads as, then what a
// continuation byte reads as.
//
// Arabic in another encoding has most of its characters not text: about
// four in five of Windows-1256's, half of UTF-16's, nearly all the letters
// of UTF-8 read as Windows-1252. UTF-8 damaged in places (a stray byte, a
// character cut at the end) has a few. The caller chooses where between
// them to refuse a text; package summarize refuses past one in four.
func NotText(text string) (bad, n int) {
	for i := 0; i < len(text); n++ {
		c := text[i]
		switch {
		case c < utf8.RuneSelf:
			// the white-space controls are \t..\r, 0x09..0x0D
			if c < 0x20 && (c < '\t' || c > '\r') {
				bad++
			}
			i++
		case c-0xC2 <= 0xDF-0xC2 && i+1 < len(text) && text[i+1]&0xC0 == 0x80:
			i += 2 // two bytes: the whole Arabic block, never U+FFFD
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError {
				bad++
			}
			i += size
		}
	}
	return bad + misreadPairs(text), n
}

// misreadPairs counts the characters of text that are Arabic UTF-8 read as
// Windows-1252 or Latin-1, beyond those NotText's loop counted already:
// two for each of Ø Ù Ú Û (C3 98..C3 9B) followed by what a continuation
// byte reads as, less the one of a U+FFFD or a byte outside UTF-8 there.
// A pass of its own, from one C3 byte to the next, leaves the loop over
// every character as tight as UTF-8 Arabic, which has no C3, needs.
func misreadPairs(text string) (extra int) {
	for i := 0; ; {
		k := strings.IndexByte(text[i:], 0xC3)
		if k < 0 {
			return extra
		}
		i += k + 1
		if i+1 >= len(text) || text[i]-0x98 > 0x9B-0x98 {
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i+1:])
		if !misread(r) {
			continue
		}
		extra += 2
		if r == utf8.RuneError {
			extra--
		}
		i += 1 + size
	}
}

// misread reports whether r is what Windows-1252 or Latin-1 reads a UTF-8
// continuation byte (0x80..0xBF) as, or U+FFFD, which a decoder gives for
// the five bytes Windows-1252 leaves undefined.
func misread(r rune) bool {
	if r >= 0x80 && r <= 0xBF || r == utf8.RuneError {
		return true
	}
	switch r {
	case '€', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 'Ž',
		'‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 'ž', 'Ÿ':
		return true
	}
	return false
}
