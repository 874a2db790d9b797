package corpus

import (
	"context"
	"errors"
	"iter"
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
	// DedupSeen are segment texts already written (by the run a resumed
	// run continues), for Dedup.
	DedupSeen []string
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
	var st Stats
	var dedup *Deduper
	if opt.Dedup {
		dedup = NewDeduper()
		for _, text := range opt.DedupSeen {
			fp, _ := fingerprint(text)
			dedup.seen[fp] = struct{}{}
		}
	}
	err := orderedMap(ctx, sources, opt.Workers,
		func() *Processor { return NewProcessor(opt.Options) },
		func(p *Processor, src Source, err error) result {
			if err != nil {
				return result{err: err}
			}
			return process(p, src, opt.KeepBoilerplate)
		},
		func(src Source, res result) error {
			if res.err != nil {
				var re *ResumeError
				if errors.As(res.err, &re) {
					return re // the inputs are not those of the run resumed
				}
				if opt.Strict {
					return &SkipError{Source: src.Path, Err: res.err}
				}
				st.Skipped++
				if opt.OnSkip != nil {
					opt.OnSkip(src.Path, res.err)
				}
				return nil
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
				return err
			}
			st.Segments += len(res.records)
			return nil
		})
	return st, err
}

func process(p *Processor, src Source, keepBoilerplate bool) result {
	r, err := src.Open()
	if err != nil {
		return result{err: pathError(src.Path, err)}
	}
	defer r.Close()
	d, err := p.Read(r, src.ID, src.Path)
	if err != nil {
		return result{err: err}
	}
	return result{doc: d, records: d.Records(nil, keepBoilerplate)}
}
