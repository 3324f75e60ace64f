package tokenize

import (
	"strings"
	"unicode/utf8"
)

// breadcrumbLine reports whether line, a line of the text that is all one
// unit, is a page's breadcrumb trail, copied with its story: «الرئيسية >
// أخبار > الشرق الأوسط», «الرئيسية » عربي ودولي», «Home / News». It opens
// with the name of the site's home page (homeNames), and each of its
// other parts, one to four words, comes after a separator with blanks
// around it (> » › ← → / | \), the same one each time; nothing else is on
// the line: no tag or link, no final mark, no line break. Above the
// story, such a line was taken for its headline, and the headline after
// it for the story's first sentence: with a trail and the headline over
// each news text of the dev corpus, Task A scored 57.67 (see
// TestAboveTheHeadlineGuard in package evaluate).
func breadcrumbLine(line string) bool {
	home := homeName(line)
	if home == 0 || !plainLine(line) || !Unpunctuated(line) {
		return false
	}
	sep, words, parts := "", 0, 0
	for rest := line[home:]; ; {
		rest = strings.TrimLeft(rest, " \t")
		if rest == "" {
			return parts > 0 && words > 0
		}
		k := strings.IndexAny(rest, " \t")
		if k < 0 {
			k = len(rest)
		}
		field := rest[:k]
		rest = rest[k:]
		if breadcrumbSeparator(field) {
			if sep != "" && field != sep || parts > 0 && words == 0 {
				return false
			}
			sep, words = field, 0
			parts++
			continue
		}
		if parts == 0 {
			return false // «الرئيسية في …»: the home page's name in a sentence
		}
		if words++; words > maxBreadcrumbWords {
			return false
		}
	}
}

// maxBreadcrumbWords is the longest part of a breadcrumb trail after the
// home page, in words: «الأخبار المحلية», «كأس العالم لكرة القدم».
const maxBreadcrumbWords = 4

// homeName returns the length of the home page's name that opens line,
// before a blank, or 0. One unit of each line of the text is asked, and
// most open with none of the names' first letters, which a comparison of
// their first bytes tells («الرئيس», "the president", opens many a line;
// «الرئيسي» few).
func homeName(line string) int {
	if len(line) < 4 || line[0]|0x20 != 'h' && !strings.HasPrefix(line, "الرئيسي") && !strings.HasPrefix(line, "الصفح") {
		return 0
	}
	for _, name := range homeNames {
		if len(line) > len(name) && (strings.HasPrefix(line, name) || name == "home" && hasPrefixFold(line, name)) &&
			(line[len(name)] == ' ' || line[len(name)] == '\t') {
			return len(name)
		}
	}
	return 0
}

// homeNames are the names a breadcrumb trail gives the site's home page,
// as they are written: with «ة» and «ه», with a shadda, in English (in
// any case).
var homeNames = [...]string{"الرئيسية", "الرئيسيه", "الرئيسيّة", "الصفحة الرئيسية", "الصفحه الرئيسيه", "home"}

// breadcrumbSeparator reports whether field is one of the marks between
// a breadcrumb trail's parts.
func breadcrumbSeparator(field string) bool {
	r, size := utf8.DecodeRuneInString(field)
	if size != len(field) {
		return false
	}
	switch r {
	case '>', '»', '›', '←', '→', '/', '|', '\\':
		return true
	}
	return false
}

// plainLine reports whether line holds no tag, link or template (no '<'
// or '[') and no line break: a line the rules of this file read whole, as
// it shows. (FuzzSentences' model cuts its pieces there, so that a line
// they drop is one piece of it.)
func plainLine(line string) bool {
	return !strings.ContainsAny(line, "<[") && !strings.ContainsFunc(line, IsLineBreak)
}

// blankEnd returns line without the blanks at its end, ASCII's: a
// line's last character, read a byte at a time.
func blankEnd(line string) string {
	i := len(line)
	for i > 0 && (line[i-1] == ' ' || line[i-1] == '\t' || line[i-1] == '\r' || line[i-1] == '\n') {
		i--
	}
	return line[:i]
}

