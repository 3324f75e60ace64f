package web

import (
	"bufio"
	"log/slog"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/summarize"
)

// samples reads Prometheus's text format into its samples, each line's
// name and labels to its value, and checks the lines it holds are of the
// format: a comment or a sample.
func samples(t *testing.T, text string) map[string]float64 {
	t.Helper()
	sample := regexp.MustCompile(`^([a-z_]+(?:\{[a-z]+="[^"]*"(?:,[a-z]+="[^"]*")*\})?) (\S+)$`)
	out := map[string]float64{}
	require.True(t, strings.HasSuffix(text, "\n"), "the last line ends with a line feed")
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "# HELP ") || strings.HasPrefix(line, "# TYPE ") {
			continue
		}
		m := sample.FindStringSubmatch(line)
		if !assert.NotNil(t, m, "a line of the format: %q", line) {
			continue
		}
		v, err := strconv.ParseFloat(m[2], 64)
		require.NoError(t, err, line)
		out[m[1]] = v
	}
	return out
}

// Each request counts once, by its route and status; the time it took goes
// into the histogram of its route, whose buckets are cumulative; the bytes
// of the bodies read and the sentences answered add up; a path that no
// route serves counts as "other", so that a scan of many paths makes no
// more series.
func TestMetrics(t *testing.T) {
	s := summarize.Summarizer{MaxBytes: 4096, MaxBytesName: "-max-bytes"}
	m := NewMetrics()
	h := m.Counted(Handler(&s, Limits{}))
	for _, rq := range []struct{ method, target, body string }{
		{"POST", "/summarize?sentences=1", article},
		{"POST", "/summarize?sentences=2", article},
		{"POST", "/summarize", ""},
		{"GET", "/summarize", ""},
		{"GET", "/healthz", ""},
		{"GET", "/wp-login.php", ""},
		{"GET", "/.env", ""},
	} {
		send(h, rq.method, rq.target, "text/plain", strings.NewReader(rq.body))
	}
	w := send(m, http.MethodGet, "/metrics", "", nil)
	require.Equal(t, http.StatusOK, w.Code)
	assert.Equal(t, "text/plain; version=0.0.4; charset=utf-8", w.Header().Get("Content-Type"))
	got := samples(t, w.Body.String())

	for name, want := range map[string]float64{
		`talkhis_requests_total{path="/summarize",status="200"}`:               2,
		`talkhis_requests_total{path="/summarize",status="422"}`:               1,
		`talkhis_requests_total{path="/summarize",status="405"}`:               1,
		`talkhis_requests_total{path="/healthz",status="200"}`:                 1,
		`talkhis_requests_total{path="other",status="404"}`:                    2,
		`talkhis_request_body_bytes_total`:                                     float64(2 * len(article)),
		`talkhis_summary_sentences_total`:                                      3,
		`talkhis_requests_in_flight`:                                           0,
		`talkhis_request_duration_seconds_count{path="/summarize"}`:            4,
		`talkhis_request_duration_seconds_bucket{path="/summarize",le="+Inf"}`: 4,
		`talkhis_request_duration_seconds_count{path="other"}`:                 2,
	} {
		assert.Equal(t, want, got[name], name)
	}
	var series []string
	for name := range got {
		if strings.HasPrefix(name, "talkhis_requests_total") {
			series = append(series, name)
		}
	}
	assert.Len(t, series, 5, "one series a route and status: %v", series)

	// The buckets of each route rise to the count.
	for _, path := range []string{"/summarize", "/healthz", "other"} {
		last := 0.0
		for _, le := range durationBuckets {
			v, ok := got[`talkhis_request_duration_seconds_bucket{path="`+path+`",le="`+strconv.FormatFloat(le, 'g', -1, 64)+`"}`]
			require.True(t, ok, "%s ≤ %v", path, le)
			assert.GreaterOrEqual(t, v, last, "%s ≤ %v", path, le)
			last = v
		}
		assert.LessOrEqual(t, last, got[`talkhis_request_duration_seconds_count{path="`+path+`"}`])
		assert.GreaterOrEqual(t, got[`talkhis_request_duration_seconds_sum{path="`+path+`"}`], 0.0)
	}
}

