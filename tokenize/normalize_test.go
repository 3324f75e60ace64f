package tokenize_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/talkhis/talkhis/tokenize"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ascii unchanged", "Hello, World 42", "Hello, World 42"},
		{"plain arabic unchanged", "كتب الولد درسه", "كتب الولد درسه"},
		{"harakat removed", "مُحَمَّدٌ", "محمد"},
		{"tanween on alef", "اجتماعًا", "اجتماعا"},
		{"superscript alef removed", "هٰذا", "هذا"},
		{"tatweel removed", "مـــرحبا", "مرحبا"},
		{"quranic marks removed", "الرحيم\u06D6", "الرحيم"},
		{"…to the last of their block", "الرحيم\u06ED", "الرحيم"},
		{"honorific signs removed, to the last", "محمد\u0610 النبي\u061A", "محمد النبي"},
		{"alef with hamza above", "أحمد", "احمد"},
		{"alef with hamza below", "إسلام", "اسلام"},
		{"alef with madda", "آفاق", "افاق"},
		{"alef wasla", "ٱلكتاب", "الكتاب"},
		{"decomposed hamza composes then folds", "ا\u0654حمد", "احمد"},
		{"decomposed madda composes then folds", "ا\u0653فاق", "افاق"},
		// ە and a hamza compose to ۀ under NFKC, which folds to ه; the
		// hamza alone would be dropped as a mark and leave ە.
		{"decomposed heh with yeh above composes then folds", "\u06D5\u0654", "ه"},
		{"heh with yeh above", "خانۀ", "خانه"},
		// NFKC splits the letters with a high hamza into the letter and
		// the hamza, which is no mark and stays.
		{"waw with high hamza decomposes", "ٶ", "وٴ"},
		// A Quranic mark between a letter and its accent keeps NFKC from
		// composing them; once the mark is dropped, they compose.
		{"a mark dropped between a letter and its accent", "e\u0610\u0301", "é"},
		{"alef maqsura", "مستشفى", "مستشفي"},
		{"teh marbuta", "مدرسة", "مدرسه"},
		{"hamza on waw", "مؤتمر", "موتمر"},
		{"hamza on yeh", "رئيس", "رييس"},
		{"persian yeh and keheh", "کتابی", "كتابي"},
		{"arabic-indic digits", "٠١٢٣٤٥٦٧٨٩", "0123456789"},
		{"persian digits", "۰۱۲۳۴۵۶۷۸۹", "0123456789"},
		{"zwnj and zwj removed", "می\u200cخواهم\u200d", "ميخواهم"},
		{"lrm rlm alm removed", "\u200eنص\u200f\u061c", "نص"},
		{"bidi isolates removed", "\u2067نص\u2069", "نص"},
		{"bom removed", "\ufeffنص", "نص"},
		{"lam-alef ligature", "ﻻ", "لا"},
		{"allah ligature", "ﷲ", "الله"},
		{"presentation forms", "ﺑﺴﻢ", "بسم"},
		{"fullwidth latin", "ＡＢＣ", "ABC"},
		{"nbsp to space", "a\u00a0b", "a b"},
		{"invalid utf-8 replaced", "ا\xffب", "ا\ufffdب"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tokenize.Normalize(tt.in)
			assert.Equal(t, tt.want, got, "Normalize(%+q)", tt.in)
			assert.Equal(t, got, tokenize.Normalize(got), "idempotent on %+q", tt.in)
		})
	}
}

func TestNormalizeNoAllocWhenNormal(t *testing.T) {
	s := "كتب الولد درسه في المدرسه، ثم عاد الي البيت 2024."
	allocs := testing.AllocsPerRun(100, func() { _ = tokenize.Normalize(s) })
	assert.Zero(t, allocs)
}

func TestAppendNormalizedMatchesNormalize(t *testing.T) {
	for _, s := range []string{"مُحَمَّدٌ", "ﻻ", "plain", "\xff", "أإآ", "ا\u0654"} {
		assert.Equal(t, tokenize.Normalize(s), string(tokenize.AppendNormalized([]byte("x"), s))[1:], "%+q", s)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "مُحَمَّدٌ", "ا\u0654\u064e", "ﷲ", "\xff\xfe", "\xed\xa0\x80", "\xc0\xaf", "ＡＢＣ", "ـًٌٍَُِّْٰ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := tokenize.Normalize(s)
		assert.Equal(t, n, tokenize.Normalize(n), "idempotent on %+q", s)
		assert.Equal(t, n, string(tokenize.AppendNormalized(nil, s)), "AppendNormalized agrees on %+q", s)
	})
}

func ExampleNormalize() {
	fmt.Println(tokenize.Normalize("الأزمةُ الأوكرانيّة"))
	fmt.Println(tokenize.Normalize("إلى مؤتمرٍ في ١٢ آذار"))
	// Output:
	// الازمه الاوكرانيه
	// الي موتمر في 12 اذار
}

