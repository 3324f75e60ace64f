package tokenize_test

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"iter"
	"mime"
	"mime/quotedprintable"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"github.com/talkhis/talkhis/tokenize"
)

func seed(b *testing.B) string {
	t, err := os.ReadFile("../testdata/seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(t)
}

func BenchmarkNormalize(b *testing.B) {
	text := seed(b)
	for _, c := range []struct{ name, text string }{
		{"already-normal", tokenize.Normalize(text)},
		{"seed", text},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				_ = tokenize.Normalize(c.text)
			}
		})
	}
}

// BenchmarkSentences splits the sample, the sample as a static site's
// Markdown page (front matter, an image and a shortcode before each
// paragraph, and its first sentence in bold), and the sample as a page's
// HTML on one line (a menu of links, a figure with its caption, <p>
// paragraphs with a link and &nbsp; in each), so that what markup costs
// shows beside the plain text; and the sample in presentation forms and
// with asides in brackets (below).
func BenchmarkSentences(b *testing.B) {
	text := seed(b)
	lines := strings.Split(strings.TrimSpace(text), "\n")
	var md strings.Builder
	fmt.Fprintf(&md, "---\ntitle: %q\ndraft: false\n---\n", lines[0])
	for k, line := range lines[1:] {
		if strings.TrimSpace(line) == "" {
			continue
		}
		fmt.Fprintf(&md, "![صورة %d](/images/%d.jpg)\n\n{{< figure src=\"/images/%d.jpg\" caption=\"صورة %d. تصوير: رويترز\" >}}\n\n", k, k, k, k)
		first, rest, _ := strings.Cut(line, ". ")
		fmt.Fprintf(&md, "**%s.** %s\n\n", first, rest)
	}
	var page strings.Builder
	fmt.Fprintf(&page, `<ul class="menu"><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li></ul><h1>%s</h1>`, lines[0])
	for k, line := range lines[1:] {
		if strings.TrimSpace(line) == "" {
			continue
		}
		first, rest, _ := strings.Cut(line, " ")
		fmt.Fprintf(&page, `<figure><img src="/images/%d.jpg"><figcaption>صورة %d. تصوير: رويترز</figcaption></figure><p>%s&nbsp;<a href="/tags/%d">%s</a></p>`, k, k, first, k, rest)
	}
	// The sample as Word saves a web page: a whole document, its source
	// wrapped at 76 characters between words and between a tag's
	// attributes, with CRLF.
	var word strings.Builder
	word.WriteString("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\r\n<head>\r\n<style>\r\n<!--\r\n p.MsoNormal {margin:0cm;}\r\n-->\r\n</style>\r\n</head>\r\n<body lang=EN-US>\r\n")
	for _, line := range lines {
		if strings.TrimSpace(line) == "" {
			continue
		}
		wrapWords(&word, "<p class=MsoNormal dir=RTL style='text-align:justify;direction:rtl'><span lang=AR-SA style='font-size:14.0pt;font-family:\"Arial\"'>"+line+"<o:p></o:p></span></p>", 76, "\r\n")
		word.WriteString("\r\n\r\n")
	}
	word.WriteString("</body>\r\n</html>\r\n")
	// The sample as a plain-text archive keeps it: hard-wrapped at 76
	// characters, each paragraph opening with a space (see
	// wrapWidth).
	var wrapped strings.Builder
	for _, line := range lines {
		if strings.TrimSpace(line) != "" {
			wrapWords(&wrapped, " "+line, 76, "\n")
			wrapped.WriteByte('\n')
		}
	}
	// The sample as evaluate.PlainText renders a story: its headline on the
	// first line, its paragraphs hard-wrapped at 70 characters, no blank
	// lines and no indents; the headline fills its line, and only its
	// words tell it from the lead's first line (see restates).
	var plain strings.Builder
	for k, line := range lines {
		if strings.TrimSpace(line) != "" {
			if k > 0 {
				wrapWords(&plain, line, 70, "\n")
			} else {
				plain.WriteString(line)
			}
			plain.WriteByte('\n')
		}
	}
	// The sample with each Arabic letter in its isolated presentation form,
	// as a PDF extractor may give it in reading order: every letter opens
	// with the byte that opens «﴿» (see tokenize's brackets).
	isolated := map[rune]rune{}
	for r := rune(0xFE80); r <= 0xFEFC; r++ {
		base := []rune(norm.NFKC.String(string(r)))
		if _, ok := isolated[base[0]]; len(base) == 1 && !ok {
			isolated[base[0]] = r
		}
	}
	forms := strings.Map(func(r rune) rune {
		if f, ok := isolated[r]; ok {
			return f
		}
		return r
	}, text)
	// The sample with an aside in brackets in each sentence, closed before
	// its period.
	aside := strings.ReplaceAll(text, "، ", " (في بيان) ")
	// The sample's paragraphs parted by runs of 2,000 blank lines, as a
	// page stripped of its markup or a PDF's empty pages may leave them:
	// each line's end was read back over the blank lines before it, and a
	// run cost time as its length squared (see linkEnds).
	blank := strings.ReplaceAll(strings.TrimSpace(text), "\n\n", strings.Repeat("\n", 2000))
	// The sample under 2,000 labels of one word, each on its line: each
	// label looked back over the units above it for a sentence, and the
	// labels cost time as their number squared (see labels).
	labeled := strings.Repeat("ملاحظة:\n", 2000) + text
	for _, c := range []struct{ name, text string }{
		{"sample", text},
		{"markdown", md.String()},
		{"html", page.String()},
		{"word", word.String()},
		{"wrapped", wrapped.String()},
		{"plaintext", plain.String()},
		{"forms", forms},
		{"brackets", aside},
		{"blanklines", blank},
		{"labels", labeled},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				_ = tokenize.Sentences(c.text)
			}
		})
	}
}

