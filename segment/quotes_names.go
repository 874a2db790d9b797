package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reading speaker names and phrases from the words around a quote.

// subjectAfter reads the subject that follows a speech verb at toks[k-1]
// (inverted order: sagte Tomita, sagte ein Sprecher des Ministeriums).
func (s *qscan) subjectAfter(toks []tok, k int) attribution {
	for n := 0; n < 2 && k < len(toks) && toks[k].word && isAdverb(s.word(toks[k])); n++ {
		k++
	}
	if k >= len(toks) || !toks[k].word {
		return attribution{}
	}
	w := s.word(toks[k])
	if pk := pronounKind(w); pk != spNone {
		return attribution{kind: pk, start: toks[k].s, end: toks[k].e}
	}
	if surnameParticle(w) {
		// sagte von der Leyen: a surname with particles, when the
		// document gives it with a given name.
		if m := s.particleEnd(toks, k); m > k && s.particleStart(toks, m, k) == k {
			return attribution{kind: spName, start: toks[k].s, end: toks[m].e, particles: true}
		}
		return attribution{}
	}
	if isDet(w) {
		if !nominativeDet(w) {
			return attribution{} // den, dem, einem …: an object, not the subject
		}
		if k+1 < len(toks) && isAgeNoun(s.word(toks[k+1])) {
			// der 19-Jährige: a person named earlier, like er/sie
			return attribution{kind: spPronoun, start: toks[k].s, end: toks[k+1].e}
		}
		return s.phraseAfter(toks, k)
	}
	if !isCap(w) {
		return attribution{}
	}
	m := k
	for m < len(toks) && m-k < 5 && toks[m].word && isCap(s.word(toks[m])) && !isDet(s.word(toks[m])) {
		m++
	}
	if m < len(toks) && toks[m].word && surnameParticle(s.word(toks[m])) {
		if p := s.particleEnd(toks, m); p > m {
			switch given := s.word(toks[m-1]); {
			case listedGiven(given):
				// sagte Ursula von der Leyen: a given name, particles, a
				// surname.
				if a := s.nameForward(toks[k:m]); a.kind == spName && a.end == toks[m-1].e &&
					singleSpaced(s.text[toks[m-1].s:toks[p].e], p-m+1) {
					a.end, a.particles = toks[p].e, true
					return a
				}
			case foreignParticle(s.word(toks[m])) || isRole(given):
				// sagte Torschütze van Dijk: a surname with particles after
				// a role or another noun (with van, de …, which German uses
				// for nothing else, any word).
				if s.particleStart(toks, p, m) == m {
					return attribution{kind: spName, start: toks[m].s, end: toks[p].e, particles: true}
				}
			}
		}
	}
	return s.nameForward(toks[k:m])
}

// particleEnd returns the index of the surname after the particles that
// open at toks[m] (von der Leyen: Leyen), or m when no surname follows them.
func (s *qscan) particleEnd(toks []tok, m int) int {
	p := m + 1
	for p < len(toks) && p-m < 3 && toks[p].word && innerParticle(s.word(toks[p])) {
		p++
	}
	if p < len(toks) && s.surnameOK(toks[p]) {
		return p
	}
	return m
}

// withGiven returns j-1 when toks[j-1] is a listed given name before the
// particles at toks[j] (Ursula von der Leyen), else j.
func (s *qscan) withGiven(toks []tok, j int) int {
	if j > 0 && listedGiven(s.word(toks[j-1])) {
		return j - 1
	}
	return j
}

// listedGiven reports whether w is a listed given name, or two joined by a
// hyphen (Karl-Theodor).
func listedGiven(w string) bool {
	if givenNameSet.has(w) {
		return true
	}
	i := strings.IndexByte(w, '-')
	return i > 0 && givenNameSet.has(w[:i]) && givenNameSet.has(w[i+1:])
}

