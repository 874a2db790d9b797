// Command benchalign writes a German–English document pair of a given
// number of sentences per side, for timing satz align on a large input:
//
//	go run ./internal/benchalign -o /tmp/satz-align-bench -n 4000
//	/usr/bin/time -v satz align --lines /tmp/satz-align-bench/de.txt /tmp/satz-align-bench/en.txt -o /tmp/bench.jsonl
//
// de.txt and en.txt hold one sentence per line (the --lines format);
// de.article.txt and en.article.txt the same sentences as running text in
// paragraphs of four lines, for timing the whole path (cleaning,
// segmentation, names and quotes, alignment, writing).
//
// The sentences are those of the long/ document of the alignment dev data
// (../shared/data/align-dev, 2011 German and 1988 English sentences, with
// merges and deletions), repeated until each side has n; without the dev
// data, numbered synthetic sentences. The output is deterministic. It is
// not committed: the dev data may not be redistributed.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	out := flag.String("o", "", "output directory (created)")
	n := flag.Int("n", 4000, "sentences per side")
	shared := flag.String("shared", "../shared/data", "the development data, if present")
	flag.Parse()
	if *out == "" || *n <= 0 {
		fmt.Fprintln(os.Stderr, "benchalign: -o DIR is required, and -n must be positive")
		os.Exit(2)
	}
	if err := run(*out, *n, *shared); err != nil {
		fmt.Fprintln(os.Stderr, "benchalign:", err)
		os.Exit(1)
	}
}

func run(out string, n int, shared string) error {
	de := lines(filepath.Join(shared, "align-dev", "long", "long.de"))
	en := lines(filepath.Join(shared, "align-dev", "long", "long.en"))
	source := "align-dev long/"
	if len(de) == 0 || len(en) == 0 {
		de, en = synthetic(2000)
		source = "synthetic sentences"
	}
	nde, nen := len(de), len(en)
	de, en = repeat(de, n), repeat(en, n)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, f := range []struct {
		name   string
		sents  []string
		period int
	}{
		{"de.txt", de, 0}, {"en.txt", en, 0},
		{"de.article.txt", de, nde}, {"en.article.txt", en, nen},
	} {
		if err := write(filepath.Join(out, f.name), f.sents, f.period); err != nil {
			return err
		}
	}
	fmt.Printf("benchalign: %d German and %d English sentences from %s in %s\n", len(de), len(en), source, out)
	return nil
}

func lines(path string) []string {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	s := strings.TrimSuffix(string(b), "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

func repeat(s []string, n int) []string {
	out := make([]string, 0, n)
	for len(out) < n {
		out = append(out, s[:min(len(s), n-len(out))]...)
	}
	return out
}

// synthetic builds parallel-looking sentences with numbers and names.
func synthetic(n int) (de, en []string) {
	for k := range n {
		de = append(de, fmt.Sprintf("Am %d. Januar traf Ministerin Müller %d Vertreter der Stadt Tokio, um über %d,5 Millionen Euro zu sprechen.", k%28+1, k%50, k))
		en = append(en, fmt.Sprintf("On January %d, minister Müller met %d representatives of the city of Tokyo to talk about %d.5 million euros.", k%28+1, k%50, k))
	}
	return de, en
}

// write writes the sentences one a line or, when period (the length of the
// repeated source) is positive, as paragraphs of four sentences separated
// by blank lines. Each repetition shifts the paragraph breaks by one
// sentence, so that no paragraph repeats an earlier one (satz drops
// repeated paragraphs as page furniture).
func write(path string, sents []string, period int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for i, s := range sents {
		w.WriteString(s)
		switch {
		case period == 0 || i == len(sents)-1:
			w.WriteByte('\n')
		case (i%period+i/period)%4 == 3:
			w.WriteString("\n\n")
		default:
			w.WriteByte(' ')
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
