package summarize

import (
	"bytes"
	"compress/bzip2"
	"errors"
	"io"
	"runtime"
	"sync"
)

// Go's bzip2 reader decompresses some 15 MB a second on one core, the slow
// part of reading a wiki's dump (an 8 GB dump's XML took some nine minutes
// to decompress alone). A file of many bzip2 streams, one after another, as
// Wikipedia's multistream dumps are (a stream every 100 pages), is read
// here on all cores: each run of streams is decompressed apart, and what
// they hold is given in order, byte for byte what one reader gives (but
// for a damaged stream's garbage: see send). A file of one stream is read
// as one, beside the reading of what it holds.

// bzip2Reader returns a reader of what r holds compressed with bzip2, on
// up to maxBzip2Workers cores; to be closed when read, which lets its
// goroutines go.
func bzip2Reader(r io.Reader) io.ReadCloser {
	return newBzip2Reader(r, min(runtime.GOMAXPROCS(0), maxBzip2Workers), 1<<20, 4<<20)
}

// maxBzip2Workers bounds the cores that decompress a file, each holding a
// run of a few MB: the two of CI's machine give some 50 MiB a second
// (BenchmarkBzip2), about what ReadMediaWiki reads of a dump's XML on one
// core (BenchmarkReadMediaWiki); four leave room, more would only hold more.
const maxBzip2Workers = 4

// newBzip2Reader reads r on up to workers cores, a run of streams of at
// least minRun bytes of compressed data at a time (a few streams of a
// dump), holding no more than maxRun bytes while it looks for the start of
// a stream (a multistream dump's are a few hundred KB apart): past it, as
// in a file of one stream, as most bzip2 files are, the rest is read as
// one run, as it is decompressed.
func newBzip2Reader(r io.Reader, workers, minRun, maxRun int) io.ReadCloser {
	if workers <= 1 {
		return io.NopCloser(bzip2.NewReader(r))
	}
	p := &parallelBzip2{
		order: make(chan *bzSegment, workers),
		done:  make(chan struct{}),
	}
	go p.split(r, minRun, max(maxRun, 2*minRun))
	return p
}

// parallelBzip2 reads the segments that split sends, each decompressed by
// a goroutine of its own, in order. At most workers segments are sent
// ahead of the one being read, and each holds a few chunks of its output,
// so the memory is bounded whatever the file.
type parallelBzip2 struct {
	order chan *bzSegment // the segments, in order; closed after the last
	done  chan struct{}   // closed by Close
	once  sync.Once
	cur   *bzSegment
	chunk []byte // what is left of cur's chunk being read
	held  []byte // that chunk whole, given back to chunks once read
	err   error  // the error that ends the reading, once met
}

// chunks keeps the chunks of decompressed data once read: made anew, they
// were a third of what reading a dump allocated.
var chunks = sync.Pool{New: func() any { return new([bzChunk]byte) }}

// bzChunk is how much of a run's output a chunk holds.
const bzChunk = 256 << 10

// bzSegment is a run of whole streams, decompressed into out; err is the
// error that ended it, set before out is closed.
type bzSegment struct {
	out chan []byte
	err error
}

func (p *parallelBzip2) Read(b []byte) (int, error) {
	for len(p.chunk) == 0 {
		if p.held != nil {
			chunks.Put((*[bzChunk]byte)(p.held))
			p.held = nil
		}
		if p.err != nil {
			return 0, p.err
		}
		if p.cur == nil {
			seg, ok := <-p.order
			if !ok {
				p.err = io.EOF
				continue
			}
			p.cur = seg
		}
		chunk, ok := <-p.cur.out
		if !ok {
			if p.cur.err != nil {
				p.err = p.cur.err
			}
			p.cur = nil
			continue
		}
		p.chunk, p.held = chunk, chunk[:bzChunk]
	}
	n := copy(b, p.chunk)
	p.chunk = p.chunk[n:]
	return n, nil
}

// Close lets the goroutines go, the reading done or not.
func (p *parallelBzip2) Close() error {
	p.once.Do(func() { close(p.done) })
	return nil
}

