package tokenize_test

import (
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/tokenize"
)

// workbook returns an Excel workbook (.xlsx) whose first sheet holds rows,
// as Excel writes one: strings shared, each cell with its reference; a
// cell "" is left out, one that opens with "=" is a formula whose cached
// value follows it, and one that opens with "#" a number; inline writes
// the strings in their cells.
func workbook(t testing.TB, rows [][]string, inline bool) string {
	t.Helper()
	var shared []string
	index := map[string]int{}
	var sheet strings.Builder
	sheet.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	for r, row := range rows {
		fmt.Fprintf(&sheet, `<row r="%d">`, r+1)
		for c, v := range row {
			ref := fmt.Sprintf("%c%d", 'A'+c, r+1)
			switch {
			case v == "":
			case strings.HasPrefix(v, "="):
				fmt.Fprintf(&sheet, `<c r="%s" t="str"><f>CONCAT("a")</f><v>%s</v></c>`, ref, html.EscapeString(v[1:]))
			case strings.HasPrefix(v, "#"):
				fmt.Fprintf(&sheet, `<c r="%s"><v>%s</v></c>`, ref, v[1:])
			case inline:
				fmt.Fprintf(&sheet, `<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>`, ref, html.EscapeString(v))
			default:
				k, ok := index[v]
				if !ok {
					k, index[v] = len(shared), len(shared)
					shared = append(shared, v)
				}
				fmt.Fprintf(&sheet, `<c r="%s" t="s"><v>%d</v></c>`, ref, k)
			}
		}
		sheet.WriteString(`</row>`)
	}
	sheet.WriteString(`</sheetData></worksheet>`)
	var sst strings.Builder
	sst.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`)
	for _, s := range shared {
		// Rich text in runs, and a phonetic guide that is no text.
		half := len(s) / 2
		for half > 0 && half < len(s) && s[half]&0xC0 == 0x80 {
			half--
		}
		fmt.Fprintf(&sst, `<si><r><t xml:space="preserve">%s</t></r><r><rPr><b/></rPr><t xml:space="preserve">%s</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>`, html.EscapeString(s[:half]), html.EscapeString(s[half:]))
	}
	sst.WriteString(`</sst>`)
	return xlsx(t, sheet.String(), sst.String())
}

// xlsx returns an Excel workbook whose first sheet is sheet, its part's
// XML, and whose shared strings are shared's; its second sheet is notes.
func xlsx(t testing.TB, sheet, shared string) string {
	return zipped(t,
		"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
		"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		// The first sheet is the workbook's first, not sheet1.xml.
		"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="الأخبار" sheetId="2" r:id="rId5"/><sheet name="Sheet2" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
		// The second, notes: no table of articles.
		"xl/worksheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ملاحظات</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>ليست هذه الورقة الأولى.</t></is></c></row></sheetData></worksheet>`,
		"xl/worksheets/sheet2.xml", sheet,
		"xl/sharedStrings.xml", shared)
}

// readsAsSheet checks that data is a spreadsheet, no word processor's
// document, whose articles are want.
func readsAsSheet(t *testing.T, data string, want []tokenize.Article) {
	t.Helper()
	require.True(t, tokenize.IsSheet(data))
	assert.False(t, tokenize.IsOffice(data), "no word processor's document")
	got, ok := tokenize.SheetArticles(data)
	require.True(t, ok)
	assert.Equal(t, want, got)
}

