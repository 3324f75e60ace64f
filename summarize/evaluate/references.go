package evaluate

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkhis/talkhis/summarize/rouge"
)

// References typed or copied by hand carry flaws of their own, which lower
// every system's figures. EASC's have two. Its texts are wrapped, a line
// breaking mid-sentence, and its references lost the break between the two
// lines' words («التدريبيةالنسائية»): one token that matches neither. And
// long sentences in its references stop at 255 characters or so, in the
// middle of a word (the length of a field in the tool they were made
// with, by the look of it), so that a sentence's words past that never
// score. Unglue undoes the first, for analysis; the protocol scores the
// references as they are. AnalyzeVotes counts both.

// Unglue returns d with a space put inside each reference word that joins
// the last word of a line of the text to the first word of the next
// non-blank line, between the two, and how many it split; the references
// are otherwise as they were, byte for byte. A join that the text itself
// holds as a word is kept, and so is a run of more than maxGlued bytes
// without a break, which is no two words. d itself is not changed.
// Figures against unglued references do not compare with the protocol's.
func Unglue(d Document) (Document, int) {
	var n int
	d.Summaries, n = unglue(d.Summaries, lineJoins(d.Text, tokenSet(d.Text)))
	return d, n
}

// unglue is Unglue over references refs, with the text's joins (see
// lineJoins): the references, a new slice unless there is no join, and
// how many words it split.
func unglue(refs []string, joins map[string][2]string) ([]string, int) {
	if len(joins) == 0 {
		return refs, 0
	}
	split := 0
	breaks := map[rune]bool{}
	out := make([]string, len(refs))
	for i, ref := range refs {
		var b strings.Builder
		b.Grow(len(ref))
		for len(ref) > 0 {
			n := wordLen(ref, breaks)
			if n == 0 { // a blank, a mark: copied as it is
				_, n = utf8.DecodeRuneInString(ref)
				b.WriteString(ref[:n])
				ref = ref[n:]
				continue
			}
			word := ref[:n]
			ref = ref[n:]
			if len(word) <= maxGlued {
				toks := rouge.Tokens(word)
				for k := 0; k < len(toks); k++ {
					if p, ok := joins[toks[k]]; ok {
						if c, ok := splitToken(word, toks, k, p); ok {
							word, toks = c, rouge.Tokens(c)
							split++
						}
					}
				}
			}
			b.WriteString(word)
		}
		out[i] = b.String()
	}
	return out, split
}

// maxGlued bounds the bytes of a run of a reference that Unglue tries to
// split: two glued words are a few dozen letters, and trying every place
// in a run costs its length squared.
const maxGlued = 256

// wordLen returns the bytes of the run of characters that s opens with
// and that no break parts: what the protocol reads as one or more tokens
// run together (letters, digits, and the diacritics and tatweel it drops
// inside a word). breaks caches, by character, whether it parts two
// letters (see parts).
func wordLen(s string, breaks map[rune]bool) int {
	for i, r := range s {
		b, ok := breaks[r]
		if !ok {
			b = parts(r)
			breaks[r] = b
		}
		if b {
			return i
		}
	}
	return len(s)
}

// parts tells whether r parts two words for the protocol's tokenizer: an
// alef on each side of it gives other than one token. So a blank or a
// mark parts them; a letter, a digit, a diacritic or a tatweel does not.
func parts(r rune) bool {
	return len(rouge.Tokens("ا"+string(r)+"ا")) != 1
}

// splitToken returns word with a space put where its k-th token, of toks,
// becomes the pair p, and whether there is such a place: the word with
// the space must give toks with that token replaced by the pair.
func splitToken(word string, toks []string, k int, p [2]string) (string, bool) {
	want := slices.Concat(toks[:k], p[:], toks[k+1:])
	for at := range word {
		if c := word[:at] + " " + word[at:]; slices.Equal(rouge.Tokens(c), want) {
			return c, true
		}
	}
	return word, false
}

// lineJoins maps each token that joins the last token of a line of text to
// the first of the next line with tokens, and is none of the text's words
// (tokenSet(text)), to the two it joins.
func lineJoins(text string, words map[string]bool) map[string][2]string {
	var joins map[string][2]string
	last := ""
	for line := range strings.SplitSeq(text, "\n") {
		toks := rouge.Tokens(line)
		if len(toks) == 0 {
			continue
		}
		if last != "" {
			if j := last + toks[0]; !words[j] {
				if joins == nil {
					joins = map[string][2]string{}
				}
				joins[j] = [2]string{last, toks[0]}
			}
		}
		last = toks[len(toks)-1]
	}
	return joins
}

func tokenSet(text string) map[string]bool {
	words := map[string]bool{}
	for _, t := range rouge.Tokens(text) {
		words[t] = true
	}
	return words
}

// referenceFlaws counts, over d's references, the tokens that Unglue would
// split (glued) out of all (tokens), and the sentences (split after a run
// of SentenceMarks) whose last token is no token of the text: sentences
// cut in the middle of a word. lengths counts the cut sentences by their
// length in characters, without their final marks and the spaces before
// them.
func referenceFlaws(d Document, lengths map[int]int) (glued, tokens, cut, sentences int) {
	words := tokenSet(d.Text)
	_, glued = unglue(d.Summaries, lineJoins(d.Text, words))
	for _, ref := range d.Summaries {
		// The sentences part the reference at blanks, which part no
		// token: their tokens are the reference's.
		for _, s := range referenceSentences(ref) {
			toks := rouge.Tokens(s)
			tokens += len(toks)
			if len(toks) == 0 {
				continue
			}
			sentences++
			if !words[toks[len(toks)-1]] {
				cut++
				lengths[utf8.RuneCountInString(strings.TrimRightFunc(s, func(r rune) bool {
					return unicode.IsSpace(r) || strings.ContainsRune(SentenceMarks, r)
				}))]++
			}
		}
	}
	return glued, tokens, cut, sentences
}

// referenceSentences splits a reference after each of SentenceMarks that
// a space or the end follows (so after the last of a run), each sentence
// trimmed of spaces.
func referenceSentences(ref string) []string {
	var out []string
	start := 0
	for i, r := range ref {
		if !strings.ContainsRune(SentenceMarks, r) {
			continue
		}
		end := i + utf8.RuneLen(r)
		next, _ := utf8.DecodeRuneInString(ref[end:])
		if end < len(ref) && !unicode.IsSpace(next) { // a run of marks, or a mark inside a word
			continue
		}
		if s := strings.TrimSpace(ref[start:end]); s != "" {
			out = append(out, s)
		}
		start = end
	}
	if s := strings.TrimSpace(ref[start:]); s != "" {
		out = append(out, s)
	}
	return out
}
