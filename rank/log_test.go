package rank_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/talkhis/talkhis/rank"
)

func TestLog(t *testing.T) {
	tests := []struct {
		name string
		x    float64
		want float64
	}{
		{"one", 1, 0},
		{"zero", 0, math.Inf(-1)},
		{"negative zero", math.Copysign(0, -1), math.Inf(-1)},
		{"negative", -1, math.NaN()},
		{"infinity", math.Inf(1), math.Inf(1)},
		{"minus infinity", math.Inf(-1), math.NaN()},
		{"NaN", math.NaN(), math.NaN()},
		{"two", 2, math.Ln2},
		{"e", math.E, 1},
		{"smallest subnormal", math.SmallestNonzeroFloat64, -744.4400719213812},
		{"largest", math.MaxFloat64, 709.782712893384},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rank.Log(tt.x)
			switch {
			case math.IsNaN(tt.want):
				assert.True(t, math.IsNaN(got), "%v", got)
			case math.IsInf(tt.want, 0):
				assert.Equal(t, tt.want, got)
			default:
				assert.InDelta(t, tt.want, got, 2*ulp(tt.want))
			}
		})
	}
}

// ulp is the gap between |x| and the next float64 above it (the smallest
// subnormal at 0).
func ulp(x float64) float64 {
	x = math.Abs(x)
	return math.Nextafter(x, math.Inf(1)) - x
}

// TestLogNearMathLog bounds the error against math.Log over the arguments
// TF-IDF and the length feature take (ratios of counts, counts) and over
// a spread of other normal numbers: within 1 ulp everywhere, so portability costs no
// accuracy that a score could notice.
func TestLogNearMathLog(t *testing.T) {
	worst := 0.0
	check := func(x float64) {
		want := math.Log(x)
		got := rank.Log(x)
		if want == 0 {
			assert.Equal(t, 0.0, got, "Log(%v)", x)
			return
		}
		worst = max(worst, math.Abs(got-want)/ulp(want))
	}
	for n := 1; n <= 400; n++ {
		for df := 1; df <= n; df++ {
			check((1 + float64(n)) / (1 + float64(df)))
		}
	}
	for c := 1; c <= 100000; c++ {
		check(float64(c))
	}
	x := uint64(88172645463325252) // xorshift: any bit pattern of a positive finite float64
	for range 200000 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		// Only normal numbers: math.Log on amd64 is off for subnormal
		// ones (it gives −709.09 for 5e-324, whose logarithm is −744.44;
		// golang/go#56600, open), and TestLog's table checks that end.
		v := math.Float64frombits(x &^ (1 << 63))
		if !math.IsInf(v, 0) && !math.IsNaN(v) && v >= 0x1p-1022 {
			check(v)
		}
	}
	assert.LessOrEqual(t, worst, 1.0, "worst error in ulps")
	t.Logf("worst error against math.Log: %.2f ulp", worst)
}

// TestLogBits pins results to the bit. 12/11 is an argument where
// math.Log gives another last bit on arm64 than on amd64 (seen under
// qemu-aarch64 with Go 1.26); CI runs this test there too.
func TestLogBits(t *testing.T) {
	tests := []struct {
		name string
		x    float64
		bits uint64
	}{
		{"12/11", 12.0 / 11, 0x3fb64660aa8ce621},
		{"3", 3, 0x3ff193ea7aad030a},
		{"1e-300", 1e-300, 0xc085963447f87fb5},
		{"0.75", 0.75, 0xbfd269621134db92},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := math.Float64bits(rank.Log(tt.x))
			assert.Equal(t, tt.bits, got, "%#x", got)
		})
	}
}

func BenchmarkLog(b *testing.B) {
	xs := make([]float64, 1024)
	for i := range xs {
		xs[i] = (1 + float64(i)) / 7
	}
	b.ReportAllocs()
	b.SetBytes(int64(8 * len(xs)))
	var s float64
	for b.Loop() {
		for _, x := range xs {
			s += rank.Log(x)
		}
	}
	sink = s
}

var sink float64
