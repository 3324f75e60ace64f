package tokenize_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/talkhis/talkhis/tokenize"
)

func TestSubtitles(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // the spoken text; "" when text is no subtitles
	}{
		{"SubRip: numbers and times out, a sentence across two cues one line",
			"1\n00:00:01,000 --> 00:00:04,200\nمساء الخير.\n\n2\n00:00:04,300 --> 00:00:08,900\nرفعت الحكومة أسعار الوقود\nبنسبة عشرة في المئة\n\n3\n00:00:09,000 --> 00:00:13,500\nبعد اجتماع طويل.\n",
			"مساء الخير. رفعت الحكومة أسعار الوقود بنسبة عشرة في المئة بعد اجتماع طويل."},
		{"SubRip with CRLF, a byte order mark, and blank lines at the top",
			"\ufeff\r\n\r\n1\r\n00:00:01,000 --> 00:00:04,200\r\nمساء الخير.\r\n\r\n2\r\n00:00:04,300 --> 00:00:08,900\r\nوأهلا بكم.\r\n",
			"مساء الخير. وأهلا بكم."},
		{"SubRip's tags: italics, a font, and a position in braces",
			"1\n00:00:01,000 --> 00:00:04,200\n{\\an8}<i>مساء الخير.</i>\n\n2\n00:00:04,300 --> 00:00:08,900\n<font color=\"#ffff00\">وأهلا بكم.</font>\n",
			"مساء الخير. وأهلا بكم."},
		{"WebVTT: its header, a note, a style block, cue names and settings, a voice, and entities",
			"WEBVTT - نشرة الأخبار\nKind: captions\nLanguage: ar\n\nNOTE من قناة الأخبار\n\nSTYLE\n::cue { color: yellow }\n\nintro\n00:01.000 --> 00:04.200 align:start position:10%\n<v المذيع>مساء الخير &amp; أهلا بكم.</v>\n\n00:00:04.300 --> 00:00:08.900\nرفعت الحكومة &lt;اليوم&gt; أسعار الوقود.\n",
			"مساء الخير & أهلا بكم. رفعت الحكومة <اليوم> أسعار الوقود."},
		{"WebVTT as YouTube writes captions: times inside a line, and each line again in the next cue",
			"WEBVTT\nKind: captions\nLanguage: ar\n\n00:00:00.000 --> 00:00:02.000 align:start position:0%\nرفعت<00:00:00.500><c> الحكومة</c><00:00:01.000><c> أسعار</c>\n\n00:00:02.000 --> 00:00:02.010 align:start position:0%\nرفعت الحكومة أسعار\n \n\n00:00:02.010 --> 00:00:04.000 align:start position:0%\nرفعت الحكومة أسعار\nالوقود<00:00:02.500><c> اليوم</c>\n",
			"رفعت الحكومة أسعار الوقود اليوم"},
		{"marks an old player's right-to-left fix put first go back to the line's end",
			"1\n00:00:01,000 --> 00:00:04,200\n.مساء الخير\n\n2\n00:00:04,300 --> 00:00:08,900\n؟هل أنتم مستعدون\n...حسنا\n\n3\n00:00:09,000 --> 00:00:13,500\n،ثم بدأ الاجتماع\nفي الموعد.\n",
			"مساء الخير. هل أنتم مستعدون؟ حسنا... ثم بدأ الاجتماع، في الموعد."},
		{"…but not in a line that ends with one, nor before a number or a Latin word",
			"1\n00:00:01,000 --> 00:00:04,200\n...ثم قال: نعم.\n.5 في المئة\n.NET إطار\n",
			"...ثم قال: نعم. .5 في المئة .NET إطار"},
		{"a cue's two speakers keep their dashes",
			"1\n00:00:01,000 --> 00:00:04,200\n- كيف حالك؟\n- بخير.\n",
			"- كيف حالك؟ - بخير."},
		{"a cue's number without the blank line before it is still no word",
			"1\n00:00:01,000 --> 00:00:04,200\nمساء الخير.\n2\n00:00:04,300 --> 00:00:08,900\nخمسة عشر\n15\nقتيلا.\n",
			"مساء الخير. خمسة عشر 15 قتيلا."},
		{"a cue without a time is left out",
			"1\n00:00:01,000 --> 00:00:04,200\nمساء الخير.\n\nسطر بلا توقيت\n\n3\n00:00:09,000 --> 00:00:13,500\nوأهلا بكم.\n",
			"مساء الخير. وأهلا بكم."},
		{"a '<' or a «{\\» that nothing closes is text",
			"1\n00:00:01,000 --> 00:00:04,200\n<i>السعر</i> <a في {\\ السوق ارتفع.\n",
			"السعر <a في {\\ السوق ارتفع."},
		{"TTML: the head's title and styles out, each <p> a cue, <br/> a line's end, spans' tags out, entities read",
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- من قناة الأخبار -->\n<tt xmlns=\"http://www.w3.org/ns/ttml\" xml:lang=\"ar\">\n<head><metadata><ttm:title>نشرة الأخبار</ttm:title></metadata><styling><style xml:id=\"s1\"/></styling></head>\n<body><div>\n<p begin=\"00:00:01.000\" end=\"00:00:04.200\">رفعت الحكومة أسعار الوقود<br/>بنسبة <span tts:fontStyle=\"italic\">عشرة</span> في المئة</p>\n<p begin=\"00:00:04.300\" end=\"00:00:08.900\">\n  بعد اجتماع &amp; نقاش &lt;طويل&gt;.\n</p>\n</div></body>\n</tt>\n",
			"رفعت الحكومة أسعار الوقود بنسبة عشرة في المئة بعد اجتماع & نقاش <طويل>."},
		{"TTML as EBU-TT writes it: every element with a prefix, and a cue's metadata",
			"\ufeff<tt:tt xmlns:tt=\"http://www.w3.org/ns/ttml\" ttp:timeBase=\"media\"><tt:head/><tt:body><tt:div><tt:p xml:id=\"sub1\" begin=\"00:00:01.000\" end=\"00:00:04.200\"><tt:metadata><ebuttm:note>ملاحظة</ebuttm:note></tt:metadata><tt:span>مساء الخير.</tt:span></tt:p><tt:p begin=\"00:00:04.300\" end=\"00:00:08.900\"><tt:span>.وأهلا بكم</tt:span><tt:br/><tt:span>وأهلا بكم.</tt:span></tt:p></tt:div></tt:body></tt:tt>",
			"مساء الخير. وأهلا بكم."},
		{"a TTML document without a body keeps its cues; a comment and CDATA inside one",
			"<tt xmlns=\"http://www.w3.org/ns/ttml\"><div><p>مساء<!-- ليل --> الخير.</p><p><![CDATA[وأهلا & بكم.]]></p></div></tt>",
			"مساء الخير. وأهلا & بكم."},
		{"ASS: the script's header and styles out, Dialogue's text after its nine commas, overrides out, \\N a line's end",
			"[Script Info]\r\nTitle: نشرة الأخبار\r\nScriptType: v4.00+\r\n\r\n[V4+ Styles]\r\nFormat: Name, Fontname, Fontsize\r\nStyle: Default,Arial,60\r\n\r\n[Events]\r\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\r\nDialogue: 0,0:00:01.00,0:00:04.20,Default,المذيع,0,0,0,,{\\an8}رفعت الحكومة أسعار الوقود\\Nبنسبة {\\i1}عشرة{\\i0} في المئة،\r\nComment: 0,0:00:02.00,0:00:03.00,Default,,0,0,0,,ملاحظة المترجم\r\nDialogue: 0,0:00:04.30,0:00:08.90,Default,,0,0,0,,بعد اجتماع\\hطويل, وقال الوزير.\r\n",
			"رفعت الحكومة أسعار الوقود بنسبة عشرة في المئة، بعد اجتماع طويل, وقال الوزير."},
		{"ASS: events in the order of their times, a drawing's commands out, each line once, SSA's Marked field",
			"[Script Info]\nScriptType: v4.00\n\n[Events]\nFormat: Marked, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: Marked=0,0:00:04.30,0:00:08.90,Default,,0000,0000,0000,,وأهلا بكم.\nDialogue: Marked=0,0:00:01.00,0:00:04.20,Default,,0000,0000,0000,,مساء الخير.\nDialogue: Marked=0,0:00:01.00,0:00:04.20,Sign,,0000,0000,0000,,{\\p1}m 0 0 l 100 0 100 100{\\p0}\nDialogue: Marked=0,0:00:04.30,0:00:08.90,Default,,0000,0000,0000,,وأهلا بكم.\n",
			"مساء الخير. وأهلا بكم."},
		{"YouTube's timed text (srv1): each <text> a cue, escaped twice, its lines on lines of their own",
			"<?xml version=\"1.0\" encoding=\"utf-8\" ?><transcript><text start=\"0.42\" dur=\"3.6\">قال الوزير: &amp;quot;الأسعار\nسترتفع&amp;quot; &amp;amp; لن</text><text start=\"4.02\" dur=\"2.1\">تنخفض &amp;#39;قريبا&amp;#39;.</text></transcript>",
			"قال الوزير: \"الأسعار سترتفع\" & لن تنخفض 'قريبا'."},
		{"YouTube's timed text (srv3): its head out, each <p> a cue of <s> words, an empty <p> none",
			"<?xml version=\"1.0\" encoding=\"utf-8\" ?><timedtext format=\"3\"><head><ws id=\"1\" ju=\"0\"/></head><body><p t=\"1000\" d=\"2000\" w=\"1\"><s ac=\"0\">رفعت</s><s t=\"500\"> الحكومة</s><s t=\"900\"> الأسعار</s></p><p t=\"2900\" d=\"100\" w=\"1\" a=\"1\">\n</p><p t=\"3000\" d=\"2000\" w=\"1\"><s>اليوم</s></p></body></timedtext>",
			"رفعت الحكومة الأسعار اليوم"},
		{"SAMI: the head's title and style sheet out, each <SYNC> a cue, its <P> never closed, <BR> a line's end, an &nbsp; cue none, tags in capitals",
			"<SAMI>\r\n<HEAD>\r\n<TITLE>نشرة الأخبار</TITLE>\r\n<STYLE TYPE=\"text/css\">\r\n<!--\r\nP { font-family: Arial; }\r\n.ARSA { Name: Arabic; lang: ar-SA; }\r\n-->\r\n</STYLE>\r\n</HEAD>\r\n<BODY>\r\n<SYNC Start=1000><P Class=ARSA>رفعت الحكومة أسعار الوقود<BR>بنسبة <I>عشرة</I> في المئة\r\n<SYNC Start=4200><P Class=ARSA>&nbsp;\r\n<SYNC Start=4300><P Class=ARSA>بعد اجتماع &amp; نقاش &lt;طويل&gt;.\r\n</BODY>\r\n</SAMI>\r\n",
			"رفعت الحكومة أسعار الوقود بنسبة عشرة في المئة بعد اجتماع & نقاش <طويل>."},
		{"SAMI in small letters, its <p>s closed, a style sheet outside a comment",
			"\ufeff<sami><head><style>p { color: white }</style></head><body><sync start=0><p class=arsa>مساء الخير.</p></sync><sync start=900><p class=arsa>.وأهلا بكم</p></sync></body></sami>",
			"مساء الخير. وأهلا بكم."},
		{"SAMI in two languages: the Arabic class's <P>s alone, by the lang its style sheet gives it",
			"<SAMI><HEAD><STYLE TYPE=\"text/css\"><!--\r\nP { font-size: 20pt; }\r\n.ENUSCC { Name: English; lang: en-US; }\r\n.ARSA {Name: Arabic; lang:ar-SA;}\r\n--></STYLE></HEAD>\r\n<BODY>\r\n<SYNC Start=1000><P Class=ENUSCC>The government raised fuel prices.\r\n<P Class=ARSA>رفعت الحكومة أسعار الوقود.\r\n<SYNC Start=4000><P class=\"arsa\">وأهلا بكم.<P Class=ENUSCC>Welcome.\r\n</BODY></SAMI>",
			"رفعت الحكومة أسعار الوقود. وأهلا بكم."},
		{"SAMI in two languages, neither Arabic: both are read",
			"<SAMI><HEAD><STYLE><!-- .ENUSCC { lang: en-US; } .FRFRCC { lang: fr-FR; } --></STYLE></HEAD><BODY><SYNC Start=0><P Class=ENUSCC>Hello.<P Class=FRFRCC>Bonjour.</BODY></SAMI>",
			"Hello. Bonjour."},
		{"YouTube's json3: its styles and a window's event out, each cue's seg a line, a newline a line's end, JSON's escapes read",
			`{"wireMagic":"pb3","pens":[{}],"wsWinStyles":[{},{"mhModeHint":2}],"wpWinPositions":[{},{"apPoint":6}],"events":[{"tStartMs":0,"dDurationMs":13500,"id":1,"wpWinPosId":1,"wsWinStyleId":1},{"tStartMs":1000,"dDurationMs":3200,"wWinId":1,"segs":[{"utf8":"مساء الخير."}]},{"tStartMs":4300,"dDurationMs":4600,"wWinId":1,"segs":[{"utf8":"رفعت الحكومة أسعار الوقود\nبنسبة عشرة في المئة"}]},{"tStartMs":9000,"dDurationMs":4500,"wWinId":1,"segs":[{"utf8":"بعد اجتماع \u0026 نقاش."}]}]}`,
			"مساء الخير. رفعت الحكومة أسعار الوقود بنسبة عشرة في المئة بعد اجتماع & نقاش."},
		{"json3 of automatic captions: a word a seg, each line's end an event of its own",
			"{\n  \"wireMagic\": \"pb3\",\n  \"events\": [ {\n    \"tStartMs\": 0, \"dDurationMs\": 5000, \"id\": 1, \"wpWinPosId\": 1, \"wsWinStyleId\": 1\n  }, {\n    \"tStartMs\": 100, \"dDurationMs\": 4000, \"wWinId\": 1,\n    \"segs\": [ { \"utf8\": \"رفعت\", \"acAsrConf\": 0 }, { \"utf8\": \" الحكومة\", \"tOffsetMs\": 400, \"acAsrConf\": 0 }, { \"utf8\": \" أسعار\", \"tOffsetMs\": 900, \"acAsrConf\": 0 } ]\n  }, {\n    \"tStartMs\": 2000, \"dDurationMs\": 2100, \"wWinId\": 1, \"aAppend\": 1,\n    \"segs\": [ { \"utf8\": \"\\n\" } ]\n  }, {\n    \"tStartMs\": 2100, \"dDurationMs\": 3000, \"wWinId\": 1,\n    \"segs\": [ { \"utf8\": \"الوقود\", \"acAsrConf\": 0 }, { \"utf8\": \" اليوم\", \"tOffsetMs\": 300, \"acAsrConf\": 0 } ]\n  } ]\n}\n",
			"رفعت الحكومة أسعار الوقود اليوم"},
		{"json3 cut off in a download: the cues before the cut",
			`{"wireMagic":"pb3","events":[{"tStartMs":1000,"segs":[{"utf8":"مساء الخير."}]},{"tStartMs":4300,"segs":[{"utf8":"وأهلا`,
			"مساء الخير."},
		{"a transcript's JSON, as youtube-transcript-api writes one: a cue an object, its text's lines at its newlines",
			"[{\"text\": \"مساء الخير.\", \"start\": 1.0, \"duration\": 3.2}, {\"text\": \"رفعت الحكومة أسعار الوقود\\nبنسبة عشرة في المئة\", \"start\": 4.3, \"duration\": 4.6}, {\"text\": \"[موسيقى]\", \"start\": 9.0, \"duration\": 1.0}]",
			"مساء الخير. رفعت الحكومة أسعار الوقود بنسبة عشرة في المئة [موسيقى]"},
		{"a transcript's JSON saved with a byte order mark, and indented",
			"\ufeff[\n  {\n    \"text\": \"مساء الخير.\",\n    \"start\": 1.0,\n    \"duration\": 3.2\n  }\n]\n",
			"مساء الخير."},
		{"json3 with a byte order mark", "\ufeff{\"wireMagic\":\"pb3\",\"events\":[{\"segs\":[{\"utf8\":\"مساء الخير.\"}]}]}", "مساء الخير."},
		{"an article as JSON is no subtitles", `{"title": "عنوان", "text": "نص الخبر.", "events": ["افتتاح المعرض"]}`, ""},
		{"a list of articles as JSON is no subtitles", `[{"id": 1, "text": "نص.", "start": "2024-01-01"}]`, ""},
		{"an HTML page that opens with an XML declaration is no subtitles",
			"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>نص.</p></body></html>", ""},
		{"a tag whose name only ends in tt is no TTML", "<tt2 xmlns=\"http://www.w3.org/ns/ttml\"><p>نص.</p></tt2>", ""},
		{"HTML's teletype element, without TTML's namespace, is no TTML", "<tt>الأمر</tt> يحذف الملف.<p>نص.</p>", ""},
		{"DFXP's namespace before TTML's", "<tt xmlns=\"http://www.w3.org/2006/10/ttaf1\"><body><div><p>نص.</p></div></body></tt>", "نص."},
		{"a bracket's words that are not ASS's header are no subtitles", "[Script] نص.\n", ""},
		{"plain text that opens with a number is no subtitles",
			"1\nرفعت الحكومة أسعار الوقود.\n", ""},
		{"plain text with an arrow further down is no subtitles",
			"رفعت الحكومة أسعار الوقود.\n00:00:01,000 --> 00:00:04,200\n", ""},
		{"a word after WEBVTT's letters is no header", "WEBVTTX\n\n00:01.000 --> 00:04.000\nنص.\n", ""},
		{"a time without its end is no cue", "1\n00:00:01,000 -->\nنص.\n", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tokenize.Subtitles(tt.text)
			assert.Equal(t, tt.want != "", ok)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, ok, tokenize.IsSubtitles(tt.text), "IsSubtitles agrees")
			if ok {
				_, again := tokenize.Subtitles(got)
				assert.False(t, again, "the spoken text is no subtitles")
			}
		})
	}
}

