package summarize_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/evaluate"
)

// repeated returns text n times over with each line made unique by a
// number in front, so that nothing can be de-duplicated away.
func repeated(text string, n int) string {
	var b strings.Builder
	for k := range n {
		for _, line := range strings.Split(text, "\n") {
			if strings.TrimSpace(line) != "" {
				fmt.Fprintf(&b, "%d ", k)
			}
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// numbered returns n short lines that share their words but for a number
// of their own, as a list or a table does: the document's centroid holds
// every number.
func numbered(n int) string {
	var b strings.Builder
	for k := range n {
		fmt.Fprintf(&b, "ارتفع المؤشر في الجلسة رقم %d.\n", k)
	}
	return b.String()
}

// BenchmarkCheck tells the sample, and 100 copies of it, from the files
// Summarize refuses, as a server checks a request before it summarizes
// it: beside BenchmarkSummarize's sample and x100, what that costs.
func BenchmarkCheck(b *testing.B) {
	seed := readSeed(b)
	for _, c := range []struct{ name, text string }{
		{"sample", seed},
		{"x100", repeated(seed, 100)},
	} {
		b.Run(c.name, func(b *testing.B) {
			var s summarize.Summarizer
			b.ReportAllocs()
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				if err := s.Check(c.text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkSummarize(b *testing.B) {
	seed := readSeed(b)
	for _, c := range []struct {
		name string
		text string
	}{
		{"sample", seed},
		{"x100", repeated(seed, 100)},
		{"x1000", repeated(seed, 1000)},
		{"numbered-20000", numbered(20_000)},
		// As a transcript comes: no sentence marks, no line breaks; one
		// unit, cut into pieces of about 30 words.
		{"sample-unpunctuated", evaluate.Strip(seed, evaluate.SentenceMarks)},
		{"x100-unpunctuated", evaluate.Strip(repeated(seed, 100), evaluate.SentenceMarks)},
	} {
		text := c.text
		b.Run(c.name, func(b *testing.B) {
			var s summarize.Summarizer
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := s.Summarize(text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
