package tokenize

import (
	"encoding/json"
	"errors"
	"io"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// titleKeys are the members that hold an article's headline, in the order
// they are preferred: schema.org's NewsArticle gives its headline and a
// name, often the site's; Arc XP's stories their headlines.
var titleKeys = []string{"headline", "headlines", "title", "name", "العنوان"}

// IsJSON reports whether text is a JSON document, an object or a list,
// or several, as JSON Lines (one on each line) or one after another (as jq
// prints them), other than subtitles (see Subtitles); one that a download
// cut off is one too. An article's text is never
// one: a Markdown link, a tag in brackets or a wiki's template that opens a
// text is no JSON, nor is a JSON value that prose follows.
func IsJSON(text string) bool {
	_, ok := jsonValues(text)
	return ok
}

// jsonArticles returns the articles of a JSON document or of JSON Lines
// (see Articles), or ok false for other text.
func jsonArticles(text string) (articles []Article, ok bool) {
	docs, ok := jsonValues(text)
	if !ok {
		return nil, false
	}
	for _, doc := range docs {
		articles = appendArticles(articles, doc)
	}
	return articles, true
}

// jsonValues returns the documents that text is made of, and whether it is
// JSON (IsJSON): one document, one a line, or several one after another.
func jsonValues(text string) (docs []string, ok bool) {
	if !OpensJSON(text) {
		return nil, false
	}
	s := strings.TrimLeft(strings.TrimPrefix(text, "\ufeff"), " \t\r\n")
	if validJSON(s) || cutOff(s) {
		return []string{s}, true
	}
	// JSON Lines: each line that is not blank a value, but the last, which
	// a download may have cut off.
	all := strings.Split(strings.TrimRight(s, " \t\r\n"), "\n")
	for k, line := range all {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if !opensJSON(line) || !validJSON(line) && (k < len(all)-1 || !cutOff(line)) {
			return jsonStream(s)
		}
		docs = append(docs, line)
	}
	if len(docs) > 1 {
		return docs, true
	}
	return jsonStream(s)
}

// jsonStream returns the documents of s when it is documents one after
// another, as jq prints a list's items, each pretty-printed over lines:
// objects or lists with nothing but white space between them, the last
// possibly cut off in a download.
func jsonStream(s string) (docs []string, ok bool) {
	dec := json.NewDecoder(strings.NewReader(s))
	for {
		start := dec.InputOffset()
		err := dec.Decode(&skipJSON{})
		doc := strings.TrimLeft(s[start:dec.InputOffset()], " \t\r\n")
		switch {
		case err == io.EOF:
			return docs, len(docs) > 1
		case errors.Is(err, io.ErrUnexpectedEOF):
			doc = strings.TrimLeft(s[start:], " \t\r\n")
			if !opensJSON(doc) {
				return nil, false
			}
			return append(docs, doc), len(docs) > 0
		case err != nil || !opensJSON(doc):
			return nil, false // prose, a number or a string between them
		}
		docs = append(docs, doc)
	}
}

// skipJSON takes a JSON value as it is, for the decoder to check that it is
// one without keeping it.
type skipJSON struct{}

func (skipJSON) UnmarshalJSON([]byte) error { return nil }

// opensJSON reports whether s opens as an object or a list does: its
// brace or bracket, and after it what a value may open with. Prose that
// opens with a bracket («[تحديث]», a Markdown link) has a letter there.
func opensJSON(s string) bool {
	if s == "" || s[0] != '{' && s[0] != '[' {
		return false
	}
	rest := strings.TrimLeft(s[1:], " \t\r\n")
	if rest == "" {
		return true
	}
	switch c := rest[0]; {
	case s[0] == '{':
		return c == '"' || c == '}'
	case c == '"' || c == '{' || c == '[' || c == ']' || c == '-' || c >= '0' && c <= '9':
		return true
	}
	return strings.HasPrefix(rest, "true") || strings.HasPrefix(rest, "false") || strings.HasPrefix(rest, "null")
}

// cutOff reports whether s is a JSON value that ends before it closes, as
// a download cut off leaves it.
func cutOff(s string) bool {
	var v json.RawMessage
	err := json.NewDecoder(strings.NewReader(s)).Decode(&v)
	return errors.Is(err, io.ErrUnexpectedEOF)
}

// jsonNode is a value of a JSON document: an object, a list or a string
// (numbers, booleans and nulls are not kept).
type jsonNode struct {
	parent       *jsonNode
	key          string // its key in its parent object
	inList       bool   // an item of its parent list
	object       bool
	marks        recordMark // what an object's members say it is a record of
	run          runKind    // an object's run of text, once asked
	runs         uint8      // a list's: 0 not asked, 1 no run of text, 2 runs
	underscoreID bool       // an object's id is its "_id" or its sys's, until an "id" comes
	lang         language   // an object's language, as a member of it says ("lang": "ar")
	foreign      bool       // in another language than Arabic, where Arabic is beside it: not read
	str          string
	isStr        bool
	translation  bool // an item of a list of translations, whose id is the translation's
	kids         []*jsonNode
	wantKey      bool      // an object's next string is a key
	place        int       // the same for values under the same keys, from the top
	id           string    // an object's "id" (else its "_id"), a string or a number, or ""
	record       *jsonNode // the item of a list of records that holds it, or nil

	// What headline finds above the node, once asked, and an object's
	// own headlines, once read.
	asked  bool
	holder *jsonNode
	title  string
	heads  []titled
}

// place tells the places of a document apart: the place of the parent,
// and the key or a list's item under it.
type place struct {
	parent int
	key    string
	inList bool
}

// parseJSON reads doc into a tree, in its order, and returns its strings
// in that order. Reading stops at the first error: a document cut off
// gives what came before the cut.
func parseJSON(doc string) []*jsonNode {
	sc := jsonScanner{s: doc}
	places := map[place]int{}
	var strs []*jsonNode
	var cur *jsonNode
	key := ""
	add := func(n *jsonNode) {
		if cur == nil {
			return
		}
		n.parent = cur
		if cur.object {
			n.key = key
			cur.wantKey = true
		} else {
			n.inList = true
		}
		// A document that is a list of objects is records, as JSON Lines
		// are: a scrape's, json.dump's of a list.
		if n.record = cur.record; cur.parent == nil && n.inList && n.object {
			n.record = n
		}
		at := place{cur.place, n.key, n.inList}
		if n.place = places[at]; n.place == 0 {
			n.place = len(places) + 1
			places[at] = n.place
		}
		if n.object && n.inList {
			// A localization is the entry in another language: its text
			// is at the entry's place, so that a list of entries read
			// each in its Arabic, the entry's own or a localization's, is
			// read at one place. (Only an object in a list can be one:
			// strings and members do not ask.)
			if e := localizedEntry(cur); e != nil {
				n.place = e.place
			}
		}
		cur.kids = append(cur.kids, n)
	}
	for {
		switch kind, v := sc.next(); kind {
		case jsonEnd:
			return strs
		case jsonObject, jsonList:
			n := &jsonNode{object: kind == jsonObject, wantKey: kind == jsonObject}
			add(n)
			cur = n
		case jsonClose:
			if cur != nil {
				cur.settleLanguages()
			}
			if cur == nil || cur.parent == nil {
				return strs
			}
			cur = cur.parent
		case jsonString:
			if cur != nil && cur.object && cur.wantKey {
				key, cur.wantKey = v, false
				continue
			}
			n := &jsonNode{str: v, isStr: true}
			add(n)
			strs = append(strs, n)
			member(cur, n.key, v)
		default:
			if cur != nil && cur.object {
				member(cur, key, v)
				cur.wantKey = true
			}
		}
	}
}

// member notes what obj's member key, of value v (a string or a number;
// true, false and null are none), says of obj: its id, the first "id"
// member (in any case), else its "_id" (a search engine's hit's, a
// database's export's); and its marks of a record (isRecord).
func member(obj *jsonNode, key, v string) {
	if obj == nil || !obj.object || v == "true" || v == "false" || v == "null" {
		return
	}
	switch {
	case strings.EqualFold(key, "id") && (obj.id == "" || obj.underscoreID):
		obj.id, obj.underscoreID = v, false
	case key == "_id" && obj.id == "":
		obj.id, obj.underscoreID = v, true
	}
	// A Contentful entry's id is in its "sys", beside its fields.
	if p := obj.parent; obj.key == "sys" && key == "id" && p != nil && p.object && p.id == "" {
		p.id, p.underscoreID = v, true // an "id" of its own comes first
	}
	if v == "" {
		return
	}
	switch k := strings.ToLower(key); {
	case k == "id" || k == "_id" || k == "guid" || k == "uuid":
		obj.marks |= markID
	case k == "url" || k == "link" || k == "permalink" || k == "weburl" || k == "canonical_url" || k == "canonicalurl":
		obj.marks |= markAddress
	case strings.Contains(k, "date") || strings.HasPrefix(k, "publish") || k == "created_at" || k == "createdat" || k == "timestamp":
		obj.marks |= markDate
	case langKeys[k]:
		if arabic, ok := langOf(v); ok {
			obj.lang = langOther
			if arabic {
				obj.lang = langArabic
			}
		}
	}
}

// langKeys are the members that say which language an object is in: a
// translation's, as Directus, Sanity's internationalized arrays or a
// CMS's export give it.
var langKeys = map[string]bool{
	"lang": true, "language": true, "locale": true, "languages_code": true, "language_code": true,
	"languagecode": true, "lang_code": true, "langcode": true, "_key": true,
}

// A language is what an object says it is in: none said, Arabic, or
// another.
type language uint8

const (
	langNone language = iota
	langArabic
	langOther
)

// langTag reports whether s is a language's tag as CMSs write them (BCP
// 47's shape: "ar", "en-US", "ar_SA", "zh-Hant"; ISO 639-2's "ara"), and
// whether the language is Arabic.
func langTag(s string) (arabic, ok bool) {
	i := 0
	for i < len(s) && isASCIILetter(s[i]) {
		i++
	}
	if i < 2 || i > 3 {
		return false, false
	}
	primary := s[:i]
	for i < len(s) {
		if s[i] != '-' && s[i] != '_' {
			return false, false
		}
		j := i + 1
		for j < len(s) && (isASCIILetter(s[j]) || s[j] >= '0' && s[j] <= '9') {
			j++
		}
		if j == i+1 || j-i-1 > 8 {
			return false, false
		}
		i = j
	}
	return strings.EqualFold(primary, "ar") || strings.EqualFold(primary, "ara"), true
}

// langOf reports whether s names a language, by its tag (langTag: «ar»,
// «en-US») or by its name (LanguageByName: «Arabic», «العربية»), and
// whether the language is Arabic.
func langOf(s string) (arabic, ok bool) {
	if arabic, ok = langTag(s); ok {
		return arabic, true
	}
	code, ok := LanguageByName(s)
	return code == "ara", ok
}

// langSuffix splits a member's key that ends with a language's code, as
// django-modeltranslation ("title_ar", "title_en") and camel case
// ("titleAr") name a field's translations, into the field's name and
// whether the language is Arabic.
func langSuffix(key string) (base string, arabic, ok bool) {
	n := len(key)
	if n < 4 {
		return "", false, false
	}
	a, b, sep := key[n-2], key[n-1], key[n-3]
	switch {
	case (sep == '_' || sep == '-') && isASCIILetter(a) && isASCIILetter(b):
		base = key[:n-3]
	case a >= 'A' && a <= 'Z' && b >= 'a' && b <= 'z' && (sep >= 'a' && sep <= 'z' || sep >= '0' && sep <= '9'):
		base = key[:n-2]
	default:
		return "", false, false
	}
	return base, a|0x20 == 'a' && b|0x20 == 'r', true
}

func isASCIILetter(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z'
}

// settleLanguages marks what o, an object or a list that has closed,
// holds in other languages than Arabic where it holds Arabic too, so that
// a bilingual site's article is read in Arabic, though its English takes
// more words:
//   - an object with a member named for Arabic ("ar", "ar-SA", "ara";
//     "Arabic", "العربية": langOf), as translatable fields store a field
//     ({"ar": …, "en": …}): its members named for other languages. Other
//     members stay (Sanity's "_type", a slug); in an object that is no
//     field in languages, what a language's code would name is an "id", a
//     "url" or an "alt", no text;
//   - members named for a field and a language ("body_ar", "body_en",
//     "bodyAr"): those in other languages, and the field of the name alone
//     ("body"), the active language's copy;
//   - a list of translations (Directus's, Sanity's internationalized
//     array: items that say their language), under an object, but of
//     records only one under a key that says so ("translations",
//     "localizations"): the items in other languages. A list of stories,
//     each a record in its own language, is each read.
//
// Only when the Arabic holds text: an Arabic field left empty gives the
// other language's, as the site shows it.
func (o *jsonNode) settleLanguages() {
	if len(o.kids) < 2 {
		return
	}
	if !o.object {
		o.settleTranslations()
		return
	}
	o.settleLocalizations()
	arabic := false
	for _, kid := range o.kids {
		if ar, _ := langOf(kid.key); ar {
			arabic = arabic || kid.hasText()
		}
	}
	if arabic {
		for _, kid := range o.kids {
			if ar, ok := langOf(kid.key); ok && !ar {
				kid.markForeign()
			}
		}
		return
	}
	var fields []string // the fields that have an Arabic member with text
	for _, kid := range o.kids {
		if base, ar, ok := langSuffix(kid.key); ok && ar && kid.hasText() {
			fields = append(fields, base)
		}
	}
	if fields == nil {
		return
	}
	for _, kid := range o.kids {
		base, ar, ok := langSuffix(kid.key)
		if ok && !ar && slices.Contains(fields, base) || slices.Contains(fields, kid.key) {
			kid.markForeign()
		}
	}
}

// settleTranslations marks the items of a list of translations that are
// in other languages than Arabic, where one is in Arabic (see
// settleLanguages).
func (o *jsonNode) settleTranslations() {
	if o.parent == nil {
		return // a document's list of stories
	}
	arabic, other, records := false, false, false
	for _, item := range o.kids {
		switch item.lang {
		case langArabic:
			arabic = true
		case langOther:
			other = true
		}
		records = records || item.isRecord()
	}
	if !arabic || !other {
		return
	}
	if records && !strings.Contains(strings.ToLower(o.key), "translation") && !localizationsKey(o.key) {
		return
	}
	for _, item := range o.kids {
		item.translation = true
		if item.lang == langOther {
			item.markForeign()
		}
	}
}

// localizations returns the list of o's member that holds its
// localizations, and that member: Strapi's entry in its other languages,
// each an entry of its own, under "localizations", a list in Strapi 5 and
// a relation's {"data": […]} in Strapi 4. Nil for none.
func (o *jsonNode) localizations() (list, member *jsonNode) {
	for _, kid := range o.kids {
		if !localizationsKey(kid.key) {
			continue
		}
		if !kid.object && !kid.isStr {
			return kid, kid
		}
		for _, d := range kid.kids {
			if d.key == "data" && !d.object && !d.isStr {
				return d, kid
			}
		}
	}
	return nil, nil
}

// localizationsKey reports whether key says "localizations", in any case,
// without a lower-cased copy of every key of a document.
func localizationsKey(key string) bool {
	for i := 0; i+len("locali") <= len(key); i++ {
		if strings.EqualFold(key[i:i+len("locali")], "locali") {
			return true
		}
	}
	return false
}

// localizedEntry returns the entry whose localizations list is (see
// localizations): the object that holds them, or the object around it
// where that is an envelope of its fields (Strapi 4's "attributes"); nil
// for another list.
func localizedEntry(list *jsonNode) *jsonNode {
	if list == nil || list.object || list.isStr {
		return nil
	}
	member := list
	if list.key == "data" && list.parent != nil && list.parent.object {
		member = list.parent
	}
	e := member.parent
	if !localizationsKey(member.key) || e == nil || !e.object {
		return nil
	}
	if envelopes[e.key] && e.parent != nil && e.parent.object {
		e = e.parent
	}
	return e
}

// settleLocalizations marks what o, an entry with its localizations
// (see localizations), holds in the languages not read, so that its story
// is read once: in Arabic, the entry's own or the first localization in
// Arabic that holds Arabic text (holdsArabic), else as the entry is (a
// site without Arabic, or an entry that says no language).
func (o *jsonNode) settleLocalizations() {
	list, member := o.localizations()
	if list == nil {
		return
	}
	arabic := -1
	if o.lang != langArabic {
		for i, item := range list.kids {
			if entryLanguage(item) == langArabic && item.holdsArabic() {
				arabic = i
				break
			}
		}
	}
	if arabic < 0 {
		member.markForeign()
		return
	}
	for i, item := range list.kids {
		if i != arabic {
			item.markForeign()
		}
	}
	for _, kid := range o.kids {
		if kid != member {
			kid.markForeign()
		}
	}
	// The entry is read in Arabic: in a list of entries, it is no
	// translation of another (see settleTranslations).
	o.lang = langArabic
}

// holdsArabic reports whether n holds a string with an Arabic letter: a
// localization with its text, not one that Strapi was asked only the
// locale and the slug of.
func (n *jsonNode) holdsArabic() bool {
	stack := []*jsonNode{n}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if p.isStr && strings.ContainsFunc(p.str, func(r rune) bool { return arabicKind(r) == letter }) {
			return true
		}
		stack = append(stack, p.kids...)
	}
	return false
}

