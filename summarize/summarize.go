package summarize

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/talkhis/talkhis/rank"
	"github.com/talkhis/talkhis/tokenize"
)

// Errors callers can test for with errors.Is.
var (
	// ErrNoSentences: the text holds no sentence to extract (it is empty,
	// blank, only headings, or has no letter or digit). When its lines are
	// all headings (a headline, or a short line without a final mark), the
	// error wrapping it says so and how to make the text summarizable.
	ErrNoSentences = errors.New("summarize: no sentences in text")
	// ErrTooLarge: the text is longer than Summarizer.MaxBytes; a
	// *SizeError says what, and the bound.
	ErrTooLarge = errors.New("summarize: text too large")
	// ErrConfig: a Summarizer field is out of range.
	ErrConfig = errors.New("summarize: invalid configuration")
	// ErrEncoding: more than a quarter of the text's characters are not
	// text (tokenize.NotText): bytes outside UTF-8, U+FFFD, control
	// characters, or Arabic UTF-8 read as Windows-1252 («Ø§Ù„…») or as
	// Windows-1256 («ط§ظ„…»). Arabic in Windows-1256 or UTF-16, or so
	// misread, is refused, not summarized into garbage; a few such bytes
	// in UTF-8 are kept.
	ErrEncoding = errors.New("summarize: text is not UTF-8")
	// ErrVisualOrder: the text's Arabic runs left to right (more of its
	// words open with ة or ى, which Arabic writes only last, than end with
	// them; tokenize.Backwards), as a PDF extractor that does not reorder
	// right-to-left lines gives it. It is refused, not ranked as reversed
	// words.
	ErrVisualOrder = errors.New("summarize: text is in visual order")
	// ErrEscaped: more of the text's Arabic is written as escapes
	// (&#1575;, \u0627, %D8%A7, \xd8\xa7; tokenize.Escaped) than as
	// itself, as text encoded twice comes: it is refused, not summarized
	// into numbers.
	ErrEscaped = errors.New("summarize: text is escaped")
	// ErrSubtitles: the text is subtitles, a SubRip (.srt), WebVTT (.vtt),
	// TTML (.ttml, .dfxp), ASS (.ass, .ssa), YouTube timed text or json3,
	// SAMI (.smi) file or a transcript's JSON, whose cue numbers,
	// times and markup would be read as words and whose lines break
	// sentences where the screen ran out of room. It is
	// refused; tokenize.Subtitles takes out the spoken text, which is
	// summarized as any text.
	ErrSubtitles = errors.New("summarize: text is subtitles")
	// ErrWikitext: the text is wikitext, a wiki page's markup as a wiki
	// gives it (MediaWiki's action=raw, a page copied from the edit box;
	// tokenize.IsWikitext), whose brackets, apostrophes, templates and
	// citations would be read as words: an infobox's fields and
	// «[[مصر|مصرية]]» in the summary. It is refused; tokenize.WikiText
	// takes out the text a reader sees, which is summarized as any text.
	ErrWikitext = errors.New("summarize: text is wikitext")
	// ErrJSON: the text is a JSON document, an object or a list (an API's
	// answer, a scraper's record, a CMS's export), or several (JSON Lines,
	// or one after another, as jq prints them), whose keys, quotes and
	// escapes would be read as words. It is refused;
	// tokenize.Articles takes out the articles and their headlines.
	ErrJSON = errors.New("summarize: text is JSON")
	// ErrFeed: the text is a news feed, RSS or Atom, a news agency's story,
	// NITF or NewsML-G2, a corpus of stories in <DOC> tags, as research
	// collections keep them (LDC's Arabic Gigaword, TREC's newswire,
	// WikiExtractor's output of Wikipedia), a wiki's dump (a MediaWiki
	// export, whose pages are wikitext), or a web archive's pages (WARC:
	// a crawl's, or Common Crawl's WET files), whose links, dates and
	// markup would be read as words, whose byline would open the story, and
	// whose stories would run together as one. It is refused; tokenize.Articles takes out
	// the articles and their headlines.
	ErrFeed = errors.New("summarize: text is a feed")
	// ErrDocument: the text is a document's file, not text: a word
	// processor's, Word's .docx or an OpenDocument text (.odt), a ZIP
	// archive of XML, as newsrooms pass press releases and copy around,
	// whose text tokenize.OfficeText takes out; a file compressed with gzip,
	// bzip2 or zstd, as corpora are kept, which Summarizer.Articles reads; or a
	// PDF or an old Word .doc, whose text a tool of its own must take out.
	// It is refused.
	ErrDocument = errors.New("summarize: text is a document's file")
	// ErrMail: the text is an e-mail message (.eml, or one from an mbox),
	// as press releases come to a newsroom, whose header and encoded body
	// (base64, quoted-printable, Windows-1256) would be read as words. It
	// is refused; tokenize.Articles takes out its text and its subject.
	ErrMail = errors.New("summarize: text is an e-mail message")
	// ErrCSV: the text is a table of articles in CSV, a row an article (a
	// scraper's export, a dataset of news: pandas' to_csv, Scrapy's,
	// Excel's; tokenize.IsCSV), whose commas, quotes and other columns
	// would be read as words and whose rows would run together as one. It
	// is refused; tokenize.Articles takes out each row's text, title and
	// id.
	ErrCSV = errors.New("summarize: text is a table (CSV)")
)

