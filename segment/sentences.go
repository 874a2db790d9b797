package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Options configures sentence segmentation.
type Options struct {
	Lang      string // "de" (default when "") or "en"
	JoinLines bool   // treat a single newline as a space (hard-wrapped text); default: a single newline ends a sentence
}

// Sentences returns the sentences of text as spans (byte offsets, half-open).
//
// Spans are ordered, non-empty and do not overlap; each starts and ends on a
// non-whitespace character, and the gaps between them hold only whitespace,
// so the sentences and gaps joined give back text exactly. A blank line always
// ends a sentence; a single newline ends one unless opt.JoinLines is set (or
// the line ends in a space and the next begins in lower case: a soft wrap as
// in RFC 3676 "format=flowed").
func Sentences(text string, opt Options) []Span {
	return AppendSentences(nil, text, opt)
}

// AppendSentences appends the sentences of text to dst and returns it. It
// allocates nothing but the growth of dst.
func AppendSentences(dst []Span, text string, opt Options) []Span {
	s := splitter{
		text:   text,
		lang:   sentenceLangFor(opt.Lang),
		join:   opt.JoinLines,
		dst:    dst,
		start:  -1,
		prevS:  -1,
		prev2S: -1,
	}
	s.run()
	return s.dst
}

// maxLook bounds every look back into a token and ahead into the next word,
// so that no input (a megabyte of dots, of letters, of quotes) makes the
// segmenter slower than linear.
const maxLook = 64

// list kinds, for enumerations written inside one line ("1) … 2) …").
const (
	listNone     = iota
	listDot      // "1."
	listDotParen // "1.)"
	listParen    // "1)"
	listLetter   // "a."
)

type splitter struct {
	text string
	lang *sentenceLang
	join bool
	dst  []Span

	start int // start of the current sentence, -1 when none is open
	end   int // end of its last non-space character

	inTok          bool // inside a token (a run of non-space characters)
	tokStart       int  // start of the current token
	tokURL         bool // the current token is a URL or an e-mail address
	prevS, prevE   int  // the previous token of the current sentence, prevS -1 when none
	prev2S, prev2E int  // the token before that, prev2S -1 when none

	nTok int // tokens begun in the current sentence

	listKind int // enumeration started at the beginning of the sentence
	listVal  int
}

func (s *splitter) run() {
	text := s.text
	i := 0
	for i < len(text) {
		c := text[i]
		if plainByte[c] {
			// The bulk of any text: letters and digits inside a word.
			if !s.inTok {
				s.beginToken(i)
			}
			i++
			for i < len(text) && plainByte[text[i]] {
				i++
			}
			s.end = i
			continue
		}
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
		}
		if isSpaceRune(r) {
			i = s.space(i)
			continue
		}
		if !s.inTok {
			s.beginToken(i)
		}
		switch r {
		case '.', '?', '!', '…', '‼', '⁇', '⁈', '⁉', '。', '．', '！', '？':
			i = s.terminal(i)
			continue
		case '@':
			s.tokURL = true
		case ':':
			if len(text) > i+2 && text[i+1] == '/' && text[i+2] == '/' {
				s.tokURL = true
			}
		}
		i += w
		s.end = i
	}
	if s.start >= 0 {
		s.emit()
	}
}

// plainByte marks the ASCII bytes that need no attention: everything but
// whitespace, sentence marks, '@' and ':' (which flag addresses), and the
// bytes of multi-byte runes.
var plainByte = func() (t [256]bool) {
	for c := 0x21; c < 0x7f; c++ {
		t[c] = true
	}
	for _, c := range ".?!@:" {
		t[c] = false
	}
	return t
}()

// emit closes the current sentence at s.end.
func (s *splitter) emit() {
	if s.start >= 0 && s.end > s.start {
		s.dst = append(s.dst, Span{s.start, s.end})
	}
	s.start = -1
	s.prevS, s.prev2S = -1, -1
	s.listKind = listNone
}

// beginToken notes a token starting at i, and the sentence when none is open.
func (s *splitter) beginToken(i int) {
	s.inTok = true
	s.tokStart = i
	s.tokURL = hasPrefixFold(s.text[i:], "www.")
	if s.start < 0 {
		s.start = i
		s.end = i
		s.nTok = 0
	}
	s.nTok++
	// An enumeration marker opening the sentence ("1.", "b)", "• 3.") lets a
	// later marker with the next number start a new sentence on the same line.
	if s.tokStart == s.start || (s.prevS == s.start && isBulletToken(s.text[s.prevS:s.prevE])) {
		s.listKind, s.listVal, _ = parseListMarker(s.text[i:])
	}
}