// phraseAfter reads a noun phrase starting with the determiner at toks[k]:
// ein Sprecher des chinesischen Außenministeriums, der Botschafter Koji Tomita.
func (s *qscan) phraseAfter(toks []tok, k int) attribution {
	i := s.skipAdjectives(toks, k+1)
	m := s.capRun(toks, i, 5)
	if m == i {
		return attribution{}
	}
	for r := i; r < m-1; r++ {
		if isRole(s.word(toks[r])) {
			// der Tessiner Staatsrat Claudio Zali → Claudio Zali
			if a := s.nameForward(toks[i:m]); a.kind == spName {
				return a
			}
			break
		}
	}
	if nonNameSet.has(s.word(toks[i])) {
		return attribution{}
	}
	end := m
	if m < len(toks) && toks[m].word {
		switch s.word(toks[m]) {
		case "des", "der", "eines", "einer", "of":
			i2 := s.skipAdjectives(toks, m+1)
			if m2 := s.capRun(toks, i2, 3); m2 > i2 {
				end = m2
			}
		}
	}
	// die Vorsitzende der Konferenz, die hessische Ministerin Sabine
	// Krüger: the name in the apposition is the better speaker.
	if end+1 < len(toks) && s.word(toks[end]) == "," && toks[end+1].word {
		w := s.word(toks[end+1])
		var b attribution
		switch {
		case nominativeDet(w):
			b = s.phraseAfter(toks, end+1)
		case isCap(w) && !nonNameSet.has(w):
			b = s.nameForward(toks[end+1 : s.capRun(toks, end+1, 5)])
		}
		if b.kind == spName {
			return b
		}
	}
	return attribution{kind: spPhrase, start: toks[k].s, end: toks[end-1].e}
}

// nominativeDet reports whether w is a determiner that can start a subject.
func nominativeDet(w string) bool {
	switch w {
	case "der", "die", "das", "ein", "eine", "Der", "Die", "Das", "Ein", "Eine", "the", "The", "a", "an":
		return true
	}
	return false
}

// isAgeNoun reports whether w is an age used as a noun (19-Jährige).
func isAgeNoun(w string) bool {
	return len(w) > 0 && w[0] >= '0' && w[0] <= '9' &&
		(strings.Contains(w, "-Jährige") || strings.Contains(w, "-jährige"))
}

func (s *qscan) skipAdjectives(toks []tok, i int) int {
	for n := 0; n < 3 && i < len(toks) && toks[i].word; n++ {
		w := s.word(toks[i])
		if speechVerbSet.has(w) || isCap(w) || isDet(w) || pronounKind(w) != spNone {
			break
		}
		i++
	}
	return i
}

// capRun returns the end of the run of at most n capitalized words at i.
func (s *qscan) capRun(toks []tok, i, n int) int {
	m := i
	for m < len(toks) && m-i < n && toks[m].word && isCap(s.word(toks[m])) && !isDet(s.word(toks[m])) {
		m++
	}
	return m
}

