package tokenize

import (
	"html"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words yields the words of text as spans into it. A word is a run of
// letters, digits and combining marks; tatweel and invisible joiners inside
// a word belong to it, and a period, comma or Arabic decimal separator
// between two digits keeps a number whole (3.5, ٣٫٥, 1,000). A Markdown
// link's address («[نص](https://…)»), an HTML entity («&nbsp;»,
// «&quot;», «&#1575;»; see entityAt) and an HTML tag («<a href=…>»,
// «</b>») are markup, not words, and a word ends where one stands.
func Words(text string) iter.Seq[Span] {
	return func(yield func(Span) bool) {
		betweenLinks(text, func(from, to int) bool { return wordsIn(text, from, to, yield) })
	}
}

// wordsIn yields the words of text[from:to] as spans into text, and
// reports whether yield asked for more.
func wordsIn(text string, from, to int, yield func(Span) bool) bool {
	start := -1
	format := false // the word holds an invisible format character
	var prev rune
	for i := from; i < to; {
		r, size := decode(text[i:to])
		if r == '&' || r == '<' {
			// an entity or a tag: no word, and a word ends (as
			// betweenMarks has it, for the terms pass)
			size = max(size, markLen(text, i, to))
		}
		in := wordRune(r)
		if !in && start >= 0 {
			var inner bool
			in, inner = joins(text[i+size:to], r, prev)
			format = format || inner
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
				return false
			}
			start, format = -1, false
		}
		prev = r
		i += size
	}
	if start >= 0 {
		end := to
		if format {
			end = trimFormat(text, start, end)
		}
		return yield(Span{start, end})
	}
	return true
}

