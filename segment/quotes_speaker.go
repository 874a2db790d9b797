package segment

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Speaker and kind detection for the quotes found by Quotes.
//
// Only the words near an outermost quote are read, in this order:
//
//  1. after the quote: „…“, sagte Wakamiya. / „…“, fügte Gatling hinzu. /
//     „…“, so Reuters. / “…,” Smith said. / “…,” according to Reuters.
//  2. before it, in the same sentence: Tomita sagte: „…“ / sagte ein Sprecher
//     des Ministeriums: „…“ / Gatling sagte, dass … „…“ liege / Laut
//     Kishida … „…“ / the headline form Olaf Scholz: „…“. A „so X“ after
//     the quote gives way to a speaker named before it (X is then the
//     source, not the speaker).
//  3. the previous quote of the same paragraph when nothing but punctuation,
//     or no sentence end, lies between them (interrupted quotes, „…“, sagte
//     X. „…“).
//  4. for a quote that starts a sentence: a speech verb with a named subject
//     in the sentence before (Kishida sagte am Montag, … . „…“).
//  5. for a quote that opens its paragraph: the last quote of the previous
//     paragraph when that paragraph ends with it, or the speaker of the last
//     sentence of the previous paragraph (X sagte gegenüber Fox News …).
//     Headings and photo captions in between are skipped.
//
// er/sie and age nouns (der 19-Jährige) take the speaker of the previous
// quote when only punctuation lies between (or, in one paragraph, no end
// of sentence), else the one person the paragraph names before them (Dr.
// Frank Vogel …; a surname met earlier with a given name counts). Two
// persons, or none, leave the speaker empty: no speaker is better than a
// wrong one. „hieß es“, „so man“ and plural verbs make speech with nobody as
// speaker. Scare quotes (short phrases) take no speaker from steps 4 and 5.

// spKind is the kind of a speaker mention.
type spKind uint8

// Speaker kinds.
const (
	spNone       spKind = iota
	spName              // Kishida, Kenji Wakamiya, Reuters
	spPhrase            // der Botschafter, ein Sprecher des Ministeriums
	spPronoun           // er, sie, he, she
	spImpersonal        // es, man, it
)

// attribution is what the speaker pass finds for a quote. It is copied
// often (rules return it, quotes inherit it), so it is kept to four words.
type attribution struct {
	start, end int // the speaker mention
	clauseEnd  int // end of an attribution clause after the quote
	kind       spKind
	found      bool // a speech verb attributes the quote
	plural     bool
	postOnly   bool
	unresolved bool // a pronoun that could not be resolved: keep no speaker
	particles  bool // the mention holds a surname's particles (von der Leyen)
}

type tok struct {
	s, e int
	word bool
}

func (s *qscan) attribute() {
	if len(s.quotes) == 0 {
		return
	}
	s.attrs = slices.Grow(s.attrs[:0], len(s.quotes))[:len(s.quotes)]
	clear(s.attrs)
	attrs := s.attrs
	prev0 := -1
	for j := range s.quotes {
		if s.quotes[j].Depth > 0 {
			s.quotes[j].Kind = s.plainKind(j)
			continue
		}
		attrs[j] = s.attributeTop(j, prev0, attrs)
		prev0 = j
	}
	s.resolveFull(attrs)
}

