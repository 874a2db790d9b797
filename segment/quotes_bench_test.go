package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedCorpus returns the seed articles repeated, separated by blank lines,
// until the text is at least size bytes.
func seedCorpus(b *testing.B, size int) string {
	b.Helper()
	var parts []string
	for _, name := range []string{"000_6d3a47c650f2fa95.txt", "001_05c1183762590607.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "articles", name))
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(data))
	}
	var sb strings.Builder
	for sb.Len() < size {
		for _, p := range parts {
			sb.WriteString(p)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

// BenchmarkQuotes marks the quotes of the seed articles repeated to about
// 1 MB, as one document.
func BenchmarkQuotes(b *testing.B) {
	text := seedCorpus(b, 1<<20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Quotes(text, "de")
	}
}

// BenchmarkQuotesArticles marks the same text one article at a time, the way
// the pipeline calls Quotes.
func BenchmarkQuotesArticles(b *testing.B) {
	text := seedCorpus(b, 1<<20)
	docs := strings.Split(text, "\n\n\n")
	docs = docs[:0]
	for _, d := range strings.SplitAfter(text, "By c2q3c") {
		if d != "" {
			docs = append(docs, d)
		}
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Quotes(d, "de")
		}
	}
}