// entryLanguage returns the language that an entry says it is in, in its
// own members or in its envelope's (Strapi 4's "attributes").
func entryLanguage(e *jsonNode) language {
	if e.lang != langNone {
		return e.lang
	}
	for _, kid := range e.kids {
		if kid.object && envelopes[kid.key] && kid.lang != langNone {
			return kid.lang
		}
	}
	return langNone
}

// hasText reports whether n, a member, holds text: a string not blank, or
// an object or a list not empty.
func (n *jsonNode) hasText() bool {
	if n.isStr {
		return strings.TrimSpace(n.str) != ""
	}
	return len(n.kids) > 0
}

// markForeign marks n and all it holds as in another language. What is
// marked already is marked all through, since inner values close first:
// each node is marked once, however deep translations nest.
func (n *jsonNode) markForeign() {
	stack := []*jsonNode{n}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if p.foreign {
			continue
		}
		p.foreign = true
		stack = append(stack, p.kids...)
	}
}

// A recordMark is a member that marks an object as a record of its own:
// an id, the record's address, its date.
type recordMark uint8

const (
	markID recordMark = 1 << iota
	markAddress
	markDate
)

// isRecord reports whether an item of a list is a record of its own (a
// news API's story, a scrape's page, a search engine's hit) rather than a
// part of one article (a paragraph, an editor's block): it holds two of an
// id, an address and a date, among its members or its objects' (a hit's
// source). One is not enough: an editor's blocks each have an id, and an
// image block an address too; a body's paragraphs may each carry a date.
func (p *jsonNode) isRecord() bool {
	if !p.object || !p.inList {
		return false
	}
	m := p.marks
	for _, kid := range p.kids {
		if kid.object {
			m |= kid.marks
		}
	}
	return bits.OnesCount8(uint8(m)) >= 2
}

