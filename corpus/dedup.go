package corpus

import (
	"encoding/binary"
	"math/bits"
	"sort"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// fingerprint hashes the letters and digits of s, lower-cased, so that
// copies that differ only in case, punctuation or spacing collide. It also
// returns how many letters and digits there were. The hash is
// deterministic, so a run's duplicates do not depend on a seed.
//
// The letters are folded into a buffer first (without a branch per byte,
// which spaces and punctuation would mispredict), which is then hashed
// eight bytes at a time: a byte-wise hash is a chain of one multiplication
// per letter, four times slower.
func fingerprint(s string) (uint64, int) {
	const block = 256
	// buf holds up to block+7 bytes; indexing it with k&(len-1) spares the
	// bounds checks.
	var buf [512]byte
	h := uint64(fingerprintSeed)
	n, k := 0, 0 // letters and digits; bytes in buf
	for i := 0; i < len(s); {
		// Eight ASCII bytes at a time.
		k0 := k
		for i+8 <= len(s) && k < block {
			w := s[i : i+8]
			if le64(w)&swarHigh != 0 {
				break
			}
			k = foldByte(&buf, k, w[0])
			k = foldByte(&buf, k, w[1])
			k = foldByte(&buf, k, w[2])
			k = foldByte(&buf, k, w[3])
			k = foldByte(&buf, k, w[4])
			k = foldByte(&buf, k, w[5])
			k = foldByte(&buf, k, w[6])
			k = foldByte(&buf, k, w[7])
			i += 8
		}
		for ; i < len(s) && k < block && s[i] < utf8.RuneSelf; i++ {
			k = foldByte(&buf, k, s[i])
		}
		n += k - k0
		if i < len(s) && k < block && s[i] >= utf8.RuneSelf {
			r, size := foldRune(s, i)
			i += size
			if r != 0 {
				// Non-ASCII runes as four bytes, the first with its top
				// bit, so that they never collide with ASCII ones.
				buf[k], buf[k+1], buf[k+2], buf[k+3] = byte(r>>24)|0x80, byte(r>>16), byte(r>>8), byte(r)
				k += 4
				n++
			}
		}
		if k >= block {
			h = fingerprintBytes(h, buf[:block])
			k = copy(buf[:], buf[block:k])
		}
	}
	return fingerprintEnd(fingerprintBytes(h, buf[:k]), n), n
}

// alnumCount is the count of letters and digits that fingerprint returns,
// eight ASCII bytes at a time.
func alnumCount(s string) int {
	// in returns the top bit of each byte of x (all ASCII) within lo..up.
	in := func(x, lo, up uint64) uint64 {
		return (x + (0x80-lo)*swarOnes) &^ (x + (0x7F-up)*swarOnes) & swarHigh
	}
	n := 0
	for i := 0; i < len(s); {
		for i+8 <= len(s) {
			x := le64(s[i : i+8])
			if x&swarHigh != 0 {
				break
			}
			n += bits.OnesCount64(in(x, '0', '9') | in(x|0x20*swarOnes, 'a', 'z'))
			i += 8
		}
		if i == len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			if foldASCII[c] != 0 {
				n++
			}
			i++
			continue
		}
		r, size := foldRune(s, i)
		if r != 0 {
			n++
		}
		i += size
	}
	return n
}

// foldRune reads the non-ASCII rune at s[i] and returns its lower case, 0
// when it is no letter or digit, and its size; with fast paths for the
// Latin-1 letters and for U+2000–U+203F (spaces, dashes, quotation marks).
func foldRune(s string, i int) (rune, int) {
	switch c := s[i]; {
	case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2]&0xC0 == 0x80:
		return 0, 3
	case c == 0xC3 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
		return latin1Fold[s[i+1]&0x3F], 2
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return 0, size
	}
	return unicode.ToLower(r), size
}

// foldByte stores the folded form of the ASCII byte c at buf[k] and
// returns k+1 for a letter or digit (f >= '0'), k for other bytes, which
// the next byte overwrites: no branch.
func foldByte(buf *[512]byte, k int, c byte) int {
	f := foldASCII[c]
	buf[k&(len(buf)-1)] = f
	return k + int((f+127)>>7)
}

const fingerprintSeed = 0x9E3779B97F4A7C15

// fingerprintEnd mixes the count of letters and digits n into h.
func fingerprintEnd(h uint64, n int) uint64 {
	h ^= uint64(n)
	h ^= h >> 31
	h *= 0x94d049bb133111eb
	return h ^ h>>29
}

// latin1Fold maps the runes U+00C0–U+00FF, by their last six bits, to
// their lower case, and the two that are no letters (× and ÷) to 0.
var latin1Fold = func() (t [64]rune) {
	for i := range t {
		if r := rune(0xC0 + i); unicode.IsLetter(r) {
			t[i] = unicode.ToLower(r)
		}
	}
	return t
}()

// fingerprintBytes hashes b into h, eight bytes at a time.
func fingerprintBytes(h uint64, b []byte) uint64 {
	for ; len(b) >= 8; b = b[8:] {
		h = (h ^ binary.LittleEndian.Uint64(b)) * 0xbf58476d1ce4e5b9
		h ^= h >> 31
	}
	if len(b) > 0 {
		var last [8]byte
		copy(last[:], b)
		// The length of the tail tells "ab" from "ab\x00".
		h = (h ^ binary.LittleEndian.Uint64(last[:]) ^ uint64(len(b))<<59) * 0xbf58476d1ce4e5b9
		h ^= h >> 31
	}
	return h
}

// foldASCII maps ASCII letters and digits to their lower case, and every
// other byte to 0 (not hashed).
var foldASCII = func() (t [256]byte) {
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
//
// Copies have as many letters and digits as their original, so a block
// whose count no other block shares is neither: only the others are
// fingerprinted (counting is four times as fast as hashing).
func dropDuplicateBlocks(d *Document) {
	if len(d.Blocks) < 2 {
		return
	}
	counts := make([]int, len(d.Blocks))
	blocksWith := make(map[int]int, len(d.Blocks)) // letters and digits → blocks
	for i, b := range d.Blocks {
		counts[i] = alnumCount(d.Text[b.Start:b.End])
		blocksWith[counts[i]]++
	}
	seen := make(map[uint64]int, len(d.Blocks))
	for i := range d.Blocks {
		if blocksWith[counts[i]] < 2 {
			continue
		}
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
