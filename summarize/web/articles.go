package web

import (
	"cmp"
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"strings"

	"github.com/talkhis/talkhis/summarize"
)

// articleLine is a line of the answer to POST /articles: an article's
// summary, or the error that ended the answer (Article 0).
type articleLine struct {
	Article   int                  `json:"article,omitempty"` // its place in the body, from 1
	ID        string               `json:"id,omitempty"`      // the article's own, where the body gives one
	Title     string               `json:"title,omitempty"`
	Summary   string               `json:"summary"`
	Sentences []summarize.Sentence `json:"sentences"` // offsets into the article's text as the library takes it out
	Error     string               `json:"error,omitempty"`
}

// articles answers POST /articles: the body read as a file of articles, as
// Summarizer.ReadArticles reads one (a feed, JSON or JSON Lines, a table in
// CSV, a corpus's file, a web archive, an archive of files, an e-mail, a
// word processor's document, subtitles; compressed or not), each article
// summarized with its own headline and the query's sentences and words, and
// the answer JSON Lines, a line an article in the body's order, each sent
// as soon as it and those before it are done
// (Summarizer.SummarizeArticles). A body refused before its first article
// is answered as POST /summarize answers a refusal, with its status; once
// lines are sent the status is 200, and an error that ends the body's
// articles (damage after the first) is its last line.
func articles(s *summarize.Summarizer, w http.ResponseWriter, r *http.Request) {
	sentences, words, err := counts(r.URL.Query())
	if err == nil && (sentences < 0 || words < 0) {
		err = fmt.Errorf("web: the query's sentences and words are %d and %d; use 0 for the server's own or a positive count", sentences, words)
	}
	if err != nil {
		refuse(w, r, http.StatusBadRequest, "", err)
		return
	}
	cfg := *s
	cfg.MaxSentences = cmp.Or(sentences, cfg.MaxSentences)
	cfg.MaxWords = cmp.Or(words, cfg.MaxWords)
	_, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	text, status, err := body(&cfg, w, r, params["charset"])
	if err != nil {
		refuse(w, r, status, "", err)
		return
	}

	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	flusher := http.NewResponseController(w)
	k, said := 0, 0 // articles answered, sentences in their summaries
	last := ""      // the last error, for the log
	for res, err := range cfg.SummarizeArticles(r.Context(), cfg.ReadArticles(strings.NewReader(text)), 0) {
		if err != nil && k == 0 {
			refuse(w, r, statusOf(err), "", refusal(err))
			return
		}
		if k == 0 {
			w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
			w.WriteHeader(http.StatusOK)
		}
		line := articleLine{Sentences: []summarize.Sentence{}}
		if err != nil {
			line.Error = refusal(err).Error()
			last = line.Error
		} else {
			k++
			line.Article, line.ID, line.Title = k, res.Article.ID, res.Article.Title
			if res.Err != nil {
				line.Error = refusal(res.Err).Error()
				last = fmt.Sprintf("article %d: %s", k, line.Error)
			} else {
				// The headline the summary was steered by: the article's, or
				// the heading its text opens with.
				line.Title, line.Summary, line.Sentences = res.Summary.Title, res.Summary.String(), res.Summary.Sentences
				said += len(line.Sentences)
			}
		}
		if enc.Encode(line) != nil {
			break // the client is gone
		}
		flusher.Flush() // a client reads each summary as it comes
	}
	noteAnswer(r, "", said, last)
}
