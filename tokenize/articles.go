package tokenize

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Article is an article that a JSON document, a news feed, a corpus file, a
// web archive or an e-mail message holds: its text, as the document gives it
// (HTML or plain), and its headline, plain, or "" when the document gives
// none.
type Article struct {
	Title string
	Text  string
	// ID is the article's own identifier where its document gives one, as
	// it stands, so that a summary can be told by it: a JSON object's "id"
	// above the article's text (a record's, a WordPress post's), or its
	// "_id" (a search engine's hit's), a feed
	// item's <guid> or Atom's <id>, NITF's doc-id, NewsML-G2's guid, a
	// corpus document's id or <DOCNO>, WikiExtractor's id, a web archive's
	// page's address (WARC-Target-URI), an e-mail's Message-ID; "" where
	// there is none.
	ID string
	// Language is the language the document says the article is in, as it
	// says it, the main one first where it names several: Common Crawl's
	// identification of a WET page's («ara», «ara,eng»:
	// WARC-Identified-Content-Language, ISO 639-3), a JSON record's or
	// translation's «lang», «language», «locale» or «languages_code» («ar»,
	// «ar-SA»: ISO 639-1 and BCP 47), or where it gives the language's name
	// instead («arabic», «English», «العربية», as news APIs do), that
	// language's ISO 639-3 code («ara», «eng»); "" where it says none.
	// A crawl of the web is in every language; an Arabic summary of a page
	// in another is none a reader wants.
	Language string
}

// A LongError is a page that ReadWARC or ReadMediaWiki passed over, for it
// runs past the bound it was given: a web archive's page, by its address,
// or a wiki's article, by its id and title. The sequence goes on after it,
// for a consumer that does, so that one long page does not lose the rest,
// and no page is lost without a word. What would be no article is passed
// over without one: a crawl's video or picture, a talk page.
type LongError struct {
	ID    string // the page's address (WARC-Target-URI), or the wiki page's id
	Title string // the wiki page's title; "" for a web archive's page
	// Size is the page's record in bytes as its header gives it (a web
	// archive's block); 0 where it is not known, a wiki page being read
	// no further than its run of text past the bound.
	Size  int64
	Bound int // the bound the reader was given
}

func (e *LongError) Error() string {
	if e.Size > 0 {
		return fmt.Sprintf("%s is %d bytes, past the bound of %d", e.Page(), e.Size, e.Bound)
	}
	return fmt.Sprintf("%s is past the bound of %d bytes", e.Page(), e.Bound)
}

// Page names the page: "the page ADDRESS", or "the page «TITLE» (ID)".
func (e *LongError) Page() string {
	if e.Title != "" {
		return fmt.Sprintf("the page «%s» (%s)", e.Title, e.ID)
	}
	return "the page " + e.ID
}

