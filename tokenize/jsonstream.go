package tokenize

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
)

// OpensJSON reports whether a text that opens with head (its first 4 KiB,
// or all of a shorter text) opens as IsJSON's documents do: an object or a
// list, after a byte-order mark and white space, that is not subtitles'
// JSON (json3, a transcript's). ReadJSON reads such a text; whether all of
// it is JSON only the rest can tell.
func OpensJSON(head string) bool {
	s := strings.TrimLeft(strings.TrimPrefix(head, "\ufeff"), " \t\r\n")
	return opensJSON(s) && opensSubtitles(head) == noSubtitles
}

// A JSONError is why ReadJSON stopped at the document that opens on Line
// (counted from 1): what is there is no JSON document (an object or a list
// that parses, or the last one cut off), or, when Long, the document runs
// past the bound that ReadJSON was given (and ReadJSON goes on after it,
// for a consumer that does).
type JSONError struct {
	Line int
	Long bool
}

func (e *JSONError) Error() string {
	if e.Long {
		return fmt.Sprintf("the JSON document on line %d is too long", e.Line)
	}
	return fmt.Sprintf("line %d holds no JSON document where one should open", e.Line)
}

// ReadJSON returns the articles of JSON documents read from r one after
// another, JSON Lines or documents as jq prints them, as Articles gives
// them from the whole text, in order, but reading one document at a time:
// a site's or a crawl's articles dumped as JSON Lines are gigabytes, and
// their articles are read in the memory of one document. A byte-order mark
// at the start is passed over, and so is white space between documents. A
// list of objects longer than maxDoc bytes (maxDoc < 0: no bound), a scrape
// as Scrapy's feed export or Python's json.dump of a list of records writes
// it, is read an item at a time, each item as a document of its own, as
// the records of JSON Lines are and as Articles reads such a list whole.
// So is a list of objects inside a document longer than maxDoc, the
// outermost one open where the document passes maxDoc, as a news API
// answers («{"status": "ok", "articles": [{…}, …]}») and a search engine's
// dump holds its hits (Elasticsearch's «{"hits": {"hits": [{…}, …]}}»): its
// items are the documents, and what follows the list in the document is
// passed over (the same articles as Articles gives of the whole when each
// item is titled or a record of its own, as an API's stories are; a
// document of untitled parts, a body's blocks, past maxDoc, gives each
// part as an article). Any other document longer than maxDoc, or such an item, gives a
// *JSONError (Long) as soon as it is, and is passed over, not held: a
// consumer that goes on gets the documents after it (a dump's one record
// of a video's base64 does not lose the rest). What is no JSON document
// where one should open (an item, or a comma between items), as prose or a
// document that does not parse, ends the sequence with a *JSONError, after
// the articles before it (where Articles would read no JSON in the whole
// text, and take it as prose; where the next document opens, nothing
// tells).
// The last document, cut off in a download, is read as Articles reads it,
// and so is the last item of a list cut off. An error reading r, but its
// end, ends the sequence with it.
func ReadJSON(r io.Reader, maxDoc int) iter.Seq2[Article, error] {
	return func(yield func(Article, error) bool) {
		f := jsonFramer{r: bufio.NewReaderSize(r, 64<<10), line: 1, maxDoc: maxDoc}
		if head, _ := f.r.Peek(3); string(head) == "\ufeff" {
			f.r.Discard(3)
		}
		for {
			doc, line, cut, err := f.next()
			if err == nil && doc == "" {
				return // the end
			}
			if err == nil && !(opensJSON(doc) && (validJSON(doc) || cut && cutOff(doc))) {
				err = &JSONError{Line: line}
			}
			if long := (*JSONError)(nil); errors.As(err, &long) && long.Long {
				if !yield(Article{}, err) {
					return
				}
				continue // the framer passes over the rest of it
			}
			if err != nil {
				yield(Article{}, err)
				return
			}
			for _, a := range appendArticles(nil, doc) {
				if !yield(a, nil) {
					return
				}
			}
			if cut {
				return
			}
		}
	}
}