func (s *qscan) attributeTop(j, prev0 int, attrs []attribution) attribution {
	q := &s.quotes[j]
	m := s.meta[j]
	if s.titleBefore(j) {
		q.Kind = "title"
		return attribution{}
	}
	// The medium someone spoke to (sagte Grindel der „Bild am Sonntag“)
	// is a title, but its clause's speaker is that of the quotes after it.
	medium := s.toldMedium(j)
	var a attribution
	var post attribution
	if q.Balanced {
		post = s.postAttr(j)
	}
	if post.found && !post.postOnly {
		a = post
	} else {
		pre := s.preAttr(j, prev0)
		switch {
		case pre.found && (pre.kind != spNone || !post.found):
			a = pre
		case post.found:
			a = post
		}
	}
	if !a.found && q.Balanced {
		a = s.laterAttr(j)
	}
	if a.kind == spPronoun {
		a = s.resolvePronoun(j, prev0, attrs, a)
	}
	if a.kind == spNone && !a.unresolved && prev0 >= 0 && s.meta[prev0].para1 == m.para0 && named(attrs[prev0].kind) {
		from := max(s.quotes[prev0].End, attrs[prev0].clauseEnd)
		if s.gapContinues(prev0, from, q.Start, true) {
			a = inherit(attrs[prev0], a)
		}
	}
	if a.kind == spNone && !a.found && prev0 >= 0 && s.meta[prev0].para1 == m.para0 && named(attrs[prev0].kind) &&
		s.reportedSpeech(j, prev0, max(s.quotes[prev0].End, attrs[prev0].clauseEnd)) {
		a = inherit(attrs[prev0], a)
	}
	// short is needed only when no speaker has been found yet.
	short := false
	if a.kind == spNone && !a.found {
		short = s.scareLike(q)
	}
	if a.kind == spNone && !a.found && !short {
		if c := s.prevSentenceSpeaker(j, prev0); named(c.kind) {
			a = inherit(c, a)
		}
	}
	if a.kind == spNone && !a.found && !short && q.Start == s.paras[m.para0].Start {
		if c := s.carry(j, attrs); named(c.kind) {
			a = inherit(c, a)
		}
	}
	switch {
	case a.found || a.kind != spNone:
		q.Kind = "speech"
	case short:
		q.Kind = "scare"
	default:
		q.Kind = "speech"
	}
	if a.kind == spName {
		if i := strings.LastIndexByte(s.text[a.start:a.end], ' '); i >= 0 {
			s.addPerson(s.text[a.start+i+1 : a.end])
		}
	}
	if medium {
		q.Kind = "title"
		return a
	}
	if named(a.kind) {
		q.Speaker = s.text[a.start:a.end]
		q.SpeakerStart, q.SpeakerEnd = a.start, a.end
	}
	return a
}

func named(kind spKind) bool { return kind == spName || kind == spPhrase }

// inherit takes the speaker of from, keeping own's clause end.
func inherit(from, own attribution) attribution {
	from.found = true
	from.clauseEnd = own.clauseEnd
	return from
}

// resolvePronoun replaces er/sie by the speaker of the previous quote when
// that quote is near (same or previous paragraph) and named; otherwise the
// speaker stays unknown.
func (s *qscan) resolvePronoun(j, prev0 int, attrs []attribution, a attribution) attribution {
	none := a
	none.kind = spNone
	none.unresolved = true
	if a.plural {
		return none
	}
	// The speaker of the previous quote, when nothing but punctuation, or
	// no sentence end within the paragraph, stands between its attribution
	// and the pronoun: "„…“, sagte Kishida. Biden traf Scholz. „…“, sagte
	// er" does not resolve this way.
	if prev0 >= 0 && named(attrs[prev0].kind) && s.meta[prev0].para1 >= s.meta[j].para0-1 {
		from := max(s.quotes[prev0].End, attrs[prev0].clauseEnd)
		to := min(s.quotes[j].Start, a.start)
		if s.gapContinues(prev0, from, to, s.meta[prev0].para1 == s.meta[j].para0) {
			return inherit(attrs[prev0], a)
		}
	}
	// Else the one person the paragraph names before the pronoun.
	// Not past an earlier quote given to someone other than a named
	// person („…“, sagte ein Sprecher): the pronoun more likely takes up
	// that speaker.
	ps := s.paras[s.meta[j].para0].Start
	if prev0 >= 0 && attrs[prev0].found && attrs[prev0].kind != spName {
		ps = max(ps, s.quotes[prev0].End, attrs[prev0].clauseEnd)
	}
	if p := s.paragraphPerson(ps, min(s.quotes[j].Start, a.start), pronounGender(s.text[a.start:a.end])); p.kind == spName &&
		!s.namedBetween(p, a.end, s.quotes[j].Start) {
		return inherit(p, a)
	}
	return none
}

// paragraphPerson returns the mention of the person named nearest before
// the pronoun in text[from:to] (at most the last 800 bytes): it reads the
// sentences back from to, and the first sentence that names a person
// decides. A person is a listed given name with a surname (Katrin Sommer,
// Dr. Frank Vogel, Gertrud K.), or a surname the document gives with a
// listed given name. A sentence naming two different persons gives no
// result, as does a window naming none.
func (s *qscan) paragraphPerson(from, to int, gender byte) attribution {
	if to-from > 800 {
		from = to - 800
		for from < to && !utf8.RuneStart(s.text[from]) {
			from++
		}
	}
	lookups := 0
	if len(s.sents) == 0 {
		m, _ := s.personIn(from, to, gender, &lookups)
		return m
	}
	for k := s.sentenceAt(max(to-1, from)); k >= 0 && to > from; k-- {
		a := max(s.sents[k].Start, from)
		if a >= to {
			continue
		}
		if m, named := s.personIn(a, to, gender, &lookups); named {
			return m
		}
		to = a
	}
	return attribution{}
}

