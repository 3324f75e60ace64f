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

// The heap starts at a random place in its first 4 MiB chunk (Go 1.26). When
// the heap's top is in the chunk's last 2 MiB, the rest of the chunk is
// taken and the next one entered, so that the runtime maps it before the
// advice; otherwise nothing is taken.
func TestSpareChunk(t *testing.T) {
	const chunk = 4 << 20
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
		{"top near the end: the least large object", base + chunk - 8<<10, 40 << 10},
		{"top at the next chunk's start", base + chunk, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := spareChunk(tc.top)
			assert.Equal(t, tc.want, got)
			if got > 0 {
				assert.Greater(t, tc.top+got, base+chunk, "reaches into the next chunk")
			}
		})
	}
}
