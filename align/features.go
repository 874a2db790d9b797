package align

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sent holds what the scorer needs from one sentence. Sets are sorted and
// deduplicated hashes so that pairs intersect by merging.
type sent struct {
	chars int      // length in runes
	nums  []uint64 // normalized numbers, times, months, weekdays
	keys  []uint64 // anchor keys of words (folded 5-rune prefix)
	names []uint64 // English only: keys of capitalized non-initial words
	nkeys int      // number of anchor-eligible words
	punct [nPunct]uint8
	stops int // sentence-final marks: a line holding two sentences has two

	dictWords [][]uint32 // per dictionary-known content word: ids of its translations
	dictIDs   []uint32   // sorted ids of the sentence's own dictionary-known words
	dictBloom [4]uint64  // bit filter over dictIDs
}

const (
	pQuestion = iota
	pExclaim
	pColon
	pQuote
	pParen
	pDash
	nPunct
)

func punctClass(r rune) int {
	switch r {
	case '?':
		return pQuestion
	case '!':
		return pExclaim
	case ':':
		return pColon
	case '"', '„', '“', '”', '«', '»', '‹', '›':
		return pQuote
	case '(', ')':
		return pParen
	case '–', '—':
		return pDash
	}
	return -1
}

// stopAnchors are words of four or more letters that are spelled alike in
// German and English but mean different things.
var stopAnchors = map[string]bool{
	"also": true, "will": true, "fast": true, "kind": true, "gift": true, "bald": true,
	"hell": true, "rock": true, "mist": true, "wand": true, "wert": true, "rein": true,
	"hold": true, "most": true, "fern": true, "hose": true, "hier": true, "here": true,
}

var numberWords = map[string]string{
	// German
	"zwei": "2", "drei": "3", "vier": "4", "fünf": "5", "sechs": "6", "sieben": "7",
	"acht": "8", "neun": "9", "zehn": "10", "elf": "11", "zwölf": "12", "zwanzig": "20",
	"hundert": "100", "tausend": "1000", "dutzend": "12",
	"januar": "M1", "jänner": "M1", "februar": "M2", "märz": "M3", "april": "M4", "mai": "M5", "juni": "M6",
	"juli": "M7", "august": "M8", "september": "M9", "oktober": "M10", "november": "M11", "dezember": "M12",
	"montag": "D1", "dienstag": "D2", "mittwoch": "D3", "donnerstag": "D4", "freitag": "D5",
	"samstag": "D6", "sonnabend": "D6", "sonntag": "D7",
	// English
	"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
	"eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20",
	"hundred": "100", "thousand": "1000", "dozen": "12",
	"january": "M1", "february": "M2", "march": "M3", "may": "M5", "june": "M6",
	"july": "M7", "october": "M10", "december": "M12",
	"monday": "D1", "tuesday": "D2", "wednesday": "D3", "thursday": "D4", "friday": "D5",
	"saturday": "D6", "sunday": "D7",
}

// hash is 64-bit FNV-1a of prefix followed by s (as hash/fnv computes it,
// without its allocations: it runs for every word).
func hash(prefix byte, s string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	h ^= uint64(prefix)
	h *= prime
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime
	}
	return h
}

// fold maps a word to a rough spelling-independent form so that cognates
// and names written differently in the two languages share a key
// (Tokio/Tokyo, Polizei/police, Präsident/president).
func fold(w string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range strings.ToLower(w) {
		switch r {
		case 'ä', 'á', 'à', 'â', 'æ':
			if r == 'ä' || r == 'æ' {
				r = 'e'
			} else {
				r = 'a'
			}
		case 'ö', 'ó', 'ò', 'ô', 'ø':
			r = 'o'
		case 'ü', 'ú', 'ù', 'û':
			r = 'u'
		case 'é', 'è', 'ê', 'ë':
			r = 'e'
		case 'í', 'ì', 'î', 'ï', 'y':
			r = 'i'
		case 'ç', 'c', 'z':
			r = 'k'
		case 'ß':
			b.WriteString("ss")
			prev = 's'
			continue
		case 'h':
			if prev == 'p' || prev == 't' || prev == 'k' {
				continue // ph→p, th→t, ch→k
			}
		}
		if r == prev && r != 's' {
			continue // double consonants: Tunnel/tunel, Ballett/ballet
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

func anchorKey(w string) uint64 {
	f := fold(w)
	if n := 0; true {
		for i := range f {
			if n == 5 {
				f = f[:i]
				break
			}
			n++
		}
	}
	return hash('k', f)
}

// words splits s into letter runs (hyphens and apostrophes split words).
func words(s string, fn func(w string, idx int)) {
	idx := 0
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			fn(s[start:i], idx)
			idx++
			start = -1
		}
	}
	if start >= 0 {
		fn(s[start:], idx)
	}
}

func isUpperWord(w string) bool {
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// analyze computes the features of one sentence. en selects English rules
// for numbers and names.
func analyze(s string, en bool, d *Dict) sent {
	var st sent
	st.chars = utf8.RuneCountInString(s)
	prev := rune(0)
	for i, r := range s {
		if c := punctClass(r); c >= 0 && st.punct[c] < 255 {
			st.punct[c]++
		}
		if (r == '.' || r == '?' || r == '!') && (unicode.IsLetter(prev) || prev == ')') && endsSentence(s[i+1:]) {
			st.stops++
		}
		prev = r
	}
	st.nums = appendNumbers(st.nums, s, en)
	words(s, func(w string, idx int) {
		lw := strings.ToLower(w)
		if v, ok := numberWords[lw]; ok && !(en && lw == "may" && idx > 0 && unicode.IsLower(rune(w[0]))) {
			st.nums = append(st.nums, hash('n', v))
		}
		n := utf8.RuneCountInString(w)
		upper := isUpperWord(w)
		if (n >= 4 && !stopAnchors[lw]) || (n >= 2 && upper) {
			k := anchorKey(w)
			st.keys = append(st.keys, k)
			st.nkeys++
			if en && idx > 0 {
				r, _ := utf8.DecodeRuneInString(w)
				if unicode.IsUpper(r) && lw != "i" {
					st.names = append(st.names, k)
				}
			}
		}
	})
	st.nums = sortUniq(st.nums)
	st.keys = sortUniq(st.keys)
	st.names = sortUniq(st.names)
	if d != nil {
		d.annotate(&st, s, en)
	}
	return st
}

// endsSentence reports whether the text after a full stop looks like a
// sentence boundary: the end, or closing quotes and a space followed by an
// upper-case letter or an opening quote.
func endsSentence(rest string) bool {
	rest = strings.TrimLeft(rest, "\"”“'’»«")
	if rest == "" {
		return true
	}
	if rest[0] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
	return unicode.IsUpper(r) || r == '"' || r == '„' || r == '“'
}

func sortUniq[T uint64 | uint32](xs []T) []T {
	slices.Sort(xs)
	return slices.Compact(xs)
}

// intersect counts the common elements of two sorted sets.
func intersect[T uint64 | uint32](a, b []T) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// appendNumbers appends normalized numbers found in s: thousands separators
// removed („1.000,5“ and "1,000.5" both give 1000.5), leading zeros dropped,
// dates split into their parts, clock times as hh:mm („14.30 Uhr“ and
// "2:30 p.m." both give 14:30).
func appendNumbers(dst []uint64, s string, en bool) []uint64 {
	for i := 0; i < len(s); {
		c := s[i]
		if c < '0' || c > '9' {
			i++
			continue
		}
		j := i
		for j < len(s) {
			if s[j] >= '0' && s[j] <= '9' {
				j++
				continue
			}
			if (s[j] == '.' || s[j] == ',' || s[j] == ':') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
				j++
				continue
			}
			break
		}
		tok := s[i:j]
		next := nextWord(s[j:])
		dst = appendNumber(dst, tok, next, en)
		i = j
	}
	return dst
}

func nextWord(s string) string {
	s = strings.TrimLeft(s, " \u00a0")
	k := 0
	for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z' || s[k] == '.') {
		k++
	}
	return strings.TrimRight(strings.ToLower(s[:k]), ".")
}

