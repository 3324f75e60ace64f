package summarize

import (
	"bytes"
	"compress/bzip2"
	"encoding/binary"
	"errors"
	"io"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// Go's bzip2 reader decompresses some 15 MB a second on one core, the slow
// part of reading a wiki's dump (an 8 GB dump's XML took some nine minutes
// to decompress alone). A file of many bzip2 streams, one after another, as
// Wikipedia's multistream dumps are (a stream every 100 pages), is read
// here on all cores: each run of streams is decompressed apart, and what
// they hold is given in order, byte for byte what one reader gives (but
// for a damaged stream's garbage: see send). A long stream, as a file of
// one stream is (what bzip2 itself writes), is read a block at a time on
// all cores (see blocks).

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
// in a file of one stream, as most bzip2 files are, the stream is read a
// block at a time.
func newBzip2Reader(r io.Reader, workers, minRun, maxRun int) io.ReadCloser {
	return startBzip2(r, workers, minRun, maxRun, nextMagic)
}

// startBzip2 is newBzip2Reader with the finder of blocks' boundaries
// given (a test's adds false ones).
func startBzip2(r io.Reader, workers, minRun, maxRun int, magic func([]byte, int) (int, bool)) io.ReadCloser {
	if workers <= 1 {
		return io.NopCloser(bzip2.NewReader(r))
	}
	p := &parallelBzip2{
		order:   make(chan *bzSegment, workers),
		done:    make(chan struct{}),
		magic:   magic,
		workers: workers,
	}
	go p.split(&stickyReader{r: r}, minRun, max(maxRun, 2*minRun))
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

	next *bzSegment // a segment taken from order ahead of its turn
	crc  uint32     // the checksum of the blocks read of a stream, as bzip2 combines them

	magic func(b []byte, from int) (at int, final bool) // nextMagic

	workers  int
	segments chan *bzSegment // the runs and blocks, in order, for bzWorkers; made with the first
	readers  atomic.Int32    // the readers of Go's made, a few for a file
}

// chunks keeps the chunks of decompressed data once read: made anew, they
// were a third of what reading a dump allocated.
var chunks = sync.Pool{New: func() any { return new([bzChunk]byte) }}

// bzChunk is how much of a run's output a chunk holds.
const bzChunk = 256 << 10

// bzSegment is a run of whole streams, or a block of one, decompressed
// into out; err is the error that ended it, and sent whether any of the
// output was sent, both set before out is closed.
type bzSegment struct {
	out   chan []byte
	err   error
	piece *bzPiece // the block, when it is one
	run   []byte   // the streams, when a bzWorker reads them
	sent  bool

	// padded is the rest of a stream from a block's start, as blocks
	// sends it, with the bits its bytes leave out (up to 7) and zeros
	// after them to a byte; nil when it leaves none out.
	padded []byte
}

// runsOn is the error of a segment whose data ran out before its last
// block ended, which its reader read on past the segment's end: a block cut
// short by a false start, or a run whose last stream is damaged.
func (seg *bzSegment) runsOn() error {
	if seg.piece != nil {
		return bzip2.StructuralError("a block runs on past the start of the next")
	}
	return bzip2.StructuralError("a stream runs on past the start of the next")
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
			if p.cur = p.take(); p.cur == nil {
				p.err = io.EOF
				continue
			}
		}
		chunk, ok := <-p.cur.out
		if !ok {
			p.err = p.ended()
			continue
		}
		p.chunk, p.held = chunk, chunk[:bzChunk]
	}
	n := copy(b, p.chunk)
	p.chunk = p.chunk[n:]
	return n, nil
}

// take returns the next segment in order, nil after the last.
func (p *parallelBzip2) take() *bzSegment {
	if seg := p.next; seg != nil {
		p.next = nil
		return seg
	}
	return <-p.order // nil once closed
}

