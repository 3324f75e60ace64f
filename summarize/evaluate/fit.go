package evaluate

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"

	"golang.org/x/sync/errgroup"
	"gonum.org/v1/gonum/optimize"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/rouge"
)

// Example is one document made ready for fitting: its candidate sentences
// and how good each one is against the references.
type Example struct {
	Doc        Document
	Candidates []summarize.Candidate
	// Alone is each candidate's ROUGE as a one-sentence summary (Task A).
	Alone []rouge.Scores
	// Gain is the fitting target of each candidate: the mean F1 of R1, R2
	// and RL for Task A; for Task B, where a sentence is one part of a
	// longer summary, the mean precision of R1 and R2 (how much of the
	// sentence the references hold).
	Gain []float64
	// Weight counts the document in the fit.
	Weight float64
}

// Examples computes the examples of docs under task, in parallel and in
// document order. Documents without a candidate are left out.
func Examples(ctx context.Context, docs []Document, s summarize.Summarizer, task Task) ([]Example, error) {
	out := make([]Example, len(docs))
	errs := make([]error, len(docs))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i := range docs {
		g.Go(func() error {
			out[i], errs[i] = example(ctx, docs[i], s, task)
			return nil
		})
	}
	_ = g.Wait() // the jobs return no error; errs holds theirs
	kept := out[:0]
	for i, e := range out {
		switch {
		case errors.Is(errs[i], summarize.ErrNoSentences):
		case errs[i] != nil:
			return nil, fmt.Errorf("evaluate: document %s: %w", docs[i].ID, errs[i])
		default:
			kept = append(kept, e)
		}
	}
	return kept, nil
}

func example(ctx context.Context, d Document, s summarize.Summarizer, task Task) (Example, error) {
	if s.Title == "" {
		s.Title = d.Title
	}
	cands, err := s.Candidates(ctx, d.Text)
	if err != nil {
		return Example{}, err
	}
	e := Example{Doc: d, Candidates: cands, Alone: make([]rouge.Scores, len(cands)), Gain: make([]float64, len(cands)), Weight: 1}
	for i, c := range cands {
		sc := rouge.Scorer{}.Score(c.Text, d.Summaries...)
		e.Alone[i] = sc
		if task == TaskB {
			e.Gain[i] = (sc.R1.Precision + sc.R2.Precision) / 2
		} else {
			e.Gain[i] = (sc.R1.F1 + sc.R2.F1 + sc.RL.F1) / 3
		}
	}
	return e, nil
}

// FitOptions steer Fit.
type FitOptions struct {
	// L2 is the ridge penalty on the weights. 0 means 0.01.
	L2 float64
	// Temperature softens the target: each document's target distribution
	// is softmax(Gain / Temperature). 0 means 0.05.
	Temperature float64
	// Drop lists features (Feat constants) whose weights stay 0, to
	// measure what a feature earns by fitting without it.
	Drop []int
}

