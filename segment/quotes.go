package segment

import (
	"slices"
	"sync"
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
// QuotesMarked, which gives the same result without that scan. That quote
// pass takes a sixth of the instructions sentence segmentation takes on the
// seed articles and nearly a third on WMT news (a sentence a line, so one
// paragraph a document, where resolving pronouns reads most); on text with
// half as many quotes, a tenth (BenchmarkSegmentQuotes).
// QuotesIn is safe for concurrent use; its scratch is pooled, and it
// allocates only the slices it returns (cut from arrays that the results of
// a few calls share, each capped at its own length).
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
//
// It reads every sentence of a document, so it is kept out of line: inlined
// into QuotesMarked and pair, whose many variables it then shared, its loop
// took half again as many instructions.
//
//go:noinline
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
// reference into the text and the result, so that the pool pins neither;
// but the rest of the block results are cut from (see newQuotes) stays
// with s, and with it the block's earlier results and their texts.
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
// most of what a short document costs). A block is garbage once neither the
// results cut from it nor the pooled scratch that cuts from it refer to it:
// the scratch keeps at most one block, so at most quoteBlock quotes (and the
// texts they are slices of) stay alive for it.
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
