package tokenize

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"iter"
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
	csvIDNames    = []string{"id", "المعرف", "معرف", "url", "link", "الرابط", "رابط"}
)

// csvTable is what a table's header says: how its fields are separated,
// how many there are, and which hold the text, the title and the id (-1:
// none); and where the header starts, past the lines of a title above it.
type csvTable struct {
	comma                   rune
	fields, text, title, id int
	start                   int
}

// csvHeader reads the header of text, its first line or the first after a
// title (see csvTitles): fields separated by commas, tabs or semicolons (as
// Excel writes CSV where the comma is a decimal mark), two or more, short,
// one of which names the text. Check asks it of every text: a line that
// names no text column is passed over before it is read as CSV, without
// allocating.
func csvHeader(text string) (csvTable, bool) {
	start := 0
	for k := 0; ; k++ {
		line, rest, whole := strings.Cut(text[start:], "\n")
		var t csvTable
		if done, ok := csvHeaderAt(&t, k, text[:start], line, whole); done {
			t.start = start
			return t, ok
		}
		start = len(text) - len(rest)
	}
}

// csvHeaderAt tells what line, the k-th of a text (from 0), is when the
// lines before it, title, are a title's: the header (done, ok; *t is what
// it says), a line of the title (not done), or neither, and the text no
// table (done, not ok).
// whole is whether the line ends with its line break: a header below a
// title is whole. csvHeader asks it of a text's lines, ReadCSV of those it
// reads, so that both find the same header.
func csvHeaderAt(t *csvTable, k int, title, line string, whole bool) (done, ok bool) {
	if h, ok := csvHeaderLine(line); ok && (k == 0 || whole) {
		*t = h
		return true, k == 0 || csvTitles(title, t.comma)
	}
	if k == maxCSVTitles || !whole || !csvTitleLine(line) {
		return true, false
	}
	return false, false
}

// maxCSVTitles is how many lines of a title may come above a table's
// header: a report's name, its date, a blank line.
const maxCSVTitles = 3

// csvTitleLine reports whether line could be a line of a title above a
// table's header: short, without a sentence's final mark (a heading's
// rule: a line of prose is no title), blank, or a title row as a sheet
// saves it, «أخبار مارس,,», its other fields empty; not the first line of
// another format that Articles reads (a web archive's «WARC/», a mailbox's
// «From », a tag, JSON), which a table's rows below must not take for
// theirs (CI's fuzzing found «WARC/\nContent,\nC» read as a table).
func csvTitleLine(line string) bool {
	if line != "" && strings.IndexByte("<{[", line[0]) >= 0 || strings.HasPrefix(line, "WARC/") || strings.HasPrefix(line, "From ") {
		return false
	}
	for line != "" && strings.IndexByte(",;\t \r", line[len(line)-1]) >= 0 {
		line = line[:len(line)-1]
	}
	// Four scans of IndexByte, where ContainsAny went a byte at a time:
	// Check asks this of every text's first line.
	return len(line) <= 200 && strings.IndexByte(line, ',') < 0 && strings.IndexByte(line, ';') < 0 &&
		strings.IndexByte(line, '\t') < 0 && strings.IndexByte(line, '"') < 0 && titleLike(line)
}

// titleLike reports whether s, a line, could be a title's: at most 200
// bytes, without a sentence's final mark.
func titleLike(s string) bool {
	s = strings.TrimRight(s, " \t\r\n")
	r, _ := utf8.DecodeLastRuneInString(s)
	return len(s) <= 200 && r != '.' && r != '!' && r != '?' && r != '؟' && r != '…'
}

// csvTitles reports whether the lines of title, above a header whose
// fields comma separates, are a title's: a title row of a sheet saved with
// the header's separator, not another's (csvTitleLine took any).
func csvTitles(title string, comma rune) bool {
	for _, other := range []rune{',', '\t', ';'} {
		if other != comma && strings.ContainsRune(title, other) {
			return false
		}
	}
	return true
}

// csvHeaderLine reads line as a table's header (see csvHeader).
func csvHeaderLine(line string) (csvTable, bool) {
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
			return csvNamed(line, csvTextNames)
		}
		if csvNamed(line[:i], csvTextNames) {
			return true
		}
		line = line[i+1:]
	}
}

