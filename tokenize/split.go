package tokenize

import (
	"bytes"
	"runtime"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/sync/errgroup"
)

// Span is the half-open byte range [Start, End) of a piece of the original
// text. Spans, not copies, travel through the pipeline so that the caller
// always gets back the exact surface text.
type Span struct {
	Start, End int
}

// In returns the piece of text the span covers.
func (s Span) In(text string) string { return text[s.Start:s.End] }

// Sentence is one unit of the text: a sentence, or a heading line.
type Sentence struct {
	Span
	// Heading marks a short line without final punctuation: a headline or a
	// sub-heading. Headings are never extracted into a summary.
	Heading bool
	// Line is the index of the non-blank line the unit comes from, counting
	// from 0. Units of one line share it; it tells paragraphs apart.
	Line int
}

// MaxHeadingWords is the longest line, in words, that can be a heading.
// The seed article's headline has 10 words; its sub-headings 3.
const MaxHeadingWords = 12

// Sentences splits text into sentences and headings, in document order.
//
// A sentence ends at . ! ? ؟ ۔ … and at every line break (\n, \r\n, \r,
// U+0085, U+2028, U+2029, \v, \f). A period does not end a sentence inside
// a number (3.5, 12.5.2024), after a single letter or a known abbreviation
// (د. أ.د. م. ق.م. U.S. Dr.), before a Latin letter or digit (example.com,
// e-mail addresses) or a site's domain in Arabic letters («العربية.نت»,
// «مصراوي.كوم»), or after a list number at the start of a line; an era
// letter after a year («عام 1783 م.») does end one. Two dots with more
// words after them on the line are a pause, as Arabic writers use them
// («اقتصاد قوي.. يوفر العمل…»); three are an ellipsis, which ends a sentence.
// A page's HTML may write the marks as entities: «&#8230;» and «&hellip;»
// (WordPress writes every «...» so) and «&#1567;» end a sentence as «…» and
// «؟» do, and a period ends one before «&nbsp;» as before a space, which is
// left out of the span (see EntityRune); a period written «&#46;» ends none.
// URLs are never split.
// Closing quotes and brackets after the final punctuation stay with their
// sentence. A comma, semicolon or colon after them («برنامج "ثروة أم
// مزيفة؟"، وقالت…») shows that the sentence goes on: the punctuation ended
// a quoted title or an aside. So does a word after a question or an
// exclamation mark that ends a quotation of at most eight words opened in
// the sentence («برنامج «من يربح المليون؟» طوال…», «"لماذا؟" يسأل
// نفسه»; see quotedTitle). A final mark inside brackets that close later
// on the line ends nothing when the sentence up to the closing bracket has
// at most MaxSentenceWords words: an aside («(وهو مسؤول رفيع. لم يذكر
// اسمه)») or a Quranic verse in its ornate brackets («﴿…يسرا. فإن…﴾»); see
// brackets. Spans are trimmed of surrounding white space
// and invisible format characters, and of commas and semicolons at their
// start; pieces without a letter or digit are dropped (tatweel, which
// draws rules «ـــــ», is no letter of its own).
// Hard-wrapped text, as plain-text archives and e-mail keep it, is
// unwrapped first: when most lines stop near one width of at most
// MaxWrapWidth characters without final punctuation, a break after such a
// full line does not end the sentence (see wrapWidth), and where the text
// parts its paragraphs by blank lines, a break after a sentence where the
// next word would not have fit ends the sentence but not its paragraph
// (Sentence.Line). In an HTML document
// (one that opens with «<!DOCTYPE html», «<html» or «<?xml»; see
// htmlDocument), a line break is white space, as a browser reads it: its
// lines end at block tags and blank lines, and a tag of ASCII alone goes
// on over a break, as Word's web page wraps its source at 80 characters;
// the text around its article gives no unit (see chrome), nor do the
// elements its classes name as no part of the story (see asides).
// A line that opens with a heading's mark, in Markdown («# …», «## …») or
// HTML («<h1>…</h1>»), is a heading at any length and whatever it ends
// with, and its marks are left out of its span (see markedHeading); so is
// a line over a rule of equals signs («=====»).
// The tag of a block («<p>», «</li>», «<br>», «<h2>»; see blockTag) ends
// a line as a break does: a page's HTML may hold a whole article on one
// line. A <br> after a full line of text hard-wrapped with <br>s does not,
// nor the line break after it (see softBreaks). Markup is the page's, not the text's: whole tags, HTML comments and
// templates («{{…}}», «{%…%}», see markup) at a sentence's edges are
// left out of its span, and a period inside a comment or a template ends
// nothing; so is Markdown emphasis around a sentence («**…**»). A page's
// scripts, style sheets and navigation give no unit (see rawText), nor do
// WordPress's media shortcodes in a post's source («[caption …]…[/caption]»,
// «[embed]…[/embed]»; see shortcodes), nor does a line of nothing but
// links, Markdown ones or HTML anchors (see linkOnly), or of nothing but
// when the story was published or updated (see dateLine).
// A Markdown file's front matter (see FrontMatter) gives no unit but its
// title, a heading on line 0; the body's lines are numbered after it.
//
// Invalid UTF-8 is kept in place and treated as a symbol.
func Sentences(text string) []Sentence {
	// A Markdown file's front matter is metadata, not text: only its
	// title is kept, as the first heading; the body is split on its own.
	from, line := 0, 0
	var out []Sentence
	if body, title, ok := FrontMatter(text); ok {
		from = body
		if title != (Span{}) {
			out = append(make([]Sentence, 0, (len(text)-from)/256+5), Sentence{Span: title, Heading: true})
			line = 1
		}
	}
	raw := mergeSpans(rawText(text, from), shortcodes(text, from))
	// An HTML document's source lines break where its writer's program
	// wrapped them (Word's web page at 80 characters, inside tags too):
	// its block tags end its lines.
	html := htmlDocument(text[from:])
	if html {
		around, kept := chrome(text, from, raw)
		raw = mergeSpans(raw, around)
		raw = mergeSpans(raw, asides(text, from, raw, kept))
	}
	raw, joins := softBreaks(text, from, raw, html)
	var wrap wrapping
	if !html {
		wrap = wrapWidth(text[from:])
	}
	shares := 1
	if wrap.width == 0 && len(text)-from >= parallelBytes {
		shares = runtime.GOMAXPROCS(0)
	}
	if shares == 1 {
		n := len(out)
		out, _ = splitLines(text, from, len(text), wrap, html, raw, joins, out)
		for k := n; k < len(out) && line > 0; k++ {
			out[k].Line += line
		}
		return labels(text, out)
	}
	// Lines that are not hard-wrapped are split each on its own, so a long
	// text is cut after line breaks into one share per core. Each share
	// numbers its lines from 0; they are renumbered in order after.
	cuts := make([]int, shares+1)
	cuts[0], cuts[shares] = from, len(text)
	for k := 1; k < shares; k++ {
		at := max(cuts[k-1], from+k*(len(text)-from)/shares)
		if html {
			// a block's tag or a script ends a line of HTML; a \n does not
			at = len(text)
			if k := sort.Search(len(raw), func(k int) bool { return raw[k].Start >= at }); k < len(raw) {
				at = raw[k].Start
			}
		} else {
			// a \n ends a line, alone or after \r, but after a soft
			// break's <br /> (see softBreaks) or a word that goes on (see
			// linkEnds)
			for {
				nl := strings.IndexByte(text[at:], '\n')
				if nl < 0 {
					at = len(text)
					break
				}
				at += nl + 1
				if linkEnds(strings.TrimSuffix(text[:at-1], "\r")) {
					continue // the line goes on in the next (see linkEnds)
				}
				if _, soft := slices.BinarySearch(joins, at-1); !soft {
					if _, soft = slices.BinarySearch(joins, at-2); !soft || text[at-2] != '\r' {
						break
					}
				}
			}
		}
		for _, r := range raw {
			if r.Start < at && at < r.End {
				at = r.End // a share starts where one core would go on
			}
		}
		cuts[k] = at
	}
	parts := make([][]Sentence, shares)
	lines := make([]int, shares)
	var g errgroup.Group
	for k := range shares {
		g.Go(func() error {
			parts[k], lines[k] = splitLines(text, cuts[k], cuts[k+1], wrapping{}, html, raw, joins, nil)
			return nil
		})
	}
	_ = g.Wait() // the shares return no error
	total := len(out)
	for _, p := range parts {
		total += len(p)
	}
	out = append(make([]Sentence, 0, total), out...)
	for k, p := range parts {
		for _, s := range p {
			s.Line += line
			out = append(out, s)
		}
		line += lines[k]
	}
	return labels(text, out)
}

// rawText returns the spans of text[from:] that the elements of rawNames
// take, their tags included: a page's code and chrome, over as many lines
// as they take, never its text. An element opens at «<script», «<style»,
// «<nav», «<button» or another of rawNames (any case) before '>', a blank
// or '/', and ends after its end tag; one that never closes is text («الوسم
// <script فتح الباب…»), and the search for that kind stops there, so that
// the cost stays linear. The tag of a block (see blockTag) is an empty
// span at its '<': it ends the line before it, as a line break does,
// since a page's HTML may hold a whole article on one line.
func rawText(text string, from int) []Span {
	var out []Span
	var unclosed [len(rawNames)]bool
	for i := from; ; {
		k := strings.IndexByte(text[i:], '<')
		if k < 0 {
			return out
		}
		i += k + 1
		if blockTag(text[i:]) {
			out = append(out, Span{i - 1, i - 1})
			continue
		}
		if i == len(text) || !rawFirst[text[i]|0x20] {
			continue // most tags: one lookup, no name compared
		}
		for n, name := range rawNames {
			if unclosed[n] || !hasPrefixFold(text[i:], name) {
				continue
			}
			if j := i + len(name); j < len(text) && text[j] != '>' && text[j] != '/' && !htmlSpace(text[j]) {
				continue
			}
			e := endTag(text, name, i+len(name))
			if e < 0 {
				unclosed[n] = true
				continue
			}
			out = append(out, Span{i - 1, e})
			i = e
			break
		}
	}
}

// shortcodes returns the spans of text[from:] that WordPress's media
// shortcodes take, as a post's source holds them (its post_content, which
// an export or the REST API's raw content gives): a photo's «[caption
// …]<img …> caption[/caption]», «[embed]address[/embed]», «[video …]»,
// «[audio …]», «[playlist …]» and «[gallery …]», each with what it
// encloses up to its closing tag, if one comes. A caption was a sentence
// of the story, and an address split at its '?' two. A shortcode's name
// is one of shortcodeNames, lower case, and ends at ']', '/' or a blank;
// its tag closes on its line, before another '['. «[[caption]]» is
// WordPress's way to write the tag as text, and is text. A name whose
// closing tag never comes is not searched for again, so the cost stays
// linear.
func shortcodes(text string, from int) []Span {
	var out []Span
	var unclosed [len(shortcodeNames)]bool
	for i := from; ; {
		k := strings.IndexByte(text[i:], '[')
		if k < 0 {
			return out
		}
		i += k + 1
		if i == len(text) || !shortcodeFirst[text[i]] || i >= 2 && text[i-2] == '[' {
			continue
		}
		for n, name := range shortcodeNames {
			j := i + len(name)
			if !strings.HasPrefix(text[i:], name) || j == len(text) || text[j] != ']' && text[j] != '/' && text[j] != ' ' && text[j] != '\t' {
				continue
			}
			e := strings.IndexAny(text[j:], "[]\n\r")
			if e < 0 || text[j+e] != ']' {
				break
			}
			end := j + e + 1
			if !unclosed[n] {
				if c := strings.Index(text[end:], "[/"+name+"]"); c >= 0 {
					end += c + len(name) + 3
				} else {
					unclosed[n] = true
				}
			}
			out = append(out, Span{i - 1, end})
			i = end
			break
		}
	}
}

// shortcodeNames are WordPress's own shortcodes for media, whose text is
// no part of the story (see shortcodes); shortcodeFirst marks their first
// letters.
var (
	shortcodeNames = [...]string{"caption", "wp_caption", "embed", "video", "audio", "playlist", "gallery"}
	shortcodeFirst = func() (t [256]bool) {
		for _, name := range shortcodeNames {
			t[name[0]] = true
		}
		return t
	}()
)

// blockTag reports whether rest, what follows a '<', is the start or end
// tag of an element that stands on lines of its own in a page (a
// paragraph, a heading, a list's item, a table's cell, a line break, the
// page's title): «p>», «/p>», «h2 class=…», «br/», «li». Inline elements
// («b», «a», «span») go on in their line.
func blockTag(rest string) bool {
	if rest != "" && rest[0] == '/' {
		rest = rest[1:]
	}
	n := 0
	var name [10]byte
	for n < len(rest) && n < len(name) && (asciiLetter(rest[n]) || '1' <= rest[n] && rest[n] <= '6') {
		name[n] = rest[n] | 0x20 // lower case; digits keep theirs
		n++
	}
	if n == 0 || n == len(name) {
		return false
	}
	if n < len(rest) && rest[n] != '>' && rest[n] != '/' && !htmlSpace(rest[n]) {
		return false // «<param», «<pre-x», «<p\v>» (see htmlSpace)
	}
	switch string(name[:n]) {
	case "p", "br", "hr", "div", "h1", "h2", "h3", "h4", "h5", "h6",
		"ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
		"blockquote", "pre", "section", "article", "header", "footer", "aside", "main", "figure",
		"title", "head", "body", "html", "form", "fieldset", "legend", "details", "summary", "address":
	default:
		return false
	}
	// The tag closes before another opens, on its line or, ASCII alone,
	// on a later one (see tagClose): «<p فتح» is text.
	return tagClose(rest[n:]) > 0
}

// rawNames are the elements whose content is the page's, not the text's:
// code, a style sheet, the site's navigation, the message for browsers
// that run no scripts, a photo's caption (a sentence of its own, it came
// before the lead as the summary's first), the labels of buttons and of a
// list to choose from («القائمة», "menu", a page's first line, was its
// title), an icon's words, a template the page fills in, a frame's text
// for browsers without frames, and a dialog (a newsletter's or a cookie
// notice's).
var rawNames = [...]string{"script", "style", "nav", "noscript", "figcaption", "button", "select", "svg", "template", "iframe", "dialog"}

// rawFirst marks the first letters of rawNames, lower case.
var rawFirst = func() (t [256]bool) {
	for _, name := range rawNames {
		t[name[0]] = true
	}
	return t
}()

// endTag returns where the first «</name>» in text[i:] ends (after its
// '>', or after the name when no '>' follows it but blanks), or -1. The
// name must end there: «</navbar-brand>» or «</scripts>» (in a string of
// the script) are other elements' tags, and ended the nav or the script
// early, leaving the rest of it as text.
func endTag(text, name string, i int) int {
	for {
		k := strings.Index(text[i:], "</")
		if k < 0 {
			return -1
		}
		i += k + 2
		if hasPrefixFold(text[i:], name) && (i+len(name) == len(text) || !tagNameByte(text[i+len(name)])) {
			j := i + len(name)
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r') {
				j++
			}
			if j < len(text) && text[j] == '>' {
				return j + 1
			}
			return i + len(name)
		}
	}
}

// tagNameByte reports whether c goes on a tag's name: a byte of an XML
// name of ASCII (nameByte: custom elements' «-»), a namespace's «:», or a
// byte of a non-ASCII letter, as HTML's tokenizer reads a name up to a
// blank, '/' or '>'. ('<' ends it here too: «</script<p>» ends the script.)
func tagNameByte(c byte) bool {
	return nameByte(c) || c == ':' || c >= 0x80
}

// hasPrefixFold reports whether s starts with the ASCII prefix, in any
// case. (For an ASCII prefix, EqualFold of as many bytes can only match
// ASCII: a rune that folds to an ASCII letter, ſ or K, takes more bytes.)
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// parallelBytes is the shortest text that is split by several goroutines.
const parallelBytes = 32 << 10

