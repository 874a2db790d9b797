package corpus

import (
	"sort"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// fingerprint hashes the letters and digits of s, lower-cased, so that
// copies that differ only in case, punctuation or spacing collide. It also
// returns how many letters and digits there were. The hash is 64-bit
// FNV-1a: deterministic, so a run's duplicates do not depend on a seed.
func fingerprint(s string) (uint64, int) {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			// Without a branch, which spaces and punctuation would
			// mispredict: keep is all ones for a letter or digit
			// (f >= '0'), zero for other bytes.
			f := uint64(foldASCII[c])
			keep := -((f + 127) >> 7)
			h = (h^f)*prime&keep | h&^keep
			n += int(keep & 1)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		r = unicode.ToLower(r)
		n++
		// Non-ASCII runes hash as four bytes, so they never collide with
		// ASCII ones.
		h = (h ^ uint64(byte(r>>24)|0x80)) * prime
		h = (h ^ uint64(byte(r>>16))) * prime
		h = (h ^ uint64(byte(r>>8))) * prime
		h = (h ^ uint64(byte(r))) * prime
	}
	return h, n
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
