package corpus

import (
	"bufio"
	"errors"
	"fmt"
	"io"

	"github.com/segmentio/encoding/json"
)

// JSONLWriter writes records as JSON lines: one record per line, fields in
// schema order, no HTML escaping.
type JSONLWriter struct {
	w   *bufio.Writer
	buf []byte
}

// NewJSONLWriter returns a JSONLWriter writing to w.
func NewJSONLWriter(w io.Writer) *JSONLWriter {
	return &JSONLWriter{w: bufio.NewWriterSize(w, 64<<10)}
}

// Write implements Writer.
func (j *JSONLWriter) Write(records []Record) error {
	for i := range records {
		var err error
		j.buf, err = json.Append(j.buf[:0], &records[i], 0)
		if err != nil {
			return fmt.Errorf("encoding %s: %w", records[i].ID, err)
		}
		j.buf = append(j.buf, '\n')
		if _, err := j.w.Write(j.buf); err != nil {
			return err
		}
	}
	return nil
}

// Close implements Writer.
func (j *JSONLWriter) Close() error { return j.w.Flush() }

// JSONLReader reads satz JSONL records, one per line, with no limit on the
// length of a line.
type JSONLReader struct {
	r    *bufio.Reader
	name string
	line int
}

// NewJSONLReader returns a reader of r; name is used in errors.
func NewJSONLReader(r io.Reader, name string) *JSONLReader {
	return &JSONLReader{r: bufio.NewReaderSize(r, 64<<10), name: name}
}

// Read returns the next record, or io.EOF after the last one. Empty lines
// are skipped. Errors name the file and line.
func (j *JSONLReader) Read() (Record, error) {
	for {
		line, err := j.r.ReadBytes('\n')
		if len(line) == 0 && err != nil {
			if errors.Is(err, io.EOF) {
				return Record{}, io.EOF
			}
			return Record{}, fmt.Errorf("%s: %w", j.name, err)
		}
		j.line++
		if len(trimSpaceBytes(line)) == 0 {
			continue
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
