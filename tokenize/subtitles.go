package tokenize

import (
	"encoding/json"
	"html"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Subtitles returns the words spoken in text, as one paragraph, when text
// is subtitles: a SubRip (.srt) or WebVTT (.vtt) file, as broadcasters
// publish with their videos and speech recognizers write, TTML (W3C's
// Timed Text, which broadcasters deliver as EBU-TT and streaming services
// as DFXP), Advanced SubStation Alpha (.ass, .ssa), as Aegisub writes
// and fan subtitlers share, YouTube's timed text (its XML of a video's
// captions), or SAMI (.smi, Microsoft's, as Windows Media and older DVD
// rips carry it); or the JSON of a video's captions: YouTube's json3, as
// caption downloaders save it (yt-dlp's --sub-format json3), or a
// transcript as youtube-transcript-api writes it, a list of cues. ok is
// false, with "", for any other text.
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
// Of TTML, the cues are the <p> elements (with any prefix: EBU-TT writes
// <tt:p>), in the order they come, their lines ending at <br/>; the head
// (a title, styles, a layout), the tags of spans and the metadata of a cue
// are left out, comments too, and CDATA is text. Of ASS, the cues are the
// [Events] section's Dialogue lines in the order of their start times,
// their text the field after the others that its Format line names;
// override blocks ({\i1}, {\an8}, {\pos(…)}) and a drawing's commands
// ({\p1}m 0 0 l …{\p0}) are left out, «\N» and «\n» end a line, and «\h»
// is a space. YouTube's timed text, as caption downloaders save a video's
// captions, is read as TTML is: its cues are <text>s (srv1) or <p>s
// (srv3, their words in <s>s), and their entities are read twice, as
// YouTube escapes them twice. SAMI is read so too, its tags HTML's in
// capitals or not: its cues are <SYNC>s, their text in a <P> that is
// seldom closed, lines ending at <BR>, and a cue of &nbsp; alone, which
// clears the screen, is none; every <P> of a cue is read, so that a file
// in two languages gives both.
//
// Of json3, the cues are the segs of its events, each event's joined, its
// lines ending at a newline: automatic captions give a word a seg and a
// line's end an event of its own. Of a transcript's JSON, the cues are
// the text of each object of the list. A file cut off in a download gives
// the cues before the cut.
//
// text is subtitles when its first line (after a byte order mark and blank
// lines) is WebVTT's «WEBVTT», or a cue's time («00:00:01,000 -->
// 00:00:04,200»), or a number with a cue's time on the next line; when its
// root element, after an XML declaration, comments and a doctype, is
// TTML's <tt> (or <prefix:tt>), YouTube's <transcript> or <timedtext>, or
// SAMI's <SAMI>; when its first line is ASS's «[Script Info]»; when it is
// a JSON object with json3's keys, «"wireMagic"», or «"events"» and
// «"tStartMs"»; and when it is a JSON list of objects with a transcript's
// keys, «"text"», «"start"» and «"duration"» (see jsonSubtitles).
func Subtitles(text string) (spoken string, ok bool) {
	switch opensSubtitles(text) {
	case cueFile:
		return cueFileText(text), true
	case ttmlFile:
		return xmlCueText(text, "p", false, nil), true
	case youTubeFile:
		// srv1's cues are <text>s, srv3's <p>s; both escape twice
		return xmlCueText(text, "text", true, nil), true
	case assFile:
		return assText(text), true
	case samiFile:
		return xmlCueText(text, "sync", false, samiArabic(text)), true
	case json3File:
		return json3Text(text), true
	case transcriptFile:
		return transcriptText(text), true
	}
	return "", false
}

// IsSubtitles reports whether Subtitles reads text as subtitles, by its
// opening alone: a caller that refuses subtitles need not take their
// spoken text out.
func IsSubtitles(text string) bool {
	return opensSubtitles(text) != noSubtitles
}

// The kinds of subtitles that opensSubtitles tells apart.
const (
	noSubtitles = iota
	cueFile     // SubRip or WebVTT: cues of a time line and text lines
	ttmlFile
	assFile
	youTubeFile    // YouTube's timed text: <transcript> (srv1) or <timedtext> (srv3)
	samiFile       // SAMI: <SAMI>, cues of <SYNC>
	json3File      // YouTube's json3: {"events": [{"segs": [{"utf8": …}]}]}
	transcriptFile // a transcript's JSON: [{"text": …, "start": …, "duration": …}]
)

// spoken gathers the lines of cues into one paragraph: each line is
// cleaned by the caller, and one the same as the line before it is left
// out.
type spoken struct {
	b    strings.Builder
	last string
}

func (s *spoken) add(line string) {
	if line == "" || line == s.last {
		return
	}
	if s.b.Len() > 0 {
		s.b.WriteByte(' ')
	}
	s.b.WriteString(line)
	s.last = line
}

// cueFileText returns the spoken text of SubRip or WebVTT.
func cueFileText(text string) string {
	var out spoken
	inCue := false
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
			out.add(cueText(line))
		}
	}
	return out.b.String()
}

