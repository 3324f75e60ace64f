package summarize_test

import (
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/evaluate"
	"github.com/talkhis/talkhis/tokenize"
)

// Articles gives what to summarize in a file of any kind the library
// knows: the text itself, or what is taken out of what Summarize refuses as
// it comes; any other refusal is Check's.
func TestSummarizerArticles(t *testing.T) {
	const (
		lead   = "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل."
		second = "وقال وزير المالية إن القرار يخفض العجز."
		other  = "افتتح وزير الثقافة معرض الكتاب الدولي اليوم."
	)
	type article = tokenize.Article
	cp1256, err := charmap.Windows1256.NewEncoder().String(lead + " " + second)
	require.NoError(t, err)
	tests := []struct {
		name string
		s    summarize.Summarizer
		text string
		want []article
		err  error  // with want nil
		says string // in the error
	}{
		{"text as it comes is itself, untitled", summarize.Summarizer{}, lead + "\n" + second,
			[]article{{Text: lead + "\n" + second}}, nil, ""},
		{"a .docx is its text, its heading marked", summarize.Summarizer{}, evaluate.RenderDOCX("الحكومة ترفع أسعار الوقود\n" + lead),
			[]article{{Text: "# الحكومة ترفع أسعار الوقود\n" + lead + "\n"}}, nil, ""},
		{"subtitles are their spoken text", summarize.Summarizer{}, "1\n00:00:01,000 --> 00:00:03,000\nافتتح وزير الثقافة\nمعرض الكتاب الدولي اليوم.\n",
			[]article{{Text: other}}, nil, ""},
		{"JSON is its articles with their headlines, in order", summarize.Summarizer{},
			`[{"title":"الوقود","text":"` + lead + `"},{"title":"المعرض","text":"` + other + `"}]`,
			[]article{{Title: "الوقود", Text: lead}, {Title: "المعرض", Text: other}}, nil, ""},
		{"a table in CSV is its rows, each with its title and id", summarize.Summarizer{},
			"id,title,text\n1,الوقود,\"" + lead + "\n" + second + "\"\n2,المعرض," + other + "\n",
			[]article{{ID: "1", Title: "الوقود", Text: lead + "\n" + second}, {ID: "2", Title: "المعرض", Text: other}}, nil, ""},
		{"a table without an article says so", summarize.Summarizer{}, "id,title,text\n1,الوقود,\n",
			nil, summarize.ErrNoSentences, "table holds no article"},
		// A minimal workbook (testdata/news.xlsx: one sheet, its strings
		// shared), where the library said «no sentences in text».
		{"a spreadsheet is the rows of its sheet", summarize.Summarizer{}, readFile(t, "testdata/news.xlsx"),
			[]article{{ID: "1", Title: "الوقود", Text: "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة. وقال الوزير إن القرار يخفف العجز."},
				{ID: "2", Title: "المعرض", Text: "افتتح وزير الثقافة معرض الكتاب في العاصمة بمشاركة ألف ناشر."}}, nil, ""},
		// The same stories as LibreOffice Calc saves them (testdata/news.ods:
		// a comment on a cell, the empty rest of the sheet, a second sheet of
		// one text without a title), where the library said «no sentences in
		// text».
		{"an OpenDocument spreadsheet is the rows of its sheets", summarize.Summarizer{}, readFile(t, "testdata/news.ods"),
			[]article{{ID: "1", Title: "الوقود", Text: "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة.\nوقال الوزير إن القرار يخفف العجز."},
				{ID: "2", Title: "المعرض", Text: "افتتح وزير الثقافة معرض الكتاب في العاصمة بمشاركة ألف ناشر."}, {Text: "نص من الورقة الثانية."}}, nil, ""},
		{"a feed is its items", summarize.Summarizer{},
			`<rss version="2.0"><channel><title>الموقع</title><item><title>المعرض</title><description>` + other + `</description></item></channel></rss>`,
			[]article{{Title: "المعرض", Text: other}}, nil, ""},
		{"a corpus file is its documents, a <P> a line", summarize.Summarizer{},
			"<DOC id=\"AFP_ARB_20240312.0001\" type=\"story\" >\n<HEADLINE>\nالمعرض\n</HEADLINE>\n<TEXT>\n<P>\n" + other + "\n</P>\n</TEXT>\n</DOC>\n<DOC id=\"AFP_ARB_20240312.0002\" type=\"story\" >\n<TEXT>\n<P>\n" + lead + "\n</P>\n<P>\n" + second + "\n</P>\n</TEXT>\n</DOC>\n",
			[]article{{Title: "المعرض", Text: other, ID: "AFP_ARB_20240312.0001"}, {Text: lead + "\n" + second, ID: "AFP_ARB_20240312.0002"}}, nil, ""},
		{"a web archive's pages, as Common Crawl's WET file holds them", summarize.Summarizer{},
			"WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/a\r\nContent-Type: text/plain\r\nContent-Length: " + strconv.Itoa(len("المعرض | شبكة\n"+other)) + "\r\n\r\nالمعرض | شبكة\n" + other + "\r\n\r\n",
			[]article{{Title: "المعرض | شبكة", Text: other, ID: "https://example.com/a"}}, nil, ""},
		{"a crawl's WARC file is its pages' HTML, their gzip in chunks and Windows-1256 undone", summarize.Summarizer{},
			gzipped(t, evaluate.RenderWARC("المعرض", other)),
			[]article{{Text: strings.NewReplacer(`<meta charset="utf-8">`, `<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">`, "<title>شبكة الأخبار</title>", "<title>المعرض | شبكة الأخبار</title>", "<article>\n", "<article>\n<h1>المعرض</h1>\n").Replace(evaluate.RenderPage(other)),
				ID: "https://example.com/news/2024/03/12/story"}}, nil, ""},
		{"a corpus file without text says what to do", summarize.Summarizer{}, "<DOC id=\"a\">\n<HEADLINE>\nالمعرض\n</HEADLINE>\n</DOC>\n",
			nil, summarize.ErrNoSentences, "items or documents has a text with words"},
		{"an e-mail is its text, its subject the title, its Windows-1256 read as it declares", summarize.Summarizer{},
			"From: press@example.org\r\nSubject: =?utf-8?b?2KfZhNmF2LnYsdi2?=\r\nDate: Tue, 12 Mar 2024 10:30:00 +0300\r\nContent-Type: text/plain; charset=windows-1256\r\n\r\n" + cp1256,
			[]article{{Title: "المعرض", Text: lead + " " + second}}, nil, ""},
		{"an e-mail without text says so", summarize.Summarizer{}, "From: press@example.org\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=a.pdf\r\n\r\n%PDF-1.7\r\n--b--\r\n",
			nil, summarize.ErrNoSentences, "e-mail message holds no text"},
		{"JSON without an article says so", summarize.Summarizer{}, `{"id": 1, "tags": [], "score": 0.5}`,
			nil, summarize.ErrNoSentences, "JSON document holds no article"},
		{"a feed of headlines and links says what to do", summarize.Summarizer{},
			`<rss version="2.0"><channel><item><title>المعرض</title><link>https://example.com/a</link></item></channel></rss>`,
			nil, summarize.ErrNoSentences, "feed holds no article"},
		{"a file compressed with gzip is what it holds, a corpus's stories here", summarize.Summarizer{}, gzipped(t, "<DOC id=\"a\">\n<TEXT>\n<P>\n"+other+"\n</P>\n</TEXT>\n</DOC>\n<DOC id=\"b\">\n<TEXT>\n<P>\n"+lead+"\n</P>\n</TEXT>\n</DOC>\n"),
			[]article{{Text: other, ID: "a"}, {Text: lead, ID: "b"}}, nil, ""},
		{"text compressed with gzip is itself", summarize.Summarizer{}, gzipped(t, lead+"\n"+second),
			[]article{{Text: lead + "\n" + second}}, nil, ""},
		{"a file compressed with zstd is what it holds, a dump's JSON Lines here", summarize.Summarizer{},
			zstded(t, `{"id": "a", "title": "المعرض", "text": "`+other+`"}`+"\n"+`{"id": "b", "text": "`+lead+`"}`+"\n"),
			[]article{{Title: "المعرض", Text: other, ID: "a"}, {Text: lead, ID: "b"}}, nil, ""},
		{"text compressed with zstd is itself", summarize.Summarizer{}, zstded(t, lead+"\n"+second),
			[]article{{Text: lead + "\n" + second}}, nil, ""},
		{"zstd cut off gives what came before the cut, its blocks before it", summarize.Summarizer{},
			func() string { z := zstded(t, strings.Repeat(lead+"\n", 20000)); return z[:3*len(z)/4] }(), nil, nil, ""},
		{"zstd whose data is damaged from its start says so", summarize.Summarizer{}, "\x28\xb5\x2f\xfd\xff\xff\xff\xff\xff\xff",
			nil, summarize.ErrDocument, "zstd data is damaged"},
		{"a file compressed with bzip2, as WikiExtractor -c writes one", summarize.Summarizer{}, readFile(t, "testdata/wiki_00.bz2"),
			[]article{{Title: "المعرض", Text: other, ID: "7"}, {Title: "الوقود", Text: lead, ID: "9"}}, nil, ""},
		// A wiki's dump (testdata/arwiki.xml: six pages of Wikipedia's and
		// Wikinews' kinds, a redirect, a template and a disambiguation page
		// among them), where the CLI printed one summary of markup that ran
		// the pages together.
		{"a wiki's dump is its articles, each as its reader sees it", summarize.Summarizer{}, readFile(t, "testdata/arwiki.xml"), wikiArticles, nil, ""},
		{"the same in bzip2, in two streams as Wikipedia's multistream dumps", summarize.Summarizer{}, readFile(t, "testdata/arwiki.xml.bz2"), wikiArticles, nil, ""},
		{"a compressed file cut off gives what came before the cut", summarize.Summarizer{}, gzippedCut(t, strings.Repeat(lead+"\n", 2000)),
			nil, nil, ""},
		{"a compressed file past MaxBytes once decompressed is refused", summarize.Summarizer{MaxBytes: 1000}, gzipped(t, strings.Repeat(lead+"\n", 200)),
			nil, summarize.ErrTooLarge, "the file, decompressed, is past the bound of 1000 bytes"},
		{"a file compressed twice says so", summarize.Summarizer{}, gzipped(t, gzipped(t, lead)),
			nil, summarize.ErrDocument, "compressed twice"},
		{"so does one in bzip2", summarize.Summarizer{}, readFile(t, "testdata/twice.gz.bz2"),
			nil, summarize.ErrDocument, "compressed twice"},
		{"a gzip header that is damaged says so", summarize.Summarizer{}, "\x1f\x8b\x08\xff\x00",
			nil, summarize.ErrDocument, "gzip header is damaged"},
		{"a PDF is Check's refusal", summarize.Summarizer{}, "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
			nil, summarize.ErrDocument, "it is a PDF"},
		{"text in Windows-1256 is Check's refusal", summarize.Summarizer{}, cp1256,
			nil, summarize.ErrEncoding, "Windows-1256"},
		{"a page whose Arabic is all numeric references, as a site in Latin-1 or Word's page in a Western encoding writes it, is its HTML read as a browser shows it", summarize.Summarizer{},
			"<!DOCTYPE html>\n<html><head><meta charset=\"iso-8859-1\"><title>" + evaluate.AsReferences("المعرض") + "</title></head><body><p>" + evaluate.AsReferences(lead) + "</p>\n<p>" + evaluate.AsReferences(second) + " &#60;&#169;</p></body></html>\n",
			[]article{{Text: "<!DOCTYPE html>\n<html><head><meta charset=\"iso-8859-1\"><title>المعرض</title></head><body><p>" + lead + "</p>\n<p>" + second + " &#60;©</p></body></html>\n"}}, nil, ""},
		{"text HTML-escaped once more is itself", summarize.Summarizer{}, evaluate.AsReferences(lead + "\n" + second),
			[]article{{Text: lead + "\n" + second}}, nil, ""},
		{"text escaped twice is Check's refusal", summarize.Summarizer{}, `\u0631\u0641\u0639\u062a \u0627\u0644\u062d\u0643\u0648\u0645\u0629`,
			nil, summarize.ErrEscaped, "unescape"},
		{"a text past MaxBytes is refused before it is read", summarize.Summarizer{MaxBytes: 10}, `[{"title":"الوقود","text":"` + lead + `"}]`,
			nil, summarize.ErrTooLarge, "MaxBytes"},
		{"a field out of range is refused", summarize.Summarizer{MaxSentences: -2}, lead,
			nil, summarize.ErrConfig, "MaxSentences"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.s.Articles(tt.text)
			if tt.want == nil && tt.err == nil { // a cut: the lines before it
				require.NoError(t, err)
				require.Len(t, got, 1)
				assert.True(t, strings.HasPrefix(strings.Repeat(lead+"\n", 20000), got[0].Text), "a start of the text")
				assert.Greater(t, len(got[0].Text), 1000)
				return
			}
			if tt.want == nil {
				require.ErrorIs(t, err, tt.err)
				assert.Contains(t, err.Error(), tt.says)
				assert.Empty(t, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			for _, a := range got {
				assert.NoError(t, tt.s.Check(a.Text), "Summarize takes each article as it comes")
			}
		})
	}
}

// gzipped returns s compressed with gzip.
func gzipped(t testing.TB, s string) string {
	t.Helper()
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	_, err := z.Write([]byte(s))
	require.NoError(t, err)
	require.NoError(t, z.Close())
	return b.String()
}

// zstded returns s compressed with zstd, as web-text dumps ship.
func zstded(t testing.TB, s string) string {
	t.Helper()
	var b bytes.Buffer
	z, err := zstd.NewWriter(&b)
	require.NoError(t, err)
	_, err = z.Write([]byte(s))
	require.NoError(t, err)
	require.NoError(t, z.Close())
	return b.String()
}

// gzippedCut returns s compressed with gzip, cut off after its first half.
func gzippedCut(t *testing.T, s string) string {
	z := gzipped(t, s)
	return z[:len(z)/2]
}

// readFile returns the contents of a file of testdata.
func readFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}

