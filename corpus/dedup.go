package corpus

import (
	"math/bits"
	"sort"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// fingerprint hashes the letters and digits of s, lower-cased, so that
// copies that differ only in case, punctuation or spacing collide. It also
// returns how many letters and digits there were. The folded bytes are
// gathered eight at a time and each word is mixed in with a 64×64→128-bit
// multiplication: deterministic, so a run's duplicates do not depend on a
// seed, and a multiplication per eight letters rather than per letter.
func fingerprint(s string) (uint64, int) {
	h := uint64(14695981039346656037)
	var acc uint64 // up to eight folded bytes not yet mixed in
	k, n := 0, 0   // bytes in acc; letters and digits
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			// Without a branch on f: sh is 8 for a letter or digit
			// (f >= '0'), 0 for other bytes.
			f := uint64(foldASCII[c])
			sh := (f + 127) >> 7 << 3
			acc = acc<<sh | f
			k += int(sh >> 3)
			n += int(sh >> 3)
			if k == 8 {
				h, acc, k = mixWord(h, acc), 0, 0
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		r = unicode.ToLower(r)
		n++
		// Non-ASCII runes go in as four bytes, the first with its top
		// bit set, so they never collide with ASCII ones.
		for _, b := range [4]byte{byte(r>>24) | 0x80, byte(r >> 16), byte(r >> 8), byte(r)} {
			acc = acc<<8 | uint64(b)
			if k++; k == 8 {
				h, acc, k = mixWord(h, acc), 0, 0
			}
		}
	}
	return mixWord(mixWord(h, acc), uint64(k)|uint64(n)<<8), n
}

// mixWord mixes w into the hash h.
func mixWord(h, w uint64) uint64 {
	hi, lo := bits.Mul64(h^w, 0x9E3779B97F4A7C15)
	return hi ^ lo ^ h>>17
}

// foldASCII maps ASCII letters and digits to their lower case, and every
// other ASCII byte to 0 (not hashed).
var foldASCII = func() (t [utf8.RuneSelf]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

// minDuplicateLetters is the size from which a repeated block counts as a
// scraping duplicate; shorter repeats ("Ja.", "Video") may be meant.
const minDuplicateLetters = 20

// dropDuplicateBlocks re-roles blocks that repeat an earlier block of the
// same document (ignoring case, punctuation and spacing) as boilerplate.
func dropDuplicateBlocks(d *Document) {
	seen := make(map[uint64]int, len(d.Blocks))
	for i := range d.Blocks {
		b := &d.Blocks[i]
		fp, n := fingerprint(d.Text[b.Start:b.End])
		first, dup := seen[fp]
		if !dup {
			seen[fp] = i
			continue
		}
		if b.Role == RoleBoilerplate || n < minDuplicateLetters {
			continue
		}
		b.Role = RoleBoilerplate
		b.Rule = "duplicate-block: repeats block " + strconv.Itoa(d.Blocks[first].Index)
		// Segments are in block order: find this block's run.
		k := sort.Search(len(d.Segments), func(k int) bool { return d.Segments[k].Block >= i })
		for ; k < len(d.Segments) && d.Segments[k].Block == i; k++ {
			d.Segments[k].Role, d.Segments[k].Rule = RoleBoilerplate, b.Rule
		}
	}
}

// Deduper drops segments whose text (ignoring case, punctuation and
// spacing) was already written in the run. It keeps 8 bytes per distinct
// segment.
type Deduper struct{ seen map[uint64]struct{} }

// NewDeduper returns an empty Deduper.
func NewDeduper() *Deduper { return &Deduper{seen: map[uint64]struct{}{}} }

// Filter removes from records the ones seen before (in this call or an
// earlier one) and returns the rest and the number removed.
func (dd *Deduper) Filter(records []Record) ([]Record, int) {
	kept := records[:0]
	for _, r := range records {
		fp, _ := fingerprint(r.Text)
		if _, dup := dd.seen[fp]; dup {
			continue
		}
		dd.seen[fp] = struct{}{}
		kept = append(kept, r)
	}
	return kept, len(records) - len(kept)
}
