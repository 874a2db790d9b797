package segment

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Quotes finds the quotations in text, a whole document whose paragraphs are
// separated by blank lines. It returns the quotes ordered by Start (an
// enclosing quote before the quotes nested in it) and the byte offsets of
// stray quotation marks (marks that belong to no quote). lang is "de"
// (default) or "en".
//
// Marks are paired with a stack, one paragraph at a time, so the work is
// linear in the length of text and a lost mark never reaches past its
// paragraph:
//
//   - „ and ‚ always open; “ closes „ in German and opens in English; ” and
//     straight marks pair by context (a mark before a word opens, one after it
//     closes). »…« and ›…‹ are book style, «…» and ‹…› Swiss style.
//   - Apostrophes are not marks: geht’s, Kishida’s, ’n, Rock ’n’ Roll,
//     O’Neill, 90', 1'250, Hans' Buch.
//   - A closing mark with no opener, a doubled opener („„) and a guillemet
//     between spaces (a navigation arrow) are stray.
//   - An opener that is never closed makes a quote with Balanced false that
//     ends at the end of its paragraph, or where its enclosing quote ends.
//     When such a paragraph has lines that end a sentence (text that
//     separates paragraphs by single line breaks), it is paired again with
//     those lines as paragraphs, so one lost mark stays within its line.
//   - A quote left open at the end of a paragraph continues into the next
//     paragraph when that paragraph starts with the same mark (the German and
//     English convention for quotes over several paragraphs): the result is
//     one quote, closed by the first paragraph that closes it.
//
// Speaker, SpeakerFull and Kind are filled by looking at the words around
// each outermost quote; see the Quote type. SpeakerFull is looked for in
// the 32 KB before the speaker's mention and the 8 KB after it, which hold
// a news article; in a longer document, the first mention of a surname
// decides for all.
//
// The speaker pass reads the sentences around each quote, so Quotes splits
// text into sentences first (see Sentences), unless text has no quotation
// mark. A caller that has the sentences already passes them to QuotesIn,
// which gives the same result without splitting text again. Quotes is safe
// for concurrent use.
func Quotes(text string, lang string) (quotes []Quote, stray []int) {
	return quotesIn(text, nil, false, lang)
}

// QuotesIn is Quotes for a caller that has split text into sentences
// already, as the pipeline does: sentences are spans over text as
// AppendSentences returns them (ordered, disjoint, with whitespace between
// them and no blank line inside one); sentences split line by line do as
// well. The speaker pass takes sentence starts and ends from them, and the
// paragraphs are read from the gaps between them. Spans that are out of
// order or out of range are not used: the sentences are computed as Quotes
// does. (Spans with a blank line inside give other paragraphs; the quotes
// stay well formed.)
//
// The marks are found by one memchr-speed scan per lead byte, and the
// speaker pass reads only the sentences around quotes, so text without
// marks costs next to nothing. A caller that splits the sentences itself
// can have the splitter record the marks on the way (QuoteMarks) and call
// QuotesMarked, which gives the same result without that scan; on news
// that quote pass takes about a tenth of the instructions sentence
// segmentation takes, on quote-dense articles a fifth (BenchmarkSegmentQuotes).
// QuotesIn is safe for concurrent use; its scratch is pooled, and it
// allocates only the slices it returns.
func QuotesIn(text string, sentences []Span, lang string) (quotes []Quote, stray []int) {
	return quotesIn(text, sentences, true, lang)
}

func quotesIn(text string, sentences []Span, given bool, lang string) (quotes []Quote, stray []int) {
	first, any := firstQuoteMarks(text)
	if !any {
		return nil, nil // no quotation mark: nothing to pair or attribute
	}
	s := qscanPool.Get().(*qscan)
	defer s.release()
	s.marks, s.markBuf = appendQuoteMarksFrom(s.marks[:0], s.markBuf, text, &first)
	return s.pair(text, sentences, nil, given, lang)
}