// ended is called when the current segment's output has been read, and
// returns the error that ends the reading, if any. A block's checksum is
// combined into its stream's, which is checked at the stream's end, as one
// reader checks it. A block that fails to decode, having sent nothing, may
// end where its data only looks like the start of the next (the magic
// number, 48 bits, turns up in compressed data once in some 35 TB): it is
// decoded again with the blocks after it, a few at most, which are passed
// over.
func (p *parallelBzip2) ended() error {
	seg := p.cur
	p.cur = nil
	pc := seg.piece
	if pc == nil {
		return seg.err
	}
	if seg.err != nil {
		if seg.sent || pc.final || len(pc.spans) > maxMerged {
			return seg.err
		}
		next := p.take()
		if next == nil || next.piece == nil {
			p.next = next
			return seg.err
		}
		go drain(next)
		merged := &bzPiece{level: pc.level, spans: append(slices.Clip(pc.spans), next.piece.spans...), crc: pc.crc, final: next.piece.final, want: next.piece.want}
		p.cur = &bzSegment{out: make(chan []byte, 4), piece: merged}
		go p.decode(p.cur, nil, nil)
		return nil
	}
	p.crc = (p.crc<<1 | p.crc>>31) ^ pc.crc
	if pc.final {
		ok := p.crc == pc.want
		p.crc = 0
		if !ok {
			return bzip2.StructuralError("file checksum mismatch")
		}
	}
	return nil
}

// maxMerged bounds the blocks decoded again as one: a block that fails
// with the next two is damaged, not cut short.
const maxMerged = 3

// drain reads what seg sends to its end, giving the chunks back.
func drain(seg *bzSegment) {
	for chunk := range seg.out {
		chunks.Put((*[bzChunk]byte)(chunk[:bzChunk]))
	}
}

// Close lets the goroutines go, the reading done or not.
func (p *parallelBzip2) Close() error {
	p.once.Do(func() { close(p.done) })
	return nil
}

// split reads r and sends its runs of streams, each of min bytes or more,
// decompressed by a goroutine of its own; an error of r's ends the last
// run, read as far as it goes, as one reader would have read it. Past
// maxRun bytes without the start of a stream, or at the end of a file
// whose start no run has been sent of (a file of one stream, the most
// common), the stream is sent a block at a time (blocks), and what
// follows its end goes on as before.
func (p *parallelBzip2) split(r *stickyReader, min, maxRun int) {
	defer func() {
		close(p.order)
		if p.segments != nil {
			close(p.segments)
		}
	}()
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
			if !p.sendRun(buf[:at:at]) {
				return
			}
			sent = true
			buf = append(make([]byte, 0, max(min+128<<10, len(buf)-at)), buf[at:]...)
			searched = 0
		}
		switch {
		case err == io.EOF:
			if !sent && blockHead(buf) { // a file of one stream, or of a few
				rest, ok := p.blocks(buf, r, read)
				if !ok {
					return
				}
				buf, sent = rest, true
			}
			if len(buf) > 0 || !sent { // nothing at all is no bzip2, as one reader says
				p.send(bytes.NewReader(buf), nil, nil)
			}
			return
		case err != nil:
			p.send(bytes.NewReader(buf), err, nil)
			return
		case len(buf) <= maxRun || len(buf) < blockHeadLen:
		case !blockHead(buf):
			p.send(io.MultiReader(bytes.NewReader(buf), r), nil, nil)
			return
		default:
			rest, ok := p.blocks(buf, r, read)
			if !ok {
				return
			}
			buf, searched, sent = rest, 0, true
		}
	}
}

// stickyReader keeps the error that ended r's reading, and gives it again
// without reading r.
type stickyReader struct {
	r   io.Reader
	err error
}

func (s *stickyReader) Read(b []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.r.Read(b)
	s.err = err
	return n, err
}

