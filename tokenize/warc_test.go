package tokenize_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
			[]tokenize.Article{{Title: "الحكومة ترفع أسعار الوقود | شبكة الأخبار", Text: jsonLead + "\n" + jsonSecond, ID: "https://example.com/a"}, {Title: "المعرض", Text: jsonOther, ID: "https://example.com/b"}}, true},
		{"a crawl's requests, responses and metadata are none",
			wetRecord("request", "https://example.com/a", "GET / HTTP/1.1\r\nHost: example.com") + wetRecord("metadata", "https://example.com/a", "fetchTimeMs: 120") + other,
			[]tokenize.Article{{Title: "المعرض", Text: jsonOther, ID: "https://example.com/b"}}, true},
		{"a page without words is none, and a record a cut leaves short is left out",
			wetRecord("conversion", "https://example.com/c", "صورة\n123 456") + other + other[:len(other)-20],
			[]tokenize.Article{{Title: "المعرض", Text: jsonOther, ID: "https://example.com/b"}}, true},
		{"a record whose length is not a number is passed over to the next",
			strings.Replace(wetRecord("conversion", "https://example.com/a", page), "Content-Length: ", "Content-Length: x", 1) + other,
			[]tokenize.Article{{Title: "المعرض", Text: jsonOther, ID: "https://example.com/b"}}, true},
		{"lines that end in LF alone, WARC/1.1",
			"WARC/1.1\nWARC-Type: conversion\nWARC-Target-URI: https://example.com/d\nContent-Length: " + fmt.Sprint(len("المعرض\n"+jsonOther)) + "\n\nالمعرض\n" + jsonOther + "\n\n",
			[]tokenize.Article{{Title: "المعرض", Text: jsonOther, ID: "https://example.com/d"}}, true},
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
