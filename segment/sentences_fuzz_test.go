package segment

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkSentenceInvariants checks what every caller relies on: spans ordered,
// non-empty, non-overlapping, on rune boundaries, starting and ending on
// non-whitespace; gaps only whitespace (so sentences and gaps rebuild the
// text); no sentence across a blank line; without JoinLines, no sentence
// across a newline except a soft wrap (a space before the newline and a
// lower-case letter after it).
func checkSentenceInvariants(text string, opt Options, spans []Span) error {
	boundary := make([]bool, len(text)+1)
	for i := 0; i < len(text); {
		boundary[i] = true
		_, w := utf8.DecodeRuneInString(text[i:])
		i += w
	}
	boundary[len(text)] = true
	prev := 0
	for k, sp := range spans {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > len(text) {
			return fmt.Errorf("span %d %v out of order or empty (previous end %d)", k, sp, prev)
		}
		if !boundary[sp.Start] || !boundary[sp.End] {
			return fmt.Errorf("span %d %v not on rune boundaries", k, sp)
		}
		if r, _ := utf8.DecodeRuneInString(text[sp.Start:]); unicode.IsSpace(r) {
			return fmt.Errorf("span %d %v starts with whitespace", k, sp)
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:sp.End]); unicode.IsSpace(r) {
			return fmt.Errorf("span %d %v ends with whitespace", k, sp)
		}
		if err := onlySpace(text[prev:sp.Start]); err != nil {
			return fmt.Errorf("gap before span %d: %v", k, err)
		}
		if err := lineBreaks(text[sp.Start:sp.End], opt.JoinLines); err != nil {
			return fmt.Errorf("span %d %q: %v", k, text[sp.Start:sp.End], err)
		}
		prev = sp.End
	}
	return onlySpace(text[prev:])
}

func onlySpace(s string) error {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return fmt.Errorf("non-space %q in a gap", r)
		}
	}
	return nil
}

// lineBreaks reports a blank line inside a sentence, and without join any
// newline that is not a soft wrap.
func lineBreaks(s string, join bool) error {
	newlines := 0 // newlines since the last non-space rune
	spaceBefore := false
	for i, r := range s {
		switch r {
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
			fallthrough
		case '\n', '\v', '\f', 0x85, 0x2028:
			newlines++
		case 0x2029:
			newlines += 2
		default:
			if !unicode.IsSpace(r) {
				if newlines == 1 && !join && !(spaceBefore && unicode.IsLower(r)) {
					return fmt.Errorf("newline inside a sentence")
				}
				newlines = 0
				spaceBefore = false
			} else if newlines == 0 {
				spaceBefore = true
			}
		}
		if newlines >= 2 {
			return fmt.Errorf("blank line inside a sentence")
		}
	}
	return nil
}

func FuzzSentences(f *testing.F) {
	for _, c := range append(append([]sentenceCase{}, germanCases...), englishCases...) {
		f.Add(strings.ReplaceAll(c.marked, "|", ""), c.opt.JoinLines, c.opt.Lang == "en")
	}
	for _, s := range []string{
		"", ".", ". . . .", "a. . . . B", "\xff.\xfe A", "„\xe2\x80.“ D", "1.\n\n2.", "U.S.A. The",
		"x. \u2029 Y", "Dr.\r\nMüller", "www.a.B c. D", "… …. ? ! ‼ Z", "• 1. A • 2. B", "a.Bc.De",
	} {
		f.Add(s, false, false)
		f.Add(s, true, true)
	}
	f.Fuzz(func(t *testing.T, text string, join, en bool) {
		opt := Options{JoinLines: join}
		if en {
			opt.Lang = "en"
		}
		spans := Sentences(text, opt)
		if err := checkSentenceInvariants(text, opt, spans); err != nil {
			t.Fatalf("%q %+v: %v\nspans %v", text, opt, err, spans)
		}
		// AppendSentences keeps what dst held and adds the same spans.
		prefix := []Span{{1, 2}}
		got := AppendSentences(prefix, text, opt)
		if got[0] != (Span{1, 2}) || !slices.Equal(got[1:], spans) {
			t.Fatalf("%q: AppendSentences = %v, want prefix and %v", text, got, spans)
		}
	})
}