// personIn returns the mention of the one person named in text[from:to]
// (see paragraphPerson), and whether any person is named there: two
// different persons give named but no mention. With gender ('f' for sie,
// 'm' for er), a person whose given name has the other gender is named but
// no candidate (Auf die Frage von Stephen Colbert antwortete sie).
func (s *qscan) personIn(from, to int, gender byte, lookups *int) (attribution, bool) {
	toks := s.tokens(from, to)
	var found attribution
	sur := ""
	named := false
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		w := s.word(t)
		if !t.word || !isCap(w) || isDet(w) || nonNameSet.has(w) || isRole(w) || pronounKind(w) != spNone {
			continue
		}
		var m attribution
		var surname string
		switch {
		case i+1 < len(toks) && s.surnameOK(toks[i+1]) && (givenNameSet.has(w) || doubleName(s.word(toks[i+1])) && mayBeGiven(w)):
			m = attribution{kind: spName, start: t.s, end: toks[i+1].e}
			surname = s.word(toks[i+1])
			s.addPerson(surname)
			i++
		case s.isPerson(w) || (*lookups < 8 && s.lookupPerson(w, t.s, lookups)):
			m = attribution{kind: spName, start: t.s, end: t.e}
			surname = w
			if j := s.particleStart(toks, i, -1); j < i {
				// Florian von Brunn, von Brunn: the particles too.
				m.start, m.particles = toks[s.withGiven(toks, j)].s, true
			}
		default:
			continue
		}
		named = true
		if gender != 0 {
			if g := s.mentionGender(m, surname); g != 0 && g != gender {
				continue // a man's name for sie, a woman's for er
			}
		}
		if sur != "" && surname != sur {
			return attribution{}, true
		}
		sur, found = surname, m
	}
	return found, named
}

// namedBetween reports whether text[from:to] (the words between a pronoun
// and its quote) names the surname of mention p: the pronoun is not that
// person then (Als Grund gab er an, Kalbitz habe … „…“).
func (s *qscan) namedBetween(p attribution, from, to int) bool {
	if to-from < 2 {
		return false
	}
	sur := s.text[p.start:p.end]
	if i := strings.LastIndexByte(sur, ' '); i >= 0 {
		sur = sur[i+1:]
	}
	for i := from; ; {
		k := strings.Index(s.text[i:to], sur)
		if k < 0 {
			return false
		}
		i += k + len(sur)
		if wholeWord(s.text, i-len(sur), i) {
			return true
		}
	}
}

// mayBeGiven reports whether w, unlisted, may be a given name before a
// double surname (Annegret Kramp-Karrenbauer): not a sentence opener and
// not inflected like a determiner or adjective (Ihren Lieblings-Songs,
// Lauter E-Mails); the given names with such endings are listed (Peter,
// Jürgen).
func mayBeGiven(w string) bool {
	if starterSet.has(w) || len(w) < 3 {
		return false
	}
	switch w[len(w)-2:] {
	case "en", "em", "er", "es":
		return false
	}
	return true
}

// pronounGender returns 'm' for er and he, 'f' for sie and she, else 0.
func pronounGender(w string) byte {
	switch w {
	case "er", "Er", "he", "He":
		return 'm'
	case "sie", "Sie", "she", "She":
		return 'f'
	}
	return 0
}

// mentionGender returns the gender of the given name that starts mention m
// of surname, or that the full name found for surname starts with: 'f',
// 'm', or 0 when the name has none or no full name is known.
func (s *qscan) mentionGender(m attribution, surname string) byte {
	name := s.text[m.start:m.end]
	if name == surname {
		full, ok := s.knownFullName(surname)
		if !ok {
			return 0
		}
		name = full
	}
	if i := strings.IndexByte(name, ' '); i > 0 {
		return givenGender[name[:i]]
	}
	return 0
}

