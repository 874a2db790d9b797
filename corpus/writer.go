package corpus

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"
)

// Writer writes records in one output format.
type Writer interface {
	// Write writes the records of one document.
	Write(records []Record) error
	// Close writes what the format needs at its end and flushes. It does
	// not close the underlying io.Writer.
	Close() error
}

// The output formats.
const (
	FormatJSONL = "jsonl"
	FormatTMX   = "tmx"
	FormatTxt   = "txt"
)

// Formats lists the output formats.
var Formats = []string{FormatJSONL, FormatTMX, FormatTxt}

// WriterOptions configure writers.
type WriterOptions struct {
	// SrcLang is the source language of the corpus (TMX srclang); ""
	// means the language of the first record, or "de".
	SrcLang string
	// Version is satz's version (TMX creationtoolversion).
	Version string
	// Date is the creation date written into TMX headers; the zero time
	// means time.Now().
	Date time.Time
}

// NewWriter returns a writer for format writing to w.
func NewWriter(format string, w io.Writer, opt WriterOptions) (Writer, error) {
	switch format {
	case FormatJSONL:
		return NewJSONLWriter(w), nil
	case FormatTMX:
		return NewTMXWriter(w, opt), nil
	case FormatTxt:
		return NewTextWriter(w), nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// FormatFromPath returns the format an output file name implies, or "".
func FormatFromPath(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".tmx":
		return FormatTMX
	case ".txt":
		return FormatTxt
	}
	return ""
}

// TextWriter writes one segment per line and an empty line between
// documents: the plain-text layout language-model corpora use. Line
// breaks inside a segment become spaces.
type TextWriter struct {
	w    *bufio.Writer
	docs int
}

// NewTextWriter returns a TextWriter writing to w.
func NewTextWriter(w io.Writer) *TextWriter { return &TextWriter{w: bufio.NewWriter(w)} }

// Write implements Writer.
func (t *TextWriter) Write(records []Record) error {
	if len(records) == 0 {
		return nil
	}
	if t.docs > 0 {
		t.w.WriteByte('\n')
	}
	t.docs++
	for i := range records {
		t.w.WriteString(oneLine(records[i].Text))
		t.w.WriteByte('\n')
	}
	return nil
}

// Close implements Writer.
func (t *TextWriter) Close() error { return t.w.Flush() }

// oneLine replaces line breaks and tabs with spaces.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\n', '\r', '\t':
			return ' '
		}
		return r
	}, s)
}
