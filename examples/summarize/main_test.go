package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/klauspost/compress/zstd"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/evaluate"
)

func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// packed returns text compressed by a writer that compress makes.
func packed(t *testing.T, compress func(io.Writer) (io.WriteCloser, error), text string) []byte {
	t.Helper()
	var b bytes.Buffer
	w, err := compress(&b)
	require.NoError(t, err)
	_, err = w.Write([]byte(text))
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return b.Bytes()
}

func gzipWriter(w io.Writer) (io.WriteCloser, error) { return gzip.NewWriter(w), nil }

func zstdWriter(w io.Writer) (io.WriteCloser, error) { return zstd.NewWriter(w) }

// printedJSON returns the summaries the command printed with -json, each
// with its article's id and language.
// summariesOf runs the command with args on file (none: on stdin), which
// must succeed, and returns the summaries it prints with -json.
func summariesOf(t *testing.T, stdin, file string, args ...string) []identified {
	t.Helper()
	if file != "" {
		args = append(args, file)
	}
	code, out, errOut := runCLI(t, stdin, args...)
	require.Equal(t, 0, code, errOut)
	return printedJSON(t, out)
}

func printedJSON(t *testing.T, out string) []identified {
	t.Helper()
	var sums []identified
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var got identified
		require.NoError(t, dec.Decode(&got))
		sums = append(sums, got)
	}
	return sums
}

func TestCLI(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	require.NoError(t, os.WriteFile(good, []byte("عنوان\nالجملة الأولى عن النفط. الجملة الثانية عن النفط والغاز."), 0o644))
	empty := filepath.Join(dir, "empty.txt")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))

	tests := []struct {
		name       string
		stdin      string
		args       []string
		code       int
		out, inErr string
	}{
		{"stdin", "جملة أولى. جملة ثانية.", nil, 0, "جملة أولى. جملة ثانية.\n", ""},
		{"file", "", []string{"-sentences", "1", good}, 0, "الجملة الأولى عن النفط.\n", ""},
		{"missing file goes on", "", []string{"-sentences", "1", filepath.Join(dir, "nope.txt"), good}, 1, "الجملة الأولى عن النفط.\n", "nope.txt"},
		{"empty file", "", []string{empty}, 1, "", "empty.txt: no sentences in text"},
		{"fill", "جملة أولى قصيرة. وجملة ثانية أطول منها بكثير في هذا النص.", []string{"-method", "lead", "-words", "4", "-fill"}, 0, "جملة أولى قصيرة. وجملة ثانية أطول منها بكثير في هذا النص.\n", ""},
		{"no fill", "جملة أولى قصيرة. وجملة ثانية أطول منها بكثير في هذا النص.", []string{"-method", "lead", "-words", "4"}, 0, "جملة أولى قصيرة.\n", ""},
		{"bad flag", "", []string{"-nope"}, 2, "", "usage"},
		{"bad ratio, named by its flag", "", []string{"-ratio", "2"}, 2, "", "summarize: -ratio is 2; use 0 for none or a fraction in (0, 1]\n"},
		{"bad count of sentences, named by its flag", "", []string{"-sentences", "-1"}, 2, "", "summarize: -sentences is -1; use 0 for the default or a positive count\n"},
		{"bad method", "", []string{"-method", "x"}, 2, "", "unknown -method"},
		{"a language for records that name none", `{"id":"1","text":"جملة أولى. جملة ثانية."}` + "\n", []string{"-jsonl", "-language", "ar"}, 2, "", "summarize: -language keeps articles by the language their file names, and -jsonl's records name none, each answered in its line: leave out -jsonl to read JSON Lines as articles, their \"lang\" or \"language\" read\n"},
		{"a flag after a file", "", []string{good, "-words", "30"}, 2, "", "summarize: -words comes after a file name, where it would be read as one: put the flags before the files: summarize [flags] FILE ...\n"},
		{"a flag with its value after a file", "", []string{"-sentences", "1", good, "--fill"}, 2, "", "summarize: --fill comes after a file name"},
		{"a misspelt flag after a file", "", []string{good, "-wrods", "30"}, 2, "", "summarize: -wrods comes after a file name"},
		{"after --, a name is a file's", "", []string{"--", "-nope"}, 1, "", "-nope: no such file"},
		{"workers past any machine's cores", "جملة أولى. جملة ثانية.", []string{"-workers", "9223372036854775807"}, 0, "جملة أولى. جملة ثانية.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.stdin, tt.args...)
			assert.Equal(t, tt.code, code, errOut)
			assert.Equal(t, tt.out, out)
			assert.Contains(t, errOut, tt.inErr)
			assert.NotContains(t, errOut, ": summarize:", "the program's name once, not again from the package's errors")
		})
	}
}

func TestCLIJSON(t *testing.T) {
	text := "جملة أولى عن النفط. جملة ثانية."
	code, out, _ := runCLI(t, text, "-json", "-sentences", "1")
	require.Equal(t, 0, code)
	var got struct {
		Sentences []struct {
			Text       string
			Start, End int
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	require.Len(t, got.Sentences, 1)
	s := got.Sentences[0]
	assert.Equal(t, text[s.Start:s.End], s.Text)
}

func TestCLIJSONL(t *testing.T) {
	// A record of 360 KB, one line: 40,000 words without punctuation, cut
	// into pieces that repeat one another, then a sentence of its own.
	long := strings.Repeat("كلمة ", 40000) + ". ختام السجل عن النفط."
	in := strings.Join([]string{
		`{"id":"a","text":"الأولى عن النفط. الثانية عن الغاز. الثالثة عن النفط والغاز."}`,
		`not json`,
		``,
		`{"id":"b","text":"الأولى عن النفط. الثانية عن الغاز. الثالثة عن النفط والغاز.","sentences":1}`,
		`{"id":"c","text":""}`,
		`{"id":"long","text":"` + long + `"}`,
	}, "\n")
	code, out, errOut := runCLI(t, in, "-jsonl", "-sentences", "2")
	require.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 5)
	type resp struct {
		ID        string
		Summary   string
		Sentences []json.RawMessage
		Error     string
	}
	var rs []resp
	for _, l := range lines {
		var r resp
		require.NoError(t, json.Unmarshal([]byte(l), &r), l)
		rs = append(rs, r)
	}
	assert.Equal(t, "a", rs[0].ID)
	assert.Len(t, rs[0].Sentences, 2, "the flag applies")
	assert.Contains(t, rs[1].Error, "line 2")
	assert.Equal(t, "b", rs[2].ID)
	assert.Len(t, rs[2].Sentences, 1, "the record overrides the flag")
	assert.Equal(t, "c", rs[3].ID)
	assert.Contains(t, rs[3].Error, "no sentences")
	assert.Equal(t, "long", rs[4].ID)
	assert.Empty(t, rs[4].Error)
	require.Len(t, rs[4].Sentences, 2)
	assert.True(t, strings.HasSuffix(rs[4].Summary, " ختام السجل عن النفط."), "the record is read to its end: %q", rs[4].Summary)
	assert.Less(t, len(rs[4].Summary), 400, "one piece of the long run, not the run")
}

func TestCLIDirectoryAndBadFiles(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.txt":       "الخبر الأول عن النفط.",
		"b-empty.txt": "",
		"c-bytes.txt": "\xff\xfe\x00\x00",
		"d.txt":       "الخبر الرابع عن الغاز.",
		"e-1256.txt":  "\xc7\xe1\xce\xc8\xd1 \xc7\xe1\xce\xc7\xe3\xd3.", // «الخبر الخامس.» in Windows-1256
	} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	require.NoError(t, os.Mkdir(filepath.Join(dir, "sub"), 0o755))

	code, out, errOut := runCLI(t, "", dir, filepath.Join(dir, "missing.txt"))
	assert.Equal(t, 1, code)
	assert.Equal(t, "الخبر الأول عن النفط.\nالخبر الرابع عن الغاز.\n", out, "the good files, in name order")
	assert.Contains(t, errOut, "b-empty.txt: no sentences in text")
	assert.Contains(t, errOut, "c-bytes.txt: text is not UTF-8")
	assert.Contains(t, errOut, "e-1256.txt: text is not UTF-8")
	assert.Contains(t, errOut, "-encoding windows-1256", "how to read it")
	assert.Contains(t, errOut, "iconv -f UTF-8 -t LATIN1", "how to undo UTF-8 read as Latin-1")
	assert.Contains(t, errOut, "iconv -f UTF-8 -t WINDOWS-1256", "how to undo UTF-8 read as Windows-1256")
	assert.Contains(t, errOut, "missing.txt:")
	assert.NotContains(t, errOut, "sub", "subdirectories are not read")

	// A file that opens but cannot be read.
	if f, err := os.Open("/proc/self/mem"); err == nil {
		_, rerr := f.Read(make([]byte, 1))
		f.Close()
		if rerr != nil {
			code, out, errOut := runCLI(t, "", "/proc/self/mem", filepath.Join(dir, "a.txt"))
			assert.Equal(t, 1, code)
			assert.Contains(t, errOut, "/proc/self/mem:")
			assert.Equal(t, "الخبر الأول عن النفط.\n", out)
		}
	}
}

