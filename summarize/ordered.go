package summarize

import (
	"context"
	"iter"
	"runtime"
	"sync"
)

// inOrder does work on each item of items on up to workers goroutines
// (GOMAXPROCS when workers <= 0, no more than maxWorkersPerCore a core)
// and yields the results in the order of items, each as soon as it and
// those before it are done: a long stream's first results come at once.
// No more than four items a worker are held at once, so that a stream of
// gigabytes is worked through in the memory of a few items. An error of
// items ends them and is yielded after the results of the items before
// it; so is ctx's, checked before each item is taken. Work gets a context
// that ends with ctx or when the caller stops ranging; then no item is
// taken after the one being read. The sequence returns only once the work
// it began is over, so no goroutine outlives it. items is ranged over on a
// goroutine of its own.
func inOrder[In, Out any](ctx context.Context, items iter.Seq2[In, error], workers int, work func(context.Context, In) Out) iter.Seq2[Out, error] {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, maxWorkersPerCore*runtime.GOMAXPROCS(0))
	return func(yield func(Out, error) bool) {
		ctx, cancel := context.WithCancel(orBackground(ctx))
		defer cancel()
		type job struct {
			in  In
			out chan Out
		}
		jobs := make(chan job)
		// order holds each item's slot for its result in the order of
		// items; its room bounds the items in flight, and so the memory.
		order := make(chan chan Out, 4*workers)
		var readErr error // read once order is closed
		var wg sync.WaitGroup
		wg.Add(1 + workers) // not wg.Go: go.mod says Go 1.24
		go func() {
			defer wg.Done()
			defer close(order)
			defer close(jobs)
			for in, err := range items {
				if err == nil {
					err = ctx.Err()
				}
				if err != nil {
					readErr = err
					return
				}
				out := make(chan Out, 1) // the worker never waits to give its result
				select {
				case order <- out:
				case <-ctx.Done():
					readErr = ctx.Err()
					return
				}
				// Not given up for ctx, as the slot above is: its result is
				// waited for, and the workers take every job until jobs
				// closes, a job of a context ended quickly.
				jobs <- job{in, out}
			}
		}()
		for range workers {
			go func() {
				defer wg.Done()
				for j := range jobs {
					j.out <- work(ctx, j.in)
				}
			}()
		}
		// stopped: the caller broke off; the rest is only waited for.
		stopped := false
		for out := range order {
			if stopped {
				continue
			}
			if !yield(<-out, nil) {
				stopped = true
				cancel()
			}
		}
		wg.Wait()
		if readErr != nil && !stopped {
			var none Out
			yield(none, readErr)
		}
	}
}
