package segment

// Sentence segmentation in one pass over the bytes of the text.
//
// Most bytes are letters inside words and are skipped through a table. A
// sentence can end only at three places, each decided by looking at a few
// words around it (never more than maxLook bytes, so the work is linear):
//
//   - Whitespace: a blank line always ends a sentence; a single newline ends
//     one unless Options.JoinLines (or a soft wrap: a space before the
//     newline and a lower-case letter after it); a bullet, a list marker
//     continuing an enumeration ("… 2. The second item"), or an emoticon
//     before a capital starts a new one.
//   - A cluster of final marks with closing quotes and brackets (".“", "!).",
//     "?«", "…"), followed by whitespace. After "?" and "!" a sentence ends
//     unless the text goes on in lower case or with a comma. After an
//     ellipsis it ends before a capital. After a full stop the word before
//     it decides: an abbreviation by its class in data/abbrev_*.txt, a single
//     letter (an initial or "z."), a number (a German ordinal when an article
//     precedes it or a month or typical noun follows it, data/ordinal_de.txt),
//     a URL or e-mail address, or an ordinary word, which ends the sentence
//     before a capital, a digit or an opening quote.
//   - A full stop directly followed by a capitalized word ("world.Today"),
//     after at least two lower-case letters, outside addresses and
//     abbreviations.
//
// Where a choice is uncertain (after "U.S.", "Mio.", a date or an initial), a
// sentence ends only before a word that typically opens sentences
// (data/starters_*.txt).

import (
	"unicode"
	"unicode/utf8"
)

// Options configures sentence segmentation. Lang values other than English
// ("en", "en-US", "en-GB", "eng") get the German rules.
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
	return appendSentences(dst, text, opt, nil, 0)
}

// appendSentences is AppendSentences that also records in qm, when it is
// not nil, the quotation marks of text at their offsets plus base.
func appendSentences(dst []Span, text string, opt Options, qm *QuoteMarks, base int) []Span {
	s := splitter{
		text:      text,
		lang:      sentenceLangFor(opt.Lang),
		join:      opt.JoinLines,
		dst:       dst,
		start:     -1,
		prevS:     -1,
		prev2S:    -1,
		openParen: -1,
		qm:        qm,
		qmBase:    base,
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

	nTok         int // tokens begun in the current sentence
	openParen    int // position of the last '(' seen, -1 when none
	openParenTok int // nTok when it was seen

	listKind int // enumeration started at the beginning of the sentence
	listVal  int

	qm     *QuoteMarks // where the quotation marks passed go, nil when not wanted
	qmBase int         // offset of text in the text of qm
}

func (s *splitter) run() {
	text := s.text
	// The straight quotation marks are plain bytes unless marks are
	// recorded: only then do they leave the fast loop.
	plain := &plainByte
	if s.qm != nil {
		plain = &plainByteMarks
	}
	i := 0
	for i < len(text) {
		c := text[i]
		if plain[c] {
			// The bulk of any text: letters and digits inside a word.
			if !s.inTok {
				s.beginToken(i)
			}
			i++
			for i < len(text) && plain[text[i]] {
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
		case '(':
			s.openParen, s.openParenTok = i, s.nTok
		case '@':
			s.tokURL = true
		case ':':
			if len(text) > i+2 && text[i+1] == '/' && text[i+2] == '/' {
				s.tokURL = true
			}
		case '"', '\'', '„', '‚', '“', '”', '‘', '’', '«', '»', '‹', '›':
			if s.qm != nil {
				s.noteMark(i, r)
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
// whitespace, sentence marks, '@' and ':' (which flag addresses), '(' (for
// credits), and the bytes of multi-byte runes.
var plainByte = func() (t [256]bool) {
	for c := 0x21; c < 0x7f; c++ {
		t[c] = true
	}
	for _, c := range ".?!@:(" {
		t[c] = false
	}
	return t
}()

// plainByteMarks is plainByte for a splitter that records quotation marks:
// the straight marks need attention too.
var plainByteMarks = func() (t [256]bool) {
	t = plainByte
	t['"'], t['\''] = false, false
	return t
}()

// noteMark records r at i if it is a quotation mark, as appendQuoteMarks
// would (an apostrophe inside a word is none).
func (s *splitter) noteMark(i int, r rune) {
	m, w := int8(-1), 1
	switch {
	case r < 0x100:
		m = markKindLatin1[r]
		if r >= utf8.RuneSelf {
			w = 2
		}
	case r >= 0x2018 && r <= 0x203A:
		m, w = markKindPunct[r-0x2018], 3
	}
	if m < 0 || (m == mStrSgl || m == mSglClose) && inWordApostrophe(s.text, i, w, int(m)) {
		return
	}
	s.qm.marks = append(s.qm.marks, qmark{pos: s.qmBase + i, m: uint8(m), w: uint8(w)})
}

// markKindLatin1 and markKindPunct give the mark kind of a rune below
// U+0100 and of one in U+2018–U+203A, -1 for other runes.
var markKindLatin1, markKindPunct = func() (l [0x100]int8, p [0x203A - 0x2018 + 1]int8) {
	for i := range l {
		l[i] = -1
	}
	for i := range p {
		p[i] = -1
	}
	for _, r := range "„‚“”‘’\"'«»‹›" {
		var b [utf8.UTFMax]byte
		m, _ := markAt(string(b[:utf8.EncodeRune(b[:], r)]), 0)
		if r < 0x100 {
			l[r] = int8(m)
		} else {
			p[r-0x2018] = int8(m)
		}
	}
	return l, p
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
	s.tokURL = (s.text[i] == 'w' || s.text[i] == 'W') && hasPrefixFold(s.text[i:], "www.")
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
		if c == ' ' {
			j++
			if newlines == 0 {
				flowed = true
			}
			continue
		}
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
	bullet := text[j] == 0xE2 && isBulletAt(text, j) // every bullet starts with 0xE2
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
	case newlines == 1 && (bullet || isDashItemAt(text, j)):
		s.emit() // hard-wrapped text still starts a list item on its line
	case newlines == 0 && bullet:
		s.emit() // "… first item • second item"
	case s.listKind != listNone && s.nextListItem(j):
		s.emit()
	case s.prevS >= 0 && text[s.prevE-1] == ')' && s.creditEnds(j):
		s.emit() // "… ab. (Foto: dpa) Die Regierung …"
	case s.prevS >= 0 && mayBeEmoticon(text[s.prevE-1]) && endsInEmoticon(text[s.prevS:s.prevE]) && isUpperRune(s.peek(j).r):
		s.emit() // "Das war toll :-) Morgen mehr."
	}
	return j
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
	closed := false // a closing quote or bracket follows the marks
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
			closed = true
			if s.qm != nil {
				s.noteMark(j, r)
			}
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
	// "500 (verunsicherte?) Kunden": marks that close a bracket opened
	// inside the sentence belong to the bracket, not to the sentence.
	if text[j-1] == ')' && s.openParen > s.start && s.openParen < i {
		return j
	}
	var end bool
	switch {
	case question:
		end = s.afterQuestion(j)
	case ellipsis || dots > 1:
		end = s.afterEllipsis(j)
		if end && !attached && !closed {
			// An ellipsis standing apart marks an omission inside the
			// sentence ("Wir haben … Kartoffeln gegessen"); a new sentence
			// needs a typical opener after it ("Und dann … Die Tür ging
			// auf"). A closing quote after it ends the quotation, and
			// the usual rule holds („Ich weiß nicht …“ Peter ging).
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
		if s.qm != nil {
			s.noteMark(j, r)
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
