package tokenize_test

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"

	"github.com/talkhis/talkhis/tokenize"
)

// wetRecord returns a record of a WET file, as Common Crawl writes one
// (our own text): its header in CRLF lines, Content-Length the block's
// bytes, and the block, the page's title on its first line.
func wetRecord(kind, uri, block string) string {
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-03-12T10:30:00Z\r\nWARC-Record-ID: <urn:uuid:6c8f7c1e-0000-4000-8000-000000000001>\r\nWARC-Refers-To: <urn:uuid:6c8f7c1e-0000-4000-8000-000000000002>\r\nWARC-Block-Digest: sha1:AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHH\r\nWARC-Identified-Content-Language: ara\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		kind, uri, len(block), block)
}

func TestWARCArticles(t *testing.T) {
	info := "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Date: 2024-03-12T10:30:00Z\r\nWARC-Filename: CC-MAIN-20240312-00000.warc.wet.gz\r\nContent-Type: application/warc-fields\r\nContent-Length: 38\r\n\r\nSoftware-Info: ia-web-commons.1.1.10\r\n\r\n\r\n"
	page := "الحكومة ترفع أسعار الوقود | شبكة الأخبار\n" + jsonLead + "\n" + jsonSecond
	other := wetRecord("conversion", "https://example.com/b", "المعرض\n"+jsonOther)
	tests := []struct {
		name string
		text string
		want []tokenize.Article // nil with ok false: no WARC
		ok   bool
	}{
		{"Common Crawl's WET: the file's information left out, each page its title and its text, its address its id",
			info + wetRecord("conversion", "https://example.com/a", page) + other,
			[]tokenize.Article{{Title: "الحكومة ترفع أسعار الوقود | شبكة الأخبار", Text: jsonLead + "\n" + jsonSecond, ID: "https://example.com/a", Language: "ara"}, {Title: "المعرض", Text: jsonOther, ID: "https://example.com/b", Language: "ara"}}, true},
		{"a crawl's requests, responses and metadata are none",
			wetRecord("request", "https://example.com/a", "GET / HTTP/1.1\r\nHost: example.com") + wetRecord("metadata", "https://example.com/a", "fetchTimeMs: 120") + other,
			[]tokenize.Article{{Title: "المعرض", Text: jsonOther, ID: "https://example.com/b", Language: "ara"}}, true},
		{"a page without words is none, and a record a cut leaves short is left out",
			wetRecord("conversion", "https://example.com/c", "صورة\n123 456") + other + other[:len(other)-20],
			[]tokenize.Article{{Title: "المعرض", Text: jsonOther, ID: "https://example.com/b", Language: "ara"}}, true},
		{"a record whose length is not a number is passed over to the next",
			strings.Replace(wetRecord("conversion", "https://example.com/a", page), "Content-Length: ", "Content-Length: x", 1) + other,
			[]tokenize.Article{{Title: "المعرض", Text: jsonOther, ID: "https://example.com/b", Language: "ara"}}, true},
		{"lines that end in LF alone, WARC/1.1",
			"WARC/1.1\nWARC-Type: conversion\nWARC-Target-URI: https://example.com/d\nContent-Length: " + fmt.Sprint(len("المعرض\n"+jsonOther)) + "\n\nالمعرض\n" + jsonOther + "\n\n",
			[]tokenize.Article{{Title: "المعرض", Text: jsonOther, ID: "https://example.com/d"}}, true},
		{"the languages Common Crawl identified, as it names them",
			strings.Replace(other, "WARC-Identified-Content-Language: ara", "WARC-Identified-Content-Language: ara,eng", 1) + strings.Replace(other, "WARC-Identified-Content-Language: ara\r\n", "", 1),
			[]tokenize.Article{{Title: "المعرض", Text: jsonOther, ID: "https://example.com/b", Language: "ara,eng"}, {Title: "المعرض", Text: jsonOther, ID: "https://example.com/b"}}, true},
		{"text that names WARC is none", "WARC/1.0 هو إصدار من صيغة الأرشيف. " + jsonLead, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tokenize.Articles(tt.text)
			assert.Equal(t, tt.ok, ok, "read as WARC")
			assert.Equal(t, tt.want, got, "%+q", got)
			assert.Equal(t, tt.ok, tokenize.IsFeed(tt.text), "IsFeed agrees")
			assert.False(t, tokenize.IsMail(tt.text), "no WARC is mail")
		})
	}
}

