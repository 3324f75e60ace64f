package main

import (
	"net/http"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/talkhis/talkhis/examples/internal/cli"
)

const (
	meminfo    = "MemTotal:       24683664 kB\nMemFree:        23641684 kB\n"
	mib512     = "536870912\n"
	machineMem = 24683664 << 10
)

func file(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }

// In a container of 512 MiB the program keeps to a room and a largest body
// that fit it, and gives Go's collector a soft limit under the container's,
// unless GOMEMLIMIT sets one; flags set by hand stand.
func TestRunSizedByMemory(t *testing.T) {
	container := fstest.MapFS{
		"proc/self/cgroup":         file("0::/\n"),
		"sys/fs/cgroup/memory.max": file(mib512),
		"proc/meminfo":             file(meminfo),
	}
	big := strings.Repeat(article+"\n", (8<<20)/len(article)+1) // past 8 MiB
	for _, tc := range []struct {
		name, gomemlimit string
		files            fstest.MapFS
		args             []string
		status           int
		note             string
		softLimit        int64 // 0: not set
	}{
		{"a container", "", container, nil, http.StatusRequestEntityTooLarge,
			"serve: 512 MiB of memory (/sys/fs/cgroup/memory.max): room for 16 MiB of bodies at once (-max-in-flight), each up to 8 MiB (-max-bytes); Go's soft memory limit 460 MiB (GOMEMLIMIT)", 483183821},
		{"a container, GOMEMLIMIT set", "400MiB", container, nil, http.StatusRequestEntityTooLarge,
			"serve: 512 MiB of memory (/sys/fs/cgroup/memory.max): room for 16 MiB of bodies at once (-max-in-flight), each up to 8 MiB (-max-bytes)\n", 0},
		{"a container, -max-bytes set", "", container, []string{"-max-bytes", "0"}, http.StatusRequestEntityTooLarge, "each up to 8 MiB", 483183821},
		{"a container, -max-bytes raised", "", container, []string{"-max-bytes", "16777216"}, http.StatusOK,
			"serve: 512 MiB of memory (/sys/fs/cgroup/memory.max): room for 16 MiB of bodies at once (-max-in-flight), each up to 16 MiB (-max-bytes)", 483183821},
		{"a machine: no soft limit", "", fstest.MapFS{"proc/meminfo": file(meminfo)}, nil, http.StatusOK,
			"serve: 24105 MiB of memory (/proc/meminfo): room for 128 MiB of bodies at once (-max-in-flight), each up to 64 MiB (-max-bytes)\n", 0},
		{"nothing known: the defaults, said as such", "", fstest.MapFS{}, nil, http.StatusOK,
			"serve: the memory is not known: room for 128 MiB of bodies at once (-max-in-flight), each up to 64 MiB (-max-bytes)\n", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var soft int64
			sys := cli.Host{
				Root:   tc.files,
				Getenv: func(k string) string { return map[string]string{"GOMEMLIMIT": tc.gomemlimit}[k] },
				SetMemoryLimit: func(n int64) int64 {
					soft = n
					return 0
				},
			}
			status, _, stderr := serveOnce(t, sys, append([]string{"-addr", "127.0.0.1:0"}, tc.args...), big)
			assert.Equal(t, tc.status, status)
			assert.Contains(t, stderr, tc.note)
			assert.Equal(t, tc.softLimit, soft)
		})
	}
}

func TestMiB(t *testing.T) {
	assert.Equal(t, "512 KiB", mib(512<<10))
	assert.Equal(t, "1 MiB", mib(1<<20))
	assert.Equal(t, "24105 MiB", mib(machineMem))
	require.Equal(t, "0 KiB", mib(0))
}