// A gzip file's trailer says how large its contents are, and the reader
// makes room for them at once; one that claims 4 GiB is not believed.
func TestGzipTrailerNotBelieved(t *testing.T) {
	const lead = "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل."
	z := []byte(gzipped(t, lead))
	copy(z[len(z)-4:], "\xff\xff\xff\xff")
	var s summarize.Summarizer
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	got, err := s.Articles(string(z))
	runtime.ReadMemStats(&after)
	require.NoError(t, err, "what came before the bad trailer is read")
	assert.Equal(t, []tokenize.Article{{Text: lead}}, got)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(1<<20), "bytes allocated")
}

// FuzzSummarizerArticles holds Articles to its invariants on any input,
// compressed or not: no panic, the same answer twice, and an error that
// says which refusal it is.
func FuzzSummarizerArticles(f *testing.F) {
	wiki, err := os.ReadFile("testdata/wiki_00.bz2")
	require.NoError(f, err)
	for _, s := range []string{
		string(wiki), string(wiki[:len(wiki)/2]), "رفعت الحكومة أسعار الوقود.", `[{"title":"ع","text":"نص الخبر."}]`,
		"<DOC id=\"a\"><TEXT><P>نص الخبر.</P></TEXT></DOC>", "\x1f\x8b\x08\x00", "BZh91AY&SY",
	} {
		f.Add([]byte(s))
	}
	f.Add([]byte(gzipped(f, "<DOC id=\"a\"><HEADLINE>ع</HEADLINE><TEXT><P>نص الخبر.</P></TEXT></DOC>")))
	f.Add([]byte(evaluate.RenderWARC("ع", "نص الخبر.")))
	f.Add([]byte(readFile(f, "testdata/news.xlsx")))
	f.Add([]byte(readFile(f, "testdata/arwiki.xml")))
	bz := readFile(f, "testdata/arwiki.xml.bz2")
	f.Add([]byte(bz))
	f.Add([]byte(bz[:len(bz)*3/4])) // cut off in its second stream
	f.Add([]byte("'''ع''' نص [[أ|ب]] و[[ج]].<ref>م</ref>\n== د ==\nنص."))
	f.Add([]byte(`{"query":{"pages":[{"title":"ع","revisions":[{"slots":{"main":{"content":"'''ع''' نص [[أ]] و[[ب]].\n{{ج}}"}}}]}]}}`))
	// A list whose records hold their texts under different keys: whole,
	// the key of its longest string; a record at a time, each its own.
	f.Add([]byte(`[{"a":"نص الخبر الأول","b":"ن"},{"a":"ع","b":"نص الخبر الثاني الأطول"},{"a":"ع","b":"ن"}]`))
	f.Add([]byte(`[{"a":"نص الخبر الأول","b":"ن"},{"a":"ع","b":"نص الخبر الثاني الأطول"},`)) // cut off
	// Past the bound: a list of objects, then a document, which the stream
	// reads a record at a time and then the document (found in CI); a list
	// whose last item is no object, where the stream breaks; a news API's
	// answer, its records in a list inside.
	f.Add([]byte(`[{"p":"ن"},{"p":"ل"}]{"x":1}`))
	f.Add([]byte(`[{"a":"نص","b":"ن"},{"a":"ع","b":"ل"},0`))
	f.Add([]byte(`{"s":"ok","articles":[{"p":"ن"},{"p":"ل"},{"p":"م"},{"p":"ر"},{"p":"ق"}]}`))
	f.Add([]byte("id,title,text\n1,ع,\"نص الخبر،\nالأول\"\n2,غ,نص الخبر الثاني\n3,ف,\"نص"))
	f.Add([]byte(gzipped(f, "\ufefftitle;content\r\nع;نص الخبر\r\nغ;نص آخر\r\n")))
	jsonl := "{\"title\":\"ع\",\"text\":\"نص الخبر.\"}\n{\"title\":\"غ\",\"text\":\"نص آخر.\"}\n{\"text\":\"ن"
	f.Add([]byte(jsonl))
	f.Add([]byte(gzipped(f, jsonl)))
	f.Add([]byte(zstded(f, jsonl)))
	f.Add([]byte(zipped(f, file{"a/", ""}, file{"a/1.txt", "نص الخبر."}, file{"a/2.json", `{"id":"x","text":"نص آخر."}`})))
	f.Add([]byte(gzipped(f, tarred(f, file{"a.txt", "نص الخبر."}, file{"b.zip", zipped(f, file{"c.txt", "نص"})}))))
	s := summarize.Summarizer{MaxBytes: 1 << 20}
	f.Fuzz(func(t *testing.T, text []byte) {
		got, err := s.Articles(string(text))
		again, err2 := s.Articles(string(text))
		assert.Equal(t, got, again, "same input, same output")
		assert.Equal(t, err, err2)
		// Read from a stream, a web archive a record at a time and a tar
		// archive a file at a time, the same articles, unless the stream
		// gives an error (a gzip member damaged, which Articles reads up
		// to), or Articles refuses the archive as past MaxBytes in all,
		// which the stream bounds a page or a file at a time.
		var streamed []tokenize.Article
		var streamErr error
		for a, e := range s.ReadArticles(bytes.NewReader(text)) {
			if e != nil {
				streamErr = e
				break
			}
			streamed = append(streamed, a)
		}
		if streamErr == nil && !errors.Is(err, summarize.ErrTooLarge) {
			require.NoError(t, err, "streamed without an error")
			assert.Equal(t, got, streamed, "streamed")
		}
		// JSON documents one after another past MaxBytes are read one at
		// a time, and a table's rows: of what Articles reads whole as JSON
		// or as a table, the stream gives the same articles, or those
		// before its error (a document past the bound, white space that
		// JSON does not allow between them).
		if len(text) > 1 && !errors.Is(err, summarize.ErrTooLarge) {
			var docs []tokenize.Article
			var docsErr error
			for a, e := range (&summarize.Summarizer{MaxBytes: len(text) / 2}).ReadArticles(bytes.NewReader(text)) {
				if e != nil {
					docsErr = e
					break
				}
				docs = append(docs, a)
			}
			if content, kind := readsAsRecords(&s, text); err == nil && kind != "" {
				// A document past the bound that is a list of objects, a
				// record at a time, as its records one a line; a table's
				// rows, and documents within the bound, as Articles reads
				// them whole.
				want, told := got, readsAll
				if kind == "JSON" {
					if lines, how, split := recordsAsRead(content, len(text)/2); split {
						want, told = nil, how
						// tokenize's reading: Check would judge the encoding
						// of a record alone, which the whole text passed.
						if read, ok := tokenize.Articles(strings.Join(lines, "\n")); ok {
							want = wikiRead(read)
						} else if len(lines) > 0 {
							told = readsUntold // a record alone read as no JSON (subtitles' keys): not modelled
						}
					}
				}
				switch {
				case told == readsUntold:
					// What the stream makes of a document past the bound
					// that is no list of objects (a list inside it, or an
					// error) is not told; the documents before it are.
					if n := min(len(docs), len(want)); n > 0 {
						assert.Equal(t, want[:n], docs[:n], "a document at a time, up to one past the bound (then %v)", docsErr)
					}
					if docsErr == nil {
						assert.GreaterOrEqual(t, len(docs), len(want), "the documents before one past the bound")
					}
				case docsErr == nil:
					require.Equal(t, readsAll, told, "streamed without the error of an item past the bound or no document")
					assert.Equal(t, want, docs, "a document at a time")
				default:
					assert.True(t, errors.Is(docsErr, summarize.ErrTooLarge) || errors.Is(docsErr, summarize.ErrDocument), "a document past the bound or a break: %v", docsErr)
					require.LessOrEqual(t, len(docs), len(want))
					if len(docs) > 0 {
						assert.Equal(t, want[:len(docs)], docs, "a document at a time, then %v", docsErr)
					}
				}
			}
		}
		if err != nil {
			assert.Empty(t, got)
			assert.True(t, strings.HasPrefix(err.Error(), "summarize: "), err.Error())
			return
		}
		assert.NotEmpty(t, got)
	})
}

