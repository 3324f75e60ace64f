package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFitCLI(t *testing.T) {
	dir := t.TempDir()
	var a, b strings.Builder
	for i := range 8 {
		fmt.Fprintf(&a, `{"id":"a%d","title":"النفط","text":"ارتفعت أسعار النفط اليوم %d. وقال محللون إن السوق متوترة. وافتتح معرض.","summaries":["ارتفعت أسعار النفط اليوم"]}`+"\n", i, i)
		fmt.Fprintf(&b, `{"id":"b%d","title":"","text":"افتتح معرض الكتاب %d. وحضره الوزير. وكان الإقبال كبيرا.","summaries":["افتتح معرض الكتاب وحضره الوزير"]}`+"\n", i, i)
	}
	pa, pb := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
	require.NoError(t, os.WriteFile(pa, []byte(a.String()), 0o644))
	require.NoError(t, os.WriteFile(pb, []byte(b.String()), 0o644))

	var stdout, stderr bytes.Buffer
	code := run([]string{"-a", pa, "-b", pb, "-folds", "2"}, &stdout, &stderr)
	require.Equal(t, 0, code, stderr.String())
	out := stdout.String()
	assert.Equal(t, 4, strings.Count(out, "| fitted |")+strings.Count(out, "| default |"), "2 folds x 2 models")
	assert.Contains(t, out, `{"weights":[`)
	assert.Contains(t, out, "var DefaultModel = Model{Weights: Features{")
	assert.Contains(t, out, "FeatFirstTitle:")

	stdout.Reset()
	require.Equal(t, 0, run([]string{"-a", pa, "-folds", "2", "-direct"}, &stdout, &stderr), stderr.String())
	assert.Equal(t, 2, strings.Count(stdout.String(), "| direct |"), "-direct adds a row a fold")

	stdout.Reset()
	require.Equal(t, 0, run([]string{"-a", pa, "-folds", "2"}, &stdout, &stderr), stderr.String())
	require.NotContains(t, stdout.String(), "\tFeatPosition: 0.0000,\n", "fitted, both features get a weight on this corpus")
	require.NotContains(t, stdout.String(), "\tFeatLengthGap: 0.0000,\n")
	stdout.Reset()
	require.Equal(t, 0, run([]string{"-a", pa, "-folds", "2", "-drop", "position, lengthGap"}, &stdout, &stderr), stderr.String())
	assert.Contains(t, stdout.String(), "\tFeatPosition: 0.0000,\n", "a dropped feature keeps weight 0")
	assert.Contains(t, stdout.String(), "\tFeatLengthGap: 0.0000,\n")

	assert.Equal(t, 2, run(nil, &stdout, &stderr), "no corpus is bad usage")
	stderr.Reset()
	assert.Equal(t, 2, run([]string{"-a", pa, pb}, &stdout, &stderr), "an argument past the flags is bad usage, where it was passed over")
	assert.Equal(t, "fit: unexpected argument \""+pb+"\": name each corpus with -a or -b\n", stderr.String())
	stderr.Reset()
	assert.Equal(t, 2, run([]string{"-a", pa, "-drop", "colour"}, &stdout, &stderr), "an unknown feature is bad usage")
	assert.Contains(t, stderr.String(), "first, second,", "the error lists the features")
}
