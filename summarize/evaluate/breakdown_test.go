package evaluate_test

import (
	"context"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/summarize/evaluate"
)

func TestGroupings(t *testing.T) {
	seven := strings.Repeat("جملة قصيرة هنا. ", 7)
	tests := []struct {
		name     string
		grouping string
		doc      evaluate.Document
		group    string
	}{
		{"category of a BBC id", "category", evaluate.Document{ID: "BB-culture-1-20180218"}, "culture"},
		{"a category in camel case", "category", evaluate.Document{ID: "BB-middleEast-1000-20180912"}, "middleEast"},
		{"category of an EASC id", "category", evaluate.Document{ID: "001_art-and-music-01"}, "art-and-music"},
		{"category ends at a digit", "category", evaluate.Document{ID: "149_tourisms-10"}, "tourisms"},
		{"no category in the id", "category", evaluate.Document{ID: "X-17"}, "(none)"},
		{"three sentences", "sentences", evaluate.Document{Text: "جملة أولى. جملة ثانية. جملة ثالثة."}, "≤5"},
		{"seven sentences", "sentences", evaluate.Document{Text: seven}, "6–10"},
		{"a heading is not a sentence", "sentences", evaluate.Document{Text: "عنوان\n" + strings.Repeat("جملة. ", 5)}, "≤5"},
		{"fifty sentences", "sentences", evaluate.Document{Text: strings.Repeat("جملة. ", 50)}, "41+"},
		{"a short lead", "lead-words", evaluate.Document{Text: "هطلت أمطار غزيرة. ثم توقفت."}, "≤9"},
		{"the heading is skipped for the lead", "lead-words", evaluate.Document{Text: "عنوان المقال\n" + strings.Repeat("كلمة ", 25) + "."}, "20–29"},
		{"a long lead", "lead-words", evaluate.Document{Text: strings.Repeat("كلمة ", 45) + "."}, "40+"},
		{"no sentence at all", "lead-words", evaluate.Document{Text: "..."}, "≤9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := evaluate.SelectGrouping(tt.grouping)
			require.NoError(t, err)
			_, name := g.Of(tt.doc)
			assert.Equal(t, tt.group, name)
		})
	}
}

func TestGroupingsOrderLengthsByBucket(t *testing.T) {
	g, err := evaluate.SelectGrouping("sentences")
	require.NoError(t, err)
	short, _ := g.Of(evaluate.Document{Text: "جملة."})
	long, _ := g.Of(evaluate.Document{Text: strings.Repeat("جملة. ", 30)})
	assert.Less(t, short, long, "buckets list from short to long, not by name")
}

func TestSelectGroupingUnknown(t *testing.T) {
	_, err := evaluate.SelectGrouping("colour")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "category, sentences, lead-words", "the error lists what is known")
}

// docsWithIDs makes documents whose ids match the rows of row().
func docsWithIDs(ids ...string) []evaluate.Document {
	out := make([]evaluate.Document, len(ids))
	for i, id := range ids {
		out[i] = evaluate.Document{ID: id}
	}
	return out
}

func TestBreakdown(t *testing.T) {
	// row() names its documents a, b, c, …; ids are swapped in by category.
	lead, mine := row("lead", .1, .2, .3, .4), row("mine", .2, .2, .5, .3)
	ids := []string{"BB-sport-1", "BB-art-2", "BB-sport-3", "BB-art-4"}
	for i, id := range ids {
		lead.Results[i].ID, mine.Results[i].ID = id, id
	}
	g, err := evaluate.SelectGrouping("category")
	require.NoError(t, err)
	b, err := evaluate.ByGroup(docsWithIDs(ids...), []evaluate.Row{lead, mine}, g)
	require.NoError(t, err)
	assert.Equal(t, "category", b.By)
	assert.Equal(t, []string{"lead", "mine"}, b.Systems)
	groups := b.Groups
	require.Len(t, groups, 2)
	// Groups of equal order come by name: art before sport.
	assert.Equal(t, "art", groups[0].Name)
	assert.Equal(t, 2, groups[0].Docs)
	assert.InDeltaSlice(t, []float64{30, 25}, groups[0].R1, 1e-9) // (20+40)/2, (20+30)/2
	assert.Equal(t, "sport", groups[1].Name)
	assert.InDeltaSlice(t, []float64{20, 35}, groups[1].R1, 1e-9) // (10+30)/2, (20+50)/2
}

