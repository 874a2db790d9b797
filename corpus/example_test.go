package corpus_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/satzwerk/satz/corpus"
)

// Build reads documents, cleans and segments them, and writes records.
func ExampleBuild() {
	text := "Anzeige\n\nTokio plant ein Büro\n\nDer Botschafter sprach in Washington. Er blieb kurz.\n"
	sources := corpus.Sources([]string{"-"}, corpus.SourceOptions{Stdin: strings.NewReader(text)})
	w := corpus.NewTextWriter(os.Stdout)
	st, err := corpus.Build(context.Background(), sources, w, corpus.BuildOptions{})
	if err != nil {
		panic(err)
	}
	w.Close()
	fmt.Printf("%d segments, %d boilerplate block dropped\n", st.Segments, st.Dropped)
	// Output:
	// Tokio plant ein Büro
	// Der Botschafter sprach in Washington.
	// Er blieb kurz.
	// 3 segments, 1 boilerplate block dropped
}