func TestCLIStdinClosedEarly(t *testing.T) {
	// The producer stopped in the middle of the second record.
	in := `{"id":"1","text":"الخبر الأول عن النفط."}` + "\n" + `{"id":"2","text":"الخبر الثا`
	code, out, errOut := runCLI(t, in, "-jsonl")
	assert.Equal(t, 0, code, errOut)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2)
	assert.Contains(t, lines[0], `"summary":"الخبر الأول عن النفط."`)
	assert.Contains(t, lines[1], `"error":"line 2:`)

	code, out, _ = runCLI(t, "الخبر الأول عن النفط. والثا", "-sentences", "1")
	assert.Equal(t, 0, code)
	assert.Equal(t, "الخبر الأول عن النفط.\n", out)
}

// infinite never ends: a CLI that read all of its input before checking
// its size would never return.
type infinite struct{}

var letters = bytes.Repeat([]byte{'a'}, 64<<10)

func (infinite) Read(p []byte) (int, error) {
	return copy(p, letters), nil
}

// A stream is read in chunks: its text comes back whole at every size
// around the chunk boundaries, and the bound holds to the byte.
func TestReadAllStream(t *testing.T) {
	const chunk = 64 << 10 // the first chunk
	tests := []struct {
		name  string
		size  int
		limit int
		ok    bool
	}{
		{"empty", 0, 100, true},
		{"short", 10, 100, true},
		{"at the limit", 100, 100, true},
		{"one past the limit", 101, 100, false},
		{"a whole first chunk", chunk, -1, true},
		{"one past the first chunk", chunk + 1, -1, true},
		{"three chunks and a bit", 7*chunk + 3, -1, true},
		{"at a limit past the first chunk", 3*chunk + 5, 3*chunk + 5, true},
		{"one past a limit past the first chunk", 3*chunk + 6, 3*chunk + 5, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := make([]byte, tt.size)
			for i := range text {
				text[i] = byte('a' + i%26)
			}
			// OneByteReader: short reads must not end a chunk early.
			got, err := readAll(iotest.OneByteReader(bytes.NewReader(text)), tt.limit, maxBytesFlag)
			if !tt.ok {
				require.ErrorIs(t, err, summarize.ErrTooLarge)
				assert.Contains(t, err.Error(), fmt.Sprintf("the input is past the bound of %d bytes", tt.limit))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, string(text), got)
		})
	}
	// A regular file is read whole into its first chunk, at the limit too.
	for _, size := range []int{0, 10, chunk + 3} {
		t.Run(fmt.Sprintf("a file of %d bytes at the limit", size), func(t *testing.T) {
			text := strings.Repeat("x", size)
			path := filepath.Join(t.TempDir(), "f.txt")
			require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
			f, err := os.Open(path)
			require.NoError(t, err)
			defer f.Close()
			got, err := readAll(f, size, maxBytesFlag)
			require.NoError(t, err)
			assert.Equal(t, text, got)
		})
	}
	t.Run("a read error is returned", func(t *testing.T) {
		_, err := readAll(iotest.ErrReader(io.ErrClosedPipe), 100, maxBytesFlag)
		assert.ErrorIs(t, err, io.ErrClosedPipe)
	})
}

func TestCLIMaxBytes(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.txt")
	text := strings.Repeat("جملة عن النفط. ", 20)
	require.NoError(t, os.WriteFile(big, []byte(text), 0o644))
	// A tarball of a file past the bound between two within it.
	var tarball bytes.Buffer
	tw := tar.NewWriter(&tarball)
	for _, f := range []struct{ name, text string }{{"a.txt", "افتتح الوزير المعرض اليوم."}, {"big.txt", text}, {"c.txt", "وقال إن المعرض يضم ألف ناشر."}} {
		require.NoError(t, tw.WriteHeader(&tar.Header{Name: f.name, Mode: 0o644, Size: int64(len(f.text)), Typeflag: tar.TypeReg}))
		_, err := tw.Write([]byte(f.text))
		require.NoError(t, err)
	}
	require.NoError(t, tw.Close())
	tarred := filepath.Join(t.TempDir(), "corpus.tar")
	require.NoError(t, os.WriteFile(tarred, tarball.Bytes(), 0o644))
	tests := []struct {
		name   string
		stdin  io.Reader
		args   []string
		code   int
		inErr  string
		outHas string
	}{
		{"file over the limit", nil, []string{"-max-bytes", "100", big}, 1, fmt.Sprintf("big.txt: text too large: the file is %d bytes, past the bound of 100 (raise -max-bytes, or split it)", len(text)), ""},
		{"file under a raised limit", nil, []string{"-max-bytes", "100000", big}, 0, "", "جملة عن النفط."},
		{"no bound", nil, []string{"-max-bytes", "-1", big}, 0, "", "جملة عن النفط."},
		{"endless stdin", infinite{}, []string{"-max-bytes", "1000"}, 1, "summarize: stdin: text too large: the input is past the bound of 1000 bytes (raise -max-bytes, or split it)", ""},
		{"endless stdin, default limit", infinite{}, nil, 1, "the input is past the bound of 67108864 bytes", ""},
		{"jsonl: the record's own error line, which names the flag", strings.NewReader(`{"id":"1","text":"` + text + `"}` + "\n"), []string{"-jsonl", "-max-bytes", "100"}, 0, "", "text too large: the text is " + strconv.Itoa(len(text)) + " bytes, past the bound of 100 (raise -max-bytes, or split it)"},
		{"a tarball's file over the limit: named, and the others summarized", nil, []string{"-max-bytes", "100", tarred}, 1,
			"corpus.tar: article 2 of 3: text too large: the file big.txt of the archive is " + strconv.Itoa(len(text)) + " bytes, past the bound of 100 (raise -max-bytes", "وقال إن المعرض يضم ألف ناشر."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdin := tt.stdin
			if stdin == nil {
				stdin = strings.NewReader("")
			}
			var out, errOut bytes.Buffer
			assert.Equal(t, tt.code, run(tt.args, stdin, &out, &errOut), errOut.String())
			assert.Contains(t, errOut.String(), tt.inErr)
			assert.NotContains(t, errOut.String(), ": summarize:", "the program's name once, not again from the package's errors")
			assert.Contains(t, out.String(), tt.outHas)
			assert.NotContains(t, out.String()+errOut.String(), "Summarizer.MaxBytes", "the flag, not the library's field")
		})
	}
}

// -encoding decodes files from an older archive or from Windows Notepad
// before they are summarized, in either mode; the summary comes in UTF-8.
func TestCLIEncoding(t *testing.T) {
	const text = "افتتح الوزير معرض الكتاب في عمان. وشارك فيه ثلاثمئة ناشر."
	dir := t.TempDir()
	write := func(name string, e encoding.Encoding, s string) string { return writeEncoded(t, dir, name, e, s) }
	cp := write("1256.txt", charmap.Windows1256, text)
	iso := write("iso.txt", charmap.ISO8859_6, text)
	bom := write("bom.txt", unicode.UTF16(unicode.BigEndian, unicode.UseBOM), text)
	le := write("le.txt", unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), text)
	records := write("records.jsonl", charmap.Windows1256, `{"id":"1","text":"`+text+`"}`+"\n")

	tests := []struct {
		name string
		args []string
	}{
		{"Windows-1256", []string{"-encoding", "windows-1256", cp}},
		{"its other name, in capitals", []string{"-encoding", "CP1256", cp}},
		{"ISO-8859-6", []string{"-encoding", "iso-8859-6", iso}},
		{"UTF-16 with a byte order mark, big-endian", []string{"-encoding", "utf-16", bom}},
		{"UTF-16 without one, little-endian", []string{"-encoding", "utf-16", le}},
		{"UTF-16LE", []string{"-encoding", "utf-16le", le}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", tt.args...)
			assert.Equal(t, 0, code, errOut)
			assert.Equal(t, text+"\n", out)
		})
	}

	code, out, errOut := runCLI(t, "", "-encoding", "windows-1256", "-jsonl", records)
	assert.Equal(t, 0, code, errOut)
	var got summarize.Response
	require.NoError(t, json.Unmarshal([]byte(out), &got), out)
	assert.Equal(t, text, got.Summary, "JSON Lines in Windows-1256")

	code, _, errOut = runCLI(t, "", "-encoding", "ebcdic", cp)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `unknown -encoding "ebcdic"`)
	assert.Contains(t, errOut, "windows-1256", "names the ones it knows")

	code, _, errOut = runCLI(t, "", cp)
	assert.Equal(t, 1, code, "without -encoding the file is refused")
	assert.Contains(t, errOut, "-encoding windows-1256", "and the error names the flag")

	// A page saved from an older Arabic site declares its encoding: read
	// without -encoding, it is decoded as declared; with -encoding utf-8,
	// it is refused.
	page := write("page.html", charmap.Windows1256, `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>`+text+"</p></body></html>")
	code, out, errOut = runCLI(t, "", page)
	assert.Equal(t, 0, code, errOut)
	assert.Equal(t, text+"\n", out, "decoded as the page declares")
	code, _, errOut = runCLI(t, "", "-encoding", "utf-8", page)
	assert.Equal(t, 1, code, "UTF-8 asked for")
	assert.Contains(t, errOut, "the page declares charset windows-1256")
	// One that declares UTF-8 but is not, or an encoding -encoding does not
	// know, is refused as before.
	liar := write("liar.html", charmap.Windows1256, `<meta charset="utf-8"><p>`+text+"</p>")
	code, _, _ = runCLI(t, "", liar)
	assert.Equal(t, 1, code, "declares UTF-8")
}

