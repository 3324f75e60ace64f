package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// corpusFile writes a corpus of the given JSON Lines records, one a line,
// to a file of that name in a new temporary directory, and returns its path.
func corpusFile(t *testing.T, name string, records ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(strings.Join(records, "\n")+"\n"), 0o644))
	return path
}

func TestEvaluateCLI(t *testing.T) {
	dir := t.TempDir()
	corpus := corpusFile(t, "tiny.jsonl",
		`{"id":"1","title":"النفط","text":"ارتفعت أسعار النفط اليوم. وقال محللون إن السوق متوترة.","summaries":["ارتفعت أسعار النفط اليوم"]}`,
		`{"broken"`,
		`{"id":"2","title":"","text":"افتتح معرض الكتاب. وحضره الوزير.","summaries":["افتتح معرض الكتاب"]}`)
	out := filepath.Join(dir, "out.jsonl")
	png := filepath.Join(dir, "plot.png")
	var stdout, stderr bytes.Buffer
	code := run([]string{"-task", "A,B", "-systems", "lead-1,default", "-out", out, "-plot", png, "-budgets", "5,10", corpus}, &stdout, &stderr)
	assert.Equal(t, 1, code, "a malformed record makes the exit status 1")
	assert.Contains(t, stderr.String(), "tiny.jsonl:2:")
	assert.Contains(t, stdout.String(), "tiny.jsonl, task A, 2 documents")
	assert.Contains(t, stdout.String(), "| lead-1 | 100.00 |")
	assert.Contains(t, stdout.String(), "tiny.jsonl, task B, 2 documents")
	assert.NotContains(t, stdout.String(), "against", "the default base, lead-budget, was not run")

	b, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, 8, strings.Count(string(b), "\n"), "2 documents x 2 systems x 2 tasks")

	img, err := os.ReadFile(png)
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(img, []byte("\x89PNG")), "a PNG file")
}

// twoNews writes two news items, whose references are the second sentence
// and the first, under the given ids, and returns the corpus file.
func twoNews(t *testing.T, id1, id2 string) string {
	return corpusFile(t, "tiny.jsonl",
		`{"id":"`+id1+`","title":"","text":"ارتفعت أسعار النفط اليوم. وقال محللون إن السوق متوترة.","summaries":["وقال محللون إن السوق متوترة"]}`,
		`{"id":"`+id2+`","title":"","text":"افتتح معرض الكتاب. وحضره الوزير.","summaries":["افتتح معرض الكتاب"]}`)
}

func TestEvaluateComparesWithBase(t *testing.T) {
	corpus := twoNews(t, "1", "2")
	for _, c := range []struct {
		name string
		args []string
		want []string
		not  []string
	}{
		{"default base", []string{"-systems", "lead-1,lead-2,lead-budget"}, []string{"against lead-budget, document by document", "| lead-1 | 0.00 |", "| lead-2 | "}, []string{"| lead-budget | 0.00"}},
		{"named base", []string{"-systems", "lead-1,lead-2", "-base", "lead-2"}, []string{"against lead-2, document by document", "| lead-1 | "}, nil},
		{"no base", []string{"-systems", "lead-1,lead-budget", "-base", ""}, nil, []string{"against"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			require.Equal(t, 0, run(append(c.args, corpus), &stdout, &stderr), stderr.String())
			for _, w := range c.want {
				assert.Contains(t, stdout.String(), w)
			}
			for _, w := range c.not {
				assert.NotContains(t, stdout.String(), w)
			}
		})
	}
}