// Articles returns the articles of text when text holds articles as data:
// a JSON document (IsJSON: an API's answer, a scraper's record, a CMS's
// export, JSON Lines), a table in CSV (IsCSV: a dataset of news, a
// scraper's export), a news feed (IsFeed: RSS or Atom, or a news
// agency's NITF or NewsML-G2, a wiki's dump) or an e-mail message
// (IsMail). None is text to split as it stands: JSON's keys, quotes and
// escapes (WordPress's REST API writes every Arabic letter as «\u0627»)
// would be read as words, a feed's links, dates and markup too, a dump's
// wikitext, a message's header and base64 as well, and the stories of a
// document or a feed would run together as one.
// ok is false, with no article, for any other text; one without words
// holds no article.
//
// Of JSON, the article's text is the string of the most words (outside
// tags), and every string at the same place in the document: the same
// keys, from the top, through any item of a list («articles[].content»).
// Such strings under one object that holds a headline («headline»,
// «headlines», «title», «name», or «العنوان», a string, WordPress's
// {"rendered": …}, Arc XP's {"basic": …} or the New York Times' {"main": …})
// are one article, in order, a blank line between them: a body given as a
// list of paragraphs or of an editor's blocks is one article, a list of
// posts with their titles is as many. So is an item of a list that holds
// two of an id («id», «_id», «guid», «uuid»), an address («url», «link»,
// «permalink») and a date (a key that says «date» or «publish»), in its
// members or its objects': a record of its own (an API's story, a search
// engine's hit), one article even without a headline, which takes none
// from what holds the list (a site's name). A rich-text editor's document
// (ProseMirror's and Tiptap's, Lexical's, Slate's, Sanity's Portable
// Text, Contentful's rich text) holds a paragraph as runs of text, one for
// each change of style or link, a link's a level deeper: the runs of one
// paragraph or heading are one paragraph, written one after the other as
// the editor shows them, a link's among them, and count as one string;
// the text is the runs of the paragraphs and headings of the longest
// one's document, a list's items and a quotation's among them in their
// place, a table's cells but where no other paragraph is.
// A bilingual site's article is read in Arabic, though its English takes
// more words: of a field in languages ({"ar": …, "en": …}, "ar-SA",
// "ara", or by name: "Arabic", "العربية"), of fields named with a
// language's code ("body_ar", "bodyAr") and of a list of translations
// whose items say their language ("lang", "locale", "languages_code",
// Sanity's "_key"; a code or a name), the Arabic alone where it
// holds text, its headline the title; a list of records in their own
// languages (a site's stories, in Arabic and English) is each read, but
// under a key that says it holds translations. An article's id is not its
// translation's. An entry with its localizations (Strapi's, under
// "localizations": the entry in its other languages, each an entry of its
// own) is read once, in Arabic where it or one of them is in Arabic with
// Arabic text, the entry's own first, with the id of the one read.
// Of JSON Lines, each line is a document of its own, as is each of
// documents one after another, and so is each record of a document that
// is a list of objects (a scrape's records, as Scrapy's feed export or
// json.dump of a list writes them):
// its text is its own longest string's, and its strings without a
// headline are one article.
//
// Of a table in CSV, each row with words in the column of the text is an
// article: that column's field (the first of text, content, body, article,
// articleBody, articleText, mainText, fullText, story, النص, المحتوى,
// المقال, الخبر… the header names, in any case, spaced or not), the title's
// (title, headline, العنوان) and the id's (id, else url, link, الرابط);
// the other columns (a summary, a date, pandas' index) are none.
//
// Of a feed, each <item> (RSS 2.0 and 1.0) or <entry> (Atom) with text is
// an article, in order: its title, and of its content (RSS's
// <content:encoded>, Atom's <content>) and its summary (<description>,
// <summary>) the one of the most words, the content on a tie (a short
// post's excerpt is all its words); the feed's own title and
// description, and the items' other elements (links, dates, a photo's
// caption in Media RSS) are none. Of a news agency's story, NITF's <nitf>
// (alone, or in NewsML-G2) or NewsML-G2's <newsItem>, each is an article:
// its main headline (NITF's <hl1>, or the title in its head; NewsML-G2's
// <headline>) and its body (<body.content>, <inlineXML>), its subheads
// as headings and its photos' captions as captions, without the byline,
// dateline and tagline; NITF's <abstract> is its summary. Of a corpus of
// stories in <DOC> tags, as research collections keep them (IsFeed: LDC's
// Arabic Gigaword, TREC's and TDT's newswire, WikiExtractor's output of a
// Wikipedia dump), each <DOC> with text is an article: its <HEADLINE> (or
// its title attribute) and its <TEXT>, each <P> a line, the wire's
// wrapping undone, without its dateline, header and trailer; of one
// without <TEXT> (WikiExtractor's), its text but for the title on its
// first line, a section's title, which WikiExtractor writes with a period
// after it, marked as a heading («## التاريخ.»). Of a web archive in WARC
// (IsFeed), each page with text is an article, its address
// (WARC-Target-URI) its ID: of Common Crawl's WET files, each "conversion"
// record, the page's title on its block's first line and its text after
// it; of a crawl's file (wget's --warc-file, Heritrix's, Common Crawl's
// WARC files), each "response" record that is a page's HTML fetched (HTTP
// 2xx, text/html), its HTML as UTF-8, its chunks joined and its gzip or
// deflate undone (up to 16 MiB a page), decoded from the charset its
// server or its HTML declares (Windows-1256, ISO-8859-6), untitled (its
// <title> and <h1> are in it), and each "resource" record of HTML
// likewise; the file's own information, requests, metadata, revisits,
// redirects, error pages and what is not HTML (pictures, scripts,
// robots.txt, a crawler's log) are none.
//
// Of a wiki's dump (IsMediaWiki: a MediaWiki export, as Wikipedia's and
// Wikinews' dumps and Special:Export write one), each article of the main
// namespace, as ReadMediaWiki gives them.
//
// Of an e-mail message (IsMail), its text is the article: of its plain and
// HTML parts the one of the most words, HTML on a tie, decoded from base64
// or quoted-printable and from its charset (Windows-1256, ISO-8859-6);
// attachments are none, but a message forwarded as one is read; its
// subject is the title, without the marks of a reply or a forward.
//
// The title is the headline without tags, its entities read. In the text,
// a numeric character reference to a character past ASCII («&#1575;»,
// «&#8220;») is written as the character, as a browser shows it: a site in
// Latin-1 or ASCII writes all its Arabic so, and one in Windows-1256 the
// Arabic-Indic digits, which would be no words, and WordPress writes its
// quotation marks and ellipses so, which a summary would show as written;
// a reference to ASCII («&#60;») is kept. Of a document cut off in a
// download, what came before the cut is read.
func Articles(text string) (articles []Article, ok bool) {
	if articles, ok := jsonArticles(text); ok {
		return articles, true
	}
	if articles, ok := csvArticles(text, true); ok {
		return articles, true
	}
	if articles, ok := mailArticles(text); ok {
		return articles, true
	}
	if articles, ok := corpusArticles(text); ok {
		return articles, true
	}
	if articles, ok := warcArticles(text); ok {
		return articles, true
	}
	if articles, ok := mediaWikiArticles(text); ok {
		return articles, true
	}
	return feedArticles(text)
}

