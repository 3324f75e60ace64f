package pipeline_test

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/klauspost/compress/zstd"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/examples/beam/pipeline"
	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/tokenize"
)

// TestMain runs the tests on Prism inside a temporary directory of their
// own (OwnTempDir), so that a test run leaves nothing in /tmp.
func TestMain(m *testing.M) {
	os.Exit(runInOwnTempDir(m))
}

func runInOwnTempDir(m *testing.M) int {
	restore, err := pipeline.OwnTempDir()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer restore()
	return ptest.MainRetWithDefault(m, "prism")
}

// A pipeline run on Prism between OwnTempDir and its restore leaves the
// temporary directory as it found it; without them Beam leaves a file there.
func TestOwnTempDir(t *testing.T) {
	outer := t.TempDir()
	t.Setenv("TMPDIR", outer)
	restore, err := pipeline.OwnTempDir()
	require.NoError(t, err)
	own := os.TempDir()
	assert.Equal(t, outer, filepath.Dir(own), "the run's directory is made inside the one it had")

	dir := t.TempDir()
	records := corpus(t, dir)
	runOnPrism(t, pipeline.Config{
		Records: filepath.Join(dir, "*.jsonl"),
		Output:  filepath.Join(outer, "out", "summaries"),
		Dead:    filepath.Join(outer, "out", "dead"),
		Shards:  1,
	})
	lines, _ := readShards(t, filepath.Join(outer, "out", "summaries"))
	require.NotEmpty(t, lines)
	require.Less(t, len(lines), len(records))

	restore()
	assert.Equal(t, outer, os.TempDir())
	assert.NoDirExists(t, own)
	left, err := os.ReadDir(outer)
	require.NoError(t, err)
	var names []string
	for _, e := range left {
		names = append(names, e.Name())
	}
	assert.Equal(t, []string{"out"}, names, "what the run left in the temporary directory")
}

// runOnPrism builds the pipeline of cfg and runs it on the test runner.
func runOnPrism(t *testing.T, cfg pipeline.Config) beam.PipelineResult {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	require.NoError(t, pipeline.Build(s, cfg))
	res, err := ptest.RunWithMetrics(p)
	require.NoError(t, err)
	return res
}

// corpus writes a small generated corpus: records built from the seed
// article's paragraphs and sentences of our own, some of them broken.
func corpus(t *testing.T, dir string) (records []string) {
	seed, err := os.ReadFile("../../../testdata/seed.txt")
	require.NoError(t, err)
	paras := strings.Split(strings.TrimSpace(string(seed)), "\n\n")
	for i := range 60 {
		text := fmt.Sprintf("%s\n\n%s\nخبر رقم %d عن الأسواق والنفط.", paras[i%len(paras)], paras[(i+3)%len(paras)], i)
		rec, err := json.Marshal(map[string]any{"id": fmt.Sprintf("doc-%02d", i), "text": text, "title": "عنوان الخبر"})
		require.NoError(t, err)
		records = append(records, string(rec))
	}
	records = append(records,
		`{"id":"empty","text":""}`,
		`{"id":"headings","text":"عنوان أول\nعنوان ثان"}`,
		`{"id":"broken"`,
		`{"id":"limit","text":"جملة أولى. جملة ثانية.","sentences":1}`,
	)
	half := len(records) / 2
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(strings.Join(records[:half], "\n")+"\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.jsonl"), []byte(strings.Join(records[half:], "\n")+"\n"), 0o644))
	return records
}

// readShards returns the lines of every shard file of prefix.
func readShards(t *testing.T, prefix string) (lines []string, files int) {
	names, err := filepath.Glob(pipeline.ShardGlob(prefix))
	require.NoError(t, err)
	for _, name := range names {
		f, err := os.Open(name)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		require.NoError(t, sc.Err())
		f.Close()
	}
	sort.Strings(lines)
	return lines, len(names)
}

