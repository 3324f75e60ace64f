package tokenize_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/tokenize"
)

// zipped returns a ZIP archive of files, name and content in pairs, in
// that order, as a word processor writes its documents.
func zipped(t testing.TB, files ...string) string {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for k := 0; k+1 < len(files); k += 2 {
		f, err := w.Create(files[k])
		require.NoError(t, err)
		_, err = f.Write([]byte(files[k+1]))
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	return b.String()
}

// docx returns a Word document (.docx) whose body is body, WordprocessingML.
func docx(t testing.TB, body string) string {
	return zipped(t,
		"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"docProps/core.xml", `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Microsoft Word - قالب</dc:title></cp:coreProperties>`,
		"word/styles.xml", docxStyles,
		"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`+body+`<w:sectPr/></w:body></w:document>`)
}

// docxStyles are a document's styles as an Arabic Word writes them: the
// ids of its headings are «1» and «2», their names English, and a style
// of the user's own based on one of them.
const docxStyles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:pPr><w:bidi/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Section"><w:name w:val="قسم"/><w:basedOn w:val="2"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>` +
	`<w:style w:type="character" w:styleId="Heading1Char"><w:name w:val="heading 1 char"/></w:style>` +
	`</w:styles>`

// odt returns an OpenDocument text (.odt) whose body is body.
func odt(t testing.TB, body string) string {
	return zipped(t,
		"mimetype", "application/vnd.oasis.opendocument.text",
		"content.xml", `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>`+body+`</office:text></office:body></office:document-content>`)
}

// para returns a Word paragraph of runs, its style first when given.
func para(style string, runs ...string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	if style != "" {
		fmt.Fprintf(&b, `<w:pPr><w:pStyle w:val="%s"/><w:bidi/></w:pPr>`, style)
	}
	for _, r := range runs {
		fmt.Fprintf(&b, `<w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>`, r)
	}
	b.WriteString("</w:p>")
	return b.String()
}

func TestOfficeText(t *testing.T) {
	tests := []struct {
		name string
		data func(testing.TB) string
		want string // "" with ok false: no document
	}{
		{"Word: a paragraph a line, runs joined, a heading's style marked as Markdown marks one",
			func(t testing.TB) string {
				return docx(t, para("Title", "الحكومة ترفع ", "أسعار الوقود")+para("", jsonLead+" ", jsonSecond)+
					para("Heading2", "ردود الفعل")+para("")+para("", jsonOther))
			},
			"# الحكومة ترفع أسعار الوقود\n" + jsonLead + " " + jsonSecond + "\n# ردود الفعل\n\n" + jsonOther + "\n"},
		{"Word: tabs and breaks inside a paragraph, a table's cells a line each, deleted text out, inserted text in, fields' codes out",
			func(t testing.TB) string {
				return docx(t, `<w:p><w:r><w:t>رفعت</w:t><w:tab/><w:t>الحكومة</w:t><w:br/><w:t>الأسعار.</w:t></w:r></w:p>`+
					`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>الوقود</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>10%</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`+
					`<w:p><w:del><w:r><w:delText>قديم </w:delText></w:r></w:del><w:ins><w:r><w:t>جديد.</w:t></w:r></w:ins>`+
					`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`)
			},
			"رفعت\tالحكومة\nالأسعار.\nالوقود\n10%\nجديد.\n"},
		{"Word: headings by the names of their styles, whatever their ids, by a base, or by an outline level; body text's level 9 is none",
			func(t testing.TB) string {
				return docx(t, `<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>الوقود</w:t></w:r></w:p>`+para("1", "الأسعار")+para("a3", "العنوان")+
					para("Section", "قسم")+para("Quote", "اقتباس.")+para("a", jsonLead))
			},
			"# الوقود\n# الأسعار\n# العنوان\n# قسم\nاقتباس.\n" + jsonLead + "\n"},
		{"Word without its styles: English ids",
			func(t testing.TB) string {
				return zipped(t, "word/document.xml", `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`+para("Heading1", "الوقود")+para("1", "الأسعار")+para("", jsonLead)+`</w:body></w:document>`)
			},
			"# الوقود\nالأسعار\n" + jsonLead + "\n"},
		{"Word: a text box, and the copy of it kept for older readers, are left out",
			func(t testing.TB) string {
				return docx(t, `<w:p><w:r><w:t>رفعت الحكومة الأسعار.</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="x"><w:txbxContent><w:p><w:r><w:t>صورة</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>`+
					`<mc:Fallback><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml"><w:txbxContent><w:p><w:r><w:t>صورة</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`)
			},
			"رفعت الحكومة الأسعار.\n"},
		{"OpenDocument: headings, paragraphs, spans, spaces, a line break and a list",
			func(t testing.TB) string {
				return odt(t, `<text:h text:outline-level="1">الحكومة ترفع أسعار الوقود</text:h><text:p>رفعت<text:s/>الحكومة <text:span>أسعار</text:span> الوقود.<text:line-break/>`+jsonSecond+`</text:p>`+
					`<text:list><text:list-item><text:p>`+jsonOther+`</text:p></text:list-item></text:list>`)
			},
			"# الحكومة ترفع أسعار الوقود\nرفعت الحكومة أسعار الوقود.\n" + jsonSecond + "\n" + jsonOther + "\n"},
		{"Word whose main part has another name, as its relationships say",
			func(t testing.TB) string {
				return zipped(t, "_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>`,
					"word/document2.xml", `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`+para("", jsonLead)+`</w:body></w:document>`)
			},
			jsonLead + "\n"},
		{"a package whose relationships name no part it has is no document",
			func(t testing.TB) string {
				return zipped(t, "_rels/.rels", `<Relationships><Relationship Type="x/officeDocument" Target="word/gone.xml"/></Relationships>`, "word/other.xml", "<w:document/>")
			}, ""},
		{"a ZIP archive of something else is no document", func(t testing.TB) string { return zipped(t, "a.txt", jsonLead) }, ""},
		{"nor text", func(testing.TB) string { return jsonLead }, ""},
		{"nor the empty text", func(testing.TB) string { return "" }, ""},
		{"nor a ZIP's signature alone", func(testing.TB) string { return "PK\x03\x04" + jsonLead }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.data(t)
			got, ok := tokenize.OfficeText(data)
			assert.Equal(t, tt.want != "", ok)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, ok, tokenize.IsOffice(data), "IsOffice agrees")
		})
	}
}

