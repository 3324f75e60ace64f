//go:build !linux

package main

// hugePages does nothing outside Linux; see hugepages_linux.go.
func hugePages() {}
