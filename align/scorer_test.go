package align

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// counts are the numerators and denominators of align-dev's scoring rules
// (README "How to score"), summed over documents for micro-averaging.
type counts struct {
	strict, laxP, laxR    int // correct predicted full links (strict, lax); gold found (lax)
	strictR               int // gold full links found exactly
	predFull, goldFull    int
	nullBoth              int // null items unaligned in both
	nullPred, nullGold    int
	predAll               int // all predicted links (published convention)
	goldType, goldTypeHit map[string]int
	predType              map[string]int
}

func newCounts() counts {
	return counts{goldType: map[string]int{}, goldTypeHit: map[string]int{}, predType: map[string]int{}}
}

func (c *counts) add(o counts) {
	c.strict += o.strict
	c.laxP += o.laxP
	c.laxR += o.laxR
	c.strictR += o.strictR
	c.predFull += o.predFull
	c.goldFull += o.goldFull
	c.nullBoth += o.nullBoth
	c.nullPred += o.nullPred
	c.nullGold += o.nullGold
	c.predAll += o.predAll
	for k, v := range o.goldType {
		c.goldType[k] += v
	}
	for k, v := range o.goldTypeHit {
		c.goldTypeHit[k] += v
	}
	for k, v := range o.predType {
		c.predType[k] += v
	}
}

func linkKey(l Link) string {
	return fmt.Sprint(l.DE) + ":" + fmt.Sprint(l.EN)
}

func shares(a, b Link) bool {
	return slices.ContainsFunc(a.DE, func(x int) bool { return slices.Contains(b.DE, x) }) &&
		slices.ContainsFunc(a.EN, func(x int) bool { return slices.Contains(b.EN, x) })
}

