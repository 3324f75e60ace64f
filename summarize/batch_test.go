package summarize_test

import (
	"bytes"
	"compress/bzip2"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"math"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/tokenize"
)

func batchTexts(t testing.TB) []string {
	seed := readSeed(t)
	texts := []string{"", "جملة واحدة."}
	for k := range 40 {
		texts = append(texts, repeated(seed, 1+k%3)+fmt.Sprintf("\nخبر رقم %d عن الاقتصاد.", k))
	}
	return texts
}

func TestSummarizeAllMatchesOneByOne(t *testing.T) {
	texts := batchTexts(t)
	s := &summarize.Summarizer{MaxSentences: 2}
	for _, workers := range []int{1, 3, 0} {
		got := s.SummarizeAll(context.Background(), texts, workers)
		require.Len(t, got, len(texts))
		for i, text := range texts {
			want, err := s.Summarize(text)
			assert.Equal(t, err, got[i].Err, "text %d, %d workers", i, workers)
			assert.Equal(t, want, got[i].Summary, "text %d, %d workers", i, workers)
		}
	}
}

func TestSummarizeAllCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, r := range (&summarize.Summarizer{}).SummarizeAll(ctx, batchTexts(t), 2) {
		assert.ErrorIs(t, r.Err, context.Canceled)
	}
}

func TestSummarizeJSONLSameForAnyWorkers(t *testing.T) {
	var in strings.Builder
	for i, text := range batchTexts(t) {
		fmt.Fprintf(&in, "{\"id\":\"%d\",\"text\":%q}\n", i, text)
		if i%7 == 0 {
			in.WriteString("{broken\n")
		}
	}
	// Workers past any machine's cores, up to math.MaxInt, where a
	// channel of four slots a worker could not be made (a panic), and ten
	// million workers took 744 MB for 20 records.
	var outs []string
	for _, workers := range []int{1, 2, 8, 1 << 20, math.MaxInt} {
		var out bytes.Buffer
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		require.NotPanics(t, func() {
			require.NoError(t, (&summarize.Summarizer{}).SummarizeJSONL(context.Background(), strings.NewReader(in.String()), &out, workers))
		}, "%d workers", workers)
		runtime.ReadMemStats(&after)
		assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(64<<20), "%d workers", workers)
		outs = append(outs, out.String())
	}
	for k := range outs {
		assert.Equal(t, outs[0], outs[k])
	}
	assert.Equal(t, 42+6, strings.Count(outs[0], "\n"), "one line per record, bad ones included")
}

// batchArticles are batchTexts as articles, every other one with a
// headline of its own.
func batchArticles(t testing.TB) []tokenize.Article {
	var articles []tokenize.Article
	for i, text := range batchTexts(t) {
		a := tokenize.Article{ID: fmt.Sprint("a", i), Text: text}
		if i%2 == 1 {
			a.Title = fmt.Sprintf("الاقتصاد في الخبر رقم %d", i)
		}
		articles = append(articles, a)
	}
	return articles
}

func TestSummarizeArticles(t *testing.T) {
	articles := batchArticles(t)
	for _, tc := range []struct {
		name  string
		title string // the Summarizer's own
	}{
		{name: "each article's headline"},
		{name: "the Summarizer's title over them", title: "الاقتصاد"},
	} {
		s := &summarize.Summarizer{MaxSentences: 2, Title: tc.title}
		for _, workers := range []int{1, 3, 0, 1 << 20, math.MaxInt} {
			t.Run(fmt.Sprintf("%s, %d workers", tc.name, workers), func(t *testing.T) {
				var got []summarize.ArticleResult
				for r, err := range s.SummarizeArticles(context.Background(), seqOf(articles), workers) {
					require.NoError(t, err)
					got = append(got, r)
				}
				require.Len(t, got, len(articles))
				for i, a := range articles {
					each := *s
					if each.Title == "" {
						each.Title = a.Title
					}
					want, err := each.Summarize(a.Text)
					assert.Equal(t, a, got[i].Article, "article %d", i)
					assert.Equal(t, i+1, got[i].Place, "article %d", i)
					assert.Equal(t, err, got[i].Err, "article %d", i)
					assert.Equal(t, want, got[i].Summary, "article %d", i)
				}
				assert.ErrorIs(t, got[0].Err, summarize.ErrNoSentences, "the empty text, in its place")
			})
		}
	}
}

