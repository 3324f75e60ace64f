package tokenize

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Headline returns the span of text's headline among its units, as
// Sentences gives them: the heading that opens it, unless that is a page's
// title with the site's name beside the headline («الحكومة ترفع أسعار
// الوقود | شبكة الأخبار», from <title>, a reader's «Title:» header or front
// matter) and a later heading is the headline alone, as a page's <h1> is.
// Headings without a letter (a time, a date in figures) are passed over,
// and so are headings of maxNameWords words or fewer before a longer one
// and the story (a site's name, a menu, a section's name, as a page copied
// whole has them, or a <title> of the site's name alone).
// ok is false when text opens with a sentence: a heading after one heads a
// section of the story, or names another story that the page links to
// («أمريكا وبريطانيا وفرنسا يقصفون أهدافا في سوريا» two sentences into a
// story on another strike), and is no headline of this one.
//
// The later heading must read, once normalized, as the title's words on
// one side of a separator that sites set between a title's parts («|»,
// «-», «–», «—», «·», «•», «::», «/», each with spaces around it), and
// hold more of the title's words than the rest does, or as many when it
// opens the title, as most sites name themselves after the headline: a
// logo's «<h1>شبكة الأخبار</h1>» is no headline, and a headline shorter
// than the site's name leaves the title whole, as do more than three
// separators, which make a list of a title. A colon is the headline's own
// («وزير المالية: الأسعار سترتفع»), and a dash inside a word or a number
// («الروسي-الأمريكي», «2024-2025») separates nothing.
func Headline(text string, units []Sentence) (sp Span, ok bool) {
	k, ok := pageTitle(text, units)
	if !ok {
		return Span{}, false
	}
	units = units[k:]
	sp = units[0].Span
	// Most titles hold no separator: they are the headline.
	parts := headlineParts(sp.In(text))
	if len(parts) == 0 {
		return sp, true
	}
	var buf []byte
	for _, u := range units[1:] {
		if !u.Heading {
			continue
		}
		buf = AppendNormalWords(buf[:0], u.In(text))
		for _, p := range parts {
			if bytes.Equal(p, buf) {
				return u.Span, true
			}
		}
	}
	return sp, true
}

// HasLetter reports whether s holds a letter, of any script. Tatweel is
// none: it stretches a word, a time's too («ـ14:05ـ»); drawn apart from
// the words, it is a rule, which narrow leaves out («ـــ 14:05 ـــ» is
// «14:05»). A heading without one is a page's time or rule, and a
// sentence without one says nothing (package summarize passes it over).
func HasLetter(s string) bool { return strings.ContainsFunc(s, ownLetter) }

// ownLetter reports whether r is a letter of a word's own: any script's,
// but tatweel (see HasLetter).
func ownLetter(r rune) bool { return r != tatweel && unicode.IsLetter(r) }

// pageTitle returns the index of the page's title among units, the
// heading the text opens with, and false where it opens with a sentence. A
// heading without a letter, a time or a date in figures, heads no story: a
// live blog sets one over each entry («14:05»). Nor does a byline or a
// dateline on a line of its own (see HeadedSentences and signedAbove), nor
// a label, a heading that ends with a colon: a page's source over the
// headline («البوابة:») or its share buttons' («شارك:»; see labels), nor
// the page's buttons, counts and share buttons, alone or on one line
// («طباعة», «عدد المشاهدات: 1234», «فيسبوك تويتر واتساب»; see
// pageChrome). A page copied whole puts its site's name, its menu or a
// section's name above the headline: short headings, passed over for a
// longer one before the story's first sentence. A byline or a dateline on
// a line of its own is none, however long: «بقلم - محمد بن عبد الله
// السيد» under a headline of four words is longer. Nor is a teaser of another story cut off above
// it («… وسط مخاوف من...», CutOff) a sentence that opens the text, nor the
// headline where HeadedSentences marked it a heading, as what is above
// the headline said again (headlineAgain). The summarizer does not take
// it either.
func pageTitle(text string, units []Sentence) (int, bool) {
	first := 0
	for first < len(units) && headsNoStory(text, units, first) {
		first++
	}
	if first == len(units) || !units[first].Heading {
		return 0, false
	}
	if fieldsAtMost(units[first].In(text), maxNameWords) {
		for k := first + 1; k < len(units) && units[k].Heading; k++ {
			if !fieldsAtMost(units[k].In(text), maxNameWords) && !aloneAbove(text, units, k) {
				return k, true
			}
		}
	}
	return first, true
}

