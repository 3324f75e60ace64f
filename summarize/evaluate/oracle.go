package evaluate

import (
	"context"
	"iter"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/rouge"
)

// Oracles read the references, so they are not summarizers: they show how
// far a system that extracts our sentences could go, which is what a target
// above Lead has to be weighed against.

// OracleSystem is the extractive upper bound over the sentences the
// default Summarizer chooses from (Candidates: no heading, no repeat). For
// Task A it takes the one sentence with the best ROUGE-1 F1 against the
// references; for Task B it adds, one at a time, the sentence that raises
// the ROUGE-1 F1 of the summary cut to the budget the most, while one does
// and the budget is not full (the greedy oracle). Sentences come out in
// document order; ties go to the earlier sentence. With no sentence that
// shares a word with the references it gives the first.
func OracleSystem(name string) System {
	return System{Name: name, Summarize: func(ctx context.Context, d Document, budget int) (string, error) {
		cands, err := (&summarize.Summarizer{Title: d.Title}).Candidates(ctx, d.Text)
		if err != nil {
			return "", err
		}
		// Each sentence is tokenized once: the ids of sentences joined by a
		// space are their ids one after the other.
		u := rouge.Scorer{MaxTokens: budget}.Unigrams(d.Summaries...)
		ids := make([][]int32, len(cands))
		for i, c := range cands {
			ids[i] = u.IDs(c.Text)
		}
		var chosen []int
		var trial []int32
		best, words := 0.0, 0
		for len(chosen) < len(cands) && (len(chosen) == 0 || budget > 0 && words < budget) {
			add := -1
			for i := range cands {
				at, taken := slices.BinarySearch(chosen, i)
				if taken {
					continue
				}
				// the summary with sentence i in its place, in document order
				trial = trial[:0]
				for _, j := range chosen[:at] {
					trial = append(trial, ids[j]...)
				}
				trial = append(trial, ids[i]...)
				for _, j := range chosen[at:] {
					trial = append(trial, ids[j]...)
				}
				if r1 := u.F1(trial); r1 > best {
					add, best = i, r1
				}
			}
			if add < 0 {
				break
			}
			at, _ := slices.BinarySearch(chosen, add)
			chosen = slices.Insert(chosen, at, add)
			words += len(ids[add])
		}
		if len(chosen) == 0 {
			chosen = []int{0}
		}
		parts := make([]string, len(chosen))
		for k, i := range chosen {
			parts[k] = cands[i].Text
		}
		return strings.Join(parts, " "), nil
	}}
}

// LeadCutOracleSystem is the upper bound of compressing the lead: the
// Lead summary (Lead-1 for Task A, lead-budget for Task B) cut where the
// ROUGE-1 F1 of what is left (cut to the budget) is best, at a comma or
// semicolon (Arabic or Latin) or before a word that opens with «و». Ties
// keep the longer text, so the whole lead wins when no cut beats it.
func LeadCutOracleSystem(name string) System {
	lead := LeadSystem(name, 0)
	return System{Name: name, Summarize: func(ctx context.Context, d Document, budget int) (string, error) {
		text, err := lead.Summarize(ctx, d, budget)
		if err != nil {
			return "", err
		}
		u := rouge.Scorer{MaxTokens: budget}.Unigrams(d.Summaries...)
		best, bestR1 := text, u.F1(u.IDs(text))
		for end := range cuts(text) {
			if r1 := u.F1(u.IDs(text[:end])); r1 > bestR1 {
				best, bestR1 = text[:end], r1
			}
		}
		return best, nil
	}}
}

// cuts yields the places where a clause of text could be cut off, from the
// last to the first, as the byte length of what is kept: before a comma or
// semicolon (Arabic or Latin), and before the space of a word that opens
// with «و». Nothing is yielded that would keep nothing.
func cuts(text string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for end := len(text); end > 0; {
			r, size := utf8.DecodeLastRuneInString(text[:end])
			end -= size
			cut := false
			switch r {
			case '،', '؛', ',', ';':
				cut = true
			case 'و':
				if end > 0 && text[end-1] == ' ' {
					end--
					cut = true
				}
			}
			if cut && end > 0 && !yield(end) {
				return
			}
		}
	}
}
