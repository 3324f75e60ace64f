package tokenize_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/tokenize"
)

// gigawordFile is two stories as LDC's Arabic Gigaword holds a month of a
// wire (our own text, in its layout): each <DOC> with its id and type, a
// <HEADLINE>, a <DATELINE>, and a <TEXT> of <P>s wrapped near 80 columns,
// '&' escaped.
const gigawordFile = `<DOC id="AFP_ARB_20240312.0001" type="story" >
<HEADLINE>
الحكومة ترفع أسعار الوقود &amp; الكهرباء
</HEADLINE>
<DATELINE>
القاهرة 12-3 (اف ب)
</DATELINE>
<TEXT>
<P>
رفعت الحكومة أسعار الوقود بنسبة عشرة
في المئة.
</P>
<P>
وقال الوزير إن القرار يخفف عجز الموازنة.
</P>
</TEXT>
</DOC>
<DOC id="AFP_ARB_20240312.0002" type="advis" >
<HEADLINE>
المعرض
</HEADLINE>
<TEXT>
<P>
افتتح وزير الثقافة معرض الكتاب في العاصمة.
</P>
</TEXT>
</DOC>
`

// wikiFile is two articles as WikiExtractor writes a Wikipedia dump (our
// own text): each <doc> with its id, address and title, the title on the
// first line, a paragraph a line, and a section's title with a period put
// after it.
const wikiFile = `<doc id="7" url="https://ar.wikipedia.org/wiki?curid=7" title="الوقود">
الوقود

رفعت الحكومة أسعار الوقود بنسبة عشرة في المئة.
التاريخ.
وقال الوزير إن القرار يخفف عجز الموازنة &lt;رسميا&gt;.
</doc>
<doc id="9" url="https://ar.wikipedia.org/wiki?curid=9" title="معرض &amp; كتاب">
معرض &amp; كتاب

افتتح وزير الثقافة معرض الكتاب في العاصمة.
</doc>
`

// article is an article as the tables of TestCorpusArticles,
// TestFeedArticles and TestJSONArticles give it, its title and its text;
// TestArticleIDs checks the IDs.
type article struct{ Title, Text string }

// fieldOf returns a field of each of articles, in order ([] for none).
func fieldOf(articles []tokenize.Article, field func(tokenize.Article) string) []string {
	out := []string{}
	for _, a := range articles {
		out = append(out, field(a))
	}
	return out
}

// titledTexts returns the titles and texts of articles.
func titledTexts(articles []tokenize.Article) []article {
	if articles == nil {
		return nil
	}
	out := make([]article, len(articles))
	for k, a := range articles {
		out[k] = article{a.Title, a.Text}
	}
	return out
}