// Method chooses how sentences are scored.
type Method int

const (
	// Auto, the default, scores each sentence with a Model: a weighted sum
	// of its position, its similarity to the title and to the whole text,
	// its TextRank centrality, and its shape (fragment, question, quotation,
	// dateline), with the weights the fit found. Most of these shapes count
	// against a sentence; a question counts for it, since publishers'
	// summaries take one up often enough (see DefaultModel).
	Auto Method = iota
	// TextRank is plain TextRank over the TF-IDF cosine graph: centrality
	// alone, with a uniform prior.
	TextRank
	// Lead takes the sentences in document order.
	Lead
)

func (m Method) String() string {
	switch m {
	case Auto:
		return "auto"
	case TextRank:
		return "textrank"
	case Lead:
		return "lead"
	}
	return fmt.Sprintf("Method(%d)", int(m))
}

// Defaults of the Summarizer fields.
const (
	DefaultMaxSentences = 3
	DefaultMaxWords     = 100
	DefaultMaxBytes     = 64 << 20
)

// Summarizer makes extractive lead summaries. It holds configuration only:
// its zero value works, and one Summarizer is safe for concurrent use.
type Summarizer struct {
	// MaxSentences caps the sentences of a summary. 0 means 3.
	MaxSentences int
	// MaxWords is the length of a summary in words. 0 means 100, negative
	// means no limit. The best sentence comes first, whatever its length;
	// then the next best, and so on, while the summary is shorter than
	// MaxWords and at most half of the next sentence would lie past it.
	// The first that would run further ends the summary: it is not padded
	// with lesser sentences for being short. So a summary never ends more
	// than half a sentence past MaxWords (unless its best sentence alone
	// does, and a unit of more than tokenize.MaxSentenceWords words is
	// cut into pieces first), and may end short of it.
	MaxWords int
	// Fill, when true, takes sentences best first until the summary holds
	// MaxWords words, the last one running past it as far as it goes: for
	// a caller that cuts the text to a fixed length (a snippet, a card),
	// where words past the cut cost nothing and words short of it are
	// lost. It suits prose whose every sentence counts; on news it lets
	// in lesser sentences that the default rule leaves out.
	Fill bool
	// Ratio, when above 0, also caps the sentences at ceil(Ratio × the
	// document's sentences). It must be at most 1. The tightest cap applies.
	Ratio float64
	// Title is the document's headline. Empty means the heading line the
	// text opens with, if it opens with one, past lines without a letter
	// (a time, a date in figures): the title of a Markdown file's
	// front matter (tokenize.FrontMatter) when the file opens with one,
	// or a first line with a headline's shape and place, longer than a
	// heading or asking, as an article copied with its headline opens
	// (tokenize.OpeningHeadline), past a site's name or a menu above it.
	// A given Title that reads as the line in that place, whole or as one
	// side of a separator («العنوان | شبكة الأخبار»), makes it a heading
	// whatever its shape; one that reads otherwise says the text opens
	// with its story: the line is a sentence. A
	// heading after the first sentence heads a section, or names another
	// story, and is no headline. A page's title with the site's name in it
	// («العنوان | شبكة الأخبار», from <title> or a reader's header) gives
	// way to the later heading that is the headline alone, its <h1>
	// (tokenize.Headline).
	Title string
	// Method chooses the scoring. The zero value is Auto.
	Method Method
	// Stemmer turns words into terms. nil means tokenize.DefaultStemmer{}.
	Stemmer tokenize.Stemmer
	// IDF, when set, gives term weights learned from a background corpus;
	// nil means IDF over the document's own sentences, as does a term it
	// does not know or weighs below 0, infinite or NaN.
	IDF rank.IDF
	// Model weighs the sentence features for the Auto method. nil means
	// DefaultModel. Fit one on your own corpus with examples/fit. A weight
	// that is infinite or NaN is refused (ErrConfig).
	Model *Model
	// MaxBytes bounds the input. 0 means 64 MiB, negative means no bound;
	// ByteLimit gives the bound in force, for readers that stop there.
	MaxBytes int
	// MaxBytesName is how a refusal for size (SizeError) names what raises
	// the bound; "" means "Summarizer.MaxBytes". A program whose users set
	// the bound otherwise names that: the command line's "-max-bytes", a
	// service's configuration key.
	MaxBytesName string
	// Languages, when set, keeps only the articles that it keeps
	// (tokenize.Languages.Keeps: those whose main language, as their file
	// names it, is one of them, and those whose file names none) out of
	// SummarizeArticles' results, counted all the same in each result's
	// Place. nil keeps every article. A text given to Summarize is
	// summarized whatever its language: it names none.
	Languages tokenize.Languages
}

