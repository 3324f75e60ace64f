package tokenize_test

import (
	"encoding/csv"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/tokenize"
)

func TestCSVArticles(t *testing.T) {
	// A story's text as a table holds it: quoted, over lines, its quotation
	// marks doubled.
	story := "\"" + jsonLead + "\n" + jsonSecond + " \"\"نص\"\"، آخر\""
	storyText := jsonLead + "\n" + jsonSecond + " \"نص\"، آخر"
	tests := []struct {
		name string
		text string
		want []tokenize.Article
	}{
		{"a scrape, as pandas or Scrapy write it",
			"id,title,text,url\n1,الوقود," + story + ",https://example.com/1\n2,المعرض," + jsonSecond + ",https://example.com/2\n",
			[]tokenize.Article{{ID: "1", Title: "الوقود", Text: storyText}, {ID: "2", Title: "المعرض", Text: jsonSecond}}},
		{"Excel's, with a byte-order mark and CRLF, the headers in any case and spacing",
			"\ufeffTitle,Article Body\r\nالوقود," + story + "\r\n",
			[]tokenize.Article{{Title: "الوقود", Text: storyText}}},
		{"tab-separated, Arabic headers, no id but an address",
			"العنوان\tالنص\tالرابط\nالوقود\t" + jsonLead + "\thttps://example.com/1\n",
			[]tokenize.Article{{Title: "الوقود", Text: jsonLead, ID: "https://example.com/1"}}},
		{"every field quoted, as R's write.csv writes them",
			"\"\",\"id\",\"title\",\"text\"\n\"1\",\"7\",\"الوقود\"," + story + "\n",
			[]tokenize.Article{{ID: "7", Title: "الوقود", Text: storyText}}},
		{"a bilingual site's export: the Arabic columns, though the English comes first",
			"id,title_en,title_ar,body_en,body_ar\n1,Fuel,الوقود,\"" + jsonBodyEn + "\"," + jsonLead + "\n",
			[]tokenize.Article{{ID: "1", Title: "الوقود", Text: jsonLead}}},
		{"and the Arabic column before a text of no language's, in camel case",
			"text,textAr,titleAr\n\"" + jsonBodyEn + "\"," + jsonLead + ",الوقود\n",
			[]tokenize.Article{{Title: "الوقود", Text: jsonLead}}},
		{"semicolons, as Excel writes it in some languages",
			"headline;content\nالوقود;" + jsonLead + "\n",
			[]tokenize.Article{{Title: "الوقود", Text: jsonLead}}},
		{"pandas' index, an unnamed column, and a summary beside the text",
			",text,summary\n0," + jsonLead + " " + jsonSecond + "," + jsonLead + "\n",
			[]tokenize.Article{{Text: jsonLead + " " + jsonSecond}}},
		{"rows without words are none, and tags and references are read as in JSON",
			"id,title,content\n1,,\n2,<b>الوقود</b>,<p>&#1585;&#1601;&#1593;&#1578; الحكومة الأسعار.</p>\n",
			[]tokenize.Article{{ID: "2", Title: "الوقود", Text: "<p>رفعت الحكومة الأسعار.</p>"}}},
		{"cut off in a download, in a quoted text",
			"id,text\n1," + jsonLead + "\n2,\"" + jsonSecond[:20],
			[]tokenize.Article{{ID: "1", Text: jsonLead}, {ID: "2", Text: jsonSecond[:20]}}},
		{"a row alone, cut off in a download in its quoted text",
			"title,text\nالوقود,\"" + jsonLead + "\n" + jsonSecond[:20],
			[]tokenize.Article{{Title: "الوقود", Text: jsonLead + "\n" + jsonSecond[:20]}}},
		// A report's title above its header, as a sheet with a title row
		// saves it (its other fields empty) or as one writes it by hand.
		{"a title line above the header, as a sheet saves it",
			"أخبار مارس,,\nid,title,text\n1,الوقود," + jsonLead + "\n",
			[]tokenize.Article{{ID: "1", Title: "الوقود", Text: jsonLead}}},
		{"two title lines and a blank one above the header, by hand",
			"\ufeffتقرير الأخبار\r\nمارس 2026\r\n\r\ntitle;text\r\nالوقود;" + jsonLead + "\r\n",
			[]tokenize.Article{{Title: "الوقود", Text: jsonLead}}},
		{"cut off in a download, between fields",
			"id,title,text\n1,الوقود," + jsonLead + "\n2,المعرض",
			[]tokenize.Article{{ID: "1", Title: "الوقود", Text: jsonLead}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.True(t, tokenize.IsCSV(tt.text))
			got, ok := tokenize.Articles(tt.text)
			require.True(t, ok)
			assert.Equal(t, tt.want, got)
			// A row at a time, the same.
			assert.True(t, tokenize.OpensCSV(tt.text))
			got, err := readCSV(strings.NewReader(tt.text), -1)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got, "a row at a time")
			got, err = readCSV(iotest.OneByteReader(strings.NewReader(tt.text)), len(tt.text))
			require.NoError(t, err)
			assert.Equal(t, tt.want, got, "a row at a time, read a byte at a time")
		})
	}
}