// seqOf yields articles without error.
func seqOf(articles []tokenize.Article) iter.Seq2[tokenize.Article, error] {
	return func(yield func(tokenize.Article, error) bool) {
		for _, a := range articles {
			if !yield(a, nil) {
				return
			}
		}
	}
}

func TestSummarizeArticlesErrors(t *testing.T) {
	long := fmt.Errorf("summarize: record 2 is too long: %w", summarize.ErrTooLarge)
	broken := errors.New("summarize: reading: unexpected EOF")
	articles := batchArticles(t)[1:4]
	read := 0
	seq := func(yield func(tokenize.Article, error) bool) {
		for _, step := range []struct {
			a   tokenize.Article
			err error
		}{{a: articles[0]}, {err: long}, {a: articles[1]}, {err: broken}, {a: articles[2]}} {
			read++
			if !yield(step.a, step.err) {
				return
			}
		}
	}
	var ids []string
	var errs []error
	var places []int
	var last error
	for r, err := range (&summarize.Summarizer{}).SummarizeArticles(context.Background(), seq, 2) {
		require.NoError(t, last, "nothing after the sequence's error")
		if err != nil {
			last = err
			continue
		}
		ids = append(ids, r.Article.ID)
		errs = append(errs, r.Err)
		places = append(places, r.Place)
	}
	assert.Equal(t, []string{articles[0].ID, "", articles[1].ID}, ids, "the record too long in its place")
	assert.Equal(t, []int{1, 2, 3}, places, "the record too long counted")
	assert.Equal(t, []error{nil, long, nil}, errs)
	assert.Equal(t, broken, last, "the reading's error, last")
	assert.Equal(t, 4, read, "no article read after the error")
}

// TestSummarizeArticlesLanguages gives articles in several languages, as
// a crawl or a CMS's export holds them: the Summarizer's Languages keeps
// those in its languages and those whose file names none, each summarized
// as without it, and each result's Place is still the article's place in
// the sequence, those left out and a record too long counted, so that a
// failure is found in the file.
func TestSummarizeArticlesLanguages(t *testing.T) {
	texts := batchArticles(t)[1:6]
	long := fmt.Errorf("summarize: record 4 is too long: %w", summarize.ErrTooLarge)
	steps := []struct {
		a   tokenize.Article
		err error
	}{
		{a: tokenize.Article{ID: "ar", Language: "ar-SA", Text: texts[0].Text}},
		{a: tokenize.Article{ID: "en", Language: "eng", Text: texts[1].Text}},
		{a: tokenize.Article{ID: "none", Text: texts[2].Text}},
		{err: long},
		{a: tokenize.Article{ID: "fa", Language: "fas,ara", Text: texts[3].Text}},
		{a: tokenize.Article{ID: "ara", Language: "ara,eng", Text: texts[4].Text}},
	}
	seq := func(yield func(tokenize.Article, error) bool) {
		for _, step := range steps {
			if !yield(step.a, step.err) {
				return
			}
		}
	}
	for _, tt := range []struct {
		name   string
		langs  string
		places []int
	}{
		{"every article without languages", "", []int{1, 2, 3, 4, 5, 6}},
		{"Arabic ones, those that name none, and the record too long", "arabic", []int{1, 3, 4, 6}},
		{"Persian and English ones", "fa,eng", []int{2, 3, 4, 5}},
		{"a language no article is in", "tur", []int{3, 4}},
	} {
		langs, err := tokenize.ParseLanguages(tt.langs)
		require.NoError(t, err, tt.name)
		for _, workers := range []int{1, 3} {
			t.Run(fmt.Sprintf("%s, %d workers", tt.name, workers), func(t *testing.T) {
				s := &summarize.Summarizer{MaxSentences: 2, Languages: langs}
				ctx := context.Background()
				if workers == 1 {
					ctx = nil // as good as Background, to SummarizeArticles
				}
				var places []int
				for r, err := range s.SummarizeArticles(ctx, seq, workers) {
					require.NoError(t, err)
					places = append(places, r.Place)
					step := steps[r.Place-1]
					assert.Equal(t, step.a, r.Article, "place %d", r.Place)
					if step.err != nil {
						assert.Equal(t, step.err, r.Err, "place %d", r.Place)
						continue
					}
					want, err := (&summarize.Summarizer{MaxSentences: 2}).Summarize(step.a.Text)
					require.NoError(t, err, "place %d", r.Place)
					assert.NoError(t, r.Err, "place %d", r.Place)
					assert.Equal(t, want, r.Summary, "place %d", r.Place)
				}
				assert.Equal(t, tt.places, places)
			})
		}
	}
}

