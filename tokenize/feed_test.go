package tokenize_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/talkhis/talkhis/tokenize"
)

// rssFeed is a feed as WordPress serves it (/feed/): the channel's own
// title and description, then each post an <item> with its excerpt in
// <description> and its content in <content:encoded>, both in CDATA.
const rssFeed = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:media="http://search.yahoo.com/mrss/">
<channel>
	<title>شبكة الأخبار</title>
	<link>https://example.com</link>
	<description>آخر الأخبار من العاصمة والعالم</description>
	<language>ar</language>
	<item>
		<title>الحكومة ترفع أسعار الوقود</title>
		<link>https://example.com/?p=1</link>
		<dc:creator><![CDATA[المحرر]]></dc:creator>
		<pubDate>Tue, 12 Mar 2024 10:30:00 +0000</pubDate>
		<category><![CDATA[اقتصاد]]></category>
		<media:content url="https://example.com/a.jpg"><media:title>صورة الوزير في مؤتمر صحفي</media:title><media:description>الوزير يتحدث إلى الصحفيين في العاصمة بعد الاجتماع الطويل مع ممثلي النقابات والشركات</media:description></media:content>
		<description><![CDATA[رفعت الحكومة أسعار الوقود [&#8230;]]]></description>
		<content:encoded><![CDATA[<p>` + jsonLead + `</p>
<p>` + jsonSecond + `</p>]]></content:encoded>
	</item>
	<item>
		<title>المعرض &amp; الكتاب</title>
		<description>&lt;p&gt;` + jsonOther + `&lt;/p&gt;</description>
	</item>
	<item><title>بلا نص</title><link>https://example.com/?p=3</link></item>
</channel>
</rss>`

func TestFeedArticles(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []article // nil with ok false: no feed
		ok   bool
	}{
		{"RSS as WordPress serves it: the content over the excerpt, a photo's title and caption left out, an item without text too",
			rssFeed,
			[]article{{"الحكومة ترفع أسعار الوقود", "<p>" + jsonLead + "</p>\n<p>" + jsonSecond + "</p>"}, {"المعرض & الكتاب", "<p>" + jsonOther + "</p>"}}, true},
		{"Atom: a title in HTML, the content over the summary, content in XHTML",
			`<?xml version="1.0" encoding="utf-8"?>` + "\n" + `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar"><title>شبكة الأخبار</title><subtitle>آخر الأخبار من العاصمة</subtitle>` +
				`<entry><title type="html">&lt;b&gt;الوقود&lt;/b&gt;</title><summary>رفعت الحكومة</summary><content type="html">&lt;p&gt;` + jsonLead + ` ` + jsonSecond + `&lt;/p&gt;</content></entry>` +
				`<entry><title>المعرض</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>` + jsonOther + `</p><p>` + jsonSecond + `</p></div></content></entry></feed>`,
			[]article{{"الوقود", "<p>" + jsonLead + " " + jsonSecond + "</p>"}, {"المعرض", "<div><p>" + jsonOther + "</p><p>" + jsonSecond + "</p></div>"}}, true},
		{"a short post's excerpt, all its words, gives way to its content",
			`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item><title>المعرض</title><description><![CDATA[` + jsonOther + `]]></description><content:encoded><![CDATA[<p>` + jsonOther + `</p>]]></content:encoded></item></channel></rss>`,
			[]article{{"المعرض", "<p>" + jsonOther + "</p>"}}, true},
		{"RSS 1.0, items beside the channel in RDF",
			`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://example.com"><title>شبكة</title><description>آخر الأخبار من العاصمة والعالم كله</description></channel>` +
				`<item rdf:about="https://example.com/1"><title>الوقود</title><description>` + jsonLead + `</description></item></rdf:RDF>`,
			[]article{{"الوقود", jsonLead}}, true},
		{"HTML's entities, which XML does not define, and a byte order mark and a stylesheet before the root",
			"\ufeff<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"/feed.xsl\"?>\n<!-- feed -->\n<rss version=\"2.0\"><channel><item><title>الوقود&nbsp;اليوم</title><description>رفعت الحكومة&nbsp;أسعار الوقود&hellip;</description></item></channel></rss>",
			[]article{{"الوقود اليوم", "رفعت الحكومة\u00a0أسعار الوقود…"}}, true},
		{"a feed a download cut off: the items before the cut",
			`<rss version="2.0"><channel><item><title>الوقود</title><description>` + jsonLead + `</description></item><item><title>المعرض</title><description>` + jsonOther[:20],
			[]article{{"الوقود", jsonLead}}, true},
		{"an item whose title is its text, in a paragraph's tags, is untitled",
			`<rss version="2.0"><channel><item><title>` + jsonOther + `</title><description><![CDATA[<p>` + jsonOther + `</p>]]></description></item></channel></rss>`,
			[]article{{"", "<p>" + jsonOther + "</p>"}}, true},
		{"a news agency's story in NITF: the main headline, the story's body, its subheads as headings, its photo's caption as a caption",
			`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<nitf version="-//IPTC//DTD NITF 3.6//EN" xmlns="http://iptc.org/std/NITF/2006-10-18/"><head><title>الوقود</title><docdata><doc-id id-string="a1"/></docdata></head>` +
				`<body><body.head><hedline><hl1>الحكومة ترفع أسعار الوقود</hl1><hl2>قرار جديد في العاصمة</hl2></hedline><byline>بقلم <person>مراسل الوكالة</person></byline><dateline><location>القاهرة</location></dateline><abstract><p>رفعت الحكومة الأسعار</p></abstract></body.head>` +
				`<body.content><p>` + jsonLead + `</p><hl2>ردود الفعل</hl2><block><p>` + jsonSecond + `</p></block><media media-type="image"><media-reference source="a.jpg"/><media-caption>صورة الوزير في مكتبه</media-caption><media-producer>تصوير الوكالة</media-producer></media></body.content>` +
				`<body.end><tagline>© الوكالة</tagline></body.end></body></nitf>`,
			[]article{{"الحكومة ترفع أسعار الوقود", "<p>" + jsonLead + "</p><h2>ردود الفعل</h2><div><p>" + jsonSecond + "</p></div><figure><figcaption>صورة الوزير في مكتبه</figcaption></figure>"}}, true},
		{"NITF with two main headlines: the first",
			`<nitf><body><body.head><hedline><hl1>الحكومة ترفع أسعار الوقود</hl1><hl1>الوقود</hl1></hedline></body.head><body.content><p>` + jsonLead + `</p></body.content></body></nitf>`,
			[]article{{"الحكومة ترفع أسعار الوقود", "<p>" + jsonLead + "</p>"}}, true},
		{"NITF without a headline in its body: the title in its head",
			`<nitf><head><title>المعرض</title></head><body><body.content><p>` + jsonOther + `</p></body.content></body></nitf>`,
			[]article{{"المعرض", "<p>" + jsonOther + "</p>"}}, true},
		{"NewsML-G2, as agencies deliver: each item's headline and its content, in XHTML or in NITF",
			`<?xml version="1.0" encoding="UTF-8"?><newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2024-03-12T10:30:00Z</sent></header><itemSet>` +
				`<newsItem guid="urn:a:1" version="1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentMeta><headline>الحكومة ترفع أسعار الوقود</headline><slugline>وقود</slugline></contentMeta>` +
				`<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>الوقود</title></head><body><p>` + jsonLead + `</p><p>` + jsonSecond + `</p></body></html></inlineXML></contentSet></newsItem>` +
				`<newsItem guid="urn:a:2"><contentMeta><headline>المعرض</headline></contentMeta><contentSet><inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><head><title>معرض</title></head>` +
				`<body><body.head><hedline><hl1>المعرض</hl1></hedline><byline>بقلم مراسل</byline></body.head><body.content><p>` + jsonOther + `</p></body.content></body></nitf></inlineXML></contentSet></newsItem></itemSet></newsMessage>`,
			[]article{{"الحكومة ترفع أسعار الوقود", "<html><body><p>" + jsonLead + "</p><p>" + jsonSecond + "</p></body></html>"}, {"المعرض", "<div><body><div><p>" + jsonOther + "</p></div></body></div>"}}, true},
		{"a feed without items", `<rss version="2.0"><channel><title>شبكة الأخبار</title><description>آخر الأخبار</description></channel></rss>`, nil, true},
		{"an HTML document is no feed", `<?xml version="1.0"?><html><body><p>` + jsonLead + `</p></body></html>`, nil, false},
		{"nor TTML, which is subtitles", `<tt xmlns="http://www.w3.org/ns/ttml"><body><p>` + jsonLead + `</p></body></tt>`, nil, false},
		{"nor an element named feed outside Atom", `<feed><entry><content>` + jsonLead + `</content></entry></feed>`, nil, false},
		{"nor text that names a feed", "رابط الخلاصة <rss> في الموقع. " + jsonLead, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tokenize.Articles(tt.text)
			assert.Equal(t, tt.ok, ok, "read as a feed")
			assert.Equal(t, tt.want, titledTexts(got), "%+q", got)
			assert.Equal(t, tt.ok, tokenize.IsFeed(tt.text), "IsFeed agrees")
			assert.False(t, tokenize.IsJSON(tt.text), "no feed is JSON")
		})
	}
}