func BenchmarkTerms(b *testing.B) {
	text := seed(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	var dst []string
	for b.Loop() {
		dst, _ = tokenize.AppendTerms(dst[:0], text, nil)
	}
}

// The checks run on every text summarize is given, before anything else:
// NotText (another encoding), Escaped (text encoded twice), Backwards
// (visual order).
func BenchmarkChecks(b *testing.B) {
	text := seed(b)
	for _, c := range []struct {
		name  string
		check func(string) (int, int)
	}{
		{"NotText", tokenize.NotText},
		{"Escaped", tokenize.Escaped},
		{"Backwards", tokenize.Backwards},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				_, _ = c.check(text)
			}
		})
	}
}

// BenchmarkArticles reads 20 copies of the sample as the articles of a
// list of posts from WordPress's REST API (every letter outside ASCII
// escaped, its content in <p>s) and as the items of an RSS feed (an
// excerpt and the content in CDATA), as a reader of a site's latest
// stories gets them.
func BenchmarkArticles(b *testing.B) {
	text := seed(b)
	title, body, _ := strings.Cut(strings.TrimSpace(text), "\n")
	content := "<p>" + strings.ReplaceAll(strings.TrimSpace(body), "\n\n", "</p>\n<p>") + "</p>"
	excerpt := strings.Join(strings.Fields(body)[:55], " ") + " [&#8230;]"
	var posts, feed, agency strings.Builder
	paragraphs := "<p>" + strings.ReplaceAll(strings.TrimSpace(body), "\n\n", "</p>\n<p>") + "</p>"
	agency.WriteString(`<?xml version="1.0" encoding="UTF-8"?><newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2024-03-12T10:30:00Z</sent></header><itemSet>`)
	posts.WriteString("[")
	feed.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>شبكة الأخبار</title>`)
	for k := range 20 {
		if k > 0 {
			posts.WriteString(",")
		}
		fmt.Fprintf(&posts, `{"id":%d,"link":"https:\/\/example.com\/?p=%d","title":{"rendered":%s},"content":{"rendered":%s,"protected":false},"excerpt":{"rendered":%s}}`,
			k, k, strconv.QuoteToASCII(title), strings.ReplaceAll(strconv.QuoteToASCII(content), "/", `\/`), strconv.QuoteToASCII("<p>"+excerpt+"</p>"))
		fmt.Fprintf(&agency, `<newsItem guid="urn:a:%d" version="1"><contentMeta><headline>%s</headline></contentMeta><contentSet><inlineXML contenttype="application/nitf+xml"><nitf><head><title>%s</title></head><body><body.head><hedline><hl1>%s</hl1></hedline><byline>بقلم مراسل الوكالة</byline><dateline>القاهرة</dateline></body.head><body.content>%s</body.content><body.end><tagline>© الوكالة</tagline></body.end></body></nitf></inlineXML></contentSet></newsItem>`,
			k, title, title, title, paragraphs)
		fmt.Fprintf(&feed, "<item><title>%s</title><link>https://example.com/?p=%d</link><pubDate>Tue, 12 Mar 2024 10:30:00 +0000</pubDate><description><![CDATA[%s]]></description><content:encoded><![CDATA[%s]]></content:encoded></item>\n", title, k, excerpt, content)
	}
	posts.WriteString("]")
	feed.WriteString("</channel></rss>")
	agency.WriteString("</itemSet></newsMessage>")
	// One press release as an e-mail, as Arabic Outlook sends it: the text
	// as HTML in Windows-1256 and quoted-printable, and as plain UTF-8 in
	// base64; 20 of them, to compare with the 20 posts above.
	var mails []string
	for range 20 {
		mails = append(mails, benchMail(b, title, body))
	}
	// The 20 stories as LDC's Gigaword holds a wire: <DOC>s with their
	// headlines, each paragraph a <P> wrapped at 72 characters.
	var wire strings.Builder
	for k := range 20 {
		fmt.Fprintf(&wire, "<DOC id=\"AFP_ARB_20240312.%04d\" type=\"story\" >\n<HEADLINE>\n%s\n</HEADLINE>\n<DATELINE>\nالقاهرة 12-3 (اف ب)\n</DATELINE>\n<TEXT>\n", k, title)
		for _, p := range strings.Split(strings.TrimSpace(body), "\n\n") {
			wire.WriteString("<P>\n")
			wrapWords(&wire, strings.Join(strings.Fields(p), " "), 72, "\n")
			wire.WriteString("\n</P>\n")
		}
		wire.WriteString("</TEXT>\n</DOC>\n")
	}
	// The 20 as pages of Common Crawl's WET file: a record a page, its
	// title on the first line, a paragraph a line.
	var wet strings.Builder
	for k := range 20 {
		page := title + " | شبكة الأخبار\n" + strings.ReplaceAll(strings.TrimSpace(body), "\n\n", "\n") + "\n"
		fmt.Fprintf(&wet, "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/%d\r\nWARC-Date: 2024-03-12T10:31:07Z\r\nWARC-Block-Digest: sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", k, len(page), page)
	}
	// The 20 as a crawl's WARC file holds them: a request and a response a
	// page, its HTML in Windows-1256, gzip, in chunks.
	// And with what wget --page-requisites fetches beside each page: two
	// scripts and two style sheets, gzip'd, in chunks, which are no pages.
	var crawl, requisites strings.Builder
	script := strings.Repeat("function f(a){return a*2+Math.random();} var x = [1,2,3].map(f);\n", 300)
	for k := range 20 {
		page := "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"windows-1256\"><title>" + title + " | شبكة الأخبار</title></head>\n<body><article><h1>" + title + "</h1>\n<p>" +
			strings.ReplaceAll(strings.TrimSpace(body), "\n\n", "</p>\n<p>") + "</p></article></body></html>\n"
		cp1256, err := encoding.ReplaceUnsupported(charmap.Windows1256.NewEncoder()).String(page)
		if err != nil {
			b.Fatal(err)
		}
		uri := fmt.Sprintf("https://example.com/%d", k)
		crawl.WriteString(crawlRecord("request", uri, "application/http; msgtype=request", "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n"))
		response := crawlRecord("response", uri, "application/http; msgtype=response",
			httpResponse("200 OK", []string{"Content-Type: text/html; charset=windows-1256", "Content-Encoding: gzip", "Transfer-Encoding: chunked"}, chunked(gzipped(b, cp1256), 4096)))
		crawl.WriteString(response)
		requisites.WriteString(response)
		for j, kind := range []string{"application/javascript", "text/css", "application/javascript", "text/css"} {
			requisites.WriteString(crawlRecord("response", fmt.Sprintf("%s/%d", uri, j), "application/http; msgtype=response",
				httpResponse("200 OK", []string{"Content-Type: " + kind, "Content-Encoding: gzip", "Transfer-Encoding: chunked"}, chunked(gzipped(b, script), 4096))))
		}
	}
	// The 20 as a scrape's table in CSV, as pandas writes it: an index,
	// the id, the title and the text, its paragraphs over lines, quoted.
	var table strings.Builder
	table.WriteString(",id,title,text,url\n")
	for k := range 20 {
		fmt.Fprintf(&table, "%d,%d,%s,\"%s\",https://example.com/?p=%d\n", k, k, title, strings.ReplaceAll(strings.TrimSpace(body), `"`, `""`), k)
	}
	for _, c := range []struct {
		name  string
		texts []string
	}{
		{"wp-json", []string{posts.String()}},
		{"csv", []string{table.String()}},
		{"rss", []string{feed.String()}},
		{"newsml", []string{agency.String()}},
		{"eml", mails},
		{"gigaword", []string{wire.String()}},
		{"wet", []string{wet.String()}},
		{"warc", []string{crawl.String()}},
		{"warc-requisites", []string{requisites.String()}},
	} {
		b.Run(c.name, func(b *testing.B) {
			n, size := 0, 0
			for _, text := range c.texts {
				got, ok := tokenize.Articles(text)
				if !ok {
					b.Fatal("not read as articles")
				}
				n, size = n+len(got), size+len(text)
			}
			if n != 20 {
				b.Fatalf("%d articles, want 20", n)
			}
			b.ReportAllocs()
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, text := range c.texts {
					_, _ = tokenize.Articles(text)
				}
			}
		})
	}
}