// readsAsRecords returns what s's Articles reads text as, "JSON" or
// "CSV" (a table), as it is or decompressed from gzip, or "" for neither;
// and what it reads.
func readsAsRecords(s *summarize.Summarizer, text []byte) ([]byte, string) {
	if z, err := gzip.NewReader(bytes.NewReader(text)); err == nil {
		content, _ := io.ReadAll(io.LimitReader(z, 1<<20)) // what came before a cut or damage, as Articles reads it
		text = content
	}
	switch err := s.Check(string(text)); {
	case errors.Is(err, summarize.ErrJSON):
		return text, "JSON"
	case errors.Is(err, summarize.ErrCSV):
		return text, "CSV"
	}
	return text, ""
}

// What recordsAsRead tells of the documents a stream reads.
const (
	readsAll    = iota // all of them
	readsBreak         // those before an error: an item past the bound, or one that is no object or list
	readsUntold        // those before a document past the bound that is no list of objects
)

// recordsAsRead returns the documents that ReadArticles reads one at a
// time from text, JSON documents one after another, past a bound of bound
// bytes, each a line, where one of them is longer than bound (split); and
// how far that tells. A list of objects longer than bound (a scrape,
// Scrapy's feed export) is read an item at a time, each item a document of
// its own, and then the documents after it; a list cut off in a download
// gives its last item as far as the cut. An item past bound, or one that is
// no object or list, breaks the stream (readsBreak). Any other document
// longer than bound the stream reads by a list of objects inside it (a
// news API's answer) or refuses: what it gives is not told (readsUntold).
// The framer measures a document from its first byte to its last, as
// encoding/json's Decoder gives it.
func recordsAsRead(text []byte, bound int) (lines []string, told int, split bool) {
	text = bytes.TrimPrefix(text, []byte("\ufeff"))
	dec := json.NewDecoder(bytes.NewReader(text))
	for {
		rest := bytes.TrimLeft(text[dec.InputOffset():], " \t\r\n")
		if len(rest) == 0 {
			return lines, readsAll, split
		}
		var doc json.RawMessage
		err := dec.Decode(&doc)
		cut := errors.Is(err, io.ErrUnexpectedEOF)
		switch {
		case cut:
			doc = rest // the last, as far as the cut
		case err != nil:
			return lines, readsUntold, true
		}
		if len(doc) <= bound {
			lines = append(lines, string(doc))
		} else {
			split = true
			first := bytes.TrimLeft(doc[1:], " \t\r\n")
			if doc[0] != '[' || len(first) == 0 || first[0] != '{' {
				return lines, readsUntold, true
			}
			items, how := listItems(doc, bound)
			if lines = append(lines, items...); how != readsAll {
				return lines, how, true
			}
		}
		if cut {
			return lines, readsAll, split
		}
	}
}

