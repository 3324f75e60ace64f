package tokenize

import "strings"

// RuneCount exposes runeCount to the tests of package tokenize_test.
var RuneCount = runeCount[string]

// LetterOrMark exposes letterOrMark to the tests of package tokenize_test.
var LetterOrMark = letterOrMark

// LineWindow exposes lineWindow, so that the window-edge test follows it.
const LineWindow = lineWindow

// OpensClause exposes opensClause, whose first-letter shortcut must agree
// with folding the word.
var OpensClause = opensClause

// IsDateWord reports whether word is one of dateWords (see dateWord) or a
// year with its era glued to it (eraYear), so that the check
// of FuzzSentences can leave a date line's words out (see dateLine).
func IsDateWord(word string) bool {
	_, ok := dateWord(strings.ToLower(word))
	return ok || eraYear(word)
}

// LineAlone exposes standsAlone, so that FuzzSentences' model of
// HeadedSentences and Headline reads a byline or a dateline alone on its
// line as they do.
var LineAlone = standsAlone

// DatelineEnd and ReadDateline expose dateline and readDateline, so that
// FuzzDateline checks that dateline's cheap test rejects no dateline, on
// the story's line or alone.
var (
	DatelineEnd  = dateline
	ReadDateline = readDateline
)

// AloneAbove exposes aloneAbove, so that FuzzSentences' model of Headline
// passes over a byline signed over a date as it does.
var AloneAbove = aloneAbove

// NeedsNext exposes needsNext, whose switch holds its words as Normalize
// folds them: the test asks each in the spellings a text uses.
var NeedsNext = needsNext

// HasWordOutsideTags exposes hasWordOutsideTags, by which an article of a
// dump has words.
var HasWordOutsideTags = hasWordOutsideTags

// OneSpaced exposes oneSpaced, which must do what Fields and Join do.
var OneSpaced = oneSpaced

// AfterTerminators exposes afterTerminators, which must pass over every
// final mark that splitLine's byte scan stops at.
var AfterTerminators = afterTerminators

// LanguageNames exposes the table of LanguageByName, so that each code is
// checked against the ISO 639 registry and each name's spellings reach it.
var LanguageNames = languageNames

// SentencePrefix exposes sentencePrefix, which restates reads a headline's
// lead with.
var SentencePrefix = sentencePrefix

// HeadlineAgain exposes headlineAgain, so that FuzzSentences' model of
// HeadedSentences marks a page's chrome above its headline said again as
// it does.
var HeadlineAgain = headlineAgain

// CommentLetters exposes commentLetters, and CommentWords the words
// CommentsHeading reads, so that each is checked to pass it.
var CommentLetters = commentLetters

// CommentWords returns the phrases of commentHeadings and countedComments,
// each as AppendNormalWords gives it.
func CommentWords() []string {
	var words []string
	for _, set := range []map[string]bool{commentHeadings, countedComments} {
		for w := range set {
			words = append(words, w)
		}
	}
	return words
}

// RelatedLetters exposes relatedLetters, and RelatedWords the phrases
// RelatedHeading reads, so that each is checked to pass it.
var RelatedLetters = relatedLetters

// RelatedWords returns the phrases of relatedHeadings, each as
// AppendNormalWords gives it.
func RelatedWords() []string {
	var words []string
	for w := range relatedHeadings {
		words = append(words, w)
	}
	return words
}

// PageChrome exposes pageChrome, so that FuzzSentences' model of Headline
// passes over a page's buttons and counts as it does.
var PageChrome = pageChrome
