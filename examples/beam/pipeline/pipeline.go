// Package pipeline summarizes a corpus with talkhis inside an Apache Beam
// pipeline: the same binary runs on Prism (local, the default), Dataflow,
// Flink or Spark.
//
// # Shape
//
// Documents come from JSON Lines files (one {"id", "text", "title"?} a
// line, read with textio) or from whole files (one document a file, matched
// with fileio; its path is its id; what it holds is read as the library
// reads it, Summarizer.Articles: a file of subtitles is its spoken text, a
// .docx or .odt its text, an e-mail its text, and a file of JSON, a feed or
// a research corpus's file (Gigaword's <DOC>s) its articles, each «path#id»
// or «path#k» when there are several; a web archive (a crawl's WARC,
// Common Crawl's WET, as it is or .gz) is read a page at a time,
// Summarizer.ReadArticles, each page «path#address»). SummarizeFn summarizes each with a
// Summarizer built once per worker in Setup, and sends the result to the
// main output, as the line the library's JSON Lines mode writes for it, or,
// when the record cannot be read or summarized, to the dead-letter output.
// WriteSharded spreads each output over several files by a hash of the
// record, so that no single writer takes the whole corpus.
package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"iter"
	"path/filepath"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/tokenize"
)

func init() {
	register.DoFn4x1[context.Context, string, func(string), func(string), error](&SummarizeFn{})
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(string), func(string), error](&SummarizeFileFn{})
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Emitter1[string]()
	register.Emitter2[int, string]()
	register.Iter1[string]()
}

// Counters of the pipeline, under the namespace "talkhis".
var (
	documents = beam.NewCounter("talkhis", "documents")
	failures  = beam.NewCounter("talkhis", "errors")
	inBytes   = beam.NewCounter("talkhis", "bytes")
)

// Options are the Summarizer settings a pipeline carries to its workers.
type Options struct {
	MaxSentences int     `json:"max_sentences"`
	MaxWords     int     `json:"max_words"`
	Ratio        float64 `json:"ratio"`
	Method       int     `json:"method"`
	// MaxBytes bounds a record, a file and each article of a file read a
	// piece at a time (Summarizer.MaxBytes: 0 is 64 MiB).
	MaxBytes int `json:"max_bytes"`
	// Languages keeps only the articles of a file whose main language, as
	// the file says it (a crawl's WET, a CMS's JSON), is one of these, and
	// those of which it says none (tokenize.Languages: nil keeps all). A
	// record of JSON Lines given as a record is kept: it says none.
	Languages tokenize.Languages `json:"languages,omitempty"`
}

// summarizer is the Summarizer of o; a dead letter for size names the
// option and the command's flag that raise the bound.
func (o Options) summarizer() *summarize.Summarizer {
	return &summarize.Summarizer{MaxSentences: o.MaxSentences, MaxWords: o.MaxWords, Ratio: o.Ratio, Method: summarize.Method(o.Method), MaxBytes: o.MaxBytes, MaxBytesName: "Options.MaxBytes (--max-bytes)"}
}

// DeadLetter is a record that failed, with the reason.
type DeadLetter struct {
	ID     string `json:"id,omitempty"`
	Record string `json:"record"`
	Error  string `json:"error"`
}

// SummarizeFn summarizes one JSON Lines record. Its exported fields are
// the configuration serialized to the workers; the Summarizer is built in
// Setup.
type SummarizeFn struct {
	Options Options `json:"options"`
	s       *summarize.Summarizer
}

// Setup builds the Summarizer once per worker.
func (fn *SummarizeFn) Setup() { fn.s = fn.Options.summarizer() }

// ProcessElement summarizes the record in line.
func (fn *SummarizeFn) ProcessElement(ctx context.Context, line string, out, dead func(string)) error {
	if strings.TrimSpace(line) == "" {
		return nil
	}
	documents.Inc(ctx, 1)
	inBytes.Inc(ctx, int64(len(line)))
	var req summarize.Request
	if err := json.Unmarshal([]byte(line), &req); err != nil {
		return fail(ctx, dead, DeadLetter{Record: line, Error: "not a JSON object with a text field: " + err.Error()})
	}
	return emit(ctx, fn.s, req, line, out, dead)
}

