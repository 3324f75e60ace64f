package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"time"
	"unicode/utf8"
)

// Logged answers with h and writes one line to log for each request, once
// it is answered: its method and path, the status sent, the article's id
// (from the query or a JSON body), the bytes of the body read, the
// sentences of the summary, how long the answer took, and the error of a
// refusal. A 503 for want of room is a warning, the rest information: a
// server that sends many is too small for its load (see Limits).
func Logged(h http.Handler, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		n, r := noted(r)
		rec := &recorder{ResponseWriter: w}
		h.ServeHTTP(rec, r)
		status := rec.sent()
		attrs := make([]slog.Attr, 0, 8)
		attrs = append(attrs,
			slog.String("method", r.Method),
			slog.String("path", clip(r.URL.Path, maxLoggedID)),
			slog.Int("status", status))
		if n.id != "" {
			attrs = append(attrs, slog.String("id", clip(n.id, maxLoggedID)))
		}
		attrs = append(attrs, slog.Int64("read", n.read))
		if n.sentences > 0 {
			attrs = append(attrs, slog.Int("sentences", n.sentences))
		}
		attrs = append(attrs, slog.Duration("took", time.Since(start)))
		if n.err != "" {
			attrs = append(attrs, slog.String("error", n.err))
		}
		level := slog.LevelInfo
		if status == http.StatusServiceUnavailable {
			level = slog.LevelWarn
		}
		log.LogAttrs(r.Context(), level, "request", attrs...)
	})
}

// maxLoggedID is the most bytes of an id or a path a line of the log
// holds: both are the client's, and a body may hold an id of megabytes.
const maxLoggedID = 128

// clip returns s cut to at most n bytes at a character's start, with «…»
// after it when cut.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// note is what Handler tells Logged and Counted of a request it answered,
// through the request's context: what the status alone does not show.
type note struct {
	id        string
	sentences int
	err       string
	read      int64
}

type noteKey struct{}

// noted returns the note of r, and r with it: the one a wrapper outside
// made (Logged around Counted, say), or a new one, whose reading of the
// body it counts.
func noted(r *http.Request) (*note, *http.Request) {
	if n, ok := r.Context().Value(noteKey{}).(*note); ok {
		return n, r
	}
	n := new(note)
	if r.Body != nil {
		r.Body = &counted{ReadCloser: r.Body, n: &n.read}
	}
	return n, r.WithContext(context.WithValue(r.Context(), noteKey{}, n))
}

// noteAnswer tells Logged and Counted, when they serve r, what was
// answered.
func noteAnswer(r *http.Request, id string, sentences int, err string) {
	if n, ok := r.Context().Value(noteKey{}).(*note); ok {
		n.id, n.sentences, n.err = id, sentences, err
	}
}

// recorder keeps the status a handler sends.
type recorder struct {
	http.ResponseWriter
	status int
}

// sent is the status sent: 200 where the handler wrote nothing, as
// net/http then sends.
func (r *recorder) sent() int {
	if r.status == 0 {
		return http.StatusOK
	}
	return r.status
}

func (r *recorder) WriteHeader(status int) {
	if r.status == 0 {
		r.status = status
	}
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(p []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.ResponseWriter.Write(p)
}

// Unwrap lets http.ResponseController reach the connection's own writer.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// counted counts the bytes read from a request's body.
type counted struct {
	io.ReadCloser
	n *int64
}

func (c *counted) Read(p []byte) (int, error) {
	k, err := c.ReadCloser.Read(p)
	*c.n += int64(k)
	return k, err
}
