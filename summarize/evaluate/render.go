package evaluate

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"html"
	"io"
	"mime/quotedprintable"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"

	"github.com/talkhis/talkhis/tokenize"
)

// menu is the navigation that RenderHTML puts above the article: eight
// links on the page's one line, as a news site's section menu.
const menu = `<ul class="menu"><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li>` +
	`<li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li><li><a href="/culture">ثقافة</a></li>` +
	`<li><a href="/arts">فن</a></li><li><a href="/health">صحة</a></li><li><a href="/misc">منوعات</a></li></ul>`

// RenderHTML returns text as a content management system serves an
// article's page, all on one line: a menu of links, then each heading in
// <h2> and each paragraph in <p>, with the text escaped («&» as &amp;,
// «"» as &quot;),
// the paragraph's first space written &nbsp; and an empty paragraph
// (<p>&nbsp;</p>) after every third, as editors leave them. Paragraphs
// and headings are the lines of tokenize.Sentences, so hard-wrapped text
// is unwrapped as the library reads it. With the same references, it
// measures what a summarizer makes of a page's HTML.
func RenderHTML(text string) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/4 + len(menu))
	b.WriteString(menu)
	paragraphs := 0
	for _, l := range lines(text) {
		line := escape.Replace(l.text)
		if l.heading {
			b.WriteString("<h2>" + line + "</h2>")
			continue
		}
		b.WriteString("<p>" + strings.Replace(line, " ", "&nbsp;", 1) + "</p>")
		if paragraphs++; paragraphs%3 == 0 {
			b.WriteString("<p>&nbsp;</p>")
		}
	}
	return b.String()
}

// RenderWordPress returns text as WordPress serves a post's content (the
// REST API's content.rendered, after wpautop and wptexturize): each
// heading in <h2> and each paragraph in <p>, a line each, with «...»
// written &#8230;, a straight double quote &#8220; where it opens (at the
// line's start or after a blank or an opening bracket) and &#8221;
// elsewhere, «'» &#8217; and «&» &#038;. (wptexturize also turns dashes,
// primes and «(c)», which the dev texts hardly hold.) The third word of
// each paragraph, when it is letters alone, links to another post by its
// plain permalink (<a href="https://example.com/?p=N">), as editors link
// within a post. Shown, such a page is the text with curly quotes and «…»;
// PageText gives it back.
func RenderWordPress(text string) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/4)
	for k, l := range lines(text) {
		line := l.text
		tag := "p"
		if l.heading {
			tag = "h2"
		}
		b.WriteString("<" + tag + ">")
		words := 0
		for i := 0; i < len(line); i++ {
			if line[i] == ' ' {
				words++
			} else if words == 2 && line[i-1] == ' ' && !l.heading {
				e := strings.IndexByte(line[i:], ' ')
				if e < 0 {
					e = len(line) - i
				}
				if word := line[i : i+e]; strings.IndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
					fmt.Fprintf(&b, `<a href="https://example.com/?p=%d">%s</a>`, k+1, word)
					i += e - 1
					continue
				}
			}
			switch c := line[i]; {
			case c == '"':
				prev := byte(' ')
				if i > 0 {
					prev = line[i-1]
				}
				if prev == ' ' || prev == '(' || prev == '[' {
					b.WriteString("&#8220;")
				} else {
					b.WriteString("&#8221;")
				}
			case c == '.' && strings.HasPrefix(line[i:], "..."):
				b.WriteString("&#8230;")
				i += 2
			case c == '\'':
				b.WriteString("&#8217;")
			case c == '&':
				b.WriteString("&#038;")
			case c == '<':
				b.WriteString("&lt;")
			case c == '>':
				b.WriteString("&gt;")
			default:
				b.WriteByte(c)
			}
		}
		b.WriteString("</" + tag + ">\n")
	}
	return b.String()
}

// sourceCaption and sourceEmbed are the media RenderWordPressSource puts
// in a post: a photo with its caption, as the classic editor inserts one,
// and a video by its address.
const (
	sourceCaption = "[caption id=\"attachment_7\" align=\"aligncenter\" width=\"800\"]" +
		"<img class=\"size-full wp-image-7\" src=\"https://example.com/wp-content/uploads/2018/04/photo.jpg\" alt=\"\" width=\"800\" height=\"450\" />" +
		" صورة أرشيفية من موقع الحدث التقطت أمس. تصوير: أحمد حسن[/caption]\n\n"
	sourceEmbed = "[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]\n\n"
)

// escapeMarkup escapes what the classic editor stores escaped.
var escapeMarkup = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// RenderWordPressSource returns text as WordPress stores a post written in
// its classic editor (post_content, which an export's <content:encoded>
// and the REST API's content.raw give): paragraphs parted by blank lines,
// no <p> (wpautop adds them when the post is served), each heading in
// <h2> on a line of its own, a photo in a [caption] shortcode after the
// first paragraph and a video's [embed] after the second. The text is as
// typed: no entities but «&», «<» and «>» escaped.
func RenderWordPressSource(text string) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/8 + len(sourceCaption) + len(sourceEmbed))
	paragraphs := 0
	for _, l := range lines(text) {
		line := escapeMarkup.Replace(l.text)
		if l.heading {
			b.WriteString("<h2>" + line + "</h2>\n\n")
			continue
		}
		b.WriteString(line + "\n\n")
		switch paragraphs++; paragraphs {
		case 1:
			b.WriteString(sourceCaption)
		case 2:
			b.WriteString(sourceEmbed)
		}
	}
	return b.String()
}

// pageHead and pageFoot are the chrome of RenderPage's document: a cookie
// banner, the site's header and menu, and after the article a list of
// related stories and the footer, as a saved news page has them.
const (
	pageHead = "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n<title>شبكة الأخبار</title>\n" +
		"<script>window.dataLayer = window.dataLayer || [];</script>\n</head>\n<body>\n" +
		"<div class=\"cookie-banner\">\n<p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. بالاستمرار في التصفح فإنك توافق على سياسة الخصوصية.</p>\n<button>موافق</button>\n</div>\n" +
		"<header>\n<a href=\"/\" class=\"logo\">شبكة الأخبار</a>\n<nav><ul><li><a href=\"/\">الرئيسية</a></li><li><a href=\"/world\">العالم</a></li><li><a href=\"/economy\">اقتصاد</a></li></ul></nav>\n</header>\n" +
		"<main>\n<article>\n"
	pageFoot = "</article>\n<aside class=\"related\">\n<h2>اقرأ أيضا</h2>\n<ul>\n" +
		"<li><a href=\"/a1\">ارتفاع أسعار النفط إلى أعلى مستوى منذ عامين بسبب التوترات في المنطقة</a></li>\n" +
		"<li><a href=\"/a2\">منتخب مصر يتأهل إلى نهائيات كأس العالم للمرة الرابعة في تاريخه</a></li>\n" +
		"<li><a href=\"/a3\">الأمم المتحدة تحذر من أزمة غذاء عالمية خلال العام المقبل</a></li>\n</ul>\n</aside>\n</main>\n" +
		"<footer>\n<p>جميع الحقوق محفوظة © 2025 شبكة الأخبار. يحظر نسخ المحتوى أو إعادة نشره دون إذن مكتوب من إدارة الموقع.</p>\n</footer>\n</body>\n</html>\n"
)

// pageDate is the line under an article's headline that says when it was
// published and updated.
const pageDate = "<div class=\"post-date\"><time datetime=\"2023-03-12T10:30\">نشر في: الأحد 12 مارس 2023 - 10:30 ص</time>" +
	" | آخر تحديث: الأحد 12 مارس 2023 - 11:00 ص</div>\n"

// TitleOnTop returns d as an article is most often copied: its title on
// the first line of its text, above the story, and no title given beside
// it. A document without a title is returned as it is. With the same
// references, it measures what a summarizer makes of a headline it must
// find for itself.
func TitleOnTop(d Document) Document {
	if d.Title != "" {
		d.Text = d.Title + "\n" + d.Text
		d.Title = ""
	}
	return d
}

// RenderPage returns text as a saved news page: a whole HTML document with
// a cookie banner, the site's header and menu above the article, and a
// list of related stories and the footer below it; the text is the
// <article>, each heading in <h2> and each paragraph in <p>, a line each,
// and when it was published and updated under its headline (the first
// line, if a heading) or at its top.
func RenderPage(text string) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/8 + len(pageHead) + len(pageDate) + len(pageFoot))
	b.WriteString(pageHead)
	ls := lines(text)
	if len(ls) > 0 && ls[0].heading {
		writeStory(&b, ls[:1])
		ls = ls[1:]
	}
	b.WriteString(pageDate)
	writeStory(&b, ls)
	b.WriteString(pageFoot)
	return b.String()
}

