package tokenize

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

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
	set := stopwords()
	if _, ok := set[word]; ok {
		return true
	}
	if !isArabicWord(word) {
		return english.IsStopWord(word)
	}
	w := word
	if rest, ok := cutClitic(w, "و", "ف"); ok {
		if _, stop := set[rest]; stop {
			return true
		}
		w = rest
	}
	if rest, ok := cutClitic(w, "ب", "ل", "ك"); ok {
		if _, stop := set[rest]; stop {
			return true
		}
	}
	return false
}

// arabicStop is IsStopword for a normalized Arabic word held in bytes; the
// map lookups with string(b) do not allocate.
func arabicStop(b []byte) bool {
	set := stopwords()
	if _, ok := set[string(b)]; ok {
		return true
	}
	// Arabic letters are two bytes: a clitic is b[:2], and two letters must
	// remain after it.
	if len(b) >= 6 && isLetterBytes(b[:2], "و", "ف") {
		if _, ok := set[string(b[2:])]; ok {
			return true
		}
		b = b[2:]
	}
	if len(b) >= 6 && isLetterBytes(b[:2], "ب", "ل", "ك") {
		if _, ok := set[string(b[2:])]; ok {
			return true
		}
	}
	return false
}

func isLetterBytes(b []byte, letters ...string) bool {
	for _, l := range letters {
		if string(b) == l {
			return true
		}
	}
	return false
}

// cutClitic removes one leading letter of letters when at least two letters
// remain.
func cutClitic(w string, letters ...string) (string, bool) {
	for _, c := range letters {
		if rest, ok := strings.CutPrefix(w, c); ok && utf8.RuneCountInString(rest) >= 2 {
			return rest, true
		}
	}
	return w, false
}