// benchMail returns a message whose subject is title and whose text is
// body, as Arabic Outlook sends one (see BenchmarkArticles).
func benchMail(b *testing.B, title, body string) string {
	cp, err := charmap.Windows1256.NewEncoder().String("<html><body>" + "<p>" + strings.ReplaceAll(strings.TrimSpace(body), "\n\n", "</p>\r\n<p>") + "</p></body></html>")
	if err != nil {
		b.Fatal(err)
	}
	var html bytes.Buffer
	w := quotedprintable.NewWriter(&html)
	_, _ = w.Write([]byte(cp))
	_ = w.Close()
	return "From: press@example.org\r\nTo: newsroom@example.com\r\nSubject: " + mime.BEncoding.Encode("utf-8", "FW: "+title) +
		"\r\nDate: Tue, 12 Mar 2024 10:30:00 +0300\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"_000_\"\r\n\r\n" +
		"--_000_\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString([]byte(body)) +
		"\r\n--_000_\r\nContent-Type: text/html; charset=\"windows-1256\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + html.String() + "\r\n--_000_--\r\n"
}

// wrapWords writes s to dst, its words parted by spaces, and by nl before a
// word that would take a line past width characters.
func wrapWords(dst *strings.Builder, s string, width int, nl string) {
	n := 0
	for k, w := range strings.Split(s, " ") {
		if c := utf8.RuneCountInString(w); k > 0 && n+1+c > width {
			dst.WriteString(nl)
			n = 0
		} else if k > 0 {
			dst.WriteByte(' ')
			n++
		}
		dst.WriteString(w)
		n += utf8.RuneCountInString(w)
	}
}

