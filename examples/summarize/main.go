// Command summarize prints the lead summary of Arabic texts.
//
//	go run ./examples/summarize [flags] [FILE ...]
//
// With no FILE it reads standard input; a directory stands for the files in
// it. -json prints the chosen sentences with their offsets and scores.
// -jsonl reads one JSON record a line ({"id", "text", "title"?,
// "sentences"?, "words"?}) and writes one result a line in the same order,
// using all cores; a record that fails gets an "error" in its own line.
// -language keeps only the articles whose main language, as their file
// names it (Common Crawl's WET: «ara»; a JSON record's «lang»: «ar»), is
// one of those listed; not with -jsonl, whose records name none.
// -max-bytes bounds a text (64 MiB by default; in a container of less than
// 416 MiB, a sixth of its memory past 32 MiB): a larger file or stream is
// refused before it is read, but a web archive (a WARC file, as it is or in
// gzip), which is read a record at a time, and a tar archive of files (a
// corpus's tarball), read a file at a time, in the memory of a few pages
// whatever its size, each page or file bounded so, and JSON Lines (a dump of
// articles, as it is, gzip'd or in zstd) or one list of records (a scrape,
// as Scrapy writes it, or inside an object, as a news API answers) or a
// table in CSV, read a record or a row at a time past the bound, each
// bounded so (summarize.ReadArticles); a record or a row past it is named
// in its place, and those after it are read.
// A ZIP archive of files is read file by file, each summary named by the
// file's path in it. -encoding decodes input in Windows-1256, ISO-8859-6
// or UTF-16 first (not a compressed file or an archive, which it refuses);
// without it the library refuses such text
// (summarize.ErrEncoding), but for a page whose HTML declares its
// encoding (<meta charset=windows-1256>), which is read as declared.
// A word processor's document (Word's .docx, an OpenDocument .odt) is read
// as its text (tokenize.OfficeText), its headings marked as Markdown marks
// them. Subtitles (SubRip's .srt, WebVTT's .vtt, TTML's .ttml or .dfxp, ASS's
// .ass or .ssa, YouTube's timed text or json3, SAMI's .smi, a transcript's
// JSON) are read as their spoken text (tokenize.Subtitles), to which
// -json's offsets then refer; in -jsonl mode a record of subtitles is
// refused, as the library refuses them. A JSON document (an API's answer,
// a scraper's record, a CMS's export), JSON Lines, a news feed (RSS,
// Atom), a news agency's story (NITF, NewsML-G2) or a research corpus's
// file of stories in <DOC> tags (LDC's Gigaword, TREC's newswire,
// WikiExtractor's output) or a web archive's WARC file of pages (a crawl's,
// wget's or Heritrix's, or Common Crawl's WET) is read as
// the articles it holds
// (tokenize.Articles): a summary for each, summarized on -workers cores and
// printed in order, its headline the title unless -title gives one,
// -json's offsets into its text and its "id" the article's own, where the
// file gives one. An e-mail message (.eml) is read as its text, its
// subject the title. The files given, or a directory's, are summarized on
// -workers cores too, each file's output printed in its place.
//
// In a container (a cgroup with a memory limit), it gives Go's collector a
// soft limit of nine tenths of the container's, unless GOMEMLIMIT sets one,
// so that a large text is summarized within it rather than killed.
//
// On Linux, before it reads a file of 64 KiB or more, it asks for the heap
// to be backed by transparent huge pages (see hugepages_linux.go);
// GODEBUG=disablethp=1 turns that off.
//
// Exit status: 0 on success; 1 when an input could not be read or
// summarized (a message on stderr names it, and the other inputs are still
// processed); 2 on bad usage.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"golang.org/x/term"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"

	"github.com/talkhis/talkhis/examples/internal/cli"
	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/tokenize"
)

