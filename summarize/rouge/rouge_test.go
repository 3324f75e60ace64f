package rouge_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/talkhis/talkhis/summarize/rouge"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"punctuation never in a token", "الأزمة، انتهت. «نعم»!", []string{"الازمه", "انتهت", "نعم"}},
		{"diacritics and tatweel removed inside words", "مُحَمَّـــد", []string{"محمد"}},
		{"hamza and alef folded", "أحمد إلى آفاق ٱلعلم", []string{"احمد", "الي", "افاق", "العلم"}},
		{"waw and yeh hamza", "مؤتمر رئيس", []string{"موتمر", "رييس"}},
		{"digits", "٢٠٢٤ ۱۲ 3", []string{"2024", "12", "3"}},
		{"every digit, both kinds", "٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹", []string{"0123456789", "0123456789"}},
		{"superscript alef and Quranic marks removed", "هٰذا الرحيم\u06ED صلى\u0610", []string{"هذا", "الرحيم", "صلي"}},
		// A mark that composes with nothing under NFKC stays in its word,
		// and does not split it.
		{"other marks stay in their word", "x\u0301y", []string{"x\u0301y"}},
		{"a byte that is not UTF-8 ends a word", "نص\xffآخر", []string{"نص", "اخر"}},
		{"lower case", "BBC Arabic", []string{"bbc", "arabic"}},
		{"nfkc", "ﻻ ﷲ", []string{"لا", "الله"}},
		{"empty", " ،. ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, rouge.Tokens(tt.text), "%+q", tt.text)
		})
	}
}

func TestScore(t *testing.T) {
	const eps = 1e-9
	// Hand-computed: candidate a b c d against reference a b e:
	// R1 2 shared: P 2/4, R 2/3, F 4/7; R2 "a b" shared: P 1/3, R 1/2, F 2/5;
	// LCS a b = 2: same as R1.
	partial := rouge.Scores{
		R1: rouge.Score{Precision: 0.5, Recall: 2.0 / 3, F1: 4.0 / 7},
		R2: rouge.Score{Precision: 1.0 / 3, Recall: 0.5, F1: 0.4},
		RL: rouge.Score{Precision: 0.5, Recall: 2.0 / 3, F1: 4.0 / 7},
	}
	one := rouge.Score{Precision: 1, Recall: 1, F1: 1}
	perfect := rouge.Scores{R1: one, R2: one, RL: one}
	tests := []struct {
		name      string
		scorer    rouge.Scorer
		candidate string
		refs      []string
		want      rouge.Scores
	}{
		{"identical", rouge.Scorer{}, "ذهب الولد إلى المدرسة", []string{"ذهب الولد إلى المدرسة"}, perfect},
		{"diacritics", rouge.Scorer{}, "ذَهَبَ الوَلَدُ إلى المدرسةِ", []string{"ذهب الولد إلى المدرسة"}, perfect},
		{"hamza and alef variants", rouge.Scorer{}, "أكد إلى آفاق المستشفى", []string{"اكد الى افاق المستشفي"}, perfect},
		{"punctuation glued", rouge.Scorer{}, "الأزمة، انتهت.", []string{"الأزمة انتهت"}, perfect},
		{"partial", rouge.Scorer{}, "ذهب الولد إلى المدرسة", []string{"ذهب الولد مسرعا"}, partial},
		{"repeated n-grams are clipped", rouge.Scorer{}, "في في في", []string{"في البيت"}, rouge.Scores{
			R1: rouge.Score{Precision: 1.0 / 3, Recall: 0.5, F1: 0.4},
			RL: rouge.Score{Precision: 1.0 / 3, Recall: 0.5, F1: 0.4},
		}},
		{"order matters for bigrams and LCS", rouge.Scorer{}, "البيت كبير", []string{"كبير البيت"}, rouge.Scores{
			R1: one,
			RL: rouge.Score{Precision: 0.5, Recall: 0.5, F1: 0.5},
		}},
		{"references averaged", rouge.Scorer{}, "نفط غاز", []string{"نفط غاز", "ماء هواء"}, rouge.Scores{
			R1: rouge.Score{Precision: 0.5, Recall: 0.5, F1: 0.5},
			R2: rouge.Score{Precision: 0.5, Recall: 0.5, F1: 0.5},
			RL: rouge.Score{Precision: 0.5, Recall: 0.5, F1: 0.5},
		}},
		{"budget truncates the candidate", rouge.Scorer{MaxTokens: 2}, "نفط غاز ماء هواء", []string{"نفط غاز"}, perfect},
		{"empty candidate", rouge.Scorer{}, "", []string{"نفط"}, rouge.Scores{}},
		{"empty reference", rouge.Scorer{}, "نفط", []string{"، ."}, rouge.Scores{}},
		{"no reference", rouge.Scorer{}, "نفط", nil, rouge.Scores{}},
		{"stemming is an option", rouge.Scorer{Stem: true}, "الحكومات", []string{"حكومة"}, rouge.Scores{R1: one, RL: one}},
		{"and off by default", rouge.Scorer{}, "الحكومات", []string{"حكومة"}, rouge.Scores{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.scorer.Score(tt.candidate, tt.refs...)
			for _, m := range []struct {
				name      string
				want, got rouge.Score
			}{{"R1", tt.want.R1, got.R1}, {"R2", tt.want.R2, got.R2}, {"RL", tt.want.RL, got.RL}} {
				assert.InDelta(t, m.want.Precision, m.got.Precision, eps, "%s precision", m.name)
				assert.InDelta(t, m.want.Recall, m.got.Recall, eps, "%s recall", m.name)
				assert.InDelta(t, m.want.F1, m.got.F1, eps, "%s F1", m.name)
			}
		})
	}
}

