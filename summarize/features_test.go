package summarize_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/summarize"
)

// words returns n made-up words of three letters, the k-th word of a text
// numbered from: sentences built from different ranges share no word,
// so that none is a repeat of another.
func words(n, from int) string {
	letters := []rune("تثجحخدذرزسشصضطظعغقمن")
	w := make([]string, n)
	for k := range w {
		i := from + k
		w[k] = string([]rune{letters[i%20], letters[i/20%20], letters[i/400%20]})
	}
	return strings.Join(w, " ")
}

// TestShapeFeatures checks the features that weigh a sentence's shape at
// the lengths where they turn: a fragment under 8 words, an opening of
// under 12 after which the second sentence may be the lead, a colon in the
// first 6 words, and the words past 50 of a chained sentence.
func TestShapeFeatures(t *testing.T) {
	body := words(15, 60) + "."
	tests := []struct {
		name    string
		text    string
		at      int // which candidate
		feature int
		want    float64
	}{
		{"7 words are a fragment", words(15, 0) + ". " + words(7, 20) + ".", 1, summarize.FeatShort, 1},
		{"8 are not", words(15, 0) + ". " + words(8, 20) + ".", 1, summarize.FeatShort, 0},
		{"after an opening of 11 words, the second may be the lead", words(11, 0) + ". " + body, 1, summarize.FeatAfterShort, 1},
		{"after one of 12, not", words(12, 0) + ". " + body, 1, summarize.FeatAfterShort, 0},
		{"only the second sentence", words(11, 0) + ". " + words(5, 20) + ". " + body, 2, summarize.FeatAfterShort, 0},
		{"a colon after 6 words: a dateline, a speaker, a label", words(15, 0) + ". " + words(6, 20) + ": " + words(9, 30) + ".", 1, summarize.FeatColon, 1},
		{"after 7 it is the sentence's own", words(15, 0) + ". " + words(7, 20) + ": " + words(9, 30) + ".", 1, summarize.FeatColon, 0},
		{"a fullwidth colon counts", words(15, 0) + ". " + words(2, 20) + "： " + words(9, 30) + ".", 1, summarize.FeatColon, 1},
		{"50 words are not long", words(50, 0) + ". " + body, 0, summarize.FeatLong, 0},
		{"75 are half long", words(75, 0) + ". " + words(10, 80) + ".", 0, summarize.FeatLong, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cands, err := (&summarize.Summarizer{}).Candidates(context.Background(), tt.text)
			require.NoError(t, err)
			require.Greater(t, len(cands), tt.at, "candidates of %+q", tt.text)
			assert.InDelta(t, tt.want, cands[tt.at].Features[tt.feature], 1e-12, "%s of %+q", summarize.FeatureNames[tt.feature], cands[tt.at].Text)
		})
	}
}