// headsNoStory reports whether units[k], among the first of text's
// units, is passed over for the headline (see pageTitle): a teaser cut
// off, or a heading without a letter, a label (a heading that ends with a
// colon), a page's button or count, or a byline or a dateline alone.
func headsNoStory(text string, units []Sentence, k int) bool {
	s := units[k].In(text)
	if CutOff(s) {
		return true
	}
	return units[k].Heading && (!HasLetter(s) || strings.HasSuffix(s, ":") || pageChrome(s) || aloneAbove(text, units, k))
}

// headlineAgain returns the index of the heading among units that says
// the page's headline again under the page's chrome, or -1: a page copied
// whole opens with its <title>, then its menu, a notice or a ticker of
// sentences («نستخدم ملفات تعريف الارتباط…»), then the headline again, as
// its <h1>, over the story. What is above it is no part of the story. The
// headline is title, given beside the text, or else the page's title
// above the text's first sentence, as Headline reads it (pageTitle); the
// heading must read as it, once normalized, or as its part that Headline
// takes for the headline («العنوان» of «العنوان | شبكة الأخبار»;
// headlineParts), in more than maxNameWords words (a site's or a section's
// name again is no headline), among the first maxChromeUnits units, with at
// least one sentence above it and more under it than above it: a story
// whose headline a list of other stories at the page's foot holds again is
// more than that foot.
func headlineAgain(text, title string, units []Sentence) int {
	sentences := 0
	for _, u := range units {
		if !u.Heading {
			sentences++
		}
	}
	var want [][]byte // the headline's normalized words: whole, then its parts
	var line []byte   // a heading's normalized words
	above := 0        // the sentences above units[r]
	for r := 0; r < min(len(units), maxChromeUnits); r++ {
		if !units[r].Heading {
			// No heading under this sentence has more sentences under it
			// than above it.
			if above++; 2*above >= sentences {
				return -1
			}
			continue
		}
		if above == 0 || fieldsAtMost(units[r].In(text), maxNameWords) {
			continue
		}
		if want == nil {
			if title == "" {
				k, ok := pageTitle(text, units)
				if !ok {
					return -1
				}
				title = units[k].In(text)
			}
			want = append([][]byte{AppendNormalWords(nil, title)}, headlineParts(title)...)
		}
		line = AppendNormalWords(line[:0], units[r].In(text))
		if slices.ContainsFunc(want, func(w []byte) bool { return bytes.Equal(w, line) }) {
			return r
		}
	}
	return -1
}

// maxChromeUnits bounds how far into a text headlineAgain looks for the
// headline said again: a page's menu of dozens of items, its notices and
// its ticker come to fewer units.
const maxChromeUnits = 100

// headlineParts returns the normalized words of each part of title that
// Headline takes for the headline where a heading reads as it: the part
// before a separator with half of the title's words or more, or one after
// it with more than half (see Headline). Most titles hold no separator:
// they have no parts, and are not normalized here. A title with more than
// maxTitleSeparators separators, a headline, a section and a site's name
// between them, is a list, not a page's title: it has no parts either.
func headlineParts(title string) [][]byte {
	cuts := titleSeparators(title)
	if len(cuts) == 0 || len(cuts) > maxTitleSeparators {
		return nil
	}
	words := countWords(AppendNormalWords(nil, title))
	var parts [][]byte
	for k, p := range titleParts(title, cuts) {
		// parts alternate: the words before a separator, then after
		if n := countWords(p); n < words && 2*n >= words && (2*n > words || k%2 == 0) {
			parts = append(parts, p)
		}
	}
	return parts
}

// maxTitleSeparators is the most separators a page's title holds:
// «العنوان – القسم – الموقع» has two.
const maxTitleSeparators = 3

