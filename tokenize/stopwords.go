package tokenize

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
	"unicode"

	"github.com/kljensen/snowball/english"
)

// The Arabic stop-word lists, as published, with their licences:
//   - stopwords/stopwords-iso-ar.txt: stopwords-iso (github.com/stopwords-iso/stopwords-ar,
//     commit 4a421ac9875b325909df7e4b7392c31eae047795), MIT licence, see stopwords-iso-ar.LICENSE.
//   - stopwords/savoy-ar.txt: Jacques Savoy's list as shipped by Lucene 4.7.2, BSD licence (its
//     header is kept in the file).
//
// They are normalized with Normalize when first used, so their spelling
// variants (hamza, alef, vowel marks) fold together with the text's.
var (
	//go:embed stopwords/stopwords-iso-ar.txt
	isoList string
	//go:embed stopwords/savoy-ar.txt
	savoyList string
)

// stopwords is built once; it is never written after that.
var stopwords = sync.OnceValue(func() map[string]struct{} {
	set := make(map[string]struct{}, 600)
	for _, list := range []string{isoList, savoyList} {
		sc := bufio.NewScanner(strings.NewReader(list))
		for sc.Scan() {
			w := strings.TrimSpace(sc.Text())
			if w == "" || strings.HasPrefix(w, "#") || !strings.ContainsFunc(w, unicode.IsLetter) {
				continue
			}
			set[Normalize(w)] = struct{}{}
		}
	}
	return set
})

// IsStopword reports whether a normalized, lower-cased word is a stop word:
// an Arabic one, itself or once its clitics are off (a leading و or ف, then
// a leading ب, ل or ك), or an English one.
func IsStopword(word string) bool {
	if isArabicWord(word) {
		return arabicStop(word)
	}
	if _, ok := stopwords()[word]; ok {
		return true
	}
	return english.IsStopWord(word)
}

// arabicStop is IsStopword for a normalized Arabic word, as a string or
// as the bytes of a word being folded: the word itself, then without a
// leading و or ف, then without a leading ب, ل or ك, while two letters
// remain. The map lookups with string(w) do not allocate.
func arabicStop[S chars](w S) bool {
	set := stopwords()
	if _, ok := set[string(w)]; ok {
		return true
	}
	// Arabic letters are two bytes: a clitic is w[:2], and two letters must
	// remain after it.
	if len(w) >= 6 && (hasPrefix(w, "و") || hasPrefix(w, "ف")) {
		if _, ok := set[string(w[2:])]; ok {
			return true
		}
		w = w[2:]
	}
	if len(w) >= 6 && (hasPrefix(w, "ب") || hasPrefix(w, "ل") || hasPrefix(w, "ك")) {
		if _, ok := set[string(w[2:])]; ok {
			return true
		}
	}
	return false
}
