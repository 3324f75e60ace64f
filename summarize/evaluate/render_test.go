package evaluate_test

import (
	"archive/zip"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/mail"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/evaluate"
	"github.com/talkhis/talkhis/tokenize"
)

func TestRenderHTML(t *testing.T) {
	text := "افتتاح المعرض\nافتتح الوزير المعرض أمس. وقال إن \"الزوار\" كثر.\nشارك ألف ناشر < 5 منهم & أجانب.\nوغادر الوزير بعد ساعة.\nوعاد مساء."
	got := evaluate.RenderHTML(text)
	assert.NotContains(t, got, "\n", "one line")
	assert.True(t, strings.HasPrefix(got, `<ul class="menu"><li><a href="/">الرئيسية</a></li>`), got)
	assert.True(t, strings.HasSuffix(got, "</ul>"+
		"<h2>افتتاح المعرض</h2>"+
		"<p>افتتح&nbsp;الوزير المعرض أمس. وقال إن &quot;الزوار&quot; كثر.</p>"+
		"<p>شارك&nbsp;ألف ناشر &lt; 5 منهم &amp; أجانب.</p>"+
		"<p>وغادر&nbsp;الوزير بعد ساعة.</p><p>&nbsp;</p>"+
		"<p>وعاد&nbsp;مساء.</p>"), got)
}

func TestRenderWordPress(t *testing.T) {
	text := "افتتاح المعرض\nقال الوزير \"انتهى الأمر...\" ثم غادر.\nشارك ألف ناشر & مئة كاتب في 'المعرض'.\n(\"عاد\") \"الآن\"."
	assert.Equal(t, "<h2>افتتاح المعرض</h2>\n"+
		"<p>قال الوزير &#8220;انتهى الأمر&#8230;&#8221; ثم غادر.</p>\n"+
		"<p>شارك ألف <a href=\"https://example.com/?p=3\">ناشر</a> &#038; مئة كاتب في &#8217;المعرض&#8217;.</p>\n"+
		"<p>(&#8220;عاد&#8221;) &#8220;الآن&#8221;.</p>\n", evaluate.RenderWordPress(text))
}

func TestRenderPage(t *testing.T) {
	text := "افتتاح المعرض\nافتتح الوزير المعرض أمس. وقال إن \"الزوار\" كثر.\nوغادر."
	got := evaluate.RenderPage(text)
	assert.True(t, strings.HasPrefix(got, "<!DOCTYPE html>\n"), got)
	assert.Contains(t, got, "<main>\n<article>\n<h2>افتتاح المعرض</h2>\n<div class=\"post-date\"><time datetime=")
	assert.Contains(t, got, "11:00 ص</div>\n<p>افتتح الوزير المعرض أمس. وقال إن &#34;الزوار&#34; كثر.</p>\n<p>وغادر.</p>\n</article>\n<aside")
	assert.Contains(t, got, "نستخدم ملفات تعريف الارتباط")
	assert.True(t, strings.HasSuffix(got, "</footer>\n</body>\n</html>\n"), got)
}

func TestRenderDivPage(t *testing.T) {
	text := "افتتاح المعرض\nافتتح الوزير المعرض أمس.\nوغادر."
	got := evaluate.RenderDivPage(text)
	assert.True(t, strings.HasPrefix(got, "<!DOCTYPE html>\n"), got)
	assert.NotContains(t, got, "<article")
	assert.NotContains(t, got, "<main")
	assert.Contains(t, got, "<img class=\"social-icon\"")
	assert.Contains(t, got, "<div class=\"story-body\">\n<h2>افتتاح المعرض</h2>\n<p>افتتح الوزير المعرض أمس.</p>\n<div id=\"attachment_7\" class=\"wp-caption aligncenter\">")
	assert.Contains(t, got, "</p></div>\n<div class=\"share-tools\">")
	assert.Contains(t, got, "</span></div>\n<p>وغادر.</p>\n<p>اقرأ أيضاً.. <a href=\"/a4\">")
	assert.Contains(t, got, "</a></p>\n<div id=\"newsletter\">")
	assert.True(t, strings.HasSuffix(got, "</div>\n</body>\n</html>\n"), got)
}

func TestRenderWordPressSource(t *testing.T) {
	text := "افتتاح المعرض\nافتتح الوزير المعرض أمس. وقال إن \"الزوار\" كثر & إن عددهم ألف.\nوغادر.\nوعاد."
	got := evaluate.RenderWordPressSource(text)
	assert.True(t, strings.HasPrefix(got, "<h2>افتتاح المعرض</h2>\n\nافتتح الوزير المعرض أمس. وقال إن \"الزوار\" كثر &amp; إن عددهم ألف.\n\n[caption id="), got)
	assert.Contains(t, got, "[/caption]\n\nوغادر.\n\n[embed]https://")
	assert.True(t, strings.HasSuffix(got, "[/embed]\n\nوعاد.\n\n"), got)
	assert.NotContains(t, got, "<p>")
}

func TestRenderWord(t *testing.T) {
	text := "افتتاح المعرض\nافتتح الوزير المعرض أمس وقال إن \"الزوار\" كثر & إن عدد الناشرين بلغ ألفا من عشرين بلدا.\nوغادر."
	got := evaluate.RenderWord(text)
	assert.True(t, strings.HasPrefix(got, "<html xmlns:o="), got)
	assert.True(t, strings.HasSuffix(got, "</div>\r\n\r\n</body>\r\n\r\n</html>\r\n"), got)
	for _, line := range strings.Split(got, "\r\n") {
		if strings.Contains(line, " ") { // a longer word has a line of its own
			assert.LessOrEqual(t, utf8.RuneCountInString(line), 76, "%+q", line)
		}
	}
	assert.Contains(t, got, "<p class=MsoNormal dir=RTL\r\nstyle='text-align:justify;direction:rtl;unicode-bidi:embed'><b><span\r\nlang=AR-SA style='font-size:16.0pt;font-family:\"Arial\",sans-serif'>افتتاح\r\nالمعرض<o:p></o:p></span></b></p>")
	assert.Contains(t, got, "&#34;الزوار&#34; كثر &amp; إن")
	assert.Equal(t, "افتتاح المعرض افتتح الوزير المعرض أمس وقال إن \"الزوار\" كثر & إن عدد الناشرين بلغ ألفا من عشرين بلدا. وغادر.",
		strings.Join(strings.Fields(evaluate.PageText(got[strings.Index(got, "<body"):])), " "))
}

