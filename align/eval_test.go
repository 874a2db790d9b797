package align

import (
	"fmt"
	"os"
	"path"
	"sync"
	"testing"
)

const dictPath = "/usr/share/trans/de-en"

var loadDictOnce = sync.OnceValues(func() (*Dict, error) {
	f, err := os.Open(dictPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadDict(f)
})

// testDict returns the local Ding dictionary or skips the test.
func testDict(t testing.TB) *Dict {
	t.Helper()
	d, err := loadDictOnce()
	if err != nil {
		t.Skipf("no dictionary: %v", err)
	}
	return d
}

// setting names the subtest (plain, glossary, dict) in log lines.
func setting(t *testing.T) string { return fmt.Sprintf("%-8s", path.Base(t.Name())) }

var folders = []string{"parallel", "perturbed", "comparable", "long"}

func evalFolder(t testing.TB, folder string, opt Options) (all, held counts) {
	all, held = newCounts(), newCounts()
	for _, d := range loadDev(t, folder) {
		r := Align(d.de, d.en, opt)
		c := scoreLinks(d.gold, r.Links)
		all.add(c)
		if heldOut(d.name) {
			held.add(c)
		}
	}
	return all, held
}

func TestEval(t *testing.T) {
	// Floors sit a little below the figures measured with every setting
	// (plain, glossary, dictionary): strict F1, and null precision and
	// recall where the gold has null links.
	floors := map[string]float64{"parallel": 0.99, "perturbed": 0.985, "comparable": 0.86, "long": 0.975}
	nullFloors := map[string][2]float64{"perturbed": {0.85, 0.92}, "comparable": {0.70, 0.88}, "long": {0.75, 0.88}}
	run := func(t *testing.T, opt Options) {
		for _, f := range folders {
			all, held := evalFolder(t, f, opt)
			t.Logf("%s %-10s all      %v", setting(t), f, all)
			t.Logf("%s %-10s held-out %v", setting(t), f, held)
			if got := all.strictPRF().F; got < floors[f] {
				t.Errorf("%s: strict F1 %.4f below floor %.3f", f, got, floors[f])
			}
			if nf, ok := nullFloors[f]; ok {
				if got := all.nullPRF(); got.P < nf[0] || got.R < nf[1] {
					t.Errorf("%s: null P %.4f R %.4f below floors %.2f %.2f", f, got.P, got.R, nf[0], nf[1])
				}
			}
		}
	}
	t.Run("plain", func(t *testing.T) { run(t, Options{NoGlossary: true}) })
	t.Run("glossary", func(t *testing.T) { run(t, Options{}) })
	t.Run("dict", func(t *testing.T) { run(t, Options{Dict: testDict(t)}) })
}

// TestEvalDocScore checks the non-translation decision: every align-dev
// pair must be reported Parallel, and every pair of a German document with
// the English side of another document must not.
func TestEvalDocScore(t *testing.T) {
	run := func(t *testing.T, opt Options) {
		for _, f := range []string{"parallel", "perturbed", "comparable"} {
			docs := loadDev(t, f)
			minTrue, maxFalse := 1.0, 0.0
			missTrue, missFalse := 0, 0
			for k, d := range docs {
				r := Align(d.de, d.en, opt)
				minTrue = min(minTrue, r.Score)
				if !r.Parallel {
					missTrue++
					t.Logf("%s/%s: translation scored %.3f", f, d.name, r.Score)
				}
				// Half the folder away: comparable documents hold foreign sentences
				// of their next two neighbours.
				for _, off := range []int{len(docs) / 3, len(docs) / 2, 2 * len(docs) / 3} {
					o := docs[(k+off)%len(docs)]
					r = Align(d.de, o.en, opt)
					maxFalse = max(maxFalse, r.Score)
					if r.Parallel {
						missFalse++
						t.Logf("%s: %s German with %s English scored %.3f", f, d.name, o.name, r.Score)
					}
				}
			}
			t.Logf("%s %-10s translations: min score %.3f, %d/%d not parallel; unrelated pairs: max score %.3f, %d/%d parallel",
				setting(t), f, minTrue, missTrue, len(docs), maxFalse, missFalse, 3*len(docs))
			if missTrue > 0 || missFalse > 0 {
				t.Errorf("%s: %d translations and %d unrelated pairs misjudged at threshold %.2f", f, missTrue, missFalse, ParallelThreshold)
			}
		}
	}
	t.Run("plain", func(t *testing.T) { run(t, Options{NoGlossary: true}) })
	t.Run("glossary", func(t *testing.T) { run(t, Options{}) })
	t.Run("dict", func(t *testing.T) { run(t, Options{Dict: testDict(t)}) })
}

// TestEvalCalibration prints, per score bin, how many predicted full links
// are strictly correct, on the held-out documents of all folders.
func TestEvalCalibration(t *testing.T) {
	run := func(t *testing.T, opt Options) {
		var n, ok [10]int
		var nullN, nullOK [10]int
		for _, f := range folders {
			for _, d := range loadDev(t, f) {
				if !heldOut(d.name) {
					continue
				}
				gold := map[string]bool{}
				goldNull := map[string]bool{}
				for _, l := range d.gold {
					if l.Full() {
						gold[linkKey(l)] = true
					} else {
						goldNull[linkKey(l)] = true
					}
				}
				for _, l := range Align(d.de, d.en, opt).Links {
					b := min(9, int(l.Score*10))
					if l.Full() {
						n[b]++
						if gold[linkKey(l)] {
							ok[b]++
						}
						continue
					}
					nullN[b]++
					if goldNull[linkKey(l)] {
						nullOK[b]++
					}
				}
			}
		}
		for b := range n {
			t.Logf("%s score %.1f–%.1f: full links %4d correct %.3f | null links %4d correct %.3f",
				setting(t), float64(b)/10, float64(b+1)/10, n[b], ratio(ok[b], n[b]), nullN[b], ratio(nullOK[b], nullN[b]))
		}
	}
	t.Run("plain", func(t *testing.T) { run(t, Options{NoGlossary: true}) })
	t.Run("glossary", func(t *testing.T) { run(t, Options{}) })
	t.Run("dict", func(t *testing.T) { run(t, Options{Dict: testDict(t)}) })
}

// TestEvalMoved reports what the aligner does with the comparable/ gold
// links that cross others (the moved blocks): a monotone aligner can only
// leave them unaligned or link them wrongly.
func TestEvalMoved(t *testing.T) {
	run := func(t *testing.T, opt Options) {
		crossing, unaligned, right, wrong := 0, 0, 0, 0
		for _, d := range loadDev(t, "comparable") {
			var full []Link
			for _, g := range d.gold {
				if g.Full() {
					full = append(full, g)
				}
			}
			predDE := map[int]Link{}
			for _, l := range Align(d.de, d.en, opt).Links {
				for _, i := range l.DE {
					predDE[i] = l
				}
			}
			for _, g := range full {
				// A moved link crosses more links than the three of a moved
				// block; the links it jumped over cross at most three.
				crosses := 0
				for _, h := range full {
					if (g.DE[0] < h.DE[0]) != (g.EN[0] < h.EN[0]) {
						crosses++
					}
				}
				if crosses <= 3 {
					continue
				}
				crossing++
				p := predDE[g.DE[0]]
				switch {
				case !p.Full():
					unaligned++
				case linkKey(p) == linkKey(g):
					right++
				default:
					wrong++
				}
			}
		}
		t.Logf("%s comparable moved gold links %d: German side left unaligned %d, linked right %d, linked wrongly %d",
			setting(t), crossing, unaligned, right, wrong)
	}
	t.Run("plain", func(t *testing.T) { run(t, Options{NoGlossary: true}) })
	t.Run("glossary", func(t *testing.T) { run(t, Options{}) })
	t.Run("dict", func(t *testing.T) { run(t, Options{Dict: testDict(t)}) })
}
