// Package benchdata generates German news-like articles for benchmarking
// satz: realistic sizes and mess (ads, captions with credits, headings,
// boilerplate), built from the repo's own test articles and, when the
// development data is there, from the paragraphs of the UD German GSD dev
// text and the German side of the alignment dev data. The output is
// deterministic for the same arguments and sources; it is not committed,
// as the dev data may not be redistributed.
package benchdata

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// Generator draws articles from the paragraphs it has collected.
type Generator struct {
	r                *rand.Rand
	paras, furniture []string
}

// New collects paragraphs from the repository at root and from the
// development data in shared (skipped when absent), with a random seed.
func New(root, shared string, seed uint64) (*Generator, error) {
	paras, furniture, err := sources(root, shared)
	if err != nil {
		return nil, err
	}
	return &Generator{r: rand.New(rand.NewPCG(seed, 0)), paras: paras, furniture: furniture}, nil
}

// Paragraphs is the number of body paragraphs articles are drawn from.
func (g *Generator) Paragraphs() int { return len(g.paras) }

// Article returns the next article.
func (g *Generator) Article() string { return article(g.r, g.paras, g.furniture) }

// Articles returns articles until they hold at least bytes bytes.
func (g *Generator) Articles(bytes int) []string {
	var docs []string
	for total := 0; total < bytes; {
		a := g.Article()
		docs = append(docs, a)
		total += len(a)
	}
	return docs
}

// Repeat returns texts, repeated in order until they hold at least bytes
// bytes (none when texts is empty).
func Repeat(texts []string, bytes int) []string {
	var docs []string
	for total := 0; len(texts) > 0 && total < bytes; {
		for _, t := range texts {
			docs = append(docs, t)
			total += len(t)
		}
	}
	return docs
}

// WMTNews returns the German WMT news documents of the development data in
// shared (align-dev/parallel/*.de: real news, a quote in about 690 bytes, a
// line per sentence and no blank lines), repeated until they hold at least
// bytes bytes, or nil when they are not there.
func WMTNews(shared string, bytes int) []string {
	files, _ := filepath.Glob(filepath.Join(shared, "align-dev", "parallel", "*.de"))
	texts := make([]string, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil
		}
		texts = append(texts, string(b))
	}
	return Repeat(texts, bytes)
}

// article puts together one article: furniture, a title, 6–30 body
// paragraphs, now and then a caption with a credit, an ad or a link.
func article(r *rand.Rand, paras, furniture []string) string {
	var b strings.Builder
	for range r.IntN(4) {
		b.WriteString(furniture[r.IntN(len(furniture))] + "\n\n")
	}
	b.WriteString(title(paras[r.IntN(len(paras))]) + "\n\n")
	for range 6 + r.IntN(25) {
		switch k := r.IntN(20); {
		case k == 0:
			b.WriteString(title(paras[r.IntN(len(paras))]) + "\n")
			b.WriteString(firstSentence(paras[r.IntN(len(paras))]) + " (Foto: dpa)\n\n")
		case k == 1:
			b.WriteString("Anzeige\n\n")
		case k == 2:
			b.WriteString("LESEN SIE AUCH: " + title(paras[r.IntN(len(paras))]) + "\n\n")
		case k == 3:
			b.WriteString(title(paras[r.IntN(len(paras))]) + "\n\n")
		default:
			b.WriteString(paras[r.IntN(len(paras))] + "\n\n")
		}
	}
	b.WriteString(furniture[r.IntN(len(furniture))] + "\n")
	return b.String()
}

// title makes a headline of a paragraph's first words.
func title(p string) string {
	words := strings.Fields(p)
	words = words[:min(len(words), 4+len(p)%6)]
	return strings.TrimRight(strings.Join(words, " "), ".,:;!?")
}

func firstSentence(p string) string {
	if i := strings.Index(p, ". "); i > 0 {
		return p[:i+1]
	}
	return p
}

// sources collects body paragraphs and furniture lines.
func sources(root, shared string) (paras, furniture []string, err error) {
	add := func(text string) {
		for p := range strings.SplitSeq(text, "\n\n") {
			p = strings.TrimSpace(p)
			if len(p) > 80 && strings.HasSuffix(p, ".") || strings.HasSuffix(p, "“") {
				paras = append(paras, p)
			} else if p != "" && len(p) < 80 {
				furniture = append(furniture, p)
			}
		}
	}
	files, _ := filepath.Glob(filepath.Join(root, "testdata/articles/*.txt"))
	cases, _ := filepath.Glob(filepath.Join(root, "testdata/clean/*.txtar"))
	if len(files) == 0 {
		return nil, nil, fmt.Errorf("%s: not the repository root (testdata/articles not found)", root)
	}
	for _, f := range append(files, cases...) {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, err
		}
		text := string(b)
		if strings.HasSuffix(f, ".txtar") {
			text, _, _ = strings.Cut(strings.TrimPrefix(text, "-- input --\n"), "\n-- roles --")
		}
		add(text)
	}
	if b, err := os.ReadFile(filepath.Join(shared, "ud-gsd-dev/raw.txt")); err == nil {
		add(string(b))
	}
	de, _ := filepath.Glob(filepath.Join(shared, "align-dev/*/*.de"))
	for _, f := range de {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		// One sentence per line: make paragraphs of three sentences.
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		for i := 0; i < len(lines); i += 3 {
			paras = append(paras, strings.Join(lines[i:min(i+3, len(lines))], " "))
		}
	}
	return paras, furniture, nil
}
