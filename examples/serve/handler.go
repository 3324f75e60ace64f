package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"

	"github.com/talkhis/talkhis/summarize"
)

// Handler answers POST /summarize with s (see the package doc). s must not
// change while it serves: a Summarizer is safe for concurrent use.
func Handler(s *summarize.Summarizer) http.Handler {
	mux := http.NewServeMux()
	// The method in the pattern answers any other with 405 and Allow.
	mux.HandleFunc("POST /summarize", func(w http.ResponseWriter, r *http.Request) {
		req, status, err := request(s, w, r)
		if err != nil {
			// No sentences is [], as the library's own refusals give it.
			answer(w, status, summarize.Response{ID: req.ID, Sentences: []summarize.Sentence{}, Error: err.Error()})
			return
		}
		resp, err := s.Answer(r.Context(), req)
		if err != nil {
			resp.Error = err.Error()
			answer(w, statusOf(err), resp)
			return
		}
		answer(w, http.StatusOK, resp)
	})
	return mux
}

// request reads r: a JSON body as a summarize.Request, any other as the
// text, with the query's fields. The body is read one byte past s's bound
// at most, so that a text Summarize would refuse is never held whole.
func request(s *summarize.Summarizer, w http.ResponseWriter, r *http.Request) (summarize.Request, int, error) {
	q := r.URL.Query()
	req := summarize.Request{ID: q.Get("id"), Title: q.Get("title")}
	for _, f := range []struct {
		name string
		to   *int
	}{{"sentences", &req.Sentences}, {"words", &req.Words}} {
		if v := q.Get(f.name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				return req, http.StatusBadRequest, fmt.Errorf("serve: the query's %s is %q; use a whole number", f.name, v)
			}
			*f.to = n
		}
	}
	body := r.Body
	limit := s.ByteLimit()
	if limit >= 0 {
		body = http.MaxBytesReader(w, r.Body, int64(limit))
	}
	data, err := io.ReadAll(body)
	if err != nil {
		if tooLarge := new(http.MaxBytesError); errors.As(err, &tooLarge) {
			return req, http.StatusRequestEntityTooLarge, &summarize.SizeError{What: "the request's body", Limit: limit, Setting: s.MaxBytesName, Fix: "split it"}
		}
		return req, http.StatusBadRequest, fmt.Errorf("serve: reading the request's body: %w", err)
	}
	if media, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); media != "application/json" {
		req.Text = string(data)
		return req, 0, nil
	}
	// The query's fields stand where the body leaves them out.
	if err := json.Unmarshal(data, &req); err != nil {
		return req, http.StatusBadRequest, fmt.Errorf("serve: the body is no JSON request ({\"id\", \"text\", \"title\"?, \"sentences\"?, \"words\"?}): %w", err)
	}
	return req, 0, nil
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

// answer writes resp as JSON with status, without HTML escaping: the
// summary's «<» and «&» are the text's own.
func answer(w http.ResponseWriter, status int, resp summarize.Response) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(resp) // the client is gone, or will read what came
}
