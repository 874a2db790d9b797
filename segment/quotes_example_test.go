package segment_test

import (
	"fmt"
	"strings"

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

// The pipeline splits a document line by line; the splitter records the
// quotation marks of each line, at the line's offset in the document, and
// the quote pass takes them (and the paragraphs the pipeline has already)
// instead of looking for them again.
func ExampleQuotesMarked() {
	text := "Dr. Sabine Krüger leitet die Klinik.\nSie sagte: „Wir sind voll.“\n\n„Es wird eng“, warnte Krüger."
	var marks segment.QuoteMarks
	var sentences []segment.Span
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		n := len(sentences)
		sentences = marks.AppendSentences(sentences, strings.TrimSuffix(line, "\n"), start, segment.Options{Lang: "de"})
		for k := n; k < len(sentences); k++ {
			sentences[k].Start += start
			sentences[k].End += start
		}
		start += len(line)
	}
	quotes, _ := segment.QuotesMarked(text, sentences, segment.Paragraphs(text), &marks, "de")
	for _, q := range quotes {
		fmt.Printf("%s %s speaker=%q full=%q\n", q.Text(text), q.Kind, q.Speaker, q.SpeakerFull)
	}
	// Output:
	// „Wir sind voll.“ speech speaker="Sabine Krüger" full="Sabine Krüger"
	// „Es wird eng“ speech speaker="Krüger" full="Sabine Krüger"
}
