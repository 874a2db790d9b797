package corpus

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/text/transform"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"crlf", "Erste Zeile.\r\nZweite Zeile.\r\n\r\nAbsatz.", "Erste Zeile.\nZweite Zeile.\n\nAbsatz."},
		{"lone cr", "Eins.\rZwei.", "Eins.\nZwei."},
		{"line separators", "Eins.\u2028Zwei.\u2029\u2029Drei.\u0085Vier.", "Eins.\nZwei.\n\nDrei.\nVier."},
		{"soft hyphen", "Verbin\u00addungs\u00adbüro", "Verbindungsbüro"},
		{"zero-width space and joiners", "NATO\u200b-Gipfel\u2060 in\u200c Vilnius\ufeff", "NATO-Gipfel in Vilnius"},
		{"zwj in emoji kept", "Familie 👨\u200d👩\u200d👧 hier", "Familie 👨\u200d👩\u200d👧 hier"},
		{"bidi marks", "\u200eTokio\u200f \u202aKyoto\u202c", "Tokio Kyoto"},
		{"no-break spaces", "3,5\u00a0%, 10\u202fkm, 1\u2007000", "3,5 %, 10 km, 1 000"},
		{"unicode spaces", "a\u2003b\u2009c\u3000d\u1680e", "a b c d e"},
		{"tabs", "Spalte\tzwei\t\tdrei", "Spalte zwei drei"},
		{"c0 controls", "Ein\x00 Te\x07xt\x1b.", "Ein Text."},
		{"c1 controls", "Gr\u0092\u0080üße", "Grüße"},
		{"noncharacters", "a\ufffeb\uffffc\ufdd0d", "abcd"},
		{"nfc", "Gru\u0308ße aus Ko\u0308ln", "Grüße aus Köln"},
		{"spaces collapsed", "Der   Mann  ging.", "Der Mann ging."},
		{"line edges trimmed", "  Titel  \n   Text. ", "Titel\nText."},
		{"blank lines collapsed", "Eins.\n\n\n\n  \n\nZwei.", "Eins.\n\nZwei."},
		{"document edges", "\n\n  \nText.\n\n\n", "Text."},
		{"quotes survive", "„Das ist gut.“ ‚Ja‘ »Nein« «Ciao»", "„Das ist gut.“ ‚Ja‘ »Nein« «Ciao»"},
		{"empty", "", ""},
		{"only invisible", "\u200b\u00ad\n\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := Clean(tt.want); got != tt.want {
				t.Errorf("not idempotent: Clean(%q) = %q", tt.want, got)
			}
		})
	}
}

// TestNormalizerStreams checks the transformer on readers that return one
// byte or half the data at a time: state must carry across calls.
func TestNormalizerStreams(t *testing.T) {
	in := "  Erste\r\nZeile  mit\u00a0Leer\u00adzeichen.\r\n\r\n\r\nGru\u0308ße.\r"
	want := Clean(in)
	for name, wrap := range map[string]func(r *strings.Reader) *transform.Reader{
		"one byte": func(r *strings.Reader) *transform.Reader {
			return transform.NewReader(iotest.OneByteReader(r), Normalizer())
		},
		"half": func(r *strings.Reader) *transform.Reader {
			return transform.NewReader(iotest.HalfReader(r), Normalizer())
		},
	} {
		if got := readSmall(wrap(strings.NewReader(in)), 3); got != want {
			t.Errorf("%s: got %q, want %q", name, got, want)
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"", "Eins.\r\n\r\nZwei.", "a\u00adb\u200bc", " \n \n", "Gru\u0308ße\t\t.", "\xff\xfe", "x\r", "&amp;quot;Gru\u0308&szlig;e&quot;\r\n\xff&nbsp;x", "A\u0301\u00a0\u200b&#x301;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := Clean(s)
		// The streaming chain decodes references in one pass; the
		// pipeline's normalizer also decodes the ones that decoding
		// builds, and otherwise gives the same text.
		chain, _, _ := transform.String(Normalizer(), s)
		if again, _, _ := transform.String(Normalizer(), chain); again == chain && chain != once {
			t.Errorf("Clean(%q) = %q, the Normalizer chain gives %q", s, once, chain)
		}
		if twice := Clean(once); twice != once {
			t.Errorf("Clean not idempotent: %q → %q → %q", s, once, twice)
		}
		if strings.ContainsAny(once, "\r\t\u00ad\u200b") || strings.Contains(once, "  ") || strings.Contains(once, "\n\n\n") {
			t.Errorf("Clean(%q) = %q keeps characters it should remove", s, once)
		}
	})
}