// countWords counts the words of AppendNormalWords' output: each is
// followed by a space.
func countWords(normal []byte) int { return bytes.Count(normal, []byte{' '}) }

// titleSeparators returns the spans of the separators in title: a run of
// «|», «-», «–», «—», «·», «•», «:» or «/» between spaces (see Headline),
// as sites write them. Only a word after a space that opens with a
// separator's first byte is read.
func titleSeparators(title string) []Span {
	var cuts []Span
	for i := 0; ; {
		k := strings.IndexByte(title[i:], ' ')
		if k < 0 {
			return cuts
		}
		i += k + 1
		if i == len(title) || strings.IndexByte("|-:/\xe2\xc2", title[i]) < 0 {
			continue
		}
		j := i + 1
		for j < len(title) && title[j] != ' ' {
			j++
		}
		// a single colon is the headline's own («الوزير : …»); «::» is a separator
		if j < len(title) && title[i:j] != ":" && separates(title[i:j]) {
			cuts = append(cuts, Span{i, j})
		}
		i = j
	}
}

// separates reports whether word is made of title separators alone.
func separates(word string) bool {
	for _, r := range word {
		switch r {
		case '|', '-', '–', '—', '·', '•', ':', '/':
		default:
			return false
		}
	}
	return true
}

// HeadedSentences returns Sentences(text) with the headline above the
// story a heading: without a title (title empty), the unit that
// OpeningHeadline finds; with one, a headline given beside the text, the
// unit in a headline's place that reads as the title does, once
// normalized, whole or on one side of a separator (a page's title with
// the site's name: «العنوان | شبكة الأخبار»; see Headline), whatever its
// shape. A title given that reads otherwise says the text opens with its
// story. headline is the unit's index, or -1.
//
// A headline of two sentences or more on its line («الحرب السورية: من
// يقاتل من؟ ولماذا؟»; see OpeningHeadline) is one heading: the line's units
// are joined into one.
//
// The story's first sentence, the first unit that is no heading, starts
// after its byline and its dateline, where it has them (see Byline and
// Dateline).
func HeadedSentences(text, title string) (units []Sentence, headline int) {
	units = Sentences(text)
	var k, last int
	var ok bool
	if title == "" {
		k, last, ok = openingHeadline(text, units)
	} else if k, last, ok = headlinePlace(text, units); ok {
		ok = titleReads(title, AppendNormalWords(nil, text[units[k].Start:units[last].End]))
	}
	headline = -1
	if ok {
		if last > k {
			units[k].End = units[last].End
			units = slices.Delete(units, k+1, last+1)
		}
		units[k].Heading = true
		headline = k
	}
	if r := headlineAgain(text, title, units); r > 0 {
		for k := range units[:r] {
			units[k].Heading = true
		}
	}
	// Other stories' headlines, in a box under a line that titles it
	// («اقرأ أيضاً:», «أخبار ذات صلة»), are the page's: a box's headline
	// that asked or was cut short («…؟», «...») was taken into a summary;
	// the story's first sentence comes after such a box above it.
	relatedBoxes(text, units)
	// A wire's story opens with its dateline, «القاهرة (رويترز) -», and a
	// paper's with its byline, «كتب - محمد السيد:», or both: where, by
	// whom or by which agency it was filed, not what happened. Neither is
	// part of the lead, for the summarizer and for anyone who reads the
	// story's units.
	story := func(u Sentence) bool { return !u.Heading }
	i := slices.IndexFunc(units, story)
	// One on a line of its own, «كتب - محمد السيد» or «دمشق-سانا», is no
	// sentence of the story but a heading, where the story goes on after it.
	for i >= 0 && standsAlone(units[i].In(text)) {
		next := slices.IndexFunc(units[i+1:], story)
		if next < 0 {
			break
		}
		units[i].Heading = true
		i += 1 + next
	}
	if i >= 0 {
		// A site's flag, «عاجل:», comes before them all.
		units[i].Start += Kicker(units[i].In(text))
		signed := Byline(units[i].In(text))
		units[i].Start += signed
		filed := Dateline(units[i].In(text))
		units[i].Start += filed
		if signed == 0 && filed > 0 {
			// «القاهرة (رويترز) - كتب - محمد السيد: …», «القاهرة - كتب -
			// محمد السيد: …»: the reporter after the place. (Without a
			// dateline cut, Byline has read this unit already.)
			units[i].Start += Byline(units[i].In(text))
		}
	}
	// Readers' comments under the story, below a line that says so
	// («التعليقات», «أضف تعليقك»), are no part of it: they were taken into
	// a short story's summary. Such a line counts as theirs only under two
	// of the story's lines at least, or three of its sentences on one: a
	// line of one sentence or two above it may be a standfirst under the
	// headline, over a count of the comments or a link to them, and the
	// story under it.
	if k := commentsAt(text, units); k > 0 {
		for j := range units[k:] {
			units[k+j].Heading = true
		}
	}
	return units, headline
}