// opensSubtitles tells which kind of subtitles text is: the first line
// that is not blank, after a byte order mark, is «WEBVTT» (alone or before
// a blank), a cue's time, or a number with a cue's time on the next line
// (cueFile); the root element is TTML's (ttmlFile); the first line is
// «[Script Info]» (assFile); or it is JSON of captions (jsonSubtitles).
// It reads the first 4 KiB at most, so that every text can be asked.
func opensSubtitles(text string) int {
	rest := strings.TrimPrefix(text[:min(len(text), 4<<10)], "\ufeff")
	// Most texts open with a letter: its first byte tells, before any line
	// is read.
	rest = strings.TrimLeft(rest, " \t\r\n")
	if rest == "" {
		return noSubtitles
	}
	switch c := rest[0]; {
	case c == '<':
		return xmlSubtitles(rest)
	case c == '{':
		return jsonSubtitles(rest)
	case c == '[':
		if line := strings.TrimSpace(firstLine(rest)); strings.EqualFold(line, "[Script Info]") {
			return assFile
		}
		return jsonSubtitles(rest)
	case c != 'W' && (c < '0' || c > '9'):
		return noSubtitles
	}
	line, rest := cutLine(rest)
	line = strings.TrimSpace(line)
	if after, vtt := strings.CutPrefix(line, "WEBVTT"); vtt && (after == "" || after[0] == ' ' || after[0] == '\t') {
		return cueFile
	}
	if digits(line) && cueTime(firstLine(rest)) || cueTime(line) {
		return cueFile
	}
	return noSubtitles
}

// jsonSubtitles tells the JSON that opens head (its first bytes) by its
// keys: an object with json3's «"wireMagic"», or with «"events"» and
// «"tStartMs"», is json3File; a list of objects with «"text"», «"start"»
// and «"duration"», a transcript's keys, is transcriptFile. An article or
// a list of them as JSON has none of these together.
func jsonSubtitles(head string) int {
	if head[0] == '{' {
		if strings.Contains(head, `"wireMagic"`) || strings.Contains(head, `"events"`) && strings.Contains(head, `"tStartMs"`) {
			return json3File
		}
		return noSubtitles
	}
	if !strings.HasPrefix(strings.TrimLeft(head[1:], " \t\r\n"), "{") {
		return noSubtitles
	}
	if strings.Contains(head, `"text"`) && strings.Contains(head, `"start"`) && strings.Contains(head, `"duration"`) {
		return transcriptFile
	}
	return noSubtitles
}

// json3Text returns the spoken text of YouTube's json3: the segs of each
// event of its "events" joined, a line at each newline. What a download
// cut off, or anything else that does not decode, ends it.
func json3Text(text string) string {
	dec := openJSON(text, '{')
	if dec == nil {
		return ""
	}
	// The keys before "events" ("wireMagic", the styles), each value
	// skipped whole.
	for {
		if !dec.More() {
			return ""
		}
		if key, err := dec.Token(); err != nil {
			return ""
		} else if key == "events" {
			break
		}
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return ""
		}
	}
	if t, err := dec.Token(); err != nil || t != json.Delim('[') {
		return ""
	}
	var out spoken
	for dec.More() {
		var e struct {
			Segs []struct {
				UTF8 string `json:"utf8"`
			} `json:"segs"`
		}
		if dec.Decode(&e) != nil {
			break
		}
		var cue strings.Builder
		for _, s := range e.Segs {
			cue.WriteString(s.UTF8)
		}
		addLines(&out, cue.String())
	}
	return out.b.String()
}

