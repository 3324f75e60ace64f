package evaluate_test

import (
	"context"
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/evaluate"
	"github.com/talkhis/talkhis/summarize/rouge"
)

// systemCase is a document, a budget (0 for Task A) and the summary a
// system must give.
type systemCase struct {
	name   string
	doc    evaluate.Document
	budget int
	want   string
}

func checkSystem(t *testing.T, sys evaluate.System, cases []systemCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := sys.Summarize(context.Background(), tc.doc, tc.budget)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestOracle(t *testing.T) {
	oracle := evaluate.OracleSystem("oracle")
	checkSystem(t, oracle, []systemCase{
		{
			name: "task A takes the sentence the reference copies, not the first",
			doc: evaluate.Document{
				Text:      "افتتح الوزير معرض الكتاب في عمان. وشارك في المعرض ثلاثمئة ناشر من عشرين دولة. وينتهي المعرض بعد أسبوعين.",
				Summaries: []string{"شارك في المعرض ثلاثمئة ناشر من عشرين دولة"},
			},
			want: "وشارك في المعرض ثلاثمئة ناشر من عشرين دولة.",
		},
		{
			name: "task A breaks a tie by the earlier sentence",
			doc: evaluate.Document{
				Text:      "ارتفع النفط. ارتفع الذهب.",
				Summaries: []string{"ارتفع"},
			},
			want: "ارتفع النفط.",
		},
		{
			name: "task B adds sentences while they raise R1, in document order",
			doc: evaluate.Document{
				Text:      "جملة لا علاقة لها بشيء. افتتح الوزير المعرض. وحضر الافتتاح سفراء كثيرون. وكان الطقس حارا جدا.",
				Summaries: []string{"افتتح الوزير المعرض وحضر الافتتاح سفراء كثيرون"},
			},
			budget: 9,
			want:   "افتتح الوزير المعرض. وحضر الافتتاح سفراء كثيرون.",
		},
		{
			name: "task B stops when the budget is full",
			doc: evaluate.Document{
				Text:      "افتتح الوزير المعرض. وحضر الافتتاح سفراء كثيرون.",
				Summaries: []string{"افتتح الوزير المعرض وحضر الافتتاح سفراء كثيرون"},
			},
			budget: 2,
			want:   "افتتح الوزير المعرض.",
		},
		{
			name: "headings are not candidates",
			doc: evaluate.Document{
				Text:      "معرض الكتاب\nافتتح الوزير معرض الكتاب في عمان اليوم.",
				Summaries: []string{"معرض الكتاب"},
			},
			want: "افتتح الوزير معرض الكتاب في عمان اليوم.",
		},
	})

	_, err := oracle.Summarize(context.Background(), evaluate.Document{Text: "\n\n", Summaries: []string{"x"}}, 0)
	assert.ErrorIs(t, err, summarize.ErrNoSentences)
}

// The oracle is an upper bound: on every document of a small corpus, no
// single candidate sentence, and neither Lead-1 nor the default, scores
// above it on Task A.
func TestOracleBoundsEverySentence(t *testing.T) {
	docs := sampleCorpus(t)
	oracle := evaluate.OracleSystem("oracle")
	lead := evaluate.LeadSystem("lead-1", 1)
	def := evaluate.SummarizerSystem("default", summarize.Summarizer{})
	for _, d := range docs {
		best, err := oracle.Summarize(context.Background(), d, 0)
		require.NoError(t, err)
		top := rouge.Scorer{}.Score(best, d.Summaries...).R1.F1
		cands, err := (&summarize.Summarizer{Title: d.Title}).Candidates(context.Background(), d.Text)
		require.NoError(t, err)
		for _, c := range cands {
			assert.LessOrEqual(t, rouge.Scorer{}.Score(c.Text, d.Summaries...).R1.F1, top, "%s: %q", d.ID, c.Text)
		}
		for _, sys := range []evaluate.System{lead, def} {
			s, err := sys.Summarize(context.Background(), d, 0)
			require.NoError(t, err)
			assert.LessOrEqual(t, rouge.Scorer{}.Score(s, d.Summaries...).R1.F1, top, "%s: %s", d.ID, sys.Name)
		}
	}
}

func TestLeadCutOracle(t *testing.T) {
	checkSystem(t, evaluate.LeadCutOracleSystem("oracle-lead-cut"), []systemCase{
		{
			name: "cut at a comma",
			doc: evaluate.Document{
				Text:      "ارتفعت أسعار النفط اليوم، بعد أن أعلنت الدول المنتجة خفض الإنتاج. وقال محللون إن السوق متوترة.",
				Summaries: []string{"ارتفعت أسعار النفط اليوم"},
			},
			want: "ارتفعت أسعار النفط اليوم",
		},
		{
			name: "cut before a word that opens with waw",
			doc: evaluate.Document{
				Text:      "افتتح الوزير المعرض وألقى كلمة طويلة عن تاريخ الكتاب العربي.",
				Summaries: []string{"افتتح الوزير المعرض"},
			},
			want: "افتتح الوزير المعرض",
		},
		{
			name: "the whole lead when no cut scores better",
			doc: evaluate.Document{
				Text:      "افتتح الوزير المعرض، وألقى كلمة.",
				Summaries: []string{"افتتح الوزير المعرض وألقى كلمة"},
			},
			want: "افتتح الوزير المعرض، وألقى كلمة.",
		},
		{
			name: "task B cuts the lead paragraph, not only its first sentence",
			doc: evaluate.Document{
				Text:      "افتتح الوزير المعرض. وحضر سفراء كثيرون، وكان الطقس حارا.",
				Summaries: []string{"افتتح الوزير المعرض وحضر سفراء كثيرون"},
			},
			budget: 20,
			// before «وكان» and at the comma tie; the longer is kept
			want: "افتتح الوزير المعرض. وحضر سفراء كثيرون،",
		},
	})
}

// The cut never scores below the Lead it cuts: the whole lead is one of
// its choices.
func TestLeadCutOracleBoundsLead(t *testing.T) {
	docs := sampleCorpus(t)
	cut := evaluate.LeadCutOracleSystem("oracle-lead-cut")
	for _, task := range []struct {
		lead   evaluate.System
		budget int
	}{{evaluate.LeadSystem("lead-1", 1), 0}, {evaluate.LeadSystem("lead-budget", 0), 12}} {
		sc := rouge.Scorer{MaxTokens: task.budget}
		for _, d := range docs {
			l, err := task.lead.Summarize(context.Background(), d, task.budget)
			require.NoError(t, err)
			c, err := cut.Summarize(context.Background(), d, task.budget)
			require.NoError(t, err)
			assert.LessOrEqual(t, sc.Score(l, d.Summaries...).R1.F1, sc.Score(c, d.Summaries...).R1.F1, "%s, budget %d", d.ID, task.budget)
		}
	}
}

// sampleCorpus is the test corpus of this package and, when the dev corpora
// sit beside the repository, the first 300 documents of each.
func sampleCorpus(t *testing.T) []evaluate.Document {
	t.Helper()
	docs, _, err := evaluate.ReadCorpus(strings.NewReader(corpus), "c.jsonl")
	require.NoError(t, err)
	for _, name := range []string{"ant-bbc-dev.jsonl", "easc-dev.jsonl"} {
		more, _, err := evaluate.ReadCorpusFile(filepath.Join(corpora, name))
		if errors.Is(err, fs.ErrNotExist) {
			t.Logf("%s is absent: only the small corpus is used", name)
			continue
		}
		require.NoError(t, err)
		docs = append(docs, more[:min(300, len(more))]...)
	}
	return docs
}
