package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/talkhis/talkhis/summarize"
)

const article = "ارتفاع أسعار النفط\nارتفعت أسعار النفط اليوم بعد قرار أوبك خفض الإنتاج. وقال محللون إن الأسواق تترقب بيانات المخزون. وتراجعت الأسهم في بورصة نيويورك."

// send makes a request of h and returns what h wrote.
func send(h http.Handler, method, target, contentType string, body io.Reader) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, body)
	if contentType != "" {
		r.Header.Set("Content-Type", contentType)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// post sends body to h by POST and returns the status and the answer.
func post(t *testing.T, h http.Handler, target, contentType string, body io.Reader) (int, summarize.Response) {
	t.Helper()
	w := send(h, http.MethodPost, target, contentType, body)
	var resp summarize.Response
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &resp), w.Body.String())
	assert.Equal(t, "application/json; charset=utf-8", w.Header().Get("Content-Type"))
	return w.Code, resp
}

// Each answer is the library's own for the same request: the server adds
// reading and status codes, nothing to the summary.
func TestHandler(t *testing.T) {
	s := summarize.Summarizer{MaxBytes: 4096, MaxBytesName: "-max-bytes"}
	h := Handler(&s, Limits{})
	want := func(req summarize.Request) summarize.Response {
		resp, err := s.Answer(context.Background(), req)
		require.NoError(t, err)
		return resp
	}
	json1, err := json.Marshal(summarize.Request{ID: "a1", Text: article, Sentences: 1})
	require.NoError(t, err)
	for _, tc := range []struct {
		name, target, contentType, body string
		status                          int
		want                            summarize.Response // Error: a part of it
	}{
		{"text", "/summarize", "text/plain; charset=utf-8", article, 200, want(summarize.Request{Text: article})},
		{"text with no type", "/summarize", "", article, 200, want(summarize.Request{Text: article})},
		{"the query's settings", "/summarize?id=7&sentences=1&title=x", "text/plain", article, 200, want(summarize.Request{ID: "7", Text: article, Sentences: 1, Title: "x"})},
		{"JSON", "/summarize", "application/json", string(json1), 200, want(summarize.Request{ID: "a1", Text: article, Sentences: 1})},
		{"JSON with a charset, the query's id where it has none", "/summarize?id=q", "application/json; charset=utf-8", `{"text": "` + strings.ReplaceAll(article, "\n", `\n`) + `"}`, 200, want(summarize.Request{ID: "q", Text: article})},
		{"a page's HTML", "/summarize", "text/html", "<!DOCTYPE html><html><body><h1>ارتفاع أسعار النفط</h1><p>ارتفعت أسعار النفط اليوم بعد قرار أوبك خفض الإنتاج.</p></body></html>", 200,
			want(summarize.Request{Text: "<!DOCTYPE html><html><body><h1>ارتفاع أسعار النفط</h1><p>ارتفعت أسعار النفط اليوم بعد قرار أوبك خفض الإنتاج.</p></body></html>"})},
		{"no sentences", "/summarize?id=e", "text/plain", "", 422, summarize.Response{ID: "e", Error: "summarize: no sentences in text"}},
		{"not UTF-8", "/summarize", "text/plain", "\xc7\xe1\xe4\xd8 \xc7\xe1\xe4\xd8. \xc7\xe1\xe4\xd8 \xc7\xe1.", 422, summarize.Response{Error: "summarize: text is not UTF-8"}},
		{"past the bound", "/summarize?id=big", "text/plain", strings.Repeat("ا", 2049), 413, summarize.Response{ID: "big", Error: "summarize: text too large: the request's body is 4098 bytes, past the bound of 4096 (raise -max-bytes, or split it)"}},
		{"a negative count", "/summarize", "application/json", `{"text": "جملة أولى. جملة ثانية.", "sentences": -1}`, 400, summarize.Response{Error: "Request.Sentences is -1"}},
		{"a count that is no number", "/summarize?words=many", "text/plain", article, 400, summarize.Response{Error: `web: the query's words is "many"; use a whole number`}},
		{"broken JSON", "/summarize", "application/json", `{"text": `, 400, summarize.Response{Error: "web: the body is no JSON request"}},
		{"a feed, which /articles reads", "/summarize", "application/rss+xml", feed, 422, summarize.Response{Error: "; or POST it to /articles, which summarizes each article it holds"}},
		{"subtitles, which /articles reads", "/summarize", "text/plain", "1\n00:00:01,000 --> 00:00:03,000\nارتفعت أسعار النفط اليوم بعد قرار أوبك.\n\n2\n00:00:04,000 --> 00:00:06,000\nوقال محللون إن الأسواق تترقب بيانات المخزون.\n", 422, summarize.Response{Error: "; or POST it to /articles"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, got := post(t, h, tc.target, tc.contentType, strings.NewReader(tc.body))
			assert.Equal(t, tc.status, status, got.Error)
			if tc.status == 200 {
				require.NotEmpty(t, got.Summary)
				assert.Equal(t, tc.want, got)
				return
			}
			assert.Equal(t, tc.want.ID, got.ID)
			assert.Empty(t, got.Summary)
			assert.Contains(t, got.Error, tc.want.Error)
		})
	}
}