// splitLines appends the units of the lines of text that start in
// [from, to) to out, numbering the lines from 0, and returns the number of
// lines that gave a unit. wrap is wrapWidth's; raw are
// rawText's spans, which give no unit and end the line before them. In an
// HTML document (html), a line goes on past its break, up to a raw span or
// a blank line; elsewhere, past the breaks at joins (softBreaks's).
func splitLines(text string, from, to int, wrap wrapping, html bool, raw []Span, joins []int, out []Sentence) ([]Sentence, int) {
	if out == nil {
		// A sentence of news is some 250 bytes of Arabic: room for that
		// many spares most of the copying as out grows.
		out = make([]Sentence, 0, (to-from)/256+4)
	}
	line := 0
	r := 0 // the first of raw that ends after start
	// A Quranic verse's ornate brackets are looked for once, over the
	// whole text: splitLine does not stop at their first byte, with which
	// Arabic in presentation forms, as some PDFs give it, opens every
	// letter (see brackets).
	verses := strings.Contains(text[from:to], asideOpeners[1])
	// The end of the line found last, from lineStart: a line that scripts
	// cut into many pieces is searched for its end once, not from each.
	lineStart, lineStop, lineNext := -1, -1, -1
	// In text wrapped twice, the characters of the last line of the unit
	// before, where it is full, and where the line after it starts: a
	// remainder of the first wrap may open a unit (see rejoins).
	fullBefore, afterFull := 0, -1
	for start := from; start < to; {
		for r < len(raw) && raw[r].End <= start {
			r++
		}
		if r < len(raw) && raw[r].Start <= start {
			start = raw[r].End
			continue
		}
		if start < lineStart || start > lineStop {
			lineStart = start
			lineStop, lineNext = lineEnd(text, start)
		}
		end, next := lineStop, lineNext
		if r < len(raw) && raw[r].Start < end {
			end, next = raw[r].Start, raw[r].Start
		}
		if sp, rest, ok := markedHeading(text, start, end); ok {
			if sp.Start < sp.End {
				out = append(out, Sentence{Span: sp, Heading: true, Line: line})
				line++
			}
			if rest == end {
				start = next
				continue
			}
			start = rest // the page's HTML goes on after the heading's end tag
		}
		if next < len(text) && text[next] == '=' {
			// A line over a rule of equals signs is a Markdown heading
			// (Setext's, as Jina Reader writes a page's headline), at any
			// length and whatever it ends with; the rule is no unit.
			if e, n := lineEnd(text, next); underline(text[next:e]) {
				if sp, ok := trim(text, start, end); ok {
					out = append(out, Sentence{Span: sp, Heading: true, Line: line})
					line++
				}
				start = n
				continue
			}
		}
		// In an HTML document a line goes on past its break; elsewhere,
		// past a break after a <br /> where the line ran out of room (see
		// softBreaks). Either way, up to a raw span or a blank line.
		for len(joins) > 0 && joins[0] < end {
			joins = joins[1:]
		}
		for end == lineStop && next < to && (html || len(joins) > 0 && joins[0] == end) {
			if !html {
				joins = joins[1:]
			}
			e, n := lineEnd(text, next)
			if strings.TrimSpace(text[next:e]) == "" {
				break
			}
			if r < len(raw) && raw[r].Start < e {
				end, next = raw[r].Start, raw[r].Start
				break
			}
			end, next, lineStart, lineStop, lineNext = e, n, next, e, n
		}
		// before is the characters of the line before last where that one
		// is full, 0 where it is not or there is none: see rejoins.
		before := 0
		if start == afterFull {
			before = fullBefore
		}
		last := start
		for next < len(text) && (wrap.width > 0 && (wrap.goesOn(text[last:end], text[next:]) || wrap.parted && ranOut(text[last:end], text[next:], wrap.width) ||
			wrap.indents && !indent(text[next:]) && (last > start || indent(text[last:end])) && unended(strings.TrimSpace(text[last:end])) ||
			before > 0 && wrap.rejoins(before, text[last:end], text[next:])) &&
			!(last == start && len(out) == 0 && restates(text[start:end], text[next:])) ||
			!html && next < to && linkEnds(text[:end]) && opensRest(text[next:])) {
			// A full-width line without final punctuation goes on in the
			// next line (see goesOn), unless that one is blank, a rule or
			// a marked heading, up to a raw span in it (a paragraph's end
			// tag after a line of a post hard-wrapped with <br />s; see
			// softBreaks), and not past one that opens it. So does a
			// line that ran out of room after a sentence's end, where
			// blank lines part the paragraphs (see ranOut). In text that
			// indents its paragraphs (see wrapWidth), so does a shorter
			// one that is part of a paragraph, its first line or one
			// after, when the next is not indented: the text's first
			// line, which opens no paragraph by its indent, may be its
			// headline; and the text's first line, where it restates the
			// sentence it would open, is its headline, however it fills
			// its line (see restates). In any text but a page's HTML, whose
			// lines go on past their breaks already, a line that ends with a
			// word no sentence ends with goes on in the next where that one
			// opens with a letter or a figure (see linkEnds and opensRest),
			// however wide each is: a headline broken in two, a paragraph
			// broken where no width says so, as an editor or a PDF breaks
			// them.
			e, n := lineEnd(text, next)
			if _, _, marked := markedHeading(text, next, e); marked || strings.TrimSpace(text[next:e]) == "" || isRule(text[next:e]) {
				break
			}
			if r < len(raw) && raw[r].Start < e {
				if raw[r].Start > next {
					end, next = raw[r].Start, raw[r].Start
				}
				break
			}
			before = wrap.fullLine(text[last:end])
			last, end, next = next, e, n
		}
		if wrap.outer > 0 {
			// the unit's last line, for the unit that the next line opens
			fullBefore, afterFull = wrap.fullLine(text[last:end]), next
		}
		n := len(out)
		out = splitLine(text, start, end, line, verses, out)
		if len(out) > n && (linkOnly(text, start, end) || readMore(text[start:end]) || len(out) == n+1 && (dateLine(out[n].In(text)) ||
			breadcrumbLine(out[n].In(text)) && strings.TrimSpace(text[start:end]) == out[n].In(text))) {
			out = out[:n] // a page's navigation, a list of other stories, a teaser, a share bar, a date, a breadcrumb trail
		}
		if len(out) > n+1 && ellipsisHeadline(text, out[n:]) {
			out[n].End = out[len(out)-1].End
			out = out[:n+1]
		}
		if len(out) == n+1 && (isHeading(text, out[n].Span) || captionLine(out[n].In(text)) || asideLine(out[n].In(text))) {
			out[n].Heading = true
		} else if len(out) > n && ticker(text[start:end]) {
			out = out[:n] // a ticker's headlines, read as sentences
		}
		if len(out) > n {
			line++
		}
		start = next
	}
	return out, line
}

// chrome returns the spans of the HTML document text[from:] around its
// article: the page's banners, menus, asides and footer, which give no
// unit. The article is the <article> element (outside any other) that
// holds the most text, or else the <main> one, and only one that holds
// a quarter of the page's text or more (its bytes outside ASCII, which in
// an Arabic page are its letters, outside raw spans): a site that puts
// only the headline in <article> keeps its body. A cookie banner above the
// article («نستخدم ملفات تعريف الارتباط…», "we use cookies…") was a saved
// page's first summary sentence.
//
// It also returns the text that is left (see textBytes), when it counted
// it, and -1 when the page has neither element, so that asides need not
// count the page again.
func chrome(text string, from int, raw []Span) (around []Span, kept int) {
	for _, name := range [...]string{"article", "main"} {
		best, most := Span{}, 0
		for _, e := range elements(text, from, raw, name) {
			if n := textBytes(text, e.Start, e.End, raw); n > most {
				best, most = e, n
			}
		}
		if most == 0 {
			continue
		}
		if total := textBytes(text, from, len(text), raw); 4*most < total {
			return nil, total
		}
		if best.Start > from {
			around = append(around, Span{from, best.Start})
		}
		if best.End < len(text) {
			around = append(around, Span{best.End, len(text)})
		}
		return around, most
	}
	return nil, -1
}

// asides returns the spans of the elements of the HTML document
// text[from:] that its own class or id names as no part of the story: a
// cookie notice, a share bar, a newsletter's or an advertisement's box,
// comments, breadcrumbs, related stories, a sidebar, a photo's caption or
// credit, as <figcaption>'s (asideWords), tags included. A page without
// <article> keeps them in its text, and a cookie notice above the story
// was its summary's first sentence. A word must be a whole part of the
// name («share-tools», not «shadow»), and a name that also says the
// story's («article-content share-enabled», storyWords) is kept. An
// element that never closes is text, and so is one that holds half the
// page's text or more: that is the story, whatever its name says; what is
// inside it is looked at. An empty element («<img class="share-icon">»,
// «<hr class=ad />») names nothing to leave out. The search for elements'
// ends reads twice the text at most, then stops, and a name whose element
// never closes is not searched for again: a story in a thousand nested
// boxes named «ad» is read in linear time.
//
// total is the page's text outside raw, or -1 for not counted yet: it is
// counted once an element is found.
func asides(text string, from int, raw []Span, total int) []Span {
	var out []Span
	var unclosed map[string]bool     // names of elements that never close
	budget := 2 * (len(text) - from) // bytes closeOf may read
	r := 0
	for i := from; ; {
		lt := tagAt(text, i, raw, &r)
		if lt < 0 {
			break
		}
		i = lt + 1
		n := htmlName(text[i:])
		if n == 0 {
			continue
		}
		e := tagClose(text[i:])
		if e == 0 || text[i+e-2] == '/' || !asideTag(text[i+n:i+e]) {
			continue // «<hr class=ad />» holds nothing
		}
		name := strings.ToLower(text[i : i+n])
		if voidElements[name] || unclosed[name] {
			continue
		}
		end := closeOf(text, i+e, name, raw)
		if end < 0 {
			// Text, and so is any later one of that name: it is not
			// searched for again.
			if unclosed == nil {
				unclosed = map[string]bool{}
			}
			unclosed[name] = true
			if budget -= len(text) - (i + e); budget < 0 {
				break
			}
			continue
		}
		if budget -= end - lt; budget < 0 {
			break
		}
		if total < 0 {
			total = textBytes(text, from, len(text), raw)
		}
		if 2*textBytes(text, lt, end, raw) >= total {
			i += e
			continue
		}
		out = append(out, Span{lt, end})
		i = end
	}
	return out
}

// htmlName returns the length of the tag's name that opens rest, what
// follows a '<': an ASCII letter and what follows it up to HTML's white
// space, a '/' or a '>' («amp-ad», «social-share»: a custom element's name
// goes on past its hyphen), or 0 for none or one longer than 32 bytes.
func htmlName(rest string) int {
	if rest == "" || !asciiLetter(rest[0]) {
		return 0
	}
	for n := 1; n < len(rest) && n <= 32; n++ {
		if c := rest[n]; htmlSpace(c) || c == '/' || c == '>' || c == '<' {
			return n
		}
	}
	return 0
}

// voidElements are HTML's elements that hold nothing and have no end tag:
// «<img class="social-icon">» names no part of the page to leave out.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true, "input": true,
	"link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}

// asideTag reports whether the attributes of a start tag hold a class or
// an id that names the element as no part of the story (see asides).
func asideTag(attrs string) bool {
	aside := false
	for _, attr := range [...]string{"class", "id"} {
		for _, w := range strings.FieldsFunc(strings.ToLower(quotedAttr(attrs, attr)), func(r rune) bool {
			return !('a' <= r && r <= 'z')
		}) {
			switch {
			case storyWords[w]:
				return false
			case asideWords[w]:
				aside = true
			}
		}
	}
	return aside
}

// asideWords name a page's parts that are not its story, as sites name
// them in class and id (the words Readability looks for, fewer, and a
// photo's caption's and credit's, which <figcaption> leaves out); storyWords
// name the story's own.
var (
	asideWords = map[string]bool{
		"cookie": true, "cookies": true, "consent": true, "gdpr": true, "newsletter": true, "subscribe": true,
		"subscription": true, "popup": true, "modal": true, "advert": true, "advertisement": true, "ads": true,
		"ad": true, "sponsor": true, "sponsored": true, "share": true, "sharing": true, "social": true,
		"breadcrumb": true, "breadcrumbs": true, "comment": true, "comments": true, "promo": true, "related": true,
		"sidebar": true, "widget": true, "footer": true, "caption": true, "credit": true,
	}
	storyWords = map[string]bool{
		"article": true, "body": true, "content": true, "main": true, "story": true, "text": true, "entry": true,
		"post": true,
	}
)

// quotedAttr returns the value of the attribute name in attrs, the inside
// of a start tag after its name: quoted, up to the closing quote, or
// bare, up to a blank; "" when there is none.
func quotedAttr(attrs, name string) string {
	for i := 0; ; {
		k := indexFold(attrs[i:], name)
		if k < 0 {
			return ""
		}
		if at := i + k; at > 0 && !(attrs[at-1] < utf8.RuneSelf && isSpace(rune(attrs[at-1]))) {
			i = at + len(name) // «data-id», «subclass»
			continue
		}
		i += k + len(name)
		v := strings.TrimLeft(attrs[i:], " \t\r\n")
		if !strings.HasPrefix(v, "=") {
			continue
		}
		v = strings.TrimLeft(v[1:], " \t\r\n")
		if v != "" && (v[0] == '"' || v[0] == '\'') {
			if end := strings.IndexByte(v[1:], v[0]); end >= 0 {
				return v[1 : 1+end]
			}
			return ""
		}
		end := strings.IndexAny(v, " \t\r\n>/")
		if end < 0 {
			end = len(v)
		}
		return v[:end]
	}
}

// closeOf returns the end of the end tag «</name>» that closes the element
// of that name whose start tag ends at i, counting the elements of that
// name inside it, their tags outside raw spans; -1 when none does.
func closeOf(text string, i int, name string, raw []Span) int {
	depth := 1
	r := sort.Search(len(raw), func(k int) bool { return raw[k].End > i })
	for {
		lt := tagAt(text, i, raw, &r)
		if lt < 0 {
			return -1
		}
		closing, end, ok := namedTag(text, lt, name)
		if !ok {
			i = lt + 1
			continue
		}
		i = end
		if !closing {
			if text[i-2] != '/' { // «<div/>» holds nothing
				depth++
			}
			continue
		}
		if depth--; depth == 0 {
			return i
		}
	}
}

// tagAt returns where the first '<' of text[i:] outside the raw spans is,
// or -1; *r is the first of raw that ends after it, kept between calls so
// that raw is walked once.
func tagAt(text string, i int, raw []Span, r *int) int {
	for {
		k := strings.IndexByte(text[i:], '<')
		if k < 0 {
			return -1
		}
		i += k
		for *r < len(raw) && raw[*r].End <= i {
			*r++
		}
		if *r < len(raw) && raw[*r].Start <= i && i < raw[*r].End {
			i = raw[*r].End // a script's «"<article"» is no tag
			continue
		}
		return i
	}
}

// namedTag reports whether the '<' at lt opens a start or an end tag of
// the element name («<article …>», «</ARTICLE>»; not «<articles») that
// closes (see tagClose), whether it is the end tag, and where it ends.
func namedTag(text string, lt int, name string) (closing bool, end int, ok bool) {
	i := lt + 1
	closing = i < len(text) && text[i] == '/'
	at := i
	if closing {
		at++
	}
	j := at + len(name)
	if !hasPrefixFold(text[at:], name) || j < len(text) && text[j] != '>' && text[j] != '/' && !htmlSpace(text[j]) {
		return false, 0, false
	}
	e := tagClose(text[i:])
	if e == 0 {
		return false, 0, false
	}
	return closing, i + e, true
}

// htmlSpace reports whether c is white space to HTML, which ends a tag's
// name: tab, line feed, form feed, carriage return and space. \v is not:
// a browser reads «<main\v>» as an element named «main\v», not <main>.
func htmlSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// elements returns the spans of the elements named name in text[from:]
// that sit in no other of that name, tags included, their tags outside
// raw spans: from a start tag «<name …>» (any case) to the end of the end
// tag «</name>» that closes it, or to the text's end. A tag that does not
// close (see tagClose) is none. Each byte is read twice at most.
func elements(text string, from int, raw []Span, name string) []Span {
	var out []Span
	depth, start := 0, 0
	r := 0
	for i := from; ; {
		lt := tagAt(text, i, raw, &r)
		if lt < 0 {
			break
		}
		closing, end, ok := namedTag(text, lt, name)
		if !ok {
			i = lt + 1
			continue
		}
		i = end
		switch {
		case !closing:
			if depth == 0 {
				start = lt
			}
			depth++
		case depth > 0:
			if depth--; depth == 0 {
				out = append(out, Span{start, i})
			}
		}
	}
	if depth > 0 {
		out = append(out, Span{start, len(text)})
	}
	return out
}

// textBytes counts the bytes outside ASCII in text[lo:hi], outside the
// raw spans: in an Arabic page, its letters, not its markup or code. The
// raw spans before lo are passed over by a binary search, so that the
// elements of a page are counted in one pass, however many they are.
func textBytes(text string, lo, hi int, raw []Span) int {
	n := 0
	k := sort.Search(len(raw), func(k int) bool { return raw[k].End > lo })
	for _, sp := range raw[k:] {
		if sp.Start >= hi {
			break
		}
		if sp.Start == sp.End {
			continue
		}
		n += nonASCII(text[lo:max(lo, sp.Start)])
		lo = max(lo, sp.End)
	}
	if lo < hi {
		n += nonASCII(text[lo:hi])
	}
	return n
}

