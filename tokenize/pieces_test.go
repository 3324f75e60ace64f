package tokenize_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/tokenize"
)

// cut returns the units of text with the long ones cut into pieces.
func cut(text string) []tokenize.Sentence {
	var out []tokenize.Sentence
	for _, s := range tokenize.Sentences(text) {
		out = tokenize.AppendPieces(out, text, s)
	}
	return out
}

// numbered returns n made-up words, numbered from 1: «كلمة1 كلمة2 …».
func numbered(n int) []string {
	ws := make([]string, n)
	for k := range ws {
		ws[k] = fmt.Sprintf("كلمة%d", k+1)
	}
	return ws
}

// with returns ws with the words at the given 1-based positions replaced.
func with(ws []string, at map[int]string) []string {
	out := append([]string(nil), ws...)
	for k, w := range at {
		out[k-1] = w
	}
	return out
}

// pieces joins the words of ws into units cut after the given counts.
func pieces(ws []string, counts ...int) []string {
	var out []string
	for _, n := range counts {
		out = append(out, strings.Join(ws[:n], " "))
		ws = ws[n:]
	}
	return out
}

// A unit of more than MaxSentenceWords words is cut into pieces: at a
// semicolon, else a comma, else before a word that opens a clause, else
// nearest 30 words; never where a colon, a quotation mark or a bracket
// ties what follows to what comes before, unless nothing else will do.
func TestAppendPieces(t *testing.T) {
	plain81 := numbered(81)
	comma := with(numbered(90), map[int]string{20: "كلمة20،"})
	semicolon := with(numbered(90), map[int]string{28: "كلمة28،", 38: "كلمة38؛"})
	commaWa := with(numbered(90), map[int]string{20: "كلمة20،", 31: "والحكومة"})
	opener := with(numbered(90), map[int]string{26: "والحكومة"})
	wa := with(numbered(90), map[int]string{26: "وهو", 50: "وزير"})
	unhamzated := with(numbered(90), map[int]string{26: "واكد"})
	voweled := with(numbered(90), map[int]string{26: "وَأَكَّدَ"})
	colon := with(numbered(90), map[int]string{30: "كلمة30:"})
	quote := with(numbered(90), map[int]string{1: "«كلمة1", 20: "كلمة20»،"})
	final := with(numbered(81), map[int]string{81: "كلمة81."})
	// Word 30 needs the word after it: a preposition, a relative pronoun,
	// «أن» ("that"), «و» ("and") written apart, as EASC's texts write it.
	fi := with(numbered(81), map[int]string{30: "في"})
	ala := with(numbered(81), map[int]string{30: "على", 29: "إلى"})
	alladhi := with(numbered(81), map[int]string{30: "التي"})
	anna := with(numbered(81), map[int]string{30: "ان", 29: "أن", 31: "إن"})
	waApart := with(numbered(81), map[int]string{30: "و"})
	allNeed := with(numbered(81), map[int]string{15: "في", 16: "في", 17: "في", 18: "في", 19: "في", 20: "في", 21: "في", 22: "في", 23: "في", 24: "في", 25: "في", 26: "في", 27: "في", 28: "في", 29: "في", 30: "في", 31: "في", 32: "في", 33: "في", 34: "في", 35: "في", 36: "في", 37: "في", 38: "في", 39: "في", 40: "في"})
	// «بعد» and «قبل» ("after", "before") take a noun or «أن», but end a
	// clause as "yet" before one that opens («لم يصل بعد | وقال…»).
	yet := with(numbered(81), map[int]string{29: "يصل", 30: "بعد", 31: "وقال"})
	afterNoun := with(numbered(81), map[int]string{30: "بعد", 31: "انسحاب"})
	beforeAnna := with(numbered(81), map[int]string{30: "قبل", 31: "أن"})
	// Words 29 to 31 spell an acronym letter by letter («بي بي سي»,
	// "BBC"); «في» after one is the preposition.
	bbc := with(numbered(81), map[int]string{29: "بي", 30: "بي", 31: "سي"})
	bbcIn := with(numbered(81), map[int]string{28: "بي", 29: "بي", 30: "سي", 31: "في"})
	cia := with(numbered(81), map[int]string{29: "سي", 30: "آي", 31: "إيه"})
	// «بين X وY» ("between X and Y"): the «و» with the article after X is
	// its second term, no clause; «وقال» after it opens one.
	between := with(numbered(81), map[int]string{29: "بين", 30: "الرجل", 31: "والمرأة"})
	betweenSaid := with(numbered(81), map[int]string{29: "بين", 30: "البلدين", 31: "وقال"})
	whereas := with(numbered(81), map[int]string{30: "في", 31: "حين"})
	parents := with(numbered(81), map[int]string{30: "من", 31: "والديه"})
	// Word 30 is «كان» ("was") or one of its sisters, which need their
	// predicate, unless «كما» ("as"), «مهما» ("however") or «أيا» stands
	// before it: «مهما كان». «يزال» ("still") is not parted from its «لا».
	kana := with(numbered(81), map[int]string{30: "كان"})
	lamYakun := with(numbered(81), map[int]string{30: "يكن", 31: "يكون"})
	laYazal := with(numbered(81), map[int]string{29: "لا", 30: "يزال"})
	mahmaKana := with(numbered(81), map[int]string{29: "مهما", 30: "كان"})
	// «لا» negates the word after it, but ends «أم لا» ("or not"); «ما»
	// ("what") is the object of a preposition before it, but ends «نوعا
	// ما» ("somewhat").
	la := with(numbered(81), map[int]string{30: "لا"})
	amLa := with(numbered(81), map[int]string{29: "أم", 30: "لا"})
	alaMa := with(numbered(81), map[int]string{29: "على", 30: "ما"})
	nawanMa := with(numbered(81), map[int]string{29: "نوعا", 30: "ما"})
	// Word 31 is a number, which completes the word before it: a year
	// after «عام», an amount after «بقيمة».
	year := with(numbered(81), map[int]string{30: "عام", 31: "2015"})
	indicYear := with(numbered(81), map[int]string{30: "عام", 31: "٢٠١٥"})
	persianYear := with(numbered(81), map[int]string{30: "سال", 31: "۱۴۰۲"})
	// Word 31 has the article: it completes word 30, unless it is a
	// relative pronoun, «إلى» written without hamza, or a comma parts them.
	genitive := with(numbered(81), map[int]string{31: "العرض"})
	relative := with(numbered(81), map[int]string{31: "الذي"})
	ila := with(numbered(81), map[int]string{31: "الى"})
	commaAl := with(numbered(81), map[int]string{30: "كلمة30،", 31: "الحكومة"})
	latinComma := with(numbered(90), map[int]string{20: "كلمة20,"})
	dash := with(numbered(81), map[int]string{30: "كلمة30 —"})
	// A comma ends a clause whatever stands before it, a word that needs
	// the next one too.
	commaNeeds := with(numbered(81), map[int]string{30: "في،"})
	// «ما زال» ("still"): «ما» after a word that is no preposition needs
	// nothing after it, but «زال» is not parted from it.
	maZal := with(numbered(81), map[int]string{30: "ما", 31: "زال"})
	allAl := numbered(81)
	for k := 15; k <= 40; k++ {
		allAl[k] = "الكلمة"
	}
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"80 words are one unit", strings.Join(numbered(80), " "), pieces(numbered(80), 80)},
		{"81 words without a mark: cut nearest 30", strings.Join(plain81, " "), pieces(plain81, 30, 30, 21)},
		{"a comma in range is the cut, and stays with its piece", strings.Join(comma, " "), pieces(comma, 20, 30, 40)},
		{"a semicolon beats a comma nearer 30", strings.Join(semicolon, " "), pieces(semicolon, 38, 30, 22)},
		{"a Latin comma is a comma", strings.Join(latinComma, " "), pieces(latinComma, 20, 30, 40)},
		{"not after a dash when another place will do", strings.Join(dash, " "), pieces(dash, 29, 30, 22)},
		{"after a comma, even after a word that needs the next", strings.Join(commaNeeds, " "), pieces(commaNeeds, 30, 30, 21)},
		{"not before «زال», nor after it («ما زال», \"still\")", strings.Join(maZal, " "), pieces(maZal, 29, 30, 22)},
		{"a comma beats «و» nearer 30", strings.Join(commaWa, " "), pieces(commaWa, 20, 30, 40)},
		{"before «و» and the article when no comma", strings.Join(opener, " "), pieces(opener, 25, 30, 35)},
		{"before «و» and a pronoun, not before a word that starts with «و»", strings.Join(wa, " "), pieces(wa, 25, 30, 35)},
		{"«واكد» written without hamza opens a clause as «وأكد» does", strings.Join(unhamzated, " "), pieces(unhamzated, 25, 30, 35)},
		{"«وَأَكَّدَ» with its vowels opens a clause too", strings.Join(voweled, " "), pieces(voweled, 25, 30, 35)},
		{"not after a colon when another place will do", strings.Join(colon, " "), pieces(colon, 29, 30, 31)},
		{"a closing quote stays with the piece before", strings.Join(quote, " "), pieces(quote, 20, 30, 40)},
		{"final punctuation stays with the last piece", strings.Join(final, " "), pieces(final, 30, 30, 21)},
		{"not after «في», which needs the word after it", strings.Join(fi, " "), pieces(fi, 29, 30, 22)},
		{"nor after «على» or «إلى», spelled with ى and hamza", strings.Join(ala, " "), pieces(ala, 31, 30, 20)},
		{"nor after a relative pronoun", strings.Join(alladhi, " "), pieces(alladhi, 29, 30, 22)},
		{"nor after «أن» or «إن», with hamza or without", strings.Join(anna, " "), pieces(anna, 28, 30, 23)},
		{"nor after «و» written apart", strings.Join(waApart, " "), pieces(waApart, 29, 30, 22)},
		{"after such a word when no other place will do", strings.Join(allNeed, " "), pieces(allNeed, 30, 30, 21)},
		{"«بعد» ends a clause as «yet» before one that opens («لم يصل بعد | وقال»)", strings.Join(yet, " "), pieces(yet, 30, 30, 21)},
		{"…but not before its noun («بعد | انسحاب»)", strings.Join(afterNoun, " "), pieces(afterNoun, 29, 30, 22)},
		{"…nor «قبل» before its «أن»", strings.Join(beforeAnna, " "), pieces(beforeAnna, 29, 30, 22)},
		{"not inside an acronym spelled letter by letter («بي بي | سي»)", strings.Join(bbc, " "), pieces(bbc, 31, 30, 20)},
		{"…but after one, before «في»", strings.Join(bbcIn, " "), pieces(bbcIn, 30, 30, 21)},
		{"…nor inside «سي آي إيه» (\"CIA\"), whose «آي» is no «أي»", strings.Join(cia, " "), pieces(cia, 31, 30, 20)},
		{"not between the two terms of «بين» («بين الرجل | والمرأة»)", strings.Join(between, " "), pieces(between, 31, 30, 20)},
		{"…but before a clause after them («بين البلدين | وقال»)", strings.Join(betweenSaid, " "), pieces(betweenSaid, 30, 30, 21)},
		{"«في حين» (\"whereas\") opens its clause whole", strings.Join(whereas, " "), pieces(whereas, 29, 30, 22)},
		{"not before a word that opens with «وال» after one that needs it", strings.Join(parents, " "), pieces(parents, 29, 30, 22)},
		{"not after «كان», which needs its predicate", strings.Join(kana, " "), pieces(kana, 29, 30, 22)},
		{"nor after «يكن» or «يكون»", strings.Join(lamYakun, " "), pieces(lamYakun, 29, 30, 22)},
		{"nor after «يزال», nor between it and its «لا» («لا يزال», \"is still\")", strings.Join(laYazal, " "), pieces(laYazal, 31, 30, 20)},
		{"«مهما كان» (\"whatever it was\") ends a clause", strings.Join(mahmaKana, " "), pieces(mahmaKana, 30, 30, 21)},
		{"not after «لا», which negates the word after it", strings.Join(la, " "), pieces(la, 29, 30, 22)},
		{"…but after «أم لا» (\"or not\")", strings.Join(amLa, " "), pieces(amLa, 30, 30, 21)},
		{"nor after «ما» after a preposition («على ما», \"on what\")", strings.Join(alaMa, " "), pieces(alaMa, 31, 30, 20)},
		{"…but after «نوعا ما» (\"somewhat\")", strings.Join(nawanMa, " "), pieces(nawanMa, 30, 30, 21)},
		{"not before a number, which completes the word before it («عام | 2015»)", strings.Join(year, " "), pieces(year, 29, 30, 22)},
		{"…in Arabic-Indic digits too", strings.Join(indicYear, " "), pieces(indicYear, 29, 30, 22)},
		{"…and in Persian ones", strings.Join(persianYear, " "), pieces(persianYear, 29, 30, 22)},
		{"not before a word with the article, which completes the one before («دور | العرض»)", strings.Join(genitive, " "), pieces(genitive, 29, 30, 22)},
		{"…but before a relative pronoun, which opens a clause", strings.Join(relative, " "), pieces(relative, 30, 30, 21)},
		{"…or before «الى», «إلى» without its hamza", strings.Join(ila, " "), pieces(ila, 30, 30, 21)},
		{"…or after a comma", strings.Join(commaAl, " "), pieces(commaAl, 30, 30, 21)},
		{"…or when no other place will do", strings.Join(allAl, " "), pieces(allAl, 30, 30, 21)},
		{
			"a long sentence between two short ones",
			"بدأ الاجتماع. " + strings.Join(final, " ") + " انتهى الاجتماع.",
			append(append([]string{"بدأ الاجتماع."}, pieces(final, 30, 30, 21)...), "انتهى الاجتماع."),
		},
		{
			"a run of two lines: each cut on its own",
			strings.Join(plain81, " ") + "\n" + strings.Join(plain81, " "),
			append(pieces(plain81, 30, 30, 21), pieces(plain81, 30, 30, 21)...),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ss := cut(tt.text)
			var got []string
			for _, s := range ss {
				got = append(got, s.In(tt.text))
			}
			assert.Equal(t, tt.want, got)
			checkSpans(t, tt.text, ss)
		})
	}
}

