package segment

import (
	"strings"
	"unicode/utf8"
)

// SpeakerFull: the fullest form of a speaker's name that the document gives.

// resolveFull sets SpeakerFull: the fullest form of a name found in the
// document (Wakamiya → Kenji Wakamiya).
func (s *qscan) resolveFull(attrs []attribution) {
	// Quotes in a row mostly share their speaker's mention (one
	// attribution, inherited): the answer for a mention is that of the last
	// quote with the same mention and kind, as fullName answers the same
	// for a surname once it is asked. For the same reason, a mention with
	// the same words, kind and particles as the last one worked out (sagte
	// Gatling … fügte Gatling hinzu) has its answer.
	last, done := -1, -1
	for j := range s.quotes {
		q := &s.quotes[j]
		if q.Speaker == "" {
			continue
		}
		if last >= 0 && s.quotes[last].SpeakerStart == q.SpeakerStart && s.quotes[last].SpeakerEnd == q.SpeakerEnd &&
			attrs[last].kind == attrs[j].kind {
			q.SpeakerFull = s.quotes[last].SpeakerFull
			continue
		}
		last = j
		if done >= 0 && s.quotes[done].Speaker == q.Speaker && attrs[done].kind == attrs[j].kind &&
			attrs[done].particles == attrs[j].particles {
			q.SpeakerFull = s.quotes[done].SpeakerFull
			continue
		}
		done = j
		q.SpeakerFull = q.Speaker
		if attrs[j].kind != spName && !s.isNameMention(q) {
			continue
		}
		sur := ""
		if attrs[j].particles {
			sur = particleSurname(q.Speaker)
		}
		if sur == "" {
			sur = q.Speaker
			if i := strings.LastIndexByte(sur, ' '); i >= 0 {
				sur = sur[i+1:]
			}
		}
		if full := s.fullName(sur, q.SpeakerStart); full != q.Speaker && strings.Count(full, " ") > strings.Count(q.Speaker, " ") {
			q.SpeakerFull = full
		}
	}
}

// isNameMention reports whether an inherited speaker is a name (its words
// are all capitalized).
func (s *qscan) isNameMention(q *Quote) bool {
	for f := range strings.FieldsSeq(q.Speaker) {
		if !isCap(f) {
			return false
		}
	}
	return true
}

// fullName returns the first form of sur that has given names before it,
// joined with single spaces, or sur. It reads the text around at, the
// position of a mention of sur: fullNameBack bytes before it and
// fullNameAhead after it, which hold a whole news article. Each word is
// looked up once (the first lookup answers for the document), and at most
// 256 words per document, so a long document costs per name what an
// article does.
func (s *qscan) fullName(sur string, at int) string {
	if full, ok := s.knownFullName(sur); ok {
		return full
	}
	if len(s.fullNames) >= 256 {
		return sur
	}
	full := s.findFullName(sur, max(0, at-fullNameBack), min(len(s.text), at+fullNameAhead))
	s.fullNames = append(s.fullNames, [2]string{sur, full})
	return full
}

// knownFullName looks sur up among the names already resolved. A document
// names few people, so a slice beats a map (no map to allocate per call).
func (s *qscan) knownFullName(sur string) (string, bool) {
	for _, kv := range s.fullNames {
		if kv[0] == sur {
			return kv[1], true
		}
	}
	return "", false
}

// The window fullName reads around a mention.
const (
	fullNameBack  = 32 << 10
	fullNameAhead = 8 << 10
)

// findFullName finds the first form of sur in text[lo:hi] with given names
// before it.
func (s *qscan) findFullName(sur string, lo, hi int) string {
	t := s.text
	from := lo
	for n := 0; n < 64; n++ {
		o := strings.Index(t[from:hi], sur)
		if o < 0 {
			break
		}
		o += from
		from = o + len(sur)
		if !wholeWord(t, o, from) {
			continue
		}
		// Up to two given names before it; the name is returned as a slice
		// of the text when single spaces separate its words (no copy).
		var starts [2]int
		n := 0
		pos := o
		for n < 2 {
			ws, we := s.prevWord(pos)
			if ws < 0 || !s.givenName(tok{ws, we, true}, n == 0) {
				break
			}
			starts[n] = ws
			n++
			pos = ws
		}
		if n > 0 {
			full := t[starts[n-1]:from]
			if singleSpaced(full, n) {
				return full
			}
			return strings.Join(strings.Fields(full), " ")
		}
	}
	return sur
}

// wholeWord reports whether t[o:e] is a whole word: no letter or digit
// right before or after it.
func wholeWord(t string, o, e int) bool {
	if r, _ := utf8.DecodeLastRuneInString(t[:o]); o > 0 && runeClass(r) == chAlnum {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[e:])
	return e == len(t) || runeClass(r) != chAlnum
}

// singleSpaced reports whether the n gaps between the words of name are
// single spaces.
func singleSpaced(name string, n int) bool {
	for i := 0; i < len(name); i++ {
		switch name[i] {
		case ' ':
			n--
		case '\t', '\n':
			return false
		}
	}
	return n == 0
}

// prevWord returns the word that ends one run of spaces before pos, or -1.
func (s *qscan) prevWord(pos int) (int, int) {
	t := s.text
	e := pos
	for e > 0 && (t[e-1] == ' ' || t[e-1] == '\t') {
		e--
	}
	if e == pos || e == 0 {
		return -1, -1
	}
	b := e
	for b > 0 {
		if c := t[b-1]; c < utf8.RuneSelf {
			if quoteASCIIClass[c] != chAlnum && c != '-' {
				break
			}
			b--
			continue
		}
		r, w := utf8.DecodeLastRuneInString(t[:b])
		if runeClass(r) != chAlnum {
			break
		}
		b -= w
	}
	if b == e {
		return -1, -1
	}
	return b, e
}

// particleSurname returns the surname of name from its first particle on,
// in lower case as inside a full name (Von der Leyen → von der Leyen;
// Ursula von der Leyen → von der Leyen), or "" when name has no particle
// before its last word.
func particleSurname(name string) string {
	for i := 0; i < len(name); {
		j := strings.IndexByte(name[i:], ' ')
		if j < 0 {
			return ""
		}
		if w := name[i : i+j]; i == 0 && particleFold(w) || surnameParticle(w) {
			return lowerASCIIFirst(name[i:])
		}
		i += j + 1
	}
	return ""
}
