package segment

import mbits "math/bits"

// Extending a name over its neighbours: many names hold words that are no
// name on their own, common nouns and adjectives (Deutsche Bank, Borussia
// Dortmund, Oberster Gerichtshof) or lower-case connectors (Bundesamt für
// Gesundheit). The word model marks the name-like core; a third averaged
// perceptron decides at each end of a name whether the next capitalized
// word, or a few lower-case words and the capitalized word after them,
// belong to it. It runs only at the ends of names, so it costs little. It is
// trained where it works: at the ends of the names the word model marks
// while it learns, labelled by the gold spans (see predLinks).

const (
	nameLinkBits = 16
	linkMaxConn  = 3 // lower-case words between a name and a capitalized word
)

// The kinds of extension.
const (
	linkRight     = iota // the capitalized word after the name
	linkRightConn        // lower-case words, then a capitalized word
	linkLeft             // the capitalized word before the name
)

// linkChunk returns the last token of the extension of kind k from the name
// word i (right) or the first (left), or -1 when there is none.
func (d *nameDoc) linkChunk(i, k int) int {
	switch k {
	case linkRight:
		if !d.toks[i].gen && d.capNext(i, i+1) && !d.shoutedFunc(i+1) {
			return i + 1
		}
	case linkRightConn:
		if d.toks[i].gen {
			return -1
		}
		for j := i + 1; j < len(d.toks) && j-i <= linkMaxConn; j++ {
			t := &d.toks[j]
			if !t.word || t.upper || t.digit || !d.joinable(j-1, j) {
				return -1
			}
			if d.capNext(j, j+1) {
				return j + 1
			}
		}
	case linkLeft:
		if i > 0 && !d.toks[i].init && d.toks[i-1].candidate() && d.joinable(i-1, i) && !d.sureNoName(i-1) && !d.shoutedFunc(i-1) {
			return i - 1
		}
	}
	return -1
}

// shoutedFunc reports whether token j is a closed-class word in capitals
// (a shouted line: NATO IN BERLIN), which no name takes in.
func (d *nameDoc) shoutedFunc(j int) bool {
	t := &d.toks[j]
	return t.shout && t.flLow&lexFunc != 0
}

// sureNoName reports whether the word model was sure that token j is no
// name (its score is below nameSure) and no gazetteer lists it: a name
// does not take in such a word before it (Schlagzeuger Fleetwood,
// Nachbarland Thüringen, Zwischen Gudme), but it may take in a listed one
// (August Kopff, Den Haag).
func (d *nameDoc) sureNoName(j int) bool {
	t := &d.toks[j]
	return t.score < nameSure && !hasNameFlag(t.fl)
}

// capNext reports whether token j is a capitalized word after token i on
// the same line and in the same sentence.
func (d *nameDoc) capNext(i, j int) bool {
	return j < len(d.toks) && d.toks[j].candidate() && !d.toks[j].init && d.joinable(i, j)
}

// linkFeatures appends the features of extending the name word i over the
// tokens up to e (kind k).
func (d *nameDoc) linkFeatures(f []uint32, i, e, k int) []uint32 {
	const bits = nameLinkBits
	ti, te := &d.toks[i], &d.toks[e]
	kk := uint64(k)
	is3 := hashBytes(suffixRunes(d.lowerWord(i), 3))
	es3 := hashBytes(suffixRunes(d.lowerWord(e), 3))
	f = append(f,
		feat(1, kk, bits),
		feat(2, ti.lh*4+kk, bits),
		feat(3, te.lh*4+kk, bits),
		feat(4, es3*4+kk, bits),
		feat(5, is3*4+kk, bits),
		feat(6, te.shape()*4+kk, bits),
		feat(7, ti.shape()*4+kk, bits),
	)
	for x := te.fl; x != 0; x &= x - 1 {
		f = append(f, feat(8, uint64(mbits.TrailingZeros32(x))*4+kk, bits))
	}
	for x := ti.fl; x != 0; x &= x - 1 {
		f = append(f, feat(9, uint64(mbits.TrailingZeros32(x))*4+kk, bits))
	}
	if te.fl == 0 && te.flLow == 0 && !te.comp {
		f = append(f, feat(10, kk, bits))
	}
	switch k {
	case linkRightConn:
		h := uint64(fnvOffset)
		for j := i + 1; j < e; j++ {
			h = mix64(h ^ d.toks[j].lh)
		}
		f = append(f,
			feat(11, h, bits),
			feat(12, d.toks[i+1].lh, bits),
			feat(13, uint64(e-i), bits),
			feat(14, d.ctx(e+1), bits),
			feat(15, h*31+uint64(gazetteerType(ti.fl)), bits),
		)
	case linkRight:
		f = append(f, feat(16, d.ctx(e+1), bits), feat(17, d.ctx(i-1), bits))
	case linkLeft:
		f = append(f, feat(18, d.ctx(e-1), bits), feat(19, d.ctx(i+1), bits), feat(20, te.initBit(), bits))
	}
	return f
}

// extend grows the name a..b over the neighbours the link model joins to
// it; lo is the first token it may take (after the name before).
func (d *nameDoc) extend(a, b, lo int) (int, int) {
	for n := 0; n < 4; n++ {
		e := d.linkChunk(b, linkRight)
		k := linkRight
		if e < 0 || d.toks[e].name {
			e, k = d.linkChunk(b, linkRightConn), linkRightConn
		}
		if e < 0 || d.toks[e].name {
			break
		}
		d.feat = d.linkFeatures(d.feat[:0], b, e, k)
		if d.m.sl.sum(d.feat) <= 0 {
			break
		}
		for j := b + 1; j <= e; j++ {
			d.toks[j].name = true
		}
		b = d.runEnd(e)
	}
	for n := 0; n < 2; n++ {
		e := d.linkChunk(a, linkLeft)
		if e < lo || !d.toks[e].upper || d.toks[e].name || d.toks[e].join&(joinPlaceHead|joinMediaHead) != 0 {
			// A word for what the name names is no part of it (die
			// Kreisstadt Torgau, die Firma Century Media).
			break
		}
		d.feat = d.linkFeatures(d.feat[:0], a, e, linkLeft)
		if d.m.sl.sum(d.feat) <= 0 {
			break
		}
		d.toks[e].name = true
		a = e
	}
	return a, b
}
