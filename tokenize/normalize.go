package tokenize

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s folded for matching: NFKC, Arabic diacritics, Quranic
// annotation marks, tatweel and invisible format characters removed, the
// alef, yeh, teh marbuta and hamza-carrier variants folded, Persian letters
// mapped to their Arabic twins and Arabic-Indic and Persian digits mapped to
// ASCII. Invalid UTF-8 is replaced by U+FFFD, one per invalid run.
//
// Normalize(Normalize(s)) == Normalize(s). When s is already normal it is
// returned as is, without allocating.
func Normalize(s string) string {
	if isNormal(s) {
		return s
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if needsNFKC(s) {
		s = norm.NFKC.String(s)
	}
	s = string(appendFolded(make([]byte, 0, len(s)), s))
	// Removing marks can leave a sequence that NFKC would compose again
	// (a base letter and a hamza that were split by a diacritic). A second
	// round makes the result a fixed point.
	if needsNFKC(s) && !norm.NFKC.IsNormalString(s) {
		s = string(appendFolded(nil, norm.NFKC.String(s)))
	}
	return s
}

// AppendNormalized appends Normalize(s) to dst. Hot paths use it with a
// reused buffer so that words that need folding cost no allocation.
func AppendNormalized(dst []byte, s string) []byte {
	n := len(dst)
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		r, size := decode(s[i:])
		if r == utf8.RuneError && size == 1 || !stable(r) {
			// Rare: presentation forms, composing marks, invalid bytes.
			return append(dst[:n], Normalize(s)...)
		}
		dst = appendFold(dst, r)
		i += size
	}
	return dst
}

// appendFold appends the folded form of the stable rune r, if it has one.
func appendFold(dst []byte, r rune) []byte {
	switch f := foldFast(r); {
	case f < 0:
	case f < utf8.RuneSelf:
		dst = append(dst, byte(f))
	case f < 0x800:
		dst = append(dst, 0xC0|byte(f>>6), 0x80|byte(f&0x3F))
	default:
		dst = utf8.AppendRune(dst, f)
	}
	return dst
}

// foldTable is fold over the Arabic block, looked up in the hot loop.
var foldTable = func() (t [256]rune) {
	for i := range t {
		t[i] = fold(rune(0x0600 + i))
	}
	return t
}()

func foldFast(r rune) rune {
	if r >= 0x0600 && r <= 0x06FF {
		return foldTable[r-0x0600]
	}
	return fold(r)
}

// isNormal reports whether s is valid UTF-8 made only of runes that need
// neither NFKC nor folding.
func isNormal(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return false
		}
		if fold(r) != r || !stable(r) {
			return false
		}
		i += size
	}
	return true
}

// needsNFKC reports whether some rune of s is outside the set that NFKC
// leaves alone and cannot compose with a neighbour.
func needsNFKC(s string) bool {
	for _, r := range s {
		if !stable(r) {
			return true
		}
	}
	return false
}

// stable reports whether NFKC maps r to itself and r takes part in no
// composition, so that folding it rune by rune equals folding after NFKC.
// It covers ASCII, the core of the Arabic block and common punctuation;
// everything else (presentation forms, Latin accents, the composing hamza
// and madda marks U+0653–U+0655, ...) goes through NFKC.
func stable(r rune) bool {
	switch {
	case r < 0x80:
		return true
	case r >= 0x0600 && r <= 0x06FF:
		// U+0653..U+0655 compose with the letter before them; U+0675..U+0678
		// decompose to a letter and a high hamza under NFKC.
		return !(r >= 0x0653 && r <= 0x0655) && !(r >= 0x0675 && r <= 0x0678)
	case r == 0x00AB, r == 0x00BB, r == 0x2010, r >= 0x2012 && r <= 0x2015, r >= 0x2018 && r <= 0x201F, r == 0x2022:
		return true // guillemets, dashes, curly quotes, bullet
	case r >= 0x200B && r <= 0x200F, r >= 0x2028 && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0xFEFF:
		return true // format and separator characters
	}
	return false
}

// fold maps one rune for matching; -1 means drop it.
func fold(r rune) rune {
	if r < 0x0600 {
		return r
	}
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r >= 0x0610 && r <= 0x061A, r >= 0x06D6 && r <= 0x06ED:
		return -1 // harakat, superscript alef, Quranic marks
	case r == 0x0640:
		return -1 // tatweel is a letter modifier (Lm), not a mark: dropped explicitly
	case r == 0x061C, r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0xFEFF:
		return -1 // ALM, ZWSP, ZWNJ, ZWJ, LRM, RLM, bidi embeddings and isolates, BOM
	case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
		return 'ا'
	case r == 'ى', r == 'ی', r == 'ئ':
		return 'ي'
	case r == 'ؤ':
		return 'و'
	case r == 'ة':
		return 'ه'
	case r == 'ک':
		return 'ك'
	case r == 0x06C0: // heh with yeh above, Persian ezafe form of heh
		return 'ه'
	case r >= 0x0660 && r <= 0x0669:
		return '0' + r - 0x0660
	case r >= 0x06F0 && r <= 0x06F9:
		return '0' + r - 0x06F0
	}
	return r
}

func appendFolded(dst []byte, s string) []byte {
	for _, r := range s {
		if f := fold(r); f >= 0 {
			dst = utf8.AppendRune(dst, f)
		}
	}
	return dst
}