// csvColumn returns the column of names that bears the first of wanted it
// has in Arabic («body_ar», «textAr»: a bilingual site's export), else the
// first of wanted it has, or -1. A column in another language («body_en»)
// bears none.
func csvColumn(names, wanted []string) int {
	for _, is := range []func(field, name string) bool{csvArabicName, csvNameIs} {
		for _, w := range wanted {
			for k, n := range names {
				if is(n, w) {
					return k
				}
			}
		}
	}
	return -1
}

// csvNamed reports whether field, a column's name, bears one of wanted,
// alone or in Arabic.
func csvNamed(field string, wanted []string) bool {
	for _, w := range wanted {
		if csvNameIs(field, w) || csvArabicName(field, w) {
			return true
		}
	}
	return false
}

// csvArabicName reports whether a column's name is name in Arabic, with
// Arabic's code after it («body_ar», «body-ar», «bodyAr»; see langSuffix).
func csvArabicName(field, name string) bool {
	base, arabic, ok := langSuffix(strings.Trim(strings.TrimSpace(field), `"`))
	return ok && arabic && csvNameIs(base, name)
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
// body, article, النص, المحتوى…), on the first line or below up to three
// lines of a title (short, without a sentence's final mark, their other
// fields empty, «أخبار مارس,,»), fields separated by commas, tabs or
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
	text = text[t.start:]
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
		if !keep {
			continue
		}
		if a, ok := csvArticle(row, t); ok {
			articles = append(articles, a)
		}
		if cut {
			break
		}
	}
	return articles, rows > 0
}