func TestPageText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"tags out, entities read", "<p>افتتح&nbsp;الوزير <b>المعرض</b> &quot;أمس&quot; &amp; اليوم.", `افتتح الوزير المعرض "أمس" & اليوم.`},
		{"plain text as it is", "افتتح الوزير المعرض.", "افتتح الوزير المعرض."},
		{"the source's line breaks and runs of blanks one space", "افتتح الوزير\r\nالمعرض &nbsp; أمس.", "افتتح الوزير المعرض أمس."},
		{"a '<' that no '>' closes stays", "قال <إن", "قال <إن"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, evaluate.PageText(tt.in))
		})
	}
}

// TestRenderTTML: RenderTTML is well-formed XML (encoding/xml reads it to
// its end), with the cues of RenderSRT as <p>s whose lines are joined by
// <br/>, and what XML escapes escaped.
func TestRenderTTML(t *testing.T) {
	text := "افتتاح المعرض\nافتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين العرب والأجانب وممثلي السفارات.\nوغادر <سريعا> & بهدوء."
	got := evaluate.RenderTTML(text)
	assert.True(t, strings.HasPrefix(got, `<?xml version="1.0" encoding="UTF-8"?>`+"\n<tt xmlns=\"http://www.w3.org/ns/ttml\""), got)
	assert.Contains(t, got, `<p begin="00:00:00.000" end="00:00:02.900">افتتح الوزير معرض الكتاب الدولي في العاصمة<br/>أمس بحضور عدد كبير من الناشرين العرب</p>`)
	assert.Contains(t, got, `<p begin="00:00:06.000" end="00:00:08.900">وغادر &lt;سريعا&gt; &amp; بهدوء.</p>`)
	assert.NotContains(t, got, "افتتاح المعرض", "headings are not read out")
	var cues []string
	inP := false
	dec := xml.NewDecoder(strings.NewReader(got))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Local == "p" {
				inP = true
				cues = append(cues, "")
			}
			if tok.Name.Local == "br" {
				cues[len(cues)-1] += "\n"
			}
		case xml.EndElement:
			inP = inP && tok.Name.Local != "p"
		case xml.CharData:
			if inP {
				cues[len(cues)-1] += string(tok)
			}
		}
	}
	assert.Equal(t, []string{"افتتح الوزير معرض الكتاب الدولي في العاصمة\nأمس بحضور عدد كبير من الناشرين العرب", "والأجانب وممثلي السفارات.", "وغادر <سريعا> & بهدوء."}, cues)
}

// TestRenderSAMI: the cues of RenderSRT as SAMI's <SYNC>s, each cleared by
// an &nbsp; cue, their lines joined by <BR>, what HTML escapes escaped,
// under a head of a title and a style sheet.
func TestRenderSAMI(t *testing.T) {
	text := "افتتاح المعرض\nافتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين العرب والأجانب وممثلي السفارات.\nوغادر <سريعا> & بهدوء."
	got := evaluate.RenderSAMI(text)
	assert.True(t, strings.HasPrefix(got, "<SAMI>\r\n<HEAD>\r\n<TITLE>"), got)
	assert.Contains(t, got, "<BODY>\r\n"+
		"<SYNC Start=0><P Class=ARSA>افتتح الوزير معرض الكتاب الدولي في العاصمة<BR>أمس بحضور عدد كبير من الناشرين العرب\r\n"+
		"<SYNC Start=2900><P Class=ARSA>&nbsp;\r\n"+
		"<SYNC Start=3000><P Class=ARSA>والأجانب وممثلي السفارات.\r\n"+
		"<SYNC Start=5900><P Class=ARSA>&nbsp;\r\n"+
		"<SYNC Start=6000><P Class=ARSA>وغادر &lt;سريعا&gt; &amp; بهدوء.\r\n"+
		"<SYNC Start=8900><P Class=ARSA>&nbsp;\r\n"+
		"</BODY>\r\n</SAMI>\r\n")
	assert.NotContains(t, got, "افتتاح المعرض", "headings are not read out")
}

// TestRenderASS: RenderASS writes a script's header and styles, then the
// cues of RenderSRT as Dialogue lines whose screen lines are joined by «\N».
func TestRenderASS(t *testing.T) {
	text := "افتتاح المعرض\nافتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين العرب والأجانب وممثلي السفارات.\nوغادر."
	got := evaluate.RenderASS(text)
	assert.True(t, strings.HasPrefix(got, "[Script Info]\r\n"), got)
	assert.Contains(t, got, "\r\n[Events]\r\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\r\n"+
		"Dialogue: 0,0:00:00.00,0:00:02.90,Default,,0,0,0,,{\\an8}افتتح الوزير معرض الكتاب الدولي في العاصمة\\Nأمس بحضور عدد كبير من الناشرين العرب\r\n"+
		"Dialogue: 0,0:00:03.00,0:00:05.90,Default,,0,0,0,,والأجانب وممثلي السفارات.\r\n"+
		"Dialogue: 0,0:00:06.00,0:00:08.90,Default,,0,0,0,,وغادر.\r\n")
	assert.NotContains(t, got, "افتتاح المعرض", "headings are not read out")
}

