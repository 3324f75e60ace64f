package evaluate_test

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/summarize/evaluate"
	"github.com/talkhis/talkhis/summarize/rouge"
)

// row makes a Row whose documents have the given R1 F1 (0–1), and R2 and
// RL half and a quarter of it, so that each metric's difference is known.
func row(name string, r1 ...float64) evaluate.Row {
	r := evaluate.Row{System: name}
	for i, f := range r1 {
		var s rouge.Scores
		s.R1.F1, s.R2.F1, s.RL.F1 = f, f/2, f/4
		r.Results = append(r.Results, evaluate.Result{ID: string(rune('a' + i)), System: name, Scores: s})
	}
	return r
}

func TestCompare(t *testing.T) {
	nan := math.NaN()
	for _, c := range []struct {
		name            string
		base, other     evaluate.Row
		mean, low, high float64
		better, worse   int
		meanR2, meanRL  float64
	}{
		{"the same scores", row("b", .1, .5, .9), row("o", .1, .5, .9), 0, 0, 0, 0, 0, 0, 0},
		{"better by the same amount everywhere", row("b", .1, .5, .9), row("o", .2, .6, 1), 10, 10, 10, 3, 0, 5, 2.5},
		// differences 10, 0, 20, -10 (x100): mean 5, sd √(500/3), SE sd/2,
		// t(0.975, 3 df) = 3.182446305284263.
		{"by hand", row("b", .1, .2, .3, .4), row("o", .2, .2, .5, .3), 5, 5 - 3.182446305284263*math.Sqrt(500.0/3)/2, 5 + 3.182446305284263*math.Sqrt(500.0/3)/2, 2, 1, 2.5, 1.25},
		{"one document: no interval", row("b", .3), row("o", .4), 10, nan, nan, 1, 0, 5, 2.5},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := evaluate.Compare(c.base, c.other)
			require.NoError(t, err)
			assert.Equal(t, "b", d.Base)
			assert.Equal(t, "o", d.System)
			assert.InDelta(t, c.mean, d.R1, 1e-9)
			assert.InDelta(t, c.meanR2, d.R2, 1e-9)
			assert.InDelta(t, c.meanRL, d.RL, 1e-9)
			if math.IsNaN(c.low) {
				assert.True(t, math.IsNaN(d.Low) && math.IsNaN(d.High), "%v %v", d.Low, d.High)
			} else {
				assert.InDelta(t, c.low, d.Low, 1e-9)
				assert.InDelta(t, c.high, d.High, 1e-9)
			}
			assert.Equal(t, c.better, d.Better)
			assert.Equal(t, c.worse, d.Worse)
		})
	}
}

