package align

import (
	"math"
	"runtime"
	"slices"
	"sync"
)

// Options configure Align. The zero value is the default.
type Options struct {
	// Dict adds dictionary evidence (optional). When nil, a small built-in
	// glossary of frequent news words is used instead.
	Dict *Dict
	// NoGlossary turns the built-in glossary off when Dict is nil: the
	// aligner then uses only length, numbers, names, cognates and punctuation.
	NoGlossary bool
	// MinScore turns full links scoring below it into null links (1-0 and
	// 0-1), so that only pairs a user can trust remain. Default 0 keeps every
	// link the aligner chose.
	MinScore float64
	// Band is the initial half-width, in sentences, of the search band
	// around the path through rare shared anchors (or the diagonal). The
	// band is re-centred and widened while the best path runs along its
	// edge (see doc.go). Default 32.
	Band int
}

// Result is the alignment of one document pair.
type Result struct {
	// Links cover every sentence of both sides exactly once, in order.
	Links []Link
	// Score is the document-level parallelism in [0,1]: the sentences
	// (both sides) in full links that have evidence beyond length (see
	// doc.go), weighted by the link scores, over the sentences that can have
	// a counterpart (twice the shorter side, plus one link's worth).
	Score float64
	// Parallel reports whether the pair looks like a translation or an
	// adaptation at all: Score >= ParallelThreshold.
	Parallel bool
}

// ParallelThreshold is the document Score below which Align reports a pair
// as not parallel. Measured on align-dev, translated and adapted pairs score
// well above it and pairs of unrelated articles well below.
const ParallelThreshold = 0.1

// beads are the link shapes the dynamic programme considers (German, English).
var beads = [...][2]int{{1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}, {2, 2}, {1, 3}, {3, 1}, {1, 4}, {4, 1}}

const maxBead = 4

// maxCells bounds the band (and so memory: about 20 bytes per cell) when it
// is widened; maxPasses bounds the number of searches.
const (
	maxCells  = 4 << 20
	maxPasses = 6
	// fullCells: pairs of documents with at most this many cells are
	// searched without a band (up to about 500×500 sentences, or 5×50000).
	fullCells = 1 << 18
)

// lenPrune is the length penalty (in log-odds) beyond which a merged bead is
// not scored at all: no anchor evidence makes up for it.
const lenPrune = 7

// Align aligns German sentences de with English sentences en. The
// sentences must already be split; a line holding two sentences stays one
// unit. Align is pure and deterministic.
func Align(de, en []string, opt Options) Result {
	m, d := &modelPlain, opt.Dict
	switch {
	case d != nil:
		m = &modelDict
	case !opt.NoGlossary:
		m, d = &modelGlossary, builtinGlossary()
	}
	a := aligner{de: make([]sent, len(de)), en: make([]sent, len(en)), m: m, dict: d != nil}
	// Sentences are analyzed independently: German and English sentences
	// as one range, split among cores for long documents.
	parallelRows(len(de)+len(en), (len(de)+len(en))*analyzeWork, func(lo, hi int) {
		for k := lo; k < hi; k++ {
			if k < len(de) {
				a.de[k] = analyze(de[k], false, d)
			} else {
				a.en[k-len(de)] = analyze(en[k-len(de)], true, d)
			}
		}
	})
	return a.run(opt)
}

type aligner struct {
	de, en []sent
	sd, se sums
	m      *model
	dict   bool

	// band
	lo, hi []int // per row i (0..n): allowed j range, inclusive
	off    []int // cell offsets
	// pair evidence per German sentence d for English e in [plo[d], phi[d])
	plo, phi, poff []int
	pairs          []pair
	mz             []float64 // merge bead log-odds of some rows: see setMerges
}

func (a *aligner) run(opt Options) Result {
	return a.result(a.search(opt), opt)
}

