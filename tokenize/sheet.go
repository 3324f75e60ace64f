package tokenize

import (
	"archive/zip"
	"encoding/xml"
	"path"
	"strconv"
	"strings"
)

// IsSheet reports whether data is a spreadsheet, an Excel workbook (.xlsx,
// Office Open XML, as Excel, Google Sheets and LibreOffice save it): a ZIP
// archive whose main part is a workbook. It reads the archive's directory
// and the package's relationships, not the sheets.
func IsSheet(data string) bool {
	r, ok := zipOf(data)
	return ok && IsSheetZip(r)
}

// IsSheetZip reports whether the ZIP archive r is a spreadsheet, as IsSheet
// does of an archive's bytes.
func IsSheetZip(r *zip.Reader) bool {
	return mainOf(zipIndex(r), "workbook") != nil
}

// zipOf returns the ZIP archive that data is.
func zipOf(data string) (*zip.Reader, bool) {
	if !strings.HasPrefix(data, "PK\x03\x04") {
		return nil, false
	}
	r, err := zip.NewReader(strings.NewReader(data), int64(len(data)))
	return r, err == nil
}

// zipIndex returns the files of an archive by name.
func zipIndex(r *zip.Reader) map[string]*zip.File {
	files := make(map[string]*zip.File, len(r.File))
	for _, f := range r.File {
		files[f.Name] = f
	}
	return files
}

// rootElement returns the local name of the root element of an XML
// document's head, "" when none opens in it.
func rootElement(head string) string {
	for t := range xmlTokens(xmlDecoder(head)) {
		if e, ok := t.(xml.StartElement); ok {
			return e.Name.Local
		}
	}
	return ""
}

// SheetArticles returns the articles of a spreadsheet (IsSheet) whose first
// sheet is a table of articles, read as Articles reads a table in CSV: its
// first row with cells the header, which names the column of the text, of
// the title and of the id, each row below with words in its text an
// article. A sheet's cells are its shared strings, inline strings,
// formulas' cached values and numbers, as Excel shows them unformatted.
// ok is false, with no article, for data that is no spreadsheet or whose
// first sheet's header names no text.
func SheetArticles(data string) (articles []Article, ok bool) {
	r, ok := zipOf(data)
	if !ok {
		return nil, false
	}
	files := zipIndex(r)
	book := mainOf(files, "workbook")
	if book == nil {
		return nil, false
	}
	// The first sheet, and the shared strings, by the workbook's
	// relationships.
	first := ""
	for t := range xmlTokens(xmlDecoder(readPart(book))) {
		if e, ok := t.(xml.StartElement); ok && e.Name.Local == "sheet" {
			first = attr(e, "id")
			break
		}
	}
	dir := path.Dir(book.Name)
	var sheet, shared *zip.File
	rels := path.Join(dir, "_rels", path.Base(book.Name)+".rels")
	for t := range xmlTokens(xmlDecoder(readPartMax(files[rels], 1<<20))) {
		e, ok := t.(xml.StartElement)
		if !ok || e.Name.Local != "Relationship" {
			continue
		}
		target := attr(e, "Target")
		if strings.HasPrefix(target, "/") {
			target = target[1:]
		} else {
			target = path.Join(dir, target)
		}
		switch {
		case attr(e, "Id") == first:
			sheet = files[target]
		case strings.HasSuffix(attr(e, "Type"), "/sharedStrings"):
			shared = files[target]
		}
	}
	rows := sheetRows(readPart(sheet), sharedStrings(readPart(shared)))
	if len(rows) == 0 {
		return nil, false
	}
	var names []string
	for _, c := range rows[0] {
		for len(names) <= c.col {
			names = append(names, "")
		}
		names[c.col] = c.v
	}
	t := csvTable{fields: len(names), text: csvColumn(names, csvTextNames)}
	if t.text < 0 {
		return nil, false
	}
	t.title, t.id = csvColumn(names, csvTitleNames), csvColumn(names, csvIDNames)
	// Each row's text, title and id, the columns a row of three: a sheet's
	// rows are as wide as their last cell, up to Excel's 16,384 columns,
	// and a row made as wide would hold gigabytes of a sheet's megabytes.
	three := csvTable{fields: 3, text: 0, title: -1, id: -1}
	if t.title >= 0 {
		three.title = 1
	}
	if t.id >= 0 {
		three.id = 2
	}
	for _, cells := range rows[1:] {
		row := make([]string, 3)
		for _, c := range cells {
			switch c.col {
			case t.text:
				row[0] = c.v
			case t.title:
				row[1] = c.v
			case t.id:
				row[2] = c.v
			}
		}
		if a, ok := csvArticle(row, three); ok {
			articles = append(articles, a)
		}
	}
	return articles, true
}

// sharedStrings returns a workbook's shared strings, in order: each <si>'s
// text, its rich text's runs joined, without its phonetic guides.
func sharedStrings(part string) []string {
	var strs []string
	var b strings.Builder
	in, guide := false, 0
	for t := range xmlTokens(xmlDecoder(part)) {
		switch e := t.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "si":
				b.Reset()
			case "t":
				in = true
			case "rPh":
				guide++
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "si":
				strs = append(strs, b.String())
			case "t":
				in = false
			case "rPh":
				guide--
			}
		case xml.CharData:
			if in && guide == 0 {
				b.Write(e)
			}
		}
	}
	return strs
}

// A sheetCell is a cell of a sheet: its column, from 0, and its value.
type sheetCell struct {
	col int
	v   string
}

// sheetRows returns the rows of a sheet that hold cells, each its cells
// that hold a value, in the column its reference names («C7»: the third),
// a shared string as its text, an inline string or a formula's or a
// number's value as written.
func sheetRows(part string, shared []string) [][]sheetCell {
	var rows [][]sheetCell
	var row []sheetCell
	var value strings.Builder
	kind, col, in := "", -1, false
	for t := range xmlTokens(xmlDecoder(part)) {
		switch e := t.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "row":
				row, col = nil, -1
			case "c":
				kind, col = attr(e, "t"), column(attr(e, "r"), col+1)
				value.Reset()
			case "v", "t":
				in = true
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "v", "t":
				in = false
			case "c":
				v := value.String()
				if kind == "s" {
					if k, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && k >= 0 && k < len(shared) {
						v = shared[k]
					} else {
						v = ""
					}
				}
				if v != "" && col >= 0 && col < 1<<14 { // Excel's last column is XFD, the 16,384th; -1, a cell's end without its start
					row = append(row, sheetCell{col, v})
				}
			case "row":
				if len(row) > 0 {
					rows = append(rows, row)
				}
			}
		case xml.CharData:
			if in {
				value.Write(e)
			}
		}
	}
	return rows
}

// column returns the column, from 0, that a cell's reference names (the
// letters of «AB12»), or next when it names none.
func column(ref string, next int) int {
	col := 0
	for i := 0; i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z'; i++ {
		col = col*26 + int(ref[i]-'A'+1)
		if col > 1<<14 {
			return next
		}
	}
	if col == 0 {
		return next
	}
	return col - 1
}
