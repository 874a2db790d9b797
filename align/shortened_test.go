package align

import (
	"testing"
)

// shortened returns d with only the German sentences of the gold 1-1 (and
// 1-n) links whose index k passes keep: an adapted, shortened German
// version of a long English article. The English side is unchanged; the
// gold turns the dropped links into 0-1 links.
func shortened(d devDoc, keep func(k int) bool) devDoc {
	s := devDoc{folder: d.folder, name: d.name, en: d.en}
	deID := map[int]int{}
	for k, l := range d.gold {
		if len(l.DE) == 1 && len(l.EN) > 0 && keep(k) {
			deID[l.DE[0]] = len(s.de)
			s.de = append(s.de, d.de[l.DE[0]])
		}
	}
	for _, l := range d.gold {
		if len(l.DE) == 1 && len(l.EN) > 0 {
			if id, ok := deID[l.DE[0]]; ok {
				s.gold = append(s.gold, Link{DE: []int{id}, EN: l.EN})
				continue
			}
		}
		for _, e := range l.EN {
			s.gold = append(s.gold, Link{DE: []int{}, EN: []int{e}})
		}
	}
	return s
}

// shortenings are the German adaptations of TestEvalShortened: every
// second, third or fifth sentence kept, or only the first four, two or
// one (a teaser).
var shortenings = []struct {
	name string
	keep func(k int) bool
}{
	{"whole", func(int) bool { return true }},
	{"every 2nd", func(k int) bool { return k%2 == 0 }},
	{"every 3rd", func(k int) bool { return k%3 == 0 }},
	{"every 5th", func(k int) bool { return k%5 == 0 }},
	{"lead 4", func(k int) bool { return k < 4 }},
	{"lead 2", func(k int) bool { return k < 2 }},
	{"lead 1", func(k int) bool { return k < 1 }},
}

// TestEvalShortened aligns shortened German versions of the parallel/
// documents with their whole English originals (adapted, shortened
// translations), and with the English of every other document (not
// translations). It reports link quality, how many true pairs are
// reported not parallel, how many good links keep a score of at least 0.5
// (what TMX keeps), and how many unrelated pairs are reported parallel.
func TestEvalShortened(t *testing.T) {
	docs := loadDev(t, "parallel")
	// Floors, a little below the figures measured with every setting: at most
	// this many of the 39 translations reported not parallel, and of the
	// 1482 unrelated pairs reported parallel.
	maxMissed := map[string]int{"whole": 0, "every 2nd": 0, "every 3rd": 2, "every 5th": 2, "lead 4": 4, "lead 2": 10, "lead 1": 39}
	maxFalse := map[string]int{"whole": 0, "every 2nd": 2, "every 3rd": 4, "every 5th": 4, "lead 4": 8, "lead 2": 8, "lead 1": 8}
	run := func(t *testing.T, opt Options) {
		for _, v := range shortenings {
			c := newCounts()
			minTrue, missed, n := 1.0, 0, 0
			good, goodKept := 0, 0
			maxUnrel, falsePar, unrel, wrongKept := 0.0, 0, 0, 0
			for i, d := range docs {
				s := shortened(d, v.keep)
				if len(s.de) == 0 {
					continue
				}
				n++
				r := Align(s.de, s.en, opt)
				c.add(scoreLinks(s.gold, r.Links))
				minTrue = min(minTrue, r.Score)
				if !r.Parallel {
					missed++
				}
				gold := map[string]bool{}
				for _, l := range s.gold {
					gold[linkKey(l)] = true
				}
				for _, l := range r.Links {
					if l.Full() && gold[linkKey(l)] {
						good++
						if l.Score >= 0.5 {
							goodKept++
						}
					}
				}
				for j, o := range docs {
					if j == i {
						continue
					}
					r := Align(s.de, o.en, opt)
					unrel++
					maxUnrel = max(maxUnrel, r.Score)
					if r.Parallel {
						falsePar++
					}
					for _, l := range r.Links {
						if l.Full() && l.Score >= 0.5 {
							wrongKept++
						}
					}
				}
			}
			t.Logf("%s %-9s %v\n            translations: min doc score %.3f, %d/%d not parallel; good links scoring ≥ 0.5: %d/%d"+
				"\n            unrelated: max doc score %.3f, %d/%d parallel; links scoring ≥ 0.5: %d",
				setting(t), v.name, c, minTrue, missed, n, goodKept, good, maxUnrel, falsePar, unrel, wrongKept)
			if missed > maxMissed[v.name] || falsePar > maxFalse[v.name] {
				t.Errorf("%s: %d translations reported not parallel (floor %d), %d unrelated pairs parallel (floor %d)",
					v.name, missed, maxMissed[v.name], falsePar, maxFalse[v.name])
			}
		}
	}
	t.Run("plain", func(t *testing.T) { run(t, Options{NoGlossary: true}) })
	t.Run("glossary", func(t *testing.T) { run(t, Options{}) })
	t.Run("dict", func(t *testing.T) { run(t, Options{Dict: testDict(t)}) })
}
