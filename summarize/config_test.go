package summarize_test

import (
	"context"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/tokenize"
)

// Settings at the ends of their range mean what their nearest ordinary
// value means: a budget of math.MaxInt words is no budget, as -1 is, where
// the rule that a sentence may end half itself past the budget overflowed
// and ended the summary after its first sentence.
func TestExtremeSettings(t *testing.T) {
	seed := readSeed(t)
	tests := []struct {
		name    string
		s, same summarize.Summarizer
	}{
		{"MaxWords math.MaxInt is no cap", summarize.Summarizer{MaxWords: math.MaxInt}, summarize.Summarizer{MaxWords: -1}},
		{"MaxWords math.MinInt is no cap", summarize.Summarizer{MaxWords: math.MinInt}, summarize.Summarizer{MaxWords: -1}},
		{"MaxSentences math.MaxInt takes every sentence the budget allows", summarize.Summarizer{MaxSentences: math.MaxInt, MaxWords: -1}, summarize.Summarizer{MaxSentences: 1 << 30, MaxWords: -1}},
		{"MaxBytes math.MinInt is no bound", summarize.Summarizer{MaxBytes: math.MinInt}, summarize.Summarizer{MaxBytes: -1}},
		{"MaxBytes math.MaxInt bounds nothing here", summarize.Summarizer{MaxBytes: math.MaxInt}, summarize.Summarizer{MaxBytes: -1}},
		{"Fill with MaxWords math.MaxInt", summarize.Summarizer{Fill: true, MaxWords: math.MaxInt}, summarize.Summarizer{Fill: true, MaxWords: -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := tt.same.Summarize(seed)
			require.NoError(t, err)
			got, err := tt.s.Summarize(seed)
			require.NoError(t, err)
			assert.Equal(t, want, got)
		})
	}
}

// A Model with a weight that is no number is refused, naming the feature,
// where every score came out NaN and the summary was whatever the order of
// NaNs gave.
func TestModelWeightsAreNumbers(t *testing.T) {
	for _, bad := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		m := summarize.DefaultModel
		m.Weights[2] = bad
		s := summarize.Summarizer{Model: &m}
		err := s.Validate()
		require.ErrorIs(t, err, summarize.ErrConfig)
		assert.Contains(t, err.Error(), "Model.Weights["+summarize.FeatureNames[2]+"] is ")
		_, err = s.Summarize(readSeed(t))
		assert.ErrorIs(t, err, summarize.ErrConfig)
	}
	m := summarize.DefaultModel
	assert.NoError(t, (&summarize.Summarizer{Model: &m}).Validate(), "the default's own weights")
}

// A nil Model scores as DefaultModel, as a Summarizer's nil Model does, and
// no features score 0, where both panicked.
func TestModelScoreNil(t *testing.T) {
	cands, err := (&summarize.Summarizer{}).Candidates(context.Background(), readSeed(t))
	require.NoError(t, err)
	require.NotEmpty(t, cands)
	var none *summarize.Model
	for _, c := range cands {
		assert.Equal(t, summarize.DefaultModel.Score(&c.Features), none.Score(&c.Features))
	}
	assert.Zero(t, summarize.DefaultModel.Score(nil))
}

// A setting out of range is a *ConfigError: the field, its value and what
// to use, so that a program with flags names its own.
func TestConfigError(t *testing.T) {
	tests := []struct {
		name              string
		s                 summarize.Summarizer
		field, value, use string
	}{
		{"sentences", summarize.Summarizer{MaxSentences: -1}, "MaxSentences", "-1", "0 for the default or a positive count"},
		{"ratio", summarize.Summarizer{Ratio: 2}, "Ratio", "2", "0 for none or a fraction in (0, 1]"},
		{"NaN ratio", summarize.Summarizer{Ratio: math.NaN()}, "Ratio", "NaN", "0 for none or a fraction in (0, 1]"},
		{"method", summarize.Summarizer{Method: 99}, "Method", "Method(99)", "Auto, TextRank or Lead"},
		{"model", summarize.Summarizer{Model: &summarize.Model{Weights: summarize.Features{2: math.Inf(1)}}}, "Model.Weights[" + summarize.FeatureNames[2] + "]", "+Inf",
			"a finite weight: fit the model again (examples/fit), or leave Model nil for DefaultModel"},
		// Keeps compares ISO 639-3 codes: a set built by hand with «ar»
		// would keep no article that its file says is «ara».
		{"a language by its two letters", summarize.Summarizer{Languages: tokenize.Languages{"ara": true, "fa": true}}, "Languages", `"fa"`,
			`ISO 639-3 codes, as tokenize.ParseLanguages gives them: "fas" for this one`},
		{"no language", summarize.Summarizer{Languages: tokenize.Languages{"xx": true}}, "Languages", `"xx"`,
			`ISO 639-3 codes, as tokenize.ParseLanguages gives them: "xx" names no language`},
		{"the first of two in order", summarize.Summarizer{Languages: tokenize.Languages{"en": true, "Arabic": true}}, "Languages", `"Arabic"`,
			`ISO 639-3 codes, as tokenize.ParseLanguages gives them: "ara" for this one`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.s.Validate()
			require.ErrorIs(t, err, summarize.ErrConfig)
			var ce *summarize.ConfigError
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, summarize.ConfigError{Field: tt.field, Value: tt.value, Use: tt.use}, *ce)
			assert.Equal(t, "summarize: invalid configuration: "+tt.field+" is "+tt.value+"; use "+tt.use, err.Error())
		})
	}
}

// A request's own count out of range is named as the request's field
// (Request.Sentences, the record's "sentences"), not as the Summarizer's
// MaxSentences, which the record did not set.
func TestConfigErrorOfRequest(t *testing.T) {
	s := summarize.Summarizer{}
	_, err := s.Answer(context.Background(), summarize.Request{Text: "نص قصير.", Sentences: -1})
	var ce *summarize.ConfigError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, summarize.ConfigError{Field: "Request.Sentences", Value: "-1", Use: "0 for the Summarizer's MaxSentences or a positive count"}, *ce)
	bad := summarize.Summarizer{MaxSentences: -2}
	_, err = bad.Answer(context.Background(), summarize.Request{Text: "نص قصير."})
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, "MaxSentences", ce.Field, "the Summarizer's own, when the request sets none")
}
