package tokenize_test

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"mime"
	"mime/quotedprintable"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/talkhis/talkhis/tokenize"
)

// qp writes s as quoted-printable, as mail programs send it.
func qp(t testing.TB, s string) string {
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	_, err := w.Write([]byte(s))
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return b.String()
}

// b64 writes s in base64 lines of 76 characters, as mail programs do.
func b64(s string) string {
	enc := base64.StdEncoding.EncodeToString([]byte(s))
	var b strings.Builder
	for len(enc) > 76 {
		b.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	return b.String() + enc + "\r\n"
}

func cp1256(t testing.TB, s string) string {
	out, err := charmap.Windows1256.NewEncoder().String(s)
	require.NoError(t, err)
	return out
}

// utf16le writes s in UTF-16 with its byte order mark, as Windows does.
func utf16le(t testing.TB, s string) string {
	out, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().String(s)
	require.NoError(t, err)
	return out
}

func TestMailArticles(t *testing.T) {
	type article = tokenize.Article
	const subject = "الحكومة ترفع أسعار الوقود"
	html := "<html><head><style>p{margin:0}</style></head><body><p>" + jsonLead + "</p><p>" + jsonSecond + "</p></body></html>"
	tests := []struct {
		name string
		text string
		want []article // nil with ok false: no mail
		ok   bool
	}{
		{"a press release as Gmail sends it: plain and HTML, each in base64, the subject an encoded word",
			"MIME-Version: 1.0\r\nDate: Tue, 12 Mar 2024 10:30:00 +0000\r\nMessage-ID: <a1@mail.example.com>\r\nSubject: " + mime.BEncoding.Encode("utf-8", subject) + "\r\n" +
				"From: " + mime.BEncoding.Encode("utf-8", "المكتب الإعلامي") + " <press@example.org>\r\nTo: newsroom@example.com\r\n" +
				"Content-Type: multipart/alternative; boundary=\"000000000000a1b2\"\r\n\r\n" +
				"--000000000000a1b2\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(jsonLead+"\r\n\r\n"+jsonSecond) +
				"\r\n--000000000000a1b2\r\nContent-Type: text/html; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(html) + "\r\n--000000000000a1b2--\r\n",
			[]article{{Title: subject, Text: html, ID: "a1@mail.example.com"}}, true},
		{"forwarded from Arabic Outlook: Windows-1256, quoted-printable, «FW:» and «إعادة توجيه:» taken off the subject",
			"From: " + mime.QEncoding.Encode("windows-1256", cp1256(t, "المكتب")) + " <press@example.org>\r\n" +
				"Subject: " + mime.QEncoding.Encode("windows-1256", cp1256(t, "FW: إعادة توجيه: "+subject)) + "\r\nDate: Tue, 12 Mar 2024 10:30:00 +0300\r\nMIME-Version: 1.0\r\n" +
				"Content-Type: text/html; charset=\"windows-1256\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + qp(t, cp1256(t, html)),
			[]article{{Title: subject, Text: html}}, true},
		{"plain text in 8 bits, flowed: its soft breaks joined, its signature kept apart",
			"From: press@example.org\nTo: newsroom@example.com\nSubject: " + subject + "\nContent-Type: text/plain; charset=utf-8; format=flowed\nContent-Transfer-Encoding: 8bit\n\n" +
				"رفعت الحكومة أسعار الوقود \nبنسبة عشرة في المئة.\n\n" + jsonSecond + "\n-- \nالمكتب الإعلامي\n",
			[]article{{Title: subject, Text: "رفعت الحكومة أسعار الوقود بنسبة عشرة في المئة.\n\n" + jsonSecond + "\n-- \nالمكتب الإعلامي\n"}}, true},
		{"a short note with the release attached as a file: the note, not the attachment",
			"From: press@example.org\r\nSubject: " + subject + "\r\nDate: Tue, 12 Mar 2024 10:30:00 +0000\r\nContent-Type: multipart/mixed; boundary=b1\r\n\r\n" +
				"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + jsonOther + "\r\n" +
				"--b1\r\nContent-Type: text/plain; charset=utf-8; name=\"release.txt\"\r\nContent-Disposition: attachment; filename=\"release.txt\"\r\n\r\n" + jsonLead + " " + jsonSecond + "\r\n--b1--\r\n",
			[]article{{Title: subject, Text: jsonOther}}, true},
		{"a message forwarded as an attachment: its text, under the outer subject",
			"From: editor@example.com\r\nSubject: Fwd: " + subject + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n" +
				"--outer\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\r\n--outer\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n" +
				"From: press@example.org\r\nSubject: " + subject + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(jsonLead) + "\r\n--outer--\r\n",
			[]article{{Title: subject, Text: jsonLead}}, true},
		{"a message from an mbox, its envelope line first",
			"From press@example.org Tue Mar 12 10:30:00 2024\nFrom: press@example.org\nSubject: " + subject + "\nDate: Tue, 12 Mar 2024 10:30:00 +0000\n\n" + jsonLead + "\n",
			[]article{{Title: subject, Text: jsonLead + "\n"}}, true},
		{"a message whose base64 a download cut off: what came before the cut",
			"From: press@example.org\r\nSubject: " + subject + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(jsonLead + " " + jsonSecond)[:80],
			[]article{{Title: subject, Text: jsonLead[:57]}}, true},
		{"a part in UTF-16, base64, as a Windows program may send it: decoded",
			"From: press@example.org\r\nSubject: " + subject + "\r\nContent-Type: text/plain; charset=utf-16\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(utf16le(t, jsonLead)),
			[]article{{Title: subject, Text: jsonLead}}, true},
		{"a message without words holds no article",
			"From: press@example.org\nSubject: \nMIME-Version: 1.0\n\n\n", nil, true},
		{"a text that opens with a line like a field is no mail", "From: المكتب الإعلامي\n" + jsonLead, nil, false},
		{"nor one with a field and prose under a blank line", "From: press@example.org\n\n" + jsonLead, nil, false},
		{"nor a Markdown file's front matter", "---\ntitle: " + subject + "\ndate: 2024-03-12\n---\n" + jsonLead, nil, false},
		{"nor HTTP's headers", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nDate: Tue, 12 Mar 2024 10:30:00 GMT\r\n\r\n" + html, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tokenize.Articles(tt.text)
			assert.Equal(t, tt.ok, ok, "read as mail")
			assert.Equal(t, tt.want, got, "%+q", got)
			assert.Equal(t, tt.ok, tokenize.IsMail(tt.text), "IsMail agrees")
		})
	}
}