// search returns the best monotone path (nil when a side is empty).
func (a *aligner) search(opt Options) []step {
	n, m := len(a.de), len(a.en)
	a.sd, a.se = makeSums(a.de), makeSums(a.en)
	if n == 0 || m == 0 {
		return nil
	}
	w := opt.Band
	if w <= 0 {
		w = 32
	}
	// The first band follows a chain of rare anchors (or the diagonal).
	// When the best path runs along its edge, the band is re-centred on that
	// path (the path drifts where one side has extra material) and, after a
	// few re-centrings, widened, up to maxCells cells. Each pass is linear
	// in the document length.
	center := anchorCenter(a.de, a.en)
	if (n+1)*(m+1) <= fullCells {
		w = max(w, n, m) // small enough to search the whole rectangle
	}
	for pass := 0; ; pass++ {
		path, edge := a.dp(center, w)
		if !edge || w >= max(n, m) || pass >= maxPasses || (n+1)*(4*w+1) > maxCells {
			return path
		}
		for _, s := range path {
			center[s.i] = s.j
		}
		for i := 1; i <= n; i++ {
			center[i] = max(center[i], center[i-1])
		}
		if pass%3 == 2 {
			w *= 2
		}
	}
}

func (a *aligner) setBand(center []int, w int) {
	n, m := len(a.de), len(a.en)
	a.lo = resize(a.lo, n+1)
	a.hi = resize(a.hi, n+1)
	for i := 0; i <= n; i++ {
		c := center[i]
		a.lo[i] = max(0, c-w)
		a.hi[i] = min(m, c+w)
	}
	a.lo[0], a.hi[n] = 0, m
	for i := n - 1; i >= 0; i-- {
		a.lo[i] = min(a.lo[i], a.lo[i+1])
	}
	for i := 1; i <= n; i++ {
		a.hi[i] = max(a.hi[i], a.hi[i-1])
	}
	for i := 0; i < n; i++ {
		a.hi[i] = max(a.hi[i], a.lo[i+1])
	}
	a.off = resize(a.off, n+2)
	a.off[0] = 0
	for i := 0; i <= n; i++ {
		a.off[i+1] = a.off[i] + a.hi[i] - a.lo[i] + 1
	}
	// Pair evidence for every (d, e) a bead can touch.
	a.plo = resize(a.plo, n)
	a.phi = resize(a.phi, n)
	a.poff = resize(a.poff, n+1)
	a.poff[0] = 0
	for d := 0; d < n; d++ {
		a.plo[d] = a.lo[max(0, d-maxBead+1)]
		a.phi[d] = a.hi[min(n, d+maxBead)]
		a.poff[d+1] = a.poff[d] + a.phi[d] - a.plo[d]
	}
	a.pairs = resize(a.pairs, a.poff[n])
	// The 1-1 log-odds of a row read the pair evidence of that row only.
	parallelRows(n, a.poff[n], func(lo, hi int) {
		var x [nFeat]float64
		for d := lo; d < hi; d++ {
			for e := a.plo[d]; e < a.phi[d]; e++ {
				a.pairs[a.poff[d]+e-a.plo[d]] = makePair(&a.de[d], &a.en[e])
			}
			for e := a.plo[d]; e < a.phi[d]; e++ {
				a.features(&x, d, d+1, e, e+1)
				a.pairs[a.poff[d]+e-a.plo[d]].logit = float32(dot(&a.m.w, &x))
			}
		}
	})
}

// mergeBeads is the number of beads, beads[3:], that merge sentences.
const mergeBeads = len(beads) - 3

// mergeRows is the number of band rows whose merge beads are scored at a
// time, which bounds the memory that holds them.
const mergeRows = 256

