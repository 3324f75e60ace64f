package tokenize

import (
	"bytes"
	"strings"
)

// commentHeadings are the lines over a page's reader comments, as news
// sites title them («التعليقات», «تعليقات القراء», "the readers'
// comments"; «آراء القراء», "the readers' views") or invite one («أضف
// تعليقك», "add your comment"; «اترك رداً», "leave a reply"), each as
// AppendNormalWords gives it, a count left out. Not «ردود الفعل»
// ("reactions"), a story's own sub-heading: two of the dev texts have it.
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

// CommentsHeading reports whether line, a heading on a line of its own,
// is the one over a page's reader comments: a title for them or an
// invitation to add one (see commentHeadings), or a count of them, with a
// word that says what it counts («12 تعليقا», «تعليق واحد», «2 Comments»)
// and, as WordPress writes it, the story's title after «على» («3 تعليقات
// على "…"»). What follows such a line is the readers', not the story's
// (see HeadedSentences).
func CommentsHeading(line string) bool {
	if !commentLetters(line) {
		return false
	}
	var buf, kept [128]byte
	// The count, in figures or «واحد» ("one"), before the words or after
	// them, is set aside: phrase is the other words.
	phrase, counted := kept[:0], false
	var first, second []byte
	n := 0
	for w := range bytes.FieldsSeq(AppendNormalWords(buf[:0], strings.ToLower(line))) {
		if digitsOnly(string(w)) || string(w) == "واحد" {
			counted = true
			continue
		}
		switch n {
		case 0:
			first = w
		case 1:
			second = w
		}
		n++
		phrase = append(append(phrase, w...), ' ')
	}
	return commentHeadings[string(phrase)] ||
		counted && countedComments[string(first)+" "] && (n == 1 || string(second) == "علي") // «على», normalized
}

// commentLetters reports whether s holds letters that each of the words of
// commentHeadings and countedComments holds together: most headings lack
// them, and are let go before their words are normalized, which cost
// some 7,000 instructions a heading.
func commentLetters(s string) bool {
	for _, part := range [...]string{"ليق", "رد", "راء", "omment", "OMMENT", "epl", "EPL", "espons", "ESPONS"} {
		if strings.Contains(s, part) {
			return true
		}
	}
	return false
}
