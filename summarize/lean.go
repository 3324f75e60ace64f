package summarize

import (
	"bytes"
	"iter"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/talkhis/talkhis/tokenize"
)

// A sentence leans back when its subject is a pronoun for somebody or
// something named in the sentence before it: «وأضاف أن…» ("and he added
// that…"), «وقالت إن…», «وهو…», «لكنه…». Arabic carries such a subject in
// the verb, so a summary that takes the sentence without the one before
// tells the reader that "he added" without saying who. A pronoun opening
// the sentence always leans back; a verb of saying only when the word or
// mark after it cannot be its subject (a complementizer, a preposition, a
// colon or a quotation): a named subject («وأضاف الوزير أن…») makes the
// sentence stand on its own.
//
// The lists are written as they are spelled and normalized once, with the
// tokenizer's Normalize, so that a text typed without hamza or with
// diacritics matches too.

// reportVerbs are verbs of saying and stating, third person, past and
// present, as they open a sentence (a leading و or ف is taken off first).
const reportVerbs = `قال قالت يقول تقول أضاف أضافت يضيف تضيف تابع تابعت يتابع تتابع
أكد أكدت يؤكد تؤكد أشار أشارت يشير تشير أوضح أوضحت يوضح توضح أردف أردفت
استطرد استطردت مضى مضت أعرب أعربت نفى نفت ينفي تنفي اعتبر اعتبرت يعتبر
تعتبر رأى رأت يرى ترى ذكر ذكرت أعلن أعلنت شدد شددت لفت لفتت كشف كشفت
أفاد أفادت حذر حذرت دعا دعت طالب طالبت اتهم اتهمت وصف وصفت كتب كتبت ختم
ختمت`

// notSubjects are words that, right after such a verb, show that the verb
// has no subject of its own: complementizers, prepositions, adverbs, and
// the media a statement was made to («وقال لوكالة…», «وقالت لبي بي سي…»;
// «لـ» alone is ل once the tatweel is folded away). Any word that opens
// with «لل» («للصحفيين», "to the journalists") is one too (see leansBack).
// «على» is not: folded, it is the name «علي».
const notSubjects = `إن أن إنه أنه إنها أنها إنهم أنهم إننا أننا إنني أنني بأن بأنه بأنها
بأنهم إلى عن في خلال أمام عبر من مع حول ضمن لدى قائلا قائلة أيضا ل
لوكالة لصحيفة لقناة لموقع لمجلة لإذاعة لتلفزيون لبي لبرنامج`

// pronounOpeners stand for somebody or something named before: "and he",
// "and she", "but he".
const pronounOpeners = `هو هي هم هما لكنه لكنها لكنهم`

// Connectives and demonstratives refer to the sentence before too:
// «ورغم ذلك» ("and despite that"), «ويأتي ذلك في ظل…» ("that comes
// amid…"), «وهذا يعني…» ("and this means…"), «لذلك» ("therefore"), «غير
// أن» ("however"). Not «من جانبه، قال الوزير…» ("for his part, the
// minister said…"): the one it stands for is named right after it. Nor
// inside a quotation that opens the sentence, where "this" is the
// speaker's («"هذه هي أغلى أرض في مصر"»).
//
// backOpeners refer back on their own, as a sentence's first word (a
// leading و or ف is taken off first).
const backOpeners = `ثم لذلك لذا لهذا بذلك بالتالي عندئذ حينئذ حينها عندها`

// demonstratives ("this", "that") open a sentence that refers back, as its
// first word («وهذا يعني…», "and this means…"; «هذا المصرف…», "this
// bank…") or its second, after a verb or a preposition («وأدت هذه
// الخطوة…», "this step led…"; «ومنذ ذلك الحين», "since then"; «نظرا
// لهذه الظروف», "given these circumstances"), unless a time follows them:
// «هذا العام» ("this year"), «في هذه الأثناء» ("meanwhile") are the
// story's time. After one of demonstrativeLeads («بعد ذلك», "after that")
// they refer back in any case. Some carry the preposition ل, as after
// «نتيجة» ("as a result of that"). Not those with ب: «وبهذه النتيجة…»
// ("with this result…") follows a match report's lead, which states the
// result, wherever it stands.
const demonstratives = `هذا هذه ذلك ذاك تلك هؤلاء أولئك لذلك لهذا لهذه لتلك لهؤلاء`