// space handles the run of whitespace starting at i and returns its end.
func (s *splitter) space(i int) int {
	text := s.text
	j := i
	newlines := 0
	flowed := false // the line ended in a space or tab before its newline
	for j < len(text) {
		c := text[j]
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[j:])
		}
		if !isSpaceRune(r) {
			break
		}
		switch r {
		case '\n', '\v', '\f', 0x85, 0x2028:
			newlines++
		case '\r':
			if j+1 >= len(text) || text[j+1] != '\n' {
				newlines++
			}
		case 0x2029: // paragraph separator
			newlines += 2
		case ' ', '\t':
			if newlines == 0 {
				flowed = true
			}
		}
		j += w
	}
	if s.inTok {
		s.inTok = false
		if s.start >= 0 {
			s.prev2S, s.prev2E = s.prevS, s.prevE
			s.prevS, s.prevE = s.tokStart, s.end
		}
	}
	if s.start < 0 || j >= len(text) {
		return j
	}
	switch {
	case newlines >= 2:
		s.emit() // a blank line always ends a sentence
	case newlines == 1 && !s.join:
		// A line that ends in a space and is followed by a lower-case line
		// was wrapped softly; any other newline ends the sentence, since
		// news puts headlines and captions on lines of their own.
		if !flowed || !isLowerRune(firstRune(text[j:])) {
			s.emit()
		}
	case newlines == 1 && (isBulletAt(text, j) || isDashItemAt(text, j)):
		s.emit() // hard-wrapped text still starts a list item on its line
	case newlines == 0 && isBulletAt(text, j):
		s.emit() // "… first item • second item"
	case s.listKind != listNone && s.nextListItem(j):
		s.emit()
	case s.prevS >= 0 && endsInEmoticon(text[s.prevS:s.prevE]) && isUpperRune(s.peek(j).r):
		s.emit() // "Das war toll :-) Morgen mehr."
	}
	return j
}

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

// terminal handles sentence-final punctuation starting at i and returns the
// position after it.
func (s *splitter) terminal(i int) int {
	text := s.text
	attached := i > s.tokStart // the mark follows a word directly

	if text[i] == '.' {
		if k, end := spacedDots(text, i); k >= 3 {
			return s.spacedEllipsis(i, k, end, attached)
		}
	}
	// The cluster: terminal marks, closing quotes and brackets ("!).", ".“").
	j := i
	question, dots, ellipsis, wide := false, 0, false, false
	for j < len(text) {
		c := text[j]
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[j:])
		}
		switch {
		case r == '.':
			dots++
		case r == '?' || r == '!' || r == '‼' || r == '⁇' || r == '⁈' || r == '⁉':
			question = true
		case r == '…':
			ellipsis = true
		case r == '。' || r == '．' || r == '！' || r == '？':
			// Full-width marks end sentences without a following space.
			question, wide = true, true
		case isCloser(r):
		default:
			goto done
		}
		j += w
	}
done:
	s.end = j
	if j >= len(text) {
		return j
	}
	// "[…]", "(...)", "(!)": marks inside brackets are not sentence ends.
	if i > 0 && (text[i-1] == '[' || text[i-1] == '(') {
		return j
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	if wide && !isSpaceRune(r) {
		s.emit()
		s.inTok = false
		return j
	}
	if !isSpaceRune(r) {
		// "world.Today": a missing space after a full stop between two words.
		if dots == 1 && !question && !ellipsis && j == i+1 && s.missingSpace(i) {
			s.emit()
			s.inTok = false // the next word opens a token and a sentence
		}
		return j
	}
	if !attached && dots == 1 && !question && !ellipsis {
		// A lone full stop after a space (" . ") still ends a sentence
		// before a capital.
		if next := s.peek(j); isUpperRune(next.r) {
			s.emit()
		}
		return j
	}
	var end bool
	switch {
	case question:
		end = s.afterQuestion(j)
	case ellipsis || dots > 1:
		end = s.afterEllipsis(j)
		if end && !attached {
			// An ellipsis standing apart marks an omission inside the
			// sentence ("Wir haben … Kartoffeln gegessen"); a new sentence
			// needs a typical opener after it ("Und dann … Die Tür ging
			// auf").
			next := s.peek(j)
			end = next.r == 0 || s.lang.starters[next.word]
		}
	default:
		end = s.afterPeriod(i, j)
	}
	if end {
		s.emit()
	}
	return j
}