// ticker reports whether line, a line of the text with no break inside
// that is not one heading, is a ticker of other stories' headlines copied
// with the story, set apart by runs of blanks (headlineRun) or by a
// separator (tickerLine). A paragraph ends with a period, and a ticker's
// last headline seldom does: a line that does is passed over by its last
// byte, before either reads it. (Searched for two spaces, which found a
// space after every word, each line of the sample cost 2,500
// instructions.)
func ticker(line string) bool {
	if end := blankEnd(line); end == "" || end[len(end)-1] == '.' || strings.HasSuffix(end, "۔") {
		return false
	}
	return headlineRun(line) || tickerLine(line)
}

// headlineRun reports whether line, a line of the text with no break
// inside, is a list of other stories' headlines run together, as a news
// site's ticker is copied with its story («أداء ضعيف للدولار    المملكة
// تعيد تعريف التنافسية    هل ستقفز من الهاوية؟    …»), or a table's row:
// four pieces or more (minRunPieces), set apart by runs of three blanks
// or more, each of maxRunWords words or fewer, no tag or link on the line
// (and, as ticker reads it, no period at its end). Above the story, the ticker was the summary's
// first sentence. Prose has no such runs (no line of the 3,100 dev texts
// has one), and a page's columns side by side, as a PDF's text laid out
// keeps them, are two or three. A line that is one heading is not read:
// no summary takes it.
func headlineRun(line string) bool {
	if !strings.Contains(line, "  ") && strings.IndexByte(line, '\t') < 0 && !strings.Contains(line, "\u00a0") {
		return false
	}
	line = strings.TrimSpace(line)
	if !plainLine(line) {
		return false
	}
	pieces, words, blanks := 1, 0, 0
	for _, r := range line {
		if r == ' ' || r == '\t' || r == '\u00a0' {
			blanks++
			continue
		}
		switch {
		case blanks >= 3:
			pieces, words = pieces+1, 1
		case blanks > 0 || words == 0:
			words++
		}
		blanks = 0
		if words > maxRunWords {
			return false
		}
	}
	return pieces >= minRunPieces
}

// tickerLine reports whether line, a line of the text with no break
// inside, is a ticker of other stories' headlines, as a news site's ticker
// is copied above its story, set apart by a bar, «|», «•» or «·» between
// blanks («الرئيس يدعو إلى حوار وطني | البرلمان يقر قانون الانتخابات |
// …»), or, on a line with no bar, by a word of Latin letters, the site's
// name that a logo beside each headline leaves in the copy («… المنتخب
// يفوز في مباراة ودية nayrouz أسعار الذهب ترتفع …», as a Jordanian site's
// page is copied). The separator is the same each time; there are four
// pieces or more (minRunPieces), each of one word to maxRunWords, three of
// them or more longer than a name (maxNameWords: headlines, not a menu's
// items or a title's section and site); no tag or link is on the line, no
// separator before its first piece (a Markdown table's row; one after the
// last piece is the ticker's), and no period at its end (see ticker), nor,
// between the names, at any word's end (prose that names a brand in Latin letters,
// «Apple», again and again). Above the story, such a ticker was its
// summary's first sentence, or its title. A page's title with a headline,
// a section and the site's name in it has one piece that long; prose sets
// nothing apart with bars (no line of the 3,100 dev texts holds one between
// blanks, but for a list's bullets, which open their lines). A line that
// is one heading is not read (see Sentences): its 12 words or fewer
// (MaxHeadingWords) are too few for a ticker's 16, and a summary never
// takes it.
func tickerLine(line string) bool {
	// Most lines hold no bar, which a search for a byte of each tells at
	// once («•» and «·» open with bytes no Arabic letter has); a search
	// for the two runes cost each line read some 300 instructions more.
	barred := strings.IndexByte(line, '|') >= 0 || strings.IndexByte(line, 0xe2) >= 0 && strings.Contains(line, "•") ||
		strings.IndexByte(line, 0xc2) >= 0 && strings.Contains(line, "·")
	if !barred && !hasLatinLetter(line) {
		return false
	}
	line = strings.TrimSpace(line)
	if !plainLine(line) {
		return false
	}
	sep, pieces, long, words := "", 1, 0, 0
	for field := range strings.FieldsFuncSeq(line, isSpace) {
		if barred && field != "|" && field != "•" && field != "·" || !barred && !latinWord(field) {
			if !barred && strings.HasSuffix(field, ".") {
				return false // a sentence's end: prose
			}
			if words++; words > maxRunWords {
				return false
			}
			continue
		}
		if sep != "" && field != sep || words == 0 {
			return false // separators of two kinds, a piece of no word, a separator first
		}
		if words > maxNameWords {
			long++
		}
		sep, pieces, words = field, pieces+1, 0
	}
	if words == 0 {
		pieces-- // a separator last, as a ticker cut at the page's edge may have
	} else if words > maxNameWords {
		long++
	}
	return pieces >= minRunPieces && long >= 3
}