// Sentence is one sentence of a summary.
type Sentence struct {
	Text  string  `json:"text"`  // the sentence exactly as in the input
	Start int     `json:"start"` // its byte offsets in the input: Text is input[Start:End]
	End   int     `json:"end"`
	Index int     `json:"index"` // its position among the document's sentences (headings not counted)
	Score float64 `json:"score"` // its score under the Summarizer's method; higher is better
}

// Summary is the chosen sentences, in document order.
type Summary struct {
	// Title is the headline the summary was steered by: Summarizer.Title or
	// the heading the text opens with (see Summarizer.Title), as it reads
	// (tokenize.Plain: a page's without its tags, its entities read);
	// empty when there was none.
	Title     string     `json:"title,omitempty"`
	Sentences []Sentence `json:"sentences"`
}

// String renders the summary as one paragraph: the sentences joined with
// a single space. A sentence of hard-wrapped text, which tokenize unwraps,
// holds line breaks; each break, with the spaces around it, becomes one
// space here (Sentence.Text keeps them, byte-exact). A piece of a long
// sentence keeps the comma or semicolon it ends with, so that two pieces
// in a row read as the text does; the paragraph does not end with one.
func (s Summary) String() string {
	var b strings.Builder
	for i, x := range s.Sentences {
		if i > 0 {
			b.WriteByte(' ')
		}
		text := x.Text
		if i == len(s.Sentences)-1 {
			text = strings.TrimRightFunc(text, func(r rune) bool {
				return unicode.IsSpace(r) || strings.ContainsRune("،,؛;", r)
			})
		}
		writeUnwrapped(&b, text)
	}
	return b.String()
}

// writeUnwrapped writes s to b with every run of white space that holds a
// line break turned into one space.
func writeUnwrapped(b *strings.Builder, s string) {
	for {
		i := strings.IndexFunc(s, tokenize.IsLineBreak)
		if i < 0 {
			b.WriteString(s)
			return
		}
		b.WriteString(strings.TrimRightFunc(s[:i], unicode.IsSpace))
		b.WriteByte(' ')
		s = strings.TrimLeftFunc(s[i:], unicode.IsSpace)
	}
}

// Summarize returns the lead summary of text.
func (s *Summarizer) Summarize(text string) (Summary, error) {
	return s.SummarizeContext(context.Background(), text)
}

// SummarizeContext is Summarize with a context that can stop long work.
func (s *Summarizer) SummarizeContext(ctx context.Context, text string) (Summary, error) {
	ctx = orBackground(ctx)
	cfg, doc, err := s.prepare(ctx, text)
	if err != nil {
		if doc != nil {
			return Summary{Title: doc.title}, err
		}
		return Summary{}, err
	}
	scores, err := doc.score(ctx, cfg)
	if err != nil {
		return Summary{}, err
	}
	return doc.pick(scores, cfg), nil
}

