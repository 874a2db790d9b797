package corpus

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/satzwerk/satz/segment"
)

// Options configure how a document is processed.
type Options struct {
	// Lang is the language of the documents: "de" (default) or "en".
	Lang string
	// Encoding forces an input encoding; "" detects it (see Decode).
	Encoding string
	// MaxBytes is the largest input accepted for one document; 0 means
	// DefaultMaxBytes.
	MaxBytes int64
	// SkipNames leaves out the proper-noun pass and SkipQuotes the
	// quotation pass: documents and records then have no names (no quotes
	// and no stray marks), and the text and segments are the same. The
	// TMX and text writers write neither, so satz build sets both for
	// those formats; the passes take about half the CPU time of a run.
	SkipNames, SkipQuotes bool
}

// DefaultMaxBytes is the default limit on a document's size.
const DefaultMaxBytes = 256 << 20

func (o Options) lang() string {
	if o.Lang == "" {
		return "de"
	}
	return o.Lang
}

// Processor reads, cleans, segments and annotates documents. It keeps
// buffers between documents; use one per goroutine.
type Processor struct {
	opt  Options
	norm normalizer
	buf  []byte
	// marks are the quotation marks of the document, recorded by segment
	// for annotate.
	marks segment.QuoteMarks
	// sents and runs are segment's scratch.
	sents []segment.Span
	runs  []sentRun
}

// NewProcessor returns a Processor with the given options.
func NewProcessor(opt Options) *Processor {
	return &Processor{opt: opt}
}

// Read reads and processes one document from r. id and source name it in
// the output and in errors.
func (p *Processor) Read(r io.Reader, id, source string) (*Document, error) {
	limit := p.opt.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	buf, err := readAllInto(p.buf[:0], io.LimitReader(r, limit+1))
	p.buf = buf[:0]
	if err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	if int64(len(buf)) > limit {
		return nil, fmt.Errorf("%s: larger than %d bytes", source, limit)
	}
	text, dec, err := Decode(buf, p.opt.Encoding)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	if isMarkdown(source) {
		text = StripMarkdown(text)
	}
	return p.Process(text, dec, id, source), nil
}

// isMarkdown reports whether a file is Markdown by its name.
func isMarkdown(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".md" || ext == ".markdown"
}

func readAllInto(b []byte, r io.Reader) ([]byte, error) {
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}

// Process cleans, segments and annotates decoded text.
func (p *Processor) Process(text string, dec Decoding, id, source string) *Document {
	cleaned := p.norm.String(text)
	d := &Document{ID: id, Source: source, Lang: p.opt.lang(), Text: cleaned}
	d.Report.Decoding = dec
	p.segment(d)
	dropDuplicateBlocks(d)
	for _, b := range d.Blocks {
		if b.Role == RoleBoilerplate {
			d.Report.Dropped++
		}
	}
	p.annotate(d)
	return d
}

// Clean returns text as the pipeline cleans it.
func Clean(text string) string {
	var n normalizer
	return n.String(text)
}

