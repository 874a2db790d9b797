package segment

import (
	mbits "math/bits"
	"unicode"
	"unicode/utf8"
)

// The names tokenizer: words, marks and their shapes, in one pass over a
// sentence (the hot path of the names pass).

// Rune classes, with a table for ASCII: the tokenizer's hot path.
const (
	rcWord uint8 = 1 << iota
	rcLetter
	rcUpper
	rcDigit
	rcSpace
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		t[c] = classify(rune(c))
	}
	return t
}()

func classify(r rune) uint8 {
	switch {
	case r < rune(len(latinClass)):
		return latinClass[r]
	case r >= 0x2000 && r < 0x2070:
		return punctClass[r-0x2000]
	}
	return classifySlow(r)
}

// Rune classes of Latin letters and of general punctuation, where nearly
// all non-ASCII runes of German text lie, from tables.
var (
	latinClass = func() (t [0x250]uint8) {
		for r := range t {
			t[r] = classifySlow(rune(r))
		}
		return t
	}()
	punctClass = func() (t [0x70]uint8) {
		for r := range t {
			t[r] = classifySlow(rune(r) + 0x2000)
		}
		return t
	}()
)

func classifySlow(r rune) uint8 {
	var c uint8
	switch {
	case unicode.IsLetter(r):
		c = rcWord | rcLetter
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			c |= rcUpper
		}
	case unicode.IsDigit(r):
		c = rcWord | rcDigit
	case unicode.Is(unicode.Mn, r):
		c = rcWord
	case unicode.IsSpace(r):
		c = rcSpace
	}
	return c
}

// runeAt decodes the rune at text[i:end] and its class.
func runeAt(text string, i, end int) (rune, int, uint8) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1, asciiClass[c]
	}
	r, n := utf8.DecodeRuneInString(text[i:end])
	if r == utf8.RuneError && n <= 1 {
		return r, 1, 0
	}
	return r, n, classify(r)
}