func nonASCII(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			n++
		}
	}
	return n
}

// htmlDocument reports whether text is an HTML document: past blanks and
// a byte order mark it opens with «<!DOCTYPE html», «<html» or «<?xml»
// (any case), as a saved or fetched page and Word's web page do. A page's
// body alone («<p>…</p>», from a CMS) is not one: it may be Markdown with
// tags in it, whose line breaks end lines.
func htmlDocument(text string) bool {
	text = strings.TrimLeft(text, " \t\r\n\ufeff")
	return hasPrefixFold(text, "<!doctype html") || hasPrefixFold(text, "<html") || hasPrefixFold(text, "<?xml")
}

// softBreaks returns raw without the spans of the <br>s that break a line
// where it ran out of room, not where a sentence or a heading ends: text
// typed or pasted hard-wrapped (from an e-mail, a PDF, a wire's plain
// text) into a CMS, which WordPress serves with a <br /> at each line's end
// (wpautop). Each <br> ended its line, so each full line was a fragment and
// each of 12 words or fewer a heading. As wrapWidth does for text, the
// lines that end at a <br> (from the line's start: the last raw span or,
// outside an HTML document, the last line break) are looked for a width:
// at least 3 of them, and 40% of all, full (3/4 of the widest or more, of
// 40 to MaxWrapWidth characters, tags not counted) and without final
// punctuation. Then a <br> after such a full line goes on to the next one,
// unless that one is blank or another break, and so does a <br> after a
// sentence's final mark where the next line's first word would not have
// fit on its line (see fitsAfter): the sentence ends there, its paragraph
// (Sentence.Line) does not. A short line before a <br>
// («<b>القاهرة - خاص</b><br>», a sub-heading) still ends there, and so do
// all lines of a page whose <br>s part paragraphs (wider than
// MaxWrapWidth). Outside an HTML document, where a line break ends a
// line, the break right after such a <br> (WordPress writes «<br />» and
// a newline) goes on too: joins are the offsets of those breaks, in order.
func softBreaks(text string, from int, raw []Span, html bool) ([]Span, []int) {
	type line struct {
		k    int  // the <br>'s span in raw
		n    int  // its characters, tags not counted
		open bool // without final punctuation
	}
	var lines []line
	widest := 0
	for k, r := range raw {
		if r.Start != r.End || !hasPrefixFold(text[r.Start:], "<br") || len(text) > r.Start+3 && asciiLetter(text[r.Start+3]) {
			continue // not a <br>: another block's tag, a script, the chrome
		}
		start := from
		if k > 0 {
			start = max(start, raw[k-1].End)
		}
		if !html {
			if nl := strings.LastIndexByte(text[start:r.Start], '\n'); nl >= 0 {
				start += nl + 1
			}
		}
		lo, hi := narrow(text, start, r.Start)
		n := visibleRunes(text, lo, hi)
		if n == 0 {
			continue
		}
		if n > MaxWrapWidth {
			return raw, nil // <br>s that part paragraphs, not lines
		}
		widest = max(widest, n)
		lines = append(lines, line{k, n, !isTerminator(FinalMark(text[lo:hi]))})
	}
	open := 0
	for _, l := range lines {
		if l.open && full(l.n, widest) {
			open++
		}
	}
	if !wrappedLines(len(lines), open, widest) {
		return raw, nil
	}
	out := make([]Span, 0, len(raw))
	var joins []int
	drop := 0 // lines[drop:] are the <br>s not yet passed
	for k, r := range raw {
		for drop < len(lines) && lines[drop].k < k {
			drop++
		}
		if drop < len(lines) && lines[drop].k == k {
			l := lines[drop]
			if (l.open && full(l.n, widest) || !l.open && !fitsAfter(text, r.Start, l.n, widest)) && goesOnAfterBreak(text, r.Start, raw[k+1:]) {
				if !html {
					// the line break after the tag, if any, goes on too
					i := r.Start + max(TagLen(text[r.Start:]), 1)
					for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
						i++
					}
					if i < len(text) && (text[i] == '\n' || text[i] == '\r') {
						joins = append(joins, i)
					}
				}
				continue
			}
		}
		out = append(out, r)
	}
	return out, joins
}

// fitsAfter reports whether the first word after the <br> at i would have
// fit on the line before it, of n characters, in text wrapped at width:
// where it would not, the line ran out of room and the break is a wrap,
// even after a sentence's final mark; where it would, the writer broke the
// line there.
func fitsAfter(text string, i, n, width int) bool {
	i += max(TagLen(text[i:]), 1)
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
		i++
	}
	w := 0
	for _, c := range text[i:] {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '<' {
			break
		}
		w++
	}
	return n+1+w <= width
}

// goesOnAfterBreak reports whether the <br> at i is followed by a line of
// text: not by white space up to the next raw span (another <br>, a
// paragraph's end tag) or the text's end.
func goesOnAfterBreak(text string, i int, rest []Span) bool {
	end := len(text)
	if len(rest) > 0 {
		end = rest[0].Start
	}
	i += max(TagLen(text[i:end]), 1)
	lo, hi := narrow(text, i, end)
	return visibleRunes(text, lo, hi) > 0
}

// visibleRunes counts the characters of text[i:j] outside its tags.
func visibleRunes(text string, i, j int) int {
	n := 0
	for i < j {
		if text[i] == '<' {
			if k := markLen(text, i, j); k > 0 {
				i += k
				continue
			}
		}
		_, size := utf8.DecodeRuneInString(text[i:j])
		i += size
		n++
	}
	return n
}

// MaxWrapWidth is the widest line, in characters, that hard-wrapped text
// is looked for at. Wider lines are paragraphs as written.
const MaxWrapWidth = 120

// wrapWidth returns how text is hard-wrapped: the width it is wrapped at,
// or 0 when it is not: it has at least 4 non-blank lines, the longest of
// 40 to MaxWrapWidth characters, and at least 3 lines, and 40% of all,
// that are full (3/4 of that width or more) and end without final
// punctuation.
// Where blank lines part its paragraphs (below), 40% of the lines that
// another line follows will do: paragraphs of one line end where they end,
// wrapped or not. Where neither holds, as in news of paragraphs of one or
// two lines without blank lines between them, lines broken where a
// program that wraps them breaks will (see brokenLines). A rule (see
// isRule) is no line of the text: it parts it as a blank line does. A
// first line wider than the rest by more than wrapSlack is a headline
// the program did not wrap, and no measure of the width, where the rest
// break as a program breaks them at their width and not at its.
//
// It also reports whether such text indents its paragraphs, as typed
// archives and wire copy keep them: 3 of its lines or more open with a
// space, a tab or a no-break space, and none comes after a full line that
// goes on (see goesOn), where an indent opens no paragraph: each comes
// first, after a blank line, after a line that ends a sentence, or after
// a short one without a final mark, a sub-heading. In such text a line
// that is not indented goes on the sentence of the line before it,
// however short that one is (see splitLines): the program that wrapped it
// broke some lines early, before a number or a name it kept whole
// (EASC's texts hold «…شاركت في استبانات الدراسة» over «5.7 أشخاص…», a
// heading's length and shape). An indented line after a full one that
// ends in a comma («…قادمة لا ريب ،») shows indents that do not tell
// paragraphs, and text with one is not read by them.
//
// It reports whether the text's lines break where a program that wraps
// them breaks (tight, see brokenLines), so that a full line that stops
// short of that is a writer's: a headline above the story, which went on
// into its first sentence (see goesOn).
//
// And it reports whether such text parts its paragraphs by blank lines, as
// e-mail does: more of its short lines that end a sentence, each a
// paragraph's last, come before a blank line than before a line of text.
// In such text a line that ends a sentence where the next line's first
// word would not have fit on it ran out of room (see ranOut): the sentence
// ends, but its paragraph goes on into that line. Where paragraphs follow
// one another without a blank line, such a line may be a paragraph's last,
// and it ends the paragraph (see TestHardWrappedKeepParagraph).
func wrapWidth(text string) wrapping {
	lines, widest := 0, 0
	first, body := 0, 0 // the first line's characters, and where the next starts
	for start := 0; start < len(text); {
		end, next := lineEnd(text, start)
		line := strings.TrimSpace(text[start:end])
		if len(line) > utf8.UTFMax*MaxWrapWidth {
			return wrapping{} // more characters than MaxWrapWidth, without counting them
		}
		if n := runeCount(line); n > 0 && !isRule(line) {
			if lines == 0 {
				first, body = n, next
			} else {
				widest = max(widest, n)
			}
			lines++
			if max(first, widest) > MaxWrapWidth {
				return wrapping{}
			}
		}
		start = next
	}
	if first > widest+wrapSlack {
		// A headline wider than the story's lines, which the program did
		// not wrap: the story's lines break where a program breaks them
		// at their own width, and not at the headline's. The headline goes
		// on in nothing (see goesOn). A story's first line that is its
		// widest by chance breaks where the program does at its width.
		if story := wrappedAt(text, body, widest, lines-1); story.tight && !wrappedAt(text, body, first, lines-1).tight {
			return story
		}
	}
	return wrappedAt(text, 0, max(first, widest), lines)
}

// wrappedAt is wrapWidth's reading of text[from:], of lines non-blank
// lines, at width, the widest line's characters.
func wrappedAt(text string, from, width, lines int) wrapping {
	if lines < 4 || width < 40 {
		return wrapping{} // short lines are a list or verse, not wrapped prose
	}
	open, indented, inner := 0, 0, 0
	breaks, early := 0, 0         // lines without a final mark before a line of text: where its first word would not have fit; full ones where it would
	blankAfter, textAfter := 0, 0 // lines after a short one that ends a sentence
	// the line before: whether it holds text (not after a blank line or
	// a rule), its characters, and whether it ends without a final mark
	wasText, wasN, wasUnended := false, 0, false
	// Remainders of a first wrap (see rejoins): short lines without a
	// final mark, each after a full one that its first word would not fit
	// on, and before a line of text. Each and the line before make a line
	// of the first wrap, of joined characters, that ran out of room there:
	// the first wrap's width is joined or more, and less than joined+1+the
	// next line's first word (wrapSlack more, see rejoins). ends counts the
	// remainders whose room starts and stops at each width (a difference
	// array), so that the width most of them agree on is found, whatever a
	// few lines that only look like remainders (a sub-heading, a
	// paragraph's last without a final mark) say. wasJoined is joined for
	// the line before, 0 where that is no remainder.
	var ends [MaxWrapWidth + 2]int32
	wasJoined, remainders := 0, 0
	for start := from; start < len(text); {
		end, next := lineEnd(text, start)
		line := strings.TrimSpace(text[start:end])
		if isRule(line) {
			line = "" // a rule parts the text as a blank line does
		}
		n, isUnended := 0, false
		if line != "" {
			n, isUnended = runeCount(line), unended(line)
		}
		if wasJoined > 0 && line != "" {
			remainders++
			ends[wasJoined]++
			ends[min(wasJoined+1+firstWordLen(line)+wrapSlack, len(ends)-1)]--
		}
		joined := 0
		if wasText && line != "" && !full(n, width) && isUnended && full(wasN, width) && wasN+1+n <= MaxWrapWidth && wasN+1+firstWordLen(line) > width {
			joined = wasN + 1 + n
		}
		if wasText && line != "" {
			inner++
			if wasUnended {
				switch {
				case wasN+1+firstWordLen(line) > width:
					breaks++
				case full(wasN, width):
					early++
				}
			}
		}
		if wasText && !wasUnended && !full(wasN, width) {
			if line == "" {
				blankAfter++
			} else {
				textAfter++
			}
		}
		if line != "" && full(n, width) && isUnended {
			open++
		}
		if line != "" && indented >= 0 && indent(text[start:end]) {
			indented++
			if wasText && full(wasN, width) && wasUnended {
				indented = -1
			}
		}
		wasText, wasN, wasUnended, wasJoined = line != "", n, isUnended, joined
		start = next
	}
	parted := blankAfter > textAfter
	tight := brokenLines(breaks, early)
	if !wrappedLines(lines, open, width) && !(parted && wrappedLines(inner, open, width)) && !tight {
		return wrapping{}
	}
	// the width that the rooms of the most remainders hold, the least of
	// those widths; swept only where there are remainders enough to tell
	outer := 0
	if rewrapped(remainders, open) {
		most := int32(0)
		for w, in := 0, int32(0); w < len(ends); w++ {
			if in += ends[w]; in > most {
				outer, most = w, in
			}
		}
		if !rewrapped(int(most), open) {
			outer = 0
		}
	}
	return wrapping{width: width, indents: indented >= 3, parted: parted, tight: tight, outer: outer}
}

// rewrapped reports whether a text hard-wrapped at one width, open of
// whose lines are full and end without a final mark, was wrapped at a
// wider one first: 3 of its lines or more, and one for every 4 open ones,
// are remainders of the first wrap's lines that agree on its width (see
// rejoins). In text wrapped once, such a line is a sub-heading, a
// paragraph's last without a final mark, or a break a program made early:
// one text of the 3,023 dev news texts wrapped at 70 characters, and one
// wrapped at 80, has enough of them, and none of EASC's 77 wrapped at 80;
// of the same news texts wrapped at 80 and then at 70, 76 and 72, or 100
// and 64, at least 2,979 have (and each of EASC's).
func rewrapped(remainders, open int) bool {
	return remainders >= 3 && 4*remainders >= open
}

// wrapping is how a text is hard-wrapped, as wrapWidth finds it.
type wrapping struct {
	width           int  // the width it is wrapped at, 0 where it is not
	indents, parted bool // an indent opens its paragraphs; blank lines part them
	tight           bool // its lines break where a program that wraps them does (see brokenLines)
	outer           int  // the width it was wrapped at before it was wrapped at width, 0 where it was not (see rejoins)
}

// fullLine returns the characters of line, in text wrapped twice, where it
// fills a line of the second wrap; 0 where it does not, or the text was
// wrapped once (see rejoins).
func (w wrapping) fullLine(line string) int {
	if w.outer == 0 {
		return 0
	}
	n := runeCount(strings.TrimSpace(line))
	if !full(n, w.width) {
		return 0
	}
	return n
}

// rejoins reports whether line, a line of text wrapped twice (outer > 0)
// after a full line of before characters, goes on in the next, rest being
// the text after it. Wrapped at one width and then again at a narrower
// one, as a reply quotes a wrapped e-mail at 72 characters or a story
// wrapped at 80 is pasted into an editor that wraps at 70, each line of
// the first wrap that the second broke leaves a full line and a short one
// after it: the remainder, which goes on in the next line as the first
// wrap's line did, though it fills no line of the second. It goes on where
// it ends without a final mark, its first word would not have fit on the
// line before (the second wrap broke there), and it and the line before
// make a line of the first wrap that ran out of room there: no wider than
// outer, the width that most such pairs agree on, and too wide for the
// next line's first word within wrapSlack of it. The full line before may
// end a sentence, «…في مدينة بون.» over «يعتبر من أبرز»: the remainder then
// opens the next. Read as lines of their own, the remainders ended the
// sentences that ran over them, each short one a heading: the dev news
// texts wrapped at 80 and then at 70 characters scored 42.64 in Task A.
// (A sub-heading after a paragraph's full last line, in text that does not
// part its paragraphs by blank lines, may make such a line too, when its
// first word would not have fit on that line: it is then read as the
// first words of the sentence after it. Most open with a word that would
// have.)
func (w wrapping) rejoins(before int, line, rest string) bool {
	line = strings.TrimSpace(line)
	if w.outer == 0 || !unended(line) {
		return false
	}
	joined := before + 1 + runeCount(line)
	return before+1+firstWordLen(line) > w.width && joined <= w.outer && joined+1+firstWordLen(rest)+wrapSlack > w.outer
}

// wrapSlack is the room, in characters, that a line must leave after the
// next line's first word to tell a break that a writer made from one that
// a program made at a width a character or two under the widest line's,
// as EASC's texts are wrapped (their 23 lines that stop short of the
// widest by the next word leave it no room or one character).
const wrapSlack = 2

// goesOn reports whether line, a line of text wrapped so, goes on in the
// next one, rest being the text after it: a full line without a final
// mark does, one no wider than the width (a headline wider than the story
// is none the program wrapped), unless the text's lines break where a
// program breaks them (tight) and rest's first word would have fit on line
// with room to spare, where a writer broke it: a headline above the story,
// or a sub-heading as wide as a line (which glued to the sentence after
// it).
func (w wrapping) goesOn(line, rest string) bool {
	line = strings.TrimSpace(line)
	n := runeCount(line)
	return full(n, w.width) && n <= w.width && unended(line) &&
		!(w.tight && n+1+firstWordLen(rest)+wrapSlack <= w.width)
}

