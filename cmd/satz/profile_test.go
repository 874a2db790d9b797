package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestProfiles checks that --cpuprofile, --memprofile and --trace write
// what go tool pprof and go tool trace read (gzipped profiles, a trace
// with its header), and that a profile that cannot be created is an error
// naming it.
func TestProfiles(t *testing.T) {
	inRepoRoot(t)
	dir := t.TempDir()
	cpu, mem, tr := filepath.Join(dir, "cpu.out"), filepath.Join(dir, "mem.out"), filepath.Join(dir, "trace.out")
	_, stderr, code := satz(t, "", "build", "testdata/articles", "-o", filepath.Join(dir, "out.jsonl"), "-q",
		"--cpuprofile", cpu, "--memprofile", mem, "--trace", tr)
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	for _, c := range []struct{ path, prefix string }{{cpu, "\x1f\x8b"}, {mem, "\x1f\x8b"}, {tr, "go 1."}} {
		b, err := os.ReadFile(c.path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b, []byte(c.prefix)) {
			t.Errorf("%s starts %q, want %q", filepath.Base(c.path), b[:min(len(b), 8)], c.prefix)
		}
	}
	bad := filepath.Join(dir, "missing", "cpu.out")
	_, stderr, code = satz(t, "", "build", "testdata/articles", "-o", filepath.Join(dir, "out2.jsonl"), "-q", "--cpuprofile", bad)
	if code == exitOK || !strings.Contains(stderr, "cpu profile") || !strings.Contains(stderr, bad) {
		t.Errorf("uncreatable profile: exit %d, stderr %q", code, stderr)
	}
}
