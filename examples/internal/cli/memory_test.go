package cli_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/talkhis/talkhis/examples/internal/cli"
	"github.com/talkhis/talkhis/summarize"
)

// Only a container's limit gets a soft limit under it, and only where
// GOMEMLIMIT sets none.
func TestSoftLimit(t *testing.T) {
	container := summarize.Memory{Bytes: 512 << 20, From: "/sys/fs/cgroup/memory.max", Cgroup: true}
	for _, tc := range []struct {
		name       string
		memory     summarize.Memory
		gomemlimit string
		want       int64 // 0: none set
	}{
		{"a container of 512 MiB: nine tenths", container, "", 483183821},
		{"a container, GOMEMLIMIT set: it stands", container, "400MiB", 0},
		{"a machine's memory: none", summarize.Memory{Bytes: 24 << 30, From: "/proc/meminfo"}, "", 0},
		{"nothing known: none", summarize.Memory{}, "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var set []int64
			sys := cli.Host{
				Getenv: func(k string) string { return map[string]string{"GOMEMLIMIT": tc.gomemlimit}[k] },
				SetMemoryLimit: func(n int64) int64 {
					set = append(set, n)
					return 0
				},
			}
			assert.Equal(t, tc.want, cli.SoftLimit(sys, tc.memory))
			if tc.want == 0 {
				assert.Empty(t, set, "no limit set")
			} else {
				assert.Equal(t, []int64{tc.want}, set, "the limit set, once")
			}
		})
	}
}