const demonstrativeLeads = `مع رغم بعد قبل نتيجة إثر عقب جاء جاءت يأتي تأتي`

// times are the nouns after a demonstrative that name the story's time or
// occasion («هذه المرة», "this time"), not something the sentence before
// said.
const times = `العام السنة الأسبوع الشهر اليوم الأيام الليلة الأثناء الموسم الصيف
الشتاء الربيع الخريف المساء الصباح المرة`

// soWords, after «ف» ("so", "for"), open a sentence that follows from the
// one before: it explains or bears out what that one said («فقد قرر…»,
// "for he had decided…"; «ففي عام…», "so in the year…"; «فبعد…», «فوفقا…»,
// «فعلى الرغم…», «فهناك…»). Only function words: after «و» ("and") they
// open a plain news sentence, and a word whose root begins with ف
// («فاز», "won") is none of them. «فقد» before a noun with the article is
// the verb "lost" («فقد الرجل وظيفته»).
const soWords = `قد في بعد وفقا إن هناك على خلال لم لن`

// sources open a fragment that names the source of the sentence before,
// when nothing but a name follows («بحسب اليونسكو.», "according to
// UNESCO."): three words at most.
const sources = `بحسب حسب وفقا طبقا نقلا`

// backPairs are two words that refer back together: "however".
const backPairs = `غير:أن غير:أنه غير:أنها إلا:أن إلا:أنه إلا:أنها بيد:أن بيد:أنه بيد:أنها`

// greetings are the two words that open a presenter's greeting or goodbye
// in a broadcast's transcript: «مساء الخير، وأهلا بكم في نشرة الأخبار»,
// «السلام عليكم», «شكرا لمتابعتكم، وإلى اللقاء».
const greetings = `مساء:الخير صباح:الخير أهلا:بكم أهلا:وسهلا مرحبا:بكم نرحب:بكم السلام:عليكم
أعزائي:المشاهدين أعزائي:المستمعين مشاهدينا:الكرام مستمعينا:الكرام سيداتي:سادتي سيداتي:وسادتي
شكرا:لمتابعتكم شكرا:لكم إلى:اللقاء`

// readerWords address the reader: the publisher's calls to ask, follow,
// share or install («ما هي الأسئلة التي تدور بأذهانكم…؟», "what questions
// are on your minds…?"; «يمكنكم استلام إشعارات…», "you can get
// notifications…"). Only forms that cannot be read in the third person
// are listed: «تابعوا» is also "they followed", «تابعونا» only "follow us".
const readerWords = `يمكنكم بإمكانكم بأذهانكم أذهانكم أسئلتكم آراءكم آرائكم تعليقاتكم
هاتفكم هواتفكم شاركونا تابعونا راسلونا اسألوا اكتبوا`

// Calls to act, as sites set them at a story's foot (see callsToAct):
// callPairs open one with two words, to click here («اضغط هنا…»), to
// read or watch another story too («اقرأ أيضا: …»), or more of them
// («اقرأ المزيد…»), or to download an app («حمّل تطبيق…»); callVerbs, which are
// also the past tense («تابع الرئيس…», "the president followed…"; «حمل»,
// "carried") or open a purpose («لمتابعة…», "to follow…"), call where a
// channel follows: the publisher's own («قناتنا», "our channel"), one by
// mail («النشرة البريدية», "the newsletter"; «القائمة البريدية», "the
// mailing list": «النشرة» alone is also a broadcast's bulletin) or a
// platform by name (callChannels).
const (
	callPairs = `اضغط:هنا اضغطي:هنا اضغطوا:هنا انقر:هنا انقري:هنا انقروا:هنا
اقرأ:أيضا اقرئي:أيضا اقرأوا:أيضا اقرؤوا:أيضا طالع:أيضا طالعي:أيضا طالعوا:أيضا شاهد:أيضا شاهدي:أيضا شاهدوا:أيضا
اقرأ:المزيد اقرئي:المزيد اقرأوا:المزيد اقرؤوا:المزيد طالع:المزيد شاهد:المزيد حمل:تطبيق حملوا:تطبيق نزل:تطبيق نزلوا:تطبيق`
	callVerbs = `تابع تابعي تابعوا تابعونا اشترك اشتركي اشتركوا انضم انضمي انضموا حمل حملي حملوا نزل نزلي نزلوا زوروا
لمتابعة للمتابعة للاشتراك للانضمام لتحميل للمزيد`
	// callForget opens one with two words, "don't forget" («لا تنسى
	// الاشتراك في قناتنا»), where a channel follows, as after callVerbs:
	// «لا تنسى الحكومة أن…» is the story's ("the government does not
	// forget").
	callForget   = `لا:تنس لا:تنسى لا:تنسي لا:تنسوا ولا:تنس ولا:تنسى ولا:تنسي ولا:تنسوا`
	callChannels = `قناتنا قنواتنا صفحتنا صفحاتنا حسابنا حساباتنا موقعنا نشرتنا تطبيقنا منصتنا البريدية
تيليجرام تيلجرام تلغرام تليغرام تلجرام واتساب واتس فيسبوك فيس يوتيوب تويتر إكس انستغرام إنستغرام انستجرام إنستجرام تيك تيكتوك جوجل غوغل نبض`
)

