package web

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/tokenize"
)

const feed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>أخبار</title>
<item><guid>n1</guid><title>ارتفاع أسعار النفط</title><description>ارتفعت أسعار النفط اليوم بعد قرار أوبك خفض الإنتاج. وقال محللون إن الأسواق تترقب بيانات المخزون. وتراجعت الأسهم في بورصة نيويورك.</description></item>
<item><guid>n2</guid><title>صور من المعرض</title><description>صور</description></item>
<item><guid>n3</guid><title>معرض الكتاب</title><description>افتتح وزير الثقافة معرض الكتاب الدولي اليوم. ويشارك في المعرض ناشرون من عشرين دولة.</description></item>
</channel></rss>`

// lines reads an answer of JSON Lines, each line one articleLine and
// nothing else.
func lines(t *testing.T, body []byte) []articleLine {
	t.Helper()
	var out []articleLine
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var line articleLine
		require.NoError(t, json.Unmarshal(sc.Bytes(), &line), sc.Text())
		out = append(out, line)
	}
	require.NoError(t, sc.Err())
	return out
}

// wantLines is what the library gives for the articles of text with s:
// the answer's lines, summary for summary.
func wantLines(t *testing.T, s summarize.Summarizer, text string) []articleLine {
	t.Helper()
	return wantLinesIn(t, s, text, nil)
}

// wantLinesIn is wantLines for the articles that langs keeps, each with
// its place in the body.
func wantLinesIn(t *testing.T, s summarize.Summarizer, text string, langs tokenize.Languages) []articleLine {
	t.Helper()
	var places []int
	n := 0
	for a, err := range s.ReadArticles(strings.NewReader(text)) {
		require.NoError(t, err)
		if n++; langs.Keeps(a.Language) {
			places = append(places, n)
		}
	}
	var out []articleLine
	k := 0
	for res, err := range s.SummarizeArticles(context.Background(), langs.Filter(s.ReadArticles(strings.NewReader(text))), 1) {
		require.NoError(t, err)
		line := articleLine{Article: places[k], ID: res.Article.ID, Title: res.Article.Title, Language: res.Article.Language, Sentences: []summarize.Sentence{}}
		k++
		if res.Err != nil {
			line.Error = res.Err.Error()
		} else {
			line.Title, line.Summary, line.Sentences = res.Summary.Title, res.Summary.String(), res.Summary.Sentences
		}
		out = append(out, line)
	}
	return out
}

// POST /articles answers a line an article, the library's own summary of
// each in the body's order; a body refused whole is answered as
// /summarize answers a refusal.
func TestArticlesHandler(t *testing.T) {
	s := summarize.Summarizer{MaxBytes: 8192, MaxBytesName: "-max-bytes"}
	h := Handler(&s, Limits{})
	two := s
	two.MaxSentences = 2
	var records strings.Builder
	for i, text := range []string{article, "", "افتتح وزير الثقافة معرض الكتاب الدولي اليوم. ويشارك في المعرض ناشرون من عشرين دولة."} {
		fmt.Fprintf(&records, "{\"id\": \"r%d\", \"text\": %q}\n", i, text)
	}
	var zipped bytes.Buffer
	z := gzip.NewWriter(&zipped)
	_, err := z.Write([]byte(records.String()))
	require.NoError(t, err)
	require.NoError(t, z.Close())
	cp1256, err := charmap.Windows1256.NewEncoder().String(article)
	require.NoError(t, err)
	// A site's stories, each saying its language, as a CMS or a news API
	// says it: by its code or by its name.
	var stories strings.Builder
	for _, story := range []map[string]string{
		{"id": "a", "lang": "ar", "text": article},
		{"id": "e", "lang": "en-US", "text": "The minister opened the book fair in the capital today."},
		{"id": "p", "language": "Persian", "text": "وزیر فرهنگ نمایشگاه کتاب را افتتاح کرد."},
		{"id": "n", "text": "افتتح وزير الثقافة معرض الكتاب الدولي اليوم."},
	} {
		line, err := json.Marshal(story)
		require.NoError(t, err)
		stories.Write(append(line, '\n'))
	}
	arabic, persian := tokenize.Languages{"ara": true}, tokenize.Languages{"ara": true, "fas": true}
	var langs []string
	for _, line := range wantLines(t, s, stories.String()) {
		langs = append(langs, line.Language)
	}
	require.Equal(t, []string{"ar", "en-US", "fas", ""}, langs, "each story's language, a name as its code")
	require.Len(t, wantLinesIn(t, s, stories.String(), arabic), 2, "the Arabic story and the one that names no language")
	var places []int
	for _, line := range wantLinesIn(t, s, stories.String(), persian) {
		places = append(places, line.Article)
	}
	require.Equal(t, []int{1, 3, 4}, places, "each line's place in the body, the English story's counted")
	for _, tc := range []struct {
		name, target, contentType, body string
		status                          int
		want                            []articleLine // for 200
		err                             string        // a part of the refusal's error
	}{
		{name: "a feed, a story of a heading alone among them", target: "/articles", contentType: "application/rss+xml", body: feed, status: 200, want: wantLines(t, s, feed)},
		{name: "the query's count for each", target: "/articles?sentences=2", contentType: "application/rss+xml", body: feed, status: 200, want: wantLines(t, two, feed)},
		{name: "JSON Lines with ids", target: "/articles", contentType: "application/x-ndjson", body: records.String(), status: 200, want: wantLines(t, s, records.String())},
		{name: "each story with its language", target: "/articles", contentType: "application/x-ndjson", body: stories.String(), status: 200, want: wantLines(t, s, stories.String())},
		{name: "the stories in the query's language", target: "/articles?language=ar", contentType: "application/x-ndjson", body: stories.String(), status: 200, want: wantLinesIn(t, s, stories.String(), arabic)},
		{name: "in its languages, by code and by name", target: "/articles?language=ara,Persian", contentType: "application/x-ndjson", body: stories.String(), status: 200, want: wantLinesIn(t, s, stories.String(), persian)},
		{name: "a language that names none", target: "/articles?language=xx", body: stories.String(), status: 400, err: `the query's language: "xx" is no language code`},
		{name: "JSON Lines gzip'd", target: "/articles", contentType: "application/gzip", body: zipped.String(), status: 200, want: wantLines(t, s, records.String())},
		{name: "a text is one article", target: "/articles", contentType: "text/plain", body: article, status: 200, want: wantLines(t, s, article)},
		{name: "a text in its declared charset", target: "/articles", contentType: "text/plain; charset=windows-1256", body: cp1256, status: 200, want: wantLines(t, s, article)},
		{name: "not UTF-8, no charset declared", target: "/articles", contentType: "text/plain", body: cp1256, status: 422, err: "its charset declared in Content-Type"},
		{name: "nothing: an article that cannot be summarized", target: "/articles", body: "", status: 200, want: []articleLine{{Article: 1, Sentences: []summarize.Sentence{}, Error: "summarize: no sentences in text"}}},
		{name: "a PDF, refused whole", target: "/articles", contentType: "application/pdf", body: "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", status: 422, err: "PDF"},
		{name: "past the bound", target: "/articles", contentType: "text/plain", body: strings.Repeat("ا", 4097), status: 413, err: "raise -max-bytes"},
		{name: "a count that is no number", target: "/articles?words=many", body: feed, status: 400, err: `the query's words is "many"`},
		{name: "a negative count", target: "/articles?sentences=-1", body: feed, status: 400, err: "the query's sentences and words are -1 and 0"},
		{name: "a charset not decoded here", target: "/articles", contentType: "text/plain; charset=koi8-r", body: article, status: 415, err: "not decoded here"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.True(t, tc.status != 200 || len(tc.want) > 0, "a summary to compare with")
			w := send(h, http.MethodPost, tc.target, tc.contentType, strings.NewReader(tc.body))
			require.Equal(t, tc.status, w.Code, w.Body.String())
			if tc.status != 200 {
				assert.Equal(t, "application/json; charset=utf-8", w.Header().Get("Content-Type"))
				var resp summarize.Response
				require.NoError(t, json.Unmarshal(w.Body.Bytes(), &resp))
				assert.Contains(t, resp.Error, tc.err)
				assert.Equal(t, []summarize.Sentence{}, resp.Sentences)
				return
			}
			assert.Equal(t, "application/x-ndjson; charset=utf-8", w.Header().Get("Content-Type"))
			assert.Equal(t, tc.want, lines(t, w.Body.Bytes()))
		})
	}
}

