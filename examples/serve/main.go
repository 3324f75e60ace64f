// Command serve answers summaries over HTTP, as a news site's back end
// would ask for them: POST an article (its text or its page's HTML) to
// /summarize, and get its lead summary as JSON, the sentences with their
// byte offsets into what was sent.
//
//	go run ./examples/serve -addr localhost:8080
//	curl -s --data-binary @testdata/seed.txt 'localhost:8080/summarize?words=60'
//	curl -s -H 'Content-Type: application/json' -d '{"id": "1", "text": "…"}' localhost:8080/summarize
//	curl -s --data-binary @feed.xml 'localhost:8080/articles?sentences=1'
//
// A body of any other type is the text; its query may set id, title,
// sentences and words, as a JSON body's fields do (summarize.Request). The
// answer is a summarize.Response: 200 with the summary; 413 for a body past
// -max-bytes, which is read no further (not at all when its length says
// so); 422 for a text that is no prose to summarize (the error says what it
// is and what to do); 400 for a request that cannot be read; 503, with
// Retry-After, for one that found no room in -wait (10 s): the bodies being
// read and summarized at once hold at most -max-in-flight bytes, so that a
// few clients sending the largest texts cannot take all the memory (see
// web.Limits). Unless the flags say, the room is a 32nd of the memory the
// process may hold, its container's (a cgroup's limit) or the machine's,
// and at most 128 MiB, and the largest body half the room (web.Sized); in a
// container Go's collector is held under nine tenths of its memory
// (GOMEMLIMIT, unless set). Each request is a line on the standard error,
// as text or JSON (-log; see web.Logged). POST /articles takes a file of
// articles (a feed, JSON Lines, a web archive…) and answers JSON Lines, a
// summary a line in the file's order (see the web package); a file past
// -max-bytes is read an article at a time, each within it. GET /healthz
// answers 200 while it serves, for a probe, and GET /metrics its counts in
// Prometheus's text format (see web.Metrics). With -tls-cert and -tls-key
// it serves HTTPS (TLS 1.2 and up, HTTP/2 too) in place of HTTP. It stops
// on SIGINT or SIGTERM, after the requests in flight.
package main

import (
	"cmp"
	"context"
	"crypto/tls"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/talkhis/talkhis/examples/internal/cli"
	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/web"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, cli.Machine(), os.Args[1:], os.Stderr, nil))
}

// maxBytesFlag is the flag that sets Summarizer.MaxBytes, which a refusal
// for size names as what raises the bound.
const maxBytesFlag = "-max-bytes"

// inFlightDefault says what 0 gives -max-in-flight (sizeTo), as the flag's
// help and its refusal do.
var inFlightDefault = fmt.Sprintf("a 32nd of the memory, at most %d MiB", web.DefaultInFlight>>20)

// sizeTo sets the bounds that -max-bytes and -max-in-flight leave at 0
// (their defaults) from the memory the process may hold (web.Sized), and,
// in a container and unless GOMEMLIMIT says otherwise, gives Go's
// collector a soft limit under it (cli.SoftLimit). It says what it chose.
func sizeTo(sys cli.Host, s *summarize.Summarizer, lim *web.Limits) string {
	m, known := summarize.ReadMemory(sys.Root)
	web.SizeTo(m.Bytes, s, lim) // 0 bytes where not known: the defaults
	what := "the memory is not known"
	if known {
		what = fmt.Sprintf("%s of memory (%s)", mib(m.Bytes), m.From)
	}
	note := fmt.Sprintf("%s: room for %s of bodies at once (-max-in-flight), each up to %s (-max-bytes)",
		what, bound(lim.InFlight), bound(int64(s.MaxBytes)))
	if soft := cli.SoftLimit(sys, m); soft > 0 {
		note += fmt.Sprintf("; Go's soft memory limit %s (GOMEMLIMIT)", mib(soft))
	}
	return note
}

// mib writes n bytes in MiB, or in KiB under one.
func mib(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d MiB", n>>20)
}

// bound writes a bound in bytes, -1 as none.
func bound(n int64) string {
	if n < 0 {
		return "no bound"
	}
	return mib(n)
}

