package tokenize

import (
	"html"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Wikitext is MediaWiki's markup, in which Wikipedia's and Wikinews'
// editors write their pages and the wikis' dumps keep them. Read as text,
// a page's first sentences were its infobox's fields, its links came with
// their brackets and their targets («[[الدولة الفاطمية|الفاطميين]]»), its
// bold with its apostrophes, and its references' citations were
// sentences of the story.

// WikiText returns the text a reader of a page sees of markup, its
// wikitext, as plain text: each paragraph a line (its lines joined, as the
// wiki joins them), a blank line between paragraphs, each item of a list
// a line, and each section's title a heading of its own («## التاريخ»).
// What shows is kept: the label of a link («[[مصر|المصرية]]» is
// «المصرية», «[[مصر]]ي» «مصري»), of an external link
// («[https://… الموقع]» «الموقع»), the text inside bold, italic and the
// tags that style it («<small>», «<span>»), HTML's entities read, and the
// few templates that stand for words of the sentence: a blank
// («10{{nbsp}}كم»), a measure («{{تحويل|3085|كم2}}» is «3085 كم2», what
// it converts to left out), a date («{{تاريخ الميلاد والعمر|1944|5|14}}»
// is «14 مايو 1944», in an Arabic page's months, without the age), a
// number («{{formatnum:1234567}}»), a phrase kept on one line
// («{{nowrap|…}}») and words in another language inside a sentence
// («بعنوان {{lang|en|The Trilogy}} عام 1990»). What is no prose is left
// out: every other template («{{…}}», an infobox, a citation, the names
// of a thing in other languages in a label's parentheses, nested ones
// too), tables («{| … |}»), references («<ref>…</ref>») and the other
// tags whose content is no text («<math>», «<gallery>», «<timeline>»…),
// comments, files and images with their captions, categories, links to
// the same page in other languages, magic words («__NOTOC__»),
// parentheses that held only what was left out («({{lang-en|Cairo}})»),
// and the sections that list references, notes, further reading and
// links («المراجع», «وصلات خارجية», «انظر أيضا», «References», «See
// also»…), whose items are no sentences of the story.
// Braces and brackets that close nothing are text, as the wiki shows them,
// and so is what «<nowiki>» holds, its marks as written («[[مصر]]»).
func WikiText(markup string) string {
	s, literal := wikiTags(markup)
	s = wikiBrackets(s)
	s = wikiExternalLinks(s)
	s = wikiLines(s)
	if literal {
		s = wikiUnliteral.Replace(s)
	}
	return s
}

// The marks of wikitext inside «<nowiki>», which shows them as written,
// are turned by wikiTags into runes of Unicode's private use area, which
// the passes after it leave alone, and back at the end (wikiUnliteral). A
// text that holds one of those runes itself has its «<nowiki>» read as
// markup, as any other tag, rather than its own runes turned into marks.
var (
	wikiLiteral   = strings.NewReplacer(wikiLiteralPairs(false)...)
	wikiUnliteral = strings.NewReplacer(wikiLiteralPairs(true)...)
)

// wikiMarks are the marks that a pass after wikiTags reads as markup, and
// '&', which one reads as an entity's start.
const wikiMarks = "[]{}'=|*#:;_-()<>~&"

const wikiPrivate = 0xF8E0 // the first private rune, one a mark of wikiMarks

func wikiLiteralPairs(back bool) []string {
	var pairs []string
	for k, c := range wikiMarks {
		mark, private := string(c), string(rune(wikiPrivate+k))
		if back {
			pairs = append(pairs, private, mark)
		} else {
			pairs = append(pairs, mark, private)
		}
	}
	if !back {
		pairs = append(pairs, "\x00", "\n") // a NUL is a line break, as wikiTags reads it
	}
	return pairs
}

// hasWikiPrivate reports whether s holds a rune wikiLiteral writes.
func hasWikiPrivate(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r >= wikiPrivate && r < wikiPrivate+rune(len(wikiMarks)) })
}

// wikiHead is how much of a text IsWikitext reads: a page's markup shows
// in its first lines.
const wikiHead = 64 << 10

