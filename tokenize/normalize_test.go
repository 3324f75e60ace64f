package tokenize_test

import (
	"fmt"
	"testing"

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
		{"alef with hamza above", "أحمد", "احمد"},
		{"alef with hamza below", "إسلام", "اسلام"},
		{"alef with madda", "آفاق", "افاق"},
		{"alef wasla", "ٱلكتاب", "الكتاب"},
		{"decomposed hamza composes then folds", "ا\u0654حمد", "احمد"},
		{"decomposed madda composes then folds", "ا\u0653فاق", "افاق"},
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
	text := "عنوان الخبر\nقال د. أحمد إن النمو بلغ 3.5 في المئة. هل يستمر؟ «ربما.»"
	for _, s := range tokenize.Sentences(text) {
		fmt.Printf("heading=%v %s\n", s.Heading, s.In(text))
	}
	// Output:
	// heading=true عنوان الخبر
	// heading=false قال د. أحمد إن النمو بلغ 3.5 في المئة.
	// heading=false هل يستمر؟
	// heading=false «ربما.»
}

func ExampleTerms() {
	fmt.Println(tokenize.Terms("والدبلوماسية بالخطة في الأزمة", nil))
	// Output:
	// [دبلوماس خط ازم]
}
