package evaluate

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/talkhis/talkhis/rank"
	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/rouge"
	"github.com/talkhis/talkhis/tokenize"
)

// A target above Lead is only worth chasing where there is room for it.
// The reports here read the references, as the oracles do, and say where
// the room is and what a summarizer would have to know to take it: for
// one sentence (Task A), whether leaving or cutting the opening sentence
// pays; for a paragraph (Task B) with extractive references, how far the
// model's ranking is from the annotators' own choices.

// Thresholds of LeadRoom, in R1 F1 x100.
const (
	// UnrelatedR1: a first sentence scoring under it shares almost
	// nothing with the reference (a feature-style opening).
	UnrelatedR1 = 20
	// CopiedR1: a later sentence scoring this or more is a near copy of
	// the reference.
	CopiedR1 = 90
)

// LeadRoom is what one sentence (Task A) could gain over the document's
// first, from the sentences the default chooses from
// (Summarizer.Candidates). Scores are R1 F1 x100 against the references;
// gains are in points over all documents unless said otherwise.
type LeadRoom struct {
	Docs int
	// Lead and Best are the mean R1 of the first sentence and of the best
	// one (the oracle of Task A).
	Lead, Best float64
	// FirstBest counts the documents whose first sentence is the best
	// (ties go to the first).
	FirstBest int
	// Unrelated counts the documents whose first sentence scores under
	// UnrelatedR1; UnrelatedGain is their part of Best − Lead.
	Unrelated     int
	UnrelatedGain float64
	// Copied counts the documents whose best sentence is a later one of
	// CopiedR1 or more; CopiedGain is their part of Best − Lead.
	Copied     int
	CopiedGain float64
	// Better counts the documents where the model's best sentence after
	// the first scores above the first, by Gain on average there; in the
	// Worse others it scores the same or lower, by Loss on average.
	Better, Worse int
	Gain, Loss    float64
	// Cuts are the places where the first sentence could be cut short, as
	// LeadCutOracleSystem cuts it, grouped by the normalized word that
	// opens the part cut off; most cut places first.
	Cuts []CutWord
	// Examples are the documents where the first sentence falls furthest
	// under the best one, up to ExamplesPerKind of each kind, in the order
	// of LeadKinds, the furthest first (ties by id): what the figures
	// above are made of, to be read in the corpus by their ids.
	Examples []LeadExample
}

// The kinds of document where a later sentence beats the first, in the
// order LeadRoom.Examples lists them.
const (
	// KindCopied: the best sentence is a later one of CopiedR1 or more.
	KindCopied = "a later sentence copied"
	// KindUnrelated: the first sentence scores under UnrelatedR1, and no
	// later one is a copy.
	KindUnrelated = "the first sentence unrelated"
	// KindCloser: any other where a later sentence scores higher.
	KindCloser = "a later sentence closer"
)

// LeadKinds are the kinds of LeadExample, in their order.
var LeadKinds = []string{KindCopied, KindUnrelated, KindCloser}

// ExamplesPerKind is how many documents of each kind LeadRoom.Examples
// holds.
const ExamplesPerKind = 3

// LeadExample is a document where a later sentence scores above the
// first: its id, how many sentences it has to choose from, the first
// sentence's length in tokens and R1, and the best sentence's and the
// model's next choice's places (0 is the first) and R1.
type LeadExample struct {
	ID, Kind             string
	Sentences, LeadWords int
	Lead                 float64
	Best, Next           int
	BestR1, NextR1       float64
}

// Gain is what the best sentence scores above the first.
func (e LeadExample) Gain() float64 { return e.BestR1 - e.Lead }

// CutWord is what cutting the first sentence off before one word does.
type CutWord struct {
	Word string
	// Cuts counts the places, Docs the documents they are in.
	Cuts, Docs int
	// Gain is the mean change of R1 where the sentence is cut there.
	Gain float64
}

