package segment

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// Tests of the parts of the quote pass: paragraphs from the gaps between
// sentences, character classes, the speaker pass's tokenizer.

// TestSentenceParagraphs checks that the paragraphs QuotesIn reads from the
// gaps between sentences are those of AppendParagraphs, on every table case
// and seed article, and that it gives up on text it cannot read that way.
func TestSentenceParagraphs(t *testing.T) {
	inputs := []string{"a\n \nb", " a \r\n\r\n\tb.  c\n\n\n"}
	for _, tc := range quoteCases {
		inputs = append(inputs, tc.in)
	}
	inputs = append(inputs, seedTexts(t)...)
	for _, in := range inputs {
		want := AppendParagraphs(nil, in)
		for _, sents := range [][]Span{Sentences(in, Options{}), lineSentences(in, "de")} {
			if got, ok := sentenceParagraphs(nil, in, sents); !ok || !slices.Equal(got, want) {
				t.Errorf("%q: sentenceParagraphs = %v, %v; want %v", in, got, ok, want)
			}
		}
	}
	// a gap that is not ASCII whitespace: no-break space, or text left out
	for _, in := range []string{"a\u00a0\n\nb", "a x b"} {
		if _, ok := sentenceParagraphs(nil, in, []Span{{0, 1}, {len(in) - 1, len(in)}}); ok {
			t.Errorf("%q: sentenceParagraphs did not give up", in)
		}
	}
}

// TestRuneClass checks runeClass, with its shortcuts for ASCII and General
// Punctuation, against the unicode package for every rune.
func TestRuneClass(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := chPunct
		switch {
		case r == utf8.RuneError:
		case unicode.IsSpace(r):
			want = chSpace
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			want = chAlnum
		}
		if got := runeClass(r); got != want {
			t.Fatalf("runeClass(%U) = %d, want %d", r, got, want)
		}
	}
}

// TestTokens checks the speaker pass's tokenizer, which reads eight bytes at
// a time, against a reading rune by rune.
func TestTokens(t *testing.T) {
	inputs := []string{
		"Dr. Frank Vogel (CDU) sagte: „Wir kommen.“ K. Müller-Lüdenscheidt, O’Neill, geht’s, Rock ’n’ Roll, 1'250, 90' – Übung ähnlich ÄÖÜß ×÷ a×b µm",
		"a-b a- -b a'b a' 'b a’b a’ ’b Dr.K x.y Ä-Ö ä’s \xc3 \xc3\x28 \xe2\x80 19-Jährige\u00a0Ç Çé ÿ Ā a\u2009b a\u200bb a--b a-'b -a- --",
		"abcdefghijklmnopqrstuvwxyz0123456789-abcdefghijklmnopä-ü-ö-ßabcdefgÄ Dr.Prof.Dr.\t\v\f\r\n x",
		"“, sagte er. ” – so Reuters, a, b – c. „x“ – – , , ; a-, b–c —d",
	}
	for _, tc := range quoteCases {
		inputs = append(inputs, tc.in)
	}
	for _, in := range inputs {
		checkTokens(t, in)
		for a := range len(in) {
			for _, b := range []int{a, a + 1, a + 8, a + 9, a + 17} {
				if b <= len(in) {
					s := &qscan{text: in}
					if got, want := s.tokens(a, b), plainTokens(in, a, b); !slices.Equal(got, want) && len(got)+len(want) > 0 {
						t.Fatalf("tokens(%d, %d) of %q:\n got %v\nwant %v", a, b, in, got, want)
					}
					got := slices.Clone(s.moreClauseTokens(s.tokensN(a, b, 2), b, 16))
					if want := s.clauseTokens(a, b, 16); !slices.Equal(got, want) && len(got)+len(want) > 0 {
						t.Fatalf("moreClauseTokens after tokensN(%d, %d, 2) of %q:\n got %v\nwant %v", a, b, in, got, want)
					}
				}
			}
		}
	}
}
