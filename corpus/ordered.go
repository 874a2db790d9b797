package corpus

import (
	"context"
	"iter"
	"runtime"
	"sync"
	"sync/atomic"
)

// window bounds the inputs orderedMap holds between taking them from the
// iterator and emitting their results: at most n inputs (2×workers when n
// is 0) and, when weight is set, inputs weighing at most bytes together
// (or a single input that alone weighs more).
type window[In any] struct {
	n      int
	bytes  int64
	weight func(In) int64
}

// orderedMap runs work on every input in parallel and hands the results to
// emit in input order. At most win.n + workers + 2 inputs are in flight (see
// window), so memory does not grow with the number of inputs; a window of
// many small inputs keeps the workers busy while the emitter waits for a
// CPU. newWorker makes each worker's state (buffers that are reused from
// input to input). orderedMap returns the first error emit returns, or the
// context's error; on cancellation it returns at once, even while the
// inputs iterator is blocked, and a worker still busy with an input (a
// blocked read, say) exits when that input is done.
func orderedMap[In, Out, W any](
	ctx context.Context,
	inputs iter.Seq2[In, error],
	workers int,
	win window[In],
	newWorker func() W,
	work func(w W, in In, err error) Out,
	emit func(in In, out Out) error,
) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type task struct {
		in     In
		err    error
		weight int64
		result chan Out
	}
	if win.n <= 0 {
		win.n = 2 * workers
	}
	tasks := make(chan *task, win.n) // every task in it is in order too
	order := make(chan *task, win.n)
	var held atomic.Int64           // the weight of the inputs not yet emitted
	freed := make(chan struct{}, 1) // the emitter let go of some weight
	go func() {                     // producer: walks the inputs in order
		defer close(order)
		defer close(tasks)
		for in, err := range inputs {
			t := &task{in: in, err: err, result: make(chan Out, 1)}
			if win.weight != nil {
				t.weight = win.weight(in)
				for h := held.Load(); h > 0 && h+t.weight > win.bytes; h = held.Load() {
					select {
					case <-freed:
					case <-ctx.Done():
						return
					}
				}
				held.Add(t.weight)
			}
			select {
			case order <- t:
			case <-ctx.Done():
				return
			}
			select {
			case tasks <- t:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := newWorker()
			for t := range tasks {
				t.result <- work(w, t.in, t.err)
			}
		}()
	}
	for {
		// The producer may block reading an input (standard input that
		// never ends, say): wait for the context too.
		var t *task
		select {
		case next, ok := <-order:
			if !ok {
				wg.Wait()
				return ctx.Err()
			}
			t = next
		case <-ctx.Done():
			return ctx.Err()
		}
		select {
		case out := <-t.result:
			if err := emit(t.in, out); err != nil {
				return err
			}
			if t.weight != 0 {
				held.Add(-t.weight)
				select {
				case freed <- struct{}{}:
				default:
				}
			}
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}