// Switched is the mean R1 of a rule that takes the model's next choice
// instead of the first sentence exactly where it scores higher.
func (r LeadRoom) Switched() float64 {
	if r.Docs == 0 {
		return 0
	}
	return r.Lead + float64(r.Better)*r.Gain/float64(r.Docs)
}

// BreakEven is the share of its switches a rule must get right (switch
// where the next choice scores higher) to gain anything at all.
func (r LeadRoom) BreakEven() float64 {
	if r.Gain+r.Loss == 0 {
		return 0
	}
	return r.Loss / (r.Gain + r.Loss)
}

// Recall is the share of the Better documents that a rule, right in the
// share precision of its switches, must switch in to reach the mean R1
// target; above 1 it cannot reach it at that precision.
func (r LeadRoom) Recall(target, precision float64) float64 {
	need := (target - r.Lead) * float64(r.Docs)
	if need <= 0 {
		return 0
	}
	// each right switch gains Gain and brings (1−p)/p wrong ones
	per := r.Gain - (1-precision)/precision*r.Loss
	if per <= 0 || r.Better == 0 {
		return math.Inf(1)
	}
	return need / (per * float64(r.Better))
}

// AnalyzeLead measures the LeadRoom of docs, ranking by m (nil:
// summarize.DefaultModel). Documents without a sentence are left out.
func AnalyzeLead(ctx context.Context, docs []Document, m *summarize.Model) (LeadRoom, error) {
	if m == nil {
		m = &summarize.DefaultModel
	}
	var r LeadRoom
	var best, unrelated, copied, gain, loss float64
	words := map[string]*CutWord{}
	examples := map[string][]LeadExample{}
	err := eachCandidates(ctx, docs, func(d Document, cands []summarize.Candidate) {
		u := rouge.Scorer{}.Unigrams(d.Summaries...)
		r1 := make([]float64, len(cands))
		top, next, nextScore := 0, -1, 0.0
		for i, c := range cands {
			r1[i] = 100 * u.F1(u.IDs(c.Text))
			if r1[i] > r1[top] {
				top = i
			}
			if s := m.Score(&c.Features); i > 0 && (next < 0 || s > nextScore) {
				next, nextScore = i, s
			}
		}
		r.Docs++
		r.Lead += r1[0]
		best += r1[top]
		if top == 0 {
			r.FirstBest++
		}
		if r1[0] < UnrelatedR1 {
			r.Unrelated++
			unrelated += r1[top] - r1[0]
		}
		if top > 0 && r1[top] >= CopiedR1 {
			r.Copied++
			copied += r1[top] - r1[0]
		}
		if next > 0 {
			if g := r1[next] - r1[0]; g > 0 {
				r.Better++
				gain += g
			} else {
				r.Worse++
				loss -= g
			}
		}
		if top > 0 {
			kind := KindCloser
			switch {
			case r1[top] >= CopiedR1:
				kind = KindCopied
			case r1[0] < UnrelatedR1:
				kind = KindUnrelated
			}
			// A later sentence is best, so there is one: next is set.
			examples[kind] = furthest(examples[kind], LeadExample{ID: d.ID, Kind: kind, Sentences: len(cands),
				LeadWords: len(u.IDs(cands[0].Text)), Lead: r1[0], Best: top, BestR1: r1[top], Next: next, NextR1: r1[next]})
		}
		cutWords(words, cands[0].Text, r1[0], u)
	})
	if err != nil || r.Docs == 0 {
		return r, err
	}
	n := float64(r.Docs)
	r.Lead /= n
	r.Best = best / n
	r.UnrelatedGain = unrelated / n
	r.CopiedGain = copied / n
	if r.Better > 0 {
		r.Gain = gain / float64(r.Better)
	}
	if r.Worse > 0 {
		r.Loss = loss / float64(r.Worse)
	}
	for _, w := range words {
		w.Gain /= float64(w.Cuts)
		r.Cuts = append(r.Cuts, *w)
	}
	slices.SortFunc(r.Cuts, func(a, b CutWord) int {
		return cmp.Or(b.Cuts-a.Cuts, strings.Compare(a.Word, b.Word))
	})
	for _, kind := range LeadKinds {
		r.Examples = append(r.Examples, examples[kind]...)
	}
	return r, nil
}