// -best adds the row of a switch that never chooses wrong among the
// systems it names: in twoNews, lead-1 scores 0 and 100 (50.00), lead-2
// 71.43 and 75.00 (73.21; it holds the first reference and more), and
// their best 71.43 and 100 (85.71), above both.
func TestEvaluateBest(t *testing.T) {
	corpus := twoNews(t, "1", "2")
	for _, c := range []struct {
		name string
		args []string
		code int
		want []string
		not  []string
	}{
		{"two systems", []string{"-systems", "lead-1,lead-2,lead-budget", "-best", "lead-1,lead-2"}, 0, []string{"| lead-1 | 50.00 | ", "| lead-2 | 73.21 | ", "| best of (lead-1, lead-2) | 85.71 | ", "| 2 | 0 | – |\n", "| best of (lead-1, lead-2) | +"}, nil},
		{"one of them", []string{"-systems", "lead-1,lead-2", "-best", "lead-1,lead-1"}, 2, []string{"-best lead-1,lead-1: name two systems or more"}, []string{"task A"}},
		{"not run", []string{"-systems", "lead-1,lead-2", "-best", "lead-1,default"}, 2, []string{"-best: default is not among the systems run; add it to -systems"}, []string{"task A"}},
		{"none", []string{"-systems", "lead-1,lead-2"}, 0, []string{"| lead-2 |"}, []string{"best of"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			require.Equal(t, c.code, run(append(c.args, corpus), &stdout, &stderr), stderr.String())
			both := stdout.String() + stderr.String()
			for _, w := range c.want {
				assert.Contains(t, both, w)
			}
			for _, w := range c.not {
				assert.NotContains(t, stdout.String(), w)
			}
		})
	}
}

func TestEvaluateBreaksDown(t *testing.T) {
	corpus := twoNews(t, "BB-oil-1", "BB-books-2")
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-systems", "lead-1,lead-2", "-base", "lead-2", "-by", "category,sentences", corpus}, &stdout, &stderr), stderr.String())
	out := stdout.String()
	// The base comes first, and the others are compared with it.
	assert.Contains(t, out, "tiny.jsonl, task A, R1 by category\n\n| category | docs | lead-2 | lead-1 | lead-1 − lead-2 |")
	assert.Contains(t, out, "| books | 1 | 75.00 | 100.00 | +25.00 |")
	assert.Contains(t, out, "| oil | 1 | ")
	assert.Contains(t, out, "R1 by sentences")
	assert.Contains(t, out, "| ≤5 | 2 | ")

	// Without a base there is nothing to take differences from.
	stdout.Reset()
	require.Equal(t, 0, run([]string{"-systems", "lead-1,lead-2", "-base", "", "-by", "category", corpus}, &stdout, &stderr), stderr.String())
	out = stdout.String()
	assert.Contains(t, out, "| category | docs | lead-1 | lead-2 |\n|---|---:|---:|---:|\n")
	assert.Contains(t, out, "| books | 1 | 100.00 | 75.00 |\n")
	assert.NotContains(t, out, " − ")
}

// A flag after a corpus is bad usage, said as such, where the flag package
// read it and its value as two more corpora («open -task: no such file»)
// and the corpus ran without it.
func TestEvaluateFlagAfterCorpus(t *testing.T) {
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 2, run([]string{"corpus.jsonl", "-task", "B"}, &stdout, &stderr))
	assert.Equal(t, "evaluate: -task comes after a corpus, where it would be read as one: put the flags before the corpora: evaluate [flags] CORPUS.jsonl ...\n", stderr.String())
	assert.Empty(t, stdout.String())
}

func TestEvaluateUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"-task", "C", "x"}, {"-systems", "nope", "x"}, {"-budgets", "0", "x"}, {"-systems", "lead-1", "-base", "lead-2", "x"}, {"-by", "colour", "x"}, {"-strip", "commas", "x"}, {"-render", "pdf", "x"}} {
		var stdout, stderr bytes.Buffer
		assert.Equal(t, 2, run(args, &stdout, &stderr), "%q", args)
	}
}

