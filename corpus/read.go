package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// DefaultGlobs are the file name patterns read from directories when no
// other patterns are given.
var DefaultGlobs = []string{"*.txt", "*.md"}

// Source is one input document: a file or standard input.
type Source struct {
	// Path is the path as given by the user, or "-" for standard input.
	Path string
	// ID is the document's unique name in the run.
	ID string

	stdin io.Reader
}

// Open opens the source for reading.
func (s Source) Open() (io.ReadCloser, error) {
	if s.stdin != nil {
		return io.NopCloser(s.stdin), nil
	}
	return os.Open(s.Path)
}

// SourceOptions configure how paths are turned into sources.
type SourceOptions struct {
	// Globs are the base-name patterns (path.Match syntax) of the files read
	// from directories; nil means DefaultGlobs. Files named explicitly are
	// always read.
	Globs []string
	// Stdin is read for the path "-".
	Stdin io.Reader
}

// Sources yields the documents that paths name, in order: a file as itself,
// a directory as the matching files below it in lexical order (hidden files
// and directories skipped), "-" as standard input. Document IDs are the
// base names without extension, made unique by a numeric suffix. A path
// that cannot be read is yielded with its error, and iteration continues.
func Sources(paths []string, opt SourceOptions) iter.Seq2[Source, error] {
	globs := opt.Globs
	if globs == nil {
		globs = DefaultGlobs
	}
	return func(yield func(Source, error) bool) {
		ids := newIDSet()
		emit := func(path string, stdin io.Reader) bool {
			return yield(Source{Path: path, ID: ids.unique(docName(path)), stdin: stdin}, nil)
		}
		for _, p := range paths {
			if p == "-" {
				if opt.Stdin == nil {
					if !yield(Source{Path: p}, errors.New("-: no standard input")) {
						return
					}
					continue
				}
				if !emit(p, opt.Stdin) {
					return
				}
				continue
			}
			info, err := os.Stat(p)
			if err != nil {
				if !yield(Source{Path: p}, pathError(p, err)) {
					return
				}
				continue
			}
			if !info.IsDir() {
				if !emit(p, nil) {
					return
				}
				continue
			}
			stopped := false
			err = walkFiles(p, globs, func(path string, err error) bool {
				if err != nil {
					stopped = !yield(Source{Path: path}, err)
				} else {
					stopped = !emit(path, nil)
				}
				return !stopped
			})
			if err != nil || stopped {
				return
			}
		}
	}
}

// walkFiles calls fn for the files below dir whose base names match globs,
// in lexical order, skipping hidden files and directories; a path that
// cannot be read is passed with its error. fn returns false to stop.
func walkFiles(dir string, globs []string, fn func(path string, err error) bool) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if !fn(path, pathError(path, err)) {
				return filepath.SkipAll
			}
			return nil
		}
		hidden := path != dir && strings.HasPrefix(d.Name(), ".")
		if d.IsDir() {
			if hidden {
				return filepath.SkipDir
			}
			return nil
		}
		if hidden || !matchAny(globs, d.Name()) {
			return nil
		}
		if !fn(path, nil) {
			return filepath.SkipAll
		}
		return nil
	})
}

func pathError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%s: %w", path, err)
}

func matchAny(globs []string, name string) bool {
	for _, g := range globs {
		if ok, _ := filepath.Match(g, name); ok {
			return true
		}
	}
	return false
}

// docName is a document's name before it is made unique.
func docName(path string) string {
	if path == "-" {
		return "stdin"
	}
	base := filepath.Base(path)
	if ext := filepath.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	if base == "" || base == "." || base == string(filepath.Separator) {
		return "doc"
	}
	return base
}

// idSet hands out unique document IDs: the second "a" becomes "a-2".
type idSet struct{ used map[string]bool }

func newIDSet() *idSet { return &idSet{used: map[string]bool{}} }

func (s *idSet) unique(name string) string {
	id := name
	for n := 2; s.used[id]; n++ {
		id = name + "-" + strconv.Itoa(n)
	}
	s.used[id] = true
	return id
}

// Decoding reports how a document's bytes were decoded.
type Decoding struct {
	// Encoding is the name of the encoding used ("utf-8", "utf-16le",
	// "utf-16be", "windows-1252", or the name given to Decode).
	Encoding string
	// BOM reports whether a byte-order mark was found and removed.
	BOM bool
	// Invalid counts the invalid byte sequences replaced by U+FFFD.
	Invalid int
}