// Subtitles are summarized as their spoken text, whose sentences run
// across cues; in -jsonl mode, a record of subtitles gets the library's
// error, which says what to do.
func TestCLISubtitles(t *testing.T) {
	const srt = "1\r\n00:00:01,000 --> 00:00:04,200\r\nرفعت الحكومة أسعار الوقود في العاصمة\r\n\r\n" +
		"2\r\n00:00:04,300 --> 00:00:08,900\r\nاليوم بنسبة عشرة في المئة بعد اجتماع طويل.\r\n\r\n" +
		"3\r\n00:00:09,000 --> 00:00:13,500\r\nوقال وزير المالية إن القرار يهدف\r\nإلى خفض العجز في الموازنة.\r\n"
	const lead = "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل."
	path := filepath.Join(t.TempDir(), "news.srt")
	require.NoError(t, os.WriteFile(path, []byte(srt), 0o644))

	code, out, errOut := runCLI(t, "", "-sentences", "1", path)
	assert.Equal(t, 0, code, errOut)
	assert.Equal(t, lead+"\n", out)

	code, out, errOut = runCLI(t, "", "-json", "-sentences", "1", path)
	require.Equal(t, 0, code, errOut)
	var got summarize.Summary
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	require.Len(t, got.Sentences, 1)
	assert.Equal(t, lead, got.Sentences[0].Text)
	assert.Equal(t, 0, got.Sentences[0].Start, "offsets into the spoken text")

	// TTML, ASS, SAMI, json3 and a transcript's JSON the same: the spoken
	// text is summarized.
	ttml := `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<tt xmlns="http://www.w3.org/ns/ttml" xml:lang="ar"><head><metadata><ttm:title>نشرة</ttm:title></metadata></head><body><div>` +
		`<p begin="00:00:01.000" end="00:00:04.200">رفعت الحكومة أسعار الوقود في العاصمة<br/>اليوم بنسبة عشرة في المئة بعد اجتماع طويل.</p>` +
		`<p begin="00:00:04.300" end="00:00:08.900">وقال وزير المالية إن القرار يهدف<br/>إلى خفض العجز في الموازنة.</p></div></body></tt>`
	ass := "[Script Info]\r\nTitle: نشرة\r\n\r\n[Events]\r\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\r\n" +
		"Dialogue: 0,0:00:01.00,0:00:04.20,Default,,0,0,0,,{\\an8}رفعت الحكومة أسعار الوقود في العاصمة\\Nاليوم بنسبة عشرة في المئة بعد اجتماع طويل.\r\n" +
		"Dialogue: 0,0:00:04.30,0:00:08.90,Default,,0,0,0,,وقال وزير المالية إن القرار يهدف\\Nإلى خفض العجز في الموازنة.\r\n"
	sami := "<SAMI>\r\n<HEAD><TITLE>نشرة</TITLE></HEAD>\r\n<BODY>\r\n" +
		"<SYNC Start=1000><P Class=ARSA>رفعت الحكومة أسعار الوقود في العاصمة<BR>اليوم بنسبة عشرة في المئة بعد اجتماع طويل.\r\n" +
		"<SYNC Start=4200><P Class=ARSA>&nbsp;\r\n" +
		"<SYNC Start=4300><P Class=ARSA>وقال وزير المالية إن القرار يهدف<BR>إلى خفض العجز في الموازنة.\r\n</BODY>\r\n</SAMI>\r\n"
	json3 := `{"wireMagic":"pb3","events":[{"tStartMs":0,"dDurationMs":9000,"id":1,"wpWinPosId":1,"wsWinStyleId":1},` +
		`{"tStartMs":1000,"wWinId":1,"segs":[{"utf8":"رفعت الحكومة أسعار الوقود في العاصمة\nاليوم بنسبة عشرة في المئة بعد اجتماع طويل."}]},` +
		`{"tStartMs":4300,"wWinId":1,"segs":[{"utf8":"وقال وزير المالية إن القرار يهدف"},{"utf8":"\nإلى خفض العجز في الموازنة."}]}]}`
	transcript := `[{"text": "رفعت الحكومة أسعار الوقود في العاصمة\nاليوم بنسبة عشرة في المئة بعد اجتماع طويل.", "start": 1.0, "duration": 3.2}, ` +
		`{"text": "وقال وزير المالية إن القرار يهدف\nإلى خفض العجز في الموازنة.", "start": 4.3, "duration": 4.6}]`
	for name, file := range map[string]string{"news.ttml": ttml, "news.ass": ass, "news.smi": sami, "news.ar.json3": json3, "transcript.json": transcript} {
		p := filepath.Join(t.TempDir(), name)
		require.NoError(t, os.WriteFile(p, []byte(file), 0o644))
		code, out, errOut := runCLI(t, "", "-sentences", "1", p)
		assert.Equal(t, 0, code, errOut)
		assert.Equal(t, lead+"\n", out, name)
	}

	record, err := json.Marshal(map[string]string{"id": "1", "text": srt})
	require.NoError(t, err)
	code, out, errOut = runCLI(t, string(record)+"\n", "-jsonl")
	assert.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `summarize: text is subtitles`)
	assert.Contains(t, out, "tokenize.Subtitles")
}

// A JSON file (an API's answer, a scraper's record) is summarized as the
// articles it holds, each with its headline as the title, in order.
func TestCLIMail(t *testing.T) {
	const lead = "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل."
	const second = "وقال وزير المالية إن القرار يهدف إلى خفض العجز في الموازنة."
	msg := "From: press@example.org\r\nTo: newsroom@example.com\r\nSubject: " + mime.BEncoding.Encode("utf-8", "Fwd: الحكومة ترفع أسعار الوقود") +
		"\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		base64.StdEncoding.EncodeToString([]byte(lead+"\n"+second)) + "\r\n"
	path := filepath.Join(t.TempDir(), "release.eml")
	require.NoError(t, os.WriteFile(path, []byte(msg), 0o644))

	code, out, errOut := runCLI(t, "", "-json", "-sentences", "1", path)
	require.Equal(t, 0, code, errOut)
	var got summarize.Summary
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, "الحكومة ترفع أسعار الوقود", got.Title, "the subject, without «Fwd:»")
	require.Len(t, got.Sentences, 1)
	assert.Equal(t, lead, got.Sentences[0].Text, "the message's text, out of its base64")
}

// A table of articles in CSV, as a scraper or a dataset of news gives it,
// is summarized a row at a time, each with its title and id; before, the
// table was one text, its header the title.
func TestCLICSV(t *testing.T) {
	const lead = "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل."
	const second = "وقال وزير المالية إن القرار يهدف إلى خفض العجز في الموازنة."
	const other = "افتتح وزير الثقافة معرض الكتاب في العاصمة بمشاركة ألف ناشر."
	table := filepath.Join(t.TempDir(), "news.csv")
	require.NoError(t, os.WriteFile(table, []byte(",id,title,text\n0,a1,الوقود,\""+lead+"\n"+second+"\"\n1,a2,المعرض,"+other+"\n"), 0o644))
	code, out, errOut := runCLI(t, "", "-json", "-sentences", "1", table)
	require.Equal(t, 0, code, errOut)
	got := printedJSON(t, out)
	require.Len(t, got, 2)
	assert.Equal(t, []string{"a1", "الوقود", lead}, []string{got[0].ID, got[0].Title, got[0].Sentences[0].Text})
	assert.Equal(t, []string{"a2", "المعرض", other}, []string{got[1].ID, got[1].Title, got[1].Sentences[0].Text})

	// A spreadsheet, its sheet read as a table.
	code, out, errOut = runCLI(t, "", "-json", "-sentences", "1", filepath.Join("..", "..", "summarize", "testdata", "news.xlsx"))
	require.Equal(t, 0, code, errOut)
	got = printedJSON(t, out)
	require.Len(t, got, 2)
	assert.Equal(t, []string{"1", "الوقود", "2", "المعرض"}, []string{got[0].ID, got[0].Title, got[1].ID, got[1].Title})

	// The same as LibreOffice Calc saves it: read as an archive of files,
	// its content.xml was summarized as markup and its mimetype refused.
	// Its second sheet's text, without a title or an id, comes third.
	got = summariesOf(t, "", filepath.Join("..", "..", "summarize", "testdata", "news.ods"), "-json", "-sentences", "1")
	require.Len(t, got, 3)
	assert.Equal(t, []string{"1", "الوقود", "2", "المعرض"}, []string{got[0].ID, got[0].Title, got[1].ID, got[1].Title})
	assert.Equal(t, "نص من الورقة الثانية.", got[2].Sentences[0].Text)
	assert.Equal(t, "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة.", got[0].Sentences[0].Text)

	// Past -max-bytes, a row at a time: a file, gzip'd, and from a pipe.
	var b strings.Builder
	b.WriteString("id,title,text\n")
	for k := range 40 {
		fmt.Fprintf(&b, "%d,الوقود,\"%s\n%s %d.\"\n", k, lead, second, k)
	}
	require.Greater(t, b.Len(), 3*2000)
	big := filepath.Join(t.TempDir(), "big.csv")
	require.NoError(t, os.WriteFile(big, []byte(b.String()), 0o644))
	require.NoError(t, os.WriteFile(big+".gz", packed(t, gzipWriter, b.String()), 0o644))
	for _, tt := range []struct{ name, stdin, file string }{{"a file", "", big}, {"gzip'd", "", big + ".gz"}, {"a pipe", b.String(), ""}} {
		t.Run(tt.name, func(t *testing.T) {
			got := summariesOf(t, tt.stdin, tt.file, "-json", "-max-bytes", "2000")
			require.Len(t, got, 40)
			assert.Equal(t, "39", got[39].ID)
		})
	}
}