// SummarizeFileFn summarizes a whole file as one document whose id is its
// path.
type SummarizeFileFn struct {
	Options Options `json:"options"`
	s       *summarize.Summarizer
}

// Setup builds the Summarizer once per worker.
func (fn *SummarizeFileFn) Setup() { fn.s = fn.Options.summarizer() }

// ProcessElement summarizes the file.
func (fn *SummarizeFileFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, out, dead func(string)) error {
	documents.Inc(ctx, 1)
	id := file.Metadata.Path
	rc, err := file.Open(ctx) // a .gz decompressed
	if err != nil {
		return fail(ctx, dead, DeadLetter{ID: id, Error: "reading: " + err.Error()})
	}
	defer rc.Close()
	in := &counter{r: rc}
	defer func() { inBytes.Inc(ctx, in.n) }()
	br := bufio.NewReaderSize(in, 64<<10)
	if summarize.IsArchive(summarize.Head(br)) {
		// A web archive is read a page at a time: gigabytes, in the
		// memory of a few pages.
		return emitPages(ctx, fn.s, id, fn.s.ReadArticles(br), fn.Options.Languages, out, dead)
	}
	// A word processor's document is summarized as its text, subtitles as
	// their spoken text, and JSON or a feed as the articles it holds
	// (Summarizer.Articles), as the CLI does with a file; any refusal is
	// the library's. The file is read within MaxBytes, but JSON documents
	// past it (a dump's JSON Lines) a document at a time.
	return emitArticles(ctx, fn.s, id, fn.s.ReadArticles(br), fn.Options.Languages, out, dead)
}

// emitArticles summarizes the articles of a file as they are read, each
// with its headline as the title: one is the file, as any file, and of
// several (JSON, a feed or a corpus's file) each is its path and its own
// id, where the file gives one, «afp_arb_200001#AFP_ARB_20000115.0042», or
// its place, «feed.json#2». The first is held until a second comes, or the
// end, to tell which; an error reading the file goes to the dead letters
// after the articles before it, and ends the file but for a record past
// MaxBytes, which the library passes over. Only the articles that keep
// keeps are summarized, but each counts, so that an article's name is the
// same whatever the languages kept.
func emitArticles(ctx context.Context, s *summarize.Summarizer, id string, articles iter.Seq2[tokenize.Article, error], keep tokenize.Languages, out, dead func(string)) error {
	named := func(a tokenize.Article, k int) summarize.Request {
		req := summarize.Request{ID: id + "#" + a.ID, Text: a.Text, Title: a.Title}
		if a.ID == "" {
			req.ID = fmt.Sprintf("%s#%d", id, k)
		}
		return req
	}
	emitKept := func(a tokenize.Article, req summarize.Request) error {
		if !keep.Keeps(a.Language) {
			return nil
		}
		return emit(ctx, s, req, "", out, dead)
	}
	var first tokenize.Article
	k := 0
	// first is held until a second comes, or the end, to tell a file of
	// one article; once an error came, the file is of several.
	held, parted := false, false
	for a, err := range articles {
		if err != nil {
			parted = true
			if held {
				if err := emitKept(first, named(first, 1)); err != nil {
					return err
				}
				held = false
			}
			if goOn, ferr := readFailed(ctx, dead, id, err); !goOn {
				return ferr
			}
			continue // a record past MaxBytes, passed over: the rest follow
		}
		k++
		if k == 1 && !parted {
			first, held = a, true
			continue
		}
		if held {
			if err := emitKept(first, named(first, 1)); err != nil {
				return err
			}
			held = false
		}
		if k > 1 {
			documents.Inc(ctx, 1)
		}
		if err := emitKept(a, named(a, k)); err != nil {
			return err
		}
	}
	if held {
		return emitKept(first, summarize.Request{ID: id, Text: first.Text, Title: first.Title})
	}
	return nil
}

