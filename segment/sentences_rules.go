package segment

// The decisions: whether a mark, given the words around it, ends a sentence.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nextListItem reports whether the token at j continues the enumeration that
// opened the sentence, as "2." after "1. … ": it then starts a new sentence.
func (s *splitter) nextListItem(j int) bool {
	kind, val, ok := parseListMarker(s.text[j:])
	if !ok || kind != s.listKind || val != s.listVal+1 {
		return false
	}
	// "1. FC Köln … in der 2. Bundesliga": after an article the number is an
	// ordinal, not the next item.
	if s.prevS >= 0 && s.lang.ordinals {
		var buf [maxLook]byte
		if w := lowerInto(buf[:], trimPunct(s.text[s.prevS:s.prevE])); w != nil && s.lang.ordBefore[string(w)] {
			return false
		}
	}
	return true
}

// afterQuestion decides after "?" or "!": a new sentence starts unless the
// text goes on in lower case ("Yahoo! in", "„Warum?“ fragte er") or with
// a comma ("„Komm!“, rief sie").
func (s *splitter) afterQuestion(j int) bool {
	next := s.peek(j)
	return startsSentence(next.r) || s.parenEnumerator(next)
}

// parenEnumerator reports an enumerator in parentheses, "(a)", "(ii)",
// "(3)": it opens a list item even though it is in lower case.
func (s *splitter) parenEnumerator(next nextInfo) bool {
	w := next.word
	if next.pos == 0 || s.text[next.pos-1] != '(' || w == "" || len(w) > 4 {
		return false
	}
	end := next.pos + len(w)
	if end >= len(s.text) || s.text[end] != ')' {
		return false
	}
	if len(w) == 1 {
		return true
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'i', 'v', 'x', 'I', 'V', 'X':
		default:
			if w[i] < '0' || w[i] > '9' {
				return false
			}
		}
	}
	return true
}

// afterEllipsis decides after "…" or "...": a capital starts a new sentence.
func (s *splitter) afterEllipsis(j int) bool {
	next := s.peek(j)
	return isUpperRune(next.r) || next.r == 0
}

// isCamelWord reports lower-case words with an inner capital ("iPhone",
// "eBay"): brand names that do start sentences in lower case.
func isCamelWord(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !isLowerRune(r) {
		return false
	}
	for _, r := range w[n:] {
		if isUpperRune(r) {
			return true
		}
	}
	return false
}

// startsSentence reports whether r can begin a sentence after "?" or "!".
func startsSentence(r rune) bool {
	switch {
	case r == 0:
		return true
	case isLowerRune(r):
		return false
	case r == ',' || r == ';' || r == ':' || r == ')' || r == ']' || r == '}':
		return false
	}
	return true
}

// afterPeriod decides whether the full stop at i, whose cluster ends at j
// (followed by whitespace), ends the sentence.
func (s *splitter) afterPeriod(i, j int) bool {
	next := s.peek(j)
	if next.r == 0 {
		return true
	}
	if s.parenEnumerator(next) {
		return s.periodEnds(s.text[s.tokStart:i], nextInfo{pos: next.pos, r: 'A', word: "("})
	}
	if !startsSentence(next.r) && !isCamelWord(next.word) {
		return false
	}
	if s.tokURL {
		return true // "… www.spiegel.de. Dann"
	}
	if i-s.tokStart > maxLook {
		return true // a long word is no abbreviation
	}
	return s.periodEnds(s.text[s.tokStart:i], next)
}

