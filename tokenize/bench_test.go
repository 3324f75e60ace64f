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

// The checks run on every text summarize is given, before anything else:
// NotText (another encoding), Escaped (text encoded twice), Backwards
// (visual order).
func BenchmarkChecks(b *testing.B) {
	text := seed(b)
	for _, c := range []struct {
		name  string
		check func(string) (int, int)
	}{
		{"NotText", tokenize.NotText},
		{"Escaped", tokenize.Escaped},
		{"Backwards", tokenize.Backwards},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				_, _ = c.check(text)
			}
		})
	}
}
