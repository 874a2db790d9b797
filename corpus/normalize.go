package corpus

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Normalizer returns the transformer that normalizes decoded UTF-8 text, the
// chain every document goes through before segmentation:
//
//  0. HTML character references ending in ";" are decoded (&amp; &nbsp;
//     &#8222; &#x201E;), twice-escaped ones (&amp;quot;) fully;
//  1. line endings: CRLF and lone CR become LF; U+0085, U+2028 and U+2029
//     become LF too;
//  2. spaces: tab, vertical tab, form feed, no-break spaces (U+00A0, U+202F,
//     U+2007) and the other Unicode spaces become U+0020;
//  3. invisible characters are removed: C0 and C1 controls (but LF), format
//     characters such as the soft hyphen U+00AD, zero-width space U+200B,
//     zero-width non-joiner U+200C, bidi marks and embeddings, word joiner
//     U+2060 and a stray byte-order mark U+FEFF, and the noncharacters
//     U+FFFE, U+FFFF, U+FDD0–U+FDEF that XML forbids; the zero-width joiner
//     U+200D is kept because emoji sequences need it;
//  4. Unicode NFC;
//  5. whitespace layout: runs of spaces become one space, spaces at the
//     start and end of lines are removed, more than one blank line becomes
//     one, and whitespace at the start and end of the document is removed.
//
// The chain is idempotent: normalizing its output changes nothing.
// A Transformer is stateful; use one per goroutine and Reset it between
// documents.
func Normalizer() transform.Transformer {
	// Steps 1–3 and 5 are one pass (scrub); NFC creates and removes no
	// whitespace or invisible characters, so it can run last.
	return transform.Chain(&entities{}, &scrub{}, norm.NFC)
}

// mapSpace maps every space-like character and line separator to ' ' or '\n'.
func mapSpace(r rune) rune {
	switch r {
	case '\t', '\v', '\f', 0x00A0, 0x1680, 0x2007, 0x202F, 0x205F, 0x3000:
		return ' '
	case 0x0085, 0x2028, 0x2029:
		return '\n'
	}
	if r >= 0x2000 && r <= 0x200A {
		return ' '
	}
	return r
}

// invisible reports whether r is removed by normalization.
func invisible(r rune) bool {
	switch {
	case r == '\n':
		return false
	case r < 0x20, r >= 0x7F && r <= 0x9F:
		return true // C0 and C1 controls
	case r == 0x200D:
		return false // zero-width joiner: part of emoji sequences
	case r == 0xFFFE, r == 0xFFFF, r >= 0xFDD0 && r <= 0xFDEF:
		return true // noncharacters that XML 1.0 forbids
	case r < 0x600:
		return r == 0xAD // the only format character below U+0600
	}
	return unicode.Is(unicode.Cf, r)
}

// scrub maps line breaks and spaces, removes invisible characters and
// lays out whitespace (steps 1, 2, 3 and 5 of Normalizer) in one pass.
type scrub struct {
	started  bool // a visible character has been written
	spaces   int  // pending spaces
	newlines int  // pending newlines
}

func (s *scrub) Reset() { *s = scrub{} }

// visibleASCII marks the printable ASCII bytes other than the space.
var visibleASCII = func() (t [256]bool) {
	for c := '!'; c < 0x7F; c++ {
		t[c] = true
	}
	return t
}()

