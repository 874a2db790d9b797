package main

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/segmentio/encoding/json"

	"github.com/satzwerk/satz/corpus"
	"github.com/satzwerk/satz/internal/golden"
)

const fixedDate = "20260101T000000Z"

// satz runs the CLI in-process and returns stdout, stderr and the exit code.
func satz(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

// inRepoRoot makes paths in output ("source") the ones a user at the repo
// root would see.
func inRepoRoot(t *testing.T) {
	t.Helper()
	t.Chdir("../..")
}

func TestBuildGolden(t *testing.T) {
	inRepoRoot(t)
	out, stderr, code := satz(t, "", "build", "testdata/articles")
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	golden.Check(t, "testdata/golden/articles.jsonl", []byte(out))
	if !strings.Contains(stderr, "2 documents") {
		t.Errorf("stderr has no summary: %q", stderr)
	}

	tmx := filepath.Join(t.TempDir(), "articles.tmx")
	_, stderr, code = satz(t, "", "build", "testdata/articles", "-o", tmx, "--date", fixedDate)
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	got, err := os.ReadFile(tmx)
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/golden/articles.tmx", got)
	checkTMXWithXmllint(t, tmx)
}

// checkTMXWithXmllint validates a TMX file against the TMX 1.4b DTD. CI
// installs xmllint; elsewhere the check is skipped when it is missing.
func checkTMXWithXmllint(t *testing.T, path string) {
	t.Helper()
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("xmllint not installed (apt-get install libxml2-utils)")
		}
		t.Log("xmllint not installed: DTD validation skipped")
		return
	}
	cmd := exec.Command(xmllint, "--nonet", "--noout", "--dtdvalid", "testdata/spec/tmx14.dtd", path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("xmllint --dtdvalid tmx14.dtd: %v\n%s", err, out)
	}
}

func readRecords(t *testing.T, jsonl string) []corpus.Record {
	t.Helper()
	var recs []corpus.Record
	for line := range strings.Lines(jsonl) {
		var r corpus.Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("bad JSONL line %q: %v", line, err)
		}
		recs = append(recs, r)
	}
	return recs
}

func TestBuildOffsetsIndexCleanedText(t *testing.T) {
	inRepoRoot(t)
	out, _, code := satz(t, "", "build", "--keep-boilerplate", "testdata/articles")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	cleaned := map[string][]rune{}
	for _, r := range readRecords(t, out) {
		text, ok := cleaned[r.Doc]
		if !ok {
			c, _, code := satz(t, "", "clean", r.Source)
			if code != exitOK {
				t.Fatalf("clean %s: exit %d", r.Source, code)
			}
			text = []rune(c)
			cleaned[r.Doc] = text
		}
		if got := string(text[r.Start:r.End]); got != r.Text {
			t.Fatalf("%s: cleaned[%d:%d] = %q, want %q", r.ID, r.Start, r.End, got, r.Text)
		}
		seg := []rune(r.Text)
		for _, n := range r.Names {
			if string(seg[n.Start:n.End]) != n.Text {
				t.Errorf("%s: name %q at [%d:%d] is %q", r.ID, n.Text, n.Start, n.End, string(seg[n.Start:n.End]))
			}
		}
		for _, q := range r.Quotes {
			if q.Start < 0 || q.End > len(seg) || q.Start > q.End {
				t.Errorf("%s: quote [%d:%d] outside text of %d code points", r.ID, q.Start, q.End, len(seg))
			}
		}
	}
}