// setMerges fills a.mz with the log-odds of every merge bead (beads[3:])
// ending at each cell of the band rows [i0, i1), or -Inf where the bead
// leaves the band or its lengths alone rule it out. It reads only the pair
// evidence, so the rows are independent of each other (unlike the dynamic
// programme) and are split among cores.
func (a *aligner) setMerges(i0, i1 int) {
	base := a.off[i0]
	cells := a.off[i1] - base
	a.mz = resize(a.mz, cells*mergeBeads)
	parallelRows(i1-i0, cells*mergeBeads, func(lo, hi int) {
		var x [nFeat]float64
		for i := i0 + lo; i < i0+hi; i++ {
			for j := a.lo[i]; j <= a.hi[i]; j++ {
				z := a.mz[(a.off[i]+j-a.lo[i]-base)*mergeBeads:][:mergeBeads]
				for k, bd := range beads[3:] {
					z[k] = math.Inf(-1)
					pi, pj := i-bd[0], j-bd[1]
					if pi < 0 || pj < 0 || pj < a.lo[pi] || pj > a.hi[pi] {
						continue
					}
					// Skip merges whose length alone rules them out.
					d2 := lengthDelta2(a.sd.chars[i]-a.sd.chars[pi]-1, a.se.chars[j]-a.se.chars[pj]-1)
					if -a.m.w[fLen]*d2 > lenPrune {
						continue
					}
					a.features(&x, pi, i, pj, j)
					z[k] = dot(&a.m.w, &x)
				}
			}
		}
	})
}

// analyzeWork is the cost of analyzing a sentence in units of parallelRows'
// work (about one band cell).
const analyzeWork = 64

// parallelWork is the least work, in band cells, that is split among
// cores: below it (about 1000×1000 sentences) goroutines cost more than
// they save, and documents are aligned in parallel by the caller anyway.
const parallelWork = 1 << 16

// parallelRows calls fn on consecutive ranges [lo, hi) that cover [0, n),
// in one goroutine per core when work is at least parallelWork. Each call
// writes only what belongs to its own rows, so the result does not depend
// on the split: Align stays deterministic.
func parallelRows(n, work int, fn func(lo, hi int)) {
	k := min(runtime.GOMAXPROCS(0), n)
	if work < parallelWork || k < 2 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	for t := range k {
		wg.Go(func() { fn(n*t/k, n*(t+1)/k) })
	}
	wg.Wait()
}

func resize[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}

var zeroPair pair

func (a *aligner) pair(d, e int) *pair {
	if e < a.plo[d] || e >= a.phi[d] {
		return &zeroPair // unreachable for beads inside the band
	}
	return &a.pairs[a.poff[d]+e-a.plo[d]]
}

// step is one link of the best path: the bead ending at (i, j).
type step struct{ i, j, a, b int }