// blocks sends the blocks of the stream that buf starts with, each decoded
// as a stream of its own by a goroutine of its own, and returns what
// follows the stream's end; false when Close came first, when the stream
// runs to the end of r without an end (cut off or damaged, where one
// reader fails too: its rest is then sent as one run), or when a block
// runs on past maxBlockBytes (damaged: the error is sent). A block's bits
// lie between its magic number and the next one's, at any bit. The
// stream's end is its end's magic number, the stream's checksum and up to
// 7 bits of padding, then the file's end or another stream ("BZ"), as one
// reader reads on; compressed data that looks like an end, followed by
// other bytes, is none.
func (p *parallelBzip2) blocks(buf []byte, r *stickyReader, read []byte) ([]byte, bool) {
	level := buf[3]
	data := buf
	start := 32 // the bit where the block being bounded starts
	from := start + 48
	piece := func(end int) *bzPiece {
		return &bzPiece{level: level, spans: []bitSpan{{data, start, end}}, crc: uint32(bits(data, start+48, 32))}
	}
	for {
		at, final := p.magic(data, from)
		switch {
		case at < 0:
			from = max(from, len(data)*8-47)
		case !final:
			if !p.sendPiece(piece(at)) {
				return nil, false
			}
			data = data[at/8:]
			start, from = at%8, at%8+48
			continue
		default:
			end := (at + 80 + 7) / 8 // past the checksum and padding
			if len(data) < end+2 && r.err == nil {
				from = at // read on, to see what follows it
				break
			}
			if len(data) == end || len(data) >= end+2 && data[end] == 'B' && data[end+1] == 'Z' {
				last := piece(at)
				last.final, last.want = true, uint32(bits(data, at+48, 32))
				return data[end:], p.sendPiece(last)
			}
			from = at + 1
			continue
		}
		if r.err != nil {
			// The rest from the block's start, as one reader reads it, but
			// for up to 7 bits at the end, which would make the block's
			// stream a byte longer: a block cut off ends sooner.
			var w bitWriter
			w.head(level)
			w.copy(data, start, len(data)*8)
			tail := r.err
			if tail == io.EOF {
				tail = nil
			}
			rest := w.out
			var padded []byte // with the bits left out, for the error (see ranOut)
			if w.n > 0 {
				w.put(0, 8-w.n)
				padded = w.out
			}
			p.send(bytes.NewReader(rest), tail, padded)
			return nil, false
		}
		if len(data)*8-start > 8*maxBlockBytes {
			p.sendError(bzip2.StructuralError("a block runs on past 3 MiB"))
			return nil, false
		}
		n, _ := r.Read(read)
		data = append(data, read[:n]...)
	}
}

// maxBlockBytes bounds a block's compressed data: 900,000 symbols at most
// (bzip2 -9's block, one symbol a byte at worst), each of a Huffman code
// of 20 bits at most, make 2.25 MB, with its tables and selectors some
// 30 KB more. A block that runs on past it is damaged, and one reader
// fails on it too.
const maxBlockBytes = 3 << 20

// bzPiece is a block of a stream: its bits, from its magic number to the
// next's, in one span or, decoded again as one with those after it (see
// ended), several. It is decoded as a stream of its own: a stream's head,
// the block, and the stream's end, with the block's checksum as the
// stream's.
type bzPiece struct {
	level byte      // the stream's block size, '1' to '9'
	spans []bitSpan // the block's bits
	crc   uint32    // the block's checksum, from its head
	final bool      // the stream ends after it, its checksum want
	want  uint32
}

// bitSpan is bits [from, to) of b, the first bit of a byte its highest.
type bitSpan struct {
	b        []byte
	from, to int
}

// stream returns the block as a stream of its own.
func (pc *bzPiece) stream() []byte {
	size := 0
	for _, s := range pc.spans {
		size += s.to - s.from
	}
	w := bitWriter{out: make([]byte, 0, 4+size/8+11)}
	w.head(pc.level)
	for _, s := range pc.spans {
		w.copy(s.b, s.from, s.to)
	}
	w.put(finalMagic, 48)
	w.put(uint64(pc.crc), 32)
	if w.n > 0 {
		w.put(0, 8-w.n)
	}
	return w.out
}

// bitWriter writes bits, the first of a byte its highest; out holds the
// whole bytes, acc the n bits (fewer than 8) after them.
type bitWriter struct {
	out []byte
	acc uint64
	n   int
}

// head writes a stream's head, "BZh" and the block size.
func (w *bitWriter) head(level byte) {
	w.out = append(w.out, 'B', 'Z', 'h', level)
}

// put writes the n lowest bits of v (n <= 56), the highest first.
func (w *bitWriter) put(v uint64, n int) {
	w.acc = w.acc<<n | v&(1<<n-1)
	w.n += n
	for w.n >= 8 {
		w.n -= 8
		w.out = append(w.out, byte(w.acc>>w.n))
	}
	w.acc &= 1<<w.n - 1
}

// copy writes bits [from, to) of b.
func (w *bitWriter) copy(b []byte, from, to int) {
	if k := min(-from&7, to-from); k > 0 {
		w.put(bits(b, from, k), k)
		from += k
	}
	whole := (to - from) / 8
	if w.n == 0 {
		w.out = append(w.out, b[from/8:from/8+whole]...)
	} else {
		for _, c := range b[from/8 : from/8+whole] {
			w.put(uint64(c), 8)
		}
	}
	from += 8 * whole
	w.put(bits(b, from, to-from), to-from)
}

// The magic numbers of bzip2: a block's start, and a stream's end.
const (
	blockMagic = 0x314159265359
	finalMagic = 0x177245385090
)