// hasLatinLetter reports whether s holds a byte of ASCII's letters, or of
// the marks among them («[», «_», «{»…): a byte of 0x40 to 0x7f, which
// one test of its two high bits tells, and no Arabic letter's byte is.
func hasLatinLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]&0xc0 == 0x40 {
			return true
		}
	}
	return false
}

// latinWord reports whether field is a word of two Latin letters or more
// and nothing else: a site's name, «nayrouz».
func latinWord(field string) bool {
	if len(field) < 2 {
		return false
	}
	for i := range len(field) {
		if !asciiLetter(field[i]) {
			return false
		}
	}
	return true
}

// minRunPieces and maxRunWords bound a ticker's headlines (see
// headlineRun): four at least, of a headline's length at most.
const (
	minRunPieces = 4
	maxRunWords  = 24
)

// readMore reports whether line, a line of the text with no break inside,
// is a teaser of another story closed by the label of its link, as a
// page's list of other stories, copied with the story, has them: «أردوغان
// يعرض الوساطة… المزيد» ("… more"), «سعر النفط يرتفع اقرأ المزيد »» ("read
// more"), «… أكمل القراءة» ("read on"). «المزيد» alone ends a sentence too
// («ويتوقع الخبراء المزيد», "experts expect more"), so only after an
// ellipsis is it a link's label; the others end none. A line with a tag or
// a link on it, or a period after the label, is left as it is. Above the
// story, such a list was the summary, a time before each teaser its first
// sentence («01:08 .»).
func readMore(line string) bool {
	end := blankEnd(line)
	for strings.HasSuffix(end, "»") || strings.HasSuffix(end, "›") {
		end = blankEnd(strings.TrimSuffix(strings.TrimSuffix(end, "»"), "›"))
	}
	// Each label ends with «د» or «ة»: most lines are passed over by
	// their last letter. (Compared with the labels, and trimmed of
	// Unicode's marks, each line of the sample cost 700 instructions.)
	if !strings.HasSuffix(end, "د") && !strings.HasSuffix(end, "ة") {
		return false
	}
	label := ""
	for _, l := range readMoreLabels {
		if strings.HasSuffix(end, l) {
			label = l
			break
		}
	}
	if label == "" || !plainLine(line) {
		return false
	}
	if label != "المزيد" {
		return true
	}
	before := strings.TrimRight(end[:len(end)-len(label)], " \t")
	return strings.HasSuffix(before, "...") || strings.HasSuffix(before, "…")
}

// readMoreLabels are the labels of a link to the rest of another story:
// "read more", "read on", "more".
var readMoreLabels = []string{"اقرأ المزيد", "إقرأ المزيد", "اقرا المزيد", "قراءة المزيد", "أكمل القراءة", "تابع القراءة", "المزيد"}