// A body in the charset its Content-Type declares is summarized as the
// same text in UTF-8, its offsets into that text; a body that is UTF-8
// whatever single-byte charset it declares is read as UTF-8; a charset
// that is not decoded here is refused, saying which are.
func TestHandlerCharset(t *testing.T) {
	var s summarize.Summarizer
	h := Handler(&s, Limits{})
	enc := func(e encoding.Encoding, text string) string {
		out, err := e.NewEncoder().String(text)
		require.NoError(t, err)
		return out
	}
	asUTF8 := func() summarize.Response {
		resp, err := s.Answer(context.Background(), summarize.Request{Text: article})
		require.NoError(t, err)
		return resp
	}()
	jsonArticle := `{"text": "` + strings.ReplaceAll(article, "\n", `\n`) + `"}`
	for _, tc := range []struct {
		name, contentType, body string
		status                  int
		err                     string // a part of the error, for a refusal
	}{
		{"Windows-1256", "text/plain; charset=windows-1256", enc(charmap.Windows1256, article), 200, ""},
		{"Windows-1256 as Microsoft labels it, in capitals", "text/plain; charset=X-CP1256", enc(charmap.Windows1256, article), 200, ""},
		{"ISO-8859-6", "text/plain; charset=iso-8859-6", enc(charmap.ISO8859_6, article), 200, ""},
		{"UTF-16 with a byte order mark", "text/plain; charset=utf-16", enc(unicode.UTF16(unicode.BigEndian, unicode.UseBOM), article), 200, ""},
		{"UTF-16LE", "text/plain; charset=utf-16le", enc(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), article), 200, ""},
		{"JSON in Windows-1256", "application/json; charset=windows-1256", enc(charmap.Windows1256, jsonArticle), 200, ""},
		{"UTF-8 said so", "text/plain; charset=utf-8", article, 200, ""},
		{"UTF-8 called Windows-1256", "text/plain; charset=windows-1256", article, 200, ""},
		{"Windows-1256 not declared: the library's refusal, and how to declare it", "text/plain", enc(charmap.Windows1256, article), 422, "; or send it as it is, its charset declared in Content-Type (charset=windows-1256, iso-8859-6 or utf-16)"},
		{"a charset not decoded here", "text/plain; charset=koi8-r", article, 415, `web: the body's charset is "koi8-r", which is not decoded here; send UTF-8, or declare windows-1256, iso-8859-6 or utf-16`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, got := post(t, h, "/summarize", tc.contentType, strings.NewReader(tc.body))
			require.Equal(t, tc.status, status, got.Error)
			if tc.status != 200 {
				assert.Contains(t, got.Error, tc.err)
				assert.Empty(t, got.Sentences)
				return
			}
			assert.Equal(t, asUTF8, got, "the same answer as for the text in UTF-8")
		})
	}
}

// countingReader counts the bytes read from it.
type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// A body past the bound is refused having read little more than the bound,
// however long it is.
func TestHandlerReadsNoFurther(t *testing.T) {
	s := summarize.Summarizer{MaxBytes: 1000}
	body := &countingReader{r: bytes.NewReader(bytes.Repeat([]byte("ا"), 1<<20))}
	status, resp := post(t, Handler(&s, Limits{}), "/summarize", "text/plain", body)
	assert.Equal(t, http.StatusRequestEntityTooLarge, status)
	assert.Contains(t, resp.Error, "raise Summarizer.MaxBytes")
	assert.Less(t, body.n, 64<<10, "bytes read of a body of 2 MiB")
}