// split reads r and sends its runs of streams, each of min bytes or more,
// decompressed by a goroutine of its own; an error of r's ends the last
// run, read as far as it goes, as one reader would have read it. Past
// maxRun bytes without the start of a stream, the rest is sent as one run
// that is read from r as it is decompressed.
func (p *parallelBzip2) split(r io.Reader, min, maxRun int) {
	defer close(p.order)
	buf := make([]byte, 0, min+128<<10)
	read := make([]byte, 64<<10)
	searched := 0 // where the search for a stream's start goes on
	sent := false
	for {
		n, err := r.Read(read)
		buf = append(buf, read[:n]...)
		for {
			at := streamStart(buf, max(min, searched))
			if at < 0 {
				searched = max(min, len(buf)-signatureLen+1)
				break
			}
			if !p.send(bytes.NewReader(buf[:at:at]), nil, true) {
				return
			}
			sent = true
			buf = append(make([]byte, 0, max(min+128<<10, len(buf)-at)), buf[at:]...)
			searched = 0
		}
		switch {
		case err == io.EOF:
			if len(buf) > 0 || !sent { // nothing at all is no bzip2, as one reader says
				p.send(bytes.NewReader(buf), nil, false)
			}
			return
		case err != nil:
			p.send(bytes.NewReader(buf), err, false)
			return
		case len(buf) > maxRun:
			p.send(io.MultiReader(bytes.NewReader(buf), r), nil, false)
			return
		}
	}
}

// send starts the decompression of src, a run of streams, whose reading
// ended with tail (nil when src ends as the file or a stream does), and
// which ends where another stream starts when bounded; false when Close
// came first. A bounded run whose last stream runs on past its end is
// damaged: its data, read on, decodes to garbage (one reader gives that
// garbage before it tells the damage, or takes the damage for a cut
// where it reads on to the file's end); here the damage is told at once,
// the bytes of the stream's damaged block left out.
func (p *parallelBzip2) send(src io.Reader, tail error, bounded bool) bool {
	seg := &bzSegment{out: make(chan []byte, 4)}
	select {
	case p.order <- seg:
	case <-p.done:
		return false
	}
	go func() {
		defer close(seg.out)
		z := bzip2.NewReader(src)
		for {
			chunk := chunks.Get().(*[bzChunk]byte)[:]
			n := 0
			var err error
			for n < len(chunk) && err == nil {
				var m int
				m, err = z.Read(chunk[n:])
				n += m
			}
			if n > 0 {
				select {
				case seg.out <- chunk[:n]:
				case <-p.done:
					return
				}
			}
			switch {
			case err == io.EOF:
				seg.err = tail
				return
			case err != nil && tail != nil && errors.Is(err, io.ErrUnexpectedEOF):
				seg.err = tail // the data ran out where r failed
				return
			case bounded && errors.Is(err, io.ErrUnexpectedEOF):
				seg.err = bzip2.StructuralError("a stream runs on past the start of the next")
				return
			case err != nil:
				seg.err = err
				return
			}
		}
	}()
	return true
}

// streamStart returns where in b, from from, a bzip2 stream starts that
// follows one ended there: its head, as compression tells a file in bzip2
// by it, after the end of the stream before, whose magic number, its
// checksum and up to 7 bits of padding lie just before it. A head alone
// could be the compressed data's own bytes; the two together, as good as
// never. -1 when there is none.
func streamStart(b []byte, from int) int {
	for from < len(b) {
		k := bytes.Index(b[from:], []byte("BZh"))
		if k < 0 {
			return -1
		}
		at := from + k
		if len(b)-at < signatureLen {
			return -1
		}
		if compression(string(b[at:at+signatureLen])) == "bzip2" && streamEndsAt(b, at) {
			return at
		}
		from = at + 1
	}
	return -1
}

// streamEndsAt reports whether a bzip2 stream ends at byte at of b: its
// end's magic number (48 bits), its checksum (32 bits) and 0 to 7 bits of
// zeros before at.
func streamEndsAt(b []byte, at int) bool {
	for pad := range 8 {
		start := at*8 - pad - 80 // the magic number's first bit
		if start < 0 {
			return false
		}
		if bits(b, start, 48) == 0x177245385090 && bits(b, at*8-pad, pad) == 0 {
			return true
		}
	}
	return false
}

// bits returns the n bits (n <= 56) of b from bit start, the first the
// highest.
func bits(b []byte, start, n int) uint64 {
	var v uint64
	for i := start; i < start+n; i++ {
		v = v<<1 | uint64(b[i/8]>>(7-i%8)&1)
	}
	return v
}
