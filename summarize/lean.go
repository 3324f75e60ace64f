package summarize

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/talkhis/talkhis/tokenize"
)

// A sentence leans back when its subject is a pronoun for somebody or
// something named in the sentence before it: «وأضاف أن…» ("and he added
// that…"), «وقالت إن…», «وهو…», «لكنه…». Arabic carries such a subject in
// the verb, so a summary that takes the sentence without the one before
// tells the reader that "he added" without saying who. A pronoun opening
// the sentence always leans back; a verb of saying only when the word or
// mark after it cannot be its subject (a complementizer, a preposition, a
// colon or a quotation): a named subject («وأضاف الوزير أن…») makes the
// sentence stand on its own.
//
// The lists are written as they are spelled and normalized once, with the
// tokenizer's Normalize, so that a text typed without hamza or with
// diacritics matches too.

// reportVerbs are verbs of saying and stating, third person, past and
// present, as they open a sentence (a leading و or ف is taken off first).
const reportVerbs = `قال قالت يقول تقول أضاف أضافت يضيف تضيف تابع تابعت يتابع تتابع
أكد أكدت يؤكد تؤكد أشار أشارت يشير تشير أوضح أوضحت يوضح توضح أردف أردفت
استطرد استطردت مضى مضت أعرب أعربت نفى نفت ينفي تنفي اعتبر اعتبرت يعتبر
تعتبر رأى رأت يرى ترى ذكر ذكرت أعلن أعلنت شدد شددت لفت لفتت كشف كشفت
أفاد أفادت حذر حذرت دعا دعت طالب طالبت اتهم اتهمت وصف وصفت كتب كتبت ختم
ختمت`

// notSubjects are words that, right after such a verb, show that the verb
// has no subject of its own: complementizers, prepositions and adverbs.
const notSubjects = `إن أن إنه أنه إنها أنها إنهم أنهم إننا أننا إنني أنني بأن بأنه بأنها
بأنهم إلى عن في خلال أمام عبر قائلا قائلة أيضا`

// pronounOpeners stand for somebody or something named before: "and he",
// "and she", "but he".
const pronounOpeners = `هو هي هم هما لكنه لكنها لكنهم`

type leanWords struct {
	verbs, notSubjects, pronouns map[string]bool
}

var leanLists = sync.OnceValue(func() leanWords {
	set := func(list string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(list) {
			m[tokenize.Normalize(w)] = true
		}
		return m
	}
	return leanWords{set(reportVerbs), set(notSubjects), set(pronounOpeners)}
})

// leansBack reports whether the sentence s opens with a subject that it
// leaves to the sentence before it.
func leansBack(s string) bool {
	// Three words at most decide: "as", a verb, the word after it.
	var words [3]tokenize.Span
	n := 0
	for w := range tokenize.Words(s) {
		words[n] = w
		if n++; n == len(words) {
			break
		}
	}
	if n == 0 {
		return false
	}
	lists := leanLists()
	// The words are folded into buffers on the stack: looking up
	// string(b) in a map does not allocate, and this runs for every
	// sentence a summary weighs.
	var buf [3][48]byte
	fold := func(k int) []byte { return tokenize.AppendNormalized(buf[k][:0], words[k].In(s)) }
	first := fold(0)
	bare := first
	// و and ف are two bytes each, like every Arabic letter: two letters
	// must remain once one is off.
	if len(first) >= 6 && (string(first[:2]) == "و" || string(first[:2]) == "ف") {
		bare = first[2:]
	}
	if lists.pronouns[string(first)] || lists.pronouns[string(bare)] {
		return true
	}
	verb := 0
	if string(bare) == "كما" {
		verb = 1
		if n < 2 {
			return false
		}
		first = fold(1)
		bare = first
	}
	if !lists.verbs[string(first)] && !lists.verbs[string(bare)] {
		return false
	}
	// What follows the verb: a colon or a quotation opens what was said,
	// unless the quotation is a name; otherwise the next word decides.
	rest := strings.TrimLeft(s[words[verb].End:], " \t\u00a0")
	if r, _ := utf8.DecodeRuneInString(rest); r == ':' {
		return true
	} else if r == '«' || r == '"' || r == '“' {
		return !quotedName(rest)
	}
	return n > verb+1 && lists.notSubjects[string(fold(verb+1))]
}

// quotedName reports whether s opens with a short quotation that the
// sentence goes on after: a name in quotation marks, the subject of the
// verb before it («وتشير "أطباء بلا حدود" إلى أن…»), not words it reports.
func quotedName(s string) bool {
	closer := `"`
	switch {
	case strings.HasPrefix(s, "«"):
		closer = "»"
	case strings.HasPrefix(s, "“"):
		closer = "”"
	}
	_, size := utf8.DecodeRuneInString(s)
	inner, after, ok := strings.Cut(s[size:], closer)
	if !ok {
		return false
	}
	words := 0
	for range tokenize.Words(inner) {
		if words++; words > 4 {
			return false
		}
	}
	for range tokenize.Words(after) {
		return true // a word follows
	}
	return false
}

// announces reports whether s ends with a colon: what it announces (a
// list, a quotation, the results) is in the sentences after it.
func announces(s string) bool {
	s = strings.TrimRight(s, " \t\u00a0")
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, "：")
}

// closesQuote reports whether s closes a quotation that it did not open:
// the tail of somebody's words («…خارج مصر".»), whose speaker is named in
// a sentence before it. Guillemets and curly quotes say which way they
// face; a straight quote closes when it is glued to the word or the final
// punctuation before it (not to a colon, which opens a quotation) and no
// letter follows it.
func closesQuote(s string) bool {
	opened, closed, straight, first := 0, 0, 0, -1
	for i, r := range s {
		switch r {
		case '«', '“':
			opened++
		case '»', '”':
			closed++
		case '"':
			if straight++; first < 0 {
				first = i
			}
		}
	}
	if opened != closed {
		return closed > opened
	}
	if straight%2 == 0 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:first])
	after, _ := utf8.DecodeRuneInString(s[first+1:])
	glued := unicode.IsLetter(before) && before != 'ـ' || unicode.IsDigit(before) || strings.ContainsRune(".!?؟…)»”", before)
	return first > 0 && glued && !unicode.IsLetter(after) && !unicode.IsDigit(after)
}
