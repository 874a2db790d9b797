package corpus

import (
	"context"
	"iter"
	"runtime"
	"sync"
)

// BuildOptions configure a corpus run.
type BuildOptions struct {
	Options
	// Workers is the number of documents processed at once; 0 means one per
	// CPU.
	Workers int
	// KeepBoilerplate writes boilerplate segments too (with their role).
	KeepBoilerplate bool
	// Dedup drops segments whose text (ignoring case, punctuation and
	// spacing) was already written in the run, and counts them.
	Dedup bool
	// Strict stops the run at the first input that cannot be processed;
	// otherwise such inputs are skipped, reported to OnSkip and counted.
	Strict bool
	// OnSkip, if set, is called (in input order) for every skipped input.
	OnSkip func(source string, err error)
	// OnDocument, if set, is called (in input order, before its records
	// are written) for every processed document.
	OnDocument func(d *Document)
}

// Stats counts what a run did.
type Stats struct {
	Documents int   // documents processed
	Skipped   int   // inputs skipped because of an error
	Segments  int   // segments written
	Dropped   int   // boilerplate blocks not written
	Duplicate int   // segments dropped by Dedup
	Bytes     int64 // bytes of cleaned text processed
}

// SkipError is returned by Build in strict mode for the input that stopped
// the run.
type SkipError struct {
	Source string
	Err    error
}

func (e *SkipError) Error() string { return e.Err.Error() }
func (e *SkipError) Unwrap() error { return e.Err }

type job struct {
	src    Source
	err    error
	result chan result
}

type result struct {
	doc     *Document
	records []Record
	err     error
}

// Build reads every source, processes documents in parallel and writes
// their records to w in input order. At most a few documents per worker
// are held in memory at once, whatever the corpus size. It returns when
// all sources are written, the context is cancelled, or (with Strict) an
// input fails. It does not Close w.
func Build(ctx context.Context, sources iter.Seq2[Source, error], w Writer, opt BuildOptions) (Stats, error) {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	jobs := make(chan *job)
	order := make(chan *job, 2*workers) // bounds the documents in flight
	var wg sync.WaitGroup

	go func() { // producer: walks the inputs in order
		defer close(order)
		defer close(jobs)
		for src, err := range sources {
			j := &job{src: src, err: err, result: make(chan result, 1)}
			select {
			case order <- j:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := NewProcessor(opt.Options)
			for j := range jobs {
				j.result <- process(p, j, opt.KeepBoilerplate)
			}
		}()
	}
	// On success every worker has finished; on cancellation, Build returns
	// at once and a worker still reading a document (a blocked pipe, say)
	// exits when that read ends.
	var st Stats
	var dedup *Deduper
	if opt.Dedup {
		dedup = NewDeduper()
	}
	for j := range order {
		var res result
		select {
		case res = <-j.result:
		case <-ctx.Done():
			return st, ctx.Err()
		}
		if res.err != nil {
			if opt.Strict {
				return st, &SkipError{Source: j.src.Path, Err: res.err}
			}
			st.Skipped++
			if opt.OnSkip != nil {
				opt.OnSkip(j.src.Path, res.err)
			}
			continue
		}
		st.Documents++
		st.Dropped += res.doc.Report.Dropped
		st.Bytes += int64(len(res.doc.Text))
		if opt.OnDocument != nil {
			opt.OnDocument(res.doc)
		}
		if dedup != nil {
			var n int
			res.records, n = dedup.Filter(res.records)
			st.Duplicate += n
		}
		if err := w.Write(res.records); err != nil {
			return st, err
		}
		st.Segments += len(res.records)
		if err := ctx.Err(); err != nil {
			return st, err
		}
	}
	wg.Wait()
	return st, ctx.Err()
}

func process(p *Processor, j *job, keepBoilerplate bool) result {
	if j.err != nil {
		return result{err: j.err}
	}
	r, err := j.src.Open()
	if err != nil {
		return result{err: pathError(j.src.Path, err)}
	}
	defer r.Close()
	d, err := p.Read(r, j.src.ID, j.src.Path)
	if err != nil {
		return result{err: err}
	}
	return result{doc: d, records: d.Records(nil, keepBoilerplate)}
}
