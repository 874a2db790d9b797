// Command benchcorpus writes a directory of German news-like articles for
// benchmarking satz build (see internal/benchdata for what they hold).
//
//	go run ./internal/benchcorpus -o /tmp/satz-bench -mb 25
//
// Run it from the repository root. The output is deterministic for the
// same flags and sources. It is not committed: the dev data may not be
// redistributed.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/satzwerk/satz/internal/benchdata"
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
	g, err := benchdata.New(".", *shared, *seed)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchcorpus:", err)
		os.Exit(1)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "benchcorpus:", err)
		os.Exit(1)
	}
	total, n := 0, 0
	for float64(total) < *mb*1e6 {
		text := g.Article()
		name := filepath.Join(*out, fmt.Sprintf("%03d", n/1000), fmt.Sprintf("artikel-%06d.txt", n))
		os.MkdirAll(filepath.Dir(name), 0o755)
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "benchcorpus:", err)
			os.Exit(1)
		}
		total += len(text)
		n++
	}
	fmt.Printf("benchcorpus: %d articles, %.1f MB in %s (%d body paragraphs to draw from)\n", n, float64(total)/1e6, *out, g.Paragraphs())
}
