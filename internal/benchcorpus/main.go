// Command benchcorpus writes a directory of German news-like articles for
// benchmarking satz build: realistic sizes and mess (ads, captions with
// credits, headings, boilerplate), built from the repo's own test articles
// and, when ../shared/data is there, from the paragraphs of the UD German
// GSD dev text and the German side of the alignment dev data.
//
//	go run ./internal/benchcorpus -o /tmp/satz-bench -mb 25
//
// The output is deterministic for the same flags and sources. It is not
// committed: the dev data may not be redistributed.
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	out := flag.String("o", "", "output directory (created)")
	mb := flag.Float64("mb", 25, "total size in megabytes")
	seed := flag.Uint64("seed", 1, "random seed")
	shared := flag.String("shared", "../shared/data", "the development data, if present")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "benchcorpus: -o DIR is required")
		os.Exit(2)
	}
	paras, furniture, err := sources(*shared)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchcorpus:", err)
		os.Exit(1)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "benchcorpus:", err)
		os.Exit(1)
	}
	r := rand.New(rand.NewPCG(*seed, 0))
	total, n := 0, 0
	for float64(total) < *mb*1e6 {
		text := article(r, paras, furniture)
		name := filepath.Join(*out, fmt.Sprintf("%03d", n/1000), fmt.Sprintf("artikel-%06d.txt", n))
		os.MkdirAll(filepath.Dir(name), 0o755)
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "benchcorpus:", err)
			os.Exit(1)
		}
		total += len(text)
		n++
	}
	fmt.Printf("benchcorpus: %d articles, %.1f MB in %s (%d body paragraphs to draw from)\n", n, float64(total)/1e6, *out, len(paras))
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
func sources(shared string) (paras, furniture []string, err error) {
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
	files, _ := filepath.Glob("testdata/articles/*.txt")
	cases, _ := filepath.Glob("testdata/clean/*.txtar")
	if len(files) == 0 {
		return nil, nil, fmt.Errorf("run from the repository root (testdata/articles not found)")
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