// BenchmarkReadJSON reads 20 records of the sample as a dump's JSON Lines
// hold them, whole (Articles) and a record at a time (ReadJSON), which
// frames each record by its brackets before it parses it.
func BenchmarkReadJSON(b *testing.B) {
	text := seed(b)
	title, body, _ := strings.Cut(strings.TrimSpace(text), "\n")
	var dump strings.Builder
	for k := range 20 {
		fmt.Fprintf(&dump, `{"id": "%d", "url": "https://example.com/%d", "title": %s, "text": %s}`+"\n", k, k, strconv.Quote(title), strconv.Quote(body))
	}
	jsonl := dump.String()
	whole, ok := tokenize.Articles(jsonl)
	if !ok || len(whole) != 20 {
		b.Fatalf("%d articles, want 20", len(whole))
	}
	b.Run("whole", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(jsonl)))
		for b.Loop() {
			_, _ = tokenize.Articles(jsonl)
		}
	})
	b.Run("stream", func(b *testing.B) {
		benchStream(b, jsonl, func(r io.Reader) iter.Seq2[tokenize.Article, error] { return tokenize.ReadJSON(r, -1) })
	})
	// The 20 in one list, as Scrapy writes a scrape, past a bound of a
	// quarter of it: framed whole up to the bound, then again a record at
	// a time.
	list := "[\n" + strings.ReplaceAll(strings.TrimSuffix(jsonl, "\n"), "\n", ",\n") + "\n]\n"
	b.Run("list-past-bound", func(b *testing.B) {
		benchStream(b, list, func(r io.Reader) iter.Seq2[tokenize.Article, error] { return tokenize.ReadJSON(r, len(list)/4) })
	})
}