// publisherNotes are two words, one right after the other, that the
// publisher's notes at a story's foot hold and its sentences seldom do
// (see publisherNote): its rights («جميع الحقوق محفوظة»), a disclaimer
// («ولا يعبر عن وجهة نظر الموقع», «المقال يعبر عن رأي كاتبه»), where the
// story came from («هذا الخبر منقول…», «نشر هذا المقال بالأصل…», «والعهدة
// على المصدر»).
const publisherNotes = `الحقوق:محفوظة حقوق:محفوظة
رأي:الموقع رأي:الصحيفة رأي:الجريدة رأي:القناة رأي:المجلة رأي:الشبكة رأي:كاتبه رأي:كاتبها
نظر:الموقع نظر:الصحيفة نظر:الجريدة نظر:القناة نظر:المجلة نظر:الشبكة
الخبر:منقول المقال:منقول المقال:مترجم المقال:بالأصل العهدة:على`

// footNotes is how many of a text's last sentences are read for the
// publisher's notes (publisherNote): its source, a disclaimer and its
// rights come last, and above them a sentence of the story may hold a
// note's words («…والعهدة على الراوي», "…on the teller's word").
const footNotes = 3

// shortLineWords bounds the lines that are not the story: another
// story's headline (see titleLine) and a line to the reader, which is
// short (BBC Arabic's are 18 words and fewer); a longer sentence is not
// read for readerWords, which keeps the selection cheap.
const shortLineWords = 2 * tokenize.MaxHeadingWords

type leanWords struct {
	verbs, notSubjects, pronouns, reader                                map[string]bool
	callVerbs, channels                                                 map[string]bool
	backOpeners, demonstratives, demonstrativeLeads, times, sources, so map[string]bool
	backPairs, greetings, callPairs, callForget, notes                  map[[2]string]bool
}

var leanLists = sync.OnceValue(func() leanWords {
	set := func(list string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(list) {
			m[tokenize.Normalize(w)] = true
		}
		return m
	}
	pairs := func(list string) map[[2]string]bool {
		m := map[[2]string]bool{}
		for _, p := range strings.Fields(list) {
			a, b, _ := strings.Cut(p, ":")
			m[[2]string{tokenize.Normalize(a), tokenize.Normalize(b)}] = true
		}
		return m
	}
	return leanWords{
		verbs: set(reportVerbs), notSubjects: set(notSubjects), pronouns: set(pronounOpeners), reader: set(readerWords),
		backOpeners: set(backOpeners), demonstratives: set(demonstratives),
		demonstrativeLeads: set(demonstrativeLeads), times: set(times), sources: set(sources), so: set(soWords),
		backPairs: pairs(backPairs), greetings: pairs(greetings),
		callPairs: pairs(callPairs), callForget: pairs(callForget), callVerbs: set(callVerbs), channels: set(callChannels),
		notes: pairs(publisherNotes),
	}
})