// run serves until ctx ends; listening is called with the address it
// listens on, once it does (the tests' port 0).
func run(ctx context.Context, sys cli.Host, args []string, stderr io.Writer, listening func(addr string)) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "localhost:8080", "the address to listen on (\":8080\" for every interface)")
	var s summarize.Summarizer
	fs.IntVar(&s.MaxSentences, "sentences", 0, "at most this many sentences, unless a request says (0: 3)")
	fs.IntVar(&s.MaxWords, "words", 0, "about this many words, unless a request says (0: 100, -1: no cap)")
	fs.BoolVar(&s.Fill, "fill", false, "take sentences until -words is reached, the last one past it")
	fs.IntVar(&s.MaxBytes, maxBytesFlag[1:], 0, "the largest body, in bytes, or article of a file sent to /articles (0: half the room -max-in-flight has by default, at most 64 MiB; -1: no bound); a larger one is refused with 413, read no further")
	s.MaxBytesName = maxBytesFlag
	lim := web.Limits{InFlightName: "-max-in-flight"}
	fs.Int64Var(&lim.InFlight, "max-in-flight", 0, fmt.Sprintf("the most bytes of bodies read and summarized at once (0: %s; -1: no bound); past it a request waits up to -wait, then gets 503", inFlightDefault))
	fs.DurationVar(&lim.Wait, "wait", 0, fmt.Sprintf("how long a request waits for room before it gets 503, with as long in Retry-After (0: %v); behind a load balancer, a short one sends the client on to another server sooner", web.DefaultWait))
	logAs := fs.String("log", "text", "how each request is logged to the standard error: text, json (slog's forms) or none")
	certFile := fs.String("tls-cert", "", "serve HTTPS with this certificate, PEM (with -tls-key); none: HTTP")
	keyFile := fs.String("tls-key", "", "the private key of -tls-cert, PEM")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: serve [flags]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "serve: unexpected argument %q: serve takes flags only\n", fs.Arg(0))
		return 2
	}
	if err := s.Validate(); err != nil {
		var bad *summarize.ConfigError
		if errors.As(err, &bad) && bad.Field == "MaxSentences" {
			fmt.Fprintf(stderr, "serve: -sentences is %s; use %s\n", bad.Value, bad.Use)
		} else {
			fmt.Fprintln(stderr, "serve:", err)
		}
		return 2
	}

	if lim.InFlight < -1 {
		fmt.Fprintf(stderr, "serve: -max-in-flight is %d; use 0 for %s, -1 for no bound, or a number of bytes\n", lim.InFlight, inFlightDefault)
		return 2
	}
	if lim.Wait < 0 {
		fmt.Fprintf(stderr, "serve: -wait is %v; use 0 for %v, or a duration such as 2s\n", lim.Wait, web.DefaultWait)
		return 2
	}
	fmt.Fprintln(stderr, "serve:", sizeTo(sys, &s, &lim))

	metrics := web.NewMetrics()
	var h http.Handler = metrics.Counted(web.Handler(&s, lim))
	switch *logAs {
	case "text":
		h = web.Logged(h, slog.New(slog.NewTextHandler(stderr, nil)))
	case "json":
		h = web.Logged(h, slog.New(slog.NewJSONHandler(stderr, nil)))
	case "none":
	default:
		fmt.Fprintf(stderr, "serve: -log is %q; use text, json or none\n", *logAs)
		return 2
	}

	scheme := "http"
	var tlsConf *tls.Config
	switch {
	case (*certFile == "") != (*keyFile == ""):
		fmt.Fprintln(stderr, "serve: -tls-cert and -tls-key go together: give both for HTTPS, or neither for HTTP")
		return 2
	case *certFile != "":
		// Read before listening, so that a certificate that will not
		// do stops the server before it takes the port.
		cert, err := tls.LoadX509KeyPair(*certFile, *keyFile)
		if err != nil {
			fmt.Fprintln(stderr, "serve: -tls-cert and -tls-key:", err)
			return 1
		}
		// TLS 1.2 and up, as Go's server gives by default, said here
		// so that no GODEBUG setting lowers it.
		scheme, tlsConf = "https", &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	}

	// The metrics are served beside the handler, neither counted nor
	// logged: a monitoring system asks every few seconds.
	top := http.NewServeMux()
	top.Handle("GET /metrics", metrics)
	top.Handle("/", h)

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "serve:", err)
		return 1
	}
	srv := &http.Server{
		Handler:   top,
		TLSConfig: tlsConf,
		// A client that sends its headers or its body a byte at a time
		// holds a connection no longer than these; the body's leaves 50 s
		// to read it after a wait for room (-wait), a minute at least.
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       max(time.Minute, cmp.Or(lim.Wait, web.DefaultWait)+50*time.Second),
		IdleTimeout:       2 * time.Minute,
	}
	fmt.Fprintf(stderr, "serve: POST an article to %[1]s://%[2]s/summarize, a file of articles to %[1]s://%[2]s/articles\n", scheme, ln.Addr())
	if listening != nil {
		listening(ln.Addr().String())
	}
	done := make(chan error, 1)
	go func() {
		if tlsConf != nil {
			done <- srv.ServeTLS(ln, "", "") // the certificate is TLSConfig's
			return
		}
		done <- srv.Serve(ln)
	}()
	select {
	case err := <-done:
		fmt.Fprintln(stderr, "serve:", err)
		return 1
	case <-ctx.Done():
	}
	// The requests in flight are answered; a summary takes milliseconds.
	shutdown, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		fmt.Fprintln(stderr, "serve:", err)
		return 1
	}
	return 0
}
