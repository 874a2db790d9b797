package segment

import (
	_ "embed"
	"slices"
	"strings"
)

// The word lists behind speaker and kind detection. Each file says where it
// comes from. They are parsed once and only read afterwards.
var (
	//go:embed data/speech_verbs.txt
	speechVerbsData string
	//go:embed data/speech_roles.txt
	speechRolesData string
	//go:embed data/speech_nonnames.txt
	speechNonNamesData string
	//go:embed data/speech_given_names.txt
	speechGivenData string
	//go:embed data/quote_title_nouns.txt
	quoteTitleData string
	//go:embed data/speech_subjunctive.txt
	speechSubjunctiveData string
)

type speechVerb struct {
	particle string // separated particle ("hinzu"), "" if none
	postOnly bool   // attributes only right after a quote („…“, so X)
	source   bool   // a preposition naming a source: only a name follows (laut Kishida)
	plural   bool
}

var (
	speechVerbs             = parseVerbs(speechVerbsData)
	roleWords, roleSuffixes = parseRoles(speechRolesData)
	nonNames                = parseSet(speechNonNamesData)
	givenNames, givenGender = parseGiven(speechGivenData)
	titleNouns              = parseSet(quoteTitleData)
	subjunctives            = parseSet(speechSubjunctiveData)
	titleSuffixes           = lowerSuffixes(titleNouns, 5)
	titleEndings3           = newWordSet(lastBytes(titleSuffixes, 3))

	// Filters in front of the maps: most words are no speech verb, role or
	// name, and a bit test is far cheaper than hashing the word.
	speechVerbSet  = newWordSet(speechVerbs)
	speechVerbVals = func() []speechVerb {
		v := make([]speechVerb, len(speechVerbSet.words))
		for i, w := range speechVerbSet.words {
			v[i] = speechVerbs[w]
		}
		return v
	}()
	// speechVerbShapes holds, by the low five bits of a speech verb's first
	// and last bytes, the lengths it may have: a bit test that most words
	// fail before any hashing.
	speechVerbShapes = func() (t [32 * 32]uint32) {
		for w := range speechVerbs {
			t[pairIndex(w[0], w[len(w)-1])] |= 1 << len(w)
		}
		return t
	}()
	roleWordSet    = newWordSet(roleWords)
	nonNameSet     = newWordSet(nonNames)
	givenNameSet   = newWordSet(givenNames)
	starterSet     = newWordSet(sentenceDE.starters) // sentence openers (Dabei, Im, Selbst), no surnames
	titleNounSet   = newWordSet(titleNouns)
	titleSuffixSet = newWordSet(titleSuffixes)
	subjunctiveSet = newWordSet(subjunctives)
	titleEndings   = func() (e pairSigs) {
		for w := range titleSuffixes {
			e.add(w[len(w)-2], w[len(w)-1])
		}
		return e
	}()
	// titleWordEnds holds the last two bytes of every word titleNounBefore
	// takes: title nouns, the compounds that end in one (titleEndings, or
	// a title noun after a hyphen), namens and called.
	titleWordEnds = func() (e pairSigs) {
		e = titleEndings
		for w := range titleNouns {
			if len(w) >= 2 {
				e.add(w[len(w)-2], w[len(w)-1])
			}
		}
		e.add('n', 's')
		e.add('e', 'd')
		return e
	}()
	// roleSuffixesByEnd holds the role suffixes by the low five bits of
	// their last two bytes, so that isRole tries only those that may fit.
	roleSuffixesByEnd = func() (t [32 * 32][]string) {
		for _, suf := range roleSuffixes {
			k := pairIndex(suf[len(suf)-2], suf[len(suf)-1])
			t[k] = append(t[k], suf)
		}
		return t
	}()
)

// pairSigs is a set of byte pairs, by their low five bits: a pair that is
// missing is not in the set; one that is there may be.
type pairSigs [32]uint32

func (s *pairSigs) add(a, b byte)      { s[b&31] |= 1 << (a & 31) }
func (s *pairSigs) has(a, b byte) bool { return s[b&31]&(1<<(a&31)) != 0 }

// maybeVerb reports whether w, a word, may be a speech verb: false for
// most words, at the cost of two loads and a bit test.
func maybeVerb(w string) bool {
	return len(w) < 32 && speechVerbShapes[pairIndex(w[0], w[len(w)-1])]>>len(w)&1 != 0
}

// pairIndex numbers the byte pairs as pairSigs tells them apart.
func pairIndex(a, b byte) int { return int(b&31)<<5 | int(a&31) }

// wordSigs is a set of word signatures (a hash of the length and four of
// the bytes): a word whose signature is missing is not in the set it was
// built from; one whose signature is there almost always is.
type wordSigs [1 << 15 / 64]uint64