// A body none of whose articles is in the query's languages is answered
// with no line, as JSON Lines still: a client reads no article, not an
// error.
func TestArticlesHandlerNoneInLanguages(t *testing.T) {
	var s summarize.Summarizer
	h := Handler(&s, Limits{})
	body := `{"id": "e", "lang": "en", "text": "The minister opened the book fair in the capital today."}` + "\n"
	w := send(h, http.MethodPost, "/articles?language=ar", "application/x-ndjson", strings.NewReader(body))
	require.Equal(t, http.StatusOK, w.Code, w.Body.String())
	assert.Equal(t, "application/x-ndjson; charset=utf-8", w.Header().Get("Content-Type"))
	assert.Empty(t, w.Body.String())

	// A server whose Summarizer keeps Arabic only keeps it without a
	// query's languages, and a query's languages are kept over its own.
	arabic := Handler(&summarize.Summarizer{Languages: tokenize.Languages{"ara": true}}, Limits{})
	w = send(arabic, http.MethodPost, "/articles", "application/x-ndjson", strings.NewReader(body))
	require.Equal(t, http.StatusOK, w.Code, w.Body.String())
	assert.Empty(t, w.Body.String(), "the server's own languages")
	w = send(arabic, http.MethodPost, "/articles?language=english", "application/x-ndjson", strings.NewReader(body))
	require.Equal(t, http.StatusOK, w.Code, w.Body.String())
	got := lines(t, w.Body.Bytes())
	require.Len(t, got, 1, "the query's languages over the server's")
	assert.Equal(t, "e", got[0].ID)
}