// direct runs the library's own JSON Lines mode on one record.
func direct(t *testing.T, record string) summarize.Response {
	var out bytes.Buffer
	require.NoError(t, (&summarize.Summarizer{}).SummarizeJSONL(context.Background(), strings.NewReader(record), &out, 1))
	var r summarize.Response
	require.NoError(t, json.Unmarshal(out.Bytes(), &r))
	return r
}

// answered is the library's answer for article a as the pipeline writes
// it, with id.
func answered(t *testing.T, id string, a tokenize.Article) string {
	t.Helper()
	r, err := (&summarize.Summarizer{}).Answer(context.Background(), summarize.Request{ID: id, Text: a.Text, Title: a.Title})
	require.NoError(t, err)
	line, err := json.Marshal(r)
	require.NoError(t, err)
	return string(line)
}

func TestPipelineOnPrism(t *testing.T) {
	dir := t.TempDir()
	records := corpus(t, dir)
	docs := filepath.Join(dir, "docs")
	require.NoError(t, os.Mkdir(docs, 0o755))
	files := map[string]string{
		"one.txt":   "انعقد المؤتمر في القاهرة. وحضره وزراء من عشر دول.",
		"empty.txt": "",
		// subtitles, summarized as their spoken text, as the CLI does
		"captions.txt": "1\n00:00:01,000 --> 00:00:04,200\nانعقد المؤتمر في القاهرة\n\n2\n00:00:04,300 --> 00:00:08,900\nأمس. وحضره وزراء من عشر دول.\n",
		// JSON: each article summarized with its headline, as the CLI does
		"posts.txt": `[{"id":17,"title":"المؤتمر","content":"انعقد المؤتمر في القاهرة. وحضره وزراء من عشر دول."},{"title":"المعرض","content":"افتتح الوزير المعرض أمس."}]`,
		"tags.txt":  `{"id": 1, "tags": []}`,
		// a feed of one story: the file's path is its id
		"feed.txt": `<rss version="2.0"><channel><title>شبكة</title><item><title>المؤتمر</title><link>https://example.com/1</link><description>انعقد المؤتمر في القاهرة. وحضره وزراء من عشر دول.</description></item></channel></rss>`,
	}
	// a web archive, read a page at a time: each page «path#address»
	var wet strings.Builder
	for k, page := range []string{"المؤتمر | شبكة\nانعقد المؤتمر في القاهرة. وحضره وزراء من عشر دول.", "المعرض | شبكة\nافتتح الوزير المعرض أمس."} {
		fmt.Fprintf(&wet, "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/%d\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", k, len(page), page)
	}
	files["crawl.txt"] = wet.String()
	page := "المعرض | شبكة\nافتتح الوزير المعرض أمس."
	files["page.txt"] = fmt.Sprintf("WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/9\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(page), page)
	// a longer page in zstd, as web-text dumps ship, its first block past
	// 512 bytes: a web archive still, read a page at a time and named so
	var long strings.Builder
	long.WriteString("المعرض | شبكة\n")
	for k := range 300 {
		fmt.Fprintf(&long, "افتتح الوزير المعرض أمس في قاعته رقم %d.\n", k)
	}
	var zs bytes.Buffer
	zsw, err := zstd.NewWriter(&zs)
	require.NoError(t, err)
	_, err = fmt.Fprintf(zsw, "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/9\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", long.Len(), long.String())
	require.NoError(t, err)
	require.NoError(t, zsw.Close())
	files["page-zst.txt"] = zs.String()
	require.Greater(t, zs.Len(), 512)
	// a word processor's document, summarized as its text
	var release bytes.Buffer
	zw := zip.NewWriter(&release)
	part, err := zw.Create("word/document.xml")
	require.NoError(t, err)
	_, err = part.Write([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>بيان</w:t></w:r></w:p><w:p><w:r><w:t>انعقد المؤتمر في القاهرة. وحضره وزراء من عشر دول.</w:t></w:r></w:p></w:body></w:document>`))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	files["release.txt"] = release.String()
	// a corpus of a file an article, tarred and gzip'd, read a file at a
	// time: each file «path#its path in the archive»
	var tarball bytes.Buffer
	gz := gzip.NewWriter(&tarball)
	tw := tar.NewWriter(gz)
	for _, f := range []struct{ name, body string }{{"corpus/a.txt", "انعقد المؤتمر في القاهرة. وحضره وزراء من عشر دول."}, {"corpus/b.txt", "افتتح الوزير المعرض أمس."}} {
		require.NoError(t, tw.WriteHeader(&tar.Header{Name: f.name, Mode: 0o644, Size: int64(len(f.body)), Typeflag: tar.TypeReg}))
		_, err := tw.Write([]byte(f.body))
		require.NoError(t, err)
	}
	require.NoError(t, tw.Close())
	require.NoError(t, gz.Close())
	files["corpus.txt"] = tarball.String()
	for name, text := range files {
		require.NoError(t, os.WriteFile(filepath.Join(docs, name), []byte(text), 0o644))
	}

	res := runOnPrism(t, pipeline.Config{
		Records: filepath.Join(dir, "*.jsonl"),
		Files:   filepath.Join(docs, "*.txt"),
		Output:  filepath.Join(dir, "out", "summaries"),
		Dead:    filepath.Join(dir, "out", "dead"),
		Shards:  3,
	})

	// Every good record's line is the library's line, byte for byte; every
	// failure is in the dead letters with the library's reason.
	var wantOut, wantDead []string
	for _, rec := range records {
		r := direct(t, rec)
		if r.Error != "" {
			wantDead = append(wantDead, rec)
			continue
		}
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		require.NoError(t, enc.Encode(r))
		wantOut = append(wantOut, strings.TrimSuffix(b.String(), "\n"))
	}
	one, err := (&summarize.Summarizer{}).Summarize(files["one.txt"])
	require.NoError(t, err)
	oneLine, err := json.Marshal(summarize.Response{ID: filepath.Join(docs, "one.txt"), Summary: one.String(), Sentences: one.Sentences})
	require.NoError(t, err)
	wantOut = append(wantOut, string(oneLine))
	spoken, ok := tokenize.Subtitles(files["captions.txt"])
	require.True(t, ok)
	captions, err := (&summarize.Summarizer{}).Summarize(spoken)
	require.NoError(t, err)
	captionsLine, err := json.Marshal(summarize.Response{ID: filepath.Join(docs, "captions.txt"), Summary: captions.String(), Sentences: captions.Sentences})
	require.NoError(t, err)
	wantOut = append(wantOut, string(captionsLine))
	releaseText, ok := tokenize.OfficeText(files["release.txt"])
	require.True(t, ok)
	releaseSum, err := (&summarize.Summarizer{}).Summarize(releaseText)
	require.NoError(t, err)
	releaseLine, err := json.Marshal(summarize.Response{ID: filepath.Join(docs, "release.txt"), Summary: releaseSum.String(), Sentences: releaseSum.Sentences})
	require.NoError(t, err)
	wantOut = append(wantOut, string(releaseLine))
	// Of several articles, each is the file's path and its own id, or its
	// place where it has none; one is the file, but a web archive's page,
	// however many, is the file's path and its address.
	for name, ids := range map[string][]string{"posts.txt": {"#17", "#2"}, "feed.txt": {""}, "crawl.txt": {"#https://example.com/0", "#https://example.com/1"}, "page.txt": {"#https://example.com/9"}, "page-zst.txt": {"#https://example.com/9"}, "corpus.txt": {"#corpus/a.txt", "#corpus/b.txt"}} {
		articles, err := (&summarize.Summarizer{}).Articles(files[name])
		require.NoError(t, err)
		require.Len(t, articles, len(ids))
		for k, a := range articles {
			wantOut = append(wantOut, answered(t, filepath.Join(docs, name)+ids[k], a))
		}
	}
	sort.Strings(wantOut)

	gotOut, outFiles := readShards(t, filepath.Join(dir, "out", "summaries"))
	assert.Equal(t, wantOut, gotOut, "the summaries are the library's")
	assert.Greater(t, outFiles, 1, "the summaries are spread over several files")

	gotDead, _ := readShards(t, filepath.Join(dir, "out", "dead"))
	require.Len(t, gotDead, len(wantDead)+2, "the broken records, the empty file and the JSON without an article")
	var deadRecords []string
	for _, line := range gotDead {
		var d pipeline.DeadLetter
		require.NoError(t, json.Unmarshal([]byte(line), &d), line)
		assert.NotEmpty(t, d.Error)
		if d.Record != "" {
			deadRecords = append(deadRecords, d.Record)
		} else if d.ID == filepath.Join(docs, "tags.txt") {
			assert.Contains(t, d.Error, "no article")
		} else {
			assert.Equal(t, filepath.Join(docs, "empty.txt"), d.ID)
			assert.Contains(t, d.Error, "no sentences")
		}
	}
	sort.Strings(deadRecords)
	sort.Strings(wantDead)
	assert.Equal(t, wantDead, deadRecords)

	counts := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Key.Namespace == "talkhis" {
			counts[c.Key.Name] += c.Result()
		}
	}
	assert.Equal(t, int64(len(records)+len(files)+3), counts["documents"], "each file, and each article of the posts', the crawl's and the corpus's but the first")
	assert.Equal(t, int64(len(wantDead)+2), counts["errors"])
	assert.Positive(t, counts["bytes"])
}

func TestBuildRejectsNoInput(t *testing.T) {
	_, s := beam.NewPipelineWithRoot()
	assert.Error(t, pipeline.Build(s, pipeline.Config{Shards: 1}))
	_, s = beam.NewPipelineWithRoot()
	assert.Error(t, pipeline.Build(s, pipeline.Config{Records: "x", Shards: 0}))
}

// A glob that Beam's I/O panics on (blank, or of a file system no package
// registered) is refused by Build with an error.
func TestBuildRefusesWhatBeamPanicsOn(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  pipeline.Config
		want string
	}{
		{"blank records", pipeline.Config{Records: " ", Shards: 1}, `the records glob " " is blank`},
		{"blank files", pipeline.Config{Records: "a.jsonl", Files: "\t", Shards: 1}, `the files glob "\t" is blank`},
		{"unknown scheme", pipeline.Config{Records: "nosuch://bucket/*.jsonl", Shards: 1}, `records glob "nosuch://bucket/*.jsonl": file system scheme "nosuch" not registered`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, s := beam.NewPipelineWithRoot()
			var err error
			require.NotPanics(t, func() { err = pipeline.Build(s, tc.cfg) })
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// CheckInputs tells a glob that matches no file before the pipeline runs:
// Beam reads such records as none and ends without a word, and fails the
// files' match deep in a bundle's log.
func TestCheckInputs(t *testing.T) {
	dir := t.TempDir()
	corpus(t, dir)
	records := filepath.Join(dir, "*.jsonl")
	for _, tc := range []struct {
		name string
		cfg  pipeline.Config
		want string // "" for no error
	}{
		{"records and files match", pipeline.Config{Records: records, Files: filepath.Join(dir, "a.jsonl")}, ""},
		{"records only", pipeline.Config{Records: records}, ""},
		{"records match none", pipeline.Config{Records: filepath.Join(dir, "*.json")}, `no file matches the records glob "` + filepath.Join(dir, "*.json") + `"`},
		{"a file that is not there", pipeline.Config{Files: filepath.Join(dir, "c.jsonl")}, `no file matches the files glob "` + filepath.Join(dir, "c.jsonl") + `"`},
		{"files match none", pipeline.Config{Records: records, Files: filepath.Join(dir, "x", "*")}, "no file matches the files glob"},
		{"bad pattern", pipeline.Config{Records: filepath.Join(dir, "[")}, "syntax error in pattern"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := pipeline.CheckInputs(context.Background(), tc.cfg)
			if tc.want == "" {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// A dump of JSON Lines past MaxBytes is read a record at a time, each
// article «path#id», and so are a list of records and a table in CSV; a dump whose lines break after some records gives
// those, and the file's error to the dead letters, the one record before it
// named as one of several.
func TestPipelineJSONLinesPastMaxBytes(t *testing.T) {
	const lead = "انعقد المؤتمر في القاهرة بحضور وزراء الخارجية العرب لبحث الأوضاع في المنطقة"
	var dump strings.Builder
	for k := range 40 {
		fmt.Fprintf(&dump, `{"id": "%d", "title": "المؤتمر", "text": "%s %d."}`+"\n", k, lead, k)
	}
	require.Greater(t, dump.Len(), 3*2100)
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	require.NoError(t, os.Mkdir(docs, 0o755))
	broken := strings.SplitAfter(dump.String(), "\n")[0] + "ليس سجلا\n" + dump.String()
	list := "[\n" + strings.ReplaceAll(strings.TrimSuffix(dump.String(), "\n"), "\n", ",\n") + "\n]\n" // as Scrapy writes a scrape
	// A record past the bound, passed over: the records after it are read.
	lines := strings.SplitAfter(dump.String(), "\n")
	long := strings.Join(lines[:20], "") + `{"text": "` + strings.Repeat(lead+" ", 30) + `"}` + "\n" + strings.Join(lines[20:], "")
	// A table in CSV, as pandas writes a dataset.
	var table strings.Builder
	table.WriteString("id,title,text\n")
	for k := range 40 {
		fmt.Fprintf(&table, "%d,المؤتمر,%s %d.\n", k, lead, k)
	}
	sheet, err := os.ReadFile(filepath.Join("..", "..", "..", "summarize", "testdata", "news.xlsx")) // a spreadsheet, read whole
	require.NoError(t, err)
	// A wiki's dump, as it is and in bzip2 as Wikipedia ships it: a page
	// at a time, the page of a run past the bound passed over and named.
	wiki, err := os.ReadFile(filepath.Join("..", "..", "..", "summarize", "testdata", "arwiki.xml"))
	require.NoError(t, err)
	wikiBZ, err := os.ReadFile(filepath.Join("..", "..", "..", "summarize", "testdata", "arwiki.xml.bz2"))
	require.NoError(t, err)
	for name, text := range map[string]string{"dump.jsonl": dump.String(), "broken.jsonl": broken, "long.jsonl": long, "list.json": list, "table.csv": table.String(), "news.xlsx": string(sheet), "arwiki.xml": string(wiki), "arwiki.xml.bz2": string(wikiBZ)} {
		require.NoError(t, os.WriteFile(filepath.Join(docs, name), []byte(text), 0o644))
	}
	runOnPrism(t, pipeline.Config{
		Files:   filepath.Join(docs, "*"),
		Output:  filepath.Join(dir, "out", "summaries"),
		Dead:    filepath.Join(dir, "out", "dead"),
		Shards:  2,
		Options: pipeline.Options{MaxBytes: 2100}, // past each dump, not past the spreadsheet (2,087 bytes), read whole
	})

	var want []string
	articles, err := (&summarize.Summarizer{}).Articles(dump.String())
	require.NoError(t, err)
	require.Len(t, articles, 40)
	for name, n := range map[string]int{"dump.jsonl": 40, "broken.jsonl": 1, "long.jsonl": 40, "list.json": 40, "table.csv": 40} {
		for _, a := range articles[:n] {
			want = append(want, answered(t, filepath.Join(docs, name)+"#"+a.ID, a))
		}
	}
	rows, err := (&summarize.Summarizer{}).Articles(string(sheet))
	require.NoError(t, err)
	require.Len(t, rows, 2)
	for _, a := range rows {
		want = append(want, answered(t, filepath.Join(docs, "news.xlsx")+"#"+a.ID, a))
	}
	var pages []tokenize.Article
	for a, err := range (&summarize.Summarizer{MaxBytes: 2100}).ReadArticles(strings.NewReader(string(wiki))) {
		if err != nil {
			require.ErrorIs(t, err, summarize.ErrTooLarge)
			continue
		}
		pages = append(pages, a)
	}
	require.Len(t, pages, 2, "the dump's two shorter articles")
	for _, name := range []string{"arwiki.xml", "arwiki.xml.bz2"} {
		for _, a := range pages {
			want = append(want, answered(t, filepath.Join(docs, name)+"#"+a.ID, a))
		}
	}
	sort.Strings(want)
	got, _ := readShards(t, filepath.Join(dir, "out", "summaries"))
	assert.Equal(t, want, got)
	dead, _ := readShards(t, filepath.Join(dir, "out", "dead"))
	require.Len(t, dead, 4)
	letters := map[string]string{}
	for _, line := range dead {
		var d pipeline.DeadLetter
		require.NoError(t, json.Unmarshal([]byte(line), &d))
		letters[d.ID] = d.Error
	}
	assert.Contains(t, letters[filepath.Join(docs, "broken.jsonl")], "break on line 2, after 1 articles")
	assert.Contains(t, letters[filepath.Join(docs, "long.jsonl")], "the JSON document on line 21 is past the bound of 2100 bytes (raise Options.MaxBytes (--max-bytes), or split it)")
	for _, name := range []string{"arwiki.xml", "arwiki.xml.bz2"} {
		assert.Contains(t, letters[filepath.Join(docs, name)], "the page «المنصورة» (1201) is past the bound of 2100 bytes")
	}
}

// A crawl is in every language: with Options.Languages, a file's articles
// are summarized only where the file says they are in one of those
// languages, or says none, and the rest are passed over without a dead
// letter, as the CLI's -language passes them over.
func TestPipelineLanguages(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	require.NoError(t, os.Mkdir(docs, 0o755))
	pages := []struct{ lang, text string }{
		{"ara", "المؤتمر | شبكة\nانعقد المؤتمر في القاهرة. وحضره وزراء من عشر دول."},
		{"eng,ara", "The conference | Network\nThe conference met in Cairo. Ministers of ten countries came."},
		{"", "المعرض | شبكة\nافتتح الوزير المعرض أمس."},
		{"fas", "نمایشگاه | شبکه\nوزیر فرهنگ نمایشگاه کتاب را افتتاح کرد."},
	}
	var wet strings.Builder
	for k, p := range pages {
		lang := ""
		if p.lang != "" {
			lang = "WARC-Identified-Content-Language: " + p.lang + "\r\n"
		}
		fmt.Fprintf(&wet, "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/%d\r\n%sContent-Length: %d\r\n\r\n%s\r\n\r\n", k, lang, len(p.text), p.text)
	}
	stories := `[{"id": "a", "language": "arabic", "title": "المؤتمر", "content": "انعقد المؤتمر في القاهرة. وحضره وزراء من عشر دول."},` +
		`{"id": "b", "language": "english", "title": "Fair", "content": "The minister opened the fair yesterday."}]`
	require.NoError(t, os.WriteFile(filepath.Join(docs, "crawl.wet"), []byte(wet.String()), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(docs, "stories.json"), []byte(stories), 0o644))
	languages, err := tokenize.ParseLanguages("ar")
	require.NoError(t, err)
	runOnPrism(t, pipeline.Config{
		Files:   filepath.Join(docs, "*"),
		Output:  filepath.Join(dir, "out", "summaries"),
		Dead:    filepath.Join(dir, "out", "dead"),
		Shards:  2,
		Options: pipeline.Options{Languages: languages},
	})

	var want []string
	for _, name := range []string{"crawl.wet", "stories.json"} {
		text, err := os.ReadFile(filepath.Join(docs, name))
		require.NoError(t, err)
		for a, err := range (&summarize.Summarizer{}).ReadArticles(bytes.NewReader(text)) {
			require.NoError(t, err)
			if languages.Keeps(a.Language) {
				want = append(want, answered(t, filepath.Join(docs, name)+"#"+a.ID, a))
			}
		}
	}
	require.Len(t, want, 3, "the crawl's Arabic page and its page of no language, and the Arabic story, named as one of two")
	sort.Strings(want)
	got, _ := readShards(t, filepath.Join(dir, "out", "summaries"))
	assert.Equal(t, want, got)
	dead, _ := readShards(t, filepath.Join(dir, "out", "dead"))
	assert.Empty(t, dead, "a page in another language is no failure")
}