// blockHeadLen is the length of a stream's head and its first block's
// magic number.
const blockHeadLen = 10

// blockHead reports whether b starts with a stream's head and its first
// block's magic number.
func blockHead(b []byte) bool {
	return len(b) >= blockHeadLen && string(b[:3]) == "BZh" && '1' <= b[3] && b[3] <= '9' && bits(b, 32, 48) == blockMagic
}

// nextMagic returns the first bit of b, from from on, where a block's
// magic number or a stream end's lies whole, and whether it is the end's;
// -1 when there is none. A magic number that starts at bit k of byte j
// (k < 8) fills byte j+1 with 8 of its bits, which rule out all but a few
// bytes in 16: magicAfter tells the shifts that byte allows, and only
// those are read.
func nextMagic(b []byte, from int) (int, bool) {
	const mask = 1<<48 - 1
	j := from / 8
	for ; j+8 <= len(b); j++ {
		shifts := magicAfter[b[j+1]]
		if shifts == 0 {
			continue
		}
		w := binary.BigEndian.Uint64(b[j:])
		for k := range 8 {
			if shifts&(1<<k|1<<(8+k)) == 0 || 8*j+k < from {
				continue
			}
			switch w >> (16 - k) & mask {
			case blockMagic:
				return 8*j + k, false
			case finalMagic:
				return 8*j + k, true
			}
		}
	}
	for at := max(from, 8*j); at+48 <= 8*len(b); at++ {
		switch bits(b, at, 48) {
		case blockMagic:
			return at, false
		case finalMagic:
			return at, true
		}
	}
	return -1, false
}

// magicAfter holds, for each byte, the shifts k at which a block's magic
// number (bit k) or an end's (bit 8+k) starting at bit k of the byte
// before would fill it with that byte.
var magicAfter = func() (t [256]uint16) {
	for k := range 8 {
		t[blockMagic>>(32+k)&0xFF] |= 1 << k
		t[finalMagic>>(32+k)&0xFF] |= 1 << (8 + k)
	}
	return t
}()

// send starts the decompression of src, the rest of the file as a run of
// streams, whose reading ended with tail (nil when src ends as the file or
// a stream does), by a reader of its own; false when Close came first.
// padded is the segment's (see bzSegment).
func (p *parallelBzip2) send(src io.Reader, tail error, padded []byte) bool {
	seg := &bzSegment{out: make(chan []byte, 4), padded: padded}
	if !p.enqueue(seg) {
		return false
	}
	go p.decode(seg, src, tail)
	return true
}

// sendRun gives run, whole streams that end where another starts, to the
// workers (see work); false when Close came first. A run whose last stream
// runs on past its end is damaged: its data, read on, decodes to garbage
// (one reader gives that garbage before it tells the damage, or takes the
// damage for a cut where it reads on to the file's end); here the damage
// is told at once, the bytes of the stream's damaged block left out.
func (p *parallelBzip2) sendRun(run []byte) bool {
	return p.work(&bzSegment{out: make(chan []byte, 4), run: run})
}

// lastBlock returns the byte of run from which a reader reads its last
// block: the one after the byte its magic number starts in, whose first
// bits may end the block before it. -1 when it has none.
func lastBlock(run []byte) int {
	last := -1 // the bit where its last block starts, or a bit of its data (a false start)
	for at, final := nextMagic(run, 0); at >= 0; at, final = nextMagic(run, at+1) {
		if !final {
			last = at
		}
	}
	if last < 0 {
		return -1
	}
	return last/8 + 1
}

// sendPiece gives a block to the workers (see work); false when Close came
// first.
func (p *parallelBzip2) sendPiece(pc *bzPiece) bool {
	return p.work(&bzSegment{out: make(chan []byte, 4), piece: pc})
}

// work puts seg in order and gives it to the bzWorkers, started with
// the first; false when Close came first. A worker is free for it once the
// segments before it are decoded and their output taken, since they are
// taken in order: it waits for the one being read at worst.
func (p *parallelBzip2) work(seg *bzSegment) bool {
	if !p.enqueue(seg) {
		return false
	}
	if p.segments == nil {
		p.segments = make(chan *bzSegment)
		for range p.workers {
			go (&bzWorker{p: p}).run()
		}
	}
	select {
	case p.segments <- seg:
		return true
	case <-p.done:
		return false
	}
}

