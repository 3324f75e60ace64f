package tokenize

import "strings"

// brackets follows the brackets of one line as splitLine reads it, so that
// a final mark inside an aside in brackets («وأضاف المتحدث (وهو مسؤول رفيع.
// لم يذكر اسمه) أن…») or a Quranic verse in ornate brackets («﴿إن مع العسر
// يسرا. فإن مع العسر يسرا﴾») does not end the sentence when the bracket
// closes later on the line: cut there, the sentence's two pieces each hold
// half of the brackets. Quotation marks are left to summarize, which keeps
// a quotation's sentences together when it takes them (its needs): a
// quotation's sentences are each a sentence of the speaker's, an aside's
// are not.
type brackets struct {
	start, end int     // the line
	looked     bool    // whether the line's brackets were counted
	pairs      [2]bool // of each kind, whether every opener on the line has its closer
	pos        int     // how far the ornate brackets were counted
	verse      int     // ornate openers less closers before pos
	next, from [2]int  // of each kind, the first closer at or after from, or -1
}

// The kinds of brackets: round and ornate. The ornate ones are written in
// reading order, «﴿» (U+FD3F, a Ps) first.
var (
	asideOpeners = [2]string{"(", "﴿"}
	asideClosers = [2]string{")", "﴾"}
)

// newBrackets follows the brackets of the line text[start:end].
func newBrackets(start, end int) brackets {
	return brackets{start: start, end: end, pos: start, from: [2]int{end + 1, end + 1}}
}

// within reports whether the final mark of the sentence that started at
// seg, whose final marks end at stop, stands inside brackets that close
// later on the line, with the sentence up to that closer at most
// MaxSentenceWords words long: then the sentence goes on. round is the
// number of '(' less ')' that splitLine has passed on the line; the
// ornate brackets are counted here. A line whose brackets of a kind do
// not pair up has those left alone, since which closes which cannot be
// told, and so does a longer aside, which would be cut into pieces anyway
// (AppendPieces). Brackets are counted, not paired one by one: on a line
// whose brackets pair up, a closer before its opener («أولا) قال (…») only
// lowers the count. (A bracket inside a template, a comment or a URL,
// which splitLine passes over, is not in round, but it is in the line's
// pairing and may be found as the closer.)
func (a *brackets) within(text string, seg, stop, round int) bool {
	if !a.looked {
		a.looked = true
		line := text[a.start:a.end]
		for k := range a.pairs {
			n := strings.Count(line, asideOpeners[k])
			a.pairs[k] = n > 0 && n == strings.Count(line, asideClosers[k])
		}
	}
	open := [2]int{round, 0}
	if a.pairs[1] {
		read := text[a.pos:max(a.pos, stop)]
		a.verse += strings.Count(read, asideOpeners[1]) - strings.Count(read, asideClosers[1])
		a.pos = max(a.pos, stop)
		open[1] = a.verse
	}
	for k, n := range open {
		if n > 0 && a.pairs[k] {
			if c := a.nextCloser(text, k, stop); c >= 0 && fewWords(text[seg:c]) {
				return true
			}
		}
	}
	return false
}

// nextCloser returns the first closer of the kind at or after i on the
// line, or -1. Its searches move forward only, so that a line with many
// sentences inside one long aside is read once.
func (a *brackets) nextCloser(text string, kind, i int) int {
	if a.from[kind] <= i && (a.next[kind] < 0 || a.next[kind] >= i) {
		return a.next[kind]
	}
	a.from[kind] = i
	a.next[kind] = strings.Index(text[i:a.end], asideClosers[kind])
	if a.next[kind] >= 0 {
		a.next[kind] += i
	}
	return a.next[kind]
}

// fewWords reports whether s holds at most MaxSentenceWords words (as
// fieldsAtMost counts them), reading no more of it than a sentence of that
// many words could take: a run of marks without words is read no further.
func fewWords(s string) bool {
	return len(s) <= MaxSentenceWords*32 && fieldsAtMost(s, MaxSentenceWords)
}