func FuzzSubtitles(f *testing.F) {
	for _, s := range []string{
		"", "1\n00:00:01,000 --> 00:00:02,000\nنص.\n", "WEBVTT\n\n00:01.000 --> 00:02.000\n<v أ>نص</v>\n",
		"WEBVTT\n\n-->\n\n", "1\n0:0:0,0 --> 9\n", "WEBVTT\n\n00:01.000 --> 00:02.000\n<", "1\r00:00:01,000 --> 00:00:02,000\r{\\",
		"\ufeff1\n00:00:01,000 --> 00:00:02,000\n&amp;&#1575;&\n\n2\n00:00:01,000 --> 00:00:02,000\n&amp;&#1575;&\n",
		`<?xml version="1.0"?><tt xmlns="http://www.w3.org/ns/ttml"><head/><body><div><p begin="1s">نص<br/><span>آخر</span> &amp;</p><p><![CDATA[<]]></p></div></body></tt>`,
		`<tt:tt xmlns:tt="http://www.w3.org/ns/ttml"><tt:body><tt:p><tt:metadata>م</tt:metadata>نص</tt:p></tt:body></tt:tt>`,
		"[Script Info]\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: 0,0:00:02.00,0:00:03.00,Default,,0,0,0,,{\\i1}نص\\Nآخر\\h{\\p1}m 0 0{\\p0}\nDialogue: 0,0:00:01.00,0:00:02.00,,,,,,,{\n",
		`<transcript><text start="0" dur="1">&amp;#39;نص&amp;#39;</text><text start="1" dur="1">&amp;</text></transcript>`,
		"<SAMI><BODY><SYNC Start=0><P Class=ARSA>نص<BR>&nbsp;<SYNC Start=1><P>", "<sami><p>نص</sami",
		"<SAMI><STYLE>.A{lang:ar}.B{lang:en}</STYLE><SYNC><P class='a'>نص<P CLASS = b>text<p class=\"A", "<SAMI><STYLE>.{lang:}{",
		`{"wireMagic":"pb3","events":[{"tStartMs":0},{"segs":[{"utf8":"نص\n\u0026"},{"utf8":"\r\u2028آخر"}]},{"aAppend":1,"segs":[{"utf8":"\n"}]}]}`,
		`{"events":[{"tStartMs":0,"segs":[{"utf8":1}]},"x",{"segs":null}],"events":[]}`, `{"tStartMs":"events":`,
		`[{"text": "\u0646\u0635\n\ud83d", "start": 0.0, "duration": 1.0}, {"text": ["x"]}, 5]`, `[ {"text":"start""duration"`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, ok := tokenize.Subtitles(text)
		again, _ := tokenize.Subtitles(text)
		assert.Equal(t, got, again, "same input, same output")
		assert.Equal(t, ok, tokenize.IsSubtitles(text), "IsSubtitles agrees")
		if !ok {
			assert.Empty(t, got)
			return
		}
		assert.NotContains(t, got, "\n", "one paragraph")
		assert.False(t, strings.HasPrefix(got, " ") || strings.HasSuffix(got, " "))
		if utf8.ValidString(text) {
			assert.True(t, utf8.ValidString(got))
		}
	})
}

func ExampleSubtitles() {
	srt := "1\n00:00:01,000 --> 00:00:04,200\nرفعت الحكومة أسعار الوقود\n\n" +
		"2\n00:00:04,300 --> 00:00:08,900\n<i>بنسبة عشرة في المئة.</i>\n"
	spoken, ok := tokenize.Subtitles(srt)
	fmt.Println(ok, spoken)
	// Output:
	// true رفعت الحكومة أسعار الوقود بنسبة عشرة في المئة.
}
