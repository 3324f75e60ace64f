package tokenize

import (
	"strings"
	"unicode"
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
// continuation byte reads as; and the same misreading by Windows-1256, the
// code page of Arabic Windows («ا» as «ط§»): one of ط ظ ع غ, then a symbol
// a continuation byte reads as (§ „ ‰ ¨ and the like: not the letters, and
// not the punctuation that may follow a word, such as … » ، ”).
//
// Arabic in another encoding has most of its characters not text: about
// four in five of Windows-1256's, half of UTF-16's, nearly all the letters
// of UTF-8 read as Windows-1252, most of those read as Windows-1256. UTF-8
// damaged in places (a stray byte, a character cut at the end) has a few.
// The caller chooses where between them to refuse a text; package
// summarize refuses past one in four.
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
	return bad + misreadPairs(text) + misread1256Pairs(text), n
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

// misread1256Pairs counts two characters for each of ط ظ ع غ (D8 B7..BA)
// followed by a symbol that misread1256 accepts. Those symbols are written
// with a lead byte C2 or E2, which Arabic text has only in its guillemets,
// quotation marks and dashes: a pass from one such byte to the next looks
// at little else.
func misread1256Pairs(text string) (extra int) {
	for _, lead := range [...]byte{0xC2, 0xE2} {
		for i := 0; i < len(text); i++ {
			k := strings.IndexByte(text[i:], lead)
			if k < 0 {
				break
			}
			i += k
			if i < 2 || text[i-2] != 0xD8 || text[i-1]-0xB7 > 0xBA-0xB7 {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(text[i:]); misread1256(r) {
				extra += 2
			}
		}
	}
	return extra
}

// misread1256 reports whether r is a symbol Windows-1256 reads a
// continuation byte (0x80..0xBF) as, from Latin-1 (¢ … ¾) or from the
// punctuation and currency blocks (€ ‚ „ † ‡ ‰ ‹ › ™). Left out are its
// letters (پ ٹ چ ژ ڈ گ ک ڑ ں ھ, and ƒ ˆ Œ œ µ, rarer in the misreading
// than the symbols around them), and the punctuation and joiners that may
// follow a word («…», «”», «–», «»», «،», no-break space, ZWNJ), which are
// text after ط ظ ع غ.
func misread1256(r rune) bool {
	switch {
	case r >= 0xA2 && r <= 0xA9, r >= 0xAC && r <= 0xB4, r >= 0xB6 && r <= 0xB9, r >= 0xBC && r <= 0xBE:
		return true // ¢ £ ¤ ¥ ¦ § ¨ © ¬ SHY ® ¯ ° ± ² ³ ´ ¶ · ¸ ¹ ¼ ½ ¾
	}
	switch r {
	case '€', '‚', '„', '†', '‡', '‰', '‹', '™', '›':
		return true
	}
	return false
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

// DeclaredCharset returns the character encoding that an HTML or XML
// document declares in its first 1024 bytes, lower-cased: a <meta> tag's
// «charset=…» («<meta charset="windows-1256">», or in «content» with
// http-equiv), or the XML declaration's «encoding="…"»; "" when it
// declares none. A page saved from an older Arabic site is in Windows-1256
// and says so; a caller that finds its text is not UTF-8 (NotText) can
// decode it as declared (golang.org/x/text/encoding/htmlindex knows the
// labels). Only a declaration inside a tag counts: prose that mentions
// «charset=» declares nothing.
func DeclaredCharset(text string) string {
	head := text[:min(len(text), 1024)]
	if t := strings.TrimLeft(head, " \t\r\n\ufeff"); len(t) >= 5 && strings.EqualFold(t[:5], "<?xml") {
		if end := strings.Index(t, "?>"); end >= 0 {
			if cs := attrValue(t[:end], "encoding"); cs != "" {
				return cs
			}
		}
	}
	for i := 0; ; {
		k := indexFold(head[i:], "<meta")
		if k < 0 {
			return ""
		}
		i += k + len("<meta")
		end := strings.IndexByte(head[i:], '>')
		if end < 0 {
			return ""
		}
		if cs := attrValue(head[i:i+end], "charset"); cs != "" {
			return cs
		}
		i += end
	}
}

// attrValue returns the value after «name=» in tag, the inside of a tag,
// lower-cased, up to a quote, a blank, ';' or the end; "" when there is
// none. Blanks may stand around '='.
func attrValue(tag, name string) string {
	for i := 0; ; {
		k := indexFold(tag[i:], name)
		if k < 0 {
			return ""
		}
		i += k + len(name)
		v := strings.TrimLeft(tag[i:], " \t\r\n")
		if !strings.HasPrefix(v, "=") {
			continue
		}
		v = strings.TrimLeft(v[1:], " \t\r\n\"'")
		end := strings.IndexAny(v, "\"' \t\r\n;>")
		if end < 0 {
			end = len(v)
		}
		if end > 0 {
			return strings.ToLower(v[:end])
		}
	}
}

// indexFrom returns the index of the first c in s at or after i, or len(s)
// for none. Readers that look for a closing mark keep what it returns for
// all the opening marks before it, so that a million marks that never
// close cost one search.
func indexFrom(s string, i int, c byte) int {
	if k := strings.IndexByte(s[i:], c); k >= 0 {
		return i + k
	}
	return len(s)
}

// indexFold is strings.Index for an ASCII sep, in any case. Its first
// byte is compared first, folded as a letter folds: EqualFold at every
// byte of a tag's attributes was a quarter of the time Sentences took on
// Word's web page.
func indexFold(s, sep string) int {
	if sep == "" {
		return 0
	}
	c := sep[0] | 0x20
	for i := 0; i+len(sep) <= len(s); i++ {
		if s[i]|0x20 == c && strings.EqualFold(s[i:i+len(sep)], sep) {
			return i
		}
	}
	return -1
}

// oneSpaced returns s with each run of white space (unicode.IsSpace) one
// blank and none at its ends, as strings.Join(strings.Fields(s), " ")
// does, but s itself, without a copy, where it is so already: most lines
// of a page are, and Fields goes a rune at a time through Arabic (16 % of
// ReadMediaWiki's time went to it).
func oneSpaced(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return strings.Join(strings.Fields(s), " ")
			}
		case c < utf8.RuneSelf:
			if c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
				return strings.Join(strings.Fields(s), " ")
			}
		case c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3:
			// The lead bytes of the spaces past ASCII: U+0085, U+00A0,
			// U+1680, U+2000–U+205F, U+3000. Arabic's are others.
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return strings.Join(strings.Fields(s), " ")
			}
		}
	}
	return s
}