// segment splits a document into blocks, gives every line a role and
// splits lines into sentence segments.
func (p *Processor) segment(d *Document) {
	text := d.Text
	paras := segment.Paragraphs(text)
	blockLines := make([][]line, len(paras))
	// The lines of all blocks in one array.
	all := make([]line, 0, 2*len(paras))
	for i, para := range paras {
		first := len(all)
		for start := para.Start; start < para.End; {
			end := strings.IndexByte(text[start:para.End], '\n')
			if end < 0 {
				end = para.End
			} else {
				end += start
			}
			ln := line{Span: segment.Span{Start: start, End: end}}
			ln.lineRole = classifyLine(text[start:end])
			all = append(all, ln)
			start = end + 1
		}
		blockLines[i] = all[first:len(all):len(all)]
	}
	relabelInContext(text, blockLines)
	relabelPageFrame(text, blockLines)
	sopt := segment.Options{Lang: d.Lang}
	// The splitter records the quotation marks it passes, so that the
	// quote pass need not look for them again.
	p.marks.Reset()
	// The sentences of all lines first (in scratch kept for the next
	// document), so that the segments take one allocation of their exact
	// size: they hold pointers, so the garbage collector clears and scans
	// all of it.
	p.sents, p.runs = p.sents[:0], p.runs[:0]
	d.Blocks = make([]Block, 0, len(paras))
	for i, para := range paras {
		b := Block{Index: i, Span: para}
		b.Role, b.Rule = blockRole(blockLines[i])
		d.Blocks = append(d.Blocks, b)
		emit := func(span segment.Span, role Role, rule string) {
			n := len(p.sents)
			if p.opt.SkipQuotes {
				p.sents = segment.AppendSentences(p.sents, text[span.Start:span.End], sopt)
			} else {
				p.sents = p.marks.AppendSentences(p.sents, text[span.Start:span.End], span.Start, sopt)
			}
			for k := n; k < len(p.sents); k++ {
				p.sents[k].Start += span.Start
				p.sents[k].End += span.Start
			}
			p.runs = append(p.runs, sentRun{block: i, n: len(p.sents) - n, role: role, rule: rule})
		}
		for _, ln := range blockLines[i] {
			if ln.split > 0 {
				emit(segment.Span{Start: ln.Start, End: ln.Start + ln.split}, ln.role, ln.rule)
				emit(segment.Span{Start: ln.Start + ln.split, End: ln.End}, RoleCredit, "credit")
				continue
			}
			emit(ln.Span, ln.role, ln.rule)
		}
	}
	d.Segments = make([]Segment, 0, len(p.sents))
	next, n := 0, 0 // the next sentence; a segment's number in its block
	for k, r := range p.runs {
		if k == 0 || r.block != p.runs[k-1].block {
			n = 0
		}
		for _, span := range p.sents[next : next+r.n] {
			d.Segments = append(d.Segments, Segment{Block: r.block, N: n, Role: r.role, Rule: r.rule, Span: span})
			n++
		}
		next += r.n
	}
}

// sentRun is a run of sentences of one line (or of a line's caption or
// credit part), for Processor.segment.
type sentRun struct {
	block, n int // the block; the number of sentences
	role     Role
	rule     string
}

// relabelInContext corrects line roles that depend on the lines around
// them: an image label or caption right before a caption or credit, a
// kicker ending in ":" right before a title, a short question standing
// alone as a subheading.
func relabelInContext(text string, blockLines [][]line) {
	for i := range blockLines {
		lines := blockLines[i]
		for j := range lines {
			next := lineRole{}
			switch {
			case j+1 < len(lines):
				next = lines[j+1].lineRole
			case i+1 < len(blockLines):
				next = blockLines[i+1][0].lineRole
			}
			l := &lines[j]
			s := l.Span.Text(text)
			switch {
			case l.role == RoleHeading && next.role == RoleCaption && captionLabel(s):
				l.lineRole = lineRole{role: RoleCaption, rule: "image-label"}
			case (l.role == RoleHeading || l.role == RoleBody) && next.role == RoleCredit && next.split == 0 && countWordsTo(s, maxCaptionWords) <= maxCaptionWords:
				l.lineRole = lineRole{role: RoleCaption, rule: "caption-before-credit"}
			case l.role == RoleBody && next.role == RoleHeading && strings.HasSuffix(s, ":") && countWordsTo(s, maxKickerWords) <= maxKickerWords:
				l.lineRole = lineRole{role: RoleHeading, rule: "kicker"}
			case l.role == RoleBody && len(lines) == 1 && strings.HasSuffix(s, "?") && countWordsTo(s, maxQuestionHeading) <= maxQuestionHeading && !strings.ContainsAny(s, "„“”\"»«"):
				l.lineRole = lineRole{role: RoleHeading, rule: "question-subheading"}
			}
		}
	}
}

