package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestStripMarkdown(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"atx headings", "# Titel\n\n## Unter-Titel ##\n\nText.", "Titel\n\nUnter-Titel\n\nText."},
		{"not a heading", "#hashtag und Nr. #5", "#hashtag und Nr. #5"},
		{"setext", "Titel\n=====\nText.", "Titel\n\nText."},
		{"emphasis", "Das ist **sehr** wichtig und *kursiv* und __fett__.", "Das ist sehr wichtig und kursiv und fett."},
		{"not emphasis", "a*b = c, snake_case_name, 5 * 3", "a*b = c, snake_case_name, 5 * 3"},
		{"link", "Laut [Reuters](https://reuters.com/x) stieg der Kurs.", "Laut Reuters stieg der Kurs."},
		{"reference link", "Siehe [Bericht][1].\n\n[1]: https://example.org/bericht", "Siehe Bericht.\n\n"},
		{"image", "![Olaf Scholz in Berlin](bild.jpg) (Foto: dpa)", "Olaf Scholz in Berlin (Foto: dpa)"},
		{"code", "Der Befehl `satz build` schreibt JSONL.", "Der Befehl satz build schreibt JSONL."},
		{"quote and list", "> „Wir schaffen das“, sagte sie.\n\n- erstens\n* zweitens\n1. drittens", "„Wir schaffen das“, sagte sie.\n\nerstens\nzweitens\n1. drittens"},
		{"rule", "Eins.\n\n---\n\nZwei.", "Eins.\n\n\n\nZwei."},
		{"fence", "Text.\n\n```go\nfmt.Println(1)\n```\n", "Text.\n\n\nfmt.Println(1)\n\n"},
		{"front matter", "---\ntitle: Hafen\ndate: 2026-11-22\n---\n# Hafen\n\nText.", "Hafen\n\nText."},
		{"html", "Ein<br>Umbruch <b>fett</b> <!-- Kommentar --> und <https://satz.example>", "Ein\nUmbruch fett  und https://satz.example"},
		{"escapes", `Preis: 5\*3 \[sic\]`, "Preis: 5*3 [sic]"},
		{"umlauts untouched", "Grüße aus Köln – „Zitat“", "Grüße aus Köln – „Zitat“"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := StripMarkdown(tt.in); got != tt.want {
				t.Errorf("StripMarkdown(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzStripMarkdown(f *testing.F) {
	for _, s := range []string{"# T\n\n**a** [b](c) ![d](e) `f`", "---\nx\n---\ny", "```\ncode", "<!-- x", "[a][b", "\\", "*_*_", "> - [ ] x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := StripMarkdown(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("StripMarkdown(%q) = %q: invalid UTF-8", s, out)
		}
		if len(out) > len(s)+strings.Count(s, "<")+1 {
			t.Fatalf("StripMarkdown(%q) = %q grew", s, out)
		}
	})
}
