package tokenize

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// dateLine reports whether the line s says nothing but when a story was
// published or updated: «نشر في: الأحد 12 مارس 2023 - 10:30 ص | آخر تحديث:
// …», «الخميس، 5 تشرين الأول 2023 الساعة 14:20 بتوقيت غرينتش», «١٤ رمضان
// ١٤٤٥ هـ», «آخر تحديث: منذ 5 ساعات», «العدد 3696 - الجمعة 19 أكتوبر 2012م
// الموافق 03 ذي الحجة 1433هـ». Every word of it is a number, a year with its
// era glued to it (eraYear) or one of dateWords, and one names a day or a
// month (Gregorian, as Egypt, the Levant or the Maghreb name them, or Hijri)
// or is a number of a time or a date («10:30», «12/03/2023», «2023-03-12»),
// or the line counts back from now, with a number or a dual («منذ 5
// ساعات», «قبل ساعتين», «5 ساعات مضت», "2 hours ago"; «منذ أيام» and
// «قبل الانتخابات» are headings). It ends without a final mark: «في 12
// مارس.» is a sentence. A page puts such a line above the story, and as
// the text's first line it was the summary's first sentence, or its title.
func dateLine(s string) bool {
	// Most lines are no date line by their first word, which a search for
	// a blank finds, and the rest by their final mark: reading the words
	// costs hundreds of instructions a line.
	first := s
	if k := strings.IndexByte(s, ' '); k >= 0 {
		first = s[:k]
	}
	// The word is cut at what cannot be in one: ASCII punctuation, the
	// Arabic comma and semicolon, and the runes that open with 0xC2 or
	// 0xE2 (a no-break space, «, », a dash, an invisible mark), which no
	// Arabic letter does.
	cut := func(k int) bool {
		c := first[k]
		return c < utf8.RuneSelf && !asciiWord[c] || c == 0xC2 || c == 0xE2 ||
			c == 0xD8 && k+1 < len(first) && (first[k+1] == 0x8C || first[k+1] == 0x9B)
	}
	for first != "" && cut(0) {
		_, size := utf8.DecodeRuneInString(first)
		first = first[size:] // «(12», «\u200fنشر»
	}
	for k := 0; k < len(first); k++ {
		if cut(k) {
			first = first[:k] // «الخميس،», «نشر:», «نشر\u00a0في»
			break
		}
	}
	if r, _ := utf8.DecodeRuneInString(first); !isDigit(r) && r >= utf8.RuneSelf {
		if _, ok := dateWord(first); !ok {
			return false
		}
	}
	if isTerminator(FinalMark(s)) {
		return false
	}
	strong, since, number, words := false, false, false, 0
	var buf []byte
	for w := range Words(s) {
		word := s[w.Start:w.End]
		if words++; words > maxDateWords {
			return false
		}
		if eraYear(word) {
			number = true // «2023م», «1445هـ»
			continue
		}
		if digitsOnly(word) {
			number = true
			// «10:30», «12/03/2023», «2023-03-12»: a time or a date. A
			// digit must follow the mark: «12:,» is neither.
			if w.End+1 < len(s) && (s[w.End] == ':' || s[w.End] == '/' || s[w.End] == '-') {
				if r, _ := utf8.DecodeRuneInString(s[w.End+1:]); isDigit(r) {
					strong = true
				}
			}
			continue
		}
		kind, ok := dateWord(word)
		if !ok && word[0] < utf8.RuneSelf {
			buf = lowerASCII(append(buf[:0], word...)) // «GMT», «Published»
			kind, ok = dateWords[string(buf)]
		}
		if !ok {
			return false
		}
		switch kind {
		case dateName:
			strong = true
		case dateSince:
			since = true
		case dateDual:
			number = true // «منذ ساعتين», "two hours ago"
		}
	}
	return strong || since && number
}

// maxDateWords is the longest date line, in words: a date and a time
// published and again updated, with their labels.
const maxDateWords = 32

// digitsOnly reports whether word is digits alone, ASCII or
// Arabic-Indic or Persian, or a number Words keeps whole («3.5»).
func digitsOnly(word string) bool {
	for _, r := range word {
		if !figureRune(r) {
			return false
		}
	}
	return word != ""
}

// figureRune reports whether r is a digit, ASCII or Arabic-Indic or
// Persian, or a mark Words keeps inside a number, a period or a comma,
// Arabic's decimal one too («3.5», «3٫5»).
func figureRune(r rune) bool {
	return '0' <= r && r <= '9' || '٠' <= r && r <= '٩' || '۰' <= r && r <= '۹' || r == '.' || r == ',' || r == '٫'
}

// dateWord looks word up among dateWords, drawn out with tatweels or not:
// «صـ» ("a.m."), as a page dates itself, «السبت 31 يناير 2026 07:27 صـ».
func dateWord(word string) (kind int, ok bool) {
	kind, ok = dateWords[word]
	if !ok && strings.HasSuffix(word, "ـ") {
		kind, ok = dateWords[strings.TrimRight(word, "ـ")]
	}
	return kind, ok
}

// eraYear reports whether word is a year with its era's letter glued to
// it, as Gulf papers date a page: «1445هـ» or «1445ه» (Hijri), «2023م»
// (Gregorian), «الاثنين 10 ربيع الآخر 1445هـ - 25 أكتوبر 2023م».
func eraYear(word string) bool {
	for _, era := range [...]string{"هـ", "ه", "م"} {
		if year, ok := strings.CutSuffix(word, era); ok {
			return digitsOnly(year)
		}
	}
	return false
}

// The kinds of dateWords: a day's or a month's name, a word that counts
// back from now («منذ» and «قبل», "since" and "before", «مضت» and "ago"),
// a dual that is its own count («ساعتين», "two hours"), and the rest
// (labels, times of day, units of time, eras).
const (
	dateOther = iota
	dateName
	dateSince
	dateDual
)

