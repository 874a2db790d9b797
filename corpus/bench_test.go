package corpus

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
		p.norm.Reset()
		Clean(text)
	}
}

func BenchmarkProcess(b *testing.B) {
	text := seedText(b)
	p := NewProcessor(Options{})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		p.Process(text, Decoding{}, "d", "d.txt")
	}
}

func BenchmarkJSONLWriter(b *testing.B) {
	text := seedText(b)
	recs := NewProcessor(Options{}).Process(text, Decoding{}, "d", "d.txt").Records(nil, false)
	var n int64
	for _, r := range recs {
		n += int64(len(r.Text))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		w := NewJSONLWriter(io.Discard)
		w.Write(recs)
		w.Close()
	}
}

// BenchmarkBuild is the whole pipeline on 200 in-memory articles:
// read, decode, clean, segment, annotate, JSONL.
func BenchmarkBuild(b *testing.B) {
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	var docs []string
	var total int64
	for i := 0; i < 100; i++ {
		for _, f := range files {
			t, _ := os.ReadFile(f)
			docs = append(docs, string(t))
			total += int64(len(t))
		}
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		var out bytes.Buffer
		w := NewJSONLWriter(&out)
		if _, err := Build(context.Background(), memSources(docs...), w, BuildOptions{}); err != nil {
			b.Fatal(err)
		}
		w.Close()
	}
}
