package summarize_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/evaluate"
)

// TestHostileInput gives one input of each odd class and its defined
// answer: the sentences of the summary, or the error.
// hostileCase is one class of odd input and its defined answer.
type hostileCase struct {
	name string
	text string
	want []string // the summary's sentences, when err is nil
	err  error
}

func TestHostileInput(t *testing.T) {
	const arabic = "وصل الوفد إلى القاهرة صباح الأحد. وبدأت المحادثات بعد الظهر؟"
	winArabic := encoded(t, charmap.Windows1256, arabic)
	utf16Arabic := encoded(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), arabic)
	random := make([]byte, 4096)
	r := rand.New(rand.NewPCG(3, 4))
	for i := range random {
		random[i] = byte(r.Uint32())
	}
	tests := []hostileCase{
		{"empty", "", nil, summarize.ErrNoSentences},
		{"whitespace only", " \t\n\r\n\u00a0\u3000 ", nil, summarize.ErrNoSentences},
		{"only headings", "عنوان أول\n\nعنوان ثان\nعنوان ثالث", nil, summarize.ErrNoSentences},
		{"one sentence", "انعقد المؤتمر في القاهرة.", []string{"انعقد المؤتمر في القاهرة."}, nil},
		{"two identical sentences", "انعقد المؤتمر في القاهرة. انعقد المؤتمر في القاهرة.", []string{"انعقد المؤتمر في القاهرة."}, nil},
		{"500 copies of one sentence", strings.Repeat("انعقد المؤتمر في القاهرة. ", 500), []string{"انعقد المؤتمر في القاهرة."}, nil},
		{"all stop words", "في من على إلى عن. هو هي هم.", []string{"في من على إلى عن.", "هو هي هم."}, nil},
		{"only digits on a short line is a heading", "123 456 789", nil, summarize.ErrNoSentences},
		{"only digits as sentences", "2024. 2025.", []string{"2024.", "2025."}, nil},
		{"only punctuation", "... !!! ؟؟ ،،، «»", nil, summarize.ErrNoSentences},
		{"only diacritics and tatweel", "ًٌٍَُِّْ ـــــ", nil, summarize.ErrNoSentences},
		{"latin only", "The economy grew. Markets rallied on Monday.", []string{"The economy grew.", "Markets rallied on Monday."}, nil},
		{"cyrillic only", "Экономика выросла. Рынки выросли в понедельник.", []string{"Экономика выросла.", "Рынки выросли в понедельник."}, nil},
		{"mixed arabic and english", "أعلنت شركة Apple عن iPhone جديد في California.", []string{"أعلنت شركة Apple عن iPhone جديد في California."}, nil},
		{"persian and urdu letters", "کتابی را خواندم. یہ پہلا جملہ ہے۔", []string{"کتابی را خواندم.", "یہ پہلا جملہ ہے۔"}, nil},
		{"zero-width joiners, bom and bidi controls inside words", "\ufeffالاقت\u200dصاد \u200fينمو\u200e بسرعة.", []string{"الاقت\u200dصاد \u200fينمو\u200e بسرعة."}, nil},
		{"crlf line ends", "وصل الوفد إلى القاهرة.\r\nبدأت المحادثات صباحا.\r\n", []string{"وصل الوفد إلى القاهرة.", "بدأت المحادثات صباحا."}, nil},
		{"lone cr line ends", "وصل الوفد إلى القاهرة.\rبدأت المحادثات صباحا.\r", []string{"وصل الوفد إلى القاهرة.", "بدأت المحادثات صباحا."}, nil},
		{"nul bytes", "جملة\x00 أولى. جملة\x00\x00 ثانية.", []string{"جملة\x00 أولى.", "جملة\x00\x00 ثانية."}, nil},
		{"truncated utf-8", "جملة أولى\xd8. جملة ثانية.", []string{"جملة أولى\xd8.", "جملة ثانية."}, nil},
		{"overlong utf-8", "جملة \xc0\xaf أولى. جملة ثانية.", []string{"جملة \xc0\xaf أولى.", "جملة ثانية."}, nil},
		{"encoded surrogates", "جملة \xed\xa0\x80 أولى. جملة ثانية.", []string{"جملة \xed\xa0\x80 أولى.", "جملة ثانية."}, nil},
		{"arabic-indic and persian digits, decimals and dates", "نما الاقتصاد ٣٫٥ في المئة في ۱۴۰۲. صدر التقرير في ١٢.٥.٢٠٢٤.", []string{"نما الاقتصاد ٣٫٥ في المئة في ۱۴۰۲.", "صدر التقرير في ١٢.٥.٢٠٢٤."}, nil},
		{"urls, e-mails, hashtags and emoji", "التفاصيل على https://example.com/a?b=1. البريد info@example.org #عاجل 🚀.", []string{"التفاصيل على https://example.com/a?b=1.", "البريد info@example.org #عاجل 🚀."}, nil},
		{"quranic marks and presentation forms", "قال ﷺ: ﻻ تغضب. بسم ﷲ الرحمن الرحيم \u06dd.", []string{"قال ﷺ: ﻻ تغضب.", "بسم ﷲ الرحمن الرحيم \u06dd."}, nil},
		// A few bytes that are not UTF-8 are kept (above); a text mostly
		// made of them is in another encoding, or is not text.
		{"Windows-1256", winArabic, nil, summarize.ErrEncoding},
		{"UTF-16", utf16Arabic, nil, summarize.ErrEncoding},
		{"random bytes", string(random), nil, summarize.ErrEncoding},
		{"UTF-8 read as Windows-1252", decoded(t, charmap.Windows1252, arabic), nil, summarize.ErrEncoding},
		{"UTF-8 read as Windows-1256", decoded(t, charmap.Windows1256, arabic), nil, summarize.ErrEncoding},
		// Encoded twice: the Arabic is all escapes, no letter comes through.
		{"HTML numeric references", evaluate.AsReferences(arabic), nil, summarize.ErrEscaped},
		{"JSON escaped twice", strconv.QuoteToASCII(arabic), nil, summarize.ErrEscaped},
		// Subtitles: their numbers and times are no words, their lines no
		// sentences; tokenize.Subtitles takes the spoken text out.
		{"SubRip subtitles", "1\n00:00:01,000 --> 00:00:04,200\nافتتح الوزير المعرض\n\n2\n00:00:04,300 --> 00:00:08,900\nأمس وحضره ألف زائر.\n", nil, summarize.ErrSubtitles},
		{"WebVTT subtitles", "WEBVTT\n\n00:01.000 --> 00:04.200\nافتتح الوزير المعرض أمس.\n", nil, summarize.ErrSubtitles},
		// JSON: its keys and quotes are no words; tokenize.Articles
		// takes the article out.
		{"a JSON record", `{"title":"المعرض","text":"افتتح الوزير المعرض أمس."}`, nil, summarize.ErrJSON},
		{"JSON Lines", "{\"text\":\"افتتح الوزير المعرض.\"}\n{\"text\":\"وحضره ألف زائر.\"}\n", nil, summarize.ErrJSON},
		{"a JSON list cut off", `[{"text":"افتتح الوزير المعرض أمس.`, nil, summarize.ErrJSON},
		{"an empty JSON object", "{}", nil, summarize.ErrJSON},
		{"a PDF", "%PDF-1.4\n1 0 obj << >> endobj\nBT (افتتح الوزير المعرض أمس.) Tj ET\n%%EOF\n", nil, summarize.ErrDocument},
		{"a file compressed with gzip", "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x01\x04\x00\xfb\xffنص\x00", nil, summarize.ErrDocument},
		{"a file compressed with bzip2", "BZh91AY&SY\x77\x15\x54\x21\x00\x00\x22\xd9", nil, summarize.ErrDocument},
		{"text that opens as bzip2's header but for its magic number", "BZh9 افتتح الوزير المعرض أمس.", []string{"BZh9 افتتح الوزير المعرض أمس."}, nil},
		{"a ZIP archive's signature before text", "PK\x03\x04افتتح الوزير المعرض أمس.", []string{"PK\x03\x04افتتح الوزير المعرض أمس."}, nil},
		{"an RSS feed", `<?xml version="1.0"?><rss version="2.0"><channel><title>شبكة</title><item><title>المعرض</title><link>https://example.com/?p=1</link><description>افتتح الوزير المعرض أمس.</description></item></channel></rss>`, nil, summarize.ErrFeed},
		{"an Atom feed cut off", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>المعرض</title><content>افتتح الوزير`, nil, summarize.ErrFeed},
		{"a corpus file of LDC's Gigaword", "<DOC id=\"AFP_ARB_20240312.0001\" type=\"story\" >\n<HEADLINE>\nالمعرض\n</HEADLINE>\n<TEXT>\n<P>\nافتتح الوزير\nالمعرض أمس.\n</P>\n</TEXT>\n</DOC>\n", nil, summarize.ErrFeed},
		{"WikiExtractor's output", "<doc id=\"7\" url=\"https://ar.wikipedia.org/wiki?curid=7\" title=\"المعرض\">\nالمعرض\n\nافتتح الوزير المعرض أمس.\n</doc>\n", nil, summarize.ErrFeed},
		{"Common Crawl's WET file", "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/a\r\nContent-Length: 52\r\n\r\nالمعرض\nافتتح الوزير المعرض أمس.\r\n\r\n", nil, summarize.ErrFeed},
		{"a crawl's WARC file, a picture's bytes in it", "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/a.jpg\r\nContent-Length: 4045\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n" + strings.Repeat("\xff\xd8\x00\x9c", 1000) + "\r\n\r\n", nil, summarize.ErrFeed},
		{"an XML page is no feed", `<?xml version="1.0"?><html><body><p>افتتح الوزير المعرض أمس.</p></body></html>`, []string{"افتتح الوزير المعرض أمس."}, nil},
		{"a JSON list of numbers", "[1, 2, 3]", nil, summarize.ErrJSON},
		{"a table in CSV", "id,title,text\n1,المعرض,افتتح الوزير المعرض أمس.\n", nil, summarize.ErrCSV},
		{"a table in CSV cut off in a quoted text", "title,text\nالمعرض,\"افتتح الوزير المعرض أمس.\nوحضره", nil, summarize.ErrCSV},
		{"a JSON string alone is text", `"افتتح الوزير المعرض أمس."`, []string{`"افتتح الوزير المعرض أمس."`}, nil},
		{"a text opening with a tag in brackets", "[عاجل] افتتح الوزير المعرض أمس.", []string{"[عاجل] افتتح الوزير المعرض أمس."}, nil},
		// A PDF's text as an extractor that does not reorder right-to-left
		// lines gives it: glyphs in presentation forms, left to right.
		{"visual order, from a PDF", ".ﺔﻴﻤﻨﺘﻠﻟ ﺓﺪﻳﺪﺠﻟﺍ ﺔﻣﻮﻜﺤﻟﺍ ﺔﻄﺧ ﻦﻴﺘﻋﺎﺳ ﻯﺪﻣ ﻰﻠﻋ ﺖﺸﻗﺎﻧﻭ .ﺔﻤﻳﺪﻘﻟﺍ ﺔﻨﻳﺪﻤﻟﺍ ﻲﻓ ﻰﻟﻭﻷﺍ ﺎﻬﺘﺴﻠﺟ ﺔﻴﻨﻃﻮﻟﺍ ﺔﻨﺠﻠﻟﺍ ﺕﺪﻘﻋ", nil, summarize.ErrVisualOrder},
		{"html left in the text", "<p>افتتح المعرض أمس.</p>\n<p>وحضره الوزير &amp; الضيوف.</p>", []string{"افتتح المعرض أمس.", "وحضره الوزير &amp; الضيوف."}, nil},
		{"a page cut off inside a tag", "<p class=\"lead\" افتتح المعرض أمس. وحضره الوزير.", []string{"<p class=\"lead\" افتتح المعرض أمس.", "وحضره الوزير."}, nil},
		{"markdown", "# افتتاح معرض الكتاب الدولي في العاصمة بمشاركة أكثر من ألف ناشر من عشرين بلدا\n\n> افتتح **الوزير** المعرض أمس.\n\n## ماذا بعد؟\n* وحضره [الضيوف](https://example.com).", []string{"افتتح **الوزير** المعرض أمس.", "وحضره [الضيوف](https://example.com)."}, nil},
		{"a Hugo content file", "---\ntitle: \"افتتاح معرض الكتاب\"\ncategories:\n  - ثقافة\n---\n{{< figure src=\"/a.jpg\" caption=\"الوزير في المعرض. تصوير: رويترز\" >}}\n**افتتح الوزير المعرض أمس.** وحضره ثلاثمئة ناشر.", []string{"افتتح الوزير المعرض أمس.", "وحضره ثلاثمئة ناشر."}, nil},
	}
	if !testing.Short() {
		line := strings.Repeat("كلمة ", 1_111_112) // 10 MB, no punctuation
		letters := strings.Repeat("ا. ", 1_000_000)
		// 27,000 different sentences made only of stop words: they share
		// their (empty) terms, and telling them apart must stay linear.
		stops := []string{"في", "من", "على", "إلى", "عن", "مع", "هذا", "هذه", "ذلك", "التي", "الذي", "كان", "قد", "لا", "ما", "لم", "لن", "هو", "هي", "هم", "نحن", "أنا", "أنت", "كل", "بعض", "حتى", "إذا", "ثم", "أو", "بل"}
		var many strings.Builder
		for _, a := range stops {
			for _, b := range stops {
				for _, c := range stops {
					many.WriteString(a + " " + b + " " + c + ". ")
				}
			}
		}
		// 100,000 lines that share their words but for a number of their
		// own: the document's centroid holds every number, and weighing
		// each line against it must stay linear (see rank.Lookup).
		const softLine = "أعلن وزير المالية يوم الأحد عن خطة اقتصادية جديدة لدعم الشركات"
		var numbered strings.Builder
		for k := range 100_000 {
			fmt.Fprintf(&numbered, "ارتفع المؤشر في الجلسة رقم %d.\n", k)
		}
		// Custom elements, each of a name of its own, that never close:
		// each name is looked for once, and the looking stops at twice
		// the text (see tokenize's asides).
		var customAds strings.Builder
		for k := range 100_000 {
			fmt.Fprintf(&customAds, "<ad-%d class=ad>", k)
		}
		tests = append(tests, []hostileCase{
			// 1.1 million words without punctuation, one unit of more than
			// tokenize.MaxSentenceWords, are cut into pieces of 30 words, the
			// same every one: one comes.
			{"a 10 MB line with no punctuation", line, []string{strings.TrimSpace(strings.Repeat("كلمة ", 30))}, nil},
			// A letter and a period is an abbreviation (د. م.), so the million
			// letters are one unit, cut into pieces: 33,332 of 30 words, the
			// same, and a last of 40.
			{"a million one-letter sentences", letters, []string{strings.TrimSpace(strings.Repeat("ا. ", 30)), strings.TrimSpace(strings.Repeat("ا. ", 40))}, nil},
			{"27,000 different sentences of stop words only", many.String(), []string{"في في في.", "في في من.", "في في على."}, nil},
			// The lines differ in their numbers alone: one of them comes,
			// and every other is weighed against it and passed over.
			{"100,000 lines, each with a number of its own", numbered.String(), []string{"ارتفع المؤشر في الجلسة رقم 0."}, nil},
			// Tags that never close, and a heading's end tag that never
			// comes: each is looked for once, not at every '<'.
			{"300,000 tags that never close", "افتتح الوزير المعرض " + strings.Repeat("</ ", 300_000) + "نص.", []string{"افتتح الوزير المعرض " + strings.Repeat("</ ", 300_000) + "نص."}, nil},
			// Braces, comments, images and scripts that never close are
			// text; looked for once, not to the text's end from each of
			// them. An exclamation mark that opens no image ends its sentence.
			{"300,000 templates that never close", "افتتح الوزير المعرض " + strings.Repeat("{{ {% ", 300_000) + "نص.", []string{"افتتح الوزير المعرض " + strings.Repeat("{{ {% ", 300_000) + "نص."}, nil},
			{"300,000 comments that never close", "افتتح الوزير المعرض " + strings.Repeat("<!-- ", 300_000) + "نص.", []string{"افتتح الوزير المعرض " + strings.Repeat("<!-- ", 300_000) + "نص."}, nil},
			{"300,000 images whose address never closes", "افتتح الوزير المعرض " + strings.Repeat("![ا](( ", 300_000) + "نص.", []string{"افتتح الوزير المعرض !", "[ا](( !", "[ا](( نص."}, nil},
			{"300,000 script tags that never close", strings.Repeat("<script> ", 300_000) + "\nنص الخبر هنا.", []string{"نص الخبر هنا."}, nil},
			{"300,000 scripts with end tags that never end", strings.Repeat("<script></script ", 300_000) + "\nنص الخبر هنا.", []string{"نص الخبر هنا."}, nil},
			{"a menu of 100,000 links on one line", strings.Repeat("[قسم](https://example.com/a) | ", 100_000) + "\nنص الخبر هنا.", []string{"نص الخبر هنا."}, nil},
			{"an HTML menu of 100,000 links on one line", strings.Repeat(`<li><a href="/a">قسم</a></li> `, 100_000) + "\nنص الخبر هنا.", []string{"نص الخبر هنا."}, nil},
			{"300,000 HTML anchors that never close", strings.Repeat("<a>", 300_000) + "\nنص الخبر هنا.", []string{"نص الخبر هنا."}, nil},
			// Two dots before a letter are a pause when words come before
			// them in the sentence: the sentence is read for words once,
			// not up to each of its pauses again (past '>'s, a '<' or a
			// template that never closes).
			{"a line of 300,000 pauses after tags' ends", "افتتح الوزير المعرض " + strings.Repeat("..ا> ", 300_000) + "نص.", []string{"افتتح الوزير المعرض " + strings.Repeat("..ا> ", 26) + "..ا", strings.Repeat("..ا> ", 29) + "..ا", strings.Repeat("..ا> ", 33) + "نص."}, nil},
			{"a line of 300,000 pauses after a tag that never closes", "<a افتتح الوزير المعرض " + strings.Repeat("..ا ", 300_000) + "نص.", []string{"<a افتتح الوزير المعرض " + strings.Repeat("..ا ", 26) + "..", "ا " + strings.Repeat("..ا ", 29) + "..", "ا " + strings.Repeat("..ا ", 33) + "نص."}, nil},
			{"a line of 300,000 pauses after a template that never closes", "{{ افتتح الوزير المعرض " + strings.Repeat("..ا ", 300_000) + "نص.", []string{"{{ افتتح الوزير المعرض " + strings.Repeat("..ا ", 27) + "..", "ا " + strings.Repeat("..ا ", 29) + "..", "ا " + strings.Repeat("..ا ", 32) + "نص."}, nil},
			// A period inside brackets that close later on the line ends no
			// sentence when the aside is short (see tokenize's brackets):
			// each closer is looked for once, not from every period, and
			// the words up to it are counted no further than an aside may
			// hold.
			{"a line of 300,000 sentences in one aside", "(" + strings.Repeat("افتتح الوزير المعرض. ", 300_000) + ")", []string{"(افتتح الوزير المعرض."}, nil},
			{"a line of 300,000 asides that close at its end", strings.Repeat("(افتتح الوزير المعرض. ", 300_000) + strings.Repeat(")", 300_000), []string{"(افتتح الوزير المعرض."}, nil},
			// A quoted question with a word after it goes on (see tokenize's
			// quotedTitle): the one sentence, of 600,001 words, is cut into
			// pieces, and its quotation's opening mark is looked for back
			// from each question no further than the one before.
			{"a line of 300,000 quoted questions", strings.Repeat("«ماذا؟» قال ", 300_000) + "نص.", []string{strings.Repeat("«ماذا؟» قال ", 14) + "«ماذا؟»", strings.TrimSpace(strings.Repeat("قال «ماذا؟» ", 15)), strings.Repeat("قال «ماذا؟» ", 15) + "قال نص."}, nil},
			// A comma after a question goes on past a page's tags (see
			// tokenize's goesOn): each question's look ahead stops at the
			// comma, so the one sentence costs linear time.
			{"a line of 300,000 questions, each a tag and a comma after it", strings.Repeat("لماذا؟<b></b> ، ", 300_000) + "نص.", []string{strings.Repeat("لماذا؟<b></b> ، ", 29) + "لماذا؟", strings.Repeat("لماذا؟<b></b> ، ", 30) + "نص."}, nil},
			// A period after a single letter is an abbreviation's; a
			// sentence that opens with a tag is read back for a list item's
			// number («<p>1. ») only near its start, not from its start at
			// each period.
			{"a million abbreviations after a tag that never closes", "<a افتتح الوزير المعرض " + strings.Repeat("د. ", 1_000_000) + "نص.", []string{"<a افتتح الوزير المعرض " + strings.TrimSpace(strings.Repeat("د. ", 26)), strings.TrimSpace(strings.Repeat("د. ", 30)), strings.Repeat("د. ", 14) + "نص."}, nil},
			// A post hard-wrapped with <br>s: the lines are looked for a
			// width once, and each <br> and the break after it once.
			{"a post of 100,000 lines hard-wrapped with <br />s", "<p>" + strings.Repeat(softLine+"<br />\n", 100_000) + "نص.</p>", []string{softLine + "<br />\n" + softLine + "<br />\n" + "أعلن وزير المالية يوم الأحد عن خطة اقتصادية"}, nil},
			{"an HTML document of 100,000 lines hard-wrapped with <br>s", "<!DOCTYPE html><p>" + strings.Repeat(softLine+"<br>", 100_000) + "نص.</p>", []string{softLine + "<br>" + softLine + "<br>" + "أعلن وزير المالية يوم الأحد عن خطة اقتصادية"}, nil},
			// Each block's tag ends a line: 300,000 of them are as many
			// breaks, and a one-word item between two is a heading.
			{"300,000 paragraph tags before a sentence", strings.Repeat("<p>", 300_000) + "نص الخبر هنا.", []string{"نص الخبر هنا."}, nil},
			{"300,000 list items of one word on one line", strings.Repeat("<li>كلمة</li>", 300_000) + "\nنص الخبر هنا.", []string{"نص الخبر هنا."}, nil},
			{"a line of 300,000 HTML entities", strings.Repeat("&nbsp;&quot;&", 300_000) + "\nنص الخبر هنا.", []string{"نص الخبر هنا."}, nil},
			{"a template nested 100,000 deep around a sentence", strings.Repeat("{{", 100_000) + "قال الوزير. " + strings.Repeat("}}", 100_000) + "\nنص الخبر هنا.", []string{"نص الخبر هنا."}, nil},
			// A marked headline of any length with separators in it: the
			// headline is looked for among the parts at a few of them.
			{"a headline of 200,000 separators", "# " + strings.Repeat("ا | ", 200_000) + "\n## ا | ا\nنص الخبر هنا.", []string{"نص الخبر هنا."}, nil},
			{"SubRip subtitles of 200,000 cues", strings.Repeat("1\n00:00:01,000 --> 00:00:02,000\nنص الخبر هنا.\n\n", 200_000), nil, summarize.ErrSubtitles},
			// A cue's tags and position codes that never close are text,
			// looked for once, not to the line's end from each of them.
			{"a cue's line of 1,500,000 tags that never close", "1\n00:00:01,000 --> 00:00:02,000\n" + strings.Repeat("<a", 1_500_000) + "\n", nil, summarize.ErrSubtitles},
			{"a cue's line of 1,500,000 position codes that never close", "1\n00:00:01,000 --> 00:00:02,000\n" + strings.Repeat("{\\", 1_500_000) + "\n", nil, summarize.ErrSubtitles},
			{"TTML subtitles of 200,000 cues", `<tt xmlns="http://www.w3.org/ns/ttml"><body><div>` + strings.Repeat(`<p begin="00:00:01.000" end="00:00:02.000">نص الخبر<br/>هنا.</p>`, 200_000) + "</div></body></tt>", nil, summarize.ErrSubtitles},
			{"TTML subtitles of 300,000 prefixed bodies' names", `<tt xmlns="http://www.w3.org/ns/ttml">` + strings.Repeat("abc:body ", 300_000), nil, summarize.ErrSubtitles},
			{"TTML subtitles of 300,000 comments, CDATA and tags that never close", `<tt xmlns="http://www.w3.org/ns/ttml"><body><p>` + strings.Repeat("<!-- <![CDATA[ <p ", 300_000), nil, summarize.ErrSubtitles},
			{"YouTube's timed text of 200,000 cues", `<?xml version="1.0" encoding="utf-8" ?><transcript>` + strings.Repeat(`<text start="1.0" dur="2.0">نص &amp;amp;#39;الخبر&amp;#39;`+"\n"+`هنا.</text>`, 200_000) + "</transcript>", nil, summarize.ErrSubtitles},
			{"an RSS feed of 100,000 items", `<rss version="2.0"><channel>` + strings.Repeat(`<item><title>ع</title><link>https://example.com/</link><description><![CDATA[<p>نص الخبر هنا.</p>]]></description></item>`, 100_000) + `</channel></rss>`, nil, summarize.ErrFeed},
			{"a corpus file of 200,000 documents", strings.Repeat("<DOC id=\"a\" type=\"story\" >\n<HEADLINE>\nع\n</HEADLINE>\n<TEXT>\n<P>\nنص الخبر هنا.\n</P>\n</TEXT>\n</DOC>\n", 200_000), nil, summarize.ErrFeed},
			{"a corpus file of 1,000,000 '<'s", "<DOC><TEXT><P>" + strings.Repeat("<", 1_000_000), nil, summarize.ErrFeed},
			{"a JSON list of 200,000 records", "[" + strings.Repeat(`{"title":"ع","text":"نص الخبر هنا."},`, 200_000) + "{}]", nil, summarize.ErrJSON},
			{"JSON Lines of 200,000 records, the last cut off", strings.Repeat(`{"title":"ع","text":"نص الخبر هنا."}`+"\n", 200_000) + `{"text":"نص`, nil, summarize.ErrJSON},
			{"32,000 links that never close on their line, and one that does", strings.Repeat("[[", 32_000) + "\n[[ع]]\n" + strings.Repeat("\n", 40_000) + "]]", nil, summarize.ErrNoSentences},
			{"a wiki page's markup of 200,000 links and templates", "'''ع''' " + strings.Repeat("[[نص]] {{قالب}} ", 200_000), nil, summarize.ErrWikitext},
			{"a table in CSV of 200,000 rows", "id,title,text\n" + strings.Repeat("1,ع,\"نص الخبر، هنا.\"\n", 200_000), nil, summarize.ErrCSV},
			{"a table in CSV whose text column is one field of 1,000,000 quotes", "title,text\nع,\"" + strings.Repeat(`""`, 1_000_000) + "\"\n", nil, summarize.ErrCSV},
			{"a JSON list 20,000 deep, past what a JSON reader takes", strings.Repeat("[", 20_000) + "1" + strings.Repeat("]", 20_000), nil, summarize.ErrNoSentences},
			{"a line of 1,000,000 brackets before a story", strings.Repeat("[ ", 1_000_000) + "\nافتتح الوزير المعرض أمس.", []string{"افتتح الوزير المعرض أمس."}, nil},
			{"ASS subtitles of 200,000 events, out of order", "[Script Info]\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n" + strings.Repeat("Dialogue: 0,0:00:09.00,0:00:10.00,Default,,0,0,0,,{\\i1}نص{\\i0} الخبر\\Nهنا.\nDialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,{\\p1}m 0 0 l 1 1{\\p0}\n", 200_000), nil, summarize.ErrSubtitles},
			{"an ASS event of 1,000,000 override blocks that never close", "[Script Info]\n\n[Events]\nDialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,," + strings.Repeat("{\\p1", 1_000_000) + "\n", nil, summarize.ErrSubtitles},
			{"an ASS Format of 1,000,000 fields", "[Script Info]\n\n[Events]\nFormat: " + strings.Repeat("Start,", 1_000_000) + "Text\n" + strings.Repeat("Dialogue: 0,0:00:01.00,نص.\n", 1000), nil, summarize.ErrSubtitles},
			{"SubRip subtitles of 200,000 cues with old Macs' line breaks", strings.Repeat("1\r00:00:01,000 --> 00:00:02,000\rنص الخبر هنا.\r\r", 200_000), nil, summarize.ErrSubtitles},
			// An HTML document's articles are found and weighed in one
			// pass, however many and however deep.
			{"an HTML document of 100,000 empty articles", "<!DOCTYPE html>" + strings.Repeat("<article></article>", 100_000) + "\n<p>نص الخبر هنا.</p>", []string{"نص الخبر هنا."}, nil},
			{"an HTML document's article nested 100,000 deep", "<!DOCTYPE html><p>قائمة.</p>" + strings.Repeat("<article>", 100_000) + "<p>نص الخبر هنا وحضره الوزير.</p>" + strings.Repeat("</article>", 100_000), []string{"نص الخبر هنا وحضره الوزير."}, nil},
			{"an HTML document of 100,000 share bars that never close", "<!DOCTYPE html>" + strings.Repeat("<div class=share>", 100_000) + "<p>نص الخبر هنا.</p>", []string{"نص الخبر هنا."}, nil},
			{"an HTML document's advertisement nested 100,000 deep", "<!DOCTYPE html><p>نص الخبر هنا وحضره الوزير.</p>" + strings.Repeat("<div class=ad>", 100_000) + "<p>إعلان.</p>" + strings.Repeat("</div>", 100_000), []string{"نص الخبر هنا وحضره الوزير."}, nil},
			{"an HTML document's 100,000 custom elements named by class as ads, each of its own name, that never close", "<!DOCTYPE html><p>نص الخبر هنا وحضره الوزير.</p>" + customAds.String(), []string{"نص الخبر هنا وحضره الوزير."}, nil},
			{"an HTML document's 200,000 icons named by class as a share bar's", "<!DOCTYPE html><p>نص الخبر هنا وحضره الوزير.</p>" + strings.Repeat("<img class=share-icon src=x.svg>", 200_000), []string{"نص الخبر هنا وحضره الوزير."}, nil},
			// Whether the lines under a box's title run to the text's foot
			// as a box's headlines is found once, not from each title on.
			{"100,000 boxes of a title and a headline, each under a blank line, and a paragraph at the foot", strings.Repeat("اقرأ أيضا\nهل تنجح الخطة؟\n \n", 100_000) + "وقال الوزير إن الحكومة ستطرح مناقصات للشركات المحلية والأجنبية في الربع الأول من العام المقبل وإن فرقا متنقلة ستزور المدارس ودور الرعاية في المحافظات كلها.", []string{"وقال الوزير إن الحكومة ستطرح مناقصات للشركات المحلية والأجنبية في الربع الأول من العام المقبل وإن فرقا متنقلة ستزور المدارس ودور الرعاية في المحافظات كلها."}, nil},
			{"100,000 boxes' titles, each over a short line of the story, and a paragraph at the foot", strings.Repeat("اقرأ أيضا\nخبر قصير عن الطقس.\n", 100_000) + "وقال الوزير إن الحكومة ستطرح مناقصات للشركات المحلية والأجنبية في الربع الأول من العام المقبل وإن فرقا متنقلة ستزور المدارس ودور الرعاية في المحافظات كلها.", []string{"خبر قصير عن الطقس.", "وقال الوزير إن الحكومة ستطرح مناقصات للشركات المحلية والأجنبية في الربع الأول من العام المقبل وإن فرقا متنقلة ستزور المدارس ودور الرعاية في المحافظات كلها."}, nil},
			{"300,000 lines of when a story was published, before it", strings.Repeat("نشر في: الأحد 12 مارس 2023 - 10:30 ص\n", 300_000) + "نص الخبر هنا وحضره الوزير.", []string{"نص الخبر هنا وحضره الوزير."}, nil},
			{"300,000 WordPress captions that never close, after the story", "نص الخبر هنا وحضره الوزير.\n" + strings.Repeat("[caption id=\"a\"]", 300_000), []string{"نص الخبر هنا وحضره الوزير."}, nil},
			{"an HTML document's story in 100,000 nested advertisement boxes", "<!DOCTYPE html>" + strings.Repeat("<div class=ad>", 100_000) + "<p>نص الخبر هنا وحضره الوزير.</p>" + strings.Repeat("</div>", 100_000), []string{"نص الخبر هنا وحضره الوزير."}, nil},
			{"a heading of 200,000 words and 100,000 end tags that are not its own", "# " + strings.Repeat("كلمة ", 200_000) + "\n<h1>" + strings.Repeat("</x", 100_000) + "\nنص الخبر هنا.", []string{"نص الخبر هنا."}, nil},
		}...)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := summarize.Summarizer{MaxSentences: 3}
			sum, err := s.Summarize(tt.text)
			if tt.err != nil {
				require.Error(t, err)
				assert.ErrorIs(t, err, tt.err)
				if errors.Is(tt.err, summarize.ErrNoSentences) {
					assert.NoError(t, s.Check(tt.text), "Check does not look for sentences")
				} else {
					assert.Equal(t, err, s.Check(tt.text), "Check refuses as Summarize does")
				}
				return
			}
			assert.NoError(t, s.Check(tt.text))
			require.NoError(t, err)
			var got []string
			for _, x := range sum.Sentences {
				assert.Equal(t, tt.text[x.Start:x.End], x.Text, "byte-exact span")
				got = append(got, x.Text)
			}
			assert.Equal(t, tt.want, got, "%+q", tt.text)
		})
	}
}