// Fit fits the weights of a conditional logit model: within each document
// the probability of a candidate is the softmax of the model's scores, and
// the fit minimizes the cross-entropy to the softened gains, plus a ridge
// penalty, with L-BFGS. Scores only compare within a document, so there
// is no intercept.
func Fit(examples []Example, o FitOptions) (summarize.Model, error) {
	if len(examples) == 0 {
		return summarize.Model{}, errors.New("evaluate: nothing to fit")
	}
	l2, temp := o.L2, o.Temperature
	if l2 == 0 {
		l2 = 0.01
	}
	if temp == 0 {
		temp = 0.05
	}
	var dropped [summarize.NumFeatures]bool
	for _, k := range o.Drop {
		if k < 0 || k >= summarize.NumFeatures {
			return summarize.Model{}, fmt.Errorf("evaluate: cannot drop feature: there is no feature %d (0 to %d)", k, summarize.NumFeatures-1)
		}
		dropped[k] = true
	}
	targets := make([][]float64, len(examples))
	var total float64
	for i, e := range examples {
		targets[i] = softmax(e.Gain, 1/temp)
		total += e.Weight
	}
	objective := func(grad, x []float64) float64 {
		var loss float64
		if grad != nil {
			clear(grad)
		}
		var m summarize.Model
		copy(m.Weights[:], x)
		scores := make([]float64, 0, 64)
		for i, e := range examples {
			scores = scores[:0]
			for k := range e.Candidates {
				scores = append(scores, m.Score(&e.Candidates[k].Features))
			}
			p := softmax(scores, 1)
			w := e.Weight / total
			for k, q := range targets[i] {
				if q > 0 {
					loss -= w * q * math.Log(math.Max(p[k], 1e-300))
				}
				// d/dx of the cross-entropy: Σ_k (p_k − q_k)·f_k; grad is nil
				// when only the value is wanted.
				for j := range grad {
					grad[j] += w * (p[k] - q) * e.Candidates[k].Features[j]
				}
			}
		}
		for j, v := range x {
			loss += l2 * v * v
			if grad != nil {
				grad[j] += 2 * l2 * v
				if dropped[j] {
					grad[j] = 0 // from 0, the weight never moves
				}
			}
		}
		return loss
	}
	p := optimize.Problem{
		Func: func(x []float64) float64 { return objective(nil, x) },
		Grad: func(grad, x []float64) { objective(grad, x) },
	}
	res, err := optimize.Minimize(p, make([]float64, summarize.NumFeatures), &optimize.Settings{GradientThreshold: 1e-7}, &optimize.LBFGS{})
	if err != nil && res == nil {
		return summarize.Model{}, fmt.Errorf("evaluate: fitting: %w", err)
	}
	var m summarize.Model
	copy(m.Weights[:], res.X)
	return m, nil
}

func softmax(x []float64, scale float64) []float64 {
	out := make([]float64, len(x))
	hi := math.Inf(-1)
	for _, v := range x {
		hi = math.Max(hi, v*scale)
	}
	var sum float64
	for i, v := range x {
		out[i] = math.Exp(v*scale - hi)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

// PickScores returns the mean Task A scores (F1 x100) of choosing, in each
// example, the candidate the model scores highest (ties to the earlier);
// 0 for no examples, and an example without candidates counts 0.
func PickScores(examples []Example, m summarize.Model) (r1, r2, rl float64) {
	if len(examples) == 0 {
		return 0, 0, 0
	}
	for _, e := range examples {
		if len(e.Candidates) == 0 || len(e.Alone) == 0 {
			continue // a summary of nothing scores 0
		}
		best, bestScore := 0, math.Inf(-1)
		for k := range e.Candidates {
			if s := m.Score(&e.Candidates[k].Features); s > bestScore {
				best, bestScore = k, s
			}
		}
		r1 += e.Alone[best].R1.F1
		r2 += e.Alone[best].R2.F1
		rl += e.Alone[best].RL.F1
	}
	n := float64(len(examples)) / 100
	return r1 / n, r2 / n, rl / n
}

// Folds splits examples into k folds by position (document i goes to fold
// i mod k), so that the split is the same on every run; none for k < 1.
func Folds(examples []Example, k int) [][]Example {
	if k < 1 {
		return nil
	}
	folds := make([][]Example, k)
	for i, e := range examples {
		folds[i%k] = append(folds[i%k], e)
	}
	return folds
}

// Ascend fits a model to Task A examples by coordinate ascent on the
// measure itself, the mean R1 of the candidate each model ranks first,
// from start: each weight in turn moves by a step, up or down, while that
// raises the R1; then the step shrinks (1, 0.5, 0.25, 0.1). Fit optimizes a
// smooth likelihood instead; Ascend shows how far the features can go on
// the measure, which is what tells a weak fit from weak features. Weights
// are visited in index order, so the result is the same on every run.
func Ascend(examples []Example, start summarize.Model) summarize.Model {
	m := start
	best, _, _ := PickScores(examples, m)
	for _, step := range []float64{1, 0.5, 0.25, 0.1} {
		for improved, round := true, 0; improved && round < 4; round++ {
			improved = false
			for k := range summarize.NumFeatures {
				for _, d := range []float64{step, -step} {
					try := m
					try.Weights[k] += d
					if r1, _, _ := PickScores(examples, try); r1 > best+1e-9 {
						best, m, improved = r1, try, true
					}
				}
			}
		}
	}
	return m
}