// leansBack reports whether the sentence s opens with a subject that it
// leaves to the sentence before it, or with a connective or demonstrative
// that refers to that sentence.
func leansBack(s string) bool {
	// Four words at most decide: a lone "and", "as", a verb, the word
	// after it (or a connective, a demonstrative, the word after it).
	var all [4]tokenize.Span
	n := firstWords(all[:], s)
	if n == 0 {
		return false
	}
	words := all[:n]
	lists := leanLists()
	// The words are folded into buffers on the stack: looking up
	// string(b) in a map does not allocate, and this runs for every
	// sentence a summary weighs.
	var buf [4][48]byte
	fold := func(k int) []byte { return tokenize.AppendNormalized(buf[k][:0], words[k].In(s)) }
	first := fold(0)
	so := false // the sentence opens with «ف», "so"
	if n > 1 && (string(first) == "و" || string(first) == "ف") {
		// «و قال…»: the conjunction typed apart from its word.
		so = string(first) == "ف"
		words = words[1:]
		n--
		first = fold(0)
	}
	bare := withoutAnd(first)
	so = so || len(bare) < len(first) && string(first[:2]) == "ف"
	if lists.pronouns[string(first)] || lists.pronouns[string(bare)] {
		return true
	}
	if !opensQuoted(s) {
		if lists.backOpeners[string(bare)] || n < 4 && lists.sources[string(bare)] {
			return true
		}
		var second []byte
		if n >= 2 {
			second = fold(1)
		}
		switch {
		case so && lists.so[string(bare)]:
			return string(bare) != "قد" || !bytes.HasPrefix(second, []byte("ال"))
		case lists.demonstratives[string(bare)]:
			return !lists.times[string(second)]
		case lists.demonstratives[string(second)]:
			return lists.demonstrativeLeads[string(bare)] || n >= 3 && !lists.times[string(fold(2))]
		case lists.backPairs[[2]string{string(bare), string(second)}]:
			return true
		}
	}
	verb := 0
	if string(bare) == "كما" {
		verb = 1
		if n < 2 {
			return false
		}
		first = fold(1)
		bare = first
	}
	if !lists.verbs[string(first)] && !lists.verbs[string(bare)] {
		return false
	}
	// What follows the verb: a colon or a quotation opens what was said,
	// unless the quotation is a name; otherwise the next word decides.
	rest := trimBlank(s[words[verb].End:])
	if r, _ := tokenize.CharAt(rest); r == ':' {
		return true
	} else if r == '«' || r == '"' || r == '“' || r == '”' {
		return !quotedName(rest)
	}
	if n <= verb+1 {
		return false
	}
	next := fold(verb + 1)
	// «لل» and two letters more: the preposition ل and the article, as
	// in «للصحفيين»; a name that opens with ل («لافروف») has one.
	return lists.notSubjects[string(next)] || len(next) >= 8 && string(next[:4]) == "لل"
}

// opensQuoted reports whether s opens with a quotation mark: the shape the
// quote feature weighs, and where a demonstrative is the speaker's.
func opensQuoted(s string) bool {
	r, _ := tokenize.CharAt(trimBlank(s))
	return r == '"' || r == '«' || r == '“' || r == '”' || r == '\''
}

// trimBlank returns s without the blanks that open it: white space, the
// no-break space as a page's HTML writes it («&nbsp;», «&#160;»,
// «&#xA0;»; tokenize.CharAt), which tokenize reads as no word
// («وأضاف&nbsp;"…» is «وأضاف "…»), and tags, which are no words and no
// marks («وأضاف <a href="/x">"…» is «وأضاف "…»).
func trimBlank(s string) string {
	for {
		s = strings.TrimLeft(s, " \t\u00a0")
		if n := tokenize.TagLen(s); n > 0 {
			s = s[n:]
			continue
		}
		r, n := tokenize.CharAt(s)
		if r != '\u00a0' {
			return s
		}
		s = s[n:]
	}
}

// withoutAnd returns the normalized word w without a leading و or ف
// ("and", "so"), or w when it has none.
func withoutAnd(w []byte) []byte { return withoutClitic(w, "وف") }

// withoutClitic returns the normalized word w without a leading letter of
// clitics, letters that are words of their own when written apart («وف»:
// «و», «ف»), or w when it has none. Each is two bytes, like every Arabic
// letter: two letters must remain once one is off.
func withoutClitic(w []byte, clitics string) []byte {
	if len(w) < 6 {
		return w
	}
	for i := 0; i+1 < len(clitics); i += 2 {
		if w[0] == clitics[i] && w[1] == clitics[i+1] {
			return w[2:]
		}
	}
	return w
}

// firstWords puts the first words of s in ws, as many as it holds, and
// returns how many there were.
func firstWords(ws []tokenize.Span, s string) int {
	n := 0
	if len(ws) == 0 {
		return 0
	}
	for w := range tokenize.Words(s) {
		ws[n] = w
		if n++; n == len(ws) {
			break
		}
	}
	return n
}

