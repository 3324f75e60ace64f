// Package cli holds what the example programs share in reading their
// command lines and in setting up their process (Go's soft memory limit
// in a container), so that each program stays flags, I/O and calls into
// the library.
package cli
