package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/satzwerk/satz/internal/benchdata"
	"github.com/satzwerk/satz/internal/cputime"
)

// BenchmarkCLIBuild runs satz build as a user does, files to a file: 8 MB
// of generated articles (internal/benchdata, the generator of
// scripts/bench-build.sh) in article files on disk, written as JSONL (all,
// no-names, no-quotes, no-annotation) and as TMX. Unlike corpus's
// BenchmarkBuild it counts reading the files and writing the output, so
// that what a pass adds is measured against the whole run.
func BenchmarkCLIBuild(b *testing.B) {
	g, err := benchdata.New("../..", "../../../shared/data", 1)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	total := 0
	for i, text := range g.Articles(8 << 20) {
		name := filepath.Join(dir, fmt.Sprintf("%03d", i/1000), fmt.Sprintf("artikel-%06d.txt", i))
		os.MkdirAll(filepath.Dir(name), 0o755)
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
		total += len(text)
	}
	out := filepath.Join(b.TempDir(), "out")
	for _, c := range []struct{ name, flags string }{
		{"jsonl/all", ""},
		{"jsonl/no-names", "--no-names"},
		{"jsonl/no-quotes", "--no-quotes"},
		{"jsonl/no-annotation", "--no-names --no-quotes"},
		{"tmx", "--format tmx --date 2026-01-01"},
	} {
		b.Run(c.name, func(b *testing.B) {
			args := append([]string{"build", dir, "-q", "-o", out}, strings.Fields(c.flags)...)
			b.SetBytes(int64(total))
			cpu0 := cputime.Process()
			for b.Loop() {
				if code := run(context.Background(), args, strings.NewReader(""), io.Discard, io.Discard); code != exitOK {
					b.Fatalf("exit %d", code)
				}
			}
			if cpu := cputime.Process() - cpu0; cpu > 0 {
				b.ReportMetric(float64(total)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
			}
		})
	}
}
