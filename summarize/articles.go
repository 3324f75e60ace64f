package summarize

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/klauspost/compress/zstd"

	"github.com/talkhis/talkhis/tokenize"
)

// Articles returns what there is to summarize in text, a file's or a
// request's contents of any kind the library reads, each article with its
// headline when the text gives one:
//   - text that Summarize takes as it comes (Check gives nil): the text
//     itself, untitled (its heading line, if any, is read as a title);
//   - a .docx or .odt (ErrDocument): its text, tokenize.OfficeText;
//   - a spreadsheet, .xlsx or .ods (ErrDocument): the articles of each sheet
//     whose first row names a column of text, in the workbook's order
//     read as a table in CSV is, tokenize.SheetArticles;
//   - a file compressed with gzip, bzip2 or zstd (ErrDocument), as corpora
//     are kept (LDC's Gigaword, WikiExtractor's -c, a web-text dump's
//     .jsonl.zst): what its contents hold, decompressed up to MaxBytes;
//   - a ZIP or tar archive of files (ErrDocument), as corpora of a file an
//     article are passed on: what each file in it holds, read as a file
//     is, each article's ID the file's path in the archive (see
//     archiveArticles);
//   - subtitles (ErrSubtitles): their spoken text, tokenize.Subtitles;
//   - wikitext (ErrWikitext): the text its reader sees, tokenize.WikiText;
//   - a JSON document, a news feed or a table in CSV (ErrJSON, ErrFeed,
//     ErrCSV): the articles it holds, tokenize.Articles, in order, each
//     text that is wikitext (tokenize.IsWikitext: a revision's content in
//     MediaWiki's API) as its reader sees it, tokenize.WikiText; an
//     e-mail message (ErrMail): its text, with its subject; when it holds
//     none, an error wrapping ErrNoSentences says so;
//   - text whose Arabic is HTML's numeric references (ErrEscaped: a page
//     from a site in Latin-1, Word's web page saved in a Western
//     encoding, text HTML-escaped once more): what it is once each is
//     read as its character, tokenize.Dereferenced, as a browser shows it.
//
// Any other refusal is Check's error: a PDF, text in another encoding or
// escaped otherwise (JSON's «\u0627», a URL's «%D8%A7»), a text past
// MaxBytes. Summarize each article's Text with
// its Title as the Summarizer's Title, unless the caller has a title of its
// own; the command in examples/summarize does so with every file it is
// given. Articles splits no sentences: an article may still hold none, which
// Summarize then says.
func (s *Summarizer) Articles(text string) ([]tokenize.Article, error) {
	return s.articles(text, false)
}

// articles is Articles of text, a file of an archive when inArchive: then
// an archive is not opened, however deep it lies (a ZIP archive can hold
// itself), and Check's refusal of it is the error.
func (s *Summarizer) articles(text string, inArchive bool) ([]tokenize.Article, error) {
	err := s.Check(text)
	kind := ""
	if errors.Is(err, ErrDocument) {
		if kind = compression(text); kind == "" {
			kind = archive(text)
		}
	}
	switch {
	case err == nil:
		return []tokenize.Article{{Text: text}}, nil
	case kind == "gzip" || kind == "bzip2" || kind == "zstd":
		content, err := s.decompressed(text, kind)
		if err != nil {
			return nil, err
		}
		if compression(content) != "" {
			return nil, errTwice
		}
		return s.articles(content, inArchive)
	case kind == "sheet":
		articles, ok := tokenize.SheetArticles(text)
		if !ok {
			return nil, fmt.Errorf("%w: it is a spreadsheet none of whose sheets is a table of articles: no sheet's header row names a column of text (text, content, body, article, النص, المحتوى…); name the column of the stories' text so in the sheet that holds them (hidden sheets are not read)", ErrDocument)
		}
		if len(articles) == 0 {
			return nil, noArticle(ErrCSV)
		}
		return readWikis(articles), nil
	case (kind == "ZIP" || kind == "tar") && !inArchive:
		return s.archiveArticles(text, kind)
	case kind == "ZIP" || kind == "tar":
		return nil, err
	case errors.Is(err, ErrDocument):
		doc, ok := tokenize.OfficeText(text)
		if !ok {
			return nil, err // a PDF, an old .doc: Check says what to do
		}
		return []tokenize.Article{{Text: doc}}, nil
	case errors.Is(err, ErrSubtitles):
		spoken, _ := tokenize.Subtitles(text)
		return []tokenize.Article{{Text: spoken}}, nil
	case errors.Is(err, ErrWikitext):
		return []tokenize.Article{{Text: tokenize.WikiText(text)}}, nil
	case errors.Is(err, ErrEscaped):
		// Escaped by HTML's numeric references, as a page in Latin-1 writes
		// its Arabic: what a browser shows. Other escapes stay refused.
		if read := tokenize.Dereferenced(text); read != text {
			return s.articles(read, inArchive)
		}
	case errors.Is(err, ErrJSON), errors.Is(err, ErrFeed), errors.Is(err, ErrMail), errors.Is(err, ErrCSV):
		if articles, _ := tokenize.Articles(text); len(articles) > 0 {
			return readWikis(articles), nil
		}
		return nil, noArticle(err)
	}
	return nil, err
}

