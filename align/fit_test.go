package align

import (
	"flag"
	"fmt"
	"math"
	"strings"
	"testing"
)

// go test -run Fit -fit -v ./align fits the logistic bead model, the DP
// threshold and the score calibration on the even-numbered documents of
// align-dev (parallel/, perturbed/, comparable/) and prints weights.go
// values. long/ and the odd-numbered documents are never used here.
var (
	fitFlag = flag.Bool("fit", false, "fit the model on align-dev and print the weights")
	fitOnly = flag.String("fitonly", "", "fit only the named model (modelPlain, modelGlossary, modelDict)")
)

type example struct {
	x [nFeat]float64
	y float64
}

// trainDocs returns the fitting half of align-dev.
func trainDocs(t *testing.T) []devDoc {
	var docs []devDoc
	for _, f := range []string{"parallel", "perturbed", "comparable"} {
		for _, d := range loadDev(t, f) {
			if !heldOut(d.name) {
				docs = append(docs, d)
			}
		}
	}
	return docs
}

// examples builds positive beads (gold full links) and hard negatives:
// every other bead shape starting within two sentences of a gold link, plus
// random 1-1 pairs far from the gold path.
func examples(docs []devDoc, d *Dict) []example {
	var ex []example
	rng := uint64(7)
	next := func(n int) int {
		rng = rng*6364136223846793005 + 1442695040888963407
		return int((rng >> 33) % uint64(n))
	}
	for _, doc := range docs {
		a := newTestAligner(doc.de, doc.en, d)
		n, m := len(a.de), len(a.en)
		if n == 0 || m == 0 {
			continue
		}
		a.sd, a.se = makeSums(a.de), makeSums(a.en)
		a.setBand(make([]int, n+1), max(n, m))
		gold := map[[4]int]bool{}
		for _, l := range doc.gold {
			if l.Full() {
				gold[[4]int{l.DE[0], l.DE[len(l.DE)-1] + 1, l.EN[0], l.EN[len(l.EN)-1] + 1}] = true
			}
		}
		seen := map[[4]int]bool{}
		add := func(k [4]int) {
			if seen[k] || k[0] < 0 || k[2] < 0 || k[1] > n || k[3] > m {
				return
			}
			seen[k] = true
			var e example
			a.features(&e.x, k[0], k[1], k[2], k[3])
			if gold[k] {
				e.y = 1
			}
			ex = append(ex, e)
		}
		for g := range gold {
			for di := -2; di <= 2; di++ {
				for dj := -2; dj <= 2; dj++ {
					for _, bd := range beads {
						if bd[0] == 0 || bd[1] == 0 {
							continue
						}
						add([4]int{g[0] + di, g[0] + di + bd[0], g[2] + dj, g[2] + dj + bd[1]})
					}
				}
			}
		}
		for i := 0; i < n; i++ {
			for r := 0; r < 3; r++ {
				j := next(m)
				add([4]int{i, i + 1, j, j + 1})
			}
		}
	}
	return ex
}

func newTestAligner(de, en []string, d *Dict) *aligner {
	a := &aligner{de: make([]sent, len(de)), en: make([]sent, len(en)), m: &modelPlain, dict: d != nil}
	switch {
	case d == builtinGlossary():
		a.m = &modelGlossary
	case d != nil:
		a.m = &modelDict
	}
	for i, s := range de {
		a.de[i] = analyze(s, false, d)
	}
	for j, s := range en {
		a.en[j] = analyze(s, true, d)
	}
	return a
}

// fitLogistic fits weights by Newton's method with an L2 penalty lambda
// (the bias is not penalized). Features listed in zero stay at 0.
func fitLogistic(ex []example, lambda float64, zero []int) [nFeat]float64 {
	var w [nFeat]float64
	fixed := map[int]bool{}
	for _, k := range zero {
		fixed[k] = true
	}
	for it := 0; it < 30; it++ {
		var g [nFeat]float64
		var h [nFeat][nFeat]float64
		for _, e := range ex {
			p := sigmoid(dot(&w, &e.x))
			for a := range nFeat {
				g[a] += (e.y - p) * e.x[a]
				for b := range nFeat {
					h[a][b] += p * (1 - p) * e.x[a] * e.x[b]
				}
			}
		}
		for a := 1; a < nFeat; a++ {
			g[a] -= lambda * w[a]
			h[a][a] += lambda
		}
		for a := range nFeat {
			if fixed[a] {
				g[a] = 0
				for b := range nFeat {
					h[a][b], h[b][a] = 0, 0
				}
				h[a][a] = 1
			}
		}
		step := solve(h, g)
		norm := 0.0
		for a := range w {
			w[a] += step[a]
			norm += step[a] * step[a]
		}
		if norm < 1e-12 {
			break
		}
	}
	return w
}

