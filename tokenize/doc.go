// Package tokenize turns Arabic text into sentences and index terms, the
// first stage of talkhis: tokenize → rank → summarize.
//
// # Pipeline
//
// Sentences splits a text into sentences and headings as byte spans into
// it; Words yields the words of a piece of text as spans; Terms turns
// words into index terms: Normalize, lower case, stop words out, Stemmer.
// Nothing is copied until a term is made, and the caller always gets the
// surface text back through the spans. A Lexicon numbers the terms of one
// document and remembers the term of each word, so that a word met again
// costs one lookup and the next stage compares integers; its
// AppendTermsSum also sums the normalized words, which finds repeated
// sentences in the same pass.
//
// # Normalization
//
// Normalize folds text for matching only (see its documentation for the
// rules). It is idempotent and returns its input without allocating when
// nothing changes; AppendNormalized writes into a buffer for hot paths.
// NotText counts the characters that are not text at all (bytes outside
// UTF-8, U+FFFD, control characters), by which a caller tells Arabic in
// another encoding from UTF-8 with a stray byte. Backwards counts the words
// that open with ة or ى, which Arabic writes only last, against those that
// end with them, by which a caller tells text in visual order (a PDF's
// glyphs from left to right) from text in reading order. Escaped counts
// the Arabic written as escapes (&#1575;, \u0627, %D8%A7, \xd8\xa7) against
// the Arabic written as itself, by which a caller tells text encoded twice.
// Subtitles gives the spoken text of subtitles (SubRip, WebVTT, TTML, ASS,
// YouTube's timed text and json3, SAMI, a transcript's JSON), which are no
// text to split as they come. Articles gives the articles of a JSON
// document (an API's answer, a scraper's record, WordPress's REST JSON,
// JSON Lines, jq's output), of a table in CSV (a dataset of news, a
// scraper's export) or of a news feed (RSS, Atom), an agency's
// story (NITF, NewsML-G2), a research corpus's <DOC>s (Gigaword, TREC,
// WikiExtractor), a wiki's dump (a MediaWiki export) or a web archive's
// pages (a crawl's WARC, Common Crawl's WET), or of an e-mail message, and
// their headlines; ReadWARC gives a web archive's pages read from a reader
// a record at a time, ReadMediaWiki a wiki's dump's articles a page at a
// time, each naming a page past its bound with a LongError and going on
// (WikiText gives what a reader sees of a page's wikitext,
// IsMediaWiki tells a dump), and ReadJSON the
// articles of JSON documents one after another (JSON Lines) a document at a
// time, and ReadCSV a table's a row at a time (OpensJSON and OpensCSV tell
// such text by its first bytes); IsJSON, IsCSV, IsFeed (IsWARC for a web
// archive alone) and IsMail tell such text, and IsSubtitles subtitles.
// OfficeText gives the text of
// a word processor's document (.docx, .odt), IsOffice tells one;
// SheetArticles gives the articles of a spreadsheet (.xlsx, .ods), of each
// sheet that is a table of articles, IsSheet tells one.
//
// # Sentences
//
// A sentence ends at . ! ? ؟ ۔ … and at every line break, except where a
// period belongs to a number, an abbreviation (a single letter: «د.»,
// «أ.د.», and after «و», "and": «ود. أحمد»), a URL or an e-mail address,
// and except two dots inside a line, which Arabic writers set as a pause;
// the marks written as HTML entities («&#8230;», «&#1567;») end it too.
// Short lines without final punctuation are headings, and so is a line
// marked as one in Markdown («# …») or HTML («<h1>…»). Hard-wrapped text is
// unwrapped first, and so is an HTML document's source («<!DOCTYPE html»,
// «<html»), whose lines end at its block tags and blank lines. A block's
// tag («<p>», «<br>», «<li>») ends a line as a break does, but for a <br>
// after a full line of text hard-wrapped with them (as WordPress serves
// text pasted so), and whole tags
// of markup at a sentence's edges («<p>», «</p>») are left out of its
// span; a '<' that no '>' closes in its sentence is text, so a tag cut off
// by the page hides nothing. Comments («<!-- -->»), templates («{{< figure
// … >}}», «{% … %}», «{{مرجع|…}}») and Markdown emphasis («**…**») are
// markup too; scripts, style sheets, a page's <nav>, WordPress's media
// shortcodes («[caption]…[/caption]»), lines of nothing but links and
// lines of nothing but a date («نشر في: الأحد 12 مارس 2023 - 10:30 ص») or a
// breadcrumb trail («الرئيسية > أخبار > الشرق الأوسط») give no sentence, nor does the text around an HTML document's
// <article> (or <main>) when it holds a quarter of the page's text, nor an
// element whose class names it a cookie notice, a share bar or the like. A
// Markdown file's front matter (Hugo's and Jekyll's «---» block) is metadata: no
// sentence comes from it, and its title is the first heading. The rules,
// each with its test row, are listed on Sentences. Headline picks the
// headline among the headings: the first, past short ones above a longer
// one (a site's name, a menu), or, when that is a page's title with the
// site's name in it («العنوان | شبكة الأخبار»), the heading that is the
// headline alone. A headline longer than a heading, or one that asks, has
// a sentence's shape: OpeningHeadline finds it by its place, alone on the
// text's first line above the story (or that line's units, when it is two
// sentences: «الحرب السورية: من يقاتل من؟ ولماذا؟»), and HeadedSentences
// marks it a heading, joined into one, unless a title given beside the
// text is another line.
// Dateline gives the length of the dateline that opens a wire's story
// («القاهرة (رويترز) -»), and Byline that of a paper's byline («كتب - محمد
// السيد:»), which a lead leaves out: HeadedSentences starts the story's
// first sentence after them, and makes either a heading where it stands
// on a line of its own. Readers' comments under the story are headings
// too, every unit under the line that CommentsHeading reads as theirs
// («التعليقات», «أضف تعليقك»), where two of the story's lines are above it.
//
// # Stemming and stop words
//
// LightStemmer is a light10-style Arabic stemmer with guards that keep
// names whole; DefaultStemmer chooses it or a Snowball stemmer (package
// github.com/kljensen/snowball) by the script of each word. Stop words are
// the stopwords-iso (MIT) and Savoy (BSD) Arabic lists (in stopwords/,
// with their licences), normalized into a table generated from them
// (stoptable.go, checked and rewritten by TestStopTable), plus Snowball's
// English list for Latin-script words. A listed word is a stop word behind
// a clitic too (وهذا، لذلك، وبأنه), but for thirteen that no clitic goes
// before, which behind one spell a word of the story (ولاية، ولي، باب), and
// a conjunction and a listed word behind a preposition (كولن); and so is a
// preposition or a particle with a pronoun after it (عنه، لديهم، لكنه),
// which the lists hold only in part; see IsStopword.
package tokenize
