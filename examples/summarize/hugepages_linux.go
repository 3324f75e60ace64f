package main

import (
	"os"
	"slices"
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
	chunkBytes    = 4 << 20 // the runtime maps its heap in chunks of this size, aligned to it
	hugePageBytes = 2 << 20
)

// hugePages asks Linux to back the Go heap ahead with transparent huge
// pages, and turns the 2 MiB ranges of it that already hold touched pages
// into huge pages at once.
//
// Why: the first touch of each 4 KiB page costs a fault, and on virtual
// machines that shadow the guest's page tables a fault costs about 12 µs
// (measured on the 2-core VM CI runs on), so that a 273 KB text, whose
// summary touches about 450 fresh pages, spent a third of the process's
// time in faults. A 2 MiB page costs one fault. Go itself advised huge
// pages for the heap in Go 1.21.0 and stopped because long-running servers
// can hold more memory that way; a program that summarizes a text and
// exits holds a few MiB more at most.
//
// It is only advice: contents never change, every error is ignored (no
// THP in the kernel, "never" in its settings, no free huge page), and
// GODEBUG=disablethp=1, Go's own switch against huge pages, turns it off.
func hugePages() {
	if strings.Contains(os.Getenv("GODEBUG"), "disablethp=1") {
		return
	}
	at := heapAlloc(probeBytes)
	top := at + probeBytes
	if n := spareChunk(top); n > 0 {
		top = heapAlloc(n) + n
	}
	// Addresses only, never Go pointers into memory that may be unused:
	// the collector must not see a slice over pages it has not allocated.
	lo, n := advised(at, top)
	madvise(lo, n, madvHugepage)
	// Pages already touched keep a 2 MiB range on small pages until it is
	// collapsed. The ranges after them get huge pages at their first touch
	// while they lie in heap the runtime has mapped already: it maps more
	// in 4 MiB steps (mmap over its reservation), and a new mapping does
	// not carry the advice; spareChunk has made sure that 2 to 4 MiB of
	// mapped heap lie ahead, enough for a 300 KB text.
	collapseTouched(lo, n)
}

// collapseTouched turns each 2 MiB range of [lo, lo+n) in which a page has
// been touched into a huge page, and leaves the others to their first touch.
//
// Why not only the first range: the lowest free pages, where the probe
// went, can be a hole left by a stack that grew and moved, with touched
// pages above it in the next range; in about one run of sixty that range
// then stayed on 4 KiB pages (x100: 690 faults). Why not every range:
// collapsing an untouched one zeroes 2 MiB now that a small text may never
// reach.
func collapseTouched(lo, n uintptr) {
	page := uintptr(os.Getpagesize())
	vec := make([]byte, hugePageBytes/page)
	for at := lo; at < lo+n; at += hugePageBytes {
		_, _, e := syscall.Syscall(syscall.SYS_MINCORE, at, hugePageBytes, uintptr(unsafe.Pointer(&vec[0])))
		if e != 0 || slices.ContainsFunc(vec, resident) {
			madvise(at, hugePageBytes, madvCollapse)
		}
	}
}

// resident reports the bit mincore sets for a page in memory.
func resident(b byte) bool { return b&1 != 0 }

// advised returns the range to advise for huge pages, given the address of
// the heap's first free pages and the end of the bytes taken from there: from
// the huge page that holds the first to the end of the 4 MiB chunk that
// holds the last, all of it heap the runtime has mapped.
//
// Why not the 64 MiB arena around the first free pages, as before: the
// chunk that spareChunk enters can be the first of the next arena, and in
// about one run of ten it was, so the summary ran on 4 KiB pages (x100:
// 650 to 790 faults instead of about 290).
//
// A top before at or more than a chunk past it (taken bytes the runtime
// placed elsewhere) is not trusted: the range then ends with at's chunk.
func advised(at, top uintptr) (lo, n uintptr) {
	if top <= at || top-at > chunkBytes {
		top = at + 1
	}
	lo = at &^ (hugePageBytes - 1)
	return lo, chunkEnd(top-1) - lo
}

// chunkEnd returns the end of the 4 MiB chunk that holds the byte at a.
func chunkEnd(a uintptr) uintptr { return a&^(chunkBytes-1) + chunkBytes }

// probeBytes is the size of the object whose address tells where the
// heap's next pages are: a large object (over 32 KiB) gets pages of its own,
// the lowest free ones, where the next allocations go too.
const probeBytes = 64 << 10

// held holds heapAlloc's object while its address is taken.
var held []byte

// heapAlloc allocates n bytes that are never touched and returns their
// address.
//
// The bytes are stored in a package variable so that they are on the heap.
// A slice of 64 KiB that does not escape is put on the goroutine's stack,
// which the compiler then zeroes, growing and copying the stack to 128 KiB
// first: that cost the CLI 0.2–0.4 ms of page faults before any advice was
// given, and gave an address in the stack instead of the heap's top.
func heapAlloc(n uintptr) uintptr {
	held = make([]byte, n)
	at := uintptr(unsafe.Pointer(unsafe.SliceData(held)))
	held = nil
	return at
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
	end := chunkEnd(top)
	if end-top < hugePageBytes {
		return max(end-top+8<<10, 40<<10)
	}
	return 0
}

func madvise(addr, n, advice uintptr) {
	syscall.Syscall(syscall.SYS_MADVISE, addr, n, advice) //nolint:errcheck // advice only
}
