package summarize

import (
	"fmt"
	"strings"
)

// A SizeError is input refused for its size (it is ErrTooLarge for
// errors.Is): what was refused, its size where it was read, and the bound
// it is past. Every refusal for size in this package is one, so that a
// program can answer with the bound itself (a server's 413 with the
// limit) and have the remedy name the setting its users know (a flag, a
// configuration key: Summarizer.MaxBytesName) in a text it need not
// rewrite.
type SizeError struct {
	// What names what was refused: "the text", "the file a.txt of the
	// archive", "the JSON document on line 3".
	What string
	// Size is its size in bytes; 0 where it was read no further than the
	// bound, so that a large input is not held to be measured.
	Size int64
	// Limit is the bound in bytes, Summarizer.ByteLimit.
	Limit int
	// Setting names what raises the bound; "" is "Summarizer.MaxBytes".
	Setting string
	// Fix is what else may be done ("split it"); "" for nothing else.
	Fix string
}

func (e *SizeError) Error() string {
	var b strings.Builder
	b.WriteString(ErrTooLarge.Error())
	if e.Size > 0 {
		fmt.Fprintf(&b, ": %s is %d bytes, past the bound of %d", e.What, e.Size, e.Limit)
	} else {
		fmt.Fprintf(&b, ": %s is past the bound of %d bytes", e.What, e.Limit)
	}
	setting := e.Setting
	if setting == "" {
		setting = "Summarizer.MaxBytes"
	}
	fmt.Fprintf(&b, " (raise %s", setting)
	if e.Fix != "" {
		b.WriteString(", or " + e.Fix)
	}
	b.WriteByte(')')
	return b.String()
}

// Is makes a SizeError ErrTooLarge.
func (e *SizeError) Is(target error) bool { return target == ErrTooLarge }

// tooLarge is the SizeError of what, of size bytes (0: not read to its
// end), past s's bound.
func (s *Summarizer) tooLarge(what string, size int64, fix string) error {
	return &SizeError{What: what, Size: size, Limit: s.ByteLimit(), Setting: s.MaxBytesName, Fix: fix}
}
