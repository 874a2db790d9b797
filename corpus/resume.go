package corpus

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"

	"github.com/segmentio/encoding/json"
)

// PartialPath is where an interrupted JSONL run keeps the documents it
// finished: a hidden file beside the output, never the output's own name.
func PartialPath(out string) string {
	dir, base := filepath.Split(out)
	return filepath.Join(dir, "."+base+".partial")
}

// Partial is the finished part of an interrupted JSONL run.
type Partial struct {
	// Docs are the documents whose records are complete, in order, each
	// with its source path.
	Docs []DocRef
	// Size is the length of the partial file's prefix that holds them.
	Size int64
	// Texts are the segment texts written, for --dedup.
	Texts []string
}

// DocRef names a document of a run.
type DocRef struct{ ID, Source string }

// ReadPartial reads a partial JSONL output. The last document in it is
// left out (it may have been cut short), and so is a last line without a
// newline.
func ReadPartial(r io.Reader, name string) (*Partial, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	p := &Partial{}
	var pos, docStart int64
	var texts []string // of the current document
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if errors.Is(err, io.EOF) {
			break // a last line without a newline is incomplete
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		var rec struct {
			Doc    string `json:"doc"`
			Source string `json:"source"`
			Text   string `json:"text"`
		}
		if _, err := json.Parse(line, &rec, 0); err != nil || rec.Doc == "" {
			return nil, fmt.Errorf("%s:%d: not a satz JSONL record", name, n)
		}
		if len(p.Docs) == 0 || p.Docs[len(p.Docs)-1].ID != rec.Doc {
			p.Texts = append(p.Texts, texts...)
			texts = texts[:0]
			p.Docs = append(p.Docs, DocRef{rec.Doc, rec.Source})
			p.Size = docStart
			docStart = pos
		}
		texts = append(texts, rec.Text)
		pos += int64(len(line))
	}
	// The last document is dropped: it is redone.
	if len(p.Docs) > 0 {
		p.Docs = p.Docs[:len(p.Docs)-1]
		p.Size = docStart
	}
	return p, nil
}

// Resume returns the sources that a run continuing p still has to do:
// it skips the sources up to the last document of p, which must come in
// the same order with the same IDs and paths. Documents that wrote no
// records lie between them and are skipped too.
func (p *Partial) Resume(sources iter.Seq2[Source, error]) iter.Seq2[Source, error] {
	return func(yield func(Source, error) bool) {
		next := 0
		for src, err := range sources {
			if next < len(p.Docs) {
				if err == nil && src.ID == p.Docs[next].ID {
					if src.Path != p.Docs[next].Source {
						yield(src, &ResumeError{fmt.Sprintf("document %s was read from %s, now from %s", src.ID, p.Docs[next].Source, src.Path)})
						return
					}
					next++
				}
				continue
			}
			if !yield(src, err) {
				return
			}
		}
		if next < len(p.Docs) {
			yield(Source{}, &ResumeError{fmt.Sprintf("document %s of the partial output is not among the inputs", p.Docs[next].ID)})
		}
	}
}

// ResumeError reports that a partial output does not belong to the inputs
// of the run that tries to continue it.
type ResumeError struct{ msg string }

func (e *ResumeError) Error() string {
	return "cannot resume: " + e.msg + " (remove the .partial file or run without --resume)"
}

// CopyPrefix copies the first n bytes of the file path to w.
func CopyPrefix(w io.Writer, path string, n int64) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.CopyN(w, f, n)
	return err
}