// jsonFramer finds where each JSON document in r ends, by its braces and
// brackets outside strings, without parsing it: ReadJSON then parses each
// on its own, as Articles parses each line of JSON Lines. A list of
// objects that runs past maxDoc is framed again an item at a time (items).
type jsonFramer struct {
	r      *bufio.Reader
	line   int // the line the framer is on
	maxDoc int
	// The document being framed: its parts of docPart bytes, once it is
	// that long, then doc; size bytes in all.
	parts [][]byte
	doc   []byte
	size  int
	// replay is what was read of a list past maxDoc, to frame again, before
	// r; items says that the framer is inside such a list, whose items are
	// the documents, and afterItem that one was read: a comma or the list's
	// end comes next.
	replay           [][]byte
	items, afterItem bool
	outside          int // how deep in other brackets such a list is
	// skip is the state of a document past maxDoc that next passes over
	// before the next one: its error is given as soon as it is past, and
	// the rest is read only for a consumer that goes on.
	skip *jsonScan
}

// jsonScan is where a framer is in a document: how deep in its braces and
// brackets, and whether in a string, after a backslash.
type jsonScan struct {
	depth             int
	inString, escaped bool
}

// scan moves s through buf, counting the line breaks into *line, and
// returns where the document ends in buf, after its last brace or
// bracket, or -1 when it goes on past buf.
func (s *jsonScan) scan(buf []byte, line *int) int {
	for i, c := range buf {
		switch {
		case s.escaped:
			s.escaped = false
		case s.inString:
			switch c {
			case '\\':
				s.escaped = true
			case '"':
				s.inString = false
			}
		case c == '"':
			s.inString = true
		case c == '{' || c == '[':
			s.depth++
		case c == '}' || c == ']':
			s.depth--
		}
		if c == '\n' {
			*line++
		}
		if s.depth == 0 {
			return i + 1
		}
	}
	return -1
}

// docPart is the size of the parts that a long document is kept in: one
// buffer that grows as it fills copies it over and over, and its copies,
// a long document's, hold off the collector (a list of 84 MB past a bound
// of 64 MiB took 3.2–4.0 s to read and 327–331 MB, where JSON Lines as
// long took 1.7–2.1 s and 153 MB).
const docPart = 1 << 20

// next returns the next document, the line it opens on and whether r ended
// inside it (cut); "" and no error at the end of r. A document that opens
// with neither '{' nor '[' is given as far as that byte, for ReadJSON to
// refuse.
func (f *jsonFramer) next() (doc string, line int, cut bool, err error) {
	if f.skip != nil {
		// The rest of a document past maxDoc, passed over.
		for {
			buf, err := f.buffered()
			if len(buf) == 0 {
				f.skip = nil
				if err == io.EOF {
					return "", f.line, false, nil
				}
				return "", f.line, false, err
			}
			end := f.skip.scan(buf, &f.line)
			if end >= 0 {
				f.discard(end)
				f.skip = nil
				f.afterItem = f.items
				break
			}
			f.discard(len(buf))
		}
	}
	// White space before it, and between a list's items their comma.
	for {
		b, err := f.readByte()
		if err == io.EOF {
			return "", f.line, false, nil // at the end, or cut between items
		}
		if err != nil {
			return "", f.line, false, err
		}
		switch {
		case b == '\n':
			f.line++
			continue
		case b == ' ' || b == '\t' || b == '\r':
			continue
		case f.afterItem && b == ',':
			f.afterItem = false
			continue
		case f.afterItem && b == ']':
			f.items, f.afterItem = false, false
			if f.outside > 0 {
				// The rest of the object the list was in.
				f.skip, f.outside = &jsonScan{depth: f.outside}, 0
				return f.next()
			}
			continue
		case f.afterItem:
			return "", f.line, false, &JSONError{Line: f.line}
		}
		line = f.line
		f.parts, f.doc, f.size = nil, append(f.doc[:0], b), 1
		if b != '{' && b != '[' {
			return f.framed(), line, false, nil
		}
		break
	}
	s := jsonScan{depth: 1}
	for s.depth > 0 {
		buf, err := f.buffered()
		if len(buf) == 0 {
			if err == io.EOF {
				return f.framed(), line, true, nil
			}
			return "", line, false, err
		}
		end := s.scan(buf, &f.line)
		if end < 0 {
			end = len(buf)
		}
		// Kept, though past the bound by a read: what it holds where the
		// bound is passed tells a list of records.
		f.add(buf[:end])
		f.discard(end)
		if f.maxDoc >= 0 && f.size > f.maxDoc {
			at, outside, ok := 0, 0, false
			if !f.items { // an item past the bound holds no list read so
				at, outside, ok = f.openList()
			}
			if ok {
				// A scrape's records in one list, or a news API's and a
				// search engine's in a list inside an object: frame what
				// was read again, from after the list's bracket, an item
				// at a time, and pass over what follows the list.
				f.line = line + f.storedLines(at+1)
				f.replay = append(f.storedFrom(at+1), f.replay...)
				f.parts, f.doc, f.size = nil, nil, 0
				f.items, f.outside = true, outside
				return f.next()
			}
			// Passed over from here on the next call, if one comes.
			if s.depth > 0 {
				f.skip = &s
			} else {
				f.afterItem = f.items
			}
			f.parts, f.doc, f.size = nil, f.doc[:0], 0
			return "", line, false, &JSONError{Line: line, Long: true}
		}
	}
	f.afterItem = f.items
	return f.framed(), line, false, nil
}

