package summarize_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
