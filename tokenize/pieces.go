package tokenize

import (
	"bytes"
	"strings"
	"sync"
	"unicode/utf8"
)

// MaxSentenceWords is the longest unit, in words, that AppendPieces keeps
// whole. Text without sentence punctuation (a transcript, a chat log, a
// feed stripped of its marks) would otherwise be one unit, and its summary
// the whole text, whatever the length budget. A longer unit is cut into
// pieces of PieceMinWords to PieceMaxWords words (see AppendPieces). At 80,
// 25 of the 57,383 units of the news dev corpus and 30 of 1,128 of the
// EASC one are cut: real sentences that long are chains of clauses, longer
// than most summaries. Cutting sooner, at 30 to 70 words, does not pay:
// EASC paragraphs gain nothing beyond noise, and a news lead cut into
// clauses scores less as a lead (examples/evaluate/README.md, "The
// selection rule").
const MaxSentenceWords = 80

// The pieces of a long unit hold PieceMinWords to PieceMaxWords words,
// pieceTarget where the text offers no better place to cut: about a
// sentence (the first sentences of the dev corpora average 24 words on
// news, 32 on EASC).
const (
	PieceMinWords = 15
	PieceMaxWords = 40
	pieceTarget   = 30
)

// pieceWindow is the most words AppendPieces holds at once: enough to
// tell a long unit, and for the next cut.
const pieceWindow = max(MaxSentenceWords, PieceMinWords+PieceMaxWords)

// AppendPieces appends the unit s of text to dst: whole, or, when it has
// more than MaxSentenceWords words, cut into pieces of PieceMinWords to
// PieceMaxWords words. A cut falls after a semicolon or a comma if one
// lies in that range, else before a word that opens a clause («والحكومة»,
// «وقال», «ثم»), else near 30 words, before a word with the article or a
// number only when no other place will do (see gapRank); never, while
// another place will do, next to a colon, a quotation mark, an opening
// bracket or a dash, after a word that needs the next one (see
// needsNext), before a form of «زال» or inside an acronym spelled letter
// by letter (see cutPlace). A piece
// keeps the closing marks and the comma it ends with, so that two pieces
// taken together read as the text does. The pieces keep the unit's line.
//
// Sentences does not cut: it reads only the bytes that may end a
// sentence, and counting every unit's words there would cost it a pass
// that the term pass makes anyway. Package summarize cuts the units its
// term pass finds long, so that text without sentence punctuation, which
// Sentences makes one unit a line, is not returned whole as its summary.
func AppendPieces(dst []Sentence, text string, s Sentence) []Sentence {
	// The words are read through a window (pieceWindow) that holds no more
	// than the next cut needs: a line of millions of words costs no slice
	// of them all.
	var win []Span
	start := s.Start // where the next piece starts
	piece := func(end int, words []Span) {
		// A piece holds words by construction: it is only narrowed, not
		// judged as trim judges a sentence (all markup, say), and never
		// past its first or last word, so that no word of the unit is
		// lost. (Narrowed alone, a piece could lose some: a template's
		// «{%» that the unit's words read as closed further on may close
		// at the piece's end, «{%}0}}A000{%}», as FuzzAppendPieces found.)
		i, j := narrow(text, start, end)
		i, j = min(i, words[0].Start), max(j, words[len(words)-1].End)
		dst = append(dst, Sentence{Span: Span{i, j}, Heading: s.Heading, Line: s.Line})
		start = end
	}
	cut := func() {
		k := cutPlace(text, win)
		piece(pieceEnd(text, win[k-1].End, win[k].Start), win[:k])
		win = win[:copy(win, win[k:])]
	}
	long := false
	for w := range Words(s.In(text)) {
		win = append(win, Span{s.Start + w.Start, s.Start + w.End})
		if len(win) > pieceWindow {
			long = true
			cut()
		}
	}
	if !long {
		return append(dst, s)
	}
	for len(win) > PieceMaxWords {
		cut()
	}
	piece(s.End, win)
	return dst
}

