package segment

import (
	_ "embed"
	"encoding/binary"
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
	lexTitle                      // a title or role before a person's name (Präsident)
)

const lexFlagLetters = "NAVFWGCTPLOMHXSQYZ"

//go:embed data/names_gazetteer.txt
var gazetteerData string

// lexTable is an open-addressing hash table keyed by 64-bit word hashes:
// no per-word allocation, no map of strings, lookups by []byte. A slot is
// one uint64, the word's fingerprint (the hash's upper 44 bits) and its
// flags (the lower 20), so that a lookup touches one cache line. Two words
// sharing a fingerprint and a home slot would share flags; among a few
// hundred thousand words that is vanishingly unlikely.
type lexTable struct {
	slots  []uint64
	mask   uint64
	full   map[string]uint8 // whole gazetteer names: type | gazAmbiguous
	filter []uint64         // Bloom filter over the words
	titles hashSet          // the words with lexTitle (few)
	// particleFirst holds the first words of the gazetteer names with
	// lower-case words (Frankfurt am Main), by hashString. Each must be a
	// town or place word of the lists (lexCity or lexLOC): only such
	// candidates look them up.
	particleFirst hashSet
	// nouns holds the gazetteer's common nouns that the word list lacks
	// (NOUN: Pandemie, Quarantäne), by hashString.
	nouns hashSet
	// nounTails holds the same words by lexHash, for the compounds they
	// end (Coronaviruspandemie, see nameDoc.endsIn).
	nounTails hashSet
	// clubWords and clubAbbrs hold the words that make a name a sports
	// club's (CLUB: Eintracht before a place; CLUBABBR: SC before or after
	// a name), by hashString: see nameDoc.clubNames.
	// joins holds, by hashString, the words of the lists that join names
	// (see names_joins.go) with their ntok.join bits: CLUB (Eintracht,
	// before a place), CLUBABBR (SC, before or after a name), CLUBEND
	// (City, after a town), LEGAL (AG, after a company's name), and St.
	joins kindSet
	// lower holds the gazetteer names of one word that start with a
	// lower-case letter (dpa, epd, taz), by hashString: lower-case words
	// are never candidates (see nameDoc.lowerNames).
	lower []uint64
	// lowerBits is a filter of lower's hashes (the top byte's bits), which
	// the tokenizer asks for each lower-case word: with a handful of names
	// few words pass it, and the document need not be searched for them.
	lowerBits [4]uint64
}

// hashSet is a small open-addressing set of word hashes (lexHash).
type hashSet struct {
	keys []uint64
	mask uint64
}

func newHashSet(hs []uint64) hashSet {
	s := hashSetFor(len(hs))
	for _, h := range hs {
		s.keys[s.find(h)] = h | 1
	}
	return s
}

// hashSetFor returns an empty hashSet with room for n words.
func hashSetFor(n int) hashSet {
	size := 16
	for size < 4*n {
		size <<= 1
	}
	return hashSet{keys: make([]uint64, size), mask: uint64(size - 1)}
}

// find returns the slot of h in s: the one that holds it, else the empty
// one where it would go.
func (s *hashSet) find(h uint64) uint64 {
	h |= 1
	i := h & s.mask
	for s.keys[i] != 0 && s.keys[i] != h {
		i = (i + 1) & s.mask
	}
	return i
}

func (s *hashSet) has(h uint64) bool {
	return s.keys[s.find(h)] == h|1
}

// kindSet is a hashSet with a byte of bits for each word.
type kindSet struct {
	hashSet
	kinds []uint8
}

func newKindSet(m map[uint64]uint8) kindSet {
	s := kindSet{hashSet: hashSetFor(len(m))}
	s.kinds = make([]uint8, len(s.keys))
	for h, k := range m {
		i := s.find(h)
		s.keys[i], s.kinds[i] = h|1, k
	}
	return s
}

// get returns the bits of h, 0 if h is not in s.
func (s *kindSet) get(h uint64) uint8 {
	if i := s.find(h); s.keys[i] == h|1 {
		return s.kinds[i]
	}
	return 0
}

const (
	lexFlagBits = 20
	lexFlagMask = 1<<lexFlagBits - 1
)

// lexFingerprint is the part of hash h a slot keeps: never zero.
func lexFingerprint(h uint64) uint64 {
	if fp := h &^ lexFlagMask; fp != 0 {
		return fp
	}
	return 1 << lexFlagBits
}

var (
	lexOnce sync.Once
	lex     *lexTable
)

func loadLexicon() *lexTable {
	lexOnce.Do(func() {
		t := lexBase()
		loadGazetteer(t, gazetteerData)
		t.buildFilter()
		lex = t
	})
	return lex
}

// lexFilterWords sizes the Bloom filter that answers most lookups of unknown
// words (the compound search makes many) from 256 KiB instead of the table.
const lexFilterWords = 1 << 15