// The tokens of a JSON document, as jsonScanner gives them.
const (
	jsonEnd    = iota // the document's end, or a cut
	jsonObject        // an object opens
	jsonList          // a list opens
	jsonClose         // an object or a list closes
	jsonString        // a string, a key or a value
	jsonScalar        // a number, true, false or null
)

// jsonScanner gives the tokens of a JSON document that json.Valid takes
// (validJSON), or of one cut off (cutOff), as encoding/json's Decoder.Token
// gives them, strings read as it reads them; but a string without escapes
// is a slice of the document, not a copy, and nothing is boxed in an
// interface: a WordPress post is read in half the time (BenchmarkArticles).
// Commas and colons are passed over as white space, which a valid document
// allows. What a valid document cannot hold ends it, with no panic and no
// loop, and a string that a cut leaves open is not given.
type jsonScanner struct {
	s string
	i int
}

func (sc *jsonScanner) next() (kind int, str string) {
	for sc.i < len(sc.s) {
		switch sc.s[sc.i] {
		case ' ', '\t', '\r', '\n', ',', ':':
			sc.i++
		case '{':
			sc.i++
			return jsonObject, ""
		case '[':
			sc.i++
			return jsonList, ""
		case '}', ']':
			sc.i++
			return jsonClose, ""
		case '"':
			str, ok := sc.str()
			if !ok {
				return jsonEnd, ""
			}
			return jsonString, str
		default:
			// A number or a literal runs to the next delimiter.
			j := sc.i + 1
			for j < len(sc.s) && !jsonDelimiter(sc.s[j]) {
				j++
			}
			v := sc.s[sc.i:j]
			sc.i = j
			return jsonScalar, v
		}
	}
	return jsonEnd, ""
}

