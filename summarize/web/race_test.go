//go:build race

package web

// raceEnabled: the race detector's build, whose allocations a test of
// them cannot hold to (it does not fold append(nil, make(…)...) into one,
// so bytes.Buffer's growth allocates twice).
const raceEnabled = true
