package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// finals are the letters Arabic writes only at the end of a word, teh
// marbuta and alef maksura, each as a letter and in its two presentation
// forms (isolated, final), which text from a PDF holds.
var finals = [...]string{"\u0629", "\u0649", "\ufe93", "\ufe94", "\ufeef", "\ufef0"}

// Backwards counts the words of text that open with a letter Arabic writes
// only at a word's end (back) and those that end with one (forward): teh
// marbuta «ة» and alef maksura «ى», as letters or presentation forms.
// Marks and tatweel belong to the word they sit in.
//
// Text read in order has forward words only, about one word in ten: some
// tens in an article, and at most one typing slip the other way round.
// Text in visual order, as a PDF extractor that does not reorder
// right-to-left lines writes it («.ﺔﻤﻳﺪﻘﻟﺍ ﺔﻨﻳﺪﻤﻟﺍ» for «المدينة القديمة.»),
// has the same counts swapped. Package summarize refuses a text with more
// words backwards than forwards.
func Backwards(text string) (back, forward int) {
	for k, f := range finals {
		if k == 2 && strings.IndexByte(text, f[0]) < 0 {
			break // no character from U+F000 on: no presentation form
		}
		// The last byte is the rare one: every other Arabic letter starts
		// with D8 or D9 as ة does, few end with A9.
		last := f[len(f)-1]
		for i := len(f) - 1; i < len(text); i++ {
			j := strings.IndexByte(text[i:], last)
			if j < 0 {
				break
			}
			i += j
			start := i + 1 - len(f)
			if !matches(text[start:i], f) {
				continue
			}
			// Inline, the common case: a letter of the Arabic block before
			// (its two bytes D8..DB and a continuation), and a blank or
			// punctuation after.
			kind := byte(mark)
			if b := start - 2; b >= 0 && text[b]-0xD8 <= 0xDB-0xD8 && text[b+1]&0xC0 == 0x80 {
				kind = arabicKinds[(rune(text[b]&0x1F)<<6|rune(text[b+1]&0x3F))-0x0600]
			}
			before := kind == letter
			if kind == mark {
				before = letterBefore(text[:start])
			}
			after := i+1 < len(text) && text[i+1] >= utf8.RuneSelf && letterAfter(text[i+1:])
			switch {
			case before && !after:
				forward++
			case after && !before:
				back++
			}
		}
	}
	return back, forward
}

// matches reports whether s is f without its last byte, compared byte by
// byte: one or two bytes, which a call to compare memory would outweigh.
func matches(s, f string) bool {
	for k := range len(s) {
		if s[k] != f[k] {
			return false
		}
	}
	return true
}

// letterBefore reports whether s ends with an Arabic letter, marks and
// tatweel aside.
func letterBefore(s string) bool {
	for len(s) > 0 {
		r, size := decodeLast(s)
		if kind := arabicKind(r); kind != mark {
			return kind == letter
		}
		s = s[:len(s)-size]
	}
	return false
}

// letterAfter reports whether s starts with an Arabic letter, marks and
// tatweel aside.
func letterAfter(s string) bool {
	for len(s) > 0 {
		r, size := decode(s)
		if kind := arabicKind(r); kind != mark {
			return kind == letter
		}
		s = s[size:]
	}
	return false
}

// What a character is to a word of Arabic script.
const (
	other  = iota
	letter // a letter of the script, presentation forms included
	mark   // harakat, Quranic marks, superscript alef, tatweel: they sit on a letter
)

// arabicKind tells whether r is an Arabic letter, a mark that sits on one,
// or neither.
func arabicKind(r rune) byte {
	switch {
	case r < 0x0600:
		return other
	case r <= 0x06FF:
		return arabicKinds[r-0x0600]
	case 0xFE70 <= r && r <= 0xFE7F:
		return mark // presentation forms of harakat
	case r >= 0x0750 && unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r):
		return letter
	}
	return other
}

// arabicKinds is arabicKind over the Arabic block, where nearly every
// character Backwards looks at lies.
var arabicKinds = func() (t [256]byte) {
	for i := range t {
		switch r := rune(0x0600 + i); {
		case 0x064B <= r && r <= 0x065F, r == 0x0670, r == 0x0640, 0x0610 <= r && r <= 0x061A, 0x06D6 <= r && r <= 0x06ED:
			t[i] = mark
		case unicode.IsLetter(r):
			t[i] = letter
		}
	}
	return t
}()