// listItems returns the items of list, a JSON list of objects, possibly
// cut off after or inside an item, as recordsAsRead reads them.
func listItems(list []byte, bound int) (items []string, told int) {
	dec := json.NewDecoder(bytes.NewReader(list))
	dec.Token() // the bracket
	for {
		// The item opens past white space and the comma after the last.
		// Where the list ends here, it is told from what follows, not from
		// the decoder: at the end of a list cut off after an item, Go
		// 1.26's decoder has no more, Go 1.27's one more that is an error.
		rest := bytes.TrimLeft(list[dec.InputOffset():], " \t\r\n,")
		if len(rest) == 0 || rest[0] == ']' {
			return items, readsAll // the list's end, or a cut after an item or a comma
		}
		if rest[0] != '{' && rest[0] != '[' {
			return items, readsBreak // a string or a number, no document
		}
		var item json.RawMessage
		err := dec.Decode(&item)
		switch {
		case errors.Is(err, io.ErrUnexpectedEOF):
			item = rest // cut off
		case err != nil:
			return items, readsUntold
		}
		if len(item) > bound {
			return items, readsBreak
		}
		items = append(items, string(item))
		if err != nil {
			return items, readsAll
		}
	}
}

// wikiRead returns articles, each text that is wikitext read as
// ReadArticles reads a record's (tokenize.WikiText).
func wikiRead(articles []tokenize.Article) []tokenize.Article {
	for k, a := range articles {
		if tokenize.IsWikitext(a.Text) {
			articles[k].Text = tokenize.WikiText(a.Text)
		}
	}
	return articles
}

// wetFile returns n pages as Common Crawl's WET file holds them, page k's
// text the lead and k.
func wetFile(n int, lead string) (string, []tokenize.Article) {
	var b strings.Builder
	var want []tokenize.Article
	for k := range n {
		text := lead + " " + strconv.Itoa(k)
		page := "المعرض | شبكة\n" + text
		fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/%d\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", k, len(page), page)
		want = append(want, tokenize.Article{Title: "المعرض | شبكة", Text: text, ID: "https://example.com/" + strconv.Itoa(k)})
	}
	return b.String(), want
}

// gzipMembers returns each of records compressed with gzip as a member of
// its own, one after another, as Common Crawl ships its files.
func gzipMembers(t testing.TB, text string) string {
	var b strings.Builder
	for rec := range strings.SplitAfterSeq(text, "\r\n\r\nWARC/1.0") {
		b.WriteString(gzipped(t, rec))
	}
	return b.String()
}

// onceErr gives err once, then the end.
type onceErr struct {
	err  error
	told bool
}

func (o *onceErr) Read([]byte) (int, error) {
	if o.told {
		return 0, io.EOF
	}
	o.told = true
	return 0, o.err
}

// errReader gives its text, then err.
type errReader struct {
	r   io.Reader
	err error
}

func (e *errReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err == io.EOF {
		return n, e.err
	}
	return n, err
}

