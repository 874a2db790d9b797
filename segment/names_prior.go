package segment

import (
	"encoding/binary"
	"math"
	"sync"
)

// The spelling prior: what a word the word list does not hold looks like —
// a common noun, a person's name or a place's name — judged from its letters
// alone. A classifier of character n-grams (two to five bytes of the word in
// lower case, with its start and end marked) is trained on the word list's
// capitalized words that are one of the three and only one: 140,000 noun
// forms, 28,000 first names and surnames, 18,000 towns and countries. Then
// Jurisprudenz, Spaghetticode and Weblinks look like nouns, Blaszkiewitz and
// Borkenbergen like names, though no list holds them. (Heads that towns share
// with nouns mislead it: Sandstein looks like a place.)
//
// The name model reads only how much more a word looks like a common noun
// than like a name (priorNounBin), and only for words the list lacks (as
// written and in lower case): for the words it holds, the prior has seen
// them in training, and the list's flags say more. Compounds of listed words
// have weights of their own. (As a feature of the type model, its
// person-or-place margin lowered typed F1 in cross-validation, 0.661 to
// 0.654: Japanese names look like the list's Japanese cities.)

// Prior classes.
const (
	priorNoun = iota
	priorPerson
	priorPlace
	priorClasses
)

// priorBits is the size of the prior's hashed feature table (2^priorBits
// buckets of priorClasses weights).
const priorBits = 17

// wordPrior holds the weights as int8 multiples of scale, priorClasses per
// bucket.
type wordPrior struct {
	scale float32
	w     []int8
}

var (
	priorOnce sync.Once
	prior     *wordPrior
)

// loadWordPrior returns the spelling prior (see priorBase).
func loadWordPrior() *wordPrior {
	priorOnce.Do(func() { prior = priorBase() })
	return prior
}

// appendPriorBuckets appends the feature bucket of each n-gram (n = 2 to
// 5 bytes) of ^low$ to dst, hashed byte by byte from each start.
func appendPriorBuckets(dst []uint32, low []byte) []uint32 {
	n := len(low) + 2
	for i := 0; i+1 < n; i++ {
		h := uint64(14695981039346656037)
		for k := i; k < i+5 && k < n; k++ {
			c := byte('^')
			switch {
			case k == n-1:
				c = '$'
			case k > 0:
				c = low[k-1]
			}
			h = (h ^ uint64(c)) * 1099511628211
			if k > i {
				dst = append(dst, uint32((h*0x9E3779B97F4A7C15)>>(64-priorBits)))
			}
		}
	}
	return dst
}

// scores returns the class scores of the word low (in lower case), in units
// of the trained weights.
func (p *wordPrior) scores(low []byte) [priorClasses]float32 {
	var buf [160]uint32
	var s [priorClasses]int32
	w := p.w
	for _, x := range appendPriorBuckets(buf[:0], low) {
		b := w[x*priorClasses : x*priorClasses+priorClasses : x*priorClasses+priorClasses]
		s[0] += int32(b[0])
		s[1] += int32(b[1])
		s[2] += int32(b[2])
	}
	return [priorClasses]float32{float32(s[0]) * p.scale, float32(s[1]) * p.scale, float32(s[2]) * p.scale}
}

// priorNounBin returns the feature value of the prior for the name model:
// how much more the word looks like a common noun than like a name, in four
// steps, 3 to 6 (the values of the margin's upper steps when the model was
// chosen; the committed weights are stored under them). A word that looks
// more like a name gets 3 too: cutting there scored as well in
// cross-validation as seven steps both ways, and better on the held-back
// data (see README); the prior then tells only that a word looks like a
// common noun.
func priorNounBin(s [priorClasses]float32) uint64 {
	switch m := s[priorNoun] - max(s[priorPerson], s[priorPlace]); {
	case m <= 3:
		return 3
	case m <= 10:
		return 4
	case m <= 30:
		return 5
	}
	return 6
}

// marshal encodes the prior: the scale as float32 bits, then the weights.
func (p *wordPrior) marshal() []byte {
	b := binary.LittleEndian.AppendUint32(nil, math.Float32bits(p.scale))
	for _, x := range p.w {
		b = append(b, byte(x))
	}
	return b
}

// unmarshalWordPrior decodes marshal's bytes; nil if they do not fit.
func unmarshalWordPrior(b []byte) *wordPrior {
	if len(b) != 4+priorClasses<<priorBits {
		return nil
	}
	p := &wordPrior{scale: math.Float32frombits(binary.LittleEndian.Uint32(b)), w: make([]int8, priorClasses<<priorBits)}
	for i, c := range b[4:] {
		p.w[i] = int8(c)
	}
	return p
}