// A document whose text is too large, or cut off, gives what can be read.
func TestOfficeTextBounds(t *testing.T) {
	data := docx(t, strings.Repeat(para("", jsonLead), 1000))
	got, ok := tokenize.OfficeText(data)
	require.True(t, ok)
	assert.Equal(t, 1000, strings.Count(got, jsonLead))

	cut := data[:len(data)/2] // the archive's directory, at its end, is gone
	_, ok = tokenize.OfficeText(cut)
	assert.False(t, ok, "an archive without its directory cannot be read")
}

// FuzzOfficeText reads data as it comes, or as the body of a Word
// document or of an OpenDocument text, so that the XML readers are
// fuzzed and not only the archive's.
func FuzzOfficeText(f *testing.F) {
	f.Add(docx(f, para("Title", "ع")+para("", "نص.")), uint8(0))
	f.Add(para("Heading1", "ع")+`<w:p><w:r><w:t>نص</w:t><w:tab/><w:br/></w:r><w:del><w:r><w:t>x</w:t></w:r></w:del></w:p>`, uint8(1))
	f.Add(`<text:h>ع</text:h><text:p>نص<text:s text:c="3"/>آخر<text:note><text:p>حاشية</text:p></text:note></text:p>`, uint8(2))
	f.Add("<w:p><w:r><w:t>نص", uint8(1))
	f.Add("PK\x03\x04", uint8(0))
	f.Fuzz(func(t *testing.T, data string, wrap uint8) {
		switch wrap % 3 {
		case 1:
			data = docx(t, data)
		case 2:
			data = odt(t, data)
		}
		got, ok := tokenize.OfficeText(data)
		again, _ := tokenize.OfficeText(data)
		assert.Equal(t, got, again, "same input, same output")
		assert.Equal(t, ok, tokenize.IsOffice(data))
		if wrap%3 != 0 {
			assert.True(t, ok, "a document whatever its body")
		}
		if !ok {
			assert.Empty(t, got)
			return
		}
		assert.True(t, got == "" || strings.HasSuffix(got, "\n"), "each paragraph a line")
		assert.True(t, utf8.ValidString(got), "the XML reader gives UTF-8")
	})
}

func TestOfficeTextHostile(t *testing.T) {
	// A small archive that inflates past what any article needs is read
	// no further than 64 MiB of XML: the paragraph after 70 MiB of spaces
	// is not reached (with the bound raised, it is, and the row fails); the
	// other shapes, large or deep, give their text.
	var bomb bytes.Buffer
	w := zip.NewWriter(&bomb)
	f, err := w.Create("word/document.xml")
	require.NoError(t, err)
	_, err = f.Write([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + para("", jsonLead) + `<w:p><w:r><w:t>`))
	require.NoError(t, err)
	spaces := bytes.Repeat([]byte(" "), 1<<20)
	for range 70 { // 70 MiB inflated, past the bound
		_, err = f.Write(spaces)
		require.NoError(t, err)
	}
	_, err = f.Write([]byte(`</w:t></w:r></w:p>` + para("", jsonOther) + `</w:body></w:document>`))
	require.NoError(t, err)
	require.NoError(t, w.Close())
	require.Less(t, bomb.Len(), 1<<20, "the archive is small")

	tests := []struct {
		name string
		data string
		has  string
		not  string // past what is read
	}{
		{"an archive that inflates to 70 MiB", bomb.String(), jsonLead, jsonOther},
		{"100,000 paragraphs", docx(t, strings.Repeat(para("", jsonLead), 100_000)), jsonLead, ""},
		{"runs 100,000 elements deep", docx(t, "<w:p>"+strings.Repeat("<w:r>", 100_000)+"<w:t>"+jsonLead+"</w:t>"+strings.Repeat("</w:r>", 100_000)+"</w:p>"), jsonLead, ""},
		{"100,000 text boxes that never close", docx(t, para("", jsonLead)+"<w:p>"+strings.Repeat("<w:txbxContent>", 100_000)), jsonLead, ""},
		{"an OpenDocument text of 100,000 nested spans and a space of a billion", odt(t, "<text:p>"+strings.Repeat("<text:span>", 100_000)+jsonLead+`<text:s text:c="1000000000"/>`+"</text:p>"), jsonLead, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tokenize.OfficeText(tt.data)
			require.True(t, ok)
			assert.Contains(t, got, tt.has)
			if tt.not != "" {
				assert.NotContains(t, got, tt.not)
			}
			assert.LessOrEqual(t, len(got), 64<<20)
		})
	}
}
