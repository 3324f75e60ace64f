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
// it began is over, so no goroutine outlives it. The workers take the
// items themselves, one at a time (iter.Pull2): with a goroutine that read
// them and handed each on, two workers took 15 % longer
// (BenchmarkSummarizeArticles).
func inOrder[In, Out any](ctx context.Context, items iter.Seq2[In, error], workers int, work func(context.Context, In) Out) iter.Seq2[Out, error] {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, maxWorkersPerCore*runtime.GOMAXPROCS(0))
	return func(yield func(Out, error) bool) {
		ctx, cancel := context.WithCancel(orBackground(ctx))
		defer cancel()
		next, stop := iter.Pull2(items)
		// order holds each item's slot for its result in the order of
		// items; its room bounds the items in flight, and so the memory.
		order := make(chan chan Out, 4*workers)
		var (
			mu      sync.Mutex // over next, and the slots put in order as the items come
			ended   bool
			readErr error // read once order is closed
			live    = workers
		)
		// take reads the next item and puts its slot in order, or reports
		// that the items have ended.
		take := func() (in In, out chan Out, ok bool) {
			mu.Lock()
			defer mu.Unlock()
			if ended {
				return in, nil, false
			}
			if err := ctx.Err(); err != nil {
				ended, readErr = true, err
				return in, nil, false
			}
			in, err, ok := next()
			if !ok || err != nil {
				ended, readErr = true, err
				return in, nil, false
			}
			out = make(chan Out, 1) // the worker never waits to give its result
			select {
			case order <- out:
				return in, out, true
			case <-ctx.Done():
				ended, readErr = true, ctx.Err()
				return in, nil, false
			}
		}
		var wg sync.WaitGroup
		wg.Add(workers)
		for range workers {
			go func() {
				defer wg.Done()
				defer func() {
					mu.Lock()
					if live--; live == 0 {
						close(order)
					}
					mu.Unlock()
				}()
				for {
					in, out, ok := take()
					if !ok {
						return
					}
					out <- work(ctx, in)
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
		stop() // no worker calls next now
		if readErr != nil && !stopped {
			var none Out
			yield(none, readErr)
		}
	}
}
