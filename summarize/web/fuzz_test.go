package web

import (
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/tokenize"
)

// FuzzHandler holds the handler, logged and counted as a service runs it,
// to what a client may count on whatever it sends: a status of the
// package's list, one JSON answer of the Response's shape, a refusal with
// its error and no sentences ([], not null), a summary whose sentences are
// spans of the text sent (as UTF-8, from the charset it declares), and no
// panic. A span keeps the few stray bytes
// that are no UTF-8 which the library lets through; JSON carries each as
// U+FFFD, and the offsets count the bytes sent.
func FuzzHandler(f *testing.F) {
	for _, c := range []struct{ contentType, query, body string }{
		{"text/plain", "id=1", article},
		{"", "sentences=1&words=5&title=ارتفاع", article},
		{"application/json", "", `{"id":"a","text":"جملة أولى. جملة ثانية.","sentences":1}`},
		{"application/json; charset=utf-8", "id=q", `{"text": "جملة`},
		{"application/json", "", `{"text":"جملة.","sentences":-1,"words":"x"}`},
		{"text/html", "", "<html><body><h1>عنوان</h1><p>جملة أولى.</p></body></html>"},
		{"text/plain", "words=many", article},
		{"text/plain", "%zz;&sentences=99999999999999999999", "\xff\xfe."},
		{"multipart/form-data; boundary=", "", strings.Repeat("ا", 2100)},
		{"application/json", "", "null"},
		{"text/plain", "", ""},
		{"text/plain; charset=windows-1256", "", "\xc7\xe1\xe4\xd8 \xc7\xe1\xe4\xd8. \xc7\xe1\xe4\xd8 \xc7\xe1."},
		{"text/plain; charset=utf-16", "", "\xff\xfe'\x06D\x06.\x00"},
		{"text/plain; charset=klingon", "", article},
	} {
		f.Add(c.contentType, c.query, c.body)
	}
	s := summarize.Summarizer{MaxBytes: 4096, MaxBytesName: "-max-bytes"}
	post := served(&s)
	f.Fuzz(func(t *testing.T, contentType, query, body string) {
		w := post(t, "/summarize", contentType, query, body)
		if w.Code != http.StatusOK {
			assertRefusal(t, w)
			return
		}
		assert.Equal(t, "application/json; charset=utf-8", w.Header().Get("Content-Type"))
		// json.Unmarshal refuses anything after the value: one answer.
		var resp summarize.Response
		require.NoError(t, json.Unmarshal(w.Body.Bytes(), &resp), "one answer")
		assert.Empty(t, resp.Error)
		require.NotEmpty(t, resp.Sentences)
		// A media type is read without its case, as a JSON body is told
		// (RFC 9110), and the body in the charset it declares: the spans
		// are of the text as UTF-8.
		media, params, _ := mime.ParseMediaType(contentType)
		text, err := decoded(params["charset"], body)
		require.NoError(t, err, "a body answered 200")
		if media == "application/json" {
			var req summarize.Request
			require.NoError(t, json.Unmarshal([]byte(text), &req), "a JSON body answered 200")
			text = req.Text
		}
		for _, x := range resp.Sentences {
			require.True(t, 0 <= x.Start && x.Start <= x.End && x.End <= len(text), "span %d:%d of %d bytes", x.Start, x.End, len(text))
			assert.Equal(t, asJSON(text[x.Start:x.End]), x.Text)
		}
	})
}

// served returns what posts to the handler of s, logged and counted as a
// service runs it, and checks that the status is one of the package's
// list.
func served(s *summarize.Summarizer) func(t *testing.T, path, contentType, query, body string) *httptest.ResponseRecorder {
	h := Logged(NewMetrics().Counted(Handler(s, Limits{})), slog.New(slog.NewTextHandler(io.Discard, nil)))
	statuses := map[int]bool{200: true, 400: true, 413: true, 415: true, 422: true}
	return func(t *testing.T, path, contentType, query, body string) *httptest.ResponseRecorder {
		r := httptest.NewRequest(http.MethodPost, path, strings.NewReader(body))
		r.URL.RawQuery = query
		r.Header.Set("Content-Type", contentType)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		require.True(t, statuses[w.Code], "status %d", w.Code)
		return w
	}
}

// assertRefusal checks a refusal's answer: one JSON Response, with its
// error and no sentences ([], not null).
func assertRefusal(t *testing.T, w *httptest.ResponseRecorder) {
	assert.Equal(t, "application/json; charset=utf-8", w.Header().Get("Content-Type"))
	// json.Unmarshal refuses anything after the value: one answer.
	var raw map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &raw), "one answer")
	var resp summarize.Response
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &resp))
	assert.NotEmpty(t, resp.Error)
	assert.Equal(t, "[]", string(raw["sentences"]), "a refusal's sentences")
}

// asJSON is s as a JSON string carries it: each byte that is no UTF-8
// replaced by U+FFFD, as encoding/json writes it.
func asJSON(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r) // a byte that is no UTF-8 ranges as one RuneError
	}
	return b.String()
}