// transcriptText returns the spoken text of a transcript's JSON: the text
// of each cue of the list, a line at each newline.
func transcriptText(text string) string {
	dec := openJSON(text, '[')
	if dec == nil {
		return ""
	}
	var out spoken
	for dec.More() {
		var c struct {
			Text string `json:"text"`
		}
		if dec.Decode(&c) != nil {
			break
		}
		addLines(&out, c.Text)
	}
	return out.b.String()
}

// openJSON returns a decoder of text past its byte order mark (which
// opensSubtitles looks past, and a decoder stops at) and past its opening
// delimiter, or nil when text does not open with delim.
func openJSON(text string, delim json.Delim) *json.Decoder {
	dec := json.NewDecoder(strings.NewReader(strings.TrimPrefix(text, "\ufeff")))
	if t, err := dec.Token(); err != nil || t != delim {
		return nil
	}
	return dec
}

// addLines adds each line of a cue's text to out, cleaned as a line of
// SubRip is (cueText).
func addLines(out *spoken, cue string) {
	for line := range strings.SplitSeq(cue, "\n") {
		out.add(cueText(line))
	}
}

// xmlSubtitles tells the XML document that opens head (its first bytes)
// by its root element (xmlRoot): TTML's <tt> or <prefix:tt> in TTML's
// namespace (or DFXP's before it; HTML's old <tt>, teletype text, has
// none) is ttmlFile; YouTube's <transcript> or <timedtext> is youTubeFile;
// <SAMI>, in capitals or not, is samiFile.
func xmlSubtitles(head string) int {
	name, tag, ok := xmlRoot(head)
	switch {
	case !ok:
		return noSubtitles
	case localName(name) == "tt" && (strings.Contains(tag, "www.w3.org/ns/ttml") || strings.Contains(tag, "www.w3.org/2006/10/ttaf1") || strings.Contains(tag, "www.w3.org/2006/04/ttaf1")):
		return ttmlFile
	case name == "transcript" || name == "timedtext":
		return youTubeFile
	case strings.EqualFold(name, "sami"):
		return samiFile
	}
	return noSubtitles
}

// xmlRoot returns the name and the start tag of the root element of the
// XML document that opens head, after an XML declaration, processing
// instructions, comments and a doctype; ok is false when head opens
// otherwise, or the tag does not close within it.
func xmlRoot(head string) (name, tag string, ok bool) {
	for {
		head = strings.TrimLeft(head, " \t\r\n")
		var end string
		switch {
		case strings.HasPrefix(head, "<?"):
			end = "?>"
		case strings.HasPrefix(head, "<!--"):
			end = "-->"
		case strings.HasPrefix(head, "<!"):
			end = ">"
		case strings.HasPrefix(head, "<"):
			name, _ := tagName(head[1:])
			tag, _, closed := strings.Cut(head, ">")
			return name, tag, closed
		default:
			return "", "", false
		}
		k := strings.Index(head, end)
		if k < 0 {
			return "", "", false
		}
		head = head[k+len(end):]
	}
}

// tagName returns the name that opens rest, what follows a tag's '<' (a
// '/' before it left out), and whether the tag is an end tag.
func tagName(rest string) (name string, end bool) {
	if rest != "" && rest[0] == '/' {
		rest, end = rest[1:], true
	}
	n := 0
	for n < len(rest) && rest[n] != '>' && rest[n] != '/' && !isSpace(rune(rest[n])) {
		n++
	}
	return rest[:n], end
}

// localName returns an XML name without its prefix: «tt:p» is «p».
func localName(name string) string {
	if k := strings.LastIndexByte(name, ':'); k >= 0 {
		return name[k+1:]
	}
	return name
}