// commentsAt returns the index of the first of units, text's, that is a
// line of its own over readers' comments (CommentsHeading), under two
// lines of the story at least or three of its sentences, or -1 where none
// is. The line is a heading
// (Sentences marks one unit of a line so, or an HTML heading's), or a unit
// alone on its line without a final mark, or with one inside quotation
// marks at its end, longer than a heading: WordPress counts the comments
// on the story's title («3 تعليقات على “…”»), which runs past a heading's
// words.
func commentsAt(text string, units []Sentence) int {
	// The story's lines above, the last of them, and its sentences.
	lines, last, sentences := 0, -1, 0
	for k, u := range units {
		// (A unit without a final mark is the last of its line: a mark
		// ended each unit before it on the line. A title in quotation
		// marks may end with its own: «… على “أيهما يكسب؟”».)
		// A period at the end lets most lines go by a byte.
		if (lines >= 2 || sentences >= 3) && (u.Heading || units[k-1].Line != u.Line && !strings.HasSuffix(u.In(text), ".") &&
			(Unpunctuated(u.In(text)) || endsQuoted(u.In(text)))) && CommentsHeading(u.In(text)) {
			return k
		}
		if !u.Heading {
			sentences++
			if u.Line != last {
				lines, last = lines+1, u.Line
			}
		}
	}
	return -1
}

// titleReads reports whether title, normalized, is the normalized words
// line, or holds them on one side of a separator.
func titleReads(title string, line []byte) bool {
	if bytes.Equal(AppendNormalWords(nil, title), line) {
		return true
	}
	for _, p := range titleParts(title, titleSeparators(title)) {
		if bytes.Equal(p, line) {
			return true
		}
	}
	return false
}

// titleParts returns the normalized words on each side of each of cuts,
// title's separators (titleSeparators), alternately: those before the
// first cut, those after it, those before the second… nil for no cuts.
func titleParts(title string, cuts []Span) [][]byte {
	var parts [][]byte
	for _, c := range cuts {
		parts = append(parts, AppendNormalWords(nil, title[:c.Start]), AppendNormalWords(nil, title[c.End:]))
	}
	return parts
}

// OpeningHeadline returns the index of the unit of units, Sentences' units
// of text, that is the headline above its story though the shape of a
// heading does not tell: the unit in a headline's place (headlinePlace:
// the first that is no heading, after headings of maxNameWords words or
// fewer, a site's name, its menu, a section's name, copied with the page;
// alone on its line and not before a <br>, with more lines after it),
// without a final mark in maxHeadlineWords words or fewer, or a question
// in MaxHeadingWords or fewer («لماذا أصبحت السينما في السعودية فجأة أمرا
// عاديا؟»), or in maxAskingHeadlineWords when it opens with a question word
// and holds no comma (asksWhat). An article copied with its headline, the way most
// come, opens so: with the headline on the first line of each of the
// 3,023 news texts of the dev corpus, 508 summaries opened with it, and
// with the site's name on a line above it, as many. An opening sentence
// that lost its period is seldom that short (5 of those texts as they
// come, without their headlines: 2 lines of 22 and 23 words and 3
// questions of 12 or fewer). A question of 13 to 18 words heads 15 of the
// news texts and opens the story of 6: it is the headline only in the
// shape that the stories' questions do not take (asksWhat). Sentences
// leaves the unit as it is, and
// HeadedSentences marks it, since a headline given beside the text says
// where the headline is (summarize's Title). A line that opens with a list's bullet, a
// quotation's '>' or an interview's label («س: ما أولويات الوزارة؟») is
// not one: a list, a letter or an interview has no headline there.
//
// A headline may be two sentences or more on its line, the parts of a
// headline that a question mark or an ellipsis parts («الحرب السورية: من
// يقاتل من؟ ولماذا؟», «نتنياهو: أطلق العنان للنمر الإيراني ... وهو أكبر
// تهديد لعالمنا»; 4 of the 3,023 news titles of the dev corpus): then k is
// its first unit, and the line's units are the headline when each but the
// last ends with a question mark, an exclamation mark or an ellipsis, not
// a period, the last with a question mark or no final mark, and all hold
// MaxHeadingWords words or fewer. (The story's first line that is two
// sentences is longer: 13 and 15 words, where the corpus's texts open so.)
func OpeningHeadline(text string, units []Sentence) (int, bool) {
	k, _, ok := openingHeadline(text, units)
	return k, ok
}