func appendNumber(dst []uint64, tok, next string, en bool) []uint64 {
	pm := en && (strings.HasPrefix(next, "p.m") || next == "pm")
	am := en && (strings.HasPrefix(next, "a.m") || next == "am")
	uhr := !en && next == "uhr"
	// Clock times.
	if h, m, ok := clock(tok, en, uhr || pm || am); ok {
		if pm && h < 12 {
			h += 12
		}
		if am && h == 12 {
			h = 0
		}
		return append(dst, hash('n', itoa(h)+":"+m))
	}
	thou, dec := byte('.'), byte(',')
	if en {
		thou, dec = ',', '.'
	}
	if isThousands(tok, thou) {
		tok = strings.ReplaceAll(tok, string(thou), "")
		tok = strings.Replace(tok, string(dec), ".", 1)
		return append(dst, hash('n', trimZeros(tok)))
	}
	// A single decimal separator: 2,5 / 2.5.
	if strings.Count(tok, string(dec)) == 1 && !strings.ContainsAny(tok, string(thou)+":") {
		return append(dst, hash('n', trimZeros(strings.Replace(tok, string(dec), ".", 1))))
	}
	// Anything else (dates 31.07.2020, 7/31, scores 2:1): its parts.
	for p := range strings.FieldsFuncSeq(tok, func(r rune) bool { return r == '.' || r == ',' || r == ':' }) {
		dst = append(dst, hash('n', trimZeros(p)))
	}
	return dst
}

// clock recognizes h:mm, and h.mm or h alone when a time word follows.
func clock(tok string, en, timeWord bool) (h int, m string, ok bool) {
	sep := strings.IndexAny(tok, ":.")
	if sep < 0 {
		if !timeWord || len(tok) > 2 {
			return 0, "", false
		}
		return atoi(tok), "00", atoi(tok) <= 24
	}
	if tok[sep] == '.' && !timeWord {
		return 0, "", false
	}
	if tok[sep] == ':' && !timeWord && !en {
		// German colon numbers are mostly scores ("2:1"), but hh:mm is a time.
		if len(tok)-sep-1 != 2 {
			return 0, "", false
		}
	}
	hs, ms := tok[:sep], tok[sep+1:]
	if len(hs) == 0 || len(hs) > 2 || len(ms) != 2 || strings.ContainsAny(ms, ".,:") {
		return 0, "", false
	}
	h = atoi(hs)
	if h > 24 || atoi(ms) > 59 {
		return 0, "", false
	}
	return h, ms, true
}

func isThousands(tok string, sep byte) bool {
	parts := strings.Split(tok, string(sep))
	if len(parts) < 2 || len(parts[0]) == 0 || len(parts[0]) > 3 {
		return false
	}
	for k, p := range parts[1:] {
		if k == len(parts)-2 {
			// The last group may carry a decimal part.
			if i := strings.IndexAny(p, ".,"); i >= 0 {
				p = p[:i]
			}
		}
		if len(p) != 3 || strings.ContainsAny(p, ".,:") {
			return false
		}
	}
	return true
}

func trimZeros(s string) string {
	t := strings.TrimLeft(s, "0")
	if t == "" || t[0] == '.' {
		t = "0" + t
	}
	return t
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || n > 1e6 {
			return 1 << 30
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}