// xmlCueText returns the spoken text of a TTML document: the text of its
// <p> elements from its <body> on (the whole document when it has none),
// a line of each part between <br/>s. YouTube's timed text is read the
// same, its cues <text> (srv1) or <p> (srv3, whose words are <s>s), their
// entities read twice (twice is true): YouTube escapes a caption as HTML,
// then as XML («&amp;#39;» for «'»); a newline in a cue ends a line.
// SAMI's cues are <SYNC>s (cue is "sync"), its <P> a line's start; when
// classes is not nil, only the <P>s of those classes are read.
func xmlCueText(text, cue string, twice bool, classes map[string]bool) string {
	var out spoken
	var line strings.Builder
	flush := func() {
		lines := []string{html.UnescapeString(line.String())}
		if twice {
			// YouTube's cue breaks its lines with a newline, as SubRip's
			// does; TTML's newlines are blanks.
			lines = strings.Split(html.UnescapeString(lines[0]), "\n")
		}
		for _, l := range lines {
			out.add(rtlMarksBack(oneSpaced(l)))
		}
		line.Reset()
	}
	inP := false
	skip := "" // the local name of the element whose content is left out
	rest := text
	if k := bodyStart(text); k >= 0 {
		rest = text[k:]
	}
	for rest != "" {
		k := strings.IndexByte(rest, '<')
		if k < 0 {
			break // text after the last tag is no cue's
		}
		if inP && skip == "" {
			line.WriteString(rest[:k])
		}
		rest = rest[k:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			e := strings.Index(rest, "-->")
			if e < 0 {
				rest = ""
				continue
			}
			rest = rest[e+3:]
			continue
		case strings.HasPrefix(rest, "<![CDATA["):
			e := strings.Index(rest, "]]>")
			if e < 0 {
				e = len(rest)
			}
			if inP && skip == "" {
				// CDATA is text as it stands: its '&' is no entity's.
				line.WriteString(strings.ReplaceAll(rest[len("<![CDATA["):e], "&", "&amp;"))
			}
			rest = rest[min(e+3, len(rest)):]
			continue
		}
		e := strings.IndexByte(rest, '>')
		if e < 0 {
			break // a tag cut off: the file ends inside it
		}
		tag := rest[1:e]
		name, end := tagName(tag)
		empty := rest[e-1] == '/'
		rest = rest[e+1:]
		// SAMI's tags are HTML's, in capitals or not; XML's names are
		// TTML's and YouTube's, which hold no capitals where it matters.
		switch local := strings.ToLower(localName(name)); {
		case skip != "":
			if end && local == skip {
				skip = ""
			}
		case local == "p" || local == cue:
			if inP {
				flush()
			}
			inP = !end && !empty
			if inP && classes != nil && local == "p" {
				inP = classes[strings.ToLower(quotedAttr(tag, "class"))]
			}
		case !inP:
		case local == "br":
			flush()
		case local == "metadata" && !end && !empty:
			skip = local
		}
	}
	if inP {
		flush()
	}
	return out.b.String()
}

// samiArabic returns the classes, in small letters, that a SAMI file's
// style sheet gives an Arabic lang («.ARSA { Name: Arabic; lang: ar-SA; }»),
// or nil when it gives none: a file in two languages holds a <P> of each
// class in every cue, and only the Arabic ones are to be summarized; one
// without an Arabic class is read whole.
func samiArabic(text string) map[string]bool {
	head := text[:min(len(text), 64<<10)]
	start := indexFold(head, "<style")
	if start < 0 {
		return nil
	}
	sheet := head[start:]
	if end := indexFold(sheet, "</style"); end >= 0 {
		sheet = sheet[:end]
	}
	var classes map[string]bool
	for {
		open := strings.IndexByte(sheet, '{')
		if open < 0 {
			break
		}
		close := strings.IndexByte(sheet[open:], '}')
		if close < 0 {
			break
		}
		selector, body := sheet[:open], strings.ToLower(sheet[open+1:open+close])
		sheet = sheet[open+close+1:]
		dot := strings.LastIndexByte(selector, '.')
		k := strings.Index(body, "lang")
		if dot < 0 || k < 0 {
			continue
		}
		value, ok := strings.CutPrefix(strings.TrimLeft(body[k+len("lang"):], " \t\r\n"), ":")
		if !ok || !strings.HasPrefix(strings.TrimSpace(value), "ar") {
			continue
		}
		if classes == nil {
			classes = map[string]bool{}
		}
		classes[strings.ToLower(strings.TrimSpace(selector[dot+1:]))] = true
	}
	return classes
}

// bodyStart returns where the <body> element of a TTML document (with any
// prefix) starts, or -1: the head before it holds a title, styles and a
// layout, no cue.
func bodyStart(text string) int {
	for i := 0; ; {
		k := strings.Index(text[i:], "body")
		if k < 0 {
			return -1
		}
		k += i
		if j := k + 4; k > 0 && j < len(text) && (text[j] == '>' || text[j] == '/' || isSpace(rune(text[j]))) {
			// «<body» or «<prefix:body»: the prefix is read back to its
			// '<', over the name's bytes alone, so that each byte is read
			// back once at most.
			s := k - 1
			if text[s] == ':' {
				for s > 0 && nameByte(text[s-1]) {
					s--
				}
				s--
			}
			if s >= 0 && text[s] == '<' {
				return s
			}
		}
		i = k + 4
	}
}

