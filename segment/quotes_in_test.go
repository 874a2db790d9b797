package segment

import (
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
)

// Tests of QuotesIn (the sentences given) and of calls that must not see
// each other.

// TestQuotesCallsIndependent checks that an answer does not depend on the
// calls made before: Quotes keeps its scratch in a pool between calls, and
// the first document here leaves names behind (Kenji Wakamiya, the person
// Vogel) that must not resolve the bare surnames of the second.
func TestQuotesCallsIndependent(t *testing.T) {
	first := "Kenji Wakamiya sagte am Montag etwas.\n\n„Wir kommen“, sagte Wakamiya.\n\n" +
		"Dr. Frank Vogel kam. „Wir kommen“, sagte er."
	second := quoteCase{
		in: "„Wir gehen“, sagte Wakamiya.\n\nVogel kam. „Wir bleiben“, sagte er.",
		want: []wantQuote{
			q("„Wir gehen“", 0, "speech", "Wakamiya"),
			q("„Wir bleiben“", 0, "speech", ""),
		},
	}
	got, _ := Quotes(first, "de")
	if len(got) != 2 || got[0].SpeakerFull != "Kenji Wakamiya" || got[1].Speaker != "Frank Vogel" {
		t.Fatalf("bad test: the first document should name Kenji Wakamiya and Frank Vogel:\n%s", dumpQuotes(first, got))
	}
	for range 3 {
		Quotes(first, "de")
		got, stray := Quotes(second.in, "de")
		checkQuotes(t, second, got, stray)
	}
}

// TestQuotesConcurrent marks the table's inputs on several goroutines at
// once, as the pipeline does with documents, and expects the answers of a
// sequential run (run with -race).
func TestQuotesConcurrent(t *testing.T) {
	want := make([][]Quote, len(quoteCases))
	for i, tc := range quoteCases {
		want[i], _ = Quotes(tc.in, tc.lang)
	}
	var wg sync.WaitGroup
	bad := make(chan string, 4*len(quoteCases))
	for range 4 {
		wg.Go(func() {
			for i, tc := range quoteCases {
				if got, _ := Quotes(tc.in, tc.lang); !reflect.DeepEqual(got, want[i]) {
					bad <- tc.name
				}
			}
		})
	}
	wg.Wait()
	close(bad)
	for name := range bad {
		t.Errorf("%s: another answer when run concurrently", name)
	}
}

// TestQuotesIn checks that QuotesIn, given the sentences the pipeline
// computes (line by line), answers as Quotes does on every table case and
// seed article, and that spans it cannot use (crossing, out of range) are
// replaced by sentences of its own rather than trusted.
func TestQuotesIn(t *testing.T) {
	cases := slices.Clone(quoteCases)
	for i, text := range seedTexts(t) {
		cases = append(cases, quoteCase{name: seedArticles[i], in: text})
	}
	for _, tc := range cases {
		want, wantStray := Quotes(tc.in, tc.lang)
		bad := []Span{{0, len(tc.in) + 1}}
		if len(tc.in) > 2 {
			bad = []Span{{1, 2}, {0, 1}}
		}
		for _, sents := range [][]Span{lineSentences(tc.in, tc.lang), bad, nil} {
			got, stray := QuotesIn(tc.in, sents, tc.lang)
			if !reflect.DeepEqual(got, want) || !slices.Equal(stray, wantStray) {
				t.Errorf("%s: QuotesIn with sentences %v:\n%s\nQuotes:\n%s", tc.name, sents,
					dumpQuotes(tc.in, got), dumpQuotes(tc.in, want))
			}
		}
	}
}

// lineSentencesMarked is lineSentences with the quotation marks recorded
// in m (reset first), as the pipeline splits and records.
func lineSentencesMarked(m *QuoteMarks, text, lang string) []Span {
	m.Reset()
	var sents []Span
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		n := len(sents)
		sents = m.AppendSentences(sents, text[start:end], start, Options{Lang: lang})
		for k := n; k < len(sents); k++ {
			sents[k].Start += start
			sents[k].End += start
		}
		start = end + 1
	}
	return sents
}

// lineSentences splits text into sentences line by line, as the pipeline
// does.
func lineSentences(text, lang string) []Span {
	var m QuoteMarks
	return lineSentencesMarked(&m, text, lang)
}

// TestQuotesFullNameFar checks that a surname resolves to a full name given
// far from the quote in a long report: 20 KB before it, or 6 KB after it.
func TestQuotesFullNameFar(t *testing.T) {
	const sentence = "Der Ausschuss tagte bis in den Abend und vertagte sich dann. "
	filler := func(n int) string { return strings.Repeat(sentence, n/len(sentence)) }
	for _, tc := range []struct{ name, in string }{
		{"before", "Olaf Scholz reiste nach Brüssel. " + filler(20<<10) + "\n\n„Wir bleiben standhaft“, sagte Scholz."},
		{"after", "„Wir bleiben standhaft“, sagte Scholz.\n\n" + filler(6<<10) + "Olaf Scholz reiste nach Brüssel."},
	} {
		got, _ := Quotes(tc.in, "de")
		if len(got) != 1 || got[0].Speaker != "Scholz" || got[0].SpeakerFull != "Olaf Scholz" {
			t.Errorf("%s: got\n%s", tc.name, dumpQuotes(tc.in, got))
		}
	}
}