func jsonDelimiter(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', ',', ':', '{', '}', '[', ']', '"':
		return true
	}
	return false
}

// str reads the string that opens at sc.i, as encoding/json does: escapes
// read, a surrogate pair as its character and a lone surrogate as U+FFFD,
// and each byte that is not UTF-8 as U+FFFD. ok is false when the string
// does not close (a cut).
func (sc *jsonScanner) str() (string, bool) {
	s, start := sc.s, sc.i+1
	end := strings.IndexByte(s[start:], '"')
	if end < 0 {
		return "", false
	}
	end += start
	if v := s[start:end]; strings.IndexByte(v, '\\') < 0 && utf8.ValidString(v) {
		sc.i = end + 1
		return v, true
	}
	b := make([]byte, 0, end-start) // escapes shrink: enough, mostly
	for j := start; j < len(s); {
		c := s[j]
		switch {
		case c == '"':
			sc.i = j + 1
			return string(b), true
		case c == '\\':
			if j+1 >= len(s) {
				return "", false
			}
			if s[j+1] != 'u' {
				b = append(b, unescaped(s[j+1]))
				j += 2
				continue
			}
			r, ok := hex4(s, j+2)
			if !ok {
				return "", false
			}
			j += 6
			if utf16.IsSurrogate(r) {
				if j+1 < len(s) && s[j] == '\\' && s[j+1] == 'u' {
					if r2, ok := hex4(s, j+2); ok {
						if pair := utf16.DecodeRune(r, r2); pair != unicode.ReplacementChar {
							b = utf8.AppendRune(b, pair)
							j += 6
							continue
						}
					}
				}
				r = unicode.ReplacementChar
			}
			b = utf8.AppendRune(b, r)
		case c < utf8.RuneSelf:
			b = append(b, c)
			j++
		default:
			// A run of letters up to the next escape or the close, copied
			// whole when it is UTF-8: a story's text escapes only its line
			// ends («\n»), and a rune at a time its letters took most of
			// the time of reading a dump of them. A run that is not UTF-8
			// is read a rune at a time, each byte that is not as U+FFFD.
			k := strings.IndexAny(s[j:], `\"`)
			if k < 0 {
				k = len(s) - j
			}
			run := s[j : j+k]
			j += k
			if utf8.ValidString(run) {
				b = append(b, run...)
				continue
			}
			for i := 0; i < len(run); {
				r, size := utf8.DecodeRuneInString(run[i:])
				if r == utf8.RuneError && size == 1 {
					b = utf8.AppendRune(b, unicode.ReplacementChar)
				} else {
					b = append(b, run[i:i+size]...)
				}
				i += size
			}
		}
	}
	return "", false
}

