package main

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/segmentio/encoding/json"

	"github.com/satzwerk/satz/corpus"
)

func readLinks(t *testing.T, jsonl string) []corpus.LinkRecord {
	t.Helper()
	var links []corpus.LinkRecord
	for line := range strings.Lines(jsonl) {
		var l corpus.LinkRecord
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			t.Fatalf("bad JSONL line %q: %v", line, err)
		}
		links = append(links, l)
	}
	return links
}

// parseLadder checks that a ladder covers sentences 0..n-1 of each side
// exactly once, in order, and returns the number of sentences per side.
func parseLadder(t *testing.T, ladder string) (nde, nen int) {
	t.Helper()
	for line := range strings.Lines(ladder) {
		line = strings.TrimSpace(line)
		parts := strings.Split(line, ":")
		if len(parts) != 3 {
			t.Fatalf("ladder line %q: want [de]:[en]:score", line)
		}
		if s, err := strconv.ParseFloat(parts[2], 64); err != nil || s < 0 || s > 1 {
			t.Errorf("ladder line %q: score not in [0,1]", line)
		}
		for side, ids := range []string{parts[0], parts[1]} {
			ids = strings.Trim(ids, "[]")
			if ids == "" {
				continue
			}
			for id := range strings.SplitSeq(ids, ", ") {
				n, err := strconv.Atoi(id)
				next := &nde
				if side == 1 {
					next = &nen
				}
				if err != nil || n != *next {
					t.Fatalf("ladder line %q: sentence %s out of order (want %d)", line, id, *next)
				}
				*next++
			}
		}
	}
	return nde, nen
}