// add appends b to the document being framed, in parts of docPart bytes
// once it is that long.
func (f *jsonFramer) add(b []byte) {
	if len(f.doc) > 0 && len(f.doc)+len(b) > docPart {
		f.parts = append(f.parts, f.doc)
		f.doc = make([]byte, 0, max(docPart, len(b)))
	}
	f.doc = append(f.doc, b...)
	f.size += len(b)
}

// framed returns the document framed, its parts joined.
func (f *jsonFramer) framed() string {
	if f.parts == nil {
		return string(f.doc)
	}
	var b strings.Builder
	b.Grow(f.size)
	for _, p := range f.parts {
		b.Write(p)
	}
	b.Write(f.doc)
	f.parts, f.doc = nil, nil // a long document does not keep its parts for the next
	return b.String()
}

// openList returns where the outermost list of the document being framed
// that is open where it passes maxDoc, and whose first item is an object,
// opens (its '[' in the bytes kept), and in how many brackets it is: a
// scrape's records in a list (at 0, in none), a news API's answer's
// («{"articles": [{…»), Elasticsearch's hits («{"hits": {"hits": [{…»).
// It keeps one such list, not every open bracket: a list inside the one it
// keeps closes before it, and 64 MiB of «[» kept as brackets took 1 GiB.
func (f *jsonFramer) openList() (at, outside int, ok bool) {
	var (
		inString, escaped bool
		pos, depth        int
		list, listDepth   = -1, 0 // the outermost open list of objects, and its depth
		next, nextDepth   = -1, 0 // a list whose first item is still to come
	)
	for _, p := range f.stored() {
		// The bytes within the bound (the first, for a bound of 0): the
		// byte that passes it may close the list («[ {}]» past 4).
		p = p[:min(len(p), max(f.maxDoc, 1)-pos)]
		for i, c := range p {
			if next >= 0 && !inString && c != ' ' && c != '\t' && c != '\r' && c != '\n' {
				if c == '{' {
					list, listDepth = next, nextDepth
				}
				next = -1
			}
			switch {
			case escaped:
				escaped = false
			case inString:
				switch c {
				case '\\':
					escaped = true
				case '"':
					inString = false
				}
			case c == '"':
				inString = true
			case c == '{' || c == '[':
				depth++
				if c == '[' && list < 0 {
					next, nextDepth = pos+i, depth
				}
			case (c == '}' || c == ']') && depth > 0:
				if depth == listDepth {
					list, listDepth = -1, 0 // closed
				}
				depth--
			}
		}
		pos += len(p)
	}
	if list < 0 && next >= 0 && f.firstAfter(next+1) == '{' {
		list, listDepth = next, nextDepth
	}
	if list < 0 {
		return 0, 0, false
	}
	return list, listDepth - 1, true
}

