package web_test

import (
	"io/fs"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"

	"github.com/talkhis/talkhis/summarize"
	"github.com/talkhis/talkhis/summarize/web"
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
		want  web.Memory
		ok    bool
	}{
		{"cgroup v2 in a container's own namespace", fstest.MapFS{
			"proc/self/cgroup":          file("0::/\n"),
			"sys/fs/cgroup/memory.max":  file(mib512),
			"proc/meminfo":              file(meminfo),
			"sys/fs/cgroup/cpu.max":     file("max 100000\n"),
			"sys/fs/cgroup/memory.high": file("max\n"),
		}, web.Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/memory.max", Cgroup: true}, true},
		{"cgroup v2 without a limit: the machine's", fstest.MapFS{
			"proc/self/cgroup":         file("0::/\n"),
			"sys/fs/cgroup/memory.max": file("max\n"),
			"proc/meminfo":             file(meminfo),
		}, web.Memory{Bytes: machineMem, From: "/proc/meminfo"}, true},
		{"cgroup v2, a group's parent tighter than the group", fstest.MapFS{
			"proc/self/cgroup": file("0::/system.slice/talkhis.service\n"),
			"sys/fs/cgroup/system.slice/talkhis.service/memory.max": file("1073741824\n"),
			"sys/fs/cgroup/system.slice/memory.max":                 file(mib512),
			"sys/fs/cgroup/memory.max":                              file("max\n"),
			"proc/meminfo":                                          file(meminfo),
		}, web.Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/system.slice/memory.max", Cgroup: true}, true},
		{"cgroup v1, the group's own limit", fstest.MapFS{
			"proc/self/cgroup": file("9:name=systemd:/\n4:memory:/docker/abc\n1:cpu,cpuacct:/docker/abc\n"),
			"sys/fs/cgroup/memory/docker/abc/memory.limit_in_bytes": file(mib512),
			"sys/fs/cgroup/memory/docker/memory.limit_in_bytes":     file(v1NoLimit),
			"sys/fs/cgroup/memory/memory.limit_in_bytes":            file(v1NoLimit),
			"proc/meminfo": file(meminfo),
		}, web.Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/memory/docker/abc/memory.limit_in_bytes", Cgroup: true}, true},
		{"cgroup v1, the group mounted as the root: its path is not there", fstest.MapFS{
			"proc/self/cgroup":                           file("4:memory:/docker/abc\n"),
			"sys/fs/cgroup/memory/memory.limit_in_bytes": file(mib512),
			"proc/meminfo":                               file(meminfo),
		}, web.Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/memory/memory.limit_in_bytes", Cgroup: true}, true},
		{"cgroup v1 without a limit (this machine's): the machine's", fstest.MapFS{
			"proc/self/cgroup": file("9:name=systemd:/\n4:memory:/process_api/8783\n0::/\n"),
			"sys/fs/cgroup/memory/process_api/8783/memory.limit_in_bytes": file(v1NoLimit),
			"sys/fs/cgroup/memory/memory.limit_in_bytes":                  file(v1NoLimit),
			"proc/meminfo": file(meminfo),
		}, web.Memory{Bytes: machineMem, From: "/proc/meminfo"}, true},
		{"a hybrid: v1's memory limit, v2 holding no memory controller", fstest.MapFS{
			"proc/self/cgroup":                           file("4:memory:/\n0::/\n"),
			"sys/fs/cgroup/memory/memory.limit_in_bytes": file(mib512),
			"proc/meminfo":                               file(meminfo),
		}, web.Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/memory/memory.limit_in_bytes", Cgroup: true}, true},
		{"a path that climbs out is read inside", fstest.MapFS{
			"proc/self/cgroup":         file("0::/../../etc\n"),
			"sys/fs/cgroup/memory.max": file(mib512),
			"sys/etc/memory.max":       file("1048576\n"), // where joining the path as written lands
		}, web.Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/memory.max", Cgroup: true}, true},
		{"a path not absolute is read from the root", fstest.MapFS{
			"proc/self/cgroup":             file("0::abc\n"),
			"sys/fs/cgroup/abc/memory.max": file("1073741824\n"),
			"sys/fs/cgroup/memory.max":     file(mib512),
		}, web.Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/memory.max", Cgroup: true}, true},
		{"a limit that is no number", fstest.MapFS{
			"proc/self/cgroup":         file("0::/\n"),
			"sys/fs/cgroup/memory.max": file("lots\n"),
			"proc/meminfo":             file(meminfo),
		}, web.Memory{Bytes: machineMem, From: "/proc/meminfo"}, true},
		{"no cgroup: the machine's", fstest.MapFS{"proc/meminfo": file(meminfo)}, web.Memory{Bytes: machineMem, From: "/proc/meminfo"}, true},
		{"a meminfo without MemTotal", fstest.MapFS{"proc/meminfo": file("MemFree: 1 kB\n")}, web.Memory{}, false},
		{"a MemTotal that is no number", fstest.MapFS{"proc/meminfo": file("MemTotal: x kB\n")}, web.Memory{}, false},
		{"nothing to read (not Linux)", fstest.MapFS{}, web.Memory{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := web.ReadMemory(tc.files)
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.want, got)
		})
	}
}

// Whatever the files say, ReadMemory ends, and a bound it reports is a number of
// bytes that one of them gave.
func FuzzReadMemory(f *testing.F) {
	f.Add("0::/\n", "536870912\n", "max\n", "MemTotal: 1024 kB\n")
	f.Add("4:memory:/docker/abc\n0::/\n", "9223372036854771712\n", "1073741824\n", "MemTotal:\n")
	f.Add("0::abc/../..\n", "-1\n", "0\n", "")
	f.Add("0::/a/b/c\n4:memory:a\n", "12\n", "34\n", "MemTotal: 99999999999999999999 kB\n")
	f.Fuzz(func(t *testing.T, cgroup, limit, parent, meminfo string) {
		files := fstest.MapFS{
			"proc/self/cgroup":                           file(cgroup),
			"proc/meminfo":                               file(meminfo),
			"sys/fs/cgroup/memory.max":                   file(parent),
			"sys/fs/cgroup/memory/memory.limit_in_bytes": file(limit),
		}
		// The group the first line names, if it is a path fstest can hold.
		if fields := strings.SplitN(cgroup, ":", 3); len(fields) == 3 {
			group := strings.TrimSpace(strings.Trim(fields[2], "/"))
			if group != "" && fs.ValidPath(group) {
				files["sys/fs/cgroup/"+group+"/memory.max"] = file(limit)
				files["sys/fs/cgroup/memory/"+group+"/memory.limit_in_bytes"] = file(parent)
			}
		}
		b, ok := web.ReadMemory(files)
		if !ok {
			assert.Equal(t, web.Memory{}, b)
			return
		}
		assert.Positive(t, b.Bytes)
		if b.Cgroup {
			var given []int64
			for _, s := range []string{limit, parent} {
				if n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64); err == nil {
					given = append(given, n)
				}
			}
			assert.Contains(t, given, b.Bytes)
		} else {
			assert.Equal(t, "/proc/meminfo", b.From)
		}
	})
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
		{"4 GiB: the defaults", 4 << 30, web.DefaultInFlight, summarize.DefaultMaxBytes},
		{"a machine of 23.5 GiB: the defaults", machineMem, web.DefaultInFlight, summarize.DefaultMaxBytes},
		{"16 MiB: a MiB of room at least", 16 << 20, 1 << 20, 512 << 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inFlight, maxBytes := web.Sized(tc.memory)
			assert.Equal(t, tc.inFlight, inFlight)
			assert.Equal(t, tc.maxBytes, maxBytes)
		})
	}
	_, maxBytes := web.Sized(64 << 30)
	assert.Equal(t, summarize.DefaultMaxBytes, maxBytes, "the library's own default")
}