// A wiki's dump, as Wikipedia and Wikinews ship them in bzip2, is
// summarized an article at a time, each with its title and page id: the
// command printed one summary of markup for the whole file.
func TestCLIWikiDump(t *testing.T) {
	dump := filepath.Join("..", "..", "summarize", "testdata", "arwiki.xml")
	raw, err := os.ReadFile(dump)
	require.NoError(t, err)
	require.Greater(t, len(raw), 2*4096)
	for _, tt := range []struct{ name, stdin, file string }{
		{"the dump", "", dump},
		{"in bzip2, past -max-bytes", "", dump + ".bz2"},
		{"from a pipe, past -max-bytes", string(raw), ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := summariesOf(t, tt.stdin, tt.file, "-json", "-sentences", "1", "-max-bytes", "4096")
			require.Len(t, got, 3)
			var ids, titles, leads []string
			for _, g := range got {
				require.Len(t, g.Sentences, 1)
				ids, titles, leads = append(ids, g.ID), append(titles, g.Title), append(leads, g.Sentences[0].Text)
			}
			assert.Equal(t, []string{"1201", "1205", "1206"}, ids)
			assert.Equal(t, []string{"المنصورة", "افتتاح معرض الكتاب في القاهرة بمشاركة ثلاثين دولة", "نجيب محفوظ"}, titles)
			assert.Equal(t, []string{
				"المنصورة مدينة مصرية تقع على الضفة الشرقية لفرع دمياط من نهر النيل، وهي عاصمة محافظة الدقهلية.",
				"القاهرة — افتتح رئيس الوزراء اليوم الدورة الخامسة والخمسين من معرض القاهرة الدولي للكتاب، بمشاركة أكثر من ألف ناشر من ثلاثين دولة.",
				"نجيب محفوظ (11 ديسمبر 1911 – 30 أغسطس 2006) روائي مصري، وهو أول كاتب عربي يحصل على جائزة نوبل في الأدب عام 1988.",
			}, leads)
		})
	}
}

// A page's wikitext (MediaWiki's action=raw, saved from the edit box) is
// summarized as its reader sees it, from a file and from a pipe: the
// command printed the name in its bold's apostrophes and «[[روائي]]
// [[مصر]]ي».
func TestCLIWikitext(t *testing.T) {
	const markup = "{{معلومات كاتب\n| الاسم = نجيب محفوظ\n}}\n'''نجيب محفوظ''' [[روائي]] [[مصر]]ي، وهو أول كاتب عربي يحصل على [[جائزة نوبل في الأدب]] عام [[1988]].<ref>مرجع.</ref>\n\n== حياته ==\nولد في حي [[الجمالية]] بالقاهرة."
	const lead = "نجيب محفوظ روائي مصري، وهو أول كاتب عربي يحصل على جائزة نوبل في الأدب عام 1988."
	path := filepath.Join(t.TempDir(), "page.wiki")
	require.NoError(t, os.WriteFile(path, []byte(markup), 0o644))
	for _, tt := range []struct{ name, stdin, file string }{{"a file", "", path}, {"a pipe", markup, ""}} {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"-sentences", "1"}
			if tt.file != "" {
				args = append(args, tt.file)
			}
			code, out, errOut := runCLI(t, tt.stdin, args...)
			require.Equal(t, 0, code, errOut)
			assert.Equal(t, lead+"\n", out)
		})
	}
}

func TestCLIJSONArticles(t *testing.T) {
	const lead = "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل."
	const second = "وقال وزير المالية إن القرار يهدف إلى خفض العجز في الموازنة."
	const other = "افتتح وزير الثقافة معرض الكتاب في العاصمة بمشاركة ألف ناشر."
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		return p
	}
	record := write("record.json", `{"id":"a1","title":"الحكومة ترفع أسعار الوقود","text":"`+lead+`\n`+second+`"}`)
	// WordPress's REST API writes every Arabic letter as an escape, and
	// '/' too: the library would refuse it as text escaped twice.
	wp := write("post.json", `{"id":7,"title":{"rendered":"\u0627\u0644\u0648\u0642\u0648\u062f"},"content":{"rendered":"<p>`+
		strings.ReplaceAll(strings.Trim(strconv.QuoteToASCII(lead), `"`), "/", `\/`)+`<\/p>\n<p>`+strings.Trim(strconv.QuoteToASCII(second), `"`)+`<\/p>\n"}}`)
	posts := write("posts.json", `[{"title":"الوقود","content":"`+lead+` `+second+`"},{"title":"المعرض","content":"`+other+`"}]`)
	empty := write("empty.json", `{"id": 1, "tags": []}`)

	code, out, errOut := runCLI(t, "", "-sentences", "1", record, wp, posts)
	assert.Equal(t, 0, code, errOut)
	assert.Equal(t, lead+"\n"+lead+"\n"+lead+"\n"+other+"\n", out, "each article's summary, in order")

	code, out, errOut = runCLI(t, "", "-json", "-sentences", "1", record)
	require.Equal(t, 0, code, errOut)
	var got summarize.Summary
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, "الحكومة ترفع أسعار الوقود", got.Title, "the record's title")
	require.Len(t, got.Sentences, 1)
	assert.Equal(t, 0, got.Sentences[0].Start, "offsets into the article's text")

	code, out, errOut = runCLI(t, "", "-json", "-title", "عنوان آخر", "-sentences", "1", record)
	require.Equal(t, 0, code, errOut)
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, "عنوان آخر", got.Title, "-title over the record's")

	code, out, errOut = runCLI(t, `{"text":"`+other+`"}`, "-sentences", "1")
	assert.Equal(t, 0, code, errOut)
	assert.Equal(t, other+"\n", out, "standard input too")

	code, out, errOut = runCLI(t, "{\n  \"text\": \""+lead+"\"\n}\n{\n  \"text\": \""+other+"\"\n}\n", "-sentences", "1")
	assert.Equal(t, 0, code, errOut)
	assert.Equal(t, lead+"\n"+other+"\n", out, "records one after another, as jq prints them")

	code, out, errOut = runCLI(t, "", empty)
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "empty.json: ")
	assert.Contains(t, errOut, "no article")

	line, err := json.Marshal(map[string]string{"id": "1", "text": `{"text":"` + lead + `"}`})
	require.NoError(t, err)
	code, out, errOut = runCLI(t, string(line)+"\n", "-jsonl")
	assert.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "summarize: text is JSON")
}

// An article of a JSON list that cannot be summarized is named, and the
// others are still summarized.
func TestCLIJSONArticleFails(t *testing.T) {
	const other = "افتتح وزير الثقافة معرض الكتاب في العاصمة بمشاركة ألف ناشر."
	p := filepath.Join(t.TempDir(), "posts.json")
	require.NoError(t, os.WriteFile(p, []byte(`[{"title":"ع","text":"عنوان بلا نقطة"},{"title":"المعرض","text":"`+other+`"}]`), 0o644))
	code, out, errOut := runCLI(t, "", p)
	assert.Equal(t, 1, code)
	assert.Equal(t, other+"\n", out)
	assert.Contains(t, errOut, "posts.json: article 1 of 2: no sentences in text")
}

// Under -language, an article that cannot be summarized is named by its
// place in the file, those left out for their language counted, so that
// it is found in a list without ids.
func TestCLIJSONArticleFailsLanguage(t *testing.T) {
	const other = "افتتح وزير الثقافة معرض الكتاب في العاصمة بمشاركة ألف ناشر."
	p := filepath.Join(t.TempDir(), "posts.json")
	require.NoError(t, os.WriteFile(p, []byte(`[`+
		`{"lang":"en","title":"Fair","text":"The fair opened."},`+
		`{"lang":"ar","title":"المعرض","text":"`+other+`"},`+
		`{"lang":"en","title":"Fair","text":"The fair closed."},`+
		`{"lang":"ar","title":"ع","text":"عنوان بلا نقطة"},`+
		`{"lang":"en","title":"Fair","text":"The fair moved."}]`), 0o644))
	code, out, errOut := runCLI(t, "", "-language", "ar", p)
	assert.Equal(t, 1, code)
	assert.Equal(t, other+"\n", out)
	assert.Contains(t, errOut, "posts.json: article 4 of 5: no sentences in text")
}