// furthest adds e to list, the ExamplesPerKind furthest under their best
// sentence, furthest first, ties by id.
func furthest(list []LeadExample, e LeadExample) []LeadExample {
	k, _ := slices.BinarySearchFunc(list, e, func(a, b LeadExample) int {
		return cmp.Or(cmp.Compare(b.Gain(), a.Gain()), strings.Compare(a.ID, b.ID))
	})
	if k >= ExamplesPerKind {
		return list
	}
	list = slices.Insert(list, k, e)
	return list[:min(len(list), ExamplesPerKind)]
}

// cutWords adds the cuts of one first sentence to words. A cut before
// «و» right after a comma keeps the same tokens as the cut before the
// comma, so a place is counted once.
func cutWords(words map[string]*CutWord, text string, whole float64, u *rouge.Unigrams) {
	seen := map[string]bool{}
	last := -1
	for end := range cuts(text) {
		kept := u.IDs(text[:end])
		if len(kept) == last {
			continue
		}
		last = len(kept)
		word := openingWord(text[end:])
		if word == "" {
			continue
		}
		w := words[word]
		if w == nil {
			w = &CutWord{Word: word}
			words[word] = w
		}
		w.Cuts++
		if !seen[word] {
			seen[word] = true
			w.Docs++
		}
		w.Gain += 100*u.F1(kept) - whole
	}
}

// openingWord is the first word of a part cut off (tokenize.Words),
// normalized.
func openingWord(s string) string {
	for w := range tokenize.Words(s) {
		return tokenize.Normalize(w.In(s))
	}
	return ""
}

// VoteRoom is how far ranking goes in a paragraph (Task B) when the
// references are extractive: the sentences the default chooses from
// (Summarizer.Candidates), ranked four ways and each time taken in rank
// order until the budget is reached, put in document order and cut to the
// budget. Scores are mean R1 F1 x100.
type VoteRoom struct {
	Docs int
	// Lead ranks by position; Votes by the share of the references that
	// hold a sentence (ties by position): the annotators' own choice, the
	// bound of any ranking; Model by the model's score; Alternate takes
	// every other sentence first (the 1st, 3rd, 5th…), then the rest.
	Lead, Votes, Model, Alternate float64
	// Human is the mean R1 of each reference, cut to the budget, against
	// the other references, over the Humans documents with two or more:
	// how far the annotators agree with one another. A summarizer's R1
	// against all the references is the mean of its R1 against each such
	// set of others, so the two compare.
	Human  float64
	Humans int
	// Held counts the references that hold at least one sentence (whole,
	// or the start of a long one they cut; see AnalyzeVotes), out of Refs:
	// how extractive the references are.
	Held, Refs int
	// OddFavoured counts the documents where the 3rd, 5th, 7th…
	// sentences are held by references more often than the 2nd, 4th,
	// 6th…; Alternating the references of three sentences or more that
	// hold exactly every other sentence, out of Long.
	OddFavoured, Alternating, Long int
	// Glued counts the references' tokens that join the last word of a
	// line of the text to the first of the next (see Unglue), out of
	// Tokens: words that match none of the text's, as the references were
	// typed.
	Glued, Tokens int
	// Cut counts the references' sentences that end in a token that is no
	// word of the text, out of Sentences: in extractive references,
	// sentences cut in the middle of a word. CutLength is the longest of
	// them in characters (without the final mark and spaces), and
	// AtCutLength how many are within two characters of it: many there
	// say a bound of the tool the references were made with, past which a
	// sentence's words never score.
	Cut, Sentences, CutLength, AtCutLength int
}