// errTwice refuses a file compressed twice, as no corpus ships.
var errTwice = fmt.Errorf("%w: it is compressed twice; decompress it until it is text", ErrDocument)

// readWiki returns a, its text as a reader sees it when it is wikitext (a
// revision's content in MediaWiki's API, a wiki's page in a dataset).
func readWiki(a tokenize.Article) tokenize.Article {
	if tokenize.IsWikitext(a.Text) {
		a.Text = tokenize.WikiText(a.Text)
	}
	return a
}

// readWikis returns articles, each as readWiki gives it.
func readWikis(articles []tokenize.Article) []tokenize.Article {
	for k, a := range articles {
		articles[k] = readWiki(a)
	}
	return articles
}

// wikiRead yields the articles of articles as readWiki gives them.
func wikiRead(articles iter.Seq2[tokenize.Article, error]) iter.Seq2[tokenize.Article, error] {
	return func(yield func(tokenize.Article, error) bool) {
		for a, err := range articles {
			if !yield(readWiki(a), err) {
				return
			}
		}
	}
}

// noArticle says what holds no article, by Check's refusal of it, and what
// to do.
func noArticle(refusal error) error {
	switch {
	case errors.Is(refusal, ErrJSON):
		return fmt.Errorf("%w: the JSON document holds no article: none of its strings has words; give it the story's text, not only its headline, links and dates", ErrNoSentences)
	case errors.Is(refusal, ErrCSV):
		return fmt.Errorf("%w: the table holds no article: none of its rows has a text with words in the column of the text; give it the stories' text", ErrNoSentences)
	case errors.Is(refusal, ErrFeed):
		return fmt.Errorf("%w: the feed holds no article: none of its items or documents has a text with words, as a feed of headlines and links has none; fetch each item's page and summarize its text", ErrNoSentences)
	}
	return fmt.Errorf("%w: the e-mail message holds no text with words, as one whose story is attached has none; save the attachment and summarize that", ErrNoSentences)
}

// signatureLen is how many first bytes compression reads at most: bzip2's
// header and a magic number.
const signatureLen = 10

// compression names what text is compressed with, by its signature: "gzip"
// (RFC 1952), "bzip2" (its header, "BZh" and a block size, then a block's
// or the end's magic number), "zstd" (a Zstandard frame's magic number,
// RFC 8878), or "" for none.
func compression(text string) string {
	switch {
	case len(text) >= 3 && text[0] == 0x1f && text[1] == 0x8b && text[2] == 8:
		return "gzip"
	case strings.HasPrefix(text, "\x28\xb5\x2f\xfd"):
		return "zstd"
	case len(text) >= signatureLen && strings.HasPrefix(text, "BZh") && text[3] >= '1' && text[3] <= '9' &&
		(text[4:10] == "\x31\x41\x59\x26\x53\x59" || text[4:10] == "\x17\x72\x45\x38\x50\x90"):
		return "bzip2"
	}
	return ""
}

