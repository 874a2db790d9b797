package segment_test

import (
	"fmt"

	"github.com/satzwerk/satz/segment"
)

func ExampleQuotes() {
	text := "Premierminister Fumio Kishida reiste nach Brüssel.\n\n" +
		"„Wir werden“, sagte Kishida, „nicht nachgeben.“ Die „Zeitenwende“ ist vorbei.“"
	quotes, stray := segment.Quotes(text, "de")
	for _, q := range quotes {
		fmt.Printf("%s %s speaker=%q full=%q\n", q.Text(text), q.Kind, q.Speaker, q.SpeakerFull)
	}
	for _, i := range stray {
		fmt.Printf("stray %q at %d\n", text[i:], i)
	}
	// Output:
	// „Wir werden“ speech speaker="Kishida" full="Fumio Kishida"
	// „nicht nachgeben.“ speech speaker="Kishida" full="Fumio Kishida"
	// „Zeitenwende“ scare speaker="" full=""
	// stray "“" at 142
}

// A caller that splits the text into sentences anyway, as the pipeline
// does, passes them on, and the quote pass does not split it again.
func ExampleQuotesIn() {
	text := "Dr. Sabine Krüger leitet die Klinik. Sie sagte: „Wir sind voll.“"
	sentences := segment.Sentences(text, segment.Options{Lang: "de"})
	quotes, _ := segment.QuotesIn(text, sentences, "de")
	for _, q := range quotes {
		fmt.Printf("%s %s speaker=%q\n", q.Text(text), q.Kind, q.Speaker)
	}
	// Output:
	// „Wir sind voll.“ speech speaker="Sabine Krüger"
}
