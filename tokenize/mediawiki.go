package tokenize

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
)

// A MediaWiki export is how a wiki's pages are dumped (Wikipedia's and
// Wikinews' dumps, «arwiki-latest-pages-articles.xml.bz2») and exported
// (Special:Export): <page>s in a <mediawiki> root, each with its title,
// namespace, id and revisions, a revision's wikitext escaped in its
// <text>. Read as text, a dump was one summary of markup, its pages run
// together.

// IsMediaWiki reports whether text is a MediaWiki export, by its root
// element, <mediawiki>, after what may come before it (see IsFeed).
func IsMediaWiki(text string) bool {
	name, _, ok := xmlRoot(feedHead(text))
	return ok && localName(name) == "mediawiki"
}

// mediaWikiArticles returns the articles of a MediaWiki export (see
// ReadMediaWiki), or ok false for other text. Of one damaged or cut off,
// what came before is read.
func mediaWikiArticles(text string) (articles []Article, ok bool) {
	if !IsMediaWiki(text) {
		return nil, false
	}
	for a, err := range ReadMediaWiki(strings.NewReader(text), -1) {
		if err != nil {
			break
		}
		articles = append(articles, a)
	}
	return articles, true
}

// maxWikiNesting bounds how deep a MediaWiki export's elements nest: a
// page's text lies four deep. Past it the file is no export, and the XML
// reader's memory is bounded so.
const maxWikiNesting = 64

// ReadMediaWiki returns the articles of a MediaWiki export read from r, in
// order, one page at a time: a dump of gigabytes is read in the memory of
// a page. Each page of the main namespace (<ns>0</ns>) whose content is
// wikitext is an article: its title, its id, and its last revision's text
// as WikiText gives it; redirects, disambiguation pages (a {{توضيح}} or
// {{Disambiguation}} on them), pages of other namespaces (talk, users,
// templates, categories) and of other content (modules, style sheets),
// and pages without words are none. A page with a run of text longer than
// maxText bytes between two marks (a revision's text, as the file escapes
// it) is passed over: its run is skipped, not held (maxText < 0: no
// bound), and a *LongError names it, after which the sequence goes on (a
// page that would be no article by what comes before its text, a talk
// page, a redirect, is passed over without one). A file cut off in a
// download ends at the cut, the page it cut left out. Any other error
// ends the sequence: r's own, or a *WikiError for the file's XML broken or
// nested past any export's.
func ReadMediaWiki(r io.Reader, maxText int) iter.Seq2[Article, error] {
	return func(yield func(Article, error) bool) {
		in := &wikiInput{r: bufio.NewReaderSize(r, 64<<10), max: maxText}
		dec := xml.NewDecoder(in)
		dec.Strict = false
		dec.Entity = xml.HTMLEntity
		dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
		var (
			depth   int
			page    wikiPage
			inPage  bool
			field   *strings.Builder // the element being read, or nil
			yielded int              // articles yielded
		)
		for {
			t, err := dec.Token()
			if err != nil {
				switch {
				case err == io.EOF, in.eof && in.err == nil:
					// The end, or a cut: the page left open is dropped.
				case in.err != nil:
					yield(Article{}, in.err)
				default:
					yield(Article{}, &WikiError{Articles: yielded, Err: err})
				}
				return
			}
			switch v := t.(type) {
			case xml.StartElement:
				depth++
				if depth > maxWikiNesting {
					yield(Article{}, &WikiError{Articles: yielded, Err: fmt.Errorf("elements nested past %d deep: no MediaWiki export", maxWikiNesting)})
					return
				}
				field = nil
				name := v.Name.Local
				switch {
				case depth == 2 && name == "page":
					page.reset()
					inPage = true
					in.cut = false
				case !inPage:
				case depth == 3 && name == "title":
					field = &page.title
				case depth == 3 && name == "ns":
					field = &page.ns
				case depth == 3 && name == "id":
					field = &page.id
				case depth == 3 && name == "redirect":
					page.redirect = true
				case depth == 3 && name == "revision":
					page.text.Reset()
					page.model.Reset()
				case depth == 4 && name == "text":
					field = &page.text
				case depth == 4 && name == "model":
					field = &page.model
				}
			case xml.EndElement:
				depth--
				field = nil
				if depth == 1 && v.Name.Local == "page" && inPage {
					inPage = false
					if in.cut {
						// A run past maxText was skipped: the page is
						// not whole, and an article is named.
						if page.mayBeArticle() && !yield(Article{}, &LongError{ID: strings.TrimSpace(page.id.String()), Title: oneSpaced(page.title.String()), Bound: in.max}) {
							return
						}
						continue
					}
					if a, ok := page.article(); ok {
						yielded++
						if !yield(a, nil) {
							return
						}
					}
				}
			case xml.CharData:
				if field != nil {
					field.Write(v)
				}
			}
		}
	}
}

// WikiError is ReadMediaWiki's error for a MediaWiki export whose XML
// breaks (damaged, or no export), after Articles articles.
type WikiError struct {
	Articles int
	Err      error
}