// A text's first line is its headline where it restates the sentence it
// would open (see restates): restateTerms terms or more of the line, and
// restateShare of them or more, are among the terms of that sentence's
// first restateWords words.
const (
	restateTerms = 3
	restateShare = 0.4
	restateWords = 25
)

// restates reports whether line, a hard-wrapped text's first, restates
// the sentence that rest, the lines after it, goes on with: then line is a
// headline, and not that sentence's first line, however it fills its
// line. A headline restates its lead; a line that a program broke shares
// few words with the rest of its own sentence, and fewer of its own words
// still, where the sentence is long. Over the dev news texts (3,023, each
// paragraph wrapped at 70 characters), the headline restated the lead's
// first sentence so in 2,156 stories (71 %), and the first line of the
// lead the rest of its sentence in 5 of 2,942; of EASC's texts so wrapped
// (no headline), 1 of 65.
func restates(line, rest string) bool {
	// Each text's terms, as Terms gives them, in one buffer: « a b c ».
	buf := appendStems(append(make([]byte, 0, 512), ' '), line)
	mid := len(buf)
	buf = appendStems(append(buf, ' '), rest[:sentencePrefix(rest, restateWords)])
	own, theirs := buf[:mid], buf[mid:]
	shared, distinct := 0, 0
	for i := 0; i+1 < len(own); {
		j := i + 1 + bytes.IndexByte(own[i+1:], ' ')
		if key := own[i : j+1]; bytes.Index(own, key) == i { // « term », its first time
			distinct++
			if bytes.Contains(theirs, key) {
				shared++
			}
		}
		i = j
	}
	return shared >= restateTerms && float64(shared) >= restateShare*float64(distinct)
}

// appendStems appends the terms of text to dst, each followed by a blank,
// as Terms gives them with the default stemmer, without a string for each
// Arabic word (as Lexicon.termID stems them, whose four lines these
// repeat: a function for both, which the compiler does not inline, cost
// Summarize 2,800 instructions on the sample). A Lexicon itself would
// cost a text's first line 15 KB of tables (BenchmarkSentences/plaintext:
// 33 allocations where this makes 7).
func appendStems(dst []byte, text string) []byte {
	_, _ = foldWords(text, nil, func(w []byte) {
		if !arabic(w) {
			if t, ok := term(w, DefaultStemmer{}); ok {
				dst = append(append(dst, t...), ' ')
			}
		} else if arabicHasTerm(w) {
			if t := lightStem(w); len(t) > 0 {
				dst = append(append(dst, t...), ' ')
			}
		}
	})
	return dst
}

// sentencePrefix returns the length of rest's first words, as many as
// words at most, up to the first final mark that ends the sentence rest
// opens or goes on with: «!», «?», «؟», «۔», «…», or a period that ends a
// sentence as Sentences reads it (see periodEnds: not in «3.5» nor after
// «د.»). Words part at white space as Sentences knows it (isSpace: a
// no-break space too, as text copied from a page holds it), not at a
// zero-width non-joiner, which goes inside a word.
func sentencePrefix(rest string, words int) int {
	inWord := false
	for i := 0; i < len(rest); {
		c, size := utf8.DecodeRuneInString(rest[i:])
		if isTerminator(c) && (c != '.' || periodEnds(rest, 0, i, len(rest))) {
			return i
		}
		switch {
		case isSpace(c):
			inWord = false
		case !inWord:
			if words == 0 {
				return i
			}
			inWord = true
			words--
		}
		i += size
	}
	return len(rest)
}

// indent reports whether line opens with a space, a tab or a no-break
// space before its text.
func indent(line string) bool {
	return strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t") || strings.HasPrefix(line, "\u00a0")
}

// unended reports whether line, trimmed of white space, ends without
// final punctuation (see FinalMark), so that its sentence may go on in the
// next.
func unended(line string) bool {
	return !isTerminator(FinalMark(line))
}

// wrappedLines reports whether lines, open of which are full and end
// without final punctuation (see full), the widest of widest characters,
// are a text's hard-wrapped lines: at least 3 open lines, and 40% of all,
// at a width of 40 characters or more (shorter lines are a list or verse).
func wrappedLines(lines, open, widest int) bool {
	return widest >= 40 && open >= 3 && 10*open >= 4*lines
}

// brokenLines reports whether a text's lines were broken by a program
// that wraps them, where too few go on for wrappedLines, as in text of
// short paragraphs, most of whose lines end one: at least 3 lines without
// a final mark break where the next line's first word would not have fit
// (breaks), and for each 4 of those, at most one full line without one
// breaks early, where it would have (a writer's heading, a list's item, or
// a number a program kept with its word).
func brokenLines(breaks, early int) bool {
	return breaks >= 3 && 4*early <= breaks
}

// full reports whether a line of n characters fills a text hard-wrapped
// at width: 3/4 of it or more.
func full(n, width int) bool {
	return 4*n >= 3*width
}

// isRule reports whether line is a rule that parts a text («-----», «* *
// *», «=====», «ـــــ» of tatweels, which an Arabic writer draws wider than
// the text): three characters or more, no letter, digit or mark (see
// wordRune) but tatweel, and no final mark, which a wrapped sentence's
// last line may hold alone («.» after «كلمة .»).
func isRule(line string) bool {
	if strings.IndexFunc(line, inWord) >= 0 {
		return false // a line of text, let through on its first letter
	}
	line = strings.TrimSpace(line)
	return runeCount(line) >= 3 && unended(line)
}

// inWord reports whether r is a letter, a digit or a mark of a word:
// wordRune's, but for tatweel, which draws rules too.
func inWord(r rune) bool {
	return r != tatweel && wordRune(r)
}

// ranOut reports whether line, of text hard-wrapped at width, ends with a
// final mark where it ran out of room: the first word of rest, the text
// after it, would not have fit on it, as a program that wraps lines
// decides. A wrap that lands just after a sentence ends the sentence, not
// the paragraph. (A blank line after it is no word, and ends both.)
func ranOut(line, rest string, width int) bool {
	line = strings.TrimSpace(line)
	if unended(line) {
		return false
	}
	return runeCount(line)+1+firstWordLen(rest) > width
}

// linkWord reports whether word, without its vowels, is one that no
// sentence ends with: a preposition, a conjunction or a particle that
// something must follow, or a relative pronoun, as it is written, with a
// hamza and without. Words that are also verbs or nouns that may end one
// («عبر» "crossed", «حول» "turned", «أم» "mother», «بين» "showed") are
// not among them, nor are their forms with «ي» for «ى»: «علي» is a name,
// «إلي» "to me".
func linkWord(word string) bool {
	switch word {
	case "في", "من", "إلى", "الى", "على", "عن", "مع", "نحو", "لدى", "عند", "منذ", "خلال", "ضد",
		"و", "أو", "او", "ثم", "أن", "ان", "إن", "لأن", "لان", "بأن", "بان", "كي", "لكي", "قد", "لم", "لن", "سوف",
		"الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللاتي", "اللواتي":
		return true
	}
	return false
}

// maxLinkWord is the most bytes of a word that linkWord may take with its
// vowels: «اللواتي» and a mark on each letter.
const maxLinkWord = 32

// linkEnds reports whether line, the text up to a line's end, all of it,
// ends with a word of linkWord's, alone after a blank or a line break, with its
// vowels or without: the line goes on in the next. It reads the text
// before the line too, so that the splitter and the cut between cores
// (see Sentences) read one line alike, wherever it starts: after a
// shortcode («[/embed]في») the word is no word alone. A word behind
// a mark or a tag («في.», «في</b>») is no such word, nor one in
// presentation forms, as some PDFs give it. The word's letters are not
// folded (see Normalize), which would make «علي» «على»; and a line costs
// no word's normalizing: most end with a final mark, and are let go on
// their last character. A blank line ends with no such word.
func linkEnds(line string) bool {
	r, size := utf8.DecodeLastRuneInString(line)
	for size > 0 && isSpace(r) {
		if IsLineBreak(r) {
			// The line is blank: it ends with no word. Read back over
			// the blank lines before it, a run of them cost time as its
			// length squared (CI's fuzzing hung a worker on such runs).
			return false
		}
		line = line[:len(line)-size]
		r, size = utf8.DecodeLastRuneInString(line)
	}
	switch {
	case r == 'ي' || r == 'ن' || r == 'ى' || r == 'و' || r == 'ع' || r == 'د' || r == 'ذ' || r == 'ل' || r == 'م' || r == 'ف':
	case vowelOrTatweel(r):
	default:
		return false // the last letter of none of linkWord's words, a final mark, a figure: most lines end so
	}
	at := lastWord(line)
	word := line[at:]
	if len(word) > maxLinkWord {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(line[:at]); at > 0 && !isSpace(r) {
		return false // «(في», «2في»
	}
	if !strings.ContainsFunc(word, vowelOrTatweel) {
		return linkWord(word) && !followLabel(line, word) // most words carry no vowel
	}
	var buf [maxLinkWord]byte
	b := buf[:0]
	for _, r := range word {
		if !vowelOrTatweel(r) {
			b = utf8.AppendRune(b, r)
		}
	}
	return linkWord(string(b)) && !followLabel(line, string(b))
}

// followLabel reports whether line, the text up to a line's end, ends
// with a line that is a page's follow label, «تابعونا على» ("follow us
// on"), whose last word, word, is linkWord's: the buttons it stood
// before are gone, and the line does not go on in the story's next.
// Only a line of maxFollowBytes or fewer is read, so that the units of
// a long line that end with «على...» (see CutOff) do not each read back
// to its start.
func followLabel(line, word string) bool {
	if word != "على" {
		return false
	}
	from := max(0, len(line)-maxFollowBytes)
	i := strings.LastIndexFunc(line[from:], IsLineBreak)
	switch {
	case i >= 0:
		_, size := utf8.DecodeRuneInString(line[from+i:])
		from += i + size
	case from > 0:
		return false // a longer line
	}
	return shareLabels.holds(line[from:])
}

// maxFollowBytes bounds the line followLabel reads, far longer than
// «تابعونا على» (21 bytes) with its diacritics: pageChrome's bound, which
// it shared, grew to a line of many buttons, and a line of 123 bytes that
// ended with «على» was folded for nothing (900 ns and an allocation).
const maxFollowBytes = 80

// HasArabic reports whether s holds an Arabic letter, in any of
// Unicode's Arabic blocks (presentation forms too; tatweel, which only
// draws a word out, is none, as for HasLetter). A sentence of an
// Arabic text without one is the page's, not the story's: a widget's
// label in English («Like Loading...»), a copyright line.
func HasArabic(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		return 'ء' <= r && r <= 'ي' && r != tatweel || r > 'ي' && unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
	})
}

// OpensArabic reports whether s holds a letter (HasLetter), and whether
// its first is Arabic (HasArabic): package summarize weighs a text's
// script by its sentences' first letters, so that an English text that
// quotes an Arabic word is no Arabic text. Most sentences of an Arabic
// text open with one of the letters U+0621 to U+063A or U+0641 to U+064A,
// told by their two bytes.
func OpensArabic(s string) (letter, arabic bool) {
	if len(s) >= 2 && (s[0] == 0xD8 && 0xA1 <= s[1] && s[1] <= 0xBA || s[0] == 0xD9 && 0x81 <= s[1] && s[1] <= 0x8A) {
		return true, true
	}
	i := strings.IndexFunc(s, ownLetter)
	if i < 0 {
		return false, false
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return true, HasArabic(s[i : i+size])
}

// CutOff reports whether s ends with an ellipsis («...», «..», «…»)
// right after a word that no sentence ends with (linkWord's: a
// preposition, a conjunction, «أن», a relative pronoun): the sentence was
// cut off there, as a page cuts a teaser of another story («… وسط مخاوف
// من...») or a feed its description. After any other word an ellipsis is
// the writer's pause («… وسط مخاوف كبيرة...»), and before a quotation mark
// the speaker's.
func CutOff(s string) bool {
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t' || s[len(s)-1] == '\r' || s[len(s)-1] == '\n') {
		s = s[:len(s)-1]
	}
	// Most sentences end with neither a period nor «…» (E2 80 A6), or
	// with a single period: their last bytes tell. (Trimmed of both
	// marks as a set with a rune beyond ASCII, each cost 500
	// instructions.)
	before := s
	for {
		if strings.HasSuffix(before, ".") {
			before = before[:len(before)-1]
		} else if strings.HasSuffix(before, "…") {
			before = before[:len(before)-len("…")]
		} else {
			break
		}
	}
	if len(before) == len(s) || s[len(before):] == "." {
		return false
	}
	return linkEnds(before)
}

// vowelOrTatweel reports whether r is a vowel, fathatan to sukun, or
// tatweel: what a word of linkWord's may carry besides its letters.
func vowelOrTatweel(r rune) bool { return r == tatweel || '\u064b' <= r && r <= 'ْ' }

// opensRest reports whether s, after blanks, opens with a letter or a
// figure: the rest of a sentence («في\n1950 …», «إلى\n1.5 مليون»), where a
// list's mark, a heading's or a quotation mark opens something else. A
// figure that a period, a dash or a parenthesis follows numbers a list's
// item («1. …», «2- …», «3) …»); a period between figures is a decimal
// point.
func opensRest(s string) bool {
	s = strings.TrimLeft(s, " \t")
	r, _ := utf8.DecodeRuneInString(s)
	if !isDigit(r) {
		return unicode.IsLetter(r) && r != tatweel
	}
	i := strings.IndexFunc(s, func(r rune) bool { return !isDigit(r) })
	if i < 0 {
		return true
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == '.' || r == '٫':
		next, _ := utf8.DecodeRuneInString(s[i+size:])
		return isDigit(next) // «1.5», not «1.»
	case r == ')' || isDash(r) || r == tatweel:
		return false
	}
	return true
}

// firstWordLen returns the characters of the first word of s, after any
// spaces and tabs: up to a blank or a line break.
func firstWordLen(s string) int {
	w := 0
	for _, c := range strings.TrimLeft(s, " \t") {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			break
		}
		w++
	}
	return w
}

// FinalMark returns the last character of s that is not a closing quote
// or bracket, an entity read as the one it stands for («&#1567;» as «؟»,
// «&#8230;» as «…», -1 for «&amp;»; see EntityRune): the punctuation that
// ends s, if any.
func FinalMark(s string) rune {
	s, r, n := trimClosers(s)
	if n > 0 {
		return r
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return last
}

// entityBefore returns the character of the HTML entity that ends s, and
// its length (0 when s ends with none; see EntityRune).
func entityBefore(s string) (rune, int) {
	if !strings.HasSuffix(s, ";") {
		return 0, 0
	}
	from := max(0, len(s)-maxEntity)
	k := strings.LastIndexByte(s[from:], '&')
	if k < 0 {
		return 0, 0
	}
	k += from
	if r, n := EntityRune(s[k:]); n == len(s)-k {
		return r, n
	}
	return 0, 0
}

// TrimClosers returns s without the closing quotation marks and brackets
// that end it (» ” ’ › ) ] } " ' and “ ‘, which Arabic sets to close too;
// see bothWays), those written as HTML entities too
// («؟&quot;», «&raquo;»): what is left ends with the sentence's own
// punctuation, if it has any.
func TrimClosers(s string) string {
	s, _, _ = trimClosers(s)
	return s
}

// trimClosers is TrimClosers, and returns the character and the length of
// the entity that ends what is left, if one does (see entityBefore): the
// trim reads it, and FinalMark need not read it again.
func trimClosers(s string) (string, rune, int) {
	for {
		s = strings.TrimRightFunc(s, closesQuote)
		r, n := entityBefore(s)
		if n == 0 || !closesQuote(r) {
			return s, r, n
		}
		s = s[:len(s)-n]
	}
}

func closesQuote(r rune) bool { return isCloser(r) || bothWays(r) }

// bothWays reports a quotation mark that may open a quotation or close
// one: the straight ones, and «“» and «‘», which Arabic writers set to
// close as often as to open, since right-to-left text mirrors them. Where
// it stands decides which it does.
func bothWays(r rune) bool { return r == '"' || r == '\'' || r == '“' || r == '‘' }

// IsLineBreak reports whether r ends a line for Sentences: \n, \r, \v, \f,
// U+0085, U+2028 or U+2029 (\r\n is one break). A sentence of hard-wrapped
// text, which Sentences unwraps, holds such runes; callers that render it
// on one line (summarize's Summary.String) test for them with this.
func IsLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}

