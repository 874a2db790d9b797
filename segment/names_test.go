package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// crudeSentences splits text into sentences for the tests without the
// sentence splitter: paragraphs, then after [.!?] followed by a space and an
// upper-case letter or an opening quotation mark.
func crudeSentences(text string) []Span {
	var out []Span
	for _, p := range Paragraphs(text) {
		start := p.Start
		for i := p.Start; i < p.End; i++ {
			c := text[i]
			if c != '.' && c != '!' && c != '?' || i+2 >= p.End || text[i+1] != ' ' {
				continue
			}
			r, _ := utf8.DecodeRuneInString(text[i+2:])
			if unicode.IsUpper(r) || r == '„' || r == '"' || r == '«' {
				out = append(out, Span{start, i + 1})
				start = i + 2
			}
		}
		out = append(out, Span{start, p.End})
	}
	return out
}

func nameStrings(text string, ns []Name) []string {
	out := make([]string, 0, len(ns))
	for _, n := range ns {
		out = append(out, n.Type+":"+n.Text(text))
	}
	return out
}

func TestNamesSeedsDump(t *testing.T) {
	paths, _ := filepath.Glob("../../shared/seeds/*.txt")
	if len(paths) == 0 {
		t.Skip("no seed articles")
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		ns := Names(text, crudeSentences(text), "de")
		seen := map[string]int{}
		var order []string
		for _, s := range nameStrings(text, ns) {
			if seen[s] == 0 {
				order = append(order, s)
			}
			seen[s]++
		}
		t.Logf("%s: %s", filepath.Base(p), strings.Join(order, " | "))
	}
}