// scoreLinks scores one document's predicted links against its gold links.
func scoreLinks(gold, pred []Link) counts {
	c := newCounts()
	goldFull := map[string]bool{}
	predFull := map[string]bool{}
	type item struct {
		de bool
		id int
	}
	goldNull, predNull := map[item]bool{}, map[item]bool{}
	for _, l := range gold {
		c.goldType[l.Type()]++
		if l.Full() {
			c.goldFull++
			goldFull[linkKey(l)] = true
			continue
		}
		for _, d := range l.DE {
			goldNull[item{true, d}] = true
		}
		for _, e := range l.EN {
			goldNull[item{false, e}] = true
		}
	}
	c.predAll = len(pred)
	for _, l := range pred {
		c.predType[l.Type()]++
		if l.Full() {
			c.predFull++
			predFull[linkKey(l)] = true
			if goldFull[linkKey(l)] {
				c.strict++
			}
			if slices.ContainsFunc(gold, func(g Link) bool { return g.Full() && shares(g, l) }) {
				c.laxP++
			}
			continue
		}
		for _, d := range l.DE {
			predNull[item{true, d}] = true
		}
		for _, e := range l.EN {
			predNull[item{false, e}] = true
		}
	}
	for _, g := range gold {
		if !g.Full() {
			continue
		}
		if predFull[linkKey(g)] {
			c.strictR++
			c.goldTypeHit[g.Type()]++
		}
		if slices.ContainsFunc(pred, func(l Link) bool { return l.Full() && shares(g, l) }) {
			c.laxR++
		}
	}
	c.nullGold, c.nullPred = len(goldNull), len(predNull)
	for it := range predNull {
		if goldNull[it] {
			c.nullBoth++
		}
	}
	return c
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

type prf struct{ P, R, F float64 }

func (c counts) strictPRF() prf {
	p, r := ratio(c.strict, c.predFull), ratio(c.strictR, c.goldFull)
	return prf{p, r, f1(p, r)}
}
func (c counts) laxPRF() prf {
	p, r := ratio(c.laxP, c.predFull), ratio(c.laxR, c.goldFull)
	return prf{p, r, f1(p, r)}
}
func (c counts) nullPRF() prf {
	p, r := ratio(c.nullBoth, c.nullPred), ratio(c.nullBoth, c.nullGold)
	return prf{p, r, f1(p, r)}
}

// publishedPRF uses the Bleualign/vecalign convention: every predicted link
// is in the precision denominator.
func (c counts) publishedPRF(lax bool) prf {
	num := c.strict
	rn := c.strictR
	if lax {
		num, rn = c.laxP, c.laxR
	}
	p, r := ratio(num, c.predAll), ratio(rn, c.goldFull)
	return prf{p, r, f1(p, r)}
}

func (c counts) String() string {
	s, l, nl := c.strictPRF(), c.laxPRF(), c.nullPRF()
	var b strings.Builder
	fmt.Fprintf(&b, "strict P %.4f R %.4f F1 %.4f | lax P %.4f R %.4f F1 %.4f | null P %.4f R %.4f (pred %d gold %d)\n",
		s.P, s.R, s.F, l.P, l.R, l.F, nl.P, nl.R, c.nullPred, c.nullGold)
	b.WriteString("    strict recall by gold type:")
	for _, k := range slices.Sorted(maps.Keys(c.goldType)) {
		if k == "1-0" || k == "0-1" {
			continue
		}
		fmt.Fprintf(&b, " %s %d/%d=%.3f", k, c.goldTypeHit[k], c.goldType[k], ratio(c.goldTypeHit[k], c.goldType[k]))
	}
	b.WriteString("\n    predicted types:")
	for _, k := range slices.Sorted(maps.Keys(c.predType)) {
		fmt.Fprintf(&b, " %s:%d", k, c.predType[k])
	}
	return b.String()
}

func parseLinks(t testing.TB, text string) []Link {
	t.Helper()
	var ls []Link
	for line := range strings.SplitSeq(strings.TrimSpace(text), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		l, err := ParseLink(line)
		if err != nil {
			t.Fatal(err)
		}
		ls = append(ls, l)
	}
	return ls
}

func TestScorerWorkedExample(t *testing.T) {
	gold := parseLinks(t, "[0]:[0]\n[1]:[1, 2]\n[2, 3]:[3]\n[4]:[]\n[]:[4]")
	pred := parseLinks(t, "[0]:[0]\n[1]:[1]\n[]:[2]\n[2]:[3]\n[3]:[]\n[4]:[4]")
	c := scoreLinks(gold, pred)
	near := func(name string, got, want float64) {
		t.Helper()
		if d := got - want; d > 5e-5 || d < -5e-5 {
			t.Errorf("%s = %.4f, want %.4f", name, got, want)
		}
	}
	s, l, nl := c.strictPRF(), c.laxPRF(), c.nullPRF()
	near("strict P", s.P, 0.25)
	near("strict R", s.R, 1.0/3)
	near("strict F1", s.F, 0.2857)
	near("lax P", l.P, 0.75)
	near("lax R", l.R, 1)
	near("lax F1", l.F, 0.8571)
	near("null P", nl.P, 0)
	near("null R", nl.R, 0)
	near("null F1", nl.F, 0)
	ps, pl := c.publishedPRF(false), c.publishedPRF(true)
	near("published strict P", ps.P, 0.1667)
	near("published strict F1", ps.F, 0.2222)
	near("published lax P", pl.P, 0.5)
	near("published lax F1", pl.F, 0.6667)

	self := scoreLinks(gold, gold)
	for name, v := range map[string]prf{"strict": self.strictPRF(), "lax": self.laxPRF(), "null": self.nullPRF()} {
		if v != (prf{1, 1, 1}) {
			t.Errorf("gold vs gold %s = %+v, want all 1", name, v)
		}
	}
}

// devDir is align-dev relative to the package directory.
const devDir = "../../shared/data/align-dev"

type devDoc struct {
	folder string
	name   string
	de, en []string
	gold   []Link
}

func readLines(t testing.TB, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.TrimSuffix(string(b), "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// loadDev reads one align-dev folder, skipping the test when it is absent.
func loadDev(t testing.TB, folder string) []devDoc {
	t.Helper()
	golds, _ := filepath.Glob(filepath.Join(devDir, folder, "*.gold"))
	if len(golds) == 0 {
		t.Skipf("align-dev data not found at %s", devDir)
	}
	slices.Sort(golds)
	var docs []devDoc
	for _, g := range golds {
		base := strings.TrimSuffix(g, ".gold")
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, devDoc{
			folder: folder,
			name:   filepath.Base(base),
			de:     readLines(t, base+".de"),
			en:     readLines(t, base+".en"),
			gold:   parseLinks(t, string(b)),
		})
	}
	return docs
}

// heldOut reports whether a document is in the evaluation half: weights are
// fitted on documents with an even number (nt21deen-02, -08, …) and long/
// is never used for fitting.
func heldOut(name string) bool {
	if !strings.HasPrefix(name, "nt21deen-") {
		return true
	}
	n := atoi(strings.TrimPrefix(name, "nt21deen-"))
	return n%2 == 1
}