func FuzzFeedArticles(f *testing.F) {
	for _, s := range []string{
		rssFeed, "<rss>", "<rss><item><title>ع</title><description>نص</description></item>", "<rss><item><description><![CDATA[<p>نص",
		`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div><p>نص</p><br/></div></content></entry></feed>`,
		`<rdf:RDF xmlns="http://purl.org/rss/1.0/"><item><title>&bogus;</title><description>&amp;&#1575;</description></item></rdf:RDF>`,
		"<rss><item><item><title>أ</title></item><description>نص</description></item>",
		`<nitf><head><title>ع</title></head><body><body.head><hl1>أ</hl1></body.head><body.content><p>نص</p><hl2>ب</hl2><media><media-caption>ج</media-caption></media></body.content></body></nitf>`,
		`<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><newsItem><contentMeta><headline>ع</headline></contentMeta><contentSet><inlineXML><nitf><body><body.content><p>نص</p></body.content></body></nitf></inlineXML></contentSet></newsItem></newsMessage>`,
		gigawordFile, wikiFile, "<DOC>", wetRecord("conversion", "https://example.com/a", "ع\nنص الخبر."), "WARC/1.0\nContent-Length: 3\n\nع\nن", "<doc title=\"ع\">ع\nنص.\nب.\nنص.\n</doc>", "<DOC><BODY><HL>ع</HL><TEXT>نص<P>نص &amp; < </P></TEXT></BODY><DOC><DOCNO>1</DOCNO><TEXT><P>",
		crawlRecord("response", "https://example.com/a", "application/http", httpResponse("200 OK", []string{"Content-Type: text/html; charset=windows-1256", "Transfer-Encoding: chunked", "Content-Encoding: gzip"}, chunked(gzipped(f, "<html><p>\xe4\xd5 ع</p>"), 7))),
		crawlRecord("response", "https://example.com/a", "application/http", httpResponse("200 OK", []string{"Content-Encoding: deflate"}, "<!doctype html><p>نص")),
		wikiDump(wikiPage("ع", 0, 1, "'''ع''' [[ن|نص]].{{ب}}"), wikiPage("ب", 1, 2, "نقاش.")),
		crawlRecord("resource", "https://example.com/a", "text/html", "<p>نص</p>") + "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, ok := tokenize.Articles(text)
		again, _ := tokenize.Articles(text)
		assert.Equal(t, got, again, "same input, same output")
		if !ok {
			assert.Empty(t, got)
			return
		}
		assert.True(t, tokenize.IsFeed(text) || tokenize.IsJSON(text) || tokenize.IsCSV(text), "a feed, JSON or a table")
		_, subtitles := tokenize.Subtitles(text)
		assert.False(t, subtitles, "subtitles are read as subtitles")
		for _, a := range got {
			assert.NotEqual(t, a.Title, a.Text)
			assert.Equal(t, strings.Join(strings.Fields(a.Title), " "), a.Title, "a title is one line")
		}
	})
}

