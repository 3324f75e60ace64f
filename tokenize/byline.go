package tokenize

import (
	"strings"
	"unicode"
)

// Byline returns the length of the byline that opens s, a story's first
// sentence, with the blanks after it, or 0 where none does: a word that
// says who wrote it, a colon or a dash, the writer's name and a colon or a
// dash, as Arabic papers open a story's lead:
//
//	كتب - محمد السيد: أكد وزير …
//	كتبت ـ سارة أحمد - …, بقلم: محمد السيد - …, إعداد: محمد علي وأحمد حسن: …
//
// The word is one of bylineWords, with a mark after it: without one, «كتب
// مئات الموظفين…», «كتبت صحيفة نيويورك تايمز…», it is the verb of the
// sentence, as in each of the 23 sentences of the dev texts that a search
// finds opening with «كتب» or «كتبت». «بقلم» needs none («بقلم محمد
// السيد:»): it says who wrote, and nothing else. The name is one to five
// words of letters, the first no stop word, after one or two abbreviated
// titles or none («د.», «أ. د.»), and a colon or a dash must close it:
// «كتب: أفضل عشر روايات صدرت هذا العام» is a heading. At least three words
// of the sentence must follow. A byline on a line of its own, closed or
// not («كتب - محمد السيد»), is a heading for HeadedSentences, above the
// story, and no headline for Headline; so is one without a mark after its
// first word where a date line is under it (see signedAbove).
func Byline(s string) int {
	if end, closed := byline(s, true); closed {
		return storyAfter(s, end)
	}
	return 0
}

// bylineAlone reports whether s is a byline and nothing else, its closing
// mark left out or not: «كتب - محمد السيد» on a line of its own.
func bylineAlone(s string) bool {
	end, _ := byline(s, true)
	return endsAt(s, end)
}

// signedAbove reports whether units[k], a heading of text's units, is a
// byline without a mark after its first word, «كتب محمد السيد», on a line
// of its own with a date line right under it, as Youm7 signs a story
// between its headline and its date. Without the date, such a line cannot
// be told from a heading («كتب جديدة للأطفال», "new books for children").
// Sentences leaves the date line out of the units: it is read in the text
// between this unit and the next.
func signedAbove(text string, units []Sentence, k int) bool {
	s := units[k].In(text)
	if end, _ := byline(s, false); !endsAt(s, end) {
		return false
	}
	next := len(text)
	if k+1 < len(units) {
		next = units[k+1].Start
	}
	// The lines under the byline's, up to the next unit: none where that
	// is on the byline's line.
	_, under, _ := strings.Cut(text[units[k].End:next], "\n")
	for line := range strings.Lines(under) {
		if line = strings.TrimSpace(Plain(line)); line != "" {
			return dateLine(line)
		}
	}
	return false
}

// byline returns where the byline that opens s ends, after the mark that
// closes its name, or after its name where s ends there, and whether a
// mark closed it; 0 where none opens s (see Byline). Where marked, a mark
// must follow its first word; otherwise none may (see signedAbove).
func byline(s string, marked bool) (end int, closed bool) {
	const maxName = 5 // «عبد الرحمن محمد السيد», «محمد علي وأحمد حسن»
	// The first word is looked up by its bytes, not read a letter at a
	// time: most units are no byline, and reading their first word cost
	// 800 instructions.
	i := skipBlanks(s, 0)
	if !bylineFirst(s[i:]) {
		return 0, false
	}
	word := -1 // where the first word ends
	for _, w := range bylineWords {
		if strings.HasPrefix(s[i:], w) && !startsWord(s[i+len(w):]) {
			word = i + len(w)
			break
		}
	}
	if word < 0 {
		return 0, false
	}
	// «بقلم» is no verb and no noun of a sentence's: a byline with a mark
	// after it or none.
	switch mark := markEnd(s, skipBlanks(s, word)); {
	case mark >= 0 && marked:
		i = mark
	case mark < 0 && (!marked || s[i:word] == byPen):
		i = word
	default:
		return 0, false
	}
	name := 0
	titles := 0 // abbreviated titles before the name: «أ. د.»
	for i = skipBlanks(s, i); ; i = skipBlanks(s, i) {
		if j := markEnd(s, i); j >= 0 {
			if name == 0 {
				return 0, false
			}
			return j, true
		}
		if j := titleAbbreviation(s, i); j > i && name == 0 && titles < 2 {
			i, titles = j, titles+1 // «د. محمد السيد»: no word of the name
			continue
		}
		end, digits := wordEnd(s, i)
		if end == i && i == len(s) && name > 0 {
			return i, false // «كتب - محمد السيد» and no more
		}
		if end == i || digits {
			return 0, false // a mark, an entity or a figure: no name
		}
		if name++; name > maxName || name == 1 && rawStopword(s[i:end]) {
			return 0, false
		}
		i = end
	}
}