// buildFilter fills the Bloom filter from the slots: the fingerprint keeps
// the hash bits the filter uses, and the slot's home is not needed.
func (t *lexTable) buildFilter() {
	t.filter = make([]uint64, lexFilterWords)
	for _, s := range t.slots {
		if s != 0 {
			k := s &^ lexFlagMask
			t.filter[k>>32&(lexFilterWords-1)] |= 1 << (k >> 26 & 63)
			t.filter[k>>47&(lexFilterWords-1)] |= 1 << (k >> 58 & 63)
		}
	}
}

// parseLexText builds the table from the text form of the word list: lines
// "word<TAB>flag letters", with room for extra more words.
func parseLexText(data string, extra int) *lexTable {
	n := strings.Count(data, "\n") + extra
	size := 1
	for size < n*5/4 {
		size <<= 1
	}
	t := &lexTable{slots: make([]uint64, size), mask: uint64(size - 1)}
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
	return t
}

const lexMagic = "SATZLX2\n"

// marshal encodes the table: magic, size, slots (little endian).
func (t *lexTable) marshal() []byte {
	b := make([]byte, 0, len(lexMagic)+4+8*len(t.slots))
	b = append(b, lexMagic...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(t.slots)))
	for _, s := range t.slots {
		b = binary.LittleEndian.AppendUint64(b, s)
	}
	return b
}

// unmarshalLex decodes what marshal wrote; nil when b is not such a table.
func unmarshalLex(b []byte) *lexTable {
	if len(b) < len(lexMagic)+4 || string(b[:len(lexMagic)]) != lexMagic {
		return nil
	}
	b = b[len(lexMagic):]
	size := int(binary.LittleEndian.Uint32(b))
	b = b[4:]
	if size == 0 || size&(size-1) != 0 || len(b) != 8*size {
		return nil
	}
	t := &lexTable{slots: make([]uint64, size), mask: uint64(size - 1)}
	for i := range t.slots {
		t.slots[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return t
}

// gazAmbiguous marks a gazetteer name that is also an ordinary word.
const gazAmbiguous = 0x80

// loadGazetteer reads lines "TYPE<TAB>name, name, …"; every word of a name
// gets the type's flag, and whole PER/LOC/ORG/MISC names are remembered with
// their type.
func loadGazetteer(t *lexTable, data string) {
	t.full = make(map[string]uint8)
	var titles, particleFirst, nouns, nounTails []uint64
	joins := map[uint64]uint8{}
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
		known := false
		switch line[:tab] {
		case "KNOWN-PER", "KNOWN-LOC", "KNOWN-ORG", "KNOWN-MISC":
			// Well-known names: no flag (the model's features stay those
			// of the word list), their words in the join table (see
			// nameDoc.gazetteerNames and knownTypes).
			typ, known = typPER, true
			switch line[:tab] {
			case "KNOWN-LOC":
				typ = typLOC
			case "KNOWN-ORG":
				typ = typORG
			case "KNOWN-MISC":
				typ = typMISC
			}
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
		case "TITLE":
			f = lexTitle
		case "COMMON":
			f = lexCommon
		case "FUNC":
			f = lexFunc
		case "NOUN":
			// No flag, so that the model's features stay those of the
			// word list: a set of its own (see nameDoc.commonOnly).
			for _, w := range strings.Fields(line[tab+1:]) {
				nouns = append(nouns, hashString(w))
				nounTails = append(nounTails, lexHash(w))
			}
			continue
		case "CLUB", "CLUBABBR", "CLUBEND", "LEGAL":
			// No flag either: see names_joins.go.
			k := uint8(joinClubWord)
			switch line[:tab] {
			case "CLUBABBR":
				k = joinClubAbbr
			case "CLUBEND":
				k = joinClubEnd
			case "LEGAL":
				k = joinLegal
			}
			for _, w := range strings.Fields(line[tab+1:]) {
				joins[hashString(w)] |= k
			}
			continue
		default:
			continue
		}
		for _, name := range strings.Split(line[tab+1:], ",") {
			name = strings.TrimSpace(name)
			amb := uint8(0)
			if strings.HasPrefix(name, "~") {
				name, amb = name[1:], gazAmbiguous
			}
			if typ != 255 && name != "" {
				t.full[name] = typ | amb
				if r, _ := utf8.DecodeRuneInString(name); amb == 0 && unicode.IsLower(r) && !strings.ContainsAny(name, " -") {
					h := hashString(name)
					t.lower = append(t.lower, h)
					t.lowerBits[h>>62] |= 1 << (h >> 56 & 63)
				}
			}
			words := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
			if known {
				for _, w := range words {
					joins[hashString(w)] |= joinKnown
				}
				if len(words) == 1 && !strings.ContainsAny(name[len(name)-1:], "sxz") && !strings.HasSuffix(name, "ß") {
					joins[hashString(name+"s")] |= joinKnown // the genitive: Merkels
				}
				if hasParticle(name) {
					// Alternative für Deutschland: matched whole (see
					// nameDoc.particleName).
					particleFirst = append(particleFirst, hashString(words[0]))
				}
				continue
			}
			if typ != 255 && hasParticle(name) {
				particleFirst = append(particleFirst, hashString(strings.Fields(name)[0]))
				// Frankfurt am Main, Stein am Rhein: matched as a whole
				// (see nameDoc.particleName); its words (Stein, Weil, Höhe)
				// are no names alone.
				continue
			}
			for _, w := range words {
				t.add(w, f)
				if f == lexTitle {
					titles = append(titles, lexHash(strings.ToLower(w)))
				}
			}
			if strings.Contains(name, "-") && !strings.Contains(name, " ") {
				t.add(name, f) // one token: G-7
			}
		}
	}
	t.titles = newHashSet(titles)
	t.particleFirst = newHashSet(particleFirst)
	t.nouns = newHashSet(nouns)
	t.nounTails = newHashSet(nounTails)
	joins[hashString("St")] |= joinSaint
	t.joins = newKindSet(joins)
}

// hasParticle reports whether the gazetteer name s holds a lower-case word
// between its words (Frankfurt am Main).
func hasParticle(s string) bool {
	ws := strings.Fields(s)
	if r, _ := utf8.DecodeRuneInString(s); len(ws) < 3 || !unicode.IsUpper(r) {
		return false
	}
	for _, w := range ws[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			return true
		}
	}
	return false
}