// decompressed returns the contents of text compressed with kind (see
// compression), no more than ByteLimit: a small file that holds gigabytes of zeros is
// refused once the limit is passed, not read to its end. A file cut off
// gives what came before the cut; one whose data is damaged from the start,
// an error.
func (s *Summarizer) decompressed(text, kind string) (string, error) {
	r, err := unpacked(strings.NewReader(text), kind)
	if err != nil {
		return "", err
	}
	defer r.Close()
	limit, size := s.ByteLimit(), 0
	if kind == "gzip" && len(text) >= 4 {
		// gzip's trailer gives the size of its last member, which is the
		// whole but in a file of many (Common Crawl's, a member a record),
		// where text compresses three times or more: read into one buffer
		// of it, not into one that doubles as it fills, whose fresh pages
		// cost a third of the time of reading a corpus's file. A trailer
		// that claims more than text compresses to, or than the limit, is
		// not taken at its word.
		t := text[len(text)-4:]
		size = min(max(int(uint32(t[0])|uint32(t[1])<<8|uint32(t[2])<<16|uint32(t[3])<<24), 3*len(text)), 16*len(text))
	}
	content, over, err := readWithin(r, limit, size)
	switch {
	case over:
		return "", s.tooLarge("the file, decompressed,", 0, "split it")
	case err != nil && content == "":
		return "", packDamaged(kind, "", err)
	}
	return content, nil
}

// unpacked returns a reader of what r holds compressed with kind (see
// compression), to be closed when read. Of zstd, an error of its data
// (not r's own, nor a cut) is a *damagedData, as gzip's and deflate's are
// told by their own (packDamage).
func unpacked(r io.Reader, kind string) (io.ReadCloser, error) {
	switch kind {
	case "gzip":
		z, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("%w: its gzip header is damaged (%v)", ErrDocument, err)
		}
		return z, nil
	case "zstd":
		src := &watched{r: r}
		// One goroutine: a decoder of its own a file, closed with it, and
		// a window of 128 MiB at most, more than zstd's default of 8 and
		// what --long=27 writes, so that a frame that asks for more is
		// refused, not given the memory.
		d, err := zstd.NewReader(src, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxWindow(128<<20))
		if err != nil {
			return nil, fmt.Errorf("%w: its zstd data cannot be read (%v)", ErrDocument, err)
		}
		return &zstdReader{d: d, src: src}, nil
	}
	return bzip2Reader(r), nil
}

// watched reads from r and keeps r's error.
type watched struct {
	r   io.Reader
	err error
}

func (w *watched) Read(p []byte) (int, error) {
	n, err := w.r.Read(p)
	if err != nil && err != io.EOF {
		w.err = err
	}
	return n, err
}

// zstdReader reads what a zstd decoder gives, its data's errors marked
// (damagedData), and closes the decoder.
type zstdReader struct {
	d   *zstd.Decoder
	src *watched
}

func (z *zstdReader) Read(p []byte) (int, error) {
	n, err := z.d.Read(p)
	if err != nil && err != io.EOF && !errors.Is(err, io.ErrUnexpectedEOF) && (z.src.err == nil || !errors.Is(err, z.src.err)) {
		err = &damagedData{err}
	}
	return n, err
}

func (z *zstdReader) Close() error {
	z.d.Close()
	return nil
}

// damagedData is an error of compressed data that is damaged, not of the
// reader under it.
type damagedData struct{ err error }

func (e *damagedData) Error() string { return e.err.Error() }
func (e *damagedData) Unwrap() error { return e.err }