// ReadArticles reads a web archive a record at a time, whatever its size,
// and anything else as Articles does.
func TestReadArticles(t *testing.T) {
	const lead = "افتتح وزير الثقافة معرض الكتاب الدولي اليوم"
	wet, pages := wetFile(300, lead)
	require.Greater(t, len(wet), 60_000)
	small := summarize.Summarizer{MaxBytes: 4096}
	crawl := evaluate.RenderWARC("المعرض", lead+".")
	crawlPages, err := (&summarize.Summarizer{}).Articles(crawl)
	require.NoError(t, err)
	first, _ := wetFile(1, lead)
	long, _ := wetFile(1, strings.Repeat(lead+" ", 10))
	damaged := gzipMembers(t, wet)
	damaged = damaged[:len(damaged)/2] + "\x00\x01\x02" + damaged[len(damaged)/2+3:]
	// A corpus of a file an article, tarred, 20 times MaxBytes.
	var files []file
	var corpus []tokenize.Article
	for k := range 300 {
		name := fmt.Sprintf("corpus/%03d.txt", k)
		files = append(files, file{name, lead + " " + strconv.Itoa(k) + "."})
		corpus = append(corpus, tokenize.Article{Text: lead + " " + strconv.Itoa(k) + ".", ID: name})
	}
	tarball := tarred(t, append([]file{{"corpus/", ""}}, files...)...)
	require.Greater(t, len(tarball), 20*4096)
	// A site's articles dumped as JSON Lines, 12 times MaxBytes.
	var dump strings.Builder
	var records []tokenize.Article
	for k := range 300 {
		fmt.Fprintf(&dump, `{"id": "%d", "title": "المعرض", "text": "%s %d.", "url": "https://example.com/%d"}`+"\n", k, lead, k, k)
		records = append(records, tokenize.Article{Title: "المعرض", Text: lead + " " + strconv.Itoa(k) + ".", ID: strconv.Itoa(k)})
	}
	jsonl := dump.String()
	require.Greater(t, len(jsonl), 12*4096)
	whole, err := (&summarize.Summarizer{MaxBytes: -1}).Articles(jsonl)
	require.NoError(t, err)
	require.Equal(t, records, whole, "read whole, within its bound, the same records")
	cut, err := (&summarize.Summarizer{MaxBytes: -1}).Articles(jsonl[:len(jsonl)-60])
	require.NoError(t, err)
	require.Len(t, cut, 300, "of a record cut off in its text, its headline is what is left")
	brokenAt := strings.Index(jsonl, `{"id": "250"`)
	// The same records as a table in CSV, as pandas writes a dataset.
	var table strings.Builder
	table.WriteString(",id,title,text,url\n")
	for k, r := range records {
		fmt.Fprintf(&table, "%d,%s,%s,\"%s\",https://example.com/%d\n", k, r.ID, r.Title, r.Text, k)
	}
	csvText := table.String()
	require.Greater(t, len(csvText), 9*4096)
	whole, err = (&summarize.Summarizer{MaxBytes: -1}).Articles(csvText)
	require.NoError(t, err)
	require.Equal(t, records, whole, "a table read whole, within its bound, the same records")
	csvBreak := strings.Index(csvText, "\n250,") + 1
	sheetRows, err := (&summarize.Summarizer{}).Articles(readFile(t, "testdata/news.xlsx"))
	require.NoError(t, err)
	require.Len(t, sheetRows, 2)
	// Gzip'd and cut off in a download, read whole: what came before the cut.
	cutOff := func(text string) (string, []tokenize.Article) {
		z := gzipped(t, text)
		z = z[:len(z)*3/4]
		articles, err := (&summarize.Summarizer{MaxBytes: -1}).Articles(z)
		require.NoError(t, err)
		require.Greater(t, len(articles), 100)
		require.Less(t, len(articles), 300)
		return z, articles
	}
	cutCSV, cutCSVRows := cutOff(csvText)
	cutJSONL, cutJSONLRecords := cutOff(jsonl)
	// The same records in one list, as Scrapy's feed export writes a scrape.
	list := "[\n" + strings.ReplaceAll(strings.TrimSuffix(jsonl, "\n"), "\n", ",\n") + "\n]\n"
	whole, err = (&summarize.Summarizer{MaxBytes: -1}).Articles(list)
	require.NoError(t, err)
	require.Equal(t, records, whole, "a list read whole, within its bound, the same records")
	// A wiki's dump, twice MaxBytes, as it is and in bzip2 in two streams.
	wiki := readFile(t, "testdata/arwiki.xml")
	require.Greater(t, len(wiki), 2*4096)
	wikiBZ := readFile(t, "testdata/arwiki.xml.bz2")
	secondStream := 4 + strings.Index(wikiBZ[4:], "BZh91AY&SY")
	require.Greater(t, secondStream, 4, "two bzip2 streams, the first with the first page")
	// JSON Lines in bzip2, past MaxBytes: what they hold, decompressed
	// here by the standard library and read whole.
	recordsBZ := readFile(t, "testdata/records.jsonl.bz2")
	plainRecords, err := io.ReadAll(bzip2.NewReader(strings.NewReader(recordsBZ)))
	require.NoError(t, err)
	require.Greater(t, len(plainRecords), 2*4096)
	bzRecords, err := (&summarize.Summarizer{MaxBytes: -1}).Articles(string(plainRecords))
	require.NoError(t, err)
	require.Len(t, bzRecords, 40)
	tests := []struct {
		name  string
		s     summarize.Summarizer
		r     io.Reader
		want  []tokenize.Article // before the error, if any
		err   error
		says  string
		least int // with err: pages at least before it
	}{
		{"a WET file 15 times MaxBytes, a page at a time", small, strings.NewReader(wet), pages, nil, "", 0},
		{"the same in gzip, a member a record", small, strings.NewReader(gzipMembers(t, wet)), pages, nil, "", 0},
		{"a crawl's file, its page gzip in chunks", summarize.Summarizer{}, strings.NewReader(crawl), crawlPages, nil, "", 0},
		{"a page longer than MaxBytes is refused, by its address",
			summarize.Summarizer{MaxBytes: 200}, strings.NewReader(first + long + first), pages[:1], summarize.ErrTooLarge, "the page https://example.com/0 is 836 bytes, past the bound of 200 (raise Summarizer.MaxBytes", 1},
		{"a tarball of files 20 times MaxBytes, a file at a time", small, strings.NewReader(tarball), corpus, nil, "", 0},
		{"the same gzip'd", small, strings.NewReader(gzipped(t, tarball)), corpus, nil, "", 0},
		{"a file in a tarball longer than MaxBytes is refused, by its name", summarize.Summarizer{MaxBytes: 200},
			strings.NewReader(tarred(t, files[0], file{"long.txt", strings.Repeat(lead+". ", 10)}, files[1])), corpus[:1], summarize.ErrTooLarge, "the file long.txt of the archive is 820 bytes, past the bound of 200 (raise Summarizer.MaxBytes", 1},
		{"a ZIP archive of files 20 times MaxBytes, read from a reader of its parts, a file at a time", small, strings.NewReader(zipped(t, append([]file{{"corpus/", ""}}, files...)...)), corpus, nil, "", 0},
		{"a file in such a ZIP archive longer than MaxBytes is refused, by its name", summarize.Summarizer{MaxBytes: 200},
			bytes.NewReader([]byte(zipped(t, files[0], file{"long.txt", strings.Repeat(lead+". ", 10)}, files[1]))), corpus[:1], summarize.ErrTooLarge, "the file long.txt of the archive is 820 bytes, past the bound of 200 (raise Summarizer.MaxBytes", 1},
		{"a ZIP archive from a stream is read whole, within MaxBytes", small, io.MultiReader(strings.NewReader(zipped(t, files...))), nil, summarize.ErrTooLarge, "4096", 0},
		{"a .docx from a reader of its parts is its text", summarize.Summarizer{}, strings.NewReader(evaluate.RenderDOCX(lead + ".")), []tokenize.Article{{Text: lead + ".\n"}}, nil, "", 0},
		{"a tarball without files says so", small, strings.NewReader(tarred(t, file{"corpus/", ""})), nil, summarize.ErrNoSentences, "the archive holds no file", 0},
		{"gzip damaged halfway through a tarball: the files before, then the error", small,
			strings.NewReader(func() string { z := gzipped(t, tarball); return z[:len(z)/2] + "\x00\x01\x02" + z[len(z)/2+3:] }()), nil, summarize.ErrDocument, "damaged", 10},
		{"JSON Lines 12 times MaxBytes, a document at a time", small, strings.NewReader(jsonl), records, nil, "", 0},
		{"the same JSON Lines gzip'd", small, strings.NewReader(gzipped(t, jsonl)), records, nil, "", 0},
		{"the same in zstd", small, strings.NewReader(zstded(t, jsonl)), records, nil, "", 0},
		{"a tarball 20 times MaxBytes in zstd, a file at a time", small, strings.NewReader(zstded(t, tarball)), corpus, nil, "", 0},
		{"a WET file in zstd, a page at a time", small, strings.NewReader(zstded(t, wet)), pages, nil, "", 0},
		{"JSON Lines in zstd whose checksum is wrong: the articles of its first blocks, then the error", small,
			strings.NewReader(func() string { z := zstded(t, strings.Repeat(jsonl, 10)); return z[:len(z)-4] + "\x00\x01\x02\x03" }()), nil, summarize.ErrDocument, "zstd data is damaged after", 600},
		{"the same records in one list 12 times MaxBytes, a record at a time", small, strings.NewReader(list), records, nil, "", 0},
		{"the list gzip'd", small, strings.NewReader(gzipped(t, list)), records, nil, "", 0},
		{"a record of the list longer than MaxBytes is refused, by its line", summarize.Summarizer{MaxBytes: 2000},
			strings.NewReader(strings.Replace(list, "\n"+jsonl[brokenAt:brokenAt+12], "\n"+`{"text": "`+strings.Repeat(lead+" ", 100)+`"},`+"\n"+jsonl[brokenAt:brokenAt+12], 1)), records[:250], summarize.ErrTooLarge, "line 252 is past the bound of 2000 bytes", 250},
		{"the same records as a table in CSV 9 times MaxBytes, a row at a time", small, strings.NewReader(csvText), records, nil, "", 0},
		{"the table in zstd", small, strings.NewReader(zstded(t, csvText)), records, nil, "", 0},
		{"a row of the table longer than MaxBytes is refused, by its line", summarize.Summarizer{MaxBytes: 2000},
			strings.NewReader(csvText[:csvBreak] + "x,y,ع,\"" + strings.Repeat(lead+"\n", 30) + "\",z\n" + csvText[csvBreak:]), records[:250], summarize.ErrTooLarge, "the row on line 252 is past the bound of 2000 bytes", 250},
		{"a row of other fields: the articles before, then the error", small,
			strings.NewReader(csvText[:csvBreak] + "x,y,ع\n" + csvText[csvBreak:]), records[:250], summarize.ErrDocument, "rows break on line 252, after 250 articles", 250},
		{"the table gzip'd and cut off in a download: the rows before the cut, as Articles reads them", small,
			strings.NewReader(cutCSV), cutCSVRows, nil, "", 0},
		{"JSON Lines gzip'd and cut off in a download: the records before the cut, as Articles reads them", small,
			strings.NewReader(cutJSONL), cutJSONLRecords, nil, "", 0},
		{"the same, its last line cut off after its text", small, strings.NewReader(jsonl[:len(jsonl)-20]), records, nil, "", 0},
		{"the same, cut off in its text", small, strings.NewReader(jsonl[:len(jsonl)-60]), cut, nil, "", 0},
		{"a document longer than MaxBytes is refused, by its line", summarize.Summarizer{MaxBytes: 2000},
			strings.NewReader(jsonl[:brokenAt] + `{"text": "` + strings.Repeat(lead+" ", 100) + `"}` + "\n" + jsonl[brokenAt:]), records[:250], summarize.ErrTooLarge, "line 251 is past the bound of 2000 bytes", 250},
		{"a line that is no JSON past MaxBytes: the articles before, then the error", small,
			strings.NewReader(jsonl[:brokenAt] + "ليس سجلا\n" + jsonl[brokenAt:]), records[:250], summarize.ErrDocument, "break on line 251, after 250 articles", 250},
		{"gzip'd JSON Lines whose checksum is wrong: the articles, then the error", small,
			strings.NewReader(func() string { z := gzipped(t, jsonl); return z[:len(z)-8] + "\x00\x01\x02\x03" + z[len(z)-4:] }()), records, summarize.ErrDocument, "gzip data is damaged after 300 articles", 300},
		{"JSON Lines in another encoding past MaxBytes is refused as Check refuses it", small,
			strings.NewReader(strings.Repeat("{\"text\": \"\xc7\xe1\xe3\xda\xd1\xd6 \xc7\xe1\xcf\xe6\xe1\xea\"}\n", 500)), nil, summarize.ErrEncoding, "not text", 0},
		{"a reader's error that ends the part read before the bound is passed is not lost, though the reader gives it once", small,
			io.MultiReader(strings.NewReader(jsonl[:brokenAt]), &onceErr{err: os.ErrClosed}), records[:250], os.ErrClosed, "", 250},
		{"a wiki's dump twice MaxBytes, a page at a time", small, strings.NewReader(wiki), wikiArticles, nil, "", 0},
		{"the dump gzip'd", small, strings.NewReader(gzipped(t, wiki)), wikiArticles, nil, "", 0},
		{"the dump in bzip2, two streams as Wikipedia's multistream dumps", small, strings.NewReader(wikiBZ), wikiArticles, nil, "", 0},
		{"the dump in bzip2 cut off in a download: the pages before the cut", small,
			strings.NewReader(wikiBZ[:secondStream+(len(wikiBZ)-secondStream)/2]), wikiArticles[:1], nil, "", 0},
		{"the dump in bzip2 damaged in its second stream: the pages before, then the error", small,
			strings.NewReader(wikiBZ[:secondStream+200] + "\x00\x01\x02\x03" + wikiBZ[secondStream+204:]), wikiArticles[:1], summarize.ErrDocument, "bzip2 data is damaged after 1 articles", 1},
		{"the dump's XML broken after its first article: that article, then the error", small,
			strings.NewReader(strings.Replace(wiki, "<title>قالب:", "<title>قالب:</ti tle>", 1)), wikiArticles[:1], summarize.ErrDocument, "the wiki's dump is damaged: the MediaWiki export breaks after 1 articles", 1},
		{"a page of the dump past MaxBytes is refused, by its title", summarize.Summarizer{MaxBytes: 2000}, strings.NewReader(wiki), nil, summarize.ErrTooLarge,
			"the page «" + wikiArticles[0].Title + "» (" + wikiArticles[0].ID + ") is past the bound of 2000 bytes (raise Summarizer.MaxBytes", 0},
		{"JSON Lines in bzip2 twice MaxBytes, a record at a time", small, strings.NewReader(recordsBZ), bzRecords, nil, "", 0},
		{"anything else in bzip2 past MaxBytes is refused, decompressed", summarize.Summarizer{MaxBytes: 100},
			strings.NewReader(readFile(t, "testdata/wiki_00.bz2")), nil, summarize.ErrTooLarge, "the file, decompressed, is past the bound of 100 bytes", 0},
		{"anything else in bzip2 within MaxBytes as Articles gives it", summarize.Summarizer{},
			strings.NewReader(readFile(t, "testdata/wiki_00.bz2")), bz2Corpus, nil, "", 0},
		{"a file in bzip2 compressed twice is refused, as Articles refuses it", summarize.Summarizer{},
			strings.NewReader(readFile(t, "testdata/twice.gz.bz2")), nil, summarize.ErrDocument, "compressed twice", 0},
		{"anything else as Articles gives it", small, strings.NewReader(`[{"title":"المعرض","text":"` + lead + `."}]`),
			[]tokenize.Article{{Title: "المعرض", Text: lead + "."}}, nil, "", 0},
		{"a spreadsheet from a reader of its parts is read whole, as Articles reads it", summarize.Summarizer{}, strings.NewReader(readFile(t, "testdata/news.xlsx")), sheetRows, nil, "", 0},
		{"anything else past MaxBytes is refused", small, strings.NewReader(strings.Repeat(lead+".\n", 200)), nil, summarize.ErrTooLarge, "4096", 0},
		{"Check's refusals are Articles'", summarize.Summarizer{}, strings.NewReader("%PDF-1.7\n"), nil, summarize.ErrDocument, "PDF", 0},
		{"an archive without pages says so", summarize.Summarizer{}, strings.NewReader("WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 2\r\n\r\nab\r\n\r\n"), nil, summarize.ErrNoSentences, "feed holds no article", 0},
		{"gzip damaged halfway: the pages before, then the error", small, strings.NewReader(damaged), nil, summarize.ErrDocument, "damaged", 100},
		{"a reader's error ends it, after the pages before", small, &errReader{strings.NewReader(wet[:len(wet)/2]), os.ErrClosed}, nil, os.ErrClosed, "", 100},
	}
	// A record or a row past MaxBytes is passed over: a consumer that goes
	// on after its error gets those after it (a dump's one record of a
	// video's base64 does not lose the rest).
	longFile := file{"long.txt", strings.Repeat(lead+". ", 100)}
	longer, _ := wetFile(1, strings.Repeat(lead+" ", 40))
	longer = strings.Replace(longer, "example.com/0", "example.com/long", 1)
	middle := strings.Index(wet, "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/150\r")
	require.Positive(t, middle)
	for _, c := range []struct {
		name string
		r    io.Reader
		want []tokenize.Article
		says string
	}{
		{"JSON Lines", strings.NewReader(jsonl[:brokenAt] + `{"text": "` + strings.Repeat(lead+" ", 100) + `"}` + "\n" + jsonl[brokenAt:]), records, "the JSON document on line 251 is past the bound of 2000 bytes"},
		{"a list of records", strings.NewReader(strings.Replace(list, "\n"+jsonl[brokenAt:brokenAt+12], "\n"+`{"text": "`+strings.Repeat(lead+" ", 100)+`"},`+"\n"+jsonl[brokenAt:brokenAt+12], 1)), records, "the JSON document on line 252 is past the bound of 2000 bytes"},
		{"a table in CSV", strings.NewReader(csvText[:csvBreak] + "x,y,ع,\"" + strings.Repeat(lead+"\n", 30) + "\",z\n" + csvText[csvBreak:]), records, "the row on line 252 is past the bound of 2000 bytes"},
		{"a web archive", strings.NewReader(wet[:middle] + longer + wet[middle:]), pages, "the page https://example.com/long is 3266 bytes, past the bound of 2000"},
		{"a web archive, gzip'd", strings.NewReader(gzipMembers(t, wet[:middle]+longer+wet[middle:])), pages, "the page https://example.com/long is 3266 bytes, past the bound of 2000"},
		{"a tarball", strings.NewReader(tarred(t, append(append(files[:150:150], longFile), files[150:]...)...)), corpus, "the file long.txt of the archive is 8200 bytes, past the bound of 2000"},
		{"a ZIP archive", strings.NewReader(zipped(t, append(append(files[:150:150], longFile), files[150:]...)...)), corpus, "the file long.txt of the archive is 8200 bytes, past the bound of 2000"},
		{"a wiki's dump", strings.NewReader(wiki), wikiArticles[1:], "the page «" + wikiArticles[0].Title + "»"},
	} {
		t.Run("a consumer that goes on after a record past MaxBytes: "+c.name, func(t *testing.T) {
			var got []tokenize.Article
			var errs []error
			for a, err := range (&summarize.Summarizer{MaxBytes: 2000}).ReadArticles(c.r) {
				if err != nil {
					errs = append(errs, err)
					continue
				}
				got = append(got, a)
			}
			require.Len(t, errs, 1)
			require.ErrorIs(t, errs[0], summarize.ErrTooLarge)
			assert.Contains(t, errs[0].Error(), c.says)
			assert.Equal(t, c.want, got)
		})
	}
	t.Run("a web archive whose pages are all past MaxBytes: their errors alone, and a video's none", func(t *testing.T) {
		block := "HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\n\r\n" + strings.Repeat("\x00", 5000)
		video := fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/v.mp4\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(block), block)
		var errs []error
		for a, err := range (&summarize.Summarizer{MaxBytes: 200}).ReadArticles(strings.NewReader(long + video + long)) {
			require.Empty(t, a.Text)
			errs = append(errs, err)
		}
		require.Len(t, errs, 2)
		for _, err := range errs {
			assert.ErrorIs(t, err, summarize.ErrTooLarge)
		}
	})
	t.Run("records all past MaxBytes: their errors alone, not «holds no article» after them", func(t *testing.T) {
		long := `{"text": "` + strings.Repeat(lead+" ", 100) + `"}` + "\n"
		var errs []error
		for a, err := range (&summarize.Summarizer{MaxBytes: 2000}).ReadArticles(strings.NewReader(long + long)) {
			require.Empty(t, a.Text)
			errs = append(errs, err)
		}
		require.Len(t, errs, 2)
		for _, err := range errs {
			assert.ErrorIs(t, err, summarize.ErrTooLarge)
		}
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []tokenize.Article
			var err error
			for a, e := range tt.s.ReadArticles(tt.r) {
				if e != nil {
					err = e
					break
				}
				got = append(got, a)
			}
			if tt.err != nil {
				require.ErrorIs(t, err, tt.err)
				assert.Contains(t, err.Error(), tt.says)
				assert.GreaterOrEqual(t, len(got), tt.least)
				if tt.want != nil {
					assert.Equal(t, tt.want, got)
				}
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestIsArchive(t *testing.T) {
	wet, _ := wetFile(50, "افتتح الوزير المعرض")
	tests := []struct {
		name string
		head string
		want bool
	}{
		{"a WET file", wet, true},
		{"its first 512 bytes", wet[:512], true},
		{"gzip'd, a member a record", gzipMembers(t, wet), true},
		{"a crawl's file gzip'd whole, its first 512 bytes", gzipped(t, evaluate.RenderWARC("المعرض", "افتتح الوزير المعرض.\nوقال إن المعرض يضم ألف ناشر من عشرين دولة."))[:512], true},
		{"a crawl's file with a byte order mark", "\ufeff" + evaluate.RenderWARC("ع", "نص."), true},
		{"a tarball of files", tarred(t, file{"a.txt", "افتتح الوزير المعرض."}), true},
		{"a tarball gzip'd, its first 512 bytes", gzipped(t, tarred(t, file{"a.txt", wet}))[:512], true},
		{"a ZIP archive, whose list of files is at its end", zipped(t, file{"a.txt", "افتتح الوزير المعرض."}), false},
		{"text", "افتتح الوزير المعرض.", false},
		{"gzip'd text", gzipped(t, "افتتح الوزير المعرض."), false},
		{"a tarball in zstd", zstded(t, tarred(t, file{"a.txt", wet})), true},
		{"a WET file in zstd", zstded(t, wet), true},
		{"text in zstd", zstded(t, "افتتح الوزير المعرض."), false},
		{"a feed", `<rss version="2.0"><channel></channel></rss>`, false},
		{"a wiki's dump", readFile(t, "testdata/arwiki.xml"), true},
		{"its first 512 bytes", readFile(t, "testdata/arwiki.xml")[:512], true},
		{"a wiki's dump gzip'd", gzipped(t, readFile(t, "testdata/arwiki.xml")), true},
		{"anything in bzip2, whose first block lies past its head: a wiki's dump", readFile(t, "testdata/arwiki.xml.bz2"), false},
		{"text that names WARC", "WARC/1.0 هو إصدار", false},
		{"nothing", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, summarize.IsArchive([]byte(tt.head)))
		})
	}
}

// wikiArticles are the articles of testdata/arwiki.xml, each as a reader
// of its page sees it: no infobox, reference, table, file, category or
// link's target, no section of references or links; a redirect, a
// template and a disambiguation page give none.
var wikiArticles = []tokenize.Article{
	{ID: "1201", Title: "المنصورة", Text: "المنصورة مدينة مصرية تقع على الضفة الشرقية لفرع دمياط من نهر النيل، وهي عاصمة محافظة الدقهلية. يبلغ عدد سكانها نحو مليون نسمة، وتعد من أكبر مدن الدلتا.\n\n" +
		"عرفت المدينة بجامعتها التي تأسست عام 1972، وبمركز طبي لأمراض الكلى يقصده المرضى من أنحاء البلاد.\n\n" +
		"## التسمية\n\nسميت المدينة بهذا الاسم نسبة إلى النصر الذي تحقق فيها على الحملة الصليبية السابعة عام 1250.\n\n" +
		"## التاريخ\n\nأسسها السلطان الملك الكامل عام 1219 معسكرا لجيشه، ثم صارت مدينة عامرة بالأسواق.\n\n" +
		"## العصر الحديث\n\nشهدت المدينة نموا كبيرا في القرن العشرين، وامتد عمرانها إلى ضفتي النهر."},
	{ID: "1205", Title: "افتتاح معرض الكتاب في القاهرة بمشاركة ثلاثين دولة", Text: "القاهرة — افتتح رئيس الوزراء اليوم الدورة الخامسة والخمسين من معرض القاهرة الدولي للكتاب، بمشاركة أكثر من ألف ناشر من ثلاثين دولة.\n\n" +
		"وقالت وزيرة الثقافة إن المعرض يستقبل زواره حتى السادس من فبراير، وإن إدارته تتوقع أكثر من مليوني زائر. وتحل النرويج ضيف شرف على الدورة الحالية.\n\n" +
		"ويضم برنامج المعرض ندوات وأمسيات شعرية وورشا للأطفال، إلى جانب معارض للكتب النادرة."},
	{ID: "1206", Title: "نجيب محفوظ", Text: "نجيب محفوظ (11 ديسمبر 1911 – 30 أغسطس 2006) روائي مصري، وهو أول كاتب عربي يحصل على جائزة نوبل في الأدب عام 1988. كتب أكثر من ثلاثين رواية، أشهرها الثلاثية وأولاد حارتنا.\n\n" +
		"## حياته\n\nولد في حي الجمالية بالقاهرة، ودرس الفلسفة في جامعة القاهرة.\nعمل موظفا حكوميا حتى تقاعده عام 1971.\n\n" +
		"## أعماله\n\nبين القصرين (1956)\nاللص والكلاب (1961)"},
}

// bz2Corpus are the articles of testdata/wiki_00.bz2, WikiExtractor's
// output.
var bz2Corpus = []tokenize.Article{
	{Title: "المعرض", Text: "افتتح وزير الثقافة معرض الكتاب الدولي اليوم.", ID: "7"},
	{Title: "الوقود", Text: "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل.", ID: "9"},
}

// stalling gives what r holds, then neither bytes nor an error, for ever:
// a reader that breaks io.Reader's advice, as a hand-written one over a
// socket can.
type stalling struct{ r io.Reader }

func (s *stalling) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	if err == io.EOF {
		return 0, nil
	}
	return n, err
}