// A news feed is summarized as its stories, each with its title; one in
// Windows-1256 that declares so is read as declared, as a page is, and
// JSON in Windows-1256 is refused with the flag that reads it, not read as
// replacement characters.
func TestCLIFeed(t *testing.T) {
	const lead = "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل."
	const other = "افتتح وزير الثقافة معرض الكتاب في العاصمة بمشاركة ألف ناشر."
	feed := func(encoding string) string {
		return `<?xml version="1.0" encoding="` + encoding + `"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>شبكة الأخبار</title><description>آخر الأخبار من العاصمة</description>` +
			`<item><title>الحكومة ترفع أسعار الوقود</title><link>https://example.com/?p=1</link><pubDate>Tue, 12 Mar 2024 10:30:00 +0000</pubDate><description><![CDATA[رفعت الحكومة [&#8230;]]]></description>` +
			`<content:encoded><![CDATA[<p>` + lead + `</p><p>وقال وزير المالية إن القرار يخفض العجز.</p>]]></content:encoded></item>` +
			`<item><title>المعرض</title><description>` + other + `</description></item></channel></rss>`
	}
	dir := t.TempDir()
	write := func(name string, e encoding.Encoding, s string) string { return writeEncoded(t, dir, name, e, s) }
	utf8Feed := write("feed.xml", encoding.Nop, feed("UTF-8"))
	winFeed := write("feed-1256.xml", charmap.Windows1256, feed("windows-1256"))
	winJSON := write("record-1256.json", charmap.Windows1256, `{"title":"المعرض","text":"`+other+`"}`)

	for _, path := range []string{utf8Feed, winFeed} {
		code, out, errOut := runCLI(t, "", "-sentences", "1", path)
		assert.Equal(t, 0, code, errOut)
		assert.Equal(t, lead+"\n"+other+"\n", out, path)
	}
	code, out, errOut := runCLI(t, "", "-json", "-sentences", "1", utf8Feed)
	require.Equal(t, 0, code, errOut)
	var titles []string
	for _, got := range printedJSON(t, out) {
		titles = append(titles, got.Title)
	}
	assert.Equal(t, []string{"الحكومة ترفع أسعار الوقود", "المعرض"}, titles, "each story's title")

	code, out, errOut = runCLI(t, "", winJSON)
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "text is not UTF-8")
	assert.Contains(t, errOut, "-encoding windows-1256")
	code, out, errOut = runCLI(t, "", "-encoding", "windows-1256", "-sentences", "1", winJSON)
	assert.Equal(t, 0, code, errOut)
	assert.Equal(t, other+"\n", out)
}

// A research corpus's file, a month of a wire in <DOC>s as LDC's Gigaword
// holds it, or WikiExtractor's output, is summarized a document at a time,
// in order, each with its headline; read as text, it was one summary of
// them all.
func TestCLICorpus(t *testing.T) {
	const lead = "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل."
	const other = "افتتح وزير الثقافة معرض الكتاب في العاصمة بمشاركة ألف ناشر."
	dir := t.TempDir()
	wire := filepath.Join(dir, "afp_arb_202403")
	require.NoError(t, os.WriteFile(wire, []byte(
		"<DOC id=\"AFP_ARB_20240312.0001\" type=\"story\" >\n<HEADLINE>\nالحكومة ترفع أسعار الوقود\n</HEADLINE>\n<DATELINE>\nالقاهرة 12-3 (اف ب)\n</DATELINE>\n<TEXT>\n<P>\n"+
			strings.Replace(lead, " بنسبة", "\nبنسبة", 1)+"\n</P>\n<P>\nوقال وزير المالية إن القرار يخفض العجز.\n</P>\n</TEXT>\n</DOC>\n"+
			"<DOC id=\"AFP_ARB_20240312.0002\" type=\"story\" >\n<HEADLINE>\nالمعرض\n</HEADLINE>\n<TEXT>\n<P>\n"+other+"\n</P>\n</TEXT>\n</DOC>\n"), 0o644))
	wiki := filepath.Join(dir, "wiki_00")
	require.NoError(t, os.WriteFile(wiki, []byte(
		"<doc id=\"7\" url=\"https://ar.wikipedia.org/wiki?curid=7\" title=\"الوقود\">\nالوقود\n\n"+lead+"\nالتاريخ.\nوقال وزير المالية إن القرار يخفض العجز.\n</doc>\n"+
			"<doc id=\"9\" url=\"https://ar.wikipedia.org/wiki?curid=9\" title=\"المعرض\">\nالمعرض\n\n"+other+"\n</doc>\n"), 0o644))
	// Common Crawl's WET file: a page a record, its title on the first line.
	wet := filepath.Join(dir, "CC-MAIN-00000.warc.wet")
	var w strings.Builder
	for k, page := range []string{"الوقود | شبكة\n" + lead + "\nوقال وزير المالية إن القرار يخفض العجز.\n", "المعرض | شبكة\n" + other + "\n"} {
		fmt.Fprintf(&w, "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/%d\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", k, len(page), page)
	}
	require.NoError(t, os.WriteFile(wet, []byte(w.String()), 0o644))
	// A crawl's WARC file, as wget --warc-file writes one: a request and a
	// response a page, each page's HTML its title and its story.
	crawl := filepath.Join(dir, "crawl.warc")
	w.Reset()
	for k, page := range []string{"<h1>الوقود</h1>\n<p>" + lead + "</p>\n<p>وقال وزير المالية إن القرار يخفض العجز.</p>", "<h1>المعرض</h1>\n<p>" + other + "</p>"} {
		title, _, _ := strings.Cut(strings.TrimPrefix(page, "<h1>"), "<")
		request := fmt.Sprintf("GET /%d HTTP/1.1\r\nHost: example.com\r\n\r\n", k)
		response := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<!DOCTYPE html>\n<html><head><title>%s | شبكة</title></head><body><article>%s</article></body></html>\n", title, page)
		fmt.Fprintf(&w, "WARC/1.0\r\nWARC-Type: request\r\nWARC-Target-URI: https://example.com/%d\r\nContent-Type: application/http; msgtype=request\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", k, len(request), request)
		fmt.Fprintf(&w, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/%d\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", k, len(response), response)
	}
	require.NoError(t, os.WriteFile(crawl, []byte(w.String()), 0o644))
	for path, want := range map[string][]string{wire: {"AFP_ARB_20240312.0001 الحكومة ترفع أسعار الوقود", "AFP_ARB_20240312.0002 المعرض"}, wiki: {"7 الوقود", "9 المعرض"}, wet: {"https://example.com/0 الوقود | شبكة", "https://example.com/1 المعرض | شبكة"}, crawl: {"https://example.com/0 الوقود", "https://example.com/1 المعرض"}} {
		code, out, errOut := runCLI(t, "", "-sentences", "1", path)
		assert.Equal(t, 0, code, errOut)
		assert.Equal(t, lead+"\n"+other+"\n", out, path)
		code, out, errOut = runCLI(t, "", "-json", path)
		require.Equal(t, 0, code, errOut)
		var titles []string
		for _, got := range printedJSON(t, out) {
			titles = append(titles, got.ID+" "+got.Title)
			for _, x := range got.Sentences {
				assert.NotContains(t, x.Text, "التاريخ", "a section's title is none of its sentences")
			}
		}
		assert.Equal(t, want, titles, "each story's id and title, in order")
	}
	// A corpus's file compressed with gzip, as LDC ships Gigaword, reads
	// as the file does.
	raw, err := os.ReadFile(wire)
	require.NoError(t, err)
	var gz bytes.Buffer
	z := gzip.NewWriter(&gz)
	_, err = z.Write(raw)
	require.NoError(t, err)
	require.NoError(t, z.Close())
	wireGz := wire + ".gz"
	require.NoError(t, os.WriteFile(wireGz, gz.Bytes(), 0o644))
	code, out, errOut := runCLI(t, "", "-sentences", "1", wireGz)
	assert.Equal(t, 0, code, errOut)
	assert.Equal(t, lead+"\n"+other+"\n", out)
	// The stories are summarized on several cores and printed in order:
	// 60 of them, the same on one worker as on seven.
	var month strings.Builder
	for k := range 60 {
		fmt.Fprintf(&month, "<DOC id=\"AFP_ARB_20240312.%04d\" type=\"story\" >\n<HEADLINE>\nالخبر %d\n</HEADLINE>\n<TEXT>\n<P>\n%s %d.\n</P>\n<P>\n%s\n</P>\n</TEXT>\n</DOC>\n", k, k, strings.TrimSuffix(lead, "."), k, other)
	}
	many := filepath.Join(dir, "afp_arb_202403_all")
	require.NoError(t, os.WriteFile(many, []byte(month.String()), 0o644))
	_, one, errOut := runCLI(t, "", "-json", "-workers", "1", many)
	require.Empty(t, errOut)
	_, seven, errOut := runCLI(t, "", "-json", "-workers", "7", many)
	require.Empty(t, errOut)
	assert.Equal(t, one, seven, "the same output on any number of workers")
	assert.Equal(t, 60, strings.Count(one, `"id": "AFP_ARB_20240312.`))
	assert.Less(t, strings.Index(one, ".0058"), strings.Index(one, ".0059"), "in order")
	// A story that cannot be summarized is named by its place and its id.
	bad := filepath.Join(dir, "afp_arb_202404")
	require.NoError(t, os.WriteFile(bad, []byte("<DOC id=\"AFP_ARB_20240401.0001\" type=\"story\" >\n<TEXT>\n<P>\n"+other+"\n</P>\n</TEXT>\n</DOC>\n"+
		"<DOC id=\"AFP_ARB_20240401.0002\" type=\"advis\" >\n<TEXT>\n<P>\nملاحظة للمحررين\n</P>\n</TEXT>\n</DOC>\n"), 0o644))
	code, out, errOut = runCLI(t, "", bad)
	assert.Equal(t, 1, code)
	assert.Equal(t, other+"\n", out)
	assert.Contains(t, errOut, "article 2 of 2 (AFP_ARB_20240401.0002): ")
}

// writeEncoded writes s in encoding e to the file name in dir, and returns
// its path.
func writeEncoded(t *testing.T, dir, name string, e encoding.Encoding, s string) string {
	t.Helper()
	b, err := e.NewEncoder().String(s)
	require.NoError(t, err)
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, []byte(b), 0o644))
	return path
}

