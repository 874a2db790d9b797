package segment

import (
	"math/bits"
	"unicode/utf8"
)

// Words and sentence starts for the speaker pass. The speaker pass reads
// only the text around quotes, but that text is most of what it costs.

// tokens splits text[a:b] into words (letters and digits, with inner
// hyphens and apostrophes) and one-rune punctuation tokens. The slice is
// reused between calls.
func (s *qscan) tokens(a, b int) []tok { return s.tokensN(a, b, -1) }

// tokensN is tokens that stops after n tokens (n < 0: no limit).
func (s *qscan) tokensN(a, b, n int) []tok { return s.tokenize(a, b, n, false) }

// clauseTokens is tokensN that also stops after the first punctuation token
// other than a comma (or, first of all, a dash): the words that can name a
// speaker after a quote never reach past it (see postAttr).
func (s *qscan) clauseTokens(a, b, n int) []tok { return s.tokenize(a, b, n, true) }

func (s *qscan) tokenize(a, b, n int, clause bool) []tok { return s.tokenizeAfter(0, a, b, n, clause) }

// moreClauseTokens is clauseTokens(a, b, n) for toks, the tokens that
// tokensN(a, b, len(toks)) returned last: it keeps them and reads on from
// where they end instead of reading them again.
func (s *qscan) moreClauseTokens(toks []tok, b, n int) []tok {
	for i, t := range toks {
		if i == n || (!t.word && clauseStop(s.text[t.s:t.e], i == 0)) {
			return toks[:min(i+1, n)]
		}
	}
	if len(toks) == 0 {
		return toks
	}
	return s.tokenizeAfter(len(toks), toks[len(toks)-1].e, b, n, true)
}

// tokenizeAfter is tokenize that keeps the first nt0 tokens of s.toks
// (which end at a) and appends the tokens of text[a:b] after them, up to n
// tokens in all.
func (s *qscan) tokenizeAfter(nt0, a, b, n int, clause bool) []tok {
	// A token takes a byte at least: room for max tokens is enough, and
	// they are stored without append.
	max := nt0 + b - a
	if n >= 0 && n < max {
		max = n
	}
	if max <= nt0 {
		return s.toks[:nt0]
	}
	if cap(s.toks) < max {
		s.toks = append(make([]tok, 0, max), s.toks[:nt0]...)
	}
	toks := s.toks[:max]
	return toks[:scanTokens(toks, nt0, s.text[:b], a, clause)] // runes cut by b decode as errors, one token a byte
}

