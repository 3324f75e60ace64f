package summarize_test

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/tokenize"
)

// file is a member of an archive made for a test: a directory when its
// name ends with '/'.
type file struct{ name, body string }

// zipped returns files as a ZIP archive, deflated, as zip(1) and Windows
// write one.
func zipped(t testing.TB, files ...file) string {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, f := range files {
		m, err := w.Create(f.name)
		require.NoError(t, err)
		_, err = m.Write([]byte(f.body))
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	return b.String()
}

// tarred returns files as a tar archive, as tar(1) writes one.
func tarred(t testing.TB, files ...file) string {
	t.Helper()
	var b bytes.Buffer
	w := tar.NewWriter(&b)
	for _, f := range files {
		h := &tar.Header{Name: f.name, Mode: 0o644, Size: int64(len(f.body)), Typeflag: tar.TypeReg}
		if strings.HasSuffix(f.name, "/") {
			h.Typeflag, h.Mode, h.Size = tar.TypeDir, 0o755, 0
		}
		require.NoError(t, w.WriteHeader(h))
		_, err := w.Write([]byte(f.body))
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	return b.String()
}

// Corpora come as a directory of a text file an article, passed on as a
// ZIP archive or a tarball. Articles reads each file in one as it reads a
// file, its name the article's id.
func TestArchiveArticles(t *testing.T) {
	const (
		lead  = "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل."
		other = "افتتح وزير الثقافة معرض الكتاب الدولي اليوم."
	)
	type article = tokenize.Article
	feed := `<rss version="2.0"><channel><item><title>المعرض</title><guid>g1</guid><description>` + other + `</description></item>` +
		`<item><title>الوقود</title><description>` + lead + `</description></item></channel></rss>`
	cp1256, err := charmap.Windows1256.NewEncoder().String(lead)
	require.NoError(t, err)
	tests := []struct {
		name string
		s    summarize.Summarizer
		text string
		want []article
		err  error  // with want nil
		says string // in the error
	}{
		{"a ZIP archive of text files, as a corpus ships: each file an article, its name its id, in order; directories and a Mac's leftovers none",
			summarize.Summarizer{},
			zipped(t, file{"EASC/", ""}, file{"EASC/Topic1/doc1.txt", lead}, file{"__MACOSX/EASC/Topic1/._doc1.txt", "\x00\x05\x16\x07"}, file{"EASC/Topic1/.DS_Store", "\x00\x00\x00\x01Bud1"}, file{"EASC/Topic2/doc2.txt", other}),
			[]article{{Text: lead, ID: "EASC/Topic1/doc1.txt"}, {Text: other, ID: "EASC/Topic2/doc2.txt"}}, nil, ""},
		{"a tarball, gzip'd: a file of several articles gives each its name and its own id, or its place",
			summarize.Summarizer{},
			gzipped(t, tarred(t, file{"news/", ""}, file{"news/a.txt", lead}, file{"news/feed.xml", feed})),
			[]article{{Text: lead, ID: "news/a.txt"}, {Title: "المعرض", Text: other, ID: "news/feed.xml#g1"}, {Title: "الوقود", Text: lead, ID: "news/feed.xml#2"}}, nil, ""},
		{"a file Articles cannot read is its bytes, which Summarize refuses with what it is, the others read",
			summarize.Summarizer{},
			zipped(t, file{"a.txt", lead}, file{"old.txt", cp1256}),
			[]article{{Text: lead, ID: "a.txt"}, {Text: cp1256, ID: "old.txt"}}, nil, ""},
		{"an archive inside an archive is not opened",
			summarize.Summarizer{},
			zipped(t, file{"a.txt", lead}, file{"inner.zip", zipped(t, file{"b.txt", other})}),
			[]article{{Text: lead, ID: "a.txt"}, {Text: zipped(t, file{"b.txt", other}), ID: "inner.zip"}}, nil, ""},
		{"nor one gzip'd inside it",
			summarize.Summarizer{},
			zipped(t, file{"a.txt", lead}, file{"inner.tar.gz", gzipped(t, tarred(t, file{"b.txt", other}))}),
			[]article{{Text: lead, ID: "a.txt"}, {Text: gzipped(t, tarred(t, file{"b.txt", other})), ID: "inner.tar.gz"}}, nil, ""},
		{"an archive of nothing but directories holds no article",
			summarize.Summarizer{}, tarred(t, file{"empty/", ""}),
			nil, summarize.ErrNoSentences, "the archive holds no file"},
		{"files past MaxBytes once inflated are refused, however many",
			summarize.Summarizer{MaxBytes: 2000}, zipped(t, file{"a.txt", strings.Repeat(lead+"\n", 10)}, file{"b.txt", strings.Repeat(lead+"\n", 10)}),
			nil, summarize.ErrTooLarge, "what the archive's files inflate to is past the bound of 2000 bytes"},
		{"a ZIP archive cut off says so",
			summarize.Summarizer{}, zipped(t, file{"a.txt", lead})[:80],
			nil, summarize.ErrDocument, "it opens as a ZIP archive, but the list of its files, at its end, is missing"},
		{"a ZIP archive whose list of files is damaged says so",
			summarize.Summarizer{}, strings.Replace(zipped(t, file{"a.txt", lead}), "PK\x01\x02", "PK\x01\x00", 1),
			nil, summarize.ErrDocument, "the ZIP archive is damaged"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.s.Articles(tt.text)
			if tt.want == nil {
				require.ErrorIs(t, err, tt.err)
				assert.Contains(t, err.Error(), tt.says)
				assert.Empty(t, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

// Check tells an archive of files from text in another encoding, and says
// what reads it.
func TestArchiveSaysWhatToDo(t *testing.T) {
	var s summarize.Summarizer
	for name, text := range map[string]string{
		"ZIP": zipped(t, file{"a.txt", "افتتح وزير الثقافة معرض الكتاب الدولي اليوم."}),
		"tar": tarred(t, file{"a.txt", "افتتح وزير الثقافة معرض الكتاب الدولي اليوم."}),
	} {
		err := s.Check(text)
		require.ErrorIs(t, err, summarize.ErrDocument, name)
		assert.Contains(t, err.Error(), "it is a "+name+" archive of files", name)
		assert.Contains(t, err.Error(), "Summarizer.Articles", name)
	}
}

func TestIsPacked(t *testing.T) {
	for _, tt := range []struct {
		name string
		head string
		want bool
	}{
		{"gzip", gzipped(t, "نص"), true},
		{"bzip2", "BZh91AY&SY\x77\x15", true},
		{"zstd", "\x28\xb5\x2f\xfd\x04\x58", true},
		{"text opening with zstd's first byte", "(نص", false},
		{"a ZIP archive, or a .docx", zipped(t, file{"a.txt", "نص"}), true},
		{"a tar archive", tarred(t, file{"a.txt", "نص"}), true},
		{"text", "افتتح الوزير المعرض.", false},
		{"text opening as bzip2's header", "BZh9 افتتح الوزير المعرض.", false},
		{"nothing", "", false},
	} {
		assert.Equal(t, tt.want, summarize.IsPacked([]byte(tt.head)), tt.name)
	}
}
