package tokenize

import (
	"strings"
	"unicode/utf8"
)

// relatedHeadings are the lines over a box of other stories' headlines,
// as news pages title it: to read or watch them too («اقرأ أيضاً»,
// «شاهد أيضا»), related or similar stories («أخبار ذات صلة», «مواضيع
// متعلقة», «مقالات مشابهة»), the most read («الأكثر قراءة»), those chosen
// for the reader («قد يهمك», «اخترنا لك») or more news («المزيد من
// الأخبار»), each as AppendNormalWords gives it. Not «اقرأ المزيد» ("read
// more"), a link to the rest of the story itself.
var relatedHeadings = normalWordSet(
	"اقرأ أيضا", "اقرأ كذلك", "شاهد أيضا", "طالع أيضا", "ذات صلة", "ذات الصلة",
	"أخبار ذات صلة", "الأخبار ذات الصلة", "أخبار ذات الصلة", "مواضيع ذات صلة", "مواضيع ذات الصلة", "موضوعات ذات صلة",
	"مقالات ذات صلة", "المقالات ذات الصلة", "روابط ذات صلة", "قصص ذات صلة", "تقارير ذات صلة",
	"أخبار متعلقة", "مواضيع متعلقة", "موضوعات متعلقة", "مقالات متعلقة",
	"أخبار مشابهة", "مواضيع مشابهة", "مقالات مشابهة",
	"الأكثر قراءة", "الأكثر مشاهدة", "الأكثر قراءة اليوم", "الأخبار الأكثر قراءة",
	"قد يهمك", "قد يهمك أيضا", "قد يعجبك أيضا", "اخترنا لك", "المزيد من الأخبار",
	"related", "related articles", "related stories", "related posts", "related news", "read also", "see also", "most read",
)

// relatedBytes is the longest line RelatedHeading reads, in bytes: its
// longest phrase with diacritics and a mark or two.
const relatedBytes = 80

// RelatedHeading reports whether line, a line of its own or one's
// opening, is the one over
// a box of other stories' headlines (see relatedHeadings), with a colon,
// two dots or an ellipsis after it or none. What follows such a line, as
// far as a headline's shape goes, is the page's, not the story's (see
// HeadedSentences).
func RelatedHeading(line string) bool {
	if len(line) > relatedBytes || !relatedLetters(line) {
		return false
	}
	return relatedHeadings.holds(line)
}

// relatedEnds are the endings of the last words of relatedHeadings'
// phrases, as written and as normalized («أيضاً», «ايضا», «أيضًا»;
// «صلة», «صله»), and in lower case, by their last letter: most headings
// end with none of those letters, and are let go by it (see
// relatedLetters).
var relatedEnds = map[rune][]string{
	'ا': {"يضا", "يضًا"},
	'ة': {"صلة", "علقة", "شابهة", "قراءة", "شاهدة"},
	'ه': {"صله", "علقه", "شابهه", "قراءه", "شاهده"},
	'م': {"اليوم"},
	'ك': {"يهمك", "لك", "كذلك"},
	'ر': {"خبار"},
	'd': {"related", "read"},
	's': {"articles", "stories", "posts", "news"},
	'o': {"also"},
}

