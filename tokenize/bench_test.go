package tokenize_test

import (
	"os"
	"testing"

	"github.com/talkhis/talkhis/tokenize"
)

func seed(b *testing.B) string {
	t, err := os.ReadFile("../testdata/seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(t)
}

func BenchmarkNormalize(b *testing.B) {
	text := seed(b)
	for _, c := range []struct{ name, text string }{
		{"already-normal", tokenize.Normalize(text)},
		{"seed", text},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				_ = tokenize.Normalize(c.text)
			}
		})
	}
}

func BenchmarkSentences(b *testing.B) {
	text := seed(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		_ = tokenize.Sentences(text)
	}
}

func BenchmarkTerms(b *testing.B) {
	text := seed(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	var dst []string
	for b.Loop() {
		dst, _ = tokenize.AppendTerms(dst[:0], text, nil)
	}
}

// NotText runs on every text summarize is given, before anything else.
func BenchmarkNotText(b *testing.B) {
	text := seed(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		_, _ = tokenize.NotText(text)
	}
}

// Backwards runs on every text summarize is given, after NotText.
func BenchmarkBackwards(b *testing.B) {
	text := seed(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		_, _ = tokenize.Backwards(text)
	}
}

// Escaped runs on every text summarize is given, after NotText.
func BenchmarkEscaped(b *testing.B) {
	text := seed(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		_, _ = tokenize.Escaped(text)
	}
}
