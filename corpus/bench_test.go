package corpus

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/satzwerk/satz/internal/benchdata"
	"github.com/satzwerk/satz/internal/cputime"
)

// seedText is the seed articles, repeated to about 1 MB.
func seedText(b *testing.B) string {
	b.Helper()
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, f := range files {
			t, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(t)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

func BenchmarkClean(b *testing.B) {
	text := seedText(b)
	p := NewProcessor(Options{})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		p.norm.String(text)
	}
}

// seedArticles returns the seed articles repeated to about 1 MB, one
// string per article, the way the pipeline processes them.
func seedArticles(b *testing.B) (docs []string, total int64) {
	b.Helper()
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	for total < 1<<20 {
		for _, f := range files {
			t, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, string(t))
			total += int64(len(t))
		}
	}
	return docs, total
}

// BenchmarkProcess cleans, segments and annotates the seed articles one
// at a time; the sub-benchmarks leave out names, quotes or both, so that
// one run shows what each annotation costs.
func BenchmarkProcess(b *testing.B) {
	docs, total := seedArticles(b)
	for _, bc := range []struct {
		name                  string
		skipNames, skipQuotes bool
	}{
		{"all", false, false},
		{"no-names", true, false},
		{"no-quotes", false, true},
		{"no-annotation", true, true},
	} {
		b.Run(bc.name, func(b *testing.B) {
			p := NewProcessor(Options{SkipNames: bc.skipNames, SkipQuotes: bc.skipQuotes})
			b.SetBytes(total)
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					p.Process(d, Decoding{}, "d", "d.txt")
				}
			}
		})
	}
}

// BenchmarkJSONLWriter and BenchmarkTMXWriter write the records of the
// seed articles with a new writer per op (MB/s of segment text).
func BenchmarkJSONLWriter(b *testing.B) {
	benchWriter(b, func() Writer { return NewJSONLWriter(io.Discard) })
}

func BenchmarkTMXWriter(b *testing.B) {
	benchWriter(b, func() Writer { return NewTMXWriter(io.Discard, WriterOptions{Date: time.Unix(0, 0)}) })
}

func benchWriter(b *testing.B, newWriter func() Writer) {
	text := seedText(b)
	recs := NewProcessor(Options{}).Process(text, Decoding{}, "d", "d.txt").Records(nil, false)
	var n int64
	for _, r := range recs {
		n += int64(len(r.Text))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		w := newWriter()
		w.Write(recs)
		w.Close()
	}
}

// buildCorpus is a corpus of BenchmarkBuild and BenchmarkBuildCost.
type buildCorpus struct {
	name string
	docs []string
}

// buildCorpora returns the corpora of BenchmarkBuild (see there).
func buildCorpora(b *testing.B) []buildCorpus {
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	var seeds []string
	for i := 0; i < 100; i++ {
		for _, f := range files {
			t, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			seeds = append(seeds, string(t))
		}
	}
	g, err := benchdata.New("..", "../../shared/data", 1)
	if err != nil {
		b.Fatal(err)
	}
	news := g.Articles(8 << 20)
	corpora := []buildCorpus{{"seeds", seeds}, {"news", news}}
	if wmt := benchdata.WMTNews("../../shared/data", 8<<20); wmt != nil {
		corpora = append(corpora, buildCorpus{"wmt", wmt})
	}
	return corpora
}

// BenchmarkBuildCost measures in CPU time what names and quotes add to the
// whole pipeline, as BenchmarkBuild's variants do, but with the variants
// taking turns on every 256 KB of documents (each going first in turn), so
// that the ratios hold on a busy machine where MB/s figures from separate
// runs do not (BenchmarkSegmentQuotes does the same for the quote pass
// alone). It reports quotes-% (no-names against no-annotation: the budget
// of issue 6 is 10) and names-% (all against no-names: the budget of
// issue 5 is 50). The per-op time is that of the three variants together.
func BenchmarkBuildCost(b *testing.B) {
	variants := []Options{
		{},                                  // all
		{SkipNames: true},                   // no-names
		{SkipNames: true, SkipQuotes: true}, // no-annotation
	}
	for _, c := range buildCorpora(b) {
		var chunks [][]string
		for i, n := 0, 0; i < len(c.docs); i++ {
			if n == 0 {
				chunks = append(chunks, nil)
			}
			chunks[len(chunks)-1] = append(chunks[len(chunks)-1], c.docs[i])
			if n += len(c.docs[i]); n >= 256<<10 {
				n = 0
			}
		}
		b.Run(c.name, func(b *testing.B) {
			if cputime.Process() == 0 {
				b.Skip("no process CPU time here")
			}
			var t [3]time.Duration
			turn := 0
			for b.Loop() {
				for _, ch := range chunks {
					for k := range variants {
						v := (k + turn) % len(variants)
						t0 := cputime.Process()
						w := NewJSONLWriter(io.Discard)
						if _, err := Build(context.Background(), memSources(ch...), w, BuildOptions{Options: variants[v]}); err != nil {
							b.Fatal(err)
						}
						w.Close()
						t[v] += cputime.Process() - t0
					}
					turn++
				}
			}
			b.ReportMetric(100*(t[1]-t[2]).Seconds()/t[2].Seconds(), "quotes-%")
			b.ReportMetric(100*(t[0]-t[1]).Seconds()/t[1].Seconds(), "names-%")
		})
	}
}

// BenchmarkBuild is the whole pipeline, as satz build runs it on files
// already read: decode, clean, segment, annotate, JSONL, with one worker
// per CPU. "seeds" is the seed articles repeated 100 times (9.5 KB each,
// dense with quotes); "news" is 8 MB of generated articles of realistic size
// and mess (internal/benchdata, the generator of scripts/bench-build.sh;
// with the dev data only when ../shared is there); "wmt" is the German WMT
// news documents of the dev data (align-dev/parallel, a quote in about 690
// bytes, a line per sentence and so one paragraph per document) repeated
// to 8 MB, only when ../shared is there. The sub-benchmarks leave out
// names, quotes or both, so that one run shows what each adds to the whole
// pipeline: names are all against no-names, quotes no-names against
// no-annotation.
func BenchmarkBuild(b *testing.B) {
	for _, c := range buildCorpora(b) {
		var total int64
		for _, d := range c.docs {
			total += int64(len(d))
		}
		for _, v := range []struct {
			name                  string
			skipNames, skipQuotes bool
		}{
			{"all", false, false},
			{"no-names", true, false},
			{"no-quotes", false, true},
			{"no-annotation", true, true},
		} {
			b.Run(c.name+"/"+v.name, func(b *testing.B) {
				b.SetBytes(total)
				b.ReportAllocs()
				cpu0 := cputime.Process()
				for b.Loop() {
					w := NewJSONLWriter(io.Discard)
					opt := BuildOptions{Options: Options{SkipNames: v.skipNames, SkipQuotes: v.skipQuotes}}
					if _, err := Build(context.Background(), memSources(c.docs...), w, opt); err != nil {
						b.Fatal(err)
					}
					w.Close()
				}
				// CPU time, which holds on a busy machine where wall
				// time does not.
				if cpu := cputime.Process() - cpu0; cpu > 0 {
					b.ReportMetric(float64(total)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
				}
			})
		}
	}
}