func ExampleScorer_Score() {
	s := rouge.Scorer{}.Score("أكدت الخارجيةُ الروسية الاتفاق.", "اكدت الخارجية الروسية الاتفاق مع واشنطن")
	fmt.Printf("R1 %.1f R2 %.1f RL %.1f\n", 100*s.R1.F1, 100*s.R2.F1, 100*s.RL.F1)
	// Output:
	// R1 80.0 R2 75.0 RL 80.0
}

// Unigrams must give the R1 F1 that Score gives, to the last bit: the
// oracles choose by it and their figures must be the protocol's.
func TestUnigramsAgreeWithScore(t *testing.T) {
	refs := [][]string{
		{"ذهب الولد إلى المدرسة"},
		{"نفط غاز", "ماء هواء"},
		{"في البيت", "في في البيت الكبير"},
		{"، ."},
		{"حكومة"},
		nil,
	}
	cands := []string{"", "نفط", "ذَهَبَ الوَلَدُ إلى المدرسةِ", "في في في", "نفط غاز ماء هواء", "الحكومات", "BBC Arabic 2024", "كلمة ليست في أي مرجع"}
	for _, sc := range []rouge.Scorer{{}, {MaxTokens: 2}, {Stem: true}, {MaxTokens: 1, Stem: true}} {
		for _, r := range refs {
			u := sc.Unigrams(r...)
			for _, a := range cands {
				assert.Equal(t, sc.Score(a, r...).R1.F1, u.F1(u.IDs(a)), "%+v %q %q", sc, a, r)
				for _, b := range cands {
					joined := append(u.IDs(a), u.IDs(b)...)
					assert.Equal(t, sc.Score(a+" "+b, r...).R1.F1, u.F1(joined), "%+v %q + %q against %q", sc, a, b, r)
				}
			}
		}
	}
}

// HeldOut must give, to the last bit, the mean over the references of
// Score of each against the others (so that a system's Score against all
// of them compares with it), and the mean of the tokens each has scored.
func TestHeldOutIsEachAgainstTheOthers(t *testing.T) {
	refSets := map[string][]string{
		"two":              {"ذهب الولد إلى المدرسة", "ذهب الولد إلى البيت مساء"},
		"three":            {"نفط غاز ماء", "نفط ماء هواء نار", "غاز"},
		"one empty":        {"في البيت", "", "في في البيت الكبير"},
		"with punctuation": {"، .", "الحكومة، قالت.", "قالت الحكومة إن النفط ارتفع"},
	}
	for name, refs := range refSets {
		for _, sc := range []rouge.Scorer{{}, {MaxTokens: 2}, {Stem: true}} {
			var want rouge.Scores
			tokens := 0
			for j, ref := range refs {
				others := append(append([]string{}, refs[:j]...), refs[j+1:]...)
				s := sc.Score(ref, others...)
				for _, p := range [][2]*rouge.Score{{&want.R1, &s.R1}, {&want.R2, &s.R2}, {&want.RL, &s.RL}} {
					p[0].Precision += p[1].Precision
					p[0].Recall += p[1].Recall
					p[0].F1 += p[1].F1
				}
				n := len(rouge.Tokens(ref))
				if sc.MaxTokens > 0 {
					n = min(n, sc.MaxTokens)
				}
				tokens += n
			}
			k := float64(len(refs))
			for _, p := range []*rouge.Score{&want.R1, &want.R2, &want.RL} {
				p.Precision /= k
				p.Recall /= k
				p.F1 /= k
			}
			got, n := sc.HeldOut(refs...)
			assert.Equal(t, want, got, "%s %+v", name, sc)
			assert.Equal(t, float64(tokens)/k, n, "%s %+v", name, sc)
		}
	}
	for _, refs := range [][]string{nil, {"مرجع واحد"}} {
		got, n := rouge.Scorer{}.HeldOut(refs...)
		assert.Zero(t, got, "%q: nobody to score against", refs)
		assert.Zero(t, n)
	}
}

func TestUnigramsIDs(t *testing.T) {
	u := rouge.Scorer{}.Unigrams("نفط غاز", "غاز ماء")
	ids := u.IDs("غاز، نفط وهواء ماء")
	assert.Len(t, ids, 4, "one id a token")
	assert.Equal(t, rouge.NoReference, ids[2], "a word in no reference")
	assert.NotEqual(t, ids[0], ids[1])
	assert.Equal(t, u.IDs("غاز")[0], ids[0], "the same word, the same id")
}

func FuzzUnigrams(f *testing.F) {
	f.Add("ذهب الولد إلى المدرسة", "ذهب الولد مسرعا", 0)
	f.Add("في في في", "في البيت", 2)
	f.Add("\u0651ـ a", "\u0651 A", 1)
	f.Fuzz(func(t *testing.T, cand, ref string, max int) {
		sc := rouge.Scorer{MaxTokens: max % 64}
		u := sc.Unigrams(ref, cand+ref)
		assert.Equal(t, sc.Score(cand, ref, cand+ref).R1.F1, u.F1(u.IDs(cand)))
	})
}

// How far annotators agree: each reference scored against the others.
// Here the two share two of their four words, so each holds half of the
// other, R1 50; the second return is the mean tokens each one had scored.
func ExampleScorer_HeldOut() {
	s, tokens := rouge.Scorer{}.HeldOut("ارتفعت أسعار النفط اليوم", "ارتفعت أسعار الذهب أمس")
	fmt.Printf("R1 %.1f R2 %.1f, %.0f tokens\n", 100*s.R1.F1, 100*s.R2.F1, tokens)
	// Output:
	// R1 50.0 R2 33.3, 4 tokens
}
