package tokenize_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/tokenize"
)

// references writes each character of s past ASCII as a numeric character
// reference, as a site whose pages or feed are in ASCII or Latin-1 writes
// its Arabic.
func references(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, "&#%d;", r)
		}
	}
	return b.String()
}

// TestArticlesReferences: in the HTML of a feed's item, of a JSON
// document's string and of an e-mail's part, a numeric reference to a
// character past ASCII is the character, as a browser shows it. An article
// whose Arabic was all references was none («the feed holds no article»),
// or, in JSON, its headline was taken for its text.
func TestArticlesReferences(t *testing.T) {
	lead, second := references(jsonLead), references(jsonSecond)
	tests := []struct {
		name string
		text string
		want []tokenize.Article
	}{
		{"RSS, the content in CDATA",
			`<?xml version="1.0" encoding="us-ascii"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item><title>&#1575;&#1604;&#1608;&#1602;&#1608;&#1583;</title><guid>1</guid>` +
				`<description><![CDATA[` + lead + ` [&#8230;]]]></description><content:encoded><![CDATA[<p>` + lead + `</p><p>` + second + `</p>]]></content:encoded></item></channel></rss>`,
			[]tokenize.Article{{Title: "الوقود", Text: "<p>" + jsonLead + "</p><p>" + jsonSecond + "</p>", ID: "1"}}},
		{"RSS, the description escaped",
			`<rss version="2.0"><channel><item><title>t</title><description>&lt;p&gt;` + strings.ReplaceAll(lead, "&", "&amp;") + `&lt;/p&gt;</description></item></channel></rss>`,
			[]tokenize.Article{{Title: "t", Text: "<p>" + jsonLead + "</p>"}}},
		{"Atom, the content in HTML, in hexadecimal",
			`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title><content type="html">&amp;#x627;&amp;#x641;&amp;#x62A;&amp;#x62A;&amp;#x62D; &amp;#x627;&amp;#x644;&amp;#x645;&amp;#x639;&amp;#x631;&amp;#x636;.</content></entry></feed>`,
			[]tokenize.Article{{Title: "t", Text: "افتتح المعرض."}}},
		{"JSON, WordPress's rendered content: the text, not the headline",
			`{"id": 7, "title": {"rendered": "t"}, "content": {"rendered": "<p>` + lead + `<\/p>\n<p>` + second + `<\/p>"}}`,
			[]tokenize.Article{{Title: "t", Text: "<p>" + jsonLead + "</p>\n<p>" + jsonSecond + "</p>", ID: "7"}}},
		{"an e-mail's HTML in ASCII",
			"From: a@example.com\r\nSubject: t\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=us-ascii\r\n\r\n<p>" + lead + "</p>\r\n",
			[]tokenize.Article{{Title: "t", Text: "<p>" + jsonLead + "</p>\r\n"}}},
		{"an e-mail's HTML in Windows-1256, the Arabic-Indic digits it has no byte for as references",
			"From: a@example.com\r\nSubject: t\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=windows-1256\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
				qp(t, cp1256(t, "<p>في عام &#1634;&#1632;&#1632;&#1637; "+jsonOther+"</p>")),
			[]tokenize.Article{{Title: "t", Text: "<p>في عام ٢٠٠٥ " + jsonOther + "</p>"}}},
		{"references to ASCII, to C1 controls and without ';' are kept",
			`<rss version="2.0"><channel><item><title>t</title><description><![CDATA[<p>` + jsonOther + ` &#60;b&#62; &#150; &#1575</p>]]></description></item></channel></rss>`,
			[]tokenize.Article{{Title: "t", Text: "<p>" + jsonOther + " &#60;b&#62; &#150; &#1575</p>"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tokenize.Articles(tt.text)
			require.True(t, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}