// pair pairs s.marks, the quotation marks of text, and attributes the
// quotes: quotesIn after the marks are found. paras, when not nil, are the
// paragraphs of text (AppendParagraphs), which pair then uses as s.paras
// (the caller puts s.paras back before s is released).
func (s *qscan) pair(text string, sentences, paras []Span, given bool, lang string) (quotes []Quote, stray []int) {
	s.text, s.en = text, lang == "en"
	// The paragraphs are read from the gaps between the sentences, which
	// checks the sentences on the way (see sentenceParagraphs).
	ok := paras != nil
	if given && len(sentences) > 0 {
		if paras != nil {
			if !validSentences(sentences, len(text)) {
				sentences = nil
			}
		} else if s.paras, ok = sentenceParagraphs(s.paras[:0], text, sentences); !ok && !validSentences(sentences, len(text)) {
			sentences = nil
		}
	}
	if !given || len(sentences) == 0 {
		s.sentBuf = AppendSentences(s.sentBuf[:0], text, Options{Lang: lang})
		sentences = s.sentBuf
		if paras == nil {
			s.paras, ok = sentenceParagraphs(s.paras[:0], text, sentences)
		}
	}
	s.sents = sentences
	switch {
	case paras != nil:
		s.paras = paras
	case !ok:
		s.paras = AppendParagraphs(s.paras[:0], text)
	}
	s.scanParas()
	s.finish()
	s.attribute()
	if len(s.stray) > 0 {
		stray = s.newStray(s.stray)
	}
	return s.quotes, stray
}

// validSentences reports whether sents are ordered, disjoint, non-empty
// spans inside a text of n bytes.
func validSentences(sents []Span, n int) bool {
	end := 0
	for _, sp := range sents {
		if sp.Start < end || sp.End <= sp.Start || sp.End > n {
			return false
		}
		end = sp.End
	}
	return true
}

// qscanPool keeps the scratch of Quotes between calls: the pipeline calls it
// once per document, and news text has about one quote in 500 bytes, so
// fresh slices and their garbage would cost more than the marking.
var qscanPool = sync.Pool{New: func() any { return new(qscan) }}

// release returns s to qscanPool, keeping its slices and dropping every
// reference into the text (and the result) so the pool pins neither.
func (s *qscan) release() {
	clear(s.fullNames)
	clear(s.persons)
	s.text, s.quotes, s.sents, s.chainOpen = "", nil, nil, ""
	// Slices cut back in place: only their lengths are written.
	s.marks, s.markBuf, s.paras, s.recs, s.meta = s.marks[:0], s.markBuf[:0], s.paras[:0], s.recs[:0], s.meta[:0]
	s.stray, s.stack, s.chain, s.toks, s.attrs = s.stray[:0], s.stack[:0], s.chain[:0], s.toks[:0], s.attrs[:0]
	s.sentBuf, s.fullNames, s.persons = s.sentBuf[:0], s.fullNames[:0], s.persons[:0]
	s.en, s.mi, s.pi, s.laterSgl, s.bottomOpen, s.needsCompact, s.sentHint = false, 0, 0, 0, 0, false, 0
	s.counts, s.open = [nClasses]int{}, 0
	qscanPool.Put(s)
}

// Mark kinds, as written.
const (
	mLow9     = iota // „ U+201E
	mLow9S           // ‚ U+201A
	mDblOpen         // “ U+201C
	mDblClose        // ” U+201D
	mSglOpen         // ‘ U+2018
	mSglClose        // ’ U+2019
	mStrDbl          // "
	mStrSgl          // '
	mGuilL           // « U+00AB
	mGuilR           // » U+00BB
	mGuilLS          // ‹ U+2039
	mGuilRS          // › U+203A
)

// Opener classes: what an open quote on the stack was opened with.
const (
	cLow9   = iota // „
	cEnDbl         // “ (English opener)
	cStrDbl        // "
	cLow9S         // ‚
	cEnSgl         // ‘ (weak: dropped when unclosed)
	cStrSgl        // ' (weak: dropped when unclosed)
	cGuilR         // » closed by «
	cGuilL         // « closed by »
	cGuilRS        // › closed by ‹
	cGuilLS        // ‹ closed by ›
	nClasses
)

// Which opener classes a closing mark may close.
const (
	maskDbl    = 1<<cLow9 | 1<<cEnDbl | 1<<cStrDbl
	maskSgl    = 1<<cLow9S | 1<<cEnSgl | 1<<cStrSgl
	maskSglNoL = 1<<cEnSgl | 1<<cStrSgl
)

// Character classes on either side of a mark.
const (
	chSpace = iota // whitespace, or the edge of the paragraph
	chAlnum        // letter or digit
	chPunct        // anything else, including other marks
)

type opener struct {
	pos, w int
	cls    int
	weak   bool
	slot   int // index in qscan.recs
}

