package tokenize_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/tokenize"
)

// readJSON collects what tokenize.ReadJSON gives from r: the articles
// before an error, and the error.
func readJSON(r io.Reader, maxDoc int) ([]tokenize.Article, error) {
	return collected(tokenize.ReadJSON(r, maxDoc))
}

// stoppedWith checks that a reader gave want before its error, wantErr (of the
// reader's own type).
func stoppedWith[E error](t *testing.T, want []tokenize.Article, wantErr E, got []tokenize.Article, err error) {
	t.Helper()
	var bad E
	require.ErrorAs(t, err, &bad)
	assert.Equal(t, wantErr, bad)
	assert.Equal(t, want, got)
}

// collected returns the articles a reader's sequence gives before its
// error, and the error.
func collected(articles iter.Seq2[tokenize.Article, error]) ([]tokenize.Article, error) {
	var got []tokenize.Article
	for a, err := range articles {
		if err != nil {
			return got, err
		}
		got = append(got, a)
	}
	return got, nil
}

// goneOn returns what a reader's sequence gives to a consumer that goes on
// after an error: the articles and the errors, each in order.
func goneOn(articles iter.Seq2[tokenize.Article, error]) (got []tokenize.Article, errs []error) {
	for a, err := range articles {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		got = append(got, a)
	}
	return got, errs
}

// goesOnAlike checks a reader of records (ReadJSON, ReadCSV) past a bound
// that size picks, to a consumer that goes on after the records passed
// over: the same in pieces of any size, and, before the first error, the
// same as to a consumer that stops.
func goesOnAlike(t *testing.T, read func(io.Reader, int) iter.Seq2[tokenize.Article, error], text string, size uint16) {
	t.Helper()
	bound, piece := int(size)%200+1, int(size)%97+1
	on, errs := goneOn(read(strings.NewReader(text), bound))
	on2, errs2 := goneOn(read(&chunkReader{text, piece}, bound))
	assert.Equal(t, on, on2, "past a bound of %d, in pieces of %d", bound, piece)
	assert.Equal(t, errs, errs2)
	stopped, _ := collected(read(strings.NewReader(text), bound))
	require.LessOrEqual(t, len(stopped), len(on))
	if len(stopped) > 0 {
		assert.Equal(t, stopped, on[:len(stopped)])
	}
}

// record is a JSON Lines record of a story, as a dump of a site's articles
// keeps it.
func record(id, title, text string) string {
	return `{"id": "` + id + `", "title": "` + title + `", "text": "` + text + `", "url": "https://example.com/` + id + `"}`
}

func TestReadJSONAsArticles(t *testing.T) {
	a := record("1", "المعرض", jsonLead)
	b := record("2", "الوقود", jsonSecond)
	tests := []struct {
		name string
		text string
	}{
		{"JSON Lines", a + "\n" + b + "\n" + a + "\n"},
		{"with CRLF and blank lines, no newline at the end", a + "\r\n\r\n" + b + "\r\n  \r\n" + a},
		{"opening with a byte-order mark and white space", "\ufeff \n" + a + "\n" + b},
		{"the last line cut off in a download", a + "\n" + b + "\n" + a[:len(a)-30]},
		{"documents one after another, as jq prints them", "{\n  \"title\": \"المعرض\",\n  \"text\": \"" + jsonLead + "\"\n}\n{\n  \"title\": \"الوقود\",\n  \"text\": \"" + jsonSecond + "\"\n}\n"},
		{"several on a line", a + " " + b + "\n" + a},
		{"one document", `{"posts": [` + a + `, ` + b + `]}`},
		{"one document cut off", `{"posts": [` + a + `, ` + b[:40]},
		{"lists, and strings with braces and escaped quotes", `[{"title": "a}]", "text": "` + jsonLead + ` \"{[\" \\"}]` + "\n" + `["` + jsonSecond + `"]`},
		{"WordPress's posts, every letter escaped", `[{"id":7,"title":{"rendered":"\u0627\u0644\u0648\u0642\u0648\u062f"},"content":{"rendered":"<p>\u0631\u0641\u0639\u062a \u0627\u0644\u062d\u0643\u0648\u0645\u0629 \u0623\u0633\u0639\u0627\u0631 \u0627\u0644\u0648\u0642\u0648\u062f.<\/p>"}}]` + "\n" + a},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, ok := tokenize.Articles(tt.text)
			require.True(t, ok, "Articles reads it as JSON")
			require.NotEmpty(t, want)
			got, err := readJSON(strings.NewReader(tt.text), -1)
			require.NoError(t, err)
			assert.Equal(t, want, got)
			got, err = readJSON(iotest.OneByteReader(strings.NewReader(tt.text)), len(tt.text))
			require.NoError(t, err)
			assert.Equal(t, want, got, "a byte at a time")
		})
	}
}