// openingHeadline is OpeningHeadline, and returns the headline's last unit
// too.
func openingHeadline(text string, units []Sentence) (k, last int, ok bool) {
	k, last, ok = headlinePlace(text, units)
	if !ok {
		return 0, 0, false
	}
	if last > k {
		for _, u := range units[k:last] {
			if !partEnds(u.In(text)) {
				return 0, 0, false
			}
		}
		if s := units[last].In(text); !Question(s) && !Unpunctuated(s) {
			return 0, 0, false
		}
		return k, last, wordsAtMost(text[units[k].Start:units[last].End], MaxHeadingWords)
	}
	s := units[k].In(text)
	if Question(s) {
		return k, k, wordsAtMost(s, MaxHeadingWords) || asksWhat(s) && wordsAtMost(s, maxAskingHeadlineWords)
	}
	return k, k, Unpunctuated(s) && wordsAtMost(s, maxHeadlineWords)
}

// partEnds reports whether s ends as a part of a headline that goes on
// after it on its line may end, and a headline cut short does: with a
// question mark, an exclamation mark or an ellipsis, of three dots or two,
// not a period («الحرب السورية: من يقاتل من؟ ولماذا؟», «ارتفاع أسعار
// الذهب وسط مخاوف من...»).
func partEnds(s string) bool {
	s = TrimClosers(s)
	m := FinalMark(s)
	return m == '?' || m == '؟' || m == '!' || m == '…' || strings.HasSuffix(s, "..")
}

// maxAskingHeadlineWords bounds a headline that asks with a question word
// (see asksWhat): the news titles of the dev corpus that ask so hold up to
// 18 words.
const maxAskingHeadlineWords = 18

// asksWhat reports whether s opens with a question word, «من» ("who"),
// «ما» or «ماذا» ("what"), «لماذا» ("why"), «كيف» ("how"), «متى»
// ("when"), «أين» ("where"), «كم» ("how many") or «أي» ("which"), and
// holds no comma: «من هو…؟», «ما قصة…؟», «لماذا عاد…؟», as the titles of
// explainers ask (10 of the 15 news titles of 13 to 18 words that ask, in
// the dev corpus). A story that opens with a question that long asks the reader
// («هل ترغب في…؟», "would you like…?", which a title asks as well, so «هل»
// is none of these words) or asks after a clause («…، ولكن ما عدد…؟»,
// "…, but how many…?"): the 6 such first lines of the corpus's texts do.
func asksWhat(s string) bool {
	if strings.ContainsAny(s, "،,") {
		return false
	}
	for w := range Words(s) { // the first word only
		var buf [16]byte
		switch string(AppendNormalized(buf[:0], w.In(s))) {
		case "من", "ما", "ماذا", "لماذا", "كيف", "متي", "اين", "كم", "اي":
			return true
		}
		break
	}
	return false
}

// Question reports whether s ends with a question mark, Arabic or Latin,
// before any closing quotation marks or brackets; a page may write it
// «&#1567;» (see FinalMark).
func Question(s string) bool {
	m := FinalMark(s)
	return m == '?' || m == '؟'
}

