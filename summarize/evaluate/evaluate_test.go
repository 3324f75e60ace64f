package evaluate_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/evaluate"
)

const corpus = `{"id":"1","title":"ارتفاع النفط","text":"ارتفعت أسعار النفط اليوم. وقال محللون إن السوق متوترة.\nوفي خبر آخر افتتح معرض.","summaries":["ارتفعت أسعار النفط اليوم"]}
not json
{"id":"2","title":"","text":"","summaries":["x"]}
{"id":"3","title":"","text":"نص بلا مرجع.","summaries":[]}

{"id":"4","title":"","text":"افتتح معرض الكتاب. وحضره الوزير. وكان الإقبال كبيرا.","summaries":["افتتح معرض الكتاب وحضره الوزير", "حضر الوزير معرض الكتاب"]}`

func TestReadCorpus(t *testing.T) {
	docs, bad, err := evaluate.ReadCorpus(strings.NewReader(corpus), "c.jsonl")
	require.NoError(t, err)
	require.Len(t, docs, 2)
	assert.Equal(t, "1", docs[0].ID)
	assert.Equal(t, "4", docs[1].ID)
	require.Len(t, bad, 3)
	for i, line := range []string{"c.jsonl:2:", "c.jsonl:3:", "c.jsonl:4:"} {
		assert.ErrorIs(t, bad[i], evaluate.ErrRecord)
		assert.True(t, strings.HasPrefix(bad[i].Error(), line), bad[i].Error())
	}
}

func TestBudget(t *testing.T) {
	assert.Equal(t, 4, evaluate.Budget(evaluate.Document{Summaries: []string{"أ ب ج", "أ ب ج د هـ"}}))
	assert.Equal(t, 1, evaluate.Budget(evaluate.Document{Summaries: []string{"،"}}))
}

func TestRun(t *testing.T) {
	docs, _, err := evaluate.ReadCorpus(strings.NewReader(corpus), "c.jsonl")
	require.NoError(t, err)
	systems, err := evaluate.SelectSystems(evaluate.Systems(), "lead-1,lead-budget,default")
	require.NoError(t, err)

	rows, err := evaluate.Run(context.Background(), docs, systems, evaluate.Options{Task: evaluate.TaskA, Workers: 1})
	require.NoError(t, err)
	require.Len(t, rows, 3)
	lead := rows[0]
	assert.Equal(t, "lead-1", lead.System)
	assert.Equal(t, "ارتفعت أسعار النفط اليوم.", lead.Results[0].Summary)
	assert.InDelta(t, 1, lead.Results[0].Scores.R1.F1, 1e-12, "lead-1 is the reference of document 1")
	assert.Equal(t, 2, lead.Docs)

	rowsB, err := evaluate.Run(context.Background(), docs, systems, evaluate.Options{Task: evaluate.TaskB, Workers: 2})
	require.NoError(t, err)
	doc4 := rowsB[1].Results[1]
	assert.Equal(t, 5, doc4.Budget, "mean of 5 and 4 tokens, rounded")
	assert.Equal(t, "افتتح معرض الكتاب. وحضره الوزير.", doc4.Summary)
	assert.Equal(t, 5, doc4.Words)

	again, err := evaluate.Run(context.Background(), docs, systems, evaluate.Options{Task: evaluate.TaskB, Workers: 1})
	require.NoError(t, err)
	for k := range rowsB {
		assert.Equal(t, rowsB[k].Results, again[k].Results, "results do not depend on the workers")
		assert.Equal(t, rowsB[k].R1, again[k].R1)
	}
}

func TestSelectSystems(t *testing.T) {
	_, err := evaluate.SelectSystems(evaluate.Systems(), "lead-1,nope")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `unknown system "nope"`)
	all, err := evaluate.SelectSystems(evaluate.Systems(), "")
	require.NoError(t, err)
	assert.Len(t, all, len(evaluate.Systems()))
}

// The Summarizer with Fill and the Lead method fills the budget the way
// lead-budget does, where its own rule, which stops before a sentence
// that runs more than half past the budget, leaves the long second
// sentence out.
func TestFillFillsLikeLeadBudget(t *testing.T) {
	d := evaluate.Document{
		ID:        "long",
		Text:      "افتتح الوزير معرض الكتاب صباح اليوم. " + strings.Repeat("وتعرض دور النشر العربية كتبها الجديدة ", 5) + "في المعرض. ثم أغلق.",
		Summaries: []string{"افتتح الوزير معرض الكتاب وتعرض دور النشر كتبها"},
	}
	ctx := context.Background()
	budget := evaluate.Budget(d)
	require.Equal(t, 8, budget)
	lead, err := evaluate.LeadSystem("lead-budget", 0).Summarize(ctx, d, budget)
	require.NoError(t, err)
	fill, err := evaluate.SummarizerSystem("fill", summarize.Summarizer{Method: summarize.Lead, Fill: true}).Summarize(ctx, d, budget)
	require.NoError(t, err)
	own, err := evaluate.SummarizerSystem("own", summarize.Summarizer{Method: summarize.Lead}).Summarize(ctx, d, budget)
	require.NoError(t, err)
	assert.Equal(t, lead, fill)
	assert.True(t, strings.HasPrefix(fill, "افتتح الوزير معرض الكتاب صباح اليوم. وتعرض"), fill)
	assert.Equal(t, "افتتح الوزير معرض الكتاب صباح اليوم.", own, "the Summarizer's own rule stops before the long sentence")
}

// A nil context is taken as context.Background() by Run, Examples and the
// analyses of the room above Lead, as by the summarize package.
func TestNilContext(t *testing.T) {
	docs, _, err := evaluate.ReadCorpus(strings.NewReader(corpus), "c.jsonl")
	require.NoError(t, err)
	systems, err := evaluate.SelectSystems(evaluate.Systems(), "lead-1,default")
	require.NoError(t, err)
	var nilCtx context.Context
	bg := context.Background()
	tests := []struct {
		name string
		call func(ctx context.Context) (any, error)
	}{
		{"Run", func(ctx context.Context) (any, error) {
			rows, err := evaluate.Run(ctx, docs, systems, evaluate.Options{Task: evaluate.TaskB, Workers: 2})
			for i := range rows {
				rows[i].DocsPerSecond = 0 // differs from run to run
			}
			return rows, err
		}},
		{"Examples", func(ctx context.Context) (any, error) {
			return evaluate.Examples(ctx, docs, summarize.Summarizer{}, evaluate.TaskA)
		}},
		{"AnalyzeLead", func(ctx context.Context) (any, error) { return evaluate.AnalyzeLead(ctx, docs, nil) }},
		{"AnalyzeVotes", func(ctx context.Context) (any, error) { return evaluate.AnalyzeVotes(ctx, docs, nil) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := tt.call(bg)
			require.NoError(t, err)
			var got any
			require.NotPanics(t, func() { got, err = tt.call(nilCtx) })
			require.NoError(t, err)
			assert.Equal(t, want, got)
		})
	}
}
