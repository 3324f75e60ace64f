package rank_test

import (
	"context"
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

// Centrality ranks the sentences of a document by how much each shares with
// the others: here the second, which shares terms with each of the other
// two, comes first, and the third, which shares one with it alone, last.
func ExampleCentrality() {
	sentences := [][]string{
		{"نفط", "سعر", "ارتفاع"},
		{"نفط", "سعر", "اوبك", "انتاج"},
		{"اوبك", "اجتماع"},
	}
	scores, err := rank.Centrality(context.Background(), rank.TFIDF(sentences, nil), rank.Params{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rank.Order(scores))
	// Output: [1 0 2]
}