func main() {
	os.Exit(start(cli.Machine(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// start runs the program on sys, in a container with Go's collector told
// of the container's memory (cli.SoftLimit), unless GOMEMLIMIT says
// otherwise: a text of 64 MiB, the default bound, takes some 500 MiB while
// it is summarized, and in a container of 512 MiB the kernel killed the
// program, where a collector told of the limit keeps it under. In a
// smaller container the bound is smaller too (containerBound), unless
// -max-bytes says.
func start(sys cli.Host, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	m, _ := summarize.ReadMemory(sys.Root)
	cli.SoftLimit(sys, m)
	return runIn(m, args, stdin, stdout, stderr)
}

// containerBound is the largest text the program takes by default in a
// container of m's memory: a sixth of the memory past 32 MiB, where that
// is under the library's 64 MiB (a container of less than 416 MiB), and at
// least 1 MiB; 0, the library's bound, elsewhere. Under Go's soft limit
// the news corpus's prose took three to four times its size, and the
// program some 32 MiB of its own: in containers of 64, 96, 128 and
// 256 MiB its text at a quarter of the memory past 32 MiB was summarized,
// where in 64 MiB one of 11 MB, and in 64 and 128 MiB one of 50 MB, got
// the program killed without a word. A sixth leaves room for text of
// shorter sentences, which takes more (random sentences of the seed's
// words, some seven times their size, were killed at 67 MB in 384 MiB).
// The worst texts take more again (web.Sized), and so do several files
// at once: the bound keeps one text of prose within the container, not
// any input.
func containerBound(m summarize.Memory) int {
	if !m.Cgroup {
		return 0
	}
	b := (m.Bytes - 32<<20) / 6
	if b >= summarize.DefaultMaxBytes {
		return 0
	}
	return int(max(b, 1<<20))
}

// fieldFlags names the flag that sets each Summarizer field a flag can
// leave out of range.
var fieldFlags = map[string]string{"MaxSentences": "-sentences", "Ratio": "-ratio"}

// maxBytesFlag is the flag that sets Summarizer.MaxBytes, which the
// library's refusals for size name as what raises the bound.
const maxBytesFlag = "-max-bytes"

// isTerminal reports whether r is a terminal (a variable for the tests,
// which have none).
var isTerminal = func(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runIn(summarize.Memory{}, args, stdin, stdout, stderr)
}

// runIn runs the program with the memory that start read (none known: the
// library's bounds).
func runIn(mem summarize.Memory, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("summarize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var s summarize.Summarizer
	fs.IntVar(&s.MaxSentences, "sentences", 0, "at most this many sentences (0: 3)")
	fs.IntVar(&s.MaxWords, "words", 0, "about this many words (0: 100, -1: no cap); the best sentence comes even when it alone is longer")
	fs.BoolVar(&s.Fill, "fill", false, "take sentences until -words is reached, the last one past it (for text you cut to length)")
	fs.Float64Var(&s.Ratio, "ratio", 0, "at most this fraction of the sentences (0: no cap)")
	fs.StringVar(&s.Title, "title", "", "the headline (default: the heading line the text opens with)")
	method := fs.String("method", "auto", "scoring: auto, textrank or lead")
	asJSON := fs.Bool("json", false, "print the sentences with offsets and scores as JSON")
	jsonl := fs.Bool("jsonl", false, "stream mode: JSON Lines records in, JSON Lines results out")
	workers := fs.Int("workers", 0, "goroutines for -jsonl, for the files given and for the articles of a file (0: all cores; at most 64 a core); the output does not depend on it")
	encodingName := fs.String("encoding", "auto", "decode the input from this encoding first: "+encodingNames+"; utf-16 reads a byte order mark, else little-endian; auto is utf-8, or for a file that is not, the encoding its HTML declares (<meta charset=windows-1256>)")
	recursive := fs.Bool("r", false, "read a directory's subdirectories too, in name order, those whose names open with '.' left out")
	language := fs.String("language", "", "keep only the articles whose main language, as their file names it (Common Crawl's WET: «ara»; a CMS's JSON: «ar», «ar-SA», or a name, «arabic»), is one of these ISO 639 codes or names, comma-separated; an article whose file names none is kept")
	s.MaxBytesName = maxBytesFlag
	fs.IntVar(&s.MaxBytes, maxBytesFlag[1:], 0, "the largest text, in bytes, Summarizer.MaxBytes (0: 64 MiB, or in a container of less than 416 MiB of memory a sixth of what it has past 32 MiB; -1: no bound); a larger input is refused before it is read, but a web archive, a tar, a wiki's dump, JSON Lines, a list of records or a table in CSV, read a record at a time, each record of which it bounds (one past it is named, and the rest read)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: summarize [flags] [FILE ...]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if a, ok := cli.LateFlag(fs, args); ok {
		fmt.Fprintf(stderr, "summarize: %s comes after a file name, where it would be read as one: put the flags before the files: summarize [flags] FILE ...\n", a)
		return 2
	}
	if b := containerBound(mem); s.MaxBytes == 0 && b > 0 {
		s.MaxBytes = b
		s.MaxBytesName = fmt.Sprintf("%s, which the container's %d MiB of memory sets to that", maxBytesFlag, mem.Bytes>>20)
	}
	switch *method {
	case "auto":
		s.Method = summarize.Auto
	case "textrank":
		s.Method = summarize.TextRank
	case "lead":
		s.Method = summarize.Lead
	default:
		fmt.Fprintf(stderr, "summarize: unknown -method %q: use auto, textrank or lead\n", *method)
		return 2
	}
	var err error
	if s.Languages, err = tokenize.ParseLanguages(*language); err != nil {
		fmt.Fprintf(stderr, "summarize: -language %q: %v\n", *language, err)
		return 2
	}
	if s.Languages != nil && *jsonl {
		// Else the flag would be passed over without a word: SummarizeJSONL
		// answers every record, in its line.
		fmt.Fprintln(stderr, `summarize: -language keeps articles by the language their file names, and -jsonl's records name none, each answered in its line: leave out -jsonl to read JSON Lines as articles, their "lang" or "language" read`)
		return 2
	}
	auto := strings.EqualFold(*encodingName, "auto")
	enc, ok := tokenize.Charset(*encodingName)
	if !ok && !auto {
		fmt.Fprintf(stderr, "summarize: unknown -encoding %q: use %s\n", *encodingName, encodingNames)
		return 2
	}
	// Summarizing is work for the cores: goroutines past 64 a core only
	// wait, and a slot a worker for the files given could not be made for
	// math.MaxInt (SummarizeJSONL and SummarizeArticles bound theirs the
	// same way).
	*workers = min(*workers, 64*runtime.GOMAXPROCS(0))
	if err := s.Validate(); err != nil {
		// The library names its fields; here they are flags.
		var bad *summarize.ConfigError
		if errors.As(err, &bad) && fieldFlags[bad.Field] != "" {
			fmt.Fprintf(stderr, "summarize: %s is %s; use %s\n", fieldFlags[bad.Field], bad.Value, bad.Use)
		} else {
			fmt.Fprintln(stderr, err)
		}
		return 2
	}

	ctx := context.Background()
	if fs.NArg() == 0 && isTerminal(stdin) {
		// Without it, a program run with no file waits without a word.
		fmt.Fprintln(stderr, "summarize: reading the text from the terminal: type or paste it, then Ctrl-D at a line's start (Ctrl-Z, Enter on Windows); or give a FILE (summarize -h)")
	}
	sources := inputs(fs.Args(), stdin, *recursive)
	if enc != nil {
		for i := range sources {
			sources[i] = sources[i].decoded(enc, *encodingName)
		}
	}
	if *jsonl {
		status := 0
		for _, in := range sources {
			err := in.use(func(r io.Reader) error { return s.SummarizeJSONL(ctx, r, stdout, *workers) })
			if err != nil {
				failed(stderr, in.name, err)
				status = 1
			}
		}
		return status
	}

	limit := s.ByteLimit()
	// One input: its summaries to out, or to stream once its turn has come
	// (a web archive or an archive of files, whose summaries are too many
	// to hold); false when it failed, said on errOut.
	one := func(in input, out, errOut io.Writer, stream func() io.Writer) bool {
		var text string
		streamed := false
		err := in.use(func(r io.Reader) (err error) {
			r, archive := peekArchive(r, limit)
			if archive {
				streamed = true
				return printArticles(stream(), &s, in.file(), s.ReadArticles(r), *asJSON, *workers)
			}
			text, err = readAll(r, limit, s.MaxBytesName)
			return err
		})
		if err == nil && !streamed {
			err = printFile(out, &s, in.file(), text, *asJSON, *workers)
		}
		if errors.Is(err, summarize.ErrEncoding) && auto {
			if declared, ok := asDeclared(text); ok {
				err = printFile(out, &s, in.file(), declared, *asJSON, *workers)
			}
		}
		if err != nil {
			failed(errOut, in.name, err)
		}
		return err == nil
	}
	if inOrder(sources, *workers, stdout, stderr, one) {
		return 0
	}
	return 1
}

// inOrder runs one on each of sources, on workers goroutines (all cores
// for 0), a directory of small files on all cores where one file took one,
// and prints what each gives in its place: stdout and stderr are what one
// goroutine gives. A source's output is held until those before it are
// printed, but a stream's (an archive's), which one writes once its turn
// has come; no more than workers sources are held at once. It reports
// whether every source succeeded.
func inOrder(sources []input, workers int, stdout, stderr io.Writer, one func(in input, out, errOut io.Writer, stream func() io.Writer) bool) bool {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		out, errOut bytes.Buffer
		turn        chan struct{} // closed when those before it are printed
		done        chan struct{} // closed when it is printed
		ok          bool
	}
	slots := make(chan struct{}, workers)
	turn := make(chan struct{})
	close(turn)
	jobs := make([]*job, len(sources))
	for k, in := range sources {
		j := &job{turn: turn, done: make(chan struct{})}
		jobs[k], turn = j, j.done
		slots <- struct{}{} // in order: a job waits only on those before it, which hold slots or are done
		go func() {
			defer func() { <-slots }()
			streaming := false
			stream := func() io.Writer {
				<-j.turn
				streaming = true
				return stdout
			}
			j.ok = one(in, &j.out, &j.errOut, stream)
			if !streaming {
				<-j.turn
			}
			if _, err := stdout.Write(j.out.Bytes()); err != nil {
				j.ok = false
				failed(&j.errOut, in.name, err)
			}
			stderr.Write(j.errOut.Bytes())
			close(j.done)
		}()
	}
	<-turn
	ok := true
	for _, j := range jobs {
		ok = ok && j.ok
	}
	return ok
}

// failed reports what went wrong with one input as "summarize: NAME: why",
// a line for each of several.
// The program bears the package's name, so the prefix the package's errors
// carry ("summarize: no sentences in text") would say it twice.
// A file in another encoding gets the command that converts it, besides
// the library's advice for programs.
func failed(stderr io.Writer, name string, err error) {
	msg := strings.TrimPrefix(err.Error(), "summarize: ")
	// -encoding decodes a file, not the files of an archive (whose failures
	// are articles').
	var article articleError
	if errors.Is(err, summarize.ErrEncoding) && !errors.As(err, &article) {
		msg += "; here -encoding windows-1256 (or utf-16) reads such a file (not one inside an archive: convert those first), iconv -f UTF-8 -t LATIN1 (or WINDOWS-1252) undoes «Ø§Ù„…», and iconv -f UTF-8 -t WINDOWS-1256 undoes «ط§ظ„…»"
	}
	// Several failures (the articles of a file) are a line each, each
	// named by the file, for grep.
	for line := range strings.SplitSeq(msg, "\n") {
		fmt.Fprintf(stderr, "summarize: %s: %s\n", name, strings.TrimPrefix(line, "summarize: "))
	}
}

// printFile prints the summary of each article of a file (Summarizer.Articles:
// a text is one, a .docx or .odt its text, subtitles their spoken text, JSON,
// a feed or a corpus's file the articles it holds), as printArticles does.
// Any refusal (text in another encoding) is the library's.
func printFile(w io.Writer, s *summarize.Summarizer, file, text string, asJSON bool, workers int) error {
	articles, err := s.Articles(text)
	if err != nil {
		return err
	}
	return printArticles(w, s, file, func(yield func(tokenize.Article, error) bool) {
		for _, a := range articles {
			if !yield(a, nil) {
				return
			}
		}
	}, asJSON, workers)
}

// printArticles prints the summary of each of articles, in order, each with
// its headline as the title unless -title gives one, summarized on workers
// goroutines (Summarizer.SummarizeArticles: a month of a wire in a fraction
// of the time, each printed as soon as those before it are, a web archive
// of gigabytes in the memory of a few pages). Of several, one that cannot
// be summarized (a post of a heading alone) spares the others, and is
// named by its place and its id, and so does a record past -max-bytes,
// which the library passes over; any other error of the sequence itself (a
// refusal of the file, or one of reading it) ends it, after the summaries
// before it.
func printArticles(w io.Writer, s *summarize.Summarizer, file string, articles iter.Seq2[tokenize.Article, error], asJSON bool, workers int) error {
	type failure struct {
		k   int
		id  string
		err error
	}
	var failures []failure
	var readErr error
	// n counts the file's articles, those -language leaves out too, as
	// Place does: a failure is named by its place in the file. It is
	// counted where SummarizeArticles reads, and read once it has returned.
	var n atomic.Int64
	counted := func(yield func(tokenize.Article, error) bool) {
		for a, err := range articles {
			if err == nil || errors.Is(err, summarize.ErrTooLarge) {
				n.Add(1)
			}
			if !yield(a, err) {
				return
			}
		}
	}
	for r, err := range s.SummarizeArticles(context.Background(), counted, workers) {
		if err != nil {
			readErr = err
			break
		}
		err := r.Err
		if err == nil {
			err = print(w, r.Summary, file, r.Article, asJSON)
		}
		if err != nil {
			failures = append(failures, failure{r.Place, r.Article.ID, err})
		}
	}
	var errs []error
	total := int(n.Load())
	for _, f := range failures {
		if total == 1 {
			errs = append(errs, f.err)
			continue
		}
		errs = append(errs, articleError{f.k, total, f.id, f.err})
	}
	return errors.Join(append(errs, readErr)...)
}

// articleError is why the article at place k of the n of a JSON document
// or a feed failed; it says so without the library's prefix, which failed
// puts before the file's name.
type articleError struct {
	k, n int
	id   string // the article's own, or ""
	err  error
}

func (e articleError) Error() string {
	id := ""
	if e.id != "" {
		id = fmt.Sprintf(" (%s)", e.id)
	}
	return fmt.Sprintf("article %d of %d%s: %s", e.k, e.n, id, strings.TrimPrefix(e.err.Error(), "summarize: "))
}

func (e articleError) Unwrap() error { return e.err }

// print writes sum, as one paragraph or, with asJSON, in JSON with its
// article's own identifier and language, where its file gives them.
func print(w io.Writer, sum summarize.Summary, file string, a tokenize.Article, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(identified{file, a.ID, a.Language, sum})
	}
	_, err := fmt.Fprintln(w, sum.String())
	return err
}

// identified is a summary in JSON with the file it is of (its name as
// given, or in the directory given; none for standard input), and its
// article's identifier, where the file gives one (a corpus's <DOC id>, a
// record's "id", a feed item's <guid>, a file's path in an archive): a
// file of thousands of stories is matched to its summaries by it, not by
// their order, from which a story without text drops out.
type identified struct {
	File     string `json:"file,omitempty"`
	ID       string `json:"id,omitempty"`
	Language string `json:"language,omitempty"` // as the file names it: Common Crawl's «ara,eng»
	summarize.Summary
}

// readAll reads r to the end into a string, but no more than limit bytes
// (limit < 0: no bound; setting names what raises it, as a refusal says):
// a file or a stream past it could not be
// summarized anyway, so it is refused before it fills the memory. A
// regular file's size is known, so it is refused unread when too large,
// and otherwise read whole into the first chunk.
func readAll(r io.Reader, limit int, setting string) (string, error) {
	first := 64 << 10
	if f, ok := r.(*os.File); ok {
		if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
			if limit >= 0 && info.Size() > int64(limit) {
				return "", tooLarge("the file", info.Size(), limit, setting)
			}
			if info.Size() >= hugePagesMin {
				hugePagesOnce()
			}
			first = int(info.Size()) + 1 // +1: the read that finds the end
		}
	}
	return readChunks(r, limit, first, setting)
}

// readChunks reads r in chunks, the first of first bytes and the others
// doubling from 64 KiB to 4 MiB, and checks the limit after each. A text
// that fits in the first chunk becomes the string without a copy: on a
// 300 KB file that saves a quarter of the run. Longer ones are joined once
// at the end. A buffer that grows as it reads holds up to three times the
// text while it copies itself, all of it fresh memory paid for in page
// faults: refusing a 70 MB pipe at the 64 MiB default took 1.6–2.2 s and
// 203–232 MiB that way, and takes 0.3 s and 71 MiB in chunks. A refused
// stream is held once, up to the limit; a kept one at most twice, as
// chunks and as the string, and then only briefly.
func readChunks(r io.Reader, limit, first int, setting string) (string, error) {
	var chunks [][]byte
	total := 0
	for size := first; ; size = min(max(2*size, 64<<10), 4<<20) {
		chunk := make([]byte, size)
		n, err := io.ReadFull(r, chunk)
		chunks = append(chunks, chunk[:n])
		total += n
		if limit >= 0 && total > limit {
			return "", tooLarge("the input", 0, limit, setting)
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return "", err
		}
	}
	if len(chunks) == 1 {
		// Nothing writes to the chunk again, so the string may share it.
		return unsafe.String(unsafe.SliceData(chunks[0]), total), nil
	}
	var b strings.Builder
	b.Grow(total)
	for _, c := range chunks {
		b.Write(c)
	}
	return b.String(), nil
}

// peekArchive reports whether r opens a web archive's WARC file, a tar
// archive of files or a wiki's dump, as it is or compressed with gzip
// (summarize.IsArchive), or any file in bzip2 (bzipped),
// or is a file that opens as a ZIP archive, which summarize.ReadArticles
// reads a record or a file at a time, whatever its size, and does not
// refuse past -max-bytes; or opens JSON documents (summarize.OpensJSON)
// or a table in CSV (summarize.OpensCSV), which it reads a document or a
// row at a time once they run past limit, when r may (a
// stream, a compressed file, a file longer than limit); and returns r to
// read from its start. A regular file is peeked at without moving its
// offset, so that readAll still knows it for one.
func peekArchive(r io.Reader, limit int) (io.Reader, bool) {
	if f, ok := r.(*os.File); ok {
		if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
			head := summarize.Head(bufio.NewReaderSize(io.NewSectionReader(f, 0, info.Size()), 64<<10))
			// A ZIP archive of files too: ReadArticles reads a file's one
			// a file at a time, and a .docx as Articles does.
			past := limit >= 0 && info.Size() > int64(limit) || summarize.IsPacked(head)
			return f, summarize.IsArchive(head) || bzipped(head) || bytes.HasPrefix(head, []byte("PK\x03\x04")) || past && (summarize.OpensJSON(head) || summarize.OpensCSV(head))
		}
	}
	br := bufio.NewReaderSize(r, 64<<10)
	head := summarize.Head(br)
	return br, summarize.IsArchive(head) || bzipped(head) || summarize.OpensJSON(head) || summarize.OpensCSV(head)
}

// bzipped reports whether head opens a file compressed with bzip2, whose
// contents its first bytes cannot tell (a block decodes only whole):
// ReadArticles tells them as it reads, a wiki's dump in bzip2 (as
// Wikipedia's ship) a page at a time, and anything else as Articles would.
func bzipped(head []byte) bool {
	return bytes.HasPrefix(head, []byte("BZh")) && summarize.IsPacked(head)
}

// tooLarge is the library's refusal of what, of size bytes (0: read no
// further than limit), worded as the library words it here.
func tooLarge(what string, size int64, limit int, setting string) error {
	return &summarize.SizeError{What: what, Size: size, Limit: limit, Setting: setting, Fix: "split it"}
}

// hugePagesMin is the smallest file for which the heap is put on huge
// pages: a summary touches about four times its text in fresh memory, and
// from about 64 KiB of text the faults saved outweigh what collapsing the
// touched huge pages costs (one took 0.23–0.48 ms, and 3.6–3.7 ms in 3
// runs of 15 when the kernel had to compact memory first).
const hugePagesMin = 64 << 10

var hugePagesOnce = sync.OnceFunc(hugePages)

// input is a named source of text: a file, or standard input.
type input struct {
	name  string
	use   func(func(io.Reader) error) error
	stdin bool
}

// file is the name of the file in is, "" for standard input.
func (in input) file() string {
	if in.stdin {
		return ""
	}
	return in.name
}

// asDeclared returns text decoded from the encoding its HTML declares
// (tokenize.DeclaredCharset), when that is one tokenize.Charset knows but
// UTF-8.
func asDeclared(text string) (string, bool) {
	enc, ok := tokenize.Charset(tokenize.DeclaredCharset(text))
	if !ok || enc == nil {
		return "", false
	}
	decoded, err := enc.NewDecoder().String(text)
	return decoded, err == nil
}

// encodingNames are the encodings -encoding knows (tokenize.Charset), as
// its help and its refusal name them.
const encodingNames = "utf-8, windows-1256 (cp1256), iso-8859-6, utf-16, utf-16le or utf-16be"

// decoded is in, read through enc's decoder (named name). The limit of
// -max-bytes then applies to the decoded text, which is what the library
// bounds. A compressed file or an archive is refused: decoded, its bytes
// are garbage that was summarized as text.
func (in input) decoded(enc encoding.Encoding, name string) input {
	use := in.use
	in.use = func(f func(io.Reader) error) error {
		return use(func(r io.Reader) error {
			br := bufio.NewReaderSize(r, 64<<10)
			if head, _ := br.Peek(512); summarize.IsPacked(head) {
				return fmt.Errorf("-encoding %s decodes text, and this is compressed or an archive (gzip, bzip2, zstd, ZIP, tar), whose bytes no encoding decodes: decompress it first and decode what it holds (gunzip -c FILE, zstd -dc FILE or bunzip2 -c FILE, then | summarize -encoding %s), and convert an archive's files (iconv -f %s -t UTF-8), which are read as UTF-8 or as they declare", name, name, name)
			}
			return f(transform.NewReader(br, enc.NewDecoder()))
		})
	}
	return in
}

// inputs lists the sources named on the command line: standard input when
// there are none; a directory stands for the regular files in it, in name
// order (with recursive, those below it too, but in files and directories
// whose names open with '.'), or for the error that it has none. A name
// that cannot be listed is kept, so that opening it reports the error.
func inputs(names []string, stdin io.Reader, recursive bool) []input {
	if len(names) == 0 {
		return []input{{name: "stdin", use: func(f func(io.Reader) error) error { return f(stdin) }, stdin: true}}
	}
	var out []input
	for _, name := range names {
		// Stat first: reading a file as a directory costs an open and a
		// failed read before the file is opened for its text.
		if info, err := os.Stat(name); err != nil || !info.IsDir() {
			out = append(out, fileInput(name))
			continue
		}
		if recursive {
			files := 0
			_ = filepath.WalkDir(name, func(path string, e fs.DirEntry, err error) error {
				switch {
				case err != nil: // a directory that cannot be listed: named, as a file that cannot be read is
					out = append(out, fileInput(path))
				case path != name && strings.HasPrefix(e.Name(), "."):
					if e.IsDir() {
						return filepath.SkipDir
					}
				case e.Type().IsRegular():
					out = append(out, fileInput(path))
					files++
				}
				return nil
			})
			if files == 0 {
				out = append(out, input{name: name, use: func(func(io.Reader) error) error {
					return errors.New("no file in it, nor below it")
				}})
			}
			continue
		}
		if entries, err := os.ReadDir(name); err == nil {
			files, dirs := 0, []string{}
			for _, e := range entries {
				switch {
				case e.Type().IsRegular():
					out = append(out, fileInput(filepath.Join(name, e.Name())))
					files++
				case e.IsDir():
					dirs = append(dirs, e.Name())
				}
			}
			if files == 0 {
				out = append(out, input{name: name, use: func(func(io.Reader) error) error {
					return noFiles(dirs)
				}})
			}
			continue
		}
		out = append(out, fileInput(name))
	}
	return out
}

// noFiles says that a directory holds no file, and what to do: its
// subdirectories (dirs) are read with -r.
func noFiles(dirs []string) error {
	if len(dirs) == 0 {
		return errors.New("no file in it")
	}
	more := ""
	if len(dirs) > 3 {
		more = fmt.Sprintf(" and %d more", len(dirs)-3)
	}
	return fmt.Errorf("no file in it, only directories (%s%s), which are not read: -r reads them", strings.Join(dirs[:min(len(dirs), 3)], ", "), more)
}

// isAddress reports whether name is a web address, as a user who
// copies a story's link gives it.
func isAddress(name string) bool {
	lower := strings.ToLower(name)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "www.")
}

func fileInput(name string) input {
	return input{name: name, use: func(f func(io.Reader) error) error {
		file, err := os.Open(name)
		if errors.Is(err, fs.ErrNotExist) && isAddress(name) {
			return fmt.Errorf("no such file: the program reads files, not a web address; fetch the page and give it its HTML: curl -sL '%s' | summarize", name)
		}
		if err != nil {
			return err
		}
		defer file.Close()
		return f(file)
	}}
}