// lineEnd returns the end of the line that starts at i and the start of
// the next one.
//
// Each kind of break is looked for with strings.IndexByte, which is
// vectorized, each search only before the nearest break found so far: a
// loop over every byte cost a sixteenth of a summary. The searches go a
// window at a time, so that a text whose lines all end with one kind of
// break is not searched to its end for the others at every line.
func lineEnd(text string, i int) (end, next int) {
	for lo := i; lo < len(text); lo += lineWindow {
		end = min(lo+lineWindow, len(text))
		found := false
		for _, c := range [...]byte{'\n', '\v', '\f', '\r'} {
			if j := strings.IndexByte(text[lo:end], c); j >= 0 {
				end, found = lo+j, true
			}
		}
		// NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR: two or three bytes,
		// which may start before end and finish after it.
		if j := indexBreak(text, lo, end, "\u0085"); j >= 0 {
			end, found = j, true
		}
		if j := indexBreak(text, lo, end, "\u2028", "\u2029"); j >= 0 {
			end, found = j, true
		}
		if !found {
			continue
		}
		switch {
		case text[end] == '\r' && end+1 < len(text) && text[end+1] == '\n':
			return end, end + 2
		case text[end] == 0xC2:
			return end, end + len("\u0085")
		case text[end] == 0xE2:
			return end, end + len("\u2028")
		}
		return end, end + 1 // \n \v \f \r
	}
	return len(text), len(text)
}

// indexBreak returns the first index in [lo, end) at which one of seps
// starts in text, -1 if none; seps all start with the same byte. Each
// search goes from that byte to the next, as « » “ ” … share lead bytes
// with NEL and the separators (strings.Index, which compares the whole
// of each sep at every candidate, cost a summary of the sample 1.7 % more).
func indexBreak(text string, lo, end int, seps ...string) int {
	for k := lo; ; k++ {
		j := strings.IndexByte(text[k:end], seps[0][0])
		if j < 0 {
			return -1
		}
		k += j
		for _, sep := range seps {
			if strings.HasPrefix(text[k:], sep) {
				return k
			}
		}
	}
}

// lineWindow is how many bytes lineEnd searches at a time.
const lineWindow = 2048

// byteSet marks the bytes of s, for loops that skip all other bytes on one
// lookup.
func byteSet(s string) (t [256]bool) {
	for i := 0; i < len(s); i++ {
		t[s[i]] = true
	}
	return t
}

// splitLine appends the sentences of text[start:end], a line without breaks.
func splitLine(text string, start, end, line int, verses bool, out []Sentence) []Sentence {
	seg := start
	emit := func(to int) {
		if sp, ok := trim(text, seg, to); ok {
			out = append(out, Sentence{Span: sp, Line: line})
		}
		seg = to
	}
	// The bytes are scanned, not the runes: every rune that matters here
	// starts with a byte no other rune has inside it (UTF-8 continuation
	// bytes are 0x80..0xBF), and most bytes matter not at all.
	open := start  // where a URL may start without a space before it
	worded := -1   // the seg whose text before a pause holds words (see pauseEnd)
	var mk *markup // &state once a line has markup to look for
	var state markup
	// Brackets are rare in Arabic text, round ones and a Quranic verse's
	// ornate ones: aside follows a line's only once a final mark may stand
	// inside one, after a '(' or in a text with verses (see brackets).
	var aside brackets
	made, round := false, 0 // round: '(' less ')' passed
	for i := start; ; {
		if i = plainUntil(text, i, end); i == end {
			break
		}
		c := text[i]
		term := false
		switch {
		case c == '{' || c == '<' || c == '!' && i+1 < end && text[i+1] == '[':
			// A period inside a template or a comment ends nothing, nor
			// does an image's '!'.
			if mk == nil {
				mk = &state
			}
			if j := mk.skip(text, start, end, i); j > i {
				i = j
				continue
			}
			term = c == '!' && (i == start || text[i-1] != '<') // not «<![CDATA[»
		case c == '!' || c == '?':
			term = c == '?' || i == start || text[i-1] != '<' // «<!--» opens a comment
		case c == '.':
			if j := pauseEnd(text, seg, i, end, &worded); j > i {
				i = j
				continue
			}
			term = periodEnds(text, seg, i, end)
		case c == 0xD8: // ؟ U+061F
			term = i+1 < end && text[i+1] == 0x9F
		case c == 0xDB: // ۔ U+06D4
			term = i+1 < end && text[i+1] == 0x94
		case c == 0xE2: // … U+2026
			term = i+2 < end && text[i+1] == 0x80 && text[i+2] == 0xA6
		case c == '&':
			// A page writes «…» as «&#8230;» (WordPress does for every
			// «...») and may write «؟» as «&#1567;»: the mark it stands for
			// ends the sentence as the mark does. A period so written is
			// left alone, since the rules for a period read the text
			// around it as written.
			r, _ := EntityRune(text[i:end])
			term = isTerminator(r) && r != '.'
		case c == '(':
			round++
		case c == ')':
			round--
		case urlStart[c] && hasURLPrefix(text[i:end]):
			if r, _ := utf8.DecodeLastRuneInString(text[start:i]); i == open || isSpace(r) {
				i = urlEnd(text, i, end)
				continue
			}
		}
		if term {
			stop := afterTerminators(text, i, end)
			if stop == i {
				// afterTerminators knows every mark this scan ends a
				// sentence at (TestAfterTerminatorsPassesEveryFinalMark).
				// Were the two ever to part, the mark is read as a
				// character like any other rather than the scan
				// standing on it for ever.
				_, size := utf8.DecodeRuneInString(text[i:end])
				i += size
				continue
			}
			// A ')' among the closers after the final mark closes here.
			for k := i; round > 0 && k < stop; k++ {
				if text[k] == ')' {
					round--
				}
			}
			inside := false
			if round > 0 || verses {
				if !made {
					aside, made = newBrackets(start, end), true
				}
				inside = aside.within(text, seg, stop, round)
			}
			next := nextChar(text, stop, end)
			if !goesOn(next) && !inside && !quotedTitle(text, seg, i, stop, next) {
				emit(stop)
			}
			i, open = stop, stop
			continue
		}
		i++
	}
	emit(end)
	return out
}

// plainUntil returns the first index from i on, before end, of a byte of
// text that splitLine must look at, or end. It is a function of its own so
// that its loop, which sees nearly every byte, keeps its three values in
// registers: inside splitLine, with the state of the rarer cases live
// around it, it took one instruction more a byte.
//
//go:noinline
func plainUntil(text string, i, end int) int {
	for i < end {
		c := text[i]
		if !splitByte[c] {
			i++ // most bytes: one table lookup
			continue
		}
		if c == 0xD8 && i+1 < end && text[i+1] != 0x9F && text[i+1]&0xC0 == 0x80 {
			i += 2 // half the Arabic letters start with the byte that starts ؟
			continue
		}
		return i
	}
	return end
}

// urlStarts are the bytes that hasURLPrefix can start with.
const urlStarts = "hHfFwW"

var (
	urlStart = byteSet(urlStarts)
	// splitByte marks the bytes that splitLine looks at: terminators, the
	// lead bytes of ؟ ۔ …, the first bytes of a template, a comment, an
	// entity, round brackets, and those that start a URL.
	splitByte = byteSet("!?.{<&()\xD8\xDB\xE2" + urlStarts)
)

// afterTerminators returns the end of the run of final punctuation and
// closing quotes and brackets that starts at i.
func afterTerminators(text string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case isTerminator(r) || isCloser(r):
		case r < utf8.RuneSelf && emphasisMark(byte(r)):
			e := emphasisEnd(text, i, end)
			if e == i {
				return i
			}
			size = e - i
		case r == '&':
			// A mark written as an HTML entity («&quot;», «&raquo;»,
			// «&#8230;») is the mark: it goes with the sentence it ends.
			c, n := EntityRune(text[i:end])
			if !isTerminator(c) && !closesQuote(c) || bothWays(c) && glued(text, i+n, end) {
				return i
			}
			size = n
		case bothWays(r):
			// A straight quote, or a curly one set either way, closes only
			// when nothing is glued after it but a space, punctuation or
			// another closer; otherwise it opens the next sentence.
			if glued(text, i+size, end) {
				return i
			}
		default:
			return i
		}
		i += size
	}
	return i
}

// glued reports whether a word or a mark that opens one follows at i in
// text[:end], where a straight quote before it would open it rather than
// close what came before. Tags are passed over, since they are no words
// («."</span></p>»), and an entity is read as its character («&nbsp;» is a
// blank).
func glued(text string, i, end int) bool {
	for i < end && text[i] == '<' {
		n := markLen(text, i, end)
		if n == 0 {
			break
		}
		i += n
	}
	if i >= end {
		return false
	}
	n, _ := CharAt(text[i:end])
	return !unicode.IsSpace(n) && !isTerminator(n) && !isCloser(n) && !isClauseMark(n) && !bothWays(n)
}

// goesOn reports whether the sentence whose final punctuation next (see
// nextChar) follows goes on instead: a comma, semicolon or colon after
// it, spaces allowed between, shows that the question or exclamation was
// a quoted title or an aside («برنامج "ثروة أم مزيفة؟"، وقالت…»), not
// the sentence's end; in a page, past its tags and entities too («<a
// …>"ثروة أم مزيفة؟"</a>، وقالت…», «&nbsp;،»).
func goesOn(next rune) bool {
	return isClauseMark(next)
}

// nextChar returns the first character of text[i:end], a line, that is
// no blank, passing over a page's inline tags (a block's tag ends the line
// before it: see rawText) and reading its entities as their characters
// («&nbsp;» a blank, «&#1548;» a comma), or 0 at the line's end, which is
// neither a mark nor a letter.
func nextChar(text string, i, end int) rune {
	for i < end {
		if text[i] == '<' {
			if n := markLen(text, i, end); n > 0 {
				i += n // a tag
				continue
			}
		}
		r, size := CharAt(text[i:end])
		if !isSpace(r) {
			return r
		}
		i += size
	}
	return 0
}

// maxQuotedTitleWords is the most words a quotation may hold for a
// question or an exclamation mark that ends it, with words after it on
// the line, to leave the sentence going on (see quotedTitle). A title, a
// slogan or a short question quoted inside a sentence is seldom longer
// («برنامج «من يربح المليون؟» طوال…», «شعار "ارحل!" وهم…»); a quoted
// question of more words, with a sentence after it, is as likely to be a
// line of dialogue that the sentence after it follows.
const maxQuotedTitleWords = 8

// quotedTitle reports whether the question or exclamation mark at i ends
// a quoted title, slogan or question inside its sentence rather than the
// sentence: a double quotation mark closes among the closers up to stop,
// a letter or a digit follows it on the line (next, the character after
// the closers: see nextChar), and the quotation opened after seg, where
// the sentence began, with at most maxQuotedTitleWords words before the
// mark («"هل نذهب الآن؟" سأل الرجل صاحبه.»). Marks a page writes as
// entities («&#1567;», «&quot;», «&raquo;») are read as theirs. The
// search back for the opening mark stops at maxQuotedTitleWords words and
// at quotedTitleBytes, so a line of many marks costs linear time.
func quotedTitle(text string, seg, i, stop int, next rune) bool {
	if r, _ := CharAt(text[i:stop]); r != '?' && r != '!' && r != '؟' {
		return false // a period, an ellipsis
	}
	closed := false
	for k := i; k < stop; {
		r, size := CharAt(text[k:stop])
		closed = closed || doubleQuote(r)
		k += size
	}
	if !closed {
		return false
	}
	if !unicode.IsLetter(next) && !unicode.IsDigit(next) {
		return false
	}
	words, inWord := 0, false
	for k := i; k > seg && i-k <= quotedTitleBytes; {
		r, size := entityBefore(text[seg:k])
		if size == 0 {
			r, size = utf8.DecodeLastRuneInString(text[seg:k])
		}
		k -= size
		switch {
		case doubleQuote(r):
			if inWord {
				words++
			}
			return words > 0 && words <= maxQuotedTitleWords
		case unicode.IsSpace(r):
			if inWord {
				words++
				inWord = false
			}
		default:
			inWord = true
		}
		if words > maxQuotedTitleWords {
			return false
		}
	}
	return false
}

// doubleQuote reports a double quotation mark, which may open a quotation
// or close one as Arabic text sets them: «"», guillemets and curly quotes.
func doubleQuote(r rune) bool {
	return r == '"' || r == '«' || r == '»' || r == '“' || r == '”'
}

// quotedTitleBytes bounds quotedTitle's search back for a quotation's
// opening mark: eight words of Arabic take about 100 bytes.
const quotedTitleBytes = 512

// isClauseMark reports a comma, semicolon or colon: the marks a sentence
// goes on after.
func isClauseMark(r rune) bool {
	switch r {
	case '،', ',', '؛', ';', ':', '：':
		return true
	}
	return false
}

// emphasisEnd returns the end of the run of one to three '*' or '_' at i
// when it closes Markdown emphasis after final punctuation («**جملة.**»):
// the line ends after it, or a blank, a closer, a quote or more
// punctuation comes. Else it returns i: a star glued to the next word
// («.*نعم») is a symbol of the text.
func emphasisEnd(text string, i, end int) int {
	if i >= end || !emphasisMark(text[i]) {
		return i
	}
	k := i + 1
	for k < end && text[k] == text[i] {
		k++
	}
	if k-i > 3 {
		return i
	}
	if k < end {
		r, _ := utf8.DecodeRuneInString(text[k:end])
		if !blank(r) && !isCloser(r) && !isTerminator(r) && !isClauseMark(r) && !bothWays(r) {
			return i
		}
	}
	return k
}

func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '؟', '۔', '…':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '»', '”', '’', '›', ')', ']', '}', '﴾':
		return true
	}
	return false
}

// pauseEnd returns the end of the two dots at i when they mark a pause,
// and i when they do not. Arabic writers set two dots inside a sentence
// as others set a dash («اقتصاد قوي.. يوفر العمل للشباب», «لا تتأخر ..
// ابدأ الآن») and between the two parts of a headline («الحكومة ترفع
// أسعار الوقود.. واحتجاجات في العاصمة»): a sentence ended there leaves a
// fragment, and a headline's first part passes for a sentence. So two
// dots, not one or three, go on when words come before them in the
// sentence (begun at seg) and a letter or a digit after them on the line.
// Three or more are an ellipsis, which ends a sentence as … does; two
// that open a sentence are left out with the sentence before.
//
// *worded is the seg for which words were found before a pause: the
// sentence's text is read for them once, not again up to each pause of
// the sentence (a line of 300,000 «..ا>» took minutes).
func pauseEnd(text string, seg, i, end int, worded *int) int {
	if i+1 >= end || text[i+1] != '.' || i > seg && text[i-1] == '.' {
		return i
	}
	k := i + 2
	// A break before end is one that Sentences joined: a wrapped line's.
	// An inline tag is no mark («تعافيت.. <a href="…">قاومت</a>»).
	for k < end {
		c := text[k]
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			k++
			continue
		}
		n := 0
		if c == '<' {
			n = markLen(text, k, end)
		}
		if n == 0 {
			break
		}
		k += n
	}
	// A third dot, glued or spaced, the line's end or a mark after them
	// is no letter: the dots end the sentence.
	if r, _ := utf8.DecodeRuneInString(text[k:end]); !unicode.IsLetter(r) && !isDigit(r) {
		return i
	}
	if *worded != seg {
		if _, words := trim(text, seg, i); !words {
			return i
		}
		*worded = seg
	}
	return i + 2
}

