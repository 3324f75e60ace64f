package tokenize

import (
	"encoding/xml"
	"strings"
)

// The namespaces of feeds' elements: Atom's, RSS 1.0's, RSS's content
// module, whose <content:encoded> holds an item's whole content, and
// NewsML-G2's (IPTC's News Architecture).
const (
	atomNS    = "http://www.w3.org/2005/Atom"
	rss1NS    = "http://purl.org/rss/1.0/"
	contentNS = "http://purl.org/rss/1.0/modules/content/"
	narNS     = "http://iptc.org/std/nar/2006-10-01/"
)

// IsFeed reports whether text is a news feed, by its root element: RSS
// 2.0's <rss>, RSS 1.0's <rdf:RDF> in RSS 1.0's namespace, or Atom's
// <feed> in Atom's; or a news agency's story, as agencies deliver and
// archives keep them: NITF's <nitf>, or NewsML-G2's <newsMessage> or
// <newsItem> in its namespace; or a corpus of stories one after another in
// <DOC> tags, as research collections keep them (LDC's Arabic Gigaword,
// TREC's and TDT's newswire, WikiExtractor's output of a Wikipedia dump),
// or a web archive's pages in WARC (a crawl's, or Common Crawl's WET
// files), or a wiki's dump (IsMediaWiki).
// What may come before the root is passed over: an XML declaration,
// processing instructions (a style sheet), comments and a byte order mark.
func IsFeed(text string) bool {
	if IsWARC(text) {
		return true
	}
	head := feedHead(text)
	name, tag, ok := xmlRoot(head)
	switch local := localName(name); {
	case !ok:
		return false
	case name == "rss", local == "nitf", local == "mediawiki", strings.EqualFold(name, "doc"):
		return true
	case local == "feed":
		return strings.Contains(tag, atomNS)
	case local == "RDF":
		return strings.Contains(head, rss1NS)
	case local == "newsMessage", local == "newsItem":
		return strings.Contains(tag, narNS)
	}
	return false
}

// feedHead is where a feed's root element is looked for: its first 4 KiB,
// without a byte order mark.
func feedHead(text string) string {
	return strings.TrimPrefix(text[:min(len(text), 4<<10)], "\ufeff")
}

// feedArticles returns the articles of a news feed (see Articles), or ok
// false for other text.
func feedArticles(text string) (articles []Article, ok bool) {
	if !IsFeed(text) {
		return nil, false
	}
	var (
		depth, itemDepth = 0, -1 // itemDepth: the open item's, or -1
		kind             itemKind
		field            string // the item's element being read: "title", "head title", "content", "summary" or ""
		fieldDepth       int
		skipDepth        = -1 // a part of a content that is not the story's, or -1
		b                strings.Builder
		title, headTitle string
		id               string
		bodies           []itemBody
	)
	// At the end, or at a cut, the item left open is dropped.
	for t := range xmlTokens(xmlDecoder(strings.TrimPrefix(text, "\ufeff"))) {
		switch v := t.(type) {
		case xml.StartElement:
			depth++
			switch {
			case skipDepth >= 0:
			case itemDepth < 0:
				if kind = feedItem(v.Name); kind != noItem {
					itemDepth, title, headTitle, id, bodies = depth, "", "", "", bodies[:0]
					if kind == newsItem {
						id = attr(v, "guid")
					}
				}
			case kind == nitfStory && v.Name.Local == "doc-id" && id == "":
				id = attr(v, "id-string")
			case field == "" && (depth == itemDepth+1 || kind != feedEntry):
				if field = kind.field(v.Name); field != "" {
					fieldDepth = depth
					b.Reset()
				}
			case field != "":
				// Content in XHTML or in NITF is elements, not text: its
				// tags are kept, so that its paragraphs stay apart, but for
				// the parts of a story that are not its text.
				name, keep := storyElement(v.Name.Local)
				if !keep {
					skipDepth = depth
					break
				}
				b.WriteString("<" + name + ">")
			}
		case xml.EndElement:
			switch {
			case skipDepth >= 0:
				if depth == skipDepth {
					skipDepth = -1
				}
			case field != "" && depth == fieldDepth:
				switch field {
				case "title":
					if title == "" { // the first, as NITF's one main headline
						title = b.String()
					}
				case "head title":
					headTitle = b.String()
				case "id":
					if id == "" {
						id = strings.TrimSpace(b.String())
					}
				default:
					bodies = append(bodies, itemBody{Dereferenced(strings.TrimSpace(b.String())), field == "content"})
				}
				field = ""
			case field != "":
				name, _ := storyElement(v.Name.Local)
				b.WriteString("</" + name + ">")
			case depth == itemDepth:
				if title == "" {
					title = headTitle
				}
				if a, ok := itemArticle(title, bodies); ok {
					a.ID = id
					articles = append(articles, a)
				}
				itemDepth = -1
			}
			depth--
		case xml.CharData:
			if field != "" && skipDepth < 0 {
				b.Write(v)
			}
		}
	}
	return articles, true
}

