package tokenize_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/tokenize"
)

func TestLexicon(t *testing.T) {
	lex := tokenize.NewLexicon(nil)
	for _, c := range []struct {
		name  string
		text  string
		ids   []int
		words int
	}{
		// والدبلوماسية and الدبلوماسية share a stem: one id.
		{"first terms numbered in order", "والدبلوماسية في الخطة", []int{0, 1}, 3},
		{"a spelling variant meets its term", "الدبلوماسيّة بالخطة", []int{0, 1}, 2},
		{"a new term gets the next id", "الخطة الروسية", []int{1, 2}, 2},
		{"stop words only", "في من إلى", nil, 3},
		{"Latin is lower-cased and stemmed", "Negotiations negotiation", []int{3, 3}, 2},
		{"empty", "", nil, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			ids, words := lex.AppendTerms(nil, c.text)
			assert.Equal(t, c.ids, ids)
			assert.Equal(t, c.words, words)
			assert.Equal(t, tokenize.Terms(c.text, nil), termsOf(lex, ids))
		})
	}
	require.Len(t, lex.Terms(), 4)
	assert.Equal(t, 2, lex.ID("روس"), "ID finds a known term")
	assert.Equal(t, 4, lex.ID("جديد"), "ID numbers a new term")
}

func TestLexiconStemmer(t *testing.T) {
	lex := tokenize.NewLexicon(noStem{})
	ids, _ := lex.AppendTerms(nil, "الخطة والخطة")
	assert.Equal(t, []string{"الخطه", "والخطه"}, termsOf(lex, ids), "the given stemmer is used")
}

type noStem struct{}

func (noStem) Stem(w string) string { return w }

func TestLexiconTermsGrowAndReset(t *testing.T) {
	lex := tokenize.NewLexicon(nil)
	lex.AppendTerms(nil, "الخطة الروسية")
	first := lex.Terms()
	require.Equal(t, []string{"خط", "روس"}, first)
	ids, _ := lex.AppendTerms(nil, "والخطة الدبلوماسية الجديدة")
	assert.Equal(t, []int{0, 2, 3}, ids, "a known term keeps its id")
	assert.Equal(t, []string{"خط", "روس", "دبلوماس", "جديد"}, lex.Terms(), "terms added after a call to Terms are there on the next")
	assert.Equal(t, []string{"خط", "روس"}, first, "strings handed out before stay as they were")

	lex.Reset(noStem{})
	assert.Empty(t, lex.Terms())
	assert.Equal(t, 0, lex.Size())
	ids, _ = lex.AppendTerms(nil, "الخطة")
	assert.Equal(t, []int{0}, ids, "ids start from 0 again")
	assert.Equal(t, []string{"الخطه"}, lex.Terms(), "with the new stemmer")
}

func TestLexiconSum(t *testing.T) {
	sum := func(lex *tokenize.Lexicon, text string) uint64 {
		_, _, s := lex.AppendTermsSum(nil, text)
		return s
	}
	lex := tokenize.NewLexicon(nil)
	for _, c := range []struct {
		name string
		a, b string
		same bool
	}{
		{"marks and spelling variants are the same words", "الدبلوماسيّة في الخطة", "الدبلوماسية في الخطه", true},
		{"punctuation and spaces are not words", "الخطة، الروسية!", "  الخطة الروسية", true},
		{"a number that is no term counts", "1 الخطة الروسية", "2 الخطة الروسية", false},
		{"a stop word counts", "في الخطة الروسية", "من الخطة الروسية", false},
		{"order counts", "الخطة الروسية", "الروسية الخطة", false},
		{"a word more counts", "الخطة", "الخطة الخطة", false},
		{"empty and punctuation only", "", "؟!", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			ids, words, s := lex.AppendTermsSum(nil, c.a)
			wantIDs, wantWords := lex.AppendTerms(nil, c.a)
			assert.Equal(t, wantIDs, ids, "the ids of AppendTerms")
			assert.Equal(t, wantWords, words, "the word count of AppendTerms")
			if c.same {
				assert.Equal(t, s, sum(lex, c.b))
			} else {
				assert.NotEqual(t, s, sum(lex, c.b))
			}
			assert.Equal(t, s, sum(tokenize.NewLexicon(nil), c.a), "a fresh Lexicon gives the same sum")
		})
	}
}

func TestAppendNormalWords(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"marks, hamza and ta marbuta folded, punctuation dropped", "أكَّد الوزيرُ، الخطة!", "اكد الوزير الخطه "},
		{"a number stays whole", "بلغ 3.5 بالمئة", "بلغ 3.5 بالميه "},
		{"Latin keeps its case", "The BBC", "The BBC "},
		{"no words", "؟!", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, string(tokenize.AppendNormalWords([]byte(nil), c.text)))
		})
	}
	assert.Equal(t, "x اكد ", string(tokenize.AppendNormalWords([]byte("x "), "أكد")), "appends")
}

// A Lexicon's zero value is ready and stems as NewLexicon(nil) does: a
// Lexicon declared in a struct or a var must not panic at its first word.
func TestLexiconZeroValue(t *testing.T) {
	const text = "قال الوزيرُ إن Reuters reported the talks، وإن المحادثات مستمرة 2025."
	var zero tokenize.Lexicon
	assert.Equal(t, tokenize.DefaultStemmer{}, zero.Stemmer())
	got, words := zero.AppendTerms(nil, text)
	want, wantWords := tokenize.NewLexicon(nil).AppendTerms(nil, text)
	require.NotEmpty(t, want)
	assert.Equal(t, want, got)
	assert.Equal(t, wantWords, words)
	assert.Equal(t, tokenize.NewLexicon(nil).ID("x"), (&tokenize.Lexicon{}).ID("x"))
}