// relabelPageFrame finds the page around the article: above the first
// body line, a run of short heading-like lines is the site's navigation
// ("FAZ.NET", "Wirtschaft", "Energiewende"), all but the last one before
// the title, which is the kicker; below the last body line, heading-like
// lines are the page's furniture (tags, related links, "Feedback"), since a
// subheading heads text.
func relabelPageFrame(text string, blockLines [][]line) {
	var all []*line
	for i := range blockLines {
		for j := range blockLines[i] {
			all = append(all, &blockLines[i][j])
		}
	}
	first, last := -1, -1
	for k, l := range all {
		if l.role == RoleBody {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return // no article text: nothing to frame
	}
	short := func(l *line) bool {
		return l.role == RoleHeading && countWordsTo(l.Span.Text(text), maxNavWords) <= maxNavWords
	}
	for k := 0; k < first; k++ {
		if !short(all[k]) {
			continue
		}
		next := k + 1
		for next < first && all[next].role == RoleBoilerplate {
			next++
		}
		if next < first && short(all[next]) {
			all[k].lineRole = lineRole{role: RoleBoilerplate, rule: "navigation"}
		}
	}
	for k := last + 1; k < len(all); k++ {
		if all[k].role == RoleHeading {
			all[k].lineRole = lineRole{role: RoleBoilerplate, rule: "after-article-text"}
		}
	}
}

// Limits of the context rules, in words.
const (
	maxCaptionWords    = 60
	maxKickerWords     = 4
	maxQuestionHeading = 8
	maxNavWords        = 3
)

// line is one line of a block with its role.
type line struct {
	segment.Span
	lineRole
}

// roleRank orders roles by importance for blockRole.
var roleRank = map[Role]int{RoleBody: 0, RoleHeading: 1, RoleCaption: 2, RoleCredit: 3, RoleBoilerplate: 4}

// blockRole is the role of a block: the most important role among its
// lines (body before heading before caption before credit before
// boilerplate), so that no body text is hidden behind another role.
func blockRole(lines []line) (Role, string) {
	best := lines[0].lineRole
	for _, l := range lines[1:] {
		if roleRank[l.role] < roleRank[best.role] {
			best = l.lineRole
		}
	}
	return best.role, best.rule
}

// annotate marks quotes and names and attaches them to segments.
func (p *Processor) annotate(d *Document) {
	spans := make([]segment.Span, len(d.Segments))
	for i, s := range d.Segments {
		spans[i] = s.Span
	}
	var quotes []segment.Quote
	var stray []int
	if !p.opt.SkipQuotes {
		// The blocks are the paragraphs of the text (see segment).
		paras := make([]segment.Span, len(d.Blocks))
		for i, b := range d.Blocks {
			paras[i] = b.Span
		}
		quotes, stray = segment.QuotesMarked(d.Text, spans, paras, &p.marks, d.Lang)
	}
	d.Quotes = quotes
	var names []segment.Name
	if !p.opt.SkipNames {
		names = segment.Names(d.Text, spans, d.Lang)
	}

	// Segments are ordered and disjoint, and so are names and stray marks:
	// one sweep each. Quotes nest, so keep the ones that may still overlap.
	ni, si, qi := 0, 0, 0
	var active []int
	// The quote parts of all segments in one array, each segment's capped
	// so that appends never write into the next one's.
	parts := make([]QuotePart, 0, len(quotes)+len(quotes)/4)
	for k := range d.Segments {
		seg := &d.Segments[k]
		for ni < len(names) && names[ni].End <= seg.Start {
			ni++
		}
		// The names inside the segment are a run of names (one that
		// crosses a segment edge belongs to neither): share the array
		// rather than copy, capped so that appends never write into it.
		if ni < len(names) && names[ni].Start < seg.Start {
			ni++ // crosses the segment's start
		}
		lo := ni
		for ni < len(names) && names[ni].End <= seg.End {
			ni++
		}
		if ni > lo {
			seg.Names = names[lo:ni:ni]
		}
		for si < len(stray) && stray[si] < seg.Start {
			si++
		}
		lo = si
		for si < len(stray) && stray[si] < seg.End {
			si++
		}
		if si > lo {
			seg.Stray = stray[lo:si:si]
		}
		for ; qi < len(quotes) && quotes[qi].Start < seg.End; qi++ {
			active = append(active, qi)
		}
		keep := active[:0]
		first := len(parts)
		// active is in increasing quote order (quotes are appended in
		// order and removed in place), so the parts are sorted by quote.
		for _, q := range active {
			quote := quotes[q]
			if quote.End <= seg.Start {
				continue // ended before this segment: done
			}
			keep = append(keep, q)
			if quote.Start >= seg.End {
				continue
			}
			part := QuotePart{
				Quote: q,
				Span: segment.Span{
					Start: max(quote.Start, seg.Start),
					End:   min(quote.End, seg.End),
				},
			}
			part.HasOpen = quote.Start >= seg.Start
			part.HasClose = quote.Balanced && quote.End <= seg.End
			parts = append(parts, part)
		}
		active = keep
		if len(parts) > first {
			seg.Quotes = parts[first:len(parts):len(parts)]
		}
	}
}