// The text is the same for the same counts: series in order, not in a
// map's.
func TestMetricsOrder(t *testing.T) {
	var s summarize.Summarizer
	m := NewMetrics()
	h := m.Counted(Handler(&s, Limits{}))
	for _, target := range []string{"/summarize", "/healthz", "/x"} {
		send(h, http.MethodGet, target, "", nil)
	}
	text := send(m, http.MethodGet, "/metrics", "", nil).Body.String()
	var names []string
	for line := range strings.SplitSeq(text, "\n") {
		if strings.HasPrefix(line, "talkhis_requests_total{") || strings.HasPrefix(line, "talkhis_request_duration_seconds_count{") {
			names = append(names, line[:strings.IndexByte(line, ' ')])
		}
	}
	assert.Equal(t, []string{
		`talkhis_requests_total{path="/healthz",status="200"}`,
		`talkhis_requests_total{path="/summarize",status="405"}`,
		`talkhis_requests_total{path="other",status="404"}`,
		`talkhis_request_duration_seconds_count{path="/healthz"}`,
		`talkhis_request_duration_seconds_count{path="/summarize"}`,
		`talkhis_request_duration_seconds_count{path="other"}`,
	}, names)
}

// A request falls in the first bucket whose bound it does not pass, the
// bound itself included, or past them all; the sum is of the seconds.
func TestMetricsBuckets(t *testing.T) {
	m := NewMetrics()
	clock := time.Unix(0, 0)
	m.now = func() time.Time { return clock }
	h := m.Counted(http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) {
		d, err := time.ParseDuration(r.URL.Query().Get("took"))
		require.NoError(t, err)
		clock = clock.Add(d)
	}))
	for _, took := range []string{"500us", "1ms", "3ms", "40s"} {
		send(h, http.MethodGet, "/healthz?took="+took, "", nil)
	}
	got := samples(t, send(m, http.MethodGet, "/metrics", "", nil).Body.String())
	for le, want := range map[string]float64{"0.001": 2, "0.005": 3, "0.025": 3, "10": 3, "30": 3, "+Inf": 4} {
		assert.Equal(t, want, got[`talkhis_request_duration_seconds_bucket{path="/healthz",le="`+le+`"}`], le)
	}
	assert.InDelta(t, 40.0045, got[`talkhis_request_duration_seconds_sum{path="/healthz"}`], 1e-9)
	assert.Equal(t, 4.0, got[`talkhis_request_duration_seconds_count{path="/healthz"}`])
}

// Requests at once are each counted, and scraped meanwhile (go test -race
// checks the sharing),
// and the gauge of those in flight comes back to 0; counted with Logged
// around, each is logged with the bytes it read, counted once.
func TestMetricsConcurrent(t *testing.T) {
	var s summarize.Summarizer
	m := NewMetrics()
	var logs strings.Builder
	var mu sync.Mutex
	h := Logged(m.Counted(Handler(&s, Limits{})), slog.New(slog.NewTextHandler(lockedWriter{&mu, &logs}, nil)))
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			send(h, http.MethodPost, "/summarize", "text/plain", strings.NewReader(article))
		}()
	}
	// Scraped while they are answered, as a monitoring system may; read
	// after, on the test's goroutine.
	scrapes := make([]string, 5)
	for k := range scrapes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			scrapes[k] = send(m, http.MethodGet, "/metrics", "", nil).Body.String()
		}()
	}
	wg.Wait()
	for _, text := range scrapes {
		samples(t, text)
	}
	got := samples(t, send(m, http.MethodGet, "/metrics", "", nil).Body.String())
	assert.Equal(t, 20.0, got[`talkhis_requests_total{path="/summarize",status="200"}`])
	assert.Equal(t, float64(20*len(article)), got[`talkhis_request_body_bytes_total`])
	assert.Equal(t, 0.0, got[`talkhis_requests_in_flight`])
	mu.Lock()
	defer mu.Unlock()
	assert.Equal(t, 20, strings.Count(logs.String(), "read="+strconv.Itoa(len(article))+" "))
}

// lockedWriter writes to w under mu.
type lockedWriter struct {
	mu *sync.Mutex
	w  *strings.Builder
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
