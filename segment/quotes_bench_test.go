package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedDocs returns the seed articles repeated until they hold at least size
// bytes.
func seedDocs(b *testing.B, size int) (docs []string, total int) {
	b.Helper()
	var seeds []string
	for _, name := range []string{"000_6d3a47c650f2fa95.txt", "001_05c1183762590607.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "articles", name))
		if err != nil {
			b.Fatal(err)
		}
		seeds = append(seeds, string(data))
	}
	for total < size {
		for _, s := range seeds {
			docs = append(docs, s)
			total += len(s)
		}
	}
	return docs, total
}

// BenchmarkQuotes marks the quotes of the seed articles repeated to about
// 1 MB, as one document.
func BenchmarkQuotes(b *testing.B) {
	docs, _ := seedDocs(b, 1<<20)
	text := strings.Join(docs, "\n\n")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Quotes(text, "de")
	}
}

// BenchmarkQuotesArticles marks the same articles one at a time, the way the
// pipeline calls Quotes.
func BenchmarkQuotesArticles(b *testing.B) {
	docs, total := seedDocs(b, 1<<20)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Quotes(d, "de")
		}
	}
}
