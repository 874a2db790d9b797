package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Finding what Quotes pairs: the quotation marks of a document, its
// paragraphs, and the classes of the characters around a mark.

// qmark is a quotation mark found by appendQuoteMarks.
type qmark struct {
	pos  int
	m, w uint8 // mark kind (mLow9 …) and width in bytes
}

// markLeads are the bytes that can start a quotation mark: the lead byte
// of the U+20xx marks (by far the most common in German text), the lead
// byte of « and », and the ASCII marks.
var markLeads = [4]byte{0xE2, 0xC2, '"', '\''}

// appendQuoteMarks appends the quotation marks of t to dst, in order (but
// no apostrophe inside a word, see inWordApostrophe), using
// scratch for merging. Each lead byte is searched with IndexByte, so the
// text between marks is skipped at memchr speed and a lead byte that does
// not occur costs one scan; the runs found for different lead bytes are
// merged in linear time when more than one occurs.
func appendQuoteMarks(dst, scratch []qmark, t string) ([]qmark, []qmark) {
	first, _ := firstQuoteMarks(t)
	return appendQuoteMarksFrom(dst, scratch, t, &first)
}

// firstQuoteMarks returns the offset of the first quotation mark of t for
// each lead byte in markLeads (len(t) when there is none), and whether t
// has any. Quotes uses it to return early for a text without marks.
func firstQuoteMarks(t string) (first [len(markLeads)]int, any bool) {
	for k, c := range markLeads {
		first[k] = len(t)
		for i := strings.IndexByte(t, c); i >= 0; {
			if m, w := markAt(t, i); m >= 0 && !inWordApostrophe(t, i, w, m) {
				first[k], any = i, true
				break
			}
			j := strings.IndexByte(t[i+1:], c)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return first, any
}

// appendQuoteMarksFrom is appendQuoteMarks given firstQuoteMarks(t).
func appendQuoteMarksFrom(dst, scratch []qmark, t string, first *[len(markLeads)]int) ([]qmark, []qmark) {
	var runs [len(markLeads) + 1]int
	nr := 0
	for k, c := range markLeads {
		runs[nr] = len(dst)
		for i := first[k]; i < len(t); {
			if m, w := markAt(t, i); m >= 0 && !inWordApostrophe(t, i, w, m) {
				dst = append(dst, qmark{pos: i, m: uint8(m), w: uint8(w)})
			}
			j := strings.IndexByte(t[i+1:], c)
			if j < 0 {
				break
			}
			i += 1 + j
		}
		if len(dst) > runs[nr] {
			nr++
		}
	}
	if nr <= 1 {
		return dst, scratch
	}
	runs[nr] = len(dst)
	// Merge the sorted runs two by two through scratch.
	for nr > 1 {
		k := 0
		for r := 0; r < nr; r += 2 {
			if r+1 == nr {
				runs[k] = runs[r]
				k++
				break
			}
			lo, mid, hi := runs[r], runs[r+1], runs[r+2]
			scratch = append(scratch[:0], dst[lo:mid]...)
			x, y, o := 0, mid, lo
			for x < len(scratch) && y < hi {
				if dst[y].pos < scratch[x].pos {
					dst[o] = dst[y]
					y++
				} else {
					dst[o] = scratch[x]
					x++
				}
				o++
			}
			copy(dst[o:], scratch[x:])
			runs[k] = lo
			k++
		}
		runs[k] = len(dst)
		nr = k
	}
	return dst, scratch
}

// inWordApostrophe reports whether the mark m at t[i:i+w] is a ’ or ' between
// two ASCII letters or digits: an apostrophe (don't, geht’s, 1'250) that
// pairing would skip anyway (see apostrophe), left out of the marks so that
// text full of them costs no more than text without. (A ‘ stays: pairing
// looks ahead for it, see laterLeftSingle.)
func inWordApostrophe(t string, i, w, m int) bool {
	return (m == mStrSgl || m == mSglClose) && i > 0 && i+w < len(t) &&
		quoteByteClass[t[i-1]] == chAlnum && quoteByteClass[t[i+w]] == chAlnum
}

// markAt returns the kind and width of the quotation mark at t[i], or -1.
func markAt(t string, i int) (m, w int) {
	switch t[i] {
	case '"':
		return mStrDbl, 1
	case '\'':
		return mStrSgl, 1
	case 0xC2:
		if i+1 < len(t) {
			switch t[i+1] {
			case 0xAB:
				return mGuilL, 2
			case 0xBB:
				return mGuilR, 2
			}
		}
	case 0xE2:
		if i+2 < len(t) && t[i+1] == 0x80 {
			switch t[i+2] {
			case 0x98:
				return mSglOpen, 3
			case 0x99:
				return mSglClose, 3
			case 0x9A:
				return mLow9S, 3
			case 0x9C:
				return mDblOpen, 3
			case 0x9D:
				return mDblClose, 3
			case 0x9E:
				return mLow9, 3
			case 0xB9:
				return mGuilLS, 3
			case 0xBA:
				return mGuilRS, 3
			}
		}
	}
	return -1, 0
}

// sentenceLineEnd returns the end (trailing spaces cut) of the first line in
// text[from:to] that ends with a sentence mark, or -1.
func (s *qscan) sentenceLineEnd(from, to int) int {
	for from < to {
		nl := strings.IndexByte(s.text[from:to], '\n')
		if nl < 0 {
			return -1
		}
		e := from + nl
		from = e + 1
		for e > 0 && isLineSpace(s.text[e-1]) {
			e--
		}
		r, _ := utf8.DecodeLastRuneInString(s.text[:e])
		switch r {
		case '.', '!', '?', '…', ':', '“', '”', '"', '«', '»':
			return e
		}
	}
	return -1
}

// sentenceParagraphs appends the paragraphs of text to dst as
// AppendParagraphs does, reading only the gaps between sents, the sentences
// of text (see QuotesIn): a gap with two line breaks holds a blank line and
// ends a paragraph. It reports false when a gap holds more than ASCII
// whitespace, a sentence starts or ends with it, or the sentences are not
// ordered, disjoint, non-empty spans of text; dst is then to be made by
// AppendParagraphs.
func sentenceParagraphs(dst []Span, text string, sents []Span) ([]Span, bool) {
	start, end := -1, 0
	for _, sp := range sents {
		if sp.Start < end || sp.End <= sp.Start || sp.End > len(text) ||
			asciiSpace[text[sp.End-1]] || asciiSpace[text[sp.Start]] {
			return dst, false // out of order, or starting or ending with a space
		}
		// Most gaps are one space or one line break, some two line breaks.
		switch gap := sp.Start - end; {
		case gap == 1 && (text[end] == ' ' || text[end] == '\n'):
		case gap == 2 && text[end] == '\n' && text[end+1] == '\n':
			if start >= 0 {
				dst = append(dst, Span{start, end})
				start = -1
			}
		default:
			nl := 0
			for _, c := range []byte(text[end:sp.Start]) {
				if c == '\n' {
					nl++
				} else if !asciiSpace[c] {
					return dst, false
				}
			}
			if nl >= 2 && start >= 0 {
				dst = append(dst, Span{start, end})
				start = -1
			}
		}
		if start < 0 {
			start = sp.Start
		}
		end = sp.End
	}
	for i := end; i < len(text); i++ {
		if !asciiSpace[text[i]] {
			return dst, false
		}
	}
	if start >= 0 {
		dst = append(dst, Span{start, end})
	}
	return dst, true
}

// asciiSpace marks the bytes AppendParagraphs takes for space: space, tab,
// line feed, vertical tab, form feed, carriage return.
var asciiSpace = [256]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// quoteASCIIClass is runeClass for ASCII.
var quoteASCIIClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = chSpace
		case c >= '0' && c <= '9', isASCIILetter(byte(c)):
			t[c] = chAlnum
		default:
			t[c] = chPunct
		}
	}
	return t
}()

func runeClass(r rune) int {
	if r < utf8.RuneSelf {
		return int(quoteASCIIClass[r]) // small enough to inline
	}
	return runeClassSlow(r)
}

func runeClassSlow(r rune) int {
	switch {
	case r >= '‐' && r <= '‧' || r >= '‰' && r <= '⁞':
		// dashes, quotation marks, bullets, ellipsis: General
		// Punctuation holds no letter, digit or space in these ranges
		return chPunct
	case r == utf8.RuneError:
		return chPunct
	case unicode.IsSpace(r):
		return chSpace
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return chAlnum
	}
	return chPunct
}