// cutPlace returns how many of words, more than PieceMaxWords, go into
// the next piece: from PieceMinWords to PieceMaxWords, leaving at least
// PieceMinWords for the rest, at the best place in that range (see
// gapRank), nearest pieceTarget among equals. A place without marks after
// a word that needs the next one (needsNext) is among the last, as a
// colon's is, and so is one before a form of «زال» (negated), inside an
// acronym spelled letter by letter (letterName), or between the two terms
// of «بين» («بين الرجل | والمرأة», "between men | and women", where the
// «و» with the article opens no clause; 101 of the pieces of the dev texts
// without sentence marks were cut so, 212 without clause marks): the
// words are asked of the best place only, and of the next best if it was
// one, since folding every word of a transcript to ask would cost a tenth
// of its summary.
func cutPlace(text string, words []Span) int {
	lo, hi := PieceMinWords, min(PieceMaxWords, len(words)-PieceMinWords)
	var ranks [PieceMaxWords + 1]int
	for k := lo; k <= hi; k++ {
		ranks[k] = gapRank(text, words[k-1], words[k])
	}
	for {
		best, bestRank := 0, -2
		for k := lo; k <= hi; k++ {
			if r := ranks[k]; r > bestRank || r == bestRank && abs(k-pieceTarget) < abs(best-pieceTarget) {
				best, bestRank = k, r
			}
		}
		// A comma or a semicolon ends a clause whatever stands before it.
		// Rank 2 is before a word that opens a clause (gapRank).
		before, w, after := words[best-2].In(text), words[best-1].In(text), words[best].In(text)
		if bestRank < 0 || bestRank >= 3 || !needsNext(before, w, bestRank == 2) && !negated(after) &&
			!(letterName(w) && letterName(after)) && !(before == "بين" && secondTerm(after, bestRank == 2)) {
			return best
		}
		ranks[best] = -1
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// gapRank rates the gap between two words as a place to cut: after a
// semicolon 4, after a comma 3, before a word that opens a clause 2,
// elsewhere 1, and before a word with the article (see definite) or a
// number (opensWithDigit) 0: such a word completes the one before it, as
// its genitive («دور | العرض», "houses of | the show"), its adjective
// («الحكومة | السورية»), after a verb its subject («أعلن | الوزير»), or
// as a year («عام | 2015»). A gap that holds a colon, a
// quotation mark, an opening bracket or a dash is -1, the last place to
// cut: what follows it belongs to what comes before, and a straight quote
// may open or close. (So is a gap without a comma or a semicolon after a
// word that needs the next one, as cutPlace finds out.)
func gapRank(text string, before, after Span) int {
	rank := 1
	gap := text[before.End:after.Start]
	for i := 0; i < len(gap); {
		r, size := markAt(gap[i:])
		i += size
		switch r {
		case ':', '«', '“', '(', '"', '\'', '-', '–', '—':
			return -1
		case '؛', ';':
			rank = 4
		case '،', ',':
			rank = max(rank, 3)
		}
	}
	if rank == 1 {
		switch w := after.In(text); {
		case opensClause(w):
			rank = 2
		case definite(w) || opensWithDigit(w):
			rank = 0
		}
	}
	return rank
}

// opensWithDigit reports a word that opens with a digit, ASCII or
// Arabic-Indic: a number, which completes the word before it as a word
// with the article does, a year after «عام» («عام | 2015» began 59 of the
// pieces of the dev texts without any marks), an amount after «بقيمة», an
// age after «العمر».
func opensWithDigit(w string) bool {
	// Read from the bytes, since nearly every gap of a long unit asks:
	// U+0660–U+0669 are D9 A0–A9 in UTF-8, U+06F0–U+06F9 DB B0–B9.
	switch {
	case w == "":
		return false
	case '0' <= w[0] && w[0] <= '9':
		return true
	case len(w) < 2:
		return false
	case w[0] == 0xD9:
		return 0xA0 <= w[1] && w[1] <= 0xA9
	case w[0] == 0xDB:
		return 0xB0 <= w[1] && w[1] <= 0xB9
	}
	return false
}

// definite reports a word that opens with the article «ال», but for the
// words that open a clause or a phrase of their own: the relative
// pronouns («الذي»: the words of governs' list that open so, and
// «اللائي», which the list lacks), «إلى» and «إلا» written without their
// hamza («الى», «الا»).
func definite(w string) bool {
	rest, ok := strings.CutPrefix(w, "ال")
	if !ok || len(rest) < 2*2 { // two letters at least: «الى», «الا» are none
		return false
	}
	return !governs(w) && w != "اللائي"
}

// needsNext reports a word w that cannot end a clause, since it governs
// the word after it: a preposition («في», «على»), a relative pronoun
// («الذي»), a particle that takes a clause or a verb («أن», «لم», «قد»),
// a conjunction («و» written apart, «أو», «ثم»), or a quantifier that
// takes a noun («كل», «بعض»); «أن» with a pronoun or «ب» too («أنه»,
// "that he"; «بأن»), and each of them after «و» or «ف» («وفي», «فإن»). A
// piece that ended with one («…الذي كان في», "…which was in") read as
// cut off: 2.9 % of the pieces of the dev texts without sentence marks
// did at 2d3d2d7, and 8.1 % once their commas went too; now 0.2 %, where a
// comma follows the word or no other place will do, and none. It is asked
// before a word that opens a clause as well: «في حين» ("whereas") opens
// one with its «في», and «من والديه» ("of his parents") holds no «و» that
// opens one.
//
// «بعد» and «قبل» ("after", "before") need their noun or «أن» («بعد |
// انسحاب», «قبل | أن»), but end a clause as "yet" and "before" when the
// next word opens one (opens: «لم يصل بعد | وقال…», "has not arrived yet
// | and he said"). They ended 42 and 34 of the pieces without sentence
// marks, 71 and 56 without clause marks.
//
// Some words need the next one or not by the word before them, before:
//   - «كان» and its sisters (copula) need their predicate («…الذي كان |
//     ينظم…», «لم يكن | سهلا»), but not after «كما», «مهما» or «أيا»
//     («كما كان», "as it was"). They ended 92 of the 39,066 pieces without
//     sentence marks, and 223 once the commas went too; now 5 and 1.
//   - «لا» ("not") needs the word it negates, but not after «أم» or «أو»
//     («أم لا», "or not"), «إلا» or «بالطبع» ("of course not").
//   - «ما» ("what") needs its clause after a word of the kind above («على
//     ما», «كل ما»), but not after a noun («نوعا ما», "somewhat"; «يوما
//     ما», "some day"). «ولا» and «وما» always do.
//
// Left out are the words of this kind that also end a clause: «غير» («لا
// غير», "nothing else") and the demonstratives («وذلك»).
func needsNext(before, w string, opens bool) bool {
	// The longest word of the lists, «واللواتي», is 16 bytes; a vowel mark
	// is 2 more each.
	if len(w) > 32 {
		return false
	}
	var buf [36]byte
	f := string(AppendNormalized(buf[:0], w))
	if governs(f) {
		return true
	}
	// «و» or «ف» before one of them: «وفي», «فإن»; but «فحسب» is "only".
	rest, ok := strings.CutPrefix(f, "و")
	if !ok {
		rest, ok = strings.CutPrefix(f, "ف")
	}
	if ok && rest != "حسب" && governs(rest) {
		return true
	}
	if ok && (rest == "لا" || rest == "ما") {
		return true // «ولا», «وما»: "nor", "and what"
	}
	if f == "بعد" || f == "قبل" || ok && (rest == "بعد" || rest == "قبل") {
		return !opens
	}
	cop := copula(f) || ok && copula(rest)
	if !cop && f != "لا" && f != "ما" {
		return false
	}
	if len(before) > 32 {
		return true
	}
	b := string(AppendNormalized(buf[:0], before))
	switch {
	case cop:
		switch strings.TrimPrefix(b, "و") {
		case "كما", "مهما", "ايا":
			return false
		}
		return true
	case f == "لا":
		switch b {
		case "ام", "او", "الا", "والا", "بالطبع", "طبعا":
			return false
		}
		return true
	default: // «ما»
		return governs(b) || governs(strings.TrimPrefix(b, "و"))
	}
}

// negated reports a form of «زال» written apart from the «ما» or «لا»
// before it («لا يزال», "is still"; «ما زالت»): a cut before it would
// part the two.
func negated(w string) bool {
	// Asked at nearly every cut: most words hold no «ز» to fold.
	if len(w) > 32 || !strings.Contains(w, "ز") {
		return false
	}
	var buf [36]byte
	switch string(AppendNormalized(buf[:0], w)) {
	case "زال", "زالت", "زالوا", "يزال", "تزال", "يزالون":
		return true
	}
	return false
}

// secondTerm reports a word that can be the second term of «بين X وY»: a
// word with «و» that opens no clause (opens is false: «وموسكو», «و34»),
// or whose «و» comes before the article or a name that folds like it
// («والمرأة», «وألبانيا»), which opensClause takes for a clause.
func secondTerm(w string, opens bool) bool {
	rest, ok := strings.CutPrefix(w, "و")
	if !ok || !opens {
		return ok
	}
	var buf [8]byte
	return strings.HasPrefix(string(AppendNormalized(buf[:0], rest[:min(len(rest), 4)])), "ال")
}

// letterName reports the Arabic name of a Latin letter, as news spells
// acronyms («بي بي سي», "BBC"; «سي آي إيه», "CIA"): a cut between two
// parts the acronym («…مراسلة بي» | «بي سي…»). The names that are also
// Arabic words are left out, «في», «إن», «أو», «ال» («…لبي بي سي إن…» is
// "…told the BBC that…"), but for «آي» («أي», "any"), which after
// another letter's name is an I («سي آي إيه»).
func letterName(w string) bool {
	// Asked at nearly every cut, so compared as written, in the spellings
	// news uses, with hamza or without: no folding.
	switch w {
	case "بي", "سي", "إس", "اس", "أس", "إف", "اف", "أف", "دي", "تي", "جي", "إتش", "اتش", "أتش", "كيو", "آر", "ار",
		"يو", "دبليو", "زد", "واي", "إكس", "اكس", "إيه", "ايه", "أيه", "كي", "إم", "ام", "آي", "اي":
		return true
	}
	return false
}

// copula reports «كان» and its sisters, folded as Normalize folds them, in
// the forms a news text gives them: past, present and the jussive after
// «لم» («يكن»), «ليس», «أصبح», «أضحى», «أمسى», «بات», «ظل», «صار», and
// «زال» after «ما» or «لا», apart or joined («مازال», «لايزال»).
func copula(f string) bool {
	switch f {
	case "كان", "كانت", "كانوا", "كانا", "كنت", "كنا",
		"يكون", "تكون", "يكونوا", "يكونون", "نكون", "اكون", "يكن", "تكن", "نكن", "اكن",
		"ليس", "ليست", "ليسوا", "لست", "لسنا",
		"اصبح", "اصبحت", "اصبحوا", "يصبح", "تصبح", "يصبحون",
		"اضحي", "اضحت", "امسي", "امست", "بات", "باتت",
		"ظل", "ظلت", "ظلوا", "يظل", "تظل", "صار", "صارت", "صاروا", "يصير", "تصير",
		"زال", "زالت", "زالوا", "يزال", "تزال", "يزالون",
		"مازال", "مازالت", "لازال", "لايزال", "لاتزال":
		return true
	}
	return false
}

// governs is needsNext's list, folded as Normalize folds the words: a
// switch on the word, with no map to hash it for.
func governs(f string) bool {
	switch f {
	case "في", "من", "علي", "الي", "عن", "مع", "بين", "عند", "منذ", "حول", "خلال", "نحو", "لدي",
		"تحت", "فوق", "دون", "ضد", "عبر", "وفق", "حسب", "بحسب", "تجاه",
		"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي",
		"ان", "لان", "بان", "كي", "لكي", "حتي", "اذا", "لو", "لم", "لن", "قد", "سوف",
		"انه", "انها", "انهم", "انهما", "انهن", "اني", "انني", "اننا", "انك", "انكم",
		"بانه", "بانها", "بانهم", "لانه", "لانها", "لانهم",
		"و", "او", "ثم", "بل", "لكن", "ام", "كل", "بعض", "اي", "مثل":
		return true
	}
	return false
}

// opensClause reports a word that opens a clause in Arabic without
// punctuation: «و» before the article, before a pronoun or a particle
// («والحكومة», «وهو», «وقد», «وفي»), or one of the reporting verbs that
// chain a news text («وقال», «وأضاف»); or a connective («ثم», «كما»,
// «حيث», «بينما», «لكن»). Words are compared normalized, since informal
// text and transcripts often write «واكد» for «وأكد».
func opensClause(w string) bool {
	// A gap is weighed for nearly every word of a long unit: a word that
	// opens with a basic Arabic letter that neither is nor folds into the
	// first letter of an opener is none (ؤ folds into و, tatweel goes),
	// and the others are folded into a buffer on the stack, whose
	// string(b) map lookup does not allocate.
	if r, _ := utf8.DecodeRuneInString(w); r >= 'ء' && r <= 'ي' && !strings.ContainsRune("وؤثكحبلإأآافـ", r) {
		return false
	}
	var buf [64]byte
	folded := AppendNormalized(buf[:0], w)
	lists := clauseOpeners()
	if rest, ok := bytes.CutPrefix(folded, []byte("و")); ok {
		// «وال» + at least two letters: «والحكومة», not «والي» ("governor")
		if bytes.HasPrefix(rest, []byte("ال")) && utf8.RuneCount(rest) > 3 {
			return true
		}
		return lists.afterWa[string(rest)]
	}
	return lists.alone[string(folded)]
}

var clauseOpeners = sync.OnceValue(func() (lists struct{ afterWa, alone map[string]bool }) {
	set := func(list string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(list) {
			m[Normalize(w)] = true
		}
		return m
	}
	lists.afterWa = set("هو هي هم قد لقد في كان كانت قال قالت أضاف أضافت أكد أكدت أشار أشارت أوضح " +
		"لكن لم لا من على إن أن ذلك هذا هذه منذ بعد عند")
	lists.alone = set("ثم كما حيث بينما لكن إذ فيما حين") // «ولكن» is «و» + «لكن», above
	return lists
})

// markAt returns the character that opens s and its length in s, as the
// page shows it: an HTML entity is the character it stands for («&quot;»
// a quotation mark, not a semicolon; see CharAt), and a tag that closes in
// s is no character (0).
func markAt(s string) (rune, int) {
	if s != "" && s[0] == '<' && opensTag(s[1:]) {
		if k := strings.IndexByte(s, '>'); k > 0 {
			return 0, k + 1
		}
	}
	return CharAt(s)
}

// pieceEnd returns where a piece ending with the word that ends at i ends:
// after the closing quotes and brackets and the comma or semicolon that
// follow it, spaces allowed between, so that two pieces taken together
// read as the text does.
func pieceEnd(text string, i, next int) int {
	end := i
	for i < next {
		r, size := markAt(text[i:next])
		if !isSpace(r) && !isCloser(r) && !isTerminator(r) && !isClauseMark(r) {
			break
		}
		i += size
		if !isSpace(r) {
			end = i
		}
	}
	return end
}