// sendError sends a segment that gives nothing but err.
func (p *parallelBzip2) sendError(err error) {
	seg := &bzSegment{out: make(chan []byte), err: err}
	close(seg.out)
	p.enqueue(seg)
}

// enqueue puts seg in order; false when Close came first.
func (p *parallelBzip2) enqueue(seg *bzSegment) bool {
	select {
	case p.order <- seg:
		return true
	case <-p.done:
		return false
	}
}

// decode decompresses what src gives into seg's out (see send), or of a
// block, its stream, made here on the goroutine that decodes it.
func (p *parallelBzip2) decode(seg *bzSegment, src io.Reader, tail error) {
	defer close(seg.out)
	p.readers.Add(1)
	if seg.piece != nil {
		src = bytes.NewReader(seg.piece.stream())
	}
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
				seg.sent = true
			case <-p.done:
				return
			}
		}
		switch {
		case err == io.EOF:
			seg.err = tail
			return
		case seg.piece != nil && errors.Is(err, io.ErrUnexpectedEOF):
			seg.err = seg.runsOn()
			return
		case errors.Is(err, io.ErrUnexpectedEOF):
			seg.err = seg.ranOut(tail)
			return
		case err != nil:
			seg.err = err
			return
		}
	}
}

// ranOut is the error of a run whose data ran out before its last block
// ended: tail, where r failed (a reader's failure is told as it is), or
// else io.ErrUnexpectedEOF, as one reader tells a cut. The rest of a
// stream from a block's start, as blocks sends it, leaves out the file's
// last bits, up to 7, which one reader reads: its block may have run on
// past them, as a cut's does, or failed in them, damaged. Decoded again
// with them, and zeros after them to a byte, it runs out only where it ran
// on past them: a cut. Where it does not, the zeros or the bits decided
// it, and the error is both damage's and the cut's (lastBits).
func (seg *bzSegment) ranOut(tail error) error {
	if tail != nil {
		return tail // r's failure is what to mend, whatever the bits before it held
	}
	if seg.padded == nil {
		return io.ErrUnexpectedEOF
	}
	_, err := io.Copy(io.Discard, bzip2.NewReader(bytes.NewReader(seg.padded)))
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return io.ErrUnexpectedEOF
	}
	return lastBits{}
}

// lastBits is the error of data that ends in a block whose last bits,
// up to 7, tell whether it was cut there or damaged, which is not known
// (see ranOut): it is a bzip2.StructuralError, as damage is, and
// io.ErrUnexpectedEOF, as a cut is, as errors.As and errors.Is tell, so
// that a cut file is read as far as it goes (uncut) and damage is told as
// damage.
type lastBits struct{}

func (lastBits) Error() string {
	return "bzip2 data invalid or cut off: the data ends in a block damaged or cut in its last bits"
}

func (lastBits) Unwrap() []error {
	return []error{bzip2.StructuralError("a block damaged or cut in its last bits"), io.ErrUnexpectedEOF}
}

// A bzWorker decodes segments, runs of whole streams and blocks, one
// after another through one reader of Go's, which keeps its tables from
// one to the next (3.6 MB at bzip2 -9), where a reader made for each
// segment made them anew: a block is given to it as a stream of its own,
// and the segments as one file of many streams. Its reader asks for the
// byte after a stream's end only once it has given all that the stream's
// last block holds (a block gives one byte at least), and then the next
// segment's bytes follow. A reader that asks for it before it has given
// anything of the segment's last block since it began to read it is
// decoding past the segment's end, as a block cut short by a false start
// or a damaged stream does: that segment fails, as its own reader would,
// and the next is read by a new reader. The reader begins to read a
// block's data only once the block before it has given all it holds: it
// reads a byte only as it needs its bits, and the bits of the last block's
// magic number only after that output.
type bzWorker struct {
	p     *parallelBzip2
	seg   *bzSegment // the segment being decoded; nil between segments
	rest  []byte     // what is left of its streams before its last block, or after
	last  []byte     // its streams from the byte from which its last block is read, while rest is before it
	gave  bool       // whether the reader has given any output since it began to read last
	chunk []byte     // the output not yet sent, chunk[:n]
	n     int
	moved bool // the reader went on to the next segment in the Read under way
}

// errBzip2Closed ends a bzWorker's reader once Close has come.
var errBzip2Closed = errors.New("bzip2: reader closed")

