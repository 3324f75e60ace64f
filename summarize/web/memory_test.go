package web_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/web"
)

// machineMem is a machine of 23.5 GiB, as /proc/meminfo gives it.
const machineMem = 24683664 << 10

func TestSized(t *testing.T) {
	for _, tc := range []struct {
		name     string
		memory   int64
		inFlight int64
		maxBytes int
	}{
		{"a container of 512 MiB", 512 << 20, 16 << 20, 8 << 20},
		{"a container of 1 GiB", 1 << 30, 32 << 20, 16 << 20},
		{"4 GiB: the defaults", 4 << 30, web.DefaultInFlight, summarize.DefaultMaxBytes},
		{"a machine of 23.5 GiB: the defaults", machineMem, web.DefaultInFlight, summarize.DefaultMaxBytes},
		{"16 MiB: a MiB of room at least", 16 << 20, 1 << 20, 512 << 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inFlight, maxBytes := web.Sized(tc.memory)
			assert.Equal(t, tc.inFlight, inFlight)
			assert.Equal(t, tc.maxBytes, maxBytes)
		})
	}
	_, maxBytes := web.Sized(64 << 30)
	assert.Equal(t, summarize.DefaultMaxBytes, maxBytes, "the library's own default")
}
