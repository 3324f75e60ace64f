package web

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/summarize"
)

// records reads the JSON lines a Logged handler wrote, each as a map.
func records(t *testing.T, buf *bytes.Buffer) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &m), line)
		out = append(out, m)
	}
	return out
}

// Every request is one line of the log, with what an operator looks for:
// what was asked, the answer's status, the article's id, how much was
// read, how many sentences came back, how long it took, and why a request
// was refused.
func TestLogged(t *testing.T) {
	s := summarize.Summarizer{MaxBytes: 4096, MaxBytesName: "-max-bytes"}
	const jsonBody = `{"id": "j", "text": "جملة أولى عن الطقس. جملة ثانية عن المطر."}`
	for _, tc := range []struct {
		name, method, target, contentType, body string
		want                                    map[string]any // the fields beside time and took
	}{
		{"a summary", "POST", "/summarize?id=a1&sentences=1", "text/plain", article,
			map[string]any{"level": "INFO", "msg": "request", "method": "POST", "path": "/summarize", "status": 200.0, "id": "a1", "read": float64(len(article)), "sentences": 1.0}},
		{"the id of a JSON body", "POST", "/summarize", "application/json", jsonBody,
			map[string]any{"level": "INFO", "msg": "request", "method": "POST", "path": "/summarize", "status": 200.0, "id": "j", "read": float64(len(jsonBody)), "sentences": 2.0}},
		{"a text the library refuses", "POST", "/summarize?id=e", "text/plain", "",
			map[string]any{"level": "INFO", "msg": "request", "method": "POST", "path": "/summarize", "status": 422.0, "id": "e", "read": 0.0, "error": "summarize: no sentences in text"}},
		{"a body past the bound, declared", "POST", "/summarize", "text/plain", strings.Repeat("ا", 2049),
			map[string]any{"level": "INFO", "msg": "request", "method": "POST", "path": "/summarize", "status": 413.0, "read": 0.0, "error": "summarize: text too large: the request's body is 4098 bytes, past the bound of 4096 (raise -max-bytes, or split it)"}},
		{"an id past 128 bytes, cut at a character's start", "POST", "/summarize?id=x" + strings.Repeat("م", 100), "text/plain", article,
			map[string]any{"level": "INFO", "msg": "request", "method": "POST", "path": "/summarize", "status": 200.0, "id": "x" + strings.Repeat("م", 63) + "…", "read": float64(len(article)), "sentences": 3.0}},
		{"a path past 128 bytes", "GET", "/" + strings.Repeat("a", 200), "", "",
			map[string]any{"level": "INFO", "msg": "request", "method": "GET", "path": "/" + strings.Repeat("a", 127) + "…", "status": 404.0, "read": 0.0}},
		{"a feed's articles, one of which fails", "POST", "/articles?sentences=1", "application/rss+xml", feed,
			map[string]any{"level": "INFO", "msg": "request", "method": "POST", "path": "/articles", "status": 200.0, "read": float64(len(feed)), "sentences": 2.0,
				"error": "article 2: summarize: no sentences in text: every line is a heading (12 words or fewer without a final mark); end a line with . ! ? or ؟ to have it summarized"}},
		{"another method", "GET", "/summarize", "", "",
			map[string]any{"level": "INFO", "msg": "request", "method": "GET", "path": "/summarize", "status": 405.0, "read": 0.0}},
		{"another path", "POST", "/other", "", article,
			map[string]any{"level": "INFO", "msg": "request", "method": "POST", "path": "/other", "status": 404.0, "read": 0.0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			h := Logged(Handler(&s, Limits{}), slog.New(slog.NewJSONHandler(&buf, nil)))
			w := send(h, tc.method, tc.target, tc.contentType, strings.NewReader(tc.body))
			got := records(t, &buf)
			require.Len(t, got, 1)
			assert.Equal(t, tc.want["status"], float64(w.Code), "the status logged is the one sent")
			took, ok := got[0]["took"].(float64)
			assert.True(t, ok && took >= 0, "took: %v", got[0]["took"])
			_, ok = got[0]["time"].(string)
			assert.True(t, ok, "time: %v", got[0]["time"])
			delete(got[0], "took")
			delete(got[0], "time")
			assert.Equal(t, tc.want, got[0])
		})
	}
}

// A refusal for want of room is logged above the others: it says the
// server is too small for its load.
func TestLoggedBusy(t *testing.T) {
	var s summarize.Summarizer
	var buf bytes.Buffer
	h := Handler(&s, Limits{InFlight: int64(len(article)), Wait: 20 * time.Millisecond})
	first := newHeldBody(article)
	done := hold(h, first, int64(len(article)))
	w := send(Logged(h, slog.New(slog.NewJSONHandler(&buf, nil))), http.MethodPost, "/summarize?id=b", "text/plain", strings.NewReader(article))
	close(first.released)
	require.Equal(t, http.StatusOK, <-done)
	require.Equal(t, http.StatusServiceUnavailable, w.Code)
	got := records(t, &buf)
	require.Len(t, got, 1)
	assert.Equal(t, "WARN", got[0]["level"])
	assert.Equal(t, "b", got[0]["id"])
	assert.Contains(t, got[0]["error"], "web: busy")
}

// countingListener counts the bytes its connections read.
type countingListener struct {
	net.Listener
	read *atomic.Int64
}

func (l countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	return countingConn{c, l.read}, err
}

type countingConn struct {
	net.Conn
	read *atomic.Int64
}

func (c countingConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	c.read.Add(int64(n))
	return n, err
}

// Wrapped for its log and metrics, the handler still has the server read
// no further than the bound of a body past it: net/http reads on after a
// handler (up to 256 KiB, to keep the connection) unless the body's reader
// tells it the body was too large, which it can only through the server's
// own ResponseWriter.
func TestWrappedReadsNoFurther(t *testing.T) {
	s := summarize.Summarizer{MaxBytes: 1000}
	var read atomic.Int64
	for _, tc := range []struct {
		name string
		h    http.Handler
	}{
		{"the handler", Handler(&s, Limits{})},
		{"logged and counted", Logged(NewMetrics().Counted(Handler(&s, Limits{})), slog.New(slog.NewTextHandler(io.Discard, nil)))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			read.Store(0)
			ts := httptest.NewUnstartedServer(tc.h)
			ts.Listener = countingListener{ts.Listener, &read}
			ts.Start()
			defer ts.Close()
			// A body the length of which is not declared, so that it is
			// read up to the bound, sent in pieces as a client sends.
			resp, err := http.Post(ts.URL+"/summarize", "text/plain", io.MultiReader(strings.NewReader(strings.Repeat("ا", 500)), &slowZeros{n: 1 << 20}))
			if err == nil {
				assert.Equal(t, http.StatusRequestEntityTooLarge, resp.StatusCode)
				resp.Body.Close()
			}
			ts.Close()
			assert.Less(t, read.Load(), int64(64<<10), "bytes the server read of a body of 1 MiB")
		})
	}
}

// slowZeros gives n zero bytes, 4 KiB a read, a millisecond apart.
type slowZeros struct{ n int }

func (z *slowZeros) Read(p []byte) (int, error) {
	if z.n == 0 {
		return 0, io.EOF
	}
	time.Sleep(time.Millisecond)
	k := min(len(p), 4<<10, z.n)
	clear(p[:k])
	z.n -= k
	return k, nil
}