// dp finds the best monotone path inside the band of half-width w. It
// reports whether the path runs along an edge of the band that is not a
// document edge, in which case a wider band may find a better path.
func (a *aligner) dp(center []int, w int) ([]step, bool) {
	a.setBand(center, w)
	n, m := len(a.de), len(a.en)
	cells := a.off[n+1]
	score := make([]float64, cells)
	back := make([]uint8, cells)
	theta := a.m.theta
	base := 0 // the first cell whose merges a.mz holds
	for i := 0; i <= n; i++ {
		if i%mergeRows == 0 {
			a.setMerges(i, min(n+1, i+mergeRows))
			base = a.off[i]
		}
		for j := a.lo[i]; j <= a.hi[i]; j++ {
			c := a.off[i] + j - a.lo[i]
			if i == 0 && j == 0 {
				score[c] = 0
				continue
			}
			best, bk := math.Inf(-1), uint8(0)
			for k, bd := range beads {
				pi, pj := i-bd[0], j-bd[1]
				if pi < 0 || pj < 0 || pj < a.lo[pi] || pj > a.hi[pi] {
					continue
				}
				s := score[a.off[pi]+pj-a.lo[pi]]
				switch {
				case k == 0: // 1-1
					s += float64(a.pair(pi, pj).logit) - theta
				case k >= 3:
					z := a.mz[(c-base)*mergeBeads+k-3]
					if math.IsInf(z, -1) {
						continue // ruled out by its lengths
					}
					s += z - theta
				}
				if s > best {
					best, bk = s, uint8(k)
				}
			}
			score[c], back[c] = best, bk
		}
	}
	var path []step
	edge := false
	for i, j := n, m; i > 0 || j > 0; {
		bd := beads[back[a.off[i]+j-a.lo[i]]]
		path = append(path, step{i, j, bd[0], bd[1]})
		// Only a full link at the edge counts: unaligned stretches of two
		// unrelated texts wander anywhere, and widening would not help.
		full := bd[0] > 0 && bd[1] > 0
		if full && ((j-a.lo[i] < 2 && a.lo[i] > 0) || (a.hi[i]-j < 2 && a.hi[i] < m)) {
			edge = true
		}
		i, j = i-bd[0], j-bd[1]
	}
	for l, r := 0, len(path)-1; l < r; l, r = l+1, r-1 {
		path[l], path[r] = path[r], path[l]
	}
	// Widening pays only where there is an alignment to follow: with less
	// than a tenth of the sentences in links sharing a number or cognate,
	// the texts are unrelated.
	linked := 0
	for _, s := range path {
		anchored := false
		for d := s.i - s.a; d < s.i && s.b > 0; d++ {
			for e := s.j - s.b; e < s.j; e++ {
				if p := a.pair(d, e); p.key > 0 || p.num > 0 {
					anchored = true
				}
			}
		}
		if anchored {
			linked += s.a + s.b
		}
	}
	if 10*linked < n+m {
		edge = false
	}
	return path, edge
}

// docScore turns the number of sentences (both sides) in supported links,
// weighted by their scores, into the document score: the part of the
// sentences that can have a counterpart at all, which is at most the
// shorter side on each side. So the extra material of a long original does
// not count against an adapted, shortened translation. The prior (one 1-1
// link's worth) keeps a pair of one or two sentences from counting as wholly
// parallel on the evidence of a single chance link.
func docScore(covered float64, n, m int) float64 {
	if n == 0 || m == 0 {
		return 0
	}
	return min(1, covered/float64(2*min(n, m)+docScorePrior))
}

const docScorePrior = 2

// result turns the path into links with calibrated scores.
func (a *aligner) result(path []step, opt Options) Result {
	n, m := len(a.de), len(a.en)
	// Best 1-1 log-odds of each sentence in the band: how likely it is that
	// a sentence left unaligned had a counterpart after all.
	bestDE := make([]float64, n)
	bestEN := make([]float64, m)
	for k := range bestDE {
		bestDE[k] = math.Inf(-1)
	}
	for k := range bestEN {
		bestEN[k] = math.Inf(-1)
	}
	if path != nil {
		for d := 0; d < n; d++ {
			for e := a.plo[d]; e < a.phi[d]; e++ {
				z := float64(a.pairs[a.poff[d]+e-a.plo[d]].logit)
				bestDE[d] = max(bestDE[d], z)
				bestEN[e] = max(bestEN[e], z)
			}
		}
	}
	// Evidence of the chosen full links and the share of sentences in
	// supported links, which enters every link's calibrated score: a link
	// between two unrelated articles is not trusted however well it fits.
	ev := a.evidence(path)
	share := 0.0
	for k, s := range path {
		if ev[k].sup {
			share += float64(s.a + s.b)
		}
	}
	if n+m > 0 {
		share /= float64(n + m)
	}
	cal := func(z float64, sup bool) float64 {
		v := a.m.calA*z + a.m.calB + a.m.calD*share
		if sup {
			v += a.m.calS
		}
		return sigmoid(v)
	}
	var links []Link
	calNull := func(z float64) float64 {
		if math.IsInf(z, -1) {
			return 1
		}
		return sigmoid(a.m.nullA*z + a.m.nullB + a.m.nullD*share)
	}
	null := func(de bool, k int) {
		if de {
			links = append(links, Link{DE: []int{k}, EN: []int{}, Score: calNull(bestDE[k])})
		} else {
			links = append(links, Link{DE: []int{}, EN: []int{k}, Score: calNull(bestEN[k])})
		}
	}
	covered := 0.0
	for k, s := range path {
		i0, j0 := s.i-s.a, s.j-s.b
		p := 0.0
		if s.a > 0 && s.b > 0 {
			p = cal(ev[k].z, ev[k].sup)
		}
		if s.a == 0 || s.b == 0 || p < opt.MinScore {
			for k := i0; k < s.i; k++ {
				null(true, k)
			}
			for k := j0; k < s.j; k++ {
				null(false, k)
			}
			continue
		}
		links = append(links, Link{DE: seq(i0, s.i), EN: seq(j0, s.j), Score: p})
		if ev[k].sup {
			covered += p * float64(s.a+s.b)
		}
	}
	if path == nil {
		for k := 0; k < n; k++ {
			null(true, k)
		}
		for k := 0; k < m; k++ {
			null(false, k)
		}
	}
	r := Result{Links: links, Score: docScore(covered, n, m)}
	r.Parallel = r.Score >= ParallelThreshold
	return r
}

