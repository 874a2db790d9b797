package corpus

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// Progress draws a one-line progress report (documents, megabytes,
// segments, rate and, when the total is known, an estimate of the time
// left) on a terminal, rewritten in place a few times a second. It is for
// stderr on a terminal only; data never goes through it.
type Progress struct {
	w      io.Writer
	start  time.Time
	total  atomic.Int64 // documents expected, 0 while unknown
	docs   atomic.Int64
	bytes  atomic.Int64
	segs   atomic.Int64
	stop   chan struct{}
	done   sync.WaitGroup
	lastLn int
}

// NewProgress starts drawing on w every interval.
func NewProgress(w io.Writer, interval time.Duration) *Progress {
	p := &Progress{w: w, start: time.Now(), stop: make(chan struct{})}
	p.done.Add(1)
	go func() {
		defer p.done.Done()
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				p.draw()
			case <-p.stop:
				return
			}
		}
	}()
	return p
}

// SetTotal sets the number of documents expected.
func (p *Progress) SetTotal(n int) { p.total.Store(int64(n)) }

// Add counts a processed document.
func (p *Progress) Add(bytes, segments int) {
	p.docs.Add(1)
	p.AddPart(bytes, segments)
}

// AddPart counts the bytes and segments of a part of a document processed
// in parts, beyond the first (which Add counts).
func (p *Progress) AddPart(bytes, segments int) {
	p.bytes.Add(int64(bytes))
	p.segs.Add(int64(segments))
}

func (p *Progress) draw() {
	elapsed := max(time.Since(p.start).Seconds(), 1e-9)
	docs, total := p.docs.Load(), p.total.Load()
	mb := float64(p.bytes.Load()) / 1e6
	line := fmt.Sprintf("satz: %d", docs)
	if total > 0 {
		line += fmt.Sprintf("/%d", total)
	}
	line += fmt.Sprintf(" documents, %.1f MB, %d segments, %.1f MB/s", mb, p.segs.Load(), mb/elapsed)
	if total > 0 && docs > 0 && docs < total {
		left := time.Duration(elapsed * float64(total-docs) / float64(docs) * float64(time.Second))
		line += ", " + left.Round(time.Second).String() + " left"
	}
	p.print(line)
}

func (p *Progress) print(line string) {
	pad := p.lastLn - len(line)
	p.lastLn = len(line)
	if pad < 0 {
		pad = 0
	}
	fmt.Fprintf(p.w, "\r%s%*s", line, pad, "")
}

// Stop stops drawing and clears the line.
func (p *Progress) Stop() {
	close(p.stop)
	p.done.Wait()
	fmt.Fprintf(p.w, "\r%*s\r", p.lastLn, "")
}