// TestRenderSoftBreaks: each paragraph a <p> of lines of 70 characters at
// most, each ending «<br />» and a newline but the last, headings <h2>,
// what HTML escapes escaped.
func TestRenderSoftBreaks(t *testing.T) {
	text := "افتتاح المعرض\nافتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين العرب والأجانب وممثلي السفارات.\nوغادر <سريعا> & بهدوء."
	assert.Equal(t, "<h2>افتتاح المعرض</h2>\n"+
		"<p>افتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من<br />\nالناشرين العرب والأجانب وممثلي السفارات.</p>\n"+
		"<p>وغادر &lt;سريعا&gt; &amp; بهدوء.</p>\n", evaluate.RenderSoftBreaks(text))
}

// TestRenderYouTube: the cues of RenderSRT as <text>s of YouTube's timed
// text, their lines joined by a newline, escaped twice.
func TestRenderYouTube(t *testing.T) {
	text := "افتتاح المعرض\nافتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين العرب والأجانب وممثلي السفارات.\nوقال: \"أهلا\" & 'مرحبا'."
	assert.Equal(t, `<?xml version="1.0" encoding="utf-8" ?><transcript>`+
		`<text start="0.0" dur="2.9">افتتح الوزير معرض الكتاب الدولي في العاصمة`+"\n"+`أمس بحضور عدد كبير من الناشرين العرب</text>`+
		`<text start="3.0" dur="2.9">والأجانب وممثلي السفارات.</text>`+
		`<text start="6.0" dur="2.9">وقال: &amp;quot;أهلا&amp;quot; &amp;amp; &amp;#39;مرحبا&amp;#39;.</text></transcript>`, evaluate.RenderYouTube(text))
}

func TestRenderJSON3(t *testing.T) {
	text := "افتتاح المعرض\nافتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين العرب والأجانب وممثلي السفارات.\nوقال: \"أهلا\" & <مرحبا>."
	got := evaluate.RenderJSON3(text)
	require.True(t, json.Valid([]byte(got)), got)
	assert.True(t, strings.HasPrefix(got, `{"wireMagic":"pb3","pens":[{}],`), got)
	// automatic captions: a word a seg, timed from the event's start, and
	// a line's end an event of its own
	assert.Contains(t, got, `{"tStartMs":0,"dDurationMs":1450,"wWinId":1,"segs":[{"utf8":"افتتح","acAsrConf":0},{"utf8":" الوزير","tOffsetMs":200,"acAsrConf":0},`)
	assert.Contains(t, got, `{"tStartMs":1450,"wWinId":1,"aAppend":1,"segs":[{"utf8":"\n"}]}`)
	assert.Contains(t, got, `{"utf8":" \"أهلا\"","tOffsetMs":200,"acAsrConf":0},{"utf8":" \u0026","tOffsetMs":400,"acAsrConf":0},{"utf8":" \u003cمرحبا\u003e.","tOffsetMs":600,"acAsrConf":0}`)
	assert.NotContains(t, got, "افتتاح المعرض", "headings are not read out")
	sameSpokenAsSRT(t, text, got)
}

// sameSpokenAsSRT asserts that got, text in a subtitle format, is read as
// the same spoken text as text's SubRip.
func sameSpokenAsSRT(t *testing.T, text, got string) {
	t.Helper()
	spoken, ok := tokenize.Subtitles(got)
	require.True(t, ok)
	srt, ok := tokenize.Subtitles(evaluate.RenderSRT(text))
	require.True(t, ok)
	assert.Equal(t, srt, spoken)
}

func TestRenderTranscript(t *testing.T) {
	text := "افتتاح المعرض\nافتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين العرب والأجانب وممثلي السفارات.\nوقال: \"أهلا\" 😀."
	got := evaluate.RenderTranscript(text)
	require.True(t, json.Valid([]byte(got)), got)
	// Python's json.dumps: ASCII only, ", " and ": " between items
	assert.True(t, strings.HasPrefix(got, `[{"text": "\u0627\u0641\u062a\u062a\u062d `), got)
	assert.Contains(t, got, `\n\u0623\u0645\u0633 `)
	assert.Contains(t, got, `", "start": 0.0, "duration": 2.9}, {"text": "`)
	assert.Contains(t, got, `"start": 6.0, "duration": 2.9}]`)
	assert.Contains(t, got, `\"\u0623\u0647\u0644\u0627\" \ud83d\ude00."`)
	for _, r := range got {
		require.Less(t, r, rune(utf8.RuneSelf), "ASCII only")
	}
	sameSpokenAsSRT(t, text, got)
}

func TestRenderSRT(t *testing.T) {
	text := "افتتاح المعرض\nافتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين العرب والأجانب وممثلي السفارات.\nوغادر."
	got := evaluate.RenderSRT(text)
	assert.True(t, strings.HasPrefix(got, "1\r\n00:00:00,000 --> 00:00:02,900\r\nافتتح الوزير معرض الكتاب الدولي في العاصمة\r\nأمس بحضور عدد كبير من الناشرين العرب\r\n\r\n2\r\n00:00:03,000 --> 00:00:05,900\r\n"), got)
	assert.True(t, strings.HasSuffix(got, "\r\n\r\n3\r\n00:00:06,000 --> 00:00:08,900\r\nوغادر.\r\n\r\n"), got)
	assert.NotContains(t, got, "افتتاح المعرض", "headings are not read out")
	for _, line := range strings.Split(got, "\r\n") {
		assert.LessOrEqual(t, utf8.RuneCountInString(line), 42, "%+q", line)
	}
	spoken, ok := tokenize.Subtitles(got)
	require.True(t, ok)
	assert.Equal(t, "افتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين العرب والأجانب وممثلي السفارات. وغادر.", spoken)
}