func ExampleArticles_feed() {
	feed := `<rss version="2.0"><channel><title>شبكة الأخبار</title>` +
		`<item><title>الوقود</title><description>رفعت الحكومة أسعار الوقود.</description></item>` +
		`<item><title>المعرض</title><description>افتتح الوزير المعرض.</description></item></channel></rss>`
	articles, ok := tokenize.Articles(feed)
	fmt.Println(ok, len(articles))
	for _, a := range articles {
		fmt.Printf("%s: %s\n", a.Title, a.Text)
	}
	// Output:
	// true 2
	// الوقود: رفعت الحكومة أسعار الوقود.
	// المعرض: افتتح الوزير المعرض.
}

func TestFeedArticlesHostile(t *testing.T) {
	// Each shape, large or deep, gives its articles (no timing is asserted:
	// the reader keeps no state that grows with what it has read but the
	// open item's).
	const item = `<item><title>ع</title><description>نص الخبر هنا</description></item>`
	tests := []struct {
		name     string
		text     string
		articles int
	}{
		{"200,000 items", `<rss><channel>` + strings.Repeat(item, 200_000) + `</channel></rss>`, 200_000},
		{"an item's content 100,000 elements deep, in XHTML", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml">` + strings.Repeat("<div>", 100_000) + "نص" + strings.Repeat("</div>", 100_000) + `</content></entry></feed>`, 1},
		{"an item inside 100,000 elements that never close", `<rss>` + strings.Repeat("<channel>", 100_000) + item, 1},
		{"a description of 1,000,000 tags that never close", `<rss><item><description>` + strings.Repeat("&lt;a", 1_000_000) + ` نص</description></item></rss>`, 1},
		{"a NITF story of 200,000 paragraphs", `<nitf><body><body.content>` + strings.Repeat("<p>نص الخبر هنا</p>", 200_000) + `</body.content></body></nitf>`, 1},
		{"a NITF story of 200,000 headlines", `<nitf><body><body.head>` + strings.Repeat("<hl1>عنوان</hl1>", 200_000) + `</body.head><body.content><p>نص</p></body.content></body></nitf>`, 1},
		{"a NITF story's parts left out, 100,000 deep", `<nitf><body><body.content><p>نص</p>` + strings.Repeat("<body.end>", 100_000) + "نص" + strings.Repeat("</body.end>", 100_000) + `</body.content></body></nitf>`, 1},
		{"NewsML-G2 of 100,000 items", `<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>` + strings.Repeat(`<newsItem><contentMeta><headline>ع</headline></contentMeta><contentSet><inlineXML><p>نص الخبر</p></inlineXML></contentSet></newsItem>`, 100_000) + `</itemSet></newsMessage>`, 100_000},
		{"an item of 200,000 descriptions", `<rss><item>` + strings.Repeat("<description>نص الخبر</description>", 200_000) + `</item></rss>`, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tokenize.Articles(tt.text)
			assert.True(t, ok)
			assert.Len(t, got, tt.articles)
		})
	}
}