// Whatever the text, the pieces of a long unit hold PieceMinWords to
// PieceMaxWords words, cover it, and keep its line.
func TestAppendPiecesBounds(t *testing.T) {
	for _, n := range []int{81, 95, 96, 120, 1000} {
		for _, every := range []int{0, 3, 7, 16, 41} { // a comma after every k-th word
			ws := numbered(n)
			for k := range ws {
				if every > 0 && (k+1)%every == 0 {
					ws[k] += "،"
				}
			}
			text := "عنوان الخبر\n" + strings.Join(ws, " ")
			ss := cut(text)
			checkSpans(t, text, ss)
			require.Greater(t, len(ss), 2, "n %d every %d", n, every)
			total := 0
			for _, s := range ss[1:] {
				c := 0
				for range tokenize.Words(s.In(text)) {
					c++
				}
				total += c
				assert.GreaterOrEqual(t, c, tokenize.PieceMinWords, "n %d every %d: %q", n, every, s.In(text))
				assert.LessOrEqual(t, c, tokenize.PieceMaxWords, "n %d every %d: %q", n, every, s.In(text))
				assert.Equal(t, 1, s.Line)
				assert.False(t, s.Heading)
			}
			assert.Equal(t, n, total, "n %d every %d", n, every)
		}
	}
}