// Every refusal has the same shape, its sentences an empty list, whether
// the server or the library made it.
func TestHandlerRefusalShape(t *testing.T) {
	var s summarize.Summarizer
	for _, tc := range []struct{ target, contentType, body string }{
		{"/summarize", "application/json", "{"},                 // the server's
		{"/summarize?words=x", "text/plain", article},           // the server's
		{"/summarize", "text/plain", ""},                        // the library's
		{"/summarize", "application/json", `{"sentences": -1}`}, // the library's
	} {
		w := send(Handler(&s, Limits{}), http.MethodPost, tc.target, tc.contentType, strings.NewReader(tc.body))
		assert.Contains(t, w.Body.String(), `"summary":"","sentences":[],"error":"`, tc)
	}
}

func TestHandlerMethod(t *testing.T) {
	var s summarize.Summarizer
	for _, path := range []string{"/summarize", "/articles"} {
		for _, method := range []string{http.MethodGet, http.MethodPut} {
			w := send(Handler(&s, Limits{}), method, path, "", strings.NewReader(article))
			assert.Equal(t, http.StatusMethodNotAllowed, w.Code, method, path)
			assert.Equal(t, "POST", w.Header().Get("Allow"), method, path)
		}
	}
	w := send(Handler(&s, Limits{}), http.MethodPost, "/other", "", strings.NewReader(article))
	assert.Equal(t, http.StatusNotFound, w.Code)
}

// Under a prefix stripped as the package doc says, the paths answer as
// they do at the root, counted by their own routes.
func TestHandlerUnderPrefix(t *testing.T) {
	var s summarize.Summarizer
	m := NewMetrics()
	mux := http.NewServeMux()
	mux.Handle("/api/", http.StripPrefix("/api", m.Counted(Handler(&s, Limits{}))))
	status, got := post(t, mux, "/api/summarize", "text/plain", strings.NewReader(article))
	assert.Equal(t, http.StatusOK, status, got.Error)
	assert.NotEmpty(t, got.Sentences)
	assert.Equal(t, http.StatusOK, send(mux, http.MethodGet, "/api/healthz", "", nil).Code)
	assert.Equal(t, http.StatusNotFound, send(mux, http.MethodPost, "/summarize", "", strings.NewReader(article)).Code)
	var text strings.Builder
	m.write(&text)
	assert.Contains(t, text.String(), "\ntalkhis_requests_total{path=\"/summarize\",status=\"200\"} 1\n")
	assert.Contains(t, text.String(), "\ntalkhis_requests_total{path=\"/healthz\",status=\"200\"} 1\n")
	w := send(mux, http.MethodPost, "/api/articles", "application/rss+xml", strings.NewReader(feed))
	assert.Equal(t, http.StatusOK, w.Code, w.Body.String())
	text.Reset()
	m.write(&text)
	assert.Contains(t, text.String(), "\ntalkhis_requests_total{path=\"/articles\",status=\"200\"} 1\n")
}

// Many requests at once get each its own answer, the same as one at a time
// (go test -race checks the sharing).
func TestHandlerConcurrent(t *testing.T) {
	seed, err := os.ReadFile("../../testdata/seed.txt")
	require.NoError(t, err)
	texts := []string{article, string(seed), "جملة أولى عن الطقس. جملة ثانية عن المطر."}
	var s summarize.Summarizer
	h := Handler(&s, Limits{})
	want := make([]summarize.Response, len(texts))
	for i, text := range texts {
		_, want[i] = post(t, h, "/summarize", "text/plain", strings.NewReader(text))
	}
	var wg sync.WaitGroup
	got := make([]summarize.Response, 30)
	for k := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := send(h, http.MethodPost, "/summarize", "", strings.NewReader(texts[k%len(texts)]))
			if w.Code == http.StatusOK {
				json.Unmarshal(w.Body.Bytes(), &got[k])
			}
		}()
	}
	wg.Wait()
	for k := range got {
		assert.Equal(t, want[k%len(texts)], got[k], k)
	}
}

