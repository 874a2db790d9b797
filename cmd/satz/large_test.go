package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildLargeFileOffsets builds a Markdown file of 1 MB, which satz
// processes in parts: the records' offsets index the text satz clean
// prints, blocks and IDs run on over the whole file, and the notes name it
// once.
func TestBuildLargeFileOffsets(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gross.md")
	var b strings.Builder
	paras := 0
	for i := 0; b.Len() < 1<<20; i++ {
		fmt.Fprintf(&b, "## Meldung %d\n\nDer **Hafen** von [Hamburg](https://example.org/%d) wächst um %d Prozent. „Wir bauen weiter“, sagte Anna Berger.\n\n", i, i, i%90)
		paras += 2
	}
	b.WriteString("Kaputt: \xff.\n")
	paras++
	os.WriteFile(path, []byte(b.String()), 0o644)

	out, stderr, code := satz(t, "", "build", path)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if n := strings.Count(stderr, "gross.md: 1 invalid utf-8 byte replaced"); n != 1 {
		t.Errorf("the note on the invalid byte appears %d times:\n%s", n, stderr)
	}
	cleaned, _, code := satz(t, "", "clean", path)
	if code != exitOK || strings.Contains(cleaned, "**") || strings.Contains(cleaned, "https:") {
		t.Fatalf("clean: exit %d, Markdown left in the text: %v", code, strings.Contains(cleaned, "**"))
	}
	runes := []rune(cleaned)
	recs := readRecords(t, out)
	seen := map[string]bool{}
	for _, r := range recs {
		if r.End > len(runes) || string(runes[r.Start:r.End]) != r.Text {
			t.Fatalf("%s: [%d:%d] does not index %q in the cleaned text", r.ID, r.Start, r.End, r.Text)
		}
		if seen[r.ID] {
			t.Fatalf("ID %s repeated", r.ID)
		}
		seen[r.ID] = true
	}
	if last := recs[len(recs)-1]; last.Block != paras-1 || last.Doc != "gross" || last.Text != "Kaputt: \uFFFD." {
		t.Errorf("last record %+v, want block %d of gross", last, paras-1)
	}
}