func TestAlignFormats(t *testing.T) {
	inRepoRoot(t)
	de, en := "testdata/align/de/hafen.de.txt", "testdata/align/en/hafen.en.txt"

	out, stderr, code := satz(t, "", "align", de, en)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	links := readLinks(t, out)
	if len(links) == 0 {
		t.Fatal("no links")
	}
	for i, l := range links {
		if !l.Full() || l.Translation.DE == "" || l.Translation.EN == "" {
			t.Errorf("link %d is not a full link (jsonl leaves 1-0 and 0-1 out by default): %+v", i, l)
		}
		if !strings.HasPrefix(l.ID, "hafen-") {
			t.Errorf("link id %q", l.ID)
		}
		if l.Type != strconv.Itoa(len(l.DEIDs))+"-"+strconv.Itoa(len(l.ENIDs)) {
			t.Errorf("link %s: type %s for %v:%v", l.ID, l.Type, l.DEIDs, l.ENIDs)
		}
	}
	if !strings.Contains(out, `"translation":{"de":"`) {
		t.Error("no Hugging Face translation field")
	}

	ladder, _, code := satz(t, "", "align", de, en, "--format", "ladder")
	if code != exitOK {
		t.Fatalf("ladder: exit %d", code)
	}
	nde, nen := parseLadder(t, ladder)
	// The German side: title, 3+2+3+2 body sentences (Anzeige is dropped);
	// the English one: title, 2+2+3+2 (the "Read more" link is dropped).
	if nde != 11 || nen != 10 {
		t.Errorf("ladder covers %d German and %d English sentences, want 11 and 10", nde, nen)
	}

	dir := t.TempDir()
	tmx := filepath.Join(dir, "hafen.tmx")
	if _, stderr, code := satz(t, "", "align", de, en, "-o", tmx, "--date", fixedDate); code != exitOK {
		t.Fatalf("tmx: exit %d: %s", code, stderr)
	}
	b, _ := os.ReadFile(tmx)
	x := string(b)
	for _, want := range []string{`srclang="de"`, `<prop type="x-score">`, `<tuv xml:lang="de">`} {
		if !strings.Contains(x, want) {
			t.Errorf("TMX lacks %s", want)
		}
	}
	if strings.Index(x, `<tuv xml:lang="de">`) > strings.Index(x, `<tuv xml:lang="en">`) {
		t.Error("English <tuv> before German")
	}
	checkTMXWithXmllint(t, tmx)

	stem := filepath.Join(dir, "hafen")
	if _, stderr, code := satz(t, "", "align", de, en, "-o", stem, "--format", "txt"); code != exitOK {
		t.Fatalf("txt: exit %d: %s", code, stderr)
	}
	deText, _ := os.ReadFile(stem + ".de")
	enText, _ := os.ReadFile(stem + ".en")
	if c1, c2 := strings.Count(string(deText), "\n"), strings.Count(string(enText), "\n"); c1 != c2 || c1 == 0 {
		t.Errorf("txt: %d German lines, %d English lines", c1, c2)
	}

	// Export of the bilingual JSONL gives the same TMX as align.
	jsonl := filepath.Join(dir, "hafen.jsonl")
	satz(t, "", "align", de, en, "-o", jsonl)
	exported := filepath.Join(dir, "exported.tmx")
	if _, stderr, code := satz(t, "", "export", jsonl, "-o", exported, "--date", fixedDate); code != exitOK {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	e, _ := os.ReadFile(exported)
	if string(e) != x {
		t.Error("export of the bilingual JSONL differs from align's TMX")
	}
	if _, stderr, code := satz(t, "", "export", jsonl, "-o", filepath.Join(dir, "ex"), "--format", "txt"); code != exitOK {
		t.Fatalf("export txt: exit %d: %s", code, stderr)
	}
	exDE, _ := os.ReadFile(filepath.Join(dir, "ex.de"))
	if string(exDE) != string(deText) {
		t.Error("export txt differs from align txt")
	}
}

func TestAlignDirectories(t *testing.T) {
	inRepoRoot(t)
	out, stderr, code := satz(t, "", "align", "testdata/align/de", "testdata/align/en", "--format", "ladder")
	if code != exitSkipped {
		t.Fatalf("exit %d, want %d (one unpaired file); stderr: %s", code, exitSkipped, stderr)
	}
	if !strings.Contains(stderr, "only-en.txt: no German counterpart") {
		t.Errorf("stderr does not name the unpaired file:\n%s", stderr)
	}
	var docs []string
	for line := range strings.Lines(out) {
		if d, ok := strings.CutPrefix(line, "# "); ok {
			docs = append(docs, strings.TrimSpace(d))
		}
	}
	if !slices.Equal(docs, []string{"hafen", "wahl"}) {
		t.Errorf("documents %q, want hafen (from hafen.de.txt/hafen.en.txt) and wahl", docs)
	}
}

func TestAlignErrors(t *testing.T) {
	inRepoRoot(t)
	dir := t.TempDir()
	empty := filepath.Join(dir, "leer.txt")
	os.WriteFile(empty, nil, 0o644)
	de, en := "testdata/align/de/wahl.txt", "testdata/align/en/wahl.txt"
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no args", []string{"align"}, exitUsage, "want two paths"},
		{"one arg", []string{"align", de}, exitUsage, "want two paths"},
		{"txt without -o", []string{"align", de, en, "--format", "txt"}, exitUsage, "two files"},
		{"bad format", []string{"align", de, en, "--format", "csv"}, exitUsage, `unknown format "csv"`},
		{"file and dir", []string{"align", de, "testdata/align/en"}, exitError, "two files or two directories"},
		{"missing", []string{"align", de, filepath.Join(dir, "fehlt.txt")}, exitError, "fehlt.txt"},
		{"empty side", []string{"align", de, empty}, exitError, "leer.txt: no English sentences"},
		{"no pairs", []string{"align", "testdata/align/de", dir}, exitError, "no files pair up"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := satz(t, "", tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", code, stderr, tt.code, tt.want)
			}
		})
	}
}

func TestAlignWarnings(t *testing.T) {
	inRepoRoot(t)
	// Swapped sides: the German argument holds English text.
	_, stderr, _ := satz(t, "", "align", "testdata/align/en/wahl.txt", "testdata/align/de/wahl.txt", "--format", "ladder")
	if !strings.Contains(stderr, "German side looks English") || !strings.Contains(stderr, "English side looks German") {
		t.Errorf("swapped sides not reported:\n%s", stderr)
	}
}

func TestAlignLines(t *testing.T) {
	dir := t.TempDir()
	de, en := filepath.Join(dir, "de.txt"), filepath.Join(dir, "en.txt")
	os.WriteFile(de, []byte("Der Hafen wächst.\nEr investiert 420 Millionen Euro. Das sagte die HHLA.\nDie Arbeiten beginnen 2027.\n"), 0o644)
	os.WriteFile(en, []byte("The port is growing.\nIt is investing 420 million euros, HHLA said.\nWork starts in 2027.\n"), 0o644)
	out, stderr, code := satz(t, "", "align", "--lines", de, en, "--format", "ladder")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if nde, nen := parseLadder(t, out); nde != 3 || nen != 3 {
		t.Errorf("--lines: %d and %d sentences, want the 3 lines of each side (no re-splitting)", nde, nen)
	}
}