// TestSummarizeArticlesBounded gives an endless sequence: the articles
// read ahead of those yielded stay a few a worker, and a loop that breaks
// off ends the sequence's reading before the loop returns.
func TestSummarizeArticlesBounded(t *testing.T) {
	articles := batchArticles(t)
	const workers = 2
	var read, yielded, ahead atomic.Int64
	ended := false
	endless := func(yield func(tokenize.Article, error) bool) {
		defer func() { ended = true }()
		for i := 0; ; i++ {
			read.Add(1)
			ahead.Store(max(ahead.Load(), read.Load()-yielded.Load()))
			if !yield(articles[i%len(articles)], nil) {
				time.Sleep(10 * time.Millisecond) // a reader slow to close: the loop must wait for it
				return
			}
		}
	}
	for r := range (&summarize.Summarizer{}).SummarizeArticles(context.Background(), endless, workers) {
		yielded.Add(1)
		time.Sleep(time.Millisecond) // a slow consumer, which the reading must not run ahead of
		if r.Article.ID == "a0" && yielded.Load() > 200 {
			break
		}
	}
	assert.True(t, ended, "the sequence's reading ended with the loop")
	assert.LessOrEqual(t, ahead.Load(), int64(4*workers+2), "articles held at once")
	assert.LessOrEqual(t, read.Load(), yielded.Load()+4*workers+2)
}

// TestSummarizeArticlesCancelled cancels the context at the second result:
// at once, in rounds, since where the cancel finds the reading and the
// workers varies from run to run; and after a pause, in which the reading
// fills the room for articles in flight and waits for more.
func TestSummarizeArticlesCancelled(t *testing.T) {
	articles := batchArticles(t)
	for _, tc := range []struct {
		name   string
		rounds int
		pause  time.Duration
	}{
		{name: "at once", rounds: 50},
		{name: "with the reading waiting for room", rounds: 3, pause: 50 * time.Millisecond},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for round := range tc.rounds {
				ctx, cancel := context.WithCancel(context.Background())
				n := 0
				var last error
				for r, err := range (&summarize.Summarizer{}).SummarizeArticles(ctx, seqOf(articles), 2) {
					if err != nil {
						last = err
						continue
					}
					if n++; n == 2 {
						time.Sleep(tc.pause)
						cancel() // the articles begun end, and no more are read
					}
					if r.Err != nil && !errors.Is(r.Err, summarize.ErrNoSentences) {
						assert.ErrorIs(t, r.Err, context.Canceled, "round %d, article %d", round, n)
					}
				}
				cancel()
				assert.ErrorIs(t, last, context.Canceled, "round %d: the sequence ends with the context's error", round)
				assert.Less(t, n, len(articles), "round %d: not every article", round)
			}
		})
	}
}

// A set of languages that Keeps could not compare with a file's (a code of
// two letters, a name) is refused before any article is read: it would
// leave out articles without a word.
func TestSummarizeArticlesLanguagesRefused(t *testing.T) {
	read := 0
	articles := func(yield func(tokenize.Article, error) bool) {
		read++
		yield(tokenize.Article{Language: "ara", Text: "جملة أولى. جملة ثانية."}, nil)
	}
	s := &summarize.Summarizer{Languages: tokenize.Languages{"ar": true}}
	var errs []error
	for r, err := range s.SummarizeArticles(context.Background(), articles, 1) {
		assert.Zero(t, r)
		errs = append(errs, err)
	}
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], summarize.ErrConfig)
	assert.ErrorContains(t, errs[0], `Languages is "ar"; use ISO 639-3 codes`)
	assert.Zero(t, read, "no article read")
}

