// Package cli holds what the example programs share in reading their
// command lines, so that each program stays flags, I/O and calls into the
// library.
package cli