// IsWikitext reports whether text is wikitext, a wiki page's markup as its
// editors write it and as a wiki gives it (MediaWiki's action=raw, the
// content of a revision in its API's JSON, a page copied from the edit
// box): in its first 64 KiB, two links in double brackets or more, each
// closed on its line («[[مصر]]», «[[مصر|مصرية]]»), and a mark that only
// wikitext makes besides: bold in three apostrophes, a template or a table
// opening a line («{{معلومات مدينة», «{|»), a section's title between «=»s
// or a reference («<ref»). Prose has none of them, Markdown writes its
// links in single brackets and a static site's shortcodes as «{{<» or
// «{{%», and links alone (a note-taking app's) are not enough.
func IsWikitext(text string) bool {
	s := text[:min(len(text), wikiHead)]
	links := 0
	closeAt, breakAt := -1, -1 // the next «]]» and line break, found once for all the «[[» before them
	for i := 0; links < 2; {
		k := strings.Index(s[i:], "[[")
		if k < 0 {
			return false
		}
		i += k + 2
		if closeAt < i {
			if closeAt = strings.Index(s[i:], "]]"); closeAt < 0 {
				return false // no link closes after this one
			}
			closeAt += i
		}
		if breakAt < i {
			breakAt = indexFrom(s, i, '\n')
		}
		if closeAt > i && closeAt < breakAt {
			links++
		}
	}
	if strings.Contains(s, "'''") || indexFold(s, "<ref") >= 0 {
		return true
	}
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "{|"),
			strings.HasPrefix(line, "{{") && !strings.HasPrefix(line, "{{<") && !strings.HasPrefix(line, "{{%"):
			return true
		}
		if _, _, ok := wikiHeading(line); ok {
			return true
		}
	}
	return false
}

// wikiBreak stands for a line break that a tag made («<br>», «<p>»),
// which joins no line to the next as a paragraph's lines are joined.
const wikiBreak = '\x00'

// wikiHidden are the tags whose content shows nothing of the page's prose:
// references, formulas, galleries, charts, maps, code, and what shows only
// where the page is included in another («<includeonly>»).
var wikiHidden = map[string]bool{
	"ref": true, "references": true, "math": true, "chem": true, "ce": true,
	"gallery": true, "imagemap": true, "timeline": true, "graph": true,
	"mapframe": true, "maplink": true, "score": true, "hiero": true,
	"syntaxhighlight": true, "source": true, "templatedata": true,
	"templatestyles": true, "inputbox": true, "categorytree": true,
	"includeonly": true, "charinsert": true,
}

// wikiBlocks are the tags that end a line.
var wikiBlocks = map[string]bool{
	"br": true, "p": true, "div": true, "li": true, "blockquote": true,
	"center": true, "dd": true, "dt": true, "tr": true, "table": true,
	"poem": true, "ul": true, "ol": true, "dl": true,
}

// maxWikiTag bounds a tag's length: a '<' with no '>' that near is text.
const maxWikiTag = 1 << 10

// wikiTags returns markup with its comments out, the tags of wikiHidden
// out with their content, and every other tag out with its content kept;
// a tag that ends a line leaves a wikiBreak. A '<' that opens no tag is
// text («س < ص»).
func wikiTags(markup string) (string, bool) {
	if !strings.Contains(markup, "<") && !strings.ContainsRune(markup, wikiBreak) {
		return markup, false
	}
	literal, plain := false, 0 // plain: 1 once markup is found to hold no private rune, -1 once it does
	var b strings.Builder
	b.Grow(len(markup))
	unclosed := map[string]bool{} // tags found to have no end tag after some point
	gt := -1                      // the next '>' at or after the last '<' looked at, or len(markup)
	for i := 0; i < len(markup); {
		j := strings.IndexAny(markup[i:], "<\x00")
		if j < 0 {
			b.WriteString(markup[i:])
			break
		}
		b.WriteString(markup[i : i+j])
		i += j
		if markup[i] == wikiBreak { // a NUL of the input is a line break too
			b.WriteByte('\n')
			i++
			continue
		}
		if strings.HasPrefix(markup[i:], "<!--") {
			end := strings.Index(markup[i+4:], "-->")
			if end < 0 {
				break // a comment never closed hides the rest, as the wiki hides it
			}
			i += 4 + end + 3
			continue
		}
		if gt < i {
			gt = indexFrom(markup, i, '>')
		}
		name, closing, selfClosing, n := wikiTag(markup[i:], gt-i)
		if n == 0 {
			b.WriteByte('<')
			i++
			continue
		}
		i += n
		switch {
		case (name == "nowiki" || wikiHidden[name]) && !closing && !selfClosing && !unclosed[name]:
			end := wikiEndTag(markup[i:], name)
			if end < 0 {
				unclosed[name] = true // no later one closes either: one search a name
				continue
			}
			if name == "nowiki" {
				if plain == 0 {
					plain = 1
					if hasWikiPrivate(markup) {
						plain = -1
					}
				}
				if plain < 0 {
					continue // read as markup, the tag dropped
				}
				// Its entities are read, as the wiki reads them there; the
				// '&'s left are text, which later passes must not read
				// again. (Replace, not WriteString to &b: b would escape to
				// the heap in every call, for a tag few pages hold.)
				b.WriteString(wikiLiteral.Replace(html.UnescapeString(markup[i : i+end])))
				literal = true
			}
			// The element's content is written or hidden; its end tag goes.
			i += end
			if gt := strings.IndexByte(markup[i:], '>'); gt >= 0 {
				i += gt + 1
			} else {
				i = len(markup)
			}
		case wikiBlocks[name]:
			b.WriteByte(wikiBreak)
		}
	}
	return b.String(), literal
}

