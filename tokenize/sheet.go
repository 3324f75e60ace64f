package tokenize

import (
	"archive/zip"
	"encoding/xml"
	"path"
	"strconv"
	"strings"
)

// IsSheet reports whether data is a spreadsheet: an Excel workbook (.xlsx,
// Office Open XML, as Excel, Google Sheets and LibreOffice save it), a ZIP
// archive whose main part is a workbook, or an OpenDocument spreadsheet
// (.ods, LibreOffice Calc's own). It reads the archive's directory and
// the package's relationships or its media type, not the sheets.
func IsSheet(data string) bool {
	r, ok := zipOf(data)
	return ok && IsSheetZip(r)
}

// IsSheetZip reports whether the ZIP archive r is a spreadsheet, as IsSheet
// does of an archive's bytes.
func IsSheetZip(r *zip.Reader) bool {
	files := zipIndex(r)
	return mainOf(files, "workbook") != nil || openDocument(files, odsType) != nil
}

// odsType is the media type an OpenDocument spreadsheet's mimetype file
// names.
const odsType = "application/vnd.oasis.opendocument.spreadsheet"

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

// SheetArticles returns the articles of a spreadsheet (IsSheet), sheet by
// sheet in the workbook's order: each sheet that is a table of articles,
// read as Articles reads a table in CSV (its header, which names the
// column of the text, of the title and of the id, is its first row with
// cells or the first below up to three rows of one cell each, a report's
// title; each row below with words in its text is an article), gives its
// articles;
// a sheet whose header names no text (notes, figures for a chart) gives
// none, and neither does a sheet the workbook hides. A workbook's cells are
// its shared strings, inline strings, formulas' cached values and numbers,
// as Excel shows them unformatted; an OpenDocument spreadsheet's, their
// paragraphs as they show (a line each, spaces, tabs and line breaks as
// written, comments left out), or a number's value, and a row it repeats
// is read once. ok is false, with no article, for data that is no
// spreadsheet or none of whose sheets' headers names a text.
func SheetArticles(data string) (articles []Article, ok bool) {
	r, isZip := zipOf(data)
	if !isZip {
		return nil, false
	}
	files := zipIndex(r)
	if content := openDocument(files, odsType); content != nil {
		for _, rows := range calcTables(readPart(content)) {
			a, table := rowArticles(rows)
			articles, ok = append(articles, a...), ok || table
		}
		return articles, ok
	}
	book := mainOf(files, "workbook")
	if book == nil {
		return nil, false
	}
	// The sheets in the workbook's order, and the shared strings, by the
	// workbook's relationships.
	var ids []string
	for t := range xmlTokens(xmlDecoder(readPart(book))) {
		e, isStart := t.(xml.StartElement)
		if !isStart || e.Name.Local != "sheet" {
			continue
		}
		if state := attr(e, "state"); state == "" || state == "visible" {
			ids = append(ids, attr(e, "id")) // not "hidden" nor "veryHidden"
		}
	}
	dir := path.Dir(book.Name)
	sheets := map[string]*zip.File{}
	var shared *zip.File
	rels := path.Join(dir, "_rels", path.Base(book.Name)+".rels")
	for t := range xmlTokens(xmlDecoder(readPartMax(files[rels], 1<<20))) {
		e, isStart := t.(xml.StartElement)
		if !isStart || e.Name.Local != "Relationship" {
			continue
		}
		target := attr(e, "Target")
		if strings.HasPrefix(target, "/") {
			target = target[1:]
		} else {
			target = path.Join(dir, target)
		}
		if strings.HasSuffix(attr(e, "Type"), "/sharedStrings") {
			shared = files[target]
		} else {
			sheets[attr(e, "Id")] = files[target]
		}
	}
	strs := sharedStrings(readPart(shared))
	read := map[*zip.File]bool{} // a part named twice is read once
	for _, id := range ids {
		sheet := sheets[id]
		if sheet == nil || read[sheet] {
			continue
		}
		read[sheet] = true
		a, table := rowArticles(sheetRows(readPart(sheet), strs))
		articles, ok = append(articles, a...), ok || table
	}
	return articles, ok
}