// readFailed sends an error reading the file id to the dead letters; goOn
// when it is a record past MaxBytes, which the library passes over, so
// that the rest follow.
func readFailed(ctx context.Context, dead func(string), id string, err error) (goOn bool, ferr error) {
	if ferr := fail(ctx, dead, DeadLetter{ID: id, Error: err.Error()}); ferr != nil {
		return false, ferr
	}
	return errors.Is(err, summarize.ErrTooLarge), nil
}

// emitPages summarizes the pages of a web archive as they are read, each
// «path#address» (or «path#k» for a page without one), however many there
// are; an error reading the archive goes to the dead letters after the
// pages before it, and ends the archive but for a page or a file past
// MaxBytes, which the library passes over. Only the pages that keep keeps
// are summarized, each with its place among all.
func emitPages(ctx context.Context, s *summarize.Summarizer, id string, pages iter.Seq2[tokenize.Article, error], keep tokenize.Languages, out, dead func(string)) error {
	k := 0
	for a, err := range pages {
		if err != nil {
			if goOn, ferr := readFailed(ctx, dead, id, err); !goOn {
				return ferr
			}
			continue
		}
		if k++; k > 1 {
			documents.Inc(ctx, 1)
		}
		if !keep.Keeps(a.Language) {
			continue
		}
		req := summarize.Request{ID: id + "#" + a.ID, Text: a.Text, Title: a.Title}
		if a.ID == "" {
			req.ID = fmt.Sprintf("%s#%d", id, k)
		}
		if err := emit(ctx, s, req, "", out, dead); err != nil {
			return err
		}
	}
	return nil
}

// counter counts the bytes read from r.
type counter struct {
	r io.Reader
	n int64
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// emit summarizes req with the library's Answer and writes the result
// where it belongs: the output line is the library's own JSON Lines answer,
// byte for byte.
func emit(ctx context.Context, s *summarize.Summarizer, req summarize.Request, record string, out, dead func(string)) error {
	resp, err := s.Answer(ctx, req)
	if err != nil {
		if ctx.Err() != nil {
			return err // the bundle is being cancelled: not the record's fault
		}
		return fail(ctx, dead, DeadLetter{ID: req.ID, Record: record, Error: err.Error()})
	}
	line, err := encode(resp)
	if err != nil {
		return err
	}
	out(line)
	return nil
}

func fail(ctx context.Context, dead func(string), d DeadLetter) error {
	failures.Inc(ctx, 1)
	line, err := encode(d)
	if err != nil {
		return err
	}
	dead(line)
	return nil
}

// encode writes v as the library's JSON Lines mode does: no HTML escaping,
// no trailing newline.
func encode(v any) (string, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

// ReadRecords reads JSON Lines documents from the files that glob matches.
func ReadRecords(s beam.Scope, glob string) beam.PCollection {
	return textio.Read(s.Scope("talkhis.ReadRecords"), glob)
}

// ReadFiles matches glob and reads each file as one document.
func ReadFiles(s beam.Scope, glob string) beam.PCollection {
	s = s.Scope("talkhis.ReadFiles")
	return fileio.ReadMatches(s, fileio.MatchFiles(s, glob))
}

// Summarize applies fn (a *SummarizeFn or *SummarizeFileFn) to docs and
// returns the summaries and the dead letters.
func Summarize(s beam.Scope, fn any, docs beam.PCollection) (summaries, dead beam.PCollection) {
	return beam.ParDo2(s.Scope("talkhis.Summarize"), fn, docs)
}

// shardFn keys each line by its shard: a hash of the line, so that the
// same input spreads the same way on every run.
type shardFn struct {
	Shards int `json:"shards"`
}

func (fn *shardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	h.Write([]byte(line))
	emit(int(h.Sum32()%uint32(fn.Shards)), line)
}

// writeShardFn writes one shard's lines, sorted so that a file's content
// does not depend on the order the runner delivers them in.
type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	var all []string
	var line string
	for lines(&line) {
		all = append(all, line)
	}
	slices.Sort(all)
	name := ShardName(fn.Prefix, shard, fn.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	for _, l := range all {
		if _, err := fmt.Fprintln(w, l); err != nil {
			w.Close()
			return err
		}
	}
	return w.Close()
}

// ShardName is the file of shard k of n: PREFIX-0000k-of-0000n.jsonl.
func ShardName(prefix string, k, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, k, n)
}

// ShardGlob matches every shard file of prefix.
func ShardGlob(prefix string) string {
	return filepath.Clean(prefix) + "-*-of-*.jsonl"
}

// WriteSharded writes lines across shards files named by ShardName, each
// written by its own worker. Shards that get no line write no file.
func WriteSharded(s beam.Scope, prefix string, shards int, lines beam.PCollection) {
	s = s.Scope("talkhis.WriteSharded")
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, lines)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: shards}, beam.GroupByKey(s, keyed))
}