// wikiEndTag returns where the end tag of the element name begins in s,
// in any case («</ref>», «</REF >»; not «</references>», which split's
// endTag would take for a «</ref»), or -1 for none.
func wikiEndTag(s, name string) int {
	for i := 0; ; {
		k := indexFold(s[i:], "</"+name)
		if k < 0 {
			return -1
		}
		i += k + 2 + len(name)
		if i == len(s) || !asciiLetter(s[i]) && (s[i] < '0' || s[i] > '9') {
			return i - 2 - len(name)
		}
	}
}

// wikiTag reads the tag s opens with, whose first '>' is at gt (or
// len(s) for none): its name lower-cased, whether it closes an element or
// closes itself, and its length; n is 0 when s opens no tag (no letter
// after '<', or no '>' near). The caller finds the '>' once for all the
// '<'s before it.
func wikiTag(s string, gt int) (name string, closing, selfClosing bool, n int) {
	i := 1
	if i < len(s) && s[i] == '/' {
		closing = true
		i++
	}
	start := i
	for i < len(s) && (asciiLetter(s[i]) || i > start && s[i] >= '0' && s[i] <= '9') {
		i++
	}
	if i == start || i < len(s) && s[i] != '>' && s[i] != '/' && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' {
		return "", false, false, 0
	}
	if gt < i || gt >= maxWikiTag || gt >= len(s) {
		return "", false, false, 0
	}
	end := gt + 1
	return strings.ToLower(s[start:i]), closing, s[end-2] == '/', end
}

// The pairs of marks wikiBrackets matches.
const (
	wikiTemplate = iota // {{ }}
	wikiTable           // {| |} at a line's start
	wikiLink            // [[ ]]
	wikiParam           // {{{ }}}, a template's parameter
	wikiExternal        // [ ] around an external link, closed on its line
)

// wikiPair is a pair of marks that match: the opening one at open, the
// closing one at close.
type wikiPair struct {
	open, close int
	kind        int
}

// end is where the pair's closing mark ends: each mark is two bytes but a
// parameter's three and an external link's one.
func (p wikiPair) end() int {
	switch p.kind {
	case wikiParam:
		return p.close + 3
	case wikiExternal:
		return p.close + 1
	}
	return p.close + 2
}

// maxWikiDepth bounds how deep links in links' labels are read: a file's
// caption holds a link, no page more than a few; deeper ones show nothing.
const maxWikiDepth = 8

// wikiBrackets returns s with its templates and tables out and its links
// as their labels (see WikiText). The marks are matched first, in one
// pass with a stack: a closing mark matches the nearest opening one of its
// kind, and the marks of other kinds between them match nothing and are
// text; so is every mark left without its match.
func wikiBrackets(s string) string {
	if !strings.Contains(s, "{{") && !strings.Contains(s, "{|") && !strings.Contains(s, "[[") {
		return s
	}
	var (
		pairs  []wikiPair
		stack  []wikiPair // the open marks, close unset
		counts [5]int     // open marks on the stack, by kind
	)
	closeMark := func(kind, at int) {
		if counts[kind] == 0 {
			return // closes nothing: text
		}
		for {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			counts[top.kind]--
			if top.kind == kind {
				pairs = append(pairs, wikiPair{top.open, at, kind})
				return
			}
		}
	}
	lineStart := true          // only blanks or «:» since the line's start
	closeAt, breakAt := -1, -1 // the next ']' and line break (see wikiExternalLinks)
	for i := 0; i < len(s); i++ {
		c, next := s[i], byte(0)
		if i+1 < len(s) {
			next = s[i+1]
		}
		at := lineStart
		lineStart = c == '\n' || lineStart && (c == ' ' || c == '\t' || c == ':')
		switch {
		case c == '{' && next == '{' && i+2 < len(s) && s[i+2] == '{':
			stack = append(stack, wikiPair{open: i, kind: wikiParam})
			counts[wikiParam]++
			i += 2
		case c == '}' && next == '}' && i+2 < len(s) && s[i+2] == '}' && len(stack) > 0 && stack[len(stack)-1].kind == wikiParam:
			closeMark(wikiParam, i)
			i += 2
		case c == '{' && next == '{':
			stack = append(stack, wikiPair{open: i, kind: wikiTemplate})
			counts[wikiTemplate]++
			i++
		case c == '{' && next == '|' && at:
			stack = append(stack, wikiPair{open: i, kind: wikiTable})
			counts[wikiTable]++
			i++
		case c == '[' && next == '[':
			stack = append(stack, wikiPair{open: i, kind: wikiLink})
			counts[wikiLink]++
			i++
		case c == '[':
			// An external link in a link's label («[[ملف:…|…[https://… المصدر]]]»)
			// closes before the link does.
			if closeAt < i {
				closeAt = indexFrom(s, i, ']')
			}
			if breakAt < i {
				breakAt = indexFrom(s, i, '\n')
			}
			if closeAt < breakAt && hasSchemePrefix(s[i+1:closeAt]) {
				stack = append(stack, wikiPair{open: i, kind: wikiExternal})
				counts[wikiExternal]++
			}
		case c == ']' && len(stack) > 0 && stack[len(stack)-1].kind == wikiExternal:
			closeMark(wikiExternal, i)
		case c == '}' && next == '}':
			closeMark(wikiTemplate, i)
			i++
		case c == '|' && next == '}' && at:
			closeMark(wikiTable, i)
			i++
		case c == ']' && next == ']':
			closeMark(wikiLink, i)
			i++
		}
	}
	if len(pairs) == 0 {
		return s
	}
	// Matched so, pairs nest or lie apart: in the order they open, the
	// pairs inside one come right after it.
	slices.SortFunc(pairs, func(a, b wikiPair) int { return a.open - b.open })
	r := wikiRender{s: s, pairs: pairs}
	r.out.Grow(len(s))
	r.render(0, len(s), 0)
	return r.out.String()
}