// Kicker returns the length of the flag that opens s, a story's first
// sentence, with the mark after it and the blanks after that, or 0 where
// none does: «عاجل:» ("breaking"), «خاص -» ("exclusive"), «حصري |», as
// sites flag a story ahead of its lead. Like a dateline, it says how the
// story came, not what happened: a summary's first sentence read «عاجل:
// أصدر الرئيس…». A mark must follow the word, a colon, a dash or a bar:
// without one it is the sentence's («خاص بالموظفين…», "for the staff"). At
// least three words of the sentence must follow: «عاجل: زلزال قوي» is a
// heading. A dateline after it is Dateline's («عاجل - القاهرة (رويترز) -»).
func Kicker(s string) int {
	i := skipBlanks(s, 0)
	// Each flag opens with «ع», «خ» or «ح» (D8 B9, D8 AE, D8 AD): most
	// sentences are let go by their first two bytes.
	if len(s) < i+2 || s[i] != 0xD8 || s[i+1] != 0xB9 && s[i+1] != 0xAE && s[i+1] != 0xAD {
		return 0
	}
	for _, w := range kickers {
		if !strings.HasPrefix(s[i:], w) {
			continue
		}
		j := skipBlanks(s, i+len(w))
		end := markEnd(s, j)
		if end < 0 && strings.HasPrefix(s[j:], "|") {
			end = j + len("|")
		}
		if end < 0 {
			return 0
		}
		return storyAfter(s, end)
	}
	return 0
}

// kickers are the flags of Kicker, «حصرياً» before «حصريا» and that before
// «حصري», which open them: the first that opens s is read, and a letter
// after it («عاجلة») is no mark.
var kickers = []string{"عاجل", "خاص", "حصرياً", "حصريا", "حصري"}

// bylineWords open a byline: "wrote" («كتب», «كتبت»), "by the pen of"
// («بقلم»), "prepared by" («إعداد», «اعداد»), and the credits a page sets
// on a line of its own over the story as it sets the writer's:
// "translated by" («ترجمة»), "edited by" («تحرير»), "photographed by"
// («تصوير») and "by" («بواسطة»), and the labels of the writer, the
// editor and the source («الكاتب:», «المحرر:», «المصدر: وكالات»), nouns
// of a sentence without a mark after them («الكاتب المصري…»). Not
// «تقرير:» ("report:") or «حوار:» ("interview:"), which open headlines:
// «تقرير: الحكومة تستقيل».
var bylineWords = []string{"كتب", "كتبت", byPen, "إعداد", "اعداد", "ترجمة", "تحرير", "تصوير", "بواسطة", "الكاتب", "المحرر", "المصدر"}

// bylineFirst reports whether s opens with a letter that one of
// bylineWords opens with, «ك», «ب», «إ», «ا» or «ت» (D9 83; D8 A8, A5, A7,
// AA): most units are let go by their first two bytes, where looking each
// word up cost 240 instructions a Summarize of the sample more once the
// credits were read.
func bylineFirst(s string) bool {
	if len(s) < 2 {
		return false
	}
	switch s[0] {
	case 0xD9:
		return s[1] == 0x83
	case 0xD8:
		return s[1] == 0xA8 || s[1] == 0xA5 || s[1] == 0xA7 || s[1] == 0xAA
	}
	return false
}

// byPen, "by the pen of", says who wrote what follows and nothing else:
// «بقلم محمد السيد:» is a byline without a mark after its first word too,
// where «كتب الوزير:» is a sentence's verb and «إعداد الطلاب» a noun.
const byPen = "بقلم"

// titleAbbreviation returns the end of the abbreviated title that opens
// s[i:], a letter and a period once or twice, «د.» (doctor), «م.»
// (engineer), «أ.د.» (professor), or i where none does. A byline names its
// writer so («كتب - د. محمد السيد:», «بقلم: أ. د. محمد السيد -»), and the
// sentence splitter ends no sentence at a period after a single letter.
func titleAbbreviation(s string, i int) int {
	end := i
	for range 2 {
		r, size := CharAt(s[end:])
		if !unicode.IsLetter(r) || !strings.HasPrefix(s[end+size:], ".") {
			break
		}
		end += size + 1
	}
	return end
}