// solve solves h·x = g by Gaussian elimination with partial pivoting.
func solve(h [nFeat][nFeat]float64, g [nFeat]float64) [nFeat]float64 {
	for c := range nFeat {
		p := c
		for r := c + 1; r < nFeat; r++ {
			if math.Abs(h[r][c]) > math.Abs(h[p][c]) {
				p = r
			}
		}
		h[c], h[p] = h[p], h[c]
		g[c], g[p] = g[p], g[c]
		for r := c + 1; r < nFeat; r++ {
			f := h[r][c] / h[c][c]
			for k := c; k < nFeat; k++ {
				h[r][k] -= f * h[c][k]
			}
			g[r] -= f * g[c]
		}
	}
	var x [nFeat]float64
	for c := nFeat - 1; c >= 0; c-- {
		s := g[c]
		for k := c + 1; k < nFeat; k++ {
			s -= h[c][k] * x[k]
		}
		x[c] = s / h[c][c]
	}
	return x
}

// fitDoc is a training document with its sentences analyzed once.
type fitDoc struct {
	folder string
	de, en []sent
	gold   []Link
}

func analyzeDocs(docs []devDoc, d *Dict) []fitDoc {
	var out []fitDoc
	for k, doc := range docs {
		a := newTestAligner(doc.de, doc.en, d)
		out = append(out, fitDoc{folder: docs[k].folder, de: a.de, en: a.en, gold: doc.gold})
	}
	return out
}

func (f *fitDoc) align(m *model, dict bool) Result {
	a := aligner{de: f.de, en: f.en, m: m, dict: dict}
	return a.run(Options{})
}

// objective is the mean over folders of the micro strict F1, plus a tenth of
// the null F1 so that the unaligned sentences are not neglected.
func objective(docs []fitDoc, m *model, dict bool) float64 {
	byFolder := map[string]counts{}
	for k := range docs {
		r := docs[k].align(m, dict)
		c, ok := byFolder[docs[k].folder]
		if !ok {
			c = newCounts()
		}
		c.add(scoreLinks(docs[k].gold, r.Links))
		byFolder[docs[k].folder] = c
	}
	s := 0.0
	for _, c := range byFolder {
		s += c.strictPRF().F + 0.1*c.nullPRF().F
	}
	return s / float64(len(byFolder))
}

// ascend improves the weights by coordinate ascent on the objective, which
// is what the aligner is judged by; the logistic fit only starts it.
func ascend(t *testing.T, docs []fitDoc, m model, dict bool, skip map[int]bool) model {
	best := objective(docs, &m, dict)
	step := 0.5
	for round := 0; round < 6 && step > 0.05; round++ {
		improved := false
		for k := range nFeat {
			if skip[k] {
				continue
			}
			for _, dir := range []float64{1, -1} {
				for {
					c := m
					c.w[k] += dir * step * max(0.5, math.Abs(m.w[k]))
					f := objective(docs, &c, dict)
					if f <= best+1e-9 {
						break
					}
					best, m, improved = f, c, true
				}
			}
		}
		t.Logf("round %d step %.3g objective %.4f", round, step, best)
		if !improved {
			step /= 2
		}
	}
	return m
}