// qrec is a quote while marks are being paired.
type qrec struct {
	start, end   int
	ow, cw       uint8 // widths of the opening and closing marks
	bal          bool
	drop         bool  // removed: a weak opener left open, or merged away
	para0, para1 int32 // paragraphs of the opening and the closing (or end)
}

// qmeta is what the speaker pass needs beyond the Quote itself.
type qmeta struct {
	para0, para1 int
}

// qscan holds the state of one call of Quotes.
type qscan struct {
	text    string
	en      bool
	marks   []qmark // every quotation mark of the text, in order
	markBuf []qmark // scratch for appendQuoteMarks
	mi      int     // next mark to pair
	paras   []Span
	recs    []qrec  // quotes while pairing, in order of their opening marks
	quotes  []Quote // the result, built from recs by finish
	meta    []qmeta // per quote, for the speaker pass
	stray   []int
	stack   []opener
	counts  [nClasses]int // open quotes per opener class
	open    int           // bit c set when counts[c] > 0, for has

	pi           int    // current paragraph
	laterSgl     int    // offset of the last ‘ in the span; -1 none, -2 unknown
	bottomOpen   int    // Start of the outermost quote left open at paragraph end, -1 none
	chain        []int  // recs of a quote continued over paragraphs, see chainStep
	chainOpen    string // its opening mark
	needsCompact bool   // recs holds quotes merged away by chainStep

	sents    []Span // the sentences of text, see QuotesIn
	sentHint int    // the last answer of sentenceAt
	sentBuf  []Span // scratch for sents when Quotes computes them

	toks      []tok         // scratch for the speaker pass
	attrs     []attribution // per quote, for the speaker pass
	fullNames [][2]string   // surname, full name; see fullName
	persons   []string      // surnames met with a given name, see addPerson

	quoteBlock []Quote // what is left of the array results are cut from, see newQuotes
	strayBlock []int
}

// quoteBlock is how many quotes newQuotes allocates at once: a news article
// holds a few dozen.
const quoteBlock = 128

// newQuotes returns a slice of n zero Quotes for a result. The results of
// calls share arrays of quoteBlock quotes, each capped at its own length, so
// that a document with quotes costs one allocation in a few (allocating is
// most of what a short document costs). A block the results no longer
// reference is garbage as a whole.
func (s *qscan) newQuotes(n int) []Quote {
	if n > len(s.quoteBlock) {
		if n >= quoteBlock/2 {
			return make([]Quote, n)
		}
		s.quoteBlock = make([]Quote, quoteBlock)
	}
	q := s.quoteBlock[:n:n]
	s.quoteBlock = s.quoteBlock[n:]
	return q
}

// newStray returns a copy of stray for a result, from shared blocks as
// newQuotes does.
func (s *qscan) newStray(stray []int) []int {
	n := len(stray)
	if n > len(s.strayBlock) {
		if n >= quoteBlock/2 {
			return slices.Clone(stray)
		}
		s.strayBlock = make([]int, quoteBlock)
	}
	r := s.strayBlock[:n:n]
	s.strayBlock = s.strayBlock[n:]
	copy(r, stray)
	return r
}

// scanParas pairs the marks paragraph by paragraph. Paragraphs without
// marks are skipped; one between two others still ends a quote continued
// over paragraphs (see chainStep).
func (s *qscan) scanParas() {
	last := -1
	for pi, p := range s.paras {
		for s.mi < len(s.marks) && s.marks[s.mi].pos < p.Start {
			s.mi++
		}
		if s.mi == len(s.marks) {
			return
		}
		if s.marks[s.mi].pos >= p.End {
			continue
		}
		if last != pi-1 {
			s.chain = s.chain[:0]
		}
		s.scanPara(pi)
		last = pi
	}
}

// scanPara pairs the marks of paragraph pi. Quotes still open at its end
// end with it. When one is left open and the paragraph has lines that end
// a sentence (text that separates paragraphs with single line breaks), the
// paragraph is paired again line group by line group, so that one unclosed
// mark cannot take the rest of the document.
func (s *qscan) scanPara(pi int) {
	p := s.paras[pi]
	s.pi = pi
	first, strayFirst, mi := len(s.recs), len(s.stray), s.mi
	s.scanSpan(p)
	if s.strongOpen() && s.sentenceLineEnd(p.Start, p.End) >= 0 {
		s.recs, s.stray, s.stack = s.recs[:first], s.stray[:strayFirst], s.stack[:0]
		s.counts, s.open = [nClasses]int{}, 0
		s.mi = mi
		for a := p.Start; a < p.End; {
			e := s.sentenceLineEnd(a, p.End)
			if e < 0 {
				e = p.End
			}
			sub := Span{a, e}
			s.scanSpan(sub)
			s.closeOpen(sub)
			for a = e; a < p.End && (isLineSpace(s.text[a]) || s.text[a] == '\n'); a++ {
			}
		}
	} else {
		s.closeOpen(p)
	}
	for s.mi < len(s.marks) && s.marks[s.mi].pos < p.End {
		s.mi++
	}
	s.compactFrom(first)
	s.chainStep(first, p)
}

