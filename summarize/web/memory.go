package web

import "github.com/talkhis/talkhis/summarize"

// Sized returns the bounds a server that may hold memory bytes should keep
// to: the bodies read and summarized at once (Limits.InFlight) and the largest body
// (Summarizer.MaxBytes), each at most its default. The worst texts we have
// made take some twenty-five times their size while they are summarized,
// so the room is a 32nd of the memory, in which they take some four fifths
// of it, and the largest body half the room, two of them at once, as the
// defaults are. From 4 GiB up the defaults stand.
func Sized(memory int64) (inFlight int64, maxBytes int) {
	inFlight = min(DefaultInFlight, max(memory/32, 1<<20))
	return inFlight, int(inFlight / 2)
}

// SizeTo sets what s and lim leave at 0, the largest body (MaxBytes) and
// the room (InFlight), from memory bytes (Sized); memory of 0 or less, not
// known, gives the defaults, made for 4 GiB and more. What is set stands.
// Handler does so with Limits.Memory; a program that says what it chose
// calls it first.
func SizeTo(memory int64, s *summarize.Summarizer, lim *Limits) {
	inFlight, maxBytes := DefaultInFlight, summarize.DefaultMaxBytes
	if memory > 0 {
		inFlight, maxBytes = Sized(memory)
	}
	if lim.InFlight == 0 {
		lim.InFlight = inFlight
	}
	if s.MaxBytes == 0 {
		s.MaxBytes = maxBytes
	}
}