// A .docx is summarized as its text, its title the heading it opens with;
// a PDF is refused with what it is and what to do.
func TestCLIOffice(t *testing.T) {
	const lead = "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل."
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	f, err := w.Create("word/document.xml")
	require.NoError(t, err)
	_, err = io.WriteString(f, `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`+
		`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>بيان صحفي: الحكومة ترفع أسعار الوقود بنسبة عشرة في المئة اعتبارا من صباح الغد في كل المحافظات</w:t></w:r></w:p>`+
		`<w:p><w:r><w:t>`+lead+`</w:t></w:r></w:p><w:p><w:r><w:t>وقال وزير المالية إن القرار يخفض العجز.</w:t></w:r></w:p></w:body></w:document>`)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	dir := t.TempDir()
	docx := filepath.Join(dir, "بيان.docx")
	require.NoError(t, os.WriteFile(docx, b.Bytes(), 0o644))
	pdf := filepath.Join(dir, "report.pdf")
	require.NoError(t, os.WriteFile(pdf, []byte("%PDF-1.7\n1 0 obj << >> endobj\n"), 0o644))

	code, out, errOut := runCLI(t, "", "-json", "-sentences", "1", docx)
	require.Equal(t, 0, code, errOut)
	var got summarize.Summary
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, "بيان صحفي: الحكومة ترفع أسعار الوقود بنسبة عشرة في المئة اعتبارا من صباح الغد في كل المحافظات", got.Title, "the heading, however long")
	require.Len(t, got.Sentences, 1)
	assert.Equal(t, lead, got.Sentences[0].Text)

	code, out, errOut = runCLI(t, "", pdf)
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "report.pdf: text is a document's file: it is a PDF")
	assert.NotContains(t, errOut, "-encoding", "no advice for another encoding")
	assert.Contains(t, errOut, "pdftotext")
}

// A web archive is read a record at a time: a WET file past -max-bytes is
// summarized, from a file or a pipe, as it is or in gzip, a member a
// record; one whose gzip is damaged halfway gives the pages before, and
// the error.
func TestCLIArchive(t *testing.T) {
	const lead = "افتتح وزير الثقافة معرض الكتاب الدولي في العاصمة بمشاركة ألف ناشر"
	var wet, members, want strings.Builder
	for k := range 60 {
		page := fmt.Sprintf("المعرض %d | شبكة\n%s %d.\n", k, lead, k)
		rec := fmt.Sprintf("WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/%d\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", k, len(page), page)
		wet.WriteString(rec)
		var z bytes.Buffer
		w := gzip.NewWriter(&z)
		_, err := w.Write([]byte(rec))
		require.NoError(t, err)
		require.NoError(t, w.Close())
		members.Write(z.Bytes())
		fmt.Fprintf(&want, "%s %d.\n", lead, k)
	}
	require.Greater(t, wet.Len(), 10_000)
	dir := t.TempDir()
	plain := filepath.Join(dir, "CC-MAIN-00000.warc.wet")
	require.NoError(t, os.WriteFile(plain, []byte(wet.String()), 0o644))
	gz := plain + ".gz"
	require.NoError(t, os.WriteFile(gz, []byte(members.String()), 0o644))
	for _, path := range []string{plain, gz} {
		code, out, errOut := runCLI(t, "", "-max-bytes", "2000", path)
		assert.Equal(t, 0, code, errOut)
		assert.Equal(t, want.String(), out, path)
	}
	code, out, errOut := runCLI(t, members.String(), "-max-bytes", "2000", "-workers", "3")
	assert.Equal(t, 0, code, errOut)
	assert.Equal(t, want.String(), out, "from a pipe")
	// Text past -max-bytes is still refused.
	code, _, errOut = runCLI(t, strings.Repeat(lead+".\n", 100), "-max-bytes", "2000")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "(raise -max-bytes, or split it)")
	damaged := members.String()
	damaged = damaged[:len(damaged)/2] + "\x00\x01\x02\x03" + damaged[len(damaged)/2+4:]
	code, out, errOut = runCLI(t, damaged)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "gzip data is damaged after")
	assert.True(t, strings.HasPrefix(want.String(), out), "the pages before the damage, in order")
	assert.GreaterOrEqual(t, strings.Count(out, "\n"), 25)
}

// A WET file's pages are in every language: -language keeps those whose
// main language, as Common Crawl identified it, is one of those named, and
// -json gives each page's.
func TestCLILanguage(t *testing.T) {
	var wet strings.Builder
	pages := []struct{ lang, text string }{
		{"ara", "افتتح وزير الثقافة معرض الكتاب الدولي في العاصمة."},
		{"eng,ara", "The minister opened the book fair in the capital."},
		{"ara,eng", "رفعت الحكومة أسعار الوقود بنسبة عشرة في المئة."},
		{"", "وقال وزير المالية إن القرار يخفض العجز."},
		{"fas", "وزیر فرهنگ نمایشگاه کتاب را افتتاح کرد."},
	}
	for k, p := range pages {
		lang := ""
		if p.lang != "" {
			lang = "WARC-Identified-Content-Language: " + p.lang + "\r\n"
		}
		page := "عنوان\n" + p.text
		fmt.Fprintf(&wet, "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.com/%d\r\n%sContent-Length: %d\r\n\r\n%s\r\n\r\n", k, lang, len(page), page)
	}
	path := filepath.Join(t.TempDir(), "CC-MAIN-00000.warc.wet")
	require.NoError(t, os.WriteFile(path, []byte(wet.String()), 0o644))
	for _, tt := range []struct {
		name, flag string
		want       []int
	}{
		{"all pages without the flag", "", []int{0, 1, 2, 3, 4}},
		{"Arabic pages, and those the file names no language for", "ara", []int{0, 2, 3}},
		{"several languages", "ara,fas", []int{0, 2, 3, 4}},
		{"in any case, with blanks", " ARA ", []int{0, 2, 3}},
		{"by ISO 639-1's code, as a CMS names it, and with a region", "ar,fa-IR", []int{0, 2, 3, 4}},
		{"by name, in English and in Arabic, as news APIs name them", "Arabic,الفارسية", []int{0, 2, 3, 4}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{path}
			if tt.flag != "" {
				args = []string{"-language", tt.flag, path}
			}
			code, out, errOut := runCLI(t, "", args...)
			require.Equal(t, 0, code, errOut)
			var want strings.Builder
			for _, k := range tt.want {
				want.WriteString(pages[k].text + "\n")
			}
			assert.Equal(t, want.String(), out)
		})
	}
	// What names no language would match no page of a file whose pages
	// all name theirs, and the output would be empty.
	for _, bad := range []string{"klingon", "ar a", "xx", "und", "ara,arabian", "arabic text"} {
		code, out, errOut := runCLI(t, "", "-language", bad, path)
		assert.Equal(t, 2, code, bad)
		assert.Empty(t, out, bad)
		assert.Contains(t, errOut, "summarize: -language "+strconv.Quote(bad)+": ", bad)
		assert.Contains(t, errOut, "a language is named by its ISO 639 code, as Common Crawl names it (ara for Arabic", bad)
	}
	assert.Equal(t, []string{"ara", "eng,ara", "ara,eng", "", "fas"}, printedLanguages(t, path), "each page's languages, as the file names them")

	// A site's stories in JSON, each saying its language as a CMS says it.
	stories := filepath.Join(t.TempDir(), "stories.json")
	require.NoError(t, os.WriteFile(stories, []byte(`{"data": [`+
		`{"id": 1, "date": "2024-03-12", "lang": "ar", "title": "عنوان", "text": "`+pages[0].text+`"}, `+
		`{"id": 2, "date": "2024-03-12", "lang": "en-US", "title": "Title", "text": "`+pages[1].text+`"}, `+
		`{"id": 3, "date": "2024-03-12", "title": "عنوان", "text": "`+pages[3].text+`"}]}`), 0o644))
	for _, flag := range []string{"ara", "ar", "AR-sa"} {
		code, out, errOut := runCLI(t, "", "-language", flag, stories)
		require.Equal(t, 0, code, errOut)
		assert.Equal(t, pages[0].text+"\n"+pages[3].text+"\n", out, flag)
	}
	assert.Equal(t, []string{"ar", "en-US", ""}, printedLanguages(t, stories), "each story's language, as the file names it")

	// A news API's answer, each story naming its language by name, as
	// NewsData.io's does: the names are codes to -language and to -json.
	named := filepath.Join(t.TempDir(), "named.json")
	require.NoError(t, os.WriteFile(named, []byte(`{"status": "success", "results": [`+
		`{"article_id": "a1", "link": "https://example.com/1", "pubDate": "2024-03-12", "language": "arabic", "title": "عنوان", "content": "`+pages[0].text+`"}, `+
		`{"article_id": "a2", "link": "https://example.com/2", "pubDate": "2024-03-12", "language": "english", "title": "Title", "content": "`+pages[1].text+`"}, `+
		`{"article_id": "a3", "link": "https://example.com/3", "pubDate": "2024-03-12", "language": "العربية", "title": "عنوان", "content": "`+pages[2].text+`"}]}`), 0o644))
	code, out, errOut := runCLI(t, "", "-language", "ar", named)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, pages[0].text+"\n"+pages[2].text+"\n", out, "the stories in Arabic, by name")
	assert.Equal(t, []string{"ara", "eng", "ara"}, printedLanguages(t, named), "each story's language as its ISO 639-3 code")
}