func TestWARCArticlesHostile(t *testing.T) {
	// Each shape gives its pages in one pass (no timing is asserted).
	rec := wetRecord("conversion", "https://example.com/a", "ع\nنص الخبر هنا.")
	tests := []struct {
		name  string
		text  string
		pages int
	}{
		{"200,000 records", strings.Repeat(rec, 200_000), 200_000},
		{"200,000 records without a length to trust", strings.Repeat(strings.Replace(rec, "Content-Length: ", "Content-Length: -", 1), 200_000) + rec, 1},
		{"a header that never ends", "WARC/1.0\r\n" + strings.Repeat("WARC-Type: conversion\r\n", 200_000), 0},
		{"a length past the end", "WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: 99999999999999999999\r\n\r\nع\nنص", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tokenize.Articles(tt.text)
			require.True(t, ok)
			assert.Len(t, got, tt.pages)
		})
	}
}

// crawlRecord returns a record of a crawl's WARC file, as Heritrix or wget
// writes one (our own text): its header in CRLF lines, the block's type
// and length, and the block, an HTTP response or a resource.
func crawlRecord(kind, uri, contentType, block string) string {
	return fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:6c8f7c1e-0000-4000-8000-000000000003>\r\nWARC-Date: 2024-03-12T10:31:07Z\r\nWARC-Target-URI: %s\r\nWARC-IP-Address: 192.0.2.7\r\nWARC-Payload-Digest: sha1:AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHH\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		kind, uri, contentType, len(block), block)
}

// httpResponse returns an HTTP response as a crawler records it: its
// status line, its header fields and its body as it came.
func httpResponse(status string, fields []string, body string) string {
	return "HTTP/1.1 " + status + "\r\n" + strings.Join(fields, "\r\n") + "\r\n\r\n" + body
}

// chunked returns body in HTTP's chunked transfer coding, in chunks of n
// bytes, an extension on the first, as a server streams a page.
func chunked(body string, n int) string {
	var b strings.Builder
	for first := true; body != ""; first = false {
		k := min(n, len(body))
		if first {
			fmt.Fprintf(&b, "%x;name=value\r\n%s\r\n", k, body[:k])
		} else {
			fmt.Fprintf(&b, "%X\r\n%s\r\n", k, body[:k])
		}
		body = body[k:]
	}
	return b.String() + "0\r\n\r\n"
}

// gzipped returns s compressed with gzip, as a server's Content-Encoding
// gzip sends it.
func gzipped(t testing.TB, s string) string { return compressed(t, "gzip", s) }

// compressed returns s compressed with gzip or, for "deflate", as zlib's
// data, which HTTP's deflate is, or for "raw", as deflate's data alone.
func compressed(t testing.TB, coding, s string) string {
	t.Helper()
	var b bytes.Buffer
	var z io.WriteCloser = gzip.NewWriter(&b)
	switch coding {
	case "deflate":
		z = zlib.NewWriter(&b)
	case "raw":
		z, _ = flate.NewWriter(&b, flate.DefaultCompression) // fails for a level out of range only
	}
	_, err := z.Write([]byte(s))
	require.NoError(t, err)
	require.NoError(t, z.Close())
	return b.String()
}

