package summarize_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/rank"
	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/rouge"
)

// section is one file of a txtar archive.
type section struct {
	name, data string
}

// golden compares sections with the txtar archive at path, or rewrites the
// archive under -update. The txtar format (a comment, then "-- name --"
// lines before each file) is small enough not to need a dependency.
func golden(t *testing.T, path, comment string, got []section) {
	t.Helper()
	var b strings.Builder
	b.WriteString(comment)
	for _, s := range got {
		b.WriteString("-- " + s.name + " --\n")
		b.WriteString(s.data)
	}
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run with -update to create it")
	assert.Equal(t, string(want), b.String(), "golden %s differs; rerun with -update if the change is intended", path)
}

// exact writes x so that it reads back to the same bits: the golden file
// then fails on a difference in the last bit, which is what a score
// computed on another machine differs by when the arithmetic is not pinned
// down (a fused multiply-add, another summation order).
func exact(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

// TestGoldenScores pins every score to the bit: the Auto features and
// score of each sentence of the seed and TextRank's scores of it (dense
// graphs), the Auto score and centrality of each sentence of the seed 60
// times over (240 sentences, past rank.DenseLimit, so the sparse graph, and
// past 32 KiB, so shared among the cores), and ROUGE averaged over two references. CI runs
// it on arm64, ppc64le, s390x and riscv64 too (under qemu) and with
// GOAMD64=v3, where Go fuses a*b+c unless told not to, and where gonum's
// and math.Log's amd64 assembly is not used: the same file must hold.
func TestGoldenScores(t *testing.T) {
	seed := readSeed(t)
	var sections []section
	var b strings.Builder

	candidates := func(text string, all bool, atLeast int) string {
		cands, err := (&summarize.Summarizer{}).Candidates(context.Background(), text)
		require.NoError(t, err)
		require.GreaterOrEqual(t, len(cands), atLeast)
		b.Reset()
		for _, c := range cands {
			fmt.Fprintf(&b, "[%d] %s:", c.Index, exact(summarize.DefaultModel.Score(&c.Features)))
			if all {
				for _, f := range c.Features {
					b.WriteString(" " + exact(f))
				}
			} else {
				b.WriteString(" " + exact(c.Features[summarize.FeatCentrality]))
			}
			b.WriteByte('\n')
		}
		return b.String()
	}
	sections = append(sections, section{"seed-auto.txt", candidates(seed, true, 1)})

	all := summarize.Summarizer{Method: summarize.TextRank, MaxSentences: 1 << 20, MaxWords: -1}
	sum, err := all.Summarize(seed)
	require.NoError(t, err)
	b.Reset()
	for _, x := range sum.Sentences {
		fmt.Fprintf(&b, "[%d] %s\n", x.Index, exact(x.Score))
	}
	sections = append(sections, section{"seed-textrank.txt", b.String()})

	long := repeated(seed, 60)
	require.Greater(t, len(long), 32<<10)
	sections = append(sections, section{"seed-x60-auto-centrality.txt", candidates(long, false, rank.DenseLimit+1)})

	ref, err := os.ReadFile("../testdata/seed.reference.txt")
	require.NoError(t, err)
	auto, err := (&summarize.Summarizer{}).Summarize(seed)
	require.NoError(t, err)
	half := strings.Fields(string(ref))
	sc := rouge.Scorer{MaxTokens: 99}.Score(auto.String(), string(ref), strings.Join(half[:len(half)/2], " "))
	b.Reset()
	for _, r := range []struct {
		name string
		s    rouge.Score
	}{{"R1", sc.R1}, {"R2", sc.R2}, {"RL", sc.RL}} {
		fmt.Fprintf(&b, "%s %s %s %s\n", r.name, exact(r.s.Precision), exact(r.s.Recall), exact(r.s.F1))
	}
	sections = append(sections, section{"rouge.txt", b.String()})

	golden(t, "../testdata/golden/scores.txtar", "Every score to the bit, the same on every machine (CI checks amd64 and arm64).\nRegenerate: go test ./summarize -run TestGoldenScores -update\n", sections)
}