// ReadArticles returns the articles of what r holds, as Articles gives
// them, in order, but reads a web archive's WARC file (a crawl's, or Common
// Crawl's WARC and WET files; as it is or compressed with gzip, a member a
// record as they ship, or zstd) one record at a time, each page's block no
// longer than ByteLimit (a longer one is passed over, a page's with
// ErrTooLarge, a video's without a word), and a tar archive of files (as
// it is, gzip'd or in zstd: a corpus's tarball) one file at a time, each
// no longer than ByteLimit (a longer one is passed over, with ErrTooLarge),
// and a wiki's dump (a MediaWiki export: Wikipedia's, Wikinews'; as it is,
// gzip'd, in zstd or in bzip2 as they ship) one page at a time, an
// article with a run of text past ByteLimit passed over with ErrTooLarge
// (tokenize.ReadMediaWiki), and so
// a ZIP archive of files when r reads it a part at a time (an *os.File, a
// bytes.Reader, a strings.Reader, unread; from a stream a ZIP archive,
// whose list of files is at its end, is read whole): a file of gigabytes is
// read in the memory of a few pages, where Articles needs it whole and
// within ByteLimit. A file in bzip2 is told by what it decompresses to,
// and one of many bzip2 streams (Wikipedia's multistream dumps, a stream
// every 100 pages) is decompressed on all cores, a few streams a core, and
// one of a single stream (as bzip2 and WikiExtractor write a file) a block
// a core.
// Anything else is read whole, up to ByteLimit, and given
// as Articles gives it; past ByteLimit, JSON documents one after another (a
// site's or a crawl's articles dumped as JSON Lines, as they are, gzip'd,
// in zstd or in bzip2) are then read one document at a time from their start, a
// list of records (a scrape, as Scrapy's feed export writes it) a record at
// a time, and a table of articles in CSV a row at a time, each no longer
// than ByteLimit (tokenize.ReadJSON, tokenize.ReadCSV), in the memory of
// ByteLimit, a compressed one cut off in a download as far as the cut, as
// Articles reads it; anything else is refused (ErrTooLarge). Of all
// these, a page, a file, a document or a row past ByteLimit gives
// ErrTooLarge, by its address, its name, its title or its line, and is
// passed over, not held: a consumer that goes on after that error gets
// what comes after it. Any other error ends the sequence: Check's
// refusal, ErrTooLarge for a whole past ByteLimit, an archive
// without pages or files (ErrNoSentences), one whose compressed data or
// tar headers are damaged after the pages or files before, or JSON
// documents, a table's rows or a wiki's dump that break after the
// articles before (ErrDocument), or r's own. Of JSON and tables, a text
// that is wikitext is read as Articles reads it (tokenize.WikiText).
func (s *Summarizer) ReadArticles(r io.Reader) iter.Seq2[tokenize.Article, error] {
	return func(yield func(tokenize.Article, error) bool) {
		cfg, err := s.config()
		if err != nil {
			yield(tokenize.Article{}, err)
			return
		}
		if z := zipAt(r); z != nil {
			cfg.filesArticles(zipFiles(z, eachWithin(cfg.ByteLimit())))(yield)
			return
		}
		br := bufio.NewReaderSize(progressing{r}, 64<<10)
		head := Head(br)
		packed := compression(string(head))
		var src io.Reader = br
		var kind string
		if packed == "bzip2" {
			// A bzip2 block decodes only whole, past any head: what the
			// file holds is told from what it decompresses to.
			bz, _ := unpacked(br, packed) // bzip2 has no header to refuse
			defer bz.Close()
			z := bufio.NewReaderSize(bz, 64<<10)
			inner := Head(z)
			if compression(string(inner)) != "" {
				yield(tokenize.Article{}, errTwice)
				return
			}
			if src, kind = z, opens(inner); kind == "" {
				cfg.readRecords(z, packed, "")(yield) // read whole, within ByteLimit
				return
			}
		} else {
			if kind = opens(head); kind == "" {
				cfg.readRecords(br, "", "")(yield) // read whole, within ByteLimit
				return
			}
			// A web archive, a tar, a wiki's dump, JSON or a table, as it
			// is or compressed (gzip, zstd).
			if packed != "" {
				z, err := unpacked(br, packed)
				if err != nil {
					yield(tokenize.Article{}, err)
					return
				}
				defer z.Close()
				src = z
			}
		}
		switch kind {
		case "tar":
			cfg.filesArticles(tarFiles(src, eachWithin(cfg.ByteLimit())))(yield)
		case "WARC":
			relayed(tokenize.ReadWARC(src, cfg.ByteLimit()), func(err error, n int) error {
				if kind := packDamage(err); kind != "" {
					return packDamaged(kind, fmt.Sprintf("after %d pages", n), err)
				}
				return cfg.tooLong(err)
			}, noArticle(ErrFeed))(yield)
		case "MediaWiki":
			if packed != "" {
				src = uncut{src}
			}
			relayed(tokenize.ReadMediaWiki(src, cfg.ByteLimit()), func(err error, n int) error {
				var broken *tokenize.WikiError
				switch kind := packDamage(err); {
				case kind != "":
					return packDamaged(kind, fmt.Sprintf("after %d articles", n), err)
				case errors.As(err, &broken):
					return fmt.Errorf("%w: the wiki's dump is damaged: %v; download it again, or mend it where it breaks", ErrDocument, broken)
				}
				return cfg.tooLong(err)
			}, noArticle(ErrFeed))(yield)
		case "JSON", "CSV":
			cfg.readRecords(src, packed, kind)(yield)
		}
	}
}

