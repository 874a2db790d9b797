package segment

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Telling speech from titles and scare quotes.

// plainKind is the kind of a quote judged by itself: a title after a title
// noun, a scare quote when it is a short phrase, else speech.
func (s *qscan) plainKind(j int) string {
	q := &s.quotes[j]
	switch {
	case s.titleBefore(j), s.toldMedium(j):
		return "title"
	case s.scareLike(q):
		return "scare"
	}
	return "speech"
}

// titleBefore reports whether quote j, of at most ten words, directly
// follows a title noun (Buch „…“, im Film »…«, unter dem Titel „…“).
func (s *qscan) titleBefore(j int) bool {
	q := &s.quotes[j]
	if q.Len()-len(q.Open)-len(q.Close) > maxFewWordsLen {
		return false // too long for fewWords (and cheaper to tell first)
	}
	if s.titleNounBefore(q.Start, s.paras[s.meta[j].para0].Start) {
		return s.fewWords(q, 10)
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
		return (titleNounSet.has(rest[:n]) || titleNounSet.has(capitalize(rest[:n]))) && s.fewWords(q, 10)
	}
	return false
}

// titleNounBefore reports whether the word before pos (spaces and a colon
// between), which starts at ps or later, is a title noun, "namens" or
// "called", or a compound ending in a title noun. After a colon a medium
// or a report does not announce a title but what it says (sagte er der
// Zeitung: „…“, heißt es in der Studie: „…“; see speakingNoun), while a
// work still does (in ihrem Gedicht: „…“).
func (s *qscan) titleNounBefore(pos, ps int) bool {
	e, colon := pos, false
	for e > ps && (s.text[e-1] == ' ' || s.text[e-1] == ':') {
		colon = colon || s.text[e-1] == ':'
		e--
	}
	// Most words before a quote end in two letters that no title word
	// ends in: they are told before the word is read back to its start.
	if e-2 >= ps {
		if c1, c2 := s.text[e-2], s.text[e-1]; quoteByteClass[c1] == chAlnum && quoteByteClass[c2] == chAlnum &&
			!titleWordEnds.has(c1, c2) {
			return false
		}
	}
	b, hyphen := e, -1
	for b > ps {
		if c := s.text[b-1]; c < utf8.RuneSelf {
			if c == '-' {
				if hyphen < 0 {
					hyphen = b - 1
				}
			} else if quoteASCIIClass[c] != chAlnum {
				break
			}
			b--
			continue
		}
		r, w := utf8.DecodeLastRuneInString(s.text[ps:b])
		if runeClass(r) != chAlnum {
			break
		}
		b -= w
	}
	if b == e {
		return false
	}
	w := s.text[b:e]
	if colon && speakingNoun(w) {
		return false
	}
	return titleNounSet.has(w) || w == "namens" || w == "called" || titleCompound(w, hyphen-b)
}

// fewWords reports whether q holds at most max words, marks excluded (max
// is below 11). A quote longer than 40 bytes a word for eleven words counts
// as long, whatever it holds; bounding the count keeps deep nesting from
// scanning the same text again and again.
func (s *qscan) fewWords(q *Quote, max int) bool {
	in := s.text[q.Start+len(q.Open) : q.End-len(q.Close)]
	if len(in) > maxFewWordsLen {
		return false
	}
	// Words start where a space is followed by anything else; eight bytes
	// at a time, a bit per byte.
	n, prevSpace := 0, uint64(hiBits>>56) // the quote's edge counts as a space
	i := 0
	for ; i+8 <= len(in); i += 8 {
		w := load64(in, i)
		// Spaces, and the other bytes up to 0x20 (line breaks and tabs,
		// rarely anything else): only when there are others are they told
		// apart.
		sp := byteMask(w, ' ')
		if ctl := ^(w&low7 + loBits*(0x80-0x21)) &^ w & hiBits; ctl != sp {
			sp |= byteMask(w, '\n') | byteMask(w, '\t') | byteMask(w, '\r')
		}
		n += bits.OnesCount64(^sp & (sp<<8 | prevSpace) & hiBits)
		if n > max {
			return false
		}
		prevSpace = sp >> 56
	}
	inWord := prevSpace == 0
	for ; i < len(in); i++ {
		sp := in[i] == ' ' || in[i] == '\n' || in[i] == '\t' || in[i] == '\r'
		if !sp && !inWord {
			if n++; n > max {
				return false
			}
		}
		inWord = !sp
	}
	return true
}