// isTheText reports whether an article's headline is its text itself,
// perhaps in a paragraph's tags: then it is no headline. Reading a whole
// article as text to compare it cost a sixth of the time of reading a
// WordPress post and a third of a feed's item, so it is read only where it
// could be the headline: markup that triples a headline and adds 64 bytes
// to it is not a headline's.
func isTheText(title, text string) bool {
	return title == text || len(text) <= 3*len(title)+64 && title == cueText(text)
}

// wordsOutsideTags counts the words of s outside its tags: runs of characters
// between spaces that hold a letter. An image's data in base64 or an
// address is one word; an article's text has tens.
func wordsOutsideTags(s string) int {
	return countWordsOutsideTags(s, -1)
}

// hasWordOutsideTags reports whether s has a word outside its tags, read no
// further than its first.
func hasWordOutsideTags(s string) bool {
	return countWordsOutsideTags(s, 1) > 0
}

// countWordsOutsideTags counts the words of s outside its tags, up to most
// of them (-1: all).
func countWordsOutsideTags(s string, most int) int {
	n, letter, inWord := 0, false, false
	end := func() {
		if inWord && letter {
			n++
		}
		inWord, letter = false, false
	}
	noAngle := false // no '>' after the last search
	for i := 0; i < len(s) && n != most; {
		if s[i] == '<' && !noAngle && i+1 < len(s) && (asciiLetter(s[i+1]) || s[i+1] == '/') {
			if k := strings.IndexByte(s[i:], '>'); k > 0 {
				end()
				i += k + 1
				continue
			}
			noAngle = true
		}
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case r >= 'ء' && r <= 'ي': // Arabic's letters, most of an article
			inWord, letter = true, true
		case unicode.IsSpace(r):
			end()
		default:
			inWord = true
			letter = letter || unicode.IsLetter(r)
		}
	}
	end()
	return n
}
