package evaluate

import (
	"fmt"
	"io"
	"math"
	"strings"

	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/gonum/stat/distuv"
)

// Difference is how a system scores against a base system on the same
// documents, document by document: a gain that holds on documents not yet
// seen is one whose interval stays above zero.
type Difference struct {
	System, Base string
	// R1, R2, RL are the mean differences system − base of F1 x100: the
	// difference of the two rows' means.
	R1, R2, RL float64
	// Low and High bound the 95% paired t-interval of the R1 difference;
	// NaN for fewer than two documents.
	Low, High float64
	// Better and Worse count the documents where the system's R1 is above
	// or below the base's.
	Better, Worse int
}

// Compare pairs the results of other with those of base, document by
// document. Both rows must come from one Run (or from Runs over the same
// documents), so that the i-th results are the same document.
func Compare(base, other Row) (Difference, error) {
	d := Difference{System: other.System, Base: base.System, Low: math.NaN(), High: math.NaN()}
	if err := paired(base, other); err != nil {
		return d, err
	}
	n := len(base.Results)
	if n == 0 {
		return d, nil
	}
	diffs := make([]float64, n)
	for i, b := range base.Results {
		o := other.Results[i]
		diffs[i] = 100 * (o.Scores.R1.F1 - b.Scores.R1.F1)
		d.R2 += 100 * (o.Scores.R2.F1 - b.Scores.R2.F1)
		d.RL += 100 * (o.Scores.RL.F1 - b.Scores.RL.F1)
		switch {
		case diffs[i] > 0:
			d.Better++
		case diffs[i] < 0:
			d.Worse++
		}
	}
	d.R2 /= float64(n)
	d.RL /= float64(n)
	var sd float64
	d.R1, sd = stat.MeanStdDev(diffs, nil)
	if n < 2 {
		return d, nil
	}
	// Student's t, not the normal 1.96: EASC has 77 documents, and a test
	// corpus may have far fewer.
	half := distuv.StudentsT{Mu: 0, Sigma: 1, Nu: float64(n - 1)}.Quantile(0.975) * stat.StdErr(sd, float64(n))
	d.Low, d.High = d.R1-half, d.R1+half
	return d, nil
}

// paired reports why the results of other cannot be paired with those of
// base, document by document, if they cannot.
func paired(base, other Row) error {
	if len(base.Results) != len(other.Results) {
		return fmt.Errorf("evaluate: cannot pair %s with %s: %d documents against %d", base.System, other.System, len(base.Results), len(other.Results))
	}
	for i, b := range base.Results {
		if o := other.Results[i]; b.ID != o.ID {
			return fmt.Errorf("evaluate: cannot pair %s with %s: document %d is %q in %s and %q in %s", base.System, other.System, i+1, b.ID, base.System, o.ID, other.System)
		}
	}
	return nil
}

// BestOf returns, under name, the row of a switch that takes in each
// document the summary, among those of rows, that scores the best R1
// against its references (the first row's on a tie): a switch between
// these systems that never chose wrong. No switch among them, learned or
// written, scores more, so where BestOf falls short of a target, choosing
// document by document among these systems cannot reach it. (The
// references choose here, so its figure is a bound, not a system's
// score.) The rows must come from one Run, as for Compare; they are left
// as they are. Its DocsPerSecond is 0: nothing ran.
func BestOf(name string, rows ...Row) (Row, error) {
	if len(rows) < 2 {
		return Row{}, fmt.Errorf("evaluate: the best of %d systems: name two systems or more", len(rows))
	}
	for _, r := range rows[1:] {
		if err := paired(rows[0], r); err != nil {
			return Row{}, err
		}
	}
	results := make([]Result, len(rows[0].Results))
	for i := range results {
		best := rows[0].Results[i]
		for _, r := range rows[1:] {
			if r.Results[i].Scores.R1.F1 > best.Scores.R1.F1 {
				best = r.Results[i]
			}
		}
		best.System = name
		results[i] = best
	}
	return summarizeRow(name, results, 0), nil
}

// WriteComparison writes differences as a Markdown table.
func WriteComparison(w io.Writer, title string, ds []Difference) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n| system | ΔR1 | 95%% interval of ΔR1 | ΔR2 | ΔRL | R1 better | R1 worse |\n|---|---:|---:|---:|---:|---:|---:|\n", title)
	for _, d := range ds {
		interval := "–"
		if !math.IsNaN(d.Low) {
			interval = signed(d.Low) + " to " + signed(d.High)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %d | %d |\n", d.System, signed(d.R1), interval, signed(d.R2), signed(d.RL), d.Better, d.Worse)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// signed formats x with its sign, a true minus for negatives, and 0.00
// for what rounds to zero, so that columns read at a glance.
func signed(x float64) string {
	s := fmt.Sprintf("%+.2f", x)
	switch s {
	case "+0.00", "-0.00":
		return "0.00"
	}
	return strings.Replace(s, "-", "−", 1)
}