func TestEntities(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tom &amp; Jerry", "Tom & Jerry"},
		{"3,5&nbsp;%", "3,5 %"},
		{"&#8222;Zitat&#8220;", "„Zitat“"},
		{"&#x201E;Zitat&#x201C;", "„Zitat“"},
		{"&bdquo;Zitat&ldquo; &laquo;Gruß&raquo;", "„Zitat“ «Gruß»"},
		{"&lt;b&gt;fett&lt;/b&gt;", "<b>fett</b>"},
		{"doppelt: &amp;quot;Hallo&amp;quot;", `doppelt: "Hallo"`},
		{"dreifach: &amp;amp;amp;", "dreifach: &"},
		{"&amp;&amp;", "&&"},
		{"&amp;", "&"},
		{"&amp;x", "&x"},
		{"AT&T und Q&A", "AT&T und Q&A"},
		{"Preis: 5 &euro;", "Preis: 5 €"},
		{"&unbekannt; bleibt", "&unbekannt; bleibt"},
		{"&;&#;&", "&;&#;&"},
		{"Ende &amp", "Ende &amp"},
		{"&shy;weich&shy;", "weich"},
		{"&ampquot0; bleibt", "&ampquot0; bleibt"}, // only whole references
		{"&#150; Strich", "– Strich"},              // HTML5 maps C1 references to Windows-1252
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := Clean(tt.want); got != tt.want {
				t.Errorf("not idempotent: Clean(%q) = %q", tt.want, got)
			}
			// Byte by byte, so that references are split across calls.
			r := transform.NewReader(iotest.OneByteReader(strings.NewReader(tt.in)), Normalizer())
			if got := readSmall(r, 1); got != tt.want {
				t.Errorf("streamed: %q, want %q", got, tt.want)
			}
		})
	}
}

// readSmall reads r to the end through a buffer of n bytes, so that a
// transformer sees its input and output in small pieces.
func readSmall(r io.Reader, n int) string {
	var b strings.Builder
	buf := make([]byte, n)
	for {
		k, err := r.Read(buf)
		b.Write(buf[:k])
		if err != nil {
			return b.String()
		}
	}
}

// TestCleanBuiltReference: decoding "&#108;" after a literal "&" builds
// "&lt;", which Clean decodes too, so that cleaning its output changes
// nothing (the streaming Normalizer decodes in one pass).
func TestCleanBuiltReference(t *testing.T) {
	for in, want := range map[string]string{"&&#108;t;": "<", "a &amp;&#108;t; b": "a < b", "&&&#97;mp;#108;t;": "<"} {
		if got := Clean(in); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestScrubShortDst checks the run-copying fast path when the output
// buffer ends inside a run: a letter of U+00C0–U+00FF must never be split
// (FuzzClean found it writing the lead byte alone).
func TestScrubShortDst(t *testing.T) {
	for _, tail := range []string{"Îb", "ä ö\nü", "x\n\nÖ", "é"} {
		for n := 1; n < 12; n++ {
			text := "Ab " + strings.Repeat("c", n) + tail + " Ende"
			for size := 1; size <= len(text)+1; size++ {
				var s scrub
				dst := make([]byte, size)
				var out []byte
				src := []byte(text)
				for len(src) > 0 {
					nDst, nSrc, err := s.Transform(dst, src, true)
					out = append(out, dst[:nDst]...)
					src = src[nSrc:]
					if err != nil && err != transform.ErrShortDst {
						t.Fatal(err)
					}
					if nDst == 0 && nSrc == 0 {
						dst = make([]byte, len(dst)*2) // too short for one unit
					}
				}
				if string(out) != text {
					t.Fatalf("scrub of %q with a %d-byte buffer = %q", text, size, out)
				}
			}
		}
	}
}

// plainRunRef is plainRun byte by byte, as it was before its eight-byte
// step.
func plainRunRef(src []byte, i int) int {
	for i < len(src) {
		c := src[i]
		switch {
		case visibleASCII[c]:
			i++
		case c == 0xC3 && i+1 < len(src) && src[i+1] >= 0x80 && src[i+1] <= 0xBF:
			i += 2
		case c == ' ' && i+1 < len(src) && visibleASCII[src[i+1]]:
			i += 2
		case c == '\n' && i+1 < len(src) && visibleASCII[src[i+1]]:
			i += 2
		case c == '\n' && i+2 < len(src) && src[i+1] == '\n' && visibleASCII[src[i+2]]:
			i += 3
		default:
			return i
		}
	}
	return i
}

// FuzzPlainRun checks plainRun's eight-byte step against plainRunRef.
func FuzzPlainRun(f *testing.F) {
	for _, s := range []string{"", "Der Mann ging  über die Straße.", "abcdefgh ijklmnop\nqrs\n\ntuvwxyz01234567 ",
		"12345678 ", "1234567 8", "a b c d e f g h i j", "ÄÖÜäöüß ok fine words\x7fx", "\tx        y"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i > len(s) {
			i = 0
		}
		if got, want := plainRun([]byte(s), i), plainRunRef([]byte(s), i); got != want {
			t.Fatalf("plainRun(%q, %d) = %d, want %d", s, i, got, want)
		}
	})
}
