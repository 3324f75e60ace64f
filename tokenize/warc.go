package tokenize

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"io"
	"iter"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// A web archive in WARC (ISO 28500) holds records one after another, each
// a header of named fields, a blank line, and a block of Content-Length
// bytes. Common Crawl's WET files, the text it extracted from each page it
// fetched, are WARC files whose "conversion" records hold a page's title
// on their first line and its text after it: what research on Arabic web
// text reads. A crawl's own WARC files (wget's --warc-file, Heritrix's,
// national libraries' web archives, Common Crawl's WARC files) hold each
// page as it was fetched: a "response" record, an HTTP response whose
// body is the page's HTML, in the encoding and the codings its server
// sent. Read as text, a file's thousands of pages would be one summary,
// its fields and digests words.

// IsWARC reports whether text opens as a web archive's WARC file:
// «WARC/1.0» or «WARC/1.1» and a line break, after a byte order mark or
// not. Its records' blocks may be bytes of any kind (a crawl's pages in
// their servers' encodings, gzip'd), which no reader of text should judge.
func IsWARC(text string) bool {
	s := strings.TrimPrefix(text, "\ufeff")
	return len(s) > 8 && (s[8] == '\r' || s[8] == '\n') && isWARCVersion(s[:8])
}

// isWARCVersion reports whether line, a record's first, is a version line
// of WARC 1.0 or 1.1, the versions crawlers write.
func isWARCVersion(line string) bool {
	return line == "WARC/1.0" || line == "WARC/1.1"
}

// warcArticles returns the pages of a WARC file's conversion, response and
// resource records (see Articles), or ok false for other text: ReadWARC's,
// read from the text.
func warcArticles(text string) (articles []Article, ok bool) {
	if !IsWARC(text) {
		return nil, false
	}
	for a := range ReadWARC(strings.NewReader(text), -1) { // a strings.Reader fails never
		articles = append(articles, a)
	}
	return articles, true
}

// ReadWARC returns the pages of a web archive's WARC file read from r, as
// Articles gives them from the whole file, in order, but reading one
// record at a time: a crawl's file is gigabytes, and its pages are read in
// the memory of one. A record whose block is longer than maxBlock bytes
// (maxBlock < 0: no bound) is read through and passed over: a page's with
// a *LongError that names it, after which the sequence goes on, and a
// video's or anything else that would be no page without a word. A
// record is found by its version line («WARC/1.0», «WARC/1.1»), so what
// comes before one, or after a record with no length to trust, is passed
// over; a record whose block a cut leaves short ends the file, and is left
// out; the file's own information, requests, metadata, revisits and what
// is not a page (see Articles) are none. An error reading r, but its end,
// ends the sequence with it.
func ReadWARC(r io.Reader, maxBlock int) iter.Seq2[Article, error] {
	return func(yield func(Article, error) bool) {
		w := warcReaders.Get().(*warcReader)
		w.r.Reset(r)
		w.maxBlock, w.err = maxBlock, nil
		defer func() {
			w.r.Reset(nil) // r is let go
			warcReaders.Put(w)
		}()
		for {
			a, passed, ok := w.next()
			if w.err != nil {
				yield(Article{}, w.err)
				return
			}
			if !ok {
				return
			}
			if passed != nil {
				if !yield(Article{}, passed) {
					return
				}
				continue
			}
			if !yield(a, nil) {
				return
			}
		}
	}
}

// warcReaders keeps readers, their buffers and their gzip readers, from
// one file to the next: made anew for each, they were a third of the time
// BenchmarkArticles/wet took to read its 20 pages (133 against 90 µs).
var warcReaders = sync.Pool{New: func() any { return &warcReader{r: bufio.NewReaderSize(nil, 64<<10)} }}

// warcReader reads a WARC file's records one after another.
type warcReader struct {
	r        *bufio.Reader
	maxBlock int
	z        inflater
	hdr      []byte // the header being read
	err      error  // the first error reading r, but its end
}

// maxWARCLine and maxWARCHeader bound what is kept of a header's line and
// of a header: a record's fields are a few hundred bytes, and a line that
// never ends is read through, not held.
const (
	maxWARCLine   = 8 << 10
	maxWARCHeader = 64 << 10
)

