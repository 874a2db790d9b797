package corpus

// Eight bytes at a time: the hot loops over text (normalizing, fingerprints,
// code points, JSON) test a word of eight bytes at once where most bytes
// need nothing.

const (
	swarOnes = 0x0101010101010101 // 1 in every byte
	swarHigh = 0x8080808080808080 // the top bit of every byte
)

// le64 returns s[0:8] as a little-endian word (s has at least eight bytes).
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