// The feed's lines: the story of a heading alone gets its error in its
// place, and the others their summaries.
func TestArticlesHandlerFeed(t *testing.T) {
	var s summarize.Summarizer
	w := send(Handler(&s, Limits{}), http.MethodPost, "/articles?sentences=1", "application/rss+xml", strings.NewReader(feed))
	require.Equal(t, http.StatusOK, w.Code)
	assert.True(t, w.Flushed, "each line sent as it comes")
	got := lines(t, w.Body.Bytes())
	require.Len(t, got, 3)
	for i, want := range []struct{ id, title, summary, err string }{
		{"n1", "ارتفاع أسعار النفط", "ارتفعت أسعار النفط اليوم بعد قرار أوبك خفض الإنتاج.", ""},
		{"n2", "صور من المعرض", "", "no sentences in text"},
		{"n3", "معرض الكتاب", "افتتح وزير الثقافة معرض الكتاب الدولي اليوم.", ""},
	} {
		assert.Equal(t, i+1, got[i].Article)
		assert.Equal(t, want.id, got[i].ID)
		assert.Equal(t, want.title, got[i].Title)
		assert.Equal(t, want.summary, got[i].Summary)
		if want.err == "" {
			assert.Empty(t, got[i].Error)
			assert.Len(t, got[i].Sentences, 1)
		} else {
			assert.Contains(t, got[i].Error, want.err)
			assert.Empty(t, got[i].Sentences)
		}
	}
}

