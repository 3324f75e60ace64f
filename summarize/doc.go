// Package summarize makes extractive lead summaries of Arabic text: a short
// paragraph of the article's own sentences, like a news lead. It is the
// public API of talkhis: tokenize → rank → summarize.
//
// # Use
//
// The zero Summarizer works: at most 3 sentences and about 100 words, the
// Auto method, the first heading (or a Markdown file's front-matter title,
// or the headline alone on the text's first line, longer than a heading or
// asking, as an article copied with it opens) as the title. Summarize
// returns the chosen
// sentences in document order, each byte-exact from the input with its
// offsets, index and score; Summary.String renders them as one paragraph.
// A Summarizer holds configuration only and is safe for concurrent use.
//
// The text may be a page's HTML or Markdown as it comes, on one line or
// many: a block's tag ends a line, menus, scripts and captions give no
// sentence, and tags, entities and link addresses inside a sentence are
// no words (see tokenize.Sentences). A sentence keeps its markup, as the
// span must be the text as it came; read it as the page shows it when
// printing it as text.
// The same text gives the same summary, and the same scores to the bit, on
// every run and every machine: no product is fused into a sum and no
// assembly or math.Log is on the way (see package rank), and CI checks the
// bits on arm64, ppc64le, s390x, riscv64 and amd64 built for v3 (with FMA)
// against amd64's.
//
// # Speed
//
// A short text is summarized on the calling goroutine. A long one (32 KiB
// and more) is split, analyzed and graphed by up to GOMAXPROCS goroutines,
// each on its own share of the sentences; shares are joined in order, so
// the summary is the same on one core or many. Per-document tables are
// pooled between calls.
//
// # Methods
//
// Auto weighs features of each sentence (position, similarity to the title
// and to the whole text, TextRank centrality, length and shape: fragment,
// question, quotation, dateline) with a Model fitted on news and paragraph
// corpora (examples/fit refits it on yours). TextRank ranks by centrality
// alone; Lead takes the opening sentences.
//
// # Selection
//
// Sentences are taken best first under the budget (MaxSentences, MaxWords,
// Ratio: the tightest applies); the best one always (of those that can come
// alone, see below), even when it alone is longer than MaxWords, since a
// lead starts with it, and no lesser one past the first that does not
// fit, since a short sentence is not a better one. A unit of more than
// tokenize.MaxSentenceWords words is cut into pieces first
// (tokenize.AppendPieces), so that text without sentence punctuation does
// not come back whole. With Fill, sentences are taken
// until MaxWords is reached, for text that is cut to length. Headings and
// repeated sentences are never taken, nor a sentence whose TF-IDF cosine
// with one already taken is 0.5 or more, as when a news text says its lead
// again in other words («وقال الوزير إن…»), nor one whose terms are the
// same as one taken but for its numbers, as a text's numbered lines or a
// figure given again for another year are. The text's first sentence starts
// after a wire's dateline («القاهرة (رويترز) -», see tokenize.Dateline):
// where and by whom the story was filed is no part of its lead. After the
// text's first sentence, three shapes are not taken either, since they are
// not the story's: a line
// of at most tokenize.MaxHeadingWords words that ends with a question, a
// sub-heading phrased as a question («من هو…؟», "who is…?") or another
// story's headline, whole or split by a period («الانتخابات في المدينة. ماذا
// بعد؟»), which tokenize keeps among the sentences because it ends with a
// question mark; a line of its own without final punctuation in at most
// twice as many words that does not open with «و» ("and"; unless a colon
// early in it follows no verb of saying, as in the headline «وزير الدفاع:
// …», "defence minister: …"), another story's headline linked from this one,
// a caption or a byline; and a sentence as short in which the publisher
// speaks to the reader, outside quotation marks («ما هي الأسئلة التي تدور
// بأذهانكم…؟», "what questions are on your minds…?"; «يمكنكم استلام
// إشعارات…», "you can get notifications…").
//
// Some sentences cannot stand alone. One whose subject is a pronoun for
// somebody named in the sentence before it («وأضاف أن…», "and he added
// that…"; «وقالت إن…», «وهو…», «لكنه…»), that refers to what it says with a
// connective or a demonstrative («ورغم ذلك…», "and despite that…"; «وجاء هذا
// بعد…», "this came after…"; «لذلك», «غير أن»), that follows from it with
// «ف» ("so": «فقد…», «ففي…»), that ends a quotation the sentence before it
// began, or that is a numbered or lettered item of a list («1- …», «2. …»,
// «أ) …»), comes only right after that sentence; one that ends with a colon
// («وجاءت النتائج كالتالي:», "the results were as follows:"), or (after the
// text's first sentence, which may) that asks a question of 4 words or
// fewer that the next answers («لماذا؟», "why?"; «فمن هو؟», "so who is
// he?"; not at all when the next is another question) or opens a
// quotation it does not close, only right before the sentence that
// follows. When it ranks above its neighbour, it
// waits, and comes in beside it if that one is taken and the budget allows.
// Two that need each other (a colon and the first item of its list, the two
// halves of a quotation) come as a pair, when both fit: they end within half
// of the longer past MaxWords. One that needs both its neighbours («وأضاف:
// "…», "and he added: …", whose speaker is before it and whose quotation
// ends after it) comes only between them: with the sentence after it, as
// such a pair, once the one before it is taken. The text's first sentence
// may open a quotation and come alone, but the sentence that ends it comes
// right beside it when that fits. Of a quotation of three
// sentences or more on one line, no sentence is taken (but the text's first,
// which may open one): its middle, with no quotation mark of its own, would
// read as the publisher's words, and its first and last sentences need it.
// Alone they would leave the reader asking who spoke, what follows, or where
// the quotation ends.
//
// # Memory
//
// A text takes several times its size in memory while it is summarized,
// and MaxBytes bounds a text (64 MiB by default). ReadMemory reads the memory the
// process may hold (a container's limit, which the Go runtime does not
// read, else the machine's), for a program to size its bounds to and to
// give Go's collector a soft limit under (debug.SetMemoryLimit), which is
// the program's to set: examples/serve does both, examples/summarize the
// second.
//
// # Errors
//
// Errors carry the prefix "summarize: " and wrap ErrNoSentences,
// ErrTooLarge, ErrEncoding, ErrVisualOrder, ErrEscaped, ErrSubtitles,
// ErrJSON, ErrFeed, ErrCSV, ErrWikitext, ErrDocument, ErrMail or ErrConfig for
// errors.Is. A refusal for size is a *SizeError (errors.As): what was
// refused, its size and the bound, its remedy naming MaxBytesName, so that
// a program answers with the bound and names its own setting; a field out
// of range is a *ConfigError, with the field, its value and what to use.
// A method that takes a context takes a nil one as context.Background().
// No input panics: a few bytes that are not UTF-8 are kept as they are in
// the sentences (the spans stay byte-exact) and treated as symbols, never
// as letters; a text mostly made of them, or of control
// characters, is Arabic in another encoding (Windows-1256, UTF-16) or no
// text at all, and is refused with ErrEncoding rather than summarized into
// the bytes it came as. Arabic in visual order (each line's letters left to
// right, as some PDF extractors give it) is refused with ErrVisualOrder
// rather than ranked as words spelled backwards. Text encoded twice, its
// Arabic all escapes (&#1575;, \u0627, %D8%A7), is refused with ErrEscaped
// rather than summarized into numbers. Subtitles (SubRip, WebVTT, TTML,
// ASS, YouTube's, SAMI, a transcript's JSON) are refused with ErrSubtitles
// rather than summarized as their cue numbers and their lines' fragments:
// tokenize.Subtitles gives their spoken text. A wiki page's markup
// (wikitext, as MediaWiki's action=raw gives it) is refused with
// ErrWikitext rather than summarized as its infobox, brackets and
// citations: tokenize.WikiText gives what its reader sees. A JSON document (an API's
// answer, a scraper's record), JSON Lines or jq's output is refused with
// ErrJSON rather than summarized as its keys and quotes, a table of
// articles in CSV with ErrCSV rather than as its rows run together, and a
// news feed (RSS, Atom), a news agency's story (NITF, NewsML-G2) or a
// research corpus's stories in <DOC> tags (LDC's Gigaword, TREC's,
// WikiExtractor's), a wiki's dump (a MediaWiki export: Wikipedia's,
// Wikinews') or a web archive's pages (a crawl's WARC, Common Crawl's WET)
// with ErrFeed rather than summarized as its links, dates and
// stories run together: tokenize.Articles gives the articles of each and their
// headlines. A word processor's document (.docx, .odt) is refused with
// ErrDocument rather than read as the bytes of its archive:
// tokenize.OfficeText gives its text; so is a file compressed with gzip,
// bzip2 or zstd, and a ZIP or tar archive of files, which Articles reads; so are a
// PDF and an old Word .doc, with what to do. An e-mail message (.eml) is refused with ErrMail rather
// than read as its header and its base64: tokenize.Articles gives its text. Check gives these refusals without summarizing, so that a
// server answers a request at once, and Articles takes out what there is to
// summarize, so that a program given files of any kind summarizes each as
// the command in examples/summarize does. ReadArticles does so from a
// reader, and reads a web archive (a crawl's WARC file, Common Crawl's WARC
// and WET files, gigabytes each) a record at a time and a wiki's dump
// (Wikipedia's, in bzip2 as it ships, decompressed on up to four cores, a
// multistream dump a few streams a core, a file of one stream a block a
// core) a page at a time, in the memory of a few pages, and JSON Lines
// past MaxBytes (a dump of articles) a document at a time, each page, file
// or record past MaxBytes named (ErrTooLarge) and the rest read; IsArchive
// and OpensJSON tell them by their first bytes. SummarizeArticles
// summarizes what ReadArticles gives on all cores, each article with its
// headline, and yields the summaries in the file's order as each is done.
package summarize
