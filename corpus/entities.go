package corpus

import (
	"html"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// maxEntity bounds the length of a character reference's name
// ("CounterClockwiseContourIntegral" has 31 bytes).
const maxEntity = 32

// entities decodes HTML character references that end in a semicolon:
// named (&amp; &nbsp; &bdquo;) and numeric (&#8222; &#x201E;). Text escaped
// twice (&amp;quot;, common in scraped pages) is decoded fully, so that
// decoding is idempotent. An "&" that starts no known reference is left
// alone ("AT&T", "Q&A").
type entities struct {
	// held is an "&" decoded from a reference and not yet written: it may
	// start another reference, as in "&amp;amp;".
	held bool
}

func (e *entities) Reset() { *e = entities{} }

func (e *entities) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	put := func(b byte) bool {
		if nDst >= len(dst) {
			return false
		}
		dst[nDst] = b
		nDst++
		return true
	}
	for nSrc < len(src) {
		c := src[nSrc]
		if e.held && !entityByte(c) {
			if !put('&') {
				return nDst, nSrc, transform.ErrShortDst
			}
			e.held = false
			continue
		}
		if c != '&' && !e.held {
			if !put(c) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nSrc++
			continue
		}
		// A possible reference: its name starts after the "&", or right
		// here when a decoded "&" is held.
		name := nSrc
		if !e.held {
			name++
		}
		end, more := refEnd(src, name)
		if more && !atEOF {
			return nDst, nSrc, transform.ErrShortSrc
		}
		decoded := ""
		if end > 0 {
			ref := "&" + visibleName(src[name:end])
			// html also decodes a prefix of a longer name ("&ampquot0;"
			// gives "&quot0;"); a whole reference decodes to one or two
			// code points, and only a whole one is decoded here.
			if d := html.UnescapeString(ref); d != ref && utf8.RuneCountInString(d) <= 2 {
				decoded = d
			}
		}
		switch {
		case decoded == "" && e.held:
			// Not a reference: write the held "&", then go on from here.
			if !put('&') {
				return nDst, nSrc, transform.ErrShortDst
			}
			e.held = false
		case decoded == "":
			if !put('&') {
				return nDst, nSrc, transform.ErrShortDst
			}
			nSrc++
		case decoded == "&":
			e.held = true
			nSrc = end
		default:
			if nDst+len(decoded) > len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], decoded)
			e.held = false
			nSrc = end
		}
	}
	if atEOF && e.held {
		if !put('&') {
			return nDst, nSrc, transform.ErrShortDst
		}
		e.held = false
	}
	return nDst, nSrc, nil
}

// refEnd finds the end (after the ";") of a reference name starting at
// src[i]. It returns 0 when there is none, and more when src ends before
// the name could end.
func refEnd(src []byte, i int) (end int, more bool) {
	for j := i; j < len(src); j++ {
		switch {
		case j-i > maxEntity:
			return 0, false
		case src[j] == ';':
			if j == i {
				return 0, false
			}
			return j + 1, false
		case !entityByte(src[j]):
			// Invisible characters, which the next step removes, do not
			// end a name: "&nbsp\x04;" is read as "&nbsp;", so that
			// normalizing twice changes nothing.
			r, size := utf8.DecodeRune(src[j:])
			if r == utf8.RuneError && !utf8.FullRune(src[j:]) {
				return 0, true
			}
			if r == utf8.RuneError || !invisible(r) {
				return 0, false
			}
			j += size - 1
		}
	}
	return 0, true
}

// visibleName returns a reference name without the invisible characters
// refEnd let through.
func visibleName(name []byte) string {
	out := make([]byte, 0, len(name))
	for i := 0; i < len(name); {
		if entityByte(name[i]) || name[i] == ';' {
			out = append(out, name[i])
			i++
			continue
		}
		_, size := utf8.DecodeRune(name[i:])
		i += size
	}
	return string(out)
}

func entityByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#'
}
