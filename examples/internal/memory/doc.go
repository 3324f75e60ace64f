// Package memory reads how much memory a process may hold: its
// container's limit, as the kernel enforces it by killing the process, or
// else the machine's. The example programs size what they hold at once by
// it; the Go runtime reads a container's CPU limit (GOMAXPROCS) but not its
// memory limit.
package memory