// unescaped is the character that a backslash and c stand for in a JSON
// string: \b, \f, \n, \r, \t, or c itself (\", \\, \/).
func unescaped(c byte) byte {
	switch c {
	case 'b':
		return '\b'
	case 'f':
		return '\f'
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 't':
		return '\t'
	}
	return c
}

// hex4 reads the four hexadecimal digits at s[i:] of a \u escape. A
// WordPress post writes every Arabic letter as one, so this is read for
// every letter: by a table, not a switch a digit.
func hex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	a, b, c, d := hexValue[s[i]], hexValue[s[i+1]], hexValue[s[i+2]], hexValue[s[i+3]]
	if a|b|c|d < 0 {
		return 0, false
	}
	return rune(a)<<12 | rune(b)<<8 | rune(c)<<4 | rune(d), true
}

// hexValue is the value of each hexadecimal digit, -1 for other bytes.
var hexValue = func() (t [256]int8) {
	for c := range t {
		t[c] = -1
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = int8(c - '0')
	}
	for c := 'a'; c <= 'f'; c++ {
		t[c] = int8(c-'a') + 10
		t[c-'a'+'A'] = int8(c-'a') + 10
	}
	return t
}()

// appendArticles appends the articles of one JSON document (see
// Articles).
func appendArticles(articles []Article, doc string) []Article {
	strs := parseJSON(doc)
	words := make([]int, len(strs))
	for k, n := range strs {
		if n.foreign {
			continue // a translation's, beside the Arabic: no words to read
		}
		n.str = Dereferenced(n.str) // HTML's, as a CMS writes Arabic in ASCII
		words[k] = wordsOutsideTags(n.str)
	}
	// Each record of a document that is a list of objects is read on its
	// own, as a line of JSON Lines is, its text under its own longest
	// string's key. A record's strings come one after another.
	for i := 0; i < len(strs); {
		j := i + 1
		for j < len(strs) && strs[j].record == strs[i].record {
			j++
		}
		articles = appendRecord(articles, strs[i:j], words[i:j])
		i = j
	}
	return articles
}