// Text that is not a table of articles is none, though it has commas.
func TestCSVArticlesNotATable(t *testing.T) {
	tests := []struct {
		name string
		text string
	}{
		{"prose whose first line has commas", "text, and more text\n" + jsonLead + "\n" + jsonSecond},
		{"a header naming no text column", "id,name,price\n1,كتاب,10\n2,قلم,2\n"},
		{"a header alone", "id,title,text\n"},
		{"a header whose text is another language's alone", "title,body_en\nFuel,\"" + jsonBodyEn + "\"\n"},
		{"rows of other lengths than the header's", "id,title,text\n1,الوقود\n2,المعرض,نص,زائد\n3,ع,نص\n"},
		{"a quotation mark out of place, before the last row", "id,text\n1,نص \"مقتبس\" هنا\n2," + jsonLead + "\n"},
		{"a line of prose that names a text", "text\n" + jsonLead},
		{"a header longer than a header is", "text," + strings.Repeat("ع", 600) + "\n1,2\n"},
		{"a header below a line with fields", "id,name\ntitle,text\nالوقود," + jsonLead + "\n"},
		{"a header below a title row of another separator's", "أخبار مارس;;\nid,title,text\n1,ع," + jsonLead + "\n"},
		{"a header below four lines", "أ\nب\nج\nد\ntitle,text\nالوقود," + jsonLead + "\n"},
		{"a header below prose", jsonLead + "\ntitle,text\nالوقود," + jsonLead + "\n"},
		// A first line of another format's is no title: CI's fuzzing found
		// «WARC/\nContent,\nC» read as a table, not as ReadWARC reads it.
		{"a header below a web archive's version line", "WARC/\nContent,\nC"},
		{"a header below a mailbox's envelope", "From a@b.c Mon Mar  2 10:00:00 2026\ntitle,text\nع," + jsonLead + "\n"},
		{"a header below a tag", "<b>أخبار مارس</b>\ntitle,text\nع," + jsonLead + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.False(t, tokenize.IsCSV(tt.text))
			got, ok := tokenize.Articles(tt.text)
			assert.False(t, ok)
			assert.Empty(t, got)
		})
	}
}

// FuzzCSVArticles: what encoding/csv writes, a row of any fields and a row
// of a story, with any of the separators, Articles reads back: the story,
// and the first row when its text has words, its text and id as written.
// And nothing panics on any input.
func FuzzCSVArticles(f *testing.F) {
	f.Add("1", "الوقود", jsonLead, byte(0), "")
	f.Add(" 7 ", "<b>ع</b>", "\"نص\"، و\r\nسطر, آخر;\t", byte(1), "id,text\n1,\"ن")
	f.Add("", "", "", byte(2), "title;content\r\nع;نص\r\n")
	f.Fuzz(func(t *testing.T, id, title, text string, comma byte, raw string) {
		tokenize.IsCSV(raw)
		tokenize.Articles(raw)

		var b strings.Builder
		w := csv.NewWriter(&b)
		w.Comma = []rune{',', '\t', ';'}[int(comma)%3]
		w.UseCRLF = comma&4 != 0
		require.NoError(t, w.WriteAll([][]string{{"id", "title", "text"}, {id, title, text}, {"2", "ع", jsonLead}}))
		require.True(t, tokenize.IsCSV(b.String()))
		got, ok := tokenize.Articles(b.String())
		require.True(t, ok)
		require.NotEmpty(t, got)
		assert.Equal(t, tokenize.Article{ID: "2", Title: "ع", Text: jsonLead}, got[len(got)-1])
		require.LessOrEqual(t, len(got), 2)
		if len(got) == 2 {
			// A quoted field's line breaks are read as "\n", and the
			// writer drops '\r' where it ends lines with "\r\n".
			written := strings.NewReplacer("\r\n", "\n").Replace
			if w.UseCRLF {
				written = strings.NewReplacer("\r", "").Replace
			}
			assert.Equal(t, tokenize.Dereferenced(written(text)), got[0].Text)
			assert.Equal(t, strings.TrimSpace(written(id)), got[0].ID)
		}
	})
}

// readCSV collects what tokenize.ReadCSV gives from r: the articles
// before an error, and the error.
func readCSV(r io.Reader, maxRow int) ([]tokenize.Article, error) {
	return collected(tokenize.ReadCSV(r, maxRow))
}