// fieldsAtMost reports whether s holds n runs or fewer of bytes outside
// ASCII and of ASCII letters and digits, reading no further: its words,
// near enough to tell a site's name from a headline («حكاية "نوبل":من
// الديناميت للسلام» has five), at a few instructions a byte, where Words
// reads a headline's ten in some 4,000. A character of U+2000–U+2BFF, a
// mark or a symbol (a dash, a quotation mark, a blank, a bullet, an arrow,
// a shape), neither starts a run nor ends one: «صدى الشعب – سامي خالد» has
// four, as with a hyphen, and is no longer than a headline of four words
// above it. The letters of the scripts after them (Tifinagh's, from
// U+2D30) make words.
func fieldsAtMost(s string, n int) bool {
	in := false
	for i := 0; i < len(s); i++ {
		if s[i] == 0xe2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] < 0xb0 {
			i += 2 // the character's other two bytes
			continue
		}
		word := s[i] >= utf8.RuneSelf || asciiWord[s[i]]
		if word && !in {
			if n--; n < 0 {
				return false
			}
		}
		in = word
	}
	return true
}

// wordsAtMost reports whether s holds n words or fewer, reading no more
// of them.
func wordsAtMost(s string, n int) bool {
	for range Words(s) {
		if n--; n < 0 {
			return false
		}
	}
	return true
}

// headlinePlace returns the first and the last of the units of units
// that stand where a headline stands (see OpeningHeadline), whatever their
// shape: from the first that is no heading, after headings of
// maxNameWords words or fewer alone, to the last of its line, none of
// them a heading, opening the line and not before a <br>, with more lines
// after them.
func headlinePlace(text string, units []Sentence) (k, last int, ok bool) {
	for k < len(units) && units[k].Heading {
		if !fieldsAtMost(units[k].In(text), maxNameWords) {
			return 0, 0, false // a headline, the shape tells
		}
		k++
	}
	last = k
	for last+1 < len(units) && units[last+1].Line == units[k].Line {
		if last++; units[last].Heading {
			return 0, 0, false
		}
	}
	if last+1 >= len(units) || !opensLine(text, units[k].Start) || beforeBreakTag(text, units[last].End) {
		return 0, 0, false
	}
	return k, last, true
}

// maxNameWords is the most words of the headings that may come above a
// headline (see OpeningHeadline and Headline): a site's name («بي بي سي
// عربي»), a menu's item, a section's name. A longer heading is a
// headline; 10 of the 3,023 of BBC Arabic's in the dev corpus are this
// short.
const maxNameWords = 4

// maxHeadlineWords is the longest line, in words, that is a heading for
// opening the text (see OpeningHeadline): a news site's headline, which
// runs past MaxHeadingWords in one of eleven of BBC Arabic's (264 of the
// dev corpus's 3,023, up to 19 words), and is shorter than most opening
// sentences.
const maxHeadlineWords = 2 * MaxHeadingWords

// opensLine reports whether nothing but blanks and Markdown's emphasis
// come between text[i] and the line break, the tag or the text's start
// before it: a unit that opens its line or an element («<p>», «<span
// lang=AR-SA>», after a menu on the page's one line). A list's bullet, a
// quotation's '>' or an interview's label does not.
func opensLine(text string, i int) bool {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case IsLineBreak(r):
			return true
		case r == '>':
			// a tag's end, not a quotation's mark: a '<' that opens a
			// tag before it, and no other '>' between
			k := strings.LastIndexByte(text[:i-1], '<')
			return k >= 0 && opensTag(text[k+1:i]) && strings.IndexByte(text[k+1:i-1], '>') < 0
		case r == '*' || r == '_' || blank(r):
			i -= size
		default:
			return false
		}
	}
	return true
}

// beforeBreakTag reports whether a <br> follows text[:i], past blanks and
// Markdown's emphasis: a line of a paragraph hard-wrapped with them (see
// softBreaks), which a headline is not.
func beforeBreakTag(text string, i int) bool {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || emphasisMark(text[i])) {
		i++
	}
	return hasPrefixFold(text[i:], "<br")
}

// endsQuoted reports whether s ends with a mark that closes a quotation.
func endsQuoted(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return closesQuote(r)
}