func TestCompareNeedsTheSameDocuments(t *testing.T) {
	for _, c := range []struct {
		name        string
		base, other evaluate.Row
		want        string
	}{
		{"fewer documents", row("b", .1, .2), row("o", .1), "2 documents against 1"},
		{"other documents", row("b", .1, .2), func() evaluate.Row { r := row("o", .1, .2); r.Results[1].ID = "z"; return r }(), `document 2 is "b" in b and "z" in o`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := evaluate.Compare(c.base, c.other)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}

// The mean difference is the difference of the table's means, on rows
// that Run made.
func TestCompareAgreesWithTheTable(t *testing.T) {
	docs, _, err := evaluate.ReadCorpus(strings.NewReader(corpus), "c.jsonl")
	require.NoError(t, err)
	systems, err := evaluate.SelectSystems(evaluate.Systems(), "lead-2,lead-budget,default")
	require.NoError(t, err)
	rows, err := evaluate.Run(context.Background(), docs, systems, evaluate.Options{Task: evaluate.TaskB, Workers: 1})
	require.NoError(t, err)
	for _, r := range rows {
		d, err := evaluate.Compare(rows[1], r)
		require.NoError(t, err)
		assert.InDelta(t, r.R1-rows[1].R1, d.R1, 1e-9, r.System)
		assert.InDelta(t, r.R2-rows[1].R2, d.R2, 1e-9, r.System)
		assert.InDelta(t, r.RL-rows[1].RL, d.RL, 1e-9, r.System)
		assert.LessOrEqual(t, d.Low, d.R1, r.System)
		assert.GreaterOrEqual(t, d.High, d.R1, r.System)
	}
}

func TestWriteComparison(t *testing.T) {
	d1, err := evaluate.Compare(row("lead", .1, .2, .3, .4), row("mine", .2, .2, .5, .3))
	require.NoError(t, err)
	d2, err := evaluate.Compare(row("lead", .3), row("one", .4))
	require.NoError(t, err)
	var b strings.Builder
	require.NoError(t, evaluate.WriteComparison(&b, "against lead", []evaluate.Difference{d1, d2}))
	assert.Equal(t, "against lead\n\n"+
		"| system | ΔR1 | 95% interval of ΔR1 | ΔR2 | ΔRL | R1 better | R1 worse |\n"+
		"|---|---:|---:|---:|---:|---:|---:|\n"+
		"| mine | +5.00 | −15.54 to +25.54 | +2.50 | +1.25 | 2 | 1 |\n"+
		"| one | +10.00 | – | +5.00 | +2.50 | 1 | 0 |\n", b.String())
}

// Lead-2 against Lead-1 on three short news items: by hand, the R1 F1
// differences are −35.71 (3 of 9 tokens are the reference's where 3 of 4
// were), +9.52 and −33.33, a mean of −19.84; three documents cannot tell
// that from no difference.
func ExampleCompare() {
	const corpus = `{"id":"1","text":"ارتفعت أسعار النفط اليوم. وقال محللون إن السوق متوترة.","summaries":["ارتفعت أسعار النفط"]}
{"id":"2","text":"افتتح معرض الكتاب. وحضره الوزير.","summaries":["حضر الوزير معرض الكتاب"]}
{"id":"3","text":"هطلت أمطار غزيرة. وأغلقت المدارس أبوابها.","summaries":["هطلت أمطار غزيرة"]}`
	docs, _, _ := evaluate.ReadCorpus(strings.NewReader(corpus), "news.jsonl")
	systems, _ := evaluate.SelectSystems(evaluate.Systems(), "lead-1,lead-2")
	rows, _ := evaluate.Run(context.Background(), docs, systems, evaluate.Options{Task: evaluate.TaskA})
	d, _ := evaluate.Compare(rows[0], rows[1])
	fmt.Printf("%s against %s: ΔR1 %+.2f, 95%% interval %+.2f to %+.2f, better in %d, worse in %d\n",
		d.System, d.Base, d.R1, d.Low, d.High, d.Better, d.Worse)
	// Output:
	// lead-2 against lead-1: ΔR1 -19.84, 95% interval -83.08 to +43.40, better in 1, worse in 2
}

func TestBestOf(t *testing.T) {
	// summarized marks each result's summary with its row's name, so that
	// which row a document's result came from can be read.
	summarized := func(r evaluate.Row) evaluate.Row {
		for i := range r.Results {
			r.Results[i].Summary = r.System
			r.Results[i].Words = len(r.System)
		}
		return r
	}
	for _, c := range []struct {
		name    string
		rows    []evaluate.Row
		r1      float64
		from    string // the row each document's result came from, a letter each
		failed  int
		words   float64
		errored bool // the first row's second result failed
	}{
		{"each row best somewhere", []evaluate.Row{summarized(row("a", .1, .5, .9)), summarized(row("bb", .3, .4, .2))}, 100 * (.3 + .5 + .9) / 3, "baa", 0, 4.0 / 3, false},
		{"a tie goes to the first row", []evaluate.Row{summarized(row("a", .5, .5)), summarized(row("bb", .5, .5))}, 50, "aa", 0, 1, false},
		{"three rows", []evaluate.Row{summarized(row("a", .1, .1)), summarized(row("bb", .2, .1)), summarized(row("ccc", .1, .3))}, 100 * (.2 + .3) / 2, "bc", 0, 2.5, false},
		{"a failed result counts where it is taken", []evaluate.Row{summarized(row("a", .1, .9)), summarized(row("bb", .2, .1))}, 100 * (.2 + .9) / 2, "ba", 1, 1.5, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.errored {
				c.rows[0].Results[1].Error = "failed"
			}
			best, err := evaluate.BestOf("best", c.rows...)
			require.NoError(t, err)
			assert.Equal(t, "best", best.System)
			assert.InDelta(t, c.r1, best.R1, 1e-9)
			assert.InDelta(t, c.r1/2, best.R2, 1e-9)
			assert.InDelta(t, c.r1/4, best.RL, 1e-9)
			assert.InDelta(t, c.words, best.Words, 1e-9)
			assert.Equal(t, len(c.from), best.Docs)
			assert.Equal(t, c.failed, best.Failed)
			assert.Zero(t, best.DocsPerSecond, "no system ran")
			require.Len(t, best.Results, len(c.from))
			var from strings.Builder
			for i, r := range best.Results {
				from.WriteByte(r.Summary[0])
				assert.Equal(t, "best", r.System)
				assert.Equal(t, c.rows[0].Results[i].ID, r.ID)
			}
			assert.Equal(t, c.from, from.String())
			for _, r := range c.rows {
				for _, res := range r.Results {
					assert.Equal(t, r.System, res.System, "the rows given are left as they were")
				}
			}
		})
	}
}

func TestBestOfNeedsTheSameDocuments(t *testing.T) {
	for _, c := range []struct {
		name string
		rows []evaluate.Row
		want string
	}{
		{"one row", []evaluate.Row{row("a", .1)}, "two systems or more"},
		{"fewer documents", []evaluate.Row{row("a", .1, .2), row("b", .1, .2), row("c", .1)}, "cannot pair a with c: 2 documents against 1"},
		{"other documents", []evaluate.Row{row("a", .1, .2), func() evaluate.Row { r := row("b", .1, .2); r.Results[1].ID = "z"; return r }()}, `document 2 is "b" in a and "z" in b`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := evaluate.BestOf("best", c.rows...)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}