func TestSheetArticles(t *testing.T) {
	tests := []struct {
		name   string
		rows   [][]string
		inline bool
		want   []tokenize.Article
	}{
		{"strings shared, in rich text, the sheets in the workbook's order",
			[][]string{{"id", "title", "text", "url"}, {"#1", "الوقود", jsonLead + "\n" + jsonSecond, "https://example.com/1"}, {"#2", "المعرض", jsonOther, "https://example.com/2"}}, false,
			[]tokenize.Article{{ID: "1", Title: "الوقود", Text: jsonLead + "\n" + jsonSecond}, {ID: "2", Title: "المعرض", Text: jsonOther}}},
		{"strings inline, Arabic headers, a formula's value, a row without text",
			[][]string{{"العنوان", "النص"}, {"الوقود", "=" + jsonLead}, {"المعرض", ""}, {"", jsonOther}}, true,
			[]tokenize.Article{{Title: "الوقود", Text: jsonLead}, {Text: jsonOther}}},
		{"a report's title in a row of its own above the header",
			[][]string{{"أخبار مارس 2026"}, {"", "تحديث: الأحد"}, {"title", "text"}, {"الوقود", jsonLead}}, false,
			[]tokenize.Article{{Title: "الوقود", Text: jsonLead}}},
		{"cells left out, each in its column by its reference",
			[][]string{{"", "Title", "", "Article Body"}, {"#0", "", "", jsonLead}, {"#1", "المعرض", "", jsonOther}}, false,
			[]tokenize.Article{{Text: jsonLead}, {Title: "المعرض", Text: jsonOther}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			readsAsSheet(t, workbook(t, tt.rows, tt.inline), tt.want)
		})
	}
	t.Run("every sheet that is a table of articles, in the workbook's order, but hidden ones", func(t *testing.T) {
		sheet := func(rows ...string) string {
			var b strings.Builder
			b.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
			for r, v := range rows {
				fmt.Fprintf(&b, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>%s</t></is></c></row>`, r+1, r+1, v)
			}
			b.WriteString(`</sheetData></worksheet>`)
			return b.String()
		}
		rel := func(id, target string) string {
			return `<Relationship Id="` + id + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="` + target + `"/>`
		}
		data := zipped(t,
			"_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
			"xl/workbook.xml", `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>`+
				`<sheet name="مارس" sheetId="3" r:id="rId3"/><sheet name="ملاحظات" sheetId="4" r:id="rId4"/><sheet name="قديم" sheetId="5" state="hidden" r:id="rId5"/>`+
				`<sheet name="أبريل" sheetId="1" state="visible" r:id="rId1"/><sheet name="مخفية" sheetId="6" state="veryHidden" r:id="rId6"/><sheet name="مارس مرة أخرى" sheetId="7" r:id="rId7"/></sheets></workbook>`,
			"xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`+
				rel("rId1", "worksheets/sheet1.xml")+rel("rId3", "worksheets/sheet3.xml")+rel("rId4", "worksheets/sheet4.xml")+rel("rId5", "worksheets/sheet5.xml")+rel("rId6", "worksheets/sheet6.xml")+rel("rId7", "worksheets/sheet3.xml")+`</Relationships>`,
			"xl/worksheets/sheet1.xml", sheet("النص", jsonOther),
			"xl/worksheets/sheet3.xml", sheet("text", jsonLead),
			"xl/worksheets/sheet4.xml", sheet("ملاحظات", "راجع الأرقام قبل النشر."),
			"xl/worksheets/sheet5.xml", sheet("text", "نسخة قديمة من الخبر."),
			"xl/worksheets/sheet6.xml", sheet("text", "خبر لم ينشر."))
		readsAsSheet(t, data, []tokenize.Article{{Text: jsonLead}, {Text: jsonOther}})
	})
	t.Run("a sheet whose header names no text is no table of articles", func(t *testing.T) {
		data := workbook(t, [][]string{{"id", "price"}, {"#1", "#10"}}, false)
		got, ok := tokenize.SheetArticles(data)
		assert.False(t, ok)
		assert.Empty(t, got)
		// Nor is one whose header comes below a row of fields, or of prose.
		data = workbook(t, [][]string{{"id", "price"}, {"title", "text"}, {"الوقود", jsonLead}}, false)
		got, ok = tokenize.SheetArticles(data)
		assert.False(t, ok)
		assert.Empty(t, got)
		data = workbook(t, [][]string{{jsonLead}, {"title", "text"}, {"الوقود", jsonLead}}, false)
		require.True(t, tokenize.IsSheet(data))
		got, ok = tokenize.SheetArticles(data)
		assert.False(t, ok)
		assert.Empty(t, got)
	})
	t.Run("200,000 rows of a cell in the last column, in the memory of their cells", func(t *testing.T) {
		var sheet strings.Builder
		sheet.WriteString(`<worksheet><sheetData><row><c r="A1" t="inlineStr"><is><t>text</t></is></c></row>`)
		for k := range 200_000 {
			fmt.Fprintf(&sheet, `<row><c r="XFD%d"><v>1</v></c></row>`, k+2)
		}
		sheet.WriteString(`</sheetData></worksheet>`)
		got, ok := tokenize.SheetArticles(xlsx(t, sheet.String(), ""))
		assert.True(t, ok)
		assert.Empty(t, got)
	})
	t.Run("a presentation is neither a sheet nor a document", func(t *testing.T) {
		presentation := zipped(t,
			"_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/></Relationships>`,
			"ppt/presentation.xml", `<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>`)
		assert.False(t, tokenize.IsSheet(presentation))
		assert.False(t, tokenize.IsOffice(presentation))
	})
	t.Run("a word processor's document is no sheet", func(t *testing.T) {
		assert.False(t, tokenize.IsSheet(docx(t, "<w:p><w:r><w:t>"+jsonLead+"</w:t></w:r></w:p>")))
	})
}

// FuzzSheetArticles: any sheet, any shared strings, any bytes: the same
// articles twice, none but from a spreadsheet, each with words, and no
// panic.
func FuzzSheetArticles(f *testing.F) {
	f.Add(`<worksheet><sheetData><row r="1"><c r="B1" t="s"><v>0</v></c><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row r="2"><c r="B2" t="inlineStr"><is><t>نص.</t></is></c></row></sheetData></worksheet>`,
		`<sst><si><t>text</t></si></sst>`, uint8(1))
	f.Add(`<worksheet><sheetData><row><c t="s"><v>-1</v></c><c r="ZZZZZZ9"><v>1</v></c><c r="A"><v>text</v></c></row><row><c><v>نص</v></c>`, `<sst><si><r><t>a`, uint8(1))
	f.Add("PK\x03\x04", "", uint8(0))
	// An OpenDocument spreadsheet's tables (wrap 2).
	f.Add(`<table:table>`+calcRow("text", "title")+`<table:table-row table:number-rows-repeated="2"><table:covered-table-cell table:number-columns-repeated="1"/><table:table-cell office:value="5"/></table:table-row>`+calcRow("نص", "ع")+`</table:table>`, "", uint8(2))
	f.Add(`<table:table><table:table-row><table:table-cell><text:p>text<office:annotation><text:p>x</text:p></office:annotation></text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>ن<text:s text:c="99999"/>ص</text:p>`, "", uint8(2))
	f.Fuzz(func(t *testing.T, sheet, shared string, wrap uint8) {
		data := sheet
		switch wrap % 3 {
		case 1:
			data = xlsx(t, sheet, shared)
			require.True(t, tokenize.IsSheet(data))
		case 2:
			data = calc(t, sheet)
			require.True(t, tokenize.IsSheet(data))
		}
		got, ok := tokenize.SheetArticles(data)
		again, ok2 := tokenize.SheetArticles(data)
		assert.Equal(t, got, again, "same input, same output")
		assert.Equal(t, ok, ok2)
		if !tokenize.IsSheet(data) {
			assert.False(t, ok)
		}
		if !ok {
			assert.Empty(t, got)
		}
		for _, a := range got {
			assert.NotEmpty(t, strings.TrimSpace(a.Text))
		}
	})
}

// calc returns an OpenDocument spreadsheet (.ods, as LibreOffice Calc
// saves one) whose tables are tables, table:table elements.
func calc(t testing.TB, tables string) string {
	return zipped(t,
		"mimetype", "application/vnd.oasis.opendocument.spreadsheet",
		"content.xml", `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><office:body><office:spreadsheet>`+tables+`</office:spreadsheet></office:body></office:document-content>`,
		"META-INF/manifest.xml", `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>`)
}

// calcRow is a row of text cells of an OpenDocument spreadsheet.
func calcRow(cells ...string) string {
	var b strings.Builder
	b.WriteString("<table:table-row>")
	for _, c := range cells {
		if c == "" {
			b.WriteString("<table:table-cell/>")
			continue
		}
		b.WriteString(`<table:table-cell office:value-type="string"><text:p>` + html.EscapeString(c) + `</text:p></table:table-cell>`)
	}
	b.WriteString("</table:table-row>")
	return b.String()
}

// An OpenDocument spreadsheet (.ods) is read as a workbook is: its first
// table's header names the text, the title and the id.
func TestCalcArticles(t *testing.T) {
	const empty = `<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>`
	tests := []struct {
		name   string
		tables string
		want   []tokenize.Article
	}{
		{"as LibreOffice saves one: paragraphs, spaces, a span, a number's value, a comment, the empty rest of the sheet",
			`<table:table table:name="الأخبار">` + calcRow("المعرف", "العنوان", "النص") +
				`<table:table-row><table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>` + `<table:table-cell office:value-type="string"><text:p>الوقود</text:p></table:table-cell>` +
				`<table:table-cell office:value-type="string"><text:p>رفعت الحكومة أسعار<text:s text:c="3"/>الوقود</text:p><text:p>وقال <text:span>الوزير</text:span><text:tab/>إن<text:line-break/>القرار يخفف العجز.</text:p>` +
				`<office:annotation><dc:creator>محرر</dc:creator><text:p>راجع الرقم</text:p></office:annotation></table:table-cell><table:table-cell table:number-columns-repeated="16381"/></table:table-row>` +
				`<table:table-row><table:table-cell office:value-type="float" office:value="2"/>` + strings.TrimPrefix(calcRow("المعرض", jsonOther), "<table:table-row>") + empty + `</table:table>`,
			[]tokenize.Article{{ID: "1", Title: "الوقود", Text: "رفعت الحكومة أسعار   الوقود\nوقال الوزير\tإن\nالقرار يخفف العجز."}, {ID: "2", Title: "المعرض", Text: jsonOther}}},
		{"cells in their columns past repeated and covered ones; every table of articles in order, but one without text and one its style hides",
			`<office:automatic-styles><style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style><style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles>` +
				`<table:table table:style-name="ta1">` + calcRow("title", "", "text") + `<table:table-row><table:covered-table-cell table:number-columns-repeated="2"/>` + strings.TrimPrefix(calcRow(jsonLead), "<table:table-row>") +
				`</table:table><table:table>` + calcRow("ملاحظات") + calcRow("راجع الأرقام قبل النشر.") + `</table:table><table:table table:style-name="ta2">` + calcRow("text") + calcRow("نسخة قديمة من الخبر.") +
				`</table:table><table:table>` + calcRow("text") + calcRow(jsonOther) + `</table:table>`,
			[]tokenize.Article{{Text: jsonLead}, {Text: jsonOther}}},
		{"a table inside a cell is no part of the sheet",
			`<table:table>` + calcRow("text") + `<table:table-row><table:table-cell><text:p>` + jsonOther + `</text:p><table:table>` + calcRow("ج") + `</table:table></table:table-cell></table:table-row>` + calcRow(jsonLead) + `</table:table>`,
			[]tokenize.Article{{Text: jsonOther}, {Text: jsonLead}}},
		{"a row repeated a billion times is read once, the same article",
			`<table:table>` + calcRow("text") + strings.Replace(calcRow(jsonLead), "<table:table-row>", `<table:table-row table:number-rows-repeated="1000000000">`, 1) + calcRow(jsonOther) + `</table:table>`,
			[]tokenize.Article{{Text: jsonLead}, {Text: jsonOther}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			readsAsSheet(t, calc(t, tt.tables), tt.want)
		})
	}
	t.Run("a table whose header names no text is no table of articles", func(t *testing.T) {
		data := calc(t, `<table:table>`+calcRow("id", "price")+calcRow("1", "10")+`</table:table>`)
		require.True(t, tokenize.IsSheet(data))
		got, ok := tokenize.SheetArticles(data)
		assert.False(t, ok)
		assert.Empty(t, got)
	})
	t.Run("an OpenDocument text is no spreadsheet", func(t *testing.T) {
		data := zipped(t, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", `<office:document-content/>`)
		assert.False(t, tokenize.IsSheet(data))
	})
}