// periodEnds decides whether the period at i, in the sentence that started
// at seg, ends that sentence.
func periodEnds(text string, seg, i, end int) bool {
	prev, _ := utf8.DecodeLastRuneInString(text[seg:i])
	next, nsize := rune(-1), 0
	if i+1 < end {
		next, nsize = utf8.DecodeRuneInString(text[i+1 : end])
	}
	if next == '.' {
		return true // an ellipsis typed as dots
	}
	if isDigit(prev) && isDigit(next) {
		return false // 3.5, 12.5.2024, ٣.٥
	}
	if next >= 0 && (isDigit(next) || isLatinLetter(next)) {
		return false // example.com, a@b.org, U.S, v1.2
	}
	if next >= utf8.RuneSelf && arabicDomains[text[i+1:i+1+firstWord(text[i+1:end])]] {
		return false // «العربية.نت», «مصراوي.كوم»: a site's name with its domain
	}
	if onlyDigits(text[seg:i]) {
		return false // "1. " opens a numbered list item
	}
	if c := text[seg]; (c == '<' || c == '&') && i-seg <= maxItemMarkup {
		// «<p>1. »: the same, in a page's paragraph
		if lo, hi := narrow(text, seg, i); onlyDigits(text[lo:hi]) {
			return false
		}
	}
	if at := lastWord(text[seg:i]); at < i-seg {
		word := text[seg+at : i]
		w := strings.TrimRight(word, "ـ") // «جـ.», «هـ.»: tatweel after a letter
		if w == "م" || w == "ه" {
			// An era letter after a year, «ق.» (BC) between them or not.
			before := strings.TrimRightFunc(text[seg:seg+at], unicode.IsSpace)
			before = strings.TrimRightFunc(strings.TrimSuffix(before, "ق."), unicode.IsSpace)
			if endsWithDigit(before) {
				return true // «عام 1783 م.» closes a sentence
			}
		}
		// A word longer than every abbreviation is none of them: most
		// words skip ToLower.
		if utf8.RuneCountInString(w) == 1 || conjoinedLetter(word) || len(word) <= longestAbbreviation && abbreviations[strings.ToLower(word)] {
			return false
		}
		// Letter names spelled with periods and no space, «سي.إف.إم»
		// (CFM), «بي.بي.سي»: two letters on each side, or, once the
		// chain has begun, a name of up to five letters after
		// («سي.آي.إيه», «بي.إم.دبليو»). A longer word on either side is a
		// sentence's end with its space left out («…إلى نوح.و تعني…»,
		// «…حدث له.على الأقل…»).
		if utf8.RuneCountInString(word) == 2 && letterOrMark(next) {
			after := utf8.RuneCountInString(text[i+1 : i+1+firstWord(text[i+1:end])])
			chained := at > 0 && text[seg+at-1] == '.' && lastWord(text[seg:seg+at-1]) < at-1
			if after == 2 || chained && after <= 5 {
				return false
			}
		}
	}
	if emphasisEnd(text, i+1, end) > i+1 {
		return true // «**جملة.**»: the stars close the emphasis
	}
	if next == '&' {
		// «نعم.&quot;», «نعم.&nbsp;»: a quotation mark or a space written
		// as an entity
		if c, _ := EntityRune(text[i+1 : end]); closesQuote(c) || blank(c) {
			return true
		}
	}
	if nsize > 0 && strings.ContainsRune("-/_@:*+=~|\\&%$#", next) {
		return false // "1.-", paths, handles and other symbols glued to the period
	}
	return true
}

// arabicDomains are the domains that Arabic sites spell in Arabic letters
// after their names, a period between and no blank: «العربية.نت» (Al
// Arabiya's dateline reads «دبي - العربية.نت»), «مصراوي.كوم». A sentence
// that ends without its blank is followed by a word that seldom is one of
// them alone («…الشبكة.نتائج…» ends).
var arabicDomains = map[string]bool{
	"نت": true, "نيت": true, "كوم": true, "أورج": true, "اورج": true, "أورغ": true, "اورغ": true,
	"إنفو": true, "انفو": true,
}

// maxItemMarkup is the most text, in bytes, that periodEnds reads back
// for a list item's number after a page's tags («<li class="…"><b>1</b>.»):
// narrow reads a sentence that opens with a tag up to the period, and a
// sentence of many abbreviations («<a د. د. د. …») would be read again
// from its start at each.
const maxItemMarkup = 256

// conjoinedLetter reports whether word is «و», "and", written joined to a
// single letter, as a title's abbreviation takes it in a list of names
// («د. محمد علي ود. أحمد حسن», «وأ.د.», «وم. خالد»). No word of Arabic
// prose is so short but «ود», "affection", which seldom ends a sentence.
// «ل» and «ب» join to a letter too, but «له.», «لا.» and «به.» end
// sentences in every article.
func conjoinedLetter(word string) bool {
	if len(word) < 3 || len(word) > 6 || !strings.HasPrefix(word, "و") {
		return false
	}
	r, size := utf8.DecodeRuneInString(word[2:])
	return len(word) == 2+size && unicode.IsLetter(r)
}

// abbreviations that take a period and are followed by a name, lower-case.
// Single letters (د. م. ص. ج. ق.م. أ.د. U.S.) are handled by length.
var abbreviations = map[string]bool{
	"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "st": true,
	"jr": true, "sr": true, "vs": true, "no": true, "gen": true, "col": true,
	"هـ": true, "مج": true,
}

// longestAbbreviation is the length in bytes of the longest of
// abbreviations, derived so that a longer one added there is still found.
// (Lowering shortens a word only through a few letters, such as İ and the
// Kelvin sign, none of which lowers to a letter of these: a test checks.)
var longestAbbreviation = func() int {
	n := 0
	for a := range abbreviations {
		n = max(n, len(a))
	}
	return n
}()

// lastWord returns where the run of letters and marks (tatweel included)
// that ends s starts; len(s) when there is none.
func lastWord(s string) int {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !letterOrMark(r) {
			break
		}
		i -= size
	}
	return i
}

// firstWord returns where the run of letters and marks that opens s ends.
func firstWord(s string) int {
	for i, r := range s {
		if !letterOrMark(r) {
			return i
		}
	}
	return len(s)
}

func endsWithDigit(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isDigit(r)
}

func onlyDigits(s string) bool {
	s = strings.TrimSpace(s)
	n := 0
	for _, r := range s {
		// List numbers run to 999, in any digits («١٢.» as «12.»);
		// 2024. is a year.
		if n++; !isDigit(r) || n > 3 {
			return false
		}
	}
	return n > 0
}

// isDigit covers ASCII, Arabic-Indic and Persian digits.
func isDigit(r rune) bool {
	return r >= '0' && r <= '9' || r >= 0x0660 && r <= 0x0669 || r >= 0x06F0 && r <= 0x06F9
}

func isLatinLetter(r rune) bool {
	return r < 0x250 && unicode.IsLetter(r)
}

// hasURLPrefix reports whether s starts a URL: a scheme or "www.".
func hasURLPrefix(s string) bool {
	for _, p := range [...]string{"http://", "https://", "ftp://", "www."} {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

// urlEnd returns where the URL that starts at i ends: at white space, less
// the punctuation that closes the sentence around it.
func urlEnd(text string, i, end int) int {
	j := i
	for j < end {
		r, size := utf8.DecodeRuneInString(text[j:end])
		if unicode.IsSpace(r) || r == '«' || r == '»' || r == '،' {
			break
		}
		j += size
	}
	for j > i {
		r, size := utf8.DecodeLastRuneInString(text[i:j])
		if !isTerminator(r) && !isCloser(r) && !bothWays(r) && r != ',' && r != '؛' && r != ':' {
			break
		}
		j -= size
	}
	return j
}

// trim narrows text[i:j] to its printed part and reports whether it holds
// a letter or a digit outside markup (tags, templates, images, HTML
// entities). Tatweel is no such letter: it stretches a word and holds none,
// and a line of it is a rule (see isRule), no heading to take for the
// text's headline.
func trim(text string, i, j int) (Span, bool) {
	i, j = narrow(text, i, j)
	tag := false // inside <...>: markup left in the text is not content
	var mk *markup
	var state markup
	// A tag that no '>' closes in the span is text: a page cut off inside
	// one leaves it, and the letters after it are the story. The last '>'
	// is looked for at the first '<', since most sentences have none.
	closes, looked := 0, false
	for k := i; k < j; {
		r, size := decode(text[k:j])
		switch {
		case r == '<' && opensTag(text[k+1:j]):
			if !looked {
				closes, looked = i+strings.LastIndexByte(text[i:j], '>'), true
			}
			tag = k < closes
		case r == '>':
			tag = false
		case (r == '{' || r == '!' && k+1 < j && text[k+1] == '[') && !tag:
			if mk == nil {
				mk = &state
			}
			if e := mk.endAt(text, i, j, k); e > k {
				k = e
				continue
			}
		case r == '&' && !tag:
			// An entity is a character written as markup: «&nbsp;» alone
			// in a paragraph is a blank one, «&quot;» a mark.
			if n := entityAt(text[k:j]); n > 0 {
				k += n
				continue
			}
		case !tag && inWord(r) && !unicode.IsMark(r):
			return Span{i, j}, true
		}
		k += size
	}
	return Span{}, false
}

// opensTag reports whether a '<' followed by rest opens markup: a tag's
// name or its slash follows («<p>», «</p>»), or a '!' (a comment, «<!--
// إعلان -->», Hugo's «<!--more-->», or «<!DOCTYPE html>»), or a '?' (an
// XML declaration, «<?xml version="1.0"?>», or a processing instruction,
// which XHTML pages open with). Any other '<' is
// text («< 5 في المئة»), whose letters would otherwise be hidden up to a
// '>' that never comes.
func opensTag(rest string) bool {
	return rest != "" && (rest[0] == '/' || rest[0] == '!' || rest[0] == '?' || asciiLetter(rest[0]))
}

// asciiLetter reports whether c is an ASCII letter, in either case.
func asciiLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// narrow returns the bounds of text[i:j] without the white space,
// invisible format characters and whole tags of markup around it («<p>»,
// «</p>», «<br/>»), nor commas, semicolons and bullet marks at its start.
// Markup is the page's layout: in a summary's paragraph it would read as
// code. Inside a sentence it stays, so that the span is the text as it
// came.
func narrow(text string, i, j int) (int, int) {
	var mk *markup
	var state markup
	i0, j0 := i, j
	for i < j {
		if text[i] == '<' && opensTag(text[i+1:j]) {
			if k := strings.IndexByte(text[i:j], '>'); k >= 0 {
				i += k + 1
				continue
			}
		}
		if text[i] == '{' || text[i] == '!' && i+1 < j && text[i+1] == '[' {
			if mk == nil {
				mk = &state
			}
			if k := mk.endAt(text, i0, j0, i); k > i {
				i = k
				continue
			}
		}
		if k := interviewLabel(text[i:j]); k > 0 {
			i += k
			continue
		}
		if k := ruleBefore(text[i:j]); k > 0 {
			i += k
			continue
		}
		if digitFirst(text[i:j]) {
			if k := clockStamp(text[i:j]); k > 0 && opensLine(text, i0) {
				i += k
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:j])
		if r == '&' {
			r, size = CharAt(text[i:j]) // «&nbsp;» is a blank, as a page writes one
		}
		// A comma or semicolon cannot open a sentence: one there is a
		// stray mark of the source («\n,جاء هذا…»), left out with the
		// blanks around it. A bullet is the list's layout, not the
		// sentence's: in a summary's paragraph it would read as a stray
		// dash («… العاصمة. - يستمر المعرض…»).
		if !blank(r) && r != ',' && r != '،' && r != ';' && r != '؛' && !bullet(r, text[i+size:j]) && !pictographMark(r) || (r == utf8.RuneError && size == 1) {
			break
		}
		i += size
	}
	for j > i {
		if text[j-1] == '}' || text[j-1] == ')' {
			if mk == nil {
				mk = &state
			}
			if k := mk.startAt(text, i0, j0, j); k < j && k >= i {
				j = k
				continue
			}
		}
		if text[j-1] == '>' {
			// the tag's '<' is the last before the '>', with no '>' between
			if k := strings.LastIndexByte(text[i:j-1], '<'); k >= 0 && opensTag(text[i+k+1:j]) && strings.IndexByte(text[i+k:j-1], '>') < 0 {
				j = i + k
				continue
			}
		}
		if k := ruleAfter(text[i:j]); k > 0 {
			j -= k
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[i:j])
		if r == ';' {
			if c, n := entityBefore(text[i:j]); n > 0 {
				r, size = c, n
			}
		}
		if !blank(r) || (r == utf8.RuneError && size == 1) {
			break
		}
		j -= size
	}
	if i < j && (emphasisMark(text[i]) || emphasisMark(text[j-1])) {
		return unemphasize(text, i, j)
	}
	return i, j
}

// tatweel is the Arabic letter that stretches a word (U+0640), written
// as a rule too: no letter of a word's own where a unit or a headline is
// told (inWord, HasLetter, ruleBefore).
const tatweel = '\u0640'

// ruleBefore returns the length of the run of tatweels that opens s,
// drawn as a rule before its text («ـــــ عنوان»): a blank follows it. A
// tatweel that a letter follows is its word's («ـثم»).
func ruleBefore(s string) int {
	k := len(s) - len(strings.TrimLeft(s, string(tatweel)))
	if r, _ := utf8.DecodeRuneInString(s[k:]); k > 0 && blank(r) {
		return k
	}
	return 0
}

// ruleAfter is ruleBefore at the end of s: a run of tatweels after a blank
// («عنوان ـــــ»), not one a letter goes before («هـ», the Hijri year).
func ruleAfter(s string) int {
	k := len(s) - len(strings.TrimRight(s, string(tatweel)))
	if r, _ := utf8.DecodeLastRuneInString(s[:len(s)-k]); k > 0 && blank(r) {
		return k
	}
	return 0
}

// unemphasize returns the bounds of text[i:j] without Markdown emphasis
// marks («**», «__», «*», «_») around it: a run at both ends, or a run at
// one end that the span holds nowhere else, since the emphasis opened in
// one sentence and closed in another («**جملة. جملة.**»). A run that
// closes inside the sentence («**الوزير** زار…») stays.
func unemphasize(text string, i, j int) (int, int) {
	lead := emphasisRun(text[i:j])
	trail := 0
	if j-i > lead {
		for trail < 3 && j-trail-1 > i && text[j-trail-1] == text[j-1] && emphasisMark(text[j-1]) {
			trail++
		}
		if before, _ := utf8.DecodeLastRuneInString(text[i : j-trail]); trail > 0 && (j-trail-1 <= i || text[j-trail-1] == text[j-1] || blank(before)) {
			trail = 0 // a longer run, or marks alone after a blank: a rule or a symbol
		}
	}
	switch {
	case lead > 0 && trail == lead && text[i] == text[j-1]:
		// around the whole sentence
	case lead > 0 && !strings.Contains(text[i+lead:j], text[i:i+lead]):
		trail = 0
	case trail > 0 && !strings.Contains(text[i:j-trail], text[j-trail:j]):
		lead = 0
	default:
		return i, j
	}
	i, j = i+lead, j-trail
	for i < j {
		r, size := utf8.DecodeRuneInString(text[i:j])
		if !blank(r) {
			break
		}
		i += size
	}
	for j > i {
		r, size := utf8.DecodeLastRuneInString(text[i:j])
		if !blank(r) {
			break
		}
		j -= size
	}
	return i, j
}

func emphasisMark(c byte) bool { return c == '*' || c == '_' }

// emphasisRun returns the length of the run of one to three '*' or '_'
// that opens s before a character that is not a blank or another mark, or
// 0.
func emphasisRun(s string) int {
	if s == "" || !emphasisMark(s[0]) {
		return 0
	}
	k := 1
	for k < len(s) && s[k] == s[0] {
		k++
	}
	if next, _ := utf8.DecodeRuneInString(s[k:]); k > 3 || k == len(s) || blank(next) {
		return 0
	}
	return k
}

// bullet reports whether r, followed by rest, marks an item of a list:
// a dash, bullet or asterisk before a blank or a letter, or a diamond, a
// square, a pointer, a star or a tick, as Arabic news sites mark a
// roundup's items («♦ فرنسا تعلن…»; in a summary's paragraph the mark
// read as a stray sign). Before a digit a
// dash is a minus sign («-5 درجات»); before another mark it is a rule or
// emphasis («--», «**»). A '>' before a blank or another '>' marks a
// quotation in Markdown and e-mail («> قال…»), unless a number follows
// («> 5 في المئة», "more than 5 per cent"). So does a pictograph before a
// blank or a letter, as news channels on Telegram mark an item («📌 …»).
func bullet(r rune, rest string) bool {
	if ListMark(r) {
		next, _ := utf8.DecodeRuneInString(rest)
		return blank(next) || unicode.IsLetter(next)
	}
	switch r {
	case '>':
		next, _ := utf8.DecodeRuneInString(rest)
		if next == '>' {
			return true
		}
		after, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " \t"))
		return blank(next) && !unicode.IsDigit(after)
	}
	if r >= '←' && unicode.Is(unicode.So, r) {
		// A pictograph, as news channels on Telegram mark each item
		// («📌 أقر البرلمان…», «⚡️ …»), with its variation selector or
		// skin tone after it. (Below the arrows, «©», «°», a symbol is
		// the sentence's.)
		next, size := utf8.DecodeRuneInString(rest)
		for pictographMark(next) {
			rest = rest[size:]
			next, size = utf8.DecodeRuneInString(rest)
		}
		return blank(next) || unicode.IsLetter(next)
	}
	return false
}

// ListMark reports whether r is a mark that sets a list's item apart
// where a blank or a letter follows it (see Sentences, which leaves it
// out of the item's unit): a dash, a bullet, an asterisk, a diamond, a
// square, a pointer, a star or a tick («- …», «• …», «★ …»).
func ListMark(r rune) bool {
	switch r {
	case '-', '–', '—', '•', '▪', '●', '◦', '*', '♦', '◆', '■', '►', '▶', '◄', '★', '✔', '✓':
		return true
	}
	return false
}