// writeStory writes the lines of a story to b, each heading in <h2> and
// each paragraph in <p>, a line each, and after[k] after its paragraph
// k+1.
func writeStory(b *strings.Builder, ls []line, after ...string) {
	paragraphs := 0
	for _, l := range ls {
		text := html.EscapeString(l.text)
		if l.heading {
			b.WriteString("<h2>" + text + "</h2>\n")
			continue
		}
		b.WriteString("<p>" + text + "</p>\n")
		if paragraphs < len(after) {
			b.WriteString(after[paragraphs])
		}
		paragraphs++
	}
}

// divHead, divShare, divReadAlso and divFoot are RenderDivPage's chrome:
// RenderPage's, in <div>s its site names by class, as pages without
// <article> have it, and what such a site puts inside a story.
const (
	divHead = "</head>\n<body>\n" +
		"<div class=\"cookie-notice\">\n<p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. بالاستمرار في التصفح فإنك توافق على سياسة الخصوصية.</p>\n</div>\n" +
		"<div class=\"top-bar\"><a href=\"/\">الرئيسية</a> | <a href=\"/world\">العالم</a> | <a href=\"/economy\">اقتصاد</a>" +
		" <a href=\"https://x.com/news\"><img class=\"social-icon\" src=\"/x.svg\" alt=\"\"></a></div>\n" +
		"<div class=\"page-wrap\">\n<div class=\"story-body\">\n"
	divShare = "<div id=\"attachment_7\" class=\"wp-caption aligncenter\"><img src=\"/photo.jpg\" alt=\"\" width=\"800\" height=\"450\">" +
		"<p class=\"wp-caption-text\">صورة أرشيفية من موقع الحدث التقطت أمس. تصوير: أحمد حسن</p></div>\n" +
		"<div class=\"share-tools\"><span>شارك هذا الخبر مع أصدقائك على مواقع التواصل.</span></div>\n"
	divReadAlso = "<p>اقرأ أيضاً.. <a href=\"/a4\">ارتفاع أسعار النفط إلى أعلى مستوى منذ عامين بسبب التوترات في المنطقة والعالم</a></p>\n"
	divFoot     = "<div id=\"newsletter\"><p>اشترك في نشرتنا البريدية لتصلك أهم الأخبار كل صباح.</p></div>\n</div>\n" +
		"<div class=\"related-stories\">\n<p>ارتفاع أسعار النفط إلى أعلى مستوى منذ عامين بسبب التوترات في المنطقة.</p>\n" +
		"<p>منتخب مصر يتأهل إلى نهائيات كأس العالم للمرة الرابعة في تاريخه.</p>\n</div>\n</div>\n" +
		"<div class=\"site-footer\"><p>جميع الحقوق محفوظة © 2025 شبكة الأخبار. يحظر نسخ المحتوى أو إعادة نشره دون إذن مكتوب من إدارة الموقع.</p></div>\n</body>\n</html>\n"
)

// RenderDivPage returns text as a saved page of a site that writes no
// <article> or <main>: a cookie notice, a bar of links and a social
// network's icon (an <img> its class names, empty), the story in
// <div class="story-body"> with a photo (its caption in WordPress's
// classic <div class="wp-caption">) and a share bar after its first
// paragraph, a link to another story after its second («اقرأ أيضاً..»)
// and a newsletter box at its end, related stories with their
// headlines as sentences, and the footer, each a <div> its class names.
// The page's <title> is the text's title as tokenize reads it (its first
// heading, if it opens with one) and the site's name, as an article's page
// has them there: «العنوان | شبكة الأخبار».
func RenderDivPage(text string) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/8 + len(divHead) + len(divShare) + len(divReadAlso) + len(divFoot))
	b.WriteString("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
	ls := lines(text)
	if len(ls) > 0 && ls[0].heading {
		b.WriteString("<title>" + html.EscapeString(ls[0].text) + " | شبكة الأخبار</title>\n")
	}
	b.WriteString(divHead)
	writeStory(&b, ls, divShare, divReadAlso)
	b.WriteString(divFoot)
	return b.String()
}

// wordHead opens RenderWord's document, as Word writes a web page.
const wordHead = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\r\n<head>\r\n" +
	"<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\r\n<style>\r\n<!--\r\n" +
	" p.MsoNormal {margin:0cm; font-size:12.0pt;}\r\n-->\r\n</style>\r\n" +
	"</head>\r\n\r\n<body lang=EN-US style='tab-interval:36.0pt'>\r\n\r\n<div class=WordSection1>\r\n\r\n"

// RenderWord returns text as Word saves a document as a web page
// (filtered): a whole HTML document, each paragraph in <p class=MsoNormal
// dir=RTL style=…><span lang=AR-SA style=…>, a heading in bold, and the
// source wrapped at 76 characters with CRLF, between words and between a
// tag's attributes. A line break inside a paragraph is no break of the
// text, and a tag goes on over one.
func RenderWord(text string) string {
	var b strings.Builder
	b.Grow(2*len(text) + len(wordHead))
	b.WriteString(wordHead)
	for _, l := range lines(text) {
		line := html.EscapeString(l.text)
		if l.heading {
			line = "<b><span lang=AR-SA style='font-size:16.0pt;font-family:\"Arial\",sans-serif'>" + line + "<o:p></o:p></span></b>"
		} else {
			line = "<span lang=AR-SA style='font-size:14.0pt;font-family:\"Arial\",sans-serif'>" + line + "<o:p></o:p></span>"
		}
		wrap(&b, "<p class=MsoNormal dir=RTL style='text-align:justify;direction:rtl;unicode-bidi:embed'>"+line+"</p>", 76)
		b.WriteString("\r\n\r\n")
	}
	b.WriteString("</div>\r\n\r\n</body>\r\n\r\n</html>\r\n")
	return b.String()
}

// wrap writes s to b in lines of at most width characters, breaking at
// spaces (a CRLF in place of the space), as Word wraps a page's source; a
// word longer than width gets a line of its own.
func wrap(b *strings.Builder, s string, width int) {
	b.WriteString(strings.Join(wrapped(s, width), "\r\n"))
}

// line is a line of a text as tokenize.Sentences reads it, hard-wrapped
// text unwrapped: its units from the first to the last, its breaks and
// runs of blanks one space, and whether it is one heading.
type line struct {
	text    string
	heading bool
}

// lines returns the lines of text (see line).
func lines(text string) []line {
	units := tokenize.Sentences(text)
	var out []line
	for i := 0; i < len(units); {
		j := i + 1
		for j < len(units) && units[j].Line == units[i].Line {
			j++
		}
		out = append(out, line{strings.Join(strings.Fields(text[units[i].Start:units[j-1].End]), " "), j == i+1 && units[i].Heading})
		i = j
	}
	return out
}

// escape writes what HTML must escape in a paragraph, and «"» as &quot;,
// as some pages serve it.
var escape = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

// PageText returns s, a summary of a page's HTML, as the page shows it:
// without its tags, its entities read («&quot;» as «"», «&nbsp;» as a
// space), and each run of white space, line breaks of the source
// included, one space. A summary is the text as it came, markup inside its sentences
// and all; scored as shown, it is judged on its words, not on the
// scorer's reading of «nbsp» as one.
func PageText(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		b.WriteString(s[:i])
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return strings.Join(strings.Fields(html.UnescapeString(b.String())), " ")
}

// RenderSRT returns text as SubRip subtitles (.srt) of its being read out:
// each paragraph's words in lines of 42 characters at most, two lines a
// cue, as subtitle editors cut them, a new cue at each paragraph, each cue
// numbered and timed three seconds after the one before, with CRLF breaks.
// Headings are not read out. The lines break sentences where the screen
// runs out of room, not where they end; tokenize.Subtitles gives back the
// spoken text, the paragraphs run together.
func RenderSRT(text string) string {
	var b strings.Builder
	b.Grow(2 * len(text))
	for k, cue := range cues(text) {
		start := 3000 * k
		fmt.Fprintf(&b, "%d\r\n%s --> %s\r\n%s\r\n\r\n", k+1, srtTime(start), srtTime(start+2900), strings.Join(cue, "\r\n"))
	}
	return b.String()
}

