package align

import (
	"slices"
	"sort"
)

// anchorCenter returns, for each German row 0..n, the English position the
// search band is centred on. It links sentences that share rare anchors
// (numbers, names, cognates found in at most two sentences of each side),
// keeps the longest chain of such links that never crosses, and interpolates
// linearly between them (and the document corners). On documents without
// rare anchors this is the diagonal.
func anchorCenter(de, en []sent) []int {
	n, m := len(de), len(en)
	// Rarity is judged in overlapping windows along the diagonal, so that a
	// name recurring through a long document still anchors each passage.
	const window, margin = 400, 150
	set := map[cand]bool{}
	// Anchors rare in the whole documents find passages far off the
	// diagonal (a long block present on one side only).
	for _, c := range rareLinks(de, en) {
		set[c] = true
	}
	for s := 0; s < n; s += window / 2 {
		t := min(n, s+window)
		e0 := max(0, s*m/n-margin)
		e1 := min(m, t*m/n+margin)
		for _, c := range rareLinks(de[s:t], en[e0:e1]) {
			set[cand{c.i + int32(s), c.j + int32(e0)}] = true
		}
		if t == n {
			break
		}
	}
	cs := make([]cand, 0, len(set))
	for c := range set {
		cs = append(cs, c)
	}
	slices.SortFunc(cs, func(a, b cand) int {
		if a.i != b.i {
			return int(a.i - b.i)
		}
		return int(a.j - b.j)
	})
	chain := longestChain(cs)
	// Interpolate between the corners and the anchors. An anchor (i, j)
	// means German sentence i starts near English sentence j.
	pts := make([]cand, 0, len(chain)+2)
	pts = append(pts, cand{0, 0})
	pts = append(pts, chain...)
	pts = append(pts, cand{int32(n), int32(m)})
	center := make([]int, n+1)
	for k := 0; k+1 < len(pts); k++ {
		a, b := pts[k], pts[k+1]
		for i := a.i; i <= b.i; i++ {
			if b.i == a.i {
				center[i] = int(a.j)
				continue
			}
			center[i] = int(a.j) + int(int64(i-a.i)*int64(b.j-a.j)/int64(b.i-a.i))
		}
	}
	return center
}

type cand struct{ i, j int32 }

// rareLinks returns sentence pairs sharing at least two rare anchors (or
// one anchor found exactly once on each side).
func rareLinks(de, en []sent) []cand {
	type occ struct{ de, en []int32 }
	idx := map[uint64]*occ{}
	add := func(k uint64, i int, isEN bool) {
		o := idx[k]
		if o == nil {
			o = &occ{}
			idx[k] = o
		}
		if isEN {
			if len(o.en) <= 2 && (len(o.en) == 0 || o.en[len(o.en)-1] != int32(i)) {
				o.en = append(o.en, int32(i))
			}
		} else if len(o.de) <= 2 && (len(o.de) == 0 || o.de[len(o.de)-1] != int32(i)) {
			o.de = append(o.de, int32(i))
		}
	}
	for i := range de {
		for _, k := range de[i].keys {
			add(k, i, false)
		}
		for _, k := range de[i].nums {
			add(k^1, i, false)
		}
	}
	for j := range en {
		for _, k := range en[j].keys {
			add(k, j, true)
		}
		for _, k := range en[j].nums {
			add(k^1, j, true)
		}
	}
	// Count shared rare anchors per sentence pair.
	count := map[cand]int{}
	for _, o := range idx {
		if len(o.de) == 0 || len(o.en) == 0 || len(o.de) > 2 || len(o.en) > 2 {
			continue
		}
		w := 1
		if len(o.de) == 1 && len(o.en) == 1 {
			w = 2
		}
		for _, i := range o.de {
			for _, j := range o.en {
				count[cand{i, j}] += w
			}
		}
	}
	var cs []cand
	for c, w := range count {
		if w >= 2 {
			cs = append(cs, c)
		}
	}
	return cs
}

// longestChain returns the longest chain of candidates increasing in both i
// and j (patience sorting; equal i sorted by descending j so that one row
// contributes at most one link). Ties are broken deterministically.
func longestChain(cs []cand) []cand {
	slices.SortFunc(cs, func(a, b cand) int {
		if a.i != b.i {
			return int(a.i - b.i)
		}
		return int(b.j - a.j)
	})
	var tails []int // index into cs of the chain end with the smallest j per length
	prev := make([]int, len(cs))
	for k, c := range cs {
		p := sort.Search(len(tails), func(t int) bool { return cs[tails[t]].j >= c.j })
		prev[k] = -1
		if p > 0 {
			prev[k] = tails[p-1]
		}
		if p == len(tails) {
			tails = append(tails, k)
		} else {
			tails[p] = k
		}
	}
	var chain []cand
	if len(tails) > 0 {
		for k := tails[len(tails)-1]; k >= 0; k = prev[k] {
			chain = append(chain, cs[k])
		}
	}
	slices.Reverse(chain)
	return chain
}
