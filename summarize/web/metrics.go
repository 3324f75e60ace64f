package web

import (
	"cmp"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// Metrics counts what the handlers it wraps answer (Counted), and serves
// the counts in Prometheus's text format, as a monitoring system scrapes
// them: requests by route and status, how long they took, the bytes of
// the bodies read, the sentences answered, and the requests in flight. A
// rise of 503s says the server is too small for its load; of the time
// taken, that its texts grew.
type Metrics struct {
	inFlight atomic.Int64
	now      func() time.Time // time.Now; the tests' own clock

	mu        sync.Mutex
	requests  map[routeStatus]uint64
	durations map[string]*histogram // by route
	bodyBytes uint64
	sentences uint64
}

type routeStatus struct {
	route  string
	status int
}

// durationBuckets are the upper bounds, in seconds, of the histogram of
// the time a request takes: an article takes a millisecond or less, the
// largest texts seconds, and a request that waits for room up to 10 s.
var durationBuckets = []float64{0.001, 0.005, 0.025, 0.1, 0.5, 2.5, 10, 30}

type histogram struct {
	counts []uint64 // by bucket, not cumulative; the last for past them all
	sum    float64
}

// NewMetrics returns Metrics with nothing counted.
func NewMetrics() *Metrics {
	return &Metrics{now: time.Now, requests: map[routeStatus]uint64{}, durations: map[string]*histogram{}}
}

// routes are the paths Handler serves; any other counts as "other", so
// that a client asking for many paths makes no more series.
var routes = map[string]bool{summarizePath: true, articlesPath: true, healthPath: true}

// Counted answers with h and counts each request in m.
func (m *Metrics) Counted(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		m.inFlight.Add(1)
		defer m.inFlight.Add(-1)
		start := m.now()
		n, r := noted(r)
		rec := &recorder{ResponseWriter: w}
		h.ServeHTTP(rec, r)
		took := m.now().Sub(start).Seconds()
		route := r.URL.Path
		if !routes[route] {
			route = "other"
		}
		status := rec.sent()
		k, _ := slices.BinarySearch(durationBuckets, took)

		m.mu.Lock()
		defer m.mu.Unlock()
		m.requests[routeStatus{route, status}]++
		d := m.durations[route]
		if d == nil {
			d = &histogram{counts: make([]uint64, len(durationBuckets)+1)}
			m.durations[route] = d
		}
		d.counts[k]++
		d.sum += took
		m.bodyBytes += uint64(n.read)
		m.sentences += uint64(n.sentences)
	})
}

// ServeHTTP writes the counts in Prometheus's text format, each series in
// order.
func (m *Metrics) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	m.mu.Lock()
	defer m.mu.Unlock()
	// Written to w under the lock: the text is a few kilobytes, and a
	// scrape comes every few seconds.
	m.write(w)
}

func (m *Metrics) write(w io.Writer) {
	keys := make([]routeStatus, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b routeStatus) int {
		return cmp.Or(cmp.Compare(a.route, b.route), cmp.Compare(a.status, b.status))
	})
	fmt.Fprintln(w, "# HELP talkhis_requests_total Requests answered, by route and status.")
	fmt.Fprintln(w, "# TYPE talkhis_requests_total counter")
	for _, k := range keys {
		fmt.Fprintf(w, "talkhis_requests_total{path=%q,status=\"%d\"} %d\n", k.route, k.status, m.requests[k])
	}

	fmt.Fprintln(w, "# HELP talkhis_request_duration_seconds Time to answer a request, by route, the wait for room included.")
	fmt.Fprintln(w, "# TYPE talkhis_request_duration_seconds histogram")
	routes := make([]string, 0, len(m.durations))
	for route := range m.durations {
		routes = append(routes, route)
	}
	slices.Sort(routes)
	for _, route := range routes {
		d := m.durations[route]
		var total uint64
		for k, le := range durationBuckets {
			total += d.counts[k]
			fmt.Fprintf(w, "talkhis_request_duration_seconds_bucket{path=%q,le=\"%s\"} %d\n", route, strconv.FormatFloat(le, 'g', -1, 64), total)
		}
		total += d.counts[len(durationBuckets)]
		fmt.Fprintf(w, "talkhis_request_duration_seconds_bucket{path=%q,le=\"+Inf\"} %d\n", route, total)
		fmt.Fprintf(w, "talkhis_request_duration_seconds_sum{path=%q} %s\n", route, strconv.FormatFloat(d.sum, 'g', -1, 64))
		fmt.Fprintf(w, "talkhis_request_duration_seconds_count{path=%q} %d\n", route, total)
	}

	fmt.Fprintln(w, "# HELP talkhis_request_body_bytes_total Bytes of request bodies read.")
	fmt.Fprintln(w, "# TYPE talkhis_request_body_bytes_total counter")
	fmt.Fprintf(w, "talkhis_request_body_bytes_total %d\n", m.bodyBytes)
	fmt.Fprintln(w, "# HELP talkhis_summary_sentences_total Sentences of the summaries answered.")
	fmt.Fprintln(w, "# TYPE talkhis_summary_sentences_total counter")
	fmt.Fprintf(w, "talkhis_summary_sentences_total %d\n", m.sentences)
	fmt.Fprintln(w, "# HELP talkhis_requests_in_flight Requests being read, waiting for room or summarized.")
	fmt.Fprintln(w, "# TYPE talkhis_requests_in_flight gauge")
	fmt.Fprintf(w, "talkhis_requests_in_flight %d\n", m.inFlight.Load())
}
