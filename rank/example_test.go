package rank_test

import (
	"fmt"
	"math"

	"github.com/talkhis/talkhis/rank"
)

// IDF weights take logarithms of ratios of counts; Log gives each the same
// bits on every machine, where math.Log may differ in the last one.
func ExampleLog() {
	fmt.Println(rank.Log(1), rank.Log(math.E))
	fmt.Printf("%#x\n", math.Float64bits(rank.Log(12.0/11)))
	// Output:
	// 0 1
	// 0x3fb64660aa8ce621
}

// Scores that differ only in their last bits are ties, and ties go to the
// earlier sentence.
func ExampleOrder() {
	fmt.Println(rank.Order([]float64{0.2, 0.1 + 0.2, 0.3, 0.5}))
	// Output: [3 1 2 0]
}
