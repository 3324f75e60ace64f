package cli_test

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/examples/internal/cli"
)

func TestLateFlag(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "-words"), nil, 0o644)) // a file named like a flag
	for _, tc := range []struct {
		name string
		args []string
		want string // "" for none
	}{
		{"flags before the files", []string{"-words", "30", "a.txt", "b.txt"}, ""},
		{"a flag after a file", []string{"a.txt", "-sentences", "2"}, "-sentences"},
		{"two dashes and a value", []string{"a.txt", "--sentences=2"}, "--sentences=2"},
		{"a boolean flag", []string{"-sentences", "1", "a.txt", "-fill"}, "-fill"},
		{"not one of the flags", []string{"a.txt", "-wrods", "30"}, "-wrods"},
		{"two dashes alone", []string{"a.txt", "--", "b.txt"}, ""},
		{"after --, a file's name", []string{"--", "-sentences"}, ""},
		{"a file that is there", []string{"a.txt", "-words"}, ""},
		{"standard input", []string{"a.txt", "-"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := flag.NewFlagSet("test", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			fs.Int("words", 0, "")
			fs.Int("sentences", 0, "")
			fs.Bool("fill", false, "")
			require.NoError(t, fs.Parse(tc.args))
			got, ok := cli.LateFlag(fs, tc.args)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.want != "", ok)
		})
	}
}
