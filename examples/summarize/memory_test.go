package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/examples/internal/cli"
)

// In a container the program gives Go's collector a soft limit under the
// container's memory before it reads anything, unless GOMEMLIMIT sets
// one, and summarizes as it does anywhere.
func TestStartSoftLimit(t *testing.T) {
	seed, err := os.ReadFile("../../testdata/seed.txt")
	require.NoError(t, err)
	_, want, _ := runCLI(t, string(seed))
	require.NotEmpty(t, want)
	cgroup := func(limit string) fstest.MapFS {
		return fstest.MapFS{
			"proc/self/cgroup":         &fstest.MapFile{Data: []byte("0::/\n")},
			"sys/fs/cgroup/memory.max": &fstest.MapFile{Data: []byte(limit)},
			"proc/meminfo":             &fstest.MapFile{Data: []byte("MemTotal:       24683664 kB\n")},
		}
	}
	for _, tc := range []struct {
		name       string
		root       fstest.MapFS
		gomemlimit string
		set        []int64
	}{
		{"a container of 512 MiB", cgroup("536870912\n"), "", []int64{483183821}},
		{"a container, GOMEMLIMIT set", cgroup("536870912\n"), "400MiB", nil},
		{"no container", fstest.MapFS{"proc/meminfo": &fstest.MapFile{Data: []byte("MemTotal:       24683664 kB\n")}}, "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var set []int64
			sys := cli.Host{
				Root:   tc.root,
				Getenv: func(k string) string { return map[string]string{"GOMEMLIMIT": tc.gomemlimit}[k] },
				SetMemoryLimit: func(n int64) int64 {
					set = append(set, n)
					return 0
				},
			}
			var out, errOut bytes.Buffer
			assert.Equal(t, 0, start(sys, nil, strings.NewReader(string(seed)), &out, &errOut))
			assert.Equal(t, tc.set, set)
			assert.Equal(t, want, out.String())
			assert.Empty(t, errOut.String())
		})
	}
}