// wikiRender writes the text of wikitext whose marks are matched.
type wikiRender struct {
	s      string
	pairs  []wikiPair
	k      int // the next pair to render
	out    strings.Builder
	script int // 0 untold, 1 an Arabic page, 2 another (see arabic)
}

// arabic reports whether the page is in Arabic, of more Arabic letters
// than Latin ones outside its templates (whose names and parameters an
// Arabic wiki writes in English too), told once, when a date asks for its
// months.
func (r *wikiRender) arabic() bool {
	if r.script == 0 {
		arabic, latin, depth := 0, 0, 0
		for i, c := range r.s {
			switch {
			case c == '{' && strings.HasPrefix(r.s[i:], "{{"):
				depth++
			case c == '}' && depth > 0 && strings.HasPrefix(r.s[i:], "}}"):
				depth--
			case depth > 0:
			case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
				latin++
			case unicode.Is(unicode.Arabic, c):
				arabic++
			}
		}
		r.script = 2
		if arabic >= latin {
			r.script = 1
		}
	}
	return r.script == 1
}

// render writes s[a:b], the pairs from r.k that open in it rendered.
func (r *wikiRender) render(a, b, depth int) {
	cur := a
	for r.k < len(r.pairs) && r.pairs[r.k].open < b {
		p := r.pairs[r.k]
		r.out.WriteString(r.s[cur:p.open])
		end := p.end()
		switch {
		case depth >= maxWikiDepth:
		case p.kind == wikiLink:
			r.k++
			r.link(p, depth)
		case p.kind == wikiTemplate:
			r.template(p)
		case p.kind == wikiExternal:
			// Left for wikiExternalLinks, what is inside it read.
			r.k++
			r.out.WriteByte('[')
			r.render(p.open+1, p.close, depth+1)
			r.out.WriteByte(']')
		}
		r.skip(end)
		cur = end
	}
	r.out.WriteString(r.s[cur:b])
}

// skip moves r.k past the pairs that open before end.
func (r *wikiRender) skip(end int) {
	for r.k < len(r.pairs) && r.pairs[r.k].open < end {
		r.k++
	}
}

// link writes what the link p shows: its label, or its target when it has
// none; nothing for a file, a category or a link to another language's
// page. r.k is the first pair inside it.
func (r *wikiRender) link(p wikiPair, depth int) {
	inner := p.open + 2
	pipe := -1
	for j, q := inner, r.k; j < p.close; {
		if q < len(r.pairs) && r.pairs[q].open == j {
			j = r.pairs[q].end()
			for q < len(r.pairs) && r.pairs[q].open < j {
				q++
			}
			continue
		}
		if r.s[j] == '|' {
			pipe = j
			break
		}
		j++
	}
	targetEnd := p.close
	if pipe >= 0 {
		targetEnd = pipe
	}
	target := strings.TrimSpace(r.s[inner:targetEnd])
	if strings.ContainsRune(target, '\n') {
		// No link spans lines: its brackets are text, its inside read.
		r.out.WriteString("[[")
		r.render(inner, p.close, depth+1)
		r.out.WriteString("]]")
		return
	}
	if wikiHiddenLink(target) {
		return
	}
	if pipe >= 0 {
		r.skip(pipe + 1)
		n := r.out.Len()
		r.render(pipe+1, p.close, depth+1)
		if strings.TrimSpace(r.out.String()[n:]) != "" {
			return
		}
		// The pipe trick: «[[باريس (فرنسا)|]]» shows «باريس».
		if k := strings.IndexByte(target, '('); k > 0 {
			target = strings.TrimSpace(target[:k])
		}
	}
	if r.k < len(r.pairs) && r.pairs[r.k].open < p.close {
		// A target with marks inside («[[أ {{ب}}]]») is no page's name: what
		// the marks show, as the wiki shows it.
		r.render(inner, p.close, depth+1)
		return
	}
	target = strings.TrimPrefix(target, ":")
	r.out.WriteString(strings.ReplaceAll(target, "_", " "))
}

