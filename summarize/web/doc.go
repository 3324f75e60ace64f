// Package web serves a Summarizer over HTTP, for a Go program that answers
// summaries from its own server: a news site's back end, a search engine's
// indexer, an archive's API; an article at a time, or a feed's or a file's
// articles at once. Mount Handler on the server's mux, and wrap it
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
//     it is and what to do (a text not in UTF-8 whose charset is not
//     declared…), and for a file that holds articles (a feed, subtitles,
//     an e-mail…) to POST it to /articles;
//   - 503, with Retry-After, for a request that found no room in time
//     (Limits).
//
// A refusal has the shape of an answer: its id, no sentences ([]) and the
// error.
//
// POST /articles takes a file of articles as the body, as
// Summarizer.ReadArticles reads one: a feed, JSON or JSON Lines, a table in
// CSV, a corpus's file, a web archive, a wiki's dump, an archive of files,
// an e-mail, a word processor's document or subtitles, compressed or not,
// a plain text being one article; the body's charset and room are those
// of /summarize, and so is its bound, but for a file of articles past it
// (JSON Lines, a list of records, a table, a feed, a web archive, a wiki's
// dump), which is read an article at a time, each within the bound, in
// the memory of the bound, its first lines answered while the rest comes.
// Each article is summarized with its own headline, the query's sentences
// and words for all, on all cores (Summarizer.SummarizeArticles); with the
// query's language («ar», «ara,fas», «arabic»: tokenize.ParseLanguages),
// only the articles whose main language, as the body says it, is one of
// those, and those of which it says none (a crawl is in every language);
// without it, those the Summarizer's Languages keeps.
// The answer is JSON Lines (application/x-ndjson), a line an article in the
// body's order, each sent as soon as it and those before it are done:
// {"article": its place in the body from 1, "id": its own where
// the body gives one, "title", "language": as the body says it,
// "summary", "sentences", "error"}, the sentences' offsets into
// the article's text as the library takes it out (the body's text for a
// plain text). A stray byte that is no UTF-8 reads as U+FFFD there too,
// in an id or a title as in a sentence. An article
// that cannot be summarized has its error on its line and no sentences,
// and the others go on. A body refused whole (a PDF, text not in UTF-8
// whose charset is not declared, a count out of range, a language that
// names none) is answered as
// /summarize answers a refusal, with its status. Once lines are sent the
// status is 200, and an error that ends the articles after the first (a
// dump damaged halfway) is the last line, without an article's place.
//
// GET /healthz answers 200 with "ok" for a load balancer's or an
// orchestrator's probe; any other method on these paths is answered 405.
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
// room and the largest body are sized to the memory the process may hold
// unless they are set: Handler reads it (summarize.ReadMemory: the container's
// limit, which the Go runtime does not read, else the machine's) and Sized
// gives both bounds, 128 MiB of bodies at once and each up to 64 MiB from
// 4 GiB up, 16 MiB and 8 MiB in a container of 512 MiB. Limits.Memory
// gives the memory instead, where the server shares it.
//
// # Naming the settings
//
// A refusal says what to raise: Summarizer.MaxBytesName for a body too
// large and Limits.InFlightName for want of room name the setting as a
// program's operators know it (a flag, a configuration key).
package web
