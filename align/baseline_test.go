package align

import (
	"math"
	"testing"
	"unicode/utf8"
)

// galeChurch is the classic length-only aligner (Gale & Church 1993) with
// its published priors and variance, German characters scaled by lenRatio.
// It is the baseline TestEvalBaseline compares Align with.
func galeChurch(de, en []string) []Link {
	n, m := len(de), len(en)
	ld := make([]int, n+1)
	le := make([]int, m+1)
	for i, s := range de {
		ld[i+1] = ld[i] + utf8.RuneCountInString(s)
	}
	for j, s := range en {
		le[j+1] = le[j] + utf8.RuneCountInString(s)
	}
	type bead struct {
		a, b  int
		prior float64
	}
	bs := []bead{{1, 1, 0.89}, {1, 0, 0.0099 / 2}, {0, 1, 0.0099 / 2}, {2, 1, 0.089 / 2}, {1, 2, 0.089 / 2}, {2, 2, 0.011}}
	cost := func(l1, l2 int) float64 {
		if l1 == 0 && l2 == 0 {
			return 0
		}
		mean := (float64(l1)*lenRatio + float64(l2)) / 2
		d := (float64(l2) - float64(l1)*lenRatio) / math.Sqrt(6.8*mean+1e-9)
		p := 2 * (1 - 0.5*(1+math.Erf(math.Abs(d)/math.Sqrt2)))
		return -math.Log(max(p, 1e-300))
	}
	inf := math.Inf(1)
	dp := make([][]float64, n+1)
	bk := make([][]int8, n+1)
	for i := range dp {
		dp[i] = make([]float64, m+1)
		bk[i] = make([]int8, m+1)
		for j := range dp[i] {
			dp[i][j] = inf
		}
	}
	dp[0][0] = 0
	for i := 0; i <= n; i++ {
		for j := 0; j <= m; j++ {
			for k, b := range bs {
				pi, pj := i-b.a, j-b.b
				if pi < 0 || pj < 0 || dp[pi][pj] == inf {
					continue
				}
				c := dp[pi][pj] - math.Log(b.prior) + cost(ld[i]-ld[pi], le[j]-le[pj])
				if c < dp[i][j] {
					dp[i][j], bk[i][j] = c, int8(k)
				}
			}
		}
	}
	var links []Link
	for i, j := n, m; i > 0 || j > 0; {
		b := bs[bk[i][j]]
		links = append(links, Link{DE: seq(i-b.a, i), EN: seq(j-b.b, j)})
		i, j = i-b.a, j-b.b
	}
	for l, r := 0, len(links)-1; l < r; l, r = l+1, r-1 {
		links[l], links[r] = links[r], links[l]
	}
	return links
}

func TestEvalBaseline(t *testing.T) {
	for _, f := range folders {
		all := newCounts()
		for _, d := range loadDev(t, f) {
			all.add(scoreLinks(d.gold, galeChurch(d.de, d.en)))
		}
		t.Logf("%-10s Gale–Church %v", f, all)
	}
}