// template writes what the template p shows when it stands for words of
// its sentence (see wikiInline): a blank, a measure («{{تحويل|3085|كم2}}»
// «3085 كم2», «{{convert|5|-|10|m}}» «5–10 m»; what it converts the
// measure to is left out, as the parentheses of other templates are), a
// date («{{تاريخ الميلاد والعمر|1944|5|14}}» «14 مايو 1944», the age
// left out, which changes with the day it is read), a number
// («{{formatnum:1234567}}», as written) or a phrase kept on one line
// («{{nowrap|…}}») or words in another language («{{lang|en|…}}»,
// «{{lang-en|…}}»), but in a label's parentheses (wikiLabelParens). Every
// other template shows nothing. r.k is at p; the caller skips what is
// inside it.
func (r *wikiRender) template(p wikiPair) {
	from := p.open + 2
	name := r.s[from:p.close]
	if k := strings.IndexAny(name, "|{["); k >= 0 {
		if name[k] != '|' {
			return // marks in its name: none of ours
		}
		name = name[:k]
	}
	name = strings.TrimSpace(name)
	if len(name) > len("formatnum:") && strings.EqualFold(name[:len("formatnum:")], "formatnum:") {
		r.out.WriteString(strings.TrimSpace(name[len("formatnum:"):]))
		return
	}
	if len(name) > wikiInlineLen {
		return // an infobox, a citation…: no name compared
	}
	key := name
	if strings.ContainsAny(name, "_ABCDEFGHIJKLMNOPQRSTUVWXYZ") { // Arabic has no case: most names are looked up as written
		key = strings.ReplaceAll(strings.ToLower(name), "_", " ")
	}
	kind := wikiInline[key]
	if lang, ok := strings.CutPrefix(key, "lang-"); ok && languageCode(lang) {
		kind = wikiLangFirst // «{{lang-fr|La Trilogie}}»
	}
	if (kind == wikiLang || kind == wikiLangFirst) && wikiLabelParens(r.s, p.open, p.close+2) {
		return
	}
	if kind == wikiNone {
		return // an infobox, a citation…: read no further
	}
	if kind == wikiBlank {
		r.out.WriteByte(' ')
		return
	}
	var args []string // the arguments without a name, from the second
	from += len(name) + 1
	for j, q := from, r.k+1; j <= p.close; j++ {
		if q < len(r.pairs) && r.pairs[q].open == j {
			return // a template, a link or a parameter inside: none of ours
		}
		if j == p.close || r.s[j] == '|' {
			if arg := strings.TrimSpace(r.s[from:j]); !strings.Contains(arg, "=") {
				args = append(args, arg)
			}
			from = j + 1
		}
	}
	switch kind {
	case wikiDate:
		r.out.WriteString(wikiDateText(args, r.arabic()))
		return
	case wikiFirst, wikiLangFirst:
		if len(args) > 0 {
			r.out.WriteString(args[0])
		}
		return
	case wikiLang:
		if len(args) > 1 {
			r.out.WriteString(args[1])
		}
		return
	}
	if len(args) < 2 || args[0] == "" || args[1] == "" {
		return
	}
	value, unit := args[0], args[1]
	if len(args) >= 4 && wikiRangeWords[args[1]] && args[2] != "" {
		sep := " " + args[1] + " "
		if args[1] == "-" || args[1] == "–" {
			sep = "–"
		}
		value, unit = value+sep+args[2], args[3]
	}
	if unit != "" {
		r.out.WriteString(value + " " + unit)
	}
}

// The templates that stand for words of a sentence, by what they show.
const (
	wikiNone = iota
	wikiBlank
	wikiMeasure
	wikiDate      // year, month, day: the first three arguments
	wikiFirst     // the first argument as it is
	wikiLang      // a language's code, then words in it, shown but in a label's parentheses (wikiLabelParens)
	wikiLangFirst // words in the language the name gives («lang-fr»), the same
)