// dateWords are the words of a date line (see dateLine), by kind, as
// they are written: each with a hamza on its alef and without, with «ة»
// and «ه», «ى» and «ي», since a word looked up here is not normalized:
// normalizing costs hundreds of instructions a word, and the first word
// of every line of one unit is looked up.
var dateWords = func() map[string]int {
	m := map[string]int{}
	bare := strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا")
	for kind, list := range [...]string{
		dateOther: "نشر نشرت منشور في آخر تحديث التحديث تم بتاريخ تاريخ النشر الموافق يوم الساعة العدد ذي " +
			"ص م صباحا صباحاً صباحًا صباح مساء مساءً مساءا ظهرا ظهراً ظهرًا عصرا عصراً عصرًا فجرا فجراً فجرًا ليلا ليلاً ليلًا " +
			"هـ ه بتوقيت توقيت غرينتش جرينتش غرينيتش " +
			"دقيقة دقائق ساعة ساعات أيام أسبوع أسابيع الأول الثاني الآخر الأولى الآخرة " +
			"gmt utc published updated last on at am pm minute minutes hour hours day days week weeks",
		dateName: "الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت " +
			"يناير فبراير مارس أبريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر " +
			"ماي يوليوز غشت شتنبر نونبر دجنبر جانفي فيفري أفريل جوان جويلية أوت " +
			"كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين " +
			"محرم صفر ربيع جمادى رجب شعبان رمضان شوال ذو القعدة الحجة " +
			"january february march april may june july august september october november december " +
			"monday tuesday wednesday thursday friday saturday sunday",
		dateSince: "منذ قبل مضت مضى ago",
		dateDual:  "دقيقتين دقيقتان ساعتين ساعتان يومين يومان أسبوعين أسبوعان",
	} {
		for _, w := range strings.Fields(list) {
			for _, v := range [...]string{w, bare.Replace(w)} {
				m[v] = kind
				m[strings.ReplaceAll(v, "ة", "ه")] = kind
				m[strings.ReplaceAll(v, "ى", "ي")] = kind
			}
		}
	}
	return m
}()

// Dateline returns the length of the dateline that opens s, a story's
// first sentence, with the blanks after it, or 0 where none does: the place
// an agency's story was filed from, perhaps its date, and the agency, set
// apart by a dash or a colon, as a wire's copy opens its lead:
//
//	القاهرة (رويترز) - أعلنت …
//	باريس (أ.ف.ب) - …, القاهرة 12-3 (اف ب) - … (Gigaword's AFP)
//	الكويت - 22 - 3 (كونا) -- …
//	لندن: «الشرق الأوسط» …, بيروت - «الحياة» - …
//	لندن - بيروت: «الشرق الأوسط» … (two places)
//	أبوظبي في 22 مارس / وام / …
//	بكين 5 مارس 2019 (شينخوا) … (Xinhua: a date, no dash)
//	دمشق-سانا …, عمان - بترا - … (an agency's name without marks)
//	واشنطن - رويترز - …, باريس - أ ف ب: …, أبوظبي - سكاي نيوز عربية …
//	دبي - العربية.نت … (a site's name with its domain in Arabic letters)
//	واس - الرياض: …, (أ ف ب) - باريس: … (the agency first; see agencyFirst)
//	عمان- الرأي- …, لندن - القدس العربي - … (a paper's name without marks)
//	القاهرة ـ (رويترز) ـ …, عمان ـ بترا ـ … (tatweels for dashes)
//	الرياض 19 ربيع الآخر 1445 هـ الموافق 03 نوفمبر 2023 م واس … (SPA)
//	أنقرة/ الأناضول/ …, إسطنبول/ محمد شيخ يوسف/ الأناضول … (Anadolu)
//	عواصم - وكالات: …, عواصم (وكالات) … (agencies unnamed)
//	عواصم - «الخليج»، وكالات: …, عواصم (الاتحاد، وكالات) … (a paper and agencies)
//	القاهرة (رويترز، أ ف ب) - … (two agencies)
//	باريس (فرانس24) - …, لندن- عربي21- … (a site's name with figures)
//	القاهرة - كتب - محمد السيد: … (a place before a byline: to the byline)
//
// The place is one to four words besides figures and a date's words, the
// first a word of letters that is no stop word, and after a dash nothing but
// a date, or a second place before a colon and a paper's name in quotation
// marks (see paperAfterPlace); the agency is one to four words of letters in
// parentheses, quotation marks or between slashes, commas between names,
// without a figure but a site's after its name's letters («فرانس24», see
// figuredName) and not a month's other name («5 حزيران (يونيو)»), its
// opening mark within the sentence's first maxDatelineBytes bytes. A dash or
// a colon must set the dateline apart, before the agency or after it
// (slashes are apart enough; a dash between two words, «ري-فود», joins
// them), or, for parentheses, a date of a figure and a month's name after
// one or two words of the place and right before them, as Xinhua writes it:
// without that date, «الوزير (المالية) أعلن» is an aside. An agency's name
// without marks is one of wireAgencies, after a dash, joined or apart
// («دمشق-سانا»), or after a date with a figure and one or two words of the
// place before it (SPA's), or one of wireNames, an agency's initials
// spelled apart (spelledAgencies) or a site's name with its domain in
// Arabic letters («العربية.نت», see arabicDomains) after a dash. A paper's
// name without marks is one or two words that open with «ال» between
// dashes, or a site's name with figures before a dash or a colon, after a
// place of one or two words (see unmarkedPaper). Unnamed agencies,
// «وكالات», are read after a dash apart and before a dash, a colon or the
// end, or in parentheses with no dash, alone or among names set apart by
// commas (see agencies), and after a paper's name in quotation marks, set
// apart by a comma or a dash or joined by «و», before a mark or the end
// (see alsoAgencies). A place with a dash apart and a byline after it,
// closed by a mark (see Byline; on a line of its own, closed or not: see
// datelineAlone), is a dateline without an agency, which ends where the
// byline starts: Byline reads the byline, as HeadedSentences does after a
// dateline. A name in quotation marks needs a dash: with a colon alone, it
// is a heading's («فيلم «الطريق الطويل»: …»). A colon after the place must
// have the agency next, after a place of one or two words (or two places, a
// dash between them), and an agency whose words all open with «ال», as a
// paper's do: «ترامب: سنرد» and «ترامب: «لن نتراجع» عن…» are a speaker and
// his words. At least three words of the sentence must follow. A place with
// a dash and no agency («الخرطوم - أعلنت …») is left as it is: a dash may as
// well open an aside that a second one closes. Tags and entities are read as
// a page writes them: «<b>القاهرة</b> (رويترز) &ndash;» is one. Anadolu
// leaves its last slash open and may name a reporter before itself:
// «إسطنبول/ الأناضول», «إسطنبول/ محمد شيخ يوسف/ الأناضول». No other name is
// read after a slash left open: a line «الحرب في أوكرانيا/ تحليل» is a
// headline.
//
// Every sentence of the 3,100 dev texts read as if it opened a story, 16
// read as datelines by marks alone, one of them a dateline; with the rules
// on quotation marks, dashes and months, 3: that one and two headings, a
// speaker of two words and an epithet in quotation marks (as «وزير
// المالية: «الأزمة الخانقة»»), which a paper's dateline after a place of
// two words («الدار البيضاء: «الشرق الأوسط»») cannot be told from. Xinhua's
// and the unmarked agencies' forms read no more; the unmarked papers' read
// two, both datelines of EASC's («عمان- الرأي-»).
func Dateline(s string) int {
	if end := dateline(s, false); end > 0 {
		return storyAfter(s, end)
	}
	return 0
}

