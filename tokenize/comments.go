package tokenize

import (
	"bytes"
	"strings"
)

// commentHeadings are the lines over a page's reader comments, as news
// sites title them («التعليقات», «تعليقات القراء», "the readers'
// comments"; «آراء القراء», "the readers' views") or invite one («أضف
// تعليقك», "add your comment"; «اترك رداً», "leave a reply"), each as
// AppendNormalWords gives it, a count left out. Not «ردود فعل» nor «ردود
// الفعل» ("reactions"), a story's own sub-heading: of the dev texts, two
// have «ردود فعل» and one «ردود الفعل الأخيرة».
var commentHeadings = normalWordSet(
	"التعليقات", "تعليقات", "تعليقات القراء", "تعليقات الزوار", "تعليقات الفيسبوك", "تعليقات فيسبوك",
	"آراء القراء", "ردود القراء", "عدد التعليقات", "لا توجد تعليقات", "لا يوجد تعليقات", "لا تعليقات",
	"التعليقات مغلقة", "أضف تعليقك", "أضف تعليقا", "أضف تعليق", "اترك تعليقا", "اترك تعليق", "اترك ردا",
	"اترك رد", "اكتب تعليقك", "اكتب تعليقا", "اكتب تعليق",
	"comments", "leave a reply", "leave a comment",
)

// countedComments are words that title the comments only beside their
// count («تعليق واحد», "one comment"; «3 ردود», "3 replies"): alone,
// «تعليق» is also a column's label ("commentary") and a suspension
// («تعليق الدراسة»).
var countedComments = normalWordSet("تعليق", "تعليقا", "تعليقات", "تعليقان", "رد", "ردا", "ردود", "comment", "comments", "replies", "responses")

// CommentsHeading reports whether line, a line of its own, is the one
// over a page's reader comments: a title for them or an invitation to add
// one (see commentHeadings), or a count of them, with a word that says
// what it counts («12 تعليقا», «تعليق واحد», «2 Comments»), and, as
// WordPress writes it, the story's title after «على» («3 تعليقات على
// "…"»). The count opens the line or closes it («التعليقات (12)»), or is
// «واحد» ("one") after its first word; before a title only the first two
// (a figure at the end of «رد على الحكومة في 2024», "a reply to the
// government in 2024", is the heading's year). What follows such a line is
// the readers', not the story's (see HeadedSentences).
func CommentsHeading(line string) bool {
	if !commentLetters(line) {
		return false
	}
	// The first words, enough for the longest phrase with a count on
	// each side, and the last.
	var buf [128]byte
	var first [7][]byte
	var last []byte
	n, total := 0, 0
	for w := range bytes.FieldsSeq(AppendNormalWords(buf[:0], strings.ToLower(line))) {
		if n < len(first) {
			first[n] = w
			n++
		}
		last = w
		total++
	}
	words := first[:n]
	lead := n > 0 && digitsOnly(string(words[0]))
	if lead {
		words = words[1:]
	}
	trail := !lead && total > 1 && digitsOnly(string(last))
	if trail && total == n {
		words = words[:len(words)-1]
	}
	one := len(words) > 1 && string(words[1]) == "واحد"
	if one {
		words = append(words[:1:1], words[2:]...)
	}
	short := total == n // all the words read: a phrase may be the whole line
	if short && commentHeadings[joinWords(words)] {
		return true
	}
	if !(lead || trail || one) || len(words) == 0 || !countedComments[string(words[0])+" "] {
		return false
	}
	return short && len(words) == 1 || (lead || one) && len(words) > 1 && string(words[1]) == "علي" // «على», normalized
}

// joinWords returns words, normalized, as AppendNormalWords writes them:
// a blank after each.
func joinWords(words [][]byte) string {
	var b strings.Builder
	for _, w := range words {
		b.Write(w)
		b.WriteByte(' ')
	}
	return b.String()
}

// commentLetters reports whether s holds letters that each of the words of
// commentHeadings and countedComments holds together («ليق», «رد», «راء»;
// «omment», «epl», «spons» in either case): most headings lack them, and
// are let go before their words are normalized, which cost some 7,000
// instructions a heading. One pass over the bytes finds them: nine
// searches cost 900, and a pass that looked at each letter's first byte
// 1,000.
func commentLetters(s string) bool {
	// An Arabic letter's first byte opens nearly every other: the second
	// tells «ل» (D9 84) and «ر» (D8 B1) from the others.
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case 0x84:
			if strings.HasPrefix(s[i-1:], "ليق") {
				return true
			}
		case 0xB1:
			if strings.HasPrefix(s[i-1:], "رد") || strings.HasPrefix(s[i-1:], "راء") {
				return true
			}
		case 'm', 'M':
			if strings.HasPrefix(s[i-1:], "omment") || strings.HasPrefix(s[i-1:], "OMMENT") {
				return true
			}
		case 'p', 'P':
			if strings.HasPrefix(s[i-1:], "epl") || strings.HasPrefix(s[i-1:], "EPL") ||
				strings.HasPrefix(s[i-1:], "spons") || strings.HasPrefix(s[i-1:], "SPONS") {
				return true
			}
		}
	}
	return false
}