// -strip takes the marks out of every text before the systems run: the two
// sentences of the news item become one, which Lead-1 then takes whole.
// -render html serves every text as a page's HTML, and scores each summary
// as the page shows it: Lead-1 takes the first sentence, without the menu,
// the tags or the &nbsp;. -render wordpress writes «...» as &#8230;, which
// ends the first sentence as «...» does, and the quotes as curly ones;
// -render word wraps the source, and the first sentence is still whole.
// -render ttml, -render ass and -render youtube serve the text as subtitles and summarize
// their spoken text, as the CLI does. -render titled puts the title on the
// text's first line, and Lead-1 still takes the story's first sentence.
func TestEvaluateReshapesTexts(t *testing.T) {
	news := `{"id":"1","title":"","text":"ارتفعت أسعار النفط اليوم في الأسواق العالمية.\nوقال محللون إن السوق متوترة منذ أسابيع.","summaries":["ارتفعت أسعار النفط اليوم"]}`
	quoted := `{"id":"1","title":"","text":"ارتفعت أسعار النفط \"اليوم\" في الأسواق العالمية... وقال محللون إن السوق متوترة منذ أسابيع.","summaries":["ارتفعت أسعار النفط اليوم"]}`
	titled := `{"id":"1","title":"أسعار النفط ترتفع في الأسواق العالمية بعد أسابيع من التوتر بين كبار المنتجين","text":"ارتفعت أسعار النفط اليوم في الأسواق العالمية.\nوقال محللون إن السوق متوترة منذ أسابيع.","summaries":["ارتفعت أسعار النفط اليوم"]}`
	tests := []struct{ name, record, flag, value, label, summary string }{
		{"strip", news, "-strip", "sentences", "tiny.jsonl without sentences marks, task A, 1 documents", "ارتفعت أسعار النفط اليوم في الأسواق العالمية وقال محللون إن السوق متوترة منذ أسابيع"},
		{"render", news, "-render", "html", "tiny.jsonl as a page's HTML, task A, 1 documents", "ارتفعت أسعار النفط اليوم في الأسواق العالمية."},
		{"render as Word", news, "-render", "word", "tiny.jsonl as Word saves a web page, task A, 1 documents", "ارتفعت أسعار النفط اليوم في الأسواق العالمية."},
		{"render as TTML", news, "-render", "ttml", "tiny.jsonl as TTML subtitles, read as their spoken text, task A, 1 documents", "ارتفعت أسعار النفط اليوم في الأسواق العالمية."},
		{"render as YouTube's timed text", news, "-render", "youtube", "tiny.jsonl as YouTube's timed text, read as its spoken text, task A, 1 documents", "ارتفعت أسعار النفط اليوم في الأسواق العالمية."},
		{"render as ASS", news, "-render", "ass", "tiny.jsonl as ASS subtitles, read as their spoken text, task A, 1 documents", "ارتفعت أسعار النفط اليوم في الأسواق العالمية."},
		{"render as WordPress stores a post", news, "-render", "wpsource", "tiny.jsonl as WordPress stores a post, with shortcodes, task A, 1 documents", "ارتفعت أسعار النفط اليوم في الأسواق العالمية."},
		{"the title on the text's first line", titled, "-render", "titled", "tiny.jsonl with its title on the text's first line, task A, 1 documents", "ارتفعت أسعار النفط اليوم في الأسواق العالمية."},
		{"render as WordPress", quoted, "-render", "wordpress", "tiny.jsonl as WordPress serves it, task A, 1 documents", "ارتفعت أسعار النفط “اليوم” في الأسواق العالمية…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			corpus := corpusFile(t, "tiny.jsonl", tt.record)
			out := filepath.Join(t.TempDir(), "out.jsonl")
			var stdout, stderr bytes.Buffer
			require.Equal(t, 0, run([]string{"-systems", "lead-1", "-base", "", tt.flag, tt.value, "-out", out, corpus}, &stdout, &stderr), stderr.String())
			assert.Contains(t, stdout.String(), tt.label)
			b, err := os.ReadFile(out)
			require.NoError(t, err)
			assert.Contains(t, string(b), `"summary":"`+tt.summary+`"`)
		})
	}
}