// The seed article through the handler, against the library's Answer
// alone: what reading the body, the status and the JSON cost; with Logged
// around it, what a line of the log adds; and served as the program
// serves it, counted for its metrics and logged.
func BenchmarkHandler(b *testing.B) {
	seed, err := os.ReadFile("../../testdata/seed.txt")
	require.NoError(b, err)
	var s summarize.Summarizer
	for _, bc := range []struct {
		name string
		h    http.Handler
	}{
		{"handler", Handler(&s, Limits{})},
		{"logged", Logged(Handler(&s, Limits{}), slog.New(slog.NewTextHandler(io.Discard, nil)))},
		{"served", Logged(NewMetrics().Counted(Handler(&s, Limits{})), slog.New(slog.NewTextHandler(io.Discard, nil)))},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(seed)))
			for b.Loop() {
				w := send(bc.h, http.MethodPost, "/summarize", "", bytes.NewReader(seed))
				if w.Code != http.StatusOK {
					b.Fatal(w.Code, w.Body.String())
				}
			}
		})
	}
	b.Run("answer", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(seed)))
		for b.Loop() {
			if _, err := s.Answer(context.Background(), summarize.Request{Text: string(seed)}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// heldBody is a request body that, once read, holds its reader until
// released, as a client sending a large body slowly does.
type heldBody struct {
	r        io.Reader
	reading  chan struct{} // closed at the first Read
	released chan struct{}
	once     sync.Once
}

func newHeldBody(text string) *heldBody {
	return &heldBody{r: strings.NewReader(text), reading: make(chan struct{}), released: make(chan struct{})}
}

func (b *heldBody) Read(p []byte) (int, error) {
	b.once.Do(func() { close(b.reading) })
	<-b.released
	return b.r.Read(p)
}

// hold sends body to h on a goroutine, its declared length n (-1: none, as
// a chunked body), and returns once h reads it; the status comes on the
// channel when the body is released, or at once if h answers without
// reading it (a refusal), so that a test fails rather than hangs.
func hold(h http.Handler, body *heldBody, n int64) <-chan int {
	done := make(chan int, 1)
	r := httptest.NewRequest(http.MethodPost, "/summarize", body)
	r.ContentLength = n
	go func() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		done <- w.Code
	}()
	select {
	case <-body.reading:
		return done
	case code := <-done:
		refused := make(chan int, 1)
		refused <- code
		return refused
	}
}

// Bodies read or summarized at once hold no more bytes than Limits allow:
// a request past the room waits, and is answered 503 when none comes in
// time; one that fits beside those in flight is answered at once, and the
// room comes back when they end.
func TestHandlerInFlight(t *testing.T) {
	var s summarize.Summarizer
	two := strings.Repeat(article+"\n", 2)
	room := int64(len(article)) * 5 / 2
	for _, tc := range []struct {
		name, setting, want string
	}{
		{"the setting unnamed", "", fmt.Sprintf("web: busy: the bodies being read and summarized fill Limits.InFlight (%d bytes); retry later", room)},
		{"the setting named", "-max-in-flight", fmt.Sprintf("web: busy: the bodies being read and summarized fill -max-in-flight (%d bytes); retry later", room)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := Handler(&s, Limits{InFlight: room, Wait: 50 * time.Millisecond, InFlightName: tc.setting})
			first := newHeldBody(article)
			done := hold(h, first, int64(len(article)))
			w := send(h, http.MethodPost, "/summarize?id=b", "text/plain", strings.NewReader(two))
			assert.Equal(t, http.StatusServiceUnavailable, w.Code, "two articles beside one, in the room of two and a half")
			assert.Equal(t, "1", w.Header().Get("Retry-After"), "the wait, 50 ms, in whole seconds")
			var busy summarize.Response
			require.NoError(t, json.Unmarshal(w.Body.Bytes(), &busy))
			assert.Equal(t, "b", busy.ID)
			assert.Equal(t, tc.want, busy.Error)
			assert.Equal(t, http.StatusOK, send(h, http.MethodPost, "/summarize", "", strings.NewReader(article)).Code, "one beside one")

			close(first.released)
			assert.Equal(t, http.StatusOK, <-done)
			assert.Equal(t, http.StatusOK, send(h, http.MethodPost, "/summarize", "", strings.NewReader(two)).Code, "the room back")
		})
	}
}

func TestRetryAfter(t *testing.T) {
	for _, tc := range []struct {
		name string
		wait time.Duration
		want string
	}{
		{"under a second", 50 * time.Millisecond, "1"},
		{"a second and a half", 1500 * time.Millisecond, "2"},
		{"the default", DefaultWait, "10"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, retryAfter(tc.wait))
		})
	}
}

// A body that declares no length weighs as much as the bound allows it to
// be; one larger than all the room is read alone rather than never.
func TestHandlerInFlightWeight(t *testing.T) {
	s := summarize.Summarizer{MaxBytes: 1000}
	h := Handler(&s, Limits{InFlight: 1500, Wait: 50 * time.Millisecond})
	chunked := newHeldBody(article)
	done := hold(h, chunked, -1)
	assert.Equal(t, http.StatusServiceUnavailable, send(h, http.MethodPost, "/summarize", "", strings.NewReader(article+strings.Repeat(" ", 600-len(article)))).Code, "600 bytes beside a body of up to 1000")
	close(chunked.released)
	assert.Equal(t, http.StatusOK, <-done)

	small := Handler(&s, Limits{InFlight: 100})
	assert.Equal(t, http.StatusOK, send(small, http.MethodPost, "/summarize", "", strings.NewReader(article)).Code, "%d bytes in a room of 100", len(article))
}

