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
// damaged in places (a stray byte, a character cut at the end) has a few. The caller chooses where between
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
			// Inline, the common case: a letter of the Arabic block before,
			// and a blank or punctuation after.
			var before, after bool
			if b := start - 2; b >= 0 && text[b]-0xD8 <= 0xDB-0xD8 && text[b+1]&0xC0 == 0x80 &&
				arabicKinds[rune(text[b]&0x1F)<<6|rune(text[b+1]&0x3F)-0x0600] != mark {
				before = arabicKinds[rune(text[b]&0x1F)<<6|rune(text[b+1]&0x3F)-0x0600] == letter
			} else {
				before = letterBefore(text[:start])
			}
			if i+1 < len(text) && text[i+1] >= utf8.RuneSelf {
				after = letterAfter(text[i+1:])
			}
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