// A body whose articles break after the first (a wiki's dump, read a page
// at a time) is answered 200 with the lines before the break, and the
// error as the last line, without an article's place.
func TestArticlesHandlerBreak(t *testing.T) {
	wiki, err := os.ReadFile("../testdata/arwiki.xml")
	require.NoError(t, err)
	broken := strings.Replace(string(wiki), "<title>قالب:", "<title>قالب:</ti tle>", 1)
	require.NotEqual(t, string(wiki), broken)
	var s summarize.Summarizer
	w := send(Handler(&s, Limits{}), http.MethodPost, "/articles", "application/xml", strings.NewReader(broken))
	require.Equal(t, http.StatusOK, w.Code, w.Body.String())
	got := lines(t, w.Body.Bytes())
	require.Len(t, got, 2)
	assert.Equal(t, 1, got[0].Article)
	assert.NotEmpty(t, got[0].Summary)
	assert.Empty(t, got[0].Error)
	assert.Equal(t, 0, got[1].Article)
	assert.Empty(t, got[1].Summary)
	assert.Equal(t, []summarize.Sentence{}, got[1].Sentences)
	assert.Contains(t, got[1].Error, "the wiki's dump is damaged")
}

// /summarize's refusal of a file that holds articles points to /articles;
// of anything else, not.
func TestSummarizePointsToArticles(t *testing.T) {
	var s summarize.Summarizer
	h := Handler(&s, Limits{})
	for _, tc := range []struct {
		name, contentType, body string
		points                  bool
	}{
		{"a feed", "application/rss+xml", feed, true},
		{"an e-mail", "message/rfc822", "From: a@example.com\r\nSubject: ارتفاع أسعار النفط\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + article, true},
		{"a PDF, a document that holds none", "application/pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", false},
		{"no text", "text/plain", "", false},
		{"a heading alone", "text/plain", "ارتفاع أسعار النفط", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, resp := post(t, h, "/summarize", tc.contentType, strings.NewReader(tc.body))
			require.Equal(t, http.StatusUnprocessableEntity, status, resp.Error)
			assert.Equal(t, tc.points, strings.Contains(resp.Error, "POST it to /articles"), resp.Error)
		})
	}
}