// nameForward takes a name from the start of a run of capitalized words
// after a verb: titles are skipped, and a given name may precede the
// surname (Premierminister Fumio Kishida → Fumio Kishida; Kishida
// Journalisten → Kishida).
func (s *qscan) nameForward(run []tok) attribution {
	// Start after the last title: Japans Premier Kishida → Kishida.
	i := 0
	for k := range min(len(run), 4) {
		if isRole(s.word(run[k])) {
			i = k + 1
		}
	}
	if i == len(run) {
		return attribution{}
	}
	// A place's or an organization's genitive before a name is its owner,
	// not the speaker: Dortmunds Rose → Rose (the names pass's word list
	// tells Dortmund; Hans Rose, Tamas Rohonyi and Tebas Llanas stay).
	if w := s.word(run[i]); i+1 < len(run) && len(w) > 2 && w[len(w)-1] == 's' && !isAllCaps(w) &&
		!listedGiven(w) && !isRole(s.word(run[i+1])) && s.surnameOK(run[i+1]) && placeGenitive(w) {
		i++
	}
	// A noun the role list lacks before a given name and a surname, or
	// before a surname the document gives with a given name, is a role
	// too: Landrat Werner Bumeder, Formel-1-Boss Chase Carey, Landrat
	// Bumeder → Werner Bumeder, Chase Carey, Bumeder. A hyphenated
	// compound (Formel-1-Boss) lets a word pass as a given name by its
	// shape. Hans Peter Müller stays whole.
	for k := i + 1; k < len(run) && k-i <= 2; k++ {
		prev := s.word(run[k-1])
		if listedGiven(prev) || isAllCaps(prev) {
			break
		}
		w := s.word(run[k])
		if k+1 < len(run) {
			if (listedGiven(w) || strings.IndexByte(prev, '-') > 0 && s.givenName(run[k], true)) && s.surnameOK(run[k+1]) {
				i = k
				break
			}
		} else if s.surnameOK(run[k]) && !s.givenName(run[k-1], true) && s.isPerson(w) {
			i = k
		}
	}
	if nonNameSet.has(s.word(run[i])) {
		return attribution{}
	}
	end := i + 1
	if !isAllCaps(s.word(run[i])) {
		for end < len(run) && end-i < 3 && s.surnameOK(run[end]) &&
			(s.givenName(run[end-1], end-1 == i) ||
				end-1 == i && (doubleName(s.word(run[end])) || lexiconGiven(s.word(run[end-1])))) {
			end++
		}
		// After a role, the two words that end the run are a given name
		// the list lacks and a surname (Bundestrainer Henk Groener), not
		// a given name alone.
		if end == i+1 && i > 0 && i+2 == len(run) && isRole(s.word(run[i-1])) && s.surnameOK(run[i+1]) {
			end++
		}
	}
	return attribution{kind: spName, start: run[i].s, end: run[end-1].e}
}

// doubleName reports whether w is a double-barrelled surname
// (Pfeiffer-Lang): it makes the word before it a given name.
func doubleName(w string) bool {
	i := strings.IndexByte(w, '-')
	return i > 0 && i+1 < len(w) && isCap(w) && isCap(w[i+1:]) && !isRole(w)
}

// nameBackward takes a name from the end of a run of capitalized words
// before a verb (… Repräsentantenhauses Kenji Wakamiya sagte → Kenji
// Wakamiya).
func (s *qscan) nameBackward(run []tok) attribution {
	last := len(run) - 1
	if last < 0 || !s.surnameOK(run[last]) {
		return attribution{}
	}
	start := last
	for start > 0 && last-start < 2 && s.givenName(run[start-1], true) {
		start--
	}
	return attribution{kind: spName, start: run[start].s, end: run[last].e}
}

// beforeBrackets returns k, or, when toks[k-1] closes a bracket opened at
// most inner tokens before it (Dieter W. (67)), the index of the opening
// bracket: the words before a bracketed aside. It returns -1 when nothing
// is left before it, or the bracket is not closed in reach. k > 0.
func (s *qscan) beforeBrackets(toks []tok, k, inner int) int {
	if s.word(toks[k-1]) != ")" {
		return k
	}
	for j := k - 2; j >= 0 && j >= k-2-inner; j-- {
		if s.word(toks[j]) == "(" {
			k = j
			break
		}
	}
	if k == 0 || s.word(toks[k-1]) == ")" {
		return -1
	}
	return k
}