// A body that declares a length past the bound is refused before a byte of
// it is read, and before it waits for room.
func TestHandlerDeclaredLength(t *testing.T) {
	s := summarize.Summarizer{MaxBytes: 1000, MaxBytesName: "-max-bytes"}
	body := &countingReader{r: strings.NewReader(strings.Repeat("ا", 1000))}
	r := httptest.NewRequest(http.MethodPost, "/summarize?id=big", body)
	r.ContentLength = 2000
	w := httptest.NewRecorder()
	Handler(&s, Limits{InFlight: 10, Wait: time.Hour}).ServeHTTP(w, r)
	assert.Equal(t, http.StatusRequestEntityTooLarge, w.Code)
	assert.Zero(t, body.n, "bytes read")
	var resp summarize.Response
	require.NoError(t, json.Unmarshal(w.Body.Bytes(), &resp))
	assert.Equal(t, summarize.Response{ID: "big", Sentences: []summarize.Sentence{}, Error: "summarize: text too large: the request's body is 2000 bytes, past the bound of 1000 (raise -max-bytes, or split it)"}, resp)
}

// allocated returns the fewest bytes f allocated in three runs: a runtime
// count, not a time, so the same on a loaded machine.
func allocated(f func()) uint64 {
	least := uint64(math.MaxUint64)
	for range 3 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		f()
		runtime.ReadMemStats(&after)
		least = min(least, after.TotalAlloc-before.TotalAlloc)
	}
	return least
}

// TestHandlerHoldsBodyOnce: what the handler allocates for a body, beyond
// what the library allocates for its text, is one copy of the body and
// little more (JSON's decoding adds its own). A body read with io.ReadAll
// and then made a string costs three: ReadAll's buffer grows by doubling,
// and the string is a copy.
func TestHandlerHoldsBodyOnce(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector's build allocates otherwise; CI runs this without it, with Go 1.24.0 and the newest")
	}
	seed, err := os.ReadFile("../../testdata/seed.txt")
	require.NoError(t, err)
	var text strings.Builder
	for i := 0; text.Len() < 512<<10; i++ {
		fmt.Fprintf(&text, "%d\n%s\n\n", i, seed) // each copy a line of its own
	}
	body := []byte(text.String())
	asJSON, err := json.Marshal(summarize.Request{ID: "x", Text: text.String()})
	require.NoError(t, err)
	var s summarize.Summarizer
	h := Handler(&s, Limits{})
	for _, tc := range []struct {
		name, target, contentType string
		body                      []byte
		library                   func()
		most                      float64 // the handler's bytes beyond the library's, in bodies
	}{
		{"POST /summarize", "/summarize", "text/plain", body, func() {
			_, err := s.Answer(context.Background(), summarize.Request{Text: text.String()})
			require.NoError(t, err)
		}, 1.5},
		// json.Unmarshal unquotes the text into bytes, then makes them a
		// string: two copies of its own.
		{"POST /summarize, a JSON request", "/summarize", "application/json", asJSON, func() {
			_, err := s.Answer(context.Background(), summarize.Request{ID: "x", Text: text.String()})
			require.NoError(t, err)
		}, 3.5},
		{"POST /articles, a text of one article", "/articles", "text/plain", body, func() {
			for _, err := range s.SummarizeArticles(context.Background(), s.ReadArticles(bytes.NewReader(body)), 0) {
				require.NoError(t, err)
			}
		}, 1.5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			library := allocated(tc.library)
			handler := allocated(func() {
				w := send(h, http.MethodPost, tc.target, tc.contentType, bytes.NewReader(tc.body))
				require.Equal(t, http.StatusOK, w.Code, w.Body.String())
			})
			require.Greater(t, handler, library)
			t.Logf("library %d bytes, handler %d: %.2f times the body's %d beyond", library, handler, float64(handler-library)/float64(len(tc.body)), len(tc.body))
			assert.Less(t, float64(handler-library)/float64(len(tc.body)), tc.most, "the handler's bytes beyond the library's, as a share of the body's %d", len(tc.body))
		})
	}
}

