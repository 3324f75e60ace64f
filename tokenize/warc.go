package tokenize

import (
	"strconv"
	"strings"
)

// A web archive in WARC (ISO 28500) holds records one after another, each
// a header of named fields, a blank line, and a block of Content-Length
// bytes. Common Crawl's WET files, the text it extracted from each page it
// fetched, are WARC files whose "conversion" records hold a page's title
// on their first line and its text after it: what research on Arabic web
// text reads. Read as text, a file's thousands of pages would be one
// summary, its fields and digests words.

// isWARC reports whether text opens as a WARC file: «WARC/1.0» or
// «WARC/1.1» and a line break.
func isWARC(text string) bool {
	s := strings.TrimPrefix(text, "\ufeff")
	return (strings.HasPrefix(s, "WARC/1.0") || strings.HasPrefix(s, "WARC/1.1")) &&
		len(s) > 8 && (s[8] == '\r' || s[8] == '\n')
}

// warcArticles returns the pages of a WARC file's conversion records (see
// Articles), or ok false for other text. A record whose block a cut leaves
// short is left out, and so are the others: the file's own information, a
// crawl's requests, responses and metadata.
func warcArticles(text string) (articles []Article, ok bool) {
	if !isWARC(text) {
		return nil, false
	}
	s := strings.TrimPrefix(text, "\ufeff")
	for len(s) > 0 {
		header, rest, found := cutHeader(s)
		if !found {
			break
		}
		h := readWARCHeader(header)
		n, err := strconv.Atoi(h.length)
		if err != nil || n < 0 || n > len(rest) {
			// No length to trust, or a cut: the next record is found by
			// its version line.
			s = nextWARCRecord(rest)
			continue
		}
		block := rest[:n]
		s = strings.TrimLeft(rest[n:], "\r\n")
		if h.kind != "conversion" {
			continue
		}
		title, body, _ := strings.Cut(block, "\n")
		a := Article{Title: strings.Join(strings.Fields(title), " "), Text: strings.TrimSpace(body), ID: h.uri}
		if !hasWordOutsideTags(a.Text) {
			continue
		}
		if isTheText(a.Title, a.Text) {
			a.Title = ""
		}
		articles = append(articles, a)
	}
	return articles, true
}

// cutHeader cuts a record's header, up to the first blank line, from the
// block after it; found is false when no blank line ends it.
func cutHeader(s string) (header, rest string, found bool) {
	if i := strings.Index(s, "\r\n\r\n"); i >= 0 {
		if j := strings.Index(s[:i], "\n\n"); j < 0 {
			return s[:i], s[i+4:], true
		}
	}
	if i := strings.Index(s, "\n\n"); i >= 0 {
		return s[:i], s[i+2:], true
	}
	return "", "", false
}

// warcHeader is what a record's header says the record is: its type, its
// page's address and its block's length. Its other fields (dates, digests,
// ids) are passed over.
type warcHeader struct{ kind, uri, length string }

// readWARCHeader reads a record's header, its field names in any case.
func readWARCHeader(header string) (h warcHeader) {
	for line := range strings.Lines(header) {
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		value = strings.TrimSpace(value)
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "warc-type":
			h.kind = value
		case "warc-target-uri":
			h.uri = value
		case "content-length":
			h.length = value
		}
	}
	return h
}

// nextWARCRecord returns s from the next record's version line, or "".
func nextWARCRecord(s string) string {
	for i := 0; ; {
		k := strings.Index(s[i:], "\nWARC/1.")
		if k < 0 {
			return ""
		}
		i += k + 1
		if isWARC(s[i:]) {
			return s[i:]
		}
	}
}