// subjectBefore reads the subject before a speech verb at toks[k]
// (Kishida sagte, Der Botschafter fügte hinzu, Lance Gatling von …, …, sagte).
func (s *qscan) subjectBefore(toks []tok, k int) attribution {
	if k == 0 {
		return attribution{}
	}
	// Dr. Thomas Bergmann (Dortmund) erklärt: skip the brackets
	if k = s.beforeBrackets(toks, k, 6); k < 0 {
		return attribution{}
	}
	t := toks[k-1]
	if !t.word {
		if s.word(t) == "," {
			return s.apposition(toks)
		}
		return attribution{}
	}
	w := s.word(t)
	if pk := pronounKind(w); pk != spNone {
		return attribution{kind: pk, start: t.s, end: t.e}
	}
	if !isCap(w) || isDet(w) || nonNameSet.has(w) {
		return attribution{}
	}
	i := k - 1
	for i > 0 && k-i < 5 && toks[i-1].word {
		pw := s.word(toks[i-1])
		if !isCap(pw) || isDet(pw) || nonNameSet.has(pw) {
			break
		}
		i--
	}
	if k-i == 1 {
		// von der Leyen sagte, Von der Leyen sagte: the particles and a
		// given name before them (Ursula von der Leyen sagte).
		if j := s.particleStart(toks, i, -1); j < i {
			j = s.withGiven(toks, j)
			return attribution{kind: spName, start: toks[j].s, end: toks[i].e, particles: true}
		}
	} else if k-i == 2 && s.particleStart(toks, i+1, i) == i {
		// Van Gaal sagte
		return attribution{kind: spName, start: toks[i].s, end: toks[i+1].e, particles: true}
	}
	if k-i == 1 || isRole(w) {
		if a := s.phraseBefore(toks, i, k); a.kind != spNone {
			return a
		}
	}
	if i >= 2 && toks[i-1].word && isPreposition(s.word(toks[i-1])) {
		// Das Handelsministerium in Peking kündigte an: the name is inside
		// a prepositional phrase, the subject comes before it.
		h := i - 1
		for h > 0 && i-1-h < 3 && toks[h-1].word && isCap(s.word(toks[h-1])) && !isDet(s.word(toks[h-1])) {
			h--
		}
		if h < i-1 {
			if a := s.phraseBefore(toks, h, i-1); a.kind != spNone {
				a.end = toks[k-1].e
				return a
			}
		}
		return attribution{}
	}
	return s.nameBackward(toks[i:k])
}

func isPreposition(w string) bool {
	switch w {
	case "in", "im", "aus", "bei", "beim", "von", "vom", "am", "an", "für", "mit", "nach", "zu", "zum", "zur",
		"of", "at", "from", "for", "with":
		return true
	}
	return false
}

// phraseBefore reads a noun phrase ending before toks[k] whose capitalized
// head starts at toks[i]: Der japanische Botschafter, Ein Sprecher des
// Ministeriums.
func (s *qscan) phraseBefore(toks []tok, i, k int) attribution {
	start := -1
	for ext := 0; ext < 2; ext++ {
		j := i - 1
		for n := 0; n < 3 && j >= 0 && toks[j].word && isLowerWord(s.word(toks[j])) && !isDet(s.word(toks[j])); n++ {
			j--
		}
		if j < 0 || !toks[j].word || !isDet(s.word(toks[j])) {
			break
		}
		start = j
		switch s.word(toks[j]) { // a determiner (isDet), so no other case forms
		case "des", "der", "eines", "einer", "Des", "Der", "Eines", "Einer":
			// a genitive: look for the phrase it belongs to
			h := j
			for h > 0 && j-h < 3 && toks[h-1].word && isCap(s.word(toks[h-1])) && !isDet(s.word(toks[h-1])) {
				h--
			}
			if h == j {
				ext = 2
				continue
			}
			i = h
			continue
		}
		break
	}
	if start < 0 || !nominativeDet(s.word(toks[start])) {
		return attribution{}
	}
	return attribution{kind: spPhrase, start: toks[start].s, end: toks[k-1].e}
}

// apposition finds the subject at the start of the sentence when an
// apposition stands between it and the verb: Koji Tomita, der Botschafter,
// erklärte / Lance Gatling von Nexial Research, …, sagte.
func (s *qscan) apposition(toks []tok) attribution {
	m := 0
	for m < len(toks) && m < 4 && toks[m].word {
		w := s.word(toks[m])
		if !isCap(w) || isDet(w) || nonNameSet.has(w) {
			break
		}
		m++
	}
	if m == 0 || m >= len(toks) {
		return attribution{}
	}
	switch s.word(toks[m]) {
	case ",", "von", "vom", "aus", "of":
		return s.nameBackward(toks[:m])
	}
	return attribution{}
}

