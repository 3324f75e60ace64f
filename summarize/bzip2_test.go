package summarize

import (
	"bytes"
	"compress/bzip2"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
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
	return readWith(t, data, wrap, func(r io.Reader) io.ReadCloser { return newBzip2Reader(r, workers, minRun, maxRun) })
}

// readWith is readBoth with the reader of many cores opened by open.
func readWith(t *testing.T, data []byte, wrap func(io.Reader) io.Reader, open func(io.Reader) io.ReadCloser) (one, many []byte, oneErr, manyErr error) {
	t.Helper()
	one, oneErr = readAmply(bzip2.NewReader(wrap(bytes.NewReader(data))))
	z := open(wrap(bytes.NewReader(data)))
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
				var p *parallelBzip2
				one, got, oneErr, err := readWith(t, c.data, c.wrap, func(r io.Reader) io.ReadCloser {
					p = newBzip2Reader(r, workers, c.minRun, c.maxRun).(*parallelBzip2)
					return p
				})
				assert.Equal(t, one, got, "%d workers", workers)
				if oneErr == nil {
					assert.NoError(t, err)
					assert.LessOrEqual(t, p.readers.Load(), int32(workers+1), "a reader a worker, kept from run to run, and one for the file's last run")
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

// threeBlocks returns testdata/blocks.txt.bz2, one stream of three blocks:
// 261 KB of random sentences of the words of testdata/seed.txt, compressed
// with bzip2 -1 (blocks of 100 KB).
func threeBlocks(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/blocks.txt.bz2")
	require.NoError(t, err)
	return b
}

// magics lists where b's magic numbers start, a bit at a time: the blocks'
// and then the end's (-1 without one).
func magics(b []byte) (blocks []int, end int) {
	end = -1
	for at := 0; at+48 <= 8*len(b); at++ {
		switch bits(b, at, 48) {
		case blockMagic:
			blocks = append(blocks, at)
		case finalMagic:
			end = at
		}
	}
	return blocks, end
}

// blockStream returns one stream of the blocks of the stream data, n
// times over, with its checksum: a stream of many blocks, as bzip2 writes
// a large file.
func blockStream(t testing.TB, data []byte, n int) []byte {
	t.Helper()
	starts, end := magics(data)
	require.Positive(t, end)
	starts = append(starts, end)
	w := bitWriter{}
	w.head(data[3])
	var crc uint32
	for range n {
		for i := range len(starts) - 1 {
			w.copy(data, starts[i], starts[i+1])
			crc = (crc<<1 | crc>>31) ^ uint32(bits(data, starts[i]+48, 32))
		}
	}
	w.put(finalMagic, 48)
	w.put(uint64(crc), 32)
	if w.n > 0 {
		w.put(0, 8-w.n)
	}
	return w.out
}

// The magic numbers are found at every bit, as a bit at a time finds them.
func TestNextMagic(t *testing.T) {
	blocks := threeBlocks(t)
	planted := make([]byte, 64)
	for k := range 8 {
		for _, at := range []int{8 + k, 8*len(planted) - 48 - k} { // in the middle, and in the last 8 bytes
			b := bytes.Clone(planted)
			var w bitWriter
			w.copy(b, 0, at)
			w.put(blockMagic, 48)
			w.copy(b, at+48, 8*len(b))
			t.Run(fmt.Sprintf("planted at bit %d", at), func(t *testing.T) {
				got, final := nextMagic(w.out, 0)
				assert.Equal(t, at, got)
				assert.False(t, final)
				got, _ = nextMagic(w.out, at+1)
				assert.Equal(t, -1, got, "none after it")
			})
		}
	}
	for name, data := range map[string][]byte{"three blocks": blocks, "120 blocks": blockStream(t, blocks, 40)} {
		t.Run(name, func(t *testing.T) {
			want, end := magics(data)
			var got []int
			at, final := nextMagic(data, 0)
			for ; at >= 0 && !final; at, final = nextMagic(data, at+1) {
				got = append(got, at)
			}
			assert.Equal(t, want, got)
			assert.Equal(t, end, at)
			assert.True(t, final)
		})
	}
}

// A long stream, read a block at a time on many cores, gives what one
// reader gives, byte for byte, and fails where it fails, with its error.
func TestBzip2ReaderBlocks(t *testing.T) {
	blocks := threeBlocks(t)
	dump, err := os.ReadFile("testdata/arwiki.xml.bz2")
	require.NoError(t, err)
	long := blockStream(t, blocks, 40)
	crc := bytes.Clone(blocks)
	crc[len(crc)-2] ^= 1 // the stream's checksum
	damaged := bytes.Clone(blocks)
	damaged[len(damaged)/2] ^= 0x55
	boom := errors.New("boom")
	plain := func(r io.Reader) io.Reader { return r }
	for _, c := range []struct {
		name string
		data []byte
		wrap func(io.Reader) io.Reader
		same bool // what one reader gives and its error; else what it gives first, and damage
	}{
		{"one stream of three blocks", blocks, plain, true},
		{"read a byte at a time", blocks, iotest.OneByteReader, true},
		{"one stream of 120 blocks", long, plain, true},
		{"streams of blocks, and a dump's between", slices.Concat(blocks, dump, long), plain, true},
		{"cut off in a block", blocks[:len(blocks)*2/3], plain, true},
		{"cut off in the stream's end", blocks[:len(blocks)-3], plain, true},
		{"the reader under it fails in a block", blocks[:len(blocks)*2/3], func(r io.Reader) io.Reader { return io.MultiReader(r, iotest.ErrReader(boom)) }, true},
		{"the stream's checksum damaged", crc, plain, true},
		{"a block damaged", damaged, plain, false},
		{"other bytes after the end", slices.Concat(blocks, []byte("xyz")), plain, false},
		{"a next stream's first byte only", slices.Concat(blocks, []byte("B")), plain, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, workers := range []int{2, 8} {
				var found atomic.Int32
				magic := func(b []byte, from int) (int, bool) {
					at, final := nextMagic(b, from)
					if at >= 0 {
						found.Add(1)
					}
					return at, final
				}
				var p *parallelBzip2
				one, got, oneErr, err := readWith(t, c.data, c.wrap, func(r io.Reader) io.ReadCloser {
					p = startBzip2(r, workers, 1, 1, magic).(*parallelBzip2)
					return p
				})
				assert.Positive(t, found.Load(), "read a block at a time")
				if c.same {
					assert.Equal(t, one, got, "%d workers", workers)
					if oneErr == nil {
						assert.NoError(t, err)
						readers := p.readers.Load()
						assert.Positive(t, readers)
						assert.LessOrEqual(t, readers, int32(workers), "a reader a worker, kept from block to block")
						continue
					}
					require.Error(t, err)
					assert.Equal(t, oneErr.Error(), err.Error())
					continue
				}
				require.Error(t, oneErr)
				assert.True(t, bytes.HasPrefix(one, got), "what one reader gives first")
				var structural bzip2.StructuralError
				assert.ErrorAs(t, err, &structural, "told as damage")
			}
		})
	}
	one, _, _, _ := readBoth(t, long, plain, 2, 1, 1)
	require.Len(t, one, 40*len(readAllBzip2(t, blocks)), "120 blocks, read whole")
}

// A run's last stream whose last block is cut short reads on past the
// run's end, into the next stream's start: the damage is told there, after
// what the streams before it hold, where one reader gives garbage first.
func TestBzip2ReaderRunsOn(t *testing.T) {
	dump, err := os.ReadFile("testdata/arwiki.xml.bz2")
	require.NoError(t, err)
	second := strings.Index(string(dump[4:]), "BZh") + 4
	first, last := dump[:second], dump[second:]
	_, end := magics(last)
	for _, cut := range []int{8, 40, 160, 800} { // bits cut from the end of its block
		var w bitWriter
		w.copy(last, 0, end-cut)
		w.copy(last, end, 8*len(last))
		data := slices.Concat(first, w.out, dump)
		for _, workers := range []int{2, 8} {
			// A run of two streams, the first whole.
			one, got, oneErr, err := readBoth(t, data, func(r io.Reader) io.Reader { return r }, workers, len(first)+1, 1<<20)
			require.Error(t, oneErr)
			assert.Equal(t, readAllBzip2(t, first), got, "%d bits cut, %d workers", cut, workers)
			assert.True(t, bytes.HasPrefix(one, got))
			assert.EqualError(t, err, "bzip2 data invalid: a stream runs on past the start of the next")
		}
	}
}

// The rest of a stream that runs to the end of the file, read from its
// last block's start, is made a stream of its own, whose bytes leave out
// up to 7 of the file's last bits (the block's start is at any bit). Where
// those bits decide one reader's error, damage is told as damage (the
// fuzzer's 93e7d284f28e14b9 on CI: one reader found the magic number after
// the file's last block damaged, where the reader of many cores said the
// data ran out), and a cut as a cut.
func TestBzip2ReaderLastBits(t *testing.T) {
	starts, _ := magics(threeBlocks(t))
	require.Len(t, starts, 3)
	require.NotZero(t, starts[1]%8, "the second block starts within a byte, so that its rest leaves bits out")
	third := starts[2] // the magic number after the second block
	for _, c := range []struct {
		name       string
		data       []byte
		structural bool // one reader's error
		cut        bool // the error the reader of many cores gives is also a cut's
	}{
		{"the third block's magic number damaged, the file ending with it", cutBlocks(t, third+48, third+20), true, true},
		{"the magic number damaged, a byte after it", cutBlocks(t, third+56, third+20), true, false},
		{"the magic number whole, the file ending with it", cutBlocks(t, third+48, -1), false, true},
		{"the file cut in the second block", cutBlocks(t, starts[1]+30000, -1), false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			one, got, oneErr, err := readBoth(t, c.data, func(r io.Reader) io.Reader { return r }, 2, 1, 1)
			var structural bzip2.StructuralError
			require.Equal(t, c.structural, errors.As(oneErr, &structural), "one reader's error: %v", oneErr)
			require.NotEmpty(t, got, "the first block")
			assert.True(t, bytes.HasPrefix(one, got), "what one reader gives first")
			assert.Equal(t, c.structural, errors.As(err, &structural), "damage, as one reader tells it: %v", err)
			assert.Equal(t, c.cut, errors.Is(err, io.ErrUnexpectedEOF), "a cut: %v", err)
			if !c.structural {
				assert.Equal(t, io.ErrUnexpectedEOF, err, "a cut, as one reader tells it")
			}
		})
	}
}

