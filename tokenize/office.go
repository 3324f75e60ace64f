package tokenize

import (
	"archive/zip"
	"encoding/xml"
	"io"
	"iter"
	"strconv"
	"strings"
)

// maxOfficeXML bounds the XML read out of a document's archive: a ZIP of a
// few kilobytes can inflate to gigabytes, and 64 MiB of XML holds any
// article.
const maxOfficeXML = 64 << 20

// odtType is the mimetype of an OpenDocument text, the first file of its
// archive.
const odtType = "application/vnd.oasis.opendocument.text"

// IsOffice reports whether data is a word processor's document that
// OfficeText reads: a ZIP archive with Word's word/document.xml, or an
// OpenDocument text's content.xml. It reads the archive's directory, not
// the document.
func IsOffice(data string) bool {
	_, _, ok := officeParts(data)
	return ok
}

// OfficeText returns the text of a word processor's document, as its
// paragraphs read: Word's .docx (Office Open XML, as Word, Google Docs and
// LibreOffice save it) or an OpenDocument text, .odt (LibreOffice's). ok is
// false, with "", for any other data. Newsrooms pass press releases and
// copy around as such files; read as text, they are ZIP archives, bytes
// that are no text.
//
// Each paragraph is a line, a table's cells a paragraph each, an empty
// paragraph a blank line; a heading (Word's Title, Subtitle or Heading
// styles, by their names in the document's styles whatever language named
// them, or by an outline level; OpenDocument's <text:h>) opens with «# », as
// Markdown marks one, so that it is read as a heading at any length. A tab
// is a tab and a line break within a paragraph a line break. Left out:
// deleted text of tracked changes, field codes, text boxes (a sidebar, a
// caption), footnotes and comments. Of an archive whose text is cut off,
// what could be read is given.
func OfficeText(data string) (text string, ok bool) {
	doc, styles, ok := officeParts(data)
	if !ok {
		return "", false
	}
	if doc.Name == "content.xml" {
		return odtText(readPart(doc)), true
	}
	return docxText(readPart(doc), docxHeadingStyles(readPart(styles))), true
}

// officeParts returns the part of an archive that holds a document's text,
// and for Word the part of its styles (nil when it has none).
func officeParts(data string) (doc, styles *zip.File, ok bool) {
	r, ok := zipOf(data)
	if !ok {
		return nil, nil, false
	}
	return officePartsOf(r)
}

// IsOfficeZip reports whether the ZIP archive r is a word processor's
// document, as IsOffice does of an archive's bytes: for a reader of a file
// too large to hold, which is read a part at a time.
func IsOfficeZip(r *zip.Reader) bool {
	_, _, ok := officePartsOf(r)
	return ok
}

// officePartsOf returns the parts of the document that the archive r is
// (see officeParts).
func officePartsOf(r *zip.Reader) (doc, styles *zip.File, ok bool) {
	files := zipIndex(r)
	doc, styles = files["word/document.xml"], files["word/styles.xml"]
	if doc == nil {
		// The package's relationships name its main part, which some
		// programs call otherwise («word/document2.xml»); a workbook's or
		// a presentation's is no document (IsSheet reads a workbook).
		doc = mainOf(files, "document")
	}
	if doc != nil {
		return doc, styles, true
	}
	if content := openDocument(files, odtType); content != nil {
		return content, nil, true
	}
	return nil, nil, false
}

// openDocument returns the content of an OpenDocument package whose files
// are files, when its mimetype file names mediaType (or a type it opens,
// a template's «-template»); nil otherwise.
func openDocument(files map[string]*zip.File, mediaType string) *zip.File {
	content, mimetype := files["content.xml"], files["mimetype"]
	if content != nil && mimetype != nil && strings.HasPrefix(readPartMax(mimetype, len(mediaType)), mediaType) {
		return content
	}
	return nil
}

// mainOf returns the main part of an Office package whose files are
// files, the part its relationships (_rels/.rels) name, when its root
// element is root («document», «workbook»); nil otherwise.
func mainOf(files map[string]*zip.File, root string) *zip.File {
	main := files[mainPart(readPartMax(files["_rels/.rels"], 1<<20))]
	if main == nil || rootElement(readPartMax(main, 4<<10)) != root {
		return nil
	}
	return main
}

// mainPart returns the name of the part that an Office package's
// relationships (_rels/.rels) call its officeDocument, "" when none.
func mainPart(rels string) string {
	for t := range xmlTokens(xmlDecoder(rels)) {
		if e, ok := t.(xml.StartElement); ok && e.Name.Local == "Relationship" && strings.HasSuffix(attr(e, "Type"), "/officeDocument") {
			return strings.TrimPrefix(attr(e, "Target"), "/")
		}
	}
	return ""
}

// readPart returns a part of an archive, as much of it as can be read, up
// to maxOfficeXML bytes; "" for no part.
func readPart(f *zip.File) string {
	return readPartMax(f, maxOfficeXML)
}

func readPartMax(f *zip.File, limit int) string {
	if f == nil {
		return ""
	}
	rc, err := f.Open()
	if err != nil {
		return ""
	}
	defer rc.Close()
	b, _ := io.ReadAll(io.LimitReader(rc, int64(limit))) // what was read before an error
	return string(b)
}

// xmlDecoder returns a decoder of XML written by hand, by templates or by
// word processors (a feed, a document's parts), that reads on past the
// mistakes XML does not allow and reads HTML's entities (&nbsp;,
// &hellip;). The text is a string already decoded: the encoding its
// declaration names («windows-1256») was its file's.
func xmlDecoder(text string) *xml.Decoder {
	dec := xml.NewDecoder(strings.NewReader(text))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	return dec
}