// A declared length is a claim, not bytes: with no bound on the body, a
// client that declares a terabyte and sends a line makes the handler make
// room for no more than the library's default bound before bytes come.
func TestHandlerDeclaredLengthUnbounded(t *testing.T) {
	s := summarize.Summarizer{MaxBytes: -1}
	h := Handler(&s, Limits{InFlight: -1})
	got := allocated(func() {
		r := httptest.NewRequest(http.MethodPost, "/summarize", strings.NewReader(article))
		r.ContentLength = 1 << 40
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		assert.Equal(t, http.StatusOK, w.Code, w.Body.String())
	})
	assert.LessOrEqual(t, got, uint64(summarize.DefaultMaxBytes)+1<<20, "bytes allocated for a body of %d", len(article))
}

// The zero room and the Summarizer's zero bound are sized to the memory
// the server may hold (Sized): in a container of 512 MiB, 16 MiB of
// bodies at once, each up to 8 MiB, where the defaults would let sixteen
// clients get the server killed. What is set stands.
func TestHandlerSizedToMemory(t *testing.T) {
	// declared asks for a body that declares n bytes and sends the article.
	declared := func(h http.Handler, n int64) (int, summarize.Response) {
		r := httptest.NewRequest(http.MethodPost, "/summarize", strings.NewReader(article))
		r.ContentLength = n
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		var resp summarize.Response
		require.NoError(t, json.Unmarshal(w.Body.Bytes(), &resp), w.Body.String())
		return w.Code, resp
	}
	for _, tc := range []struct {
		name     string
		s        summarize.Summarizer
		lim      Limits
		maxBytes int64 // the largest body answered
	}{
		{"a container of 512 MiB", summarize.Summarizer{}, Limits{Memory: 512 << 20}, 8 << 20},
		{"a container of 128 MiB", summarize.Summarizer{}, Limits{Memory: 128 << 20}, 2 << 20},
		{"4 GiB: the defaults", summarize.Summarizer{}, Limits{Memory: 4 << 30}, summarize.DefaultMaxBytes},
		{"the memory not to be read: the defaults", summarize.Summarizer{}, Limits{Memory: -1}, summarize.DefaultMaxBytes},
		{"the Summarizer's own bound", summarize.Summarizer{MaxBytes: 1000}, Limits{Memory: 512 << 20}, 1000},
		{"the Summarizer's own bound past the sized one", summarize.Summarizer{MaxBytes: 32 << 20}, Limits{Memory: 512 << 20}, 32 << 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := Handler(&tc.s, tc.lim)
			status, resp := declared(h, tc.maxBytes)
			assert.Equal(t, http.StatusOK, status, resp.Error)
			status, resp = declared(h, tc.maxBytes+1)
			assert.Equal(t, http.StatusRequestEntityTooLarge, status)
			assert.Contains(t, resp.Error, fmt.Sprintf("past the bound of %d (raise Summarizer.MaxBytes", tc.maxBytes))
		})
	}

	t.Run("the room of a container of 512 MiB", func(t *testing.T) {
		var s summarize.Summarizer
		h := Handler(&s, Limits{Memory: 512 << 20, Wait: 50 * time.Millisecond})
		// Two chunked bodies weigh the bound each, 8 MiB: the room, 16.
		first, second := newHeldBody(article), newHeldBody(article)
		done := []<-chan int{hold(h, first, -1), hold(h, second, -1)}
		status, resp := declared(h, 1)
		assert.Equal(t, http.StatusServiceUnavailable, status)
		assert.Equal(t, fmt.Sprintf("web: busy: the bodies being read and summarized fill Limits.InFlight (%d bytes); retry later", 16<<20), resp.Error)
		close(first.released)
		close(second.released)
		for _, d := range done {
			assert.Equal(t, http.StatusOK, <-d)
		}
	})
	t.Run("a room set stands", func(t *testing.T) {
		var s summarize.Summarizer
		h := Handler(&s, Limits{InFlight: 24 << 20, Memory: 512 << 20, Wait: 50 * time.Millisecond})
		first, second := newHeldBody(article), newHeldBody(article)
		done := []<-chan int{hold(h, first, -1), hold(h, second, -1)}
		status, resp := declared(h, 8<<20)
		assert.Equal(t, http.StatusOK, status, "8 MiB beside 16 in a room of 24: %s", resp.Error)
		close(first.released)
		close(second.released)
		for _, d := range done {
			assert.Equal(t, http.StatusOK, <-d)
		}
	})
}