// joins tells whether r, which is not a word rune, still belongs to the
// word it follows (prev is the rune before it, rest the text after it): an
// invisible format character glued inside a word does (ZWNJ, LRM, ...:
// format is then true), and so does a period, comma or Arabic decimal
// separator between two digits, which keeps a number whole. Words and the
// word pass of the terms share it, so that they find the same words.
func joins(rest string, r, prev rune) (in, format bool) {
	switch {
	case isFormat(r):
		return true, true
	case (r == '.' || r == ',' || r == '٫' || r == '٬') && isDigit(prev):
		n, _ := decode(rest)
		return isDigit(n), false
	}
	return false, false
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

// AppendNormalWords appends the normalized words of text to dst, each
// followed by a space: the words Words finds, each as AppendNormalized
// writes it. It is the text that Lexicon.AppendTermsSum sums, made by the
// same pass, so two texts have the same normalized words exactly when it
// appends the same bytes for both.
func AppendNormalWords(dst []byte, text string) []byte {
	_, _ = foldWords(text, nil, func(w []byte) {
		dst = append(dst, w...)
		dst = append(dst, ' ')
	})
	return dst
}

// foldWords finds the words of text, as Words does, and folds each, as
// AppendNormalized does, into buf, handing it to emit; buf is reused, so
// emit must copy what it keeps. It returns the number of words and buf for
// the next call. One pass does both, so that each byte is decoded once; a
// word with a rune that needs NFKC is folded again by the general path.
func foldWords(text string, buf []byte, emit func(word []byte)) (int, []byte) {
	if strings.Contains(text, "](") || strings.IndexByte(text, '&') >= 0 || strings.IndexByte(text, '<') >= 0 {
		return foldMarked(text, buf, emit)
	}
	return foldPlain(text, buf, emit)
}

// foldMarked is foldWords for a text that may hold Markdown links, HTML
// entities or tags: the text between them is folded on its own, as Words
// reads it, and the loop over every letter, in foldPlain, stays as tight
// as it is without them (a test for '&' in it cost 1% of a Summarize).
func foldMarked(text string, buf []byte, emit func(word []byte)) (int, []byte) {
	words := 0
	betweenMarkup(text, func(from, to int) bool {
		var n int
		n, buf = foldPlain(text[from:to], buf, emit)
		words += n
		return true
	})
	return words, buf
}

// betweenMarkup calls f on the pieces of text between Markdown links'
// addresses, HTML entities and HTML tags, in order, until f returns false.
func betweenMarkup(text string, f func(from, to int) bool) {
	betweenLinks(text, func(from, to int) bool { return betweenMarks(text, from, to, f) })
}

// betweenLinks calls f on the pieces of text between Markdown links'
// addresses (see linkAddress), in order, until f returns false. No word
// crosses an address's edges, a «]» before it and a «)» at its end, so
// the words of the pieces are the text's.
func betweenLinks(text string, f func(from, to int) bool) {
	from, noLink := 0, 0
	for k := 0; ; {
		b := strings.Index(text[k:], "](")
		if b < 0 {
			break
		}
		k += b + 1
		var e int
		if e, noLink = linkAddress(text, k, noLink); e > 0 {
			if !f(from, k) {
				return
			}
			from, k = e, e
		}
	}
	f(from, len(text))
}

// betweenMarks calls f on the pieces of text[from:to] between HTML
// entities (see entityAt) and tags (a '<' that opens one, see opensTag, to
// the '>' that closes it), in order, and reports whether f asked for
// more. Their first and last bytes are no word's, so no word crosses
// their edges. A '<' that no '>' closes before the next '<' or the line's
// end is text («a<b», a tag cut off), so that it hides no words beyond.
func betweenMarks(text string, from, to int, f func(from, to int) bool) bool {
	amp, lt := -1, -1 // the next '&' and '<' at or after k, once looked for
	for k := from; k < to; {
		if amp < k {
			if amp = strings.IndexByte(text[k:to], '&'); amp >= 0 {
				amp += k
			} else {
				amp = to
			}
		}
		if lt < k {
			if lt = strings.IndexByte(text[k:to], '<'); lt >= 0 {
				lt += k
			} else {
				lt = to
			}
		}
		k = min(amp, lt)
		if k == to {
			break
		}
		n := markLen(text, k, to)
		if n == 0 {
			k++
			continue
		}
		if !f(from, k) {
			return false
		}
		from, k = k+n, k+n
	}
	return f(from, to)
}

// markLen returns the length of the HTML entity or tag that opens at
// text[k] within text[:to], or 0: a tag is a '<' that opens one (see
// opensTag) to the '>' that closes it before the next '<' or the line's
// end.
func markLen(text string, k, to int) int {
	switch {
	case text[k] == '&':
		return entityAt(text[k:to])
	case text[k] == '<' && opensTag(text[k+1:to]):
		if e := tagClose(text[k+1 : to]); e > 0 {
			return e + 1
		}
	}
	return 0
}

// TagLen returns the length of the HTML tag that opens s («<a
// href="/news.php?id=5">», «</p>», «<?xml …?>»), as Words and Sentences
// read one, or 0: a reader of quotation marks passes over the quotes of
// its attributes.
func TagLen(s string) int {
	if len(s) < 2 || s[0] != '<' {
		return 0
	}
	return markLen(s, 0, len(s))
}

// tagClose returns the length of s, the inside of a tag after its '<', up
// to and with the '>' that closes it, or 0 when none does: the tag closes
// before the next '<' and on its line, or, with nothing but ASCII in it, on
// a later one, as a program that wraps a page's source (Word's web page)
// breaks a tag between its attributes. So «a<b ج\nد>» is text. A line ends
// where it does for Sentences (see IsLineBreak), at a form feed or a line
// separator too: were it \n and \r alone, «<li\fج>» would be a tag to the
// reader of blocks and text in the line Sentences cuts at the \f. The
// search stops at the next '<' and reads each byte once.
func tagClose(s string) int {
	ascii, crossed := true, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '>':
			return i + 1
		case c == '<':
			return 0
		case c == '\n' || c == '\r' || c == '\v' || c == '\f':
			crossed = true
		case c >= utf8.RuneSelf:
			ascii = false
			if c == 0xC2 || c == 0xE2 { // the lead bytes of NEL and the separators
				r, _ := utf8.DecodeRuneInString(s[i:])
				crossed = crossed || IsLineBreak(r)
			}
		}
		if crossed && !ascii {
			return 0
		}
	}
	return 0
}