// greets reports whether s opens with a presenter's greeting or goodbye
// (see greetings), after «و» or not, and not inside a quotation: one that
// somebody in the story is quoted saying is news.
func greets(s string) bool {
	if opensQuoted(s) {
		return false
	}
	var words [2]tokenize.Span
	if firstWords(words[:], s) < len(words) {
		return false
	}
	var a, b [48]byte
	first := withoutAnd(tokenize.AppendNormalized(a[:0], words[0].In(s)))
	second := tokenize.AppendNormalized(b[:0], words[1].In(s))
	return leanLists().greetings[[2]string{string(first), string(second)}]
}

// addressesReader reports whether s speaks to the reader in the second
// person, outside any quotation: a line the publisher adds to the story
// (a call for questions, an app to install), which is not part of it.
// Inside quotation marks, or after a colon, which opens reported words
// («فأجبت: يمكنكم…»), the words are somebody's in the story, and may be
// said to anyone.
func addressesReader(s string) bool {
	reader := leanLists().reader
	quoted, guillemets := false, 0
	at := 0
	var buf [64]byte
	for w := range tokenize.Words(s) {
		for _, part := range untagged(s[at:w.Start]) {
			for _, r := range part {
				switch r {
				case '"', '“', '”':
					quoted = !quoted
				case '«':
					guillemets++
				case '»':
					guillemets = max(0, guillemets-1)
				case ':', '：':
					return false
				}
			}
		}
		at = w.End
		if quoted || guillemets > 0 || !endsLikeReaderWord(w.In(s)) {
			continue
		}
		word := tokenize.AppendNormalized(buf[:0], w.In(s))
		if reader[string(word)] || reader[string(withoutAnd(word))] {
			return true
		}
	}
	return false
}

// callsToAct reports whether s is one of the publisher's calls to the
// reader that sites set at a story's foot: to click here («اضغط هنا…»;
// a how-to's «اضغط على زر "حفظ"» is a step of the story), to read or
// watch another story («اقرأ أيضا: …»), or to follow, subscribe, join
// or install, or not to forget to, where s names a channel («تابعوا آخر
// الأخبار عبر حسابنا على منصة إكس», "follow the latest news on our
// account on X"; see callVerbs and callForget). It opens the sentence; a quotation that opens it is
// somebody's words in the story. A short story took them into a summary of
// all its sentences.
func callsToAct(s string) bool {
	if opensQuoted(s) {
		return false
	}
	lists := leanLists()
	var words [2]tokenize.Span // zero spans, "", past the words s has
	firstWords(words[:], s)
	var a, b [64]byte
	first := tokenize.AppendNormalized(a[:0], words[0].In(s))
	pair := [2]string{string(first), string(tokenize.AppendNormalized(b[:0], words[1].In(s)))}
	if lists.callPairs[pair] {
		return true
	}
	if !lists.callVerbs[pair[0]] && !lists.callForget[pair] {
		return false
	}
	for w := range tokenize.Words(s[words[0].End:]) {
		word := tokenize.AppendNormalized(a[:0], w.In(s[words[0].End:]))
		if lists.channels[string(word)] || lists.channels[string(withoutClitic(word, "بلو"))] {
			return true // «قناتنا», «بقناتنا», «لقناتنا»
		}
	}
	return false
}

// publisherNote reports whether s is one of the publisher's notes that
// sites set at a story's foot: it opens with its source («المصدر:
// وكالات.») or holds two words of publisherNotes one after the other
// («جميع الحقوق محفوظة…», «…ولا يعبر عن وجهة نظر الموقع…»), the first
// after «و» or not; or it is the line a page sets where its readers'
// comments would be, ending with a period, that there are none («لا
// توجد تعليقات.», «لا يوجد تعليقات بعد.»; «ولا توجد تعليقات رسمية…» is
// news) or that asks the reader to be the first («كن أول من يعلق…»). A
// short story took them into a summary of all its sentences. Package
// summarize reads only the last footNotes sentences for them.
func publisherNote(s string) bool {
	notes := leanLists().notes
	var a, b [64]byte
	prev, word := a[:0], b[:0]
	k := 0
	none := false // «لا توجد تعليقات», so far
	for w := range tokenize.Words(s) {
		word = tokenize.AppendNormalized(word[:0], w.In(s))
		if k == 0 && string(word) == "المصدر" && strings.HasPrefix(strings.TrimLeft(s[w.End:], " \t\u00a0"), ":") {
			return true
		}
		if k > 0 && notes[[2]string{string(withoutAnd(prev)), string(word)}] {
			return true
		}
		switch k {
		case 0:
			none = string(word) == "لا"
		case 1:
			if string(prev) == "كن" && string(word) == "اول" {
				return true
			}
			none = none && (string(word) == "توجد" || string(word) == "يوجد")
		case 2:
			none = none && string(word) == "تعليقات"
		case 3:
			none = none && string(word) == "بعد"
		}
		prev, word = word, prev
		k++
	}
	return none && 3 <= k && k <= 4
}

