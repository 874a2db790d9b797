package corpus

import (
	"bufio"
	"errors"
	"fmt"
	"io"

	"github.com/segmentio/encoding/json"
)

// jsonLines writes values as JSON lines: fields in struct order, no HTML
// escaping, one value per line.
type jsonLines struct {
	w   *bufio.Writer
	buf []byte
}

func newJSONLines(w io.Writer) jsonLines { return jsonLines{w: bufio.NewWriterSize(w, 64<<10)} }

// write writes one value; id names it in errors.
func (j *jsonLines) write(id string, v any) error {
	var err error
	if j.buf, err = json.Append(j.buf[:0], v, 0); err != nil {
		return fmt.Errorf("encoding %s: %w", id, err)
	}
	j.buf = append(j.buf, '\n')
	_, err = j.w.Write(j.buf)
	return err
}

// JSONLWriter writes records as JSON lines: one record per line, fields in
// schema order, no HTML escaping.
type JSONLWriter struct{ lines jsonLines }

// NewJSONLWriter returns a JSONLWriter writing to w.
func NewJSONLWriter(w io.Writer) *JSONLWriter { return &JSONLWriter{newJSONLines(w)} }

// Write implements Writer.
func (j *JSONLWriter) Write(records []Record) error {
	for i := range records {
		j.lines.buf = append(records[i].appendJSON(j.lines.buf[:0]), '\n')
		if _, err := j.lines.w.Write(j.lines.buf); err != nil {
			return err
		}
	}
	return nil
}

// Close implements Writer.
func (j *JSONLWriter) Close() error { return j.lines.w.Flush() }

// JSONLReader reads satz JSONL records, one per line, with no limit on the
// length of a line.
type JSONLReader struct {
	r       *bufio.Reader
	name    string
	line    int
	pending []byte // a line read by Bilingual
}

// NewJSONLReader returns a reader of r; name is used in errors.
func NewJSONLReader(r io.Reader, name string) *JSONLReader {
	return &JSONLReader{r: bufio.NewReaderSize(r, 64<<10), name: name}
}

// line returns the next non-empty line, or io.EOF.
func (j *JSONLReader) nextLine() ([]byte, error) {
	if j.pending != nil {
		line := j.pending
		j.pending = nil
		return line, nil
	}
	for {
		line, err := j.r.ReadBytes('\n')
		if len(line) == 0 && err != nil {
			if errors.Is(err, io.EOF) {
				return nil, io.EOF
			}
			return nil, fmt.Errorf("%s: %w", j.name, err)
		}
		j.line++
		if len(trimSpaceBytes(line)) > 0 {
			return line, nil
		}
		if err != nil {
			return nil, io.EOF
		}
	}
}

// Bilingual reports whether the file holds bilingual records (from satz
// align) rather than segments (from satz build), judging by its first
// record. It consumes nothing.
func (j *JSONLReader) Bilingual() (bool, error) {
	line, err := j.nextLine()
	if err != nil {
		return false, err
	}
	j.pending = line
	var probe struct {
		Translation *Translation `json:"translation"`
	}
	if _, err := json.Parse(line, &probe, 0); err != nil {
		return false, fmt.Errorf("%s:%d: not a satz JSONL record: %v", j.name, j.line, err)
	}
	return probe.Translation != nil, nil
}

// Read returns the next segment record, or io.EOF after the last one.
// Empty lines are skipped. Errors name the file and line.
func (j *JSONLReader) Read() (Record, error) {
	line, err := j.nextLine()
	if err != nil {
		return Record{}, err
	}
	var rec Record
	if _, perr := json.Parse(line, &rec, 0); perr != nil {
		return Record{}, fmt.Errorf("%s:%d: not a satz JSONL record: %v", j.name, j.line, perr)
	}
	if rec.ID == "" || rec.Doc == "" {
		return Record{}, fmt.Errorf("%s:%d: record without id or doc", j.name, j.line)
	}
	return rec, nil
}

// ReadLink returns the next bilingual record, or io.EOF after the last.
func (j *JSONLReader) ReadLink() (LinkRecord, error) {
	line, err := j.nextLine()
	if err != nil {
		return LinkRecord{}, err
	}
	var rec LinkRecord
	if _, perr := json.Parse(line, &rec, 0); perr != nil {
		return LinkRecord{}, fmt.Errorf("%s:%d: not a satz bilingual JSONL record: %v", j.name, j.line, perr)
	}
	if rec.ID == "" || rec.Doc == "" {
		return LinkRecord{}, fmt.Errorf("%s:%d: record without id or doc", j.name, j.line)
	}
	return rec, nil
}

func trimSpaceBytes(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r' || b[len(b)-1] == '\n') {
		b = b[:len(b)-1]
	}
	return b
}