func TestEvaluateUnglue(t *testing.T) {
	// The text's second line ends mid-sentence, and the reference glued
	// its last word to the next line's first. Lead-1, the first sentence,
	// is 4 of the reference's 8 tokens as given (2·4/(4+8): 66.67), and 4
	// of its 9 once unglued (2·4/(4+9): 61.54).
	corpus := corpusFile(t, "glued.jsonl",
		`{"id":"1","title":"","text":"ارتفعت أسعار النفط اليوم.\nوقال محللون إن السوق\nمتوترة منذ أسابيع.","summaries":["ارتفعت أسعار النفط اليوم وقال محللون إن السوقمتوترة"]}`)
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"as given", nil, "| lead-1 | 66.67 |"},
		{"unglued", []string{"-unglue"}, "| lead-1 | 61.54 |"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append(append([]string{"-task", "A", "-systems", "lead-1", "-base", ""}, tc.args...), corpus)
			require.Equal(t, 0, run(args, &stdout, &stderr), stderr.String())
			assert.Contains(t, stdout.String(), tc.want)
			if tc.args != nil {
				assert.Contains(t, stdout.String(), "glued.jsonl against references unglued (1 words split), task A")
			}
		})
	}
}

func TestEvaluateHeadroom(t *testing.T) {
	corpus := corpusFile(t, "tiny.jsonl",
		`{"id":"1","title":"","text":"ارتفعت أسعار النفط اليوم في الأسواق العالمية.\nوقال محللون إن السوق متوترة منذ أسابيع.","summaries":["ارتفعت أسعار النفط اليوم في الأسواق العالمية"]}`)
	// Two references, of 7 and 6 words, sharing 2: each scores R1 F1 4/13
	// against the other (30.77), and the first sentence, the first
	// reference word for word, scores (1 + 4/13) / 2 (65.38): 34.62 more.
	voted := corpusFile(t, "voted.jsonl",
		`{"id":"1","title":"","text":"ارتفعت أسعار النفط اليوم في الأسواق العالمية.\nوقال محللون إن السوق متوترة منذ أسابيع.","summaries":["ارتفعت أسعار النفط اليوم في الأسواق العالمية","قال محللون إن أسعار النفط متوترة"]}`)
	tests := []struct {
		name, task, corpus string
		want, not          []string
	}{
		{"task A reports the first sentence's room", "A", corpus,
			[]string{"tiny.jsonl, task A, 1 documents: room above the first sentence", "| first sentence, R1 | 100.00 |", "| documents whose first sentence is the best | 1 (100.0 %) |"},
			[]string{"references' own choice", "against an annotator"}},
		{"task B reports the ranking by the references' choice", "B", corpus,
			[]string{"tiny.jsonl, task B, 1 documents: ranking against the references' own choice", "References that hold a sentence (whole, or a long one's first 150 letters): 1 of 1.", "splits them): 0 of 7. Reference sentences that end in a word the text does not hold (cut in the middle of a word, where the references are extractive): 0 of 1.\n", "agreement, in 0 documents) | – |", "No annotator to compare with: a document has one reference."},
			[]string{"room above the first sentence", "against an annotator"}},
		{"task B compares each system with an annotator", "B", voted,
			[]string{"voted.jsonl, task B, 1 documents: against an annotator", "(R1 30.77)", "| lead-1 | +34.62 | – |", "| lead-budget | +34.62 | – |"},
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			require.Equal(t, 0, run([]string{"-task", tc.task, "-systems", "lead-1,lead-budget", "-base", "", "-headroom", tc.corpus}, &stdout, &stderr), stderr.String())
			for _, w := range tc.want {
				assert.Contains(t, stdout.String(), w)
			}
			for _, n := range tc.not {
				assert.NotContains(t, stdout.String(), n)
			}
		})
	}
}