func TestBuildDeterministic(t *testing.T) {
	// Many documents of different sizes, so that workers finish out of order.
	dir := t.TempDir()
	seeds, _ := filepath.Glob("../../testdata/articles/*.txt")
	for i := range 40 {
		b, err := os.ReadFile(seeds[i%len(seeds)])
		if err != nil {
			t.Fatal(err)
		}
		b = bytes.Repeat(b, 1+i%5)
		sub := filepath.Join(dir, string(rune('a'+i%3)))
		os.MkdirAll(sub, 0o755)
		if err := os.WriteFile(filepath.Join(sub, filepath.Base(seeds[i%len(seeds)])+"-"+string(rune('a'+i))+".txt"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var first string
	for _, args := range [][]string{{"-j", "1"}, {"-j", "8"}, {"-j", "8"}, {"-j", "3", "--format", "tmx", "--date", fixedDate}} {
		out, stderr, code := satz(t, "", append([]string{"build", dir}, args...)...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		if args[len(args)-1] == fixedDate {
			if !strings.Contains(out, "<tmx") {
				t.Fatal("no TMX")
			}
			continue
		}
		if first == "" {
			first = out
			if n := strings.Count(out, "\n"); n < 40*20 {
				t.Fatalf("only %d records for 40 documents", n)
			}
			continue
		}
		if out != first {
			t.Errorf("%v: output differs from -j 1", args)
		}
	}
	tmx := func(j string) string {
		out, _, _ := satz(t, "", "build", dir, "--format", "tmx", "--date", fixedDate, "-j", j)
		return out
	}
	if tmx("1") != tmx("8") {
		t.Error("TMX differs between -j 1 and -j 8")
	}
}

func TestBuildUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no path", []string{"build"}, "requires at least 1 arg"},
		{"bad format", []string{"build", "x.txt", "--format", "xml"}, `unknown format "xml"`},
		{"bad flag", []string{"build", "--frobnicate", "x"}, "unknown flag"},
		{"bad lang", []string{"build", "--lang", "fr", "x"}, `--lang "fr"`},
		{"bad date", []string{"build", "--date", "yesterday", "x"}, "--date"},
		{"unknown command", []string{"frobnicate"}, "unknown command"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, stderr, code := satz(t, "", tt.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d; stderr: %s", code, exitUsage, stderr)
			}
			if !strings.Contains(stderr, tt.want) || !strings.HasPrefix(stderr, "satz: ") {
				t.Errorf("stderr = %q, want it to start with satz: and mention %q", stderr, tt.want)
			}
			if out != "" {
				t.Errorf("stdout = %q, want nothing", out)
			}
		})
	}
}

func TestBuildSkipsBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "gut.txt")
	os.WriteFile(good, []byte("Der Mann ging nach Hause. Dann schlief er."), 0o644)
	binary := filepath.Join(dir, "bild.txt")
	os.WriteFile(binary, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00\x90\x91h6\x00\x00\x00\x00IEND\xaeB`\x82"), 0o644)
	missing := filepath.Join(dir, "fehlt.txt")
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	os.Symlink(filepath.Join(dir, "nirgends.txt"), filepath.Join(sub, "kaputt.txt"))
	out := filepath.Join(dir, "out.jsonl")

	_, stderr, code := satz(t, "", "build", missing, binary, sub, good, "-o", out)
	if code != exitSkipped {
		t.Fatalf("exit %d, want %d; stderr: %s", code, exitSkipped, stderr)
	}
	for _, want := range []string{"fehlt.txt: no such file", "bild.txt: binary data", "kaputt.txt: no such file", "3 inputs skipped"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if recs := readRecords(t, string(b)); len(recs) != 2 || recs[1].Text != "Dann schlief er." {
		t.Errorf("records = %+v, want the 2 sentences of gut.txt", recs)
	}

	// --strict stops at the first bad input and leaves no output file.
	strictOut := filepath.Join(dir, "strict.jsonl")
	_, stderr, code = satz(t, "", "build", "--strict", good, binary, "-o", strictOut)
	if code != exitError || !strings.Contains(stderr, "bild.txt") {
		t.Errorf("--strict: exit %d, stderr %q; want exit 1 naming bild.txt", code, stderr)
	}
	if _, err := os.Stat(strictOut); !os.IsNotExist(err) {
		t.Errorf("--strict left an output file: %v", err)
	}
}

func TestBuildOutputErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "gut.txt")
	os.WriteFile(good, []byte("Ein Satz."), 0o644)
	out := filepath.Join(dir, "fehlt", "out.jsonl")
	_, stderr, code := satz(t, "", "build", good, "-o", out)
	if code != exitError || !strings.Contains(stderr, out) {
		t.Errorf("missing output dir: exit %d, stderr %q; want 1 naming %s", code, stderr, out)
	}
	// An existing output is untouched when the run fails.
	existing := filepath.Join(dir, "old.jsonl")
	os.WriteFile(existing, []byte("old\n"), 0o644)
	empty := filepath.Join(dir, "leer")
	os.Mkdir(empty, 0o755)
	_, stderr, code = satz(t, "", "build", empty, "-o", existing)
	if code != exitError || !strings.Contains(stderr, "no input files found in "+empty) {
		t.Errorf("no inputs: exit %d, stderr %q; want 1", code, stderr)
	}
	_, _, code = satz(t, "", "build", filepath.Join(dir, "fehlt.txt"), "-o", existing)
	if code != exitError {
		t.Errorf("only a missing input: exit %d, want 1", code)
	}
	if b, _ := os.ReadFile(existing); string(b) != "old\n" {
		t.Errorf("existing output changed to %q", b)
	}
	noTempFiles(t, dir)
}

// noTempFiles fails if a temporary output file was left in dir.
func noTempFiles(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestBuildStdinAndBoilerplate(t *testing.T) {
	in := "Anzeige\n\nDer Kanzler sprach am 3. Oktober in Berlin. Er blieb kurz.\n\nLESEN SIE AUCH: Etwas anderes\n"
	out, stderr, code := satz(t, in, "build", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	recs := readRecords(t, out)
	if len(recs) == 0 || recs[0].Doc != "stdin" || recs[0].Source != "-" {
		t.Fatalf("records = %+v", recs)
	}
	for _, r := range recs {
		if r.Role == "boilerplate" {
			t.Errorf("boilerplate written by default: %+v", r)
		}
	}
	if !strings.Contains(stderr, "2 boilerplate blocks dropped") {
		t.Errorf("stderr = %q, want the dropped count", stderr)
	}
	out, _, _ = satz(t, in, "build", "-", "--keep-boilerplate")
	recs = readRecords(t, out)
	if recs[0].Role != "boilerplate" || recs[0].Text != "Anzeige" || recs[0].Block != 0 {
		t.Errorf("--keep-boilerplate: first record %+v, want the Anzeige block", recs[0])
	}
	if last := recs[len(recs)-1]; last.Role != "boilerplate" || last.Block != 2 {
		t.Errorf("--keep-boilerplate: last record %+v", last)
	}
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name string
		args []string
		in   string
		want string
	}{
		{"paragraphs", nil, "Das ist gut. Der Mann  ging.\n\n\nZweiter Absatz.\n", "Das ist gut.\nDer Mann ging.\n\nZweiter Absatz.\n"},
		{"newline ends sentence", nil, "Eine Überschrift\nDer Text beginnt hier.", "Eine Überschrift\nDer Text beginnt hier.\n"},
		{"join lines", []string{"--join-lines"}, "Ein Satz, der\numbrochen ist. Und noch einer.", "Ein Satz, der umbrochen ist.\nUnd noch einer.\n"},
		{"crlf", nil, "Eins.\r\n\r\nZwei.\r\n", "Eins.\n\nZwei.\n"},
		{"invalid utf-8", nil, "Gr\xfc\xdfe aus K\xf6ln.", "Gr\uFFFD\uFFFDe aus K\uFFFDln.\n"},
		{"english", []string{"--lang", "en"}, "He left. She stayed.", "He left.\nShe stayed.\n"},
		{"empty", nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, stderr, code := satz(t, tt.in, append([]string{"segment"}, tt.args...)...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if out != tt.want {
				t.Errorf("got %q, want %q", out, tt.want)
			}
			if !utf8.ValidString(out) {
				t.Error("output is not valid UTF-8")
			}
		})
	}
}

func TestSegmentFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("Eins. Zwei."), 0o644)
	os.WriteFile(b, []byte("Drei."), 0o644)
	out, _, code := satz(t, "", "segment", a, b)
	if code != exitOK || out != "Eins.\nZwei.\n\nDrei.\n" {
		t.Errorf("exit %d, out %q", code, out)
	}
	_, stderr, code := satz(t, "", "segment", filepath.Join(dir, "nope.txt"))
	if code != exitError || !strings.Contains(stderr, "nope.txt") {
		t.Errorf("missing file: exit %d, stderr %q", code, stderr)
	}
}

func TestExport(t *testing.T) {
	inRepoRoot(t)
	dir := t.TempDir()
	jsonl := filepath.Join(dir, "c.jsonl")
	if _, stderr, code := satz(t, "", "build", "testdata/articles", "-o", jsonl); code != exitOK {
		t.Fatalf("build: %d %s", code, stderr)
	}
	direct := filepath.Join(dir, "direct.tmx")
	satz(t, "", "build", "testdata/articles", "-o", direct, "--date", fixedDate)
	exported := filepath.Join(dir, "exported.tmx")
	if _, stderr, code := satz(t, "", "export", jsonl, "-o", exported, "--date", fixedDate); code != exitOK {
		t.Fatalf("export: %d %s", code, stderr)
	}
	a, _ := os.ReadFile(direct)
	b, _ := os.ReadFile(exported)
	if !bytes.Equal(a, b) {
		t.Error("exported TMX differs from the TMX build writes")
	}

	// JSONL → JSONL is the identity.
	in, _ := os.ReadFile(jsonl)
	out, _, code := satz(t, string(in), "export", "-", "--format", "jsonl")
	if code != exitOK || out != string(in) {
		t.Errorf("export jsonl: exit %d, output differs from input", code)
	}

	// txt: one segment per line, an empty line between documents.
	out, _, code = satz(t, string(in), "export", "-", "--format", "txt")
	recs := readRecords(t, string(in))
	if code != exitOK || strings.Count(out, "\n") != len(recs)+1 || strings.Count(out, "\n\n") != 1 {
		t.Errorf("export txt: exit %d, %d lines for %d records", code, strings.Count(out, "\n"), len(recs))
	}

	// Errors: not JSONL names the line; no format is a usage error.
	_, stderr, code := satz(t, "{\"id\":\"a\",\"doc\":\"a\"}\nkein json\n", "export", "-", "--format", "tmx")
	if code != exitError || !strings.Contains(stderr, "standard input:2") {
		t.Errorf("bad JSONL: exit %d, stderr %q", code, stderr)
	}
	if _, _, code := satz(t, "", "export", jsonl); code != exitUsage {
		t.Errorf("no format: exit %d, want %d", code, exitUsage)
	}
}

func TestVersionHelpCompletion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--help"}, {"build", "--help"}, {"completion", "bash"}, {"--version"}} {
		out, stderr, code := satz(t, "", args...)
		if code != exitOK || out == "" {
			t.Errorf("%v: exit %d, stdout %d bytes, stderr %q", args, code, len(out), stderr)
		}
	}
	out, _, _ := satz(t, "", "version")
	if !strings.HasPrefix(out, "satz ") {
		t.Errorf("version = %q", out)
	}
}

func TestBuildNotes(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"leer.txt":    "",
		"werbung.txt": "Anzeige\n\nAnzeige\n\nGoogle News button\n",
		"kaputt.txt":  "Grüße aus München. Ein kaputtes Byte: \xff. Noch mehr Umlaute: äöü, Straße, Köln.",
		"cp1252.txt":  "Gr\xfc\xdfe aus K\xf6ln. \x84Zitat\x93, sagte er.",
		"utf16.txt":   "\xff\xfeG\x00r\x00\xfc\x00\xdf\x00e\x00.\x00",
		"crlf.txt":    "Titel\r\n\r\nErster Satz. Zweiter Satz.\r\n",
		"weich.txt":   "Verbin\u00addungs\u200bbüro &amp; Co.",
	}
	for name, text := range files {
		os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644)
	}
	out, stderr, code := satz(t, "", "build", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"leer.txt: empty, no segments",
		"werbung.txt: only boilerplate",
		"kaputt.txt: 1 invalid utf-8 byte replaced",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	texts := map[string][]string{}
	for _, r := range readRecords(t, out) {
		texts[r.Doc] = append(texts[r.Doc], r.Text)
	}
	for doc, want := range map[string][]string{
		"cp1252": {"Grüße aus Köln.", "„Zitat“, sagte er."},
		"utf16":  {"Grüße."},
		"crlf":   {"Titel", "Erster Satz.", "Zweiter Satz."},
		"weich":  {"Verbindungsbüro & Co."},
		"kaputt": {"Grüße aus München.", "Ein kaputtes Byte: \uFFFD.", "Noch mehr Umlaute: äöü, Straße, Köln."},
	} {
		if strings.Join(texts[doc], "|") != strings.Join(want, "|") {
			t.Errorf("%s: segments %q, want %q", doc, texts[doc], want)
		}
	}
}

func TestBuildMarkdown(t *testing.T) {
	dir := t.TempDir()
	md := "---\ntitle: Hafen\n---\n# Hamburger Hafen wächst\n\nDer **Hafen** investiert laut [HHLA](https://hhla.example) 420 Millionen Euro.\n\n![Ein Containerschiff](schiff.jpg) (Foto: dpa)\n"
	os.WriteFile(filepath.Join(dir, "hafen.md"), []byte(md), 0o644)
	out, stderr, code := satz(t, "", "build", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got []string
	for _, r := range readRecords(t, out) {
		got = append(got, r.Role+": "+r.Text)
	}
	want := []string{
		"heading: Hamburger Hafen wächst",
		"body: Der Hafen investiert laut HHLA 420 Millionen Euro.",
		"caption: Ein Containerschiff",
		"credit: (Foto: dpa)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("segments:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestBuildResume(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	for i := range 12 {
		text := fmt.Sprintf("Meldung %d\n\nDer Stadtrat von Köln tagte am %d. Mai. Er beschloss %d neue Radwege.\n", i, i+1, i*3)
		if i == 5 {
			text = "Anzeige\n" // a document without records
		}
		os.WriteFile(filepath.Join(in, fmt.Sprintf("m%02d.txt", i)), []byte(text), 0o644)
	}
	full := filepath.Join(dir, "full.jsonl")
	if _, stderr, code := satz(t, "", "build", in, "-o", full); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want, _ := os.ReadFile(full)

	// An interrupted run left the first documents, the last one cut short.
	out := filepath.Join(dir, "out.jsonl")
	lines := strings.SplitAfter(string(want), "\n")
	cut := strings.Join(lines[:20], "") + lines[20][:10]
	os.WriteFile(corpus.PartialPath(out), []byte(cut), 0o644)
	_, stderr, code := satz(t, "", "build", in, "-o", out, "--resume")
	if code != exitOK {
		t.Fatalf("resume: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "resumed after") {
		t.Errorf("stderr = %q", stderr)
	}
	got, _ := os.ReadFile(out)
	if string(got) != string(want) {
		t.Errorf("resumed output differs from a run in one go")
	}
	if _, err := os.Stat(corpus.PartialPath(out)); !os.IsNotExist(err) {
		t.Errorf("partial file left after a finished run: %v", err)
	}

	// A partial output of other inputs is refused.
	os.WriteFile(corpus.PartialPath(out), []byte(strings.Join(lines[:20], "")), 0o644)
	other := filepath.Join(dir, "other")
	os.Mkdir(other, 0o755)
	os.WriteFile(filepath.Join(other, "x.txt"), []byte("Ein Satz."), 0o644)
	_, stderr, code = satz(t, "", "build", other, "-o", out, "--resume")
	if code != exitError || !strings.Contains(stderr, "cannot resume") {
		t.Errorf("mismatch: exit %d, stderr %q", code, stderr)
	}
	if _, _, code := satz(t, "", "build", in, "--resume", "--format", "tmx", "-o", filepath.Join(dir, "x.tmx")); code != exitUsage {
		t.Errorf("--resume with TMX: exit %d, want %d", code, exitUsage)
	}
}

// TestBuildNoAnnotations: --no-names and --no-quotes leave the names, or
// the quotes and stray marks, empty and change nothing else.
func TestBuildNoAnnotations(t *testing.T) {
	inRepoRoot(t)
	full, stderr, code := satz(t, "", "build", "testdata/articles", "-q")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	records := func(out string) []map[string]any {
		var rs []map[string]any
		for line := range strings.Lines(out) {
			var r map[string]any
			if err := json.Unmarshal([]byte(line), &r); err != nil {
				t.Fatalf("%q: %v", line, err)
			}
			rs = append(rs, r)
		}
		return rs
	}
	want := records(full)
	marked := map[string]int{}
	for _, r := range want {
		for _, k := range []string{"names", "quotes", "stray"} {
			marked[k] += len(r[k].([]any))
		}
	}
	if marked["names"] == 0 || marked["quotes"] == 0 {
		t.Fatalf("the seed articles should have names and quotes: %v", marked)
	}
	for _, c := range []struct {
		flags []string
		empty []string
	}{
		{[]string{"--no-names"}, []string{"names"}},
		{[]string{"--no-quotes"}, []string{"quotes", "stray"}},
		{[]string{"--no-names", "--no-quotes"}, []string{"names", "quotes", "stray"}},
	} {
		out, stderr, code := satz(t, "", append([]string{"build", "testdata/articles", "-q"}, c.flags...)...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", c.flags, code, stderr)
		}
		got := records(out)
		if len(got) != len(want) {
			t.Fatalf("%v: %d records, want %d", c.flags, len(got), len(want))
		}
		for i, r := range got {
			w := maps.Clone(want[i])
			for _, k := range c.empty {
				if n := len(r[k].([]any)); n != 0 {
					t.Fatalf("%v: record %v has %d %s", c.flags, r["id"], n, k)
				}
				w[k] = r[k]
			}
			if !reflect.DeepEqual(r, w) {
				t.Fatalf("%v: record %v differs beyond %v:\n%v\n%v", c.flags, r["id"], c.empty, r, w)
			}
		}
	}
}
