package summarize

import (
	"bufio"
	"io/fs"
	"path"
	"strconv"
	"strings"
)

// Memory is how many bytes a process may hold, and where that was read.
type Memory struct {
	Bytes int64
	// From names the file that set Bytes; Cgroup is whether it is a
	// cgroup's limit (a container's), which the kernel enforces by killing
	// the process, rather than the machine's memory.
	From   string
	Cgroup bool
}

// ReadMemory returns the memory bound of the process whose root file
// system is root (os.DirFS("/")): the tightest limit of its memory cgroup
// and of the groups above it (cgroup v2's memory.max, v1's
// memory.limit_in_bytes), else the machine's (MemTotal of /proc/meminfo).
// ok is false where neither can be read, as on a system other than Linux.
// The Go runtime reads a container's CPU limit (GOMAXPROCS) but not its
// memory limit, so a program that summarizes large texts in a container
// reads it here: to size its bounds (web.Sized does so for a server) and
// to give Go's collector a soft limit under it (debug.SetMemoryLimit),
// which is the program's to set, not the library's.
func ReadMemory(root fs.FS) (b Memory, ok bool) {
	if b, ok := cgroupLimit(root); ok {
		return b, true
	}
	f, err := root.Open("proc/meminfo")
	if err != nil {
		return Memory{}, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// «MemTotal:       24683664 kB»
		if rest, found := strings.CutPrefix(sc.Text(), "MemTotal:"); found {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil || kb <= 0 || kb >= noLimit>>10 { // as bytes, none; or past an int64
				return Memory{}, false
			}
			return Memory{Bytes: kb << 10, From: "/proc/meminfo"}, true
		}
	}
	return Memory{}, false
}

// noLimit is where cgroup v1 writes "no limit": the largest int64 rounded
// down to a page. Anything as large is none.
const noLimit = 1 << 62

// cgroupLimit reads the memory limit of the process's cgroup: the group
// /proc/self/cgroup names, looked up under the hierarchy's usual mount
// point, and every group above it, since a parent's limit binds its
// children too. In a container with its own cgroup namespace the group is
// "/", the mount point's own files.
func cgroupLimit(root fs.FS) (Memory, bool) {
	data, err := fs.ReadFile(root, "proc/self/cgroup")
	if err != nil {
		return Memory{}, false
	}
	var best Memory
	for _, line := range strings.Split(string(data), "\n") {
		// «hierarchy-ID:controllers:path»: v2's is «0::/path», v1's
		// memory hierarchy lists «memory» among its controllers.
		fields := strings.SplitN(line, ":", 3)
		if len(fields) != 3 {
			continue
		}
		var dir, file string
		switch {
		case fields[0] == "0" && fields[1] == "":
			dir, file = "sys/fs/cgroup", "memory.max"
		case hasController(fields[1], "memory"):
			dir, file = "sys/fs/cgroup/memory", "memory.limit_in_bytes"
		default:
			continue
		}
		for group := path.Clean("/" + fields[2]); ; group = path.Dir(group) {
			name := path.Join(dir, group, file)
			if n, ok := readLimit(root, name); ok && (best.Bytes == 0 || n < best.Bytes) {
				best = Memory{Bytes: n, From: "/" + name, Cgroup: true}
			}
			if group == "/" {
				break
			}
		}
	}
	return best, best.Bytes > 0
}

func hasController(list, name string) bool {
	for _, c := range strings.Split(list, ",") {
		if c == name {
			return true
		}
	}
	return false
}

// readLimit reads a cgroup's limit file: a number of bytes, or "max" (v2)
// or a number past noLimit (v1) for none.
func readLimit(root fs.FS, name string) (int64, bool) {
	data, err := fs.ReadFile(root, name)
	if err != nil {
		return 0, false
	}
	n, err := strconv.ParseInt(strings.TrimSpace(string(data)), 10, 64)
	if err != nil || n <= 0 || n >= noLimit {
		return 0, false
	}
	return n, true
}