// tokenize appends the tokens of the sentence text[start:end], with the
// hashes of their spelling (h) and of its lower-case form (lh).
func (d *nameDoc) tokenize(start, end int) {
	text := d.text[:end] // len(text) is end: one value fewer in the loop
	first := len(d.toks)
	// Room for a token per byte, so that the loop appends by reslicing.
	if cap(d.toks)-first < end-start {
		d.toks = append(d.toks[:cap(d.toks)], make([]ntok, end-start+first-cap(d.toks)+len(d.toks)/2)...)[:first]
	}
	// The tokens so far are toks[:nt]: counting nt costs less than
	// reslicing toks for each token.
	toks, nt := d.toks[:cap(d.toks)], first
	atStart := true // only punctuation since the sentence or line start
	nl := false
	caps, lettered := 0, 0
	for i := start; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			rc := asciiClass[c]
			if rc&rcSpace != 0 {
				if c == '\n' {
					atStart, nl = true, true
				}
				i++
				continue
			}
			if rc&rcWord == 0 {
				h := hashByte(c)
				t := &toks[nt]
				nt++
				*t = ntok{}
				t.h, t.lh, t.start, t.end, t.nl = h, h, int32(i), int32(i+1), nl
				nl = false
				switch c {
				case '"':
					d.marks = append(d.marks, int32(nt-1))
				case '\'', '(', '[', ':', '-', '*':
				default:
					atStart = false
				}
				i++
				if i < len(text) && text[i] == ' ' {
					// The space after the mark (most marks have
					// one), without another turn of the loop.
					i++
					if c == ':' {
						atStart = true
					}
				}
				continue
			}
		} else {
			r, n, rc := runeAt(text, i, len(text))
			if rc&rcSpace != 0 {
				i += n
				continue
			}
			if rc&rcWord == 0 {
				h := hashString(text[i : i+n])
				toks[nt] = ntok{start: int32(i), end: int32(i + n), nl: nl, h: h, lh: h}
				nt++
				nl = false
				switch r {
				case '„', '“', '»', '«', '‚', '›', '‹', '‘':
					d.marks = append(d.marks, int32(nt-1))
				case '–', '—', '•':
				case '”':
					d.marks = append(d.marks, int32(nt-1))
					atStart = false
				default:
					atStart = false
				}
				i += n
				continue
			}
		}
		if tokClass[c]&(tcLower|tcUpper) != 0 || c == 0xC3 {
			// Plain words, most of the text: plainRun takes them, and
			// those right after them, in a loop of its own.
			if n, j := d.plainRun(toks, nt, i, len(text)); n > nt {
				t := &toks[nt]
				t.init, t.nl = atStart, nl
				if afterHyphen(text, toks, first, nt, i) {
					toks[nt-2].hyphNext, t.hyphPrev = true, true
				}
				lettered += n - nt
				nt, i = n, j
				atStart, nl = false, false
				continue
			}
		}
		// A word. Fast path: a letter and lower-case letters (most words),
		// ended by a space or a plain punctuation mark.
		j, letters, upper, ok := plainWord(text, i, len(text))
		uppers, flags := 0, uint8(0)
		if !ok {
			j, letters, uppers, flags = scanWord(text, i, len(text))
		} else if upper {
			uppers, flags = 1, wUpper
		}
		k := nt
		t := &toks[k]
		nt++
		isWord, isCaps := letters > 0, letters >= 2 && uppers == letters
		h := hashString(text[i:j])
		// Zeroed in place and filled in field by field: a composite
		// literal is built on the stack and copied.
		*t = ntok{}
		t.h, t.lh, t.start, t.end = h, h, int32(i), int32(j)
		t.init, t.nl, t.upper, t.word, t.caps = atStart, nl, flags&wUpper != 0, isWord, isCaps
		nl = false
		atStart = false
		if flags&^wUpper != 0 {
			t.mixed = flags&wMixed != 0 && !isCaps && flags&wDotted == 0
			t.digit = flags&wDigit != 0
			t.dotted = flags&wDotted != 0
		}
		if uppers != 0 && !t.upper && !t.dotted {
			// iPhone: a lower-case word (capitalized ones get lh from
			// annotate, once per spelling).
			t.lh = hashLower(text[i:j])
			t.h = t.lh
		}
		if isWord {
			lettered++
			if isCaps || t.dotted {
				caps++
			}
			if t.upper || t.dotted {
				d.cand = append(d.cand, int32(k))
			} else {
				d.addLower(t.lh, k)
			}
			if afterHyphen(text, toks, first, k, i) {
				toks[k-2].hyphNext, t.hyphPrev = true, true
			}
		}
		if j < len(text) && text[j] == ' ' {
			j++ // the space after the word
		}
		i = j
	}
	d.toks = toks[:nt]
	// A shouted line: most words in capitals.
	if lettered >= 3 && caps*4 >= lettered*3 || lettered == 2 && caps == 2 {
		for k := first; k < len(d.toks); k++ {
			d.toks[k].shout = true
		}
	}
}

// afterHyphen reports whether the word at text[i], token k, is joined by
// a hyphen to the word before it (NATO-Gipfel): tokens k-2 and k-1 of the
// sentence, whose tokens start at first, are a word and a hyphen right
// after it, which ends at i. No token but the hyphen's ends in '-' (a word
// goes on after one only with a digit: G-7). Tested at the word rather
// than noted at the hyphen, which took a variable in the tokenizer's loop.
func afterHyphen(text string, toks []ntok, first, k, i int) bool {
	return k-2 >= first && text[i-1] == '-' && int(toks[k-1].end) == i && toks[k-2].word && int(toks[k-2].end) == i-1
}