// printedLanguages returns the language of each article of file, as the
// CLI's -json prints it.
func printedLanguages(t *testing.T, file string) []string {
	t.Helper()
	code, out, errOut := runCLI(t, "", "-json", file)
	require.Equal(t, 0, code, errOut)
	var langs []string
	for _, got := range printedJSON(t, out) {
		langs = append(langs, got.Language)
	}
	return langs
}

// A page saved from a site in Latin-1 writes all its Arabic as numeric
// references, which a browser shows as letters: the CLI summarizes what it
// shows. Arabic escaped otherwise (JSON's «\u0627») is still refused, with
// what to do.
func TestCLIReferences(t *testing.T) {
	const (
		headline = "الحكومة ترفع أسعار الوقود"
		lead     = "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل."
	)
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	require.NoError(t, os.WriteFile(page, []byte(evaluate.AsReferences("<!DOCTYPE html>\n<html><head><meta charset=\"iso-8859-1\"><title>"+headline+"</title></head><body><h1>"+headline+"</h1><p>"+lead+"</p></body></html>\n")), 0o644))
	escaped := filepath.Join(dir, "escaped.txt")
	require.NoError(t, os.WriteFile(escaped, []byte(strconv.QuoteToASCII(lead)), 0o644))

	code, out, errOut := runCLI(t, "", "-json", page)
	require.Equal(t, 0, code, errOut)
	sums := printedJSON(t, out)
	require.Len(t, sums, 1)
	assert.Equal(t, headline, sums[0].Title)
	require.Len(t, sums[0].Sentences, 1)
	assert.Equal(t, lead, sums[0].Sentences[0].Text)

	code, out, errOut = runCLI(t, "", escaped)
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "text is escaped")
}

// -encoding decodes text; a compressed file or an archive is bytes that no
// encoding decodes, and decoding them printed a summary of garbage with
// exit status 0. Such a file is refused with what to do.
func TestCLIEncodingOfPackedFile(t *testing.T) {
	const text = "افتتح الوزير معرض الكتاب في عمان. وشارك فيه ثلاثمئة ناشر."
	cp1256, err := charmap.Windows1256.NewEncoder().String(text)
	require.NoError(t, err)
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	_, err = z.Write([]byte(cp1256))
	require.NoError(t, err)
	require.NoError(t, z.Close())
	file := filepath.Join(t.TempDir(), "1256.txt.gz")
	require.NoError(t, os.WriteFile(file, b.Bytes(), 0o644))

	code, out, errOut := runCLI(t, "", "-encoding", "windows-1256", file)
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "1256.txt.gz: -encoding windows-1256 decodes text, and this is compressed or an archive")
	assert.Contains(t, errOut, "gunzip -c FILE, zstd -dc FILE or bunzip2 -c FILE")

	code, out, errOut = runCLI(t, b.String(), "-encoding", "windows-1256")
	assert.Equal(t, 1, code, "standard input too")
	assert.Empty(t, out)
	assert.Contains(t, errOut, "decodes text, and this is compressed or an archive")
}

// A corpus passed on as a ZIP archive of a text file an article is
// summarized file by file, each summary named by the file's path; a file
// in it that cannot be read is named, without the advice of -encoding,
// which does not reach into an archive.
func TestCLIArchiveOfFiles(t *testing.T) {
	const lead = "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل."
	cp1256, err := charmap.Windows1256.NewEncoder().String(lead)
	require.NoError(t, err)
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, f := range []struct{ name, body string }{{"corpus/", ""}, {"corpus/a.txt", lead}, {"corpus/old.txt", cp1256}} {
		m, err := w.Create(f.name)
		require.NoError(t, err)
		_, err = m.Write([]byte(f.body))
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	file := filepath.Join(t.TempDir(), "corpus.zip")
	require.NoError(t, os.WriteFile(file, b.Bytes(), 0o644))

	code, out, errOut := runCLI(t, "", "-json", file)
	assert.Equal(t, 1, code, "a file failed")
	sums := printedJSON(t, out)
	require.Len(t, sums, 1)
	assert.Equal(t, "corpus/a.txt", sums[0].ID)
	require.Len(t, sums[0].Sentences, 1)
	assert.Equal(t, lead, sums[0].Sentences[0].Text)
	assert.Contains(t, errOut, "corpus.zip: article 2 of 2 (corpus/old.txt): text is not UTF-8")
	assert.NotContains(t, errOut, "-encoding windows-1256 (or utf-16) reads")
}

// With -json, each summary of a named file says which file it is of, as
// Beam's do: the summaries of a directory of files, or of files given
// together, were told apart by their order alone. Standard input is none.
func TestCLIJSONNamesFiles(t *testing.T) {
	const (
		lead  = "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل."
		other = "افتتح وزير الثقافة معرض الكتاب الدولي في العاصمة اليوم بحضور مئات الناشرين."
	)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte(lead), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.txt"), []byte(other), 0o644))
	feed := filepath.Join(t.TempDir(), "feed.xml")
	require.NoError(t, os.WriteFile(feed, []byte(`<rss version="2.0"><channel><item><title>المعرض</title><guid>g1</guid><description>`+other+`</description></item></channel></rss>`), 0o644))

	code, out, errOut := runCLI(t, "", "-json", dir, feed)
	require.Equal(t, 0, code, errOut)
	sums := printedJSON(t, out)
	require.Len(t, sums, 3)
	assert.Equal(t, []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"), feed}, []string{sums[0].File, sums[1].File, sums[2].File})
	assert.Equal(t, "g1", sums[2].ID, "an article's own id beside its file")

	code, out, errOut = runCLI(t, lead, "-json")
	require.Equal(t, 0, code, errOut)
	assert.NotContains(t, out, `"file"`, "standard input is no file")
}

// A directory of directories, as a corpus is laid out by topic (EASC's
// Articles/Article001/…), holds no file the command reads: it says so,
// and what to do, where it printed nothing and exited 0.
func TestCLIDirectoryWithoutFiles(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, "Article001"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "Article001", "a.txt"), []byte("الخبر الأول عن النفط."), 0o644))

	code, out, errOut := runCLI(t, "", dir)
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, dir+": no file in it")
	assert.Contains(t, errOut, "Article001")
	assert.Contains(t, errOut, "-r reads them")

	// -r reads the files below, in name order, hidden ones left out.
	require.NoError(t, os.Mkdir(filepath.Join(dir, "Article002"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "Article002", "b.txt"), []byte("الخبر الثاني عن الغاز."), 0o644))
	require.NoError(t, os.Mkdir(filepath.Join(dir, ".git"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".git", "HEAD"), []byte("ref: refs/heads/main"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "Article002", ".b.txt.swp"), []byte("\x00\x01"), 0o644))
	code, out, errOut = runCLI(t, "", "-r", "-json", dir)
	require.Equal(t, 0, code, errOut)
	sums := printedJSON(t, out)
	require.Len(t, sums, 2)
	assert.Equal(t, filepath.Join(dir, "Article001", "a.txt"), sums[0].File)
	assert.Equal(t, filepath.Join(dir, "Article002", "b.txt"), sums[1].File)
}

// Files are summarized on -workers cores, each printed in its place:
// stdout and stderr are what one core gives, whatever the workers, with a
// tarball among the files, which is read a file at a time.
func TestCLIFilesInOrder(t *testing.T) {
	dir := t.TempDir()
	var tarball bytes.Buffer
	tw := tar.NewWriter(&tarball)
	for k := range 40 {
		text := fmt.Sprintf("افتتح الوزير المعرض رقم %d في العاصمة اليوم. وقال إن المعرض يضم %d ناشرا من عشرين دولة.", k, 100+k)
		if k%7 == 3 {
			text = "" // no sentences: an error in its place
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d.txt", k)), []byte(text), 0o644))
		if k < 5 {
			require.NoError(t, tw.WriteHeader(&tar.Header{Name: fmt.Sprintf("in/%d.txt", k), Mode: 0o644, Size: int64(len(text)), Typeflag: tar.TypeReg}))
			_, err := tw.Write([]byte(text))
			require.NoError(t, err)
		}
	}
	require.NoError(t, tw.Close())
	require.NoError(t, os.WriteFile(filepath.Join(dir, "20-corpus.tar"), tarball.Bytes(), 0o644))

	for _, args := range [][]string{{dir}, {"-json", dir}} {
		code1, out1, err1 := runCLI(t, "", append([]string{"-workers", "1"}, args...)...)
		require.Equal(t, 1, code1, "the empty files fail")
		require.NotEmpty(t, out1)
		for _, workers := range []string{"2", "8"} {
			code, out, errOut := runCLI(t, "", append([]string{"-workers", workers}, args...)...)
			assert.Equal(t, code1, code, workers)
			assert.Equal(t, out1, out, "stdout on %s workers", workers)
			assert.Equal(t, err1, errOut, "stderr on %s workers", workers)
		}
	}
}

// An output that cannot be written fails its file, named, as a print that
// failed did before files were summarized on several cores.
func TestCLIOutputFails(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a.txt")
	require.NoError(t, os.WriteFile(file, []byte("افتتح الوزير المعرض في العاصمة اليوم."), 0o644))
	var errOut bytes.Buffer
	code := run([]string{file}, strings.NewReader(""), closedWriter{}, &errOut)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut.String(), "a.txt: "+io.ErrClosedPipe.Error())
}

// closedWriter is an output that is closed: a pipe whose reader went away.
type closedWriter struct{}

func (closedWriter) Write([]byte) (int, error) { return 0, io.ErrClosedPipe }