func TestTitleOnTop(t *testing.T) {
	d := evaluate.Document{ID: "a", Title: "افتتاح المعرض", Text: "افتتح الوزير المعرض أمس.", Summaries: []string{"ب"}}
	assert.Equal(t, evaluate.Document{ID: "a", Text: "افتتاح المعرض\nافتتح الوزير المعرض أمس.", Summaries: []string{"ب"}}, evaluate.TitleOnTop(d))
	d.Title = ""
	assert.Equal(t, d, evaluate.TitleOnTop(d), "no title, nothing to move")
}

func TestPlainText(t *testing.T) {
	lead := "افتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين العرب والأجانب."
	d := evaluate.Document{ID: "a", Title: "افتتاح المعرض", Text: lead + "\n\nوغادر.", Summaries: []string{"ب"}}
	got := evaluate.PlainText(d)
	assert.Equal(t, evaluate.Document{ID: "a", Summaries: []string{"ب"}, Text: "افتتاح المعرض\n" +
		"افتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من\n" +
		"الناشرين العرب والأجانب.\n" +
		"وغادر."}, got)
	for _, line := range strings.Split(got.Text, "\n") {
		assert.LessOrEqual(t, utf8.RuneCountInString(line), 70, "%+q", line)
	}
	d.Title = ""
	assert.True(t, strings.HasPrefix(evaluate.PlainText(d).Text, "افتتح"), "no title, no line for it")
}

// TestStamped: a story as a live blog or a news channel posts it, each
// paragraph opened with a time or a pictograph, and its lead with a flag
// or none; the sentences the library reads are the plain text's.
func TestStamped(t *testing.T) {
	// a lead wider than a hard-wrapped text's lines (tokenize.MaxWrapWidth)
	lead := "افتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين العرب والأجانب الذين جاؤوا من أكثر من عشرين دولة."
	text := lead + "\n\nوغادر الوزير المعرض بعد ساعة.\nوقال الناشرون إن المعرض ناجح."
	d := evaluate.Document{ID: "a", Title: "افتتاح المعرض", Text: text, Summaries: []string{"ب"}}
	got := evaluate.Stamped(d)
	assert.Equal(t, evaluate.Document{ID: "a", Title: "افتتاح المعرض", Summaries: []string{"ب"}, Text: got.Text}, got, "the rest of the document kept")
	assert.Equal(t, got, evaluate.Stamped(d), "the same stamps on every run")
	sentences := func(text string) []string {
		units, _ := tokenize.HeadedSentences(text, d.Title)
		var out []string
		for _, u := range units {
			out = append(out, strings.Join(strings.Fields(u.In(text)), " ")) // a lead wrapped again breaks elsewhere
		}
		return out
	}
	forms, flags := map[string]bool{}, map[bool]bool{}
	for k := range 64 {
		d.ID = strconv.Itoa(k)
		got := evaluate.Stamped(d).Text
		require.NotEqual(t, text, got)
		assert.Equal(t, sentences(text), sentences(got), "%q", got)
		lines := strings.Split(got, "\n")
		require.Len(t, lines, 4)
		assert.Empty(t, lines[1])
		forms[strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' || r >= '٠' && r <= '٩' {
				return '0'
			}
			return r
		}, lines[2][:strings.Index(lines[2], "وغادر")])] = true
		flags[strings.Contains(lines[0], "عاجل") || strings.Contains(lines[0], "خاص") || strings.Contains(lines[0], "حصري")] = true
	}
	assert.Len(t, forms, 7, "the stamps, their figures as 0: %q", forms)
	assert.Len(t, flags, 2, "a flag on some leads and not others")

	// A hard-wrapped text: its lead alone is stamped, wrapped again with
	// the stamp in; the lines after it stay, and the sentences read are
	// the same.
	d.Text = evaluate.PlainText(evaluate.Document{Text: text + "\n" +
		"وأضاف الناشرون أن الإقبال على المعرض هذا العام فاق التوقعات، وأن مبيعات الكتب ارتفعت بنسبة كبيرة مقارنة بالعام الماضي.\n" +
		"ويستمر المعرض عشرة أيام، ويضم برنامجه الثقافي ندوات وأمسيات شعرية وتوقيعات لعدد من الكتاب العرب والأجانب."}).Text
	stamped := evaluate.Stamped(d).Text
	want, got2 := strings.Split(d.Text, "\n"), strings.Split(stamped, "\n")
	require.GreaterOrEqual(t, len(got2), 2)
	assert.NotEqual(t, want[0], got2[0])
	assert.Equal(t, want[len(want)-2:], got2[len(got2)-2:])
	assert.Equal(t, sentences(d.Text), sentences(stamped))
}

// TestCommented: a story as a page shows it with its readers' comments
// under it, below a line that titles, counts or invites them; the story's
// sentences the library reads are the plain text's, and the comments are
// headings (see tokenize.HeadedSentences).
func TestCommented(t *testing.T) {
	text := "افتتح الوزير معرض الكتاب الدولي في العاصمة أمس.\n\nوغادر الوزير المعرض بعد ساعة.\nوقال الناشرون إن المعرض ناجح."
	d := evaluate.Document{ID: "a", Title: "افتتاح المعرض", Text: text, Summaries: []string{"ب"}}
	got := evaluate.Commented(d)
	assert.Equal(t, evaluate.Document{ID: "a", Title: "افتتاح المعرض", Summaries: []string{"ب"}, Text: got.Text}, got, "the rest of the document kept")
	assert.Equal(t, got, evaluate.Commented(d), "the same comments on every run")
	plain, _ := storyOf(text, d.Title)
	forms := map[string]bool{}
	for k := range 64 {
		d.ID = strconv.Itoa(k)
		got := evaluate.Commented(d).Text
		require.True(t, strings.HasPrefix(got, text+"\n\n"), "%q", got)
		sentences, headings := storyOf(got, d.Title)
		assert.Equal(t, plain, sentences, "%q", got)
		require.NotEmpty(t, headings)
		assert.True(t, tokenize.CommentsHeading(headings[0]), "%q", headings[0])
		assert.GreaterOrEqual(t, strings.Count(got[len(text):], "."), 2, "two comments at least: %q", got)
		forms[strings.Trim(headings[0], "0123456789 ")] = true
	}
	assert.GreaterOrEqual(t, len(forms), 7, "the lines over the comments, their counts left out: %q", forms)
}