// AnalyzeVotes measures the VoteRoom of docs, ranking by m (nil:
// summarize.DefaultModel). A reference holds a sentence when the
// sentence's letters and digits, normalized, appear in a row in the
// reference's: references typed by hand lose the line breaks between
// words, and half of EASC's lost their hamzas. It holds a sentence of more
// than heldPrefix letters when it holds the first heldPrefix: EASC's cut
// long sentences at some 255 characters. Documents without a sentence are
// left out.
func AnalyzeVotes(ctx context.Context, docs []Document, m *summarize.Model) (VoteRoom, error) {
	if m == nil {
		m = &summarize.DefaultModel
	}
	var r VoteRoom
	lengths := map[int]int{}
	err := eachCandidates(ctx, docs, func(d Document, cands []summarize.Candidate) {
		r.Docs++
		glued, tokens, cut, sentences := referenceFlaws(d, lengths)
		r.Glued += glued
		r.Tokens += tokens
		r.Cut += cut
		r.Sentences += sentences
		n := len(cands)
		keys, lens := make([]string, n), make([]int, n)
		for i, c := range cands {
			k, words := letters(c.Text)
			keys[i], lens[i] = heldPart(k), words
		}
		votes := make([]float64, n)
		var odd, even, oddN, evenN int
		for _, ref := range d.Summaries {
			rk, _ := letters(ref)
			var held []int
			for i, k := range keys {
				if k != "" && strings.Contains(rk, k) {
					held = append(held, i)
					votes[i]++
					switch {
					case i > 0 && i%2 == 0:
						odd++
					case i%2 == 1:
						even++
					}
				}
			}
			r.Refs++
			if len(held) > 0 {
				r.Held++
			}
			if len(held) >= 3 {
				r.Long++
				every := true
				for j := 1; j < len(held); j++ {
					every = every && held[j]-held[j-1] == 2
				}
				if every {
					r.Alternating++
				}
			}
			oddN += (n - 1) / 2
			evenN += n / 2
		}
		if oddN > 0 && evenN > 0 && float64(odd)/float64(oddN) > float64(even)/float64(evenN) {
			r.OddFavoured++
		}
		texts, model, alternate := make([]string, n), make([]float64, n), make([]float64, n)
		for i, c := range cands {
			texts[i] = c.Text
			model[i] = m.Score(&c.Features)
			alternate[i] = float64(1 - i%2)
		}
		budget := Budget(d)
		if len(d.Summaries) >= 2 {
			s, _ := rouge.Scorer{MaxTokens: budget}.HeldOut(d.Summaries...)
			r.Human += 100 * s.R1.F1
			r.Humans++
		}
		u := rouge.Scorer{MaxTokens: budget}.Unigrams(d.Summaries...)
		score := func(key []float64) float64 { return filled(texts, lens, budget, key, u) }
		r.Lead += score(make([]float64, n))
		r.Votes += score(votes)
		r.Model += score(model)
		r.Alternate += score(alternate)
	})
	if err != nil {
		return r, err
	}
	if r.Docs > 0 {
		n := float64(r.Docs)
		r.Lead /= n
		r.Votes /= n
		r.Model /= n
		r.Alternate /= n
	}
	if r.Humans > 0 {
		r.Human /= float64(r.Humans)
	}
	for n := range lengths {
		r.CutLength = max(r.CutLength, n)
	}
	for n, k := range lengths {
		if n >= r.CutLength-2 {
			r.AtCutLength += k
		}
	}
	return r, nil
}

// heldPrefix is how many letters of a long sentence a reference must hold
// in a row, from its start, to hold the sentence. EASC's references cut
// long sentences at 255 characters or so, some 200 letters: counted whole
// only, 19 of their 385 held none (3 this way); and 150 letters in a row,
// some 30 words, are hardly another sentence's.
const heldPrefix = 150

// heldPart returns the letters of a sentence, s, that a reference must
// hold to hold it: the first heldPrefix, or all of a shorter sentence.
func heldPart(s string) string {
	n := 0
	for i := range s {
		if n == heldPrefix {
			return s[:i]
		}
		n++
	}
	return s
}

