package summarize_test

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/summarize"
)

// firstError is the first error of s.ReadArticles(r).
func firstError(s *summarize.Summarizer, r string) error {
	for _, err := range s.ReadArticles(strings.NewReader(r)) {
		if err != nil {
			return err
		}
	}
	return nil
}

// Every refusal for size, wherever the bound is met, is a *SizeError: what
// was refused, its size where it was read, the bound in force, and the
// remedy worded with the name the program gives MaxBytes, so that a program
// can answer with the bound (a server's 413) and name its own setting (a
// flag, a configuration key) in a text it does not rewrite.
func TestSizeError(t *testing.T) {
	const lead = "افتتح وزير الثقافة معرض الكتاب الدولي اليوم"
	long, _ := wetFile(1, strings.Repeat(lead+" ", 10))
	first, _ := wetFile(1, lead)
	longFile := file{"long.txt", strings.Repeat(lead+". ", 10)}
	record := `{"text": "` + strings.Repeat(lead+" ", 100) + `"}` + "\n"
	tests := []struct {
		name   string
		bound  int
		refuse func(s *summarize.Summarizer) error
		what   string // SizeError.What
		size   int64  // SizeError.Size
	}{
		{"a text", 200, func(s *summarize.Summarizer) error {
			_, err := s.Summarize(strings.Repeat(lead+". ", 10))
			return err
		}, "the text", 820},
		{"a compressed file, decompressed", 1000, func(s *summarize.Summarizer) error {
			_, err := s.Articles(gzipped(t, strings.Repeat(lead+"\n", 200)))
			return err
		}, "the file, decompressed,", 0},
		{"a file of a tar", 200, func(s *summarize.Summarizer) error {
			return firstError(s, tarred(t, file{"a.txt", lead + "."}, longFile))
		}, "the file long.txt of the archive", 820},
		{"a file of a ZIP archive", 200, func(s *summarize.Summarizer) error {
			return firstError(s, zipped(t, file{"a.txt", lead + "."}, longFile))
		}, "the file long.txt of the archive", 820},
		{"an archive's files together", 2000, func(s *summarize.Summarizer) error {
			_, err := s.Articles(zipped(t, file{"a.txt", strings.Repeat(lead+"\n", 20)}, file{"b.txt", strings.Repeat(lead+"\n", 20)}))
			return err
		}, "what the archive's files inflate to", 0},
		{"a web archive's page", 200, func(s *summarize.Summarizer) error {
			return firstError(s, first+long)
		}, "the page https://example.com/0", 836},
		{"a wiki's page", 2000, func(s *summarize.Summarizer) error {
			return firstError(s, readFile(t, "testdata/arwiki.xml"))
		}, "the page «" + wikiArticles[0].Title + "» (" + wikiArticles[0].ID + ")", 0},
		{"a JSON document", 2000, func(s *summarize.Summarizer) error {
			return firstError(s, `{"text": "`+lead+`."}`+"\n"+record)
		}, "the JSON document on line 2", 0},
		{"a row of a table", 2000, func(s *summarize.Summarizer) error {
			return firstError(s, "title,text\nا,\""+lead+".\"\nب,\""+strings.Repeat(lead+"\n", 60)+"\"\n")
		}, "the row on line 3", 0},
		{"anything else read from a stream", 200, func(s *summarize.Summarizer) error {
			return firstError(s, strings.Repeat(lead+".\n", 10))
		}, "the file", 0},
		{"anything else compressed, read from a stream", 200, func(s *summarize.Summarizer) error {
			return firstError(s, gzipped(t, strings.Repeat(lead+".\n", 10)))
		}, "the file, decompressed,", 0},
		{"a record of JSON Lines, answered", 200, func(s *summarize.Summarizer) error {
			_, err := s.Answer(context.Background(), summarize.Request{Text: strings.Repeat(lead+". ", 10)})
			return err
		}, "the text", 820},
	}
	for _, tt := range tests {
		for _, setting := range []string{"", "max_bytes"} {
			t.Run(tt.name+"/"+cmp.Or(setting, "unnamed"), func(t *testing.T) {
				s := summarize.Summarizer{MaxBytes: tt.bound, MaxBytesName: setting}
				err := tt.refuse(&s)
				require.ErrorIs(t, err, summarize.ErrTooLarge)
				var e *summarize.SizeError
				require.ErrorAs(t, err, &e)
				assert.Equal(t, tt.what, e.What)
				assert.Equal(t, tt.size, e.Size)
				assert.Equal(t, tt.bound, e.Limit)
				assert.Equal(t, setting, e.Setting)
				raise := "(raise " + cmp.Or(setting, "Summarizer.MaxBytes")
				assert.Contains(t, err.Error(), tt.what+" is ")
				assert.Contains(t, err.Error(), raise)
				assert.Equal(t, 1, strings.Count(err.Error(), "MaxBytes")+strings.Count(err.Error(), "max_bytes"), "the setting named once: %v", err)
			})
		}
	}
}

