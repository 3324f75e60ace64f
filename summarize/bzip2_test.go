package summarize

import (
	"bytes"
	"compress/bzip2"
	"errors"
	"io"
	"os"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readBoth reads what r's bytes hold compressed with bzip2 with one reader
// and with the reader of many cores: what each gives before its error,
// and the error (nil at the end).
func readBoth(t *testing.T, data []byte, wrap func(io.Reader) io.Reader, workers, minRun, maxRun int) (one, many []byte, oneErr, manyErr error) {
	t.Helper()
	one, oneErr = readAmply(bzip2.NewReader(wrap(bytes.NewReader(data))))
	z := newBzip2Reader(wrap(bytes.NewReader(data)), workers, minRun, maxRun)
	defer z.Close()
	many, manyErr = io.ReadAll(iotest.HalfReader(z))
	return one, many, oneErr, manyErr
}

// readAmply reads r to its end or error with a buffer of 8 MiB a read.
// compress/bzip2 gives, with the error of data cut off in a block, only
// what fits the caller's buffer of the block it has decoded: io.ReadAll,
// whose first read is of 512 bytes, got 512 of a block of 3,644, and the
// reader of many cores, which reads a chunk at a time, all of it (the
// fuzzer's 359c012e34f0ddc1). One reader read amply gives the most a
// reader can, which the reader of many cores must not pass.
func readAmply(r io.Reader) ([]byte, error) {
	out := []byte{} // as io.ReadAll gives nothing
	buf := make([]byte, 8<<20)
	for {
		n, err := r.Read(buf)
		out = append(out, buf[:n]...)
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
	}
}

// A file of many streams, read on many cores in runs of streams, gives
// what one reader gives, byte for byte, and fails where it fails, with its
// error: damaged, cut off, or where the reader under it fails.
func TestBzip2Reader(t *testing.T) {
	dump, err := os.ReadFile("testdata/arwiki.xml.bz2") // two streams, as Wikipedia's multistream dumps
	require.NoError(t, err)
	records, err := os.ReadFile("testdata/records.jsonl.bz2")
	require.NoError(t, err)
	many := bytes.Repeat(append(bytes.Clone(dump), records...), 40) // 120 streams
	damaged := bytes.Clone(many)
	damaged[len(damaged)/2] ^= 0x55
	endDamaged := bytes.Clone(many)
	at := streamStart(endDamaged, len(endDamaged)/2)
	require.Positive(t, at)
	endDamaged[at-7] ^= 0x10 // the end's magic number of the stream before
	boom := errors.New("boom")
	plain := func(r io.Reader) io.Reader { return r }
	for _, c := range []struct {
		name   string
		data   []byte
		wrap   func(io.Reader) io.Reader
		minRun int
		maxRun int
	}{
		{"many streams, a run a stream", many, plain, 1, 1 << 20},
		{"many streams, runs of a few", many, plain, 8 << 10, 1 << 20},
		{"many streams, read a byte at a time", many, iotest.OneByteReader, 8 << 10, 1 << 20},
		{"runs longer than the file", many, plain, 1 << 30, 1 << 30},
		{"past maxRun without a stream's start: the rest as one run", many, plain, 1, 1},
		{"damaged in its middle", damaged, plain, 1, 1 << 20},
		{"an end's magic number damaged: two streams in one run, as one reader reads them", endDamaged, plain, 1, 1 << 20},
		{"cut off", many[:len(many)*2/3], plain, 1, 1 << 20},
		{"cut off at a stream's end", many[:len(many)-len(records)], plain, 1, 1 << 20},
		{"the reader under it fails", many[:len(many)*2/3], func(r io.Reader) io.Reader { return io.MultiReader(r, iotest.ErrReader(boom)) }, 1, 1 << 20},
		{"it fails in a run read as one", many[:len(many)*2/3], func(r io.Reader) io.Reader { return io.MultiReader(r, iotest.ErrReader(boom)) }, 1, 1},
		{"one stream", dump[:strings.Index(string(dump[4:]), "BZh")+4], plain, 1, 1 << 20},
		{"nothing", nil, plain, 1, 1 << 20},
		{"no bzip2", []byte("BZh9 ليس ملفا مضغوطا"), plain, 1, 1 << 20},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, workers := range []int{2, 8} {
				one, got, oneErr, err := readBoth(t, c.data, c.wrap, workers, c.minRun, c.maxRun)
				assert.Equal(t, one, got, "%d workers", workers)
				if oneErr == nil {
					assert.NoError(t, err)
					continue
				}
				require.Error(t, err)
				assert.Equal(t, oneErr.Error(), err.Error())
				var structural bzip2.StructuralError
				assert.Equal(t, errors.As(oneErr, &structural), errors.As(err, &structural), "damage is told as one reader tells it")
			}
		})
	}
	one, _, _, _ := readBoth(t, many, plain, 2, 1, 1<<20)
	require.Len(t, one, 40*(len(readAllBzip2(t, dump))+len(readAllBzip2(t, records))), "120 streams, read whole")
}