func TestReadJSONStops(t *testing.T) {
	a := record("1", "المعرض", jsonLead)
	first, _ := tokenize.Articles(a)
	require.Len(t, first, 1)
	tests := []struct {
		name string
		text string
		max  int
		want []tokenize.Article // before the error
		err  *tokenize.JSONError
	}{
		{"prose after the documents", a + "\n" + a + "\n\nهذا نص وليس سجلا.\n", -1, append(first, first...), &tokenize.JSONError{Line: 4}},
		{"a number between them", a + "\n42\n" + a, -1, first, &tokenize.JSONError{Line: 2}},
		{"a document that does not parse", a + "\n" + `{"title": "ع" "text": "ن"}` + "\n" + a, -1, first, &tokenize.JSONError{Line: 2}},
		{"a line cut off before the last", a + "\n" + a[:40] + "\n" + a, -1, first, &tokenize.JSONError{Line: 2}},
		{"brackets that do not match", a + "\n{\"a\": [\"ن\"}]\n", -1, first, &tokenize.JSONError{Line: 2}},
		{"a document past the bound", a + "\n" + record("2", "ع", strings.Repeat(jsonSecond+" ", 20)) + "\n" + a, len(a) + 10, first, &tokenize.JSONError{Line: 2, Long: true}},
		{"no document at all", "نص", -1, nil, &tokenize.JSONError{Line: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readJSON(strings.NewReader(tt.text), tt.max)
			stoppedWith(t, tt.want, tt.err, got, err)
		})
	}
	t.Run("nothing but white space is no article and no error", func(t *testing.T) {
		got, err := readJSON(strings.NewReader("\ufeff \r\n\n"), -1)
		require.NoError(t, err)
		assert.Empty(t, got)
	})
	t.Run("an error of the reader ends it, after the articles before", func(t *testing.T) {
		got, err := readJSON(io.MultiReader(strings.NewReader(a+"\n"+a+"\n"+a[:50]), iotest.ErrReader(os.ErrClosed)), -1)
		require.ErrorIs(t, err, os.ErrClosed)
		assert.Equal(t, append(first, first...), got)
	})
	// A document past the bound is passed over, not held: a consumer that
	// goes on after its error gets the documents after it. One that is no
	// JSON ends the sequence: where the next opens, nothing tells.
	t.Run("a consumer that goes on after a document past the bound", func(t *testing.T) {
		long := record("2", "ع", strings.Repeat(jsonSecond+" ", 20))
		text := a + "\n" + long + "\n" + a + "\n" + long + "\n" + long[:len(long)-5]
		got, errs := goneOn(tokenize.ReadJSON(strings.NewReader(text), len(a)+10))
		assert.Equal(t, append(first, first...), got)
		assert.Equal(t, []error{&tokenize.JSONError{Line: 2, Long: true}, &tokenize.JSONError{Line: 4, Long: true}, &tokenize.JSONError{Line: 5, Long: true}}, errs, "the last cut off in a download")
		got, errs = goneOn(tokenize.ReadJSON(iotest.OneByteReader(strings.NewReader(text)), len(a)+10))
		assert.Equal(t, append(first, first...), got, "a byte at a time")
		assert.Len(t, errs, 3)
		// In a list of records past the bound, the records after it.
		list := "[\n" + a + ",\n" + long + ",\n" + a + "\n]\n" + a
		got, errs = goneOn(tokenize.ReadJSON(strings.NewReader(list), len(a)+10))
		assert.Equal(t, append(first, first[0], first[0]), got)
		assert.Equal(t, []error{&tokenize.JSONError{Line: 3, Long: true}}, errs)
		// A document that is no JSON ends it.
		got, errs = goneOn(tokenize.ReadJSON(strings.NewReader(a+"\n42\n"+a), -1))
		assert.Equal(t, first, got)
		assert.Equal(t, []error{&tokenize.JSONError{Line: 2}}, errs)
	})
	t.Run("a consumer that stops early", func(t *testing.T) {
		for got := range tokenize.ReadJSON(strings.NewReader(a+"\n"+a), -1) {
			assert.Equal(t, first[0], got)
			break
		}
	})
}

