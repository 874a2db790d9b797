package corpus

import (
	"bytes"
	"context"
	"errors"
	"iter"
	"runtime"
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
	// are written) for every processed document, and for every part of a
	// document processed in parts (Document.Part).
	OnDocument func(d *Document)
	// ChunkBytes is the size above which an input is processed in parts
	// of at most that many bytes, cut at paragraph breaks where there are
	// any, so that memory does not grow with the size of an input; 0
	// means DefaultChunkBytes. The parts keep the document's ID, and
	// their blocks, segment IDs and offsets are those of the whole
	// document; see DefaultChunkBytes for what differs.
	ChunkBytes int
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
// their records to w in input order. At most eight documents per worker,
// and no more text than two parts per worker, are held in memory at once,
// whatever the corpus size, and an input larger than ChunkBytes is read
// and processed in parts, so memory does not grow with the size of an
// input either. It returns when
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
	chunk := opt.ChunkBytes
	if chunk <= 0 {
		chunk = DefaultChunkBytes
	}
	var parts partState // of the document being written in parts
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// Up to 8 documents per worker wait to be written, so that the
	// workers keep going while the writer waits for a CPU, but no more
	// text than 2 parts of a large file per worker (a part in flight
	// takes several MB).
	win := window[piece]{n: 8 * workers, bytes: int64(2 * workers * chunk), weight: piece.weight}
	err := orderedMap(ctx, pieces(sources, chunk, opt.Encoding), workers, win,
		func() *Processor {
			return NewProcessor(opt.Options)
		},
		func(p *Processor, pc piece, err error) result {
			if err != nil {
				return result{err: err}
			}
			return processPiece(p, pc, opt.KeepBoilerplate)
		},
		func(pc piece, res result) error {
			src := pc.src
			if pc.part != nil && pc.part.n == 0 {
				parts = partState{}
			}
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
			if pc.part != nil {
				parts.place(res.doc, res.records, pc.part, opt.KeepBoilerplate)
			}
			if pc.part == nil || pc.part.n == 0 {
				st.Documents++
			}
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

// processPiece processes a whole document or one part of a large one.
// The records of a part are numbered as if the part were a document of
// its own; partState.place renumbers them.
func processPiece(p *Processor, pc piece, keepBoilerplate bool) result {
	switch {
	case pc.part != nil:
		d := p.Process(partText(pc.part, pc.src.Path), pc.part.dec, pc.src.ID, pc.src.Path)
		return result{doc: d, records: d.Records(nil, keepBoilerplate)}
	case pc.whole:
		d, err := p.Read(bytes.NewReader(pc.data), pc.src.ID, pc.src.Path)
		if err != nil {
			return result{err: err}
		}
		return result{doc: d, records: d.Records(nil, keepBoilerplate)}
	}
	return process(p, pc.src, keepBoilerplate)
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

// partState carries the numbering of a document written in parts from one
// part to the next.
type partState struct {
	join     partJoin
	blocks   int // blocks so far
	lastSegs int // segments so far in the last block
	quotes   int // quotes so far
}

// place gives a part, processed as a document of its own, its place in
// the whole document: block indices, segment numbers (a part that does not
// start after a blank line continues the previous part's last block),
// code point offsets and quote IDs, in d and in its records, which
// d.Records made from it.
func (st *partState) place(d *Document, recs []Record, part *partInput, keepBoilerplate bool) {
	_, offset, cont := st.join.add(part.sep, d.Text)
	d.Part = &Part{N: part.n, Last: part.last, Offset: offset}
	if len(d.Blocks) == 0 {
		return
	}
	blockBase, nBase := st.blocks, 0
	if cont && st.blocks > 0 {
		blockBase, nBase = st.blocks-1, st.lastSegs
	}
	last := len(d.Blocks) - 1
	for i := range d.Blocks {
		d.Blocks[i].Index = blockBase + i
	}
	lastSegs := 0
	for i := range d.Segments {
		s := &d.Segments[i]
		if s.Block == 0 {
			s.N += nBase
		}
		if s.Block == last {
			lastSegs++
		}
	}
	if last == 0 {
		lastSegs += nBase
	}
	// Records holds the kept segments in order: walk both together.
	j := 0
	for i := range d.Segments {
		s := &d.Segments[i]
		if (!keepBoilerplate && !s.Role.Kept()) || j == len(recs) {
			continue
		}
		r := &recs[j]
		j++
		r.Block = d.Blocks[s.Block].Index
		r.ID = SegmentID(d.ID, r.Block, s.N)
		r.Start += offset
		r.End += offset
		for k := range r.Quotes {
			if k < len(s.Quotes) {
				r.Quotes[k].ID = QuoteID(d.ID, st.quotes+s.Quotes[k].Quote)
			}
		}
	}
	st.blocks = blockBase + len(d.Blocks)
	st.lastSegs = lastSegs
	st.quotes += len(d.Quotes)
}