// datelineAlone reports whether s is a dateline and nothing else, or a
// dateline and a byline: «دمشق-سانا», «القاهرة - كتب - محمد السيد:»,
// «جفرا نيوز - كتب: عصام مبيضين» on a line of its own; or a place and its
// dash alone, «القاهرة -» (see placeAlone). A sentence's final mark
// tells most units apart at once, before their words are read.
func datelineAlone(s string) bool {
	if isTerminator(FinalMark(s)) {
		return false
	}
	end := dateline(s, true)
	return endsAt(s, end) || end > 0 && bylineAlone(s[end:]) || placeAlone(s)
}

// placeAlone reports whether s is a place or a site's name, one or two
// words of letters, the first no stop word, and a dash after it, and
// nothing else: «القاهرة -», «عمون –» on a line of its own over the story.
// A headline does not end with a dash; on the story's line, «الخرطوم -
// أعلنت …», the dash may open an aside, and Dateline reads none there.
func placeAlone(s string) bool {
	// Most lines end with a letter or a mark that is no dash: the words
	// are not read. A tag or an entity may close the line after its dash.
	switch last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s, isSpace)); {
	case isDash(last), last == tatweel, last == '>', last == ';':
	default:
		return false
	}
	return placeThen(s, skipBlanks(s, 0), func(j int) int {
		if dashAt(s, j) && endsAt(s, skipDashes(s, j)) {
			return len(s)
		}
		return 0
	}) > 0
}

// placeThen reads the place of one or two words of letters that opens
// s[i:] and returns what closes gives after its first word or its second,
// past blanks, where that is more than 0 and the first word no stop word
// (see placed); or 0. closes says where what closes the place ends: a
// mark, a dash alone at the line's end.
func placeThen(s string, i int, closes func(j int) int) int {
	first := ""
	for words := range 2 {
		end, digits := wordEnd(s, i)
		if end == i || digits {
			return 0
		}
		if words == 0 {
			first = s[i:end]
		}
		i = skipBlanks(s, end)
		if e := closes(i); e > 0 {
			// the stop word last: normalizing a word costs more than
			// reading the line
			return placed(e, first)
		}
	}
	return 0
}

// pastDash returns where the words start after the dash apart that
// follows a name ending at s[e:], blanks around it, or 0 where none
// does: a dash joined to the next word, «رويترز-واشنطن», makes one word
// of two.
func pastDash(s string, e int) int {
	j := skipBlanks(s, e)
	if r, size := dashChar(s, j); !isDash(r) || j == e && startsWord(s[j+size:]) {
		return 0
	}
	return skipBlanks(s, skipDashes(s, j))
}

// dateline returns where the dateline that opens s ends, after its
// agency and the dash or colon after it, or 0 where none opens s (see
// Dateline): the words after it are not read, but where s is a line
// alone, a place's byline may end with it, «القاهرة - كتب: محمد السيد»,
// which on the story's line is a byline only where a mark closes it.
func dateline(s string, alone bool) int {
	if !opensAgency(s[:min(len(s), maxDatelineBytes)]) {
		return 0 // most sentences, whose words cost a hundred instructions a letter to read
	}
	return readDateline(s, alone)
}

