package tokenize

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Subtitles returns the words spoken in text, as one paragraph, when text
// is subtitles: a SubRip (.srt) or WebVTT (.vtt) file, as broadcasters
// publish with their videos and speech recognizers write. ok is false, with
// "", for any other text.
//
// Subtitles are no text to split as it stands: their cue numbers and times
// would be read as words, and their lines break sentences where the screen
// ran out of room («رفعت الحكومة أسعار الوقود» / «بنسبة عشرة في المئة…»),
// so that each line is a heading or a fragment. The spoken text is each
// cue's lines, in order, joined with a space: without the WebVTT header,
// notes, style and region blocks, the cues' names, times and settings, the
// tags inside a line (<i>, <v المذيع>, <c>, <font …>, and the times of
// words, <00:00:01.500>) and SubRip's position codes ({\an8}), with
// entities (&amp;, &lt;) read as the characters they stand for, and a
// final mark written first for old players («.مساء الخير») put back at the
// line's end. A line the same as the one before it is left out: captions
// that roll, as YouTube's do, show each line in two cues or three.
//
// text is subtitles when its first line (after a byte order mark and blank
// lines) is WebVTT's «WEBVTT», or a cue's time («00:00:01,000 -->
// 00:00:04,200»), or a number with a cue's time on the next line.
func Subtitles(text string) (spoken string, ok bool) {
	if !opensSubtitles(text) {
		return "", false
	}
	var b strings.Builder
	inCue, last := false, ""
	for rest := strings.TrimPrefix(text, "\ufeff"); rest != ""; {
		var line string
		line, rest = cutLine(rest)
		switch {
		case strings.TrimSpace(line) == "":
			inCue = false
		case cueTime(line):
			inCue = true
		case inCue && digits(strings.TrimSpace(line)) && cueTime(firstLine(rest)):
			// the next cue's number, where a writer left out the blank line
		case inCue:
			line = cueText(line)
			if line == "" || line == last {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(line)
			last = line
		}
	}
	return b.String(), true
}

// opensSubtitles reports whether the first line of text that is not blank,
// after a byte order mark, is «WEBVTT» (alone or before a blank), a cue's
// time, or a number with a cue's time on the next line. It reads the first
// 4 KiB at most, so that every text can be asked.
func opensSubtitles(text string) bool {
	rest := strings.TrimPrefix(text[:min(len(text), 4<<10)], "\ufeff")
	// Most texts open with a letter: its first byte tells, before any line
	// is read.
	rest = strings.TrimLeft(rest, " \t\r\n")
	if rest == "" || rest[0] != 'W' && (rest[0] < '0' || rest[0] > '9') {
		return false
	}
	line, rest := cutLine(rest)
	line = strings.TrimSpace(line)
	if after, vtt := strings.CutPrefix(line, "WEBVTT"); vtt && (after == "" || after[0] == ' ' || after[0] == '\t') {
		return true
	}
	if digits(line) {
		return cueTime(firstLine(rest))
	}
	return cueTime(line)
}

// firstLine returns text's first line, without its break.
func firstLine(text string) string {
	line, _ := cutLine(text)
	return line
}

// cutLine returns text's first line, without its break (\n, \r\n or \r),
// and what follows the break.
func cutLine(text string) (line, rest string) {
	// One pass to the first break of either kind: a search for '\n' alone
	// would read to the end of a file of '\r's at every line.
	i := 0
	for i < len(text) && text[i] != '\n' && text[i] != '\r' {
		i++
	}
	if i == len(text) {
		return text, ""
	}
	if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
		return text[:i], text[i+2:]
	}
	return text[:i], text[i+1:]
}

// cueTime reports whether line is a cue's timing: two times («00:00:01,000»,
// WebVTT's «00:01.000») with «-->» between them, and settings after.
func cueTime(line string) bool {
	line = strings.TrimSpace(line)
	start, rest, ok := strings.Cut(line, "-->")
	if !ok || !clockTime(strings.TrimSpace(start)) {
		return false
	}
	rest = strings.TrimSpace(rest)
	if i := strings.IndexAny(rest, " \t"); i >= 0 {
		rest = rest[:i] // WebVTT's settings: «align:start position:10%»
	}
	return clockTime(rest)
}

// clockTime reports whether s is a time of subtitles: two or three groups
// of digits between colons, then a comma or a period and the milliseconds.
func clockTime(s string) bool {
	clock, ms, ok := strings.Cut(s, ",")
	if !ok {
		if clock, ms, ok = strings.Cut(s, "."); !ok {
			return false
		}
	}
	parts := strings.Split(clock, ":")
	if len(parts) < 2 || len(parts) > 3 || len(ms) > 3 || !digits(ms) {
		return false
	}
	for _, p := range parts {
		if !digits(p) {
			return false
		}
	}
	return true
}

// digits reports whether s is one or more ASCII digits.
func digits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// cueText returns a cue's line as it reads: without its tags and position
// codes, its entities read, its white space collapsed.
//
// A '<' or a «{\» that nothing closes is text, and once a search for the
// close has found none, none is made again: a line of a million «<a» costs
// one pass, not a search to its end from each.
func cueText(line string) string {
	var b strings.Builder
	noAngle, noBrace := false, false // no '>' or '}' after the last search
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c == '<' && !noAngle && i+1 < len(line) && (asciiLetter(line[i+1]) || line[i+1] == '/' || line[i+1] >= '0' && line[i+1] <= '9') {
			if k := strings.IndexByte(line[i:], '>'); k > 0 {
				i += k
				continue
			}
			noAngle = true
		}
		if c == '{' && !noBrace && i+1 < len(line) && line[i+1] == '\\' {
			if k := strings.IndexByte(line[i:], '}'); k > 0 {
				i += k
				continue
			}
			noBrace = true
		}
		b.WriteByte(c)
	}
	return rtlMarksBack(strings.Join(strings.Fields(html.UnescapeString(b.String())), " "))
}

// rtlMarksBack moves the marks that open line to its end when they end a
// sentence or a clause (. ! ? ؟ … ، , ؛ ;), an Arabic letter follows them
// and the line ends with none: «.مساء الخير» is «مساء الخير.». Players
// that laid out right-to-left lines badly showed a final mark at the
// line's right, its start; Arabic subtitles were written with the mark
// first so that it would show at the left, and many still are.
func rtlMarksBack(line string) string {
	i := 0
	for i < len(line) {
		r, size := utf8.DecodeRuneInString(line[i:])
		if !isTerminator(r) && !isClauseMark(r) {
			break
		}
		i += size
	}
	if i == 0 || i == len(line) {
		return line
	}
	if r, _ := utf8.DecodeRuneInString(line[i:]); r < 0x0600 || r > 0x06FF || !unicode.IsLetter(r) {
		return line
	}
	if last, _ := utf8.DecodeLastRuneInString(line); isTerminator(last) || isClauseMark(last) {
		return line
	}
	return line[i:] + line[:i]
}