// TestRelated: a story as a page shows it with a box of other stories'
// headlines, under a line that titles it, between its paragraphs or
// under them; the story's sentences the library reads are the plain
// text's, and the box's lines are headings (see tokenize.HeadedSentences).
func TestRelated(t *testing.T) {
	text := "افتتح الوزير معرض الكتاب الدولي في العاصمة أمس.\n\nوغادر الوزير المعرض بعد ساعة.\nوقال الناشرون إن المعرض ناجح.\nويستمر المعرض عشرة أيام."
	d := evaluate.Document{ID: "a", Title: "افتتاح معرض الكتاب الدولي في العاصمة", Text: text, Summaries: []string{"ب"}}
	got := evaluate.Related(d)
	assert.Equal(t, evaluate.Document{ID: "a", Title: d.Title, Summaries: []string{"ب"}, Text: got.Text}, got, "the rest of the document kept")
	assert.Equal(t, got, evaluate.Related(d), "the same box on every run")
	plain, _ := storyOf(text, d.Title)
	titles, places := map[string]bool{}, map[bool]int{}
	ends := map[rune]bool{}
	periods := 0 // boxes under the story whose headlines end with a period
	for k := range 64 {
		d.ID = strconv.Itoa(k)
		got := evaluate.Related(d).Text
		sentences, headings := storyOf(got, d.Title)
		assert.Equal(t, plain, sentences, "%q", got)
		require.GreaterOrEqual(t, len(headings), 3, "a title and two headlines at least: %q", got)
		assert.True(t, tokenize.RelatedHeading(headings[0]), "%q", headings[0])
		titles[headings[0]] = true
		places[strings.HasPrefix(got, text)]++
		for _, h := range headings[1:] {
			ends[tokenize.FinalMark(h)] = true
		}
		if strings.HasPrefix(got, text) && strings.HasSuffix(got, ".") && !strings.HasSuffix(got, "...") {
			periods++
		}
	}
	assert.Positive(t, periods, "boxes under the story with headlines that end with a period")
	assert.GreaterOrEqual(t, len(titles), 7, "the lines over the box: %q", titles)
	assert.Positive(t, places[true], "a box under the story")
	assert.Positive(t, places[false], "a box between its paragraphs")
	assert.True(t, ends['؟'] && ends['.'], "headlines that ask, and that an ellipsis cuts: %q", ends)
}

// storyOf returns the units of text, read with its title as
// tokenize.HeadedSentences reads it, that are no heading, and those that
// are.
func storyOf(text, title string) (sentences, headings []string) {
	units, _ := tokenize.HeadedSentences(text, title)
	for _, u := range units {
		if u.Heading {
			headings = append(headings, u.In(text))
		} else {
			sentences = append(sentences, u.In(text))
		}
	}
	return sentences, headings
}

func TestWire(t *testing.T) {
	lead := "افتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين العرب والأجانب."
	d := evaluate.Document{ID: "a", Title: "افتتاح المعرض", Text: lead + "\n\nوغادر.", Summaries: []string{"ب"}}
	got := evaluate.Wire(d)
	dateline := tokenize.Dateline(got.Text)
	require.Positive(t, dateline, "%q", got.Text)
	assert.Equal(t, lead+"\n\nوغادر.", got.Text[dateline:], "the text after the dateline is the text")
	assert.Equal(t, evaluate.Document{ID: "a", Title: "افتتاح المعرض", Summaries: []string{"ب"}, Text: got.Text}, got, "the rest of the document kept")
	assert.Equal(t, got, evaluate.Wire(d), "the same dateline on every run")

	forms := map[string]bool{}
	for k := range 64 {
		d.ID = strconv.Itoa(k)
		got := evaluate.Wire(d).Text
		n := tokenize.Dateline(got)
		require.Positive(t, n, "%q", got)
		forms[strings.Trim(strings.Map(func(r rune) rune {
			if r >= 0x0600 && r <= 0x06FF || r == ' ' {
				return -1
			}
			return r
		}, got[:n]), " ")] = true
	}
	assert.Len(t, forms, 12, "the forms, by their marks and figures: %q", forms)

	// A hard-wrapped text's first sentence is wrapped again with its
	// dateline in, at the text's width; the lines after stay.
	d.ID = "a"
	d.Text = evaluate.PlainText(evaluate.Document{Text: lead + "\nوغادر الوزير المعرض بعد ساعة من الافتتاح ولم يدل بأي تصريح."}).Text
	got = evaluate.Wire(d)
	lines := strings.Split(got.Text, "\n")
	for _, l := range lines {
		assert.LessOrEqual(t, utf8.RuneCountInString(l), 70, "%q", l)
	}
	assert.Equal(t, strings.Fields(d.Text), strings.Fields(got.Text[tokenize.Dateline(got.Text):]), "the same words")
	require.Len(t, strings.Split(d.Text, "\n"), 3, "%q", d.Text)
	assert.Equal(t, strings.Split(d.Text, "\n")[2], lines[len(lines)-1], "the second sentence's line as it was")
	assert.Greater(t, utf8.RuneCountInString(lines[0]), 52, "a full line, %q", lines[0])
}