// BenchmarkReadCSV: 20 records of the sample as a table in CSV, as pandas
// writes a dataset, read whole by Articles and a row at a time by ReadCSV.
func BenchmarkReadCSV(b *testing.B) {
	text := seed(b)
	title, body, _ := strings.Cut(strings.TrimSpace(text), "\n")
	var table strings.Builder
	table.WriteString(",id,title,text,url\n")
	for k := range 20 {
		fmt.Fprintf(&table, "%d,%d,%s,\"%s\",https://example.com/%d\n", k, k, title, strings.ReplaceAll(strings.TrimSpace(body), `"`, `""`), k)
	}
	csvText := table.String()
	whole, ok := tokenize.Articles(csvText)
	if !ok || len(whole) != 20 {
		b.Fatalf("%d articles, want 20", len(whole))
	}
	b.Run("whole", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(csvText)))
		for b.Loop() {
			_, _ = tokenize.Articles(csvText)
		}
	})
	b.Run("stream", func(b *testing.B) {
		benchStream(b, csvText, func(r io.Reader) iter.Seq2[tokenize.Article, error] { return tokenize.ReadCSV(r, -1) })
	})
}

// benchStream times reading the 20 articles of text from a reader with
// read.
func benchStream(b *testing.B, text string, read func(io.Reader) iter.Seq2[tokenize.Article, error]) {
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		n := 0
		for _, err := range read(strings.NewReader(text)) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 20 {
			b.Fatalf("%d articles, want 20", n)
		}
	}
}

// seedWiki is the sample written as a Wikipedia page's wikitext: an
// infobox, the headline's words bold, a link and a reference in each
// paragraph, a table, a section of references and categories.
func seedWiki(b *testing.B) string {
	lines := strings.Split(strings.TrimSpace(seed(b)), "\n")
	var w strings.Builder
	w.WriteString("{{معلومات حدث\n| الاسم = " + lines[0] + "\n| التاريخ = {{تاريخ|2024|3|12}}\n| المكان = [[القاهرة]]\n}}\n")
	for k, line := range lines[1:] {
		if strings.TrimSpace(line) == "" {
			w.WriteString("\n")
			continue
		}
		words := strings.Fields(line)
		if k == 0 && len(words) > 3 {
			words[0], words[2] = "'''"+words[0], words[2]+"'''"
		}
		if len(words) > 5 {
			words[4] = "[[" + words[4] + "|" + words[4] + "]]"
		}
		w.WriteString(strings.Join(words, " "))
		fmt.Fprintf(&w, "<ref name=\"r%d\">{{استشهاد ويب|مسار=https://example.org/%d|عنوان=مرجع}}</ref>\n\n", k, k)
		if k == 2 {
			w.WriteString("== التفاصيل ==\n{| class=\"wikitable\"\n|-\n! البند !! القيمة\n|-\n| أ || 1\n|}\n")
		}
	}
	w.WriteString("== المراجع ==\n{{مراجع}}\n\n[[تصنيف:أحداث 2024]]\n[[en:Event]]\n")
	return w.String()
}

// BenchmarkWikiText reads the sample's wikitext; BenchmarkReadMediaWiki a
// dump of 500 such pages, with a redirect and a talk page after each, as
// Wikipedia's dumps interleave them.
func BenchmarkWikiText(b *testing.B) {
	markup := seedWiki(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(markup)))
	for b.Loop() {
		_ = tokenize.WikiText(markup)
	}
}

func BenchmarkReadMediaWiki(b *testing.B) {
	markup := seedWiki(b)
	var pages []string
	for k := range 500 {
		pages = append(pages, wikiPage("حدث "+strconv.Itoa(k), 0, 3*k, markup), wikiPage("تحويل "+strconv.Itoa(k), 0, 3*k+1, "#تحويل [[حدث]]"), wikiPage("نقاش:حدث "+strconv.Itoa(k), 1, 3*k+2, "نقاش."))
	}
	dump := wikiDump(pages...)
	b.ReportAllocs()
	b.SetBytes(int64(len(dump)))
	for b.Loop() {
		n := 0
		for _, err := range tokenize.ReadMediaWiki(strings.NewReader(dump), 64<<20) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 500 {
			b.Fatalf("%d articles, want 500", n)
		}
	}
}