// pictographMark reports whether r dresses the pictograph before it: the
// variation selector that draws it as an emoji («⚡️») or a skin tone
// («👍🏽»). Left out with the pictograph (see bullet), it opens no sentence.
func pictographMark(r rune) bool {
	return r == '\uFE0F' || '\U0001F3FB' <= r && r <= '\U0001F3FF'
}

// clockStamp returns the length of the time of day that opens s, «10:45»,
// «9:05», «٠٩:٥٠», with the mark that sets it apart from the words after
// it and the blanks around them, where a live blog stamps each entry so on
// its first line («10:30 - أعلنت الحكومة…»); else 0. Like a bullet, it is
// the page's layout: in a summary's paragraph it read «… في الجنوب. 10:30 -
// أعلنت…». A word of the time of day after it («ص», «مساء», «GMT») needs a
// mark after it too: «10:30 صباحا موعد بدء التصويت» says when. The entry
// must come next: «10:30 - 11:45 فترة الراحة» is a range, «3:1» a score.
// (narrow asks for the time only on a unit that opens its line: inside a
// paragraph, «… بدأ الحفل. 10:45 موعد العرض.», it is the sentence's.)
func clockStamp(s string) int {
	i := dayTime(s) // narrow asks only where a digit opens s (digitFirst)
	if i == 0 {
		return 0
	}
	i = skipSpaces(s, i)
	word := false
	if w, _ := wordEnd(s, i); w > i && clockWords[s[i:w]] {
		word, i = true, skipSpaces(s, w)
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	mark := strings.ContainsRune("-–—|•·:", r)
	if mark {
		i = skipSpaces(s, i+size)
		r, size = utf8.DecodeRuneInString(s[i:])
	}
	if word && !mark {
		return 0
	}
	// What opens the entry: a word, a quotation, a figure («10:45 - 30
	// قتيلا…») that is no second time (a range), or what narrow leaves out
	// after the time as it would before it, a list's bullet, a stray comma.
	switch {
	case unicode.IsLetter(r), strings.ContainsRune(quoteOpeners, r), r == ',', r == '،':
	case isDigit(r) && dayTime(s[i:]) == 0:
	case bullet(r, s[i+size:]):
	default:
		return 0
	}
	return i
}

// dayTime returns the end of the time of day that opens s, «10:45»,
// «9:05», «٠٩:٥٠», its hours 0 to 23 and its minutes two figures, 00 to
// 59, or 0.
func dayTime(s string) int {
	i, hours, n := readNumber(s, 0)
	if n < 1 || n > 2 || hours > 23 || !strings.HasPrefix(s[i:], ":") {
		return 0
	}
	i, minutes, n := readNumber(s, i+1)
	if n != 2 || minutes > 59 {
		return 0
	}
	return i
}

// quoteOpeners may open the sentence after a live blog's time, as they
// open a quotation or an aside: «10:45 - "لن نتراجع"، قال الوزير…».
const quoteOpeners = "\"«“”'("

// digitFirst reports whether s opens with a digit, ASCII, Arabic-Indic
// (D9 A0 to D9 A9) or Persian (DB B0 to DB B9), by its first two bytes:
// D9 opens many Arabic letters too, «ل», «م», «ن», «و», «ي».
func digitFirst(s string) bool {
	switch {
	case s == "":
		return false
	case s[0] < utf8.RuneSelf:
		return '0' <= s[0] && s[0] <= '9'
	case len(s) < 2:
		return false
	case s[0] == 0xD9:
		return 0xA0 <= s[1] && s[1] <= 0xA9
	}
	return s[0] == 0xDB && 0xB0 <= s[1] && s[1] <= 0xB9
}

// clockWords say which time of day a clock's figures give: morning («ص»,
// «صباحا»), evening («م», «مساء»), noon, afternoon, or the zone.
var clockWords = map[string]bool{
	"ص": true, "م": true, "صباحا": true, "صباحاً": true, "مساء": true, "مساءً": true, "مساءا": true,
	"ظهرا": true, "ظهراً": true, "عصرا": true, "عصراً": true,
	"AM": true, "PM": true, "am": true, "pm": true, "GMT": true, "UTC": true,
}

// readNumber reads the digits of s from i, ASCII, Arabic-Indic or Persian,
// and returns where they end, their value (up to four digits: more are
// counted, not added) and how many there are.
func readNumber(s string, i int) (end, value, n int) {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isDigit(r) {
			break
		}
		if n++; n <= 4 {
			value = value*10 + int(fold(r)-'0')
		}
		i += size
	}
	return i, value, n
}

// skipSpaces returns the offset of the first character of s[i:] that is
// no space or tab.
func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// interviewLabel returns the length of the label that opens s, an
// interview's «س:» (the question) or «ج:» (the answer), with a slash or a
// dash for the colon («س/», «ج -») and the blanks after it; else 0. Like a
// bullet, it is the page's layout: in a summary's paragraph an answer
// would read «ج: خفض البطالة…».
func interviewLabel(s string) int {
	// س is D8 B3 and ج D8 AC in UTF-8.
	if len(s) < 3 || s[0] != 0xD8 || s[1] != 0xB3 && s[1] != 0xAC {
		return 0
	}
	i := 2
	if strings.HasPrefix(s[i:], "ـ") {
		i += len("ـ") // tatweel, as «سـ:» is written
	}
	i = skipSpaces(s, i)
	switch {
	case i < len(s) && (s[i] == ':' || s[i] == '/' || s[i] == '-'):
		i++
	case strings.HasPrefix(s[i:], "–"):
		i += len("–")
	default:
		return 0
	}
	return skipSpaces(s, i)
}

// QuestionLabel reports whether s is an interview's label of a question
// and nothing else: «س:», «س/», «س -», «سـ:» (see interviewLabel, by which
// Sentences leaves it out of the question's unit), not an answer's «ج:».
func QuestionLabel(s string) bool {
	return strings.HasPrefix(s, "س") && interviewLabel(s) == len(s)
}

// blank reports white space and invisible format characters (BOM, bidi
// marks, zero-width space and joiners).
func blank(r rune) bool {
	return isSpace(r) || isFormat(r)
}

// Unpunctuated reports whether s ends, past closing quotes and brackets,
// without the punctuation that ends a sentence or goes on with one (. ! ?
// ؟ ۔ … : ، , ؛ ;): the shape of a heading, a headline or a caption.
func Unpunctuated(s string) bool {
	last := FinalMark(s)
	return !isTerminator(last) && !isClauseMark(last)
}

// markedHeading reports whether the line text[start:end] opens with a
// heading marked as one, in Markdown («# …» to «###### …», a blank after
// the hashes) or in HTML («<h1>…» to «<h6>…»), and returns its span without
// the marks (empty when it holds no letter or digit) and where the rest of
// the line starts: after an HTML heading's end tag, since a page's HTML
// may hold a whole article on one line; else at end. A marked heading is
// one at any length and whatever it ends with: scraped pages and Markdown
// content files bring headlines longer than MaxHeadingWords and
// sub-headings phrased as questions, which the shape of a line alone would
// make sentences. A hashtag («#غزة») is not a mark.
func markedHeading(text string, start, end int) (sp Span, rest int, ok bool) {
	i := start
	for i < end && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	j := end
	rest = end
	switch {
	case i < end && text[i] == '#':
		k := i
		for k < end && text[k] == '#' {
			k++
		}
		if k-i > 6 || k < end && text[k] != ' ' && text[k] != '\t' {
			return Span{}, end, false
		}
		i = k
		// A closing run of hashes after a blank is a mark too; one glued to
		// a word («#5») is the heading's.
		j = len(strings.TrimRight(text[:end], " \t"))
		if h := len(strings.TrimRight(text[i:j], "#")); h == 0 || text[i+h-1] == ' ' || text[i+h-1] == '\t' {
			j = i + h
		}
	case end-i >= 4 && text[i] == '<' && text[i+1]|0x20 == 'h' && isHeadingLevel(text[i+2]) &&
		(text[i+3] == '>' || text[i+3] == ' '):
		j = headingEndTag(text, i+4, end) // narrow leaves out the tags at the edges
		rest = j
	case end-i >= 7 && hasPrefixFold(text[i:], "<title") && (text[i+6] == '>' || htmlSpace(text[i+6])):
		// A page's <title> is its headline, whatever it ends with
		// («لماذا…؟ | شبكة الأخبار»), as Headline reads it.
		j = end
		if k := indexFold(text[i+7:end], "</title"); k >= 0 {
			j = i + 7 + k
			if e := strings.IndexByte(text[j:end], '>'); e >= 0 {
				j += e + 1
			}
		}
		rest = j
	default:
		return Span{}, end, false
	}
	sp, _ = trim(text, i, j) // the zero Span when it holds no letter or digit
	return sp, rest, true
}

// linkOnly reports whether the line text[start:end] holds nothing but
// links between blanks, separators (| · • - – — * , ، /) and tags: Markdown
// links and images («[نص](url)», «![alt](url)»; see linkAddress), or
// HTML anchors («<a href=…>نص</a>», inside «<li>» or not), after a label
// of a few words at most («اقرأ أيضاً:», see linkLabel). Such a line is a
// menu, a list of other stories, a share bar or a source, which is the
// page's, not the story's, however long.
func linkOnly(text string, start, end int) bool {
	line := text[:end]
	links := 0
	labelled := false
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(line[i:])
		switch {
		case r == '<' && opensTag(line[i+1:]):
			k := strings.IndexByte(line[i:], '>')
			if k < 0 {
				return false
			}
			if !opensAnchor(line[i+1 : i+k+1]) {
				i += k + 1 // a tag of the layout: «<li>», «</ul>», «<span>»
				continue
			}
			// An anchor that never closes on its line holds the rest of
			// it: the line is text, as a tag that never closes is.
			e := anchorEnd(line, i+k+1)
			if e < 0 {
				return false
			}
			links++
			i = e
		case r == '[' || r == '!' && i+1 < end && line[i+1] == '[':
			if r == '!' {
				i++
			}
			k := strings.IndexByte(line[i:], ']')
			if k < 0 {
				return false
			}
			e, _ := linkAddress(line, i+k+1, 0)
			if e == 0 {
				return false
			}
			links++
			i = e
		case linkSeparator(r) || blank(r):
			i += size
		case !labelled && links == 0:
			// A short label may come first: «اقرأ أيضاً:», «شاهد أيضا:»,
			// «المصدر:» before the links to other stories or a source.
			// Most lines hold no link after their first letter, which two
			// scans of their bytes tell.
			if strings.IndexByte(line[i:end], '<') < 0 && strings.IndexByte(line[i:end], '[') < 0 {
				return false
			}
			k := linkLabel(line[i:min(end, i+maxLabel)])
			if k == 0 {
				return false // most lines, at their first letter
			}
			i, labelled = i+k, true
		default:
			return false
		}
	}
	return links > 0
}

// maxLabel is the longest label of a line of links, in bytes: three
// Arabic words and their spaces.
const maxLabel = 64

// linkLabel returns the length of the label that opens s, when it is one
// to three words with no link or tag in them that end at a colon, two
// dots or more, an ellipsis, a bar or a dash («اقرأ أيضا:», «اقرأ أيضاً..»,
// «ذات صلة |»): to past the colon, the dots or the ellipsis, or to the
// bar or the dash, which linkOnly reads as a separator; else 0. A comma
// ends no label: «وقال الرئيس، <a>…</a>» is a sentence.
func linkLabel(s string) int {
	// A colon ends a label as it always did, a bar or a dash before it in
	// the label too («شاهد - فيديو:»).
	if c := strings.IndexByte(s, ':'); c >= 0 {
		if labelWords(s[:c]) {
			return c + 1
		}
		s = s[:c] // a label holds no colon but the one it may end with («:00|»)
	}
	// Else the label is read up to the first byte that may end it, which a
	// search for each finds: the marks are ASCII or open with 0xC2 (·) or
	// 0xE2 (• – — …), which no Arabic letter holds, and most lines have
	// none in their first 64 bytes.
	for i := 0; ; i++ {
		k := len(s)
		for _, c := range [...]byte{'.', '|', '-', 0xC2, 0xE2} {
			if j := strings.IndexByte(s[i:k], c); j >= 0 {
				k = i + j
			}
		}
		if k == len(s) {
			return 0
		}
		if strings.ContainsAny(s[i:k], "[<>]") {
			return 0
		}
		i = k
		end := -1
		switch c := s[i]; c {
		case '.':
			if strings.HasPrefix(s[i:], "..") {
				for end = i; end < len(s) && s[end] == '.'; end++ {
				}
			}
		case '|', '-':
			end = i
		case 0xC2, 0xE2:
			switch r, size := utf8.DecodeRuneInString(s[i:]); r {
			case '…':
				end = i + size
			case '·', '•', '–', '—':
				end = i
			}
		}
		if end < 0 {
			continue
		}
		if !labelWords(s[:i]) {
			return 0
		}
		return end
	}
}

// labelWords reports whether s, a label up to its last mark, is one to
// three words with no link or tag in them.
func labelWords(s string) bool {
	if strings.ContainsAny(s, "[<>]") {
		return false
	}
	n := 0
	for range Words(s) {
		if n++; n > 3 {
			return false
		}
	}
	return n > 0
}

// opensAnchor reports whether rest, what follows a '<', opens an HTML
// anchor: «a>», «A>», «a href=…», not «abbr» or «/a». A blank ends the
// name, but not \v or U+0085, which end a line of text and are no white
// space to HTML («<a\vhref=x>» is an element of another name).
func opensAnchor(rest string) bool {
	if rest == "" || rest[0]|0x20 != 'a' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[1:])
	return r == '>' || blank(r) && r != '\v' && r != '\u0085'
}

// anchorEnd returns where the first «</a>» (in either case) after i in
// line ends, or -1 when there is none or another anchor opens first:
// anchors do not nest, so the first one never closed.
func anchorEnd(line string, i int) int {
	for {
		k := strings.IndexByte(line[i:], '<')
		if k < 0 {
			return -1
		}
		i += k + 1
		switch rest := line[i:]; {
		case len(rest) >= 3 && rest[0] == '/' && rest[1]|0x20 == 'a' && rest[2] == '>':
			return i + 3
		case opensAnchor(rest):
			return -1
		}
	}
}

func linkSeparator(r rune) bool {
	switch r {
	case '|', '·', '•', '-', '–', '—', '*', ',', '،', '/':
		return true
	}
	return false
}

// underline reports whether line is three or more equals signs and
// nothing else but trailing blanks.
func underline(line string) bool {
	line = strings.TrimRight(line, " \t")
	return len(line) >= 3 && strings.Trim(line, "=") == ""
}

func isHeadingLevel(c byte) bool { return '1' <= c && c <= '6' }

// headingEndTag returns where the first «</hN>» in text[i:end] ends, or end.
func headingEndTag(text string, i, end int) int {
	for {
		k := strings.Index(text[i:end], "</")
		if k < 0 {
			return end
		}
		i += k + 2
		if end-i >= 3 && text[i]|0x20 == 'h' && isHeadingLevel(text[i+1]) && text[i+2] == '>' {
			return i + 3
		}
	}
}

// ellipsisHeadline reports whether units, a line's, are a heading's parts
// that an ellipsis sets apart, as a headline or the deck under it does
// («أبوظبي تسعى لتحقيق أرقام قياسية... و30 فعالية في دبي»): each but the
// last ends with «...» or «…», and the line, one heading's length
// (isHeading), has no final mark; a headline broken in two where a word
// needs the next («عاجل… الحكومة تستقيل في» over «العاصمة اليوم») is one
// line. As units, its parts were sentences, and a deck under the headline
// opened the summary with two fragments. («..» cuts no unit.)
func ellipsisHeadline(text string, units []Sentence) bool {
	for _, u := range units[:len(units)-1] {
		if FinalMark(u.In(text)) != '…' && !strings.HasSuffix(u.In(text), "...") {
			return false
		}
	}
	return isHeading(text, Span{units[0].Start, units[len(units)-1].End})
}

// isHeading reports whether a line made of the single unit sp is a heading:
// short and without final punctuation.
func isHeading(text string, sp Span) bool {
	if !Unpunctuated(sp.In(text)) {
		return false
	}
	n := 0
	for range Words(sp.In(text)) {
		n++
		if n > MaxHeadingWords {
			return false
		}
	}
	return true
}

