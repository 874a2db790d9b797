package corpus

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// The formats of aligned output.
const FormatLadder = "ladder"

// LinkFilter selects the links that are written.
type LinkFilter struct {
	// KeepUnaligned writes 1-0 and 0-1 links too (JSONL and ladder only).
	KeepUnaligned bool
	// MinScore drops full links whose score is below it.
	MinScore float64
}

// Keep reports whether l passes the filter.
func (f LinkFilter) Keep(l *LinkRecord) bool {
	if !l.Full() {
		return f.KeepUnaligned
	}
	return l.Score >= f.MinScore
}

// LinkJSONLWriter writes bilingual JSONL: one link per line.
type LinkJSONLWriter struct {
	lines  jsonLines
	filter LinkFilter
}

// NewLinkJSONLWriter returns a LinkJSONLWriter writing to w.
func NewLinkJSONLWriter(w io.Writer, f LinkFilter) *LinkJSONLWriter {
	return &LinkJSONLWriter{lines: newJSONLines(w), filter: f}
}

// WriteLinks implements LinkWriter.
func (j *LinkJSONLWriter) WriteLinks(_ string, links []LinkRecord) error {
	for i := range links {
		if !j.filter.Keep(&links[i]) {
			continue
		}
		if err := j.lines.write(links[i].ID, &links[i]); err != nil {
			return err
		}
	}
	return nil
}

// Close implements LinkWriter.
func (j *LinkJSONLWriter) Close() error { return j.lines.w.Flush() }

// LadderWriter writes links vecalign style, one per line, German first:
// "[0]:[0]:0.93", "[1, 2]:[1]:0.71", "[3]:[]:0.10". Every sentence of both
// sides appears in exactly one link. With several documents, each one's
// links follow a "# doc" line.
type LadderWriter struct {
	w     *bufio.Writer
	multi bool
	n     int
}

// NewLadderWriter returns a LadderWriter; multi writes the "# doc" lines.
func NewLadderWriter(w io.Writer, multi bool) *LadderWriter {
	return &LadderWriter{w: bufio.NewWriter(w), multi: multi}
}

// WriteLinks implements LinkWriter.
func (l *LadderWriter) WriteLinks(doc string, links []LinkRecord) error {
	if l.multi {
		fmt.Fprintf(l.w, "# %s\n", doc)
	}
	for i := range links {
		r := &links[i]
		fmt.Fprintf(l.w, "%s:%s:%s\n", ladderIDs(r.DEIDs), ladderIDs(r.ENIDs), strconv.FormatFloat(r.Score, 'f', -1, 64))
	}
	l.n++
	return nil
}

func ladderIDs(ids []int) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = strconv.Itoa(id)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// Close implements LinkWriter.
func (l *LadderWriter) Close() error { return l.w.Flush() }

// ParallelTextWriter writes the full links that pass its filter as two
// line-aligned files, German and English (the Moses/OPUS convention): line
// i of one is the translation of line i of the other.
type ParallelTextWriter struct {
	de, en *bufio.Writer
	filter LinkFilter
}

// NewParallelTextWriter returns a ParallelTextWriter.
func NewParallelTextWriter(de, en io.Writer, f LinkFilter) *ParallelTextWriter {
	f.KeepUnaligned = false
	return &ParallelTextWriter{de: bufio.NewWriter(de), en: bufio.NewWriter(en), filter: f}
}

// WriteLinks implements LinkWriter.
func (p *ParallelTextWriter) WriteLinks(_ string, links []LinkRecord) error {
	for i := range links {
		if !p.filter.Keep(&links[i]) {
			continue
		}
		p.de.WriteString(oneLine(links[i].Translation.DE))
		p.de.WriteByte('\n')
		p.en.WriteString(oneLine(links[i].Translation.EN))
		p.en.WriteByte('\n')
	}
	return nil
}

// Close implements LinkWriter.
func (p *ParallelTextWriter) Close() error {
	if err := p.de.Flush(); err != nil {
		return err
	}
	return p.en.Flush()
}

// WriteLinks writes the full links that pass the writer's filter as
// bilingual translation units: German <tuv> first, with the link's score
// as <prop type="x-score">.
func (t *TMXWriter) WriteLinks(doc string, links []LinkRecord) error {
	if !t.started {
		if t.opt.SrcLang == "" {
			t.opt.SrcLang = "de"
		}
		if err := t.start(nil); err != nil {
			return err
		}
	}
	b := t.buf[:0]
	for i := range links {
		r := &links[i]
		if !r.Full() || !t.Filter.Keep(r) {
			continue
		}
		b = appendTUStart(b, r.ID)
		b = appendProp(b, "x-doc", r.Doc)
		b = appendProp(b, "x-type", r.Type)
		b = appendProp(b, "x-score", strconv.FormatFloat(r.Score, 'f', -1, 64))
		b = appendTUV(b, "de", r.Translation.DE)
		b = appendTUV(b, "en", r.Translation.EN)
		b = append(b, "\n    </tu>"...)
		t.units = true
	}
	t.buf = b
	_, err := t.bw.Write(b)
	return err
}