// itemKind tells the stories of feeds apart by where their parts are.
type itemKind int

const (
	noItem    itemKind = iota
	feedEntry          // RSS's <item>, Atom's <entry>: its parts are its children
	nitfStory          // NITF's <nitf>: its parts are deeper, <hl1> in <hedline> in <body.head>…
	newsItem           // NewsML-G2's <newsItem>: <headline> in <contentMeta>, <inlineXML> in <contentSet>
)

// feedItem tells whether an element is a feed's story, and of which kind.
func feedItem(n xml.Name) itemKind {
	switch {
	case n.Local == "item" && (n.Space == "" || n.Space == rss1NS) || n.Local == "entry" && n.Space == atomNS:
		return feedEntry
	case n.Local == "nitf":
		return nitfStory
	case n.Local == "newsItem" && n.Space == narNS:
		return newsItem
	}
	return noItem
}

// field tells an element of an item: "title" for its title, "content" for
// its content, "summary" for its summary or excerpt, "id" for its
// identifier (RSS's <guid>, Atom's <id>), "" for the others.
// Of RSS and Atom: <title>; <content:encoded>, Atom's <content>;
// <description>, <summary> (RSS's <description> holds the whole story in
// many feeds); not a link, a date, Media RSS's photo and its caption, which
// are in Media RSS's namespace. Of NITF: the main headline, <hl1> (the
// title in its <head>, "head title", when it has none); <body.content>;
// the editor's <abstract>. Of NewsML-G2: <headline>; <inlineXML>.
func (k itemKind) field(n xml.Name) string {
	switch k {
	case nitfStory:
		switch n.Local {
		case "hl1":
			return "title"
		case "title":
			return "head title"
		case "body.content":
			return "content"
		case "abstract":
			return "summary"
		}
		return ""
	case newsItem:
		switch {
		case n.Space == narNS && n.Local == "headline":
			return "title"
		case n.Space == narNS && n.Local == "inlineXML":
			return "content"
		}
		return ""
	}
	plain := n.Space == "" || n.Space == rss1NS || n.Space == atomNS
	switch {
	case plain && n.Local == "title":
		return "title"
	case n.Space == "" && n.Local == "guid", n.Space == atomNS && n.Local == "id":
		return "id"
	case n.Space == contentNS && n.Local == "encoded", n.Space == atomNS && n.Local == "content":
		return "content"
	case plain && (n.Local == "description" || n.Local == "summary" || n.Local == "content"):
		return "summary"
	}
	return ""
}

// storyElement returns the name under which an element of a content in
// XHTML or in NITF is kept, as the HTML that the library reads: NITF's
// subheads as headings, its photos' captions as captions (which give no
// sentence), its blocks as blocks; keep is false for the parts of a story
// that are not its text, its head (a page's or NITF's) and NITF's
// <body.head> (headlines, byline, dateline), <body.end> (a tagline), and a
// photo's file, data and credit.
func storyElement(local string) (name string, keep bool) {
	switch local {
	case "head", "body.head", "body.end", "media-reference", "media-object", "media-producer", "media-metadata":
		return "", false
	case "hl1", "hl2":
		return "h2", true
	case "media":
		return "figure", true
	case "media-caption":
		return "figcaption", true
	case "block", "body.content", "nitf":
		return "div", true
	}
	return local, true
}

// itemBody is the text of an item's content or summary, or of a part of
// an e-mail message: its HTML is its content.
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