func (s *qscan) strongOpen() bool {
	for _, o := range s.stack {
		if !o.weak {
			return true
		}
	}
	return false
}

// closeOpen ends the quotes still open at the end of span p there.
func (s *qscan) closeOpen(p Span) {
	s.bottomOpen = -1
	for len(s.stack) > 0 {
		o := s.pop()
		s.abandon(o, p.End)
		if !o.weak {
			s.bottomOpen = o.pos
		}
	}
}

// scanSpan pairs the marks in p, a paragraph or a part of one.
func (s *qscan) scanSpan(p Span) {
	s.laterSgl = -2
	for s.mi < len(s.marks) && s.marks[s.mi].pos < p.Start {
		s.mi++
	}
	for ; s.mi < len(s.marks); s.mi++ {
		m := s.marks[s.mi]
		if m.pos >= p.End {
			break
		}
		s.mark(m.pos, int(m.w), int(m.m), p)
	}
}

// mark handles one quotation mark at i.
func (s *qscan) mark(i, w, m int, p Span) {
	if m == mLow9 {
		// „ opens whatever stands around it (the most common mark in
		// German text, so it is told before the classes are read).
		j := i + w
		for j < p.End && s.text[j] == ' ' {
			j++
		}
		if j >= p.End || strings.HasPrefix(s.text[j:p.End], "„") {
			// Nothing to open at the end of a paragraph; „„ or „ „ is a
			// doubled opener, and the second one counts.
			s.stray = append(s.stray, i)
			return
		}
		s.push(i, w, cLow9, false)
		return
	}
	prev := s.classBefore(i, p.Start)
	next := s.classAfter(i+w, p.End)
	// left: could open (a word follows, no word precedes);
	// right: could close (a word precedes, no word follows).
	left := next != chSpace && prev != chAlnum
	right := prev != chSpace && next != chAlnum
	spaced := prev == chSpace && next == chSpace
	switch m {
	case mLow9S:
		if next == chSpace {
			s.stray = append(s.stray, i) // a comma look-alike
			return
		}
		s.push(i, w, cLow9S, false)
	case mDblOpen:
		if s.en {
			switch {
			case left:
				s.push(i, w, cEnDbl, false)
			case s.has(maskDbl):
				s.closeTo(maskDbl, i, w)
			default:
				s.stray = append(s.stray, i)
			}
			return
		}
		switch {
		case right && s.has(maskDbl):
			s.closeTo(maskDbl, i, w)
		case left:
			s.push(i, w, cEnDbl, false)
		case !right && s.has(maskDbl):
			s.closeTo(maskDbl, i, w)
		default:
			s.stray = append(s.stray, i)
		}
	case mDblClose:
		if s.has(maskDbl) {
			s.closeTo(maskDbl, i, w)
		} else {
			s.stray = append(s.stray, i)
		}
	case mStrDbl:
		switch {
		case right && s.has(maskDbl):
			s.closeTo(maskDbl, i, w)
		case left:
			s.push(i, w, cStrDbl, false)
		case spaced && s.has(maskDbl):
			s.closeTo(maskDbl, i, w)
		case prev == chAlnum && (next == chAlnum || s.digitBefore(i)):
			// 5"3, 12" Display: inches, not a quotation mark.
		default:
			s.stray = append(s.stray, i)
		}
	case mSglOpen, mSglClose, mStrSgl:
		if s.apostrophe(i, w, m, prev, next, left, right) {
			return
		}
		mask := maskSgl
		if m != mSglOpen && s.laterLeftSingle(i, p.End) {
			// ‚…‘ is the German pair; a ’ or ' before a later ‘ is an
			// apostrophe inside the quote (‚Andreas’ Buch‘).
			mask = maskSglNoL
		}
		switch {
		case (right || spaced) && s.has(mask):
			s.closeTo(mask, i, w)
		case left && m == mSglOpen:
			s.push(i, w, cEnSgl, true)
		case left && m == mStrSgl:
			s.push(i, w, cStrSgl, true)
		case m == mSglOpen:
			s.stray = append(s.stray, i)
		default:
			// ’ or ' after a word with nothing to close: a genitive
			// apostrophe (Hans' Buch), not a stray mark.
		}
	case mGuilR:
		s.guillemet(i, w, cGuilR, 1<<cGuilL, left, right)
	case mGuilL:
		s.guillemet(i, w, cGuilL, 1<<cGuilR, left, right)
	case mGuilRS:
		s.guillemet(i, w, cGuilRS, 1<<cGuilLS, left, right)
	case mGuilLS:
		s.guillemet(i, w, cGuilLS, 1<<cGuilRS, left, right)
	}
}