// progressing reads r, a read that gives neither bytes nor an error 100
// times in a row being io.ErrNoProgress, as bufio tells it: io.ReadFull,
// and so the readers of text, archives and bzip2 here, ask again for as
// long as they get neither, and a reader that breaks io.Reader's advice so
// held them for ever.
type progressing struct{ r io.Reader }

func (p progressing) Read(b []byte) (int, error) {
	for range 100 {
		n, err := p.r.Read(b)
		if n > 0 || err != nil || len(b) == 0 {
			return n, err
		}
	}
	return 0, io.ErrNoProgress
}

// tooLong is the SizeError of a page that a reader passed over for its
// length (tokenize.LongError), which relayed goes on after; err itself
// otherwise.
func (s *Summarizer) tooLong(err error) error {
	var long *tokenize.LongError
	if errors.As(err, &long) {
		return s.tooLarge(long.Page(), long.Size, "")
	}
	return err
}

// whole yields the articles of text as Articles gives them, or its error.
func (s *Summarizer) whole(text string) iter.Seq2[tokenize.Article, error] {
	return func(yield func(tokenize.Article, error) bool) {
		articles, err := s.Articles(text)
		if err != nil {
			yield(tokenize.Article{}, err)
			return
		}
		for _, a := range articles {
			if !yield(a, nil) {
				return
			}
		}
	}
}

// relayed yields the articles of a reader's sequence, and its error as
// named says it after n articles; none when it gives no article. A record
// past the bound (ErrTooLarge, named) does not end it: the reader passes
// over it and goes on, for a consumer that does.
func relayed(articles iter.Seq2[tokenize.Article, error], named func(err error, n int) error, none error) iter.Seq2[tokenize.Article, error] {
	return func(yield func(tokenize.Article, error) bool) {
		n, passed := 0, false
		for a, err := range articles {
			if err != nil {
				err = named(err, n)
				if !yield(tokenize.Article{}, err) || !errors.Is(err, ErrTooLarge) {
					return
				}
				passed = true
				continue
			}
			n++
			if !yield(a, nil) {
				return
			}
		}
		if n == 0 && !passed {
			yield(tokenize.Article{}, none) // after records past the bound, their errors say it
		}
	}
}

// readRecords yields the articles of the JSON documents or the table in
// CSV (kind "JSON" or "CSV") that src holds (decompressed from packed,
// when it names a compression), or of any other text (kind ""), as
// ReadArticles does: read whole within ByteLimit, as Articles reads them,
// and past it one document or row at a time from their start
// (jsonArticles, csvArticles); other text past it is refused. It reads in
// chunks, which are joined once or which the stream then reads from: read
// into one buffer that doubled as it filled, 64 MiB of a dump took 190 MB,
// and 60 MB of text 211 MB.
func (s *Summarizer) readRecords(src io.Reader, packed, kind string) iter.Seq2[tokenize.Article, error] {
	return func(yield func(tokenize.Article, error) bool) {
		limit := s.ByteLimit()
		var chunks [][]byte
		total := 0
		var err error
		for size := 64 << 10; err == nil && (limit < 0 || total <= limit); size = min(2*size, 4<<20) {
			chunk := make([]byte, size)
			k := 0
			for k < len(chunk) && err == nil {
				var m int
				m, err = src.Read(chunk[k:])
				k += m
			}
			chunks = append(chunks, chunk[:k])
			total += k
		}
		if err == io.EOF {
			err = nil
		}
		if limit >= 0 && total > limit {
			var opens func(string) bool
			var records func(io.Reader) iter.Seq2[tokenize.Article, error]
			switch kind {
			case "JSON":
				opens, records = tokenize.OpensJSON, s.jsonArticles
			case "CSV":
				opens, records = tokenize.OpensCSV, s.csvArticles
			}
			if head := chunks[0]; records == nil || !opens(string(head[:min(len(head), 4<<10)])) {
				what := "the file"
				if packed != "" {
					what = "the file, decompressed,"
				}
				yield(tokenize.Article{}, s.tooLarge(what, 0, "split it"))
				return
			}
			// Its encoding is told as Check tells it, by what was read.
			bad, n := 0, 0
			readers := make([]io.Reader, 0, len(chunks)+1)
			for _, c := range chunks {
				b, k := tokenize.NotText(string(c))
				bad, n = bad+b, n+k
				readers = append(readers, bytes.NewReader(c))
			}
			if refused := notText(string(chunks[0]), bad, n); refused != nil {
				yield(tokenize.Article{}, refused)
				return
			}
			chunks = nil // each is let go once read
			if err != nil {
				src = failing{err} // the error that ended the last chunk, once the chunks are read
			}
			if packed != "" {
				src = uncut{src}
			}
			// A record's or a row's text that is wikitext is read as
			// Articles reads it.
			wikiRead(records(io.MultiReader(append(readers, src)...)))(yield)
			return
		}
		switch {
		case packed != "" && total == 0 && cutOrDamaged(err):
			err = packDamaged(packed, "", err)
		case packed != "" && cutOrDamaged(err):
			err = nil // what came before the cut or the damage, as Articles reads it
		}
		if err != nil {
			yield(tokenize.Article{}, err)
			return
		}
		var text strings.Builder // one copy: bytes.Join and then a string were two
		text.Grow(total)
		for _, c := range chunks {
			text.Write(c)
		}
		chunks = nil
		s.whole(text.String())(yield)
	}
}