// nameByte reports whether c can be in an XML prefix of ASCII.
func nameByte(c byte) bool {
	return asciiLetter(c) || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
}

// assText returns the spoken text of an ASS or SSA script: its Dialogue
// events, in the order of their start times.
func assText(text string) string {
	type event struct {
		start int // in hundredths of a second
		text  string
	}
	var events []event
	inEvents := false
	fields, startField := 10, 1 // SSA's and ASS's Format, until the file gives its own
	last := 0
	for rest := strings.TrimPrefix(text, "\ufeff"); rest != ""; {
		var line string
		line, rest = cutLine(rest)
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			inEvents = strings.EqualFold(line, "[Events]")
			continue
		}
		if !inEvents {
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		switch strings.TrimSpace(key) {
		case "Format":
			names := strings.Split(value, ",")
			fields, startField = len(names), -1
			for k, n := range names {
				if strings.EqualFold(strings.TrimSpace(n), "Start") {
					startField = k
				}
			}
		case "Dialogue":
			parts := strings.SplitN(value, ",", fields)
			if len(parts) < fields {
				continue // a line cut short: no text field
			}
			if startField >= 0 {
				if t, ok := assTime(strings.TrimSpace(parts[startField])); ok {
					last = t
				}
			}
			events = append(events, event{last, parts[fields-1]})
		}
	}
	sort.SliceStable(events, func(a, b int) bool { return events[a].start < events[b].start })
	var out spoken
	for _, e := range events {
		for _, line := range assLines(e.text) {
			out.add(rtlMarksBack(oneSpaced(line)))
		}
	}
	return out.b.String()
}

// assTime reads ASS's time, «0:00:01.50» (hours, minutes, seconds and
// hundredths), in hundredths of a second.
func assTime(s string) (int, bool) {
	clock, cs, ok := strings.Cut(s, ".")
	parts := strings.Split(clock, ":")
	if !ok || len(parts) != 3 || !digits(cs) || len(cs) > 3 {
		return 0, false
	}
	t := 0
	for _, p := range parts {
		if !digits(p) || len(p) > 6 {
			return 0, false
		}
		n, _ := strconv.Atoi(p)
		t = t*60 + n
	}
	frac, _ := strconv.Atoi((cs + "00")[:2])
	return t*100 + frac, true
}

// assLines returns the lines of an event's text: without its override
// blocks ({…}) and the commands of a drawing ({\p1} up to {\p0}), broken
// at «\N» and «\n», «\h» read as a space. A '{' that nothing closes is
// text.
func assLines(text string) []string {
	var lines []string
	var b strings.Builder
	drawing, noBrace := false, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '{' && !noBrace {
			if k := strings.IndexByte(text[i:], '}'); k > 0 {
				drawing = assDrawing(text[i+1:i+k], drawing)
				i += k
				continue
			}
			noBrace = true
		}
		if drawing {
			continue
		}
		if c == '\\' && i+1 < len(text) {
			switch text[i+1] {
			case 'N', 'n':
				lines = append(lines, b.String())
				b.Reset()
				i++
				continue
			case 'h':
				b.WriteByte(' ')
				i++
				continue
			}
		}
		b.WriteByte(c)
	}
	return append(lines, b.String())
}

// assDrawing returns whether the text after an override block is a
// drawing's commands: «\p1» (or any scale above 0) in the block starts a
// drawing and «\p0» ends it; a block without «\p» leaves it as it was.
func assDrawing(block string, drawing bool) bool {
	for {
		k := strings.Index(block, `\p`)
		if k < 0 {
			return drawing
		}
		block = block[k+2:]
		n := 0
		for n < len(block) && block[n] >= '0' && block[n] <= '9' {
			n++
		}
		if n > 0 { // not «\pos(…)» nor «\pbo»
			drawing = strings.TrimLeft(block[:n], "0") != ""
		}
	}
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
	return rtlMarksBack(oneSpaced(html.UnescapeString(b.String())))
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