func FuzzMailArticles(f *testing.F) {
	for _, s := range []string{
		"From: a@b\nSubject: ع\n\nنص.\n",
		"From: a@b\r\nSubject: =?utf-8?b?2LnZhtmI2KfZhg==?=\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/html\r\n\r\n<p>نص</p>\r\n--x--\r\n",
		"From: a@b\nDate: x\nContent-Type: message/rfc822\n\nFrom: c@d\nSubject: ع\nContent-Transfer-Encoding: quoted-printable\n\n=D9=86=D8=B5",
		"From x\nFrom: a@b\nTo: c\nContent-Type: text/plain; format=flowed; delsp=yes\n\n a \nb\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, ok := tokenize.Articles(text)
		again, _ := tokenize.Articles(text)
		assert.Equal(t, got, again, "same input, same output")
		if !tokenize.IsMail(text) {
			return
		}
		assert.True(t, ok)
		assert.LessOrEqual(t, len(got), 1, "a message is one article at most")
		for _, a := range got {
			assert.True(t, strings.ContainsFunc(a.Text, unicode.IsLetter), "an article has words: %+q", a.Text)
			assert.Equal(t, strings.Join(strings.Fields(a.Title), " "), a.Title, "a title is one line")
		}
	})
}

func TestMailArticlesHostile(t *testing.T) {
	// Each shape is read in one pass, or in at most maxMailDepth (16) for
	// parts nested deeper than mail programs nest them.
	const head = "From: a@example.org\r\nSubject: ع\r\n"
	var nested, forwarded strings.Builder
	for k := range 100_000 {
		fmt.Fprintf(&nested, "Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n", k, k)
		forwarded.WriteString("Content-Type: message/rfc822\r\n\r\nFrom: a@example.org\r\nSubject: ع\r\n")
	}
	tests := []struct {
		name     string
		text     string
		articles int
	}{
		{"200,000 parts", head + "Content-Type: multipart/mixed; boundary=b\r\n\r\n" + strings.Repeat("--b\r\nContent-Type: text/plain\r\n\r\nنص الخبر هنا\r\n", 200_000) + "--b--\r\n", 1},
		{"parts nested 100,000 deep", head + nested.String() + "\r\nنص\r\n", 0},
		{"messages forwarded 100,000 deep", head + forwarded.String() + "\r\nنص\r\n", 0},
		{"a line of 1,000,000 quoted-printable soft breaks", head + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + strings.Repeat("=\r\n", 1_000_000) + "نص", 1},
		{"a header of 100,000 continuation lines, past 64 KiB: no mail", head + strings.Repeat(" x\r\n", 100_000) + "\r\nنص", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := tokenize.Articles(tt.text)
			assert.Len(t, got, tt.articles)
		})
	}
}