// readDateline is dateline past its cheap test (opensAgency), which
// rejects only sentences in which it would find no dateline.
func readDateline(s string, alone bool) int {
	if end := agencyFirst(s); end > 0 {
		return end
	}
	if end := siteSigned(s); end > 0 {
		return end
	}
	const (
		maxPlace = 4  // words of the place, figures and a date's words not counted
		maxItems = 16 // words, figures and marks before the agency
	)
	i := skipBlanks(s, 0)
	place := 0
	first := ""                   // the place's first word, looked up last: a sentence seldom opens with a place
	dashed, colon := false, false // a dash, a colon before the agency
	afterDash := false            // a dash, joined or apart, just before
	places := false               // two places, a dash between («لندن - بيروت:»)
	wordEnds := -1                // where the last word ended
	var date dateSeen             // a date before the agency, for one without a dash
	for range maxItems {
		r, size := dashChar(s, i)
		switch {
		case size == 0 || r < 0:
			return 0 // the end, or an entity the rules do not read
		case wordRune(r):
			if colon {
				return 0 // «لندن: أعلنت»: a label, or a speaker and his words
			}
			end, digits := wordEnd(s, i)
			if end == i {
				return 0 // a letter written as an entity
			}
			// «دمشق-سانا», «عمان - بترا -», «باريس - أ ف ب:»; SPA's and
			// WAFA's after a date: «الرياض 19 ربيع الآخر 1445 هـ الموافق 03
			// نوفمبر 2023 م واس», «رام الله 5-3-2024 وفا-». Only SPA writes
			// its name after the date with no dash after it.
			name := i // where the agency's name ends, or i
			switch {
			case digits:
			case afterDash:
				name = wireName(s, i)
			case date.figured() && slices.Contains(wireAgencies, s[i:end]) && (s[i:end] == "واس" || dashAt(s, skipBlanks(s, end))):
				name = end
			}
			if name > i && name <= maxDatelineBytes {
				return placed(unmarkedAgency(s, name), first)
			}
			if afterDash && dashed && slices.Contains(ownSources, s[i:end]) {
				// «بيروت - خاص:», «دمشق - خاص -», «القاهرة - متابعات:»:
				// the paper's own reporter filed it, or its desk gathered
				// it, a mark after the word («القاهرة - خاص بالموظفين…» is
				// a sentence), or the line's end («سواليف – رصد» over the
				// story).
				if e := markEnd(s, skipBlanks(s, end)); e > 0 {
					return placed(e, first)
				}
				if endsAt(s, end) {
					return placed(end, first)
				}
			}
			if afterDash && dashed && s[i:end] == agencies {
				// «عواصم - وكالات -», «عواصم - وكالات:»: a story from
				// several agencies.
				if e := agenciesEnd(s, end); e > 0 {
					return placed(e, first)
				}
			}
			if afterDash && !date.figure && !date.month && 1 <= place && place <= 2 {
				// «عمان- الرأي-», «لندن - القدس العربي -»: a paper's name
				// without marks, between dashes.
				if e := unmarkedPaper(s, i, dashed); e > 0 {
					return placed(e, first)
				}
			}
			if afterDash && dashed {
				// «القاهرة - كتب - محمد السيد: …»: a paper's place, then
				// its reporter's byline. The place and its dash are the
				// dateline; Byline reads the rest. On a line of its own
				// the byline may end with the line, «القاهرة - كتب: محمد
				// السيد», as it may with no place (see bylineAlone).
				if e, closed := byline(s[i:], true); closed || alone && e > 0 {
					return placed(i, first)
				}
			}
			inDate := date.figure || date.month
			date.add(s[i:end], digits, place)
			if !digits {
				// After a dash, a date: «الكويت - 22 - 3», «القاهرة - 12
				// مارس». Other words go on a sentence: «الشرطة - بحسب …»,
				// but for a second place before a paper's name after a
				// colon: «لندن - بيروت: «الشرق الأوسط»».
				if dashed && !namesDate(s[i:end]) {
					if !paperAfterPlace(s, i) {
						return 0
					}
					places = true
				}
				if place == 0 {
					first = s[i:end]
				}
				// A date's words are no place's: SPA's date has six.
				if _, ok := dateWords[s[i:end]]; !inDate || !ok {
					if place++; place > maxPlace {
						return 0
					}
				}
			} else if place == 0 {
				return 0
			}
			i, wordEnds, afterDash = end, end, false
		case place == 0:
			return 0
		case r == '،' || r == ',':
			i, afterDash = i+size, false
		case isDash(r):
			// A dash between two words joins them («ري-فود», «12-3»); it
			// sets nothing apart.
			if i != wordEnds || !startsWord(s[i+size:]) {
				dashed = true
			}
			i, afterDash = i+size, true
		case r == ':':
			colon, afterDash = true, false
			i += size
		default:
			open := r
			name, end, ok := agency(s, i)
			if !ok || i >= maxDatelineBytes || everyWord(s[name.Start:name.End], namesDate) {
				return 0 // «في أبريل/نيسان/», «5 حزيران (يونيو)»: a month's other name
			}
			if open == '/' {
				// Anadolu names its reporter between the place and the
				// agency: «إسطنبول/ محمد شيخ يوسف/ الأناضول», read from
				// the slash that closed the first (agency finds no mark
				// where none did). Only Anadolu's name is read so: what
				// follows another dateline between slashes is the story
				// («/ وام / أعلن …/»).
				if n, e, ok := agency(s, end-1); ok && s[n.Start:n.End] == anadolu {
					name, end = n, e
				}
			}
			quoted := quotes(open)
			i = skipBlanks(s, end)
			if quoted {
				if e := alsoAgencies(s, i); e > 0 {
					i = skipBlanks(s, e) // «عواصم - «الخليج»، وكالات:»
				}
			}
			r, _ := dashChar(s, i)
			dashAfter, colonAfter := isDash(r), r == ':' && !colon
			if dashAfter || colonAfter {
				i = markEnd(s, i) // «--», «-:»
			}
			switch {
			case colon:
				// «لندن: «الشرق الأوسط»», «الدار البيضاء: …»: a paper's
				// name after a place of one or two words. A speaker is more
				// often so («ترامب: «لن نتراجع» عن…», «وزير المالية
				// المصري: «الأزمة الخانقة» تنتهي»), and what he said
				// seldom has every word open with «ال».
				if place > 2 && !places || !everyWord(s[name.Start:name.End], opensArticle) {
					return 0
				}
			case quoted:
				// A name in quotation marks is a paper's beside a dash:
				// with a colon after it, it is a heading's or a label's
				// («فيلم «الطريق الطويل»: …»).
				if !dashed && !dashAfter {
					return 0
				}
			case !dashed && !dashAfter && !colonAfter && open != '/' && !(open == '(' && date.full()) &&
				!(open == '(' && agenciesAmong(s[name.Start:name.End])) &&
				!(open == '(' && endsAt(s, i) && place <= 2 && paperOrWire(s, name)):
				// «الوزير (المالية) أعلن»: an aside. Xinhua sets its
				// agency apart by a date alone: «بكين 5 مارس 2019
				// (شينخوا) أعلنت», and a paper its unnamed agencies by
				// their name: «عواصم (وكالات) أعلنت», «عواصم (الاتحاد،
				// وكالات)». A paper of the Gulf sets its own name on a
				// line of its own with no dash, «أبوظبي (الاتحاد)», the
				// story on the next line; with the story after it on the
				// same line it cannot be told from an aside, and is left.
				return 0
			}
			return placed(i, first)
		}
		i = skipBlanks(s, i)
	}
	return 0
}

// agencyFirst returns where the dateline ends that opens s with its
// agency and then its place, as some papers and sites sign what they take
// from a wire: «واس - الرياض:», «رويترز - واشنطن -», «(أ ف ب) - باريس:»,
// and as Sabq signs its own, «سبق- الرياض:»; or 0 where none does. The
// agency is one that wireName reads, in parentheses or without marks, or
// a site of sitesFirst without marks, and a dash apart follows it (joined,
// «رويترز-واشنطن», it is a word of two); the place is one or two words of
// letters, the first no stop word, and a dash or a colon, or the end of s,
// closes it: «رويترز - أعلنت الحكومة …» has none.
func agencyFirst(s string) int {
	i := skipBlanks(s, 0)
	var e int
	if strings.HasPrefix(s[i:], "(") {
		name, end, ok := agency(s, i)
		if !ok || wireName(s, name.Start) != name.End {
			return 0
		}
		e = end
	} else if e = wireName(s, i); e == i {
		if e = siteFirst(s, i); e == i {
			return 0
		}
	}
	j := pastDash(s, e)
	if j == 0 {
		return 0
	}
	return placeThen(s, j, func(j int) int {
		if j == len(s) {
			return j // on a line of its own
		}
		return markEnd(s, j)
	})
}

// siteWords end the names of news sites that sign their stories with
// their name alone, as Jordan's do: «جفرا نيوز», «الوكيل الإخباري» ("news",
// "the news site").
var siteWords = []string{"نيوز", "الإخباري", "الاخباري"}

// foreignChannels are the channels whose names end with «نيوز» that an
// Arabic story names and does not sign with: «فوكس نيوز - …» opens a
// sentence about the channel.
var foreignChannels = []string{"فوكس", "سكاي"}

