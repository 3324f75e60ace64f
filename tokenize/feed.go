package tokenize

import (
	"encoding/xml"
	"strings"
)

// The namespaces of feeds' elements: Atom's, RSS 1.0's, and RSS's content
// module, whose <content:encoded> holds an item's whole content.
const (
	atomNS    = "http://www.w3.org/2005/Atom"
	rss1NS    = "http://purl.org/rss/1.0/"
	contentNS = "http://purl.org/rss/1.0/modules/content/"
)

// IsFeed reports whether text is a news feed, by its root element: RSS
// 2.0's <rss>, RSS 1.0's <rdf:RDF> in RSS 1.0's namespace, or Atom's
// <feed> in Atom's, after an XML declaration, processing instructions
// (a style sheet), comments and a byte order mark.
func IsFeed(text string) bool {
	head := strings.TrimPrefix(text[:min(len(text), 4<<10)], "\ufeff")
	name, tag, ok := xmlRoot(head)
	switch {
	case !ok:
		return false
	case name == "rss":
		return true
	case localName(name) == "feed":
		return strings.Contains(tag, atomNS)
	case localName(name) == "RDF":
		return strings.Contains(head, rss1NS)
	}
	return false
}

// feedArticles returns the articles of a news feed (see Articles), or ok
// false for other text.
func feedArticles(text string) (articles []Article, ok bool) {
	if !IsFeed(text) {
		return nil, false
	}
	var (
		depth, itemDepth = 0, -1 // itemDepth: the open item's, or -1
		field            string  // the item's element being read: "title", "content", "summary" or ""
		b                strings.Builder
		title            string
		bodies           []itemBody
	)
	// At the end, or at a cut, the item left open is dropped.
	for t := range xmlTokens(xmlDecoder(strings.TrimPrefix(text, "\ufeff"))) {
		switch v := t.(type) {
		case xml.StartElement:
			depth++
			switch {
			case itemDepth < 0 && feedItem(v.Name):
				itemDepth, title, bodies = depth, "", bodies[:0]
			case itemDepth >= 0 && field == "" && depth == itemDepth+1:
				field = itemField(v.Name)
				b.Reset()
			case field != "":
				// Atom's content in XHTML is elements, not text: its tags
				// are kept, so that its paragraphs stay apart.
				b.WriteString("<" + v.Name.Local + ">")
			}
		case xml.EndElement:
			switch {
			case field != "" && depth == itemDepth+1:
				if field == "title" {
					title = b.String()
				} else {
					bodies = append(bodies, itemBody{strings.TrimSpace(b.String()), field == "content"})
				}
				field = ""
			case field != "":
				b.WriteString("</" + v.Name.Local + ">")
			case depth == itemDepth:
				if a, ok := itemArticle(title, bodies); ok {
					articles = append(articles, a)
				}
				itemDepth = -1
			}
			depth--
		case xml.CharData:
			if field != "" {
				b.Write(v)
			}
		}
	}
	return articles, true
}

// feedItem reports whether an element is a feed's story: RSS's <item> or
// Atom's <entry>.
func feedItem(n xml.Name) bool {
	return n.Local == "item" && (n.Space == "" || n.Space == rss1NS) || n.Local == "entry" && n.Space == atomNS
}

// itemField tells an element of an item: "title" for its title,
// "content" for its content (RSS's <content:encoded>, Atom's <content>),
// "summary" for its summary or excerpt (<description>, <summary>; RSS's
// <description> holds the whole story in many feeds), "" for the others (a
// link, a date, Media RSS's photo and its caption, which are in Media
// RSS's namespace).
func itemField(n xml.Name) string {
	plain := n.Space == "" || n.Space == rss1NS || n.Space == atomNS
	switch {
	case plain && n.Local == "title":
		return "title"
	case n.Space == contentNS && n.Local == "encoded", n.Space == atomNS && n.Local == "content":
		return "content"
	case plain && (n.Local == "description" || n.Local == "summary" || n.Local == "content"):
		return "summary"
	}
	return ""
}

// itemBody is the text of an item's content or summary.
type itemBody struct {
	text    string
	content bool
}

// itemArticle returns the article of an item: its body of the most words,
// the content over a summary of as many (a short post's excerpt is all its
// words), and its title read as text; ok is false when no body has a word.
func itemArticle(title string, bodies []itemBody) (Article, bool) {
	best, most, content := "", 0, false
	for _, body := range bodies {
		if n := wordsOutsideTags(body.text); n > most || n == most && n > 0 && body.content && !content {
			best, most, content = body.text, n, body.content
		}
	}
	if most == 0 {
		return Article{}, false
	}
	a := Article{Title: cueText(title), Text: best}
	if isTheText(a.Title, a.Text) {
		a.Title = ""
	}
	return a, true
}