func newWordSigs[V any](m map[string]V) *wordSigs {
	var s wordSigs
	for w := range m {
		if w != "" {
			i := sigOf(w)
			s[i/64] |= 1 << (i % 64)
		}
	}
	return &s
}

func sigOf(w string) uint {
	n := len(w)
	h := uint32(n)*0x9E3779B1 ^ (uint32(w[0]) | uint32(w[n-1])<<8 | uint32(w[n/2])<<16 | uint32(w[(n-1)/2])<<24)
	return uint(h*0x85EBCA6B) >> 17
}

// wordSet is a set of words behind a signature filter. The signature
// also places the words in a small open-addressed table, so that a lookup
// compares a word or two instead of hashing it again for a map.
type wordSet struct {
	ends  pairSigs // the first and last bytes of the words: most others fail here, before sigOf
	sigs  *wordSigs
	slots []uint16 // 1 + index into words, by signature; 0 is empty
	words []string
	mask  uint
}

func newWordSet[V any](m map[string]V) *wordSet {
	s := &wordSet{sigs: newWordSigs(m)}
	for w := range m {
		if w != "" {
			s.words = append(s.words, w)
			s.ends.add(w[0], w[len(w)-1])
		}
	}
	slices.Sort(s.words) // the order of map keys is random; the table's is not
	n := 16
	for n < 2*len(s.words) {
		n *= 2
	}
	s.slots, s.mask = make([]uint16, n), uint(n-1)
	for j, w := range s.words {
		k := sigOf(w) & s.mask
		for s.slots[k] != 0 {
			k = (k + 1) & s.mask
		}
		s.slots[k] = uint16(j + 1)
	}
	return s
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool { return s.index(w) >= 0 }

// index returns the index of w in s.words, or -1.
func (s *wordSet) index(w string) int {
	if w == "" || !s.ends.has(w[0], w[len(w)-1]) {
		return -1
	}
	i := sigOf(w)
	if s.sigs[i/64]&(1<<(i%64)) == 0 {
		return -1
	}
	for k := i & s.mask; ; k = (k + 1) & s.mask {
		j := s.slots[k]
		if j == 0 {
			return -1
		}
		if s.words[j-1] == w {
			return int(j - 1)
		}
	}
}

// lastBytes returns the last n bytes of each key of m.
func lastBytes(m map[string]bool, n int) map[string]bool {
	out := make(map[string]bool)
	for w := range m {
		out[w[len(w)-n:]] = true
	}
	return out
}

// lowerSuffixes returns the capitalized words of at least n bytes in m with a
// lower-case first letter: the form they take at the end of a compound.
func lowerSuffixes(m map[string]bool, n int) map[string]bool {
	out := make(map[string]bool)
	for w := range m {
		if len(w) >= n && w[0] >= 'A' && w[0] <= 'Z' {
			out[string(w[0]+'a'-'A')+w[1:]] = true
		}
	}
	return out
}

// dataLines returns the non-empty lines of a list file without comments.
func dataLines(data string) []string {
	var out []string
	for line := range strings.Lines(data) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		out = append(out, line)
	}
	return out
}

// parseGiven returns the listed given names and, for those with one, the
// gender they mostly have ('f' or 'm').
func parseGiven(data string) (map[string]bool, map[string]byte) {
	names, gender := make(map[string]bool), make(map[string]byte)
	for _, l := range dataLines(data) {
		f := strings.Fields(l)
		names[f[0]] = true
		if len(f) > 1 {
			if len(f) > 2 || f[1] != "f" && f[1] != "m" {
				panic("segment: bad given name line " + l)
			}
			gender[f[0]] = f[1][0]
		}
	}
	return names, gender
}

func parseSet(data string) map[string]bool {
	m := make(map[string]bool)
	for _, l := range dataLines(data) {
		m[l] = true
	}
	return m
}

// parseRoles returns the listed role words and the suffixes (lines starting
// with "-") that make a compound a role word.
func parseRoles(data string) (map[string]bool, []string) {
	m := make(map[string]bool)
	var suffixes []string
	for _, l := range dataLines(data) {
		if rest, ok := strings.CutPrefix(l, "-"); ok {
			suffixes = append(suffixes, rest)
			continue
		}
		m[l] = true
	}
	return m, suffixes
}

func parseVerbs(data string) map[string]speechVerb {
	m := make(map[string]speechVerb)
	for _, l := range dataLines(data) {
		f := strings.Fields(l)
		var v speechVerb
		for _, x := range f[1:] {
			switch x {
			case "!post":
				v.postOnly = true
			case "!source":
				v.source = true
			default:
				v.particle = x
			}
		}
		v.plural = strings.HasSuffix(f[0], "en")
		m[f[0]] = v
	}
	return m
}
