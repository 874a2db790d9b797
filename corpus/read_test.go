package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

const german = "„Grüße aus Köln“, sagte der Bürgermeister – 3,5 % mehr für Straßen."

func TestDecode(t *testing.T) {
	utf16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(german)
	utf16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(german)
	utf16leNoBOM, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().String(german)
	cp1252, err := charmap.Windows1252.NewEncoder().String(german)
	if err != nil {
		t.Fatal(err)
	}
	latin1, _ := charmap.ISO8859_1.NewEncoder().String("Grüße aus Köln, Straße.")
	tests := []struct {
		name, in, enc string
		want          string
		wantEnc       string
		bom           bool
		invalid       int
	}{
		{"utf-8", german, "", german, "utf-8", false, 0},
		{"utf-8 bom", "\xef\xbb\xbf" + german, "", german, "utf-8", true, 0},
		{"utf-16le bom", utf16le, "", german, "utf-16le", true, 0},
		{"utf-16be bom", utf16be, "", german, "utf-16be", true, 0},
		{"utf-16le no bom", utf16leNoBOM, "", german, "utf-16le", false, 0},
		{"windows-1252", cp1252, "", german, "windows-1252", false, 0},
		{"latin-1", latin1, "", "Grüße aus Köln, Straße.", "windows-1252", false, 0},
		{"latin-1 forced", latin1, "iso-8859-1", "Grüße aus Köln, Straße.", "iso-8859-1", false, 0},
		{"mostly utf-8 with a bad byte", "Grüße aus Köln \xff und München.", "", "Grüße aus Köln \uFFFD und München.", "utf-8", false, 1},
		{"forced utf-8 on cp1252", cp1252[:10], "utf-8", "\uFFFDGr\uFFFD\uFFFDe aus", "utf-8", false, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, d, err := Decode([]byte(tt.in), tt.enc)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want || d.Encoding != tt.wantEnc || d.BOM != tt.bom || d.Invalid != tt.invalid {
				t.Errorf("Decode = %q %+v, want %q {%s bom=%v invalid=%d}", got, d, tt.want, tt.wantEnc, tt.bom, tt.invalid)
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	if _, _, err := Decode([]byte("PK\x03\x04\x00\x00\x08\x00\x08\x00\xff\x00\x13\x00\x00"), ""); !errors.Is(err, ErrBinary) {
		t.Errorf("zip data: err = %v, want ErrBinary", err)
	}
	if _, _, err := Decode([]byte("x"), "klingonisch"); err == nil || !strings.Contains(err.Error(), "klingonisch") {
		t.Errorf("unknown encoding: err = %v", err)
	}
}

func TestSources(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b/z.txt", "a/x.md", "a/y.html", "a/.hidden.txt", ".git/c.txt", "x.txt", "a/x.txt"} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("Text."), 0o644)
	}
	var got []string
	for src, err := range Sources([]string{dir, filepath.Join(dir, "a/y.html"), filepath.Join(dir, "fehlt"), "-"}, SourceOptions{Stdin: strings.NewReader("Text.")}) {
		rel, _ := filepath.Rel(dir, src.Path)
		if src.Path == "-" {
			rel = "-"
		}
		if err != nil {
			got = append(got, "error "+rel)
			continue
		}
		got = append(got, rel+" "+src.ID)
	}
	want := []string{"a/x.md x", "a/x.txt x-2", "b/z.txt z", "x.txt x-3", "a/y.html y", "error fehlt", "- stdin"}
	if !slices.Equal(got, want) {
		t.Errorf("Sources = %q, want %q", got, want)
	}
}

// FuzzDecode: any bytes decode to valid UTF-8 or are rejected as binary
// (only when they hold a zero byte), and UTF-8 input without a BOM comes
// back unchanged.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", german, "\xef\xbb\xbfText", "\xff\xfeT\x00e\x00", "\xfe\xff\x00T", "Gr\xfc\xdfe", "a\x00b", "\xff"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		text, d, err := Decode(b, "")
		if err != nil {
			if !errors.Is(err, ErrBinary) || !strings.Contains(string(b), "\x00") {
				t.Fatalf("Decode(%q): %v", b, err)
			}
			return
		}
		if !utf8.ValidString(text) {
			t.Fatalf("Decode(%q) = %q: not valid UTF-8", b, text)
		}
		if utf8.Valid(b) && !d.BOM && !strings.Contains(string(b), "\x00") && text != string(b) {
			t.Fatalf("valid UTF-8 changed: %q → %q", b, text)
		}
	})
}
