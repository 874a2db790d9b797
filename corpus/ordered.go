package corpus

import (
	"context"
	"iter"
	"runtime"
	"sync"
)

// orderedMap runs work on every input in parallel and hands the results to
// emit in input order. At most 3×workers inputs are in flight, so memory
// does not grow with the number of inputs. newWorker makes each worker's
// state (buffers that are reused from input to input). orderedMap returns
// the first error emit returns, or the context's error; on cancellation it
// returns at once, even while the inputs iterator is blocked, and a worker
// still busy with an input (a blocked read, say) exits when that input is
// done.
func orderedMap[In, Out, W any](
	ctx context.Context,
	inputs iter.Seq2[In, error],
	workers int,
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
		result chan Out
	}
	tasks := make(chan *task)
	order := make(chan *task, 2*workers)
	go func() { // producer: walks the inputs in order
		defer close(order)
		defer close(tasks)
		for in, err := range inputs {
			t := &task{in: in, err: err, result: make(chan Out, 1)}
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
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}