// stored returns the parts of the document being framed.
func (f *jsonFramer) stored() [][]byte {
	return append(f.parts[:len(f.parts):len(f.parts)], f.doc)
}

// firstAfter returns the first byte that is not white space from offset
// off of the document being framed, looking on past it (see nonSpace); 0
// for none.
func (f *jsonFramer) firstAfter(off int) byte {
	for _, p := range f.stored() {
		if off < len(p) {
			if rest := bytes.TrimLeft(p[off:], " \t\r\n"); len(rest) > 0 {
				return rest[0]
			}
			off = 0
			continue
		}
		off -= len(p)
	}
	next, _ := f.buffered()
	if rest := bytes.TrimLeft(f.nonSpace(next), " \t\r\n"); len(rest) > 0 {
		return rest[0]
	}
	return 0
}

// storedFrom returns the bytes of the document being framed from offset
// off, in its parts.
func (f *jsonFramer) storedFrom(off int) [][]byte {
	var out [][]byte
	for _, p := range f.stored() {
		if off < len(p) {
			out = append(out, p[off:])
		}
		off = max(0, off-len(p))
	}
	return out
}

// storedLines returns how many line breaks the document being framed has
// before offset off.
func (f *jsonFramer) storedLines(off int) int {
	n := 0
	for _, p := range f.stored() {
		n += bytes.Count(p[:min(off, len(p))], []byte{'\n'})
		off = max(0, off-len(p))
	}
	return n
}

// nonSpace returns buf, what buffered gave, or when buf is only white
// space, the first byte that is not, as far as r's buffer can look ahead:
// whether a list's first item is an object must not depend on where a read
// ended (FuzzReadJSON found «[  {» a list of objects read whole and not a
// byte at a time).
func (f *jsonFramer) nonSpace(buf []byte) []byte {
	if len(bytes.TrimLeft(buf, " \t\r\n")) > 0 {
		return buf
	}
	for _, p := range f.replay {
		if p = bytes.TrimLeft(p, " \t\r\n"); len(p) > 0 {
			return p[:1]
		}
	}
	for n := 4 << 10; ; n *= 2 {
		ahead, err := f.r.Peek(min(n, f.r.Size()))
		if p := bytes.TrimLeft(ahead, " \t\r\n"); len(p) > 0 {
			return p[:1]
		}
		if err != nil || n >= f.r.Size() {
			return nil
		}
	}
}

// replayed returns what is left of replay's first part, letting go of the
// parts read; nil once all are.
func (f *jsonFramer) replayed() []byte {
	for len(f.replay) > 0 {
		if len(f.replay[0]) > 0 {
			return f.replay[0]
		}
		f.replay[0] = nil
		f.replay = f.replay[1:]
	}
	return nil
}

// readByte reads a byte: of replay first, then of r.
func (f *jsonFramer) readByte() (byte, error) {
	if p := f.replayed(); p != nil {
		f.replay[0] = p[1:]
		return p[0], nil
	}
	return f.r.ReadByte()
}

// buffered returns the bytes there are to frame without reading: replay's
// first part, or r's buffer (at least a byte, read, unless r gives an
// error).
func (f *jsonFramer) buffered() ([]byte, error) {
	if p := f.replayed(); p != nil {
		return p, nil
	}
	return f.r.Peek(max(1, f.r.Buffered()))
}

// discard passes over the first n bytes that buffered gave.
func (f *jsonFramer) discard(n int) {
	if len(f.replay) > 0 {
		f.replay[0] = f.replay[0][n:]
		return
	}
	f.r.Discard(n)
}
