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
	err := orderedMap(context.Background(), inputs, workers, window[int]{},
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

// TestOrderedMapWindow: with a window by weight, the inputs taken from the
// source but not yet written weigh at most the window's bytes plus the
// input waiting for room, and number at most its n plus the workers and
// two; the outputs come in input order.
func TestOrderedMapWindow(t *testing.T) {
	const n, workers, budget, maxW = 3000, 3, 400, 100
	weight := func(in int) int64 { return int64(in*7919%maxW + 1) }
	var pulledW, emittedW, pulledN, emittedN, worstW, worstN atomic.Int64
	record := func(worst *atomic.Int64, v int64) {
		for {
			m := worst.Load()
			if v <= m || worst.CompareAndSwap(m, v) {
				return
			}
		}
	}
	inputs := iter.Seq2[int, error](func(yield func(int, error) bool) {
		for i := range n {
			record(&worstW, pulledW.Add(weight(i))-emittedW.Load())
			record(&worstN, pulledN.Add(1)-emittedN.Load())
			if !yield(i, nil) {
				return
			}
		}
	})
	next := 0
	win := window[int]{n: 16, bytes: budget, weight: weight}
	err := orderedMap(context.Background(), inputs, workers, win,
		func() struct{} { return struct{}{} },
		func(_ struct{}, in int, _ error) int {
			if in%97 == 0 {
				time.Sleep(time.Millisecond) // a slow document
			}
			return in + 1
		},
		func(in, out int) error {
			if in != next || out != in+1 {
				t.Fatalf("emit(%d, %d), want input %d", in, out, next)
			}
			next++
			if in%50 == 0 {
				time.Sleep(time.Millisecond) // a slow disk
			}
			emittedW.Add(weight(in))
			emittedN.Add(1)
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if next != n {
		t.Fatalf("emitted %d of %d", next, n)
	}
	t.Logf("at most %d bytes and %d inputs ahead of the writer", worstW.Load(), worstN.Load())
	if got := worstW.Load(); got > budget+maxW {
		t.Errorf("%d bytes ahead of the writer, want at most %d", got, budget+maxW)
	}
	if got, bound := worstN.Load(), int64(win.n+workers+3); got > bound {
		t.Errorf("%d inputs ahead of the writer, want at most %d", got, bound)
	}
	if worstW.Load() < budget/2 {
		t.Errorf("at most %d bytes ahead: the window was not used", worstW.Load())
	}
}
