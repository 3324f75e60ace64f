package tokenize

import (
	"bytes"
	"html"
	"strings"
)

// A corpus file holds documents one after another, each in <DOC> tags, as
// research collections keep them: LDC's newswire (Arabic Gigaword: <DOC
// id=… type="story">, <HEADLINE>, <DATELINE>, <TEXT> of <P>s, lines
// wrapped near 80 columns), TREC's and TDT's (<DOCNO>, <HEADER>, <BODY>,
// <TRAILER>), and WikiExtractor's output of a Wikipedia dump (<doc id=…
// url=… title=…>, the title on the first line, a paragraph a line). Read
// as text, a month of an agency's wire would be summarized as one story,
// its tags' lines as headings.

// isCorpus reports whether text's root element is a <DOC> or <doc>, after
// what may come before it (see IsFeed).
func isCorpus(text string) bool {
	name, _, ok := xmlRoot(feedHead(text))
	return ok && strings.EqualFold(name, "doc")
}

// maxCorpusTag bounds a tag's length: a '<' with no '>' that near is text.
const maxCorpusTag = 1 << 10

// corpusArticles returns the documents of a corpus file (see Articles), or
// ok false for other text.
//
// Tags are told by their names alone, in any case, so that SGML that is
// not XML (a bare '&', several roots) reads as well as XML does. Of a
// document, its text is its <TEXT>'s, each <P> a paragraph on a line of
// its own (the wire's wrapping undone), or, without <TEXT>, what is not in
// another element (WikiExtractor's); its title its <HEADLINE> or its title
// attribute; <DATELINE>, <HEADER>, <TRAILER> and the others are none.
func corpusArticles(text string) (articles []Article, ok bool) {
	if !isCorpus(text) {
		return nil, false
	}
	var (
		open      bool    // inside a <DOC>
		field     *[]byte // the headline or the id being read, or nil
		title     []byte
		body      []byte // the <TEXT>'s, a <P> a line
		loose     []byte // the document's outside elements
		docno     []byte // its <DOCNO>
		attrTitle string
		id        string // the <DOC>'s id, or its <DOCNO>'s
		other     int    // depth of other elements
		inText    bool   // in <TEXT>
		inP       bool   // in a <P> of it
		pStart    int    // where the open <P>'s line starts in body
		textFound bool   // a <TEXT> was read
	)
	endP := func() {
		if inP {
			body = bytes.TrimRight(body, " ")
			if len(body) > pStart {
				body = append(body, '\n')
			}
			inP = false
		}
	}
	emit := func() {
		endP()
		t := oneSpaced(html.UnescapeString(string(title)))
		if t == "" {
			t = attrTitle
		}
		if id == "" {
			id = strings.TrimSpace(string(docno))
		}
		a := Article{Title: t, ID: id}
		if textFound {
			a.Text = strings.TrimSpace(html.UnescapeString(string(body)))
		} else {
			a.Text = wikiBody(html.UnescapeString(string(loose)), t)
		}
		if hasWordOutsideTags(a.Text) {
			if isTheText(a.Title, a.Text) {
				a.Title = ""
			}
			articles = append(articles, a)
		}
		open = false
	}
	write := func(s string) {
		switch {
		case !open:
		case field != nil:
			*field = append(*field, s...)
		case inP:
			// The wire's lines are wrapped: a paragraph is one line, each
			// run of blanks one space.
			for i := 0; i < len(s); i++ {
				switch c := s[i]; c {
				case ' ', '\t', '\n', '\r':
					if len(body) > pStart && body[len(body)-1] != ' ' {
						body = append(body, ' ')
					}
				default:
					body = append(body, c)
				}
			}
		case inText:
			if strings.TrimSpace(s) != "" || len(body) > 0 && body[len(body)-1] != '\n' {
				body = append(body, s...)
			}
		case other == 0:
			loose = append(loose, s...)
		}
	}
	gt := -1 // the next '>' at or after the last '<' looked at, or len(text)
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '<')
		if j < 0 {
			write(text[i:])
			break
		}
		write(text[i : i+j])
		i += j
		if gt < i {
			gt = indexFrom(text, i, '>')
		}
		name, closing, selfClosing, n := corpusTag(text[i:], gt-i)
		if n == 0 {
			write("<")
			i++
			continue
		}
		tag := text[i : i+n]
		i += n
		switch {
		case name == "doc" && !closing:
			if open {
				emit() // a <DOC> left open: its end tag was lost
			}
			title, body, loose, docno = title[:0], body[:0], loose[:0], docno[:0]
			attrTitle = oneSpaced(html.UnescapeString(tagAttr(tag, "title")))
			id = html.UnescapeString(tagAttr(tag, "id"))
			field, other, inText, inP, textFound = nil, 0, false, false, false
			open = true
		case !open:
		case name == "doc":
			emit()
		case field != nil:
			if closing && (name == "headline" || name == "hl" || name == "docno" || name == "docid") {
				field = nil
			}
		case inText && name == "text" && closing:
			endP()
			inText = false
		case inText && name == "p":
			endP()
			if !closing {
				if len(body) > 0 && body[len(body)-1] != '\n' {
					body = append(body, '\n')
				}
				inP, pStart = true, len(body)
			}
		case inText:
			write(tag) // the library reads a story's markup
		case name == "text" && !closing:
			inText, textFound = true, true
		case (name == "headline" || name == "hl") && !closing:
			title = title[:0]
			field = &title
		case (name == "docno" || name == "docid") && !closing:
			docno = docno[:0]
			field = &docno // the id, when the <DOC> has none of its own
		case selfClosing:
		case closing:
			// TREC's <BODY> holds the headline and the text: other
			// elements are counted, not matched.
			other = max(other-1, 0)
		default:
			other++
		}
	}
	return articles, true
}