// plainRun returns the end of the run of src[i:] that scrub copies
// unchanged once a visible character has been written and no whitespace is
// pending: visible ASCII, the letters U+00C0–U+00FF, and a single space or
// one or two newlines each followed by visible ASCII.
func plainRun(src []byte, i int) int {
	const low7 = 0x7F7F7F7F7F7F7F7F
	for i < len(src) {
		// Eight bytes at a time: all visible ASCII or spaces, no two
		// spaces side by side and none last (its follower is unknown).
		for i+8 <= len(src) {
			x := binary.LittleEndian.Uint64(src[i:])
			if ((x-0x20*swarOnes)|(x+swarOnes)|x)&swarHigh != 0 {
				break // a byte below 0x20 or above 0x7E
			}
			y := x ^ 0x20*swarOnes
			sp := ^((y & low7) + low7 | y) & swarHigh // the top bit of each space
			if sp&(sp<<8) != 0 || sp>>63 != 0 {
				break
			}
			i += 8
		}
		if i >= len(src) {
			break
		}
		c := src[i]
		switch {
		case visibleASCII[c]:
			i++
		case c == 0xC3 && i+1 < len(src) && src[i+1] >= 0x80 && src[i+1] <= 0xBF:
			i += 2
		case c == ' ' && i+1 < len(src) && visibleASCII[src[i+1]]:
			i += 2
		case c == '\n' && i+1 < len(src) && visibleASCII[src[i+1]]:
			i += 2
		case c == '\n' && i+2 < len(src) && src[i+1] == '\n' && visibleASCII[src[i+2]]:
			i += 3
		default:
			return i
		}
	}
	return i
}

func (s *scrub) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		// Fast path: most text is written unchanged, a run at a time.
		if s.started && s.spaces == 0 && s.newlines == 0 {
			if j := plainRun(src, nSrc); j > nSrc {
				n := min(j-nSrc, len(dst)-nDst)
				if n < j-nSrc && n > 0 && src[nSrc+n-1] == 0xC3 {
					n-- // never split a letter of U+00C0–U+00FF
				}
				copy(dst[nDst:], src[nSrc:nSrc+n])
				nDst += n
				nSrc += n
				if nSrc < j {
					return nDst, nSrc, transform.ErrShortDst
				}
				continue
			}
		}
		c := src[nSrc]
		// Fast paths: visible ASCII inside a word, and a single space.
		if c > ' ' && c < 0x7F && s.spaces == 0 && s.newlines == 0 && s.started {
			if nDst >= len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = c
			nDst++
			nSrc++
			continue
		}
		if c == ' ' {
			s.spaces++
			nSrc++
			continue
		}
		size := 1
		var r rune
		if c < utf8.RuneSelf {
			r = rune(c)
			if c == '\r' {
				if nSrc+1 == len(src) && !atEOF {
					return nDst, nSrc, transform.ErrShortSrc // is it CRLF?
				}
				if nSrc+1 < len(src) && src[nSrc+1] == '\n' {
					size = 2
				}
				r = '\n'
			}
		} else {
			if !atEOF && !utf8.FullRune(src[nSrc:]) {
				return nDst, nSrc, transform.ErrShortSrc
			}
			r, size = utf8.DecodeRune(src[nSrc:])
		}
		switch r = mapSpace(r); {
		case r == ' ':
			s.spaces++
		case r == '\n':
			s.spaces = 0 // spaces at the end of a line
			s.newlines++
		case invisible(r):
		default:
			// A visible character: first write the whitespace it ends.
			var pending string
			switch {
			case !s.started:
			case s.newlines >= 2:
				pending = "\n\n"
			case s.newlines == 1:
				pending = "\n"
			case s.spaces > 0:
				pending = " "
			}
			n := size
			if r == utf8.RuneError {
				n = utf8.RuneLen(r) // an invalid byte becomes U+FFFD
			}
			if nDst+len(pending)+n > len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], pending)
			if r == utf8.RuneError {
				nDst += utf8.EncodeRune(dst[nDst:], r)
			} else {
				nDst += copy(dst[nDst:], src[nSrc:nSrc+size])
			}
			s.started, s.spaces, s.newlines = true, 0, 0
		}
		nSrc += size
	}
	return nDst, nSrc, nil
}

// utf8Counts counts the valid multi-byte sequences and the invalid bytes
// of b, which tell UTF-8 with a few bad bytes from a legacy encoding.
func utf8Counts(b []byte) (multibyte, invalid int) {
	for len(b) > 0 {
		if b[0] < utf8.RuneSelf {
			b = b[1:]
			continue
		}
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			multibyte++
		}
		b = b[size:]
	}
	return multibyte, invalid
}