// csvArticle returns the article of a table's row, or ok false when its
// text has no words.
func csvArticle(row []string, t csvTable) (a Article, ok bool) {
	if !hasWordOutsideTags(row[t.text]) {
		return a, false
	}
	a.Text = Dereferenced(row[t.text])
	if t.title >= 0 {
		a.Title = cueText(row[t.title])
	}
	if t.id >= 0 {
		a.ID = strings.TrimSpace(row[t.id])
	}
	if isTheText(a.Title, a.Text) {
		a.Title = ""
	}
	return a, true
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

// OpensCSV reports whether a text that opens with head (its first 4 KiB,
// or all of a shorter text) opens as IsCSV's tables do: with a header, a
// whole line, that names the column of the text. ReadCSV reads such a
// text; whether its rows keep the header's fields only they can tell.
func OpensCSV(head string) bool {
	head = strings.TrimPrefix(head, "\ufeff")
	if !strings.Contains(head, "\n") {
		return false
	}
	_, ok := csvHeader(head)
	return ok
}

// A CSVError is why ReadCSV stopped at the row that opens on Line
// (counted from 1): it does not read as a row of the table (other fields
// than the header's, a quotation mark out of place), or, when Long, it
// runs past the bound that ReadCSV was given (and ReadCSV goes on after
// it, for a consumer that does); on line 1, the header names no column of
// text.
type CSVError struct {
	Line int
	Long bool
}

func (e *CSVError) Error() string {
	switch {
	case e.Long:
		return fmt.Sprintf("the row on line %d is too long", e.Line)
	case e.Line == 1:
		return "line 1 is no table's header: it names no column of text"
	}
	return fmt.Sprintf("the row on line %d does not keep the header's fields", e.Line)
}

// ReadCSV returns the articles of a table of articles in CSV read from r
// (IsCSV), as Articles gives them from the whole text, in order, but
// reading one row at a time: a dataset's or a scrape's table runs to
// gigabytes, and its articles are read in the memory of one row. A row
// longer than maxRow bytes (maxRow < 0: no bound) gives a *CSVError
// (Long) as soon as it is, and is passed over, not held: a consumer that
// goes on gets the rows after it. A row that does not read as one of the
// table (where Articles would read no table in the whole text) ends the
// sequence with a *CSVError, after the articles before it. The last row,
// cut off in a download, is read as Articles reads it. An error reading r,
// but its end, ends the sequence with it.
func ReadCSV(r io.Reader, maxRow int) iter.Seq2[Article, error] {
	return func(yield func(Article, error) bool) {
		f := csvFramer{r: bufio.NewReaderSize(r, 64<<10), maxRow: maxRow, line: 1}
		if head, _ := f.r.Peek(3); string(head) == "\ufeff" {
			f.r.Discard(3)
		}
		// The header, past the lines of a title above it (see csvHeader).
		var (
			t     csvTable
			title strings.Builder
		)
		for k := 0; ; k++ {
			raw, _, _, err := f.next()
			if err != nil {
				yield(Article{}, err)
				return
			}
			line, whole := strings.CutSuffix(raw, "\n")
			done, ok := csvHeaderAt(&t, k, title.String(), line, whole)
			if done && !ok {
				yield(Article{}, &CSVError{Line: 1})
				return
			}
			if done {
				break
			}
			title.WriteString(raw)
		}
		rows := newCSVRows(t)
		for {
			raw, line, last, err := f.next()
			if long := (*CSVError)(nil); errors.As(err, &long) && long.Long {
				if !yield(Article{}, err) {
					return
				}
				continue // the framer passes over the rest of it
			}
			if err != nil {
				yield(Article{}, err)
				return
			}
			if raw == "" {
				return
			}
			row, err := rows.read(raw)
			if err == io.EOF {
				continue // a blank line, which CSV passes over
			}
			if err != nil && last {
				row = cutRow(raw, t) // cut off in a download
			}
			if err != nil && !last {
				yield(Article{}, &CSVError{Line: line})
				return
			}
			if row == nil {
				return
			}
			if a, ok := csvArticle(row, t); ok && !yield(a, nil) {
				return
			}
		}
	}
}

// csvRows reads the rows of a table one at a time, each framed apart, as
// the table's reader reads them: one reader for all, where one a row cost
// its 4 KiB buffer (ReadCSV took 4 times as long as Articles).
type csvRows struct {
	src strings.Reader
	r   *csv.Reader
}

func newCSVRows(t csvTable) *csvRows {
	rows := &csvRows{}
	rows.r = csv.NewReader(&rows.src)
	rows.r.Comma, rows.r.FieldsPerRecord = t.comma, t.fields
	return rows
}

// read reads raw, one row. After an error the reader may hold what is
// left of raw: ReadCSV reads no row after one.
func (rows *csvRows) read(raw string) ([]string, error) {
	rows.src.Reset(raw)
	row, err := rows.r.Read()
	if err == nil {
		if _, err2 := rows.r.Read(); err2 != io.EOF {
			err = errRows
		}
	}
	return row, err
}

// errRows is csvRows' error for what reads as more than one row: framed
// as one by its quotation marks, one is out of place.
var errRows = errors.New("more than a row")

// csvFramer finds where each row of a table in r ends: at a line break
// outside quotes (a field's quotation marks, doubled inside it, open and
// close its quotes in turn), without parsing it.
type csvFramer struct {
	r      *bufio.Reader
	maxRow int
	line   int // the line the framer is on
	row    []byte
	// skip is whether the framer is in a row past maxRow, which next
	// passes over before the next row; quoted whether it is in a row's
	// quotes.
	skip, quoted bool
}

// next returns the next row, its line break included, the line it opens
// on and whether it is the last, r ending in it or right after it; "" at
// the end of r.
func (f *csvFramer) next() (raw string, line int, last bool, err error) {
	line, f.row = f.line, f.row[:0]
	if !f.skip {
		f.quoted = false
	}
	for {
		buf, err := f.r.Peek(max(1, f.r.Buffered()))
		if len(buf) == 0 {
			if err == io.EOF {
				f.skip = false
				return string(f.row), line, true, nil
			}
			return "", line, false, err
		}
		end := f.scan(buf)
		n := end
		if n < 0 {
			n = len(buf)
		}
		if f.skip {
			// The rest of a row past maxRow, passed over; the next row
			// starts after it.
			f.r.Discard(n)
			if end >= 0 {
				f.skip, f.quoted, line = false, false, f.line
			}
			continue
		}
		if f.maxRow >= 0 && len(f.row)+n > f.maxRow {
			// Passed over from here on the next call, if one comes.
			f.r.Discard(n)
			f.skip = end < 0
			return "", line, false, &CSVError{Line: line, Long: true}
		}
		f.row = append(f.row, buf[:n]...)
		f.r.Discard(n)
		if end >= 0 {
			_, err := f.r.Peek(1)
			raw = string(f.row)
			if cap(f.row) > 1<<20 {
				f.row = nil // one long row does not keep its buffer for all
			}
			return raw, line, err == io.EOF, nil
		}
	}
}

// scan moves the framer through buf, through its quotes and its lines, and
// returns where the row ends in buf, after its line break outside quotes,
// or -1 when it goes on past buf.
func (f *csvFramer) scan(buf []byte) int {
	for i, c := range buf {
		switch {
		case c == '"':
			f.quoted = !f.quoted
		case c == '\n':
			f.line++
			if !f.quoted {
				return i + 1
			}
		}
	}
	return -1
}