// wikiInline are the names (lower case, blanks for underscores) of the
// templates that stand for words of the sentence they are in: without
// them «10{{nbsp}}كم» read «10كم», «مساحتها {{تحويل|3085|كم2}}» lost its
// measure, and «ولد في {{تاريخ الميلاد والعمر|1944|5|14}} في موديستو»
// its date. Of a date and an age, the date: a death's comes first.
var wikiInline = map[string]int{
	"nbsp": wikiBlank, "space": wikiBlank, "spaces": wikiBlank,
	"convert": wikiMeasure, "cvt": wikiMeasure, "تحويل": wikiMeasure,
	"birth date": wikiDate, "birth date and age": wikiDate, "death date": wikiDate, "death date and age": wikiDate,
	"start date": wikiDate, "start date and age": wikiDate, "end date": wikiDate,
	"تاريخ الميلاد": wikiDate, "تاريخ الميلاد والعمر": wikiDate, "تاريخ الوفاة": wikiDate, "تاريخ الوفاة والعمر": wikiDate,
	"nowrap": wikiFirst,
	"lang":   wikiLang, // and «lang-fr», «lang-en»…: wikiLangFirst
}

// wikiLabelParens reports whether the template at [from, to) of s stands
// in parentheses that hold nothing else but other templates, blanks and
// commas, or a label before a colon: «({{lang-en|Cairo}}، {{lang-fr|Le
// Caire}})», «(بالإنجليزية: {{lang|en|Cairo}})», the names of a thing in
// other languages, which a lead does without. Such a template shows
// nothing, and emptyParensOut leaves its parentheses out; in a sentence,
// or in parentheses that say more («(وتعني {{lang|fr|la ville}})»), it is
// a word of the sentence.
// Parentheses further than wikiLabelReach bytes from the template are
// not its own, so that a line of thousands of templates is read in time
// linear in its length.
func wikiLabelParens(s string, from, to int) bool {
	before := max(0, from-wikiLabelReach)
	open := strings.LastIndexAny(s[before:from], "()\n")
	end := strings.IndexAny(s[to:min(len(s), to+wikiLabelReach)], "()\n")
	if open < 0 || s[before+open] != '(' || end < 0 || s[to+end] != ')' {
		return false
	}
	open += before
	var inside strings.Builder
	depth := 0
	for i := open + 1; i < to+end; i++ {
		switch {
		case strings.HasPrefix(s[i:], "{{"):
			depth++
			i++
		case depth > 0 && strings.HasPrefix(s[i:], "}}"):
			depth--
			i++
		case depth == 0:
			inside.WriteByte(s[i])
		}
	}
	label := strings.TrimRight(inside.String(), wikiLeavings)
	return strings.TrimLeft(label, wikiLeavings) == "" || strings.HasSuffix(label, ":")
}

// wikiLabelReach bounds the search for a template's parentheses: a label's
// hold a few names («(بالإنجليزية: …، بالفرنسية: …)»).
const wikiLabelReach = 256

// wikiMonths are the months as the Arabic wiki names them, and in English.
var wikiMonths = [2][12]string{
	{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
	{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
}

// wikiDateText writes a date template's year, month and day (args, the
// first three of its arguments without a name) as a page shows them, «14
// مايو 1944», with the months of an Arabic page or of another; a month
// and a year, or a year, alone. Anything that is no date gives "".
func wikiDateText(args []string, arabic bool) string {
	var n [3]int
	for i := range min(len(args), 3) {
		v, err := strconv.Atoi(args[i])
		if err != nil || len(args[i]) > 4 || v < 1 {
			return ""
		}
		n[i] = v
	}
	months := wikiMonths[1]
	if arabic {
		months = wikiMonths[0]
	}
	switch {
	case len(args) == 0 || n[0] == 0:
		return ""
	case len(args) == 1:
		return strconv.Itoa(n[0])
	case n[1] > 12:
		return ""
	case len(args) == 2:
		return months[n[1]-1] + " " + strconv.Itoa(n[0])
	case n[2] > 31:
		return ""
	}
	return strconv.Itoa(n[2]) + " " + months[n[1]-1] + " " + strconv.Itoa(n[0])
}

// wikiInlineLen is the longest of wikiInline's names, in bytes.
var wikiInlineLen = func() (n int) {
	for name := range wikiInline {
		n = max(n, len(name))
	}
	return n
}()

// wikiRangeWords join the two ends of a range in a conversion
// («{{convert|5|to|10|km}}»).
var wikiRangeWords = map[string]bool{"-": true, "–": true, "to": true, "and": true, "or": true, "إلى": true, "و": true, "أو": true}

// wikiMedia are the namespaces whose links put a file or a category on
// the page rather than a word in the text, in Arabic and in English.
var wikiMedia = []string{"ملف", "صورة", "ميديا", "وسائط", "تصنيف", "file", "image", "media", "category"}

// wikiHiddenLink reports whether a link to target shows nothing in the
// text: a file's or an image's (its caption with it), a category's, or
// one to the same page in another language («[[en:Cairo]]»). A target
// that opens with a colon («[[:en:Cairo|…]]») is a link that shows.
func wikiHiddenLink(target string) bool {
	prefix, _, ok := strings.Cut(target, ":")
	if !ok || prefix == "" {
		return false
	}
	prefix = strings.TrimSpace(prefix)
	for _, ns := range wikiMedia {
		if strings.EqualFold(prefix, ns) {
			return true
		}
	}
	return languageCode(prefix)
}

// languageCode reports whether s reads as a wiki's language code: two or
// three small Latin letters, and more after hyphens («en», «arz»,
// «zh-yue»), or «simple».
func languageCode(s string) bool {
	if s == "simple" {
		return true
	}
	head, rest, _ := strings.Cut(s, "-")
	if len(head) < 2 || len(head) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 'a' || c > 'z') && (c != '-' || i < len(head)) {
			return false
		}
	}
	return !strings.HasSuffix(rest, "-") && !strings.Contains(rest, "--")
}