// guillemet opens with class cls or closes an opener in mask. A guillemet
// between spaces or between letters (a navigation arrow, a list bullet) is
// stray.
func (s *qscan) guillemet(i, w, cls, mask int, left, right bool) {
	switch {
	case right && s.has(mask):
		s.closeTo(mask, i, w)
	case left:
		s.push(i, w, cls, false)
	default:
		s.stray = append(s.stray, i)
	}
}

// apostrophe reports whether the single mark at i is an apostrophe (or a
// prime) rather than a quotation mark.
func (s *qscan) apostrophe(i, w, m, prev, next int, left, right bool) bool {
	if prev == chAlnum && next == chAlnum {
		return true // geht’s, O’Neill, Kishida’s, 1'250
	}
	if prev == chAlnum && s.digitBefore(i) {
		return true // 90', 1980’
	}
	if left && !right {
		if m == mSglClose {
			return true // ’n, ’90er: ’ never opens in German or English
		}
		return elision(s.text[i+w:])
	}
	if right && !left && m == mSglOpen && !s.has(maskSgl) {
		switch r, _ := utf8.DecodeLastRuneInString(s.text[:i]); r {
		case 's', 'x', 'z', 'ß':
			return true // Hans‘ Buch: a genitive apostrophe in the wrong shape
		}
	}
	if right && !left && i >= 2 && s.text[i-1] == 'n' {
		// the second mark of ’n’ / 'n' (Rock ’n’ Roll)
		if r, _ := utf8.DecodeLastRuneInString(s.text[:i-1]); r == '’' || r == '\'' || r == '‘' {
			return true
		}
	}
	return false
}

// elision reports whether rest (the text after a leading apostrophe) starts
// with a word that is usually shortened with a leading apostrophe.
func elision(rest string) bool {
	j := 0
	for j < len(rest) && j < 8 && isASCIILetter(rest[j]) {
		j++
	}
	if j == 0 {
		return len(rest) > 0 && rest[0] >= '0' && rest[0] <= '9' // '90er, ’22
	}
	if j < len(rest) && isASCIILetter(rest[j]) {
		return false
	}
	switch rest[:j] {
	case "n", "ne", "nen", "nem", "ner", "s", "em", "cause", "til", "tis", "twas", "bout", "round", "nuff":
		return true
	}
	return false
}

func (s *qscan) digitBefore(i int) bool {
	return i > 0 && s.text[i-1] >= '0' && s.text[i-1] <= '9'
}

// laterLeftSingle reports whether a ‘ follows i before end. The last ‘ is
// looked up once per span, among the marks still to come; marks come in
// order, so it stays valid.
func (s *qscan) laterLeftSingle(i, end int) bool {
	if s.laterSgl == -2 {
		s.laterSgl = -1
		for _, m := range s.marks[s.mi:] {
			if m.pos >= end {
				break
			}
			if m.m == mSglOpen && m.pos >= i {
				s.laterSgl = m.pos
			}
		}
	}
	return s.laterSgl > i
}

func (s *qscan) classBefore(i, start int) int {
	if i <= start {
		return chSpace
	}
	if c := s.text[i-1]; c < utf8.RuneSelf {
		return int(quoteASCIIClass[c])
	}
	r, _ := utf8.DecodeLastRuneInString(s.text[start:i])
	return runeClass(r)
}

func (s *qscan) classAfter(i, end int) int {
	if i >= end {
		return chSpace
	}
	if c := s.text[i]; c < utf8.RuneSelf {
		return int(quoteASCIIClass[c])
	}
	r, _ := utf8.DecodeRuneInString(s.text[i:end])
	return runeClass(r)
}

