package tokenize

import (
	"iter"
	"strings"
	"unicode/utf8"
)

// Words yields the words of text as spans into it. A word is a run of
// letters, digits and combining marks; tatweel and invisible joiners inside
// a word belong to it, and a period, comma or Arabic decimal separator
// between two digits keeps a number whole (3.5, ٣٫٥, 1,000).
func Words(text string) iter.Seq[Span] {
	return func(yield func(Span) bool) {
		start := -1
		format := false // the word holds an invisible format character
		var prev rune
		for i := 0; i < len(text); {
			r, size := decode(text[i:])
			in := wordRune(r)
			if !in && start >= 0 {
				switch {
				case isFormat(r):
					in, format = true, true // ZWNJ, LRM, ... glued inside a word
				case (r == '.' || r == ',' || r == '٫' || r == '٬') && isDigit(prev):
					n, _ := decode(text[i+size:])
					in = isDigit(n)
				}
			}
			switch {
			case in && start < 0:
				start = i
			case !in && start >= 0:
				end := i
				if format {
					end = trimFormat(text, start, i)
				}
				if !yield(Span{start, end}) {
					return
				}
				start, format = -1, false
			}
			prev = r
			i += size
		}
		if start >= 0 {
			end := len(text)
			if format {
				end = trimFormat(text, start, end)
			}
			yield(Span{start, end})
		}
	}
}

// trimFormat drops invisible format characters that trail a word.
func trimFormat(text string, start, end int) int {
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !isFormat(r) {
			break
		}
		end -= size
	}
	return end
}

// Stemmer reduces a normalized word to the stem that its inflected forms
// share. Implementations must be safe for concurrent use.
type Stemmer interface {
	Stem(word string) string
}

// Terms returns the index terms of text in order: each word normalized,
// lower-cased, stripped of stop words and stemmed by st (DefaultStemmer
// when st is nil). Words of one letter are dropped; numbers are kept.
func Terms(text string, st Stemmer) []string {
	terms, _ := AppendTerms(nil, text, st)
	return terms
}

// AppendTerms appends the terms of text to dst, as Terms does, and also
// returns the number of words in text, stop words included: the count that
// word budgets use. One pass serves both.
func AppendTerms(dst []string, text string, st Stemmer) ([]string, int) {
	if st == nil {
		st = DefaultStemmer{}
	}
	words, _ := foldWords(text, nil, func(w []byte) {
		if t, ok := term(w, st); ok {
			dst = append(dst, t)
		}
	})
	return dst, words
}

// foldWords finds the words of text, as Words does, and folds each, as
// AppendNormalized does, into buf, handing it to emit; buf is reused, so
// emit must copy what it keeps. It returns the number of words and buf for
// the next call. One pass does both, so that each byte is decoded once; a
// word with a rune that needs NFKC is folded again by the general path.
func foldWords(text string, buf []byte, emit func(word []byte)) (int, []byte) {
	words := 0
	start := -1
	end := 0  // the word's end so far, less trailing format characters
	keep := 0 // len(buf) at end
	slow := false
	var prev rune
	for i := 0; i <= len(text); {
		// Arabic letters, marks and digits, most of the text, take a
		// short way: one table lookup gives all that the general path
		// below would find for them.
		if i+1 < len(text) && text[i]-0xD8 <= 0xDB-0xD8 && text[i+1]&0xC0 == 0x80 {
			k := int(text[i]-0xD8)<<6 | int(text[i+1]&0x3F)
			if f := arabicWord[k]; f.ok {
				if start < 0 {
					start, slow, buf = i, false, buf[:0]
				}
				switch f.n { // not append(buf, f.fold[:f.n]...): that is a call to memmove
				case 2:
					buf = append(buf, f.fold[0], f.fold[1])
				case 1:
					buf = append(buf, f.fold[0])
				}
				end, keep = i+2, len(buf)
				prev = rune(0x0600 + k)
				i += 2
				continue
			}
		}
		var r rune
		size := 1
		in, format := false, false
		if i < len(text) {
			r, size = decode(text[i:])
			in = wordRune(r)
			if !in && start >= 0 {
				switch {
				case isFormat(r):
					in, format = true, true
				case (r == '.' || r == ',' || r == '٫' || r == '٬') && isDigit(prev):
					n, _ := decode(text[i+size:])
					in = isDigit(n)
				}
			}
		}
		if in {
			if start < 0 {
				start, slow, buf = i, false, buf[:0]
			}
			if stable(r) {
				buf = appendFold(buf, r)
			} else {
				slow = true
			}
			if !format {
				end, keep = i+size, len(buf)
			}
		} else if start >= 0 {
			words++
			if slow {
				buf = AppendNormalized(buf[:0], text[start:end])
			} else {
				buf = buf[:keep] // format characters that trail a word are not part of it
			}
			emit(buf)
			start = -1
		}
		prev = r
		i += size
	}
	return words, buf
}

// arabicWord tells, for each rune of the Arabic block, whether it is part
// of a word and stable under NFKC, and if so the bytes it folds to.
var arabicWord = func() (t [256]struct {
	ok   bool
	n    uint8
	fold [2]byte
}) {
	for k := range t {
		r := rune(0x0600 + k)
		if !wordRune(r) || !stable(r) {
			continue
		}
		b := appendFold(nil, r)
		if len(b) > 2 {
			continue // the general path takes it
		}
		t[k].ok, t[k].n = true, uint8(len(b))
		copy(t[k].fold[:], b)
	}
	return t
}()

// term returns the term of one normalized word; false for a stop word, a
// single letter, or a word the stemmer empties.
func term(buf []byte, st Stemmer) (string, bool) {
	if len(buf) >= 2 && buf[0] >= 0xD8 && buf[0] <= 0xDB {
		// Arabic: test for a stop word before the word becomes a string,
		// so that stop words cost no allocation.
		if len(buf) < 4 && utf8.RuneCount(buf) < 2 || arabicStop(buf) {
			return "", false
		}
	}
	w := string(buf)
	if !isArabicWord(w) {
		w = strings.ToLower(w)
		if utf8.RuneCountInString(w) < 2 || IsStopword(w) {
			return "", false
		}
	}
	t := st.Stem(w)
	return t, t != ""
}

func isArabicWord(w string) bool {
	r, _ := decode(w)
	return r >= 0x0600 && r <= 0x06FF
}