// wikiSchemes open an external link's address.
var wikiSchemes = []string{"http://", "https://", "ftp://", "//", "mailto:", "news:"}

// wikiExternalLinks returns s with its external links as their labels:
// «[https://… الموقع]» is «الموقع», «[https://…]» nothing. A bracket
// that opens no address, or none closed on its line, is text («[2]»).
func wikiExternalLinks(s string) string {
	if !strings.Contains(s, "[") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	// The next ']' and line break at or after the last '[' looked at, found
	// once for all the '['s before them: a line of a million '['s costs
	// one pass.
	closeAt, breakAt := -1, -1
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '[')
		if j < 0 {
			b.WriteString(s[i:])
			break
		}
		b.WriteString(s[i : i+j])
		i += j
		if closeAt < i {
			closeAt = indexFrom(s, i, ']')
		}
		if breakAt < i {
			breakAt = indexFrom(s, i, '\n')
		}
		if closeAt >= breakAt || !hasSchemePrefix(s[i+1:closeAt]) {
			b.WriteByte('[')
			i++
			continue
		}
		if _, label, ok := strings.Cut(s[i+1:closeAt], " "); ok {
			b.WriteString(strings.TrimSpace(label))
		}
		i = closeAt + 1
	}
	return b.String()
}

// hasSchemePrefix reports whether s opens with an address's scheme.
func hasSchemePrefix(s string) bool {
	for _, scheme := range wikiSchemes {
		if hasPrefixFold(s, scheme) {
			return true
		}
	}
	return false
}

// wikiNoProse are the titles of the sections that list references, notes,
// further reading and links (normalized, see Normalize).
var wikiNoProse = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range []string{
		"المراجع", "مراجع", "المصادر", "مصادر", "المراجع والمصادر", "مصادر ومراجع", "المصادر والمراجع",
		"مراجع وهوامش", "المراجع والهوامش", "الهوامش", "هوامش", "ملاحظات", "الملاحظات",
		"وصلات خارجية", "وصلة خارجية", "روابط خارجية", "انظر أيضا", "انظر أيضًا", "اقرأ أيضا",
		"قراءات إضافية", "قراءات أخرى", "للاستزادة", "قراءة إضافية", "مراجع إضافية", "ببليوغرافيا",
		"references", "notes", "footnotes", "sources", "see also", "external links",
		"further reading", "bibliography", "notes and references",
	} {
		m[Normalize(t)] = true
	}
	return m
}()

// wikiLines returns the lines of s (wikitext whose tags, templates,
// tables and links are read) as WikiText gives them: section titles as
// headings, the sections of wikiNoProse out, list items and indented
// lines a line each, a paragraph's lines joined, and each line as
// wikiClean gives it.
func wikiLines(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	const (
		none = iota
		paragraph
		item
	)
	last := none        // what the last line written was
	blank := false      // a blank line or a break comes before the next
	skipLevel := 0      // the level of the section left out, or 0
	newline := func() { // before a line of its own
		switch {
		case b.Len() == 0:
		case blank:
			b.WriteString("\n\n")
		default:
			b.WriteByte('\n')
		}
		blank = false
	}
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimRight(line, " \t\r")
		if level, title, ok := wikiHeading(line); ok {
			if skipLevel > 0 && level > skipLevel {
				continue
			}
			skipLevel = 0
			title = wikiClean(strings.ReplaceAll(title, string(wikiBreak), " ")) // a title is one line
			if wikiNoProse[Normalize(title)] {
				skipLevel = level
				continue
			}
			if !hasLetterOrDigit(title) {
				continue
			}
			blank = true
			newline()
			b.WriteString("## ")
			b.WriteString(title)
			last, blank = item, true
			continue
		}
		if skipLevel > 0 {
			continue
		}
		trimmed := strings.TrimLeft(line, " \t")
		switch {
		case trimmed == "":
			blank = last != none
			continue
		case strings.HasPrefix(trimmed, "----"):
			blank = last != none
			continue
		case trimmed[0] == '|' || trimmed[0] == '!':
			continue // a row of a table that never closed
		}
		kind := paragraph
		if k := strings.IndexFunc(trimmed, func(r rune) bool { return !strings.ContainsRune("*#:;", r) }); k != 0 {
			kind = item
			if k < 0 {
				k = len(trimmed)
			}
			trimmed = trimmed[k:]
		}
		for part := range strings.SplitSeq(trimmed, string(wikiBreak)) {
			text := wikiClean(part)
			if !hasLetterOrDigit(text) {
				continue
			}
			if kind == paragraph && last == paragraph && !blank {
				b.WriteByte(' ')
			} else {
				newline()
			}
			b.WriteString(text)
			last = kind
			kind = item // what a break ends joins nothing after it
		}
		if strings.Contains(trimmed, string(wikiBreak)) {
			last = item
		}
	}
	return b.String()
}