// rowArticles returns the articles of a sheet's rows, the first its header
// (see SheetArticles).
func rowArticles(rows [][]sheetCell) (articles []Article, ok bool) {
	t := csvTable{text: -1}
	for h, row := range rows {
		var names []string
		for _, c := range row {
			for len(names) <= c.col {
				names = append(names, "")
			}
			names[c.col] = c.v
		}
		t = csvTable{fields: len(names), text: csvColumn(names, csvTextNames)}
		if t.text >= 0 {
			t.title, t.id = csvColumn(names, csvTitleNames), csvColumn(names, csvIDNames)
			rows = rows[h:]
			break
		}
		// A report's title may stand above the header, in rows of a cell
		// each, as csvHeader reads one in CSV.
		if h == maxCSVTitles || len(row) > 1 || len(row) == 1 && (strings.Contains(row[0].v, "\n") || !titleLike(row[0].v)) {
			return nil, false
		}
	}
	if t.text < 0 {
		return nil, false
	}
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

// maxSheetRows is how many rows or columns a spreadsheet's repeat may
// count (Excel's and LibreOffice's last row is the 1,048,576th).
const maxSheetRows = 1 << 20

// calcTables returns the rows of each table of an OpenDocument
// spreadsheet, its sheets, in order, but those its styles hide
// (table:display="false"); of each, the rows that hold cells, as sheetRows
// reads a workbook's sheet: each cell's paragraphs a line each, <text:s>
// its spaces, <text:tab> a tab and <text:line-break> a line break, its
// comments (<office:annotation>) left out, or its value (a number's) when
// it has no paragraph; each in its column, past the cells repeated and
// covered before it. A row repeated (table:number-rows-repeated) is read
// once: its repeats are the same article again, and a file of a few bytes
// could repeat it a million times; the empty rows and cells that
// LibreOffice writes to the sheet's end a million times over are counted,
// not made. A table inside a cell is no sheet, and none of its rows are.
func calcTables(part string) [][][]sheetCell {
	var (
		tables [][][]sheetCell
		rows   [][]sheetCell
		row    []sheetCell
		cell   strings.Builder
		hidden = map[string]bool{} // the styles of tables that do not show
		style  string              // the table style being read
		depth  int                 // tables open: 1 in a sheet, more in a table inside a cell
		shown  bool                // the sheet open is shown
		col    int                 // the column of the cell being read
		repeat int                 // how many columns it stands for
		inCell bool                // in a cell of a sheet
		paras  int                 // paragraphs of the cell
		skip   int                 // depth in a comment
		value  string
	)
	count := func(e xml.StartElement, name string) int {
		n, err := strconv.Atoi(attr(e, name))
		if err != nil || n < 1 {
			return 1
		}
		return min(n, maxSheetRows)
	}
	for t := range xmlTokens(xmlDecoder(part)) {
		switch e := t.(type) {
		case xml.StartElement:
			switch name := e.Name.Local; {
			case skip > 0 || name == "annotation":
				skip++
			case name == "style" && depth == 0:
				style = ""
				if attr(e, "family") == "table" {
					style = attr(e, "name")
				}
			case name == "table-properties" && style != "" && attr(e, "display") == "false":
				hidden[style] = true
			case name == "table":
				depth++
				if depth == 1 {
					rows, shown = nil, !hidden[attr(e, "style-name")]
				}
			case depth != 1 || !shown:
			case name == "table-row":
				row, col = nil, 0
			case name == "table-cell" || name == "covered-table-cell":
				repeat, value = count(e, "number-columns-repeated"), attr(e, "value")
				cell.Reset()
				inCell, paras = true, 0
			case !inCell:
			case name == "p" || name == "h":
				if paras > 0 {
					cell.WriteByte('\n')
				}
				paras++
			case name == "s":
				cell.WriteString(strings.Repeat(" ", min(count(e, "c"), 64)))
			case name == "tab":
				cell.WriteByte('\t')
			case name == "line-break":
				cell.WriteByte('\n')
			}
		case xml.EndElement:
			switch name := e.Name.Local; {
			case skip > 0:
				skip--
			case name == "table" && depth > 0:
				depth--
				if depth == 0 && shown {
					tables = append(tables, rows)
				}
			case depth != 1 || !shown:
			case name == "table-cell" || name == "covered-table-cell":
				v := cell.String()
				if paras == 0 {
					v = value
				}
				if v != "" && col < 1<<14 {
					row = append(row, sheetCell{col, v})
				}
				col += repeat
				inCell = false
			case name == "table-row":
				if len(row) > 0 {
					rows = append(rows, row)
				}
			}
		case xml.CharData:
			if inCell && paras > 0 && skip == 0 && depth == 1 {
				cell.Write(e)
			}
		}
	}
	if depth > 0 && shown {
		tables = append(tables, rows) // a file cut inside a sheet
	}
	return tables
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