// entityAt returns the length of the HTML entity that opens s, or 0: a
// character reference, «&#1575;» (one to seven decimal digits) or «&#x627;»
// (one to six hex digits), or a named one, «&nbsp;», «&quot;», «&laquo;»
// (an ASCII letter, then 1 to 31 letters or digits), each closed by ';'.
// A name of one letter is text («R&D;»), and so is one that no ';' closes.
func entityAt(s string) int {
	if len(s) < 4 || s[0] != '&' {
		return 0
	}
	// where the name or number starts, its shortest and longest length,
	// and the bytes it is made of
	k, least, most, part := 1, 2, maxEntityName, isNameByte
	switch {
	case s[1] == '#' && s[2]|0x20 == 'x':
		k, least, most, part = 3, 1, 6, isHexDigit
	case s[1] == '#':
		k, least, most, part = 2, 1, 7, isASCIIDigit
	case !asciiLetter(s[1]):
		return 0
	}
	start := k
	for k < len(s) && k-start < most && part(s[k]) {
		k++
	}
	if k-start < least || k >= len(s) || s[k] != ';' {
		return 0
	}
	return k + 1
}

// EntityRune returns the character that the HTML entity opening s stands
// for (see entityAt), and the entity's length: a number's character
// («&#1575;», «&#x22;»), or among the named ones those that the sentence
// and quotation rules read, the quotation marks («&quot;», «&laquo;»,
// «&raquo;», «&ldquo;», «&rdquo;», «&lsquo;», «&rsquo;», «&apos;»), the
// ellipsis («&hellip;»), the dashes («&ndash;», «&mdash;») and the no-break
// space («&nbsp;»). Another entity («&amp;», «&copy;», a number
// past the last character) gives -1 and its length, and s that opens
// none gives 0, 0.
func EntityRune(s string) (rune, int) {
	n := entityAt(s)
	if n == 0 {
		return 0, 0
	}
	name := s[1 : n-1]
	if name[0] != '#' {
		if r, ok := namedRunes[name]; ok {
			return r, n
		}
		return -1, n
	}
	base, digits := 10, name[1:]
	if digits[0]|0x20 == 'x' {
		base, digits = 16, digits[1:]
	}
	r := 0
	for i := 0; i < len(digits); i++ {
		d := int(digits[i] - '0')
		if digits[i] > '9' {
			d = int(digits[i]|0x20-'a') + 10
		}
		r = r*base + d
	}
	if r > unicode.MaxRune {
		return -1, n
	}
	return rune(r), n
}

// CharAt returns the character that opens s and its length in s, an HTML
// entity read as the character it stands for («&quot;» as «"», -1 for one
// the rules do not read; see EntityRune): a page writes its quotation
// marks and spaces so.
func CharAt(s string) (rune, int) {
	if s != "" && s[0] == '&' {
		if r, n := EntityRune(s); n > 0 {
			return r, n
		}
	}
	return utf8.DecodeRuneInString(s)
}

// namedRunes are the named entities whose character the rules read.
var namedRunes = map[string]rune{
	"quot": '"', "apos": '\'', "laquo": '«', "raquo": '»', "ldquo": '“', "rdquo": '”',
	"lsquo": '‘', "rsquo": '’', "hellip": '…', "nbsp": '\u00a0',
	// the dashes, as a rich-text editor that writes entities writes
	// them; their numbers («&#8211;», WordPress's) read so already
	"ndash": '–', "mdash": '—',
}

// maxEntityName is the longest name of an entity, and maxEntity the
// longest entity with its '&' and ';'.
const (
	maxEntityName = 32
	maxEntity     = maxEntityName + 2
)

func isNameByte(c byte) bool { return asciiLetter(c) || isASCIIDigit(c) }

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

func isHexDigit(c byte) bool { return isASCIIDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'f' }

