package summarize

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
)

// Request is one JSON Lines input record. Sentences and Words, when set,
// override the Summarizer's MaxSentences and MaxWords for this record;
// Title overrides its Title.
type Request struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Title     string `json:"title,omitempty"`
	Sentences int    `json:"sentences,omitempty"`
	Words     int    `json:"words,omitempty"`
}

// Response is one JSON Lines output record. Error is empty on success.
type Response struct {
	ID        string     `json:"id"`
	Summary   string     `json:"summary"`
	Sentences []Sentence `json:"sentences"`
	Error     string     `json:"error,omitempty"`
}

// SummarizeJSONL reads one Request a line from r and writes one Response a
// line to w, in the same order. A record that cannot be read or summarized
// gets a Response with Error set, naming its line, and the stream goes on;
// blank lines are skipped. A line too long to hold a text within MaxBytes
// (more than 6 × MaxBytes + 4 KiB: six bytes is the longest JSON escape of
// one byte of text) is read through without being kept and answered with
// an ErrTooLarge error, so that memory stays bounded whatever the input;
// with a negative MaxBytes lines may be of any length. Records are
// summarized by workers goroutines (GOMAXPROCS when workers <= 0; no more
// than 64 a core, as more would only wait) and the output is the same for
// any number of them. Records compressed with gzip,
// bzip2 or zstd, as a dump of them ships (.jsonl.gz), are read
// decompressed. It returns an error only when reading r or writing w fails
// (ErrDocument for compressed data that is damaged, after the records
// before the damage) or ctx ends.
func (s *Summarizer) SummarizeJSONL(ctx context.Context, r io.Reader, w io.Writer, workers int) error {
	ctx = orBackground(ctx)
	r, kind, err := jsonlSource(r)
	if err != nil {
		return err
	}
	if z, ok := r.(io.Closer); ok {
		defer z.Close()
	}
	limit := s.recordLimit()
	type record struct {
		line int
		b    []byte
		long bool // longer than limit, and not kept
	}
	records := func(yield func(record, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		for line := 1; ; line++ {
			b, long, err := readLine(br, limit)
			if long || len(bytes.TrimSpace(b)) > 0 {
				if !yield(record{line, b, long}, nil) {
					return
				}
			}
			if errors.Is(err, io.EOF) || kind != "" && errors.Is(err, io.ErrUnexpectedEOF) {
				return // the end, or a compressed dump's cut: the records before it
			}
			if damage := packDamage(err); kind != "" && damage != "" {
				yield(record{}, packDamaged(damage, fmt.Sprintf("on line %d", line), err))
				return
			}
			if err != nil {
				yield(record{}, fmt.Errorf("summarize: reading line %d: %w", line, err))
				return
			}
		}
	}
	answer := func(ctx context.Context, rec record) Response {
		if rec.long {
			return failed(rec.line, s.tooLarge(fmt.Sprintf("the record, longer than %d bytes,", limit), 0, "split the text"))
		}
		return s.answer(ctx, rec.line, rec.b)
	}

	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	var readErr error
	for resp, err := range inOrder(ctx, records, workers, answer) {
		if err != nil {
			readErr = err // after the records before it, written
			break
		}
		if err := enc.Encode(resp); err != nil {
			return fmt.Errorf("summarize: writing: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("summarize: writing: %w", err)
	}
	if readErr != nil {
		return readErr
	}
	return ctx.Err()
}

// maxWorkersPerCore bounds the goroutines SummarizeJSONL and
// SummarizeArticles start (inOrder):
// summarizing is work for the cores, not waiting, so goroutines past the
// cores only wait, each holding four slots for records in flight. Unbounded, a million workers took 113 MB for 48 records, and
// math.MaxInt could not have its slots made at all.
const maxWorkersPerCore = 64

// recordLimit returns the longest JSON Lines record that can hold a text
// within MaxBytes, id and title included (negative for no bound).
func (s *Summarizer) recordLimit() int {
	const room = 4 << 10 // the keys, the id, the title
	mb := s.ByteLimit()
	if mb < 0 || mb > (math.MaxInt-room)/6 {
		return -1
	}
	return 6*mb + room
}

// jsonlSource returns what r holds, decompressed when it opens as data
// compressed with kind, gzip, bzip2 or zstd (see compression), to be
// closed when read.
func jsonlSource(r io.Reader) (src io.Reader, kind string, err error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(signatureLen)
	if kind = compression(string(head)); kind == "" {
		return br, "", nil
	}
	z, err := unpacked(br, kind)
	if err != nil {
		return nil, "", err
	}
	return z, kind, nil
}

// readLine reads a line, its newline included, of at most limit bytes
// (limit < 0: any length). A longer line is read to its end but not kept:
// long reports it, and b is nil.
func readLine(br *bufio.Reader, limit int) ([]byte, bool, error) {
	var b []byte
	long := false
	for {
		chunk, err := br.ReadSlice('\n')
		switch {
		case long:
		case limit >= 0 && len(b)+len(chunk) > limit:
			b, long = nil, true
		default:
			b = append(b, chunk...) // a copy: the reader reuses its buffer
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			return b, long, err
		}
	}
}

func (s *Summarizer) answer(ctx context.Context, line int, b []byte) Response {
	var req Request
	if err := json.Unmarshal(b, &req); err != nil {
		return failed(line, fmt.Errorf("not a JSON object with a text field: %v", err))
	}
	resp, err := s.Answer(ctx, req)
	if err != nil {
		resp.Error = lineError(line, err)
	}
	return resp
}

// failed is the Response to a record that was never summarized.
func failed(line int, err error) Response {
	return Response{Sentences: []Sentence{}, Error: lineError(line, err)}
}

// lineError is a record's error as its Response gives it: with its line.
func lineError(line int, err error) string {
	return fmt.Sprintf("line %d: %v", line, err)
}

// Answer summarizes one request: its Title, Sentences and Words, when set,
// override the Summarizer's. The Response holds the summary; its Error is
// left for the caller, who knows where the request came from, to fill in
// from the returned error.
func (s *Summarizer) Answer(ctx context.Context, req Request) (Response, error) {
	if req.Sentences < 0 {
		// The request's own count, named as it, not as the Summarizer's
		// MaxSentences, which the request did not set.
		return Response{ID: req.ID, Sentences: []Sentence{}}, &ConfigError{Field: "Request.Sentences", Value: strconv.Itoa(req.Sentences), Use: "0 for the Summarizer's MaxSentences or a positive count"}
	}
	cfg := *s
	if req.Sentences != 0 {
		cfg.MaxSentences = req.Sentences
	}
	if req.Words != 0 {
		cfg.MaxWords = req.Words
	}
	if req.Title != "" {
		cfg.Title = req.Title
	}
	sum, err := cfg.SummarizeContext(ctx, req.Text)
	resp := Response{ID: req.ID, Summary: sum.String(), Sentences: sum.Sentences}
	if resp.Sentences == nil {
		resp.Sentences = []Sentence{}
	}
	return resp, err
}