func TestWARCResponses(t *testing.T) {
	page := "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>الحكومة ترفع أسعار الوقود | شبكة الأخبار</title></head>\n<body><article><h1>الحكومة ترفع أسعار الوقود</h1>\n<p>" + jsonLead + "</p>\n<p>" + jsonSecond + "</p></article></body></html>\n"
	page1256 := strings.Replace(page, "utf-8", "windows-1256", 1)
	cp1256, err := charmap.Windows1256.NewEncoder().String(page1256)
	require.NoError(t, err)
	cp1256digits, err := charmap.Windows1256.NewEncoder().String(strings.Replace(page1256, jsonLead, "في عام &#1634;&#1632;&#1632;&#1637; زار &#1700;يينا.", 1))
	require.NoError(t, err)
	html := "Content-Type: text/html; charset=UTF-8"
	ok200 := func(fields []string, body string) string {
		return crawlRecord("response", "https://example.com/a", "application/http; msgtype=response", httpResponse("200 OK", fields, body))
	}
	request := crawlRecord("request", "https://example.com/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: example.com\r\nUser-Agent: Wget/1.21.4\r\n\r\n")
	other := crawlRecord("response", "https://example.com/b", "application/http; msgtype=response", httpResponse("200 OK", []string{"Content-Type: text/html"}, "<html><body><p>"+jsonOther+"</p></body></html>"))
	otherArticle := tokenize.Article{Text: "<html><body><p>" + jsonOther + "</p></body></html>", ID: "https://example.com/b"}
	want := []tokenize.Article{{Text: page, ID: "https://example.com/a"}}
	tests := []struct {
		name string
		text string
		want []tokenize.Article
	}{
		{"a crawl's page: its HTML as it came, its address its id, the request left out",
			request + ok200([]string{"Date: Tue, 12 Mar 2024 10:31:07 GMT", html, "Content-Length: " + fmt.Sprint(len(page))}, page), want},
		{"each page in order",
			ok200([]string{html}, page) + other, append(want[:1:1], otherArticle)},
		{"a page in Windows-1256, as the server says, read as UTF-8",
			ok200([]string{"Content-Type: text/html; charset=windows-1256"}, cp1256), []tokenize.Article{{Text: page1256, ID: "https://example.com/a"}}},
		{"a page in Windows-1256 that only its HTML declares",
			ok200([]string{"Content-Type: text/html"}, cp1256), []tokenize.Article{{Text: page1256, ID: "https://example.com/a"}}},
		{"a page in Latin-1 whose Arabic is references, as forums wrote it, read as its letters",
			ok200([]string{"Content-Type: text/html; charset=iso-8859-1"}, "<html><body><p>&#1575;&#1601;&#1578;&#1578;&#1581; &#1575;&#1604;&#1608;&#1586;&#1610;&#1585; &#x627;&#x644;&#x645;&#x639;&#x631;&#x636; &#169; 2024 &#60;b&#62; &amp;#1575; &#150;</p></body></html>"),
			[]tokenize.Article{{Text: "<html><body><p>افتتح الوزير المعرض © 2024 &#60;b&#62; &amp;#1575; &#150;</p></body></html>", ID: "https://example.com/a"}}},
		{"references that are none are kept: no ';', a surrogate, past Unicode, no digits",
			ok200([]string{"Content-Type: text/html; charset=utf-8"}, "<p>&#1575 &#xD800; &#99999999; &#x; &#; &#1575;&</p>"),
			[]tokenize.Article{{Text: "<p>&#1575 &#xD800; &#99999999; &#x; &#; ا&</p>", ID: "https://example.com/a"}}},
		{"Windows-1256's missing characters, written as references, read as themselves",
			ok200([]string{"Content-Type: text/html; charset=windows-1256"}, cp1256digits), []tokenize.Article{{Text: strings.Replace(page1256, jsonLead, "في عام ٢٠٠٥ زار ڤيينا.", 1), ID: "https://example.com/a"}}},
		{"a page in UTF-8 that the server calls Latin-1 is UTF-8",
			ok200([]string{"Content-Type: text/html; charset=ISO-8859-1"}, page), want},
		{"chunked, as wget records it",
			ok200([]string{html, "Transfer-Encoding: chunked"}, chunked(page, 100)), want},
		{"gzip, in chunks",
			ok200([]string{html, "Content-Encoding: gzip", "Transfer-Encoding: chunked"}, chunked(gzipped(t, page), 64)), want},
		{"deflate, as zlib data",
			ok200([]string{html, "Content-Encoding: deflate"}, compressed(t, "deflate", page)), want},
		{"deflate, as raw data, as some servers send it",
			ok200([]string{html, "Content-Encoding: deflate"}, compressed(t, "raw", page)), want},
		{"pages in gzip and deflate one after another, damaged ones among them",
			ok200([]string{html, "Content-Encoding: gzip"}, gzipped(t, page)) + ok200([]string{html, "Content-Encoding: gzip"}, "\x1f\x8b\x08\x00damaged") +
				ok200([]string{html, "Content-Encoding: deflate"}, compressed(t, "raw", page)) + ok200([]string{html, "Content-Encoding: deflate"}, compressed(t, "deflate", page)) +
				ok200([]string{html, "Content-Encoding: gzip"}, gzipped(t, page)),
			[]tokenize.Article{want[0], want[0], want[0], want[0]}},
		{"Common Crawl's page, decoded by the crawler, its fields renamed",
			ok200([]string{html, "X-Crawler-Content-Encoding: gzip", "X-Crawler-Transfer-Encoding: chunked", "Content-Length: " + fmt.Sprint(len(page))}, page), want},
		{"a page without a type, told by its doctype",
			ok200([]string{"Server: nginx"}, page), want},
		{"a chunked page a cut leaves short: what came before the cut",
			ok200([]string{html, "Transfer-Encoding: chunked"}, chunked(page, 100)[:250]), []tokenize.Article{{Text: page[:223], ID: "https://example.com/a"}}}, // two chunks and 23 bytes of the third
		{"a redirect, an error page, a picture, a script, robots.txt, a revisit, a coding not read: none",
			crawlRecord("response", "https://example.com/", "application/http; msgtype=response", httpResponse("301 Moved Permanently", []string{html, "Location: https://example.com/a"}, "<html><body><p>"+jsonLead+"</p></body></html>")) +
				crawlRecord("response", "https://example.com/x", "application/http; msgtype=response", httpResponse("404 Not Found", []string{html}, "<html><body><p>"+jsonLead+"</p></body></html>")) +
				crawlRecord("response", "https://example.com/p.jpg", "application/http; msgtype=response", httpResponse("200 OK", []string{"Content-Type: image/jpeg"}, "\xff\xd8\xff\xe0 JFIF")) +
				crawlRecord("response", "https://example.com/app.js", "application/http; msgtype=response", httpResponse("200 OK", []string{"Content-Type: application/javascript"}, "var عنوان = 'الخبر';")) +
				crawlRecord("response", "https://example.com/robots.txt", "application/http; msgtype=response", httpResponse("200 OK", []string{"Content-Type: text/plain"}, "User-agent: *\nDisallow: /admin")) +
				crawlRecord("revisit", "https://example.com/a", "application/http; msgtype=response", httpResponse("200 OK", []string{html}, "")) +
				ok200([]string{html, "Content-Encoding: br"}, "\x1b\x2f\x00\xf8 not read") +
				other,
			[]tokenize.Article{otherArticle}},
		{"a resource: a page saved as it is, and wget's log, which is none",
			crawlRecord("resource", "https://example.com/a", "text/html; charset=windows-1256", cp1256) +
				crawlRecord("resource", "metadata://gnu.org/software/wget/warc/wget.log", "text/plain", "Opening WARC file «crawl.warc.gz».\nتم الحفظ."),
			[]tokenize.Article{{Text: page1256, ID: "https://example.com/a"}}},
		{"a response that is no HTTP is none",
			crawlRecord("response", "dns:example.com", "text/dns", "20240312103107\nexample.com. 300 IN A 192.0.2.7") + other, []tokenize.Article{otherArticle}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tokenize.Articles(tt.text)
			require.True(t, ok, "read as WARC")
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestWARCResponsesHostile(t *testing.T) {
	// A page's HTML is read up to 16 MiB, however much its coding would
	// give: a small record of gigabytes of zeros is not held.
	bomb := gzipped(t, strings.Repeat("<p>"+jsonLead+"</p>\n", (64<<20)/100))
	words := "<p>" + strings.Repeat("ع ", 100_000) + "</p>"
	tests := []struct {
		name    string
		text    string
		pages   int
		longest int
	}{
		{"a page of 64 MiB in 1 MiB of gzip", crawlRecord("response", "https://example.com/a", "application/http; msgtype=response",
			httpResponse("200 OK", []string{"Content-Type: text/html", "Content-Encoding: gzip"}, bomb)), 1, 16 << 20},
		{"300,000 chunks of a byte", crawlRecord("response", "https://example.com/a", "application/http; msgtype=response",
			httpResponse("200 OK", []string{"Content-Type: text/html", "Transfer-Encoding: chunked"}, chunked(words, 1))), 1, len(words)},
		{"a chunk's size past the end", crawlRecord("response", "https://example.com/a", "application/http; msgtype=response",
			httpResponse("200 OK", []string{"Content-Type: text/html", "Transfer-Encoding: chunked"}, "ffffffffffffffffffff\r\n<p>ع</p>")), 1, len("<p>ع</p>")},
		{"a page of 1,000,000 references", crawlRecord("response", "https://example.com/a", "application/http; msgtype=response",
			httpResponse("200 OK", []string{"Content-Type: text/html"}, "<p>"+strings.Repeat("&#1575;", 1_000_000)+"</p>")), 1, 2_000_007},
		{"gzip that is damaged", crawlRecord("response", "https://example.com/a", "application/http; msgtype=response",
			httpResponse("200 OK", []string{"Content-Type: text/html", "Content-Encoding: gzip"}, "\x1f\x8b\x08\x00garbage")), 0, 0},
		{"an HTTP header that never ends", crawlRecord("response", "https://example.com/a", "application/http; msgtype=response",
			"HTTP/1.1 200 OK\r\n"+strings.Repeat("Content-Type: text/html\r\n", 200_000)), 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tokenize.Articles(tt.text)
			require.True(t, ok)
			require.Len(t, got, tt.pages)
			if tt.pages > 0 {
				assert.LessOrEqual(t, len(got[0].Text), tt.longest)
				assert.Greater(t, len(got[0].Text), tt.longest/2)
			}
		})
	}
}

// collect returns the pages ReadWARC gives from r, and its error.
func collect(r io.Reader, maxBlock int) (pages []tokenize.Article, err error) {
	return collected(tokenize.ReadWARC(r, maxBlock))
}

func TestReadWARC(t *testing.T) {
	page := "الحكومة ترفع أسعار الوقود | شبكة الأخبار\n" + jsonLead + "\n" + jsonSecond
	file := wetRecord("conversion", "https://example.com/a", page) +
		crawlRecord("response", "https://example.com/b", "application/http; msgtype=response", httpResponse("200 OK", []string{"Content-Type: text/html", "Content-Encoding: gzip"}, gzipped(t, "<p>"+jsonOther+"</p>"))) +
		wetRecord("conversion", "https://example.com/c", "ع\n"+strings.Repeat(jsonOther+" ", 3000)) // longer than the reader's buffer
	want, ok := tokenize.Articles(file)
	require.True(t, ok)
	require.Len(t, want, 3)
	for _, tt := range []struct {
		name string
		r    io.Reader
	}{
		{"whole", strings.NewReader(file)},
		{"a byte at a time", iotest.OneByteReader(strings.NewReader(file))},
		{"half of each read", iotest.HalfReader(strings.NewReader(file))},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := collect(tt.r, -1)
			require.NoError(t, err)
			assert.Equal(t, want, got)
		})
	}
	t.Run("a page past maxBlock is passed over, named; what is no page, without a word", func(t *testing.T) {
		video := crawlRecord("response", "https://example.com/v.mp4", "application/http; msgtype=response", httpResponse("200 OK", []string{"Content-Type: video/mp4"}, strings.Repeat("\x00\x01", 2000)))
		notFound := crawlRecord("response", "https://example.com/gone", "application/http; msgtype=response", httpResponse("404 Not Found", []string{"Content-Type: text/html"}, "<p>"+strings.Repeat(jsonOther+" ", 50)+"</p>"))
		page := crawlRecord("response", "https://example.com/long", "application/http; msgtype=response", httpResponse("200 OK", []string{"Content-Type: text/html; charset=utf-8"}, "<p>"+strings.Repeat(jsonOther+" ", 50)+"</p>"))
		resource := crawlRecord("resource", "https://example.com/r", "text/html", "<p>"+strings.Repeat(jsonOther+" ", 50)+"</p>")
		got, errs := goneOn(tokenize.ReadWARC(strings.NewReader(video+file+notFound+page+resource+file), 1000))
		assert.Equal(t, append(want[:2:2], want[:2]...), got)
		var ids []string
		for _, err := range errs {
			var long *tokenize.LongError
			require.ErrorAs(t, err, &long)
			assert.Greater(t, long.Size, int64(1000))
			ids = append(ids, long.ID)
		}
		assert.Equal(t, []string{"https://example.com/c", "https://example.com/long", "https://example.com/r", "https://example.com/c"}, ids)
		assert.Regexp(t, `^the page https://example.com/c is \d+ bytes, past the bound of 1000$`, errs[0].Error())
	})
	t.Run("a response past maxBlock that gives no type is a page when its body opens as one", func(t *testing.T) {
		body := "<!DOCTYPE html><p>" + strings.Repeat(jsonOther+" ", 50) + "</p>"
		for _, c := range []struct {
			name   string
			fields []string
			body   string
			page   bool
		}{
			{"as it is", nil, body, true},
			{"chunked", []string{"Transfer-Encoding: chunked"}, chunked(body, 100), true},
			{"gzip'd, not inflated to tell", []string{"Content-Encoding: gzip"}, gzipped(t, body) + strings.Repeat(" ", 1000), true},
			{"a log", nil, strings.Repeat("GET /a 200\n", 200), false},
			{"chunked, a log", []string{"Transfer-Encoding: chunked"}, chunked(strings.Repeat("GET /a 200\n", 200), 100), false},
		} {
			record := crawlRecord("response", "https://example.com/x", "application/http; msgtype=response", httpResponse("200 OK", c.fields, c.body))
			got, errs := goneOn(tokenize.ReadWARC(strings.NewReader(record), 1000))
			assert.Empty(t, got, c.name)
			assert.Equal(t, c.page, len(errs) == 1, c.name)
		}
	})
	t.Run("a consumer that stops at a page past maxBlock", func(t *testing.T) {
		n := 0
		for _, err := range tokenize.ReadWARC(strings.NewReader(file+file), 1000) {
			n++
			if err != nil {
				break
			}
		}
		assert.Equal(t, 3, n)
	})
	t.Run("an error of the reader ends it, after the pages before", func(t *testing.T) {
		got, err := collect(iotest.DataErrReader(io.MultiReader(strings.NewReader(file[:len(file)-100]), iotest.ErrReader(os.ErrClosed))), -1)
		require.ErrorIs(t, err, os.ErrClosed)
		assert.Equal(t, want[:2], got)
	})
	t.Run("a consumer that stops early", func(t *testing.T) {
		for a := range tokenize.ReadWARC(strings.NewReader(file), -1) {
			assert.Equal(t, want[0], a)
			break
		}
		got, err := collect(strings.NewReader(file), -1)
		require.NoError(t, err)
		assert.Equal(t, want, got, "a reader given back half read reads the next file whole")
	})
}

