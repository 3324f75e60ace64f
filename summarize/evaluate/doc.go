// Package evaluate runs summarizers over corpora and scores them with
// package rouge, so that every quality claim is one command away.
//
// # Corpora
//
// A corpus is JSON Lines, one document a line: {"id", "title", "text",
// "summaries": [reference, ...]}; text holds one paragraph a line and title
// is an input (the headline), not a reference. ReadCorpus reports a bad
// line with its file and number and goes on.
//
// # Tasks
//
// Task A asks each system for one sentence (Lead-k systems give k) and
// scores it whole. Task B gives each document a budget, the mean length of
// its references in protocol tokens, and truncates the candidate to it.
//
// # Oracles
//
// OracleSystem and LeadCutOracleSystem read the references, so they are
// bounds, not summarizers: the best that choosing among the default's
// sentences, or cutting the lead at a clause boundary, could score. A
// target above Lead is weighed against them.
//
// # Headroom
//
// AnalyzeLead and AnalyzeVotes read the references too, and say where the
// room above Lead is and what taking it would need: for one sentence, how
// often and by how much a later sentence or a cut of the first beats it,
// and how right a rule that leaves the first sentence must be to gain; for
// a paragraph with extractive references, how far ranking by the model is
// from ranking by the annotators' own choice of sentences, how far the
// annotators agree with one another, and the flaws of the references
// themselves: words glued across the text's line breaks as they were
// typed, and sentences cut in the middle of a word. Unglue splits the
// glued words, to measure what they cost (for analysis: the protocol
// scores the references as they are).
//
// # Robustness
//
// Strip takes the marks out of a text, as a transcript comes; RenderHTML
// serves it as a page's HTML on one line, RenderWordPress as WordPress
// serves a post, RenderWord as Word saves a web page (its source wrapped),
// RenderPage as the article of a saved news page (a cookie banner, menus,
// related stories and a footer around it), RenderDivPage as the same page
// of a site without <article>, RenderSoftBreaks as WordPress serves a post
// whose paragraphs came hard-wrapped (a <br /> at each line's end),
// RenderSRT as SubRip subtitles of the text
// read out, RenderTTML, RenderASS, RenderYouTube, RenderSAMI,
// RenderJSON3 and RenderTranscript as the same cues in TTML's XML, in
// Advanced SubStation Alpha, in YouTube's timed text, in SAMI, in
// YouTube's json3 and in a transcript's JSON, and PageText reads a summary of
// any of them as the page shows it. With the same references, each measures what
// the summarizer makes of text in that shape.
//
// # Comparing
//
// Compare pairs two systems' results document by document: the mean
// differences of R1, R2 and RL, and the 95% t-interval of the R1
// difference, which tells a gain that should hold on other documents of
// the kind from one that the documents at hand happen to give.
// AnnotatorRow scores the annotators themselves, each reference against
// the others, as a row that pairs with the systems': where there are
// several references, it tells a system that agrees with them more than
// they agree with one another.
//
// # Determinism
//
// Documents are summarized in parallel, but each result lands in its
// document's slot and averages are taken in document order: the figures
// are the same on one core or many. A nil context is taken as
// context.Background(), as the summarize package takes it.
package evaluate