// lookupPerson reports whether the document gives w with a given name
// before it (Jonas Albrecht … Albrecht hat abgelehnt).
func (s *qscan) lookupPerson(w string, at int, lookups *int) bool {
	if starterSet.has(w) {
		return false // Dabei, Im, Selbst: a sentence opener, no surname
	}
	if _, done := s.knownFullName(w); !done {
		*lookups++
	}
	// Only a listed given name makes a person here: a heading like
	// "Marode Schulgebäude" must not.
	full := s.fullName(w, at)
	i := strings.IndexByte(full, ' ')
	if i < 0 || !givenNameSet.has(full[:i]) {
		return false
	}
	s.addPerson(w)
	return true
}

// addPerson records a surname met with a given name, so that the surname
// alone later counts as that person.
func (s *qscan) addPerson(surname string) {
	if !s.isPerson(surname) && len(s.persons) < 256 {
		s.persons = append(s.persons, surname)
	}
}

func (s *qscan) isPerson(surname string) bool {
	for _, p := range s.persons {
		if p == surname {
			return true
		}
	}
	return false
}

// gapContinues reports whether the text between the end of quote prev (or
// its attribution clause, from) and to keeps the speaker: only punctuation,
// or, within a paragraph, no end of sentence. A quote that ends with its own
// full stop („… nachgeben.“ Die …) ends the sentence too.
func (s *qscan) gapContinues(prev, from, to int, sameParagraph bool) bool {
	if from > to || to-from > 200 {
		return false
	}
	g := s.text[from:to]
	if !hasAlnum(g) {
		return true
	}
	if !sameParagraph || hasSentencePunct(g, &endsClause) {
		return false
	}
	p := &s.quotes[prev]
	if from == p.End && p.Balanced {
		r, _ := utf8.DecodeLastRuneInString(s.text[p.Start : p.End-len(p.Close)])
		return r != '.' && r != '!' && r != '?'
	}
	return true
}

// carry finds the speaker for a quote that opens its paragraph in the
// paragraphs before it.
func (s *qscan) carry(j int, attrs []attribution) attribution {
	pj := s.meta[j].para0 - 1
	for skips := 0; pj >= 0 && skips <= 3; pj-- {
		p := s.paras[pj]
		if s.captionOrHeading(p) {
			skips++
			continue
		}
		for k := j - 1; k >= 0 && s.meta[k].para1 >= pj; k-- {
			if s.quotes[k].Depth > 0 || s.meta[k].para1 != pj {
				continue
			}
			from := max(s.quotes[k].End, attrs[k].clauseEnd)
			if from <= p.End && !hasAlnum(s.text[from:p.End]) {
				return attrs[k]
			}
			return attribution{}
		}
		return s.sentenceSpeaker(p)
	}
	return attribution{}
}

func hasAlnum(t string) bool {
	for i := 0; i < len(t); i++ {
		if c := t[i]; c < utf8.RuneSelf {
			if quoteASCIIClass[c] == chAlnum {
				return true
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(t[i:])
		if runeClass(r) == chAlnum {
			return true
		}
		i += w - 1
	}
	return false
}

// hasSentencePunct reports whether t holds one of . ! ? : ; (endsClause
// with the colon and semicolon, endsSentence without).
func hasSentencePunct(t string, marks *[256]bool) bool {
	for i := 0; i < len(t); i++ {
		if marks[t[i]] {
			return true
		}
	}
	return false
}

var (
	endsClause   = [256]bool{'.': true, '!': true, '?': true, ':': true, ';': true}
	endsSentence = [256]bool{'.': true, '!': true, '?': true}
)

// captionOrHeading reports whether p is a heading (short, no end
// punctuation) or a photo caption ending in a credit like (Name/Getty Images).
func (s *qscan) captionOrHeading(p Span) bool {
	t := s.text[p.Start:p.End]
	if t == "" {
		return true
	}
	if t[len(t)-1] == ')' {
		if i := strings.LastIndexByte(t, '('); i >= 0 {
			c := t[i:]
			for _, k := range []string{"/", "Images", "Foto", "Photo", "Bild", "dpa", "AP", "Reuters", "AFP"} {
				if strings.Contains(c, k) {
					return true
				}
			}
		}
	}
	if len(t) > 160 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	switch r {
	case '.', '!', '?', ':', '“', '”', '"', '»', '«', '‘', '’', '\'', '‹', '›', '…':
		return false
	}
	return true
}
