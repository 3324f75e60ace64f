// Package web serves a Summarizer over HTTP, for a Go program that answers
// summaries from its own server: a news site's back end, a search engine's
// indexer, an archive's API. Mount Handler on the server's mux, and wrap it
// with Logged for a line of log a request and with a Metrics' Counted for
// Prometheus's counts, as examples/serve does.
//
// # Requests and answers
//
// POST /summarize takes an article: a JSON body as a summarize.Request, a
// body of any other type as the text (a page's HTML too), with the query's
// id, title, sentences and words as a Request's fields. A body in
// Windows-1256, ISO-8859-6 or UTF-16 is read as the charset its
// Content-Type declares (tokenize.Charset). The answer is a
// summarize.Response as JSON, its sentences with their byte offsets into
// the text sent, as UTF-8 (a stray byte that is no UTF-8, which the
// library lets through in a text that is UTF-8 all but a few, reads in
// JSON as U+FFFD; the offsets count the bytes sent):
//   - 200 with the summary;
//   - 400 for a request that cannot be read (broken JSON, a count that is
//     no number) or a setting out of range;
//   - 413 for a body past the Summarizer's bound (Summarizer.ByteLimit),
//     which is read no further, and not at all when its declared length
//     says so;
//   - 415 for a charset not decoded here, naming those that are;
//   - 422 for a text that is no prose to summarize: the error says what
//     it is and what to do (subtitles, an e-mail, a text not in UTF-8
//     whose charset is not declared…);
//   - 503, with Retry-After, for a request that found no room in time
//     (Limits).
//
// A refusal has the shape of an answer: its id, no sentences ([]) and the
// error. GET /healthz answers 200 with "ok" for a load balancer's or an
// orchestrator's probe; any other method on either path is answered 405.
// To serve them under a prefix, strip it:
// mux.Handle("/api/", http.StripPrefix("/api", h)) answers POST
// /api/summarize.
//
// # Memory
//
// A text takes some five times its size in memory while it is summarized,
// and up to twenty-five times for the worst texts we have made. So Handler
// holds at most Limits.InFlight bytes of bodies at once: a request past
// the room waits for it, up to Limits.Wait, and is then answered 503. The
// defaults, 128 MiB of bodies at once and each up to the Summarizer's 64
// MiB, suit a machine of 4 GiB and more. In a smaller container, set the
// room and the Summarizer's MaxBytes from the memory the process may hold:
// ReadMemory reads it (the container's limit, which the Go runtime does not
// read, else the machine's) and Sized gives both bounds, as examples/serve
// does.
//
// # Naming the settings
//
// A refusal says what to raise: Summarizer.MaxBytesName for a body too
// large and Limits.InFlightName for want of room name the setting as a
// program's operators know it (a flag, a configuration key).
package web
