package corpus

import (
	"hash/maphash"
	"strconv"
	"unicode"
)

// dedupSeed makes fingerprints stable within a process, which is all they
// need: they are never written out.
var dedupSeed = maphash.MakeSeed()

// fingerprint hashes the letters and digits of s, lower-cased, so that
// copies that differ only in case, punctuation or spacing collide. It also
// returns how many letters and digits there were.
func fingerprint(s string) (uint64, int) {
	var h maphash.Hash
	h.SetSeed(dedupSeed)
	var buf [4]byte
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		r = unicode.ToLower(r)
		n++
		if r < 0x80 {
			h.WriteByte(byte(r))
			continue
		}
		buf[0], buf[1], buf[2], buf[3] = byte(r>>24), byte(r>>16), byte(r>>8), byte(r)
		h.Write(buf[:])
	}
	return h.Sum64(), n
}

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
		for k := range d.Segments {
			if d.Segments[k].Block == i {
				d.Segments[k].Role, d.Segments[k].Rule = RoleBoilerplate, b.Rule
			}
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