// orBackground is ctx, or context.Background() for a nil one: the context
// package asks callers never to pass nil, but a struct's unset field gives
// it, and it panicked deep in the analysis.
func orBackground(ctx context.Context) context.Context {
	if ctx == nil {
		return context.Background()
	}
	return ctx
}

// prepare checks the configuration and the size of text and analyzes it.
// With ErrNoSentences it still returns the document, for its title.
func (s *Summarizer) prepare(ctx context.Context, text string) (Summarizer, *document, error) {
	cfg, err := s.config()
	if err != nil {
		return cfg, nil, err
	}
	if err := cfg.check(text); err != nil {
		return cfg, nil, err
	}
	doc, err := analyze(ctx, text, cfg)
	if err != nil {
		return cfg, nil, err
	}
	if len(doc.sents) == 0 {
		if doc.headings {
			// A headline or a tweet without a final mark is not a sentence
			// by the rules that keep headings out of summaries.
			return cfg, doc, fmt.Errorf("%w: every line is a heading (%d words or fewer without a final mark); end a line with . ! ? or ؟ to have it summarized",
				ErrNoSentences, tokenize.MaxHeadingWords)
		}
		return cfg, doc, ErrNoSentences
	}
	return cfg, doc, ctx.Err()
}

// Check reports whether Summarize refuses text as it comes, before it
// reads it for sentences: nil, or the error Summarize returns, wrapping
// ErrConfig, ErrTooLarge, ErrDocument, ErrMail, ErrEncoding, ErrSubtitles,
// ErrJSON, ErrFeed, ErrCSV, ErrWikitext, ErrEscaped or ErrVisualOrder. It makes a few passes over the
// text and splits nothing (see BenchmarkCheck): a server checks a request
// with it, and a program given files of any kind learns which text to take
// out first (tokenize.OfficeText, tokenize.Subtitles, tokenize.Articles),
// as the command in examples/summarize does.
func (s *Summarizer) Check(text string) error {
	cfg, err := s.config()
	if err != nil {
		return err
	}
	return cfg.check(text)
}

// errFeedRefused is Check's refusal of a feed, an agency's story, a corpus's
// file, a wiki's dump or a web archive.
var errFeedRefused = fmt.Errorf("%w: it is a news feed (RSS or Atom), a news agency's story (NITF or NewsML-G2), a corpus's documents in <DOC> tags (LDC's Gigaword, TREC's newswire, WikiExtractor's Wikipedia), a wiki's dump (a MediaWiki export: Wikipedia's, Wikinews') or a web archive's pages (WARC: a crawl's, or Common Crawl's WET), whose links, dates and markup are no words and whose stories would run together as one; take the articles out first with tokenize.Articles, and summarize each article's text with its headline as the Title", ErrFeed)