// Twenty stories of the seed article as a feed's items, through POST
// /articles, against the library's SummarizeArticles over ReadArticles of
// the same feed: what the lines of JSON and the handler cost.
func BenchmarkArticlesHandler(b *testing.B) {
	seed, err := os.ReadFile("../../testdata/seed.txt")
	require.NoError(b, err)
	var rss strings.Builder
	rss.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>أخبار</title>`)
	for k := range 20 {
		fmt.Fprintf(&rss, "<item><guid>%d</guid><title>خبر %d</title><description><![CDATA[%s]]></description></item>\n", k, k, seed)
	}
	rss.WriteString("</channel></rss>")
	body := rss.String()
	var s summarize.Summarizer
	h := Handler(&s, Limits{})
	b.Run("handler", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			w := send(h, http.MethodPost, "/articles", "application/rss+xml", strings.NewReader(body))
			if w.Code != http.StatusOK || strings.Count(w.Body.String(), "\n") != 20 {
				b.Fatal(w.Code, w.Body.String())
			}
		}
	})
	b.Run("library", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			for res, err := range s.SummarizeArticles(context.Background(), s.ReadArticles(strings.NewReader(body)), 0) {
				if err != nil || res.Err != nil {
					b.Fatal(err, res.Err)
				}
			}
		}
	})
}

// A client gone before the first article is answered is answered as
// /summarize answers it (503), and no article is summarized for it.
func TestArticlesHandlerClientGone(t *testing.T) {
	var s summarize.Summarizer
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := httptest.NewRequest(http.MethodPost, "/articles", strings.NewReader(feed)).WithContext(ctx)
	r.Header.Set("Content-Type", "application/rss+xml")
	w := httptest.NewRecorder()
	Handler(&s, Limits{}).ServeHTTP(w, r)
	require.Equal(t, http.StatusServiceUnavailable, w.Code, w.Body.String())
	var resp summarize.Response
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &resp))
	assert.Contains(t, resp.Error, "context canceled")
}

// A file of articles past the Summarizer's bound, whose articles each fall
// within it, is read an article at a time, as Summarizer.ReadArticles reads
// such a file (JSON Lines, a feed, a web archive…), whether the body
// declares its length or comes in chunks, in UTF-8 or decoded as it comes
// from the charset it declares; a text past the bound that holds no
// articles is still refused 413, in any charset.
func TestArticlesHandlerPastBound(t *testing.T) {
	s := summarize.Summarizer{MaxBytes: 8192, MaxBytesName: "-max-bytes"}
	h := Handler(&s, Limits{})
	var records strings.Builder
	var texts []string
	for k := range 80 {
		text := fmt.Sprintf("افتتح وزير الثقافة الدورة %d من معرض الكتاب الدولي اليوم. ويشارك في المعرض ناشرون من %d دولة. وقال المنظمون إن الإقبال فاق التوقعات.", k+1, k+10)
		texts = append(texts, text)
		fmt.Fprintf(&records, "{\"id\": \"r%d\", \"text\": %q}\n", k, text)
	}
	require.Greater(t, records.Len(), 2*8192, "past the bound")
	body := records.String()
	cp1256Text, err := charmap.Windows1256.NewEncoder().String(strings.Repeat("افتتح وزير الثقافة معرض الكتاب. ", 400))
	require.NoError(t, err)
	check := func(t *testing.T, w *httptest.ResponseRecorder) {
		require.Equal(t, http.StatusOK, w.Code, w.Body.String())
		got := lines(t, w.Body.Bytes())
		require.Len(t, got, len(texts))
		for k, line := range got {
			want, err := s.Summarize(texts[k])
			require.NoError(t, err)
			assert.Equal(t, k+1, line.Article)
			assert.Equal(t, fmt.Sprintf("r%d", k), line.ID)
			assert.Empty(t, line.Error)
			assert.Equal(t, want.String(), line.Summary)
		}
	}
	t.Run("its length declared", func(t *testing.T) {
		r := httptest.NewRequest(http.MethodPost, "/articles", strings.NewReader(body))
		require.Equal(t, int64(len(body)), r.ContentLength)
		r.Header.Set("Content-Type", "application/x-ndjson")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		check(t, w)
	})
	t.Run("in chunks", func(t *testing.T) {
		r := httptest.NewRequest(http.MethodPost, "/articles", io.MultiReader(strings.NewReader(body)))
		require.Equal(t, int64(-1), r.ContentLength)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		check(t, w)
	})
	cp1256, err := charmap.Windows1256.NewEncoder().String(body)
	require.NoError(t, err)
	// The first records' texts escaped, as Python's json.dumps writes
	// them: the bound's first bytes are ASCII, which tells UTF-8 from
	// Windows-1256 not at all, and the declared charset holds.
	var escaped strings.Builder
	for k, text := range texts {
		if k < 12 {
			fmt.Fprintf(&escaped, "{\"id\": \"r%d\", \"text\": \"", k)
			for _, r := range text {
				fmt.Fprintf(&escaped, "\\u%04x", r)
			}
			escaped.WriteString("\"}\n")
			continue
		}
		fmt.Fprintf(&escaped, "{\"id\": \"r%d\", \"text\": %q}\n", k, text)
	}
	asciiHead, err := charmap.Windows1256.NewEncoder().String(escaped.String())
	require.NoError(t, err)
	require.Greater(t, strings.IndexFunc(asciiHead, func(r rune) bool { return r >= utf8.RuneSelf }), 8192, "ASCII past the bound")
	utf16, err := xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM).NewEncoder().String(body)
	require.NoError(t, err)
	for _, tc := range []struct{ name, contentType, body string }{
		{"declared UTF-8", "application/x-ndjson; charset=utf-8", body},
		{"in Windows-1256, decoded as it comes", "application/x-ndjson; charset=windows-1256", cp1256},
		{"in UTF-16, decoded as it comes", "application/x-ndjson; charset=utf-16be", utf16},
		// as a text within the bound: no Arabic in a charset of a byte a
		// character is valid UTF-8
		{"declared Windows-1256 but UTF-8", "application/x-ndjson; charset=windows-1256", body},
		{"in Windows-1256, its first bytes ASCII", "application/x-ndjson; charset=windows-1256", asciiHead},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Greater(t, len(tc.body), 8192)
			check(t, send(h, http.MethodPost, "/articles", tc.contentType, strings.NewReader(tc.body)))
		})
	}
	t.Run("a compressed text within the bound, past it unpacked, is its article's line", func(t *testing.T) {
		var zipped bytes.Buffer
		z := gzip.NewWriter(&zipped)
		_, err := z.Write([]byte(strings.Repeat("افتتح وزير الثقافة معرض الكتاب. ", 400)))
		require.NoError(t, err)
		require.NoError(t, z.Close())
		require.Less(t, zipped.Len(), 8192)
		w := send(h, http.MethodPost, "/articles", "application/gzip", &zipped)
		require.Equal(t, http.StatusOK, w.Code, w.Body.String())
		got := lines(t, w.Body.Bytes())
		require.Len(t, got, 1)
		assert.Contains(t, got[0].Error, "raise -max-bytes")
	})
	for _, tc := range []struct{ name, contentType, body string }{
		{"a text", "text/plain", strings.Repeat("افتتح وزير الثقافة معرض الكتاب. ", 400)},
		{"a text in Windows-1256", "text/plain; charset=windows-1256", cp1256Text},
	} {
		t.Run(tc.name+" is refused", func(t *testing.T) {
			require.Greater(t, len(tc.body), 8192)
			w := send(h, http.MethodPost, "/articles", tc.contentType, strings.NewReader(tc.body))
			require.Equal(t, http.StatusRequestEntityTooLarge, w.Code, w.Body.String())
			var resp summarize.Response
			require.NoError(t, json.Unmarshal(w.Body.Bytes(), &resp))
			assert.Contains(t, resp.Error, "raise -max-bytes")
		})
	}
}

// Over a connection, the body past the bound is read on while the first
// lines are sent: an HTTP/1 server stops reading a request's body once
// its answer is flushed, unless the handler asks to go on (full duplex).
func TestArticlesHandlerPastBoundServed(t *testing.T) {
	s := summarize.Summarizer{MaxBytes: 8192}
	// Logged, as the example server serves it: it counts what is read of
	// the body through a reader of its own.
	srv := httptest.NewServer(Logged(Handler(&s, Limits{}), slog.New(slog.DiscardHandler)))
	defer srv.Close()
	var records strings.Builder
	const n = 15000
	var texts []string
	for k := range n {
		text := fmt.Sprintf("افتتح وزير الثقافة الدورة %d من معرض الكتاب الدولي اليوم. ويشارك في المعرض ناشرون من عشرين دولة.", k+1)
		texts = append(texts, text)
		fmt.Fprintf(&records, "{\"id\": \"r%d\", \"text\": %q}\n", k, text)
	}
	require.Greater(t, records.Len(), 256*8192)
	resp, err := srv.Client().Post(srv.URL+"/articles", "application/x-ndjson", strings.NewReader(records.String()))
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	got := lines(t, body)
	require.Equal(t, n, len(got), "lines")
	for k, line := range got {
		assert.Equal(t, fmt.Sprintf("r%d", k), line.ID)
		assert.Empty(t, line.Error)
		want, err := s.Summarize(texts[k])
		require.NoError(t, err)
		assert.Equal(t, want.String(), line.Summary)
	}
}

// wholeRunes drops a character cut off at the end, and nothing else.
func TestWholeRunes(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"whole", "اب", "اب"},
		{"an Arabic letter's first byte", "اب\xd8", "اب"},
		{"two bytes of three", "a\xe2\x80", "a"},
		{"three bytes of four", "a\xf0\x9f\x98", "a"},
		{"a byte that starts none", "a\xff", "a\xff"},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, wholeRunes(tc.in))
		})
	}
}