func readAllBzip2(t *testing.T, data []byte) []byte {
	t.Helper()
	b, err := io.ReadAll(bzip2.NewReader(bytes.NewReader(data)))
	require.NoError(t, err)
	return b
}

// A reader closed before its end lets its goroutines go, and a stream's
// start is told from the data's own bytes.
func TestBzip2ReaderClosed(t *testing.T) {
	dump, err := os.ReadFile("testdata/arwiki.xml.bz2")
	require.NoError(t, err)
	many := bytes.Repeat(dump, 1000)
	before := runtime.NumGoroutine()
	for range 20 {
		// Runs of 512 KiB hold more than the chunks a run keeps ahead,
		// so that its goroutine waits, for a reader that never comes.
		z := newBzip2Reader(bytes.NewReader(many), 4, 512<<10, 1<<20)
		_, err := io.ReadFull(z, make([]byte, 1000))
		require.NoError(t, err)
		require.NoError(t, z.Close())
		require.NoError(t, z.Close(), "twice")
	}
	// Each goroutine ends once it has done the step it is in.
	for i := 0; i < 500 && runtime.NumGoroutine() > before; i++ {
		time.Sleep(10 * time.Millisecond)
	}
	assert.LessOrEqual(t, runtime.NumGoroutine(), before, "the goroutines of closed readers")
	second := strings.Index(string(dump[4:]), "BZh") + 4
	assert.Equal(t, second, streamStart(dump, 1), "the second stream of the dump, after the end of the first")
	assert.Equal(t, -1, streamStart(append([]byte(strings.Repeat("x", 20)), dump[second:]...), 1), "a head without a stream's end before it")
}

// BenchmarkBzip2 decompresses a file of many bzip2 streams (the test dump's
// two, 3,000 times: 9 MB) with one reader, and on up to four cores, in
// runs of 1 MiB or more, as ReadArticles reads a multistream dump.
func BenchmarkBzip2(b *testing.B) {
	dump, err := os.ReadFile("testdata/arwiki.xml.bz2")
	require.NoError(b, err)
	many := bytes.Repeat(dump, 3000)
	plain, err := io.ReadAll(bzip2.NewReader(bytes.NewReader(many)))
	require.NoError(b, err)
	for _, c := range []struct {
		name string
		open func(io.Reader) io.ReadCloser
	}{
		{"one-reader", func(r io.Reader) io.ReadCloser { return io.NopCloser(bzip2.NewReader(r)) }},
		{"all-cores", bzip2Reader},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(plain)))
			for b.Loop() {
				z := c.open(bytes.NewReader(many))
				n, err := io.Copy(io.Discard, z)
				z.Close()
				if err != nil || n != int64(len(plain)) {
					b.Fatal(n, err)
				}
			}
		})
	}
}

// Whatever the bytes, the reader of many cores gives what one reader
// gives, and fails where it fails, with its error.
func FuzzBzip2Reader(f *testing.F) {
	dump, err := os.ReadFile("testdata/arwiki.xml.bz2")
	require.NoError(f, err)
	records, err := os.ReadFile("testdata/records.jsonl.bz2")
	require.NoError(f, err)
	f.Add(append(bytes.Clone(dump), records...), uint16(1), uint16(100))
	f.Add(append(append(bytes.Clone(records), dump...), records...), uint16(300), uint16(0))
	f.Add([]byte("BZh91AY&SY"), uint16(0), uint16(0))
	f.Fuzz(func(t *testing.T, data []byte, minRun, maxRun uint16) {
		one, many, oneErr, err := readBoth(t, data, func(r io.Reader) io.Reader { return r }, 2+int(minRun%3), int(minRun), int(maxRun))
		require.Equal(t, oneErr == nil, err == nil, "%v, %v", oneErr, err)
		if oneErr == nil {
			require.Equal(t, one, many)
			return
		}
		// Of damaged data, what comes before the damaged block is one
		// reader's, and the damage is told as damage, though one reader
		// may have taken it for a cut.
		require.LessOrEqual(t, len(many), len(one))
		require.Equal(t, one[:len(many)], many, "what one reader gives first")
		var structural bzip2.StructuralError
		if errors.As(oneErr, &structural) {
			require.ErrorAs(t, err, &structural)
		}
		if !errors.As(err, &structural) {
			require.Equal(t, oneErr.Error(), err.Error())
		}
	})
}
