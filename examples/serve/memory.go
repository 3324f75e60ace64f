package main

import (
	"fmt"

	"github.com/talkhis/talkhis/examples/internal/memory"
	"github.com/talkhis/talkhis/summarize/web"
)

// Sized returns the bounds a server should keep in m: the bodies read and
// summarized at once (web.Limits.InFlight) and the largest body
// (Summarizer.MaxBytes), each at most its default. The worst texts we have
// made take some twenty-five times their size while they are summarized
// (README, speed in full), so the room is a 32nd of the memory, in which
// they take some four fifths of it, and the largest body half the room,
// two of them at once, as the defaults are. From 4 GiB up the defaults
// stand.
func Sized(m memory.Bound) (inFlight int64, maxBytes int) {
	inFlight = min(web.DefaultInFlight, max(m.Bytes/32, 1<<20))
	return inFlight, int(inFlight / 2)
}

// mib writes n bytes in MiB, or in KiB under one.
func mib(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d MiB", n>>20)
}
