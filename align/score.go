package align

import "math"

// Feature indices of a bead. The logistic model in weights.go turns them
// into the log-odds that the bead is a correct link.
const (
	fBias      = iota
	fLen           // squared Gale–Church length deviation, capped
	fNumShared     // numbers, times, months, weekdays found on both sides
	fNumMiss       // numbers found on one side only
	fKeyShared     // identical or cognate words (folded prefixes)
	fKeyRatio      // shared / smaller number of anchor words
	fNameMiss      // capitalized English words with no German counterpart
	fPunctAgree    // ? ! : quotes parentheses dashes on both sides
	fPunctDiff     // … on one side only
	fDictDE        // share of German dictionary words translated on the English side
	fDictEN        // share of English dictionary words translated on the German side
	fExtra         // sentences beyond 1-1 (1-2: 1, 1-3: 2, 2-2: 2, …)
	fTwoTwo        // 2-2
	fShort         // weak evidence: exp(-shorter side / 25 chars)
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

func capf(x, c float64) float64 { return math.Min(x, c) }

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

// features fills x for the bead of German sentences de[i0:i1] and English
// sentences en[j0:j1]; pr returns the pair evidence for (d, e).
func features(x *[nFeat]float64, de, en []sent, i0, i1, j0, j1 int, pr func(d, e int) *pair, dict bool) {
	var lD, lE, numD, numE, keyD, keyE, numSh, keySh, nameMiss, dwD, dwE, hD, hE int
	var pD, pE [nPunct]int
	for d := i0; d < i1; d++ {
		s := &de[d]
		lD += s.chars + 1
		numD += len(s.nums)
		keyD += len(s.keys)
		dwD += len(s.dictWords)
		for c := range pD {
			pD[c] += int(s.punct[c])
		}
	}
	for e := j0; e < j1; e++ {
		s := &en[e]
		lE += s.chars + 1
		numE += len(s.nums)
		keyE += len(s.keys)
		dwE += len(s.dictWords)
		for c := range pE {
			pE[c] += int(s.punct[c])
		}
		nameHit := 0
		for d := i0; d < i1; d++ {
			p := pr(d, e)
			numSh += int(p.num)
			keySh += int(p.key)
			nameHit += int(p.name)
			hD += int(p.dictDE)
			hE += int(p.dictEN)
		}
		nameMiss += max(0, len(s.names)-nameHit)
	}
	lD--
	lE--
	numSh = min(numSh, numD, numE)
	keySh = min(keySh, keyD, keyE)
	hD = min(hD, dwD)
	hE = min(hE, dwE)

	mean := (lenRatio*float64(lD) + float64(lE)) / 2
	delta := (float64(lE) - lenRatio*float64(lD)) / math.Sqrt(lenVar*mean+1)
	agree, diff := 0, 0
	for c := range pD {
		agree += min(pD[c], pE[c])
		diff += max(pD[c], pE[c]) - min(pD[c], pE[c])
	}
	a, b := i1-i0, j1-j0
	x[fBias] = 1
	x[fLen] = capf(delta*delta, 25)
	x[fNumShared] = capf(float64(numSh), 4)
	x[fNumMiss] = capf(float64(numD+numE-2*numSh), 4)
	x[fKeyShared] = capf(float64(keySh), 6)
	x[fKeyRatio] = float64(keySh) / float64(max(1, min(keyD, keyE)))
	x[fNameMiss] = capf(float64(nameMiss), 4)
	x[fPunctAgree] = capf(float64(agree), 4)
	x[fPunctDiff] = capf(float64(diff), 4)
	x[fDictDE], x[fDictEN] = 0, 0
	if dict {
		x[fDictDE] = (float64(hD) + 0.5) / float64(dwD+1)
		x[fDictEN] = (float64(hE) + 0.5) / float64(dwE+1)
	}
	x[fExtra] = float64(a + b - 2)
	x[fTwoTwo] = 0
	if a == 2 && b == 2 {
		x[fTwoTwo] = 1
	}
	x[fShort] = math.Exp(-float64(min(lD, lE)) / 25)
}

func dot(w *[nFeat]float64, x *[nFeat]float64) float64 {
	s := 0.0
	for k := range w {
		s += w[k] * x[k]
	}
	return s
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }
