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

// Speaker kinds.
const (
	spNone       = iota
	spName       // Kishida, Kenji Wakamiya, Reuters
	spPhrase     // der Botschafter, ein Sprecher des Ministeriums
	spPronoun    // er, sie, he, she
	spImpersonal // es, man, it
)

type attribution struct {
	found      bool // a speech verb attributes the quote
	kind       int
	start, end int // the speaker mention
	clauseEnd  int // end of an attribution clause after the quote
	plural     bool
	postOnly   bool
	unresolved bool // a pronoun that could not be resolved: keep no speaker
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
	if named(a.kind) {
		q.Speaker = s.text[a.start:a.end]
		q.SpeakerStart, q.SpeakerEnd = a.start, a.end
	}
	return a
}

func named(kind int) bool { return kind == spName || kind == spPhrase }

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
	ps := s.paras[s.meta[j].para0].Start
	if p := s.paragraphPerson(ps, min(s.quotes[j].Start, a.start)); p.kind == spName {
		return inherit(p, a)
	}
	return none
}

// paragraphPerson returns the mention of the one person named in
// text[from:to] (at most the last 800 bytes): a listed given name with a
// surname (Katrin Sommer, Dr. Frank Vogel, Gertrud K.), or a surname the
// document gives with a listed given name. Two different persons, or none,
// give no result.
func (s *qscan) paragraphPerson(from, to int) attribution {
	if to-from > 800 {
		from = to - 800
		for from < to && !utf8.RuneStart(s.text[from]) {
			from++
		}
	}
	toks := s.tokens(from, to)
	var found attribution
	sur := ""
	lookups := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		w := s.word(t)
		if !t.word || !isCap(w) || isDet(w) || nonNameSet.has(w) || isRole(w) || pronounKind(w) != spNone {
			continue
		}
		var m attribution
		var surname string
		switch {
		case i+1 < len(toks) && s.surnameOK(toks[i+1]) && (givenNameSet.has(w) || doubleName(s.word(toks[i+1]))):
			m = attribution{kind: spName, start: t.s, end: toks[i+1].e}
			surname = s.word(toks[i+1])
			s.addPerson(surname)
			i++
		case s.isPerson(w) || (lookups < 8 && s.lookupPerson(w, t.s, &lookups)):
			m = attribution{kind: spName, start: t.s, end: t.e}
			surname = w
		default:
			continue
		}
		if sur != "" && surname != sur {
			return attribution{}
		}
		sur, found = surname, m
	}
	return found
}

