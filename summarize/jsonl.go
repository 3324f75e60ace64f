package summarize

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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
// blank lines are skipped. Lines may be of any length. It returns an error
// only when reading r or writing w fails or ctx ends.
func (s *Summarizer) SummarizeJSONL(ctx context.Context, r io.Reader, w io.Writer) error {
	br := bufio.NewReaderSize(r, 64<<10)
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for line := 1; ; line++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		b, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(b)) > 0 {
			if werr := enc.Encode(s.answer(ctx, line, b)); werr != nil {
				return fmt.Errorf("summarize: writing line %d: %w", line, werr)
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("summarize: reading line %d: %w", line, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("summarize: writing: %w", err)
	}
	return nil
}

func (s *Summarizer) answer(ctx context.Context, line int, b []byte) Response {
	var req Request
	if err := json.Unmarshal(b, &req); err != nil {
		return Response{Sentences: []Sentence{}, Error: fmt.Sprintf("line %d: not a JSON object with a text field: %v", line, err)}
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
	if err != nil {
		resp.Error = fmt.Sprintf("line %d: %v", line, err)
	}
	return resp
}