// periodEnds decides for the token tok (up to the full stop) whether the
// full stop ends the sentence, given the next word.
func (s *splitter) periodEnds(tok string, next nextInfo) bool {
	lang := s.lang
	w := trimPunct(tok)
	if w == "" {
		return true
	}
	// "(MdB).", "„Hilfe“.": a stop after a bracket or quote follows no
	// abbreviation.
	if r, _ := utf8.DecodeLastRuneInString(tok); isCloser(r) {
		return true
	}
	digit := next.r >= '0' && next.r <= '9'
	atStart := s.tokStart == s.start || (s.prevS == s.start && s.prevS >= 0 && isBulletToken(s.text[s.prevS:s.prevE]))

	if isNumber(w) {
		// "1. Dies ist eine Punkteliste.": an enumeration marker.
		if atStart {
			return false
		}
		if lang.ordinals {
			return s.numberEnds(w, next)
		}
		return true
	}

	first, n := utf8.DecodeRuneInString(w)
	if n == len(w) && unicode.IsLetter(first) {
		if isLowerRune(first) {
			// "z.", "s.", "u.": single lower-case letters are abbreviations;
			// "a. The first item" opens an enumeration.
			return false
		}
		// A capital letter is an initial ("Jens S. Müller"); it ends a
		// sentence only before a typical sentence opener ("and I. Did"), and
		// not as the first word ("Q. What is his name?").
		if s.prevS >= 0 && isSingleLowerAbbrev(s.text[s.prevS:s.prevE]) {
			// The second half of a spaced abbreviation: "z. B.", "u. Ä.",
			// "n. V.": its class decides.
			var buf [8]byte
			p := trimPunct(s.text[s.prevS:s.prevE])
			key := lowerInto(buf[:], p+w)
			c, _ := lang.abbrevOf(key, p)
			switch c {
			case abbrevNever:
				return false
			case abbrevOften:
				return !digit
			}
		}
		return s.nTok > 1 && lang.starters[next.word]
	}

	var buf [maxLook]byte
	key := lowerInto(buf[:], w)
	if key == nil {
		return true
	}
	c, ok := lang.abbrevOf(key, w)
	if !ok {
		// "Mo.–Fr.", "Dipl.-Ing.": the last part of a joined form.
		if hasJoiner(key) {
			if k := strings.LastIndexAny(w, "-–/"); k >= 0 {
				_, dw := utf8.DecodeRuneInString(w[k:])
				part := w[k+dw:]
				var pbuf [maxLook]byte
				c, _ = lang.abbrevOf(lowerInto(pbuf[:], part), part)
			}
		}
		// "Goethestr. 12": street names abbreviated as "-str.".
		if c == abbrevNone && lang.ordinals && strings.HasSuffix(string(key), "str") {
			c = abbrevNumber
		}
	}
	switch c {
	case abbrevNever:
		return false
	case abbrevOften:
		for _, k := range lang.abbrevKeep[string(key)] {
			if next.word == k {
				return false // "GmbH & Co. KG"
			}
		}
		return !digit // "usw. Dann" ends, "et al. 2005" does not
	case abbrevAmbig:
		return s.ambiguousEnds(next)
	case abbrevNumber:
		return !digit
	case abbrevTime:
		return s.timeEnds(next)
	}
	// Unlisted initialisms with inner full stops ("F.D.P.", "B.Sc.") behave
	// like listed ambiguous ones.
	if isInitialism(w) {
		return s.ambiguousEnds(next)
	}
	return true
}

// numberEnds decides, for German, whether "<number>." ends the sentence or
// is an ordinal ("am 31. Januar", "die 2. Bundesliga", "den 45.
// Präsidenten"): the next word or the article before the number tells.
func (s *splitter) numberEnds(w string, next nextInfo) bool {
	lang := s.lang
	// A year is no ordinal unless its noun follows directly ("zum 1000.
	// Mal"): "von 1933 bis 1945. Danach", "im 2007. Die".
	if len(w) == 4 && (w[0] == '1' || w[0] == '2') && isDigits(w) {
		return !lang.ordAfter[next.word] && !lang.hasOrdinalStem(next.word)
	}
	if lang.isOrdinalFollower(next.word) {
		return false
	}
	// A date ("am 7.10.", "bis 7.10.2023.") is complete in itself: the
	// article before it says nothing, so only a typical opener starts a
	// sentence.
	if isDate(w) {
		return lang.starters[next.word]
	}
	// An ordinal is followed by its noun or adjective, never by an article,
	// pronoun or conjunction: "bis 5. Ein neuer Versuch" ends at "5.".
	if lang.starters[next.word] {
		return true
	}
	if s.prevS < 0 {
		return true
	}
	prev := trimPunct(s.text[s.prevS:s.prevE])
	var buf [maxLook]byte
	if p := lowerInto(buf[:], prev); p != nil && lang.ordBefore[string(p)] {
		return false
	}
	// "den insgesamt 36. Scudetto", "der bislang 45. Präsident": an article
	// two words back, across an adverb or adjective.
	if s.prev2S >= 0 && isLowerRune(firstRune(prev)) {
		if p := lowerInto(buf[:], trimPunct(s.text[s.prev2S:s.prev2E])); p != nil && lang.ordBefore[string(p)] {
			return false
		}
	}
	return true
}

