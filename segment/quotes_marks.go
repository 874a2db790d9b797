package segment

import "unicode/utf8"

// QuoteMarks holds the quotation marks of a text, recorded by the sentence
// splitter as it reads the text (see QuoteMarks.AppendSentences), so that
// QuotesMarked need not read the text again to find them. The zero value is
// empty and ready to use; a QuoteMarks is not safe for concurrent use.
type QuoteMarks struct {
	marks []qmark // in order, at byte offsets of the whole text
}

// Reset empties m for a new text, keeping its storage.
func (m *QuoteMarks) Reset() { m.marks = m.marks[:0] }

// AppendSentences is AppendSentences that also records in m the quotation
// marks of text (the marks Quotes pairs, but no apostrophe inside a word),
// at their offsets in text plus at. A caller that splits a document piece
// by piece passes each piece with its offset in the document, in order, and
// so collects the marks of the document; m then holds every mark of it as
// long as the pieces hold every character but whitespace. The sentences are
// those of AppendSentences, and so is the time it takes but for the marks.
func (m *QuoteMarks) AppendSentences(dst []Span, text string, at int, opt Options) []Span {
	return appendSentences(dst, text, opt, m, at)
}

// QuotesMarked is QuotesIn given the quotation marks of text, recorded while
// its sentences were split (see QuoteMarks.AppendSentences), and returns the
// same quotes and stray marks: it skips the scan of text for marks. Marks
// that are out of order or do not match text are not used; the marks are
// then found as QuotesIn finds them. Marks missing from m (a piece of text
// that was not split with m) are not noticed: they are missing from the
// result.
//
// paragraphs may be nil; a caller that has the paragraphs of text already
// (Paragraphs(text), as the pipeline has its blocks) passes them, and
// QuotesMarked does not read them from the gaps between the sentences. The
// result is then that of QuotesIn as long as no sentence holds a blank line
// (none that AppendSentences returns does, split whole or line by line).
// Paragraphs that are out of order or out of range are not used.
//
// QuotesMarked changes neither m nor paragraphs, and is safe for
// concurrent use with other calls that do not change them.
func QuotesMarked(text string, sentences, paragraphs []Span, m *QuoteMarks, lang string) (quotes []Quote, stray []int) {
	if m == nil || !marksMatch(m.marks, text) {
		return QuotesIn(text, sentences, lang)
	}
	if len(m.marks) == 0 {
		return nil, nil // no quotation mark: nothing to pair or attribute
	}
	if paragraphs != nil && (len(paragraphs) == 0 || !validSentences(paragraphs, len(text))) {
		paragraphs = nil
	}
	s := qscanPool.Get().(*qscan)
	// s.marks, and s.paras when the paragraphs are given, are the
	// caller's (read only) until s goes back to the pool with its own.
	ownMarks, ownParas := s.marks, s.paras
	s.marks = m.marks
	defer func() {
		s.marks = ownMarks
		if paragraphs != nil {
			s.paras = ownParas
		}
		s.release()
	}()
	return s.pair(text, sentences, paragraphs, true, lang)
}

// marksMatch reports whether marks are ordered and each is the mark of its
// kind at its offset in text. It reads the first and last byte of a mark
// (and the middle one of a three-byte mark), which tell the kinds apart.
func marksMatch(marks []qmark, text string) bool {
	end := 0
	for _, q := range marks {
		i, b := q.pos, markBytes[q.m]
		// The first, middle and last bytes of the mark: of a two-byte
		// mark the first one twice, of a one-byte mark its byte thrice.
		if i < end || uint32(q.w) != b>>24&3 || i > len(text)-int(q.w) ||
			uint32(text[i])|uint32(text[i+int(b>>26)])<<8|uint32(text[i+int(q.w)-1])<<16 != b&0xFFFFFF {
			return false
		}
		end = i + int(q.w)
	}
	return true
}

// markBytes holds the first, middle and last byte of each mark kind (in
// the low three bytes) and its width (in the high byte, and the offset of
// its middle byte above the width's two bits: see marksMatch).
var markBytes = func() (t [256]uint32) {
	for _, r := range "„‚“”‘’\"'«»‹›" {
		var b [4]byte
		n := utf8.EncodeRune(b[:], r)
		m, w := markAt(string(b[:n]), 0)
		if w != n {
			panic("segment: markBytes: " + string(r))
		}
		mid := (n - 1) / 2
		t[m] = uint32(b[0]) | uint32(b[mid])<<8 | uint32(b[n-1])<<16 | uint32(n)<<24 | uint32(mid)<<26
	}
	return t
}()