// siteSigned returns where a news site's signature ends that opens s with
// no place, or 0 where none does: its name, one or two words and then one
// of siteWords, the first word no figure, no stop word and none of
// foreignChannels, and a dash apart after it («جفرا نيوز -», «الوكيل
// الإخباري –»), then its reporter's name, two words of letters, the first
// without «ال», and a dash or a colon after them, «الوكيل الإخباري - جلنار
// الراميني -», or the line's end: «جفرا نيوز - عصام مبيضين» on a line of
// its own over the story, as Jordan's sites set it under the headline.
// Three words there are a page's title («جفرا نيوز - الحكومة ترفع
// الأسعار») and one a label («- عاجل»). A dash after one word past the
// site's, or after two that are no name, sets an aside apart («جفرا نيوز -
// في بيانها - …»), and none is read. Only two words on are read, which a
// story of three has to hold: what comes further does not change where the
// story starts.
func siteSigned(s string) int {
	i := skipBlanks(s, 0)
	first := ""
	for words := 0; ; words++ {
		end, digits := wordEnd(s, i)
		if end == i || digits || words > 2 {
			return 0
		}
		word := s[i:end]
		if words == 0 {
			first = word
			if slices.Contains(foreignChannels, word) {
				return 0
			}
		} else if slices.Contains(siteWords, word) {
			i = end
			break
		}
		i = skipBlanks(s, end)
	}
	story := pastDash(s, i)
	if story == 0 {
		return 0 // «جفرا نيوز-أعلنت», a word of two
	}
	// The reporter between dashes, or an aside: a reporter's name is two
	// words, its first without «ال», and neither a stop word.
	k := story
	name := true
	for words := 1; words <= 2; words++ {
		end, digits := wordEnd(s, k)
		if end == k || digits {
			break
		}
		word := s[k:end]
		name = name && !(words == 1 && opensArticle(word)) && !rawStopword(word)
		if words == 2 && name && endsAt(s, end) {
			return placed(end, first) // the site's line over the story
		}
		k = skipBlanks(s, end)
		if m := markEnd(s, k); m > 0 {
			if words == 2 && name {
				return placed(m, first)
			}
			return 0
		}
	}
	return placed(story, first)
}

// sitesFirst are the names of sites that sign their own stories before
// the place, with a dash apart after the name: Saudi Arabia's Sabq, «سبق-
// الرياض:». No agency's: after a place they are words of a sentence
// («الرياض - سبق أن …»), so wireName does not read them.
var sitesFirst = []string{"سبق"}

// siteFirst returns the end of the word that opens s[i:] where it is one
// of sitesFirst, or i.
func siteFirst(s string, i int) int {
	end, _ := wordEnd(s, i)
	if slices.Contains(sitesFirst, s[i:end]) {
		return end
	}
	return i
}

// paperAfterPlace reports whether s[i:], after a place and a dash, is a
// second place of one or two words, a colon and a paper's name in
// quotation marks, every word of it opening with «ال»: «لندن - بيروت:
// «الشرق الأوسط»», as a paper signs a story filed from two cities.
func paperAfterPlace(s string, i int) bool {
	for range 2 {
		end, digits := wordEnd(s, i)
		if end == i || digits {
			return false
		}
		i = skipBlanks(s, end)
		if r, size := CharAt(s[i:]); r == ':' {
			j := skipBlanks(s, i+size)
			open, _ := CharAt(s[j:])
			name, _, ok := agency(s, j)
			return ok && quotes(open) && everyWord(s[name.Start:name.End], opensArticle)
		}
	}
	return false
}

// paperOrWire reports whether name, read in parentheses after a place
// (see agency), is a paper's, every word of it opening with «ال» («الاتحاد»,
// «الشرق الأوسط»), or a wire's that wireName reads («رويترز»): not an
// age, «(40 عاما)», nor an aside, «(فيديو وصور)».
func paperOrWire(s string, name Span) bool {
	return everyWord(s[name.Start:name.End], opensArticle) || wireName(s, name.Start) == name.End
}

// quotes reports whether open, the mark that opens an agency's name (see
// agency), is a quotation mark, as a paper's name has: not a parenthesis
// nor a slash.
func quotes(open rune) bool { return open != '(' && open != '/' }

// rawStopword reports whether word, as a text writes it (hamzas, case,
// diacritics), is a stop word: a byline's or a dateline's first word, or
// a reporter's, that is one opens a sentence instead («في عام 2020 …»).
func rawStopword(word string) bool { return IsStopword(strings.ToLower(Normalize(word))) }

// placed returns end, where a dateline ends, or 0 where the place's first
// word, first, is a stop word: «في عام 2020 (كورونا) -» is no dateline.
func placed(end int, first string) int {
	if end == 0 || rawStopword(first) {
		return 0
	}
	return end
}

// storyAfter returns where the story starts after a dateline or a byline
// that ends at s[i:], past blanks, or 0 where fewer than three words
// follow: a line that is one alone is no story's opening.
func storyAfter(s string, i int) int {
	i = skipBlanks(s, i)
	if wordsAtMost(s[i:], 2) {
		return 0
	}
	return i
}

// endsAt reports whether a dateline or a byline that ends at s[end:] is
// all of s but blanks: one on a line of its own, where end > 0.
func endsAt(s string, end int) bool { return end > 0 && skipBlanks(s, end) == len(s) }

// standsAlone reports whether s is a byline or a dateline and nothing
// else, on a line of its own above the story («كتب - محمد السيد»,
// «دمشق-سانا»): no sentence of it, nor its headline (see HeadedSentences
// and Headline).
func standsAlone(s string) bool { return bylineAlone(s) || datelineAlone(s) }

// aloneAbove reports whether units[k], one of text's units, is a byline or
// a dateline on a line of its own, marked (standsAlone) or signed without
// a mark over a date (signedAbove): no headline (see Headline).
func aloneAbove(text string, units []Sentence, k int) bool {
	return standsAlone(units[k].In(text)) || signedAbove(text, units, k)
}

// wireAgencies are the agencies whose names a dateline gives without
// marks, after a dash or a date: «دمشق-سانا», «عمان - بترا -», «الرياض …
// 2023 م واس» (Syria's, Jordan's and Saudi Arabia's; then the Emirates',
// Kuwait's, Palestine's and Yemen's). Only names that a sentence seldom
// has there as a word of its own: Qatar's «قنا» is also Egypt's Qena
// («طريق القاهرة - قنا»), and Bahrain's «بنا» "with us". Of the 3,100 dev
// texts, none has one of these after a dash.
var wireAgencies = []string{"سانا", "بترا", "واس", "وام", "كونا", "وفا", "سبأ"}