// isDate reports day-and-month numbers: "7.10", "07.10.2023".
func isDate(w string) bool {
	d, rest, ok := strings.Cut(w, ".")
	if !ok || len(d) > 2 {
		return false
	}
	m, y, _ := strings.Cut(rest, ".")
	if len(m) == 0 || len(m) > 2 || (y != "" && len(y) != 2 && len(y) != 4) {
		return false
	}
	return isDigits(d) && isDigits(m) && isDigits(y)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// ambiguousEnds decides after an ambiguous abbreviation ("a.m.", "U.S.",
// "Mio."): a sentence ends only before a typical sentence opener, and not
// when the abbreviation is the third word or earlier: such a short run is an
// introductory phrase ("At 5 a.m. Mr. Smith went …", "In the U.S. Mr. …").
func (s *splitter) ambiguousEnds(next nextInfo) bool {
	return s.nTok > 3 && s.lang.starters[next.word]
}

// timeEnds decides after a clock time ("6 p.m."): besides the typical
// openers, a capitalized word followed by a lower-case one starts a sentence
// ("at 6 P.M. Travelers who …"), since what continues a time is a day, a
// month or a zone ("5 p.m. Monday", "p.m. EST", "p.m. Eastern Time").
func (s *splitter) timeEnds(next nextInfo) bool {
	if s.nTok <= 3 {
		return false // "At 5 a.m. Mr. Smith went …"
	}
	if s.lang.starters[next.word] {
		return true
	}
	if !isUpperRune(next.r) || s.lang.ordAfter[next.word] || isCalendarWord(next.word) {
		return false
	}
	k := next.pos + len(next.word)
	if k >= len(s.text) || s.text[k] != ' ' {
		return false
	}
	return isLowerRune(firstRune(s.text[k+1:]))
}

// isCalendarWord reports English weekday and month names, which follow
// clock times.
func isCalendarWord(w string) bool {
	switch w {
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
		"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December":
		return true
	}
	return false
}

// missingSpace reports whether the full stop at i, directly followed by a
// capitalized word, ends a sentence although the space after it is missing:
// "Hello world.Today is Tuesday." It needs two lower-case letters (or, in
// English, a digit) before the stop and must not be inside a URL or e-mail
// address or after an abbreviation.
func (s *splitter) missingSpace(i int) bool {
	text := s.text
	if s.tokURL || i+2 >= len(text) {
		return false
	}
	r1, w1 := utf8.DecodeRuneInString(text[i+1:])
	r2, _ := utf8.DecodeRuneInString(text[i+1+w1:])
	if !isUpperRune(r1) || !isLowerRune(r2) {
		return false
	}
	p1, n1 := utf8.DecodeLastRuneInString(text[:i])
	p2, _ := utf8.DecodeLastRuneInString(text[:i-n1])
	digits := !s.lang.ordinals && p1 >= '0' && p1 <= '9'
	if !digits && !(isLowerRune(p1) && isLowerRune(p2)) {
		return false
	}
	// The rest of the token must not look like an address ("Jane.Doe@x.com").
	for k := i + 1; k < len(text) && k < i+maxLook; k++ {
		c := text[k]
		if c == '@' || c == '/' || c == ' ' || c == '\t' || c == '\n' {
			if c == '@' || c == '/' {
				return false
			}
			break
		}
	}
	if i-s.tokStart > maxLook {
		return true
	}
	next := nextInfo{pos: i + 1, r: r1}
	k := i + 1
	for k < len(text) && k-i < maxLook {
		r, w := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) {
			break
		}
		k += w
	}
	next.word = text[i+1 : k]
	return s.periodEnds(text[s.tokStart:i], next)
}

// hasJoiner reports a hyphen, slash or en dash (lead byte 0xE2) in key, a
// cheap test before the search for the last one.
func hasJoiner(key []byte) bool {
	for _, c := range key {
		if c == '-' || c == '/' || c == 0xE2 {
			return true
		}
	}
	return false
}

// creditEnds reports whether the bracket that closes before j is a picture
// or source credit ("(Foto: dpa)", "(Kevin Dietsch/Getty Images)") followed
// by a capitalized word: the segment ends after the credit, which belongs to
// no following sentence. A credit among the first three words is a dateline
// and opens its sentence ("Berlin (dpa) - Die Regierung …", "Nürnberg (dpa)
// Torjäger …").
func (s *splitter) creditEnds(j int) bool {
	o := s.openParen
	if o < 0 || o < s.start || s.prevE-o > 2*maxLook {
		return false
	}
	if o != s.start && s.openParenTok <= 3 {
		return false
	}
	if r := firstRune(s.text[j:]); r == '-' || r == '–' || r == '—' {
		return false // "(dpa) - Der …", "(AP) — The …"
	}
	if !isUpperRune(s.peek(j).r) {
		return false
	}
	inner := s.text[o:s.prevE]
	for _, w := range s.lang.credits {
		if strings.Contains(inner, w) {
			return true
		}
	}
	return false
}
