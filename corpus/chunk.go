package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/satzwerk/satz/segment"
)

// DefaultChunkBytes is the size above which Build processes an input in
// parts rather than whole: far more than any news article, small enough
// that memory stays bounded whatever the size of the input.
//
// A large input is cut into parts of at most that many bytes (of UTF-8
// text), at the best place in a part's second half:
//
//  1. a blank line after a line ending like a sentence (".", "!", "?",
//     "“", …), else any blank line;
//  2. else a sentence boundary in the part's last 64 KiB;
//  3. else any white space;
//  4. else any character boundary.
//
// The white space at a cut belongs to neither part. The whole document's
// cleaned text is the parts' cleaned texts joined by what cleaning makes
// of that white space: "\n\n" for a blank line, "\n" for a line break, " "
// for spaces, "" for none; parts that clean to nothing are left out. This
// is the text CleanText writes and JSONL offsets index. A part that does
// not start after a blank line continues the previous part's last
// paragraph (block), and its segments are numbered on.
//
// The rules see one part at a time: a quotation, a repeated block, the
// navigation above an article's text and the furniture below it are found
// within a part. The encoding, and whether the input is text at all, are
// decided from its first DefaultChunkBytes; zero bytes after that are
// removed like other control characters.
const DefaultChunkBytes = 256 << 10

// How far a part is read past its end, so the white space at a cut is seen
// whole, and where a sentence boundary is looked for.
const (
	cutLookahead = 4 << 10
	cutWindow    = 64 << 10
)

// piece is one input of a Build worker: a whole document, or one part of a
// large one.
type piece struct {
	src Source
	// data holds a whole document read by the producer (standard input, a
	// pipe); whole is set then. Otherwise the worker opens src itself.
	data  []byte
	whole bool
	part  *partInput
	size  int64 // the file's size, when the worker reads it
}

// weight is the number of input bytes p holds or stands for.
func (p piece) weight() int64 {
	switch {
	case p.part != nil:
		return int64(len(p.part.text))
	case p.whole:
		return int64(len(p.data))
	}
	return p.size
}

// partInput is one part of a large document, decoded but not cleaned.
type partInput struct {
	text string
	dec  Decoding
	n    int
	last bool
	// sep is what joins this part's cleaned text to the previous part's:
	// "\n\n", "\n", " " or "".
	sep string
}

// pieces turns sources into Build's units of work. A regular file of at
// most chunk bytes is left for a worker to read; anything larger, or of
// unknown size (standard input, a pipe), is read here, chunk bytes at a
// time, and handed on whole when it turns out small, or in parts.
func pieces(sources func(yield func(Source, error) bool), chunk int, enc string) func(yield func(piece, error) bool) {
	return func(yield func(piece, error) bool) {
		for src, err := range sources {
			if err != nil {
				if !yield(piece{src: src}, err) {
					return
				}
				continue
			}
			if src.stdin == nil {
				// A file that cannot be examined is left to the worker,
				// whose error names it.
				if info, err := os.Stat(src.Path); err != nil || (info.Mode().IsRegular() && info.Size() <= int64(chunk)) {
					var size int64
					if err == nil {
						size = info.Size()
					}
					if !yield(piece{src: src, size: size}, nil) {
						return
					}
					continue
				}
			}
			if !readPieces(src, chunk, enc, yield) {
				return
			}
		}
	}
}

// readPieces reads src and yields it whole or in parts; it returns false
// when yield does.
func readPieces(src Source, chunk int, enc string, yield func(piece, error) bool) bool {
	r, err := src.Open()
	if err != nil {
		return yield(piece{src: src}, pathError(src.Path, err))
	}
	defer r.Close()
	first, err := readFull(r, chunk+1)
	if err != nil {
		return yield(piece{src: src}, fmt.Errorf("%s: %w", src.Path, err))
	}
	if len(first) <= chunk {
		return yield(piece{src: src, data: first, whole: true}, nil)
	}
	c, err := newChunker(first, r, chunk, enc)
	if err != nil {
		return yield(piece{src: src}, fmt.Errorf("%s: %w", src.Path, err))
	}
	for {
		p, err := c.next()
		if err != nil {
			if c.n > 0 {
				err = fmt.Errorf("%w after %d bytes (the text before was written)", err, c.read)
			}
			return yield(piece{src: src, part: &partInput{n: c.n}}, fmt.Errorf("%s: %w", src.Path, err))
		}
		if !yield(piece{src: src, part: p}, nil) {
			return false
		}
		if p.last {
			return true
		}
	}
}

// readFull reads up to n bytes; io.EOF before that is not an error. The
// buffer grows with what is read, so that a short input does not cost n
// bytes.
func readFull(r io.Reader, n int) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, int64(n)))
	if errors.Is(err, io.ErrUnexpectedEOF) {
		err = nil
	}
	return b, err
}

// chunker cuts a stream of text into parts.
type chunker struct {
	r     io.Reader // UTF-8: the input itself, or its decoding
	raw   bool      // r is the input's own UTF-8 bytes, invalid ones not yet replaced
	dec   Decoding  // the encoding, for every part
	chunk int
	buf   []byte
	eof   bool
	n     int    // parts handed out
	sep   string // what comes before the next part
	read  int64  // bytes of text handed out
}