// A record of JSON Lines too long to hold a text within the bound is
// answered with the bound as the program names it.
func TestSizeErrorJSONL(t *testing.T) {
	const lead = "افتتح وزير الثقافة معرض الكتاب الدولي اليوم"
	in := `{"text": "` + lead + `."}` + "\n" + `{"text": "` + strings.Repeat(lead+" ", 200) + `"}` + "\n"
	for _, setting := range []string{"", "max_bytes"} {
		var out bytes.Buffer
		s := summarize.Summarizer{MaxBytes: 100, MaxBytesName: setting}
		require.NoError(t, s.SummarizeJSONL(context.Background(), strings.NewReader(in), &out, 1))
		lines := strings.Split(strings.TrimSpace(out.String()), "\n")
		require.Len(t, lines, 2)
		var r summarize.Response
		require.NoError(t, json.Unmarshal([]byte(lines[1]), &r))
		assert.Equal(t, "line 2: summarize: text too large: the record, longer than 4696 bytes, is past the bound of 100 bytes (raise "+cmp.Or(setting, "Summarizer.MaxBytes")+", or split the text)", r.Error)
	}
}

// A SizeError words its remedy by its Setting, and a program can make one
// of its own (a stream read past the bound) that reads as the library's.
func TestSizeErrorText(t *testing.T) {
	tests := []struct {
		name string
		err  summarize.SizeError
		want string
	}{
		{"with a size", summarize.SizeError{What: "the text", Size: 820, Limit: 200, Fix: "split it"},
			"summarize: text too large: the text is 820 bytes, past the bound of 200 (raise Summarizer.MaxBytes, or split it)"},
		{"past the bound, no further read", summarize.SizeError{What: "standard input", Limit: 200, Setting: "-max-bytes", Fix: "split it"},
			"summarize: text too large: standard input is past the bound of 200 bytes (raise -max-bytes, or split it)"},
		{"no other remedy", summarize.SizeError{What: "the page p", Size: 900, Limit: 200},
			"summarize: text too large: the page p is 900 bytes, past the bound of 200 (raise Summarizer.MaxBytes)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.err.Error())
			assert.True(t, errors.Is(&tt.err, summarize.ErrTooLarge))
			assert.False(t, errors.Is(&tt.err, summarize.ErrDocument))
		})
	}
}

// Compressed data that is damaged is named by its compression and by how
// far it was read, with the remedy: a whole copy.
func TestDamageSaysWhatToDo(t *testing.T) {
	const lead = "افتتح وزير الثقافة معرض الكتاب الدولي اليوم"
	var records strings.Builder
	for range 300 {
		records.WriteString(`{"title": "المعرض", "text": "` + lead + `."}` + "\n")
	}
	badSum := func(z string) string { return z[:len(z)-8] + "\x00\x01\x02\x03" + z[len(z)-4:] }
	tests := []struct {
		name   string
		refuse func() error
		where  string
	}{
		{"a compressed text, damaged from its start", func() error {
			z := gzipped(t, strings.Repeat(lead+".\n", 50))
			_, err := (&summarize.Summarizer{}).Articles(z[:10] + "\xff\xff\xff\xff" + z[14:])
			return err
		}, "its gzip data is damaged ("},
		{"a dump of records, read a record at a time", func() error {
			return firstError(&summarize.Summarizer{MaxBytes: 4096}, badSum(gzipped(t, records.String())))
		}, "its gzip data is damaged after 300 articles ("},
		{"a tarball, damaged halfway", func() error {
			var files []file
			for k := range 300 {
				files = append(files, file{strconv.Itoa(k) + ".txt", lead + " " + strconv.Itoa(k) + "."})
			}
			z := gzipped(t, tarred(t, files...))
			return firstError(&summarize.Summarizer{MaxBytes: 4096}, z[:len(z)/2]+"\x00\x01\x02"+z[len(z)/2+3:])
		}, "damaged after "}, // the damage decodes as a tar header, or fails gzip's checksum
		{"JSON Lines to answer", func() error {
			return (&summarize.Summarizer{}).SummarizeJSONL(context.Background(), strings.NewReader(badSum(gzipped(t, records.String()))), &bytes.Buffer{}, 1)
		}, "its gzip data is damaged on line 301 ("},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.refuse()
			require.ErrorIs(t, err, summarize.ErrDocument)
			assert.Contains(t, err.Error(), tt.where)
			assert.True(t, strings.HasSuffix(err.Error(), "); copy or download the file again"), err.Error())
		})
	}
}
