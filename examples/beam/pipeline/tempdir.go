package pipeline

import (
	"fmt"
	"os"
)

// OwnTempDir points the process's temporary directory at a new directory
// inside it, and returns the function that removes that directory and
// points it back. Run a pipeline between the two: Beam's loopback
// environment (Prism's, and Flink's or Spark's with --environment_type
// LOOPBACK) creates an empty file in the temporary directory on every run
// and never removes it (runnerlib.Execute, a TODO of apache/beam#27569), so
// each run of the program left one behind in /tmp. What the runners put
// there themselves, such as a worker binary built for Dataflow, they remove
// before the run ends, so nothing else is lost with the directory.
//
// It sets TMPDIR, which os.TempDir reads on Unix; elsewhere the directory is
// made and removed but the runners do not use it.
func OwnTempDir() (restore func(), err error) {
	old, had := os.LookupEnv("TMPDIR")
	dir, err := os.MkdirTemp("", "talkhis-beam-")
	if err != nil {
		return nil, fmt.Errorf("a temporary directory for the run: %w", err)
	}
	if err := os.Setenv("TMPDIR", dir); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("a temporary directory for the run: %w", err)
	}
	return func() {
		if had {
			os.Setenv("TMPDIR", old)
		} else {
			os.Unsetenv("TMPDIR")
		}
		os.RemoveAll(dir)
	}, nil
}
