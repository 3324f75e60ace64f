package tokenize

import (
	"bufio"
	"bytes"
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
// past the bound that ReadJSON was given.
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
// the records of JSON Lines are: whole, Articles takes every record's
// strings under the key of the longest in the list, apart, each record's
// under its own longest, the same where every record's text is under one
// key. Any other document longer than maxDoc, or such an item, ends the
// sequence with a *JSONError (Long); so does what is no JSON document where
// one should open (an item, or a comma between items), as prose or a
// document that does not parse, after the articles before it (where
// Articles would read no JSON in the whole text, and take it as prose).
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
	doc    []byte
	// replay is what was read of a list past maxDoc, to frame again, before
	// r; items says that the framer is inside such a list, whose items are
	// the documents, and afterItem that one was read: a comma or the list's
	// end comes next.
	replay           []byte
	items, afterItem bool
}

// next returns the next document, the line it opens on and whether r ended
// inside it (cut); "" and no error at the end of r. A document that opens
// with neither '{' nor '[' is given as far as that byte, for ReadJSON to
// refuse.
func (f *jsonFramer) next() (doc string, line int, cut bool, err error) {
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
			continue
		case f.afterItem:
			return "", f.line, false, &JSONError{Line: f.line}
		}
		line = f.line
		f.doc = append(f.doc[:0], b)
		if b != '{' && b != '[' {
			return string(f.doc), line, false, nil
		}
		break
	}
	depth, inString, escaped := 1, false, false
	for depth > 0 {
		buf, err := f.buffered()
		if len(buf) == 0 {
			if err == io.EOF {
				return string(f.doc), line, true, nil
			}
			return "", line, false, err
		}
		end := -1
		for i, c := range buf {
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
			case c == '}' || c == ']':
				depth--
			}
			if c == '\n' {
				f.line++
			}
			if depth == 0 {
				end = i + 1
				break
			}
		}
		if end < 0 {
			end = len(buf)
		}
		if f.maxDoc >= 0 && len(f.doc)+end > f.maxDoc {
			if !f.items && listsObjects(f.doc, buf) {
				// A scrape's records in one list: frame what was read
				// again, from after the bracket, an item at a time.
				f.replay, f.doc = f.doc[1:], nil
				f.items, f.line = true, line
				return f.next()
			}
			return "", line, false, &JSONError{Line: line, Long: true}
		}
		f.doc = append(f.doc, buf[:end]...)
		f.discard(end)
	}
	f.afterItem = f.items
	doc = string(f.doc)
	if cap(f.doc) > 1<<20 {
		f.doc = nil // one long document does not keep its buffer for all
	}
	return doc, line, false, nil
}

// listsObjects reports whether doc, a document's opening, and next, what
// follows it, open a list whose first item is an object: a scrape's or a
// site's records, which ReadJSON reads an item at a time past its bound.
func listsObjects(doc, next []byte) bool {
	if len(doc) == 0 || doc[0] != '[' {
		return false
	}
	rest := bytes.TrimLeft(doc[1:], " \t\r\n")
	if len(rest) == 0 {
		rest = bytes.TrimLeft(next, " \t\r\n")
	}
	return len(rest) > 0 && rest[0] == '{'
}

// readByte reads a byte: of replay first, then of r.
func (f *jsonFramer) readByte() (byte, error) {
	if len(f.replay) > 0 {
		b := f.replay[0]
		f.replay = f.replay[1:]
		return b, nil
	}
	return f.r.ReadByte()
}

// buffered returns the bytes there are to frame without reading: replay's,
// or r's buffer (at least a byte, read, unless r gives an error).
func (f *jsonFramer) buffered() ([]byte, error) {
	if len(f.replay) > 0 {
		return f.replay, nil
	}
	f.replay = nil // let go of what was read again
	return f.r.Peek(max(1, f.r.Buffered()))
}

// discard passes over the first n bytes that buffered gave.
func (f *jsonFramer) discard(n int) {
	if len(f.replay) > 0 {
		f.replay = f.replay[n:]
		return
	}
	f.r.Discard(n)
}