func (s *qscan) has(mask int) bool {
	return s.open&mask != 0
}

func (s *qscan) push(i, w, cls int, weak bool) {
	s.stack = append(s.stack, opener{pos: i, w: w, cls: cls, weak: weak, slot: len(s.recs)})
	s.counts[cls]++
	s.open |= 1 << cls
	s.recs = append(s.recs, qrec{start: i, end: -1, ow: uint8(w), para0: int32(s.pi), para1: int32(s.pi)})
}

func (s *qscan) pop() opener {
	o := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	if s.counts[o.cls]--; s.counts[o.cls] == 0 {
		s.open &^= 1 << o.cls
	}
	return o
}

// closeTo closes the innermost open quote whose class is in mask with the
// mark at i. Quotes opened inside it and still open end where it ends. Each
// opener is popped once, so the scan stays linear.
func (s *qscan) closeTo(mask, i, w int) {
	for len(s.stack) > 0 {
		o := s.pop()
		if mask&(1<<o.cls) == 0 {
			s.abandon(o, i)
			continue
		}
		r := &s.recs[o.slot]
		r.end, r.cw, r.bal = i+w, uint8(w), true
		return
	}
}

// abandon ends the never-closed opener o at end (weak openers, which are
// mostly apostrophes, are dropped instead).
func (s *qscan) abandon(o opener, end int) {
	if o.weak {
		s.recs[o.slot].drop = true
		return
	}
	s.recs[o.slot].end = end
}

// compactFrom removes dropped quotes from recs[first:].
func (s *qscan) compactFrom(first int) {
	k := first
	for j := first; j < len(s.recs); j++ {
		if !s.recs[j].drop {
			s.recs[k] = s.recs[j]
			k++
		}
	}
	s.recs = s.recs[:k]
}

// chainStep joins a quote left open at the end of one paragraph with the
// paragraphs that reopen it with the same mark, up to the one that closes
// it. A chain that is never closed is left as one unbalanced quote per
// paragraph.
func (s *qscan) chainStep(first int, p Span) {
	if len(s.chain) > 0 {
		lead := -1
		if first < len(s.recs) && s.recs[first].start == p.Start && s.openOf(s.recs[first]) == s.chainOpen {
			lead = first
		}
		switch {
		case lead < 0:
			s.chain = s.chain[:0]
		case s.recs[lead].bal:
			l := s.recs[lead]
			h := &s.recs[s.chain[0]]
			h.end, h.cw, h.bal, h.para1 = l.end, l.cw, true, int32(s.pi)
			for _, j := range s.chain[1:] {
				s.recs[j].drop = true
			}
			s.recs[lead].drop = true
			s.needsCompact = true
			s.chain = s.chain[:0]
		case s.recs[lead].end == p.End:
			s.chain = append(s.chain, lead)
			return
		default:
			s.chain = s.chain[:0]
		}
	}
	if s.bottomOpen < 0 {
		return
	}
	for j := first; j < len(s.recs); j++ {
		if s.recs[j].start == s.bottomOpen && !s.recs[j].drop {
			s.chain = append(s.chain[:0], j)
			s.chainOpen = s.openOf(s.recs[j])
			return
		}
	}
}

func (s *qscan) openOf(r qrec) string { return s.text[r.start : r.start+int(r.ow)] }

// finish removes merged quotes, builds the Quotes and sets their depths.
func (s *qscan) finish() {
	if s.needsCompact {
		s.compactFrom(0)
	}
	if len(s.recs) == 0 {
		return
	}
	s.quotes = s.newQuotes(len(s.recs))
	s.meta = slices.Grow(s.meta[:0], len(s.recs))[:len(s.recs)]
	var buf [32]int
	ends := buf[:0]
	for j, r := range s.recs {
		for len(ends) > 0 && ends[len(ends)-1] <= r.start {
			ends = ends[:len(ends)-1]
		}
		q := &s.quotes[j]
		q.Span = Span{r.start, r.end}
		q.Open = s.openOf(r)
		if r.bal {
			q.Close = s.text[r.end-int(r.cw) : r.end]
		}
		q.Balanced = r.bal
		q.Depth = len(ends)
		q.SpeakerStart, q.SpeakerEnd = -1, -1
		s.meta[j] = qmeta{para0: int(r.para0), para1: int(r.para1)}
		ends = append(ends, r.end)
	}
}