// plainRun appends to toks[nt:] the tokens of the plain words (see
// plainWord) from text[i] on, each after a single space, and returns the
// new token count and where it stopped (at i, with nt, when the first word
// is no plain word). The caller sets init, nl and hyphPrev of the first:
// the others follow a word and a space.
//
// Plain words are most of the text, and the lower-case ones only context:
// they need their end and hash and few of tokenize's flags (a plain word
// is never in capitals, mixed or dotted). The loop calls nothing for a
// word of up to eight bytes (most are), so that its values stay in
// registers: Go spills them all around a call. It repeats plainWord and
// hashOf's short case (hashTail); TestNamesPlainRun holds it to them.
func (d *nameDoc) plainRun(toks []ntok, nt, i, end int) (int, int) {
	text := d.text[:end]
	for i < len(text) {
		// The first letter, as in plainWord.
		j, upper := i+1, false
		switch tokClass[text[i]] {
		case tcLower:
		case tcUpper:
			upper = true
		default:
			if text[i] != 0xC3 || j == len(text) {
				return nt, i
			}
			switch c2 := text[j]; {
			case c2 >= 0x80 && c2 <= 0x9E && c2 != 0x97: // À-Þ but ×
				upper = true
			case latin1Lower(c2):
			default:
				return nt, i
			}
			j++
		}
		first := j // after the first letter
		for {
			found := false
			for j+8 <= len(text) {
				if m := notLower8(le64(text[j : j+8])); m != 0 {
					j += mbits.TrailingZeros64(m) >> 3
					found = true
					break
				}
				j += 8
			}
			for !found && j < len(text) && tokClass[text[j]] == tcLower {
				j++
			}
			if j == len(text) {
				break
			}
			// What the lower-case letters stop at: mostly the space
			// after the word, so that comes first; then an umlaut or
			// ß, which goes on; then what may end a plain word (a dot
			// or hyphen only after more than one capital letter: U.S,
			// G-7 are not plain).
			e := text[j]
			if e == ' ' {
				break
			}
			if e == 0xC3 && j+1 < len(text) && latin1Lower(text[j+1]) {
				j += 2
				continue
			}
			if !plainEnd[e] && (e != '.' && e != '-' || upper && j == first) {
				return nt, i
			}
			break
		}
		var h uint64
		if s := text[i:j]; len(s) > 8 {
			h = hashOf(s)
		} else {
			// hashTail(hashSeed(len(s)), s), written out: too big for
			// the inliner.
			var x uint64
			if len(s) >= 4 {
				x = uint64(le32(s)) | uint64(le32(s[len(s)-4:]))<<32
			} else {
				x = uint64(s[0]) | uint64(s[len(s)/2])<<8 | uint64(s[len(s)-1])<<16 | 1<<24
			}
			h = mix64(hashSeed(len(s)) ^ x)
		}
		k := nt
		t := &toks[k]
		nt++
		*t = ntok{}
		t.h, t.lh, t.start, t.end, t.word, t.upper = h, h, int32(i), int32(j), true, upper
		if upper {
			d.cand = append(d.cand, int32(k))
		} else {
			d.addLower(h, k)
		}
		i = j
		if j+1 >= len(text) || text[j] != ' ' {
			if j < len(text) && text[j] == ' ' {
				i++
			}
			break
		}
		i++
	}
	return nt, i
}

// Word flags from scanWord.
const (
	wUpper  = 1 << iota // starts with an upper-case letter
	wMixed              // an upper-case letter after the first rune
	wDigit              // holds a digit
	wDotted             // a dotted acronym (D.C, U.S)
)

// Byte classes for scanWord.
const (
	tcLower = 1 << iota // a-z
	tcUpper             // A-Z
	tcDigit             // 0-9
	tcHigh              // part of a multi-byte rune
)

var tokClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = tcLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = tcUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = tcDigit
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = tcHigh
	}
	return t
}()

// plainWord is scanWord for the words most are: a letter and then
// lower-case letters (ä, ö, ü and ß, and the other letters of Latin-1
// included), ended by a space or a punctuation mark that cannot continue
// the word. ok is false for any other word: scanWord decides.
func plainWord(text string, i, end int) (j, letters int, upper, ok bool) {
	c := text[i]
	j = i + 1
	extra := 0 // continuation bytes
	switch tokClass[c] {
	case tcLower:
	case tcUpper:
		upper = true
	default:
		if c != 0xC3 || j == end {
			return
		}
		switch c2 := text[j]; {
		case c2 >= 0x80 && c2 <= 0x9E && c2 != 0x97: // À-Þ but ×
			upper = true
		case latin1Lower(c2):
		default:
			return
		}
		j++
		extra = 1
	}
	for {
		// Eight bytes at a time; byte by byte only for the last seven of
		// the sentence.
		found := false
		for j+8 <= end {
			if m := notLower8(le64(text[j : j+8])); m != 0 {
				j += mbits.TrailingZeros64(m) >> 3
				found = true
				break
			}
			j += 8
		}
		for !found && j < end && tokClass[text[j]] == tcLower {
			j++
		}
		if j+1 < end && text[j] == 0xC3 && latin1Lower(text[j+1]) {
			j += 2
			extra++
			continue
		}
		break
	}
	letters = j - i - extra
	if j == end {
		return j, letters, upper, true
	}
	switch e := text[j]; {
	case plainEnd[e]:
	case e == '.' || e == '-':
		// After one capital letter, a dot or hyphen may continue the
		// word (U.S, G-7).
		if letters == 1 && upper {
			return
		}
	default:
		return
	}
	return j, letters, upper, true
}

