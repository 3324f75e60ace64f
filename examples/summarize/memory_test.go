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
	"github.com/talkhis/talkhis/summarize"
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

// In a container of less than 416 MiB a text of 64 MiB, the library's
// bound, can be more than the program can summarize (news prose takes
// some three to four times its size, shorter sentences more, and the
// program itself some 32 MiB), and the kernel killed it without a word;
// the bound is then a sixth of the memory past 32 MiB, and a text past it
// is refused with what to do.
// A bound given with -max-bytes stands.
func TestStartSizesBoundToContainer(t *testing.T) {
	seed, err := os.ReadFile("../../testdata/seed.txt")
	require.NoError(t, err)
	_, want, _ := runCLI(t, string(seed))
	require.NotEmpty(t, want)
	// A text of 2 MiB and a little more, the seed over and over.
	text := strings.Repeat(string(seed)+"\n\n", 2<<20/len(seed)+1)
	_, wantLong, _ := runCLI(t, text)
	require.NotEmpty(t, wantLong)
	root := func(files map[string]string) fstest.MapFS {
		fs := fstest.MapFS{}
		for name, data := range files {
			fs[name] = &fstest.MapFile{Data: []byte(data)}
		}
		return fs
	}
	const meminfo = "MemTotal:       24683664 kB\n" // 23.5 GiB
	for _, tc := range []struct {
		name     string
		root     fstest.MapFS
		args     []string
		code     int
		out, err string
	}{
		{"a container of 44 MiB: a bound of 2 MiB, which the text passes",
			root(map[string]string{"proc/self/cgroup": "0::/\n", "sys/fs/cgroup/memory.max": "46137344\n", "proc/meminfo": meminfo}), nil,
			1, "", "summarize: stdin: text too large: the input is past the bound of 2097152 bytes (raise -max-bytes, which the container's 44 MiB of memory sets to that, or split it)\n"},
		{"the same container, the bound raised with -max-bytes",
			root(map[string]string{"proc/self/cgroup": "0::/\n", "sys/fs/cgroup/memory.max": "46137344\n", "proc/meminfo": meminfo}), []string{"-max-bytes", "4000000"},
			0, wantLong, ""},
		{"a container of cgroup v1, 44 MiB",
			root(map[string]string{"proc/self/cgroup": "4:memory:/a\n", "sys/fs/cgroup/memory/a/memory.limit_in_bytes": "46137344\n", "proc/meminfo": meminfo}), nil,
			1, "", "summarize: stdin: text too large: the input is past the bound of 2097152 bytes (raise -max-bytes, which the container's 44 MiB of memory sets to that, or split it)\n"},
		{"a container of 16 MiB: a bound of 1 MiB at the least",
			root(map[string]string{"proc/self/cgroup": "0::/\n", "sys/fs/cgroup/memory.max": "16777216\n", "proc/meminfo": meminfo}), nil,
			1, "", "summarize: stdin: text too large: the input is past the bound of 1048576 bytes (raise -max-bytes, which the container's 16 MiB of memory sets to that, or split it)\n"},
		{"a container of 512 MiB: the library's 64 MiB",
			root(map[string]string{"proc/self/cgroup": "0::/\n", "sys/fs/cgroup/memory.max": "536870912\n", "proc/meminfo": meminfo}), nil,
			0, wantLong, ""},
		{"no container: the machine's memory bounds nothing",
			root(map[string]string{"proc/meminfo": "MemTotal:       40960 kB\n"}), nil,
			0, wantLong, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sys := cli.Host{Root: tc.root, Getenv: func(string) string { return "" }, SetMemoryLimit: func(int64) int64 { return 0 }}
			var out, errOut bytes.Buffer
			assert.Equal(t, tc.code, start(sys, tc.args, strings.NewReader(text), &out, &errOut))
			assert.Equal(t, tc.out, out.String())
			assert.Equal(t, tc.err, errOut.String())
		})
	}
	// A small text in the small container is summarized as anywhere.
	sys := cli.Host{Root: root(map[string]string{"proc/self/cgroup": "0::/\n", "sys/fs/cgroup/memory.max": "46137344\n"}), Getenv: func(string) string { return "" }, SetMemoryLimit: func(int64) int64 { return 0 }}
	var out, errOut bytes.Buffer
	assert.Equal(t, 0, start(sys, nil, strings.NewReader(string(seed)), &out, &errOut))
	assert.Equal(t, want, out.String())
}

func TestContainerBound(t *testing.T) {
	const mib = 1 << 20
	for _, tc := range []struct {
		name   string
		memory summarize.Memory
		want   int
	}{
		{"no memory known", summarize.Memory{}, 0},
		{"a machine's memory, not a container's", summarize.Memory{Bytes: 64 * mib, From: "/proc/meminfo"}, 0},
		{"16 MiB: 1 MiB at the least", summarize.Memory{Bytes: 16 * mib, Cgroup: true}, 1 * mib},
		{"44 MiB", summarize.Memory{Bytes: 44 * mib, Cgroup: true}, 2 * mib},
		{"128 MiB", summarize.Memory{Bytes: 128 * mib, Cgroup: true}, 16 * mib},
		{"415 MiB, just under the library's bound", summarize.Memory{Bytes: 415 * mib, Cgroup: true}, 383 * mib / 6},
		{"416 MiB: the library's 64 MiB", summarize.Memory{Bytes: 416 * mib, Cgroup: true}, 0},
		{"512 MiB", summarize.Memory{Bytes: 512 * mib, Cgroup: true}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, containerBound(tc.memory))
		})
	}
}
