//go:build linux

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"unicode/utf8"

	"github.com/segmentio/encoding/json"

	"github.com/satzwerk/satz/corpus"
)

// maxRSS is the peak resident memory allowed for any of the runs of
// TestBoundedMemory (with -j 2). Before large inputs were processed in
// parts, a 10 MB file took 250 MB, a 5 MB line 210 MB.
const maxRSS = 160 << 20

// TestBoundedMemory runs the satz binary on a 100 MB file, a 5 MB line
// without a line break, and 100,000 tiny files, and checks the peak
// resident memory of the process and that every record was written, the
// last one at the right offset.
func TestBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 100 MB and 100,000 files")
	}
	bin := satzBinary(t)
	dir := t.TempDir()

	t.Run("100 MB file", func(t *testing.T) {
		path := filepath.Join(dir, "gross.txt")
		paras, runes := writeFile(t, path, 100_000_000, func(w *bufio.Writer, i int) int {
			if i > 0 {
				w.WriteString("\n\n")
			}
			p := newsParagraph(i)
			w.WriteString(p)
			return 2 + utf8.RuneCountInString(p)
		})
		runes -= 2 // no separator before the first paragraph
		checkRun(t, bin, []string{path}, 3*paras, fmt.Sprintf("gross-%d-2", paras-1), runes)
	})

	t.Run("5 MB line", func(t *testing.T) {
		path := filepath.Join(dir, "zeile.txt")
		n, runes := writeFile(t, path, 5_000_000, func(w *bufio.Writer, i int) int {
			if i > 0 {
				w.WriteByte(' ')
			}
			s := fmt.Sprintf("Im Jahr %d wuchs der Hafen von Hamburg um %d Prozent.", 1000+i%1000, i)
			w.WriteString(s)
			return 1 + utf8.RuneCountInString(s)
		})
		checkRun(t, bin, []string{path}, n, fmt.Sprintf("zeile-0-%d", n-1), runes-1)
	})

	t.Run("100,000 tiny files", func(t *testing.T) {
		tiny := filepath.Join(dir, "klein")
		if err := os.Mkdir(tiny, 0o755); err != nil {
			t.Fatal(err)
		}
		const n = 100_000
		text := []byte("Der Stadtrat tagte am Montag.\n")
		one := filepath.Join(dir, "eins.txt")
		if err := os.WriteFile(one, text, 0o644); err != nil {
			t.Fatal(err)
		}
		for i := range n {
			// Hard links to one file: a file each for satz, made fast.
			path := filepath.Join(tiny, fmt.Sprintf("m%06d.txt", i))
			if err := os.Link(one, path); err != nil {
				if err := os.WriteFile(path, text, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
		checkRun(t, bin, []string{tiny}, n, fmt.Sprintf("m%06d-0-0", n-1), utf8.RuneCount(text)-1)
	})
}

// newsParagraph is a paragraph of German news text that stands on its own:
// three sentences with names, a quote, numbers and umlauts.
func newsParagraph(i int) string {
	return fmt.Sprintf("Der Stadtrat von Köln beschloss am %d. Mai %d neue Radwege für die Innenstadt. "+
		"„Wir bauen weiter, auch wenn es dauert“, sagte Bürgermeisterin Anna Berger am Montag in Köln. "+
		"Die Kosten liegen nach Angaben der Verwaltung bei %d,%d Millionen Euro.", i%28+1, i, i%997, i%10)
}

// writeFile writes pieces of text made by piece to path until it holds
// size bytes; it returns the number of pieces and the sum of what piece
// returned.
func writeFile(t *testing.T, path string, size int64, piece func(w *bufio.Writer, i int) int) (n, sum int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	cw := &countingWriter{w: f}
	w := bufio.NewWriterSize(cw, 1<<20)
	for ; cw.n+int64(w.Buffered()) < size; n++ {
		sum += piece(w, n)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return n, sum
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// checkRun runs satz build -j 2 on paths and checks the number of records,
// the ID and end offset of the last one, and the peak memory.
func checkRun(t *testing.T, bin string, paths []string, records int, lastID string, lastEnd int) {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"build", "-j", "2", "-q"}, paths...)...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines, last, err := countLines(stdout)
	if werr := cmd.Wait(); werr != nil || err != nil {
		t.Fatalf("satz build: %v, reading: %v; stderr:\n%s", werr, err, stderr.String())
	}
	rss := int64(cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss) << 10 // KiB on Linux
	t.Logf("%d records, peak RSS %d MB, %.1f s CPU", lines, rss>>20,
		cmd.ProcessState.UserTime().Seconds()+cmd.ProcessState.SystemTime().Seconds())
	if lines != records {
		t.Errorf("%d records, want %d", lines, records)
	}
	var r corpus.Record
	if err := json.Unmarshal(last, &r); err != nil {
		t.Fatalf("last record %q: %v", last, err)
	}
	if r.ID != lastID || r.End != lastEnd {
		t.Errorf("last record %s ends at %d, want %s ending at %d", r.ID, r.End, lastID, lastEnd)
	}
	if rss > maxRSS {
		t.Errorf("peak RSS %d MB, want at most %d MB", rss>>20, maxRSS>>20)
	}
}

// countLines counts the lines r holds and returns the last one.
func countLines(r io.Reader) (int, []byte, error) {
	br := bufio.NewReaderSize(r, 1<<20)
	n := 0
	var cur, last []byte
	for {
		line, err := br.ReadSlice('\n')
		cur = append(cur, line...)
		if len(cur) > 0 && cur[len(cur)-1] == '\n' {
			n++
			last, cur = append(last[:0], cur...), cur[:0]
		}
		switch {
		case err == io.EOF:
			if len(cur) > 0 { // a last line without a newline
				n++
				last = cur
			}
			return n, bytes.TrimSpace(last), nil
		case err != nil && err != bufio.ErrBufferFull:
			return n, nil, err
		}
	}
}