// untagged yields the parts of s between its tags, each with where it
// starts in s: the quotes and colons of a tag («<a href="https://…">») are
// its attributes', no quotation marks and no speaker's colon. A '<' that
// opens no tag (tokenize.TagLen) is text; a text without tags is one part.
func untagged(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		from := 0
		for i, n := nextTag(s, 0); n > 0; i, n = nextTag(s, i+n) {
			if i > from && !yield(from, s[from:i]) {
				return
			}
			from = i + n
		}
		if from < len(s) {
			yield(from, s[from:])
		}
	}
}

// nextTag returns where the first tag of s from byte from on is, and its
// length; 0 when there is none.
func nextTag(s string, from int) (at, size int) {
	for {
		i := strings.IndexByte(s[from:], '<')
		if i < 0 {
			return len(s), 0
		}
		if n := tokenize.TagLen(s[from+i:]); n > 0 {
			return from + i, n
		}
		from += i + 1
	}
}

// endsLikeReaderWord reports whether w's last letter, past diacritics and
// tatweel, is the م of «…كم» ("your") or the ا of «…وا» and «…نا»: every
// reader word ends so, and most words do not, so that only a few are
// normalized.
func endsLikeReaderWord(w string) bool {
	for len(w) > 0 {
		r, size := utf8.DecodeLastRuneInString(w)
		if r != 'ـ' && !unicode.Is(unicode.Mn, r) {
			return r == 'م' || r == 'ا'
		}
		w = w[:len(w)-size]
	}
	return false
}

// listItem reports whether s opens with an item's number or letter: «1-
// …», «3) …», «4. …», «أ) …», «(ب) …», «ج- …». A number has one or two
// digits of any script, then a dash, a closing parenthesis or a period,
// then no digit (which would make it a range, «15-20 كيلومترا», or a
// decimal, «3.5»). A number in parentheses is not one: in text copied from
// a wiki it is a footnote left after the sentence it belongs to («…بن
// عدنان. (2) امه هي…»). A letter is one alone before a parenthesis, or a
// dash and a blank («E-mail» is a word); a letter before a period is an
// abbreviation («د. محمد» is a doctor). An item out of its list is a bare
// clause, whose meaning is in the sentence that announced the list. A dash
// alone marks bullets, which mostly read as facts of their own, so it is
// not an item here.
func listItem(s string) bool {
	s = trimBlank(s)
	open := strings.HasPrefix(s, "(")
	if open {
		s = s[1:]
	}
	digits := 0
	for r, size := utf8.DecodeRuneInString(s); unicode.IsDigit(r); r, size = utf8.DecodeRuneInString(s) {
		s = s[size:]
		if digits++; digits > 2 {
			return false
		}
	}
	letter := false
	if digits > 0 && open {
		return false
	}
	if digits == 0 {
		r, size := utf8.DecodeRuneInString(s)
		if !unicode.IsLetter(r) {
			return false
		}
		s, letter = s[size:], true
	} else {
		s = strings.TrimLeft(s, " \u00a0") // «8 - …»
	}
	mark, size := utf8.DecodeRuneInString(s)
	switch {
	case mark == ')':
	case open:
		return false
	case mark == '-' || mark == '–':
		if after, _ := utf8.DecodeRuneInString(s[size:]); letter && !unicode.IsSpace(after) {
			return false
		}
	case mark == '.' && !letter:
	default:
		return false
	}
	next, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[size:], " \u00a0"))
	return next != utf8.RuneError && !unicode.IsDigit(next)
}