// newChunker detects the encoding of a large input from its first bytes,
// as Decode does for a whole document (a byte-order mark, UTF-16 from the
// pattern of zero bytes, binary from other zero bytes, UTF-8 when mostly
// valid, else Windows-1252), and returns a chunker of the rest.
func newChunker(first []byte, rest io.Reader, chunk int, enc string) (*chunker, error) {
	c := &chunker{chunk: chunk}
	var t transform.Transformer
	switch {
	case enc != "":
		e, name, err := lookupEncoding(enc)
		if err != nil {
			return nil, err
		}
		c.dec.Encoding = name
		if e != nil {
			t = e.NewDecoder()
		}
	case bytes.HasPrefix(first, []byte{0xEF, 0xBB, 0xBF}):
		c.dec = Decoding{Encoding: "utf-8", BOM: true}
		first = first[3:]
	case bytes.HasPrefix(first, []byte{0xFF, 0xFE}):
		c.dec = Decoding{Encoding: "utf-16le", BOM: true}
		t, first = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder(), first[2:]
	case bytes.HasPrefix(first, []byte{0xFE, 0xFF}):
		c.dec = Decoding{Encoding: "utf-16be", BOM: true}
		t, first = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder(), first[2:]
	case bytes.IndexByte(first, 0) >= 0:
		switch utf16Guess(first) {
		case "utf-16le":
			t = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder()
		case "utf-16be":
			t = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder()
		default:
			return nil, ErrBinary
		}
		c.dec.Encoding = utf16Guess(first)
	default:
		sample := first
		for i := 0; i < utf8.UTFMax && i < len(sample) && !utf8.Valid(sample); i++ {
			sample = sample[:len(sample)-1] // a character cut at the end of the sample
		}
		if multi, invalid := utf8Counts(sample); utf8.Valid(sample) || multi > invalid {
			c.dec.Encoding = "utf-8"
		} else {
			c.dec.Encoding = "windows-1252"
			t = charmap.Windows1252.NewDecoder()
		}
	}
	in := io.MultiReader(bytes.NewReader(first), rest)
	if t == nil {
		c.r, c.raw = in, true
	} else {
		c.r = transform.NewReader(in, t)
	}
	c.buf = make([]byte, 0, chunk+cutLookahead)
	return c, nil
}

// next returns the next part.
func (c *chunker) next() (*partInput, error) {
	for !c.eof && len(c.buf) < cap(c.buf) {
		n, err := c.r.Read(c.buf[len(c.buf):cap(c.buf)])
		c.buf = c.buf[:len(c.buf)+n]
		if errors.Is(err, io.EOF) {
			c.eof = true
		} else if err != nil {
			return nil, err
		}
	}
	p := &partInput{n: c.n, sep: c.sep}
	end, next := len(c.buf), len(c.buf)
	if !c.eof || len(c.buf) > c.chunk {
		end, next = findCut(c.buf, c.chunk)
		c.sep = gapSeparator(c.buf[end:next])
	} else {
		p.last = true
	}
	p.text, p.dec = c.decode(c.buf[:end])
	c.read += int64(next)
	c.buf = c.buf[:copy(c.buf, c.buf[next:])]
	c.n++
	if p.n > 0 {
		p.dec.BOM = false
	}
	return p, nil
}

// decode turns a part's bytes into text, replacing invalid bytes with
// U+FFFD and counting them.
func (c *chunker) decode(b []byte) (string, Decoding) {
	d := c.dec
	if c.raw {
		text, ud, _ := decodeUTF8(b, false)
		d.Invalid = ud.Invalid
		return text, d
	}
	// A decoder marks what it cannot decode with U+FFFD.
	d.Invalid = countInvalidUTF8(b) + bytes.Count(b, []byte("\uFFFD"))
	return replaceInvalid(b), d
}

// findCut returns where a part of b (of at most chunk bytes) ends and
// where the next one starts: the white space between them belongs to
// neither. b holds more than chunk bytes, or the stream goes on.
func findCut(b []byte, chunk int) (end, next int) {
	limit := min(chunk, len(b))
	lo := limit / 2
	// 1. A blank line, preferably after a sentence.
	blank := -1
	for i := limit - 1; i >= lo; i-- {
		if b[i] != '\n' {
			continue
		}
		s, e := spaceRun(b, i)
		if bytes.Count(b[s:e], []byte("\n")) < 2 || s == 0 {
			i = s
			continue
		}
		if sentenceEnd(b[:s]) {
			return s, e
		}
		if blank < 0 {
			blank = s
		}
		i = s
	}
	if blank >= 0 {
		s, e := spaceRun(b, blank)
		return s, e
	}
	// 2. A sentence boundary: the start of the last sentence that begins
	// in the window (the first one may have begun before it).
	wlo := max(lo, limit-cutWindow)
	window := string(b[wlo:limit])
	if spans := segment.Sentences(window, segment.Options{}); len(spans) >= 2 {
		last := spans[len(spans)-1]
		if last.End == len(window) && len(spans) >= 3 {
			last = spans[len(spans)-2] // the last one may be cut short
		}
		if start := wlo + last.Start; start > wlo {
			s, e := spaceRun(b, start-1)
			if s == e { // no white space: cut right there
				s, e = start, start
			}
			if s > 0 {
				return s, e
			}
		}
	}
	// 3. Any white space.
	for i := limit - 1; i >= lo; i-- {
		if isCutSpace(b[i]) {
			if s, e := spaceRun(b, i); s > 0 {
				return s, e
			}
		}
	}
	// 4. A character boundary.
	cut := limit
	for k := 0; k < utf8.UTFMax-1 && cut > 1 && !utf8.RuneStart(b[cut]); k++ {
		cut--
	}
	return cut, cut
}

