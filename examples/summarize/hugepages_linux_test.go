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