// TestReadJSONListPastBound: a list of records longer than the bound, as
// Scrapy's feed export and Python's json.dump of a list write a scrape, is
// read a record at a time, each as a line of JSON Lines is.
func TestReadJSONListPastBound(t *testing.T) {
	a := record("1", "المعرض", jsonLead)
	b := record("2", "الوقود", jsonSecond)
	pretty := "{\n  \"title\": \"الوقود\",\n  \"text\": \"" + jsonSecond + "\"\n}"
	u := `{"id": "7", "date": "2024-03-12", "text": "` + jsonLead + `"}`
	v := `{"id": "8", "date": "2024-03-13", "text": "` + jsonSecond + `"}`
	asLines := func(items ...string) []tokenize.Article {
		got, err := readJSON(strings.NewReader(strings.Join(items, "\n")), -1)
		require.NoError(t, err)
		return got
	}
	tests := []struct {
		name string
		text string
		want []tokenize.Article
	}{
		{"as Scrapy writes it", "[\n" + a + ",\n" + b + ",\n" + a + "\n]\n", asLines(a, b, a)},
		{"on one line", "[" + a + "," + b + "," + a + "]", asLines(a, b, a)},
		{"pretty-printed, as json.dump(indent=2) writes it", "[\n  " + a + ",\n  " + pretty + ",\n  " + a + "\n]", asLines(a, pretty, a)},
		{"after a byte-order mark, and another document after it", "\ufeff[" + a + ", " + b + "]\n" + a + "\n", asLines(a, b, a)},
		{"cut off in a download inside a record", "[\n" + a + ",\n" + b + ",\n" + a[:len(a)-30], asLines(a, b, a[:len(a)-30])},
		{"cut off in a download after a comma", "[\n" + a + ",\n" + b + ",\n", asLines(a, b)},
		// The records in a list inside an object, as a news API answers and
		// a search engine's dump holds them: the outermost list of objects
		// open where the bound is passed, the rest of the object passed over.
		{"in an object, as a news API answers", `{"status": "ok", "totalResults": 3, "articles": [` + a + ", " + b + ", " + a + "]}\n" + b, asLines(a, b, a, b)},
		{"deeper, as Elasticsearch's hits", `{"took": 5, "hits": {"total": {"value": 3}, "hits": [{"_id": "1", "_source": ` + a + `}, {"_id": "2", "_source": ` + b + `}, {"_id": "3", "_source": ` + a + "}]}, \"timed_out\": false}",
			asLines(`{"_id": "1", "_source": `+a+"}", `{"_id": "2", "_source": `+b+"}", `{"_id": "3", "_source": `+a+"}")},
		{"untitled records under a site's name, each with an id and a date", `{"name": "موقع الأخبار", "data": [` + u + ", " + v + ", " + u + "]}", asLines(u, v, u)},
		{"after a short list of objects that closed", `{"meta": {"authors": [{"name": "س"}], "n": [1, 2]}, "articles": [` + a + ", " + b + ", " + a + "]}", asLines(a, b, a)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.NotEmpty(t, tt.want)
			bound := len(a) + len(b)/2 // past a record, not past two
			got, err := readJSON(strings.NewReader(tt.text), bound)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			got, err = readJSON(iotest.OneByteReader(strings.NewReader(tt.text)), bound)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got, "a byte at a time")
			// Within the bound, the list is one document, as Articles
			// reads it whole; a scrape's records give the same.
			whole, err := readJSON(strings.NewReader(tt.text), -1)
			require.NoError(t, err)
			assert.Equal(t, whole, got, "within the bound")
		})
	}
	stops := []struct {
		name string
		text string
		want []tokenize.Article // before the error
		err  *tokenize.JSONError
	}{
		{"a record past the bound", "[\n" + a + ",\n" + record("3", "ع", strings.Repeat(jsonSecond+" ", 20)) + ",\n" + a + "\n]", asLines(a), &tokenize.JSONError{Line: 3, Long: true}},
		{"records without a comma between them", "[\n" + a + ",\n" + b + "\n" + a + "\n]", asLines(a, b), &tokenize.JSONError{Line: 4}},
		{"a string among the records", "[\n" + a + ",\n\"" + jsonSecond + "\",\n" + a + "\n]", asLines(a), &tokenize.JSONError{Line: 3}},
		{"a record that does not parse", "[\n" + a + ",\n{\"title\": \"ع\" \"text\": \"ن\"},\n" + a + "\n]", asLines(a), &tokenize.JSONError{Line: 3}},
		{"a comma before the end", "[\n" + a + ",\n" + b + ",\n]", asLines(a, b), &tokenize.JSONError{Line: 4}},
		{"a list of strings, which is one text", "[\"" + strings.Repeat(jsonLead+`", "`, 5) + jsonSecond + "\"]", nil, &tokenize.JSONError{Line: 1, Long: true}},
	}
	for _, tt := range stops {
		t.Run(tt.name, func(t *testing.T) {
			got, err := readJSON(strings.NewReader(tt.text), len(a)+len(b)/2)
			stoppedWith(t, tt.want, tt.err, got, err)
		})
	}
}

