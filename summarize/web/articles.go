package web

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/tokenize"
)

// articleLine is a line of the answer to POST /articles: an article's
// summary, or the error that ended the answer (Article 0).
type articleLine struct {
	Article   int                  `json:"article,omitempty"` // its place in the body, from 1, counting those left out for their language (ArticleResult.Place)
	ID        string               `json:"id,omitempty"`      // the article's own, where the body gives one
	Title     string               `json:"title,omitempty"`
	Language  string               `json:"language,omitempty"` // the language the body says it is in (tokenize.Article.Language)
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
// (Summarizer.SummarizeArticles). A body past the Summarizer's bound is
// read an article at a time, each within the bound (see articlesBody). A
// body refused before its first article is answered as POST /summarize
// answers a refusal, with its status; once lines are sent the status is
// 200, and an error that ends the body's articles (damage after the
// first) is its last line.
func articles(s *summarize.Summarizer, w http.ResponseWriter, r *http.Request) {
	sentences, words, err := counts(r.URL.Query())
	if err == nil && (sentences < 0 || words < 0) {
		err = fmt.Errorf("web: the query's sentences and words are %d and %d; use 0 for the server's own or a positive count", sentences, words)
	}
	var langs tokenize.Languages
	if err == nil {
		if langs, err = tokenize.ParseLanguages(r.URL.Query().Get("language")); err != nil {
			err = fmt.Errorf("web: the query's language: %w", err)
		}
	}
	if err != nil {
		refuse(w, r, http.StatusBadRequest, "", err)
		return
	}
	cfg := *s
	cfg.MaxSentences = cmp.Or(sentences, cfg.MaxSentences)
	cfg.MaxWords = cmp.Or(words, cfg.MaxWords)
	if langs != nil {
		cfg.Languages = langs // the query's, over the server's own
	}
	_, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	src, status, err := articlesBody(&cfg, w, r, params["charset"])
	if err != nil {
		refuse(w, r, status, "", err)
		return
	}

	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	flusher := http.NewResponseController(w)
	_, whole := src.(*strings.Reader)
	if !whole {
		// The body is read on while its first lines are sent: an HTTP/1
		// server stops reading a request once its answer is flushed, and
		// ended a body past the bound where its answer began (a file of
		// 3,023 articles after 419). A writer that cannot (a recorder in
		// a test) answers as it may.
		_ = flusher.EnableFullDuplex()
	}
	k, said := 0, 0 // articles answered, sentences in their summaries
	last := ""      // the last error, for the log
	refused := false
	started := false
	// start sends the answer's status and type, once: before its first
	// line, or alone, where the query's languages left no article.
	start := func() {
		if !started {
			w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
			w.WriteHeader(http.StatusOK)
			started = true
		}
	}
	// send answers one result, and reports whether to go on: not once the
	// body is refused, or the client is gone.
	send := func(res summarize.ArticleResult, err error) bool {
		if err != nil && k == 0 {
			refuse(w, r, statusOf(err), "", refusal(err))
			refused = true
			return false
		}
		start()
		line := articleLine{Sentences: []summarize.Sentence{}}
		if err != nil {
			line.Error = refusal(err).Error()
			last = line.Error
		} else {
			k++
			line.Article, line.ID, line.Title, line.Language = res.Place, res.Article.ID, res.Article.Title, res.Article.Language
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
			return false // the client is gone
		}
		flusher.Flush() // a client reads each summary as it comes
		return true
	}
	next, stop := iter.Pull2(cfg.SummarizeArticles(r.Context(), cfg.ReadArticles(src), 0))
	defer stop()
	res, err, ok := next()
	if !whole && ok && err == nil && errors.Is(res.Err, summarize.ErrTooLarge) {
		// A body past the bound that is one article past it (a text, a
		// document that holds no articles) is refused whole, as one was
		// before it was read (a body within the bound, a compressed file
		// of one article past it, answers that article's line as ever).
		after, afterErr, more := next()
		if !more {
			refuse(w, r, statusOf(res.Err), "", refusal(res.Err))
			return
		}
		ok = send(res, err)
		res, err = after, afterErr
	}
	for ok && send(res, err) {
		res, err, ok = next()
	}
	if !refused {
		start()
		noteAnswer(r, "", said, last) // a refusal noted its own
	}
}

// articlesBody returns what POST /articles reads its articles from: r's
// body, held whole where it ends within s's bound, as /summarize holds
// its text; past the bound, what was held and then the rest as it comes,
// which Summarizer.ReadArticles reads an article at a time (JSON Lines, a
// list of records, a table's rows, a feed's or a web archive's items, a
// wiki's pages), each within the bound, and refuses if it holds no
// articles. A body in a declared charset is decoded as /summarize's
// (decoded); past the bound, as it comes, unless its first bound's bytes
// are UTF-8 past ASCII and the charset is of a byte a character: then it
// is read as UTF-8, as decoded reads a text within the bound
// (headAsUTF8).
func articlesBody(s *summarize.Summarizer, w http.ResponseWriter, r *http.Request, charset string) (io.Reader, int, error) {
	enc, known := tokenize.Charset(charset)
	if charset != "" && !known {
		_, err := decoded(charset, "") // the refusal, naming the charsets decoded here
		return nil, http.StatusUnsupportedMediaType, err
	}
	limit := s.ByteLimit()
	if limit < 0 {
		text, status, err := body(s, w, r, charset)
		return strings.NewReader(text), status, err
	}
	var head strings.Builder
	if err := fill(&head, io.LimitReader(r.Body, int64(limit)+1), min(r.ContentLength, int64(limit)+1)); err != nil {
		return nil, http.StatusBadRequest, err
	}
	if head.Len() <= limit {
		text, err := decoded(charset, head.String())
		if err != nil {
			return nil, http.StatusUnsupportedMediaType, err
		}
		return strings.NewReader(text), 0, nil
	}
	src := io.MultiReader(strings.NewReader(head.String()), r.Body)
	if headAsUTF8(enc, head.String()) {
		return src, 0, nil
	}
	return enc.NewDecoder().Reader(src), 0, nil
}

// headAsUTF8 reports whether a body past the bound, declared in enc and
// of which head is the first bytes, is read as UTF-8: as asUTF8 reads a
// whole text, a character cut off at head's end aside, but not on a head
// of ASCII alone, which says nothing of the rest (a JSON export that
// escapes its first records' Arabic, as Python's json.dumps does, then
// writes it raw): the declared charset holds. Within the bound, ASCII
// reads the same either way.
func headAsUTF8(enc encoding.Encoding, head string) bool {
	pastASCII := func(r rune) bool { return r >= utf8.RuneSelf }
	return enc == nil || strings.ContainsFunc(head, pastASCII) && asUTF8(enc, wholeRunes(head))
}

// wholeRunes returns s without the bytes of a character cut off at its
// end, as a body's first bytes may end.
func wholeRunes(s string) string {
	for k := 1; k < utf8.UTFMax && k <= len(s); k++ {
		if utf8.RuneStart(s[len(s)-k]) {
			if !utf8.FullRuneInString(s[len(s)-k:]) {
				return s[:len(s)-k]
			}
			break
		}
	}
	return s
}