// TestSummarizeArticlesCancelledPassingOver ends the context while the
// Summarizer's Languages passes over a long run of pages in another
// language, with none kept to wait on: the sequence ends with the
// context's error there, not once the run is read to its end.
func TestSummarizeArticlesCancelledPassingOver(t *testing.T) {
	const pages = 100_000
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	read := 0
	english := func(yield func(tokenize.Article, error) bool) {
		for read < pages {
			if read++; read == 1_000 {
				cancel()
			}
			if !yield(tokenize.Article{Language: "eng", Text: "A page in English."}, nil) {
				return
			}
		}
	}
	s := &summarize.Summarizer{Languages: tokenize.Languages{"ara": true}}
	var results int
	var last error
	for _, err := range s.SummarizeArticles(ctx, english, 2) {
		if err != nil {
			last = err
			continue
		}
		results++
	}
	assert.Zero(t, results, "no page kept")
	assert.ErrorIs(t, last, context.Canceled, "the context's error ends the sequence")
	assert.Less(t, read, pages, "the run not read to its end")
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, fmt.Errorf("disk full") }

func TestSummarizeJSONLWriteError(t *testing.T) {
	var in strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&in, "{\"id\":\"%d\",\"text\":\"جملة رقم %d.\"}\n", i, i)
	}
	err := (&summarize.Summarizer{}).SummarizeJSONL(context.Background(), strings.NewReader(in.String()), failWriter{}, 4)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "disk full")
}

func BenchmarkSummarizeAll(b *testing.B) {
	texts := batchTexts(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	var s summarize.Summarizer
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(size))
			for b.Loop() {
				s.SummarizeAll(context.Background(), texts, workers)
			}
		})
	}
}

// TestCancelStopsLongWork gives a text that takes a good part of a second
// a deadline of a millisecond: the work must notice and stop with the
// context's error rather than run to the end.
func TestCancelStopsLongWork(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 2.7 MB text")
	}
	text := repeated(readSeed(t), 1000)
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	_, err := (&summarize.Summarizer{}).SummarizeContext(ctx, text)
	assert.ErrorIs(t, err, context.DeadlineExceeded)
}

// endless is n bytes of 'a' without a newline, made as it is read.
type endless struct{ n int }

func (e *endless) Read(p []byte) (int, error) {
	if e.n == 0 {
		return 0, io.EOF
	}
	k := min(len(p), e.n)
	for i := range p[:k] {
		p[i] = 'a'
	}
	e.n -= k
	return k, nil
}

// A record too long to hold a text under MaxBytes gets its error line
// without being read into memory, and the records around it are answered.
func TestSummarizeJSONLLongRecord(t *testing.T) {
	const long = 256 << 20
	in := io.MultiReader(
		strings.NewReader("{\"id\":\"1\",\"text\":\"جملة أولى.\"}\n{\"id\":\"big\",\"text\":\""),
		&endless{long},
		strings.NewReader("\"}\n{\"id\":\"3\",\"text\":\"جملة ثالثة.\"}\n"),
	)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var out bytes.Buffer
	require.NoError(t, (&summarize.Summarizer{MaxBytes: 1 << 20}).SummarizeJSONL(context.Background(), in, &out, 2))
	runtime.ReadMemStats(&after)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(long/4), "the long line is not buffered")

	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	require.Len(t, lines, 3, out.String())
	assert.Contains(t, lines[0], `"summary":"جملة أولى."`)
	assert.Contains(t, lines[1], `"error":"line 2: summarize: text too large`)
	assert.Contains(t, lines[1], "Summarizer.MaxBytes")
	assert.Contains(t, lines[2], `"summary":"جملة ثالثة."`)
}

// Up to the bound, a record whose text is just under MaxBytes is read and
// summarized, escaped as densely as JSON allows.
func TestSummarizeJSONLRecordAtTheBound(t *testing.T) {
	text := strings.Repeat(">", 990) + " جملة."
	b, err := json.Marshal(summarize.Request{ID: "x", Text: text})
	require.NoError(t, err)
	require.Greater(t, len(b), 5*len(text), "every > takes six (\\u003e)")
	var out bytes.Buffer
	require.NoError(t, (&summarize.Summarizer{MaxBytes: len(text)}).SummarizeJSONL(context.Background(), bytes.NewReader(b), &out, 1))
	assert.Contains(t, out.String(), `"summary":"`)
	assert.NotContains(t, out.String(), `"error"`)
}