// run decodes the segments that come, each with the reader of the one
// before unless that one failed.
func (w *bzWorker) run() {
	defer func() {
		if w.chunk != nil {
			chunks.Put((*[bzChunk]byte)(w.chunk))
		}
	}()
	for w.take() {
		w.p.readers.Add(1)
		err := w.copy(bzip2.NewReader(w))
		if w.seg == nil { // every segment decoded: there are no more
			return
		}
		select {
		case <-w.p.done:
			return
		default:
		}
		if errors.Is(err, io.ErrUnexpectedEOF) {
			err = w.seg.runsOn()
		}
		if w.n > 0 {
			if !w.send(w.chunk[:w.n]) {
				return
			}
			w.chunk = nil
		}
		w.end(err)
	}
}

// take waits for the next segment; false when there are no more, or Close
// has come.
func (w *bzWorker) take() bool {
	select {
	case seg, ok := <-w.p.segments:
		if !ok {
			return false
		}
		var streams []byte
		var mark int
		if seg.piece != nil {
			streams, mark = seg.piece.stream(), 5 // after its head, as lastBlock reads it
		} else {
			streams, mark = seg.run, lastBlock(seg.run)
		}
		w.seg, w.rest, w.last, w.gave = seg, streams, nil, true
		if mark >= 0 {
			w.rest, w.last, w.gave = streams[:mark], streams[mark:], false
		}
		return true
	case <-w.p.done:
		return false
	}
}

// copy sends what z gives, a chunk at a time, to the segment it is of,
// until z fails or ends.
func (w *bzWorker) copy(z io.Reader) error {
	for {
		if w.chunk == nil {
			w.chunk, w.n = chunks.Get().(*[bzChunk]byte)[:], 0
		}
		at := w.n
		m, err := z.Read(w.chunk[at:])
		if w.moved { // what it gave is the next segment's, whose output starts the chunk
			w.moved = false
			copy(w.chunk, w.chunk[at:at+m])
			at = 0
		}
		w.n = at + m
		w.gave = w.gave || m > 0
		if w.n == len(w.chunk) {
			if !w.send(w.chunk) {
				return errBzip2Closed
			}
			w.chunk = nil
		}
		if err != nil {
			return err
		}
	}
}

// send sends out, when it holds any, to the segment's output; false when
// Close came first.
func (w *bzWorker) send(out []byte) bool {
	if len(out) == 0 {
		return true
	}
	select {
	case w.seg.out <- out:
		w.seg.sent = true
		return true
	case <-w.p.done:
		return false
	}
}

// end ends the segment with err.
func (w *bzWorker) end(err error) {
	w.seg.err = err
	close(w.seg.out)
	w.seg = nil
}

// Read makes w an io.Reader, as bzip2.NewReader takes one; the reader
// reads an io.ByteReader a byte at a time (ReadByte), without a buffer of
// its own that would read past a segment's end, so it never calls Read.
func (w *bzWorker) Read(b []byte) (int, error) {
	if len(b) == 0 {
		return 0, nil
	}
	c, err := w.ReadByte()
	if err != nil {
		return 0, err
	}
	b[0] = c
	return 1, nil
}

// ReadByte gives the reader its segment's bytes, and past its end, the
// next segment's (see bzWorker).
func (w *bzWorker) ReadByte() (byte, error) {
	if len(w.rest) == 0 {
		if err := w.next(); err != nil {
			return 0, err
		}
	}
	c := w.rest[0]
	w.rest = w.rest[1:]
	return c, nil
}

// next is ReadByte's at the end of rest: on to the segment's last block,
// or past the segment's end, to the next segment, or the reader's error.
// The segment's last output is then in the chunk the reader is writing
// to, past which it will write the next segment's: it is sent as a copy.
func (w *bzWorker) next() error {
	switch {
	case w.seg == nil: // asked again after the last segment's end
		return io.EOF
	case len(w.last) > 0:
		w.rest, w.last, w.gave = w.last, nil, false
		return nil
	case !w.gave:
		return io.ErrUnexpectedEOF
	}
	if w.n > 0 {
		last := chunks.Get().(*[bzChunk]byte)[:w.n]
		copy(last, w.chunk)
		if !w.send(last) {
			return errBzip2Closed
		}
		w.n = 0
	}
	w.end(nil)
	if !w.take() {
		return io.EOF
	}
	w.moved = true
	return nil
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
		if bits(b, start, 48) == finalMagic && bits(b, at*8-pad, pad) == 0 {
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
