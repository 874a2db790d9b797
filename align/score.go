package align

import "math"

// Feature indices of a bead. The logistic model in weights.go turns them
// into the log-odds that the bead is a correct link.
const (
	fBias       = iota
	fLen        // squared Gale–Church length deviation, capped
	fNumShared  // numbers, times, months, weekdays found on both sides
	fNumMiss    // numbers found on one side only
	fKeyShared  // identical or cognate words (folded prefixes)
	fKeyRatio   // shared / smaller number of anchor words
	fNameMiss   // capitalized English words with no German counterpart
	fPunctAgree // ? ! : quotes parentheses dashes on both sides
	fPunctDiff  // … on one side only
	fDictDE     // share of German dictionary words translated on the English side
	fDictEN     // share of English dictionary words translated on the German side
	fExtra      // sentences beyond 1-1 (1-2: 1, 1-3: 2, 2-2: 2, …)
	fTwoTwo     // 2-2
	fShort      // weak evidence: exp(-shorter side / 25 chars)
	fStopDiff   // difference in the number of sentence-final marks
	nFeat
)

// Length model: English characters ≈ lenRatio × German characters, with
// variance lenVar per character (measured on align-dev parallel/).
const (
	lenRatio = 0.93
	lenVar   = 3.2
)

// pair is the evidence between one German and one English sentence.
type pair struct {
	num, key, name uint8
	dictDE, dictEN uint8
	logit          float32 // log-odds of the 1-1 bead
}

func capf(x, c float64) float64 {
	if x > c {
		return c
	}
	return x
}

func sat8(n int) uint8 {
	if n > 255 {
		return 255
	}
	return uint8(n)
}

func makePair(d, e *sent) pair {
	p := pair{
		num:  sat8(intersect(d.nums, e.nums)),
		key:  sat8(intersect(d.keys, e.keys)),
		name: sat8(intersect(e.names, d.keys)),
	}
	if d.dictWords != nil || e.dictWords != nil {
		p.dictDE = sat8(dictHits(d, e))
		p.dictEN = sat8(dictHits(e, d))
	}
	return p
}

// sums holds prefix sums over one side's sentences so that a bead's totals
// cost O(1).
type sums struct {
	chars, nums, keys, dictWords, stops []int
	punct                               [nPunct][]int
}

func makeSums(ss []sent) sums {
	n := len(ss)
	u := sums{chars: make([]int, n+1), nums: make([]int, n+1), keys: make([]int, n+1), dictWords: make([]int, n+1), stops: make([]int, n+1)}
	for c := range u.punct {
		u.punct[c] = make([]int, n+1)
	}
	for k := range ss {
		s := &ss[k]
		u.chars[k+1] = u.chars[k] + s.chars + 1
		u.nums[k+1] = u.nums[k] + len(s.nums)
		u.keys[k+1] = u.keys[k] + len(s.keys)
		u.dictWords[k+1] = u.dictWords[k] + len(s.dictWords)
		u.stops[k+1] = u.stops[k] + s.stops
		for c := range u.punct {
			u.punct[c][k+1] = u.punct[c][k] + int(s.punct[c])
		}
	}
	return u
}

// shortTable[k] = exp(-k/25): the weight of weak evidence for a bead whose
// shorter side has k characters.
var shortTable = func() (t [256]float64) {
	for k := range t {
		t[k] = math.Exp(-float64(k) / 25)
	}
	return t
}()

// lengthDelta2 returns the squared Gale–Church deviation of a bead with lD
// German and lE English characters, capped at 25.
func lengthDelta2(lD, lE int) float64 {
	mean := (lenRatio*float64(lD) + float64(lE)) / 2
	diff := float64(lE) - lenRatio*float64(lD)
	return capf(diff*diff/(lenVar*mean+1), 25)
}

// features fills x for the bead of German sentences [i0,i1) and English
// sentences [j0,j1).
func (a *aligner) features(x *[nFeat]float64, i0, i1, j0, j1 int) {
	sd, se := &a.sd, &a.se
	lD := sd.chars[i1] - sd.chars[i0] - 1
	lE := se.chars[j1] - se.chars[j0] - 1
	numD, numE := sd.nums[i1]-sd.nums[i0], se.nums[j1]-se.nums[j0]
	keyD, keyE := sd.keys[i1]-sd.keys[i0], se.keys[j1]-se.keys[j0]
	dwD, dwE := sd.dictWords[i1]-sd.dictWords[i0], se.dictWords[j1]-se.dictWords[j0]
	var numSh, keySh, nameMiss, hD, hE int
	for e := j0; e < j1; e++ {
		nameHit := 0
		for d := i0; d < i1; d++ {
			p := a.pair(d, e)
			numSh += int(p.num)
			keySh += int(p.key)
			nameHit += int(p.name)
			hD += int(p.dictDE)
			hE += int(p.dictEN)
		}
		nameMiss += max(0, len(a.en[e].names)-nameHit)
	}
	numSh = min(numSh, numD, numE)
	keySh = min(keySh, keyD, keyE)
	hD = min(hD, dwD)
	hE = min(hE, dwE)
	agree, diff := 0, 0
	for c := range nPunct {
		pd := sd.punct[c][i1] - sd.punct[c][i0]
		pe := se.punct[c][j1] - se.punct[c][j0]
		agree += min(pd, pe)
		diff += max(pd, pe) - min(pd, pe)
	}
	na, nb := i1-i0, j1-j0
	x[fBias] = 1
	x[fLen] = lengthDelta2(lD, lE)
	x[fNumShared] = capf(float64(numSh), 4)
	x[fNumMiss] = capf(float64(numD+numE-2*numSh), 4)
	x[fKeyShared] = capf(float64(keySh), 6)
	x[fKeyRatio] = float64(keySh) / float64(max(1, min(keyD, keyE)))
	x[fNameMiss] = capf(float64(nameMiss), 4)
	x[fPunctAgree] = capf(float64(agree), 4)
	x[fPunctDiff] = capf(float64(diff), 4)
	x[fDictDE], x[fDictEN] = 0, 0
	if a.dict {
		x[fDictDE] = (float64(hD) + 0.5) / float64(dwD+1)
		x[fDictEN] = (float64(hE) + 0.5) / float64(dwE+1)
	}
	x[fExtra] = float64(na + nb - 2)
	x[fTwoTwo] = 0
	if na == 2 && nb == 2 {
		x[fTwoTwo] = 1
	}
	x[fShort] = shortTable[min(255, lD, lE)]
	stD, stE := sd.stops[i1]-sd.stops[i0], se.stops[j1]-se.stops[j0]
	x[fStopDiff] = capf(float64(max(stD, stE)-min(stD, stE)), 3)
}

func dot(w *[nFeat]float64, x *[nFeat]float64) float64 {
	s := 0.0
	for k := range w {
		s += w[k] * x[k]
	}
	return s
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }
