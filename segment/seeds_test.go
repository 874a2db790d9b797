package segment

import (
	"os"
	"path/filepath"
	"testing"
)

// seedArticles are the file names of the seed articles in ../testdata/articles.
var seedArticles = []string{"000_6d3a47c650f2fa95.txt", "001_05c1183762590607.txt"}

// seedTexts returns the texts of the seed articles, in the order of
// seedArticles.
func seedTexts(tb testing.TB) []string {
	tb.Helper()
	out := make([]string, 0, len(seedArticles))
	for _, name := range seedArticles {
		b, err := os.ReadFile(filepath.Join("..", "testdata", "articles", name))
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}
