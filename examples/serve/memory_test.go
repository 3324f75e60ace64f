package main

import (
	"net/http"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	meminfo    = "MemTotal:       24683664 kB\nMemFree:        23641684 kB\n"
	v1NoLimit  = "9223372036854771712\n"
	mib512     = "536870912\n"
	machineMem = 24683664 << 10
)

func file(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }

func TestReadMemory(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files fstest.MapFS
		want  Memory
		ok    bool
	}{
		{"cgroup v2 in a container's own namespace", fstest.MapFS{
			"proc/self/cgroup":          file("0::/\n"),
			"sys/fs/cgroup/memory.max":  file(mib512),
			"proc/meminfo":              file(meminfo),
			"sys/fs/cgroup/cpu.max":     file("max 100000\n"),
			"sys/fs/cgroup/memory.high": file("max\n"),
		}, Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/memory.max", Cgroup: true}, true},
		{"cgroup v2 without a limit: the machine's", fstest.MapFS{
			"proc/self/cgroup":         file("0::/\n"),
			"sys/fs/cgroup/memory.max": file("max\n"),
			"proc/meminfo":             file(meminfo),
		}, Memory{Bytes: machineMem, From: "/proc/meminfo"}, true},
		{"cgroup v2, a group's parent tighter than the group", fstest.MapFS{
			"proc/self/cgroup": file("0::/system.slice/talkhis.service\n"),
			"sys/fs/cgroup/system.slice/talkhis.service/memory.max": file("1073741824\n"),
			"sys/fs/cgroup/system.slice/memory.max":                 file(mib512),
			"sys/fs/cgroup/memory.max":                              file("max\n"),
			"proc/meminfo":                                          file(meminfo),
		}, Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/system.slice/memory.max", Cgroup: true}, true},
		{"cgroup v1, the group's own limit", fstest.MapFS{
			"proc/self/cgroup": file("9:name=systemd:/\n4:memory:/docker/abc\n1:cpu,cpuacct:/docker/abc\n"),
			"sys/fs/cgroup/memory/docker/abc/memory.limit_in_bytes": file(mib512),
			"sys/fs/cgroup/memory/docker/memory.limit_in_bytes":     file(v1NoLimit),
			"sys/fs/cgroup/memory/memory.limit_in_bytes":            file(v1NoLimit),
			"proc/meminfo": file(meminfo),
		}, Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/memory/docker/abc/memory.limit_in_bytes", Cgroup: true}, true},
		{"cgroup v1, the group mounted as the root: its path is not there", fstest.MapFS{
			"proc/self/cgroup":                           file("4:memory:/docker/abc\n"),
			"sys/fs/cgroup/memory/memory.limit_in_bytes": file(mib512),
			"proc/meminfo":                               file(meminfo),
		}, Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/memory/memory.limit_in_bytes", Cgroup: true}, true},
		{"cgroup v1 without a limit (this machine's): the machine's", fstest.MapFS{
			"proc/self/cgroup": file("9:name=systemd:/\n4:memory:/process_api/8783\n0::/\n"),
			"sys/fs/cgroup/memory/process_api/8783/memory.limit_in_bytes": file(v1NoLimit),
			"sys/fs/cgroup/memory/memory.limit_in_bytes":                  file(v1NoLimit),
			"proc/meminfo": file(meminfo),
		}, Memory{Bytes: machineMem, From: "/proc/meminfo"}, true},
		{"a hybrid: v1's memory limit, v2 holding no memory controller", fstest.MapFS{
			"proc/self/cgroup":                           file("4:memory:/\n0::/\n"),
			"sys/fs/cgroup/memory/memory.limit_in_bytes": file(mib512),
			"proc/meminfo":                               file(meminfo),
		}, Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/memory/memory.limit_in_bytes", Cgroup: true}, true},
		{"a path that climbs out is read inside", fstest.MapFS{
			"proc/self/cgroup":         file("0::/../../etc\n"),
			"sys/fs/cgroup/memory.max": file(mib512),
		}, Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/memory.max", Cgroup: true}, true},
		{"a path not absolute is read from the root", fstest.MapFS{
			"proc/self/cgroup":             file("0::abc\n"),
			"sys/fs/cgroup/abc/memory.max": file("1073741824\n"),
			"sys/fs/cgroup/memory.max":     file(mib512),
		}, Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/memory.max", Cgroup: true}, true},
		{"a limit that is no number", fstest.MapFS{
			"proc/self/cgroup":         file("0::/\n"),
			"sys/fs/cgroup/memory.max": file("lots\n"),
			"proc/meminfo":             file(meminfo),
		}, Memory{Bytes: machineMem, From: "/proc/meminfo"}, true},
		{"no cgroup: the machine's", fstest.MapFS{"proc/meminfo": file(meminfo)}, Memory{Bytes: machineMem, From: "/proc/meminfo"}, true},
		{"a meminfo without MemTotal", fstest.MapFS{"proc/meminfo": file("MemFree: 1 kB\n")}, Memory{}, false},
		{"a MemTotal that is no number", fstest.MapFS{"proc/meminfo": file("MemTotal: x kB\n")}, Memory{}, false},
		{"nothing to read (not Linux)", fstest.MapFS{}, Memory{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := ReadMemory(tc.files)
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestSized(t *testing.T) {
	for _, tc := range []struct {
		name     string
		memory   int64
		inFlight int64
		maxBytes int
	}{
		{"a container of 512 MiB", 512 << 20, 16 << 20, 8 << 20},
		{"a container of 1 GiB", 1 << 30, 32 << 20, 16 << 20},
		{"4 GiB: the defaults", 4 << 30, DefaultInFlight, DefaultInFlight / 2},
		{"a machine of 23.5 GiB: the defaults", machineMem, DefaultInFlight, DefaultInFlight / 2},
		{"16 MiB: a MiB of room at least", 16 << 20, 1 << 20, 512 << 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inFlight, maxBytes := Sized(Memory{Bytes: tc.memory})
			assert.Equal(t, tc.inFlight, inFlight)
			assert.Equal(t, tc.maxBytes, maxBytes)
		})
	}
	_, maxBytes := Sized(Memory{Bytes: 64 << 30})
	assert.Equal(t, 64<<20, maxBytes, "the library's own default, summarize.DefaultMaxBytes")
}

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
			defer swapSystem(host{
				root:   tc.files,
				getenv: func(k string) string { return map[string]string{"GOMEMLIMIT": tc.gomemlimit}[k] },
				setMemoryLimit: func(n int64) int64 {
					soft = n
					return 0
				},
			})()
			status, _, stderr := serveOnce(t, append([]string{"-addr", "127.0.0.1:0"}, tc.args...), big)
			assert.Equal(t, tc.status, status)
			assert.Contains(t, stderr, tc.note)
			assert.Equal(t, tc.softLimit, soft)
		})
	}
}

// swapSystem makes run read h in place of the machine until the function
// it returns is called.
func swapSystem(h host) func() {
	old := system
	system = h
	return func() { system = old }
}

func TestMiB(t *testing.T) {
	assert.Equal(t, "512 KiB", mib(512<<10))
	assert.Equal(t, "1 MiB", mib(1<<20))
	assert.Equal(t, "24105 MiB", mib(machineMem))
	require.Equal(t, "0 KiB", mib(0))
}