// TestSigned: each of Signed's forms is read, the byline and the
// dateline no part of the story's first sentence, which is the lead as it
// was; the rest of the document is kept, and the same id gives the same
// text.
func TestSigned(t *testing.T) {
	lead := "افتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين العرب والأجانب."
	d := evaluate.Document{ID: "a", Title: "افتتاح المعرض", Text: lead + "\n\nوغادر.", Summaries: []string{"ب"}}
	got := evaluate.Signed(d)
	assert.Equal(t, evaluate.Document{ID: "a", Title: "افتتاح المعرض", Summaries: []string{"ب"}, Text: got.Text}, got, "the rest of the document kept")
	assert.Equal(t, got, evaluate.Signed(d), "the same opening on every run")

	openings := map[string]bool{}
	for k := range 200 {
		d.ID = strconv.Itoa(k)
		text := evaluate.Signed(d).Text
		require.True(t, strings.HasSuffix(text, lead+"\n\nوغادر."), "%q", text)
		openings[strings.TrimSuffix(text, lead+"\n\nوغادر.")] = true
		units, _ := tokenize.HeadedSentences(text, d.Title)
		story := slices.IndexFunc(units, func(u tokenize.Sentence) bool { return !u.Heading })
		require.GreaterOrEqual(t, story, 0, "%q", text)
		assert.Equal(t, lead, units[story].In(text), "%q", text)
	}
	forms := map[string]bool{}
	for o := range openings {
		for _, p := range evaluate.DatelinePlaces {
			o = strings.ReplaceAll(o, p, "@")
		}
		forms[o] = true
	}
	assert.Len(t, forms, 35, "the forms, the place left out: %q", forms)
}

func TestRewrapped(t *testing.T) {
	// at 80, «…الناشرين العرب» and «والأجانب.»; the first again at 70,
	// «…من» and the remainder «الناشرين العرب»
	lead := "افتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين العرب والأجانب."
	d := evaluate.Document{ID: "a", Title: "افتتاح المعرض", Text: lead + "\n\nوغادر.", Summaries: []string{"ب"}}
	assert.Equal(t, evaluate.Document{ID: "a", Title: "افتتاح المعرض", Summaries: []string{"ب"}, Text: "" +
		"افتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من\n" +
		"الناشرين العرب\n" +
		"والأجانب.\n" +
		"\n" +
		"وغادر."}, evaluate.Rewrapped(d))
}

func TestRenderWordPressJSON(t *testing.T) {
	text := "افتتاح المعرض\nافتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين.\nوقال: \"أهلا\" 😀 <b>..."
	got := evaluate.RenderWordPressJSON(text)
	require.True(t, json.Valid([]byte(got)), got)
	// PHP's json_encode, as WordPress writes it: ASCII only, '/' escaped
	for _, r := range got {
		require.Less(t, r, rune(utf8.RuneSelf), "ASCII only")
	}
	assert.Contains(t, got, `"link":"https:\/\/example.com\/?p=`)
	assert.Contains(t, got, `\ud83d\ude00`)
	var post struct {
		ID      json.Number
		Title   struct{ Rendered string }
		Content struct{ Rendered string }
		Excerpt struct{ Rendered string }
	}
	require.NoError(t, json.Unmarshal([]byte(got), &post))
	assert.Equal(t, evaluate.RenderWordPress(text), post.Content.Rendered, "the content as WordPress serves it")
	assert.Empty(t, post.Title.Rendered, "the title is given beside the text")
	assert.True(t, strings.HasPrefix(post.Excerpt.Rendered, "<p>افتتاح المعرض افتتح الوزير معرض الكتاب "), post.Excerpt.Rendered)
	assert.NotContains(t, post.Excerpt.Rendered, "hellip", "a post of fewer than 55 words is its own excerpt")
	articles, ok := tokenize.Articles(got)
	require.True(t, ok)
	require.NotEmpty(t, post.ID)
	assert.Equal(t, []tokenize.Article{{Text: wordPressRead.Replace(post.Content.Rendered), ID: post.ID.String()}}, articles, "the content is the article, the post's id its ID")

	long := strings.Repeat("افتتح الوزير معرض الكتاب الدولي في العاصمة أمس. ", 10) // 80 words
	require.NoError(t, json.Unmarshal([]byte(evaluate.RenderWordPressJSON(long)), &post))
	excerpt := strings.TrimSuffix(strings.TrimPrefix(post.Excerpt.Rendered, "<p>"), " [&hellip;]</p>\n")
	assert.Len(t, strings.Fields(excerpt), 55, "55 words and «[…]», as WordPress cuts an excerpt: %+q", post.Excerpt.Rendered)
}

func TestRenderRSS(t *testing.T) {
	text := "افتتاح المعرض\nافتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين.\nوقال: \"أهلا\" <b>]]> ..."
	got := evaluate.RenderRSS(text)
	var feed struct {
		Channel struct {
			Title string `xml:"title"`
			Items []struct {
				Title       string `xml:"title"`
				Link        string `xml:"link"`
				GUID        string `xml:"guid"`
				Description string `xml:"description"`
				Content     string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
			} `xml:"item"`
		} `xml:"channel"`
	}
	require.NoError(t, xml.Unmarshal([]byte(got), &feed), got)
	require.Len(t, feed.Channel.Items, 1)
	item := feed.Channel.Items[0]
	assert.Equal(t, evaluate.RenderWordPress(text), item.Content, "the content as WordPress serves it, in CDATA, «]]>» and all")
	assert.True(t, strings.HasPrefix(item.Description, "افتتاح المعرض افتتح الوزير"), item.Description)
	assert.NotEmpty(t, item.Link)
	assert.Empty(t, item.Title, "the title is given beside the text")
	articles, ok := tokenize.Articles(got)
	require.True(t, ok)
	require.NotEmpty(t, item.GUID)
	assert.Equal(t, []tokenize.Article{{Text: wordPressRead.Replace(strings.TrimSpace(item.Content)), ID: item.GUID}}, articles, "the content is the article, its guid its ID")
}