// spacedEllipsis handles ". . ." runs (k dots, ending at end).
func (s *splitter) spacedEllipsis(i, k, end int, attached bool) int {
	if attached {
		// "word. . . . Next": a full stop, then an ellipsis that opens the
		// next sentence. At the end of a text the dots stay with the word.
		if k >= 4 {
			if next := s.peekAfterClosers(end); isUpperRune(next.r) {
				s.end = i + 1
				s.emit()
				return i + 1
			}
		}
	}
	j := end
	for j < len(s.text) {
		r, w := utf8.DecodeRuneInString(s.text[j:])
		if !isCloser(r) {
			break
		}
		j += w
	}
	s.end = j
	if j >= len(s.text) || !isSpaceRune(firstRune(s.text[j:])) {
		return j
	}
	// Three spaced dots are an ellipsis inside the sentence (MLA style);
	// four are an ellipsis and a full stop.
	if (attached || k >= 4) && s.afterEllipsis(j) {
		s.emit()
	}
	return j
}

// nextInfo describes the first word after a possible boundary.
type nextInfo struct {
	pos  int    // position of r, after whitespace and opening quotes
	r    rune   // first significant rune, 0 at the end of the text
	word string // letters and digits starting at pos (bounded)
}

// peek looks past whitespace and opening quotes or brackets from j.
func (s *splitter) peek(j int) nextInfo {
	text := s.text
	for j < len(text) {
		r, w := utf8.DecodeRuneInString(text[j:])
		// Dashes are skipped too: "voila! -- you have a cake".
		if !isSpaceRune(r) && !isOpener(r) && r != '-' && r != '–' && r != '—' {
			break
		}
		j += w
	}
	if j >= len(text) {
		return nextInfo{pos: j}
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	k := j
	for k < len(text) && k-j < maxLook {
		r, w := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		k += w
	}
	return nextInfo{pos: j, r: r, word: text[j:k]}
}

// peekAfterClosers skips closing marks, then peeks.
func (s *splitter) peekAfterClosers(j int) nextInfo {
	for j < len(s.text) {
		r, w := utf8.DecodeRuneInString(s.text[j:])
		if !isCloser(r) {
			break
		}
		j += w
	}
	if j < len(s.text) && !isSpaceRune(firstRune(s.text[j:])) {
		return nextInfo{pos: j}
	}
	return s.peek(j)
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
			switch lang.abbrev[string(key)] {
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
	c, ok := lang.abbrev[string(key)]
	if !ok {
		// "Mo.–Fr.", "Dipl.-Ing.": the last part of a joined form.
		if k := strings.LastIndexAny(string(key), "-–/"); k >= 0 {
			_, dw := utf8.DecodeRune(key[k:])
			c = lang.abbrev[string(key[k+dw:])]
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
	if lang.isOrdinalFollower(next.word) {
		return false
	}
	// A date ("am 7.10.", "bis 7.10.2023.") is complete in itself: the
	// article before it says nothing, so only a typical opener starts a
	// sentence.
	if isDate(w) {
		return lang.starters[next.word]
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

// spacedDots counts the dots of a ". . ." run starting at i (dots separated by
// single spaces) and returns the count and the end of the run.
func spacedDots(text string, i int) (int, int) {
	k, j := 0, i
	for j < len(text) && text[j] == '.' {
		k++
		j++
		if j+1 < len(text) && text[j] == ' ' && text[j+1] == '.' {
			j++
			continue
		}
		break
	}
	if k >= 2 && j > i+1 && text[i+1] == ' ' {
		return k, j
	}
	return 0, i
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isSpaceRune is Unicode White_Space (including U+00A0, U+2009, U+202F).
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || (r >= '\t' && r <= '\r')
	}
	return unicode.IsSpace(r)
}

func isLowerRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isUpperRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'A' && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// isCloser reports closing quotes and brackets that may follow a sentence's
// final mark: German “ ‘ « ‹, English ” ’, Swiss » ›, straight quotes.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '“', '”', '‘', '’', '»', '«', '›', '‹':
		return true
	}
	return false
}

// isOpener reports opening quotes and brackets that may precede a
// sentence's first word: „ ‚ » « " ' ( [ and Spanish ¿ ¡.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '`', '(', '[', '{', '„', '‚', '“', '‘', '»', '«', '›', '‹', '¿', '¡', '‟':
		return true
	}
	return false
}

// isBullet reports list bullets, which start a list item even inside a line.
func isBullet(r rune) bool {
	switch r {
	case '•', '◦', '‣', '⁃', '∙', '▪', '▫', '▸', '►', '●', '○', '■', '□', '◆', '◇', '➢', '➤', '✓', '✔':
		return true
	}
	return false
}

func isBulletAt(text string, j int) bool {
	if j >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return isBullet(r)
}

// isDashItemAt reports "- " or "* " at j: a list item when it opens a line.
func isDashItemAt(text string, j int) bool {
	r, w := utf8.DecodeRuneInString(text[j:])
	if r != '-' && r != '–' && r != '*' {
		return false
	}
	return j+w < len(text) && isSpaceByte(text[j+w])
}

func isBulletToken(tok string) bool {
	r, w := utf8.DecodeRuneInString(tok)
	return w == len(tok) && (isBullet(r) || r == '-' || r == '–' || r == '*')
}

// trimPunct strips opening marks, dashes and bullets from the front of a
// token and closing marks and trailing commas from its end.
func trimPunct(tok string) string {
	for tok != "" {
		r, w := utf8.DecodeRuneInString(tok)
		if !isOpener(r) && !isBullet(r) && r != '-' && r != '–' && r != '—' {
			break
		}
		tok = tok[w:]
	}
	for tok != "" {
		r, w := utf8.DecodeLastRuneInString(tok)
		if !isCloser(r) && r != ',' && r != ';' && r != ':' {
			break
		}
		tok = tok[:len(tok)-w]
	}
	return tok
}

// isNumber reports digits with inner full stops or commas: "31", "1.000.000",
// "7.10", "3,5".
//
// Ranges of ordinals count too: "2./3." and "1.-3." (as in "aus dem 2./3.
// Jahrhundert").
func isNumber(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' || w[len(w)-1] < '0' || w[len(w)-1] > '9' {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (c < '0' || c > '9') && c != '.' && c != ',' && c != '/' && c != '-' {
			return false
		}
	}
	return true
}