// appendRecord appends the articles of strs, the strings of a JSON
// document or of one of its records (see appendArticles); words[k] is
// the count of strs[k]'s words outside tags.
func appendRecord(articles []Article, strs []*jsonNode, words []int) []Article {
	// A rich-text editor's document (ProseMirror's, Lexical's, Slate's,
	// Portable Text, Contentful's) holds a paragraph as runs of text, one
	// for each change of style or link, a link's runs a level deeper: a
	// block's runs count as one string, and the runs in blocks at the best
	// one's place are the text.
	var runs []*jsonNode          // the block of runs each string is in, or nil; nil when none is
	var inBlock map[*jsonNode]int // the words of each block's runs
	for k, n := range strs {
		if b := runBlock(n); b != nil {
			if runs == nil {
				runs, inBlock = make([]*jsonNode, len(strs)), map[*jsonNode]int{}
			}
			runs[k] = b
			inBlock[b] += words[k]
		}
	}
	blockOf := func(k int) *jsonNode {
		if runs == nil || k < 0 {
			return nil
		}
		return runs[k]
	}
	// A table's block is the best one only where no other block is: its
	// cells are no prose (see body).
	var bodies map[*jsonNode]*jsonNode // each block's document (see body)
	if runs != nil {
		bodies = map[*jsonNode]*jsonNode{}
	}
	pick := func(tables bool) (best int) {
		best, most := -1, 0
		for k, w := range words {
			if b := blockOf(k); b != nil {
				if w = inBlock[b]; !tables && body(b, bodies) == nil {
					continue
				}
			}
			if w > most {
				best, most = k, w
			}
		}
		return best
	}
	best := pick(true)
	if blockOf(best) != nil && body(blockOf(best), bodies) == nil {
		if b := pick(false); blockOf(b) != nil {
			best = b
		}
	}
	if best < 0 {
		return articles
	}
	first := len(articles)
	var parts [][]string          // each new article's strings
	var glued [][]bool            // of runs: whether each is written right after the one before
	var lasts, blocks []*jsonNode // its last string so far, and that string's block of runs
	var firsts []int              // each new article's first string, by its index
	var holders []*jsonNode       // and the object that holds its headline
	index := map[*jsonNode]int{}  // the article of each headline's object (nil: of the strings without one)
	bestBlock := blockOf(best)
	// The blocks of the text are those of the best one's document, in
	// their place: a list's items and a quotation's paragraphs, which lie
	// deeper than the body's, too (see body).
	var bestBody *jsonNode
	if bestBlock != nil {
		bestBody = body(bestBlock, bodies)
	}
	for k, n := range strs {
		block := blockOf(k)
		switch {
		case bestBlock != nil:
			// Runs only: what else a list of runs holds (a mention's
			// label) would part a sentence as a paragraph of its own.
			if block == nil || n.foreign {
				continue
			}
			if bestBody == nil { // every block is a table's: the best one's place
				if block.place != bestBlock.place {
					continue
				}
			} else if b := body(block, bodies); b == nil || b.place != bestBody.place {
				continue
			}
		case words[k] == 0 || n.place != strs[best].place:
			continue
		}
		holder, title := headline(n)
		at, seen := index[holder]
		if !seen {
			at = len(parts)
			parts, glued = append(parts, nil), append(glued, nil)
			lasts, blocks = append(lasts, nil), append(blocks, nil)
			firsts, holders = append(firsts, k), append(holders, holder)
			articles = append(articles, Article{Title: title})
			index[holder] = at
		}
		if bestBlock != nil {
			glued[at] = append(glued[at], lasts[at] != nil && block == blocks[at] && glues(lasts[at].str, n.str))
		}
		parts[at] = append(parts[at], n.str)
		lasts[at], blocks[at] = n, block
	}
	for k, p := range parts {
		a := &articles[first+k]
		a.Text = joined(p, glued[k])
		if isTheText(a.Title, a.Text) {
			a.Title = ""
		}
		if wikiExtractorRecord(holders[k]) {
			a.Text = wikiBody(a.Text, a.Title)
		}
		// Its id and its language are those of the nearest object above
		// its text that gives them, up to the object of its headline or an
		// item of a list: a record's, a post's (WordPress's content is
		// {"rendered": …} in the post), not a page's around a list of
		// articles. A run's and its block's are parts of the article: from
		// above them. Below the object of its headline, or without one
		// below what holds all its strings, an item of a list is a part (an
		// Arc XP story's content element, an editor's block), whose id and
		// language are the part's; a translation's id is its row's, but its
		// language is the article's.
		from := strs[firsts[k]].parent
		if b := blockOf(firsts[k]); b != nil {
			from = b.parent
		}
		whole := holders[k]
		if whole == nil {
			whole = common(strs[firsts[k]], lasts[k])
		}
		below := from != whole && from.within(whole)
		idDone, langDone := false, false
		for o := from; o != nil && !(idDone && langDone); o = o.parent {
			if o == whole {
				below = false
			}
			if below && o.inList && !o.translation {
				continue // a part's
			}
			last := o == holders[k] || o.inList
			if !langDone {
				if o.lang != langNone {
					a.Language = o.language()
				}
				langDone = o.lang != langNone || last
			}
			if !idDone && !o.translation {
				a.ID = o.id
				if a.ID == "" && o == holders[k] && envelopes[o.key] {
					a.ID = o.parent.id // a resource's, beside what holds its headline
				}
				idDone = a.ID != "" || last
			}
		}
	}
	return articles
}

// language returns the language that o says it is in, as it says it: the
// first of its members that name one (langKeys) with a language's tag,
// or with its name, given as its ISO 639-3 code (LanguageByName).
func (o *jsonNode) language() string {
	for _, kid := range o.kids {
		if !kid.isStr || !langKeys[strings.ToLower(kid.key)] {
			continue
		}
		if _, ok := langTag(kid.str); ok {
			return kid.str
		}
		if code, ok := LanguageByName(kid.str); ok {
			return code // a consumer matches codes, not names in every language
		}
	}
	return ""
}

// common returns the innermost value that holds both a and b (a itself
// when b is a), in as many steps as they are deep.
func common(a, b *jsonNode) *jsonNode {
	depth := func(n *jsonNode) (d int) {
		for ; n.parent != nil; n = n.parent {
			d++
		}
		return d
	}
	da, db := depth(a), depth(b)
	for ; da > db; da-- {
		a = a.parent
	}
	for ; db > da; db-- {
		b = b.parent
	}
	for a != b {
		a, b = a.parent, b.parent
	}
	return a
}

// within reports whether n is o or is held in o.
func (n *jsonNode) within(o *jsonNode) bool {
	for ; n != nil; n = n.parent {
		if n == o {
			return true
		}
	}
	return false
}

// envelopes are the members that hold a resource's fields, its id beside
// them: Contentful's entry's fields, Strapi's and JSON:API's attributes, a
// search engine's hit's source.
var envelopes = map[string]bool{"fields": true, "attributes": true, "_source": true}

// body returns the list of a rich-text document's elements that e, a
// block of runs, is in, through the elements that hold it: a list and its
// items, a quotation (ProseMirror's "content", Slate's and Lexical's
// "children", each element an item of a list). So a list's items and a
// quotation's paragraphs are the text where the editor shows them, not
// left out as deeper than the body's paragraphs. Nil inside a table,
// whose cells are no prose. What bodies holds is each element's, as it is
// found, so that nested elements cost one walk.
func body(e *jsonNode, bodies map[*jsonNode]*jsonNode) *jsonNode {
	if b, ok := bodies[e]; ok {
		return b
	}
	list := e.parent
	var b *jsonNode
	switch up := list.parent; {
	case tableElement(e):
	case up != nil && up.inList && (list.key == "content" || list.key == "children"):
		b = body(up, bodies)
	default:
		b = list
	}
	bodies[e] = b
	return b
}

// tableElement reports whether e is a table or a part of one, by its type
// (ProseMirror's "table" and "tableCell", Contentful's "table-cell",
// Lexical's "tablecell", Slate's "table"; Slate's "tr" and "td" are in a
// "table").
func tableElement(e *jsonNode) bool {
	for _, kid := range e.kids {
		if kid.isStr && (kid.key == "type" || kid.key == "nodeType" || kid.key == "_type") {
			return strings.Contains(strings.ToLower(kid.str), "table")
		}
	}
	return false
}