// wordPressRead writes the numeric references RenderWordPress writes past
// ASCII as their characters, as tokenize.Articles gives an article's text.
var wordPressRead = strings.NewReplacer("&#8220;", "“", "&#8221;", "”", "&#8230;", "…", "&#8217;", "’")

func TestRenderLatin1RSS(t *testing.T) {
	text := "افتتاح المعرض\nافتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين.\nوقال: \"أهلا\" <b> & ...\nوغادر."
	got := evaluate.RenderLatin1RSS(text)
	for _, r := range got {
		require.Less(t, r, rune(utf8.RuneSelf), "ASCII only")
	}
	assert.Contains(t, got, `encoding="ISO-8859-1"`)
	assert.Contains(t, got, "<content:encoded><![CDATA[<h2>&#1575;&#1601;&#1578;&#1578;&#1575;&#1581;", "the content's Arabic as references")
	articles, ok := tokenize.Articles(got)
	require.True(t, ok)
	want, ok := tokenize.Articles(evaluate.RenderRSS(text))
	require.True(t, ok)
	assert.Equal(t, want, articles, "the same article as the feed in UTF-8")
}

func TestRenderNITF(t *testing.T) {
	text := "افتتاح المعرض\nافتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين.\nوقال: \"أهلا\" <b> & ...\nوغادر."
	got := evaluate.RenderNITF("الوزير يفتتح المعرض & يلقي كلمة", text)
	var story struct {
		XMLName xml.Name
		Body    struct {
			Head struct {
				Byline string `xml:"byline"`
			} `xml:"body.head"`
			Content struct {
				Paragraphs []string `xml:"p"`
				Subheads   []string `xml:"hl2"`
			} `xml:"body.content"`
		} `xml:"body"`
	}
	require.NoError(t, xml.Unmarshal([]byte(got), &story), got)
	assert.Equal(t, "nitf", story.XMLName.Local)
	assert.Equal(t, []string{"افتتاح المعرض"}, story.Body.Content.Subheads, "the heading a subhead")
	assert.Equal(t, []string{"افتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين.", `وقال: "أهلا" <b> & ...`, "وغادر."},
		story.Body.Content.Paragraphs, "each line a paragraph, escaped")
	assert.NotEmpty(t, story.Body.Head.Byline)
	articles, ok := tokenize.Articles(got)
	require.True(t, ok)
	require.Len(t, articles, 1)
	assert.Equal(t, "الوزير يفتتح المعرض & يلقي كلمة", articles[0].Title, "the headline, escaped and read back")
	for _, out := range []string{"مراسل الوكالة", "القاهرة", "تصوير الوكالة", "photo.jpg", "©"} {
		assert.NotContains(t, articles[0].Text, out, "byline, dateline, a photo's credit and file, the tagline")
	}
	assert.Contains(t, articles[0].Text, "<figcaption>صورة أرشيفية من مكان الحدث</figcaption>", "the caption as a caption")
}

func TestRenderGigaword(t *testing.T) {
	text := "افتتاح المعرض\nافتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين والكتاب والقراء من كل مكان.\nوقال: \"أهلا\" <b> & ...\nوغادر."
	got := evaluate.RenderGigaword("الوزير يفتتح المعرض & يلقي كلمة", text)
	require.True(t, strings.HasPrefix(got, `<DOC id="`), got)
	for line := range strings.Lines(got) {
		assert.LessOrEqual(t, utf8.RuneCountInString(strings.TrimSpace(line)), 72, "wrapped as the wire is: %+q", line)
	}
	assert.Contains(t, got, "&lt;b&gt; &amp;", "escaped")
	assert.Equal(t, 4, strings.Count(got, "<P>"), "each line a paragraph")
	articles, ok := tokenize.Articles(got)
	require.True(t, ok)
	require.Len(t, articles, 1)
	assert.Equal(t, "الوزير يفتتح المعرض & يلقي كلمة", articles[0].Title, "the headline, escaped and read back")
	assert.Equal(t, text, articles[0].Text, "the text back, a paragraph a line, without the dateline")
}

func TestRenderWikiExtractor(t *testing.T) {
	text := "افتتح الوزير معرض الكتاب الدولي في العاصمة أمس.\nافتتاح المعرض\nوقال: \"أهلا\" <b> & ...\nوغادر."
	got := evaluate.RenderWikiExtractor("الوزير يفتتح المعرض & يلقي كلمة", text)
	assert.Contains(t, got, `title="الوزير يفتتح المعرض &amp; يلقي كلمة">`+"\nالوزير يفتتح المعرض &amp; يلقي كلمة\n\n", "the title in the tag and on the first line")
	assert.Contains(t, got, "\nافتتاح المعرض.\n", "a heading with a period after it")
	assert.Contains(t, got, "\nوغادر.\n</doc>\n", "a sentence as it is")
	articles, ok := tokenize.Articles(got)
	require.True(t, ok)
	require.Len(t, articles, 1)
	assert.Equal(t, "الوزير يفتتح المعرض & يلقي كلمة", articles[0].Title)
	assert.Equal(t, strings.Replace(text, "افتتاح المعرض", "## افتتاح المعرض.", 1), articles[0].Text, "the text back, the heading marked")
}

