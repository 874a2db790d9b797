//go:build unix

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/satzwerk/satz/corpus"
)

// TestInterruptLeavesNoOutput interrupts a real satz process in the middle
// of a run: the existing output file must stay as it was, and no temporary
// file may be left beside it.
func TestInterruptLeavesNoOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := satzBinary(t)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			out := filepath.Join(dir, "corpus.jsonl")
			os.WriteFile(out, []byte("alt\n"), 0o644)
			cmd := exec.Command(bin, "build", "../../testdata/articles", "-", "-o", out)
			stdin, err := cmd.StdinPipe() // never closed: the run cannot finish
			if err != nil {
				t.Fatal(err)
			}
			defer stdin.Close()
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// More than a pipe holds: the write returns once satz reads
			// standard input, the last input, so the articles before it
			// are being done. A fixed wait was flaky on a loaded machine.
			wrote := make(chan struct{})
			go func() {
				stdin.Write(bytes.Repeat([]byte("Ein Satz, dann nichts mehr.\n"), 4000))
				close(wrote)
			}()
			select {
			case <-wrote:
			case <-time.After(30 * time.Second):
				t.Fatal("satz did not read standard input")
			}
			time.Sleep(time.Second)
			signalAndWait(t, cmd, sig)
			if code := cmd.ProcessState.ExitCode(); code != exitError {
				t.Errorf("exit %d, want %d; stderr: %s", code, exitError, stderr.String())
			}
			if !strings.Contains(stderr.String(), "interrupted: "+out+" not written") || !strings.Contains(stderr.String(), "--resume") {
				t.Errorf("stderr = %q, want it to say the run was interrupted and how to resume", stderr.String())
			}
			// The finished documents wait in the partial file for --resume.
			if b, err := os.ReadFile(corpus.PartialPath(out)); err != nil || !strings.Contains(string(b), `"doc":"000_6d3a47c650f2fa95"`) {
				t.Errorf("partial file: %v, %d bytes", err, len(b))
			}
			os.Remove(corpus.PartialPath(out))
			if b, _ := os.ReadFile(out); string(b) != "alt\n" {
				t.Errorf("output file changed to %q", b)
			}
			noTempFiles(t, dir)
		})
	}
}

// TestFullDisk writes to a 64 KiB tmpfs (where the test may mount one):
// the error names the output file and no file is left behind.
func TestFullDisk(t *testing.T) {
	dir := t.TempDir()
	if err := exec.Command("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir).Run(); err != nil {
		t.Skipf("cannot mount a small tmpfs here: %v", err)
	}
	defer exec.Command("umount", dir).Run()
	src := t.TempDir()
	big := strings.Repeat("Der Hafen von Hamburg wächst weiter. ", 20000) // ~740 KB
	os.WriteFile(filepath.Join(src, "gross.txt"), []byte(big), 0o644)
	out := filepath.Join(dir, "out.jsonl")
	_, stderr, code := satz(t, "", "build", src, "-o", out)
	if code != exitError || !strings.Contains(stderr, out+": no space left on device") {
		t.Errorf("exit %d, stderr %q; want 1 and the output path with the reason", code, stderr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("files left on the full disk: %v", entries)
	}
}

// TestResumeAfterSIGTERM stops a real run with SIGTERM while it waits for
// its last input (a named pipe), cuts the kept partial output in the middle
// of a line, as a crash while saving it would, and resumes: the output is
// the same as that of a run in one go.
func TestResumeAfterSIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := satzBinary(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	for i := range 12 {
		text := fmt.Sprintf("Meldung %d\n\nDer Stadtrat von Köln tagte am %d. Mai. „Wir bauen %d Radwege“, sagte Anna Berger.\n", i, i+1, i*3)
		os.WriteFile(filepath.Join(in, fmt.Sprintf("m%02d.txt", i)), []byte(text), 0o644)
	}
	pipe := filepath.Join(dir, "zuletzt.txt")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("cannot make a named pipe here: %v", err)
	}
	feed := func() {
		go func() {
			f, err := os.OpenFile(pipe, os.O_WRONLY, 0)
			if err != nil {
				return
			}
			f.WriteString("Zuletzt ein Satz aus der Pipe.\n")
			f.Close()
		}()
	}
	build := func(out string, extra ...string) *exec.Cmd {
		cmd := exec.Command(bin, append([]string{"build", in, pipe, "-o", out, "-j", "2"}, extra...)...)
		cmd.Stderr = &bytes.Buffer{}
		return cmd
	}

	full := filepath.Join(dir, "full.jsonl")
	feed()
	if cmd := build(full); cmd.Run() != nil {
		t.Fatalf("run in one go: %s", cmd.Stderr)
	}
	want, _ := os.ReadFile(full)

	out := filepath.Join(dir, "out.jsonl")
	cmd := build(out)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second) // the documents in in/ are done; the pipe has no writer
	signalAndWait(t, cmd, syscall.SIGTERM)
	if code := cmd.ProcessState.ExitCode(); code != exitError || !strings.Contains(fmt.Sprint(cmd.Stderr), "--resume") {
		t.Fatalf("exit %d, stderr %s", code, cmd.Stderr)
	}
	partial, err := os.ReadFile(corpus.PartialPath(out))
	if err != nil || !bytes.HasPrefix(want, partial) || bytes.Count(partial, []byte("\n")) < 12 {
		t.Fatalf("partial output (%v): %d bytes, not a prefix of the full output of %d bytes with the first documents", err, len(partial), len(want))
	}
	lastLine := bytes.LastIndexByte(partial[:len(partial)-1], '\n') + 1
	cut := partial[:lastLine+(len(partial)-lastLine)/2]
	if err := os.WriteFile(corpus.PartialPath(out), cut, 0o644); err != nil {
		t.Fatal(err)
	}

	feed()
	resume := build(out, "--resume")
	if err := resume.Run(); err != nil || !strings.Contains(fmt.Sprint(resume.Stderr), "resumed after") {
		t.Fatalf("--resume: %v, stderr %s", err, resume.Stderr)
	}
	if got, _ := os.ReadFile(out); !bytes.Equal(got, want) {
		t.Errorf("resumed output (%d bytes) differs from a run in one go (%d bytes)", len(got), len(want))
	}
	if _, err := os.Stat(corpus.PartialPath(out)); !os.IsNotExist(err) {
		t.Errorf("partial file left after the resumed run: %v", err)
	}
	noTempFiles(t, dir)
}

// signalAndWait sends sig to the running satz and waits until it exits,
// failing the test if it has not stopped after 10 seconds.
func signalAndWait(t *testing.T, cmd *exec.Cmd, sig syscall.Signal) {
	t.Helper()
	cmd.Process.Signal(sig)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("satz did not stop after %v", sig)
	}
}