// uncut reads a decompressor's output as far as its data was cut off in
// a download, the cut ending it as its end would: Articles reads such a
// file so, what came before the cut.
type uncut struct{ r io.Reader }

func (u uncut) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	if errors.Is(err, io.ErrUnexpectedEOF) {
		err = io.EOF
	}
	return n, err
}

// failing is a reader that gives its error.
type failing struct{ err error }

func (f failing) Read([]byte) (int, error) { return 0, f.err }

// jsonArticles yields the articles of the JSON documents r holds one after
// another (tokenize.ReadJSON), each within ByteLimit, as ReadArticles does
// past ByteLimit; damage of compressed data under r is named.
func (s *Summarizer) jsonArticles(r io.Reader) iter.Seq2[tokenize.Article, error] {
	return relayed(tokenize.ReadJSON(r, s.ByteLimit()), func(err error, n int) error {
		var bad *tokenize.JSONError
		switch {
		case errors.As(err, &bad) && bad.Long:
			return s.tooLarge(fmt.Sprintf("the JSON document on line %d", bad.Line), 0, "split it")
		case errors.As(err, &bad):
			return fmt.Errorf("%w: its JSON documents break on line %d, after %d articles: what is there is no object or list that parses; mend or remove that line", ErrDocument, bad.Line, n)
		case packDamage(err) != "":
			return packDamaged(packDamage(err), fmt.Sprintf("after %d articles", n), err)
		}
		return err
	}, noArticle(ErrJSON))
}

// csvArticles yields the articles of the rows of the table r holds
// (tokenize.ReadCSV), each within ByteLimit, as ReadArticles does past
// ByteLimit; damage of compressed data under r is named.
func (s *Summarizer) csvArticles(r io.Reader) iter.Seq2[tokenize.Article, error] {
	return relayed(tokenize.ReadCSV(r, s.ByteLimit()), func(err error, n int) error {
		var bad *tokenize.CSVError
		switch {
		case errors.As(err, &bad) && bad.Long:
			return s.tooLarge(fmt.Sprintf("the row on line %d", bad.Line), 0, "split it")
		case errors.As(err, &bad):
			return fmt.Errorf("%w: its rows break on line %d, after %d articles: that row does not keep the header's fields (a field too many or too few, a quotation mark out of place); mend or remove it", ErrDocument, bad.Line, n)
		case packDamage(err) != "":
			return packDamaged(packDamage(err), fmt.Sprintf("after %d articles", n), err)
		}
		return err
	}, noArticle(ErrCSV))
}

// cutOrDamaged reports whether err is a decompressor's for data cut off or
// damaged, not the reader's under it.
func cutOrDamaged(err error) bool {
	return errors.Is(err, io.ErrUnexpectedEOF) || packDamage(err) != ""
}

