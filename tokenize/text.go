package tokenize

import "unicode/utf8"

// NotText counts the characters of text that are not text in any language
// (bad) and all its characters (n), a byte that is not UTF-8 counting as
// one character, as ranging over a string decodes it. Not text are: bytes
// that are not UTF-8; U+FFFD, which a decoder (Go's JSON among them) leaves
// for such bytes; and control characters other than \t \n \v \f \r — NUL,
// and the 0x06 that UTF-16 writes in every Arabic letter.
//
// Arabic in another encoding has most of its characters not text: about
// four in five of Windows-1256's, half of UTF-16's. UTF-8 damaged in
// places (a stray byte, a character cut at the end) has a few. The caller
// chooses where between them to refuse a text; package summarize refuses
// past one in four.
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
	return bad, n
}