// scanTokens stores the tokens of t[i:] in toks from toks[nt] on, until
// toks is full (or, with clause, a clauseStop), and returns how many toks
// holds.
//
// The inner loop reads the tokens most of German text is made of with few
// calls, so that its variables stay in registers: words that start with an
// ASCII letter or digit or a Latin-1 letter (umlauts, ß), read eight bytes
// at a time up to a space or punctuation (wordEnd reads on after a hyphen,
// apostrophe or letter outside Latin-1); ASCII spaces and punctuation; the
// quotation marks and dashes of U+2010–U+2027 and U+2030–U+203F. Any other
// token (a word that starts with another letter, other spaces and
// punctuation) takes the outer loop. A word that ends at a space or comma
// takes them along without going round the loop.
func scanTokens(toks []tok, nt int, t string, i int, clause bool) int {
	for i < len(t) && nt < len(toks) {
	next:
		for i < len(t) && nt < len(toks) {
			c := t[i]
			switch tokByte[c] {
			case tbSpace:
				i++
				continue
			case tbAlnum:
			case tbPunct:
				toks[nt] = tok{i, i + 1, false}
				nt++
				i++
				if clause && c != ',' && (c != '-' || nt > 1) {
					return nt // clauseStop
				}
				continue
			case tbC3:
				if i+1 >= len(t) || !latin1Letter(t[i+1]) {
					goto slow
				}
			case tbE2:
				if i+2 >= len(t) || t[i+1] != 0x80 || t[i+2] < 0x90 || t[i+2] > 0xBF || t[i+2] >= 0xA8 && t[i+2] <= 0xAF {
					goto slow
				}
				// General Punctuation: „ “ ” ‚ ‘ ’ – — …
				toks[nt] = tok{i, i + 3, false}
				nt++
				i += 3
				if clause && (t[i-1] != 0x93 && t[i-1] != 0x94 || nt > 1) {
					return nt // clauseStop: all but a dash first
				}
				continue
			default:
				goto slow
			}
			// A word, read eight bytes at a time: ASCII letters by a mask,
			// the digits that stop it (few, inside words) and Latin-1
			// letters one at a time.
			j := i + 1
			if c >= utf8.RuneSelf {
				j++
			}
		word:
			for {
				for j+8 <= len(t) {
					if m := ^asciiLetterMask(load64(t, j)) & hiBits; m != 0 {
						j += bits.TrailingZeros64(m) / 8
						goto stop
					}
					j += 8
				}
				for j < len(t) && tokByte[t[j]] == tbAlnum {
					j++
				}
			stop:
				if j >= len(t) {
					break
				}
				d := t[j]
				if d == ' ' {
					// Most words end at a space, which goes with them, and
					// most spaces are followed by a word of ASCII letters.
					toks[nt] = tok{i, j, true}
					nt++
					i = j + 1
					if i < len(t) && nt < len(toks) && tokByte[t[i]] == tbAlnum {
						j = i + 1
						continue word
					}
					continue next
				}
				if !wordGoesOn[d] {
					if d == ',' && nt+1 < len(toks) {
						// A comma, and a space after it, go with the word too.
						toks[nt] = tok{i, j, true}
						toks[nt+1] = tok{j, j + 1, false}
						nt += 2
						i = j + 1
						if i < len(t) && t[i] == ' ' {
							i++
						}
						continue next
					}
					if tokByte[d] != tbAlnum {
						break
					}
					j++ // a digit
					continue
				}
				if d == 0xC3 && j+1 < len(t) && latin1Letter(t[j+1]) {
					j += 2
					continue
				}
				// A hyphen, apostrophe or other letter: wordEnd reads on from j
				// as it would from the word's start. A full stop ends the
				// word, and is taken along after an abbreviation.
				if d != '.' {
					j = wordEnd(t, j)
				}
				if j < len(t) && t[j] == '.' && abbrevBeforeName(t[i:j]) {
					j++ // the full stop of Dr. or Gertrud K.
				}
				break
			}
			toks[nt] = tok{i, j, true}
			nt++
			i = j
		}
	slow:
		if i >= len(t) || nt >= len(toks) {
			break
		}
		if t[i] < utf8.RuneSelf { // a space other than ' '
			i++
			continue
		}
		tk, ok := otherToken(t, i)
		i = tk.e
		if !ok {
			continue // a space outside ASCII
		}
		toks[nt] = tk
		if nt++; clause && !tk.word && clauseStop(t[tk.s:tk.e], nt == 1) {
			break
		}
	}
	return nt
}

// Byte kinds for scanTokens.
const (
	tbSpace = iota // ' '
	tbAlnum        // ASCII letter or digit
	tbPunct        // ASCII punctuation
	tbC3           // lead byte of U+00C0–U+00FF (Latin-1 letters, × and ÷)
	tbE2           // lead byte of U+2000–U+2FFF (General Punctuation …)
	tbOther        // other ASCII spaces, other bytes from 0x80 on
)

// tokByte is the kind of each byte; wordGoesOn marks the bytes after a run
// of ASCII letters and digits at which the word may go on (see wordEnd) or
// take a full stop (see abbrevBeforeName).
var tokByte, wordGoesOn = func() (k [256]uint8, g [256]bool) {
	for c := range 256 {
		switch {
		case c == ' ':
			k[c] = tbSpace
		case c < utf8.RuneSelf && quoteASCIIClass[c] == chAlnum:
			k[c] = tbAlnum
		case c < utf8.RuneSelf && quoteASCIIClass[c] == chPunct:
			k[c] = tbPunct
			g[c] = c == '-' || c == '\'' || c == '.'
		case c == 0xC3:
			k[c] = tbC3
			g[c] = true
		case c == 0xE2:
			k[c] = tbE2
			g[c] = true
		default:
			k[c] = tbOther
			g[c] = c >= utf8.RuneSelf
		}
	}
	return k, g
}()