// givenName reports whether t can be a given name before a surname. first
// allows the looser shape test (only the first word of a name may pass by
// shape alone).
func (s *qscan) givenName(t tok, loose bool) bool {
	w := s.word(t)
	if givenNameSet.has(w) {
		return true
	}
	// The shape of a given name, cheapest tests first.
	if !loose || len(w) < 3 || len(w) > 8 || !isCap(w) {
		return false
	}
	switch w[len(w)-1] {
	case 'a', 'e', 'i', 'o', 'u', 'y':
	default:
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isASCIILetter(w[i]) {
			return false
		}
	}
	return !isAllCaps(w) && !isRole(w) && !nonNameSet.has(w)
}

func (s *qscan) surnameOK(t tok) bool {
	w := s.word(t)
	return t.word && isCap(w) && !isDet(w) && !isRole(w) && !nonNameSet.has(w)
}

func (s *qscan) word(t tok) string { return s.text[t.s:t.e] }

// verbAt reports whether toks[k] is a speech verb.
func (s *qscan) verbAt(toks []tok, k int) (speechVerb, bool) {
	if k >= len(toks) || !toks[k].word || !maybeVerb(s.text[toks[k].s:toks[k].e]) {
		return speechVerb{}, false // cheap reject before the map lookup
	}
	return lookupVerb(s.text[toks[k].s:toks[k].e])
}

func lookupVerb(w string) (speechVerb, bool) {
	if i := speechVerbSet.index(w); i >= 0 {
		return speechVerbVals[i], true
	}
	return speechVerb{}, false
}