// RenderTTML returns text as TTML subtitles (W3C's Timed Text, the XML
// that broadcasters deliver and streaming services call DFXP), in the
// cues of RenderSRT: each a <p> timed in its begin and end attributes,
// its lines joined by <br/>, '&', '<' and '>' escaped, under a head of
// metadata (a title), styling and layout.
func RenderTTML(text string) string {
	var b strings.Builder
	b.Grow(2 * len(text))
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling" xmlns:ttm="http://www.w3.org/ns/ttml#metadata" xml:lang="ar">
  <head>
    <metadata><ttm:title>نشرة الأخبار</ttm:title></metadata>
    <styling><style xml:id="s1" tts:fontFamily="Arial" tts:textAlign="center" tts:direction="rtl"/></styling>
    <layout><region xml:id="bottom" tts:origin="10% 80%" tts:extent="80% 15%"/></layout>
  </head>
  <body region="bottom" style="s1">
    <div>
`)
	for k, cue := range cues(text) {
		start := 3000 * k
		fmt.Fprintf(&b, "      <p begin=\"%s\" end=\"%s\">", ttmlTime(start), ttmlTime(start+2900))
		for n, l := range cue {
			if n > 0 {
				b.WriteString("<br/>")
			}
			xmlEscape.WriteString(&b, l)
		}
		b.WriteString("</p>\n")
	}
	b.WriteString("    </div>\n  </body>\n</tt>\n")
	return b.String()
}

// RenderYouTube returns text as YouTube's timed text serves a video's
// captions (its original XML, which caption downloaders save): the cues of
// RenderSRT, each a <text> with its start and duration in seconds, its
// lines joined by a newline, escaped twice (HTML's escapes, «&#39;» and
// «&quot;», then XML's, so that «'» is «&amp;#39;»), under <transcript>.
func RenderYouTube(text string) string {
	var b strings.Builder
	b.Grow(2 * len(text))
	b.WriteString(`<?xml version="1.0" encoding="utf-8" ?><transcript>`)
	for k, cue := range cues(text) {
		fmt.Fprintf(&b, `<text start="%d.0" dur="2.9">`, 3*k)
		xmlEscape.WriteString(&b, htmlEscape.Replace(strings.Join(cue, "\n")))
		b.WriteString("</text>")
	}
	b.WriteString("</transcript>")
	return b.String()
}

// RenderJSON3 returns text as YouTube's json3 serves a video's automatic
// captions (what yt-dlp saves with --sub-format json3): under its styles
// and a window's event, each line of RenderSRT's cues an event whose segs
// hold a word each, timed from the event's start, and each line's end an
// event of its own that appends a newline; strings as encoding/json
// writes them, «<», «>» and «&» escaped.
func RenderJSON3(text string) string {
	cs := cues(text)
	var b strings.Builder
	b.Grow(3 * len(text))
	fmt.Fprintf(&b, `{"wireMagic":"pb3","pens":[{}],"wsWinStyles":[{},{"mhModeHint":2,"juJustifCode":0,"sdScrollDir":3}],`+
		`"wpWinPositions":[{},{"apPoint":6,"ahHorPos":20,"avVerPos":100,"rcRows":2,"ccCols":40}],`+
		`"events":[{"tStartMs":0,"dDurationMs":%d,"id":1,"wpWinPosId":1,"wsWinStyleId":1}`, 3000*len(cs))
	for k, cue := range cs {
		for n, line := range cue {
			start := 3000*k + 1450*n
			fmt.Fprintf(&b, `,{"tStartMs":%d,"dDurationMs":1450,"wWinId":1,"segs":[`, start)
			for i, w := range strings.Fields(line) {
				if i == 0 {
					fmt.Fprintf(&b, `{"utf8":%s,"acAsrConf":0}`, jsonString(w))
					continue
				}
				fmt.Fprintf(&b, `,{"utf8":%s,"tOffsetMs":%d,"acAsrConf":0}`, jsonString(" "+w), 200*i)
			}
			b.WriteString("]}")
			if k < len(cs)-1 || n < len(cue)-1 {
				fmt.Fprintf(&b, `,{"tStartMs":%d,"wWinId":1,"aAppend":1,"segs":[{"utf8":"\n"}]}`, start+1450)
			}
		}
	}
	b.WriteString("]}\n")
	return b.String()
}

// jsonString returns s as encoding/json writes a string.
func jsonString(s string) string {
	b, _ := json.Marshal(s) // a string always marshals
	return string(b)
}

// RenderTranscript returns text as youtube-transcript-api's JSON formatter
// writes a video's transcript: a list of RenderSRT's cues, each an object
// of its text (its lines joined by a newline), start and duration in
// seconds, as Python's json.dumps writes them, ASCII alone (every other
// character a «\uXXXX» escape, two past U+FFFF).
func RenderTranscript(text string) string {
	var b strings.Builder
	b.Grow(6 * len(text))
	b.WriteByte('[')
	for k, cue := range cues(text) {
		if k > 0 {
			b.WriteString(", ")
		}
		b.WriteString(`{"text": `)
		asciiJSON(&b, strings.Join(cue, "\n"), false)
		fmt.Fprintf(&b, `, "start": %d.0, "duration": 2.9}`, 3*k)
	}
	b.WriteByte(']')
	return b.String()
}

// asciiJSON writes s as a JSON string in ASCII alone, as Python's
// json.dumps and PHP's json_encode write one: every other character a
// «\uXXXX» escape, two past U+FFFF; with slash, '/' as «\/» too, as PHP
// writes it.
func asciiJSON(b *strings.Builder, s string, slash bool) {
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\' || r == '/' && slash:
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r', r == '\t', r == '\b', r == '\f':
			b.WriteString(strings.TrimSuffix(strings.TrimPrefix(strconv.Quote(string(r)), `"`), `"`))
		case r < 0x20:
			fmt.Fprintf(b, `\u%04x`, r)
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case r > 0xFFFF:
			hi, lo := utf16.EncodeRune(r)
			fmt.Fprintf(b, `\u%04x\u%04x`, hi, lo)
		default:
			fmt.Fprintf(b, `\u%04x`, r)
		}
	}
	b.WriteByte('"')
}

// RenderWordPressJSON returns text as WordPress's REST API serves a post
// (/wp-json/wp/v2/posts/N): a JSON object of its id, dates, link, status
// and the like, its content rendered as RenderWordPress renders it, an
// excerpt of its first 55 words and « [&hellip;]», as WordPress cuts one,
// an empty title (the title is given beside the text), all as PHP's
// json_encode writes it: ASCII alone, every Arabic letter an escape, and
// '/' escaped too. A program that fetches posts gets this; the library
// refuses it as JSON, and tokenize.Articles gives its content back.
func RenderWordPressJSON(text string) string {
	content := RenderWordPress(text)
	excerpt := wpExcerpt(content, "[&hellip;]")
	id := 1000 + len(text)%9000
	link := fmt.Sprintf("https://example.com/?p=%d", id)
	var b strings.Builder
	b.Grow(7 * len(text))
	fmt.Fprintf(&b, `{"id":%d,"date":"2024-03-12T10:30:00","date_gmt":"2024-03-12T08:30:00","guid":{"rendered":`, id)
	asciiJSON(&b, link, true)
	b.WriteString(`},"modified":"2024-03-12T11:05:00","slug":"post-`)
	fmt.Fprintf(&b, `%d","status":"publish","type":"post","link":`, id)
	asciiJSON(&b, link, true)
	b.WriteString(`,"title":{"rendered":""},"content":{"rendered":`)
	asciiJSON(&b, content, true)
	b.WriteString(`,"protected":false},"excerpt":{"rendered":`)
	asciiJSON(&b, "<p>"+excerpt+"</p>\n", true)
	b.WriteString(`,"protected":false},"author":1,"featured_media":0,"comment_status":"open","ping_status":"open","sticky":false,"template":"","format":"standard","meta":{"footnotes":""},"categories":[1],"tags":[],"_links":{"self":[{"href":`)
	asciiJSON(&b, fmt.Sprintf("https://example.com/wp-json/wp/v2/posts/%d", id), true)
	b.WriteString(`}]}}`)
	return b.String()
}

// wpExcerpt returns the excerpt WordPress makes of a post's content: its
// first 55 words without tags, and more after them when there are more.
func wpExcerpt(content, more string) string {
	words := strings.Fields(tagsOut.ReplaceAllString(content, " "))
	excerpt := strings.Join(words[:min(len(words), 55)], " ")
	if len(words) > 55 {
		excerpt += " " + more
	}
	return excerpt
}

// tagsOut matches a tag, which an excerpt strips.
var tagsOut = regexp.MustCompile(`<[^>]*>`)

// RenderRSS returns text as the one item of a feed as WordPress serves it
// (/feed/, RSS 2.0): the site's title, link and description, then the
// post's empty title (the title is given beside the text), link, author,
// date, category and guid, its excerpt in <description> («[&#8230;]» after
// 55 words) and its content as RenderWordPress renders it in
// <content:encoded>, both in CDATA. A reader that fetches a site's feed
// gets this; the library refuses it as a feed, and tokenize.Articles gives
// the content back.
func RenderRSS(text string) string {
	content := RenderWordPress(text)
	id := 1000 + len(text)%9000
	var b strings.Builder
	b.Grow(2*len(content) + 1024)
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>شبكة الأخبار</title>
	<atom:link href="https://example.com/feed/" rel="self" type="application/rss+xml" />
	<link>https://example.com</link>
	<description>آخر الأخبار من العاصمة والعالم</description>
	<lastBuildDate>Tue, 12 Mar 2024 11:05:00 +0000</lastBuildDate>
	<language>ar</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.4.3</generator>
	<item>
		<title></title>
`)
	fmt.Fprintf(&b, "\t\t<link>https://example.com/?p=%d</link>\n\t\t<comments>https://example.com/?p=%d#respond</comments>\n", id, id)
	b.WriteString("\t\t<dc:creator><![CDATA[المحرر]]></dc:creator>\n\t\t<pubDate>Tue, 12 Mar 2024 10:30:00 +0000</pubDate>\n\t\t<category><![CDATA[أخبار]]></category>\n")
	fmt.Fprintf(&b, "\t\t<guid isPermaLink=\"false\">https://example.com/?p=%d</guid>\n", id)
	b.WriteString("\t\t<description>" + cdata(wpExcerpt(content, "[&#8230;]")) + "</description>\n")
	b.WriteString("\t\t\t\t\t\t\t\t\t\t<content:encoded>" + cdata(content) + "</content:encoded>\n")
	fmt.Fprintf(&b, "\t\t<wfw:commentRss>https://example.com/?feed=rss2&#038;p=%d</wfw:commentRss>\n\t\t<slash:comments>0</slash:comments>\n\t</item>\n</channel>\n</rss>\n", id)
	return b.String()
}

// RenderLatin1RSS returns text as RenderRSS does, as the feed of a site in
// Latin-1 (or ASCII) serves it: every character past ASCII a numeric
// character reference (AsReferences), in the content's CDATA too. A reader
// fetching an older Arabic site's feed gets this; the library refuses it
// as a feed, and tokenize.Articles gives the content back, each reference
// its character.
func RenderLatin1RSS(text string) string {
	return AsReferences(strings.Replace(RenderRSS(text), `encoding="UTF-8"`, `encoding="ISO-8859-1"`, 1))
}

// AsReferences returns text with each character past ASCII written as an
// HTML numeric character reference («&#1575;»), as a page or a feed in
// Latin-1 or ASCII writes Arabic.
func AsReferences(text string) string {
	var b strings.Builder
	b.Grow(3 * len(text))
	for _, r := range text {
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else {
			fmt.Fprintf(&b, "&#%d;", r)
		}
	}
	return b.String()
}

// RenderNITF returns a story, its title and its text, as a news agency's
// story in NITF 3.6, as agencies deliver stories and archives keep them:
// the title in the head and as the main headline, the document's data, the
// agency's byline and dateline, each line a paragraph (a heading a subhead,
// <hl2>), a photo with its caption and credit after the first, and the
// agency's tagline. Read as markup, the headline, byline and dateline
// would open the story; the library refuses it as a feed, and
// tokenize.Articles gives the body back, with the headline as its title.
func RenderNITF(title, text string) string {
	title = escape.Replace(title)
	var b strings.Builder
	b.Grow(len(text) + len(text)/4 + 1024)
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.6//EN" change.date="2012-10-21" change.time="19:30" xmlns="http://iptc.org/std/NITF/2006-10-18/">
<head>
<title>` + title + `</title>
<docdata><doc-id id-string="AG-2024-0312-001"/><date.issue norm="20240312T103000Z"/><doc.copyright holder="الوكالة"/></docdata>
<pubdata type="web" name="وكالة الأنباء"/>
</head>
<body>
<body.head>
<hedline><hl1>` + title + `</hl1></hedline>
<byline>بقلم <person>مراسل الوكالة</person></byline>
<dateline><location>القاهرة</location>، <story.date norm="20240312">12 مارس 2024</story.date></dateline>
</body.head>
<body.content>
`)
	for k, l := range lines(text) {
		tag := "p"
		if l.heading {
			tag = "hl2"
		}
		b.WriteString("<" + tag + ">" + escape.Replace(l.text) + "</" + tag + ">\n")
		if k == 0 {
			b.WriteString(`<media media-type="image"><media-reference source="photo.jpg" mime-type="image/jpeg"/><media-caption>صورة أرشيفية من مكان الحدث</media-caption><media-producer>تصوير الوكالة</media-producer></media>` + "\n")
		}
	}
	b.WriteString("</body.content>\n<body.end><tagline>© وكالة الأنباء 2024</tagline></body.end>\n</body>\n</nitf>\n")
	return b.String()
}

// RenderGigaword returns a story, its title and its text, as LDC's Arabic
// Gigaword holds an agency's story: a <DOC> with its id and type, the
// title as its <HEADLINE>, the agency's <DATELINE>, and its <TEXT> a <P>
// a line of the text (a heading too, as the wire sends it), each wrapped
// at 72 characters, «&», «<» and «>» escaped. Research collections of
// newswire (Gigaword, TREC's, TDT's) keep a month of a wire so in one
// file; the library refuses one as a feed, and tokenize.Articles gives
// each story's text back, with its headline as its title.
func RenderGigaword(title, text string) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/8 + 512)
	b.WriteString("<DOC id=\"AFP_ARB_20180312.0001\" type=\"story\" >\n<HEADLINE>\n" + wireEscape.Replace(title) + "\n</HEADLINE>\n<DATELINE>\nالقاهرة 12-3 (اف ب)\n</DATELINE>\n<TEXT>\n")
	for _, l := range lines(text) {
		b.WriteString("<P>\n" + strings.Join(wrapped(wireEscape.Replace(l.text), 72), "\n") + "\n</P>\n")
	}
	b.WriteString("</TEXT>\n</DOC>\n")
	return b.String()
}

// wireEscape writes what SGML must escape in LDC's newswire.
var wireEscape = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// RenderWikiExtractor returns a story, its title and its text, as
// WikiExtractor writes an article of a Wikipedia dump: a <doc> with its id,
// address and title, the title on the first line and a blank one, then a
// paragraph a line, a heading with a period put after it («التاريخ.»;
// «؟» too, since WikiExtractor spares only ASCII's «?» and «!»),
// «&», «<» and «>» escaped. Research on Arabic Wikipedia reads dumps so; the
// library refuses the file as a feed, and tokenize.Articles gives each
// article's text back, with its title.
func RenderWikiExtractor(title, text string) string {
	var b strings.Builder
	b.Grow(len(text) + 256)
	b.WriteString(`<doc id="4721" url="https://ar.wikipedia.org/wiki?curid=4721" title="` + escape.Replace(title) + "\">\n" + wireEscape.Replace(title) + "\n\n")
	for _, l := range lines(text) {
		t := wireEscape.Replace(l.text)
		if l.heading && !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "!") {
			t += "."
		}
		b.WriteString(t + "\n")
	}
	b.WriteString("</doc>\n")
	return b.String()
}

// RenderMediaWiki returns a story, its title and its text, as a wiki's
// dump holds its page (Wikinews', Wikipedia's: a MediaWiki export): the
// site's information, then the page, its title, namespace and id, and its
// revision's wikitext, escaped as XML escapes it: an infobox first, the
// first word bold, a link around a word of each paragraph and a reference
// after it, paragraphs between blank lines and headings between «==»,
// then a section of references, a category and a link to the page in
// another language. Research on Arabic reads Wikipedia and Wikinews so;
// the library refuses the dump as a feed, and tokenize.Articles gives each
// article's text back, with its title.
func RenderMediaWiki(title, text string) string {
	var w strings.Builder
	w.Grow(len(text) + len(text)/4 + 512)
	w.WriteString("{{معلومات خبر\n| العنوان = " + title + "\n| التاريخ = {{تاريخ|2024|3|12}}\n| المكان = [[القاهرة]]\n}}\n")
	for k, l := range lines(text) {
		if l.heading {
			w.WriteString("\n== " + l.text + " ==\n")
			continue
		}
		words := strings.Fields(l.text)
		if k == 0 {
			words[0] = "'''" + words[0] + "'''"
		}
		if len(words) > 2 && strings.IndexFunc(words[1], func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
			if k%2 == 0 {
				words[1] = "[[" + words[1] + "]]"
			} else {
				words[1] = "[[" + words[1] + "|" + words[1] + "]]"
			}
		}
		w.WriteString("\n" + strings.Join(words, " ") + "<ref>{{استشهاد ويب|مسار=https://example.org/news/" + strconv.Itoa(k) + "|عنوان=المصدر}}</ref>\n")
	}
	w.WriteString("\n== المراجع ==\n{{مراجع}}\n\n[[تصنيف:أخبار 2024]]\n[[en:News]]\n")
	markup := w.String()
	return `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="ar">
  <siteinfo>
    <sitename>ويكي الأخبار</sitename>
    <dbname>arwikinews</dbname>
    <base>https://ar.wikinews.org/wiki/</base>
  </siteinfo>
  <page>
    <title>` + wireEscape.Replace(title) + `</title>
    <ns>0</ns>
    <id>4721</id>
    <revision>
      <id>90210</id>
      <timestamp>2024-03-12T10:30:00Z</timestamp>
      <model>wikitext</model>
      <format>text/x-wiki</format>
      <text bytes="` + strconv.Itoa(len(markup)) + `" xml:space="preserve">` + wireEscape.Replace(markup) + `</text>
    </revision>
  </page>
</mediawiki>
`
}

// RenderWET returns a story, its title and its text, as Common Crawl's WET
// file holds a page it fetched: a WARC file, its own information first,
// then the page's "conversion" record, its header in CRLF lines and its
// block the page's title, with the site's name after it, on the first
// line, then the text a line a paragraph. Research on Arabic web text
// reads pages so; the library refuses the file as a feed, and
// tokenize.Articles gives each page's text back, with its title and its
// address.
func RenderWET(title, text string) string {
	var body strings.Builder
	if title != "" {
		body.WriteString(title + " | ")
	}
	body.WriteString("شبكة الأخبار\n")
	for _, l := range lines(text) {
		body.WriteString(l.text + "\n")
	}
	info := "Software-Info: ia-web-commons.1.1.10-SNAPSHOT-20240312\r\nExtracted-Date: Tue, 12 Mar 2024 10:30:00 GMT\r\n"
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Date: 2024-03-12T10:30:00Z\r\nWARC-Filename: CC-MAIN-20240312103000-20240312133000-00000.warc.wet.gz\r\nWARC-Record-ID: <urn:uuid:0d4b6a2e-1c3f-4f4e-9a55-000000000000>\r\nContent-Type: application/warc-fields\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(info), info) +
		fmt.Sprintf("WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/news/2024/03/12/story\r\nWARC-Date: 2024-03-12T10:31:07Z\r\nWARC-Record-ID: <urn:uuid:0d4b6a2e-1c3f-4f4e-9a55-000000000001>\r\nWARC-Refers-To: <urn:uuid:0d4b6a2e-1c3f-4f4e-9a55-000000000002>\r\nWARC-Block-Digest: sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ\r\nWARC-Identified-Content-Language: ara\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", body.Len(), body.String())
}