func TestRenderMediaWiki(t *testing.T) {
	text := "افتتح الوزير معرض الكتاب الدولي في العاصمة أمس.\nافتتاح المعرض\nوقال: \"أهلا\" <b> & ...\nوغادر الوزير المعرض بعد الظهر."
	got := evaluate.RenderMediaWiki("الوزير يفتتح المعرض & يلقي كلمة", text)
	assert.Contains(t, got, "<title>الوزير يفتتح المعرض &amp; يلقي كلمة</title>")
	assert.Contains(t, got, "'''افتتح''' [[الوزير]]", "the first word bold, a link")
	assert.Contains(t, got, "\n== افتتاح المعرض ==\n", "a heading")
	assert.Contains(t, got, "&lt;ref&gt;{{استشهاد ويب", "a reference, escaped")
	assert.Contains(t, got, "[[الوزير|الوزير]]", "a link with its label")
	articles, ok := tokenize.Articles(got)
	require.True(t, ok)
	require.Len(t, articles, 1)
	assert.Equal(t, "الوزير يفتتح المعرض & يلقي كلمة", articles[0].Title)
	assert.Equal(t, "افتتح الوزير معرض الكتاب الدولي في العاصمة أمس.\n\n## افتتاح المعرض\n\nوقال: \"أهلا\" & ...\n\nوغادر الوزير المعرض بعد الظهر.", articles[0].Text,
		"the text back, a paragraph a line, the heading marked, and «<b>» a tag, as the wiki shows it")
}

func TestRenderWET(t *testing.T) {
	text := "افتتاح المعرض\nافتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين.\nوقال: \"أهلا\" <b> & ...\nوغادر."
	got := evaluate.RenderWET("الوزير يفتتح المعرض", text)
	require.True(t, strings.HasPrefix(got, "WARC/1.0\r\nWARC-Type: warcinfo\r\n"), got)
	// Each record's Content-Length is its block's bytes.
	for _, rec := range strings.Split(got, "WARC/1.0\r\n")[1:] {
		header, block, ok := strings.Cut(rec, "\r\n\r\n")
		require.True(t, ok)
		_, n, ok := strings.Cut(header, "Content-Length: ")
		require.True(t, ok)
		assert.Equal(t, n, strconv.Itoa(len(strings.TrimSuffix(block, "\r\n\r\n"))))
	}
	articles, ok := tokenize.Articles(got)
	require.True(t, ok)
	require.Len(t, articles, 1)
	assert.Equal(t, "الوزير يفتتح المعرض | شبكة الأخبار", articles[0].Title, "the page's title, with the site's name")
	assert.Equal(t, "https://example.com/news/2024/03/12/story", articles[0].ID)
	assert.Equal(t, text, articles[0].Text, "the text back, a paragraph a line")
}

func TestRenderWARC(t *testing.T) {
	text := "افتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين.\nوقال: \"أهلا\" <b> & ...\nوغادر «ڤيينا»."
	got := evaluate.RenderWARC("الوزير يفتتح المعرض", text)
	require.True(t, strings.HasPrefix(got, "WARC/1.0\r\nWARC-Type: warcinfo\r\n"), got)
	assert.False(t, utf8.ValidString(got), "the page is compressed")
	articles, ok := tokenize.Articles(got)
	require.True(t, ok)
	require.Len(t, articles, 1, "the page, not the request")
	assert.Equal(t, "https://example.com/news/2024/03/12/story", articles[0].ID)
	page := articles[0].Text
	assert.Contains(t, page, "<title>الوزير يفتتح المعرض | شبكة الأخبار</title>")
	assert.Contains(t, page, "<h1>الوزير يفتتح المعرض</h1>")
	assert.Contains(t, page, "charset=windows-1256")
	assert.Contains(t, page, "«ڤيينا»", "a letter Windows-1256 has no byte for, written as a reference, read as itself")
	untitled, ok := tokenize.Articles(evaluate.RenderWARC("", text))
	require.True(t, ok)
	require.Len(t, untitled, 1)
	want := strings.Replace(evaluate.RenderPage(text), `<meta charset="utf-8">`, `<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">`, 1)
	assert.Equal(t, want, untitled[0].Text, "without a title, RenderPage's page, in UTF-8 again")
	s := summarize.Summarizer{}
	sum, err := s.Summarize(page)
	require.NoError(t, err)
	assert.Equal(t, "الوزير يفتتح المعرض", sum.Title, "the headline, without the site's name")
}

func TestRenderEML(t *testing.T) {
	text := "افتتاح المعرض\nافتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين.\nوقال: \"أهلا\" <b> & ...\nوغادر."
	got := evaluate.RenderEML("الوزير يفتتح المعرض", text)
	msg, err := mail.ReadMessage(strings.NewReader(got))
	require.NoError(t, err, got)
	assert.Contains(t, msg.Header.Get("Subject"), "=?windows-1256?B?")
	assert.True(t, tokenize.IsMail(got))
	articles, ok := tokenize.Articles(got)
	require.True(t, ok)
	require.Len(t, articles, 1)
	assert.Equal(t, "الوزير يفتتح المعرض", articles[0].Title, "the subject without «FW:», from Windows-1256")
	assert.True(t, strings.HasPrefix(articles[0].Text, "<html dir=\"rtl\">"), "the HTML part: %s", articles[0].Text)
	for _, line := range []string{"افتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين.", "وقال: &quot;أهلا&quot; &lt;b&gt; &amp; ...", "وغادر."} {
		assert.Contains(t, articles[0].Text, ">"+line+"</p>", "each line a paragraph, read back from Windows-1256")
	}
}

func TestRenderDOCX(t *testing.T) {
	text := "افتتاح المعرض\nافتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين. وقال: \"أهلا\" <b> & ...\nوغادر."
	got := evaluate.RenderDOCX(text)
	require.True(t, tokenize.IsOffice(got))
	zr, err := zip.NewReader(strings.NewReader(got), int64(len(got)))
	require.NoError(t, err)
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
	}
	assert.Equal(t, []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"}, names)
	doc, ok := tokenize.OfficeText(got)
	require.True(t, ok)
	assert.Equal(t, "# افتتاح المعرض\nافتتح الوزير معرض الكتاب الدولي في العاصمة أمس بحضور عدد كبير من الناشرين. وقال: \"أهلا\" <b> & ...\nوغادر.\n", doc,
		"a paragraph a line, the heading by its style's name, the sentences of a line in runs of their own")
}
