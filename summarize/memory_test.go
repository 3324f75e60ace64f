package summarize_test

import (
	"io/fs"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"

	"github.com/talkhis/talkhis/summarize"
)

const (
	meminfo    = "MemTotal:       24683664 kB\nMemFree:        23641684 kB\n"
	v1NoLimit  = "9223372036854771712\n"
	mib512     = "536870912\n"
	machineMem = 24683664 << 10
)

func mapFile(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }

func TestReadMemory(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files fstest.MapFS
		want  summarize.Memory
		ok    bool
	}{
		{"cgroup v2 in a container's own namespace", fstest.MapFS{
			"proc/self/cgroup":          mapFile("0::/\n"),
			"sys/fs/cgroup/memory.max":  mapFile(mib512),
			"proc/meminfo":              mapFile(meminfo),
			"sys/fs/cgroup/cpu.max":     mapFile("max 100000\n"),
			"sys/fs/cgroup/memory.high": mapFile("max\n"),
		}, summarize.Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/memory.max", Cgroup: true}, true},
		{"cgroup v2 without a limit: the machine's", fstest.MapFS{
			"proc/self/cgroup":         mapFile("0::/\n"),
			"sys/fs/cgroup/memory.max": mapFile("max\n"),
			"proc/meminfo":             mapFile(meminfo),
		}, summarize.Memory{Bytes: machineMem, From: "/proc/meminfo"}, true},
		{"cgroup v2, a group's parent tighter than the group", fstest.MapFS{
			"proc/self/cgroup": mapFile("0::/system.slice/talkhis.service\n"),
			"sys/fs/cgroup/system.slice/talkhis.service/memory.max": mapFile("1073741824\n"),
			"sys/fs/cgroup/system.slice/memory.max":                 mapFile(mib512),
			"sys/fs/cgroup/memory.max":                              mapFile("max\n"),
			"proc/meminfo":                                          mapFile(meminfo),
		}, summarize.Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/system.slice/memory.max", Cgroup: true}, true},
		{"cgroup v1, the group's own limit", fstest.MapFS{
			"proc/self/cgroup": mapFile("9:name=systemd:/\n4:memory:/docker/abc\n1:cpu,cpuacct:/docker/abc\n"),
			"sys/fs/cgroup/memory/docker/abc/memory.limit_in_bytes": mapFile(mib512),
			"sys/fs/cgroup/memory/docker/memory.limit_in_bytes":     mapFile(v1NoLimit),
			"sys/fs/cgroup/memory/memory.limit_in_bytes":            mapFile(v1NoLimit),
			"proc/meminfo": mapFile(meminfo),
		}, summarize.Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/memory/docker/abc/memory.limit_in_bytes", Cgroup: true}, true},
		{"cgroup v1, the group mounted as the root: its path is not there", fstest.MapFS{
			"proc/self/cgroup":                           mapFile("4:memory:/docker/abc\n"),
			"sys/fs/cgroup/memory/memory.limit_in_bytes": mapFile(mib512),
			"proc/meminfo":                               mapFile(meminfo),
		}, summarize.Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/memory/memory.limit_in_bytes", Cgroup: true}, true},
		{"cgroup v1 without a limit (this machine's): the machine's", fstest.MapFS{
			"proc/self/cgroup": mapFile("9:name=systemd:/\n4:memory:/process_api/8783\n0::/\n"),
			"sys/fs/cgroup/memory/process_api/8783/memory.limit_in_bytes": mapFile(v1NoLimit),
			"sys/fs/cgroup/memory/memory.limit_in_bytes":                  mapFile(v1NoLimit),
			"proc/meminfo": mapFile(meminfo),
		}, summarize.Memory{Bytes: machineMem, From: "/proc/meminfo"}, true},
		{"a hybrid: v1's memory limit, v2 holding no memory controller", fstest.MapFS{
			"proc/self/cgroup":                           mapFile("4:memory:/\n0::/\n"),
			"sys/fs/cgroup/memory/memory.limit_in_bytes": mapFile(mib512),
			"proc/meminfo":                               mapFile(meminfo),
		}, summarize.Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/memory/memory.limit_in_bytes", Cgroup: true}, true},
		{"a path that climbs out is read inside", fstest.MapFS{
			"proc/self/cgroup":         mapFile("0::/../../etc\n"),
			"sys/fs/cgroup/memory.max": mapFile(mib512),
			"sys/etc/memory.max":       mapFile("1048576\n"), // where joining the path as written lands
		}, summarize.Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/memory.max", Cgroup: true}, true},
		{"a path not absolute is read from the root", fstest.MapFS{
			"proc/self/cgroup":             mapFile("0::abc\n"),
			"sys/fs/cgroup/abc/memory.max": mapFile("1073741824\n"),
			"sys/fs/cgroup/memory.max":     mapFile(mib512),
		}, summarize.Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/memory.max", Cgroup: true}, true},
		{"a limit that is no number", fstest.MapFS{
			"proc/self/cgroup":         mapFile("0::/\n"),
			"sys/fs/cgroup/memory.max": mapFile("lots\n"),
			"proc/meminfo":             mapFile(meminfo),
		}, summarize.Memory{Bytes: machineMem, From: "/proc/meminfo"}, true},
		{"no cgroup: the machine's", fstest.MapFS{"proc/meminfo": mapFile(meminfo)}, summarize.Memory{Bytes: machineMem, From: "/proc/meminfo"}, true},
		{"a meminfo without MemTotal", fstest.MapFS{"proc/meminfo": mapFile("MemFree: 1 kB\n")}, summarize.Memory{}, false},
		{"a MemTotal that is no number", fstest.MapFS{"proc/meminfo": mapFile("MemTotal: x kB\n")}, summarize.Memory{}, false},
		{"nothing to read (not Linux)", fstest.MapFS{}, summarize.Memory{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := summarize.ReadMemory(tc.files)
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
			"proc/self/cgroup":                           mapFile(cgroup),
			"proc/meminfo":                               mapFile(meminfo),
			"sys/fs/cgroup/memory.max":                   mapFile(parent),
			"sys/fs/cgroup/memory/memory.limit_in_bytes": mapFile(limit),
		}
		// The group the first line names, if it is a path fstest can hold.
		if fields := strings.SplitN(cgroup, ":", 3); len(fields) == 3 {
			group := strings.TrimSpace(strings.Trim(fields[2], "/"))
			if group != "" && fs.ValidPath(group) {
				files["sys/fs/cgroup/"+group+"/memory.max"] = mapFile(limit)
				files["sys/fs/cgroup/memory/"+group+"/memory.limit_in_bytes"] = mapFile(parent)
			}
		}
		b, ok := summarize.ReadMemory(files)
		if !ok {
			assert.Equal(t, summarize.Memory{}, b)
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