// wireNames are the names of agencies and channels of more than the
// Arab world that a dateline gives without marks after a dash, as
// Arabic sites copy the wire: «واشنطن - رويترز», «باريس - فرانس برس -»,
// «أبوظبي - سكاي نيوز عربية», longest first where one opens another. A
// sentence seldom has one of them right after a dash: of the 3,100 dev
// texts, none has one there.
var wireNames = [][]string{
	{"رويترز"}, {"فرانس", "برس"}, {"سبوتنيك"}, {"شينخوا"}, {anadolu},
	{"سكاي", "نيوز", "عربية"}, {"سكاي", "نيوز"},
}

// spelledAgencies are the agencies an Arabic dateline names by their
// initials, spelled apart by blanks or dots, as Normalize writes them
// (hamzas and diacritics left out): «أ ف ب», «أ.ف.ب» (AFP), «أ ش أ»
// (MENA), «د ب أ» (dpa), «يو بي آي» (UPI).
var spelledAgencies = []string{"افب", "اشا", "دبا", "يوبياي"}

// wireName returns the end of the agency's name without marks that opens
// s[i:] (one of wireAgencies, wireNames or spelledAgencies, or a site's
// name with its domain in Arabic letters, «العربية.نت»), before what
// is no letter nor digit, or i where none does. The first word is read
// once: dashApart asks this of every dash between two words.
func wireName(s string, i int) int {
	end, _ := wordEnd(s, i)
	word := s[i:end]
	if word == "" {
		return i
	}
	if slices.Contains(wireAgencies, word) {
		return end
	}
	for _, name := range wireNames {
		if name[0] == word {
			if e := wordsAfter(s, end, name[1:]); e > 0 {
				return e
			}
		}
	}
	if k := end + len("."); strings.HasPrefix(s[end:], ".") {
		// A site's name with its domain in Arabic letters: «العربية.نت».
		if e, digits := wordEnd(s, k); !digits && arabicDomains[s[k:e]] {
			return e
		}
	}
	if len(word) > 4 {
		return i // more than two Arabic letters: no initials
	}
	// The initials: words of one letter or two, blanks or a dot between
	// them, read whole: «أ ف ب ت» is no agency's. They are read
	// normalized, as spelledAgencies are written: «أ» as «ا».
	var buf [4 * 2 * 2]byte // four words of two Arabic letters
	letters := buf[:0]
	e := i
	for j, words := i, 0; words < 4; words++ {
		end, digits := wordEnd(s, j)
		if end == j || digits || utf8.RuneCountInString(s[j:end]) > 2 || len(letters)+end-j > len(buf) {
			break
		}
		letters = AppendNormalized(letters, s[j:end])
		e = end
		j = skipBlanks(s, end)
		if strings.HasPrefix(s[j:], ".") {
			j = skipBlanks(s, j+1)
		}
	}
	for _, name := range spelledAgencies {
		if string(letters) == name {
			return e
		}
	}
	return i
}

// wordsAfter returns the end of the words of rest that follow s[:i], a
// blank or more before each, before what is no letter nor digit, or 0
// where they do not.
func wordsAfter(s string, i int, rest []string) int {
	for _, word := range rest {
		j := skipBlanks(s, i)
		if j == i {
			return 0
		}
		end, _ := wordEnd(s, j)
		if s[j:end] != word {
			return 0
		}
		i = end
	}
	return i
}

// unmarkedAgency returns where the dateline ends whose agency's name
// without marks (see wireAgencies) ends at s[end:], after the dashes or
// the colon after the name (markEnd), or 0 where it is no dateline: a
// blank, a dash, a colon or the end of s must end the name («دمشق-سانا.»
// is a sentence of its own).
func unmarkedAgency(s string, end int) int {
	i := skipBlanks(s, end)
	r, size := dashChar(s, i)
	if i == end && size > 0 && !isDash(r) && r != ':' {
		return 0
	}
	if j := markEnd(s, i); j >= 0 {
		return j
	}
	return i
}

// agencies, "agencies", names the agencies a paper's story drew on without
// naming them: «عواصم - وكالات -» ("capitals - agencies"), «عواصم
// (وكالات)». As a word of a sentence it names whose agencies they are,
// «وكالات الإغاثة»: of the 46 times that the 3,100 dev texts and their
// titles have it, a word follows it 45 times and a parenthesis once
// («وكالات (تستقدم عاملات) صغيرة»), a mark never.
const agencies = "وكالات"

// agenciesEnd returns where the dateline ends whose unnamed agencies (see
// agencies) end at s[end:], after the dash or the colon that closes them,
// or at the end of s: 0 where neither does.
func agenciesEnd(s string, end int) int {
	i := skipBlanks(s, end)
	if i == len(s) {
		return i
	}
	return max(markEnd(s, i), 0)
}

// alsoAgencies returns where the unnamed agencies (see agencies) end that
// follow a paper's name in quotation marks, at s[i:] past the blanks after
// it, set apart by a comma or a dash or joined by «و»: «عواصم - «الخليج»،
// وكالات:», «دبي - «الخليج» ووكالات -», «القاهرة - «الحياة»، والوكالات -»,
// as a paper signs its own story drawn on the wires too. It returns 0
// where none do. A mark or the end of s must follow them, as after
// agencies alone (see agenciesEnd): in «بيروت - «الحياة» - وكالات الإغاثة
// تحذر …» they are the story's. Before, the comma or «ووكالات» opened the
// story.
func alsoAgencies(s string, i int) int {
	if r, size := dashChar(s, i); r == '،' || r == ',' {
		i = skipBlanks(s, i+size)
	} else if isDash(r) {
		i = skipBlanks(s, skipDashes(s, i))
	}
	end, _ := wordEnd(s, i)
	word := s[i:end]
	if word == "و" { // «و وكالات»
		i = skipBlanks(s, end)
		end, _ = wordEnd(s, i)
		word = s[i:end]
	}
	unnamed := func(w string) bool { return w == agencies || w == "ال"+agencies }
	if !unnamed(word) && !(strings.HasPrefix(word, "و") && unnamed(word[len("و"):])) ||
		agenciesEnd(s, end) == 0 {
		return 0
	}
	return end
}

// agenciesAmong reports whether name, an agency's in parentheses (see
// agency), is unnamed agencies (see agencies), alone or among names set
// apart by commas: «وكالات», «الاتحاد، وكالات», «وكالات، الاتحاد».
func agenciesAmong(name string) bool {
	for item := range strings.FieldsFuncSeq(name, func(r rune) bool { return r == '،' || r == ',' }) {
		if strings.TrimFunc(item, isSpace) == agencies {
			return true
		}
	}
	return false
}

// maxPaper is the most words of a paper's name without marks: «القدس
// العربي», «الشرق الأوسط».
const maxPaper = 2