// check refuses text that is no text to summarize as it comes (see
// Check), with what to do instead.
func (s *Summarizer) check(text string) error {
	if s.MaxBytes > 0 && len(text) > s.MaxBytes {
		return s.tooLarge("the text", int64(len(text)), "split it")
	}
	// A document's archive and the files below are bytes, not text; they
	// open with their signatures.
	switch kind := archive(text); kind {
	case "office":
		return fmt.Errorf("%w: it is a .docx (Word) or an .odt (LibreOffice), a ZIP archive of XML, not text; take its text out first with tokenize.OfficeText, and summarize that", ErrDocument)
	case "sheet":
		return fmt.Errorf("%w: it is a spreadsheet (.xlsx or .ods), a ZIP archive of XML, not text; read it with Summarizer.Articles, which reads each sheet that is a table of articles (tokenize.SheetArticles), or save a sheet as CSV", ErrDocument)
	case "ZIP", "tar":
		return fmt.Errorf("%w: it is a %s archive of files, bytes, not text; take the files out first, or read it with Summarizer.Articles, which reads each file in it", ErrDocument, kind)
	}
	if kind := compression(text); kind != "" {
		pkg := "compress/" + kind
		if kind == "zstd" {
			pkg = "github.com/klauspost/compress/zstd"
		}
		return fmt.Errorf("%w: it is compressed with %s, bytes, not text; decompress it first (%s), or read it with Summarizer.Articles, which does", ErrDocument, kind, pkg)
	}
	if strings.HasPrefix(text, "%PDF-") {
		return fmt.Errorf("%w: it is a PDF, whose text is drawn in pages, not written out; take its text out first with a tool that keeps right-to-left lines in reading order (pdftotext does)", ErrDocument)
	}
	// A message's header is told before its body's encoding: Arabic mail
	// comes in Windows-1256 as often as not, which the message declares.
	if tokenize.IsMail(text) {
		return fmt.Errorf("%w: its header and its body's encoding (base64, quoted-printable, a charset) are no words; take its text out first with tokenize.Articles, and summarize it with its subject as the Title", ErrMail)
	}
	// So is a web archive's: its records' headers are text, and a crawl's
	// pages come in their servers' encodings and codings (gzip).
	if tokenize.IsWARC(text) {
		return errFeedRefused
	}
	if strings.HasPrefix(text, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") {
		return fmt.Errorf("%w: it is an old Word (.doc) or Office file, a binary format; save it as .docx, which tokenize.OfficeText reads, or as text", ErrDocument)
	}
	bad, n := tokenize.NotText(text)
	if err := notText(text, bad, n); err != nil {
		return err
	}
	// Subtitles, JSON and feeds are told by how they open (JSON read
	// through once), before the escapes: a transcript's JSON and
	// WordPress's REST API write every Arabic letter as one.
	switch {
	case tokenize.IsSubtitles(text):
		return fmt.Errorf("%w: it opens as subtitles (SubRip, WebVTT, TTML, ASS, YouTube's timed text or json3, SAMI, or a transcript's JSON), whose numbers, times and markup are no words and whose lines are no sentences; take the spoken text out first with tokenize.Subtitles, and summarize that", ErrSubtitles)
	case tokenize.IsJSON(text):
		return fmt.Errorf("%w: it is a JSON document (or several: JSON Lines, or one after another), whose keys, quotes and escapes are no words; take the articles out first with tokenize.Articles, and summarize each article's text with its headline as the Title", ErrJSON)
	case tokenize.IsFeed(text):
		return errFeedRefused
	case tokenize.IsCSV(text):
		return fmt.Errorf("%w: it is a table in CSV, a row an article, whose commas, quotes and other columns are no words and whose rows would run together as one; take the articles out first with tokenize.Articles, and summarize each row's text with its title as the Title", ErrCSV)
	case tokenize.IsWikitext(text):
		return fmt.Errorf("%w: it is a wiki page's markup ([[links]], '''bold''', {{templates}}, <ref>s), whose brackets, apostrophes, templates and citations are no words; take the text a reader sees out first with tokenize.WikiText, and summarize that", ErrWikitext)
	}
	// Four escapes are about a word: an article that shows one keeps it.
	if escaped, arabic := tokenize.Escaped(text); escaped > arabic && escaped >= 4 {
		return fmt.Errorf(`%w: %d of its %d Arabic characters are escapes (&#1575;, \u0627, %%D8%%A7 or \xd8\xa7), as text encoded twice has them; unescape it first: html.UnescapeString, json.Unmarshal or strconv.Unquote, url.QueryUnescape, or in Python bytes.decode("utf-8")`,
			ErrEscaped, escaped, escaped+arabic)
	}
	// Read in order, an article has tens of words forward and at most a
	// typing slip backwards; two backwards spare a short text its slip.
	if back, forward := tokenize.Backwards(text); back > forward && back >= 2 {
		return fmt.Errorf("%w: %d of its %d words with ة or ى have it first, where Arabic writes it last, as a PDF extractor that does not reorder right-to-left lines gives them; extract the text again with a tool that puts right-to-left lines in reading order",
			ErrVisualOrder, back, back+forward)
	}
	return nil
}

// notText refuses a text that opens with head, bad of whose n characters
// are not text (tokenize.NotText), as not UTF-8 (ErrEncoding), or as a ZIP
// archive cut off, which is as far from text, with what to do.
func notText(head string, bad, n int) error {
	// Arabic in another encoding has half or more of its characters not
	// text, damaged UTF-8 a few in a hundred at most: a quarter lies far
	// from both.
	if 4*bad > n {
		if strings.HasPrefix(head, "PK\x03\x04") {
			return fmt.Errorf("%w: it opens as a ZIP archive, but the list of its files, at its end, is missing: it was cut off, in a download or a copy; get it whole", ErrDocument)
		}
		declared := ""
		if cs := tokenize.DeclaredCharset(head); cs != "" {
			declared = "; the page declares charset " + cs
		}
		return fmt.Errorf("%w: %d of its %d characters are not text; decode Windows-1256 or UTF-16 to UTF-8 first (golang.org/x/text/encoding), and encode text that reads «Ø§Ù„…» back to Latin-1 or Windows-1252, or «ط§ظ„…» back to Windows-1256, which gives its UTF-8 if no byte was lost%s",
			ErrEncoding, bad, n, declared)
	}
	return nil
}