// A site's articles dumped as JSON Lines past -max-bytes are read a record
// at a time, from a file, gzip'd or from standard input, each record within
// the bound: the summaries that the whole file gives within it. At
// cbca16f each was refused as too large.
func TestCLIJSONLinesPastLimit(t *testing.T) {
	const lead = "رفعت الحكومة أسعار الوقود في العاصمة اليوم بنسبة عشرة في المئة بعد اجتماع طويل"
	var b strings.Builder
	for k := range 40 {
		fmt.Fprintf(&b, `{"id": "%d", "title": "الوقود", "text": "%s %d."}`+"\n", k, lead, k)
	}
	dump := b.String()
	require.Greater(t, len(dump), 3*2000)
	dir := t.TempDir()
	plain, zipped := filepath.Join(dir, "dump.jsonl"), filepath.Join(dir, "dump.jsonl.gz")
	require.NoError(t, os.WriteFile(plain, []byte(dump), 0o644))
	require.NoError(t, os.WriteFile(zipped, packed(t, gzipWriter, dump), 0o644))
	zstded := filepath.Join(dir, "dump.jsonl.zst")
	require.NoError(t, os.WriteFile(zstded, packed(t, zstdWriter, dump), 0o644))

	code, whole, errOut := runCLI(t, "", "-json", plain)
	require.Equal(t, 0, code, errOut)
	want := printedJSON(t, whole)
	require.Len(t, want, 40)
	for _, tt := range []struct {
		name, stdin string
		args        []string
	}{
		{"a file", "", []string{"-json", "-max-bytes", "2000", plain}},
		{"gzip'd", "", []string{"-json", "-max-bytes", "2000", zipped}},
		{"in zstd", "", []string{"-json", "-max-bytes", "2000", zstded}},
		{"standard input", dump, []string{"-json", "-max-bytes", "2000"}},
		{"the records in one list, as Scrapy writes them", "[\n" + strings.ReplaceAll(strings.TrimSuffix(dump, "\n"), "\n", ",\n") + "\n]\n", []string{"-json", "-max-bytes", "2000"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.stdin, tt.args...)
			require.Equal(t, 0, code, errOut)
			got := printedJSON(t, out)
			require.Len(t, got, len(want))
			for k := range want {
				assert.Equal(t, want[k].ID, got[k].ID)
				assert.Equal(t, want[k].Sentences, got[k].Sentences)
			}
		})
	}
	t.Run("a record past the bound is refused by its line", func(t *testing.T) {
		code, _, errOut := runCLI(t, dump+`{"text": "`+strings.Repeat(lead+" ", 30)+`"}`+"\n", "-max-bytes", "2000")
		assert.Equal(t, 1, code)
		assert.Contains(t, errOut, "the JSON document on line 41 is past the bound of 2000 bytes (raise -max-bytes, or split it)", "the flag, not the library's field")
	})
	// ...and the records after it are summarized, each in its place: at
	// 696a25a the first record past the bound ended the file.
	t.Run("the records after one past the bound are summarized", func(t *testing.T) {
		long := `{"text": "` + strings.Repeat(lead+" ", 30) + `"}` + "\n"
		lines := strings.SplitAfter(dump, "\n")
		text := strings.Join(lines[:20], "") + long + strings.Join(lines[20:], "") + long
		code, out, errOut := runCLI(t, text, "-json", "-max-bytes", "2000")
		assert.Equal(t, 1, code)
		got := printedJSON(t, out)
		require.Len(t, got, len(want))
		for k := range want {
			assert.Equal(t, want[k].ID, got[k].ID)
		}
		assert.Equal(t, 2, strings.Count(errOut, "\n"), errOut)
		// Each failure a line of its own, each named by the file.
		assert.Contains(t, errOut, "summarize: stdin: article 21 of 42: text too large: the JSON document on line 21 is past the bound of 2000 bytes (raise -max-bytes, or split it)\n")
		assert.Contains(t, errOut, "summarize: stdin: article 42 of 42: text too large: the JSON document on line 42 is past the bound of 2000 bytes")
	})
}

// In -jsonl mode a result's error names the flag where the library names
// its field, in every line however the library's writes cut the lines,
// and the rest of each line is the library's, byte for byte: a text that
// quotes the field is left as it is.
func TestCLIJSONLNamesTheFlag(t *testing.T) {
	long := strings.Repeat("جملة عن النفط. ", 20)
	quoting := "يرفع المبرمج Summarizer.MaxBytes. وقال إن القيمة تكفي."
	var in strings.Builder
	for k := range 300 {
		text := quoting
		if k%3 == 1 {
			text = long
		}
		fmt.Fprintf(&in, `{"id":"%d","text":"%s"}`+"\n", k, text)
	}
	var lib bytes.Buffer
	require.NoError(t, (&summarize.Summarizer{MaxBytes: 400}).SummarizeJSONL(context.Background(), strings.NewReader(in.String()), &lib, 1))
	require.Greater(t, lib.Len(), 3*4096, "lines that the library's buffer cuts")
	code, out, errOut := runCLI(t, in.String(), "-jsonl", "-max-bytes", "400", "-workers", "1")
	require.Equal(t, 0, code, errOut)
	libLines := strings.Split(lib.String(), "\n")
	lines := strings.Split(out, "\n")
	require.Len(t, lines, len(libLines))
	for i, line := range lines {
		var resp summarize.Response
		if line == "" {
			continue
		}
		require.NoError(t, json.Unmarshal([]byte(line), &resp), line)
		if i%3 == 1 {
			assert.Equal(t, strings.Replace(libLines[i], "raise Summarizer.MaxBytes", "raise -max-bytes", 1), line)
			assert.Contains(t, resp.Error, "(raise -max-bytes, or split it)")
			continue
		}
		assert.Equal(t, libLines[i], line)
		assert.Contains(t, resp.Summary, "Summarizer.MaxBytes", "a text's words are its own")
	}
}

// A web address given as a file is told for what it is, with what to do.
func TestCLIWebAddress(t *testing.T) {
	for _, address := range []string{"https://www.bbc.com/arabic/articles/c0000000", "http://example.com/a?b=1", "www.aljazeera.net/news"} {
		code, out, errOut := runCLI(t, "", address)
		assert.Equal(t, 1, code)
		assert.Empty(t, out)
		assert.Equal(t, "summarize: "+address+": no such file: the program reads files, not a web address; fetch the page and give it its HTML: curl -sL '"+address+"' | summarize\n", errOut)
	}
	code, _, errOut := runCLI(t, "", "no-such-file.txt")
	assert.Equal(t, 1, code)
	assert.NotContains(t, errOut, "curl", "a file's name is no address")
}

// -workers past any machine's cores answers as -workers 1 does, where a
// file's articles and -jsonl panicked making four slots a worker.
func TestCLIWorkersPastCores(t *testing.T) {
	seed, err := os.ReadFile("../../testdata/seed.txt")
	require.NoError(t, err)
	records := `{"id":"1","text":"جملة أولى عن النفط. جملة ثانية عن الغاز."}` + "\n" + `{"id":"2","text":"جملة ثالثة."}` + "\n"
	for _, tt := range []struct {
		name, stdin string
		args        []string
	}{
		{"a text", string(seed), nil},
		{"JSON Lines", records, []string{"-jsonl"}},
		{"records read as articles", records, []string{"-json"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, want, errOut := runCLI(t, tt.stdin, append([]string{"-workers", "1"}, tt.args...)...)
			require.Equal(t, 0, code, errOut)
			code, got, errOut := runCLI(t, tt.stdin, append([]string{"-workers", "9223372036854775807"}, tt.args...)...)
			require.Equal(t, 0, code, errOut)
			assert.Equal(t, want, got)
		})
	}
}

// With no file and the terminal as its input, the program says what it is
// waiting for, where it waited without a word; piped input gets no such
// line, and the text is summarized either way.
func TestCLIWaitsForTheTerminal(t *testing.T) {
	const text = "جملة أولى عن النفط. جملة ثانية عن الغاز."
	for _, tc := range []struct {
		name     string
		terminal bool
		args     []string
		hint     bool
	}{
		{"the terminal", true, nil, true},
		{"the terminal, records", true, []string{"-jsonl"}, true},
		{"a pipe", false, nil, false},
		{"a file given", true, []string{"FILE"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			was := isTerminal
			defer func() { isTerminal = was }()
			isTerminal = func(io.Reader) bool { return tc.terminal }
			input, args := text, tc.args
			if len(args) > 0 && args[0] == "-jsonl" {
				input = `{"id": "1", "text": "` + text + `"}`
			}
			if len(args) > 0 && args[0] == "FILE" {
				path := filepath.Join(t.TempDir(), "a.txt")
				require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
				input, args = "", []string{path}
			}
			code, out, errOut := runCLI(t, input, args...)
			require.Equal(t, 0, code, errOut)
			assert.Contains(t, out, "جملة أولى عن النفط.")
			if tc.hint {
				assert.Equal(t, "summarize: reading the text from the terminal: type or paste it, then Ctrl-D at a line's start (Ctrl-Z, Enter on Windows); or give a FILE (summarize -h)\n", errOut)
			} else {
				assert.Empty(t, errOut)
			}
		})
	}
	// Not a terminal: a pipe, and a reader that is no file.
	r, w, err := os.Pipe()
	require.NoError(t, err)
	defer r.Close()
	w.Close()
	assert.False(t, isTerminal(r))
	assert.False(t, isTerminal(strings.NewReader(text)))
}