// next returns the next page, or a page past maxBlock as passed; ok is
// false at the end of the file or at an error, which w.err then holds.
func (w *warcReader) next() (a Article, passed *LongError, ok bool) {
	for {
		h, ok := w.header()
		if !ok {
			return Article{}, nil, false
		}
		n, err := strconv.ParseInt(h.length, 10, 64)
		if err != nil || n < 0 {
			continue // no length to trust: the next record is found by its version line
		}
		if w.maxBlock >= 0 && n > int64(w.maxBlock) {
			// Only what would be a page is named: a crawl's videos are
			// many, and no reader wants a word of each.
			head, _ := w.r.Peek(int(min(n, maxPageHead)))
			page := longPage(h, string(head))
			if _, err := io.CopyN(io.Discard, w.r, n); err != nil {
				w.fail(err)
				return Article{}, nil, false // a cut: the record is left out, as a short one is
			}
			if page {
				return Article{}, &LongError{ID: h.uri, Size: n, Bound: w.maxBlock}, true
			}
			continue
		}
		block, ok := w.block(n)
		if !ok {
			return Article{}, nil, false
		}
		if a, ok := w.page(h, block); ok {
			return a, nil, true
		}
	}
}

// maxPageHead is how much of a record past maxBlock is read to tell
// whether it is a page: an HTTP response's header is a few hundred bytes.
const maxPageHead = 16 << 10

// longPage reports whether a record too long to read, of which head is the
// first bytes, would be a page (see crawledPage): a WET file's text, a
// successful response or a resource whose type is HTML, or whose type is
// not given and whose body opens as an HTML document. A body of no type
// in a coding (gzip) is not inflated to tell: it is taken for a page, as
// a word too many costs less than a page lost without one.
func longPage(h warcHeader, head string) bool {
	switch h.kind {
	case "conversion":
		return true
	case "resource":
		return isHTML(h.contentType, head)
	case "response":
		r, ok := readResponse(head)
		if !ok || r.contentType != "" {
			return ok
		}
		if !identity(r.coding) {
			return true
		}
		if r.chunked {
			r.body = dechunked(r.body)
		}
		return isHTML("", r.body)
	}
	return false
}

// block reads a record's block of n bytes; ok is false when a cut leaves
// it short, or at an error. A block that fits in the reader's buffer, as a
// page's text does, is copied from there once.
func (w *warcReader) block(n int64) (string, bool) {
	if n <= int64(w.r.Size()) {
		p, err := w.r.Peek(int(n))
		if len(p) < int(n) {
			w.fail(err)
			return "", false // a cut
		}
		block := string(p)
		_, _ = w.r.Discard(int(n)) // what Peek gave is there to discard
		return block, true
	}
	var b strings.Builder
	b.Grow(int(min(n, 1<<20))) // a length is no promise: a cut, or a lie
	if _, err := io.CopyBuffer(&b, io.LimitReader(w.r, n), w.z.copyBuf()); err != nil {
		w.fail(err)
		return "", false
	}
	return b.String(), int64(b.Len()) == n
}

// fail keeps err, unless it is the end of the file.
func (w *warcReader) fail(err error) {
	if err != io.EOF && err != io.ErrUnexpectedEOF {
		w.err = err
	}
}

// header reads the next record's header, past anything before its version
// line; ok is false at the end of the file.
func (w *warcReader) header() (h warcHeader, ok bool) {
	for {
		version, more := w.versionLine()
		if !more {
			return h, false
		}
		if version {
			break
		}
	}
	w.hdr = w.hdr[:0]
	for {
		start := len(w.hdr)
		hdr, more := w.appendLine(w.hdr)
		switch {
		case !more:
			return h, false // a header a cut leaves open
		case len(hdr) == start:
			return readWARCHeader(string(w.hdr)), true
		case len(hdr) < maxWARCHeader:
			w.hdr = append(hdr, '\n')
		}
	}
}

// versionLine reads the next line of the file and reports whether it is a
// record's version line («WARC/1.0», «WARC/1.1», after a byte order mark
// or not); more is false at the end. Nothing is kept of the line.
func (w *warcReader) versionLine() (version, more bool) {
	chunk, err := w.r.ReadSlice('\n')
	whole := err == nil
	for err == bufio.ErrBufferFull { // a line longer than the buffer is no version line
		chunk, err = w.r.ReadSlice('\n')
	}
	if err != nil {
		w.fail(err)
		if len(chunk) == 0 || w.err != nil {
			return false, false
		}
		whole = true // the last line, without a line break
	}
	line := bytes.TrimPrefix(bytes.TrimRight(chunk, "\r\n"), []byte("\ufeff"))
	return whole && isWARCVersion(string(line)), true
}