// countInvalidUTF8 counts the bytes of b that are not valid UTF-8.
func countInvalidUTF8(b []byte) int {
	_, invalid := utf8Counts(b)
	return invalid
}

// normalizer is the Normalizer chain as the pipeline runs it, with
// shortcuts for the common case: the entity step only runs when the text
// has an "&" (and repeats until references built from decoded ones are
// decoded too), and NFC only when the scrubbed text is not already in NFC
// (most text is). It keeps its buffer between documents; use one per goroutine.
type normalizer struct {
	ent   entities
	scrub scrub
	buf   []byte
}

// maxEntityRounds bounds the decoding rounds of normalizer.String.
const maxEntityRounds = 8

func (n *normalizer) String(s string) string {
	// A decoded reference can complete another one ("&&#108;t;" gives
	// "&lt;"): decode until nothing changes, so that cleaning is
	// idempotent. Each round decodes at least one reference; references
	// nested deeper than maxEntityRounds (crafted input, never seen in
	// scraped text) stay partly encoded, which bounds the time per byte.
	for round := 0; round < maxEntityRounds && strings.IndexByte(s, '&') >= 0; round++ {
		n.ent.Reset()
		t, _, err := transform.String(&n.ent, s)
		if err != nil || t == s {
			break
		}
		s = t
	}
	n.scrub.Reset()
	// Scrubbing never lengthens valid UTF-8; an invalid byte becomes the
	// three bytes of U+FFFD, hence the margin and the loop.
	if need := len(s) + 16; cap(n.buf) < need {
		n.buf = make([]byte, need+need/4)
	}
	dst := n.buf[:cap(n.buf)]
	// The transformer only reads src, so it may alias the string.
	src := unsafe.Slice(unsafe.StringData(s), len(s))
	var out []byte
	for nDst, nSrc := 0, 0; ; {
		d, r, err := n.scrub.Transform(dst[nDst:], src[nSrc:], true)
		nDst, nSrc = nDst+d, nSrc+r
		if err == nil {
			out = dst[:nDst]
			break
		}
		// ErrShortDst: grow and go on.
		bigger := make([]byte, 2*len(dst)+16)
		copy(bigger, dst[:nDst])
		dst = bigger
		n.buf = bigger
	}
	if isNFC(out) {
		return string(out)
	}
	return norm.NFC.String(string(out))
}

// isNFC is norm.NFC.IsNormal with a shortcut for the characters of German
// news: text made only of ASCII, U+00A0–U+00FF (Latin-1: umlauts, ß, «, »)
// and U+2002–U+20CF (dashes, quotation marks, ellipsis, €) is in NFC, since
// all of them are in NFC on their own and none is a combining mark, so
// nothing can compose or reorder. Other text is checked by the norm
// package.
func isNFC(b []byte) bool {
	for i := 0; i < len(b); {
		for i+8 <= len(b) && binary.LittleEndian.Uint64(b[i:])&swarHigh == 0 {
			i += 8 // eight ASCII bytes
		}
		if i == len(b) {
			break
		}
		c := b[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case (c == 0xC2 || c == 0xC3) && i+1 < len(b) && b[i+1]&0xC0 == 0x80 && (c == 0xC3 || b[i+1] >= 0xA0):
			i += 2
		case c == 0xE2 && i+2 < len(b) && b[i+1] >= 0x80 && b[i+1] <= 0x82 && b[i+2]&0xC0 == 0x80 &&
			!(b[i+1] == 0x80 && b[i+2] <= 0x81) && !(b[i+1] == 0x82 && b[i+2] > 0x8F):
			// U+2002–U+20CF (E2 80 82 … E2 83 8F; E2 82 xx is U+2080–U+20BF,
			// E2 83 80–8F U+20C0–U+20CF is left to norm).
			i += 3
		default:
			return norm.NFC.IsNormal(b)
		}
	}
	return true
}
