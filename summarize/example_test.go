package summarize_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/talkhis/talkhis/summarize"
)

// A batch comes back in the order it went in, one Result per text, and a
// text that cannot be summarized gets its own error without stopping the
// others. The workers share the texts; the results do not depend on how
// many there are.
func ExampleSummarizer_SummarizeAll() {
	texts := []string{
		"افتتح وزير الثقافة معرض الكتاب الدولي اليوم. ويشارك في المعرض ناشرون من عشرين دولة.",
		"   ",
		"ارتفعت أسعار النفط بعد قرار خفض الإنتاج. وقال محللون إن الأسعار قد تواصل الارتفاع.",
	}
	s := summarize.Summarizer{MaxSentences: 1}
	for i, r := range s.SummarizeAll(context.Background(), texts, 2) {
		if r.Err != nil {
			fmt.Println(i, r.Err)
			continue
		}
		fmt.Println(i, r.Summary)
	}
	// Output:
	// 0 افتتح وزير الثقافة معرض الكتاب الدولي اليوم.
	// 1 summarize: no sentences in text
	// 2 ارتفعت أسعار النفط بعد قرار خفض الإنتاج.
}

// JSON Lines in, JSON Lines out, in the same order: each record may set
// its own title and budget, and a bad record gets an error in its own
// line while the stream goes on.
func ExampleSummarizer_SummarizeJSONL() {
	in := strings.NewReader(`{"id":"a","text":"افتتح وزير الثقافة معرض الكتاب الدولي اليوم. ويشارك في المعرض ناشرون من عشرين دولة.","sentences":1}
{"id":"b","text":""}
{"id":"c","text":"نص قصير.","sentences":-1}
`)
	var s summarize.Summarizer
	if err := s.SummarizeJSONL(context.Background(), in, os.Stdout, 0); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"id":"a","summary":"افتتح وزير الثقافة معرض الكتاب الدولي اليوم.","sentences":[{"text":"افتتح وزير الثقافة معرض الكتاب الدولي اليوم.","start":0,"end":81,"index":0,"score":1.6571051688326286}]}
	// {"id":"b","summary":"","sentences":[],"error":"line 2: summarize: no sentences in text"}
	// {"id":"c","summary":"","sentences":[],"error":"line 3: summarize: invalid configuration: Request.Sentences is -1; use 0 for the Summarizer's MaxSentences or a positive count"}
}

// Candidates are the sentences a summary may hold, with the features the
// Auto method weighs: what examples/fit reads to refit the model on one's
// own corpus.
func ExampleSummarizer_Candidates() {
	text := "افتتح وزير الثقافة معرض الكتاب الدولي اليوم. ويشارك في المعرض ناشرون من عشرين دولة. هل تزور المعرض؟"
	var s summarize.Summarizer
	cands, err := s.Candidates(context.Background(), text)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range cands {
		fmt.Printf("%d words, first %.0f, question %.0f: %s\n", c.Words, c.Features[summarize.FeatFirst], c.Features[summarize.FeatQuestion], c.Text)
	}
	// Output:
	// 7 words, first 1, question 0: افتتح وزير الثقافة معرض الكتاب الدولي اليوم.
	// 7 words, first 0, question 0: ويشارك في المعرض ناشرون من عشرين دولة.
	// 3 words, first 0, question 1: هل تزور المعرض؟
}

// A server checks a request before it queues it, and answers at once,
// with what the library says is wrong.
func ExampleSummarizer_Check() {
	s := summarize.Summarizer{MaxBytes: 1 << 20}
	bodies := []string{
		"افتتح وزير الثقافة معرض الكتاب الدولي اليوم.",
		`{"title": "المعرض", "text": "افتتح وزير الثقافة معرض الكتاب الدولي اليوم."}`,
		"\xc7\xdd\xca\xca\xcd \xe6\xd2\xed\xd1 \xc7\xe1\xcb\xde\xc7\xdd\xc9", // Windows-1256
	}
	for _, body := range bodies {
		switch err := s.Check(body); {
		case err == nil:
			fmt.Println("202: queued")
		case errors.Is(err, summarize.ErrJSON):
			fmt.Println("415: JSON; send the article's text")
		case errors.Is(err, summarize.ErrEncoding):
			fmt.Println("415: not UTF-8")
		default:
			fmt.Println("400:", err)
		}
	}
	// Output:
	// 202: queued
	// 415: JSON; send the article's text
	// 415: not UTF-8
}

