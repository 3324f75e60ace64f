package tokenize

import (
	"bytes"
	"strings"
	"unicode"
)

// Headline returns the span of text's headline among its units, as
// Sentences gives them: the heading that opens it, unless that is a page's
// title with the site's name beside the headline («الحكومة ترفع أسعار
// الوقود | شبكة الأخبار», from <title>, a reader's «Title:» header or front
// matter) and a later heading is the headline alone, as a page's <h1> is.
// Headings without a letter (a time, a date in figures) are passed over.
// ok is false when text opens with a sentence: a heading after one heads a
// section of the story, or names another story that the page links to
// («أمريكا وبريطانيا وفرنسا يقصفون أهدافا في سوريا» two sentences into a
// story on another strike), and is no headline of this one.
//
// The later heading must read, once normalized, as the title's words on
// one side of a separator that sites set between a title's parts («|»,
// «-», «–», «—», «·», «•», «::», «/», each with spaces around it), and
// hold more of the title's words than the rest does, or as many when it
// opens the title, as most sites name themselves after the headline: a
// logo's «<h1>شبكة الأخبار</h1>» is no headline, and a headline shorter
// than the site's name leaves the title whole, as do more than three
// separators, which make a list of a title. A colon is the headline's own
// («وزير المالية: الأسعار سترتفع»), and a dash inside a word or a number
// («الروسي-الأمريكي», «2024-2025») separates nothing.
func Headline(text string, units []Sentence) (sp Span, ok bool) {
	// A heading without a letter, a time or a date in figures, heads no
	// story: a live blog sets one over each entry («14:05»).
	for len(units) > 0 && units[0].Heading && !hasLetter(units[0].In(text)) {
		units = units[1:]
	}
	if len(units) == 0 || !units[0].Heading {
		return Span{}, false
	}
	sp = units[0].Span
	title := sp.In(text)
	// Most titles hold no separator: they are the headline. One with more
	// than a headline, a section and a site's name between them is a
	// list, not a page's title, and each part costs the title's length.
	cuts := titleSeparators(title)
	if len(cuts) > maxTitleSeparators {
		return sp, true
	}
	var parts [][]byte
	for _, c := range cuts {
		parts = append(parts, AppendNormalWords(nil, title[:c.Start]), AppendNormalWords(nil, title[c.End:]))
	}
	if parts == nil {
		return sp, true
	}
	words := countWords(AppendNormalWords(nil, title))
	var buf []byte
	for _, u := range units[1:] {
		if !u.Heading {
			continue
		}
		buf = AppendNormalWords(buf[:0], u.In(text))
		n := countWords(buf)
		if n >= words || 2*n < words {
			continue
		}
		for k, p := range parts {
			// parts alternate: the words before a separator, then after
			if bytes.Equal(p, buf) && (2*n > words || k%2 == 0) {
				return u.Span, true
			}
		}
	}
	return sp, true
}

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// maxTitleSeparators is the most separators a page's title holds:
// «العنوان – القسم – الموقع» has two.
const maxTitleSeparators = 3

// countWords counts the words of AppendNormalWords' output: each is
// followed by a space.
func countWords(normal []byte) int { return bytes.Count(normal, []byte{' '}) }

// titleSeparators returns the spans of the separators in title: a run of
// «|», «-», «–», «—», «·», «•», «:» or «/» between spaces (see Headline),
// as sites write them. Only a word after a space that opens with a
// separator's first byte is read.
func titleSeparators(title string) []Span {
	var cuts []Span
	for i := 0; ; {
		k := strings.IndexByte(title[i:], ' ')
		if k < 0 {
			return cuts
		}
		i += k + 1
		if i == len(title) || strings.IndexByte("|-:/\xe2\xc2", title[i]) < 0 {
			continue
		}
		j := i + 1
		for j < len(title) && title[j] != ' ' {
			j++
		}
		// a single colon is the headline's own («الوزير : …»); «::» is a separator
		if j < len(title) && title[i:j] != ":" && separates(title[i:j]) {
			cuts = append(cuts, Span{i, j})
		}
		i = j
	}
}

// separates reports whether word is made of title separators alone.
func separates(word string) bool {
	for _, r := range word {
		switch r {
		case '|', '-', '–', '—', '·', '•', ':', '/':
		default:
			return false
		}
	}
	return true
}
