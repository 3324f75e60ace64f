package rouge

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/talkhis/talkhis/tokenize"
)

// Score is precision, recall and F1 of one measure, each in [0, 1].
type Score struct {
	Precision, Recall, F1 float64
}

func newScore(overlap, candidate, reference int) Score {
	if overlap == 0 || candidate == 0 || reference == 0 {
		return Score{}
	}
	p := float64(overlap) / float64(candidate)
	r := float64(overlap) / float64(reference)
	return Score{p, r, 2 * p * r / (p + r)}
}

// Scores holds ROUGE-1, ROUGE-2 and ROUGE-L.
type Scores struct {
	R1, R2, RL Score
}

// add accumulates o into s, for averaging.
func (s *Scores) add(o Scores, w float64) {
	for _, p := range [][2]*Score{{&s.R1, &o.R1}, {&s.R2, &o.R2}, {&s.RL, &o.RL}} {
		// float64(…) keeps the product rounded apart from the sum: a
		// fused multiply-add (arm64 and others) would give other last bits.
		p[0].Precision += float64(w * p[1].Precision)
		p[0].Recall += float64(w * p[1].Recall)
		p[0].F1 += float64(w * p[1].F1)
	}
}

// Scorer computes ROUGE under the protocol in the package documentation.
// Its zero value is the protocol itself.
type Scorer struct {
	// MaxTokens, when above 0, truncates the candidate to its first
	// MaxTokens tokens (the length budget of Task B).
	MaxTokens int
	// Stem applies tokenize.LightStemmer to Arabic tokens of both sides.
	// It is not the protocol: figures with it do not compare with others.
	Stem bool
}

// Score scores a candidate summary against references, averaging each
// measure over the references. With no reference, or an empty candidate,
// every score is 0.
func (s Scorer) Score(candidate string, references ...string) Scores {
	var out Scores
	if len(references) == 0 {
		return out
	}
	cand := truncate(s.tokens(candidate), s.MaxTokens)
	for _, ref := range references {
		out.add(score(cand, s.tokens(ref)), 1/float64(len(references)))
	}
	return out
}

// HeldOut scores the references as if each were a candidate: each one,
// truncated to MaxTokens as a candidate is, against all the others, the
// scores averaged over the references. It tells how far the references'
// authors agree with one another, and compares with a system's Score
// against all of them, which is the mean of its Score against each set of
// all but one. It also returns the mean number of tokens each reference
// had scored. With fewer than two references it returns zeros. Each
// reference is tokenized once.
func (s Scorer) HeldOut(references ...string) (Scores, float64) {
	m := len(references)
	if m < 2 {
		return Scores{}, 0
	}
	toks := make([][]string, m)
	for j, ref := range references {
		toks[j] = s.tokens(ref)
	}
	var sum Scores
	tokens := 0
	for j, cand := range toks {
		cand = truncate(cand, s.MaxTokens)
		tokens += len(cand)
		// As Score averages over the others, weight by weight in their
		// order, so that each term is Score(references[j], others...).
		var one Scores
		for k, ref := range toks {
			if k != j {
				one.add(score(cand, ref), 1/float64(m-1))
			}
		}
		sum.add(one, 1)
	}
	for _, p := range []*Score{&sum.R1, &sum.R2, &sum.RL} {
		p.Precision /= float64(m)
		p.Recall /= float64(m)
		p.F1 /= float64(m)
	}
	return sum, float64(tokens) / float64(m)
}

// truncate cuts a candidate's tokens to the first n of them (the length
// budget; n <= 0: no cut), as Score, HeldOut and Unigrams all must.
func truncate[T any](toks []T, n int) []T {
	if n > 0 && len(toks) > n {
		return toks[:n]
	}
	return toks
}

func (s Scorer) tokens(text string) []string {
	toks := Tokens(text)
	if s.Stem {
		for i, t := range toks {
			toks[i] = tokenize.LightStemmer{}.Stem(t)
		}
	}
	return toks
}

func score(cand, ref []string) Scores {
	return Scores{
		R1: ngramScore(cand, ref, 1),
		R2: ngramScore(cand, ref, 2),
		RL: newScore(lcs(cand, ref), len(cand), len(ref)),
	}
}

// ngramScore counts the n-grams the candidate shares with the reference,
// each clipped to its count in the reference.
func ngramScore(cand, ref []string, n int) Score {
	nc, nr := len(cand)-n+1, len(ref)-n+1
	if nc <= 0 || nr <= 0 {
		return Score{}
	}
	counts := make(map[string]int, nr)
	for i := range nr {
		counts[strings.Join(ref[i:i+n], " ")]++
	}
	overlap := 0
	for i := range nc {
		k := strings.Join(cand[i:i+n], " ")
		if counts[k] > 0 {
			counts[k]--
			overlap++
		}
	}
	return newScore(overlap, nc, nr)
}

// lcs returns the length of the longest common subsequence of a and b.
func lcs(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Tokens splits text into the protocol's tokens: after NFKC, Arabic
// diacritics (U+064B–U+065F, U+0670, U+0610–U+061A, U+06D6–U+06ED) and
// tatweel are removed; أ إ آ ٱ become ا, ى ي, ة ه, ؤ و, ئ ي; Arabic-Indic
// and Persian digits become ASCII; letters are lower-cased. A token is then
// a maximal run of letters, digits and combining marks: punctuation is
// never part of one.
func Tokens(text string) []string {
	text = norm.NFKC.String(strings.ToValidUTF8(text, "\uFFFD"))
	var toks []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			toks = append(toks, b.String())
			b.Reset()
		}
	}
	for _, r := range text {
		switch {
		case r >= 0x064B && r <= 0x065F, r == 0x0670, r >= 0x0610 && r <= 0x061A, r >= 0x06D6 && r <= 0x06ED, r == 0x0640:
			continue // removed, so they never split a word
		case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
			r = 'ا'
		case r == 'ى', r == 'ئ':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r == 'ؤ':
			r = 'و'
		case r >= 0x0660 && r <= 0x0669:
			r = '0' + r - 0x0660
		case r >= 0x06F0 && r <= 0x06F9:
			r = '0' + r - 0x06F0
		}
		if (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) && r != utf8.RuneError {
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		flush()
	}
	flush()
	return toks
}
