package evaluate_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/evaluate"
	"github.com/talkhis/talkhis/summarize/rouge"
)

// synthetic makes documents where the best candidate is the one whose
// title feature is highest, wherever it stands.
func synthetic(n int) []evaluate.Example {
	var out []evaluate.Example
	for d := range n {
		e := evaluate.Example{Weight: 1}
		best := d % 3
		for k := range 3 {
			var c summarize.Candidate
			c.Features[summarize.FeatPosition] = 1 / float64(k+1)
			c.Features[summarize.FeatTitle] = 0.1
			gain := 0.1
			if k == best {
				c.Features[summarize.FeatTitle] = 0.9
				gain = 0.8
			}
			e.Candidates = append(e.Candidates, c)
			e.Gain = append(e.Gain, gain)
			e.Alone = append(e.Alone, rouge.Scores{R1: rouge.Score{F1: gain}, R2: rouge.Score{F1: gain}, RL: rouge.Score{F1: gain}})
		}
		out = append(out, e)
	}
	return out
}

func TestFitLearnsTheSignal(t *testing.T) {
	ex := synthetic(30)
	m, err := evaluate.Fit(ex, evaluate.FitOptions{})
	require.NoError(t, err)
	assert.Greater(t, m.Weights[summarize.FeatTitle], 1.0, "the feature that marks the best candidate gets weight")
	r1, _, _ := evaluate.PickScores(ex, m)
	assert.InDelta(t, 80, r1, 1e-9, "the fitted model picks the best candidate every time")

	lead := summarize.Model{}
	lead.Weights[summarize.FeatPosition] = 1
	r1, _, _ = evaluate.PickScores(ex, lead)
	assert.InDelta(t, (80+10+10)/3.0, r1, 1e-9, "position alone is right one time in three")
}

// A dropped feature keeps weight 0, even the one that carries the signal;
// the others are fitted as before.
func TestFitDropsFeatures(t *testing.T) {
	ex := synthetic(30)
	m, err := evaluate.Fit(ex, evaluate.FitOptions{Drop: []int{summarize.FeatTitle}})
	require.NoError(t, err)
	assert.Zero(t, m.Weights[summarize.FeatTitle])
	r1, _, _ := evaluate.PickScores(ex, m)
	assert.Less(t, r1, 80.0, "without the signal the fit cannot find the best candidate every time")

	m, err = evaluate.Fit(ex, evaluate.FitOptions{Drop: []int{summarize.FeatPosition}})
	require.NoError(t, err)
	assert.Zero(t, m.Weights[summarize.FeatPosition])
	assert.Greater(t, m.Weights[summarize.FeatTitle], 1.0, "the signal is still learned")
	r1, _, _ = evaluate.PickScores(ex, m)
	assert.InDelta(t, 80, r1, 1e-9)

	_, err = evaluate.Fit(ex, evaluate.FitOptions{Drop: []int{summarize.NumFeatures}})
	assert.ErrorContains(t, err, "no feature 18")
}

func TestFitNeedsExamples(t *testing.T) {
	_, err := evaluate.Fit(nil, evaluate.FitOptions{})
	assert.Error(t, err)
}

func TestFolds(t *testing.T) {
	f := evaluate.Folds(synthetic(7), 3)
	require.Len(t, f, 3)
	assert.Len(t, f[0], 3)
	assert.Len(t, f[1], 2)
	assert.Len(t, f[2], 2)
}

func TestAscendLeavesLeadForTheSignal(t *testing.T) {
	ex := synthetic(30)
	lead := summarize.Model{}
	lead.Weights[summarize.FeatPosition] = 1
	m := evaluate.Ascend(ex, lead)
	r1, _, _ := evaluate.PickScores(ex, m)
	assert.InDelta(t, 80, r1, 1e-9, "from the lead model, ascent reaches the best candidate every time")
	assert.Equal(t, m, evaluate.Ascend(ex, lead), "the same result on every run")

	best := evaluate.Ascend(ex, m)
	assert.Equal(t, m, best, "nothing to gain from the top: the start is kept")
}

// Folds of fewer than one are none, and no examples score 0, where the
// first divided by zero or made a slice of negative length and the second
// gave NaN, and an example without candidates counts as a summary of
// nothing, where it indexed past its scores.
func TestFitEdges(t *testing.T) {
	examples := make([]evaluate.Example, 3)
	for _, k := range []int{0, -1} {
		assert.Empty(t, evaluate.Folds(examples, k), "k = %d", k)
	}
	r1, r2, rl := evaluate.PickScores(nil, summarize.DefaultModel)
	assert.Equal(t, [3]float64{0, 0, 0}, [3]float64{r1, r2, rl})
	good := evaluate.Example{Candidates: make([]summarize.Candidate, 1), Alone: []rouge.Scores{{R1: rouge.Score{F1: 0.5}, R2: rouge.Score{F1: 0.5}, RL: rouge.Score{F1: 0.5}}}}
	r1, r2, rl = evaluate.PickScores([]evaluate.Example{good, {}}, summarize.DefaultModel)
	assert.Equal(t, [3]float64{25, 25, 25}, [3]float64{r1, r2, rl})
}