// linkEvidence is the log-odds of a chosen full link and whether it has
// evidence beyond length.
type linkEvidence struct {
	z   float64
	sup bool
}

func (a *aligner) evidence(path []step) []linkEvidence {
	ev := make([]linkEvidence, len(path))
	var x [nFeat]float64
	var df map[uint64]uint64
	for k, s := range path {
		if s.a == 0 || s.b == 0 {
			continue
		}
		i0, j0 := s.i-s.a, s.j-s.b
		a.features(&x, i0, s.i, j0, s.j)
		ev[k].z = dot(&a.m.w, &x)
		switch {
		case a.dict && x[fDictDE] >= 0.4 && x[fDictEN] >= 0.4:
			ev[k].sup = true
		case x[fNumShared] > 0 || x[fKeyShared] > 0:
			if df == nil {
				df = a.docFreq()
			}
			ev[k].sup = a.rareShared(i0, s.i, j0, s.j, df)
		}
	}
	return ev
}

// docFreq counts in how many sentences of each side an anchor occurs
// (German in the low 32 bits, English in the high).
func (a *aligner) docFreq() map[uint64]uint64 {
	df := map[uint64]uint64{}
	for i := range a.de {
		for _, k := range a.de[i].keys {
			df[k]++
		}
		for _, k := range a.de[i].nums {
			df[k^1]++
		}
	}
	for j := range a.en {
		for _, k := range a.en[j].keys {
			df[k] += 1 << 32
		}
		for _, k := range a.en[j].nums {
			df[k^1] += 1 << 32
		}
	}
	return df
}

// rareShared reports whether the bead's sides share an anchor that occurs
// in at most three sentences of each document: a topic word that runs
// through two unrelated articles ("Corona") is no evidence of translation.
func (a *aligner) rareShared(i0, i1, j0, j1 int, df map[uint64]uint64) bool {
	rare := func(k uint64) bool {
		c := df[k]
		return c&0xffffffff <= 3 && c>>32 <= 3
	}
	for d := i0; d < i1; d++ {
		for e := j0; e < j1; e++ {
			for _, k := range a.de[d].keys {
				if _, ok := slices.BinarySearch(a.en[e].keys, k); ok && rare(k) {
					return true
				}
			}
			for _, k := range a.de[d].nums {
				if _, ok := slices.BinarySearch(a.en[e].nums, k); ok && rare(k^1) {
					return true
				}
			}
		}
	}
	return false
}

func seq(from, to int) []int {
	s := make([]int, 0, to-from)
	for k := from; k < to; k++ {
		s = append(s, k)
	}
	return s
}
