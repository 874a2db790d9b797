package corpus

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/satzwerk/satz/segment"
)

// checkProcessQuotes processes text and checks that the quotes, which the
// pipeline marks from the quotation marks its splitter records line by
// line, are those segment.QuotesIn finds in the cleaned text given the
// segments, and so are the stray marks the segments hold.
func checkProcessQuotes(t *testing.T, p *Processor, text string) {
	t.Helper()
	d := p.Process(text, Decoding{}, "d", "d.txt")
	spans := make([]segment.Span, len(d.Segments))
	var stray []int
	for i, s := range d.Segments {
		spans[i] = s.Span
		stray = append(stray, s.Stray...)
	}
	want, wantStray := segment.QuotesIn(d.Text, spans, d.Lang)
	if !reflect.DeepEqual(d.Quotes, want) || !slices.Equal(stray, wantStray) {
		t.Fatalf("%q: the pipeline marks\n%+v stray %v\nQuotesIn finds\n%+v stray %v", d.Text, d.Quotes, stray, want, wantStray)
	}
}

// TestProcessQuotes runs checkProcessQuotes over the seed articles and
// documents whose marks stand where the pipeline splits lines: at the
// start and end of lines, around a credit split off a caption, across
// paragraphs.
func TestProcessQuotes(t *testing.T) {
	inputs := []string{
		"„Wir kommen“, sagte Kishida.\n'Ja', sagte sie.\nRock 'n' Roll war's'\n\n„Erstens.\n\n„Zweitens“, sagte er.",
		"Der Minister beim Besuch in Tokio. Foto: dpa\n„Das ist ein Anfang“, sagte Wakamiya.",
		"Er sagte: »Wir bleiben.«\n\n›Nein‹ – «oui» ‹non›\n\"Yes,\" he said. 'No.'",
	}
	seeds, _ := filepath.Glob("../testdata/articles/*.txt")
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, string(b))
	}
	for _, lang := range []string{"de", "en"} {
		p := NewProcessor(Options{Lang: lang})
		for _, in := range inputs {
			checkProcessQuotes(t, p, in)
		}
	}
}

func FuzzProcessQuotes(f *testing.F) {
	seeds, _ := filepath.Glob("../testdata/articles/*.txt")
	for _, s := range seeds {
		b, _ := os.ReadFile(s)
		f.Add(string(b))
	}
	f.Add("„a\n'b' c'\nd' „e“\n\n»f« Foto: dpa")
	p := NewProcessor(Options{})
	f.Fuzz(func(t *testing.T, text string) {
		checkProcessQuotes(t, p, text)
	})
}
