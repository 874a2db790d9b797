package segment

import (
	"os"
	"strings"
	"testing"
)

// TestSeedArticles checks the two seed articles against sentence lists
// written by hand (testdata/sentences/seed_*.golden: one sentence per line,
// inner whitespace collapsed, a blank line between paragraphs). The breaks
// were placed by reading the articles, not by running the segmenter.
func TestSeedArticles(t *testing.T) {
	cases := []struct{ article, golden string }{
		{"../testdata/articles/000_6d3a47c650f2fa95.txt", "testdata/sentences/seed_000.golden"},
		{"../testdata/articles/001_05c1183762590607.txt", "testdata/sentences/seed_001.golden"},
	}
	for _, c := range cases {
		t.Run(c.golden, func(t *testing.T) {
			in, err := os.ReadFile(c.article)
			if os.IsNotExist(err) {
				t.Skip("seed article not present: ", err)
			}
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(c.golden)
			if err != nil {
				t.Fatal(err)
			}
			text := string(in)
			got := renderByParagraph(text, Sentences(text, Options{Lang: "de"}))
			wantLines := strings.Split(strings.TrimRight(string(want), "\n"), "\n")
			gotLines := strings.Split(got, "\n")
			for i := 0; i < max(len(wantLines), len(gotLines)); i++ {
				var w, g string
				if i < len(wantLines) {
					w = wantLines[i]
				}
				if i < len(gotLines) {
					g = gotLines[i]
				}
				if w != g {
					t.Fatalf("line %d:\n got: %q\nwant: %q", i+1, g, w)
				}
			}
		})
	}
}

// renderByParagraph writes one sentence per line, inner whitespace
// collapsed, with a blank line between paragraphs; it fails loudly (a
// "‖" mark) if a sentence crosses a paragraph boundary.
func renderByParagraph(text string, spans []Span) string {
	var b strings.Builder
	paras := Paragraphs(text)
	p := 0
	for i, sp := range spans {
		for p < len(paras) && paras[p].End < sp.End {
			p++
		}
		if i > 0 {
			prev := spans[i-1]
			if p < len(paras) && prev.End <= paras[p].Start {
				b.WriteString("\n\n")
			} else {
				b.WriteString("\n")
			}
		}
		if p < len(paras) && sp.Start < paras[p].Start {
			b.WriteString("‖")
		}
		b.WriteString(collapse(sp.Text(text)))
	}
	return b.String()
}