// appendLine appends the next line of the file to b, without its line
// break (LF or CRLF) and no more than maxWARCLine bytes of it; more is
// false at the end.
func (w *warcReader) appendLine(b []byte) (line []byte, more bool) {
	start, read := len(b), 0
	for {
		chunk, err := w.r.ReadSlice('\n')
		read += len(chunk)
		if len(b)-start < maxWARCLine {
			b = append(b, chunk[:min(len(chunk), maxWARCLine-(len(b)-start))]...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			w.fail(err)
			if read == 0 || w.err != nil {
				return b[:start], false
			}
		}
		return append(b[:start], bytes.TrimSuffix(bytes.TrimSuffix(b[start:], []byte("\n")), []byte("\r"))...), true
	}
}

// page returns a record's page (see Articles); ok is false for a record
// that holds none.
func (w *warcReader) page(h warcHeader, block string) (a Article, ok bool) {
	switch h.kind {
	case "conversion":
		title, body, _ := strings.Cut(block, "\n")
		a = Article{Title: oneSpaced(title), Text: strings.TrimSpace(body), ID: h.uri, Language: h.language}
		if isTheText(a.Title, a.Text) {
			a.Title = ""
		}
	case "response", "resource":
		a = Article{Text: w.z.crawledPage(h, block), ID: h.uri}
	}
	return a, hasWordOutsideTags(a.Text)
}

// maxPage is the most of a page's HTML read from a record whose coding
// (gzip, deflate) inflates it: the longest news page is a few MiB, and a
// small record that inflates to gigabytes is not held.
const maxPage = 16 << 20

// crawledPage returns the HTML of a page as a crawl recorded it, as UTF-8:
// of a response, the body of a successful HTTP response (2xx) whose type
// is HTML, its transfer and content codings undone; of a resource, the
// block, when its type is HTML. Anything else gives "": a redirect, an
// error page, a picture, a script, robots.txt, a crawler's log, a coding
// not read (Brotli), a record that is no HTTP (a DNS lookup).
func (z *inflater) crawledPage(h warcHeader, block string) string {
	contentType, body := h.contentType, block
	if h.kind == "response" {
		r, ok := readResponse(block)
		if !ok {
			return ""
		}
		contentType, body = r.contentType, r.body
		if r.chunked {
			body = dechunked(body)
		}
		if body, ok = z.inflated(r.coding, body); !ok {
			return ""
		}
	}
	if !isHTML(contentType, body) {
		return ""
	}
	return asUTF8(body, attrValue(contentType, "charset"))
}

// response is what a crawled HTTP response's head says of its body.
type response struct {
	contentType, coding string
	chunked             bool
	body                string // as it came, its codings not undone
}

// readResponse reads a response record's block: ok when it is a
// successful HTTP response (2xx) whose type, when it gives one, is HTML.
// A picture or a script is told so before its codings are undone.
func readResponse(block string) (r response, ok bool) {
	if !strings.HasPrefix(block, "HTTP/") {
		return r, false
	}
	header, rest, found := cutHeader(block)
	status, fields, _ := strings.Cut(header, "\n")
	if code := strings.Fields(status); !found || len(code) < 2 || len(code[1]) != 3 || code[1][0] != '2' {
		return r, false
	}
	eachField(fields, func(name, value string) {
		switch name {
		case "content-type":
			r.contentType = value
		case "transfer-encoding":
			r.chunked = strings.Contains(strings.ToLower(value), "chunked")
		case "content-encoding":
			r.coding = value
		}
	})
	r.body = rest
	return r, r.contentType == "" || isHTML(r.contentType, "")
}

// isHTML reports whether a page of contentType is HTML (or XHTML); a page
// whose type is not given, when it opens as an HTML document.
func isHTML(contentType, body string) bool {
	media, _, _ := strings.Cut(contentType, ";")
	switch strings.ToLower(strings.TrimSpace(media)) {
	case "text/html", "application/xhtml+xml":
		return true
	case "":
		head := strings.TrimLeft(body[:min(len(body), 512)], " \t\r\n\ufeff")
		return indexFold(head, "<!doctype html") == 0 || indexFold(head, "<html") == 0
	}
	return false
}

// dechunked returns body without HTTP's chunked transfer coding, as wget
// and Heritrix record it: each chunk's size in hex on a line, perhaps with
// extensions, its bytes and a line break. A chunk a cut leaves short gives
// what came before the cut; a body whose first line is no size is not
// chunked, whatever its header says, and is kept whole.
func dechunked(body string) string {
	var b strings.Builder
	for s, first := body, true; ; first = false {
		line, rest, found := strings.Cut(s, "\n")
		size, _, _ := strings.Cut(line, ";")
		n, err := strconv.ParseUint(strings.TrimSpace(size), 16, 63)
		switch {
		case err != nil && errors.Is(err, strconv.ErrRange):
			n = uint64(len(rest)) // a size past the end: a cut
		case err != nil && first:
			return body
		case err != nil, n == 0, !found:
			return b.String()
		}
		n = min(n, uint64(len(rest)))
		b.WriteString(rest[:n])
		s = strings.TrimPrefix(strings.TrimPrefix(rest[n:], "\r"), "\n")
	}
}

// inflater undoes pages' content codings (gzip, deflate) with readers
// kept from one page to the next: a reader's window and tables are some
// 40 KB, and allocating them anew for each page, with a buffer that
// doubled as it filled, was nearly half the time a crawl's file took to
// read (BenchmarkArticles/warc, 1.24 ms against 681 µs).
type inflater struct {
	gz  *gzip.Reader
	zl  io.ReadCloser // zlib's, a zlib.Resetter
	fl  io.ReadCloser // flate's, a flate.Resetter
	buf []byte        // for copying, see copyBuf
}

// copyBuf returns the buffer a page or a long block is copied through,
// made once.
func (z *inflater) copyBuf() []byte {
	if z.buf == nil {
		z.buf = make([]byte, 32<<10)
	}
	return z.buf
}

// identity reports whether a content coding leaves the body as it is:
// none, or «identity».
func identity(coding string) bool {
	c := strings.TrimSpace(coding)
	return c == "" || strings.EqualFold(c, "identity")
}

// inflated returns body without its content coding (gzip, deflate), no
// more than maxPage bytes of it; ok is false for a coding not read or data
// damaged from the start. Common Crawl undoes the coding itself and
// renames the field (X-Crawler-Content-Encoding), which is not read.
func (z *inflater) inflated(coding, body string) (string, bool) {
	if identity(coding) {
		return body, true
	}
	var r io.Reader
	in := strings.NewReader(body)
	switch strings.ToLower(strings.TrimSpace(coding)) {
	case "gzip", "x-gzip":
		if z.gz == nil {
			gz, err := gzip.NewReader(in)
			if err != nil {
				return "", false
			}
			z.gz = gz
		} else if z.gz.Reset(in) != nil {
			return "", false
		}
		r = z.gz
	case "deflate":
		// RFC 9110's deflate is zlib's format; some servers send raw
		// deflate data, as browsers also read.
		var err error
		if z.zl == nil {
			z.zl, err = zlib.NewReader(in)
		} else {
			err = z.zl.(zlib.Resetter).Reset(in, nil)
		}
		if err == nil {
			r = z.zl
			break
		}
		z.zl = nil // a reader whose reset failed is not used again
		in.Reset(body)
		if z.fl == nil {
			z.fl = flate.NewReader(in)
		} else {
			_ = z.fl.(flate.Resetter).Reset(in, nil) // flate's Reset fails for a dictionary only
		}
		r = z.fl
	default:
		return "", false
	}
	var b strings.Builder
	b.Grow(min(4*len(body), maxPage)) // HTML compresses four times or more
	_, _ = io.CopyBuffer(&b, io.LimitReader(r, maxPage), z.copyBuf())
	return b.String(), b.Len() > 0
}

// asUTF8 returns a page's HTML as UTF-8: decoded from the charset its
// server declares, or else its HTML (DeclaredCharset), when that is one
// Arabic pages come in (Windows-1256, ISO-8859-6) or Latin-1; a page that
// is valid UTF-8 with letters past ASCII is UTF-8 whatever it declares
// (no Arabic text in a single-byte encoding is valid UTF-8, while servers
// that call every page Latin-1 are many), and a page whose encoding is not
// known is kept as it came, which Summarize refuses with what to do. The
// characters its encoding has no byte for, which it writes as numeric
// references, are written as themselves (see Dereferenced).
func asUTF8(page, charset string) string {
	if !utf8.ValidString(page) || isASCII(page) {
		if charset == "" {
			charset = DeclaredCharset(page)
		}
		page = charsetDecoded(charset, []byte(page))
	}
	return Dereferenced(page)
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
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
// page's address, its block's type, its block's length and its page's
// languages, as Common Crawl identified them. Its other fields (dates,
// digests, ids) are passed over.
type warcHeader struct{ kind, uri, contentType, length, language string }

// readWARCHeader reads a record's header, its field names in any case.
func readWARCHeader(header string) (h warcHeader) {
	eachField(header, func(name, value string) {
		switch name {
		case "warc-type":
			h.kind = value
		case "warc-target-uri":
			h.uri = value
		case "content-type":
			h.contentType = value
		case "content-length":
			h.length = value
		case "warc-identified-content-language":
			h.language = value
		}
	})
	return h
}

// eachField calls f with each field of a header (a WARC record's, an HTTP
// response's), its name lower-cased and its value trimmed.
func eachField(header string, f func(name, value string)) {
	for line := range strings.Lines(header) {
		if name, value, ok := strings.Cut(line, ":"); ok {
			f(strings.ToLower(strings.TrimSpace(name)), strings.TrimSpace(value))
		}
	}
}
