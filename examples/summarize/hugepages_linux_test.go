package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Huge pages are advice: memory the program holds reads the same after the
// heap's pages are collapsed, however often it is asked.
func TestHugePagesKeepMemory(t *testing.T) {
	bufs := make([][]byte, 64) // 4 MiB in pieces, around the heap's top
	for k := range bufs {
		bufs[k] = make([]byte, 64<<10)
		for i := range bufs[k] {
			bufs[k][i] = byte(i*7 + k)
		}
	}
	for range 3 {
		hugePages()
	}
	for k := range bufs {
		for i, b := range bufs[k] {
			if b != byte(i*7+k) {
				assert.Failf(t, "memory changed", "buffer %d byte %d: %d", k, i, b)
				return
			}
		}
	}
}

// The advice covers the huge page of the heap's first free pages and every
// page after it up to the end of the chunk that the taken bytes reach, even
// when that chunk is the first of the next 64 MiB arena.
func TestAdvised(t *testing.T) {
	const mib = 1 << 20
	arena := uintptr(0x7a5c_0000_0000) // 64 MiB-aligned
	for _, tc := range []struct {
		name    string
		at, top uintptr
		lo, n   uintptr
	}{
		{"first half of a chunk, nothing taken", arena + 1*mib + 0x36000, arena + 1*mib + 0x46000, arena, 4 * mib},
		{"second half, the rest taken and 8 KiB more", arena + 3*mib, arena + 4*mib + 8<<10, arena + 2*mib, 6 * mib},
		{"last chunk of the arena, the next arena entered", arena + 63*mib, arena + 64*mib + 8<<10, arena + 62*mib, 6 * mib},
		{"top at the chunk's end", arena + 2*mib + 4096, arena + 4*mib, arena + 2*mib, 2 * mib},
		{"taken bytes placed elsewhere", arena + 1*mib, arena + 40*mib, arena, 4 * mib},
		{"taken bytes below", arena + 1*mib, arena, arena, 4 * mib},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lo, n := advised(tc.at, tc.top)
			assert.Equal(t, tc.lo, lo, "start")
			assert.Equal(t, tc.n, n, "length")
		})
	}
}

// heapAlloc's bytes are on the heap: one allocation each time. (On the
// stack they would be zeroed, and their address would not be the heap's.)
func TestHeapAllocOnHeap(t *testing.T) {
	// A constant size, as hugePages passes, is what the compiler can put on
	// the stack.
	assert.Equal(t, 1.0, testing.AllocsPerRun(5, func() { heapAlloc(probeBytes) }))
	// A size known only when it runs, as the spare bytes': Go puts such a
	// slice of over 32 bytes on the heap whatever heapAlloc does, so this
	// one guards against a compiler that goes further, not against the
	// stack version above.
	n := uintptr(40 << 10)
	assert.Equal(t, 1.0, testing.AllocsPerRun(5, func() { heapAlloc(n) }))
}

// The heap starts at a random place in its first 4 MiB chunk (Go 1.26). When
// the heap's top is in the chunk's last 2 MiB, the rest of the chunk is
// taken and the next one entered, so that the runtime maps it before the
// advice; otherwise nothing is taken.
func TestSpareChunk(t *testing.T) {
	base := uintptr(0x7a5c_0000_0000) // chunk-aligned
	for _, tc := range []struct {
		name string
		top  uintptr
		want uintptr
	}{
		{"top at the chunk's start: two huge pages of room", base, 0},
		{"top in the first half", base + 1<<20 + 4096, 0},
		{"top one byte short of the second half", base + 2<<20 - 1, 0},
		{"top at the second half's start: one whole huge page of room", base + 2<<20, 0},
		{"top in the second half", base + 3<<20, 1<<20 + 8<<10},
		{"top near the end: the least large object", base + chunkBytes - 8<<10, 40 << 10},
		{"top at the next chunk's start", base + chunkBytes, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := spareChunk(tc.top)
			assert.Equal(t, tc.want, got)
			if got > 0 {
				assert.Greater(t, tc.top+got, base+chunkBytes, "reaches into the next chunk")
			}
		})
	}
}