// The pieces of a unit lie inside it, in order, and hold its words; those
// of a cut unit hold PieceMinWords to PieceMaxWords words each. The text is
// the input repeated, so that short inputs make long units too.
func FuzzAppendPieces(f *testing.F) {
	for _, s := range []string{
		"كلمة ", "قال، ", "«نص» ", "وقال إن: ", "3.5 و٣٫٥ ", "a\u200cb ", "ا. ", "\xff ", "والحكومة؛ ", "(كلمة) - ",
		"في ", "الذي كان في ", "في حين ", "علي، ", "لم يكن ", "لا يزال ", "كما كان ", "بي بي سي ", "بين الرجل والمرأة ", "بين و",
	} {
		f.Add(s, uint8(90))
	}
	f.Fuzz(func(t *testing.T, s string, n uint8) {
		text := strings.Repeat(s, int(n)+1)
		count := func(s string) int {
			c := 0
			for range tokenize.Words(s) {
				c++
			}
			return c
		}
		for _, u := range tokenize.Sentences(text) {
			ps := tokenize.AppendPieces(nil, text, u)
			require.NotEmpty(t, ps)
			assert.Equal(t, ps, tokenize.AppendPieces(nil, text, u), "same input, same output")
			words := count(u.In(text))
			if words <= tokenize.MaxSentenceWords {
				assert.Equal(t, []tokenize.Sentence{u}, ps)
				continue
			}
			// The unit's words, as Words reads the whole unit (a link's
			// address read in a piece alone may read otherwise), each
			// inside one piece.
			var spans []tokenize.Span
			for w := range tokenize.Words(u.In(text)) {
				spans = append(spans, tokenize.Span{Start: u.Start + w.Start, End: u.Start + w.End})
			}
			total, prev := 0, u.Start
			for _, p := range ps {
				require.LessOrEqual(t, prev, p.Start)
				require.Less(t, p.Start, p.End)
				require.LessOrEqual(t, p.End, u.End)
				assert.Equal(t, u.Line, p.Line)
				c := 0
				for _, w := range spans {
					if p.Start <= w.Start && w.End <= p.End {
						c++
					}
				}
				assert.GreaterOrEqual(t, c, tokenize.PieceMinWords, "%+q", p.In(text))
				assert.LessOrEqual(t, c, tokenize.PieceMaxWords, "%+q", p.In(text))
				total += c
				prev = p.End
			}
			assert.Equal(t, words, total, "the pieces hold the unit's words")
		}
	})
}