func TestBreakdownRefusesUnpairedRows(t *testing.T) {
	g, err := evaluate.SelectGrouping("category")
	require.NoError(t, err)
	tests := []struct {
		name string
		docs []evaluate.Document
		rows []evaluate.Row
		want string
	}{
		{"fewer results than documents", docsWithIDs("a", "b", "c"), []evaluate.Row{row("x", .1, .2)}, "2 results for 3 documents"},
		{"another document in the same place", docsWithIDs("a", "z"), []evaluate.Row{row("x", .1, .2)}, `document 2 is "z"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := evaluate.ByGroup(tt.docs, tt.rows, g)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestWriteBreakdown(t *testing.T) {
	lead, mine := row("lead", .1, .2, .3), row("mine", .2, .2, .6)
	g := evaluate.Grouping{Name: "parity", Of: func(d evaluate.Document) (int, string) {
		if d.ID == "b" {
			return 0, "even"
		}
		return 1, "odd"
	}}
	bd, err := evaluate.ByGroup(docsWithIDs("a", "b", "c"), []evaluate.Row{lead, mine}, g)
	require.NoError(t, err)
	require.Equal(t, "lead", bd.Base, "ByGroup compares with the first row")
	tests := []struct {
		name string
		base string
		want string
	}{
		{"base first", "lead", "| parity | docs | lead | mine | mine − lead |\n" +
			"|---|---:|---:|---:|---:|\n" +
			"| even | 1 | 20.00 | 20.00 | 0.00 |\n" +
			"| odd | 2 | 20.00 | 40.00 | +20.00 |\n"},
		{"base later", "mine", "| parity | docs | lead | mine | lead − mine |\n" +
			"|---|---:|---:|---:|---:|\n" +
			"| even | 1 | 20.00 | 20.00 | 0.00 |\n" +
			"| odd | 2 | 20.00 | 40.00 | −20.00 |\n"},
		{"no base", "", "| parity | docs | lead | mine |\n" +
			"|---|---:|---:|---:|\n" +
			"| even | 1 | 20.00 | 20.00 |\n" +
			"| odd | 2 | 20.00 | 40.00 |\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bd.Base = tt.base
			var b strings.Builder
			require.NoError(t, evaluate.WriteBreakdown(&b, "R1 by parity", bd))
			assert.Equal(t, "R1 by parity\n\n"+tt.want, b.String())
		})
	}
	t.Run("unknown base", func(t *testing.T) {
		bd.Base = "theirs"
		err := evaluate.WriteBreakdown(io.Discard, "R1 by parity", bd)
		require.Error(t, err)
		assert.Contains(t, err.Error(), `base "theirs" is not among the systems`)
	})
}

// Lead-1 and Lead-2 by the length of the opening sentence: where it is
// short, the second sentence helps; where it is long, it only dilutes. By
// hand: «افتتح معرض الكتاب» holds 2 of the reference's 4 tokens, F1 4/7;
// with «وحضره الوزير», 3 of 5 and 3 of 4, F1 2/3. The long lead holds all 7
// tokens of its reference in 15, F1 14/22; the second sentence makes it 20.
func ExampleByGroup() {
	const corpus = `{"id":"1","text":"ارتفعت أسعار النفط اليوم في الأسواق العالمية بعد قرار خفض الإنتاج الذي أعلنته الدول المصدرة. وقال محللون إن السوق متوترة.","summaries":["ارتفعت أسعار النفط بعد قرار خفض الإنتاج"]}
{"id":"2","text":"افتتح معرض الكتاب. وحضره الوزير.","summaries":["حضر الوزير معرض الكتاب"]}`
	docs, _, _ := evaluate.ReadCorpus(strings.NewReader(corpus), "news.jsonl")
	systems, _ := evaluate.SelectSystems(evaluate.Systems(), "lead-1,lead-2")
	rows, _ := evaluate.Run(context.Background(), docs, systems, evaluate.Options{Task: evaluate.TaskA})
	g, _ := evaluate.SelectGrouping("lead-words")
	b, _ := evaluate.ByGroup(docs, rows, g)
	for _, gr := range b.Groups {
		fmt.Printf("lead of %s words (%d docs): lead-1 %.2f, lead-2 %.2f\n", gr.Name, gr.Docs, gr.R1[0], gr.R1[1])
	}
	// Output:
	// lead of ≤9 words (1 docs): lead-1 57.14, lead-2 66.67
	// lead of 10–19 words (1 docs): lead-1 63.64, lead-2 51.85
}
