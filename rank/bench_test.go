package rank_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/talkhis/talkhis/rank"
)

// seedTimes is the sample n times over, each line made unique.
func seedTimes(b testing.TB, n int) string {
	t, err := os.ReadFile("../testdata/seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for k := range n {
		for _, line := range strings.Split(string(t), "\n") {
			fmt.Fprintf(&sb, "%d %s\n", k, line)
		}
	}
	return sb.String()
}

func BenchmarkRank(b *testing.B) {
	for _, n := range []int{1, 10, 100, 1000} {
		text := seedTimes(b, n)
		vs := vectors(text)
		ctx := context.Background()
		b.Run(fmt.Sprintf("dense/x%d", n), func(b *testing.B) {
			if len(vs) > 1000 {
				b.Skip("the dense graph of this many sentences is what the sparse one avoids")
			}
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := rank.TextRank(ctx, rank.Similarity(vs), rank.Params{}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("sparse/x%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				g, err := rank.SparseSimilarity(ctx, vs)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := rank.SparseTextRank(ctx, g, rank.Params{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