func ExampleSentences() {
	text := "عنوان الخبر\nقال د. أحمد إن النمو بلغ 3.5 في المئة. هل يستمر؟ «ربما.» الأمر واضح.. لا تراجع."
	for _, s := range tokenize.Sentences(text) {
		fmt.Printf("heading=%v %s\n", s.Heading, s.In(text))
	}
	// Output:
	// heading=true عنوان الخبر
	// heading=false قال د. أحمد إن النمو بلغ 3.5 في المئة.
	// heading=false هل يستمر؟
	// heading=false «ربما.»
	// heading=false الأمر واضح.. لا تراجع.
}

func ExampleTerms() {
	fmt.Println(tokenize.Terms("والدبلوماسية بالخطة في الأزمة", nil))
	// Output:
	// [دبلوماس خط ازم]
}

// referenceTerms is AppendTerms spelled out from its parts: Words, then
// Normalize, lower case, stop words and the stemmer. The fused loop must
// agree with it on every input.
func referenceTerms(text string) ([]string, int) {
	var terms []string
	words := 0
	st := tokenize.DefaultStemmer{}
	for sp := range tokenize.Words(text) {
		words++
		w := tokenize.Normalize(sp.In(text))
		if r := []rune(w); len(r) > 0 && (r[0] < 0x0600 || r[0] > 0x06FF) {
			w = strings.ToLower(w)
		}
		if len([]rune(w)) < 2 || tokenize.IsStopword(w) {
			continue
		}
		if t := st.Stem(w); t != "" {
			terms = append(terms, t)
		}
	}
	return terms, words
}

func FuzzTerms(f *testing.F) {
	for _, s := range []string{"", "والدبلوماسية بالخطة في الأزمة", "3.5 و٣٫٥ 1,000", "الاقت\u200dصاد\u200f ﻻ ﷲ",
		"The Negotiations", "\xff\xfeكلمة\xd8", "مُحَمَّـــد", "ا\u0654حمد", "a.b.c",
		"[ب](https://a.com/x_(1)) ج", "](((](b)", "[a](b c) d](", "](x)](y",
		"ب&nbsp;ج &#1575;د &#x627; &quot;[ه](&amp;)&quot;", "&&a;;&#;&#x;&ab", "3&#46;5 ب\u200c&amp;",
		"ب<a href=\"x\">ج</a>د < 5 <i ه", "<<a>>ب</", "[ب](<a>)<b>&amp;</b>", "<!-- ب -->ج<br/>د",
		"ولاية ولي فعل كولن لواحد وبانه ووقال", "شركات الشركات حكومات قوات عرفات"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		want, wantWords := referenceTerms(text)
		got, gotWords := tokenize.AppendTerms(nil, text, nil)
		assert.Equal(t, wantWords, gotWords, "words of %+q", text)
		assert.Equal(t, want, got, "terms of %+q", text)

		// A Lexicon gives the same terms as ids, whether it meets the
		// words for the first time or again.
		lex := tokenize.NewLexicon(nil)
		for range 2 {
			ids, words := lex.AppendTerms(nil, text)
			assert.Equal(t, wantWords, words, "lexicon words of %+q", text)
			assert.Equal(t, want, termsOf(lex, ids), "lexicon terms of %+q", text)
		}

		// AppendNormalWords is Words and AppendNormalized in one pass.
		var want2 []byte
		for w := range tokenize.Words(text) {
			want2 = tokenize.AppendNormalized(want2, w.In(text))
			want2 = append(want2, ' ')
		}
		assert.Equal(t, string(want2), string(tokenize.AppendNormalWords(nil, text)), "normal words of %+q", text)

		// The sum is that of the words, wherever they stand: the text's
		// words one space apart sum the same.
		var spaced strings.Builder
		for w := range tokenize.Words(text) {
			spaced.WriteString(w.In(text))
			spaced.WriteByte(' ')
		}
		_, _, got1 := lex.AppendTermsSum(nil, text)
		_, _, got2 := tokenize.NewLexicon(nil).AppendTermsSum(nil, spaced.String())
		assert.Equal(t, got1, got2, "sum of %+q and of its words %+q", text, spaced.String())
	})
}

func termsOf(lex *tokenize.Lexicon, ids []int) []string {
	var out []string
	for _, id := range ids {
		out = append(out, lex.Terms()[id])
	}
	return out
}

func FuzzRuneCount(f *testing.F) {
	for _, s := range []string{"", "abc", "كلمة", "\xd8", "\xd8\x41", "\xc0\x80", "€𝄞", "\xed\xa0\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		assert.Equal(t, utf8.RuneCountInString(s), tokenize.RuneCount(s), "%+q", s)
	})
}