// quotedName reports whether s opens with a short quotation that the
// sentence goes on after: a name in quotation marks, the subject of the
// verb before it («وتشير "أطباء بلا حدود" إلى أن…»), not words it reports.
// Marks written as HTML entities («&quot;», «&laquo;») are the marks.
func quotedName(s string) bool {
	open, size := tokenize.CharAt(s)
	closes := func(r rune) bool { return r == '"' }
	switch open {
	case '«':
		closes = func(r rune) bool { return r == '»' }
	case '“', '”':
		closes = func(r rune) bool { return r == '“' || r == '”' } // set either way (see quotation)
	}
	end, n := closing(s[size:], closes)
	if end < 0 {
		return false
	}
	inner, after := s[size:size+end], s[size+end+n:]
	words := 0
	for range tokenize.Words(inner) {
		if words++; words > 4 {
			return false
		}
	}
	for range tokenize.Words(after) {
		return true // a word follows
	}
	return false
}

// closing returns where the first mark of s outside tags that closes is,
// and its length, or -1: «&quot;» is «"» (tokenize.CharAt).
func closing(s string, closes func(rune) bool) (at, size int) {
	for from, part := range untagged(s) {
		for i := 0; i < len(part); {
			r, n := tokenize.CharAt(part[i:])
			if closes(r) {
				return from + i, n
			}
			i += n
		}
	}
	return -1, 0
}

// colonHeadline reports whether s has a colon within its first 6 words
// (earlyColon) and no verb of saying before it: the shape of a news
// headline that names who speaks or what it is about («وزير الخارجية:
// …», "foreign minister: …"; «وثائق سرية بريطانية: …»), not a quotation
// introduced by a verb («وقال الوزير: "…"»).
func colonHeadline(s string) bool {
	i := earlyColon(s)
	if i < 0 {
		return false
	}
	before := s[:i]
	verbs := leanLists().verbs
	var buf [48]byte
	for w := range tokenize.Words(before) {
		word := tokenize.AppendNormalized(buf[:0], w.In(before))
		if verbs[string(word)] || verbs[string(withoutAnd(word))] {
			return false
		}
	}
	return true
}

// announces reports whether s ends with a colon: what it announces (a
// list, a quotation, the results) is in the sentences after it.
func announces(s string) bool {
	s = strings.TrimRight(s, " \t\u00a0")
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, "：")
}

// quotation reports whether s closes a quotation that it did not open:
// the tail of somebody's words («…خارج مصر".»), whose beginning and
// speaker are in a sentence before it; or opens one that it does not
// close («وقال: "لن نتراجع عن قرارنا.»), whose end is in a sentence after
// it. Guillemets say which way they face. A lone straight quote closes
// when it is glued to the word or the final punctuation before it (not to
// a colon, which opens a quotation) and no letter follows it, and opens
// otherwise; so does a curly one, «“» or «”», whose shape Arabic text
// does not keep to: some writers open with «”», as right-to-left text
// mirrors it, and a program that curls straight quotes (WordPress) gives
// «:”نعم”» for «:"نعم"». A mark written as an HTML entity («&quot;»,
// «&raquo;») is the mark.
func quotation(s string) (opens, closes bool) {
	m := countQuotes(s)
	if m.opened != m.closed {
		return m.opened > m.closed, m.closed > m.opened
	}
	if m.straight%2 == 0 {
		return false, false
	}
	first, size := firstStraight(s)
	before, _ := utf8.DecodeLastRuneInString(s[:first])
	after, _ := tokenize.CharAt(s[first+size:])
	glued := unicode.IsLetter(before) && before != 'ـ' || unicode.IsDigit(before) || strings.ContainsRune(".!?؟…)»”", before)
	closes = first > 0 && glued && !unicode.IsLetter(after) && !unicode.IsDigit(after)
	return !closes, closes
}

// firstStraight returns where the first quote of s that faces both ways
// is, «"», «“» or «”» or an entity for one («&quot;», «&#8221;»), and its
// length; s holds one.
func firstStraight(s string) (at, size int) {
	for from, part := range untagged(s) {
		for i := 0; i < len(part); i++ {
			switch part[i] {
			case '"':
				return from + i, 1
			case 0xE2: // “ U+201C, ” U+201D
				if i+2 < len(part) && part[i+1] == 0x80 && (part[i+2] == 0x9C || part[i+2] == 0x9D) {
					return from + i, 3
				}
			case '&':
				if r, n := tokenize.EntityRune(part[i:]); r == '"' || r == '“' || r == '”' {
					return from + i, n
				}
			}
		}
	}
	return 0, 0
}

// quoteMarks counts the quotation marks of a piece of text: straight and
// curly ones, which face both ways (see quotation), and the guillemets
// that open and close.
type quoteMarks struct{ straight, opened, closed int }