// otherToken reads the token at t[i], which is no ASCII letter, digit or
// space: a punctuation token of one rune, or a word that starts with a
// letter outside ASCII. ok is false for a space outside ASCII, which is
// skipped.
func otherToken(t string, i int) (tk tok, ok bool) {
	c := t[i]
	if c < utf8.RuneSelf {
		return tok{i, i + 1, false}, true
	}
	r, w := utf8.DecodeRuneInString(t[i:])
	switch runeClass(r) {
	case chSpace:
		return tok{i, i + w, false}, false
	case chAlnum:
		j := wordEnd(t, i+w)
		if j < len(t) && t[j] == '.' && abbrevBeforeName(t[i:j]) {
			j++
		}
		return tok{i, j, true}, true
	}
	return tok{i, i + w, false}, true
}

// clauseStop reports whether the punctuation p ends the words read by
// clauseTokens; first tells that it is the first token.
func clauseStop(p string, first bool) bool {
	switch p {
	case ",":
		return false
	case "–", "—", "-":
		return !first
	}
	return true
}

// latin1Letter reports whether c, following 0xC3, makes a letter of
// U+00C0–U+00FF (all but × and ÷): umlauts, ß, accents.
func latin1Letter(c byte) bool {
	return c >= 0x80 && c <= 0xBF && c != 0x97 && c != 0xB7
}

// quoteByteClass is quoteASCIIClass for every byte; bytes from 0x80 on
// are chPunct and need decoding.
var quoteByteClass = func() (t [256]uint8) {
	for c := range t {
		t[c] = chPunct
		if c < utf8.RuneSelf {
			t[c] = quoteASCIIClass[c]
		}
	}
	return t
}()

// wordEnd returns the end of the word that goes on at j in t: letters and
// digits, with inner hyphens and apostrophes.
func wordEnd(t string, j int) int {
	for j < len(t) {
		j = asciiAlnumEnd(t, j)
		if j >= len(t) {
			break
		}
		c := t[j]
		if c == 0xC3 && j+1 < len(t) && latin1Letter(t[j+1]) {
			j += 2
			continue
		}
		w2 := 1
		if c >= utf8.RuneSelf {
			var r2 rune
			r2, w2 = utf8.DecodeRuneInString(t[j:])
			if runeClass(r2) == chAlnum {
				j += w2
				continue
			}
			if r2 != '’' {
				break
			}
		} else if c != '-' && c != '\'' {
			break
		}
		// an inner hyphen or apostrophe: Rock-Band, geht’s
		if j+w2 >= len(t) {
			break
		}
		if c3 := t[j+w2]; c3 < utf8.RuneSelf {
			if quoteByteClass[c3] != chAlnum {
				break
			}
		} else if r3, _ := utf8.DecodeRuneInString(t[j+w2:]); runeClass(r3) != chAlnum {
			break
		}
		j += w2
	}
	return j
}

// asciiAlnumEnd returns the end of the run of ASCII letters and digits at
// j in t. (Words are short: reading them eight bytes at a time does not
// pay.)
func asciiAlnumEnd(t string, j int) int {
	for j < len(t) && quoteByteClass[t[j]] == chAlnum {
		j++
	}
	return j
}

// abbrevBeforeName reports whether w followed by a full stop is an
// abbreviation that belongs to a name: a title (Dr., Prof.) or an initial
// (Gertrud K.).
func abbrevBeforeName(w string) bool {
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	switch w {
	case "Dr", "Prof", "Mr", "Mrs", "Ms", "Jr", "Sr", "St", "Gen", "Sen", "Rep", "Gov", "Hr":
		return true
	}
	return false
}

