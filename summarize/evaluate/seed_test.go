package evaluate_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/rouge"
)

// TestSeedROUGE scores the default summary of the bundled sample against
// the lead paragraph its publisher wrote (testdata/seed.reference.txt),
// with the reference length as the budget (Task B).
func TestSeedROUGE(t *testing.T) {
	text, err := os.ReadFile("../../testdata/seed.txt")
	require.NoError(t, err)
	ref, err := os.ReadFile("../../testdata/seed.reference.txt")
	require.NoError(t, err)
	for _, tt := range []struct {
		name       string
		method     summarize.Method
		r1, r2, rl float64 // measured when last changed, F1 x100
	}{
		{"auto", summarize.Auto, 50.51, 21.43, 28.28},
		{"lead", summarize.Lead, 50.51, 21.43, 28.28},
		{"textrank", summarize.TextRank, 38.38, 9.18, 16.16},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sum, err := (&summarize.Summarizer{Method: tt.method}).Summarize(string(text))
			require.NoError(t, err)
			budget := len(rouge.Tokens(string(ref)))
			s := rouge.Scorer{MaxTokens: budget}.Score(sum.String(), strings.TrimSpace(string(ref)))
			t.Logf("%s: budget %d tokens, R1 %.2f R2 %.2f RL %.2f", tt.name, budget, 100*s.R1.F1, 100*s.R2.F1, 100*s.RL.F1)
			assert.InDelta(t, tt.r1, 100*s.R1.F1, 0.01)
			assert.InDelta(t, tt.r2, 100*s.R2.F1, 0.01)
			assert.InDelta(t, tt.rl, 100*s.RL.F1, 0.01)
		})
	}
}