// asideLine reports whether s, a line's one unit, is wholly one group in
// parentheses or in brackets, of MaxHeadingWords words or fewer, with a
// final mark after it or inside it: a photo's note under it («(تعبيرية -
// "النهار").», "illustrative"), an editor's («(يتبع).», "to follow"). It
// was the summary's first sentence. Without the mark the line is a heading
// already (isHeading). Of the 3,100 dev texts, two lines are so set apart,
// neither with a final mark.
func asideLine(s string) bool {
	if s == "" || s[0] != '(' && s[0] != '[' {
		return false // most lines, at once
	}
	closer := byte(')')
	if s[0] == '[' {
		closer = ']'
	}
	end := strings.LastIndexByte(s, closer)
	if end < 0 || strings.IndexByte(s[:end], closer) >= 0 {
		return false // «(أ) و(ب).»: two groups
	}
	for _, r := range s[end+1:] {
		if !isTerminator(r) {
			return false // «(الصورة) أقرت الحكومة…»
		}
	}
	return fieldsAtMost(s, MaxHeadingWords)
}

// captionLine reports whether s, a line's one unit, is a photo's caption
// of any length: a credit in parentheses at its end, no mark after it,
// an agency's name (wireName: «(واس)», «(رويترز)», «(أ.ف.ب)») or a photo
// agency's or an archive's (captionCredits: «(غيتي)», «(Getty Images)»,
// «(صورة أرشيفية)»), as a page sets one under its photo, between the
// headline and the story. A caption was the summary's first sentence. A
// story's sentence that lost its period seldom ends with a credit: of the
// 3,100 dev texts, seven lines end with words in parentheses and no mark,
// none of them a credit («(بوليساريو)», «(ميانمار حاليا)»).
func captionLine(s string) bool {
	if !strings.HasSuffix(s, ")") {
		return false // most lines, at once
	}
	open := strings.LastIndexByte(s, '(')
	if open < 0 {
		return false
	}
	inside := s[open+1 : len(s)-1]
	// Two credits may share the parentheses: «(أرشيفية - الفرنسية)»,
	// «(رويترز/أرشيف)», «(الأناضول، أرشيف)».
	credits := 0
	for part := range strings.FieldsFuncSeq(inside, creditSeparator) {
		credit := strings.TrimFunc(part, isSpace)
		if credit == "" {
			continue
		}
		if wireName(credit, 0) != len(credit) && !captionCredits.holds(credit) {
			return false
		}
		credits++
	}
	return credits > 0
}

// creditSeparator reports whether r sets two credits apart in a caption's
// parentheses: a dash, a slash or a comma.
func creditSeparator(r rune) bool {
	return isDash(r) || r == '/' || r == '،' || r == ','
}

// captionCredits are the credits of a photo's caption besides the
// agencies' (wireName): photo agencies', an archive's, an illustrative
// photo's, social media's, the names Al Jazeera gives the agencies
// («الفرنسية», AFP; «الأوروبية», EPA) and itself, and EPA's and AP's as
// other papers spell them («إي بي إيه», «إ.ب.أ», «أ.ب»; AFP's and dpa's
// initials are wireName's). Each is normalized, its words a blank after
// each (AppendNormalWords), so that any spelling of its hamzas reads as it.
var captionCredits = normalWordSet(
	"غيتي", "جيتي", "غيتي إيماجز", "جيتي إيماجز", "غيتي إيميجز", "جيتي إيميجز", "شترستوك",
	"أرشيفية", "صورة أرشيفية", "أرشيف", "تعبيرية", "صورة تعبيرية",
	"الجزيرة", "الجزيرة نت", "الفرنسية", "الصحافة الفرنسية", "وكالة الصحافة الفرنسية", "الأوروبية",
	"أسوشيتد برس", "أسوشييتد برس", "أسوشيتيد برس", "مواقع التواصل", "مواقع التواصل الاجتماعي",
	"إي بي إيه", "إ ب أ", "أ ب",
	"getty", "getty images", "shutterstock", "afp", "reuters", "ap", "epa", "dpa",
)

// phraseSet holds phrases as AppendNormalWords gives them.
type phraseSet map[string]bool

// normalWordSet returns the set of the phrases, each as AppendNormalWords
// gives it.
func normalWordSet(phrases ...string) phraseSet {
	set := make(phraseSet, len(phrases))
	for _, p := range phrases {
		set[string(AppendNormalWords(nil, p))] = true
	}
	return set
}

// holds reports whether s, lowercased and normalized, is one of the set's
// phrases: the lookup RelatedHeading, the caption credits, the share
// labels and a page's buttons and counts (see pageChrome) make.
func (set phraseSet) holds(s string) bool {
	var buf [maxPhraseBytes]byte
	words, ok := foldPhrase(&buf, lower(s))
	return ok && set[string(words)]
}

// maxPhraseBytes bounds the normalized words of a line that a phraseSet
// is asked about. Its phrases are far shorter (TestPhraseSetsFit): a
// line whose words do not fit is none of them.
const maxPhraseBytes = 160

// foldPhrase writes into buf the normalized words of s, each followed by
// a space, as AppendNormalWords appends them, and returns them; ok is false
// where they do not fit. They are copied into buf, not appended: appending
// cost an allocation a line, and lowercasing with strings.ToLower 5,800
// instructions on Arabic letters, which have no case (see lower).
func foldPhrase(buf *[maxPhraseBytes]byte, s string) (words []byte, ok bool) {
	if oneWord(s) && len(s) < len(buf) {
		// A word of letters alone is folded as foldWords would fold it,
		// without the scratch that foldWords' call to emit makes escape:
		// an allocation a lookup. Tatweels alone are a word of nothing,
		// «ـ» is « », as foldWords gives it (FuzzChromeFirst).
		return append(AppendNormalized(buf[:0], s), ' '), true
	}
	var scratch [32]byte // one word at a time, folded: foldWords grows it for a longer one
	n, fits := 0, true
	foldWords(s, scratch[:0], func(w []byte) {
		if n+len(w) >= len(buf) {
			fits = false
			return
		}
		n += copy(buf[n:], w)
		buf[n] = ' '
		n++
	})
	return buf[:n], fits
}

// oneWord reports whether s is letters of Arabic's alphabet alone, its
// diacritics and tatweels among them, or ASCII letters alone: one word
// for Words at most, which AppendNormalized folds as foldWords does (see
// foldPhrase).
func oneWord(s string) bool {
	arabic, ascii := false, false
	for _, r := range s {
		switch {
		case 'ء' <= r && r <= 'ي':
			arabic = true
		case 'ً' <= r && r <= 'ْ' && arabic:
		case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
			ascii = true
		default:
			return false
		}
	}
	return arabic != ascii
}

// lower returns strings.ToLower(s), told without its copy where that is
// s: a rune of ASCII but a capital, or of Arabic's block, maps to itself,
// and any other is asked of Unicode's tables as ToLower asks them. An
// invalid byte, which ToLower writes as U+FFFD, is left to it.
func lower(s string) string {
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				return strings.ToLower(s)
			}
		case 0x0600 <= r && r <= 0x06FF:
		case r == utf8.RuneError || unicode.ToLower(r) != r:
			return strings.ToLower(s)
		}
	}
	return s
}

// labels returns out, the units of text, with each label a heading: a
// unit that opens its line (a colon ends none, so its line ends there), of
// four words or fewer (maxNameWords) and a colon at its end, over a heading
// or at the text's end: a page's source over the headline («البوابة:»,
// «المصدر:»), a list of further reading over the stories' titles («اقرأ
// أيضاً:»). A page that opened with «البوابة:» had it as its summary's
// first sentence, and no headline. Over a sentence, such a line announces
// it («وجاءت النتائج كالتالي:», «وقال الوزير:»), and package summarize
// takes the two together; but for a share or follow label (shareLabels),
// a heading wherever it stands, and a label of one word over the story's
// first sentence. A byline is none: alone on its line over the
// story it is a heading (see HeadedSentences), and with nothing after it,
// the text's. Of the 3,100 dev texts, 44 lines have a label's shape, 25 of
// them over a heading (21 «اقرأ أيضاً:» and its spellings).
func labels(text string, out []Sentence) []Sentence {
	// story: a sentence came before out[k]. A label of one word before
	// any, over the story's first sentence, is the page's («البوابة:»,
	// «ملاحظة:», «عاجل:»), as a story does not open by announcing a
	// sentence with a word («وأضاف:» announces one under the lead, «قال
	// المدرب:» names the speaker). Kept as the loop goes: looking back
	// from each label cost time as their number squared.
	story := false
	for k, u := range out {
		if !u.Heading && strings.HasSuffix(u.In(text), ":") && (k == 0 || out[k-1].Line != u.Line) {
			s := u.In(text)
			if k+1 == len(out) || out[k+1].Heading || !story && fieldsAtMost(s, 1) || shareLabels.holds(s) {
				out[k].Heading = fieldsAtMost(s, maxNameWords) && !bylineAlone(s)
			}
		}
		story = story || !out[k].Heading
	}
	return out
}

// shareLabels are the labels of a page's share and follow buttons («شارك:»,
// «شارك الخبر:», «تابعونا على:», "Share this:"), as AppendNormalWords
// gives them: over a sentence they announce none of it, the buttons
// between them gone with the page. Alone on its line, «شارك» is the
// imperative; the past tense has its subject or more after it, «شارك في
// الاجتماع:» ("took part in the meeting:"), over the list it announces.
var shareLabels = normalWordSet(
	"شارك", "شاركي", "شاركوا", "شارك الخبر", "شارك المقال", "شارك المقالة", "شارك الموضوع", "شارك هذا",
	"شارك هذه", "شارك هذا الخبر", "شارك هذا المقال", "شارك عبر", "مشاركة", "مشاركة الخبر", "مشاركة المقال",
	"تابعونا", "تابعنا", "تابعونا على", "تابعنا على", "تابعونا عبر", "تابعنا عبر",
	"share", "share this", "share on", "follow us", "follow us on",
)

// markup holds the closed templates and the Markdown images of a line or
// a span, found when first asked for: a site generator's shortcodes and
// Liquid tags («{{< figure … >}}», «{{ .Title }}», «{% include … %}»), a
// wiki's templates («{{مرجع|…}}», nested ones inside the outermost), and
// images («![alt](url)», whose alt text is a caption). They are markup,
// as tags are: what they hold is not the text's own sentences. One pass
// finds each kind, so that a line of braces that never close costs
// linear time, not a scan to its end from each of them.
type markup struct {
	spans      []Span
	done       bool
	next, back int
	noComment  bool // no "-->" comes after the last "<!--" looked at
}

// skip returns the end of the template, image, comment or tag that opens
// at k in the line text[i:j], or k. It keeps the rare cases out of
// splitLine's loop over every byte, whose registers they would otherwise
// take.
//
//go:noinline
func (t *markup) skip(text string, i, j, k int) int {
	if text[k] != '<' {
		return t.endAt(text, i, j, k)
	}
	if !t.noComment && strings.HasPrefix(text[k:j], "<!--") {
		// When no "-->" follows, none follows a later "<!--" either: the
		// line is not searched again.
		if e := strings.Index(text[k+4:j], "-->"); e >= 0 {
			return k + 4 + e + 3
		}
		t.noComment = true
	}
	// A mark inside a tag ends nothing: a link's query string («<a
	// href="news.php?id=5">»), an image's alt text, an XML declaration
	// («<?xml version="1.0"?>»). A '<' with words outside quotes before
	// its '>' («<a title="x" افتتح الوزير المعرض. …>») is a page cut off
	// inside a tag, whose sentences end as text's do.
	if n := markLen(text, k, j); n > 0 && quotedText(text[k:k+n]) {
		return k + n
	}
	return k
}

// quotedText reports whether every byte of tag outside ASCII lies inside a
// quoted attribute value («alt="صورة"»).
func quotedText(tag string) bool {
	if !hasNonASCII(tag) {
		return true // most tags: read eight bytes at a time
	}
	var quote byte
	for i := 0; i < len(tag); i++ {
		switch c := tag[i]; {
		case quote == 0 && (c == '"' || c == '\''):
			quote = c
		case c == quote:
			quote = 0
		case quote == 0 && c >= utf8.RuneSelf:
			return false
		}
	}
	return true
}

// hasNonASCII reports whether s holds a byte outside ASCII, reading eight
// bytes at a time (the shifts make one load).
func hasNonASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// endAt returns the end of the template that opens at k in text[i:j], or
// k; k must not decrease from one call to the next.
func (t *markup) endAt(text string, i, j, k int) int {
	t.find(text, i, j)
	for t.next < len(t.spans) && t.spans[t.next].Start < k {
		t.next++
	}
	if t.next < len(t.spans) && t.spans[t.next].Start == k {
		return t.spans[t.next].End
	}
	return k
}

// startAt returns the start of the template that ends at k in text[i:j],
// or k; k must not increase from one call to the next.
func (t *markup) startAt(text string, i, j, k int) int {
	t.find(text, i, j)
	for t.back >= 0 && t.spans[t.back].End > k {
		t.back--
	}
	if t.back >= 0 && t.spans[t.back].End == k {
		return t.spans[t.back].Start
	}
	return k
}

func (t *markup) find(text string, i, j int) {
	if t.done {
		return
	}
	t.done = true
	// templates' loop reads byte by byte (IndexAny): a span that opens no
	// template, as one that only ends with ')' is asked about, is not read so.
	if s := text[i:j]; strings.Contains(s, "{{") || strings.Contains(s, "{%") {
		t.templates(text, i, j)
	}
	t.spans = mergeSpans(t.spans, images(text, i, j))
	t.back = len(t.spans) - 1
}

// templates records the closed templates of text[i:j], the outermost of
// nested ones.
func (t *markup) templates(text string, i, j int) {
	var nest [8]int
	stack := nest[:0] // the «{{» not yet closed
	pct := -1         // the «{%» not yet closed; Liquid's tags do not nest
	for k := i; k+1 < j; {
		b := strings.IndexAny(text[k:j-1], "{}%")
		if b < 0 {
			break
		}
		k += b
		switch pair := text[k : k+2]; {
		case pair == "{{":
			stack = append(stack, k)
		case pair == "}}" && len(stack) > 0 && pct < stack[len(stack)-1]:
			// A tag opened inside the template closes first: spans do
			// not cross, so that a sentence's span, read alone, reads
			// as its line does.
			t.add(stack[len(stack)-1], k+2)
			stack = stack[:len(stack)-1]
		case pair == "{%" && pct < 0:
			pct = k
		case pair == "%}" && pct >= 0:
			t.add(pct, k+2)
			for len(stack) > 0 && stack[len(stack)-1] > pct {
				stack = stack[:len(stack)-1] // a «{{» inside the tag is the tag's
			}
			pct = -1
		default:
			k++
			continue
		}
		k += 2
	}
}

// images returns the Markdown images of text[i:j], in order: «![», the alt
// text up to «](» on the same line, and a URL up to its «)», without blanks
// or controls and with its own parentheses balanced («a_(1).jpg»). An image
// whose URL does not close is text, and the search goes on after its URL,
// so that each byte is looked at once or twice.
func images(text string, i, j int) []Span {
	var out []Span
	for k := i; k < j; {
		b := strings.Index(text[k:j], "![")
		if b < 0 {
			break
		}
		k += b
		m := strings.Index(text[k+2:j], "](")
		if m < 0 {
			break // no later image can close either
		}
		if nl := strings.IndexAny(text[k+2:k+2+m], "\n\r\v\f"); nl >= 0 {
			// A hard-wrapped sentence holds line breaks; an alt text does
			// not cross one, nor does that of any «![» before it.
			k += 2 + nl
			continue
		}
		e, depth := k+2+m+2, 1
		for ; e < j && depth > 0 && text[e] > ' '; e++ {
			switch text[e] {
			case '(':
				depth++
			case ')':
				depth--
			}
		}
		if depth == 0 {
			out = append(out, Span{k, e})
		}
		k = e
	}
	return out
}

// mergeSpans merges two lists of spans in order of their starts, leaving
// out any that overlaps one kept before it.
func mergeSpans(a, b []Span) []Span {
	if len(b) == 0 {
		return a
	}
	out := make([]Span, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		var next Span
		if len(b) == 0 || len(a) > 0 && a[0].Start <= b[0].Start {
			next, a = a[0], a[1:]
		} else {
			next, b = b[0], b[1:]
		}
		if len(out) == 0 || next.Start >= out[len(out)-1].End {
			out = append(out, next)
		}
	}
	return out
}

// add records the template [start, end), which closes after those already
// recorded: any of them that start inside it are nested in it and go.
func (t *markup) add(start, end int) {
	n := len(t.spans)
	for n > 0 && t.spans[n-1].Start >= start {
		n--
	}
	t.spans = append(t.spans[:n], Span{start, end})
}
