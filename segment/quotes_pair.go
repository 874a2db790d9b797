package segment

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Pairing the quotation marks of a text into quotes, one paragraph at a
// time (see Quotes).

// scanParas pairs the marks paragraph by paragraph. Paragraphs without
// marks are skipped; one between two others still ends a quote continued
// over paragraphs (see chainStep).
func (s *qscan) scanParas() {
	last := -1
	for pi := 0; pi < len(s.paras) && s.mi < len(s.marks); pi++ {
		// The next paragraph that ends after the next mark: most paragraphs
		// hold no mark, so skip them by galloping and bisecting.
		pos := s.marks[s.mi].pos
		if s.paras[pi].End <= pos {
			lo, hi := pi, pi+1
			for step := 1; hi < len(s.paras) && s.paras[hi].End <= pos; step *= 2 {
				lo, hi = hi, min(hi+step, len(s.paras))
			}
			for lo+1 < hi { // paras[lo] ends at or before pos, paras[hi] (if any) after
				if h := int(uint(lo+hi) >> 1); s.paras[h].End <= pos {
					lo = h
				} else {
					hi = h
				}
			}
			if pi = hi; pi == len(s.paras) {
				return
			}
		}
		if pos < s.paras[pi].Start {
			s.mi++ // a mark between paragraphs
			pi--
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