func TestCorpusArticles(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []article // nil with ok false: no corpus
		ok   bool
	}{
		{"LDC's Gigaword: the headline, each <P> a line, the wire's wrapping undone, the dateline left out",
			gigawordFile,
			[]article{{"الحكومة ترفع أسعار الوقود & الكهرباء", jsonLead + "\n" + jsonSecond}, {"المعرض", jsonOther}}, true},
		{"TREC's newswire: <DOCNO>, a header and a trailer left out, a <TEXT> without <P>s as its lines",
			"<DOC>\n<DOCNO> 19940513_AFP_ARB.0001 </DOCNO>\n<HEADER>\nاف ب 13-5\n</HEADER>\n<BODY>\n<HEADLINE>\nالوقود\n</HEADLINE>\n<TEXT>\n" + jsonLead + "\n  " + jsonSecond + "\n</TEXT>\n</BODY>\n<TRAILER>\nاف ب\n</TRAILER>\n</DOC>\n",
			[]article{{"الوقود", jsonLead + "\n  " + jsonSecond}}, true},
		{"WikiExtractor: the title from the tag and off the first line, a section's title a heading, entities read",
			wikiFile,
			[]article{{"الوقود", jsonLead + "\n## التاريخ.\n" + "وقال الوزير إن القرار يخفف عجز الموازنة <رسميا>."}, {"معرض & كتاب", jsonOther}}, true},
		{"a short line first or last is a paragraph, not a section's title",
			`<doc id="1" title="">` + "\nالوقود غال.\n" + jsonLead + "\nانتهى الخبر.\n</doc>",
			[]article{{"", "الوقود غال.\n" + jsonLead + "\nانتهى الخبر."}}, true},
		{"a document without text is none, and one a download cut off is left out",
			`<DOC id="a"><HEADLINE>عنوان</HEADLINE><TEXT><P></P></TEXT></DOC><DOC id="b"><TEXT><P>` + jsonOther + `</P></TEXT></DOC><DOC id="c"><TEXT><P>` + jsonLead,
			[]article{{"", jsonOther}}, true},
		{"a document whose end tag was lost ends at the next",
			`<DOC><TEXT><P>` + jsonLead + `</P></TEXT><DOC><TEXT><P>` + jsonOther + `</P></TEXT></DOC>`,
			[]article{{"", jsonLead}, {"", jsonOther}}, true},
		{"SGML that is not XML: a bare '&' and '<', tags in any case, a story's markup kept",
			"\ufeff\n<doc>\n<headline>الوقود & الكهرباء</headline>\n<text><p>رفعت الحكومة <b>أسعار</b> الوقود 5 < 6 & أكثر.</p></text></DOC>",
			[]article{{"الوقود & الكهرباء", "رفعت الحكومة <b>أسعار</b> الوقود 5 < 6 & أكثر."}}, true},
		{"elements other than the text's, however deep, are none",
			`<DOC><HEADER><SLUG><x>قصة</x></SLUG></HEADER><DATE_TIME>2024-03-12</DATE_TIME><KEYWORD/><TEXT><P>` + jsonLead + `</P></TEXT></DOC>` +
				`<doc title="المعرض"><meta><x>ملاحظة المحرر</x><br/>ملاحظة</meta>` + jsonOther + `<ref>مرجع</ref></doc>`,
			[]article{{"", jsonLead}, {"المعرض", jsonOther}}, true},
		{"an XML declaration before the first <DOC>",
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DOC><TEXT><P>" + jsonLead + "</P></TEXT></DOC>",
			[]article{{"", jsonLead}}, true},
		{"a headline that is the text is none", `<DOC><HEADLINE>` + jsonOther + `</HEADLINE><TEXT><P>` + jsonOther + `</P></TEXT></DOC>`,
			[]article{{"", jsonOther}}, true},
		{"text that opens with another tag is none", "<document><text>" + jsonLead + "</text></document>", nil, false},
		{"nor with <docs>", "<docs><DOC><TEXT>" + jsonLead + "</TEXT></DOC></docs>", nil, false},
		{"nor a page's doctype", "<!DOCTYPE html><p>" + jsonLead + "</p>", nil, false},
		{"nor text that names the tag later", jsonLead + " <DOC> " + jsonOther, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tokenize.Articles(tt.text)
			assert.Equal(t, tt.ok, ok, "read as a corpus")
			assert.Equal(t, tt.want, titledTexts(got), "%+q", got)
			assert.Equal(t, tt.ok, tokenize.IsFeed(tt.text), "IsFeed agrees")
		})
	}
}

