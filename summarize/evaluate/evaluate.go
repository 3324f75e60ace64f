package evaluate

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/rouge"
	"github.com/talkhis/talkhis/tokenize"
)

// Document is one record of a corpus in JSON Lines: an article and the
// reference summaries it is scored against.
type Document struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Text      string   `json:"text"`
	Summaries []string `json:"summaries"`
}

// ErrRecord marks a corpus line that is not a usable document.
var ErrRecord = errors.New("evaluate: malformed record")

// ReadCorpus reads documents, one JSON object a line, from r. A line that
// is not a document with text and at least one summary is reported in the
// returned errors as "name:line: ..." (wrapping ErrRecord) and skipped; the
// other documents are still read. The final error is for r itself.
func ReadCorpus(r io.Reader, name string) (docs []Document, bad []error, err error) {
	br := bufio.NewReaderSize(r, 1<<20)
	for line := 1; ; line++ {
		b, rerr := br.ReadBytes('\n')
		if len(bytes.TrimSpace(b)) > 0 {
			var d Document
			switch jerr := json.Unmarshal(b, &d); {
			case jerr != nil:
				bad = append(bad, fmt.Errorf("%s:%d: %w: %v", name, line, ErrRecord, jerr))
			case strings.TrimSpace(d.Text) == "":
				bad = append(bad, fmt.Errorf("%s:%d: %w: no text", name, line, ErrRecord))
			case len(d.Summaries) == 0:
				bad = append(bad, fmt.Errorf("%s:%d: %w: no summaries", name, line, ErrRecord))
			default:
				docs = append(docs, d)
			}
		}
		if errors.Is(rerr, io.EOF) {
			return docs, bad, nil
		}
		if rerr != nil {
			return docs, bad, fmt.Errorf("evaluate: reading %s line %d: %w", name, line, rerr)
		}
	}
}

// ReadCorpusFile is ReadCorpus on the file at path, its lines named by the
// path.
func ReadCorpusFile(path string) (docs []Document, bad []error, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("evaluate: %w", err)
	}
	defer f.Close()
	return ReadCorpus(f, path)
}

// Task is the evaluation task: how long a summary may be.
type Task int

const (
	// TaskA asks for the lead sentence: one sentence, scored whole.
	TaskA Task = iota
	// TaskB asks for a lead paragraph: a budget of the mean reference
	// length in tokens, to which the candidate is truncated.
	TaskB
)

func (t Task) String() string {
	if t == TaskB {
		return "B"
	}
	return "A"
}

// Budget returns the Task B budget of d: the mean length of its
// references in protocol tokens, rounded, at least 1.
func Budget(d Document) int {
	total := 0
	for _, s := range d.Summaries {
		total += len(rouge.Tokens(s))
	}
	return max(1, int(float64(total)/float64(len(d.Summaries))+0.5))
}

// System makes a summary of a document. budget is the word budget: 0 for
// Task A (one sentence), the Task B budget otherwise.
type System struct {
	Name      string
	Summarize func(ctx context.Context, d Document, budget int) (string, error)
}

// SummarizerSystem wraps a Summarizer: one sentence for Task A; for Task B
// as many sentences as fit the budget.
func SummarizerSystem(name string, s summarize.Summarizer) System {
	return System{Name: name, Summarize: func(ctx context.Context, d Document, budget int) (string, error) {
		c := s
		if c.Title == "" {
			c.Title = d.Title
		}
		if budget == 0 {
			c.MaxSentences = 1
		} else {
			c.MaxSentences = budget
			c.MaxWords = budget
		}
		sum, err := c.SummarizeContext(ctx, d.Text)
		return sum.String(), err
	}}
}

// units returns the sentences of d's text that the library chooses from,
// in order: tokenize's, the headline the text opens with a heading, the
// story's first sentence after a wire's dateline and long ones cut into
// pieces as package summarize reads them, so that Lead and the oracles
// weigh the same units.
func units(d Document) []tokenize.Sentence {
	var out []tokenize.Sentence
	sents, _ := tokenize.HeadedSentences(d.Text, d.Title)
	for _, s := range sents {
		out = tokenize.AppendPieces(out, d.Text, s)
	}
	return out
}

// LeadSystem takes the first k sentences (headings skipped); with k = 0 it
// takes sentences until the budget is reached (one for Task A), the last
// one cut by the scorer's truncation. Sentences are units: a sentence of
// more than tokenize.MaxSentenceWords words is cut into pieces.
func LeadSystem(name string, k int) System {
	return System{Name: name, Summarize: func(_ context.Context, d Document, budget int) (string, error) {
		var parts []string
		words := 0
		for _, s := range units(d) {
			if s.Heading {
				continue
			}
			if k > 0 && len(parts) == k || k == 0 && (budget == 0 && len(parts) == 1 || budget > 0 && words >= budget) {
				break
			}
			parts = append(parts, s.In(d.Text))
			words += len(rouge.Tokens(s.In(d.Text)))
		}
		if len(parts) == 0 {
			return "", summarize.ErrNoSentences
		}
		return strings.Join(parts, " "), nil
	}}
}

// Systems are the named systems the evaluate program knows, in table order.
func Systems() []System {
	return []System{
		LeadSystem("lead-1", 1),
		LeadSystem("lead-2", 2),
		LeadSystem("lead-3", 3),
		LeadSystem("lead-budget", 0),
		SummarizerSystem("textrank", summarize.Summarizer{Method: summarize.TextRank}),
		SummarizerSystem("default", summarize.Summarizer{}),
		SummarizerSystem("default-fill", summarize.Summarizer{Fill: true}),
		SummarizerSystem("default-nostem", summarize.Summarizer{Stemmer: unstemmed{}}),
		SummarizerSystem("default-lead", summarize.Summarizer{Method: summarize.Lead}),
		OracleSystem("oracle"),
		LeadCutOracleSystem("oracle-lead-cut"),
	}
}

