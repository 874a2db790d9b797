package segment

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Lexicon flags. The generated word list (data/lex_de.txt) and the
// hand-written gazetteer (data/names_gazetteer.txt) both end up in one hash
// table, so that a token costs one lookup per spelling.
const (
	lexNoun    uint32 = 1 << iota // an inflected form of a common noun, as written
	lexAdj                        // an adjective form (lower case)
	lexVerb                       // a verb form (lower case)
	lexFunc                       // a closed-class word (lower case)
	lexLower                      // seen in lower case in running text
	lexGiven                      // a person's first name
	lexCountry                    // a country's name
	lexCity                       // a city's name
	lexPER                        // gazetteer: part of a person's name
	lexLOC                        // gazetteer: part of a place name
	lexORG                        // gazetteer: part of an organization's name
	lexMISC                       // gazetteer: part of another name
	lexOrgHead                    // a word that heads organization names (AG, Institut)
	lexCommon                     // never a name on its own (months, weekdays)
	lexSurname                    // a person's family name
	lexFreq                       // among the most frequent words of German subtitles (lower case)
	lexLocHead                    // a word that heads place names (Meer, Bay)
)

const lexFlagLetters = "NAVFWGCTPLOMHXSQY"

//go:embed data/lex_de.txt
var lexData string

//go:embed data/names_gazetteer.txt
var gazetteerData string

// lexTable is an open-addressing hash table over words held in one string:
// no per-word allocation, no map of strings, and lookups by []byte.
type lexTable struct {
	words []string
	flags []uint32
	slots []int32 // index+1 into words, 0 = empty
	mask  uint64
	full  map[string]uint8 // whole gazetteer names and their types
}

var (
	lexOnce sync.Once
	lex     *lexTable
)

func loadLexicon() *lexTable {
	lexOnce.Do(func() {
		n := strings.Count(lexData, "\n") + strings.Count(gazetteerData, "\n") + 16
		size := 1
		for size < 2*n {
			size <<= 1
		}
		t := &lexTable{
			words: make([]string, 0, n),
			flags: make([]uint32, 0, n),
			slots: make([]int32, size),
			mask:  uint64(size - 1),
		}
		data := lexData
		for len(data) > 0 {
			line := data
			if i := strings.IndexByte(data, '\n'); i >= 0 {
				line, data = data[:i], data[i+1:]
			} else {
				data = ""
			}
			tab := strings.IndexByte(line, '\t')
			if tab <= 0 {
				continue
			}
			var f uint32
			for _, c := range []byte(line[tab+1:]) {
				if k := strings.IndexByte(lexFlagLetters, c); k >= 0 {
					f |= 1 << k
				}
			}
			t.add(line[:tab], f)
		}
		loadGazetteer(t, gazetteerData)
		lex = t
	})
	return lex
}

// loadGazetteer reads lines "TYPE<TAB>name, name, …"; every word of a name
// gets the type's flag, and whole PER/LOC/ORG/MISC names are remembered with
// their type.
func loadGazetteer(t *lexTable, data string) {
	t.full = make(map[string]uint8)
	for _, line := range strings.Split(data, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		tab := strings.IndexByte(line, '\t')
		if tab <= 0 {
			continue
		}
		var f uint32
		typ := uint8(255)
		switch line[:tab] {
		case "PER":
			f, typ = lexPER, typPER
		case "LOC":
			f, typ = lexLOC, typLOC
		case "ORG":
			f, typ = lexORG, typORG
		case "MISC":
			f, typ = lexMISC, typMISC
		case "GIVEN":
			f = lexGiven
		case "HEAD":
			f = lexOrgHead
		case "LOCHEAD":
			f = lexLocHead
		case "COMMON":
			f = lexCommon
		case "FUNC":
			f = lexFunc
		default:
			continue
		}
		for _, name := range strings.Split(line[tab+1:], ",") {
			name = strings.TrimSpace(name)
			if typ != 255 && name != "" {
				t.full[name] = typ
			}
			for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
				t.add(w, f)
			}
		}
	}
}

func (t *lexTable) add(w string, f uint32) {
	i := hashString(w) & t.mask
	for {
		k := t.slots[i]
		if k == 0 {
			t.words = append(t.words, w)
			t.flags = append(t.flags, f)
			t.slots[i] = int32(len(t.words))
			return
		}
		if t.words[k-1] == w {
			t.flags[k-1] |= f
			return
		}
		i = (i + 1) & t.mask
	}
}

func (t *lexTable) get(w string) uint32 {
	i := hashString(w) & t.mask
	for {
		k := t.slots[i]
		if k == 0 {
			return 0
		}
		if t.words[k-1] == w {
			return t.flags[k-1]
		}
		i = (i + 1) & t.mask
	}
}

func (t *lexTable) getBytes(w []byte) uint32 {
	i := hashBytes(w) & t.mask
	for {
		k := t.slots[i]
		if k == 0 {
			return 0
		}
		if t.words[k-1] == string(w) {
			return t.flags[k-1]
		}
		i = (i + 1) & t.mask
	}
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return mix64(h)
}

func hashBytes(s []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range s {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return mix64(h)
}

// mix64 is the splitmix64 finalizer: FNV alone clusters badly in a
// power-of-two table.
func mix64(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// appendLower appends the lower-case form of s to dst.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			dst = append(dst, c)
			i++
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// appendTitle appends s with its first letter upper case and the rest lower
// case ("JAPAN" → "Japan"), for shouted headlines.
func appendTitle(dst []byte, s string) []byte {
	start := len(dst)
	dst = appendLower(dst, s)
	r, n := utf8.DecodeRune(dst[start:])
	if r == utf8.RuneError || !unicode.IsLower(r) {
		return dst
	}
	u := unicode.ToUpper(r)
	if utf8.RuneLen(u) != n {
		return dst
	}
	utf8.EncodeRune(dst[start:], u)
	return dst
}