func (e *WikiError) Error() string {
	return fmt.Sprintf("the MediaWiki export breaks after %d articles: %v", e.Articles, e.Err)
}

func (e *WikiError) Unwrap() error { return e.Err }

// mayBeArticle reports whether the page is an article by what is told
// before its text: no redirect, of the main namespace, of wikitext.
func (p *wikiPage) mayBeArticle() bool {
	if p.redirect {
		return false
	}
	if ns := strings.TrimSpace(p.ns.String()); ns != "" && ns != "0" {
		return false
	}
	model := strings.TrimSpace(p.model.String())
	return model == "" || model == "wikitext"
}

// wikiPage is a page of a MediaWiki export as it is read.
type wikiPage struct {
	title, ns, id, model, text strings.Builder
	redirect                   bool
}

func (p *wikiPage) reset() {
	p.title.Reset()
	p.ns.Reset()
	p.id.Reset()
	p.model.Reset()
	p.text.Reset()
	p.redirect = false
}

// wikiRedirects open a redirect's text, in English and Arabic.
var wikiRedirects = []string{"#redirect", "#تحويل"}

// wikiDisambiguations are the templates that mark a disambiguation page
// («{{Disambiguation}}» opens with «disambig»).
var wikiDisambiguations = []string{"توضيح", "disambig", "صفحة توضيح"}

// disambiguation reports whether markup holds a template of
// wikiDisambiguations: each «{{» is looked at once, where a search for each
// name read the page's text once a name.
func disambiguation(markup string) bool {
	for i := 0; ; {
		k := strings.Index(markup[i:], "{{")
		if k < 0 {
			return false
		}
		for _, d := range wikiDisambiguations {
			if hasPrefixFold(markup[i+k+2:], d) {
				return true
			}
		}
		i += k + 1 // «{{{توضيح» holds «{{توضيح» from its second brace
	}
}

// article returns the article the page is, or ok false for a page that is
// none (see ReadMediaWiki).
func (p *wikiPage) article() (Article, bool) {
	if !p.mayBeArticle() {
		return Article{}, false
	}
	markup := p.text.String()
	head := strings.TrimSpace(markup[:min(len(markup), 64)])
	for _, r := range wikiRedirects {
		if len(head) >= len(r) && strings.EqualFold(head[:len(r)], r) {
			return Article{}, false
		}
	}
	if disambiguation(markup) {
		return Article{}, false
	}
	a := Article{
		Title: oneSpaced(p.title.String()),
		ID:    strings.TrimSpace(p.id.String()),
		Text:  WikiText(markup),
	}
	if !hasWordOutsideTags(a.Text) {
		return Article{}, false
	}
	if isTheText(a.Title, a.Text) {
		a.Title = "" // a stub of its title alone, «'''ع»: as every reader of articles does
	}
	return a, true
}

// wikiInput is what an XML decoder reads a MediaWiki export from, a byte
// at a time: a run of text (from a '>' to the next '<') longer than max,
// or a tag (from a '<' to its '>') longer than max and than maxExportTag, is
// skipped to the next '<' (cut is set), so that no token the decoder makes
// is longer; eof and err keep what ended the reading.
type wikiInput struct {
	r     *bufio.Reader
	max   int
	run   int
	inTag bool
	cut   bool
	eof   bool
	err   error
}

// maxExportTag is the longest tag that a bound shorter than it leaves whole:
// the export's root, with its namespaces and schema, runs to some 250
// bytes, and a bound is of text, not of markup.
const maxExportTag = 4 << 10

// ReadByte gives the next byte, skipping the rest of an overlong run.
func (in *wikiInput) ReadByte() (byte, error) {
	c, err := in.r.ReadByte()
	if err != nil {
		return 0, in.fail(err)
	}
	switch {
	case c == '<':
		in.run, in.inTag = 0, true
		return c, nil
	case c == '>' && in.inTag:
		in.run, in.inTag = 0, false
		return c, nil
	}
	in.run++
	if in.max < 0 || in.run <= in.max || in.inTag && in.run <= maxExportTag || c&0xC0 == 0x80 {
		return c, nil // a character is not cut: the decoder reads UTF-8
	}
	in.cut = true
	for {
		_, err := in.r.ReadSlice('<')
		switch {
		case err == nil:
			in.run, in.inTag = 0, true
			return '<', nil
		case !errors.Is(err, bufio.ErrBufferFull):
			return 0, in.fail(err)
		}
	}
}

// Read reads as ReadByte does; the decoder reads a byte at a time.
func (in *wikiInput) Read(p []byte) (int, error) {
	for i := range p {
		c, err := in.ReadByte()
		if err != nil {
			return i, err
		}
		p[i] = c
	}
	return len(p), nil
}

func (in *wikiInput) fail(err error) error {
	if err == io.EOF {
		in.eof = true
	} else {
		in.err = err
	}
	return err
}
