package corpus

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestAtomicFileDevice: a target that is a named pipe (like /dev/null or
// /dev/stdout, a device) is written in place; renaming a temporary file
// over it would have replaced it with a regular file.
func TestAtomicFileDevice(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "out.jsonl")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	got := make(chan string, 1)
	go func() {
		r, err := os.Open(fifo)
		if err != nil {
			got <- err.Error()
			return
		}
		defer r.Close()
		b, _ := io.ReadAll(r)
		got <- string(b)
	}()
	f, err := CreateAtomic(fifo)
	if err != nil {
		t.Fatal(err)
	}
	if !f.Direct() {
		t.Error("a named pipe should be written in place")
	}
	if _, err := f.Write([]byte("{}\n")); err != nil {
		t.Fatal(err)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	f.Abort() // after Commit: must not remove the pipe
	if s := <-got; s != "{}\n" {
		t.Errorf("reader got %q", s)
	}
	info, err := os.Lstat(fifo)
	if err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("the pipe was replaced: %v %v", info.Mode(), err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left %d entries in the directory, want only the pipe", len(entries))
	}
}