// latin1Lower reports whether 0xC3 c2 is a lower-case letter: ß-ÿ but ÷.
func latin1Lower(c2 byte) bool {
	return c2 >= 0x9F && c2 <= 0xBF && c2 != 0xB7
}

// scanWord returns the end of the word that starts at text[i] (a letter,
// digit or mark), its numbers of letters and of upper-case letters, and its
// flags.
func scanWord(text string, i, end int) (j, letters, uppers int, flags uint8) {
	nonLetters, extra := 0, 0 // runes that are no letters; continuation bytes
	segStart := i             // after the last inner dot
	j = i
	for j < end {
		// Fast path: eight lower-case ASCII letters at a time.
		for j+8 <= end {
			if m := notLower8(le64(text[j : j+8])); m != 0 {
				j += mbits.TrailingZeros64(m) >> 3
				break
			}
			j += 8
		}
		if j == end {
			break
		}
		k := tokClass[text[j]]
		if k&tcLower != 0 {
			j++
			continue
		}
		if k&tcUpper != 0 {
			uppers++
			if j == i {
				flags |= wUpper
			} else {
				flags |= wMixed
			}
			j++
			continue
		}
		if k&tcDigit != 0 {
			flags |= wDigit
			nonLetters++
			j++
			continue
		}
		if k&tcHigh != 0 {
			r, n := utf8.DecodeRuneInString(text[j:end])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			c := classify(r)
			if c&rcWord == 0 {
				break
			}
			extra += n - 1
			switch {
			case c&rcUpper != 0:
				uppers++
				if j == i {
					flags |= wUpper
				} else {
					flags |= wMixed
				}
			case c&rcLetter != 0:
			case c&rcDigit != 0:
				flags |= wDigit
				nonLetters++
			default:
				nonLetters++
			}
			j += n
			continue
		}
		c := text[j]
		// Inner apostrophe (O'Brien) and dotted acronyms (D.C, U.S).
		if c == '\'' && j+1 < end && isASCIILetter(text[j+1]) {
			nonLetters++
			j++
			continue
		}
		// Short codes with a number: G-7, F-16.
		if c == '-' && j-i <= 2 && uppers == j-i && j+1 < end && '0' <= text[j+1] && text[j+1] <= '9' {
			nonLetters++
			j++
			continue
		}
		if c == '.' && j > segStart && j+1 < end && 'A' <= text[j+1] && text[j+1] <= 'Z' &&
			(j+2 == end || !isASCIIWord(text[j+2])) && singleUpper(text[segStart:j]) {
			flags |= wDotted
			nonLetters++
			j++
			segStart = j
			continue
		}
		break
	}
	return j, (j - i) - extra - nonLetters, uppers, flags
}

// plainEnd marks the ASCII bytes that end a word with nothing more to
// check: spaces and punctuation other than the apostrophe, the hyphen and
// the dot (O'Brien, G-7, U.S).
var plainEnd = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = asciiClass[c]&rcWord == 0
	}
	t['\''], t['-'], t['.'] = false, false, false
	return t
}()

// notLower8 returns, for the eight bytes of x, the top bit of each byte that
// is no ASCII lower-case letter: the lowest set bit is exact (the additions
// carry only into later bytes).
func notLower8(x uint64) uint64 {
	const hi = 0x8080808080808080
	geA := x + 0x1f1f1f1f1f1f1f1f // top bit set from 'a' (0x61) on
	gtZ := x + 0x0505050505050505 // top bit set from '{' (0x7b) on
	return (geA &^ gtZ &^ x & hi) ^ hi
}

// singleUpper reports whether s is one upper-case letter.
func singleUpper(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && classify(r)&rcUpper != 0
}

// hashByte is the hash of an ASCII punctuation mark's token: lexHash of
// the one-byte string (not hashString, which the model's weights were not
// trained with for marks), from a table.
func hashByte(c byte) uint64 {
	return byteHashes[c&(utf8.RuneSelf-1)]
}

var byteHashes = func() (t [utf8.RuneSelf]uint64) {
	for c := range t {
		t[c] = lexHash(string(rune(c)))
	}
	return t
}()

// hashLower is the hash of the lower-case form of s.
func hashLower(s string) uint64 {
	var buf [64]byte
	return hashBytes(appendLower(buf[:0], s))
}

func isASCIILetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func isASCIIWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
