package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/examples/internal/cli"
	"github.com/talkhis/talkhis/summarize"
)

const article = "ارتفاع أسعار النفط\nارتفعت أسعار النفط اليوم بعد قرار أوبك خفض الإنتاج. وقال محللون إن الأسواق تترقب بيانات المخزون. وتراجعت الأسهم في بورصة نيويورك."

// The program serves on the address it is given, answers, and stops when
// its context ends.
func TestRun(t *testing.T) {
	status, got, stderr := serveOnce(t, cli.Machine(), []string{"-addr", "127.0.0.1:0", "-sentences", "1"}, article)
	assert.Equal(t, http.StatusOK, status)
	assert.Equal(t, "x", got.ID)
	assert.Len(t, got.Sentences, 1, "-sentences 1")
	assert.Regexp(t, `serve: POST an article to http://127\.0\.0\.1:\d+/summarize, a file of articles to http://127\.0\.0\.1:\d+/articles`, stderr)
}

// serveOnce runs the program on sys with args, posts text to it once with
// the id x, and stops it; it returns the answer's status and body and what
// the program wrote to its standard error.
func serveOnce(t *testing.T, sys cli.Host, args []string, text string) (int, summarize.Response, string) {
	t.Helper()
	var status int
	var got summarize.Response
	stderr := serving(t, sys, args, func(addr string) {
		resp, err := http.Post("http://"+addr+"/summarize?id=x", "text/plain", strings.NewReader(text))
		require.NoError(t, err)
		defer resp.Body.Close()
		status = resp.StatusCode
		require.NoError(t, json.NewDecoder(resp.Body).Decode(&got))
	})
	return status, got, stderr
}

// serving runs the program on sys with args, calls ask with the address it
// listens on, stops it, and returns what it wrote to its standard error.
func serving(t *testing.T, sys cli.Host, args []string, ask func(addr string)) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addr := make(chan string, 1)
	var stderr bytes.Buffer
	code := make(chan int, 1)
	go func() { code <- run(ctx, sys, args, &stderr, func(a string) { addr <- a }) }()
	select {
	case a := <-addr:
		ask(a)
	case c := <-code:
		t.Fatalf("run ended with %d: %s", c, stderr.String())
	}
	cancel()
	require.Equal(t, 0, <-code, stderr.String())
	return stderr.String()
}

// GET /healthz is answered 200 while the server serves, for a load
// balancer's or an orchestrator's probe.
func TestRunHealth(t *testing.T) {
	stderr := serving(t, cli.Machine(), []string{"-addr", "127.0.0.1:0"}, func(addr string) {
		resp, err := http.Get("http://" + addr + "/healthz")
		require.NoError(t, err)
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		assert.Equal(t, http.StatusOK, resp.StatusCode)
		assert.Equal(t, "ok\n", string(body))
		resp, err = http.Post("http://"+addr+"/healthz", "text/plain", strings.NewReader(article))
		require.NoError(t, err)
		resp.Body.Close()
		assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode, "a probe's path takes GET and HEAD only")
	})
	assert.Contains(t, stderr, "method=GET path=/healthz status=200")
	assert.Contains(t, stderr, "method=POST path=/healthz status=405")
}

func TestRunUsage(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		err  string
	}{
		{"unknown flag", []string{"-nope"}, "usage: serve"},
		{"an argument", []string{"-addr", ":0", "x"}, `serve: unexpected argument "x": serve takes flags only`},
		{"bad count of sentences", []string{"-sentences", "-2"}, "serve: -sentences is -2; use "},
		{"bad room", []string{"-max-in-flight", "-2"}, "serve: -max-in-flight is -2; use 0 for a 32nd of the memory, at most 128 MiB, -1 for no bound, or a number of bytes"},
		{"bad wait", []string{"-wait", "-1s"}, "serve: -wait is -1s; use 0 for 10s, or a duration such as 2s"},
		{"bad log", []string{"-log", "xml"}, `serve: -log is "xml"; use text, json or none`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			assert.Equal(t, 2, run(context.Background(), cli.Machine(), tc.args, &stderr, nil))
			assert.Contains(t, stderr.String(), tc.err)
		})
	}
	var stderr bytes.Buffer
	assert.Equal(t, 1, run(context.Background(), cli.Machine(), []string{"-addr", "256.0.0.1:http"}, &stderr, nil), "an address it cannot listen on")
	assert.Contains(t, stderr.String(), "serve: listen tcp")
}