// TestReadJSONLocalizationsPastBound: Strapi's entries past the bound are
// read an entry at a time, each with its localizations, as Articles reads
// them whole: each story once, in Arabic.
func TestReadJSONLocalizationsPastBound(t *testing.T) {
	for _, tt := range []struct{ name, text string }{{"Strapi 4", strapi4}, {"Strapi 5", strapi5}} {
		t.Run(tt.name, func(t *testing.T) {
			whole, ok := tokenize.Articles(tt.text)
			require.True(t, ok)
			require.Equal(t, []string{"1", "4"}, fieldOf(whole, func(a tokenize.Article) string { return a.ID }))
			bound := len(tt.text) * 2 / 3 // past an entry, not past two
			got, err := readJSON(strings.NewReader(tt.text), bound)
			require.NoError(t, err)
			assert.Equal(t, whole, got)
		})
	}
}

// TestReadJSONNestedPastBound: a document of brackets in brackets past the
// bound costs the memory of the bound, not of a record of each bracket:
// looking for the list of records open where the bound is passed, the
// framer kept every open bracket (16 bytes each, 1 GiB for 64 MiB of «[»).
func TestReadJSONNestedPastBound(t *testing.T) {
	for _, open := range []string{"[", "[{\"a\":"} {
		text := strings.Repeat(open, (16<<20)/len(open))
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		got, errs := goneOn(tokenize.ReadJSON(strings.NewReader(text), 1<<20))
		runtime.ReadMemStats(&after)
		assert.Empty(t, got)
		require.Len(t, errs, 1, "%+q…", open)
		assert.Equal(t, &tokenize.JSONError{Line: 1, Long: true}, errs[0])
		// A few times the bound (its parts, framed again as a list's
		// items), not in proportion to the 16 MiB.
		assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(12<<20), "bytes allocated for %+q…", open)
	}
}