// eachCandidates calls f with each document and the sentences the default
// chooses from (Summarizer.Candidates), in order, until ctx is done.
// Documents without a sentence are left out: these analyses compare a
// document's sentences, and it has none. Any other refusal (a text over
// MaxBytes) is an error naming the document, since leaving it out would
// change the averages unseen.
func eachCandidates(ctx context.Context, docs []Document, f func(d Document, cands []summarize.Candidate)) error {
	if ctx == nil {
		ctx = context.Background() // as the summarize package takes it
	}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		cands, err := (&summarize.Summarizer{Title: d.Title}).Candidates(ctx, d.Text)
		switch {
		case errors.Is(err, summarize.ErrNoSentences):
		case err != nil:
			return fmt.Errorf("evaluate: document %s: %w", d.ID, err)
		case len(cands) > 0:
			f(d, cands)
		}
	}
	return ctx.Err()
}

// filled takes sentences by decreasing key (rank.Order, as the library
// orders its scores: ties by position) until budget tokens are reached
// (lens holds each one's tokens), and scores them in document order, cut
// to the budget.
func filled(texts []string, lens []int, budget int, key []float64, u *rouge.Unigrams) float64 {
	var chosen []int
	words := 0
	for _, i := range rank.Order(key) {
		if words >= budget {
			break
		}
		chosen = append(chosen, i)
		words += lens[i]
	}
	slices.Sort(chosen)
	parts := make([]string, len(chosen))
	for k, i := range chosen {
		parts[k] = texts[i]
	}
	return 100 * u.F1(u.IDs(strings.Join(parts, " ")))
}

// letters returns s's protocol tokens (rouge.Tokens) run together, for
// finding a sentence in a reference whatever the spaces, marks and
// hamzas, and how many tokens there are.
func letters(s string) (string, int) {
	toks := rouge.Tokens(s)
	return strings.Join(toks, ""), len(toks)
}