// A program given files of any kind summarizes what each holds: a text as
// it is, a feed's or a JSON document's articles with their headlines,
// subtitles' spoken text, a .docx's text; what it cannot read, the library
// says why.
func ExampleSummarizer_Articles() {
	var s summarize.Summarizer
	files := []string{
		"افتتح وزير الثقافة معرض الكتاب الدولي اليوم.",
		`[{"title": "المعرض", "text": "افتتح وزير الثقافة معرض الكتاب الدولي اليوم."}, {"title": "الوقود", "text": "رفعت الحكومة أسعار الوقود."}]`,
		`<rss version="2.0"><channel><item><title>المعرض</title><description>افتتح الوزير المعرض اليوم.</description></item></channel></rss>`,
		"1\n00:00:01,000 --> 00:00:03,000\nافتتح الوزير\nالمعرض اليوم.\n",
		"%PDF-1.7\n",
	}
	for _, file := range files {
		articles, err := s.Articles(file)
		if err != nil {
			fmt.Println("refused, a document's file:", errors.Is(err, summarize.ErrDocument))
			continue
		}
		for _, a := range articles {
			each := s
			each.Title = a.Title
			sum, err := each.Summarize(a.Text)
			if err != nil {
				fmt.Println(err)
				continue
			}
			fmt.Printf("«%s» %s\n", sum.Title, sum)
		}
	}
	// Output:
	// «» افتتح وزير الثقافة معرض الكتاب الدولي اليوم.
	// «المعرض» افتتح وزير الثقافة معرض الكتاب الدولي اليوم.
	// «الوقود» رفعت الحكومة أسعار الوقود.
	// «المعرض» افتتح الوزير المعرض اليوم.
	// «» افتتح الوزير المعرض اليوم.
	// refused, a document's file: true
}

// A web archive of any size is read a page at a time: here a crawl's WARC
// file as wget writes one, a request and a response, and the page's
// headline read from its <h1>.
func ExampleSummarizer_ReadArticles() {
	page := "<!DOCTYPE html>\n<html><head><title>المعرض | شبكة الأخبار</title></head>\n" +
		"<body><article><h1>المعرض</h1>\n<p>افتتح وزير الثقافة معرض الكتاب الدولي اليوم.</p></article></body></html>\n"
	response := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
	request := "GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n"
	record := func(kind, block string) string {
		return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: https://example.com/a\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", kind, len(block), block)
	}
	archive := record("request", request) + record("response", response)

	var s summarize.Summarizer
	fmt.Println(summarize.IsArchive([]byte(archive)))
	for a, err := range s.ReadArticles(strings.NewReader(archive)) {
		if err != nil {
			fmt.Println(err)
			break
		}
		sum, err := s.Summarize(a.Text)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s «%s» %s\n", a.ID, sum.Title, sum)
	}
	// Output:
	// true
	// https://example.com/a «المعرض» افتتح وزير الثقافة معرض الكتاب الدولي اليوم.
}

// A service tells a request past its bound by the error's type, answers
// with the bound, and has the message name its own setting.
func ExampleSizeError() {
	s := summarize.Summarizer{MaxBytes: 100, MaxBytesName: "summary.max_bytes"}
	_, err := s.Summarize(strings.Repeat("ارتفعت أسعار النفط اليوم. ", 10))
	var size *summarize.SizeError
	if errors.As(err, &size) {
		fmt.Printf("413: %d bytes, the bound is %d\n", size.Size, size.Limit)
		fmt.Println(err)
	}
	// Output:
	// 413: 470 bytes, the bound is 100
	// summarize: text too large: the text is 470 bytes, past the bound of 100 (raise summary.max_bytes, or split it)
}

// A feed's stories, or a file of any size as ReadArticles reads it, are
// summarized on all cores and come back in the feed's order, each with its
// own headline as its title; a story that cannot be summarized gets its
// own error, and the others go on.
func ExampleSummarizer_SummarizeArticles() {
	feed := `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>أخبار</title>
<item><guid>n1</guid><title>معرض الكتاب</title><description>افتتح وزير الثقافة معرض الكتاب الدولي اليوم. ويشارك في المعرض ناشرون من عشرين دولة.</description></item>
<item><guid>n2</guid><title>صور من المعرض</title><description>صور</description></item>
<item><guid>n3</guid><title>أسعار النفط</title><description>ارتفعت أسعار النفط بعد قرار خفض الإنتاج. وقال محللون إن الأسعار قد تواصل الارتفاع.</description></item>
</channel></rss>`
	s := summarize.Summarizer{MaxSentences: 1}
	for r, err := range s.SummarizeArticles(context.Background(), s.ReadArticles(strings.NewReader(feed)), 0) {
		if err != nil {
			fmt.Println(err) // the feed itself: unreadable, or cut off
			break
		}
		if r.Err != nil {
			fmt.Println(r.Article.ID, r.Err)
			continue
		}
		fmt.Printf("%s «%s» %s\n", r.Article.ID, r.Summary.Title, r.Summary)
	}
	// Output:
	// n1 «معرض الكتاب» افتتح وزير الثقافة معرض الكتاب الدولي اليوم.
	// n2 summarize: no sentences in text: every line is a heading (12 words or fewer without a final mark); end a line with . ! ? or ؟ to have it summarized
	// n3 «أسعار النفط» ارتفعت أسعار النفط بعد قرار خفض الإنتاج.
}