// TestReadJSONLongDocuments: documents of several MiB, which the framer
// keeps in parts, read as Articles reads them, and a list of them past the
// bound a record at a time.
func TestReadJSONLongDocuments(t *testing.T) {
	long := func(id string, n int) string {
		return record(id, "المعرض", strings.Repeat(jsonLead+" ", n/len(jsonLead)))
	}
	a, b := long("1", 3<<20), long("2", 5<<19)
	require.Greater(t, len(b), 2<<20)
	text := a + "\n" + record("3", "الوقود", jsonSecond) + "\n" + b
	want, ok := tokenize.Articles(text)
	require.True(t, ok)
	require.Len(t, want, 3)
	got, err := readJSON(strings.NewReader(text), -1)
	require.NoError(t, err)
	assert.Equal(t, want, got, "JSON Lines")
	list := "[" + strings.ReplaceAll(text, "\n", ",\n") + "]"
	got, err = readJSON(strings.NewReader(list), len(a)+100)
	require.NoError(t, err)
	assert.Equal(t, want, got, "a list past the bound")
	got, err = readJSON(iotest.HalfReader(strings.NewReader(list)), len(b)+len(a)/2)
	require.NoError(t, err)
	assert.Equal(t, want, got, "a list past the bound when the first record is read, from a reader of short reads")
	got, err = readJSON(strings.NewReader(list), len(b))
	var bad *tokenize.JSONError
	require.ErrorAs(t, err, &bad)
	assert.Equal(t, &tokenize.JSONError{Line: 1, Long: true}, bad)
	assert.Empty(t, got, "the first record is past the bound")
}

func TestOpensJSON(t *testing.T) {
	tests := []struct {
		name string
		head string
		want bool
	}{
		{"a record", record("1", "ع", jsonLead), true},
		{"cut short", `{"id": "1", "ti`, true},
		{"a list after a byte-order mark and a blank line", "\ufeff\n[{", true},
		{"prose in brackets", "[تحديث] " + jsonLead, false},
		{"YouTube's json3, which is subtitles", `{"wireMagic":"pb3","events":[{"tStartMs":0`, false},
		{"text", jsonLead, false},
		{"nothing", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tokenize.OpensJSON(tt.head))
		})
	}
}

