package segment

import (
	"strings"
	"unicode/utf8"
)

// Reading the attribution clause of a quote: the words after it (postAttr,
// laterAttr) and the sentence before it (preAttr, verbSpeaker), and the
// sentences before a quote that carry its speaker (sentenceSpeaker,
// prevSentenceSpeaker).

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
		if (v.postOnly && !named(a.kind)) || (v.source && !s.sourceName(a)) || (loose && a.kind == spNone) {
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
		if a.kind == spNone || (v.source && !s.sourceName(a)) {
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
			if a := s.subjectAfter(toks, k+1); s.sourceName(a) {
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
	// Nachbar Dieter W. (67): skip the brackets
	if n = s.beforeBrackets(toks, n-1, 4); n < 0 {
		return attribution{}
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

// sourceName reports whether a, the words after laut or according to, is
// a name, not a plural noun of sources (laut US-Medienberichten, laut
// Polizeiangaben, laut Experten), which a capital letter makes look like
// one.
func (s *qscan) sourceName(a attribution) bool {
	if a.kind != spName {
		return false
	}
	w := s.text[a.start:a.end]
	if i := strings.LastIndexAny(w, " -"); i >= 0 {
		w = w[i+1:]
	}
	for _, suf := range [...]string{"berichten", "angaben", "informationen", "schätzungen", "umfragen", "medien",
		"kreisen", "quellen", "experten", "expertinnen", "daten", "zahlen", "studien", "recherchen", "erkenntnissen"} {
		if len(w) >= len(suf) && (strings.HasSuffix(w, suf) || w[1:] == suf[1:] && foldASCII(w[0]) == suf[0]) {
			return false
		}
	}
	return true
}