// open reports whether a quotation is open after text with these marks.
func (m quoteMarks) open() bool { return m.straight%2 == 1 || m.opened > m.closed }

func (m quoteMarks) add(o quoteMarks) quoteMarks {
	return quoteMarks{m.straight + o.straight, m.opened + o.opened, m.closed + o.closed}
}

// countQuotes counts the quotation marks of s outside its tags (see
// untagged), those written as HTML entities too. It runs for each sentence a summary weighs: the entities
// are looked for only in a text with '&', so that the byte scan of
// countMarks stays as tight as it is without them (with a case for '&'
// in it, it cost 2,800 instructions a Summarize of the sample).
func countQuotes(s string) quoteMarks {
	if strings.IndexByte(s, '<') < 0 {
		return countPart(s) // most sentences: no iterator's closure
	}
	var m quoteMarks
	for _, part := range untagged(s) {
		m = m.add(countPart(part))
	}
	return m
}

// countPart counts the quotation marks of s, a text without tags. Most
// sentences hold none: the bytes the marks start with, '"' and the first
// of « » and of “ ”, are looked for first, with searches that cost a
// fraction of countMarks's reading of every byte.
func countPart(s string) quoteMarks {
	var m quoteMarks
	if strings.IndexByte(s, '"') >= 0 || strings.IndexByte(s, 0xC2) >= 0 || strings.IndexByte(s, 0xE2) >= 0 {
		m = countMarks(s)
	}
	if strings.IndexByte(s, '&') >= 0 {
		m = m.add(countEntities(s))
	}
	return m
}

// countEntities counts the quotation marks of s written as HTML entities
// («&quot;», «&laquo;», «&raquo;», «&ldquo;», «&rdquo;»), which a page
// serves; countMarks counts the others.
func countEntities(s string) quoteMarks {
	var m quoteMarks
	for i := strings.IndexByte(s, '&'); i >= 0; {
		r, n := tokenize.EntityRune(s[i:])
		switch r {
		case '"', '“', '”':
			m.straight++
		case '«':
			m.opened++
		case '»':
			m.closed++
		}
		k := strings.IndexByte(s[i+max(n, 1):], '&')
		if k < 0 {
			break
		}
		i += max(n, 1) + k
	}
	return m
}

// countMarks counts the quotation marks of s in one byte scan: in Arabic
// text nearly every byte leads or continues a letter, and only " and the
// lead bytes of « » (C2) and “ ” (E2 80) need a look.
func countMarks(s string) quoteMarks {
	var m quoteMarks
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			m.straight++
		case 0xC2: // « U+00AB, » U+00BB
			if i+1 < len(s) {
				switch s[i+1] {
				case 0xAB:
					m.opened++
				case 0xBB:
					m.closed++
				}
			}
		case 0xE2: // “ U+201C, ” U+201D
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D) {
				m.straight++
			}
		}
	}
	return m
}

// The marks quoteMiddles gives; 0 is a sentence not yet looked at.
const (
	notMiddle uint8 = 1 + iota
	middle
)

// quoteMiddles marks, in marks, the sentences of sents that sit inside a
// quotation which a sentence before them on their line opened and one
// after them closes, with no quotation mark of their own: the middle of
// somebody's words («وقال: "…. كرهت نفسي. …".»), which alone would read
// as the publisher's. The others are marked notMiddle. A line whose
// quotation is still open after its last sentence marks none: its marks
// cannot be trusted to pair. One pass over the sentences' text.
func quoteMiddles(text string, sents []tokenize.Sentence, marks []uint8) {
	var state quoteMarks
	lineFrom := 0 // the first sentence of the current line
	endLine := func(to int) {
		if state.open() {
			for k := lineFrom; k < to; k++ {
				marks[k] = notMiddle
			}
		}
	}
	for i, s := range sents {
		gapFrom := 0
		if i > 0 && s.Line == sents[i-1].Line {
			gapFrom = sents[i-1].End
		} else {
			endLine(i)
			state, lineFrom, gapFrom = quoteMarks{}, i, s.Start
		}
		state = state.add(countQuotes(text[gapFrom:s.Start]))
		own := countQuotes(s.In(text))
		marks[i] = notMiddle
		if state.open() && own == (quoteMarks{}) {
			marks[i] = middle
		}
		state = state.add(own)
	}
	endLine(len(sents))
}