func TestCorpusArticlesHostile(t *testing.T) {
	// Each shape, large or deep, gives its articles in one pass (no timing
	// is asserted: a '<' is looked at once, and its '>' only near it).
	const doc = "<DOC id=\"a\" type=\"story\" >\n<HEADLINE>\nعنوان\n</HEADLINE>\n<TEXT>\n<P>\nنص الخبر هنا.\n</P>\n</TEXT>\n</DOC>\n"
	tests := []struct {
		name     string
		text     string
		articles int
	}{
		{"200,000 documents", strings.Repeat(doc, 200_000), 200_000},
		{"a text of 1,000,000 '<'s", "<DOC><TEXT><P>" + strings.Repeat("<", 1_000_000) + " نص</P></TEXT></DOC>", 1},
		{"a text of 1,000,000 tags that never close", "<DOC><TEXT><P>نص الخبر " + strings.Repeat("<a ", 1_000_000) + "</P></TEXT></DOC>", 1},
		{"a header 200,000 elements deep", "<DOC><HEADER>" + strings.Repeat("<x>", 200_000) + "نص" + strings.Repeat("</x>", 200_000) + "</HEADER><TEXT>نص الخبر</TEXT></DOC>", 1},
		{"a document of 200,000 paragraphs", "<DOC><TEXT>" + strings.Repeat("<P>نص الخبر هنا.</P>", 200_000) + "</TEXT></DOC>", 1},
		{"200,000 documents left open", strings.Repeat("<DOC><TEXT>نص الخبر ", 200_000) + "</DOC>", 200_000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tokenize.Articles(tt.text)
			require.True(t, ok)
			assert.Len(t, got, tt.articles)
		})
	}
}

func ExampleArticles_corpus() {
	// Two stories of a wire, as LDC's Gigaword holds them: each with its
	// headline and its id.
	wire := "<DOC id=\"AFP_ARB_20240312.0001\" type=\"story\" >\n<HEADLINE>\nالوقود\n</HEADLINE>\n<TEXT>\n<P>\nرفعت الحكومة أسعار\nالوقود.\n</P>\n</TEXT>\n</DOC>\n" +
		"<DOC id=\"AFP_ARB_20240312.0002\" type=\"story\" >\n<HEADLINE>\nالمعرض\n</HEADLINE>\n<TEXT>\n<P>\nافتتح الوزير المعرض.\n</P>\n</TEXT>\n</DOC>\n"
	articles, ok := tokenize.Articles(wire)
	fmt.Println(ok, len(articles))
	for _, a := range articles {
		fmt.Printf("%s %s: %s\n", a.ID, a.Title, a.Text)
	}
	// Output:
	// true 2
	// AFP_ARB_20240312.0001 الوقود: رفعت الحكومة أسعار الوقود.
	// AFP_ARB_20240312.0002 المعرض: افتتح الوزير المعرض.
}