// glues reports whether next, a run of the same block as prev, is written
// right after it, as an editor shows a paragraph's runs: unless prev ends
// a sentence and no blank lies between them, where each run is an element
// of a body, a paragraph of its own (see runBlock).
func glues(prev, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	head, _ := utf8.DecodeRuneInString(next)
	return !isTerminator(last) || unicode.IsSpace(head)
}

// joined returns an article's strings, paragraphs apart as a blank line
// parts them in text, but those glued (nil: none) right after the one
// before.
func joined(strs []string, glued []bool) string {
	if glued == nil {
		return strings.Join(strs, "\n\n")
	}
	size := 0
	for k, s := range strs {
		size += len(s)
		if k > 0 && !glued[k] {
			size += 2
		}
	}
	var b strings.Builder
	b.Grow(size)
	for k, s := range strs {
		if k > 0 && !glued[k] {
			b.WriteString("\n\n")
		}
		b.WriteString(s)
	}
	return b.String()
}

// A runKind says of an object whether it is a run of text of a rich-text
// editor, and under which key its text is. Zero is not yet asked.
type runKind uint8

const (
	runAsked runKind = 1 << iota // asked: the rest tells
	runText                      // the text is under "text"
	runValue                     // under "value"
)

// runOf returns the kind of run o is, an item of a list: a run of text of
// ProseMirror's, Tiptap's or Lexical's ({"type": "text", "text": …}), of
// Portable Text's ({"_type": "span", "text": …}), of Contentful's
// ({"nodeType": "text", "value": …}), or a leaf of Slate's, an item of
// an element's "children" with text and no type ({"text": …, "bold":
// true}); runAsked alone when o is none.
func runOf(o *jsonNode) runKind {
	if o.run != 0 {
		return o.run
	}
	o.run = runAsked
	if !o.inList {
		return o.run
	}
	leaf, text := o.parent.key == "children", false
	for _, kid := range o.kids {
		switch {
		case !kid.isStr:
		case kid.key == "type" && kid.str == "text", kid.key == "_type" && kid.str == "span":
			o.run |= runText
			return o.run
		case kid.key == "nodeType" && kid.str == "text":
			o.run |= runValue
			return o.run
		case kid.key == "type", kid.key == "_type", kid.key == "nodeType":
			leaf = false // an element, or a node of another kind
		case kid.key == "text":
			text = true
		}
	}
	if leaf && text {
		o.run |= runText
	}
	return o.run
}

// holdsRuns reports whether list holds a run of text among its items.
func holdsRuns(list *jsonNode) bool {
	if list.runs == 0 {
		list.runs = 1
		for _, item := range list.kids {
			if runOf(item) != runAsked {
				list.runs = 2
				break
			}
		}
	}
	return list.runs == 2
}

// runBlock returns the block of text that n, a string, is a run of (a
// paragraph, a heading): the item of a list that holds the run's list, or
// the list of the inline node (a link) that holds it, and so on up; nil
// when n is no run, or its list is not in such an item, or that item is
// a record of its own: «{"blocks": [{"type": "text", "text": …}, …]}»
// is a body's elements, and an element is a paragraph of its own.
func runBlock(n *jsonNode) *jsonNode {
	o := n.parent
	if o == nil {
		return nil
	}
	if kind := runOf(o); !(kind&runText != 0 && n.key == "text" || kind&runValue != 0 && n.key == "value") {
		return nil
	}
	for {
		block := o.parent.parent // o is an item of a list: what holds the list
		if block == nil || !block.inList {
			return nil
		}
		if !holdsRuns(block.parent) {
			if block.record == block || block.isRecord() {
				return nil
			}
			return block
		}
		o = block // an inline node among runs: a link
	}
}

// wikiExtractorRecord reports whether an article's object is a record of
// WikiExtractor's --json output, {"id", "revid", "url", "title", "text"},
// by its address («…/wiki?curid=…»): its text writes a section's title
// with a period after it, as its <doc> output does (see wikiBody).
func wikiExtractorRecord(obj *jsonNode) bool {
	if obj == nil {
		return false
	}
	for _, kid := range obj.kids {
		if kid.isStr && kid.key == "url" && strings.Contains(kid.str, "/wiki?curid=") {
			return true
		}
	}
	return false
}

// headline returns the nearest object above n that holds a headline
// (titleKeys) other than the value n is in, and that headline read as
// text (cueText). What is found above each value is kept, and so are each
// object's headlines, so that the strings of a deep or a wide document
// cost one walk, not one each.
func headline(n *jsonNode) (holder *jsonNode, title string) {
	if n.asked || n.parent == nil {
		return n.holder, n.title
	}
	n.asked = true
	for _, h := range n.parent.headlines() {
		if h.kid != n {
			n.holder, n.title = n.parent, h.title
			return n.holder, n.title
		}
	}
	// An untitled record is an article of its own, and takes no title
	// from what holds its list (a site's name).
	if n.parent.isRecord() {
		n.holder, n.title = n.parent, ""
		return n.holder, n.title
	}
	n.holder, n.title = headline(n.parent)
	return n.holder, n.title
}

// titled is a member of an object that holds a headline, and the
// headline read as text.
type titled struct {
	kid   *jsonNode
	title string
}

