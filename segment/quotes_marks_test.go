package segment

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// checkQuotesMarked splits text while recording its quotation marks, as a
// whole and line by line with offsets (the pipeline's way), and asserts that
// the sentences are those of AppendSentences, that the marks are those
// appendQuoteMarks finds, and that QuotesMarked gives what QuotesIn gives.
func checkQuotesMarked(t *testing.T, text, lang string) {
	t.Helper()
	want, _ := appendQuoteMarks(nil, nil, text)
	for _, join := range []bool{false, true} {
		opt := Options{Lang: lang, JoinLines: join}
		var m QuoteMarks
		sents := m.AppendSentences(nil, text, 0, opt)
		if w := AppendSentences(nil, text, opt); !slices.Equal(sents, w) {
			t.Fatalf("%q (join %v): sentences %v, AppendSentences gives %v", text, join, sents, w)
		}
		if !slices.Equal(m.marks, want) {
			t.Fatalf("%q (join %v): marks %v, appendQuoteMarks finds %v", text, join, m.marks, want)
		}
		compareQuotesMarked(t, text, sents, &m, lang)
	}

	var m QuoteMarks
	sents := lineSentencesMarked(&m, text, lang)
	// Split line by line, an apostrophe that opens or ends a line is
	// recorded: the splitter does not see the neighbour that makes it one.
	got := m.marks
	for len(got) > 0 || len(want) > 0 {
		switch {
		case len(got) > 0 && len(want) > 0 && got[0] == want[0]:
			want = want[1:]
		case len(got) > 0 && (got[0].m == mStrSgl || got[0].m == mSglClose) &&
			(got[0].pos == 0 || text[got[0].pos-1] == '\n' || got[0].pos+int(got[0].w) == len(text) || text[got[0].pos+int(got[0].w)] == '\n'):
		default:
			t.Fatalf("%q line by line: marks %v, appendQuoteMarks finds %v", text, m.marks, want)
		}
		got = got[1:]
	}
	compareQuotesMarked(t, text, sents, &m, lang)
}

// compareQuotesMarked compares QuotesMarked, without paragraphs and with
// those of Paragraphs, with QuotesIn. sents must hold no blank line.
func compareQuotesMarked(t *testing.T, text string, sents []Span, m *QuoteMarks, lang string) {
	t.Helper()
	q2, s2 := QuotesIn(text, sents, lang)
	for _, paras := range [][]Span{nil, Paragraphs(text)} {
		q1, s1 := QuotesMarked(text, sents, paras, m, lang)
		if !reflect.DeepEqual(q1, q2) || !slices.Equal(s1, s2) {
			t.Fatalf("%q (paragraphs %v): QuotesMarked gives\n%+v stray %v\nQuotesIn gives\n%+v stray %v", text, paras, q1, s1, q2, s2)
		}
	}
}

func FuzzQuotesMarked(f *testing.F) {
	for _, tc := range quoteCases {
		f.Add(tc.in, tc.lang == "en")
	}
	for _, in := range seedTexts(f) {
		f.Add(in, false)
	}
	f.Add("'a\n'b' c'\nd' 'e'\n„\xff“ \xe2\x80 ‚\xe2\x80\x9e", false)
	f.Fuzz(func(t *testing.T, text string, en bool) {
		lang := "de"
		if en {
			lang = "en"
		}
		checkQuotesMarked(t, text, lang)
	})
}

// TestQuotesMarked runs checkQuotesMarked over the table, the seed articles
// and inputs with marks at the edges of lines and sentences.
func TestQuotesMarked(t *testing.T) {
	inputs := []string{
		"", "„", "'", "„Ja.“ Er ging.", "Er rief: „Nein!“\n'Doch', sagte sie.",
		"„Wir kommen. . . .“ Er ging.", "„Das war's.“\n\nEr sagte: „Gut“.",
		"Rock 'n' Roll\n'90er\nHans'\n»Buch«\n›a‹ «b» ‹c›",
		"„Erstens.\n\n„Zweitens.“\n\n„Drittens“, sagte Kishida.",
		"He said: \"Go.\" 'Yes.' “Fine,” she said. ‘No’",
	}
	for _, tc := range quoteCases {
		inputs = append(inputs, tc.in)
	}
	inputs = append(inputs, seedTexts(t)...)
	for _, in := range inputs {
		for _, lang := range []string{"de", "en"} {
			checkQuotesMarked(t, in, lang)
		}
	}
}

// TestQuotesMarkedOtherText checks that marks recorded for another text are
// not used: a mark changed into another of the same width (” for “) makes
// QuotesMarked find the marks itself, and give what QuotesIn gives.
func TestQuotesMarkedOtherText(t *testing.T) {
	a := "„Wir kommen“, sagte Kishida. „Morgen“, sagte er."
	b := strings.Replace(a, "“", "”", 1)
	var m QuoteMarks
	m.AppendSentences(nil, a, 0, Options{})
	sents := Sentences(b, Options{})
	compareQuotesMarked(t, b, sents, &m, "de")
	if q, _ := QuotesMarked(b, sents, nil, &m, "de"); len(q) != 2 || q[0].Close != "”" {
		t.Fatalf("QuotesMarked with the marks of another text: %+v", q)
	}
	// Nor are marks where the text has other characters of the same
	// bytes but the middle one: ⁞ and ⁜ for „ and “.
	c := strings.NewReplacer("„", "⁞", "“", "⁜").Replace(a)
	compareQuotesMarked(t, c, Sentences(c, Options{}), &m, "de")
	// Marks of a longer text, or out of order, are not used either.
	m.Reset()
	m.AppendSentences(nil, a+" „Ja“", 0, Options{})
	compareQuotesMarked(t, a, Sentences(a, Options{}), &m, "de")
	m.Reset()
	m.AppendSentences(nil, a, 10, Options{})
	m.AppendSentences(nil, a, 0, Options{})
	compareQuotesMarked(t, a, Sentences(a, Options{}), &m, "de")
}

// TestQuotesMarkedAllocs checks that recording the marks allocates nothing
// once m has room for them, and that QuotesMarked allocates no more than
// QuotesIn: only the slices it returns (its scratch stays in the pool, even
// when it had to grow). The text has more paragraphs than any other test
// gives the pooled scratch room for, and QuotesMarked runs on it first.
func TestQuotesMarkedAllocs(t *testing.T) {
	text := strings.Repeat(seedTexts(t)[0]+"\n\n", 100)
	var m QuoteMarks
	sents := m.AppendSentences(nil, text, 0, Options{})
	if allocs := testing.AllocsPerRun(20, func() {
		m.Reset()
		sents = m.AppendSentences(sents[:0], text, 0, Options{})
	}); allocs != 0 {
		t.Errorf("QuoteMarks.AppendSentences allocated %v times per call, want 0", allocs)
	}
	paras := Paragraphs(text)
	var got [2]float64
	for i, p := range [][]Span{nil, paras} {
		got[i] = testing.AllocsPerRun(20, func() { QuotesMarked(text, sents, p, &m, "de") })
	}
	want := testing.AllocsPerRun(20, func() { QuotesIn(text, sents, "de") })
	if got[0] > want || got[1] > want {
		t.Errorf("QuotesMarked allocated %v times per call (%v with paragraphs), QuotesIn %v", got[0], got[1], want)
	}
}
