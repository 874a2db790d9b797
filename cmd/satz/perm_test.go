//go:build unix

package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// nobody is the unprivileged user the permission test runs satz as when
// the tests run as root, whom file permissions do not stop.
const nobody = 65534

// TestUnreadableInputs: a file and a directory that satz may not read are
// skipped with a line naming each and the reason, the other documents are
// written, and the exit code is 3; --strict stops with exit 1 and leaves
// no output file. As root, satz runs as user nobody, for whom the
// permissions hold.
func TestUnreadableInputs(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	out := filepath.Join(dir, "out")
	for _, d := range []string{in, filepath.Join(in, "privat"), out} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(name, text string, mode os.FileMode) {
		path := filepath.Join(in, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
	}
	write("a-gut.txt", "Der Hafen von Hamburg wächst. Die Stadt plant neue Kaianlagen.", 0o644)
	write("b-geheim.txt", "Dieser Text darf nicht gelesen werden.", 0)
	write("c-gut.txt", "Der Stadtrat tagte am Montag.", 0o644)
	write("privat/d.txt", "Auch dieser nicht.", 0o644)
	if err := os.Chmod(filepath.Join(in, "privat"), 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(in, "privat"), 0o755) })

	run := runAsSelf
	if os.Geteuid() == 0 {
		// The test's temporary directories are private to root: let nobody
		// in, and let it write the output directory.
		for _, d := range []string{filepath.Dir(dir), dir, in} {
			if err := os.Chmod(d, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.Chown(out, nobody, nobody); err != nil {
			t.Fatal(err)
		}
		run = runAsNobody(t)
	} else if _, err := os.ReadFile(filepath.Join(in, "b-geheim.txt")); err == nil {
		t.Skip("this file system lets a file with mode 000 be read")
	}

	jsonl := filepath.Join(out, "corpus.jsonl")
	stderr, code := run(t, "build", in, "-o", jsonl)
	if code != exitSkipped {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitSkipped, stderr)
	}
	for _, want := range []string{
		"satz: skipped " + filepath.Join(in, "b-geheim.txt") + ": permission denied\n",
		"satz: skipped " + filepath.Join(in, "privat") + ": permission denied\n",
		"satz: 2 inputs skipped\n",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	b, err := os.ReadFile(jsonl)
	if err != nil {
		t.Fatal(err)
	}
	var docs []string
	for _, r := range readRecords(t, string(b)) {
		if len(docs) == 0 || docs[len(docs)-1] != r.Doc {
			docs = append(docs, r.Doc)
		}
	}
	if strings.Join(docs, " ") != "a-gut c-gut" {
		t.Errorf("documents written: %q, want a-gut c-gut", docs)
	}

	strict := filepath.Join(out, "strict.jsonl")
	stderr, code = run(t, "build", "--strict", in, "-o", strict)
	if code != exitError || !strings.Contains(stderr, "b-geheim.txt: permission denied") {
		t.Errorf("--strict: exit %d, stderr %q; want exit 1 naming b-geheim.txt", code, stderr)
	}
	if _, err := os.Stat(strict); !os.IsNotExist(err) {
		t.Errorf("--strict left an output file: %v", err)
	}
	noTempFiles(t, out)
}

type runner func(t *testing.T, args ...string) (stderr string, code int)

func runAsSelf(t *testing.T, args ...string) (string, int) {
	_, stderr, code := satz(t, "", args...)
	return stderr, code
}

// runAsNobody runs the satz binary as user nobody; the test is skipped
// where the system does not allow that.
func runAsNobody(t *testing.T) runner {
	bin := satzBinary(t)
	return func(t *testing.T, args ...string) (string, int) {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		var exit *exec.ExitError
		if err != nil && !errors.As(err, &exit) {
			t.Skipf("cannot run satz as uid %d here: %v", nobody, err)
		}
		return stderr.String(), cmd.ProcessState.ExitCode()
	}
}