// lookupPerson reports whether the document gives w with a given name
// before it (Jonas Albrecht … Albrecht hat abgelehnt).
func (s *qscan) lookupPerson(w string, at int, lookups *int) bool {
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

// sentenceSpeaker is the speaker of the last sentence of p when that sentence
// has a speech verb with a named subject.
func (s *qscan) sentenceSpeaker(p Span) attribution {
	return s.verbSpeaker(s.tokens(s.sentStart(p.End, p.Start), p.End), true)
}

// prevSentenceSpeaker is the speaker of the sentence before quote j when the
// quote starts a sentence: Kishida sagte, Japan gebe nicht nach. „Wir …“
func (s *qscan) prevSentenceSpeaker(j, prev0 int) attribution {
	q := &s.quotes[j]
	limit := s.preLimit(j, prev0)
	ws := s.sentStart(q.Start, limit)
	if ws <= limit || hasAlnum(s.text[ws:q.Start]) {
		return attribution{}
	}
	return s.verbSpeaker(s.tokens(s.sentStart(ws-1, limit), ws), true)
}

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

// firstAttrWord returns the index of the first word of an attribution
// after a closing mark — the first token, or the second after a comma or
// dash — and whether there is one.
func (s *qscan) firstAttrWord(toks []tok) (int, bool) {
	k := 0
	if k < len(toks) && !toks[k].word {
		switch s.text[toks[k].s:toks[k].e] {
		case ",", "–", "—", "-":
			k++
		}
	}
	return k, k < len(toks) && toks[k].word
}

// postAttr reads the attribution right after the closing mark of quote j.
func (s *qscan) postAttr(j int) attribution {
	q := &s.quotes[j]
	pe := s.paras[s.meta[j].para1].End
	end := min(pe, q.End+200)
	// Most quotes are followed by no attribution: the first word (after a
	// comma or dash) tells, so read two tokens before reading sixteen.
	toks := s.tokensN(q.End, end, 2)
	k, ok := s.firstAttrWord(toks)
	if !ok {
		return attribution{}
	}
	// A verb first takes a subject after it (sixteen tokens); else a
	// pronoun or up to four capitalized words come before the verb.
	n := 16
	v, isVerb := s.verbAt(toks, k)
	if !isVerb {
		if w := s.word(toks[k]); pronounKind(w) == spNone && !isCap(w) {
			return attribution{}
		}
		n = k + 5
	}
	// toks[k] is a word, so the tokens up to it stay (moreClauseTokens
	// stops after punctuation), and so do k and v.
	toks = s.moreClauseTokens(toks, end, n)
	// Without a comma after the quote (or inside it: „…,“ „…!“), a verb
	// needs a subject to attribute: „Nein“ sagen lernen is not speech.
	r, _ := utf8.DecodeLastRuneInString(s.text[q.Start : q.End-len(q.Close)])
	loose := k == 0 && r != ',' && r != '!' && r != '?' && r != '.'
	if isVerb {
		sub := k + 1
		if v.particle != "" && sub < len(toks) && s.word(toks[sub]) == v.particle {
			sub++ // according to X
		}
		a := s.subjectAfter(toks, sub)
		if (v.postOnly && !named(a.kind)) || (v.source && a.kind != spName) || (loose && a.kind == spNone) {
			return attribution{}
		}
		if v.plural && a.kind == spName {
			a.kind = spNone // sagten Kishida und Biden: not one speaker
		}
		a.found, a.plural, a.postOnly = true, v.plural, v.postOnly
		a.clauseEnd = s.clauseEnd(max(a.end, toks[k].e), pe)
		return a
	}
	// Subject first: “…,” Smith said. / “…,” he said.
	w := s.word(toks[k])
	if pk := pronounKind(w); pk != spNone {
		if v, ok := s.verbAt(toks, k+1); ok && !v.postOnly {
			return attribution{found: true, kind: pk, start: toks[k].s, end: toks[k].e,
				plural: v.plural, clauseEnd: s.clauseEnd(toks[k+1].e, pe)}
		}
		return attribution{}
	}
	m := k
	for m < len(toks) && m-k < 4 && toks[m].word && isCap(s.word(toks[m])) {
		m++
	}
	if m > k {
		if v, ok := s.verbAt(toks, m); ok && !v.postOnly {
			a := s.nameBackward(toks[k:m])
			if a.kind != spNone {
				a.found, a.plural = true, v.plural
				a.clauseEnd = s.clauseEnd(toks[m].e, pe)
				return a
			}
		}
	}
	return attribution{}
}

// laterAttr reads an attribution later in the sentence of quote j, after a
// comma: Der Bund müsse sich »dauerhaft« beteiligen, heißt es darin.
func (s *qscan) laterAttr(j int) attribution {
	q := &s.quotes[j]
	pe := s.paras[s.meta[j].para1].End
	end := s.sentenceEnd(q.End, min(pe, q.End+300))
	if !s.verbAfterComma(q.End, end) {
		return attribution{} // the attribution is a speech verb after a comma
	}
	toks := s.tokensN(q.End, end, 48)
	for k := 1; k+1 < len(toks); k++ {
		if toks[k-1].word || s.word(toks[k-1]) != "," {
			continue
		}
		v, ok := s.verbAt(toks, k)
		if !ok {
			continue
		}
		a := s.subjectAfter(toks, k+1)
		if a.kind == spNone || (v.source && a.kind != spName) {
			continue // „…“ sei gut, sagten viele: no subject, no attribution
		}
		if v.plural && a.kind == spName {
			a.kind = spNone
		}
		a.found, a.plural = true, v.plural
		a.clauseEnd = end
		return a
	}
	return attribution{}
}

// verbAfterComma reports whether a comma in text[from:to] may be followed by
// a speech verb, reading the word after each comma without tokenizing the
// rest: a speech verb is ASCII letters and umlauts, so a word of them that
// is no speech verb rules the comma out, and anything else after a comma
// (a no-break space, a dash) keeps it in.
func (s *qscan) verbAfterComma(from, to int) bool {
	t := s.text[:to]
	for {
		i := strings.IndexByte(t[from:], ',')
		if i < 0 {
			return false
		}
		i += from + 1
		for i < len(t) && quoteASCIIClass[t[i]&0x7F] == chSpace && t[i] < utf8.RuneSelf {
			i++
		}
		j := i
		for j < len(t) {
			if quoteByteClass[t[j]] == chAlnum {
				j++
			} else if t[j] == 0xC3 && j+1 < len(t) && latin1Letter(t[j+1]) {
				j += 2
			} else {
				break
			}
		}
		if j < len(t) && t[j] >= utf8.RuneSelf && t[j] != 0xC3 || j < len(t) && j == i && t[j] >= utf8.RuneSelf {
			return true // a letter or space the loop does not read: tokenize
		}
		if j > i && speechVerbSet.has(t[i:j]) {
			return true
		}
		from = i
	}
}

// reportedSpeech reports whether quote j stands in a sentence in the
// subjunctive (Die Lage sei „ernst“) that directly follows the attribution
// ending at from: the quote continues that speaker's words.
func (s *qscan) reportedSpeech(j, prev, from int) bool {
	q := &s.quotes[j]
	ws := s.sentStart(q.Start, from)
	if ws < from || hasAlnum(s.text[from:ws]) {
		return false
	}
	if !hasSentencePunct(s.text[from:ws], &endsSentence) {
		// the sentence may end inside the previous quote: „… nachgeben.“
		p := &s.quotes[prev]
		r, _ := utf8.DecodeLastRuneInString(s.text[p.Start : p.End-len(p.Close)])
		if from != p.End || !p.Balanced || (r != '.' && r != '!' && r != '?') {
			return false
		}
	}
	end := s.sentenceEnd(q.End, min(s.paras[s.meta[j].para1].End, q.End+300))
	for _, t := range s.tokensN(ws, q.Start, 40) {
		if t.word && subjunctiveSet.has(s.word(t)) {
			return true
		}
	}
	for _, t := range s.tokensN(q.End, end, 40) {
		if t.word && subjunctiveSet.has(s.word(t)) {
			return true
		}
	}
	return false
}

// preLimit is where the text that may attribute quote j starts: its
// paragraph, or the end of the previous quote in that paragraph.
func (s *qscan) preLimit(j, prev0 int) int {
	limit := s.paras[s.meta[j].para0].Start
	if prev0 >= 0 {
		if e := s.quotes[prev0].End; e > limit && e <= s.quotes[j].Start {
			limit = e
		}
	}
	return limit
}

// preAttr reads the sentence before quote j for a speech verb, or a
// headline speaker (Kishida: „…“).
func (s *qscan) preAttr(j, prev0 int) attribution {
	q := &s.quotes[j]
	ws := s.sentStart(q.Start, s.preLimit(j, prev0))
	toks := s.tokens(ws, q.Start)
	if a := s.verbSpeaker(toks, false); a.found {
		return a
	}
	return s.headlineSpeaker(toks)
}

// verbSpeaker finds the last speech verb in toks and its subject. With
// needName, only a named subject counts.
func (s *qscan) verbSpeaker(toks []tok, needName bool) attribution {
	for k := len(toks) - 1; k >= 0; k-- {
		if t := toks[k]; !t.word || !maybeVerb(s.text[t.s:t.e]) {
			continue // what verbAt tells first, without the call; most words are nouns or names
		}
		v, ok := s.verbAt(toks, k)
		if !ok || v.postOnly {
			continue
		}
		if v.source {
			if a := s.subjectAfter(toks, k+1); a.kind == spName {
				a.found = true
				return a
			}
			continue
		}
		// German puts one constituent before the verb. When that is the
		// subject (Merz kritisierte den Kurs: „…“), what follows the verb
		// is an object; otherwise the subject follows the verb (In
		// Washington sagte Tomita: „…“).
		var a attribution
		if b := s.subjectBefore(toks, k); b.kind != spNone && s.firstConstituent(toks, b.start) {
			a = b
		} else if a = s.subjectAfter(toks, k+1); a.kind == spNone {
			a = b
		}
		if v.plural && a.kind == spName {
			a.kind = spNone // Kishida und Biden sagten: not one speaker
		}
		if needName && !named(a.kind) {
			return attribution{}
		}
		a.found, a.plural = true, v.plural
		a.clauseEnd = 0
		return a
	}
	return attribution{}
}

// firstConstituent reports whether the phrase starting at start opens the
// sentence held in toks (after a conjunction: Doch Merz sagte …).
func (s *qscan) firstConstituent(toks []tok, start int) bool {
	for _, t := range toks {
		if !t.word {
			continue
		}
		if t.s == start {
			return true
		}
		switch s.word(t) {
		case "Und", "Aber", "Doch", "Denn", "And", "But":
			continue
		}
		return false
	}
	return false
}

// headlineSpeaker reads "Name: „…“", the headline form, when toks are one
// name and a colon. A single word counts only when it is a surname the
// document gives with a given name (Scholz: „…“ after Olaf Scholz), so
// "Fazit: „…“" has no speaker.
func (s *qscan) headlineSpeaker(toks []tok) attribution {
	n := len(toks)
	if n < 2 || toks[n-1].word || s.word(toks[n-1]) != ":" {
		return attribution{}
	}
	n--
	if s.word(toks[n-1]) == ")" {
		// Nachbar Dieter W. (67): skip the brackets
		for j := n - 2; j >= 0 && j >= n-6; j-- {
			if s.word(toks[j]) == "(" {
				n = j
				break
			}
		}
		if n == 0 || s.word(toks[n-1]) == ")" {
			return attribution{}
		}
	}
	if n > 4 {
		return attribution{}
	}
	head := toks[:n]
	if w := s.word(head[0]); nominativeDet(w) {
		// Eine Sprecherin: „…“
		last := s.word(head[n-1])
		if n < 2 || !isRole(last) {
			return attribution{}
		}
		for _, t := range head[1 : n-1] {
			if !isLowerWord(s.word(t)) {
				return attribution{}
			}
		}
		return attribution{found: true, kind: spPhrase, start: head[0].s, end: head[n-1].e}
	}
	for _, t := range head {
		if !t.word || !isCap(s.word(t)) || isDet(s.word(t)) || nonNameSet.has(s.word(t)) {
			return attribution{}
		}
	}
	a := s.nameBackward(head)
	if a.kind != spName {
		return attribution{}
	}
	if w := s.word(head[n-1]); a.start == head[n-1].s && !s.isPerson(w) && s.fullName(w, head[n-1].s) == w {
		return attribution{}
	}
	a.found = true
	return a
}
