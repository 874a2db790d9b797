package align

import (
	"testing"
	"time"
)

func TestDebugBand(t *testing.T) {
	debugf = t.Logf
	for _, n := range []int{1000, 4000} {
		de, en := benchPair(t, n)
		t0 := time.Now()
		a := newTestAligner(de, en, nil)
		t1 := time.Now()
		a.run(Options{})
		t.Logf("%d: analyze %v, run %v", n, t1.Sub(t0), time.Since(t1))
	}
}