func TestReadCSVStops(t *testing.T) {
	row := func(id string) string { return id + ",الوقود,\"" + jsonLead + "\n" + jsonSecond + "\"\n" }
	first := tokenize.Article{ID: "1", Title: "الوقود", Text: jsonLead + "\n" + jsonSecond}
	tests := []struct {
		name string
		text string
		max  int
		want []tokenize.Article // before the error
		err  *tokenize.CSVError
	}{
		{"a row of other fields than the header's", "id,title,text\n" + row("1") + "2,ع\n" + row("3"), -1, []tokenize.Article{first}, &tokenize.CSVError{Line: 4}},
		{"a quotation mark out of place", "id,title,text\n" + row("1") + "2,ع,نص \"مقتبس\" هنا\n" + row("3"), -1, []tokenize.Article{first}, &tokenize.CSVError{Line: 4}},
		{"a row past the bound", "id,title,text\n" + row("1") + "2,ع,\"" + strings.Repeat(jsonSecond+"\n", 20) + "\"\n" + row("3"), len(row("1")) + 10, []tokenize.Article{first}, &tokenize.CSVError{Line: 4, Long: true}},
		{"a header that names no text", "id,name,price\n1,كتاب,10\n", -1, nil, &tokenize.CSVError{Line: 1}},
		{"no header at all", jsonLead, -1, nil, &tokenize.CSVError{Line: 1}},
		{"a title line and no header", "أخبار مارس\nid,name\n1,كتاب\n", -1, nil, &tokenize.CSVError{Line: 1}},
		{"a row of other fields below a title line", "أخبار مارس,,\nid,title,text\n" + row("1") + "2,ع\n" + row("3"), -1, []tokenize.Article{first}, &tokenize.CSVError{Line: 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readCSV(strings.NewReader(tt.text), tt.max)
			stoppedWith(t, tt.want, tt.err, got, err)
		})
	}
	t.Run("an error of the reader ends it, after the articles before", func(t *testing.T) {
		got, err := readCSV(io.MultiReader(strings.NewReader("id,title,text\n"+row("1")+row("2")[:20]), iotest.ErrReader(os.ErrClosed)), -1)
		require.ErrorIs(t, err, os.ErrClosed)
		assert.Equal(t, []tokenize.Article{first}, got)
	})
	t.Run("a consumer that goes on after a row past the bound gets the rows after it", func(t *testing.T) {
		long := "2,ع,\"" + strings.Repeat(jsonSecond+"\n", 20) + "\"\n"
		text := "id,title,text\n" + row("1") + long + row("1") + long[:len(long)-10]
		got, errs := goneOn(tokenize.ReadCSV(strings.NewReader(text), len(row("1"))+10))
		assert.Equal(t, []tokenize.Article{first, first}, got)
		assert.Equal(t, []error{&tokenize.CSVError{Line: 4, Long: true}, &tokenize.CSVError{Line: 27, Long: true}}, errs)
		// A row that does not read as the table's ends it.
		got, errs = goneOn(tokenize.ReadCSV(strings.NewReader("id,title,text\n"+row("1")+"2,ع\n"+row("1")), -1))
		assert.Equal(t, []tokenize.Article{first}, got)
		assert.Equal(t, []error{&tokenize.CSVError{Line: 4}}, errs)
	})
	t.Run("blank lines between rows are passed over", func(t *testing.T) {
		got, err := readCSV(strings.NewReader("id,title,text\n\n"+row("1")+"\r\n\n"+row("1")), -1)
		require.NoError(t, err)
		assert.Equal(t, []tokenize.Article{first, first}, got)
	})
}

// FuzzReadCSV: in pieces of any size, the same; and of what IsCSV takes
// for a table, the articles Articles gives, without an error.
func FuzzReadCSV(f *testing.F) {
	for _, s := range []string{
		"", "id,text\n1,نص\n", "\ufefftitle;content\r\nع;\"نص\n\"\"آخر\"\"\"\r\n", "id\ttext\n1\tن\n2\t\"م",
		"id,title,text\n1,ع,نص\n2,غ\n", "id,text\n1,\"ن\"\"\n\n2,م\n", "text,x\n\"a\"b,c\n",
		"أ,,\nid,text\n1,نص\n", "ع\r\n\r\ntitle;text\r\nع;ن\r\n", "ع\nب\nج\nid,text\n1,ن", "ع\nid,text", "ع\t\nid,text\n1,ن\n",
	} {
		f.Add(s, uint16(7))
	}
	f.Fuzz(func(t *testing.T, text string, size uint16) {
		got, err := readCSV(strings.NewReader(text), -1)
		again, err2 := readCSV(&chunkReader{text, int(size)%97 + 1}, -1)
		assert.Equal(t, got, again, "in pieces of %d", int(size)%97+1)
		assert.Equal(t, err, err2)
		goesOnAlike(t, tokenize.ReadCSV, text, size)
		if !tokenize.IsCSV(text) {
			return
		}
		whole, ok := tokenize.Articles(text)
		if !ok || tokenize.IsJSON(text) {
			return
		}
		var bad *tokenize.CSVError
		assert.False(t, errors.As(err, &bad), "%v", err)
		require.NoError(t, err)
		assert.Equal(t, whole, got)
	})
}