// OpensJSON reports whether head, the first bytes of a file (as Head gives
// them), opens JSON documents, as it is or compressed with gzip or zstd
// (tokenize.OpensJSON): what ReadArticles reads one
// document at a time once it runs past ByteLimit, as a dump of articles in
// JSON Lines does, where a program would otherwise refuse it.
func OpensJSON(head []byte) bool {
	return opens(head) == "JSON"
}

// OpensCSV reports whether head, the first bytes of a file (as Head gives
// them), opens a table of articles in CSV, as it is or compressed with
// gzip or zstd (tokenize.OpensCSV): what ReadArticles reads a row at a
// time once it runs past ByteLimit, where a program would otherwise refuse
// it.
func OpensCSV(head []byte) bool {
	return opens(head) == "CSV"
}

// Head returns the first bytes of br, unread, as many as IsArchive,
// OpensJSON, OpensCSV and IsPacked need to tell what a file holds: 4 KiB,
// or 64 KiB of one compressed with zstd, whose first block decodes only
// whole (a block is up to 128 KiB, most of a text's under 64 compressed);
// fewer at br's end, where an error comes back on reading. br's buffer
// must hold 64 KiB (bufio.NewReaderSize).
func Head(br *bufio.Reader) []byte {
	head, _ := br.Peek(4 << 10)
	if compression(string(head)) == "zstd" {
		head, _ = br.Peek(64 << 10)
	}
	return head
}

// opens names what ReadArticles reads a piece at a time in a file that
// opens with head, decompressed once (gzip, zstd): "WARC", "tar", "JSON",
// "CSV", or "" for none of them.
func opens(head []byte) string {
	inner := unzippedHead(head, 4<<10)
	switch {
	case tokenize.IsWARC(string(inner)):
		return "WARC"
	case tokenize.IsMediaWiki(string(inner)):
		return "MediaWiki"
	case len(inner) >= 263 && archive(string(inner[:263])) == "tar":
		return "tar"
	case tokenize.OpensJSON(string(inner)):
		return "JSON"
	case tokenize.OpensCSV(string(inner)):
		return "CSV"
	}
	return ""
}

// unzippedHead returns the first n bytes (or fewer) of what head, a file's
// first bytes, holds: head itself, or what it decompresses to when it is
// gzip's or zstd's, as far as head goes; nil for data that is damaged from
// its start. (bzip2 decompresses a block of up to 900 KB at a time, past a
// head's end: ReadArticles tells such a file from its decompressed stream.)
func unzippedHead(head []byte, n int) []byte {
	kind := compression(string(head))
	if kind != "gzip" && kind != "zstd" {
		return head
	}
	z, err := unpacked(bytes.NewReader(head), kind)
	if err != nil {
		return nil
	}
	defer z.Close()
	inner := make([]byte, n)
	k, _ := io.ReadFull(z, inner) // the head is cut: what came before the cut
	return inner[:k]
}

// IsArchive reports whether head, the first bytes of a file (as Head gives
// them; 512 are enough but in zstd), opens a web archive's WARC file, a
// tar archive of files or a wiki's dump (a MediaWiki export), as it is or
// compressed with gzip or zstd: one that ReadArticles reads a record, a
// file or a page at a time, whatever its size, where a program would
// otherwise read it whole. Of a file in bzip2, whose first block decodes
// only whole, past any head, it cannot tell: ReadArticles tells it from
// what it decompresses to, and reads a dump in bzip2 (as Wikipedia's
// ship) a page at a time too.
func IsArchive(head []byte) bool {
	kind := opens(head)
	return kind == "WARC" || kind == "tar" || kind == "MediaWiki"
}

// readWithin reads r whole into a buffer made size bytes at first (no
// more than limit+1 of them), but no more than limit bytes of it (limit <
// 0: no bound): over reports that r goes on past limit, read no further.
// What came before an error is given with it.
func readWithin(r io.Reader, limit, size int) (text string, over bool, err error) {
	if limit >= 0 {
		r = io.LimitReader(r, int64(limit)+1)
		size = min(size, limit+1)
	}
	var b strings.Builder
	b.Grow(size)
	_, err = io.Copy(&b, r)
	return b.String(), limit >= 0 && b.Len() > limit, err
}