// The program logs each request to its standard error in the form -log
// asks for, and nothing with -log none.
func TestRunLog(t *testing.T) {
	for _, tc := range []struct {
		name, log string
		want      string // in the standard error after the request; "" for no line
	}{
		{"text, the default", "", "level=INFO msg=request method=POST path=/summarize status=200 id=x read="},
		{"JSON", "json", `"msg":"request","method":"POST","path":"/summarize","status":200,"id":"x","read":`},
		{"none", "none", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := []string{"-addr", "127.0.0.1:0"}
			if tc.log != "" {
				args = append(args, "-log", tc.log)
			}
			_, _, stderr := serveOnce(t, cli.Machine(), args, article)
			if tc.want == "" {
				assert.NotContains(t, stderr, "request")
				return
			}
			assert.Contains(t, stderr, tc.want)
		})
	}
}

// The program serves its metrics at /metrics, counting what it answered.
func TestRunMetrics(t *testing.T) {
	serving(t, cli.Machine(), []string{"-addr", "127.0.0.1:0", "-log", "none"}, func(addr string) {
		resp, err := http.Post("http://"+addr+"/summarize", "text/plain", strings.NewReader(article))
		require.NoError(t, err)
		resp.Body.Close()
		resp, err = http.Get("http://" + addr + "/metrics")
		require.NoError(t, err)
		defer resp.Body.Close()
		text, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		assert.Contains(t, string(text), "\ntalkhis_requests_total{path=\"/summarize\",status=\"200\"} 1\n")
	})
}

// A request that finds no room within -wait is answered 503, with as long
// in Retry-After, and its error names the flag that raises the room.
func TestRunBusy(t *testing.T) {
	serving(t, cli.Machine(), []string{"-addr", "127.0.0.1:0", "-log", "none", "-max-in-flight", "1000", "-max-bytes", "1000", "-wait", "50ms"}, func(addr string) {
		// A body sent in chunks, and slowly, weighs -max-bytes: the room.
		body, sending := io.Pipe()
		first := make(chan int, 1)
		go func() {
			resp, err := http.Post("http://"+addr+"/summarize", "text/plain", body)
			if err != nil {
				first <- 0
				return
			}
			resp.Body.Close()
			first <- resp.StatusCode
		}()
		_, err := io.WriteString(sending, article[:20])
		require.NoError(t, err)

		// Until the server has taken the first, a second finds room.
		var resp *http.Response
		for range 200 {
			resp, err = http.Post("http://"+addr+"/summarize?id=b", "text/plain", strings.NewReader(article))
			require.NoError(t, err)
			if resp.StatusCode != http.StatusOK {
				break
			}
			resp.Body.Close()
		}
		defer resp.Body.Close()
		require.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
		assert.Equal(t, "1", resp.Header.Get("Retry-After"), "50 ms in whole seconds")
		var got summarize.Response
		require.NoError(t, json.NewDecoder(resp.Body).Decode(&got))
		assert.Equal(t, summarize.Response{ID: "b", Sentences: []summarize.Sentence{}, Error: "web: busy: the bodies being read and summarized fill -max-in-flight (1000 bytes); retry later"}, got)

		_, err = io.WriteString(sending, article[20:])
		require.NoError(t, err)
		require.NoError(t, sending.Close())
		assert.Equal(t, http.StatusOK, <-first, "the first, once sent")
	})
}