// isInitialism reports forms like "U.S", "F.D.P", "B.Sc": letter groups of at
// most three letters joined by full stops.
func isInitialism(w string) bool {
	groups, n := 1, 0
	for _, r := range w {
		switch {
		case r == '.':
			if n == 0 {
				return false
			}
			groups++
			n = 0
		case unicode.IsLetter(r):
			n++
			if n > 3 {
				return false
			}
		default:
			return false
		}
	}
	return groups > 1 && n > 0
}

// isSingleLowerAbbrev reports a token like "z." or "u.": the first half of a
// spaced abbreviation ("z. B.", "u. Ä.").
func isSingleLowerAbbrev(tok string) bool {
	tok = trimPunct(tok)
	r, w := utf8.DecodeRuneInString(tok)
	return len(tok) == w+1 && tok[w] == '.' && isLowerRune(r)
}

// parseListMarker parses an enumeration marker at the start of s: "1.",
// "1.)", "1)", "a.", "a)", optionally after a bullet, followed by a space.
func parseListMarker(s string) (kind, val int, ok bool) {
	if r, w := utf8.DecodeRuneInString(s); isBullet(r) {
		s = s[w:]
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		val = val*10 + int(s[i]-'0')
		i++
	}
	letter := false
	if i == 0 {
		if len(s) == 0 || s[0] < 'a' || s[0] > 'z' {
			return listNone, 0, false
		}
		val = int(s[0] - 'a' + 1)
		i = 1
		letter = true
	}
	rest := s[i:]
	switch {
	case len(rest) >= 3 && rest[0] == '.' && rest[1] == ')' && isSpaceByte(rest[2]):
		kind = listDotParen
	case len(rest) >= 2 && rest[0] == '.' && isSpaceByte(rest[1]):
		kind = listDot
	case len(rest) >= 2 && rest[0] == ')' && isSpaceByte(rest[1]):
		kind = listParen
	default:
		return listNone, 0, false
	}
	if letter {
		if kind != listDot && kind != listParen {
			return listNone, 0, false
		}
		kind = listLetter + kind // keep "a." and "a)" apart
	}
	return kind, val, true
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' }

// isEmoticon reports the common text emoticons that may end a sentence.
func isEmoticon(tok string) bool {
	switch tok {
	case ":)", ":-)", ";)", ";-)", ":(", ":-(", ":D", ":-D", ":P", ":-P", ";P", ";-P", "xD", "XD", ":'(", "^^", "<3", ":o", ":O", ":-O", ":/", ":-/":
		return true
	}
	return false
}

// endsInEmoticon reports a token that is a text emoticon or ends in a face,
// hand or heart emoji: in reviews and posts these close sentences
// ("Kann ich nur empfehlen ;-) Wir kommen wieder").
func endsInEmoticon(tok string) bool {
	if isEmoticon(tok) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(tok)
	for r == 0xFE0F || (r >= 0x1F3FB && r <= 0x1F3FF) { // variation selector, skin tones
		tok = tok[:len(tok)-utf8.RuneLen(r)]
		r, _ = utf8.DecodeLastRuneInString(tok)
	}
	switch {
	case r >= 0x1F600 && r <= 0x1F64F: // emoticons block
		return true
	case r >= 0x1F910 && r <= 0x1F92F, r >= 0x1F970 && r <= 0x1F97A: // more faces
		return true
	case r == 0x1F44D || r == 0x1F44E || r == 0x1F44F || r == 0x2764 || r == 0x263A || r == 0x2639:
		return true
	}
	return false
}

// hasPrefixFold reports whether s starts with the ASCII prefix p, ignoring
// case.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}
