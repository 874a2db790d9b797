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

// markLeads are the bytes that can start a quotation mark: the ASCII marks,
// the lead byte of « and », and the lead byte of the U+20xx marks.
var markLeads = [4]byte{'"', '\'', 0xC2, 0xE2}

// appendQuoteMarks appends the quotation marks of t to dst. One cursor per
// lead byte is advanced with IndexByte, so the text between marks is skipped
// at memchr speed and a lead byte that does not occur costs one scan.
func appendQuoteMarks(dst []qmark, t string) []qmark {
	var next [len(markLeads)]int
	for k, c := range markLeads {
		next[k] = indexByteFrom(t, c, 0)
	}
	for {
		k := 0
		for j := 1; j < len(next); j++ {
			if next[j] < next[k] {
				k = j
			}
		}
		i := next[k]
		if i >= len(t) {
			return dst
		}
		next[k] = indexByteFrom(t, markLeads[k], i+1)
		if m, w := markAt(t, i); m >= 0 {
			dst = append(dst, qmark{pos: i, m: uint8(m), w: uint8(w)})
		}
	}
}

// indexByteFrom returns the index of the first c in t[from:], or len(t).
func indexByteFrom(t string, c byte, from int) int {
	if i := strings.IndexByte(t[from:], c); i >= 0 {
		return from + i
	}
	return len(t)
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
		for e > 0 && isHSpace(s.text[e-1]) {
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

// quoteParagraphs appends the paragraphs of text to dst exactly as
// AppendParagraphs does, but finds line ends with IndexByte, which is several
// times faster on news text whose paragraphs are long single lines.
func quoteParagraphs(dst []Span, text string) []Span {
	start, lastEnd := -1, -1
	for i := 0; i < len(text); {
		if text[i] == '\n' {
			// An empty line, most often the second of two line breaks:
			// no need to look for its end.
			if start >= 0 {
				dst = append(dst, Span{start, lastEnd})
				start = -1
			}
			i++
			continue
		}
		nl := strings.IndexByte(text[i:], '\n')
		end := len(text)
		if nl >= 0 {
			end = i + nl
		}
		a := i
		for a < end && isHSpace(text[a]) {
			a++
		}
		if a == end {
			if nl >= 0 && start >= 0 {
				dst = append(dst, Span{start, lastEnd})
				start = -1
			}
		} else {
			if start < 0 {
				start = a
			}
			b := end
			for b > a && isHSpace(text[b-1]) {
				b--
			}
			lastEnd = b
		}
		if nl < 0 {
			break
		}
		i = end + 1
	}
	if start >= 0 {
		dst = append(dst, Span{start, lastEnd})
	}
	return dst
}

func isHSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}

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
	case r == utf8.RuneError:
		return chPunct
	case unicode.IsSpace(r):
		return chSpace
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return chAlnum
	}
	return chPunct
}