// unstemmed is the stemmer variant that keeps words as they are.
type unstemmed struct{}

func (unstemmed) Stem(w string) string { return w }

// Result is one document's summary and scores under one system.
type Result struct {
	ID      string       `json:"id"`
	System  string       `json:"system"`
	Task    string       `json:"task"`
	Budget  int          `json:"budget,omitempty"`
	Summary string       `json:"summary"`
	Words   int          `json:"words"`
	Scores  rouge.Scores `json:"scores"`
	Error   string       `json:"error,omitempty"`
}

// Row is a system's line of the results table.
type Row struct {
	System        string
	R1, R2, RL    float64 // F1 x100, averaged over documents
	Words         float64 // mean words of the summaries, after truncation
	Docs, Failed  int
	DocsPerSecond float64
	Results       []Result
}

// Options steer Run.
type Options struct {
	Task Task
	// Budget, when above 0, replaces each document's Task B budget by a
	// fixed one (the word budget of the plot).
	Budget int
	// Workers is the number of goroutines; 0 means GOMAXPROCS. Results do
	// not depend on it.
	Workers int
	// Progress, when set, is called once per document and system done.
	Progress func()
}

// Run scores every system on every document. Systems run one after the
// other, each over all documents in parallel, so that documents per second
// is each system's own.
func Run(ctx context.Context, docs []Document, systems []System, o Options) ([]Row, error) {
	if ctx == nil {
		ctx = context.Background() // as the summarize package takes it
	}
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	rows := make([]Row, len(systems))
	for k, sys := range systems {
		results := make([]Result, len(docs))
		start := time.Now()
		var g errgroup.Group
		g.SetLimit(workers)
		for i := range docs {
			if ctx.Err() != nil {
				break
			}
			g.Go(func() error {
				results[i] = score(ctx, docs[i], sys, o)
				if o.Progress != nil {
					o.Progress()
				}
				return nil
			})
		}
		_ = g.Wait() // the jobs return no error
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rows[k] = summarizeRow(sys.Name, results, time.Since(start))
	}
	return rows, nil
}

// budgetFor is the word budget of d under o: 0 for Task A, o.Budget when
// set, else the document's own Task B budget.
func budgetFor(d Document, o Options) int {
	if o.Task != TaskB {
		return 0
	}
	if o.Budget > 0 {
		return o.Budget
	}
	return Budget(d)
}

func score(ctx context.Context, d Document, sys System, o Options) Result {
	budget := budgetFor(d, o)
	r := Result{ID: d.ID, System: sys.Name, Task: o.Task.String(), Budget: budget}
	sum, err := sys.Summarize(ctx, d, budget)
	if err != nil {
		r.Error = err.Error()
	}
	r.Summary = sum
	r.Scores = rouge.Scorer{MaxTokens: budget}.Score(sum, d.Summaries...)
	r.Words = len(rouge.Tokens(sum))
	if budget > 0 {
		r.Words = min(r.Words, budget)
	}
	return r
}

// summarizeRow averages in document order, so that the figures do not
// depend on which worker finished first.
func summarizeRow(name string, results []Result, wall time.Duration) Row {
	row := Row{System: name, Docs: len(results), Results: results}
	var words, r1, r2, rl float64
	for _, r := range results {
		r1 += r.Scores.R1.F1
		r2 += r.Scores.R2.F1
		rl += r.Scores.RL.F1
		words += float64(r.Words)
		if r.Error != "" {
			row.Failed++
		}
	}
	if n := float64(len(results)); n > 0 {
		row.R1, row.R2, row.RL = 100*r1/n, 100*r2/n, 100*rl/n
		row.Words = words / n
	}
	if wall > 0 {
		row.DocsPerSecond = float64(len(results)) / wall.Seconds()
	}
	return row
}

// WriteTable writes rows as a Markdown table.
func WriteTable(w io.Writer, title string, rows []Row) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n| system | R1 | R2 | RL | words | docs | failed | docs/s |\n|---|---:|---:|---:|---:|---:|---:|---:|\n", title)
	for _, r := range rows {
		speed := "–" // a row of no system that ran (BestOf)
		if r.DocsPerSecond > 0 {
			speed = fmt.Sprintf("%.0f", r.DocsPerSecond)
		}
		fmt.Fprintf(&b, "| %s | %.2f | %.2f | %.2f | %.1f | %d | %d | %s |\n", r.System, r.R1, r.R2, r.RL, r.Words, r.Docs, r.Failed, speed)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// SelectSystems returns the systems named in a comma-separated list, in
// the list's order; an empty list means all.
func SelectSystems(all []System, names string) ([]System, error) {
	if strings.TrimSpace(names) == "" {
		return all, nil
	}
	byName := make(map[string]System, len(all))
	known := make([]string, 0, len(all))
	for _, s := range all {
		byName[s.Name] = s
		known = append(known, s.Name)
	}
	sort.Strings(known)
	var out []System
	for _, n := range strings.Split(names, ",") {
		n = strings.TrimSpace(n)
		s, ok := byName[n]
		if !ok {
			return nil, fmt.Errorf("evaluate: unknown system %q; known: %s", n, strings.Join(known, ", "))
		}
		out = append(out, s)
	}
	return out, nil
}
