package summarize

import (
	"errors"
	"fmt"

	"github.com/talkhis/talkhis/tokenize"
)

// Articles returns what there is to summarize in text, a file's or a
// request's contents of any kind the library reads, each article with its
// headline when the text gives one:
//   - text that Summarize takes as it comes (Check gives nil): the text
//     itself, untitled (its heading line, if any, is read as a title);
//   - a .docx or .odt (ErrDocument): its text, tokenize.OfficeText;
//   - subtitles (ErrSubtitles): their spoken text, tokenize.Subtitles;
//   - a JSON document or a news feed (ErrJSON, ErrFeed): the articles it
//     holds, tokenize.Articles, in order; an e-mail message (ErrMail): its
//     text, with its subject; when it holds none, an error wrapping
//     ErrNoSentences says so.
//
// Any other refusal is Check's error: a PDF, text in another encoding or
// escaped twice, a text past MaxBytes. Summarize each article's Text with
// its Title as the Summarizer's Title, unless the caller has a title of its
// own; the command in examples/summarize does so with every file it is
// given. Articles splits no sentences: an article may still hold none, which
// Summarize then says.
func (s *Summarizer) Articles(text string) ([]tokenize.Article, error) {
	err := s.Check(text)
	switch {
	case err == nil:
		return []tokenize.Article{{Text: text}}, nil
	case errors.Is(err, ErrDocument):
		doc, ok := tokenize.OfficeText(text)
		if !ok {
			return nil, err // a PDF, an old .doc: Check says what to do
		}
		return []tokenize.Article{{Text: doc}}, nil
	case errors.Is(err, ErrSubtitles):
		spoken, _ := tokenize.Subtitles(text)
		return []tokenize.Article{{Text: spoken}}, nil
	case errors.Is(err, ErrJSON), errors.Is(err, ErrFeed), errors.Is(err, ErrMail):
		if articles, _ := tokenize.Articles(text); len(articles) > 0 {
			return articles, nil
		}
		return nil, noArticle(err)
	}
	return nil, err
}

// noArticle says what holds no article, by Check's refusal of it, and what
// to do.
func noArticle(refusal error) error {
	switch {
	case errors.Is(refusal, ErrJSON):
		return fmt.Errorf("%w: the JSON document holds no article: none of its strings has words; give it the story's text, not only its headline, links and dates", ErrNoSentences)
	case errors.Is(refusal, ErrFeed):
		return fmt.Errorf("%w: the feed holds no article: none of its items or documents has a text with words, as a feed of headlines and links has none; fetch each item's page and summarize its text", ErrNoSentences)
	}
	return fmt.Errorf("%w: the e-mail message holds no text with words, as one whose story is attached has none; save the attachment and summarize that", ErrNoSentences)
}
