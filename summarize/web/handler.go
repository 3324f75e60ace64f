package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"mime"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/sync/semaphore"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/tokenize"
)

// Limits bound what a Handler holds at once. A text takes some five times
// its size in memory while it is summarized, and up to twenty-five times
// for the worst texts we have made, so a server that took every request at
// once would run out of memory under a few clients that each sent a text
// of the largest size it accepts.
type Limits struct {
	// InFlight is the most bytes of request bodies being read or
	// summarized at once: 0 is sized to Memory (Sized), and is
	// DefaultInFlight from 4 GiB up or where the memory is not known;
	// less than 0 is no bound. A body weighs its declared length, or the
	// Summarizer's bound when it declares none (a chunked one) or, to POST
	// /articles, which reads one past the bound an article at a time, a
	// longer one; one that weighs more than InFlight is taken alone.
	InFlight int64
	// Wait is how long a request waits for room before it is answered
	// 503, with as long in Retry-After (0: DefaultWait). Under it a client
	// is still sending, and the server's ReadTimeout must leave time to
	// read the body after it.
	Wait time.Duration
	// InFlightName is how a 503 for want of room names what raises the
	// room; "" means "Limits.InFlight". A program whose operators set it
	// otherwise names that: a flag, a configuration key.
	InFlightName string
	// Memory is the bytes the server may hold, to which a zero InFlight
	// and the Summarizer's zero MaxBytes are sized (Sized): 0 reads the
	// process's bound when Handler is made (summarize.ReadMemory: its container's
	// limit, else the machine's), less than 0 reads none and keeps the
	// defaults, made for 4 GiB and more.
	Memory int64
}

const (
	// DefaultInFlight is two bodies at the library's default bound: a
	// long text is itself summarized on all cores, so more at once would
	// add memory, not speed.
	DefaultInFlight int64 = 2 * summarize.DefaultMaxBytes
	// DefaultWait is Limits.Wait's zero value.
	DefaultWait = 10 * time.Second
)

// The paths Handler serves, which Counted counts by.
const (
	summarizePath = "/summarize"
	articlesPath  = "/articles"
	healthPath    = "/healthz"
)