// unmarkedPaper returns where the dateline ends whose paper's name without
// marks opens s[i:] after a place and a dash («عمان- الرأي- دعا …»), or 0
// where none does: one or two words (maxPaper), each opening with «ال»,
// then a dash with a blank on one side of it at least («عمان-الرأي-دعا» is
// a word of three joined), within maxDatelineBytes, where the cheap test
// sees it (opensAgency). A definite word after a place and a dash is more
// often the sentence's («الخرطوم - الحكومة السودانية أعلنت …»): the dash
// after the name tells them apart. Two places between dashes read so too
// («القاهرة - الإسكندرية - …»): of the 3,100 dev texts, two of EASC's
// open a line with a name between dashes, both a paper's («الرأي»). A
// site's name with figures (figuredName) is one word, before a dash or a
// colon: «لندن- عربي21-», «لندن - عربي21:»; before a colon only where a
// dash apart came before it, apart says, where the cheap test sees it
// («لندن-عربي21:» is read as nothing).
func unmarkedPaper(s string, i int, apart bool) int {
	for words := 0; words < maxPaper; words++ {
		end, digits := wordEnd(s, i)
		// «لندن- عربي21-»: a site's name with figures, one word, which no
		// sentence's subject is; a colon may close it too.
		site := words == 0 && digits && figuredName(s[i:end])
		if end == i || !site && (digits || !opensArticle(s[i:end])) {
			return 0
		}
		j := skipBlanks(s, end)
		r, size := dashChar(s, j)
		if isDash(r) || site && apart && r == ':' {
			if j+size > maxDatelineBytes || j == end && startsWord(s[j+size:]) {
				return 0
			}
			return markEnd(s, j) // «--», «-:»
		}
		if site {
			return 0
		}
		i = j // the next word, or no word and 0
	}
	return 0
}

// figuredName reports whether word is a name of two letters or more with
// figures after them and nothing after those, as news sites name
// themselves: «عربي21», «فرانس24», «كوردستان24». A year or a date has no
// letter before its figures («2019», «12-3»).
func figuredName(word string) bool {
	k := strings.IndexFunc(word, isDigit)
	return k >= 0 && utf8.RuneCountInString(word[:k]) >= 2 && strings.TrimFunc(word[k:], isDigit) == ""
}

// dateSeen follows the words of a dateline before its agency, so that
// one without a dash can be told from an aside: one or two words of the
// place, then a date of a figure and a month's name, and nothing else.
type dateSeen struct {
	figure, month bool // seen in the date
	more          bool // a word after the date that no date has
	place         int  // the place's words before the date
}

// add reads the next word, whether it has a digit, and how many words of
// the place came before it.
func (d *dateSeen) add(word string, digits bool, place int) {
	switch {
	case digits:
		if !d.figure && !d.month {
			d.place = place
		}
		d.figure = true
	case namesDate(word):
		if !d.figure && !d.month {
			d.place = place
		}
		d.month = true
	case d.figure || d.month:
		if _, ok := dateWords[word]; !ok {
			d.more = true // «بكين 5 مارس الماضي (…)»
		}
	}
}

// full reports whether a date of a figure and a month's name followed one
// or two words of the place, and nothing else did.
func (d dateSeen) full() bool { return d.month && d.figured() }

// figured reports whether a date with a figure followed one or two words
// of the place, and nothing else did.
func (d dateSeen) figured() bool {
	return d.figure && !d.more && 1 <= d.place && d.place <= 2
}

// startsWord reports whether s opens with a letter or a digit.
func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return wordRune(r)
}

// everyWord reports whether is holds for every word of name.
func everyWord(name string, is func(word string) bool) bool {
	for w := range Words(name) {
		if !is(name[w.Start:w.End]) {
			return false
		}
	}
	return true
}

// opensArticle reports whether word opens with «ال», as each word of a
// paper's name does («الشرق الأوسط», «الخليج»). (pieces' definite asks
// more: no relative pronoun, no «الى».)
func opensArticle(word string) bool { return strings.HasPrefix(word, "ال") }

// namesDate reports whether word names a day or a month (see dateWords).
func namesDate(word string) bool { return dateWords[word] == dateName }

// maxDatelineBytes bounds where the mark that opens a dateline's agency
// may be: a place of four words, a date and dashes come to less than half
// as many bytes.
const maxDatelineBytes = 200

// opensAgency reports whether s holds a mark that may open an agency's name
// (see agency), an entity that may stand for one, a dash that may set a
// dateline apart or join an agency's name to its place (dashApart), or
// «واس», the one agency of wireAgencies that writes its name with neither
// marks nor a dash (WAFA writes a dash after its date and name). Each
// search is one vector scan: a loop over s's bytes cost 2,600 instructions
// over the sample's first sentence, and reading its words 5,000. (A search
// for each of the seven names took 3 % of Summarize's time on the sample,
// since every Arabic letter opens with one of two bytes; «واس» is found
// inside words too, «واسعة», and then the words are read for nothing.)
func opensAgency(s string) bool {
	if strings.IndexByte(s, '(') >= 0 || strings.IndexByte(s, '"') >= 0 || strings.IndexByte(s, '/') >= 0 ||
		strings.IndexByte(s, '&') >= 0 || strings.Contains(s, "«") || strings.Contains(s, "“") ||
		strings.Contains(s, "واس") { // SPA's «… 2023 م واس»
		return true
	}
	return dashApart(s)
}

// dashAt reports whether s[i:] opens with a dash (see dashChar).
func dashAt(s string, i int) bool {
	r, _ := dashChar(s, i)
	return isDash(r)
}

// markEnd returns the end of the colon, or of the run of dashes (see
// dashChar) and a colon after them, that opens s[i:], or -1 where neither
// does: the mark that sets a dateline or a byline apart from the story,
// and a byline's word from its name («كتب - محمد السيد -: أكد»,
// «القاهرة (رويترز) -: أعلنت»). A colon left after the dashes opened the
// story.
func markEnd(s string, i int) int {
	r, size := dashChar(s, i)
	switch {
	case r == ':':
		return i + size
	case isDash(r):
		i = skipDashes(s, i)
		if j := skipBlanks(s, i); j < len(s) {
			if r, size := CharAt(s[j:]); r == ':' {
				return j + size
			}
		}
		return i
	}
	return -1
}

// skipDashes returns where the run of dashes (see dashChar) that opens
// s[i:] ends, or i where none opens it.
func skipDashes(s string, i int) int {
	for {
		r, size := dashChar(s, i)
		if !isDash(r) {
			return i
		}
		i += size
	}
}

