package segment

import (
	"encoding/binary"
	"math"
	mbits "math/bits"
)

// sparseWeights holds a perceptron's weights compactly: of the 2^19 hashed
// feature slots only a few ten thousand carry a weight. A bitmap says which,
// a running count per bitmap word gives a present slot's rank, and the
// weights are int16 multiples of scale, stored by rank. The whole model
// takes a few hundred KB instead of 4 MB, so that it stays in a core's
// cache while documents stream by.
type sparseWeights struct {
	present []uint64 // bit k: slot k has a weight
	words   []rankWord
	vals    []int16 // width weights per present slot, in slot order
	width   int     // weights per slot (4 for the type model)
	scale   float32
}

// rankWord is a word of the bitmap with the number of set bits before it,
// side by side so that a lookup touches one cache line.
type rankWord struct {
	bits uint64
	rank uint64
}

// newSparseWeights compacts dense (width weights per slot).
func newSparseWeights(dense []float32, width int) sparseWeights {
	slots := len(dense) / width
	var maxAbs float32
	for _, w := range dense {
		maxAbs = max(maxAbs, float32(math.Abs(float64(w))))
	}
	s := sparseWeights{present: make([]uint64, (slots+63)/64), width: width, scale: maxAbs / math.MaxInt16}
	if maxAbs == 0 {
		s.scale = 1
	}
	q := make([]int16, width)
	for k := 0; k < slots; k++ {
		nonzero := false
		for c := range q {
			q[c] = int16(math.Round(float64(dense[k*width+c] / s.scale)))
			nonzero = nonzero || q[c] != 0
		}
		if nonzero {
			s.present[k/64] |= 1 << (k % 64)
			s.vals = append(s.vals, q...)
		}
	}
	s.buildRank()
	return s
}

func (s *sparseWeights) buildRank() {
	s.words = make([]rankWord, len(s.present))
	n := uint64(0)
	for i, w := range s.present {
		s.words[i] = rankWord{w, n}
		n += uint64(mbits.OnesCount64(w))
	}
}

// index returns the rank of slot k, or -1 when it has no weight.
func (s *sparseWeights) index(k uint32) int {
	rw := &s.words[k>>6]
	bit := uint64(1) << (k & 63)
	if rw.bits&bit == 0 {
		return -1
	}
	return int(rw.rank) + mbits.OnesCount64(rw.bits&(bit-1))
}

// sum returns the summed weights of the slots f (width 1).
func (s *sparseWeights) sum(f []uint32) float32 {
	return float32(s.sumInt(f)) * s.scale
}

// sumInt is sum in units of scale. It is index written out, with the
// bitmap and the weights in locals: the compiler reloads them from s
// around popcount's fallback call otherwise, for every feature.
func (s *sparseWeights) sumInt(f []uint32) int32 {
	words, vals := s.words, s.vals
	var n int32
	for _, k := range f {
		rw := &words[k>>6]
		if bit := uint64(1) << (k & 63); rw.bits&bit != 0 {
			n += int32(vals[int(rw.rank)+mbits.OnesCount64(rw.bits&(bit-1))])
		}
	}
	return n
}

// smallWeights holds, for a model's features of few values (see
// smallFeatures and typSpanSmall), the weights of each value in units of
// scale, indexed by template and value (width weights a value): a direct
// read instead of a hash and a bitmap search.
type smallWeights [29][]int32

// smallValues bounds the values of each small feature template, from
// smallFeatures: shapes have 11 bits, prev and the next word's class are
// at most 4, init and the noun flag at most 1, a flag's bit at most 31.
var smallValues = map[uint8]int{
	8:  1 << 11,
	13: 1*4 + 4 + 1,
	18: 4 + 1,
	19: 31*4 + 4 + 1,
	20: 4 + 1,
	24: 4*8 + 1 + 1*2 + 1,
	25: 1 + 1,
	28: 1 + 1,
}

// typSmallValues is smallValues for typSpanSmall: a span's words are
// counted up to 4, a flag's bit is at most 31.
var typSmallValues = map[uint8]int{1: 1, 10: 4 + 1, 11: 1 << 11, 16: 1 << 11, 19: 31 + 1}

// newSmallWeights builds the table of the templates and numbers of values
// in values, for features of bits bits.
func newSmallWeights(s *sparseWeights, values map[uint8]int, bits uint) (w smallWeights) {
	for tmpl, n := range values {
		w[tmpl] = make([]int32, n*s.width)
		for v := range n {
			if i := s.index(feat(uint64(tmpl), uint64(v), bits)); i >= 0 {
				for c := range s.width {
					w[tmpl][v*s.width+c] = int32(s.vals[i*s.width+c])
				}
			}
		}
	}
	return w
}

// add4 adds the four weights of x (width 4) to n.
func (w *smallWeights) add4(n *[4]int32, x smallFeat) {
	v := w[x.tmpl][4*int(x.v) : 4*int(x.v)+4 : 4*int(x.v)+4]
	n[0] += v[0]
	n[1] += v[1]
	n[2] += v[2]
	n[3] += v[3]
}

// sum4 returns the four summed weights of the slots f (width 4).
func (s *sparseWeights) sum4(f []uint32) [4]float32 {
	return s.scale4(s.sum4Int(f))
}

// scale4 converts four sums in units of scale.
func (s *sparseWeights) scale4(n [4]int32) (out [4]float32) {
	for c := range out {
		out[c] = float32(n[c]) * s.scale
	}
	return out
}

// sum4Int is sum4 in units of scale (written out as sumInt is).
func (s *sparseWeights) sum4Int(f []uint32) (n [4]int32) {
	words, vals := s.words, s.vals
	for _, k := range f {
		rw := &words[k>>6]
		if bit := uint64(1) << (k & 63); rw.bits&bit != 0 {
			i := int(rw.rank) + mbits.OnesCount64(rw.bits&(bit-1))
			v := vals[4*i : 4*i+4 : 4*i+4]
			n[0] += int32(v[0])
			n[1] += int32(v[1])
			n[2] += int32(v[2])
			n[3] += int32(v[3])
		}
	}
	return n
}

// append encodes s: scale, the bitmap, then the weights (little endian).
func (s *sparseWeights) append(b []byte) []byte {
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(s.scale))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(s.vals)))
	for _, w := range s.present {
		b = binary.LittleEndian.AppendUint64(b, w)
	}
	for _, v := range s.vals {
		b = binary.LittleEndian.AppendUint16(b, uint16(v))
	}
	return b
}

// decodeSparse decodes what append wrote for slots slots of width weights,
// and returns the rest of b.
func decodeSparse(b []byte, slots, width int) (sparseWeights, []byte, bool) {
	s := sparseWeights{width: width, present: make([]uint64, (slots+63)/64)}
	if len(b) < 8+8*len(s.present) {
		return s, b, false
	}
	s.scale = math.Float32frombits(binary.LittleEndian.Uint32(b))
	nv := int(binary.LittleEndian.Uint32(b[4:]))
	b = b[8:]
	set := 0
	for i := range s.present {
		s.present[i] = binary.LittleEndian.Uint64(b[8*i:])
		set += mbits.OnesCount64(s.present[i])
	}
	b = b[8*len(s.present):]
	if nv != set*width || len(b) < 2*nv {
		return s, b, false
	}
	s.vals = make([]int16, nv)
	for i := range s.vals {
		s.vals[i] = int16(binary.LittleEndian.Uint16(b[2*i:]))
	}
	s.buildRank()
	return s, b[2*nv:], true
}
