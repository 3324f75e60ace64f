// Command fit fits the weights of the Auto method (summarize.Model) on
// corpora of one's own, with cross-validation, and prints them.
//
//	go run ./examples/fit -a NEWS.jsonl -b PARAGRAPHS.jsonl
//
// -a names a corpus scored as Task A (one lead sentence), -b one scored as
// Task B (a paragraph under the reference length). Each document is split
// into candidates with their features; the fit is a conditional logit
// model (package summarize/evaluate). The program prints, for each of the
// -folds folds, the held-out scores of the default model and of the model
// fitted on the other folds; then the model fitted on everything, as JSON
// (for Summarizer.Model) and as a Go literal (for summarize.DefaultModel).
// -drop fits without the named features (their weights stay 0), so that
// the held-out rows tell what a feature earns.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/evaluate"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("fit", flag.ContinueOnError)
	fs.SetOutput(stderr)
	a := fs.String("a", "", "corpus scored as Task A (one sentence)")
	b := fs.String("b", "", "corpus scored as Task B (a paragraph)")
	folds := fs.Int("folds", 5, "cross-validation folds")
	l2 := fs.Float64("l2", 0.01, "ridge penalty")
	temp := fs.Float64("temp", 0.05, "target temperature")
	weightB := fs.Float64("weight-b", 100, "weight of one Task B document against one Task A document (0: balance the corpora by size)")
	drop := fs.String("drop", "", "features to fit without, comma-separated names (first, position, long, …): their weights stay 0, so the held-out rows say what they earn")
	direct := fs.Bool("direct", false, "also fit each fold by coordinate ascent on the Task A R1 itself (evaluate.Ascend, from DefaultModel): how far the features can go")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		// The corpora are flags' values: an argument here would be passed over.
		fmt.Fprintf(stderr, "fit: unexpected argument %q: name each corpus with -a or -b\n", fs.Arg(0))
		return 2
	}
	if *a == "" && *b == "" || *folds < 2 {
		fmt.Fprintln(stderr, "fit: give -a and/or -b corpora, and -folds of 2 or more")
		return 2
	}
	dropped, err := features(*drop)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	ctx := context.Background()
	load := func(path string, task evaluate.Task) ([]evaluate.Example, error) {
		if path == "" {
			return nil, nil
		}
		docs, bad, err := evaluate.ReadCorpusFile(path)
		for _, e := range bad {
			fmt.Fprintln(stderr, e)
		}
		if err != nil {
			return nil, err
		}
		return evaluate.Examples(ctx, docs, summarize.Summarizer{}, task)
	}
	exA, err := load(*a, evaluate.TaskA)
	if err != nil {
		fmt.Fprintln(stderr, "fit:", err)
		return 1
	}
	exB, err := load(*b, evaluate.TaskB)
	if err != nil {
		fmt.Fprintln(stderr, "fit:", err)
		return 1
	}
	wb := *weightB
	if wb == 0 && len(exB) > 0 {
		wb = max(1, float64(len(exA))/float64(len(exB)))
	}
	for i := range exB {
		exB[i].Weight = wb
	}
	o := evaluate.FitOptions{L2: *l2, Temperature: *temp, Drop: dropped}

	fmt.Fprintln(stdout, "| fold | model | A R1 | A R2 | A RL | B R1 | B R2 | B RL |\n|---|---|---:|---:|---:|---:|---:|---:|")
	foldsA, foldsB := evaluate.Folds(exA, *folds), evaluate.Folds(exB, *folds)
	for k := range *folds {
		var train, trainA []evaluate.Example
		for j := range *folds {
			if j != k {
				train = append(train, foldsA[j]...)
				train = append(train, foldsB[j]...)
				trainA = append(trainA, foldsA[j]...)
			}
		}
		m, err := evaluate.Fit(train, o)
		if err != nil {
			fmt.Fprintln(stderr, "fit:", err)
			return 1
		}
		type named struct {
			name  string
			model summarize.Model
		}
		models := []named{{"default", summarize.DefaultModel}, {"fitted", m}}
		if *direct && len(trainA) > 0 {
			models = append(models, named{"direct", evaluate.Ascend(trainA, summarize.DefaultModel)})
		}
		for _, c := range models {
			line, err := heldOut(ctx, foldsA[k], foldsB[k], c.model)
			if err != nil {
				fmt.Fprintln(stderr, "fit:", err)
				return 1
			}
			fmt.Fprintf(stdout, "| %d | %s | %s |\n", k, c.name, line)
		}
	}
	all := append(append([]evaluate.Example(nil), exA...), exB...)
	m, err := evaluate.Fit(all, o)
	if err != nil {
		fmt.Fprintln(stderr, "fit:", err)
		return 1
	}
	js, _ := json.Marshal(m)
	fmt.Fprintf(stdout, "\nmodel fitted on all %d documents:\n%s\n\n", len(all), js)
	fmt.Fprintln(stdout, "var DefaultModel = Model{Weights: Features{")
	for k, w := range m.Weights {
		fmt.Fprintf(stdout, "\t%s: %.4f,\n", featConst(k), w)
	}
	fmt.Fprintln(stdout, "}}")
	return 0
}

// heldOut scores a model on held-out examples: Task A by the candidate it
// ranks first, Task B by running the Summarizer under each budget.
func heldOut(ctx context.Context, a, b []evaluate.Example, m summarize.Model) (string, error) {
	cell := func(r1, r2, rl float64, ok bool) string {
		if !ok {
			return " | | "
		}
		return fmt.Sprintf("%.2f | %.2f | %.2f", r1, r2, rl)
	}
	r1, r2, rl := evaluate.PickScores(a, m)
	out := cell(r1, r2, rl, len(a) > 0)
	var rows []evaluate.Row
	if len(b) > 0 {
		docs := make([]evaluate.Document, len(b))
		for i, e := range b {
			docs[i] = e.Doc
		}
		mm := m
		var err error
		rows, err = evaluate.Run(ctx, docs, []evaluate.System{evaluate.SummarizerSystem("m", summarize.Summarizer{Model: &mm})}, evaluate.Options{Task: evaluate.TaskB})
		if err != nil {
			return "", err
		}
		return out + " | " + cell(rows[0].R1, rows[0].R2, rows[0].RL, true), nil
	}
	return out + " | " + cell(0, 0, 0, false), nil
}

// features reads comma-separated feature names into Feat constants.
func features(names string) ([]int, error) {
	var out []int
	for _, n := range strings.Split(names, ",") {
		if n = strings.TrimSpace(n); n == "" {
			continue
		}
		k := slices.Index(summarize.FeatureNames[:], n)
		if k < 0 {
			return nil, fmt.Errorf("fit: -drop: no feature %q; the features are %s", n, strings.Join(summarize.FeatureNames[:], ", "))
		}
		out = append(out, k)
	}
	return out, nil
}

func featConst(k int) string {
	name := summarize.FeatureNames[k]
	return "Feat" + string(name[0]-'a'+'A') + name[1:]
}
