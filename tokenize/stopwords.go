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
// a leading ب, ل or ك; see cliticHost), a preposition or a particle with a
// pronoun after it (عنه, لديهم; see withPronoun), or an English one.
func IsStopword(word string) bool {
	if arabic(word) {
		return arabicStop(word)
	}
	return english.IsStopWord(word) // stopTable holds Arabic words only
}

// arabicStop is IsStopword for a normalized Arabic word, as a string or
// as the bytes of a word being folded: the word itself, then without a
// leading و or ف, then without a leading ب, ل or ك, while two letters
// remain, each time a stop word that a clitic goes before (cliticHost);
// or the word, without a leading و or ف too, a preposition or a particle
// with a pronoun after it (withPronoun).
func arabicStop[S chars](w S) bool {
	if inStopTable(w) || withPronoun(w) {
		return true
	}
	// Arabic letters are two bytes: a clitic is w[:2], and two letters must
	// remain after it.
	if len(w) >= 6 && (hasPrefix(w, "و") || hasPrefix(w, "ف")) {
		if cliticHost(w[2:]) || withPronoun(w[2:]) {
			return true
		}
		w = w[2:]
	}
	if len(w) >= 6 && (hasPrefix(w, "ب") || hasPrefix(w, "ل") || hasPrefix(w, "ك")) {
		if cliticHost(w[2:]) {
			return true
		}
	}
	return false
}

// withPronoun reports whether w is a preposition or a particle with a
// pronoun after it: عنه, معها, لديهم, بينهما, لكنه, إنهم, أنني. The lists
// hold a few such words (منه, عليه, لها) and not the others, which were
// terms: 196 words, 7,837 times in the dev corpora's titles and texts,
// with a clitic before some (ولكنه, ولديه). Left out are those that spell
// a word of the story too, a noun or an adjective (بيّنة, evidence, is
// بينه; قبلة is قبله; أماميّ, front, is امامي), and
// so the pronoun ي goes only after the hosts that make no adjective of it
// (معي, عندي, but not نحوي, a grammarian, or حولي, Hawalli), ني only
// after the particles (أنني, لكنني, but not بني, sons of, or مني, Mona),
// and ه not after بين, قبل or عبر. ل and ب with a pronoun (له, بهم) are
// listed. A switch on string(...) neither allocates nor compares each host
// in turn; nor does a word meet each pronoun.
func withPronoun[S chars](w S) bool {
	// The hosts hold two to four letters and the pronouns one to three, of
	// two bytes each: most words are let through on their length, or on
	// their last letter, which every pronoun ends with one of.
	n := len(w)
	if n < 6 || n > 14 {
		return false
	}
	before := string(w[n-4 : n-2]) // the letter before the last
	switch string(w[n-2:]) {
	case "ه":
		switch string(w[:n-2]) {
		case "بين", "قبل", "عبر":
			return false
		}
		return pronounHost(w[:n-2])
	case "ك":
		return pronounHost(w[:n-2])
	case "ا":
		switch before {
		case "ه", "ن": // ها, نا
			return pronounHost(w[:n-4])
		case "م": // هما, كما
			if n >= 8 && (string(w[n-6:n-4]) == "ه" || string(w[n-6:n-4]) == "ك") {
				return pronounHost(w[:n-6])
			}
		}
	case "م", "ن": // هم, كم, هن, كن
		if before == "ه" || before == "ك" {
			return pronounHost(w[:n-4])
		}
	case "ي":
		if before == "ن" {
			switch string(w[:n-4]) { // ني
			case "ان", "لكن", "ليت", "لعل", "كان":
				return true
			}
		}
		switch string(w[:n-2]) {
		case "مع", "عند", "بين", "ان", "لكن", "ليت", "لعل":
			return true
		}
	}
	return false
}

// pronounHost reports whether host is a preposition or a particle that a
// pronoun goes after (withPronoun).
func pronounHost[S chars](host S) bool {
	switch string(host) {
	case "من", "عن", "علي", "الي", "في", "مع", "لدي", "بين", "حول", "عند", "قبل", "بعد", "فوق", "تحت", "دون", "ضد", "نحو", "امام", "خلف", "وراء", "عبر", "ان", "لكن", "لعل", "ليت", "كان":
		return true
	}
	return false
}

// cliticHost reports whether w, what remains of a word once a clitic is
// off, is a stop word that the clitic went before. The lists hold words
// that no clitic goes before, an interjection, a rare particle, a noun,
// and behind one such a word spells a word of the story: و + ل + إيه is
// ولاية, a state, و + لي is ولي, as in ولي العهد (see notHosts). Nor is a
// conjunction and a stop word one (و + لن, ف + لا): a conjunction comes
// before a preposition, never after it, so ك + ولن is كولن, Colin, and ب +
// ولا is بولا, Paula (see conjoined).
func cliticHost[S chars](w S) bool {
	if !inStopTable(w) || notHost(w) {
		return false
	}
	return !conjoined(w)
}

// conjoined reports whether the listed word w is a conjunction, و or ف,
// and a listed word (ولن, فلا), but for واحد, "one", whose و is a letter of
// its own: لواحد is "for one".
func conjoined[S chars](w S) bool {
	return len(w) >= 6 && (hasPrefix(w, "و") || hasPrefix(w, "ف")) && inStopTable(w[2:]) && string(w) != "واحد"
}

// notHost reports whether w is a listed stop word, normalized, that no
// clitic goes before, each given with a word of the story that it and a
// clitic spell. They were found in the dev corpora, where those words are
// common (ولاية and ولي the most), and are words of the language, not of
// one corpus. A switch on string(w) neither allocates nor compares w with
// each in turn.
func notHost[S chars](w S) bool {
	switch string(w) {
	case "ايه", // إيهٍ, "go on!": ولاية, a state
		"لي",   // "to me": ولي, as in ولي العهد, the crown prince
		"عل",   // علًّ, "perhaps": فعل, an act, he did
		"اب",   // أب, "father": باب, a door
		"عين",  // "self": وعين, and he appointed, بعين, with an eye
		"علق",  // "he began": وعلق, and he commented
		"اف",   // an interjection: كاف, enough
		"حم",   // an interjection: لحم, meat, فحم, coal
		"لين",  // لئن, "if indeed": فلين, Flynn
		"حري",  // حرى, "worthy": بحري, maritime
		"ريث",  // "as long as": وريث, an heir
		"هب",   // هبّ, "suppose": وهب, he gave, لهب, a flame
		"امين": // آمينَ, "amen": لامين, Lamine, وامين, and Amin
		return true
	}
	return false
}