func TestFit(t *testing.T) {
	if !*fitFlag {
		t.Skip("run with -fit")
	}
	raw := trainDocs(t)
	for _, kind := range fitKinds() {
		if *fitOnly != "" && kind.name != *fitOnly {
			continue
		}
		d, name, start := kind.dict, kind.name, *kind.m
		var zero []int
		var skip map[int]bool
		if d == nil {
			zero = []int{fDictDE, fDictEN}
			skip = map[int]bool{fDictDE: true, fDictEN: true}
		}
		docs := analyzeDocs(raw, d)
		ex := examples(raw, d)
		lr := model{w: fitLogistic(ex, 1, zero), calA: 1}
		// The logistic fit sees hard negatives, so its bias is too low for
		// the DP; shift it to the best value before comparing starts.
		bestB, best := lr.w[fBias], -1.0
		for b := lr.w[fBias] - 2; b <= lr.w[fBias]+8; b += 0.5 {
			c := lr
			c.w[fBias] = b
			if f := objective(docs, &c, d != nil); f > best {
				best, bestB = f, b
			}
		}
		lr.w[fBias] = bestB
		cur := objective(docs, &start, d != nil)
		t.Logf("%s: logistic start %.4f, current weights %.4f", name, best, cur)
		m := lr
		if cur > best {
			m = start
		}
		m.theta = 0
		m = ascend(t, docs, m, d != nil, skip)
		var b strings.Builder
		fmt.Fprintf(&b, "var %s = model{\n\tw: [nFeat]float64{", name)
		for k, v := range m.w {
			if k > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%.4g", v)
		}
		b.WriteString("},\n")
		t.Logf("train objective %.4f\n%s", objective(docs, &m, d != nil), b.String())
	}
}

type fitKind struct {
	name string
	dict *Dict
	m    *model
}

// fitKinds lists the three models: no lexical evidence, the built-in
// glossary, and the local dictionary (when installed).
func fitKinds() []fitKind {
	ks := []fitKind{{"modelPlain", nil, &modelPlain}, {"modelGlossary", builtinGlossary(), &modelGlossary}}
	if d, err := loadDictOnce(); err == nil {
		ks = append(ks, fitKind{"modelDict", d, &modelDict})
	}
	return ks
}

// TestFitCalibration fits the link-score calibration (calA, calB, calS,
// calD) on the fitting documents and on pairs of unrelated fitting
// documents, whose links are all wrong.
func TestFitCalibration(t *testing.T) {
	if !*fitFlag {
		t.Skip("run with -fit")
	}
	var raw []devDoc
	for _, f := range []string{"parallel", "perturbed", "comparable"} {
		docs := loadDev(t, f)
		for k, d := range docs {
			if heldOut(d.name) {
				continue
			}
			raw = append(raw, d)
			o := docs[(k+len(docs)/2)%len(docs)]
			if !heldOut(o.name) {
				raw = append(raw, devDoc{folder: f, name: d.name + "+" + o.name, de: d.de, en: o.en})
			}
		}
	}
	for _, kind := range fitKinds() {
		d, m, withDict := kind.dict, *kind.m, kind.name
		var ex, nex []example
		for _, doc := range raw {
			a := newTestAligner(doc.de, doc.en, d)
			mm := m
			mm.nullA, mm.nullB, mm.nullD = 1, 0, 0
			a.m = &mm
			path := a.search(Options{})
			ev := a.evidence(path)
			share := 0.0
			for k, s := range path {
				if ev[k].sup {
					share += float64(s.a + s.b)
				}
			}
			share /= float64(len(doc.de) + len(doc.en))
			gold := map[string]bool{}
			for _, l := range doc.gold {
				gold[linkKey(l)] = true
			}
			r := a.result(path, Options{})
			for _, l := range r.Links {
				if l.Full() {
					continue
				}
				// With nullA=1, nullB=nullD=0 the score is sigmoid(z).
				var e example
				e.x[0], e.x[1], e.x[3] = 1, math.Log(l.Score/(1-l.Score)), share
				if math.IsInf(e.x[1], 0) || math.IsNaN(e.x[1]) {
					continue
				}
				if gold[linkKey(l)] || doc.gold == nil {
					e.y = 1
				}
				nex = append(nex, e)
			}
			for k, s := range path {
				if s.a == 0 || s.b == 0 {
					continue
				}
				l := Link{DE: seq(s.i-s.a, s.i), EN: seq(s.j-s.b, s.j)}
				var e example
				e.x[0], e.x[1], e.x[3] = 1, ev[k].z, share
				if ev[k].sup {
					e.x[2] = 1
				}
				if gold[linkKey(l)] {
					e.y = 1
				}
				ex = append(ex, e)
			}
		}
		w := fitLogistic(ex, 0.01, []int{4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14})
		nw := fitLogistic(nex, 0.01, []int{2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14})
		t.Logf("%s: %d null links: nullA: %.4g, nullB: %.4g, nullD: %.4g", withDict, len(nex), nw[1], nw[0], nw[3])
		t.Logf("%s: %d links: calA: %.4g, calB: %.4g, calS: %.4g, calD: %.4g", withDict, len(ex), w[1], w[0], w[2], w[3])
	}
}
