package rank

import "math"

// Log returns the natural logarithm of x with the same bits on every
// machine, which math.Log does not promise: on amd64 it is assembly,
// elsewhere Go code that the compiler may fuse into multiply-adds, and the
// two give another last bit for some arguments (12/11 is one). TF-IDF
// weights and the Auto method's length feature take logarithms, and
// summaries carry their scores to the bit, so they take this one. It stays
// within 1 ulp of math.Log on normal numbers (TestLogNearMathLog).
//
// It writes x = (1+f)·2^k with 1+f in [√½, √2), so that ln x = k·ln 2 +
// ln(1+f), and ln(1+f) = 2·atanh(s) with s = f/(2+f), |s| < 0.172. Since
// 2s = f − f²/2 + s·f²/2, that is f − (f²/2 − s·(f²/2 + R)), where R is the
// rest of the series, 2(s²/3 + s⁴/5 + …), below 2⁻⁵³ by its eleventh term:
// f is exact and the rounding falls on the small corrections. ln 2 is
// split in two so that k times its first part is exact. Each product is
// rounded on its own (float64(…)), so that no compiler fuses it with a sum.
func Log(x float64) float64 {
	switch {
	case math.IsNaN(x) || x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	case math.IsInf(x, 1):
		return x
	}
	m, k := math.Frexp(x) // m in [½, 1)
	if m < math.Sqrt2/2 {
		m *= 2
		k--
	}
	f := m - 1
	s := f / (2 + f)
	z := float64(s * s)
	t := atanhSeries[len(atanhSeries)-1]
	for i := len(atanhSeries) - 2; i >= 0; i-- {
		t = float64(t*z) + atanhSeries[i]
	}
	r := float64(z * t)
	hfsq := float64(float64(0.5*f) * f)
	kf := float64(k)
	return float64(kf*ln2Hi) - ((hfsq - (float64(s*(hfsq+r)) + float64(kf*ln2Lo))) - f)
}

// ln2Hi + ln2Lo is ln 2. ln2Hi has 32 significant bits, so k·ln2Hi is
// exact for any exponent k of a float64 (|k| < 2¹¹).
const (
	ln2Hi = 6.93147180369123816490e-01
	ln2Lo = 1.90821492927058770002e-10
)

// atanhSeries holds 2/(2i+3): R = s²·Σ atanhSeries[i]·s²ⁱ.
var atanhSeries = [...]float64{2. / 3, 2. / 5, 2. / 7, 2. / 9, 2. / 11, 2. / 13, 2. / 15, 2. / 17, 2. / 19, 2. / 21, 2. / 23}