// Handler answers POST /summarize and POST /articles with s (see the
// package doc), holding no more than lim allows at once, and GET /healthz
// with 200 for a load balancer's or an orchestrator's probe. s must not
// change while it serves: a Summarizer is safe for concurrent use.
func Handler(s *summarize.Summarizer, lim Limits) http.Handler {
	if lim.InFlight == 0 || s.MaxBytes == 0 {
		sized := *s
		SizeTo(lim.memory(), &sized, &lim)
		s = &sized
	}
	if lim.Wait == 0 {
		lim.Wait = DefaultWait
	}
	if lim.InFlightName == "" {
		lim.InFlightName = "Limits.InFlight"
	}
	var room *semaphore.Weighted
	if lim.InFlight > 0 {
		room = semaphore.NewWeighted(lim.InFlight)
	}
	// A refusal for want of room says the same to every request.
	retry := retryAfter(lim.Wait)
	busy := fmt.Errorf("web: busy: the bodies being read and summarized fill %s (%d bytes); retry later", lim.InFlightName, lim.InFlight)
	// admit takes r's weight of the room, to be given back once r is
	// answered, or refuses r: too large, or no room in time.
	admit := func(w http.ResponseWriter, r *http.Request, stream bool) (weight int64, ok bool) {
		weight, err := weigh(s, r, stream)
		if err != nil {
			refuse(w, r, http.StatusRequestEntityTooLarge, r.URL.Query().Get("id"), err)
			return 0, false
		}
		if room == nil {
			return 0, true
		}
		weight = min(weight, lim.InFlight)
		if err := take(r.Context(), room, weight, lim.Wait); err != nil {
			w.Header().Set("Retry-After", retry)
			refuse(w, r, http.StatusServiceUnavailable, r.URL.Query().Get("id"), busy)
			return 0, false
		}
		return weight, true
	}
	// release gives back what admit took: not a func admit returns, which
	// a request would allocate.
	release := func(weight int64) {
		if room != nil {
			room.Release(weight)
		}
	}
	mux := http.NewServeMux()
	// The method in the pattern answers any other with 405 and Allow.
	mux.HandleFunc("POST "+summarizePath, func(w http.ResponseWriter, r *http.Request) {
		weight, ok := admit(w, r, false)
		if !ok {
			return
		}
		defer release(weight)
		req, status, err := request(s, w, r)
		if err != nil {
			refuse(w, r, status, req.ID, err)
			return
		}
		resp, err := s.Answer(r.Context(), req)
		if err != nil {
			resp.Error = refusal(err).Error()
			if holdsArticles(s, req.Text, err) {
				resp.Error += "; or POST it to " + articlesPath + ", which summarizes each article it holds"
			}
			answer(w, r, statusOf(err), resp)
			return
		}
		answer(w, r, http.StatusOK, resp)
	})
	mux.HandleFunc("POST "+articlesPath, func(w http.ResponseWriter, r *http.Request) {
		weight, ok := admit(w, r, true)
		if !ok {
			return
		}
		defer release(weight)
		articles(s, w, r)
	})
	// A probe's: the server is up and serving. It says nothing of the
	// room, which a request that finds none waits for.
	mux.HandleFunc("GET "+healthPath, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	return mux
}

// memory is the bytes to size the defaults to: Memory, or the process's
// bound; 0 for the defaults.
func (lim Limits) memory() int64 {
	switch {
	case lim.Memory > 0:
		return lim.Memory
	case lim.Memory < 0:
		return 0
	}
	m, _ := summarize.ReadMemory(os.DirFS("/"))
	return m.Bytes // 0 where it cannot be read
}

// take takes weight of the room, waiting up to wait when there is none;
// the timer is made only then, as a request seldom waits.
func take(ctx context.Context, room *semaphore.Weighted, weight int64, wait time.Duration) error {
	if room.TryAcquire(weight) {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	return room.Acquire(ctx, weight)
}

// retryAfter is a 503's Retry-After: as long as the request waited, in
// whole seconds, and at least one.
func retryAfter(wait time.Duration) string {
	return strconv.Itoa(int(max(time.Second, wait.Round(time.Second)) / time.Second))
}

// weigh returns what r's body may take of the room: its declared length,
// or s's bound where it declares none; a declared length past the bound is
// refused before a byte of the body is read, or, for a body read an
// article at a time (stream: POST /articles, see articlesBody), weighs
// the bound.
func weigh(s *summarize.Summarizer, r *http.Request, stream bool) (int64, error) {
	limit := int64(s.ByteLimit())
	switch {
	case limit >= 0 && r.ContentLength > limit && stream:
		return limit, nil
	case limit >= 0 && r.ContentLength > limit:
		return 0, bodyTooLarge(s, r.ContentLength)
	case r.ContentLength >= 0:
		return r.ContentLength, nil
	case limit >= 0:
		return limit, nil
	}
	return math.MaxInt64, nil // as much as there is room for
}

// bodyTooLarge is the refusal of a body past s's bound, of size bytes (0:
// read no further than the bound).
func bodyTooLarge(s *summarize.Summarizer, size int64) error {
	return &summarize.SizeError{What: "the request's body", Size: size, Limit: s.ByteLimit(), Setting: s.MaxBytesName, Fix: "split it"}
}

// refuse answers a request that is not summarized: no sentences is [], as
// the library's own refusals give it.
func refuse(w http.ResponseWriter, r *http.Request, status int, id string, err error) {
	answer(w, r, status, summarize.Response{ID: id, Sentences: []summarize.Sentence{}, Error: err.Error()})
}

// request reads r: a JSON body as a summarize.Request, any other as the
// text, with the query's fields.
func request(s *summarize.Summarizer, w http.ResponseWriter, r *http.Request) (summarize.Request, int, error) {
	q := r.URL.Query()
	req := summarize.Request{ID: q.Get("id"), Title: q.Get("title")}
	var err error
	if req.Sentences, req.Words, err = counts(q); err != nil {
		return req, http.StatusBadRequest, err
	}
	media, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if media != "application/json" {
		var status int
		req.Text, status, err = body(s, w, r, params["charset"])
		return req, status, err
	}
	// Read as bytes, which json.Unmarshal reads: made a string first,
	// the body would be copied once more.
	var data bytes.Buffer
	if status, err := read(s, w, r, &data); err != nil {
		return req, status, err
	}
	raw, err := decodedBytes(params["charset"], data.Bytes())
	if err != nil {
		return req, http.StatusUnsupportedMediaType, err
	}
	// The query's fields stand where the body leaves them out.
	if err := json.Unmarshal(raw, &req); err != nil {
		return req, http.StatusBadRequest, fmt.Errorf("web: the body is no JSON request ({\"id\", \"text\", \"title\"?, \"sentences\"?, \"words\"?}): %w", err)
	}
	return req, 0, nil
}

// counts reads the query's sentences and words, 0 where it gives none.
func counts(q url.Values) (sentences, words int, err error) {
	if sentences, err = count(q, "sentences"); err != nil {
		return 0, 0, err
	}
	words, err = count(q, "words")
	return sentences, words, err
}

// count reads the query's whole number name, 0 where it gives none. (A
// loop over pointers to the two would move them to the heap: an
// allocation a request.)
func count(q url.Values, name string) (int, error) {
	v := q.Get(name)
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("web: the query's %s is %q; use a whole number", name, v)
	}
	return n, nil
}

// body reads r's body as a string, decoded from charset, the one its
// Content-Type declares (read).
func body(s *summarize.Summarizer, w http.ResponseWriter, r *http.Request, charset string) (text string, status int, err error) {
	var sb strings.Builder
	if status, err := read(s, w, r, &sb); err != nil {
		return "", status, err
	}
	if text, err = decoded(charset, sb.String()); err != nil {
		return "", http.StatusUnsupportedMediaType, err
	}
	return text, 0, nil
}

// sink is what read reads a body into: a strings.Builder, whose string is
// no copy, or a bytes.Buffer.
type sink interface {
	io.Writer
	Grow(n int)
}

// read reads r's body into dst, one byte past s's bound at most, so that
// a text Summarize would refuse is never held whole. dst is first made
// room for the length the body declares: io.ReadAll's buffer would grow
// by doubling to it, and a string made of it be a copy, three times the
// body in all.
func read(s *summarize.Summarizer, w http.ResponseWriter, r *http.Request, dst sink) (status int, err error) {
	b := r.Body
	limit := s.ByteLimit()
	if limit >= 0 {
		b = http.MaxBytesReader(innermost(w), r.Body, int64(limit))
	}
	if err := fill(dst, b, r.ContentLength); err != nil {
		if tooLarge := new(http.MaxBytesError); errors.As(err, &tooLarge) {
			return http.StatusRequestEntityTooLarge, bodyTooLarge(s, 0)
		}
		return http.StatusBadRequest, err
	}
	return 0, nil
}

// fill reads src into dst, first made room for the length declared, if
// any (read's doc says why).
func fill(dst sink, src io.Reader, declared int64) error {
	if declared > 0 {
		// weigh has refused a length past the bound; with none, or one an
		// operator raised, a length is a claim, and the room made before
		// the bytes come is no more than the default bound.
		n := int(min(declared, summarize.DefaultMaxBytes))
		if _, ok := dst.(*bytes.Buffer); ok {
			n += bytes.MinRead // the room it asks for before it learns the body has ended
		}
		dst.Grow(n)
	}
	buf := copyBuffers.Get().(*[32 << 10]byte)
	_, err := io.CopyBuffer(dst, src, buf[:])
	copyBuffers.Put(buf)
	if err != nil {
		return fmt.Errorf("web: reading the request's body: %w", err)
	}
	return nil
}

// copyBuffers hold what body reads through on its way into the string: a
// strings.Builder reads nothing itself, so io.Copy would make a buffer a
// request, larger than most bodies.
var copyBuffers = sync.Pool{New: func() any { return new([32 << 10]byte) }}

// declarable names the charsets a client may declare (tokenize.Charset),
// as the refusals that send it there say.
const declarable = "windows-1256, iso-8859-6 or utf-16"

// decoded returns data as UTF-8, decoded from the charset its Content-Type
// declares (tokenize.Charset: Windows-1256, ISO-8859-6, UTF-16), as an
// older Arabic system sends it; UTF-8, and no charset, as it is. Data that
// is valid UTF-8 stays as it is whatever single-byte charset it declares:
// no Arabic in one is valid UTF-8, ASCII reads the same in both, and
// clients that call every text Windows-1256 are many. A charset it does
// not know is refused, saying which it does.
func decoded(charset string, text string) (string, error) {
	if charset == "" {
		return text, nil
	}
	enc, ok := tokenize.Charset(charset)
	if !ok {
		return "", fmt.Errorf("web: the body's charset is %q, which is not decoded here; send UTF-8, or declare %s (utf-16le, utf-16be)", charset, declarable)
	}
	if asUTF8(enc, text) {
		return text, nil
	}
	out, err := enc.NewDecoder().String(text)
	if err != nil {
		return "", fmt.Errorf("web: the body is not %s as its Content-Type says: %w", charset, err)
	}
	return out, nil
}

// asUTF8 reports whether text declared in enc (tokenize.Charset's) is
// read as it is: enc is UTF-8's (nil), or a charset of a byte a character
// and text valid UTF-8 (see decoded).
func asUTF8(enc encoding.Encoding, text string) bool {
	_, single := enc.(*charmap.Charmap)
	return enc == nil || single && utf8.ValidString(text)
}

// decodedBytes is decoded for a body read as bytes: data itself where no
// charset or UTF-8 is declared, as a JSON body mostly is; a copy
// otherwise.
func decodedBytes(charset string, data []byte) ([]byte, error) {
	if enc, ok := tokenize.Charset(charset); charset == "" || ok && enc == nil {
		return data, nil
	}
	text, err := decoded(charset, string(data))
	return []byte(text), err
}

// innermost returns the ResponseWriter that w wraps, through each wrapper's
// Unwrap (as http.ResponseController finds it): only the server's own
// learns from http.MaxBytesReader that a body was too large, and then reads
// no more of it; told nothing, net/http reads on after the handler, up to
// 256 KiB, to keep the connection.
func innermost(w http.ResponseWriter) http.ResponseWriter {
	for {
		u, ok := w.(interface{ Unwrap() http.ResponseWriter })
		if !ok {
			return w
		}
		w = u.Unwrap()
	}
}

// refusal is err, a refusal by the library, as a client of HTTP reads it:
// the library's advice for text not in UTF-8 is a Go caller's, and a
// client may instead say what it sends.
func refusal(err error) error {
	if errors.Is(err, summarize.ErrEncoding) {
		return fmt.Errorf("%w; or send it as it is, its charset declared in Content-Type (charset=%s)", err, declarable)
	}
	return err
}

// holdsArticles says whether text, which Summarize refused as a file of
// some kind (a feed, subtitles, an e-mail, JSON, a table, a document),
// holds articles that POST /articles reads: the library's advice for them
// is a Go caller's. It reads them only on that refusal's path, and a PDF,
// refused as a document too, holds none.
func holdsArticles(s *summarize.Summarizer, text string, err error) bool {
	for _, kind := range []error{summarize.ErrFeed, summarize.ErrSubtitles, summarize.ErrMail, summarize.ErrJSON, summarize.ErrCSV, summarize.ErrWikitext, summarize.ErrDocument} {
		if errors.Is(err, kind) {
			_, err := s.Articles(text)
			return err == nil
		}
	}
	return false
}

// statusOf is the status of a refusal by the library: the text too large,
// a request's setting out of range, or a text that is no prose to
// summarize, whose error says what it is and what to do.
func statusOf(err error) int {
	switch {
	case errors.Is(err, summarize.ErrTooLarge):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, summarize.ErrConfig):
		return http.StatusBadRequest
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable
	}
	return http.StatusUnprocessableEntity
}

// answer writes resp to r as JSON with status, without HTML escaping: the
// summary's «<» and «&» are the text's own. It notes the answer's id,
// sentences and error for Logged and Counted (noteAnswer).
func answer(w http.ResponseWriter, r *http.Request, status int, resp summarize.Response) {
	noteAnswer(r, resp.ID, len(resp.Sentences), resp.Error)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(resp) // the client is gone, or will read what came
}
