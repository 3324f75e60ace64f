package cli

import (
	"io/fs"
	"os"
	"runtime/debug"

	"github.com/talkhis/talkhis/summarize"
)

// Host is what a program reads of the machine it runs on, and the one
// setting of the process it makes; the tests give their own.
type Host struct {
	Root           fs.FS // the root of the file system, for summarize.ReadMemory
	Getenv         func(string) string
	SetMemoryLimit func(int64) int64
}

// Machine is the host the program runs on.
func Machine() Host { return Host{os.DirFS("/"), os.Getenv, debug.SetMemoryLimit} }

// SoftLimit gives Go's collector a soft limit of nine tenths of m where m
// is a container's limit (a cgroup's, which ReadMemory gives only above
// 0) and GOMEMLIMIT sets none, and returns it; 0 where it sets none. The runtime does not read a
// container's limit: it lets the heap grow to twice what is live before
// it collects, past the limit, and the kernel kills the process, where a
// collector told of the limit collects sooner and keeps under it. On a
// machine without one, the kernel's own reclaim and swap are the bound, and
// a soft limit would only make the collector work harder.
func SoftLimit(sys Host, m summarize.Memory) int64 {
	if !m.Cgroup || sys.Getenv("GOMEMLIMIT") != "" {
		return 0
	}
	soft := m.Bytes - m.Bytes/10
	sys.SetMemoryLimit(soft)
	return soft
}

// LimitMemory reads the memory the process may hold and gives Go's
// collector a soft limit under a container's (SoftLimit), which it
// returns; 0 where it sets none.
func LimitMemory(sys Host) int64 {
	m, _ := summarize.ReadMemory(sys.Root)
	return SoftLimit(sys, m)
}