// spaceRun returns the run of ASCII white space around b[i] (empty when
// b[i] is not white space).
func spaceRun(b []byte, i int) (start, end int) {
	if i < 0 || i >= len(b) || !isCutSpace(b[i]) {
		return i + 1, i + 1
	}
	start, end = i, i+1
	for start > 0 && isCutSpace(b[start-1]) {
		start--
	}
	for end < len(b) && isCutSpace(b[end]) {
		end++
	}
	return start, end
}

func isCutSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return true
	}
	return false
}

// sentenceEnd reports whether b ends like a sentence or a quotation.
func sentenceEnd(b []byte) bool {
	r, _ := utf8.DecodeLastRune(b)
	return strings.ContainsRune(".!?…\"'“”‘’«»)", r)
}

// gapSeparator is what cleaning makes of the white space between two
// parts.
func gapSeparator(gap []byte) string {
	breaks := 0
	for i, c := range gap {
		if c == '\n' || (c == '\r' && (i+1 == len(gap) || gap[i+1] != '\n')) {
			breaks++
		}
	}
	switch {
	case breaks >= 2:
		return "\n\n"
	case breaks == 1:
		return "\n"
	case len(gap) > 0:
		return " "
	}
	return ""
}

// partJoin follows how the cleaned texts of a document's parts join up.
type partJoin struct {
	started bool   // a part with text has been seen
	pending string // the separator owed to the next part with text
	cp      int    // code points of the document's cleaned text so far
}

// add accounts for the next part, whose cleaned text is cleaned and whose
// separator from the previous part is sep. It returns the separator to
// write before cleaned ("" for the first part with text), the part's
// offset in code points, and whether the part continues the previous
// part's last paragraph.
func (j *partJoin) add(sep, cleaned string) (before string, offset int, cont bool) {
	if strongerSep(sep, j.pending) {
		j.pending = sep
	}
	if cleaned == "" {
		return "", j.cp, false
	}
	if j.started {
		before = j.pending
	}
	cont = j.started && before != "\n\n"
	j.started, j.pending = true, ""
	j.cp += runeCount(before)
	offset = j.cp
	j.cp += runeCount(cleaned)
	return before, offset, cont
}

// strongerSep reports whether separator a breaks more than b.
func strongerSep(a, b string) bool {
	rank := func(s string) int {
		switch s {
		case "\n\n":
			return 3
		case "\n":
			return 2
		case " ":
			return 1
		}
		return 0
	}
	return rank(a) > rank(b)
}

// partText is the text of a part as Process takes it: Markdown is
// stripped, with front matter recognized only at the start of the file.
func partText(p *partInput, source string) string {
	if !isMarkdown(source) {
		return p.text
	}
	if p.n == 0 {
		return StripMarkdown(p.text)
	}
	// StripMarkdown keeps lines apart, so the empty first line added here
	// (which cannot open front matter) is the first line of its output.
	return strings.TrimPrefix(StripMarkdown("\n"+p.text), "\n")
}

// CleanOptions configure CleanText.
type CleanOptions struct {
	// Encoding forces the input encoding; "" detects it (see Decode).
	Encoding string
	// ChunkBytes must be what the build used (0: DefaultChunkBytes).
	ChunkBytes int
}

// CleanText writes the cleaned text of one document read from r, whose
// name (a path, for the Markdown test, and for errors) is name: the text
// that satz build's JSONL offsets index. A large input is read and cleaned
// in parts, as Build does, and its cleaned text is written as it goes.
func CleanText(w io.Writer, r io.Reader, name string, opt CleanOptions) error {
	chunk := opt.ChunkBytes
	if chunk <= 0 {
		chunk = DefaultChunkBytes
	}
	first, err := readFull(r, chunk+1)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if len(first) <= chunk {
		text, _, err := Decode(first, opt.Encoding)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if isMarkdown(name) {
			text = StripMarkdown(text)
		}
		_, err = io.WriteString(w, Clean(text))
		return err
	}
	c, err := newChunker(first, r, chunk, opt.Encoding)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	var join partJoin
	for {
		p, err := c.next()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		cleaned := Clean(partText(p, name))
		before, _, _ := join.add(p.sep, cleaned)
		if _, err := io.WriteString(w, before+cleaned); err != nil {
			return err
		}
		if p.last {
			return nil
		}
	}
}
