package main

import (
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/segmentio/encoding/json"

	"github.com/satzwerk/satz/corpus"
)

// invalidInputs are byte strings that are not valid UTF-8, or that decode
// to characters a consumer may choke on, each around German text whose
// words must survive.
var invalidInputs = map[string]string{
	"latin-1 bytes":       "Gr\xfc\xdfe aus K\xf6ln. Der Hafen w\xe4chst.",
	"stray bytes":         "Grüße aus Köln.\xff\xfe Der Hafen wächst.\x80",
	"lone surrogates":     "Grüße \xed\xa0\x80aus Köln. Der \xed\xbf\xbfHafen wächst.",
	"overlong":            "Grüße \xc0\xaf aus Köln. Der Hafen \xe0\x80\xaf wächst.",
	"cut at the end":      "Grüße aus Köln. Der Hafen wächst. \xe2\x80",
	"beyond U+10FFFF":     "Grüße aus Köln. \xf4\x90\x80\x80 Der Hafen wächst.",
	"noncharacters":       "Grüße aus Köln.\uFFFE Der Hafen wächst.\uFFFF",
	"controls":            "Grüße aus Köln.\x01\x1b[31m Der Hafen wächst.\x7f\u0085",
	"BOM then invalid":    "\xef\xbb\xbfGrüße aus Köln. \xff Der Hafen wächst.",
	"UTF-16, odd length":  "\xff\xfe" + utf16le("Grüße aus Köln. Der Hafen wächst.") + "\x00\xd8",
	"UTF-16 lone surrog.": "\xff\xfe" + utf16le("Grüße aus Köln.") + "\x00\xdc" + utf16le(" Der Hafen wächst."),
}

func utf16le(s string) string {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8)) // BMP only
	}
	return string(b)
}

// TestSegmentInvalidStdin: satz segment reads invalid UTF-8 on standard
// input without failing, and writes valid UTF-8 with the words intact.
func TestSegmentInvalidStdin(t *testing.T) {
	for name, in := range invalidInputs {
		t.Run(name, func(t *testing.T) {
			out, stderr, code := satz(t, in, "segment")
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if !utf8.ValidString(out) {
				t.Errorf("output is not valid UTF-8: %q", out)
			}
			// Latin-1 needs --encoding: its umlauts become U+FFFD.
			if !strings.Contains(out, "aus K") || !strings.Contains(out, "Hafen") || !strings.Contains(out, "chst.") || !strings.HasSuffix(out, "\n") {
				t.Errorf("words lost: %q", out)
			}
		})
	}
}

// TestAlignInvalidStdin: satz align reads one side from standard input
// ("-"); invalid UTF-8 there gives valid UTF-8 in every format.
func TestAlignInvalidStdin(t *testing.T) {
	dir := t.TempDir()
	en := filepath.Join(dir, "en.txt")
	if err := os.WriteFile(en, []byte("Greetings from Cologne. The port is growing.\xff\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, in := range invalidInputs {
		t.Run(name, func(t *testing.T) {
			for _, args := range [][]string{
				{"align", "-", en},
				{"align", "-", en, "--lines"},
				{"align", "-", en, "--format", "tmx", "--date", fixedDate},
				{"align", "-", en, "--format", "ladder"},
			} {
				out, stderr, code := satz(t, in, args...)
				if code != exitOK {
					t.Fatalf("%v: exit %d: %s", args, code, stderr)
				}
				if !utf8.ValidString(out) || !utf8.ValidString(stderr) {
					t.Errorf("%v: output is not valid UTF-8: %q", args, out)
				}
				switch {
				case args[len(args)-1] == fixedDate:
					checkWellFormed(t, out)
				case args[len(args)-1] != "ladder":
					for line := range strings.Lines(out) {
						var l corpus.LinkRecord
						if err := json.Unmarshal([]byte(line), &l); err != nil || l.Doc != "stdin" {
							t.Errorf("%v: line %q: %v", args, line, err)
						}
					}
				}
			}
		})
	}
	// German from a file, English from standard input.
	de := filepath.Join(dir, "de.txt")
	os.WriteFile(de, []byte("Grüße aus Köln. Der Hafen wächst."), 0o644)
	out, stderr, code := satz(t, "Greetings from Cologne.\xed\xa0\x80 The port is growing.", "align", de, "-")
	if code != exitOK || !utf8.ValidString(out) || !strings.Contains(out, `"doc":"de"`) {
		t.Errorf("EN on stdin: exit %d, out %q, stderr %q", code, out, stderr)
	}
	// Zero bytes outside UTF-16 make a side binary: the pair is skipped,
	// and the message names standard input.
	_, stderr, code = satz(t, "Grüße\x00 aus Köln.", "align", "-", en)
	if code != exitError || !strings.Contains(stderr, "skipped -: binary data") {
		t.Errorf("binary on stdin: exit %d, stderr %q", code, stderr)
	}
	for _, args := range [][]string{{"align", "-", "-"}, {"align", "-", dir}} {
		if _, stderr, code := satz(t, "", args...); code != exitError {
			t.Errorf("%v: exit %d, want %d; stderr %q", args, code, exitError, stderr)
		}
	}
}

// checkWellFormed checks that s is well-formed XML 1.0.
func checkWellFormed(t *testing.T, s string) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(s))
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, s)
		}
	}
}