// FuzzArticlesHandler holds POST /articles to what a client may count on:
// a refusal as /summarize gives one, or JSON Lines, a line an article in
// the body's order (numbered from 1, with the article's own id), each a
// summary whose sentences are spans of that article's text as the library
// takes it out, or an error and no sentences; an error that ends the
// articles, if any, last and without a number.
func FuzzArticlesHandler(f *testing.F) {
	for _, c := range []struct{ contentType, query, body string }{
		{"application/rss+xml", "sentences=1", feed},
		{"text/plain", "", article},
		{"application/x-ndjson", "words=5", "{\"id\":\"a\",\"text\":\"جملة أولى. جملة ثانية.\"}\n{\"id\":\"b\",\"text\":\"\"}\n{broken\n"},
		{"text/csv", "", "id,title,text\n1,عنوان,جملة أولى. جملة ثانية.\n2,,\n"},
		// an id with a byte that is no UTF-8, which JSON answers as U+FFFD
		{"text/csv", "", "id,text\n\x8e,جملة أولى. جملة ثانية.\n"},
		{"text/plain; charset=windows-1256", "", "\xc7\xe1\xe4\xd8 \xc7\xe1\xe4\xd8. \xc7\xe1\xe4\xd8 \xc7\xe1."},
		{"application/pdf", "", "%PDF-1.7\n"},
		{"text/plain", "sentences=-1", article},
		// the query's languages, by code and by name, one that names none
		{"application/x-ndjson", "language=ar", "{\"id\":\"a\",\"lang\":\"en\",\"text\":\"A sentence. Another.\"}\n{\"id\":\"b\",\"language\":\"arabic\",\"text\":\"جملة أولى. جملة ثانية.\"}\n{\"id\":\"c\",\"text\":\"جملة.\"}\n"},
		{"application/x-ndjson", "language=fa,english", "{\"lang\":\"ar\",\"text\":\"جملة أولى.\"}\n"},
		{"text/plain", "language=xx", article},
		{"", "", ""},
		// past the bound: read an article at a time
		{"application/x-ndjson", "", strings.Repeat("{\"id\":\"a\",\"text\":\"جملة أولى. جملة ثانية.\"}\n", 100)},
		{"text/plain", "", strings.Repeat("جملة أولى. ", 400)},
		// past the bound, declared Windows-1256 but UTF-8 in its first
		// bytes, a stray byte after them
		{"application/x-ndjson; charset=windows-1256", "", strings.Repeat("{\"id\":\"a\",\"text\":\"جملة أولى. جملة ثانية.\"}\n", 100) + "{\"id\":\"b\",\"text\":\"جملة \xff أولى.\"}\n"},
	} {
		f.Add(c.contentType, c.query, c.body)
	}
	s := summarize.Summarizer{MaxBytes: 4096, MaxBytesName: "-max-bytes"}
	post := served(&s)
	f.Fuzz(func(t *testing.T, contentType, query, body string) {
		w := post(t, "/articles", contentType, query, body)
		if w.Code != http.StatusOK {
			assertRefusal(t, w)
			return
		}
		assert.Equal(t, "application/x-ndjson; charset=utf-8", w.Header().Get("Content-Type"))
		got := lines(t, w.Body.Bytes())
		q, _ := url.ParseQuery(query) // as the handler reads it: what it can
		langs, err := tokenize.ParseLanguages(q.Get("language"))
		require.NoError(t, err, "a query answered 200")
		if langs == nil {
			require.NotEmpty(t, got, "a line for each article, or the error")
		}

		// The articles the handler read, as the library reads the body.
		_, params, _ := mime.ParseMediaType(contentType)
		text, err := bodyRead(params["charset"], body, s.ByteLimit())
		require.NoError(t, err, "a body answered 200")
		var texts []readArticle
		place := 0
		for a, err := range s.ReadArticles(strings.NewReader(text)) {
			if err != nil && !errors.Is(err, summarize.ErrTooLarge) {
				break
			}
			if place++; err != nil || langs.Keeps(a.Language) {
				texts = append(texts, readArticle{a.ID, a.Text, place})
			}
		}
		for i, line := range got {
			if line.Article == 0 {
				assert.Equal(t, len(got)-1, i, "the error that ends the articles comes last")
				assert.NotEmpty(t, line.Error)
				assert.Empty(t, line.Sentences)
				continue
			}
			require.Less(t, i, len(texts), "no more lines than articles")
			require.Equal(t, texts[i].place, line.Article, "the body's order, and each article's place in it")
			assert.Equal(t, asJSON(texts[i].id), line.ID, "the id, as JSON carries it")
			if line.Error != "" {
				assert.Empty(t, line.Summary)
				assert.NotNil(t, line.Sentences)
				assert.Empty(t, line.Sentences)
				continue
			}
			require.NotEmpty(t, line.Sentences)
			text := texts[i].text
			for _, x := range line.Sentences {
				require.True(t, 0 <= x.Start && x.Start <= x.End && x.End <= len(text), "span %d:%d of %d bytes", x.Start, x.End, len(text))
				assert.Equal(t, asJSON(text[x.Start:x.End]), x.Text)
			}
		}
	})
}

// bodyRead is body, declared in charset, as POST /articles reads it
// (see articlesBody): within the bound, decoded whole; past it, decoded
// as its first bytes tell, the rest read the same way.
func bodyRead(charset, body string, limit int) (string, error) {
	if limit < 0 || len(body) <= limit {
		return decoded(charset, body)
	}
	enc, _ := tokenize.Charset(charset)
	if headAsUTF8(enc, body[:limit+1]) {
		return body, nil
	}
	return enc.NewDecoder().String(body)
}

// readArticle is what FuzzArticlesHandler checks a line against.
type readArticle struct {
	id, text string
	place    int // in the body, from 1
}