func FuzzReadJSON(f *testing.F) {
	for _, s := range []string{
		"", "{}", "{}\n{}", `{"a":"نص"}` + "\n" + `{"a":"آخر"}` + "\n" + `{"a`,
		"{\n \"a\": \"نص\"\n}\n[\n \"آخر\"\n]{\"a", `{"a":"نص"} 1`, "\ufeff[\"\\u0646\"]\r\n[\"ن\\\"}\"]",
		`{"a":"}"}{"b":"]"}`, "[\"نص\"]\n\v[\"آخر\"]", `{"wireMagic":"pb3"}` + "\n{}",
	} {
		f.Add(s, uint16(7))
	}
	// Lists of objects, past a bound of 20 bytes but not their items.
	f.Add("[\n{\"a\":\"نص\"},\n{\"a\":\"آخر\"}\n]", uint16(20))
	f.Add(`[ {"a":"]"} , {"b":["نص"]} ]`, uint16(20))
	// Strapi's entries with their localizations, past a bound of 60 bytes.
	f.Add(`[{"id":1,"title":"t","body":"more words","locale":"en","localizations":[{"id":2,"title":"ع","body":"نص","locale":"ar"}]},{"id":3,"title":"ع","body":"نص","locale":"ar"}]`, uint16(60))
	f.Fuzz(func(t *testing.T, text string, size uint16) {
		got, err := readJSON(strings.NewReader(text), -1)
		again, err2 := readJSON(&chunkReader{text, int(size)%97 + 1}, -1)
		assert.Equal(t, got, again, "in pieces of %d", int(size)%97+1)
		assert.Equal(t, err, err2)
		goesOnAlike(t, tokenize.ReadJSON, text, size)
		// A list of objects past the bound reads as its items do one
		// after another. (Past JSON's white space, not TrimSpace's: a
		// «\v» before the list is no JSON.)
		var items []json.RawMessage
		if list := strings.Trim(text, " \t\r\n"); strings.HasPrefix(list, "[") && json.Unmarshal([]byte(list), &items) == nil && len(items) > 0 {
			objects := make([]string, len(items))
			for k, item := range items {
				objects[k] = string(item)
				if item[0] != '{' {
					objects = nil
					break
				}
			}
			if objects != nil {
				bound := int(size) % len(list)
				listed, err := readJSON(strings.NewReader(text), bound)
				first := slices.IndexFunc(objects, func(o string) bool { return len(o) > bound })
				if first >= 0 {
					// An item past the bound is refused whole, a record
					// whose lists are its parts (a story's paragraphs, its
					// localizations), where a line past it would be read by
					// the list of records it holds: the items before it
					// read as they do apart.
					apart, err2 := readJSON(strings.NewReader(strings.Join(objects[:first], "\n")), bound)
					var e *tokenize.JSONError
					if assert.ErrorAs(t, err, &e, "item %d past a bound of %d", first, bound) {
						assert.True(t, e.Long, "%v", err)
					}
					assert.NoError(t, err2)
					assert.Equal(t, apart, listed, "the items before the one past a bound of %d", bound)
				} else {
					apart, err2 := readJSON(strings.NewReader(strings.Join(objects, "\n")), bound)
					assert.Equal(t, apart, listed, "a list past a bound of %d", bound)
					var long, long2 *tokenize.JSONError
					assert.Equal(t, errors.As(err, &long) && long.Long, errors.As(err2, &long2) && long2.Long, "%v, and apart %v", err, err2)
					assert.Equal(t, err == nil, err2 == nil, "%v, and apart %v", err, err2)
				}
				// And Articles reads the list whole as its records.
				if whole, ok := tokenize.Articles(text); ok && err == nil {
					assert.Equal(t, whole, listed, "the list whole")
				}
			}
		}
		whole, ok := tokenize.Articles(text)
		if !ok || !tokenize.OpensJSON(text[:min(len(text), 4<<10)]) {
			return
		}
		// What Articles reads as JSON, ReadJSON reads the same, but for
		// white space between documents that JSON does not allow and
		// Articles passes over in JSON Lines, where ReadJSON stops.
		if err != nil {
			require.LessOrEqual(t, len(got), len(whole), "before the error: %v", err)
			if len(got) > 0 {
				assert.Equal(t, whole[:len(got)], got, "before the error: %v", err)
			}
			return
		}
		assert.Equal(t, whole, got)
	})
}

func ExampleReadJSON() {
	// A dump of a site's articles, a record a line, the last one cut off
	// in a download: read a record at a time, however long the dump.
	dump := `{"id": "7", "title": "الوقود", "text": "رفعت الحكومة أسعار الوقود."}
{"id": "8", "title": "المعرض", "text": "افتتح الوزير معرض الكتاب."}
{"id": "9", "title": "الطقس", "text": "يسود طقس معتدل."`
	for a, err := range tokenize.ReadJSON(strings.NewReader(dump), 1<<20) {
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%s | %s | %s\n", a.ID, a.Title, a.Text)
	}
	// Output:
	// 7 | الوقود | رفعت الحكومة أسعار الوقود.
	// 8 | المعرض | افتتح الوزير معرض الكتاب.
	// 9 | الطقس | يسود طقس معتدل.
}