// A word that needs the word after it is no place to end a piece: the
// piece would end «…الذي كان في» ("…which was in"). Words are compared
// normalized, so that «على» and «علي», «أن» and «ان» are one.
func TestNeedsNext(t *testing.T) {
	for _, tt := range []struct {
		word string
		want bool
	}{
		// «كان» and its sisters need their predicate.
		{"كان", true}, {"كانت", true}, {"كانوا", true}, {"كانا", true}, {"كنت", true}, {"كنا", true},
		{"يكون", true}, {"تكون", true}, {"يكونوا", true}, {"يكونون", true}, {"نكون", true}, {"أكون", true},
		{"يكن", true}, {"تكن", true}, {"نكن", true}, {"أكن", true},
		{"ليس", true}, {"ليست", true}, {"ليسوا", true}, {"لست", true}, {"لسنا", true},
		{"أصبح", true}, {"أصبحت", true}, {"أصبحوا", true}, {"يصبح", true}, {"تصبح", true}, {"يصبحون", true},
		{"أضحى", true}, {"أضحت", true}, {"أمسى", true}, {"أمست", true}, {"بات", true}, {"باتت", true},
		{"ظل", true}, {"ظلت", true}, {"ظلوا", true}, {"يظل", true}, {"تظل", true},
		{"صار", true}, {"صارت", true}, {"صاروا", true}, {"يصير", true}, {"تصير", true},
		{"زال", true}, {"زالت", true}, {"زالوا", true}, {"يزال", true}, {"تزال", true}, {"يزالون", true},
		{"مازال", true}, {"مازالت", true}, {"لازال", true}, {"لايزال", true}, {"لاتزال", true},
		{"وكان", true}, {"فكانت", true}, {"وليس", true}, {"ولايزال", true}, {"كَانَ", true},
		{"كانون", false}, {"الكون", false}, {"مكان", false}, {"بيت", false},
		{"في", true}, {"من", true}, {"على", true}, {"علي", true}, {"إلى", true}, {"الى", true}, {"عن", true},
		{"مع", true}, {"بين", true}, {"منذ", true}, {"خلال", true}, {"حول", true}, {"نحو", true}, {"لدى", true},
		{"الذي", true}, {"التي", true}, {"الذين", true}, {"اللواتي", true}, {"اللتين", true},
		{"أن", true}, {"إن", true}, {"ان", true}, {"لأن", true}, {"كي", true}, {"لكي", true}, {"حتى", true},
		{"و", true}, {"أو", true}, {"او", true}, {"ثم", true}, {"بل", true}, {"لكن", true}, {"أم", true},
		{"لم", true}, {"لن", true}, {"قد", true}, {"سوف", true}, {"إذا", true}, {"لو", true},
		{"كل", true}, {"بعض", true}, {"أي", true}, {"مثل", true},
		{"عند", true}, {"تحت", true}, {"فوق", true}, {"دون", true}, {"ضد", true}, {"عبر", true}, {"وفق", true},
		{"حسب", true}, {"بحسب", true}, {"تجاه", true}, {"اللذين", true}, {"اللذان", true}, {"اللتان", true},
		{"اللاتي", true}, {"اذا", true}, {"حتي", true}, {"لان", true}, {"ام", true}, {"اي", true},
		{"فِي", true}, {"عَلَى", true}, // vowelled
		// after «و» or «ف», and «أن» with a pronoun or «ب»
		{"وفي", true}, {"ومن", true}, {"وعلى", true}, {"والذي", true}, {"وقد", true}, {"ولم", true}, {"فإن", true},
		{"فقد", true}, {"وإذا", true}, {"بأن", true}, {"أنه", true}, {"إنها", true}, {"أنهم", true}, {"بأنه", true},
		{"لأنها", true}, {"وأنه", true}, {"اننا", true},
		{"فحسب", false}, {"وحسب", false}, // "only"
		{"وزير", false}, {"فقط", false}, {"وذلك", false}, {"فيه", false}, {"وهو", false}, {"فيما", false},
		// «بعد» and «قبل» need their noun or «أن» (but see below);
		// words that end a clause well: «وذلك», «إلى حد ما», «لا غير».
		{"بعد", true}, {"قبل", true}, {"وبعد", true}, {"ذلك", false}, {"هذا", false}, {"ما", false}, {"لا", true}, {"ولا", true}, {"وما", true},
		{"غير", false}, {"فيها", false}, {"عليه", false}, {"الحكومة", false}, {"في2", false},
		{"", false}, {"اللواتياللواتي", false},
	} {
		assert.Equal(t, tt.want, tokenize.NeedsNext("", tt.word, false), "%+q", tt.word)
		assert.Equal(t, tt.want, tokenize.NeedsNext("وزير", tt.word, false), "%+q after «وزير»", tt.word)
	}
	// Before a word that opens a clause, «بعد» and «قبل» end one («لم يصل
	// بعد | وقال…», "has not arrived yet | and he said"; «من قبل | ثم…»);
	// the other words need the next one still.
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"بعد", false}, {"قبل", false}, {"وبعد", false}, {"فقبل", false},
		{"في", true}, {"الذي", true}, {"كان", true}, {"لا", true}, {"ما", false}, {"وزير", false},
	} {
		assert.Equal(t, tt.want, tokenize.NeedsNext("", tt.word, true), "%+q before a clause", tt.word)
	}
	// The word before decides for «كان» and its sisters: after «كما»
	// ("as"), «مهما» ("however") or «أيا» ("whatever") they end the clause
	// («كما كان», "as it was"; «أيا كانت», "whatever it was").
	for _, tt := range []struct {
		before, word string
		want         bool
	}{
		{"كما", "كان", false}, {"وكما", "كانت", false}, {"مهما", "كان", false}, {"أيا", "كانت", false},
		{"ايا", "يكن", false}, {"كَمَا", "كان", false},
		// «لا» ends «أم لا» ("or not"), «أو لا», «بالطبع لا» ("of course
		// not"); «ما» needs its clause after a preposition or «كل».
		{"أم", "لا", false}, {"أو", "لا", false}, {"بالطبع", "لا", false}, {"طبعا", "لا", false}, {"إلا", "لا", false},
		{"قد", "لا", true}, {"أنه", "لا", true}, {"أم", "ولا", true},
		{"على", "ما", true}, {"عن", "ما", true}, {"كل", "ما", true}, {"وفي", "ما", true}, {"نوعا", "ما", false}, {"حد", "ما", false},
		{"كما", "في", true}, {"مهما", "أن", true}, {"لم", "يكن", true}, {"ما", "زال", true}, {"الذي", "كان", true},
	} {
		assert.Equal(t, tt.want, tokenize.NeedsNext(tt.before, tt.word, false), "%+q after %+q", tt.word, tt.before)
	}
}

