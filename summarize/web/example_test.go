package web_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/web"
)

// A server of one's own answers summaries at /summarize beside its other
// routes.
func ExampleHandler() {
	s := summarize.Summarizer{MaxSentences: 1}
	mux := http.NewServeMux()
	mux.Handle("/summarize", web.Handler(&s, web.Limits{}))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	text := "ارتفاع أسعار النفط\nارتفعت أسعار النفط اليوم بعد قرار أوبك خفض الإنتاج. وقال محللون إن الأسواق تترقب بيانات المخزون."
	resp, err := http.Post(srv.URL+"/summarize?id=42", "text/plain; charset=utf-8", strings.NewReader(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	var answer summarize.Response
	if err := json.NewDecoder(resp.Body).Decode(&answer); err != nil {
		fmt.Println(err)
		return
	}
	first := answer.Sentences[0]
	fmt.Println(resp.StatusCode, answer.ID)
	fmt.Println(first.Text)
	fmt.Println(text[first.Start:first.End] == first.Text)
	// Output:
	// 200 42
	// ارتفعت أسعار النفط اليوم بعد قرار أوبك خفض الإنتاج.
	// true
}

// A feed's stories, posted at once, come back a line each in the feed's
// order, each summary as soon as it and those before it are done; a story
// that cannot be summarized has its error on its line.
func ExampleHandler_articles() {
	s := summarize.Summarizer{MaxSentences: 1}
	srv := httptest.NewServer(web.Handler(&s, web.Limits{}))
	defer srv.Close()

	feed := `<rss version="2.0"><channel><title>أخبار</title>
<item><guid>n1</guid><title>معرض الكتاب</title><description>افتتح وزير الثقافة معرض الكتاب الدولي اليوم. ويشارك في المعرض ناشرون من عشرين دولة.</description></item>
<item><guid>n2</guid><title>صور من المعرض</title><description>صور</description></item>
</channel></rss>`
	resp, err := http.Post(srv.URL+"/articles", "application/rss+xml", strings.NewReader(feed))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	fmt.Println(resp.StatusCode, resp.Header.Get("Content-Type"))
	lines := bufio.NewScanner(resp.Body)
	for lines.Scan() {
		var line struct {
			Article int    `json:"article"`
			ID      string `json:"id"`
			Summary string `json:"summary"`
			Error   string `json:"error"`
		}
		if err := json.Unmarshal(lines.Bytes(), &line); err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(line.Article, line.ID, line.Summary+line.Error)
	}
	// Output:
	// 200 application/x-ndjson; charset=utf-8
	// 1 n1 افتتح وزير الثقافة معرض الكتاب الدولي اليوم.
	// 2 n2 summarize: no sentences in text: every line is a heading (12 words or fewer without a final mark); end a line with . ! ? or ؟ to have it summarized
}

// Logged and counted, as a service in production runs it: its metrics at
// /metrics for Prometheus to scrape. The zero Limits size the room and the
// largest body to its container's memory (or the machine's).
func ExampleMetrics() {
	var s summarize.Summarizer
	metrics := web.NewMetrics()
	mux := http.NewServeMux()
	mux.Handle("/summarize", web.Logged(metrics.Counted(web.Handler(&s, web.Limits{})), slog.New(slog.DiscardHandler)))
	mux.Handle("GET /metrics", metrics)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	for _, text := range []string{"ارتفعت أسعار النفط اليوم بعد قرار أوبك خفض الإنتاج.", ""} {
		resp, err := http.Post(srv.URL+"/summarize", "text/plain; charset=utf-8", strings.NewReader(text))
		if err != nil {
			fmt.Println(err)
			return
		}
		resp.Body.Close()
	}
	resp, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	lines := bufio.NewScanner(resp.Body)
	for lines.Scan() {
		if strings.HasPrefix(lines.Text(), "talkhis_requests_total") {
			fmt.Println(lines.Text())
		}
	}
	// Output:
	// talkhis_requests_total{path="/summarize",status="200"} 1
	// talkhis_requests_total{path="/summarize",status="422"} 1
}