// maxFewWordsLen is the longest quote text fewWords counts words in.
const maxFewWordsLen = 40 * 11

// scareLike reports whether q is a short phrase rather than a statement:
// at most four words and no sentence punctuation.
func (s *qscan) scareLike(q *Quote) bool {
	return s.fewWords(q, 4) && !hasSentencePunct(s.text[q.Start+len(q.Open):q.End-len(q.Close)], &endsClause)
}

// titleCompound reports whether w is a compound ending in a title noun of at
// least five letters: Bund-Länder-Programm, Förderprogramm, Sturmtief. i is
// the offset of the last hyphen in w, or negative.
func titleCompound(w string, i int) bool {
	if i >= 0 && titleNounSet.has(w[i+1:]) {
		return true
	}
	if len(w) < 8 || !titleEndings.has(w[len(w)-2], w[len(w)-1]) || !titleEndings3.has(w[len(w)-3:]) {
		return false
	}
	for i := 3; i+5 <= len(w); i++ {
		if utf8.RuneStart(w[i]) && titleSuffixSet.has(w[i:]) {
			return true
		}
	}
	return false
}

// speakingNoun reports whether w names a medium, a party or band, or a
// report, after which a colon opens what is said or written there rather
// than a title (sagte er der Zeitung: „…“, heißt es in dem Bericht: „…“).
func speakingNoun(w string) bool {
	if orgTitleWord(w) {
		return true
	}
	switch w {
	case "Studie", "Bericht", "Artikel", "Aufsatz", "Kolumne", "Blog", "Newsletter", "Sendung", "Talkshow", "Show", "Podcast",
		"Dokumentation", "Reportage", "Interview", "Gesetz", "Initiative", "Kampagne":
		return true
	}
	return false
}

// toldMedium reports whether quote j names the medium someone spoke to: a
// few capitalized words after the dative article that follows a speech
// verb and its subject (sagte Cramer dem „Tagesspiegel“, sagte er der
// „Süddeutschen Zeitung“, erklärte sie gegenüber dem „Spiegel“).
func (s *qscan) toldMedium(j int) bool {
	q := &s.quotes[j]
	ps := s.paras[s.meta[j].para0].Start
	ws, we := s.prevWord(q.Start)
	if ws < ps {
		return false
	}
	switch s.text[ws:we] {
	case "dem":
	case "der":
		// der is a subject's article too, when a verb follows the quote:
		// sagte er, der „Fehler“ sei behoben.
		if w := nextWordAfter(s.text, q.End); subjunctiveSet.has(w) || finiteVerb(w) {
			return false
		}
	default:
		return false
	}
	in := s.text[q.Start+len(q.Open) : q.End-len(q.Close)]
	if in == "" || !isCap(in) || strings.ContainsAny(in, ".!?,:;") || !s.fewWords(q, 4) {
		return false
	}
	// The speech verb, at most six words before the article (its subject
	// between: sagte Borussia Dortmunds Geschäftsführer Carsten Cramer).
	pos := ws
	for n := 0; n < 6; n++ {
		ws, we = s.prevWord(pos)
		if ws < ps {
			return false
		}
		if speechVerbSet.has(s.text[ws:we]) {
			return true
		}
		pos = ws
	}
	return false
}

// nextWordAfter returns the word that follows pos after spaces, or "" when
// something else comes first.
func nextWordAfter(t string, pos int) string {
	i := pos
	for i < len(t) && t[i] == ' ' {
		i++
	}
	if i == pos || i == len(t) {
		return ""
	}
	e := i
	for e < len(t) {
		r, w := utf8.DecodeRuneInString(t[e:])
		if !unicode.IsLetter(r) {
			break
		}
		e += w
	}
	return t[i:e]
}

// finiteVerb reports whether w is one of the finite verbs that most often
// follow a subject and that subjunctiveSet does not hold (ist, hat, kann).
func finiteVerb(w string) bool {
	switch w {
	case "ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wird", "werden", "wurde", "wurden",
		"kann", "können", "konnte", "muss", "soll", "sollte", "will", "wäre", "hätte", "würde":
		return true
	}
	return false
}