// wikiHeading reads a section's title: a line between runs of «=», its
// level the shorter run's length.
func wikiHeading(line string) (level int, title string, ok bool) {
	t := strings.TrimSpace(line)
	if len(t) < 3 || t[0] != '=' || t[len(t)-1] != '=' {
		return 0, "", false
	}
	lead := len(t) - len(strings.TrimLeft(t, "="))
	trail := len(t) - len(strings.TrimRight(t, "="))
	if lead == len(t) {
		return 0, "", false
	}
	level = min(lead, trail, 6)
	return level, strings.TrimSpace(t[level : len(t)-level]), true
}

// wikiClean returns a line's text without bold and italic (runs of two
// or more apostrophes), magic words («__NOTOC__»), parentheses left with
// nothing in them, and runs of blanks, its entities read.
func wikiClean(s string) string {
	if strings.Contains(s, "''") {
		var b strings.Builder
		for i := 0; i < len(s); {
			if s[i] == '\'' && i+1 < len(s) && s[i+1] == '\'' {
				for i < len(s) && s[i] == '\'' {
					i++
				}
				continue
			}
			b.WriteByte(s[i])
			i++
		}
		s = b.String()
	}
	if strings.Contains(s, "__") {
		s = wikiMagicOut(s)
	}
	if strings.Contains(s, "(") {
		s = emptyParensOut(s)
	}
	if strings.Contains(s, "&") {
		s = html.UnescapeString(s) // «&nbsp;» is a blank as any other
	}
	return oneSpaced(s)
}

// wikiMagicOut returns s without its magic words: «__» a word of letters,
// single underscores between them («__لا_فهرس__»), «__».
func wikiMagicOut(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "__")
		if j < 0 {
			b.WriteString(s[i:])
			break
		}
		b.WriteString(s[i : i+j])
		i += j
		k := i + 2
		for k < len(s) && !strings.HasPrefix(s[k:], "__") {
			r, size := utf8.DecodeRuneInString(s[k:])
			if r != '_' && !unicode.IsLetter(r) {
				break
			}
			k += size
		}
		if k > i+2 && strings.HasPrefix(s[k:], "__") {
			i = k + 2
			continue
		}
		b.WriteString("__")
		i += 2
	}
	return b.String()
}

// wikiLeavings are what templates left out of parentheses leave between
// them: blanks, commas, semicolons and the dash between two dates
// («({{تاريخ الميلاد|…}} – {{تاريخ الوفاة|…}})»).
const wikiLeavings = " \t،,;؛-–—"

// emptyParensOut returns s without the parentheses that hold nothing but
// wikiLeavings, or a label before a colon and nothing after it
// («(بالإنجليزية: )»), as templates left out of them leave them, and the
// blank before them. Parentheses that hold a mark of the writer's
// («(...)», «(')») stay.
func emptyParensOut(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '(')
		if j < 0 {
			b.WriteString(s[i:])
			break
		}
		j += i
		end := strings.IndexAny(s[j+1:], "()")
		if end < 0 || s[j+1+end] != ')' {
			b.WriteString(s[i : j+1])
			i = j + 1
			continue
		}
		inside := strings.TrimRight(s[j+1:j+1+end], wikiLeavings)
		if strings.TrimLeft(inside, wikiLeavings) != "" && !strings.HasSuffix(inside, ":") {
			b.WriteString(s[i : j+1+end+1])
		} else {
			b.WriteString(strings.TrimRight(s[i:j], " \t"))
		}
		i = j + 1 + end + 1
	}
	return b.String()
}

// hasLetterOrDigit reports whether s holds a letter or a digit.
func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