// relatedLetters reports whether s's last word, past the marks, blanks and
// diacritics after it and without its tatweels, ends as one of
// relatedHeadings' does (relatedEnds):
// most headings do not, and are let go by their last letter before their
// words are normalized, which costs some 2,000 instructions a heading. A
// search of each heading for letters of each phrase cost 1,800, and a
// test of each ending 1,400.
func relatedLetters(s string) bool {
	for len(s) > 0 {
		switch c := s[len(s)-1]; {
		case c < utf8.RuneSelf && !asciiWord[c]:
			s = s[:len(s)-1] // «:», «..», a blank
			continue
		case strings.HasSuffix(s, "…"):
			s = s[:len(s)-len("…")]
			continue
		case len(s) >= 2 && s[len(s)-2] == 0xD9 && c >= 0x8B && c <= 0x92:
			s = s[:len(s)-2] // tanween, a short vowel, a shadda or a sukun
			continue
		}
		break
	}
	if strings.Contains(s, "ـ") {
		// A tatweel drawn out inside a word («اقـرأ أيضـاً»), which
		// normalizing takes out, is taken out of the ending too.
		s = strings.ReplaceAll(s, "ـ", "")
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if last < utf8.RuneSelf {
		last |= 0x20 // lower case
	}
	latin := last < utf8.RuneSelf
	for _, e := range relatedEnds[last] { // none for most headings, at their last letter
		// Latin letters in any case ("Related", "NEWS"); Arabic's are
		// compared as bytes, which costs a heading a third of what
		// EqualFold's runes do.
		if strings.HasSuffix(s, e) || latin && len(s) >= len(e) && strings.EqualFold(s[len(s)-len(e):], e) {
			return true
		}
	}
	return false
}

// relatedBoxes marks as headings each unit of units, text's, that opens
// its line and titles a box of other stories' headlines
// (RelatedHeading), and the lines under it that a headline's shape fits
// (boxLine), from the rest of its own line («اقرأ أيضا… هل…؟», which an
// ellipsis parts) on. The story goes on at the first that does not: a box
// may stand between its paragraphs, as BBC Arabic sets «اقرأ أيضاً:» (27
// titles in 26 of the dev texts), and a headline seldom ends as a
// paragraph does.
func relatedBoxes(text string, units []Sentence) {
	foot := -1 // footFrom's, found when first needed
	for k := 0; k < len(units); k++ {
		u := units[k]
		if k > 0 && units[k-1].Line == u.Line || !RelatedHeading(u.In(text)) {
			continue
		}
		units[k].Heading = true
		// A blank line under lines of the box set together, the title and
		// a headline or two headlines, ends it, as a page copied from a
		// browser parts its paragraphs and not a list's items: the story's
		// own question under it («ما الذي يجعلها مكلفة؟») is no headline.
		// Where a blank line parts each line of the box, none tells.
		together, parted := false, false
		for k+1 < len(units) {
			blank, read := false, false
			if units[k+1].Line != units[k].Line {
				blank, read = blankBetween(text, units[k], units[k+1])
			}
			if parted = blank && together; parted {
				break
			}
			last := unitsLineEnd(units, k+1)
			if !boxLine(text, units[k+1:last], false) {
				break
			}
			for j := k + 1; j < last; j++ {
				units[j].Heading = true
			}
			together = together || read && !blank
			k = last - 1
		}
		if parted || k+1 == len(units) {
			continue
		}
		// At the text's foot, a box's headlines may end with a period, as
		// some sites set them: the lines left, the rest of this one and
		// every line after it, are the box's where each fits a
		// headline's shape but for the period. Between the story's
		// paragraphs, a period is the end of one.
		if foot < 0 {
			foot = footFrom(text, units)
		}
		if last := unitsLineEnd(units, k+1); last >= foot && boxLine(text, units[k+1:last], true) {
			for j := k + 1; j < len(units); j++ {
				units[j].Heading = true
			}
			k = len(units)
		}
	}
}

// blankBetween reports whether a blank line parts a and b, units of text
// on other lines, a above b: a line of blanks (see blank) alone among the
// text between them. Read is false where a tag is there, in a page's
// source, whose lines are not the page's.
func blankBetween(text string, a, b Sentence) (found, read bool) {
	gap := text[a.End:b.Start]
	if strings.IndexByte(gap, '<') >= 0 {
		return false, false
	}
	broken := false // a line break, and only blanks since
	for i, r := range gap {
		switch {
		case r == '\n' && i > 0 && gap[i-1] == '\r': // \r\n is one break
		case IsLineBreak(r):
			if broken {
				return true, true
			}
			broken = true
		case !blank(r):
			broken = false
		}
	}
	return false, true
}

// unitsLineEnd returns the end of the units of units[i]'s line from i on: they
// are units[i:end].
func unitsLineEnd(units []Sentence, i int) int {
	end := i + 1
	for end < len(units) && units[end].Line == units[i].Line {
		end++
	}
	return end
}

// footFrom returns the first of units, text's, from whose line on every
// line fits a headline's shape but for a period at its end (boxLine), or
// len(units) where the last does not. Found once, from the foot up, it
// answers for every box's title above: a test from each title down to
// the foot cost a text of 20,000 titles over short lines 72 seconds.
func footFrom(text string, units []Sentence) int {
	from := len(units)
	for from > 0 {
		first := from - 1
		for first > 0 && units[first-1].Line == units[from-1].Line {
			first--
		}
		if !boxLine(text, units[first:from], true) {
			break
		}
		from = first
	}
	return from
}

// boxLine reports whether line, the units of one line of text, is a
// headline in a box of other stories': of maxHeadlineWords words or
// fewer, each unit but the last ending as a part of a headline does
// (partEnds), the last so or without a final mark, or with a period where
// period says a box's headlines may end so (footFrom), and opening as a
// headline does (see opensParagraph). A period or a colon at its end is
// otherwise a paragraph's, «ووفق بيان الحزب فإن "…".», «وقال في بيان:».
func boxLine(text string, line []Sentence, period bool) bool {
	for _, u := range line[:len(line)-1] {
		if !partEnds(u.In(text)) {
			return false
		}
	}
	s := line[len(line)-1].In(text)
	if !Unpunctuated(s) && !partEnds(s) && !(period && FinalMark(s) == '.') {
		return false
	}
	all := text[line[0].Start:line[len(line)-1].End]
	return wordsAtMost(all, maxHeadlineWords) && !opensParagraph(all)
}

// subjectWords is the most words a headline names its subject in before
// a colon, as package summarize reads one («وزير الخارجية الأمريكي: …»).
const subjectWords = 6

// opensParagraph reports whether s opens as the story's paragraph after a
// box may, and a headline does not: with a conjunction, «و» or «ف»
// ("and", "so") joined to its first word, or «لكن» ("but") («وأضاف
// ترامب "…"», «فمن هو…؟», «لكن من هو…؟», which lost their period or ask),
// or with a word set off by a comma («إذاً، …», "so, …"). A headline
// whose first word only begins with the letter names its subject before a
// colon, as a box's headlines often do («واشنطن: …», «وفاة …: …»,
// «فيديو: …»), and is none: a colon within its first subjectWords words
// tells it. One without («وفاة الممثل…») ends the box early; its
// headlines after it are then read as any line is.
func opensParagraph(s string) bool {
	n := 0
	for w := range Words(s) {
		if n++; n == 1 {
			first := w.In(s)
			if first == "لكن" {
				return true
			}
			if !strings.HasPrefix(first, "و") && !strings.HasPrefix(first, "ف") {
				r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[w.End:], " "))
				return r == '،' || r == ','
			}
		}
		if strings.HasPrefix(strings.TrimLeft(s[w.End:], " \"'»”"), ":") {
			return false // «واشنطن: …», «وفاة "…":»
		}
		if n == subjectWords {
			break
		}
	}
	return true // «و» or «ف», and no colon after a subject's words
}