// sentStart returns where the sentence holding pos starts (the last one
// starting at or before pos: from a gap between sentences, the one before
// it), not before limit and at most maxSentenceBack bytes back.
func (s *qscan) sentStart(pos, limit int) int {
	lo := max(limit, pos-maxSentenceBack)
	if k := s.sentenceAt(pos); k >= 0 && s.sents[k].Start >= lo {
		return s.sents[k].Start
	}
	for lo > limit && lo < len(s.text) && !utf8.RuneStart(s.text[lo]) {
		lo++
	}
	return lo
}

// sentenceAt returns the index of the last sentence starting at or before
// pos, or -1. The speaker pass asks about the sentences around one quote
// after another, so the answer is looked for next to the last one first.
func (s *qscan) sentenceAt(pos int) int {
	sents := s.sents
	k, n := 0, len(sents)
	if h := s.sentHint; h < len(sents) && sents[h].Start <= pos {
		for k := h; k < h+4; k++ {
			if k+1 == len(sents) || sents[k+1].Start > pos {
				s.sentHint = k
				return k
			}
		}
		// Further on: gallop from the hint, then search between the last
		// two steps (the next quote is often some sentences on).
		k = h + 4
		for step := 8; ; step *= 2 {
			if k+step >= len(sents) || sents[k+step].Start > pos {
				n = min(k+step, len(sents))
				break
			}
			k += step
		}
	} else if h > 0 && h <= len(sents) && sents[h-1].Start <= pos {
		s.sentHint = h - 1
		return h - 1
	}
	for k < n {
		h := int(uint(k+n) >> 1)
		if sents[h].Start <= pos {
			k = h + 1
		} else {
			n = h
		}
	}
	s.sentHint = max(k-1, 0)
	return k - 1
}

// maxSentenceBack bounds how far the speaker pass reads back into a
// sentence, so that a long paragraph without sentence ends and with many
// quotes stays linear.
const maxSentenceBack = 500

// sentenceEnd returns the end of the sentence that goes on at pos, the end
// of a quote (pos itself when the quote ends its sentence), or limit if that
// comes first.
func (s *qscan) sentenceEnd(pos, limit int) int {
	k := s.sentenceAt(pos - 1)
	if k < 0 || s.sents[k].End <= pos {
		return min(pos, limit)
	}
	return min(s.sents[k].End, limit)
}

// clauseEnd returns where the clause starting at pos ends: at a sentence or
// clause mark, a quotation mark, or end.
func (s *qscan) clauseEnd(pos, end int) int {
	t := s.text
	for i := pos; i < end; i++ {
		switch t[i] {
		case '.', '!', '?', ';', ':', '"':
			return i
		case 0xC2, 0xE2:
			r, _ := utf8.DecodeRuneInString(t[i:end])
			switch r {
			case '„', '“', '”', '‚', '‘', '»', '«', '›', '‹':
				return i
			}
		}
	}
	return end
}

// Eight bytes at a time. Each mask has the high bit of a byte set where the
// byte has the property and no other bits, so the masks are exact and can
// be searched from either end.
const (
	loBits = 0x0101010101010101
	hiBits = 0x8080808080808080
	low7   = 0x7F7F7F7F7F7F7F7F
)

// load64 returns t[i:i+8] as a little-endian word (one load once compiled).
func load64(t string, i int) uint64 {
	b := t[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// byteMask marks the bytes of w equal to c.
func byteMask(w uint64, c byte) uint64 {
	x := w ^ (loBits * uint64(c))
	return ^((x&low7 + low7) | x) & hiBits
}

// asciiLetterMask marks the bytes of w that are ASCII letters.
func asciiLetterMask(w uint64) uint64 {
	y := w&low7 | loBits*0x20 // letters in lower case; nothing else becomes one
	return (y + loBits*(0x80-'a')) &^ (y + loBits*(0x7F-'z')) &^ w & hiBits
}
