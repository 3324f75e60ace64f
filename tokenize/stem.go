package tokenize

import (
	"unicode"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"
	"github.com/kljensen/snowball/hungarian"
	"github.com/kljensen/snowball/norwegian"
	"github.com/kljensen/snowball/russian"
	"github.com/kljensen/snowball/spanish"
	"github.com/kljensen/snowball/swedish"
)

// Language names the Snowball stemmer for Latin-script words.
type Language int

// The Latin-script languages Snowball stems. The zero value is English.
const (
	English Language = iota
	French
	Spanish
	Swedish
	Norwegian
	Hungarian
)

// DefaultStemmer stems each word by its script: Arabic with LightStemmer,
// Latin with Snowball in the Latin language, Cyrillic with Snowball Russian.
// Words of other scripts are returned unchanged. Its zero value stems Latin
// words as English.
type DefaultStemmer struct {
	Latin Language
}

// Stem implements Stemmer. word is expected normalized and lower-cased.
func (d DefaultStemmer) Stem(word string) string {
	r, _ := decode(word)
	switch {
	case r >= 0x0600 && r <= 0x06FF:
		return LightStemmer{}.Stem(word)
	case unicode.Is(unicode.Latin, r):
		switch d.Latin {
		case French:
			return french.Stem(word, true)
		case Spanish:
			return spanish.Stem(word, true)
		case Swedish:
			return swedish.Stem(word, true)
		case Norwegian:
			return norwegian.Stem(word, true)
		case Hungarian:
			return hungarian.Stem(word, true)
		}
		return english.Stem(word, true)
	case unicode.Is(unicode.Cyrillic, r):
		return russian.Stem(word, true)
	}
	return word
}

// LightStemmer is an Arabic light stemmer of the light10 family (Larkey,
// Ballesteros & Connell 2002), adapted so that names survive.
//
// On a normalized word (أ→ا, ة→ه, ى→ي) it strips at most one prefix, an
// optional و or ف followed by a definite article ال, بال, كال or لل,
// when two letters or more remain; a bare و or ف is kept, because it starts
// too many words (وزير، وكالة، ولاية). Then it strips at most one suffix
// of يين يون يات ها ان ات ون ين يه ه ي, the longest that matches (the
// first three are the plurals of the nisba ـي, so that الفلسطينيين meets
// فلسطين and اللاجئين meets لاجئ). Proper names never carry the article,
// so after no article the guards are stricter: three letters must remain,
// five for the plural and dual endings ان ون ين (بوتين، فلسطين، طهران
// stay whole). The feminine plural ات needs only three, as it ends few
// names and thousands of plurals (شركات meets الشركات, حكومات meets
// الحكومات); a name such as عرفات, which meets عرف, is the price.
type LightStemmer struct{}

// articleLen returns the length in bytes of the prefix to strip from word
// (n letters): an optional و or ف, then بال, كال, لل or ال, the longest
// that leaves two letters; 0 when there is none. The four articles start
// with four different letters, so at most one of them matches.
func articleLen[S chars](w S, n int) int {
	c := 0
	if hasPrefix(w, "و") || hasPrefix(w, "ف") {
		c = 2
	}
	// With the conjunction first, then without: the longest prefix wins.
	for ; c >= 0; c -= 2 {
		// Constant strings, not a loop over a list: each comparison is then
		// a load, not a call.
		rest, a := w[c:], 0
		switch {
		case hasPrefix(rest, "بال"), hasPrefix(rest, "كال"):
			a = len("بال")
		case hasPrefix(rest, "لل"), hasPrefix(rest, "ال"):
			a = len("ال")
		}
		if a > 0 && n-(c+a)/2 >= 2 {
			return c + a
		}
	}
	return 0
}

// chars is what the light stemmer works on: a string, or the bytes of a
// word being folded, which are stemmed before they become a string.
type chars interface{ ~string | ~[]byte }

func hasPrefix[S chars](s S, p string) bool {
	return len(s) >= len(p) && string(s[:len(p)]) == p // no allocation: a comparison
}

func hasSuffix[S chars](s S, p string) bool {
	return len(s) >= len(p) && string(s[len(s)-len(p):]) == p
}

// suffix returns the suffix of the light stemmer that w ends with, the
// longest of يين يون يات ها ان ات ون ين يه ه ي; "" for none. Every suffix
// ends with ن ت ا ه or ي, so a word is compared only with those it can end
// with, and with constant strings, which compile to loads.
func suffix[S chars](w S) string {
	switch {
	case hasSuffix(w, "ن"):
		switch {
		case hasSuffix(w, "يين"):
			return "يين"
		case hasSuffix(w, "يون"):
			return "يون"
		case hasSuffix(w, "ان"):
			return "ان"
		case hasSuffix(w, "ون"):
			return "ون"
		case hasSuffix(w, "ين"):
			return "ين"
		}
	case hasSuffix(w, "ت"):
		switch {
		case hasSuffix(w, "يات"):
			return "يات"
		case hasSuffix(w, "ات"):
			return "ات"
		}
	case hasSuffix(w, "ها"):
		return "ها"
	case hasSuffix(w, "يه"):
		return "يه"
	case hasSuffix(w, "ه"):
		return "ه"
	case hasSuffix(w, "ي"):
		return "ي"
	}
	return ""
}

// Stem implements Stemmer.
func (LightStemmer) Stem(word string) string { return lightStem(word) }

func lightStem[S chars](w S) S {
	if len(w) < 6 {
		return w // two letters or fewer: nothing can be stripped
	}
	// Every article starts with و ف ب ك ل or ا: most words are let
	// through on one letter each.
	hasArticle := hasPrefix(w, "و") || hasPrefix(w, "ف") || hasPrefix(w, "ب") || hasPrefix(w, "ك") ||
		hasPrefix(w, "ل") || hasPrefix(w, "ا")
	s := ""
	if !hasArticle {
		if s = suffix(w); s == "" {
			return w
		}
	}
	n := runeCount(w)
	article := false
	if hasArticle {
		if p := articleLen(w, n); p > 0 {
			w = w[p:]
			n -= p / 2
			article = true
		}
		s = suffix(w)
	}
	if s != "" {
		rest := n - len(s)/2
		need := 2
		if !article {
			need = 3
			if s == "ان" || s == "ون" || s == "ين" {
				need = 5
			}
		}
		if rest >= need {
			w = w[:len(w)-len(s)]
		}
	}
	return w
}