// RenderWARC returns a story, its title and its text, as a crawl's WARC
// file holds the page it fetched (wget --warc-file, Heritrix, the
// archives of national libraries): the crawler's information, the HTTP
// request, and the response, its body as an older Arabic site serves it,
// in Windows-1256 (each character it has no byte for as an HTML
// reference), compressed with gzip and sent in chunks. The page is
// RenderPage's, its <title> the headline and the site's name and its
// <article> headed by the headline in <h1>. The library refuses the file
// as a feed, and tokenize.Articles gives each page's HTML back as UTF-8,
// with its address.
func RenderWARC(title, text string) string {
	page := RenderPage(text)
	if title != "" {
		t := html.EscapeString(title)
		page = strings.Replace(page, "<title>شبكة الأخبار</title>", "<title>"+t+" | شبكة الأخبار</title>", 1)
		page = strings.Replace(page, "<article>\n", "<article>\n<h1>"+t+"</h1>\n", 1)
	}
	page = strings.Replace(page, `<meta charset="utf-8">`, `<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">`, 1)
	var zipped bytes.Buffer
	z := gzip.NewWriter(&zipped)
	_, _ = z.Write(windows1256HTML(page)) // a bytes.Buffer does not fail
	_ = z.Close()
	var body strings.Builder
	for rest := zipped.Bytes(); len(rest) > 0; {
		n := min(len(rest), 4096)
		fmt.Fprintf(&body, "%x\r\n%s\r\n", n, rest[:n])
		rest = rest[n:]
	}
	body.WriteString("0\r\n\r\n")
	const uri = "https://example.com/news/2024/03/12/story"
	info := "software: Wget/1.21.4 (linux-gnu)\r\nformat: WARC File Format 1.0\r\nconformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf\r\nrobots: classic\r\nwget-arguments: \"--warc-file=crawl\" \"https://example.com/news/2024/03/12/story\"\r\n"
	request := "GET /news/2024/03/12/story HTTP/1.1\r\nUser-Agent: Wget/1.21.4\r\nAccept: */*\r\nAccept-Encoding: gzip\r\nHost: example.com\r\nConnection: Keep-Alive\r\n\r\n"
	response := "HTTP/1.1 200 OK\r\nDate: Tue, 12 Mar 2024 10:31:07 GMT\r\nServer: Apache\r\nContent-Type: text/html; charset=windows-1256\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\nVary: Accept-Encoding\r\n\r\n" + body.String()
	record := func(n int, kind, contentType, block string) string {
		target := ""
		if kind != "warcinfo" {
			target = "WARC-Target-URI: " + uri + "\r\n"
		}
		return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\n%sWARC-Date: 2024-03-12T10:31:07Z\r\nWARC-Record-ID: <urn:uuid:5e1a0c9e-7d2b-4c1f-8e3a-00000000000%d>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
			kind, target, n, contentType, len(block), block)
	}
	return record(1, "warcinfo", "application/warc-fields", info) +
		record(2, "request", "application/http;msgtype=request", request) +
		record(3, "response", "application/http;msgtype=response", response)
}

