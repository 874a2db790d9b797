package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Telling speech from titles and scare quotes.

// plainKind is the kind of a quote judged by itself: a title after a title
// noun, a scare quote when it is a short phrase, else speech.
func (s *qscan) plainKind(j int) string {
	q := s.quotes[j]
	switch {
	case s.titleBefore(j, s.words(q, 10)):
		return "title"
	case s.scareLike(q, s.words(q, 10)):
		return "scare"
	}
	return "speech"
}

// titleBefore reports whether quote j directly follows a title noun
// (Buch „…“, im Film »…«, unter dem Titel „…“).
func (s *qscan) titleBefore(j, nw int) bool {
	q := s.quotes[j]
	if nw > 10 {
		return false
	}
	ps := s.paras[s.meta[j].para0].Start
	e := q.Start
	for e > ps && (s.text[e-1] == ' ' || s.text[e-1] == ':') {
		e--
	}
	b := e
	for b > ps {
		r, w := utf8.DecodeLastRuneInString(s.text[ps:b])
		if runeClass(r) != chAlnum && r != '-' {
			break
		}
		b -= w
	}
	if b < e {
		if w := s.text[b:e]; titleNouns[w] || w == "namens" || w == "called" || titleCompound(w) {
			return true
		}
	}
	// „Bild“-Zeitung, „Spiegel“-Interview
	if rest, ok := strings.CutPrefix(s.text[q.End:], "-"); ok {
		n := 0
		for n < len(rest) && n < 40 {
			r, w := utf8.DecodeRuneInString(rest[n:])
			if !unicode.IsLetter(r) {
				break
			}
			n += w
		}
		return titleNouns[rest[:n]] || titleNouns[capitalize(rest[:n])]
	}
	return false
}

// words counts the words inside q, marks excluded, up to limit+1; a quote
// longer than 40 bytes a word counts as long. Bounding the count keeps deep
// nesting from scanning the same text again and again.
func (s *qscan) words(q Quote, limit int) int {
	in := s.text[q.Start+len(q.Open) : q.End-len(q.Close)]
	if len(in) > 40*(limit+1) {
		return limit + 1
	}
	n, inWord := 0, false
	for i := 0; i < len(in) && n <= limit; i++ {
		sp := in[i] == ' ' || in[i] == '\n' || in[i] == '\t' || in[i] == '\r'
		if !sp && !inWord {
			n++
		}
		inWord = !sp
	}
	return n
}

// scareLike reports whether q is a short phrase rather than a statement:
// at most four words and no sentence punctuation.
func (s *qscan) scareLike(q Quote, nw int) bool {
	if nw > 4 {
		return false
	}
	return !strings.ContainsAny(s.text[q.Start+len(q.Open):q.End-len(q.Close)], ".!?:;")
}

// titleCompound reports whether w is a compound ending in a title noun of at
// least five letters: Bund-Länder-Programm, Förderprogramm, Sturmtief.
func titleCompound(w string) bool {
	if i := strings.LastIndexByte(w, '-'); i >= 0 && titleNouns[w[i+1:]] {
		return true
	}
	if len(w) < 8 || !titleEndings[w[len(w)-3:]] {
		return false
	}
	for i := 3; i+5 <= len(w); i++ {
		if utf8.RuneStart(w[i]) && titleSuffixes[w[i:]] {
			return true
		}
	}
	return false
}