// ByteLimit returns the longest text, in bytes, that Summarize accepts:
// MaxBytes with its default, or -1 when there is no bound. A program that
// reads a stream (a request body, standard input) reads one byte past it
// at most, so that a text Summarize would refuse is never held whole.
func (s *Summarizer) ByteLimit() int {
	switch {
	case s.MaxBytes == 0:
		return DefaultMaxBytes
	case s.MaxBytes < 0:
		return -1
	}
	return s.MaxBytes
}

// A ConfigError is a Summarizer field out of range (it is ErrConfig for
// errors.Is): the field, its value and what to use, so that a program
// whose users set the fields otherwise (flags, a request's keys) names
// them as its users know them.
type ConfigError struct {
	Field string // the field as Go names it: "MaxSentences", "Model.Weights[position]"
	Value string // its value, as fmt prints it
	Use   string // what to use instead
}

func (e *ConfigError) Error() string {
	return fmt.Sprintf("%v: %s is %s; use %s", ErrConfig, e.Field, e.Value, e.Use)
}

// Is makes a ConfigError ErrConfig.
func (e *ConfigError) Is(target error) bool { return target == ErrConfig }

// Validate reports whether s is usable: nil, or a *ConfigError that names
// the field out of range. Summarize checks the same on every call;
// Validate lets a program check its flags before any text.
func (s *Summarizer) Validate() error {
	if _, err := s.config(); err != nil {
		return err
	}
	return s.languagesError()
}

// languagesError is a *ConfigError for the first of Languages' keys, in
// order, that is no ISO 639-3 code (tokenize.LanguageCode), or nil: Keeps
// compares those, so that a set built by hand with «ar» would leave out,
// without a word, every article its file says is «ara». Not in config,
// which every text's summary runs: the set matters to SummarizeArticles
// alone, which asks once.
func (s *Summarizer) languagesError() error {
	for _, key := range slices.Sorted(maps.Keys(s.Languages)) {
		code, ok := tokenize.LanguageCode(key)
		if ok && code == key {
			continue
		}
		use := "ISO 639-3 codes, as tokenize.ParseLanguages gives them: "
		if ok {
			use += strconv.Quote(code) + " for this one"
		} else {
			use += strconv.Quote(key) + " names no language"
		}
		return &ConfigError{Field: "Languages", Value: strconv.Quote(key), Use: use}
	}
	return nil
}

// config returns a copy of s with the defaults filled in.
func (s *Summarizer) config() (Summarizer, error) {
	c := *s
	switch {
	case c.MaxSentences < 0:
		return c, &ConfigError{Field: "MaxSentences", Value: strconv.Itoa(c.MaxSentences), Use: "0 for the default or a positive count"}
	case c.Ratio < 0 || c.Ratio > 1 || math.IsNaN(c.Ratio):
		return c, &ConfigError{Field: "Ratio", Value: fmt.Sprint(c.Ratio), Use: "0 for none or a fraction in (0, 1]"}
	case c.Method < Auto || c.Method > Lead:
		return c, &ConfigError{Field: "Method", Value: c.Method.String(), Use: "Auto, TextRank or Lead"}
	}
	if c.Model != nil {
		// A weight that is no number makes every score NaN, and the
		// summary whatever the order of NaNs gives.
		for k, w := range c.Model.Weights {
			if math.IsNaN(w) || math.IsInf(w, 0) {
				return c, &ConfigError{Field: "Model.Weights[" + FeatureNames[k] + "]", Value: fmt.Sprint(w), Use: "a finite weight: fit the model again (examples/fit), or leave Model nil for DefaultModel"}
			}
		}
	}
	if c.MaxSentences == 0 {
		c.MaxSentences = DefaultMaxSentences
	}
	if c.MaxWords == 0 {
		c.MaxWords = DefaultMaxWords
	}
	c.MaxBytes = s.ByteLimit()
	if c.Stemmer == nil {
		c.Stemmer = tokenize.DefaultStemmer{}
	}
	return c, nil
}