// windows1256HTML returns an HTML document in Windows-1256, each character
// that has no byte there as a numeric reference («&#1700;» for «ڤ»), as a
// site in that encoding stores them.
func windows1256HTML(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if b, ok := charmap.Windows1256.EncodeRune(r); ok {
			out = append(out, b)
			continue
		}
		out = fmt.Appendf(out, "&#%d;", r)
	}
	return out
}

// RenderEML returns a story, its title and its text, as a press release
// sent by e-mail from Arabic Outlook (.eml): the title as the subject, in
// Windows-1256 as an encoded word after «FW:», and the text twice, as
// multipart/alternative: plain, in UTF-8 and base64, and HTML, each line a
// paragraph, in Windows-1256 and quoted-printable. A newsroom gets releases
// so; the library refuses a message, and tokenize.Articles gives its text
// and subject back.
func RenderEML(title, text string) string {
	var html strings.Builder
	html.WriteString("<html dir=\"rtl\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"><style>p.MsoNormal{margin:0cm;font-family:\"Arial\"}</style></head><body lang=\"AR-SA\">\r\n")
	var plain strings.Builder
	for _, l := range lines(text) {
		html.WriteString("<p class=\"MsoNormal\" dir=\"RTL\">" + escape.Replace(l.text) + "</p>\r\n")
		plain.WriteString(l.text + "\r\n\r\n")
	}
	html.WriteString("</body></html>\r\n")
	var b strings.Builder
	b.WriteString("From: =?windows-1256?B?" + base64.StdEncoding.EncodeToString(windows1256("المكتب الإعلامي")) + "?= <press@example.org>\r\n")
	b.WriteString("To: newsroom@example.com\r\n")
	b.WriteString("Subject: =?windows-1256?B?" + base64.StdEncoding.EncodeToString(windows1256("FW: "+title)) + "?=\r\n")
	b.WriteString("Date: Tue, 12 Mar 2024 10:30:00 +0300\r\nMessage-ID: <A1B2C3@example.org>\r\nMIME-Version: 1.0\r\n")
	b.WriteString("Content-Type: multipart/alternative;\r\n\tboundary=\"_000_A1B2C3_\"\r\n\r\n")
	b.WriteString("--_000_A1B2C3_\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	enc := base64.StdEncoding.EncodeToString([]byte(plain.String()))
	for len(enc) > 76 {
		b.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	b.WriteString(enc + "\r\n\r\n--_000_A1B2C3_\r\nContent-Type: text/html; charset=\"windows-1256\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
	w := quotedprintable.NewWriter(&b)
	_, _ = w.Write(windows1256(html.String())) // a strings.Builder does not fail
	_ = w.Close()
	b.WriteString("\r\n--_000_A1B2C3_--\r\n")
	return b.String()
}

// windows1256 returns s in Windows-1256, each character it cannot hold as
// «?», as Outlook sends them.
func windows1256(s string) []byte {
	out, _ := encoding.ReplaceUnsupported(charmap.Windows1256.NewEncoder()).Bytes([]byte(s))
	return out
}

// RenderDOCX returns text as a Word document (.docx) as Arabic Word saves
// it: a ZIP archive of its parts, the document's XML a paragraph a line of
// text, each sentence in a run of its own (with the space before it),
// right to left (<w:bidi/>,
// <w:rtl/>), headings in the style Arabic Word names «1» (its English name
// «heading 1», in word/styles.xml). A newsroom passes copy so; the
// library refuses it as a document's file, and tokenize.OfficeText gives
// its text back.
func RenderDOCX(text string) string {
	var doc strings.Builder
	doc.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>`)
	for _, l := range lines(text) {
		doc.WriteString("<w:p><w:pPr>")
		if l.heading {
			doc.WriteString(`<w:pStyle w:val="1"/>`)
		}
		doc.WriteString(`<w:bidi/><w:jc w:val="both"/></w:pPr>`)
		// A run to each sentence's end, the space before it included:
		// the runs rejoin into the line.
		start := 0
		for _, u := range tokenize.Sentences(l.text) {
			run(&doc, l.text[start:u.End])
			start = u.End
		}
		run(&doc, l.text[start:])
		doc.WriteString("</w:p>")
	}
	doc.WriteString(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:bidi/></w:sectPr></w:body></w:document>`)
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, part := range [][2]string{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", doc.String()},
		{"word/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" + `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:bidi/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>`},
	} {
		// Writing an archive to memory does not fail.
		f, _ := w.Create(part[0])
		_, _ = io.WriteString(f, part[1])
	}
	_ = w.Close()
	return b.String()
}

// run writes s as a run of right-to-left text of Word's.
func run(doc *strings.Builder, s string) {
	if s == "" {
		return
	}
	doc.WriteString(`<w:r><w:rPr><w:rFonts w:cs="Arial"/><w:rtl/></w:rPr><w:t xml:space="preserve">`)
	doc.WriteString(xmlEscape.Replace(s))
	doc.WriteString(`</w:t></w:r>`)
}

// cdata returns s in CDATA, a «]]>» in it split across two sections, as
// WordPress's feeds write it.
func cdata(s string) string {
	return "<![CDATA[" + strings.ReplaceAll(s, "]]>", "]]]]><![CDATA[>") + "]]>"
}

// htmlEscape writes what YouTube's captions escape before XML does.
var htmlEscape = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")

// xmlEscape writes what XML's text must escape.
var xmlEscape = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// RenderASS returns text as Advanced SubStation Alpha subtitles (.ass), as
// Aegisub writes them and fan subtitlers share them, in the cues of
// RenderSRT: a script's header and styles, then a Dialogue line a cue, its
// screen lines joined by «\N», the first under an override that sets its
// position («{\an8}»), with CRLF breaks.
func RenderASS(text string) string {
	var b strings.Builder
	b.Grow(2 * len(text))
	b.WriteString("[Script Info]\r\n; Script generated by Aegisub 3.2.2\r\nTitle: نشرة الأخبار\r\nScriptType: v4.00+\r\nWrapStyle: 0\r\nPlayResX: 1920\r\nPlayResY: 1080\r\n\r\n" +
		"[V4+ Styles]\r\nFormat: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding\r\n" +
		"Style: Default,Arial,60,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,2,2,10,10,10,178\r\n\r\n" +
		"[Events]\r\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\r\n")
	for k, cue := range cues(text) {
		start := 3000 * k
		override := ""
		if k == 0 {
			override = `{\an8}`
		}
		fmt.Fprintf(&b, "Dialogue: 0,%s,%s,Default,,0,0,0,,%s%s\r\n", assTime(start), assTime(start+2900), override, strings.Join(cue, `\N`))
	}
	return b.String()
}

// RenderSAMI returns text as SAMI subtitles (Microsoft's Synchronized
// Accessible Media Interchange, .smi, as Windows Media and older DVD
// rips carry them), in the cues of RenderSRT: each a <SYNC Start=…> with
// a <P Class=ARSA> that is never closed, its lines joined by <BR>, what
// HTML escapes escaped, and an &nbsp; cue that clears the screen after
// it, under a <HEAD> of a title and a style sheet in a comment; tags in
// capitals, as SAMI writers set them.
func RenderSAMI(text string) string {
	var b strings.Builder
	b.Grow(2 * len(text))
	b.WriteString("<SAMI>\r\n<HEAD>\r\n<TITLE>نشرة الأخبار</TITLE>\r\n<STYLE TYPE=\"text/css\">\r\n<!--\r\n" +
		"P { margin-left: 8pt; margin-right: 8pt; font-family: Arial; text-align: center; }\r\n" +
		".ARSA { Name: Arabic; lang: ar-SA; SAMIType: CC; }\r\n-->\r\n</STYLE>\r\n</HEAD>\r\n<BODY>\r\n")
	for k, cue := range cues(text) {
		start := 3000 * k
		fmt.Fprintf(&b, "<SYNC Start=%d><P Class=ARSA>", start)
		for n, l := range cue {
			if n > 0 {
				b.WriteString("<BR>")
			}
			htmlEscape.WriteString(&b, l)
		}
		fmt.Fprintf(&b, "\r\n<SYNC Start=%d><P Class=ARSA>&nbsp;\r\n", start+2900)
	}
	b.WriteString("</BODY>\r\n</SAMI>\r\n")
	return b.String()
}

// cues returns the cues of text read out: each paragraph's words in lines
// of 42 characters at most, two lines a cue, a new cue at each paragraph;
// headings are not read out.
func cues(text string) [][]string {
	var out [][]string
	for _, l := range lines(text) {
		if l.heading {
			continue
		}
		rows := wrapped(l.text, 42)
		for len(rows) > 2 {
			out = append(out, rows[:2:2])
			rows = rows[2:]
		}
		if len(rows) > 0 {
			out = append(out, rows)
		}
	}
	return out
}

// wrapped returns the words of s in lines of width characters at most (a
// longer word alone on its line), as a typist or an editor breaks them.
func wrapped(s string, width int) []string {
	var rows []string
	row := ""
	for _, w := range strings.Fields(s) {
		if row != "" && utf8.RuneCountInString(row)+1+utf8.RuneCountInString(w) > width {
			rows = append(rows, row)
			row = ""
		}
		if row != "" {
			row += " "
		}
		row += w
	}
	if row != "" {
		rows = append(rows, row)
	}
	return rows
}

// Rewrapped returns d with each line of its text hard-wrapped at 80
// characters and each line of that wrapped again at 70, as a reply quotes
// a wrapped e-mail or a story wrapped for an archive is pasted into an
// editor that wraps at 70: each line of the first wrap that the second
// breaks leaves a full line and a short one. Its title stays beside it;
// blank lines stay where they were.
func Rewrapped(d Document) Document {
	var rows []string
	for _, l := range strings.Split(d.Text, "\n") {
		if strings.TrimSpace(l) == "" {
			rows = append(rows, "")
			continue
		}
		for _, r := range wrapped(l, 80) {
			rows = append(rows, wrapped(r, 70)...)
		}
	}
	d.Text = strings.Join(rows, "\n")
	return d
}

// Wire returns d as an agency's copy: its text's first line opened with a
// dateline, the place it was filed from and the agency, in one of the
// forms that Arabic wires and papers write (Reuters', AFP's, KUNA's, WAM's,
// Xinhua's without a dash, SANA's without marks, Anadolu's with its slash
// left open, a paper's name in quotation marks; see tokenize.Dateline), the
// place and the form chosen by the document's id, so that each run writes
// the same texts. A text hard-wrapped (its lines within tokenize.MaxWrapWidth, the
// first going on in the next) is wrapped again, at its widest line's
// width, up to the first line that ends with one of SentenceMarks (the
// first sentence's last line, or a later one), as the wire's program
// would have wrapped it with its dateline: the dateline put before a full
// line alone made a line wider than the others, which ended the sentence
// there. Its title stays beside it.
func Wire(d Document) Document {
	forms := []string{
		"@ (رويترز) - ",
		"@ (أ.ف.ب) - ",
		"@ 12-3 (اف ب) - ",
		"@ - 22 - 3 (كونا) -- ",
		"@: «الشرق الأوسط» ",
		"@ - «الحياة» - ",
		"@ في 22 مارس / وام / ",
		"@، 12 مارس 2024 (د ب أ) - ",
		"@ 5 مارس 2019 (شينخوا) ",
		"@-سانا ",
		"@/ الأناضول ",
		"@/ محمد شيخ يوسف/ الأناضول ",
	}
	return openedWith(d, dealt(d.ID, forms))
}

// Stamped returns d as a live blog or a news channel on Telegram posts a
// story: each paragraph opened with a time («10:45 - », «٠٩:٥٠ ») or a
// pictograph («📌 », «⚡️ »), and its lead, in about half the documents,
// with a site's flag («عاجل: », «خاص - », «حصري | »), which the library
// reads as no part of the story (see tokenize.Kicker). The form, the flag
// and the first time are chosen by the document's id, as Wire's are, the
// time going back some minutes a paragraph, as a live blog's entries,
// newest first. In a hard-wrapped text (its lines within
// tokenize.MaxWrapWidth) only the lead is stamped, and its first sentence
// wrapped again with the stamp in, as Wire wraps a dateline in: a stamp on
// each line would widen it past the wrap. Its title stays beside it.
func Stamped(d Document) Document {
	forms := []string{"@ - ", "@ ", "@ | ", "• @ – ", "📌 ", "🔴 ", "⚡️ "}
	flags := []string{"", "عاجل: ", "خاص - ", "حصري | "}
	k := idHash(d.ID)
	form := forms[k%uint32(len(forms))]
	flag := flags[k/7%uint32(len(flags))]
	if k/28%3 == 0 {
		// A third of the leads dealt a flag have none either: with the
		// quarter dealt "", half have none (1,516 of the 3,100 dev texts).
		flag = ""
	}
	minutes := 6*60 + int(k/84%(16*60)) // 06:00 to 21:59
	stamp := func() string {
		s := strings.ReplaceAll(form, "@", fmt.Sprintf("%02d:%02d", minutes/60, minutes%60))
		minutes = max(minutes-7, 0)
		return s
	}
	// The lead, wrapped again with its stamp where the text is
	// hard-wrapped (see openedWith), as Wire's dateline.
	d = openedWith(d, stamp()+flag)
	lines := strings.Split(d.Text, "\n")
	width := 0
	for _, l := range lines {
		width = max(width, utf8.RuneCountInString(strings.TrimSpace(l)))
	}
	if width <= tokenize.MaxWrapWidth {
		return d
	}
	for i, l := range lines[1:] {
		if strings.TrimSpace(l) != "" {
			lines[i+1] = stamp() + strings.TrimLeft(l, " \t")
		}
	}
	d.Text = strings.Join(lines, "\n")
	return d
}

// Commented returns d as a news page shows it with its readers' comments
// under the story: a line that titles, counts or invites them
// («التعليقات», «3 تعليقات», «أضف تعليقك», WordPress's «2 تعليقات على
// “…”» with the title), then two to four comments, each under its
// writer's name and, on some, the time it was posted, which the library
// reads as no part of the story (see tokenize.CommentsHeading). One
// comment in three says the title again, as readers do, so that it shares
// the story's words. The form and the comments are chosen by the
// document's id, as Wire's are. Its title stays beside it.
func Commented(d Document) Document {
	k := idHash(d.ID)
	n := 2 + int(k/7%3) // comments
	heading := []string{
		"التعليقات", "التعليقات (@)", "@ تعليقات", "تعليقات القراء", "أضف تعليقك", "اترك رداً", "Leave a Reply", "@ تعليقات على “~”",
	}[k%8]
	if d.Title == "" {
		heading = strings.ReplaceAll(heading, " على “~”", "")
	}
	heading = strings.ReplaceAll(strings.ReplaceAll(heading, "@", strconv.Itoa(n)), "~", d.Title)
	names := [...]string{"أحمد", "سارة", "أبو خالد", "محمد علي", "ليلى"}
	times := [...]string{"منذ ساعتين", "", "منذ 3 ساعات", "", "7 ديسمبر 2026 - 10:15"}
	comments := [...]string{
		"خبر مهم، ونتمنى من الجهات المعنية أن تتابع الموضوع بجدية.",
		"شكرا على هذا التقرير المفصل.",
		"للأسف هذا ما توقعناه منذ البداية، ولا جديد في الأمر.",
		"أين الرقابة؟ نريد حلولا حقيقية لا مجرد تصريحات.",
		"أتمنى أن تنشروا المزيد من التفاصيل في الأيام القادمة.",
		"الله يوفق الجميع لما فيه الخير.",
	}
	var b strings.Builder
	b.WriteString(strings.TrimRight(d.Text, " \t\n"))
	b.WriteString("\n\n")
	b.WriteString(heading)
	for c := range n {
		j := int(k/29) + c
		b.WriteString("\n\n" + names[j%len(names)])
		if t := times[j%len(times)]; t != "" {
			b.WriteString("\n" + t)
		}
		b.WriteString("\n")
		if d.Title != "" && (j+int(k/3))%3 == 0 {
			b.WriteString(d.Title + "؟ ")
		}
		b.WriteString(comments[j%len(comments)])
	}
	d.Text = b.String()
	return d
}

// Related returns d as a news page shows it with a box of other stories'
// headlines, under a line that titles it («اقرأ أيضاً:», «أخبار ذات
// صلة», «الأكثر قراءة»), between the story's paragraphs, after the second
// line that ends a sentence, or, in one document in three and where the
// story has no line after that one, under it. The box holds two to four
// headlines: some ask («…؟», two questions on one line), some an ellipsis
// cuts short («...»), as pages set them, and one in three opens with the
// title's first words, as a related story's shares them; under the story,
// half the boxes end with a period those that do not ask. The library reads
// them as no part of the story (see tokenize.RelatedHeading). The form and
// the headlines are chosen by the document's id, as Wire's are. Its title
// stays beside it.
func Related(d Document) Document {
	k := idHash(d.ID)
	title := []string{
		"اقرأ أيضاً:", "اقرأ أيضا", "أخبار ذات صلة", "مواضيع ذات صلة", "أخبار متعلقة", "الأكثر قراءة", "قد يهمك أيضا", "مقالات مشابهة",
	}[k%8]
	headlines := [...]string{
		"هل تنجح المفاوضات الجديدة في إنهاء الأزمة؟",
		"الأمم المتحدة تحذر من تفاقم أزمة الغذاء في المنطقة...",
		"ارتفاع أسعار الذهب في الأسواق العالمية إلى أعلى مستوى منذ عامين",
		"ما الذي نعرفه عن الخطة الجديدة؟ ومن يدفع ثمنها؟",
		"كيف يؤثر تغير المناخ على حياتنا اليومية؟",
		"انطلاق المهرجان الثقافي السنوي بمشاركة عربية واسعة...",
	}
	box := []string{title}
	for c := range 2 + int(k/8%3) {
		j := int(k/24) + c
		if first := strings.Fields(d.Title); c == 0 && len(first) > 0 && j%3 == 0 {
			box = append(box, strings.Join(first[:min(3, len(first))], " ")+": ما الذي نعرفه حتى الآن؟")
			continue
		}
		box = append(box, headlines[j%len(headlines)])
	}
	// Trimmed of every blank at its end, the text's last line is no
	// blank one: a box put after a line above it has the story under it.
	lines := strings.Split(strings.TrimRightFunc(d.Text, unicode.IsSpace), "\n")
	at, ended := len(lines), 0 // the box goes after lines[:at]
	if k/96%3 != 0 {
		for i, l := range lines[:len(lines)-1] {
			if l = strings.TrimSpace(l); l != "" && strings.ContainsRune(SentenceMarks, tokenize.FinalMark(l)) {
				if ended++; ended == 2 {
					at = i + 1
					break
				}
			}
		}
	}
	if at == len(lines) && k/288%2 == 0 {
		// Under the story, half the boxes end their headlines with a
		// period, as some sites set them, those that ask aside.
		for j, h := range box[1:] {
			if !strings.HasSuffix(h, "؟") {
				box[1+j] = strings.TrimSuffix(h, "...") + "."
			}
		}
	}
	parts := slices.Concat(lines[:at], []string{""}, box, []string{""}, lines[at:])
	d.Text = strings.TrimRight(strings.Join(parts, "\n"), "\n")
	return d
}

// datelinePlaces are the places Wire and Signed file their stories from.
var datelinePlaces = [...]string{"القاهرة", "بيروت", "الرياض", "دبي", "عمان", "الرباط", "بغداد", "الدار البيضاء", "تونس", "الخرطوم"}

// dealt returns the form of forms that the document whose id is id is
// dealt, the same on every run, with the place it is dealt (one of
// datelinePlaces) for its '@'.
func dealt(id string, forms []string) string {
	k := idHash(id)
	n := uint32(len(forms))
	return strings.ReplaceAll(forms[k%n], "@", datelinePlaces[k/n%uint32(len(datelinePlaces))])
}

// idHash returns the number a document's id deals it its forms by (see
// dealt, Stamped, Commented): the same on every run and every machine.
func idHash(id string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()
}

// openedWith returns d with its text's first line opened with opening,
// or, where opening ends with a line break, with opening's lines above
// it. A hard-wrapped text's first sentence is wrapped again with opening
// in (see Wire).
func openedWith(d Document, opening string) Document {
	text := strings.TrimLeft(d.Text, " \t\n")
	if strings.HasSuffix(opening, "\n") {
		d.Text = opening + text
		return d
	}
	lines := strings.Split(text, "\n")
	width := 0
	for _, l := range lines {
		width = max(width, utf8.RuneCountInString(strings.TrimSpace(l)))
	}
	end := 1 // the lines of the first sentence
	if width <= tokenize.MaxWrapWidth {
		for end < len(lines) && !strings.ContainsRune(SentenceMarks, tokenize.FinalMark(strings.TrimSpace(lines[end-1]))) && strings.TrimSpace(lines[end]) != "" {
			end++
		}
	}
	if end == 1 {
		lines[0] = opening + lines[0]
	} else {
		lines = append(wrapped(opening+strings.Join(lines[:end], " "), width), lines[end:]...)
	}
	d.Text = strings.Join(lines, "\n")
	return d
}

// Signed returns d as a paper prints a story it signs: its lead opened
// with its reporter's byline, its place's dateline, or both, in one of
// the forms that tokenize.Byline and tokenize.Dateline read and Wire does
// not write («كتب - محمد السيد:», «القاهرة - كتب - محمد السيد:», «عمان-
// الرأي-», «عواصم - وكالات:», «عواصم - «الخليج»، وكالات:», «القاهرة
// (رويترز، أ ف ب) -», «لندن - تل أبيب: «الشرق الأوسط»», «باريس (فرانس24)
// -», «واشنطن - رويترز -», «باريس - أ ف ب:», «أبوظبي - سكاي نيوز عربية»,
// Sabq's «سبق- الرياض:», a news site's name alone, «جفرا نيوز -», or with
// its reporter's, a desk's «القاهرة - متابعات:», tatweels for dashes),
// with a dateline on a line of its own above it («القاهرة - أ ش أ», «سبق -
// الرياض», a Gulf paper's «أبوظبي (الاتحاد)», «جفرا نيوز -», «سواليف –
// رصد»), or with a byline on a line of its own above it (Youm7's with a
// date line under it). The place
// and the form are chosen by the document's id, as Wire's are, and a
// hard-wrapped text is wrapped again as Wire wraps it. Its title stays
// beside it.
func Signed(d Document) Document {
	forms := []string{
		"كتب - محمد السيد: ",
		"كتبت ـ سارة أحمد - ",
		"بقلم: أ. د. محمد السيد - ",
		"إعداد: محمد علي وأحمد حسن: ",
		"كتب - محمد السيد -: ",
		"@ - كتب - محمد السيد: ",
		"@ (رويترز) - كتب - محمد السيد: ",
		"كتب - محمد السيد: @ (رويترز) - ",
		"@- الرأي- ",
		"@ - القدس العربي - ",
		"@ ـ (رويترز) ـ ",
		"@ ـ بترا ـ ",
		"@ - وكالات: ",
		"@ (وكالات) ",
		"@ - «الخليج»، وكالات: ",
		"@ (الاتحاد، وكالات) ",
		"@ (رويترز، أ ف ب) - ",
		"@ - تل أبيب: «الشرق الأوسط» ",
		"@ (فرانس24) - ",
		"@- عربي21- ",
		"@ - رويترز - ",
		"@ - أ ف ب: ",
		"@ - سكاي نيوز عربية ",
		"@ - أ ش أ\n",
		"كتب - محمد السيد\n",
		"@ - كتب - محمد السيد:\n",
		"كتب محمد السيد\nالأحد، 12 مارس 2023 10:30 ص\n",
		"سبق- @: ",
		"سبق - @\n",
		"@ (الاتحاد)\n",
		"جفرا نيوز - ",
		"الوكيل الإخباري - جلنار الراميني - ",
		"جفرا نيوز -\n",
		"@ - متابعات: ",
		"سواليف – رصد\n",
	}
	return openedWith(d, dealt(d.ID, forms))
}

// PlainText returns d as a plain-text archive keeps a story, and as one
// is pasted from an e-mail: its title on the first line, and its
// paragraphs, a line each in text, hard-wrapped at 70 characters, with no
// blank line between them or after the title; no title is given beside it.
func PlainText(d Document) Document {
	var rows []string
	if d.Title != "" {
		rows = append(rows, d.Title)
	}
	for _, l := range strings.Split(d.Text, "\n") {
		rows = append(rows, wrapped(l, 70)...)
	}
	d.Text, d.Title = strings.Join(rows, "\n"), ""
	return d
}

// RenderSoftBreaks returns text as WordPress serves a post whose
// paragraphs came hard-wrapped at 70 characters (pasted from an e-mail, a
// PDF or a wire's plain text): wpautop makes each blank line a paragraph's
// end and each other line break a <br />, so that each paragraph is a <p>
// of lines ending «<br />» and a newline, with '&', '<' and '>' escaped;
// headings are <h2>. Shown, the page is the text; the breaks fall
// where the line ran out of room, inside sentences.
func RenderSoftBreaks(text string) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/8)
	for _, l := range lines(text) {
		if l.heading {
			b.WriteString("<h2>")
			xmlEscape.WriteString(&b, l.text)
			b.WriteString("</h2>\n")
			continue
		}
		b.WriteString("<p>")
		for k, row := range wrapped(l.text, 70) {
			if k > 0 {
				b.WriteString("<br />\n")
			}
			xmlEscape.WriteString(&b, row)
		}
		b.WriteString("</p>\n")
	}
	return b.String()
}

// srtTime writes ms milliseconds as SubRip does: 00:01:02,500.
func srtTime(ms int) string {
	return fmt.Sprintf("%02d:%02d:%02d,%03d", ms/3600000, ms/60000%60, ms/1000%60, ms%1000)
}

// ttmlTime writes ms milliseconds as TTML's clock time: 00:01:02.500.
func ttmlTime(ms int) string {
	return fmt.Sprintf("%02d:%02d:%02d.%03d", ms/3600000, ms/60000%60, ms/1000%60, ms%1000)
}

// assTime writes ms milliseconds as ASS does, in hundredths: 0:01:02.50.
func assTime(ms int) string {
	return fmt.Sprintf("%d:%02d:%02d.%02d", ms/3600000, ms/60000%60, ms/1000%60, ms%1000/10)
}
