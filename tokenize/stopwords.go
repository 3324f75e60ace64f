package tokenize

import "github.com/kljensen/snowball/english"

// The Arabic stop words are those of two lists in stopwords/, with their
// licences; stoptable.go holds them normalized, generated from the lists
// by TestStopTable.

// stopHash is FNV-1a over the bytes of w, for stopTable: fixed, so that the
// table can be made when the code is generated.
func stopHash[S chars](w S) int {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return int(h)
}

// inStopTable reports whether the normalized word w is in stopTable. The
// comparison with string(w) does not allocate.
func inStopTable[S chars](w S) bool {
	mask := len(stopTable) - 1
	for i := stopHash(w) & mask; stopTable[i] != ""; i = (i + 1) & mask {
		if stopTable[i] == string(w) {
			return true
		}
	}
	return false
}

// IsStopword reports whether a normalized, lower-cased word is a stop word:
// an Arabic one, itself or once its clitics are off (a leading و or ف, then
// a leading ب, ل or ك), or an English one.
func IsStopword(word string) bool {
	if arabic(word) {
		return arabicStop(word)
	}
	return english.IsStopWord(word) // stopTable holds Arabic words only
}

// arabicStop is IsStopword for a normalized Arabic word, as a string or
// as the bytes of a word being folded: the word itself, then without a
// leading و or ف, then without a leading ب, ل or ك, while two letters
// remain.
func arabicStop[S chars](w S) bool {
	if inStopTable(w) {
		return true
	}
	// Arabic letters are two bytes: a clitic is w[:2], and two letters must
	// remain after it.
	if len(w) >= 6 && (hasPrefix(w, "و") || hasPrefix(w, "ف")) {
		if inStopTable(w[2:]) {
			return true
		}
		w = w[2:]
	}
	if len(w) >= 6 && (hasPrefix(w, "ب") || hasPrefix(w, "ل") || hasPrefix(w, "ك")) {
		if inStopTable(w[2:]) {
			return true
		}
	}
	return false
}