// foldPlain is foldWords for text without links, entities or tags.
func foldPlain(text string, buf []byte, emit func(word []byte)) (int, []byte) {
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
		if f := arabicAt(text, i); f.ok {
			if start < 0 {
				start, slow, buf = i, false, buf[:0]
			}
			// The rest of the run of such letters in one loop: the word's
			// state is updated once, after it.
			for {
				switch f.n { // not append(buf, f.fold[:f.n]...): that is a call to memmove
				case 2:
					buf = append(buf, f.fold[0], f.fold[1])
				case 1:
					buf = append(buf, f.fold[0])
				}
				i += 2
				if f = arabicAt(text, i); !f.ok {
					break
				}
			}
			end, keep = i, len(buf)
			prev = rune(text[i-2]&0x1F)<<6 | rune(text[i-1]&0x3F) // the run's last letter, two bytes
			continue
		}
		var r rune
		size := 1
		in, format := false, false
		if i < len(text) {
			r, size = decode(text[i:])
			in = wordRune(r)
			if !in && start >= 0 {
				in, format = joins(text[i+size:], r, prev)
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

// linkAddress returns the end of a Markdown link's address, «(url)», that
// opens at text[k] after a link's «]», or 0 when none does: the address
// has no blank and its own parentheses balanced («a_(1).jpg»). It is
// markup, not words: Words and the terms pass it over. noLink is where the
// last address that did not close was given up, and the new one is
// returned: an address that opens before it is not looked for again, so
// that a text of «](((» costs linear time; both passes keep it the same
// way and find the same words.
func linkAddress(text string, k, noLink int) (end, giveUp int) {
	if k >= len(text) || text[k] != '(' || k < noLink {
		return 0, noLink
	}
	depth := 0
	for e := k; e < len(text); e++ {
		switch c := text[e]; {
		case c == '(':
			depth++
		case c == ')':
			if depth--; depth == 0 {
				return e + 1, noLink
			}
		case c <= ' ' || c == 0xC2 || c == 0xE2 || c == 0xE3:
			// A blank or a control ends it unclosed, and so does a rune
			// that may be a break or a space (NEL, NBSP, U+2000…, U+3000).
			return 0, e
		}
	}
	return 0, len(text)
}

// arabicAt returns the arabicWord entry of the two-byte rune at text[i],
// or one that is not ok when there is none.
func arabicAt(text string, i int) (f arabicFold) {
	if i+1 < len(text) && text[i]-0xD8 <= 0xDB-0xD8 && text[i+1]&0xC0 == 0x80 {
		f = arabicWord[int(text[i]-0xD8)<<6|int(text[i+1]&0x3F)]
	}
	return f
}

// arabicFold is what foldWords needs to know of a rune of the Arabic block.
type arabicFold struct {
	ok   bool
	n    uint8
	fold [2]byte
}

// arabicWord tells, for each rune of the Arabic block, whether it is part
// of a word and stable under NFKC, and if so the bytes it folds to.
var arabicWord = func() (t [256]arabicFold) {
	for k := range t {
		r := rune(0x0600 + k)
		if !wordRune(r) || !stable(r) {
			continue
		}
		var buf [utf8.UTFMax]byte
		b := appendFold(buf[:0], r) // on the stack: no allocation at start
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
	var w string
	if arabic(buf) {
		// Tested before the word becomes a string, so that stop words cost
		// no allocation.
		if !arabicHasTerm(buf) {
			return "", false
		}
		w = string(buf)
	} else {
		w = strings.ToLower(string(buf))
		if utf8.RuneCountInString(w) < 2 || IsStopword(w) {
			return "", false
		}
	}
	t := st.Stem(w)
	return t, t != ""
}

// arabic reports whether the word w is Arabic: its first rune is in
// U+0600..U+06FF, whose UTF-8 starts with a byte from 0xD8 to 0xDB. (On a
// word whose first bytes are not valid UTF-8 it may say yes where
// decoding would not; no Arabic stop word or term can match such a word,
// so IsStopword answers the same.)
func arabic[S chars](w S) bool {
	return len(w) >= 2 && w[0] >= 0xD8 && w[0] <= 0xDB
}

// arabicHasTerm reports whether the folded Arabic word w gives a term: it
// has two letters or more and is not a stop word.
func arabicHasTerm(w []byte) bool {
	return !(len(w) < 4 && utf8.RuneCount(w) < 2) && !arabicStop(w)
}

// Plain returns s, a line of text or HTML, as it reads: without its tags
// (as TagLen reads them), its entities read, and each run of white space
// one space. A headline taken from a page is shown so: «&#34;النمر
// الأسود&#34;» is «"النمر الأسود"».
func Plain(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return oneSpaced(s)
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '<' {
			if n := TagLen(s[i:]); n > 0 {
				i += n - 1 // an inline tag, as a headline's are, parts no words
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return oneSpaced(html.UnescapeString(b.String()))
}