// corpusTag reads the tag s opens with, whose first '>' is at gt (or
// len(s) for none): its name lower-cased, whether it closes an element or
// closes itself, and its length; n is 0 when s does not open a tag (no
// name, or no '>' near). The caller finds the '>' once for all the '<'s
// before it, so that a file of a million '<'s costs one pass.
func corpusTag(s string, gt int) (name string, closing, selfClosing bool, n int) {
	i := 1
	if i < len(s) && s[i] == '/' {
		closing = true
		i++
	}
	start := i
	for i < len(s) && (asciiLetter(s[i]) || i > start && (s[i] >= '0' && s[i] <= '9' || s[i] == '_' || s[i] == '.' || s[i] == '-')) {
		i++
	}
	if i == start || i < len(s) && s[i] != '>' && s[i] != '/' && s[i] > ' ' {
		return "", false, false, 0
	}
	if gt < i || gt >= maxCorpusTag || gt >= len(s) {
		return "", false, false, 0
	}
	end := gt + 1
	return strings.ToLower(s[start:i]), closing, s[end-2] == '/', end
}

// tagAttr returns the value of a tag's attribute, in double or single
// quotes, as it stands; "" when the tag has none.
func tagAttr(tag, name string) string {
	for i := 0; ; {
		k := indexFold(tag[i:], name)
		if k < 0 {
			return ""
		}
		i += k + len(name)
		if before := tag[i-len(name)-1]; before != ' ' && before != '\t' && before != '\n' && before != '\r' {
			continue
		}
		v := strings.TrimLeft(tag[i:], " \t\r\n")
		if !strings.HasPrefix(v, "=") {
			continue
		}
		v = strings.TrimLeft(v[1:], " \t\r\n")
		if v == "" || v[0] != '"' && v[0] != '\'' {
			continue
		}
		if end := strings.IndexByte(v[1:], v[0]); end >= 0 {
			return v[1 : 1+end]
		}
		return ""
	}
}

// wikiBody returns the text of a document outside elements, as
// WikiExtractor writes an article: its title on the first line, which is
// left out, then a paragraph a line, and a section's title on a line of
// its own with a period put after it («التاريخ.»), which would read as a
// sentence. Such a line is marked as the heading it is («## التاريخ.»):
// one of six words or fewer that ends with its only period, with no comma
// or other mark, neither the first line, which opens the article's lead,
// nor the last, since a title heads a section with text.
func wikiBody(text, title string) string {
	text = strings.TrimSpace(text)
	if first, rest, _ := strings.Cut(text, "\n"); title != "" && strings.TrimSpace(first) == title {
		text = strings.TrimSpace(rest)
	}
	lines := strings.Split(text, "\n")
	var b strings.Builder
	b.Grow(len(text) + 64)
	for k, line := range lines {
		if k > 0 {
			b.WriteByte('\n')
		}
		if k > 0 && k < len(lines)-1 && sectionTitle(line) {
			b.WriteString("## ")
		}
		b.WriteString(line)
	}
	return b.String()
}

// sectionTitle reports whether a line reads as a section's title as
// WikiExtractor writes it: six words or fewer, a period at the end and no
// other mark that ends a sentence or a clause.
func sectionTitle(line string) bool {
	body, ok := strings.CutSuffix(strings.TrimSpace(line), ".")
	if !ok || strings.ContainsAny(body, ".!?؟…:،,؛;") {
		return false
	}
	n := len(strings.Fields(body))
	return n >= 1 && n <= 6
}