// xmlTokens yields dec's tokens until the end or the first error, so that
// a document cut off gives what came before the cut. The loop may still
// call dec.Skip to pass over an element.
func xmlTokens(dec *xml.Decoder) iter.Seq[xml.Token] {
	return func(yield func(xml.Token) bool) {
		for {
			t, err := dec.Token()
			if err != nil || !yield(t) {
				return
			}
		}
	}
}

// attr returns the value of the attribute of a start tag named local, in
// any namespace.
func attr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// docxHeadingStyles returns the paragraph styles of a Word document that
// are headings: named «heading 1» to «heading 9», «Title» or «Subtitle» (the
// names Word writes in English whatever the language of its menus, where
// the style's id may be «1» or «Titre1»), or given an outline level, or
// based on such a style.
func docxHeadingStyles(styles string) map[string]bool {
	type style struct {
		heading bool
		basedOn string
	}
	all := map[string]*style{}
	var cur *style
	for t := range xmlTokens(xmlDecoder(styles)) {
		e, ok := t.(xml.StartElement)
		if !ok {
			continue
		}
		switch e.Name.Local {
		case "style":
			cur = nil
			if attr(e, "type") == "paragraph" {
				cur = &style{}
				all[attr(e, "styleId")] = cur
			}
		case "name":
			if cur != nil {
				name := strings.ToLower(attr(e, "val"))
				level, isHeading := strings.CutPrefix(name, "heading ")
				cur.heading = cur.heading || name == "title" || name == "subtitle" || isHeading && len(level) == 1 && level[0] >= '1' && level[0] <= '9'
			}
		case "basedOn":
			if cur != nil {
				cur.basedOn = attr(e, "val")
			}
		case "outlineLvl":
			if cur != nil {
				cur.heading = cur.heading || outlineHeading(attr(e, "val"))
			}
		}
	}
	headings := map[string]bool{}
	for id, s := range all {
		// A chain of bases is short; 10 steps also end a cycle.
		for k := 0; s != nil && k < 10; k++ {
			if s.heading {
				headings[id] = true
				break
			}
			s = all[s.basedOn]
		}
	}
	return headings
}

// outlineHeading reports whether an outline level makes a heading: 0 to 8;
// 9 is body text.
func outlineHeading(val string) bool {
	n, err := strconv.Atoi(val)
	return err == nil && n >= 0 && n <= 8
}

// docxText returns the text of Word's document.xml (see OfficeText).
func docxText(doc string, headingStyles map[string]bool) string {
	dec := xmlDecoder(doc)
	var out, para strings.Builder
	inText, heading := false, false
	for t := range xmlTokens(dec) {
		switch v := t.(type) {
		case xml.StartElement:
			switch v.Name.Local {
			case "p":
				para.Reset()
				heading = false
			case "pStyle":
				id := attr(v, "val")
				heading = heading || headingStyles[id] || styleLooksHeading(id)
			case "outlineLvl":
				heading = heading || outlineHeading(attr(v, "val"))
			case "t":
				inText = true
			case "tab":
				para.WriteByte('\t')
			case "br", "cr":
				para.WriteByte('\n')
			case "noBreakHyphen":
				para.WriteByte('-')
			case "del", "txbxContent", "Fallback", "footnoteReference", "endnoteReference", "commentReference":
				// Deleted text, a text box (and the copy of it that
				// markup compatibility keeps for older readers), notes.
				_ = dec.Skip()
			}
		case xml.EndElement:
			switch v.Name.Local {
			case "t":
				inText = false
			case "p":
				if heading && strings.TrimSpace(para.String()) != "" {
					out.WriteString("# ")
				}
				out.WriteString(para.String())
				out.WriteByte('\n')
				para.Reset()
			}
		case xml.CharData:
			if inText {
				para.Write(v)
			}
		}
	}
	return out.String()
}

// styleLooksHeading reports whether a style's id is one of Word's English
// heading styles, for a document whose styles do not say (or that has
// none: a document a program wrote).
func styleLooksHeading(id string) bool {
	lower := strings.ToLower(id)
	return strings.HasPrefix(lower, "heading") || lower == "title" || lower == "subtitle"
}

// odtText returns the text of an OpenDocument text's content.xml (see
// OfficeText).
func odtText(content string) string {
	dec := xmlDecoder(content)
	var out, para strings.Builder
	depth := 0 // of the paragraphs and headings open: a note's or a frame's are skipped
	for t := range xmlTokens(dec) {
		switch v := t.(type) {
		case xml.StartElement:
			switch v.Name.Local {
			case "p", "h":
				if depth == 0 {
					para.Reset()
					if v.Name.Local == "h" {
						para.WriteString("# ")
					}
				}
				depth++
			case "s":
				n, err := strconv.Atoi(attr(v, "c"))
				if err != nil || n < 1 {
					n = 1
				}
				para.WriteString(strings.Repeat(" ", min(n, 100)))
			case "tab":
				para.WriteByte('\t')
			case "line-break":
				para.WriteByte('\n')
			case "note", "frame", "annotation", "tracked-changes", "soft-page-break":
				// Footnotes, frames (a text box, an image's caption),
				// comments and deleted text.
				_ = dec.Skip()
			}
		case xml.EndElement:
			if v.Name.Local == "p" || v.Name.Local == "h" {
				if depth--; depth == 0 {
					line := para.String()
					if line == "# " {
						line = ""
					}
					out.WriteString(line)
					out.WriteByte('\n')
				}
			}
		case xml.CharData:
			if depth > 0 {
				para.Write(v)
			}
		}
	}
	return out.String()
}