// opensClause looks at a word's first letter before it folds the word: a
// letter that folds into an opener's first letter must still be folded.
func TestOpensClause(t *testing.T) {
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"والحكومة", true}, {"وقال", true}, {"وأكد", true}, {"واكد", true}, {"وَأَكَّدَ", true},
		{"ثم", true}, {"إذ", true}, {"اذ", true}, {"فيما", true}, {"بينما", true},
		{"لكن", true}, {"ولكن", true}, // «و» + «لكن»: the list after «و» finds it
		{"ؤالحكومة", true}, // ؤ folds into و
		{"ـثم", true},      // tatweel goes
		{"والي", false}, {"وزير", false}, {"الحكومة", false}, {"قال", false}, {"كلمة", false},
	} {
		assert.Equal(t, tt.want, tokenize.OpensClause(tt.word), tt.word)
	}
}

// Text without sentence marks, as a transcript comes, is one unit; past
// MaxSentenceWords words it is cut into pieces of 15 to 40 words: here
// after the comma that falls in that range, then before «وقال», which opens
// a clause, rather than at 30 words; each piece keeps its marks.
func ExampleAppendPieces() {
	clause := func(n int) string { return strings.Repeat("كلام ", n) }
	text := clause(24) + "انتهى، " + clause(25) + "وقال الوزير " + clause(35) + "ختام"
	var pieces []tokenize.Sentence
	for _, s := range tokenize.Sentences(text) {
		pieces = tokenize.AppendPieces(pieces, text, s)
	}
	for _, p := range pieces {
		words := strings.Fields(p.In(text))
		fmt.Println(len(words), words[0], words[len(words)-1])
	}
	// Output:
	// 25 كلام انتهى،
	// 25 كلام كلام
	// 38 وقال ختام
}
