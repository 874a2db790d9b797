package corpus

import (
	"context"
	"iter"
	"sync/atomic"
	"testing"
	"time"
)

// TestOrderedMapBounded: with a slow writer, the pipeline does not read
// ahead: the inputs taken from the source but not yet written stay under
// a small multiple of the workers, whatever the number of inputs, and the
// outputs come in input order.
func TestOrderedMapBounded(t *testing.T) {
	const n, workers = 2000, 4
	var pulled, emitted, maxAhead atomic.Int64
	inputs := iter.Seq2[int, error](func(yield func(int, error) bool) {
		for i := range n {
			ahead := pulled.Add(1) - emitted.Load()
			for {
				m := maxAhead.Load()
				if ahead <= m || maxAhead.CompareAndSwap(m, ahead) {
					break
				}
			}
			if !yield(i, nil) {
				return
			}
		}
	})
	next := 0
	err := orderedMap(context.Background(), inputs, workers,
		func() struct{} { return struct{}{} },
		func(_ struct{}, in int, _ error) int { return in * 2 },
		func(in, out int) error {
			if in != next || out != 2*in {
				t.Fatalf("emit(%d, %d), want input %d", in, out, next)
			}
			next++
			if in%50 == 0 {
				time.Sleep(time.Millisecond) // a slow disk
			}
			emitted.Add(1)
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if next != n {
		t.Fatalf("emitted %d of %d", next, n)
	}
	t.Logf("at most %d inputs read ahead of the writer", maxAhead.Load())
	// In flight: the order queue (2×workers), one task per worker, one
	// waiting to be handed out and the one being emitted.
	if got, bound := maxAhead.Load(), int64(3*workers+3); got > bound {
		t.Errorf("read %d inputs ahead of the writer, want at most %d", got, bound)
	}
}