// dashChar is CharAt(s[i:]), but for tatweels standing alone, one or more
// with no letter or digit after them («القاهرة ـ (رويترز) ـ»), which it
// gives as a hyphen, and their length: Arabic typists write a dash so, as
// EASC's texts do in their sentences («… عام ـ كما قدر الخبراء ـ …»).
// Tatweels inside a word («مـــرحبا») or before one only draw it out; after
// one, the reader has read them with the word.
func dashChar(s string, i int) (rune, int) {
	r, size := CharAt(s[i:])
	if r != tatweel {
		return r, size
	}
	n := len(s[i:]) - len(strings.TrimLeft(s[i:], "ـ"))
	if startsWord(s[i+n:]) {
		return r, size
	}
	return '-', n
}

// dashApart reports whether s holds a dash (isDash) with no word on one
// side of it («القاهرة - …», «(رويترز)-», «وفا- …»), or joined to one of
// wireAgencies («دمشق-سانا», «وفا-أعلنت») or to an agency's name after it
// (wireName: «واشنطن-رويترز»): where dateline reads one. A dash
// inside other words joins them and sets nothing apart («الروسي-الأمريكي»,
// the sample's headline, whose words cost 9,600 instructions a summary to
// read for nothing). Every dash opens with '-' or the byte 0xE2, each
// found with one vector scan; a third finds tatweels, which dashChar reads
// as a dash where no letter or digit follows them («عمان ـ بترا ـ»).
func dashApart(s string) bool {
	for _, lead := range [...]byte{'-', 0xE2} {
		for from := 0; ; {
			k := strings.IndexByte(s[from:], lead)
			if k < 0 {
				break
			}
			i := from + k
			r, size := utf8.DecodeRuneInString(s[i:])
			from = i + size
			if !isDash(r) {
				continue // «“», «…»
			}
			before, after := s[:i], s[from:]
			if !endsWord(before) || !startsWord(after) {
				return true
			}
			if wireName(after, 0) > 0 {
				return true
			}
			for _, name := range wireAgencies {
				if strings.HasSuffix(before, name) && !endsWord(before[:len(before)-len(name)]) {
					return true
				}
			}
		}
	}
	// A tatweel standing alone, or the last of several (see dashChar), is
	// found by its second byte, 0x80, which few Arabic letters have and
	// no letter of Arabic's own: its first, 0xD9, opens half of them.
	for from := 1; from < len(s); {
		k := strings.IndexByte(s[from:], 0x80)
		if k < 0 {
			return false
		}
		from += k + 1
		if s[from-2] == 0xD9 && !startsWord(s[from:]) {
			return true
		}
	}
	return false
}

// endsWord reports whether s ends with a letter or a digit (see
// startsWord).
func endsWord(s string) bool {
	r, _ := decodeLast(s)
	return wordRune(r)
}

// maxAgency is the most words of an agency's name in a dateline: «وكالة
// أنباء الشرق الأوسط».
const maxAgency = 4

// agency returns the span of the agency's name that opens s[i:] (see
// Dateline), without its marks, and where it ends with them: one to
// maxAgency words of letters (a site's name with figures after them too,
// «فرانس24»), dots between them («أ.ف.ب») and commas between names
// («رويترز، أ ف ب»), in parentheses, quotation marks or between slashes.
func agency(s string, i int) (name Span, end int, ok bool) {
	open, size := CharAt(s[i:])
	var close rune
	switch open {
	case '(':
		close = ')'
	case '«':
		close = '»'
	case '“':
		close = '”'
	case '"', '/':
		close = open
	default:
		return Span{}, 0, false
	}
	words := 0
	comma := false // a comma just before, which a word must follow
	for i = skipBlanks(s, i+size); words <= maxAgency; i = skipBlanks(s, i) {
		r, size := CharAt(s[i:])
		switch {
		case size == 0 || r < 0:
			return Span{}, 0, false
		case r == close:
			return name, i + size, words > 0 && !comma
		case r == '.':
			i += size
		case r == '،' || r == ',':
			// «(الاتحاد، وكالات)», «(رويترز، أ ف ب)»: a paper and the
			// agencies, or two agencies, one story drew on.
			if words == 0 || comma {
				return Span{}, 0, false
			}
			i, comma = i+size, true
		case wordRune(r):
			end, digits := wordEnd(s, i)
			if digits && !figuredName(s[i:end]) || end == i {
				return Span{}, 0, false // «(2019)», but «(فرانس24)»
			}
			if words++; words == 1 {
				name.Start = i
			}
			name.End = end
			i, comma = end, false
			if open == '/' && words == 1 && s[name.Start:end] == anadolu {
				// «إسطنبول/ الأناضول أعلن …»: Anadolu's name is all its
				// dateline's agency, whether a slash closes it or not.
				if j := skipBlanks(s, end); strings.HasPrefix(s[j:], "/") {
					return name, j + 1, true
				}
				return name, end, true
			}
		default:
			return Span{}, 0, false
		}
	}
	return Span{}, 0, false
}

// ownSources, after a place and a dash, say where the story came from
// when no agency filed it: «خاص» ("special"), the paper's own reporter,
// «بيروت - خاص:»; «متابعات» ("follow-ups"), «رصد» ("monitored") and
// «ترجمات» ("translations"), its desk, which gathered it from other
// sources, «القاهرة - متابعات:», or a site's, «سواليف – رصد».
var ownSources = []string{"خاص", "متابعات", "رصد", "ترجمات"}

// anadolu is Anadolu's name, which its dateline sets after a slash and
// leaves open: «إسطنبول/ الأناضول». A word of a sentence seldom follows a
// slash so.
const anadolu = "الأناضول"

// wordEnd returns the end of the word of letters, marks and digits that
// opens s[i:], and whether a digit is among them («12-3» is two words
// and a dash).
func wordEnd(s string, i int) (int, bool) {
	digits := false
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !wordRune(r) {
			break
		}
		digits = digits || isDigit(r)
		i += size
	}
	return i, digits
}

// skipBlanks returns the offset of the first character of s[i:] that is
// neither white space nor an HTML tag.
func skipBlanks(s string, i int) int {
	for i < len(s) {
		if n := TagLen(s[i:]); n > 0 {
			i += n
			continue
		}
		r, size := CharAt(s[i:])
		if !isSpace(r) {
			break
		}
		i += size
	}
	return i
}

// isDash reports whether r is a hyphen or a dash, as a dateline sets
// itself apart with.
func isDash(r rune) bool {
	switch r {
	case '-', '‐', '‒', '–', '—', '―', '−':
		return true
	}
	return false
}