// WriteLeadRoom writes r as Markdown: the figures, what a switch away from
// the first sentence must achieve to reach target, and the words before
// which cutting the first sentence gains on average, of those with at
// least minCuts places.
func WriteLeadRoom(w io.Writer, title string, r LeadRoom, target float64, minCuts int) error {
	var b strings.Builder
	pct := func(k int) string { return fmt.Sprintf("%d (%.1f %%)", k, 100*float64(k)/float64(max(r.Docs, 1))) }
	fmt.Fprintf(&b, "%s\n\n| measure | value |\n|---|---:|\n", title)
	fmt.Fprintf(&b, "| first sentence, R1 | %.2f |\n", r.Lead)
	fmt.Fprintf(&b, "| best sentence (oracle), R1 | %.2f |\n", r.Best)
	fmt.Fprintf(&b, "| documents whose first sentence is the best | %s |\n", pct(r.FirstBest))
	fmt.Fprintf(&b, "| first sentence under %d R1: documents, their part of the oracle's gain | %s, %.2f |\n", UnrelatedR1, pct(r.Unrelated), r.UnrelatedGain)
	fmt.Fprintf(&b, "| best is a later sentence of %d R1 or more: documents, their part | %s, %.2f |\n", CopiedR1, pct(r.Copied), r.CopiedGain)
	fmt.Fprintf(&b, "| the model's next choice scores higher: documents, mean gain there | %s, %s |\n", pct(r.Better), signed(r.Gain))
	fmt.Fprintf(&b, "| it scores the same or lower: documents, mean loss there | %s, %s |\n", pct(r.Worse), signed(-r.Loss))
	fmt.Fprintf(&b, "| switching to it exactly where it scores higher, R1 | %.2f |\n", r.Switched())
	fmt.Fprintf(&b, "| share of its switches a rule must get right to gain at all | %.1f %% |\n", 100*r.BreakEven())
	fmt.Fprintf(&b, "| share of those %d documents to switch in to reach %.2f: right every time, 95 %% right, 90 %% right | %s, %s, %s |\n",
		r.Better, target, share(r.Recall(target, 1)), share(r.Recall(target, 0.95)), share(r.Recall(target, 0.9)))
	cutsAll, paying := 0, 0
	var gain float64
	var names []string
	for _, c := range r.Cuts {
		if c.Cuts < minCuts {
			continue
		}
		cutsAll++
		if c.Gain > 0 {
			paying++
			gain += c.Gain * float64(c.Cuts) / float64(max(r.Docs, 1))
			names = append(names, fmt.Sprintf("«%s» %d, %s", c.Word, c.Docs, signed(c.Gain)))
		}
	}
	fmt.Fprintf(&b, "| words opening the part a cut leaves off (at a comma, a semicolon or before «و»), at %d places or more | %d |\n", minCuts, cutsAll)
	fmt.Fprintf(&b, "| of those, the words where cutting gains on average (documents, mean gain); their gains summed, over all documents | %d%s; %s |\n", paying, listed(names), signed(gain))
	if len(r.Examples) > 0 {
		fmt.Fprintf(&b, "\nWhere the first sentence falls furthest under the best, by kind (places count from 1):\n\n")
		fmt.Fprintf(&b, "| kind | document | sentences | first: words, R1 | best: place, R1 | the model's next: place, R1 |\n|---|---|---:|---:|---:|---:|\n")
		for _, e := range r.Examples {
			fmt.Fprintf(&b, "| %s | %s | %d | %d, %.2f | %d, %.2f | %d, %.2f |\n", e.Kind, e.ID, e.Sentences, e.LeadWords, e.Lead, e.Best+1, e.BestR1, e.Next+1, e.NextR1)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteVoteRoom writes r as Markdown.
func WriteVoteRoom(w io.Writer, title string, r VoteRoom) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n| sentences taken until the budget, ranked | R1 |\n|---|---:|\n", title)
	fmt.Fprintf(&b, "| in document order (Lead) | %.2f |\n", r.Lead)
	fmt.Fprintf(&b, "| by the share of references that hold them (the annotators' choice) | %.2f |\n", r.Votes)
	fmt.Fprintf(&b, "| by the model | %.2f |\n", r.Model)
	fmt.Fprintf(&b, "| every other one first (1st, 3rd, 5th…) | %.2f |\n", r.Alternate)
	human := "–"
	if r.Humans > 0 {
		human = fmt.Sprintf("%.2f", r.Human)
	}
	fmt.Fprintf(&b, "| (each reference, cut to the budget, against the others: the annotators' agreement, in %d documents) | %s |\n", r.Humans, human)
	fmt.Fprintf(&b, "\nReferences that hold a sentence (whole, or a long one's first %d letters): %d of %d. Documents whose 3rd, 5th, 7th… sentences are held more often than the 2nd, 4th, 6th…: %d of %d. References of three sentences or more that hold exactly every other one: %d of %d.\n",
		heldPrefix, r.Held, r.Refs, r.OddFavoured, r.Docs, r.Alternating, r.Long)
	fmt.Fprintf(&b, "Reference words that join the last word of a line of the text to the first of the next (the line break lost as they were typed; `-unglue` splits them): %d of %d. Reference sentences that end in a word the text does not hold (cut in the middle of a word, where the references are extractive): %d of %d",
		r.Glued, r.Tokens, r.Cut, r.Sentences)
	if r.Cut > 0 {
		fmt.Fprintf(&b, ", %d of them within two characters of the longest, %d", r.AtCutLength, r.CutLength)
	}
	b.WriteString(".\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func share(x float64) string {
	if x > 1 {
		return "cannot"
	}
	return fmt.Sprintf("%.1f %%", 100*x)
}

func listed(names []string) string {
	if len(names) == 0 {
		return ""
	}
	return " (" + strings.Join(names, "; ") + ")"
}