// cutBlocks returns testdata/blocks.txt.bz2 up to the byte of its bit end,
// with its bit flip flipped (none when it is -1).
func cutBlocks(t testing.TB, end int, flip int) []byte {
	t.Helper()
	b := bytes.Clone(threeBlocks(t)[:(end+7)/8])
	if flip >= 0 {
		b[flip/8] ^= 0x80 >> (flip % 8)
	}
	return b
}

// A block that runs on past any block's size is damaged, told once its
// bound is passed, rather than held to the end of the file.
func TestBzip2ReaderLongBlock(t *testing.T) {
	blocks := threeBlocks(t)
	data := slices.Concat(blocks[:blockHeadLen], make([]byte, maxBlockBytes+1<<20))
	one, got, oneErr, err := readBoth(t, data, func(r io.Reader) io.Reader { return r }, 2, 1, 1)
	var structural bzip2.StructuralError
	require.ErrorAs(t, oneErr, &structural)
	assert.Empty(t, one)
	assert.Empty(t, got)
	assert.EqualError(t, err, "bzip2 data invalid: a block runs on past 3 MiB")
}

// Compressed data that looks like a block's start (once in some 35 TB)
// makes two pieces of a block, neither of which decodes: the two are
// decoded again as one. Data that looks like a stream's end, but is
// followed by neither the file's end nor another stream, is none. The
// reading gives what one reader gives.
func TestBzip2ReaderFalseMagic(t *testing.T) {
	blocks := threeBlocks(t)
	long := blockStream(t, blocks, 4)
	for _, c := range []struct {
		name  string
		data  []byte
		final bool
	}{
		{"a block's start in each of three blocks", blocks, false},
		{"a block's start in each of 12 blocks", long, false},
		{"an end in each of 12 blocks", long, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			data := c.data
			var faked atomic.Int32
			odd := false
			magic := func(b []byte, from int) (int, bool) { // a false one in the middle of every block
				at, final := nextMagic(b, from)
				if odd = !odd && at-from > 1000; odd {
					faked.Add(1)
					return from + (at-from)/2, c.final
				}
				return at, final
			}
			one, got, oneErr, err := readWith(t, data, func(r io.Reader) io.Reader { return r }, func(r io.Reader) io.ReadCloser { return startBzip2(r, 2, 1, 1, magic) })
			require.NoError(t, oneErr)
			assert.NoError(t, err)
			assert.Equal(t, one, got)
			blocks, _ := magics(data)
			assert.Equal(t, int32(len(blocks)), faked.Load(), "a false one in each block")
		})
	}
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
	blocks := threeBlocks(t)
	long := blockStream(t, blocks, 40)
	for range 20 { // one stream, a block at a time
		z := newBzip2Reader(bytes.NewReader(long), 4, 1, 1)
		_, err := io.ReadFull(z, make([]byte, 1000))
		require.NoError(t, err)
		require.NoError(t, z.Close())
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
// runs of 1 MiB or more, as ReadArticles reads a multistream dump; and a
// file of one stream of 120 blocks (the three of testdata/blocks.txt.bz2,
// 40 times: 1.1 MB, 31 MB decompressed), as bzip2 writes a file, with one
// reader and a block at a time on up to four cores.
func BenchmarkBzip2(b *testing.B) {
	dump, err := os.ReadFile("testdata/arwiki.xml.bz2")
	require.NoError(b, err)
	blocks := threeBlocks(b)
	oneReader := func(r io.Reader) io.ReadCloser { return io.NopCloser(bzip2.NewReader(r)) }
	for _, c := range []struct {
		name string
		data []byte
		open func(io.Reader) io.ReadCloser
	}{
		{"one-reader", bytes.Repeat(dump, 3000), oneReader},
		{"all-cores", bytes.Repeat(dump, 3000), bzip2Reader},
		{"one-stream/one-reader", blockStream(b, blocks, 40), oneReader},
		{"one-stream/all-cores", blockStream(b, blocks, 40), bzip2Reader},
	} {
		plain, err := io.ReadAll(bzip2.NewReader(bytes.NewReader(c.data)))
		require.NoError(b, err)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(plain)))
			for b.Loop() {
				z := c.open(bytes.NewReader(c.data))
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
	blocks := threeBlocks(f)
	f.Add(blocks, uint16(2), uint16(1)) // one stream, read a block at a time
	starts, _ := magics(blocks)
	third := starts[2]
	f.Add(cutBlocks(f, third+48, third+20), uint16(2), uint16(1)) // damage in the last bits (TestBzip2ReaderLastBits)
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
