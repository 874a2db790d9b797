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
	// The English sentence's "the Burchardkai" makes the German quay a name,
	// which the German marker alone does not find in this document.
	found := false
	for _, l := range links {
		if strings.Contains(l.Translation.DE, "Burchardkai") {
			for _, n := range l.DENames {
				found = found || n.Text == "Burchardkai"
			}
		}
	}
	if !found {
		t.Error("Burchardkai is not among the German names of its link")
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

// TestAlignBadInput: every kind of bad input gives an error or a warning
// that names the problem, never a silent empty output.
func TestAlignBadInput(t *testing.T) {
	inRepoRoot(t)
	deWahl, err := os.ReadFile("testdata/align/de/wahl.txt")
	if err != nil {
		t.Fatal(err)
	}
	enWahl, _ := os.ReadFile("testdata/align/en/wahl.txt")
	write := func(path string, b []byte) {
		t.Helper()
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	t.Run("empty German side", func(t *testing.T) {
		dir := t.TempDir()
		write(filepath.Join(dir, "leer.txt"), []byte("\n \n"))
		out, stderr, code := satz(t, "", "align", filepath.Join(dir, "leer.txt"), "testdata/align/en/wahl.txt")
		if code != exitError || !strings.Contains(stderr, "leer.txt: no German sentences") || out != "" {
			t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 naming the empty German file", code, out, stderr)
		}
	})

	t.Run("only boilerplate", func(t *testing.T) {
		// A side whose only line is page furniture has nothing to align.
		dir := t.TempDir()
		write(filepath.Join(dir, "nav.txt"), []byte("Facebook Twitter E-Mail\n"))
		_, stderr, code := satz(t, "", "align", "testdata/align/de/wahl.txt", filepath.Join(dir, "nav.txt"))
		if code != exitError || !strings.Contains(stderr, "nav.txt: no English sentences") {
			t.Errorf("exit %d, stderr %q; want exit 1 naming the file", code, stderr)
		}
	})

	t.Run("mismatched directories", func(t *testing.T) {
		dir := t.TempDir()
		de, en := filepath.Join(dir, "de"), filepath.Join(dir, "en")
		write(filepath.Join(de, "wahl.txt"), deWahl)
		write(filepath.Join(en, "wahl.txt"), enWahl)
		write(filepath.Join(de, "nur-de.txt"), []byte("Dieser Artikel hat keine englische Fassung.\n"))
		write(filepath.Join(en, "only-en.txt"), []byte("This article has no German version.\n"))
		write(filepath.Join(de, "leer.txt"), nil)
		write(filepath.Join(en, "leer.txt"), []byte("An English article whose German file is empty.\n"))
		out, stderr, code := satz(t, "", "align", de, en, "--format", "ladder")
		if code != exitSkipped {
			t.Fatalf("exit %d, want %d (inputs skipped); stderr: %s", code, exitSkipped, stderr)
		}
		for _, want := range []string{
			"nur-de.txt: no English counterpart",
			"only-en.txt: no German counterpart",
			"leer.txt: no German sentences",
			"3 inputs skipped",
		} {
			if !strings.Contains(stderr, want) {
				t.Errorf("stderr does not say %q:\n%s", want, stderr)
			}
		}
		if !strings.Contains(out, "# wahl\n") {
			t.Errorf("the good pair is missing from the output:\n%s", out)
		}
	})

	t.Run("directories with no pair", func(t *testing.T) {
		dir := t.TempDir()
		write(filepath.Join(dir, "de", "a.txt"), deWahl)
		write(filepath.Join(dir, "en", "b.txt"), enWahl)
		_, stderr, code := satz(t, "", "align", filepath.Join(dir, "de"), filepath.Join(dir, "en"))
		if code != exitError || !strings.Contains(stderr, "no files pair up") {
			t.Errorf("exit %d, stderr %q; want exit 1: no files pair up", code, stderr)
		}
	})

	t.Run("English side in German", func(t *testing.T) {
		// Both arguments German: the wrong language is named even though
		// the alignment itself looks perfect.
		out, stderr, code := satz(t, "", "align", "testdata/align/de/wahl.txt", "testdata/align/de/wahl.txt")
		if code != exitOK || out == "" || !strings.Contains(stderr, "de/wahl.txt: the English side looks German") {
			t.Errorf("exit %d, stderr %q; want a warning that the English side is German", code, stderr)
		}
	})

	t.Run("German side in English, lines", func(t *testing.T) {
		_, stderr, _ := satz(t, "", "align", "--lines", "testdata/align/en/wahl.txt", "testdata/align/en/wahl.txt", "--format", "ladder")
		if !strings.Contains(stderr, "the German side looks English") {
			t.Errorf("no wrong-language warning with --lines:\n%s", stderr)
		}
	})

	t.Run("not a translation", func(t *testing.T) {
		// Two unrelated articles: a warning, and for TMX, where only links
		// scoring at least 0.5 are written, a second one saying that the
		// output has no translation unit.
		tmx := filepath.Join(t.TempDir(), "x.tmx")
		_, stderr, code := satz(t, "", "align", "testdata/align/de/wahl.txt", "testdata/align/en/hafen.en.txt", "-o", tmx)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		for _, want := range []string{"do not look like translations of each other", "warning: no link written", "0 written"} {
			if !strings.Contains(stderr, want) {
				t.Errorf("stderr does not say %q:\n%s", want, stderr)
			}
		}
	})
}

// TestAlignShortAdaptation: a short German adaptation of a long English
// article (three of twenty sentences) is a translation, not a pair of
// unrelated articles, when its links are right.
func TestAlignShortAdaptation(t *testing.T) {
	inRepoRoot(t)
	dir := t.TempDir()
	de, en := filepath.Join(dir, "kurz.txt"), filepath.Join(dir, "long.txt")
	os.WriteFile(de, []byte("Hamburger Hafen baut aus\n\n"+
		"Der Hamburger Hafen investiert 420 Millionen Euro in den Ausbau seines größten Containerterminals. "+
		"Die Arbeiten sollen im März 2027 beginnen.\n"), 0o644)
	orig, err := os.ReadFile("testdata/align/en/hafen.en.txt")
	if err != nil {
		t.Fatal(err)
	}
	more := `

The expansion is the largest single investment in the port's history. Shipping lines have long complained about waiting times at the Burchardkai, where the biggest vessels can only berth at high tide. Hamburg competes with Rotterdam, Antwerp and Bremerhaven for cargo from Asia.

The port employs about 120,000 people in the region. Its volumes have stagnated for a decade, while the Dutch and Belgian ports gained market share. Analysts say the new berths could win back some of the lost business.

The Chinese shipping group Cosco bought a minority stake in one of the port's terminals in 2023 after a long political debate in Berlin. Critics warned at the time that critical infrastructure should not be sold to state-owned companies from China.

The federal government is expected to contribute to the cost of dredging. A decision is due in the autumn.
`
	os.WriteFile(en, append(orig, more...), 0o644)
	out, stderr, code := satz(t, "", "align", de, en, "--format", "ladder")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.Contains(stderr, "do not look like translations") {
		t.Errorf("a short adaptation was reported as not a translation:\n%s", stderr)
	}
	nde, nen := parseLadder(t, out)
	if nde != 3 || nen != 20 {
		t.Fatalf("ladder covers %d German and %d English sentences, want 3 and 20", nde, nen)
	}
	for _, want := range []string{"[0]:[0]:", "[1]:[1]:", "[2]:[2]:"} {
		if !strings.Contains(out, want) {
			t.Errorf("link %s missing:\n%s", want, out)
		}
	}
}
