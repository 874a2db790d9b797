package corpus

import (
	"bufio"
	"errors"
	"io"
	"strings"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/satzwerk/satz/segment"
)

// SegmentTextOptions configure SegmentText.
type SegmentTextOptions struct {
	// Lang is "de" (default) or "en".
	Lang string
	// JoinLines treats a single newline as a space (hard-wrapped text);
	// by default a single newline ends a sentence.
	JoinLines bool
	// Encoding forces the input encoding; "" reads UTF-8, or UTF-16 when the
	// input starts with a byte-order mark. Invalid bytes become U+FFFD.
	Encoding string
}

// SegmentText reads plain text from r and writes one sentence per line to
// w, with an empty line between paragraphs (a paragraph ends at a blank
// line). Whitespace inside a sentence is collapsed to single spaces;
// nothing else changes. It reads one paragraph at a time, so memory grows
// with the longest paragraph, not with the input.
func SegmentText(w io.Writer, r io.Reader, opt SegmentTextOptions) error {
	dec, err := textDecoder(opt.Encoding)
	if err != nil {
		return err
	}
	br := bufio.NewReaderSize(transform.NewReader(r, dec), 64<<10)
	bw := bufio.NewWriterSize(w, 64<<10)
	sopt := segment.Options{Lang: opt.Lang, JoinLines: opt.JoinLines}
	var (
		para    strings.Builder
		sents   []segment.Span
		written bool // a paragraph has been written
	)
	flush := func() {
		text := para.String()
		para.Reset()
		sents = segment.AppendSentences(sents[:0], text, sopt)
		if len(sents) == 0 {
			return
		}
		if written {
			bw.WriteByte('\n')
		}
		written = true
		for _, s := range sents {
			writeCollapsed(bw, text[s.Start:s.End])
			bw.WriteByte('\n')
		}
	}
	for {
		line, err := br.ReadString('\n')
		if strings.TrimSpace(line) == "" {
			flush()
		} else {
			para.WriteString(line)
		}
		if errors.Is(err, io.EOF) {
			flush()
			return bw.Flush()
		}
		if err != nil {
			bw.Flush()
			return err
		}
	}
}

// textDecoder returns the decoder of plain-text input: UTF-8 (invalid
// bytes replaced) with UTF-8 and UTF-16 byte-order marks honoured, or the
// named encoding.
func textDecoder(enc string) (transform.Transformer, error) {
	if enc == "" {
		return unicode.BOMOverride(unicode.UTF8.NewDecoder()), nil
	}
	e, _, err := lookupEncoding(enc)
	if err != nil {
		return nil, err
	}
	if e == nil {
		return unicode.UTF8.NewDecoder(), nil
	}
	return e.NewDecoder(), nil
}

// writeCollapsed writes s with every run of whitespace as one space.
func writeCollapsed(w *bufio.Writer, s string) {
	space := false
	for _, r := range s {
		if isSpace(r) {
			space = true
			continue
		}
		if space {
			w.WriteByte(' ')
			space = false
		}
		w.WriteRune(r)
	}
}

// isSpace reports whether r is Unicode white space.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}