func TestArticleIDs(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // each article's ID
	}{
		{"a JSON record's id, a number", `{"id": 42, "title": "الوقود", "text": "` + jsonLead + `"}`, []string{"42"}},
		{"JSON Lines' ids, strings, in any case", `{"ID": "a-1", "text": "` + jsonLead + `"}` + "\n" + `{"id": "a-2", "text": "` + jsonOther + `"}`, []string{"a-1", "a-2"}},
		{"a WordPress post's, above its rendered content", `[{"id": 123, "title": {"rendered": "الوقود"}, "content": {"rendered": "<p>` + jsonLead + `</p>"}}]`, []string{"123"}},
		{"none of a page's around its articles, nor a source's beside one", `{"id": "page-1", "articles": [{"source": {"id": "bbc"}, "title": "الوقود", "content": "` + jsonLead + `"}, {"content": "` + jsonOther + `"}]}`, []string{"", ""}},
		{"a scrape's records without titles, each its own", `[{"id": 1, "text": "` + jsonLead + `"}, {"id": 2, "text": "` + jsonOther + `"}]`, []string{"1", "2"}},
		{"an API's untitled records under a key, each its own", `{"id": "page-1", "data": [{"id": 101, "date": "2024-03-12", "body": "` + jsonLead + `"}, {"id": 102, "date": "2024-03-13", "body": "` + jsonOther + `"}]}`, []string{"101", "102"}},
		{"a record's, above a rich-text editor's document", `{"id": "p-7", "title": "الوقود", "body": {"type": "doc", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "` + jsonLead + `"}]}]}}`, []string{"p-7"}},
		{"a search engine's hits, each its _id", `{"hits": {"hits": [{"_id": "a1", "_source": {"link": "https://example.com/1", "text": "` + jsonLead + `"}}, {"_id": "a2", "_source": {"link": "https://example.com/2", "text": "` + jsonOther + `"}}]}}`, []string{"a1", "a2"}},
		{"an id before an _id, or after it", `{"_id": "x", "ID": "y", "text": "` + jsonLead + `"}` + "\n" + `{"id": "y", "_id": "x", "text": "` + jsonOther + `"}`, []string{"y", "y"}},
		{"an article's, above the Arabic of its list of translations, not the translation's own",
			`{"id": 5, "translations": [{"id": 9, "languages_code": "en-US", "title": "Fuel", "content": "` + jsonBodyEn + `"}, {"id": 10, "languages_code": "ar-SA", "title": "الوقود", "content": "` + jsonLead + `"}]}`, []string{"5"}},
		{"an article's, beside its fields in languages", `{"id": 5, "title": {"ar": "الوقود", "en": "Fuel"}, "body": {"ar": "` + jsonLead + `", "en": "` + jsonBodyEn + `"}}`, []string{"5"}},
		{"an Arc XP story's, not its first content element's", `{"_id": "S1", "type": "story", "headlines": {"basic": "الوقود"}, "content_elements": [{"_id": "A", "type": "text", "content": "` + jsonLead + `"}, {"_id": "B", "type": "text", "content": "` + jsonSecond + `"}]}`, []string{"S1"}},
		{"none of a block editor's first block, where the document has none", `{"blocks": [{"id": "x1", "type": "paragraph", "data": {"text": "` + jsonLead + `"}}, {"id": "x2", "type": "paragraph", "data": {"text": "` + jsonSecond + `"}}]}`, []string{""}},
		{"but an item's that holds the whole article", `{"data": [{"id": 5, "body": "` + jsonLead + `"}]}`, []string{"5"}},
		{"a post's among posts, above its paragraphs' own", `{"posts": [{"id": "p1", "title": "الوقود", "paragraphs": [{"id": "x1", "text": "` + jsonLead + `"}, {"id": "x2", "text": "` + jsonSecond + `"}]}, {"id": "p2", "title": "المعرض", "paragraphs": [{"id": "x3", "text": "` + jsonOther + `"}]}]}`, []string{"p1", "p2"}},
		{"a record's, above a paragraph that ends in a link's run", `{"id": "p-8", "body": {"type": "doc", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "` + jsonRun1 + `"}, {"type": "link", "content": [{"type": "text", "text": "` + jsonRun2 + jsonRun3 + `"}]}]}]}}`, []string{"p-8"}},
		{"and above one that opens with a link's run", `{"id": "p-9", "body": {"type": "doc", "content": [{"type": "paragraph", "content": [{"type": "link", "content": [{"type": "text", "text": "` + jsonRun1 + `"}]}, {"type": "text", "text": "` + jsonRun2 + jsonRun3 + `"}]}]}}`, []string{"p-9"}},
		{"a Contentful entry's, in its sys beside its fields, not its space's", `{"sys": {"space": {"sys": {"type": "Link", "linkType": "Space", "id": "sp"}}, "id": "e1", "type": "Entry"}, "fields": {"title": "الوقود", "body": "` + jsonLead + `"}}`, []string{"e1"}},
		{"a Contentful collection's entries, each its own", `{"sys": {"type": "Array"}, "items": [{"sys": {"id": "e1", "createdAt": "2024-03-12"}, "fields": {"title": "الوقود", "body": "` + jsonLead + `"}}, {"sys": {"id": "e2", "createdAt": "2024-03-13"}, "fields": {"title": "المعرض", "body": "` + jsonOther + `"}}]}`, []string{"e1", "e2"}},
		{"Strapi's items, each beside its attributes", `{"data": [{"id": 1, "attributes": {"title": "الوقود", "content": "` + jsonLead + `", "publishedAt": "2024-03-12"}}, {"id": 2, "attributes": {"title": "المعرض", "content": "` + jsonOther + `", "publishedAt": "2024-03-13"}}]}`, []string{"1", "2"}},
		{"Strapi's entries with their localizations: the Arabic entry's own", strapi4, []string{"1", "4"}},
		{"and Strapi 5's", strapi5, []string{"1", "4"}},
		{"a JSON:API resource's, Drupal's node", `{"data": {"type": "node--article", "id": "u-1", "attributes": {"title": "الوقود", "body": {"value": "<p>` + jsonLead + `</p>", "format": "basic_html"}}}}`, []string{"u-1"}},
		{"a search engine's hit's, its title in its source", `{"hits": {"hits": [{"_id": "a1", "_source": {"title": "الوقود", "text": "` + jsonLead + `", "date": "2024-03-12"}}]}}`, []string{"a1"}},
		{"the fields' own, where they have one", `{"sys": {"id": "e1"}, "fields": {"id": "f1", "title": "الوقود", "body": "` + jsonLead + `"}}`, []string{"f1"}},
		{"an entry's own id before its sys's, or after it", `{"sys": {"id": "e1"}, "id": "x", "fields": {"title": "الوقود", "body": "` + jsonLead + `"}}` + "\n" + `{"id": "x", "sys": {"id": "e1"}, "fields": {"title": "الوقود", "body": "` + jsonLead + `"}}`, []string{"x", "x"}},
		{"but not a page's around an article under another key", `{"id": "page-1", "featured": {"title": "الوقود", "text": "` + jsonLead + `"}}`, []string{""}},
		{"true, false and null are none", `{"id": null, "text": "` + jsonLead + `"}`, []string{""}},
		{"RSS's <guid>, Atom's <id>", `<rss><channel><item><guid isPermaLink="false">https://example.com/?p=1</guid><title>ع</title><description>` + jsonLead + `</description></item><item><description>` + jsonOther + `</description></item></channel></rss>`, []string{"https://example.com/?p=1", ""}},
		{"Atom's <id>", `<feed xmlns="http://www.w3.org/2005/Atom"><id>tag:example.com,2024:feed</id><entry><id>tag:example.com,2024:1</id><content>` + jsonLead + `</content></entry></feed>`, []string{"tag:example.com,2024:1"}},
		{"NITF's doc-id", `<nitf><head><docdata><doc-id id-string="AG-2024-001"/></docdata></head><body><body.content><p>` + jsonLead + `</p></body.content></body></nitf>`, []string{"AG-2024-001"}},
		{"NewsML-G2's guid", `<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet><newsItem guid="urn:newsml:example.com:20240312:1" version="1"><contentSet><inlineXML><p>` + jsonLead + `</p></inlineXML></contentSet></newsItem></itemSet></newsMessage>`, []string{"urn:newsml:example.com:20240312:1"}},
		{"Gigaword's <DOC id>", gigawordFile, []string{"AFP_ARB_20240312.0001", "AFP_ARB_20240312.0002"}},
		{"TREC's <DOCNO>", "<DOC>\n<DOCNO> 19940513_AFP_ARB.0001 </DOCNO>\n<TEXT>\n" + jsonLead + "\n</TEXT>\n</DOC>\n<DOC>\n<TEXT>\n" + jsonOther + "\n</TEXT>\n</DOC>\n", []string{"19940513_AFP_ARB.0001", ""}},
		{"WikiExtractor's id", wikiFile, []string{"7", "9"}},
		{"an e-mail's Message-ID", "From: press@example.org\r\nMessage-ID: <a1@mail.example.com>\r\nSubject: ع\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + jsonLead + "\r\n", []string{"a1@mail.example.com"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tokenize.Articles(tt.text)
			require.True(t, ok)
			assert.Equal(t, tt.want, fieldOf(got, func(a tokenize.Article) string { return a.ID }), "%+q", got)
		})
	}
}
