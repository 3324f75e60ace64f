package tokenize

import "strings"

// FrontMatter finds the block of metadata that static-site generators
// (Hugo, Jekyll, Zola, Astro) put at the top of a Markdown content file:
// YAML between a line of "---" and a line of "---" or "...", or TOML
// between two lines of "+++". It returns where the body after the block
// starts and the span of the block's top-level title value, without its
// quotes (the zero Span when there is none or it holds no letter or
// digit); ok is false, with body 0, when text does not open with a block.
//
// A reader's header is a block too: Jina Reader, which many pipelines use
// to turn a page into Markdown, opens with «Title: …», then lines such as
// «URL Source: …» and «Published Time: …», and «Markdown Content:» before
// the page.
//
// The block must open the text, after a byte order mark at most, as the
// generators require, its first key must follow its opening line, and
// it must be closed: a Markdown rule («---») above a paragraph is not a
// block. Keys are ASCII, as the generators' are, so a line of Arabic
// prose with a colon («قال الوزير: …») is never read as one. The title
// is the value's text as written: escapes in a quoted value («\"», «”»)
// stay as they are.
func FrontMatter(text string) (body int, title Span, ok bool) {
	i := 0
	if strings.HasPrefix(text, "\ufeff") {
		i = len("\ufeff")
	}
	if strings.HasPrefix(text[i:], readerTitle) {
		return readerHeader(text, i)
	}
	end, next := lineEnd(text, i)
	var sep byte // what follows a key: ':' in YAML, '=' in TOML
	switch strings.TrimRight(text[i:end], " \t") {
	case "---":
		sep = ':'
	case "+++":
		sep = '='
	default:
		return 0, Span{}, false
	}
	if _, _, isKey := keyAt(text[next:], sep); !isKey {
		return 0, Span{}, false
	}
	top := true // a TOML table ends the top level: its title is not the page's
	for start := next; start < len(text); {
		end, next := lineEnd(text, start)
		line := text[start:end]
		switch strings.TrimRight(line, " \t") {
		case "---", "...":
			if sep == ':' {
				return next, title, true
			}
		case "+++":
			if sep == '=' {
				return next, title, true
			}
		}
		if sep == '=' && strings.HasPrefix(line, "[") {
			top = false
		}
		if k, v, isKey := keyAt(line, sep); isKey && top && title == (Span{}) && strings.EqualFold(line[:k], "title") {
			title = titleValue(text, start+v, end)
		}
		start = next
	}
	return 0, Span{}, false // never closed
}

// keyAt reports whether line opens at its first byte with a key of ASCII
// letters, digits, '_' or '-', then sep (after blanks in TOML), then a
// blank or the line's end, and returns the key's length and where its
// value starts.
func keyAt(line string, sep byte) (key, value int, ok bool) {
	k := 0
	for k < len(line) && keyByte(line[k]) {
		k++
	}
	if k == 0 {
		return 0, 0, false
	}
	j := k
	if sep == '=' {
		for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
			j++
		}
	}
	if j == len(line) || line[j] != sep {
		return 0, 0, false
	}
	j++
	if j < len(line) && line[j] != ' ' && line[j] != '\t' && line[j] != '\r' && line[j] != '\n' {
		return 0, 0, false
	}
	return k, j, true
}

func keyByte(c byte) bool {
	return asciiLetter(c) || '0' <= c && c <= '9' || c == '_' || c == '-'
}

// titleValue returns the span of the value in text[i:end], after a key's
// separator: inside its quotes when quoted (to the line's end when the
// closing quote is not on it), else up to a comment. A block scalar
// («>-», «|»), a list or a table is not read.
func titleValue(text string, i, end int) Span {
	for i < end && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	if i == end {
		return Span{}
	}
	j := end
	switch q := text[i]; q {
	case '"', '\'':
		i++
		for k := i; k < end; k++ {
			switch {
			case q == '"' && text[k] == '\\':
				k++ // the escaped byte cannot close the string
			case text[k] == q && q == '\'' && k+1 < end && text[k+1] == '\'':
				k++ // '' is a quote inside a single-quoted string
			case text[k] == q:
				j = k
				k = end
			}
		}
	case '|', '>', '[', '{':
		return Span{}
	default:
		if c := strings.Index(text[i:end], " #"); c >= 0 {
			j = i + c
		}
	}
	sp, ok := trim(text, i, j)
	if !ok {
		return Span{}
	}
	return sp
}

const readerTitle = "Title: "

// readerHeader reads the header that opens text at i with readerTitle: it
// ends with the line «Markdown Content:», and every line before it is
// blank or a field, «Name Of Field: …».
func readerHeader(text string, i int) (body int, title Span, ok bool) {
	end, next := lineEnd(text, i)
	title, _ = trim(text, i+len(readerTitle), end)
	for start := next; start < len(text); {
		end, next := lineEnd(text, start)
		line := strings.TrimRight(text[start:end], " \t")
		switch {
		case line == "Markdown Content:":
			return next, title, true
		case line != "" && !readerField(line):
			return 0, Span{}, false
		}
		start = next
	}
	return 0, Span{}, false
}

// readerField reports whether line opens with a field's name, ASCII
// letters and single spaces, then a colon and a blank.
func readerField(line string) bool {
	k := strings.Index(line, ": ")
	if k <= 0 || k > 40 {
		return false
	}
	for n := 0; n < k; n++ {
		c := line[n]
		if !asciiLetter(c) && (c != ' ' || n == 0 || line[n-1] == ' ') {
			return false
		}
	}
	return true
}
