package tokenize

import (
	"encoding/csv"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The names of a table's columns that hold an article's text, title and
// id, in the order they are preferred, as csvNameIs folds them: datasets of
// Arabic news and scrapers' exports name them so (news-please's
// «maintext», schema.org's «articleBody»).
var (
	csvTextNames = []string{"text", "content", "body", "article", "articlebody", "articletext", "maintext", "fulltext", "story",
		"النص", "نص", "المحتوى", "المقال", "مقال", "الخبر", "خبر", "متن", "نصالخبر", "نصالمقال"}
	csvTitleNames = []string{"title", "headline", "العنوان", "عنوان"}
	csvIDNames    = []string{"id", "url", "link", "الرابط", "رابط"}
)

// csvTable is what a table's header says: how its fields are separated,
// how many there are, and which hold the text, the title and the id (-1:
// none).
type csvTable struct {
	comma                   rune
	fields, text, title, id int
}

// csvHeader reads the header of text, its first line: fields separated by
// commas, tabs or semicolons (as Excel writes CSV where the comma is a
// decimal mark), two or more, short, one of which names the text. Check
// asks it of every text: a line that names no text column is passed over
// before it is read as CSV, without allocating.
func csvHeader(text string) (csvTable, bool) {
	line, _, _ := strings.Cut(text, "\n")
	if len(line) > 1024 {
		return csvTable{}, false
	}
	for _, comma := range []rune{',', '\t', ';'} {
		if !namesText(line, byte(comma)) {
			continue
		}
		r := csv.NewReader(strings.NewReader(line))
		r.Comma = comma
		names, err := r.Read()
		if err != nil || len(names) < 2 {
			continue
		}
		t := csvTable{comma: comma, fields: len(names), text: csvColumn(names, csvTextNames)}
		if t.text >= 0 {
			t.title, t.id = csvColumn(names, csvTitleNames), csvColumn(names, csvIDNames)
			return t, true
		}
	}
	return csvTable{}, false
}

// namesText reports whether line, split at comma, has two fields or more,
// one of which names a text column (csvTextNames).
func namesText(line string, comma byte) bool {
	if strings.IndexByte(line, comma) < 0 {
		return false
	}
	for {
		i := strings.IndexByte(line, comma)
		if i < 0 {
			return csvNamed(line, csvTextNames) >= 0
		}
		if csvNamed(line[:i], csvTextNames) >= 0 {
			return true
		}
		line = line[i+1:]
	}
}

// csvColumn returns the column of names that bears the first of wanted it
// has, or -1.
func csvColumn(names, wanted []string) int {
	for _, w := range wanted {
		for k, n := range names {
			if csvNameIs(n, w) {
				return k
			}
		}
	}
	return -1
}

// csvNamed returns the index in wanted of the name that field, a column's
// name, bears, or -1.
func csvNamed(field string, wanted []string) int {
	for k, w := range wanted {
		if csvNameIs(field, w) {
			return k
		}
	}
	return -1
}

// csvNameIs reports whether a column's name is name, in lower case and
// without spaces, underscores and hyphens («Article Body», «article_body»,
// «article-body» are «articlebody»), quoted or not.
func csvNameIs(field, name string) bool {
	i := 0
	for _, r := range strings.Trim(strings.TrimSpace(field), `"`) {
		if r == ' ' || r == '_' || r == '-' {
			continue
		}
		c, size := utf8.DecodeRuneInString(name[i:])
		if size == 0 || unicode.ToLower(r) != c {
			return false
		}
		i += size
	}
	return i == len(name)
}

// IsCSV reports whether text is a table of articles in CSV, as a scraper
// exports it or a dataset of news ships it (pandas' to_csv, Scrapy's feed
// export, Excel): a header naming the column of the text (text, content,
// body, article, النص, المحتوى…), fields separated by commas, tabs or
// semicolons, and one row or more, each with as many fields as the
// header, quoted as RFC 4180 quotes them; the last row may be cut off in a
// download. Prose is none: its lines do not keep a header's fields.
func IsCSV(text string) bool {
	_, ok := csvArticles(text, false)
	return ok
}

// csvArticles returns the articles of a table of articles (IsCSV), each
// row with words in its text an article, or ok false for other text;
// with keep false, it only checks. Of a row cut off in a download (the
// last, whose fields or quotes the end breaks), what came before the cut
// is read, as of JSON.
func csvArticles(text string, keep bool) (articles []Article, ok bool) {
	text = strings.TrimPrefix(text, "\ufeff")
	t, ok := csvHeader(text)
	if !ok {
		return nil, false
	}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma, r.FieldsPerRecord, r.ReuseRecord = t.comma, t.fields, true
	r.Read() // the header, read above
	rows := 0
	for {
		start := r.InputOffset()
		row, err := r.Read()
		if err == io.EOF {
			break
		}
		cut := false
		if err != nil {
			// Only the last row may break, where the text ends.
			if r.InputOffset() < int64(len(text)) {
				return nil, false
			}
			if row, cut = cutRow(text[start:], t), true; row == nil {
				break
			}
		}
		rows++
		if keep && hasWordOutsideTags(row[t.text]) {
			a := Article{Text: Dereferenced(row[t.text])}
			if t.title >= 0 {
				a.Title = cueText(row[t.title])
			}
			if t.id >= 0 {
				a.ID = strings.TrimSpace(row[t.id])
			}
			if isTheText(a.Title, a.Text) {
				a.Title = ""
			}
			articles = append(articles, a)
		}
		if cut {
			break
		}
	}
	return articles, rows > 0
}

// cutRow returns the fields of a table's last row cut off in a download,
// rest, as far as the cut: its fields before it, and the one it cuts,
// closed where a quotation mark opened it; fields it did not reach are
// empty. nil when no such row reads.
func cutRow(rest string, t csvTable) []string {
	for _, end := range []string{"", `"`} {
		r := csv.NewReader(strings.NewReader(rest + end))
		r.Comma, r.FieldsPerRecord = t.comma, -1
		row, err := r.Read()
		if err != nil || len(row) > t.fields {
			continue
		}
		for len(row) < t.fields {
			row = append(row, "")
		}
		return row
	}
	return nil
}