// ErrBinary is returned for input that is not text.
var ErrBinary = errors.New("binary data, not text")

// Decode turns a document's bytes into UTF-8 text. With enc == "" the
// encoding is detected: a byte-order mark (UTF-8, UTF-16 LE/BE), UTF-16
// without a BOM from the pattern of zero bytes, UTF-8 when the bytes are
// mostly valid UTF-8 (invalid sequences are replaced by U+FFFD and
// counted), Windows-1252 (a superset of ISO-8859-1's printable characters)
// otherwise. Input with zero bytes that is not UTF-16 is binary.
func Decode(b []byte, enc string) (string, Decoding, error) {
	if enc != "" {
		e, name, err := lookupEncoding(enc)
		if err != nil {
			return "", Decoding{}, err
		}
		return decodeWith(b, e, name, false)
	}
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return decodeUTF8(b[3:], true)
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeWith(b[2:], unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le", true)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeWith(b[2:], unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be", true)
	}
	if bytes.IndexByte(b, 0) >= 0 {
		switch utf16Guess(b) {
		case "utf-16le":
			return decodeWith(b, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le", false)
		case "utf-16be":
			return decodeWith(b, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be", false)
		}
		return "", Decoding{}, ErrBinary
	}
	if utf8.Valid(b) {
		return string(b), Decoding{Encoding: "utf-8"}, nil
	}
	if multi, invalid := utf8Counts(b); multi > invalid {
		return decodeUTF8(b, false)
	}
	return decodeWith(b, charmap.Windows1252, "windows-1252", false)
}

func decodeUTF8(b []byte, bom bool) (string, Decoding, error) {
	d := Decoding{Encoding: "utf-8", BOM: bom, Invalid: countInvalidUTF8(b)}
	if d.Invalid == 0 {
		return string(b), d, nil
	}
	return replaceInvalid(b), d, nil
}

// replaceInvalid replaces every byte of b that is not part of a valid
// UTF-8 sequence with U+FFFD, as the x/text decoders do.
func replaceInvalid(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + 16)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			sb.WriteString("\uFFFD")
		} else {
			sb.Write(b[:size])
		}
		b = b[size:]
	}
	return sb.String()
}

func decodeWith(b []byte, e encoding.Encoding, name string, bom bool) (string, Decoding, error) {
	if name == "utf-8" {
		return decodeUTF8(b, bom)
	}
	out, _, err := transform.Bytes(e.NewDecoder(), b)
	if err != nil {
		return "", Decoding{}, fmt.Errorf("decoding %s: %w", name, err)
	}
	d := Decoding{Encoding: name, BOM: bom, Invalid: countInvalidUTF8(out)}
	// Decoders mark undecodable input with U+FFFD; count those as invalid.
	d.Invalid += bytes.Count(out, []byte("\uFFFD"))
	return replaceInvalid(out), d, nil
}

// lookupEncoding finds an encoding by its WHATWG name or label.
func lookupEncoding(name string) (encoding.Encoding, string, error) {
	switch strings.ToLower(name) {
	case "utf-8", "utf8":
		return nil, "utf-8", nil
	case "utf-16le":
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "utf-16le", nil
	case "utf-16be", "utf-16":
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM), strings.ToLower(name), nil
	case "latin1", "latin-1", "iso-8859-1":
		return charmap.ISO8859_1, "iso-8859-1", nil
	}
	e, err := htmlindex.Get(name)
	if err != nil {
		return nil, "", fmt.Errorf("unknown encoding %q", name)
	}
	canon, _ := htmlindex.Name(e)
	return e, canon, nil
}

// utf16Guess recognizes UTF-16 without a BOM: text in Latin script has a
// zero in every other byte.
func utf16Guess(b []byte) string {
	var even, odd int
	n := min(len(b), 4096)
	for i := 0; i < n; i++ {
		if b[i] == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	pairs := n / 2
	switch {
	case pairs == 0:
		return ""
	case odd*10 >= pairs*7 && even*10 < pairs:
		return "utf-16le"
	case even*10 >= pairs*7 && odd*10 < pairs:
		return "utf-16be"
	}
	return ""
}