func (t *lexTable) add(w string, f uint32) {
	h := lexHash(w)
	fp := lexFingerprint(h)
	i := h & t.mask
	for t.slots[i] != 0 && t.slots[i]&^lexFlagMask != fp {
		i = (i + 1) & t.mask
	}
	t.slots[i] |= fp | uint64(f)
}

func (t *lexTable) lookup(h uint64) uint32 {
	fp := lexFingerprint(h)
	if t.filter != nil && (t.filter[fp>>32&(lexFilterWords-1)]&(1<<(fp>>26&63)) == 0 ||
		t.filter[fp>>47&(lexFilterWords-1)]&(1<<(fp>>58&63)) == 0) {
		return 0
	}
	i := h & t.mask
	for {
		s := t.slots[i]
		if s&^lexFlagMask == fp {
			return uint32(s & lexFlagMask)
		}
		if s == 0 {
			return 0
		}
		i = (i + 1) & t.mask
	}
}

func (t *lexTable) get(w string) uint32 { return t.lookup(lexHash(w)) }

func (t *lexTable) getBytes(w []byte) uint32 { return t.lookup(lexHashBytes(w)) }

// lexHash is the word table's hash: FNV-1a over the bytes from last to first,
// so that the hashes of all suffixes of a word come out of one backward pass
// (see nameDoc.endsIn), then mixed.
func lexHash(s string) uint64 {
	h := uint64(fnvOffset)
	for i := len(s) - 1; i >= 0; i-- {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return mix64(h)
}

func lexHashBytes(s []byte) uint64 {
	h := uint64(fnvOffset)
	for i := len(s) - 1; i >= 0; i-- {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return mix64(h)
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString is the hash of a word's spelling for the model's features
// and the per-document tables: a few multiplications per word whatever its
// length (the tokenizer hashes every word).
func hashString(s string) uint64 { return hashOf(s) }

func hashBytes(s []byte) uint64 { return hashOf(s) }

func hashOf[T string | []byte](s T) uint64 {
	h := hashSeed(len(s))
	for len(s) > 8 {
		h = (h ^ le64(s)) * 0xbf58476d1ce4e5b9
		h ^= h >> 31
		s = s[8:]
	}
	return hashTail(h, s)
}

// hashSeed is the state hashOf starts from for a word of n bytes.
func hashSeed(n int) uint64 { return uint64(n) * 0x9E3779B97F4A7C15 }

// hashTail mixes the last at most eight bytes s of a word into h: the
// whole of hashOf for the short words most are (hashOf(s) ==
// hashTail(hashSeed(len(s)), s) for len(s) <= 8). Too big for the inliner,
// it is written out in the tokenizer's loop for plain words (plainRun).
func hashTail[T string | []byte](h uint64, s T) uint64 {
	var x uint64
	if len(s) >= 4 {
		x = uint64(le32(s)) | uint64(le32(s[len(s)-4:]))<<32
	} else if len(s) > 0 {
		x = uint64(s[0]) | uint64(s[len(s)/2])<<8 | uint64(s[len(s)-1])<<16 | 1<<24
	}
	return mix64(h ^ x)
}

func le64[T string | []byte](s T) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32[T string | []byte](s T) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
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
		if c == 0xC3 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9E && s[i+1] != 0x97 {
			// À-Þ but ×: one bit from lower case (Ä → ä).
			dst = append(dst, c, s[i+1]+0x20)
			i += 2
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