// Config describes a whole pipeline.
type Config struct {
	Records string // glob of JSON Lines files; empty for none
	Files   string // glob of whole-file documents; empty for none
	Output  string // prefix of the summary shards
	Dead    string // prefix of the dead-letter shards
	Shards  int
	Options Options
}

// Build adds the pipeline that cfg describes to s.
func Build(s beam.Scope, cfg Config) error {
	if cfg.Records == "" && cfg.Files == "" {
		return fmt.Errorf("pipeline: no input: give a glob of records, of files, or both")
	}
	if cfg.Shards <= 0 {
		return fmt.Errorf("pipeline: shards must be positive, got %d", cfg.Shards)
	}
	for _, in := range inputs(cfg) {
		// Beam's I/O panics on both when the pipeline is built.
		if strings.TrimSpace(in.glob) == "" {
			return fmt.Errorf("pipeline: the %s glob %q is blank", in.kind, in.glob)
		}
		if err := registered(in.glob); err != nil {
			return fmt.Errorf("pipeline: the %s glob %q: %w", in.kind, in.glob, err)
		}
	}
	var outs, deads []beam.PCollection
	if cfg.Records != "" {
		o, d := Summarize(s, &SummarizeFn{Options: cfg.Options}, ReadRecords(s, cfg.Records))
		outs, deads = append(outs, o), append(deads, d)
	}
	if cfg.Files != "" {
		o, d := Summarize(s, &SummarizeFileFn{Options: cfg.Options}, ReadFiles(s, cfg.Files))
		outs, deads = append(outs, o), append(deads, d)
	}
	WriteSharded(s.Scope("summaries"), cfg.Output, cfg.Shards, beam.Flatten(s, outs...))
	WriteSharded(s.Scope("dead"), cfg.Dead, cfg.Shards, beam.Flatten(s, deads...))
	return nil
}

// input is one of a Config's globs and what it reads.
type input struct{ kind, glob string }

// inputs lists cfg's globs that are set.
func inputs(cfg Config) []input {
	var in []input
	if cfg.Records != "" {
		in = append(in, input{"records", cfg.Records})
	}
	if cfg.Files != "" {
		in = append(in, input{"files", cfg.Files})
	}
	return in
}

// registered says whether a file system is registered for glob's scheme,
// as the error that Beam's ValidateScheme panics with: a lookup, where
// making the file system (filesystem.New) would make a client of the
// cloud's storage.
func registered(glob string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if err, _ = r.(error); err == nil {
				err = fmt.Errorf("%v", r)
			}
		}
	}()
	filesystem.ValidateScheme(glob)
	return nil
}

// CheckInputs lists each glob of cfg on its file system and says which
// matches no file. Run it before the pipeline: Beam reads a records glob
// that matches nothing as no records and ends without a word, and fails a
// files glob deep in a bundle's log, after the runner has started.
func CheckInputs(ctx context.Context, cfg Config) error {
	for _, in := range inputs(cfg) {
		fs, err := filesystem.New(ctx, in.glob)
		if err != nil {
			return fmt.Errorf("pipeline: the %s glob %q: %w", in.kind, in.glob, err)
		}
		names, err := fs.List(ctx, in.glob)
		fs.Close()
		if err != nil {
			return fmt.Errorf("pipeline: listing the %s glob %q: %w", in.kind, in.glob, err)
		}
		if len(names) == 0 {
			return fmt.Errorf("pipeline: no file matches the %s glob %q; check the path, and quote a glob so that the shell passes it whole", in.kind, in.glob)
		}
	}
	return nil
}