// headlines returns an object's first two headlines in titleKeys' order
// (a string, or WordPress's {"rendered": …}): two, so that one is left
// when the value being titled is the first. A list has none.
func (p *jsonNode) headlines() []titled {
	if !p.object || p.heads != nil {
		return p.heads
	}
	p.heads = []titled{}
	for _, want := range titleKeys {
		for _, kid := range p.kids {
			if len(p.heads) == 2 {
				return p.heads
			}
			if kid.foreign || !strings.EqualFold(kid.key, want) && !arabicField(kid.key, want) {
				continue
			}
			if kid.isStr {
				p.heads = append(p.heads, titled{kid, cueText(kid.str)})
				continue
			}
			if t := kid.titleIn(); t != nil {
				p.heads = append(p.heads, titled{kid, cueText(t.str)})
			}
		}
	}
	return p.heads
}

// arabicField reports whether key names field in Arabic ("title_ar",
// "titleAr").
func arabicField(key, field string) bool {
	base, arabic, ok := langSuffix(key)
	return ok && arabic && strings.EqualFold(base, field)
}

// titleIn returns the string that a headline's object or list holds as
// the headline: WordPress's {"rendered": …}, Arc XP's {"basic": …}, the
// New York Times' {"main": …} (beside a kicker); of a headline in languages
// ({"ar": …, "en": …}), the Arabic, else the first that holds text; of
// Sanity's internationalized array, the Arabic item's value. Nil when
// none does.
func (kid *jsonNode) titleIn() *jsonNode {
	var first *jsonNode
	for _, r := range kid.kids {
		switch {
		case r.isStr && (r.key == "rendered" || r.key == "basic" || r.key == "main"):
			return r
		case r.isStr && r.hasText():
			if arabic, ok := langOf(r.key); ok {
				if arabic {
					return r
				}
				if first == nil {
					first = r
				}
			}
		case r.object && r.lang == langArabic:
			for _, v := range r.kids {
				if v.isStr && v.key == "value" {
					return v
				}
			}
		}
	}
	return first
}

// maxJSONDepth is how deep encoding/json lets objects and lists nest.
const maxJSONDepth = 10000

// validJSON reports what json.Valid reports of s: whether s is one JSON
// value, with white space around it. It takes a string, which json.Valid
// would need copied, and walks it in a loop of its own: json.Valid stepped
// through a function a byte, and was most of the time of reading a
// WordPress post once Decoder.Token was gone (BenchmarkArticles).
// FuzzValidJSON holds it to json.Valid.
func validJSON(s string) bool {
	var open []byte // the objects and lists open, '{' or '['
	i := skipJSONSpace(s, 0)
	for {
		// A value opens at i; a key and its colon, in an object, are behind.
		if i >= len(s) {
			return false
		}
		c := s[i]
		ok := true
		switch {
		case c == '{' || c == '[':
			if len(open) == maxJSONDepth {
				return false
			}
			open = append(open, c)
			i = skipJSONSpace(s, i+1)
			if i < len(s) && (c == '{' && s[i] == '}' || c == '[' && s[i] == ']') {
				open = open[:len(open)-1]
				i++
				break
			}
			if c == '{' {
				if i, ok = jsonKey(s, i); !ok {
					return false
				}
			}
			continue
		case c == '"':
			i, ok = jsonStringEnd(s, i)
		case c == '-' || c >= '0' && c <= '9':
			i, ok = jsonNumberEnd(s, i)
		case strings.HasPrefix(s[i:], "true"), strings.HasPrefix(s[i:], "null"):
			i += 4
		case strings.HasPrefix(s[i:], "false"):
			i += 5
		default:
			return false
		}
		if !ok {
			return false
		}
		// After a value: the end, a comma and the next, or a close.
		for {
			i = skipJSONSpace(s, i)
			if len(open) == 0 {
				return i == len(s)
			}
			if i >= len(s) {
				return false
			}
			top := open[len(open)-1]
			if c := s[i]; c == '}' && top == '{' || c == ']' && top == '[' {
				open = open[:len(open)-1]
				i++
				continue
			}
			if s[i] != ',' {
				return false
			}
			i = skipJSONSpace(s, i+1)
			if top == '{' {
				if i, ok = jsonKey(s, i); !ok {
					return false
				}
			}
			break
		}
	}
}

func skipJSONSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

// jsonKey reads an object's key and its colon at s[i:], and returns where
// its value may open.
func jsonKey(s string, i int) (int, bool) {
	if i >= len(s) || s[i] != '"' {
		return i, false
	}
	i, ok := jsonStringEnd(s, i)
	if !ok {
		return i, false
	}
	i = skipJSONSpace(s, i)
	if i >= len(s) || s[i] != ':' {
		return i, false
	}
	return skipJSONSpace(s, i+1), true
}

// jsonStringEnd returns the end of the valid JSON string that opens at
// s[i]: no control character, and only JSON's escapes.
func jsonStringEnd(s string, i int) (int, bool) {
	for j := i + 1; j < len(s); {
		switch c := s[j]; {
		case c == '"':
			return j + 1, true
		case c < ' ':
			return j, false
		case c == '\\':
			if j+1 >= len(s) {
				return j, false
			}
			switch s[j+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				j += 2
			case 'u':
				if _, ok := hex4(s, j+2); !ok {
					return j, false
				}
				j += 6
			default:
				return j, false
			}
		default:
			j++
		}
	}
	return len(s), false
}

// jsonNumberEnd returns the end of the valid JSON number that opens at
// s[i]: a minus, an integer without leading zeros, a fraction, an
// exponent.
func jsonNumberEnd(s string, i int) (int, bool) {
	digits := func(i int) int {
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i
	}
	if s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && s[i] >= '1' && s[i] <= '9':
		i = digits(i)
	default:
		return i, false
	}
	if i < len(s) && s[i] == '.' {
		j := digits(i + 1)
		if j == i+1 {
			return j, false
		}
		i = j
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		j := digits(i)
		if j == i {
			return j, false
		}
		i = j
	}
	return i, true
}