// isRole reports whether w is a title or office: listed, a compound ending
// in a listed suffix (Regierungssprecher, Parteichefin), or a hyphenated
// compound whose last part is one (CDU-Chef, US-Präsident).
func isRole(w string) bool {
	if len(w) < 2 {
		return roleWordSet.has(w) // the filters below need two bytes
	}
	if roleWordSet.has(w) {
		return true
	}
	if i := strings.LastIndexByte(w, '-'); i >= 0 && i+1 < len(w) {
		last := w[i+1:]
		if roleWordSet.has(last) || roleWordSet.has(capitalize(last)) {
			return true
		}
	}
	for _, suf := range roleSuffixesByEnd[pairIndex(w[len(w)-2], w[len(w)-1])] {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func capitalize(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}

func pronounKind(w string) spKind {
	switch w {
	case "er", "Er", "sie", "Sie", "he", "He", "she", "She":
		return spPronoun
	case "es", "Es", "man", "Man", "it", "It":
		return spImpersonal
	case "they", "They", "wir", "Wir", "ich", "Ich", "we", "We", "I":
		// plural or the speaker quoting themself: not resolved
		return spImpersonal
	}
	return spNone
}

func isDet(w string) bool {
	switch w {
	case "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
		"Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Eines", "Einem", "Einen",
		"the", "The", "a", "an":
		return true
	}
	return false
}

func isAdverb(w string) bool {
	switch w {
	case "jedoch", "auch", "außerdem", "zudem", "weiter", "dazu", "dann", "noch", "bereits",
		"ebenfalls", "abschließend", "später", "damals", "nun", "schließlich", "zuvor", "also":
		return true
	}
	return false
}

func isCap(w string) bool {
	if w == "" || w[0] >= utf8.RuneSelf {
		return firstRuneUpper(w)
	}
	return w[0]-'A' < 26
}

func firstRuneUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isLowerWord(w string) bool {
	if w == "" || w[0] >= utf8.RuneSelf {
		return firstRuneLower(w)
	}
	return w[0]-'a' < 26
}

func firstRuneLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// surnameParticle reports whether w can open the particles of a surname
// (von der Leyen, de Maizière, van Gaal, zu Guttenberg).
func surnameParticle(w string) bool {
	return len(w) >= 2 && particleWord(w[0], w[1:], false)
}

// particleFold is surnameParticle that also takes the particle
// capitalized, as at a sentence start (Von der Leyen).
func particleFold(w string) bool {
	return len(w) >= 2 && particleWord(foldASCII(w[0]), w[1:], false)
}

// foreignParticle reports whether w, in lower case or capitalized, is a
// surname particle that German text uses for nothing else (van Dijk, de
// Gaulle; unlike von, zu, da).
func foreignParticle(w string) bool {
	return len(w) >= 2 && particleWord(foldASCII(w[0]), w[1:], true)
}

// particleWord reports whether the word of first letter c (lower case) and
// the rest rest is a surname particle; foreign keeps only those German
// uses for nothing else.
func particleWord(c byte, rest string, foreign bool) bool {
	switch c {
	case 'v':
		return rest == "an" || !foreign && rest == "on"
	case 'd':
		switch rest {
		case "e", "i", "el", "ella", "os":
			return true
		case "a", "u":
			return !foreign
		}
	case 't':
		return rest == "en" || rest == "er"
	case 'z':
		return !foreign && rest == "u"
	case 'l':
		return !foreign && (rest == "e" || rest == "a")
	}
	return false
}

// foldASCII returns c in lower case when it is an ASCII capital.
func foldASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// innerParticle reports whether w can follow the first particle of a
// surname (von der Leyen, de la Cruz, van den Berg).
func innerParticle(w string) bool {
	if len(w) != 2 && len(w) != 3 || w[0] != 'd' && w[0] != 'l' {
		return false
	}
	switch w {
	case "der", "den", "dem", "de", "la", "le":
		return true
	}
	return false
}

// particleStart returns the index of the first particle of the surname
// toks[i] (von der Leyen), or i when there is none or the document does not
// give the name with a given name before the particles (Ursula von der
// Leyen): in „der Präsident von Frankreich“ von is a preposition. A
// capitalized particle counts at the start of toks (Von der Leyen sagte).
// first, when not -1, is the index the particles must start at.
func (s *qscan) particleStart(toks []tok, i, first int) int {
	j := i
	for j > 0 && i-j < 3 && toks[j-1].word {
		w := s.word(toks[j-1])
		if !(j-1 == 0 && particleFold(w) || surnameParticle(w) || innerParticle(w)) {
			break
		}
		j--
	}
	// The particles open with von, van, de …, not with der.
	for j < i && !particleFold(s.word(toks[j])) {
		j++
	}
	if j == i || first >= 0 && j != first {
		return i
	}
	name := s.text[toks[j].s:toks[i].e]
	if !singleSpaced(name, i-j) {
		return i
	}
	if foreignParticle(s.word(toks[j])) {
		return j // van, de …: no German word
	}
	name = lowerASCIIFirst(name)
	// The full name must open with a listed given name: the shape test
	// fullName allows would take a place (nach Hawaii zu Gatling).
	full := s.fullName(name, toks[j].s)
	if g := strings.IndexByte(full, ' '); full == name || g < 0 || !givenNameSet.has(full[:g]) {
		return i
	}
	return j
}

// lexiconGiven reports whether the word list of the names pass knows w as a
// given name and not as a common noun (Ewald, Henk): the speaker after a
// verb is then a full name (berichtet Ewald Grom), not its given name
// alone. It is asked only there, after the short list and the shape test
// have failed, so that the quote pass seldom reads the large table.
func lexiconGiven(w string) bool {
	if particleFold(w) || starterSet.has(w) {
		return false // Von, Im, Dabei: a sentence's first word
	}
	f := loadLexicon().get(w)
	return f&lexGiven != 0 && f&lexNoun == 0
}

// placeGenitive reports whether w, a word in -s, is the genitive of a
// country, town or organization the names pass's word list knows, and no
// given name (Dortmunds, Japans; not Hans).
func placeGenitive(w string) bool {
	lx := loadLexicon()
	f := lx.get(w[:len(w)-1])
	return f&(lexCountry|lexCity|lexLOC|lexORG) != 0 && (f|lx.get(w))&lexGiven == 0
}