func FuzzReadWARC(f *testing.F) {
	for _, s := range []string{
		wetRecord("conversion", "https://example.com/a", "ع\nنص الخبر."),
		"WARC/1.0\nContent-Length: 3\n\nع\nن",
		"\ufeffWARC/1.1\r\nWARC-Type: conversion\r\nContent-Length: x\r\n\r\nع\r\nWARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: 4\r\n\r\nع\nن\r\n",
		crawlRecord("response", "https://example.com/a", "application/http", httpResponse("200 OK", []string{"Transfer-Encoding: chunked"}, chunked("<!DOCTYPE html><p>نص</p>", 3))),
		crawlRecord("response", "https://example.com/a", "application/http", httpResponse("200 OK", []string{"Content-Type: text/html; charset=iso-8859-1"}, "<p>&#1575;&#x627;&#x;&#99999999;&#1575&#é</p>")),
	} {
		f.Add(s, uint16(7))
	}
	f.Fuzz(func(t *testing.T, text string, size uint16) {
		whole, ok := tokenize.Articles(text)
		if !ok || !strings.HasPrefix(strings.TrimPrefix(text, "\ufeff"), "WARC/") {
			return
		}
		// Read in pieces of any size, the pages are the same.
		got, err := collect(iotest.OneByteReader(strings.NewReader(text)), -1)
		require.NoError(t, err)
		assert.Equal(t, whole, got, "a byte at a time")
		got, err = collect(&chunkReader{text, int(size)%97 + 1}, len(text))
		require.NoError(t, err)
		assert.Equal(t, whole, got, "in pieces of %d", int(size)%97+1)
		// Bounded, records past the bound are passed over, each that
		// holds a page named: what is left is the whole's pages but
		// those, in order, in pieces of any size alike.
		bound := int(size) % 600
		got, errs := goneOn(tokenize.ReadWARC(strings.NewReader(text), bound))
		pieces, piecesErrs := goneOn(tokenize.ReadWARC(&chunkReader{text, int(size)%97 + 1}, bound))
		assert.Equal(t, got, pieces)
		assert.Equal(t, errs, piecesErrs)
		k := 0
		for _, a := range got {
			for k < len(whole) && !reflect.DeepEqual(whole[k], a) {
				k++
			}
			require.Less(t, k, len(whole), "a page the whole has not, or out of order: %v", a)
			k++
		}
		for _, err := range errs {
			var long *tokenize.LongError
			require.ErrorAs(t, err, &long)
			assert.Greater(t, long.Size, int64(bound))
		}
		assert.GreaterOrEqual(t, len(got)+len(errs), len(whole), "a page past the bound is named")
	})
}

// chunkReader reads its text n bytes at a time.
type chunkReader struct {
	text string
	n    int
}

func (p *chunkReader) Read(b []byte) (int, error) {
	if p.text == "" {
		return 0, io.EOF
	}
	k := copy(b[:min(len(b), p.n)], p.text)
	p.text = p.text[k:]
	return k, nil
}
