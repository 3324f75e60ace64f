package main

import (
	"os"
	"strings"
	"syscall"
	"unsafe"
)

// Linux's madvise advice values (include/uapi/asm-generic/mman-common.h);
// package syscall has no names for them.
const (
	madvHugepage = 14
	madvCollapse = 25
)

const (
	arenaBytes    = 64 << 20 // a Go heap arena on 64-bit Linux, aligned to its size
	hugePageBytes = 2 << 20
)

// hugePages asks Linux to back the Go heap with transparent huge pages
// from now on, and turns the 2 MiB around the heap's next free pages into
// one huge page at once.
//
// Why: the first touch of each 4 KiB page costs a fault, and on virtual
// machines that shadow the guest's page tables a fault costs about 12 µs
// (measured on the 2-core VM CI runs on), so that a 273 KB text, whose
// summary touches about 450 fresh pages, spent a third of the process's
// time in faults. A 2 MiB page costs one fault. Go itself advised huge
// pages for the heap in Go 1.21.0 and stopped because long-running servers
// can hold more memory that way; a program that summarizes and exits holds
// at most 2 MiB more.
//
// It is only advice: contents never change, every error is ignored (no
// THP in the kernel, "never" in its settings, no free huge page), and
// GODEBUG=disablethp=1, Go's own switch against huge pages, turns it off.
func hugePages() {
	if strings.Contains(os.Getenv("GODEBUG"), "disablethp=1") {
		return
	}
	// A fresh large object is placed at the lowest free pages of the heap,
	// where the next allocations go too.
	probe := make([]byte, 64<<10)
	at := uintptr(unsafe.Pointer(&probe[0]))
	if n := spareChunk(at + uintptr(len(probe))); n > 0 {
		// Never touched: address space, not memory.
		_ = make([]byte, n)
	}
	// Addresses only, never Go pointers into memory that may be unused:
	// the collector must not see a slice over pages it has not allocated.
	madvise(at&^(arenaBytes-1), arenaBytes, madvHugepage)
	// Pages already touched keep a 2 MiB range on small pages until it is
	// collapsed. The ranges after it get huge pages at their first touch
	// while they lie in heap the runtime has mapped already: it maps more
	// in 4 MiB steps (mmap over its reservation), and a new mapping does
	// not carry the advice; spareChunk has made sure that 2 to 4 MiB of
	// mapped heap lie ahead, enough for a 300 KB text.
	madvise(at&^(hugePageBytes-1), hugePageBytes, madvCollapse)
}

// spareChunk returns how many bytes to allocate, untouched, from the heap's
// top so that the runtime maps its next 4 MiB chunk now, before the advice:
// 0 while the chunk has a whole 2 MiB page of room left.
//
// Why: the runtime maps the heap a 4 MiB chunk at a time, each a new
// mapping that does not carry MADV_HUGEPAGE, and since Go 1.26 the heap
// starts at a random place in its first chunk. Half the runs started in its
// last 2 MiB, ran out of it during the summary and took 4 KiB faults in the
// next chunk: on x100, 234 heap faults per run instead of 141 (medians of
// 30 runs), 1.2 ms of 14.6. The taken bytes sit in the page collapsed below and
// reach 8 KiB into the next chunk; a large object (over 32 KiB) is placed
// at the top of a heap that has not been collected yet.
func spareChunk(top uintptr) uintptr {
	const chunk = 4 << 20
	end := top&^(chunk-1) + chunk
	if end-top < hugePageBytes {
		return max(end-top+8<<10, 40<<10)
	}
	return 0
}

func madvise(addr, n, advice uintptr) {
	syscall.Syscall(syscall.SYS_MADVISE, addr, n, advice) //nolint:errcheck // advice only
}
