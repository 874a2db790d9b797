package segment

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// isQuoteMark reports whether r is one of the marks Quotes pairs.
func isQuoteMark(r rune) bool {
	switch r {
	case '„', '‚', '“', '”', '‘', '’', '"', '\'', '«', '»', '‹', '›':
		return true
	}
	return false
}

// checkQuoteInvariants asserts what must hold for any input: spans on rune
// boundaries inside the text, opening and closing marks where the span says,
// spans ordered and nested without crossing, depths that match the nesting,
// speakers that point at their mention, and stray offsets at quotation marks
// that no quote uses.
func checkQuoteInvariants(t *testing.T, text string, qs []Quote, stray []int) {
	t.Helper()
	boundary := make(map[int]bool, len(text)+1)
	for i := range text {
		boundary[i] = true
	}
	boundary[len(text)] = true
	markAt := func(i int) (string, bool) {
		if i < 0 || i >= len(text) || !boundary[i] {
			return "", false
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		return text[i : i+n], r != utf8.RuneError && isQuoteMark(r)
	}
	used := make(map[int]bool)
	var stack []Quote
	for k, q := range qs {
		if q.Start < 0 || q.End > len(text) || q.Start >= q.End || !boundary[q.Start] || !boundary[q.End] {
			t.Fatalf("quote %d: bad span [%d,%d) in %d bytes", k, q.Start, q.End, len(text))
		}
		if m, ok := markAt(q.Start); !ok || m != q.Open {
			t.Fatalf("quote %d [%d,%d): Open %q, text has %q", k, q.Start, q.End, q.Open, m)
		}
		used[q.Start] = true
		if q.Balanced {
			c := q.End - len(q.Close)
			if m, ok := markAt(c); !ok || m != q.Close || c < q.Start+len(q.Open) {
				t.Fatalf("quote %d [%d,%d): Close %q, text has %q", k, q.Start, q.End, q.Close, m)
			}
			used[c] = true
		} else if q.Close != "" {
			t.Fatalf("quote %d: unbalanced with Close %q", k, q.Close)
		}
		if k > 0 && qs[k-1].Start >= q.Start {
			t.Fatalf("quote %d: not ordered by Start", k)
		}
		for len(stack) > 0 && stack[len(stack)-1].End <= q.Start {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 && q.End > stack[len(stack)-1].End {
			t.Fatalf("quote %d [%d,%d) crosses [%d,%d)", k, q.Start, q.End, stack[len(stack)-1].Start, stack[len(stack)-1].End)
		}
		if q.Depth != len(stack) {
			t.Fatalf("quote %d: depth %d, nested in %d", k, q.Depth, len(stack))
		}
		stack = append(stack, q)
		switch q.Kind {
		case "speech", "title", "scare":
		default:
			t.Fatalf("quote %d: kind %q", k, q.Kind)
		}
		if q.Speaker == "" {
			if q.SpeakerStart != -1 || q.SpeakerEnd != -1 || q.SpeakerFull != "" {
				t.Fatalf("quote %d: no speaker but mention [%d,%d) %q", k, q.SpeakerStart, q.SpeakerEnd, q.SpeakerFull)
			}
		} else if q.SpeakerStart < 0 || q.SpeakerEnd > len(text) || q.SpeakerStart > q.SpeakerEnd ||
			text[q.SpeakerStart:q.SpeakerEnd] != q.Speaker || q.SpeakerFull == "" {
			t.Fatalf("quote %d: speaker %q at [%d,%d)", k, q.Speaker, q.SpeakerStart, q.SpeakerEnd)
		}
	}
	for k, o := range stray {
		if k > 0 && stray[k-1] >= o {
			t.Fatalf("stray not increasing: %v", stray)
		}
		if _, ok := markAt(o); !ok {
			t.Fatalf("stray %d is not a quotation mark", o)
		}
		if used[o] {
			t.Fatalf("stray %d is a quote's mark", o)
		}
	}
}

func FuzzQuotes(f *testing.F) {
	for _, tc := range quoteCases {
		f.Add(tc.in, tc.lang == "en")
	}
	for _, text := range seedTexts(f) {
		f.Add(text, false)
	}
	f.Add("„\xff“ \xe2\x80 ‚\xe2\x80\x9e", false)
	f.Fuzz(func(t *testing.T, text string, en bool) {
		lang := "de"
		if en {
			lang = "en"
		}
		qs, stray := Quotes(text, lang)
		checkQuoteInvariants(t, text, qs, stray)
		// the pipeline's way: sentences computed line by line
		qs, stray = QuotesIn(text, lineSentences(text, lang), lang)
		checkQuoteInvariants(t, text, qs, stray)
		var marks []qmark
		for i := range len(text) {
			if m, w := markAt(text, i); m >= 0 && !inWordApostrophe(text, i, w, m) {
				marks = append(marks, qmark{pos: i, m: uint8(m), w: uint8(w)})
			}
		}
		if got, _ := appendQuoteMarks(nil, nil, text); !slices.Equal(got, marks) {
			t.Fatalf("appendQuoteMarks = %v, want %v", got, marks)
		}
		checkTokens(t, text)
		s := &qscan{text: text}
		words := len(strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' || r == '\r' }))
		for max := range 11 {
			if got := s.fewWords(&Quote{Span: Span{0, len(text)}}, max); got != (words <= max && len(text) <= maxFewWordsLen) {
				t.Fatalf("fewWords(%d) = %v with %d words", max, got, words)
			}
		}
		want := AppendParagraphs(nil, text)
		for _, sents := range [][]Span{Sentences(text, Options{Lang: lang}), lineSentences(text, lang)} {
			if got, ok := sentenceParagraphs(nil, text, sents); ok && !slices.Equal(got, want) {
				t.Fatalf("sentenceParagraphs(%v) = %v, AppendParagraphs = %v", sents, got, want)
			}
		}
	})
}

// TestQuotesInvariants runs the invariants over the table and some inputs
// that are hard on them.
func TestQuotesInvariants(t *testing.T) {
	inputs := []string{
		"", "„", "“", "\"", "'", "»", "„„„„", "“““”””", "„‚„‚“‘“‘", "»›«‹»›«‹",
		"„a\n\n„b\n\n„c", "„a‚b\n\n„c“", "\xe2\x80\x9e\xff\xe2\x80", "„a\xe2\x80“",
		"'a' 'b 'c' d'", "\"a\"b\"c\"", "„a“, sagte er. „b“, sagte es.",
	}
	for _, tc := range quoteCases {
		inputs = append(inputs, tc.in)
	}
	for _, in := range inputs {
		for _, lang := range []string{"de", "en"} {
			qs, stray := Quotes(in, lang)
			checkQuoteInvariants(t, in, qs, stray)
		}
	}
}

// plainTokens is what tokens does, read rune by rune: words of letters and
// digits with inner hyphens and apostrophes (and the full stop of a title
// or an initial), one token per other rune, whitespace skipped; runes cut by
// the end of the range decode as errors.
func plainTokens(text string, a, b int) []tok {
	t := text[:b]
	alnumAt := func(i int) bool {
		r, _ := utf8.DecodeRuneInString(t[i:])
		return i < len(t) && runeClass(r) == chAlnum
	}
	var out []tok
	for i := a; i < len(t); {
		r, w := utf8.DecodeRuneInString(t[i:])
		switch runeClass(r) {
		case chSpace:
			i += w
			continue
		case chPunct:
			out = append(out, tok{i, i + w, false})
			i += w
			continue
		}
		j := i + w
		for j < len(t) {
			r, w := utf8.DecodeRuneInString(t[j:])
			if runeClass(r) == chAlnum || (r == '-' || r == '\'' || r == '’') && alnumAt(j+w) {
				j += w
				continue
			}
			break
		}
		if j < len(t) && t[j] == '.' && abbrevBeforeName(t[i:j]) {
			j++
		}
		out = append(out, tok{i, j, true})
		i = j
	}
	return out
}

// checkTokens compares tokens with plainTokens on text and on a part of it.
func checkTokens(t *testing.T, text string) {
	t.Helper()
	s := &qscan{text: text}
	for _, r := range [][2]int{{0, len(text)}, {len(text) / 3, len(text) * 2 / 3}} {
		want := plainTokens(text, r[0], r[1])
		if got := s.tokens(r[0], r[1]); !slices.Equal(got, want) && len(got)+len(want) > 0 {
			t.Fatalf("tokens(%d, %d) of %q:\n got %v\nwant %v", r[0], r[1], text, got, want)
		}
	}
}