// A reader that stops giving anything, without an error, ends the reading
// with io.ErrNoProgress, as bufio tells it, where ReadArticles waited for
// ever (io.ReadFull, reading a text or a record's chunks, or bzip2's
// streams, asks again as long as it gets neither).
func TestReadArticlesWithoutProgress(t *testing.T) {
	const lead = "افتتح وزير الثقافة معرض الكتاب الدولي اليوم"
	tests := []struct {
		name, text string
		stalls     bool // false: all it holds is read before the reader stalls
	}{
		{"a text", lead + ". " + lead + ".", true},
		{"JSON Lines past the bound", strings.Repeat(`{"title":"المعرض","text":"`+lead+`."}`+"\n", 200), true},
		{"a wiki's dump in bzip2", readFile(t, "testdata/arwiki.xml.bz2"), true},
		{"a tarball gzip'd, whose reading ends at its end-of-archive blocks", gzipped(t, tarred(t, file{"a.txt", lead + "."})), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() {
				var last error
				for _, err := range (&summarize.Summarizer{MaxBytes: 4096}).ReadArticles(&stalling{strings.NewReader(tt.text)}) {
					if err != nil {
						last = err
					}
				}
				done <- last
			}()
			select {
			case err := <-done:
				if tt.stalls {
					assert.ErrorIs(t, err, io.ErrNoProgress)
				} else {
					assert.NoError(t, err)
				}
			case <-time.After(20 * time.Second):
				t.Fatal("still reading after 20 s")
			}
		})
	}
}