// A record whose text was written in Windows-1256 reaches the library
// through Go's JSON decoder as replacement characters: its line says so,
// and the records around it are answered.
func TestSummarizeJSONLRecordNotUTF8(t *testing.T) {
	cp, err := charmap.Windows1256.NewEncoder().String("انعقد المؤتمر في القاهرة أمس بحضور وزراء الخارجية العرب.")
	require.NoError(t, err)
	in := "{\"id\":\"1\",\"text\":\"جملة أولى.\"}\n{\"id\":\"cp\",\"text\":\"" + cp + "\"}\n{\"id\":\"3\",\"text\":\"جملة ثالثة.\"}\n"
	var out bytes.Buffer
	require.NoError(t, (&summarize.Summarizer{}).SummarizeJSONL(context.Background(), strings.NewReader(in), &out, 2))
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	require.Len(t, lines, 3, out.String())
	assert.Contains(t, lines[0], `"summary":"جملة أولى."`)
	assert.Contains(t, lines[1], `"error":"line 2: summarize: text is not UTF-8`)
	assert.Contains(t, lines[2], `"summary":"جملة ثالثة."`)
}

// A dump of records ships compressed (.jsonl.gz, .jsonl.bz2, .jsonl.zst):
// SummarizeJSONL reads it decompressed, each record answered as in the
// plain file, where every line of the compressed bytes was a record that
// is no JSON; damage is the reading's error, after the records before it.
func TestSummarizeJSONLCompressed(t *testing.T) {
	bz := readFile(t, "testdata/records.jsonl.bz2")
	plain, err := io.ReadAll(bzip2.NewReader(strings.NewReader(bz)))
	require.NoError(t, err)
	answer := func(in string) (string, error) {
		var out bytes.Buffer
		err := (&summarize.Summarizer{}).SummarizeJSONL(context.Background(), strings.NewReader(in), &out, 2)
		return out.String(), err
	}
	want, err := answer(string(plain))
	require.NoError(t, err)
	require.Equal(t, 40, strings.Count(want, "\n"))
	require.NotContains(t, want, `"error"`)
	for name, in := range map[string]string{"gzip": gzipped(t, string(plain)), "bzip2": bz, "zstd": zstded(t, string(plain))} {
		got, err := answer(in)
		require.NoError(t, err, name)
		assert.Equal(t, want, got, name)
	}
	z := gzipped(t, string(plain))
	got, err := answer(z[:len(z)-8] + "\x00\x01\x02\x03" + z[len(z)-4:])
	require.ErrorIs(t, err, summarize.ErrDocument, "a wrong checksum")
	assert.Equal(t, want, got, "the records before it")
	_, err = answer("\x1f\x8b\x08\xe0" + strings.Repeat("x", 20)) // a header's reserved flags
	require.ErrorIs(t, err, summarize.ErrDocument, "a damaged header")
	got, err = answer(z[:len(z)/2])
	require.NoError(t, err, "cut off in a download")
	assert.Equal(t, want[:strings.LastIndex(got, "\n{")], got[:strings.LastIndex(got, "\n{")], "the records before the cut")
}

func BenchmarkSummarizeArticles(b *testing.B) {
	articles := batchArticles(b)
	size := 0
	for _, a := range articles {
		size += len(a.Title) + len(a.Text)
	}
	var s summarize.Summarizer
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, err := range s.SummarizeArticles(context.Background(), seqOf(articles), workers) {
					require.NoError(b, err)
				}
			}
		})
	}
}

func BenchmarkSummarizeJSONL(b *testing.B) {
	var in strings.Builder
	for i, text := range batchTexts(b) {
		line, err := json.Marshal(summarize.Request{ID: fmt.Sprint(i), Text: text})
		require.NoError(b, err)
		in.Write(line)
		in.WriteByte('\n')
	}
	var s summarize.Summarizer
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(in.Len()))
			for b.Loop() {
				require.NoError(b, s.SummarizeJSONL(context.Background(), strings.NewReader(in.String()), io.Discard, workers))
			}
		})
	}
}
