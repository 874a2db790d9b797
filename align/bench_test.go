package align

import (
	"fmt"
	"github.com/satzwerk/satz/internal/cputime"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// benchPair returns an n×n-ish document pair: align-dev long/ repeated when
// it is present, otherwise synthetic sentences built in memory.
func benchPair(tb testing.TB, n int) (de, en []string) {
	deL := benchLines(filepath.Join(devDir, "long", "long.de"))
	enL := benchLines(filepath.Join(devDir, "long", "long.en"))
	if len(deL) == 0 || len(enL) == 0 {
		deL, enL = synthetic(2000)
	}
	for len(de) < n {
		de = append(de, deL[:min(len(deL), n-len(de))]...)
	}
	for len(en) < n {
		en = append(en, enL[:min(len(enL), n-len(en))]...)
	}
	return de, en
}

func benchLines(path string) []string {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

// synthetic builds parallel-looking sentences with numbers and invented
// names, varied enough that a sentence shares rare anchors only with its
// own translation (so that shuffled or reversed pairs are unrelated).
func synthetic(n int) (de, en []string) {
	syl := strings.Fields("ka lo mi ren tor bas ul fen gri sam dor pel vik hau nes tri wol zen ark bu")
	name := func(k int) string {
		s := syl[k%len(syl)] + syl[(k/len(syl))%len(syl)] + syl[(k*7+3)%len(syl)]
		return strings.ToUpper(s[:1]) + s[1:]
	}
	deTmpl := []string{
		"Am %d. Januar traf %s in %s %d Vertreter, um über %d,5 Millionen Euro zu sprechen.",
		"%s sagte, die Stadt %s werde %d neue Wohnungen bauen und %d Bäume pflanzen.",
		"Nach Angaben von %s kamen %d Besucher nach %s, %d mehr als im Vorjahr.",
	}
	enTmpl := []string{
		"On January %d, %s met %d representatives in %s to talk about %d.5 million euros.",
		"%s said the city of %s would build %d new flats and plant %d trees.",
		"According to %s, %d visitors came to %s, %d more than the year before.",
	}
	for k := range n {
		a, b := name(k*13+1), name(k*29+5)
		x, y := k*37%9973+10, k*91%7919+3
		switch k % 3 {
		case 0:
			de = append(de, fmt.Sprintf(deTmpl[0], k%28+1, a, b, x, y))
			en = append(en, fmt.Sprintf(enTmpl[0], k%28+1, a, x, b, y))
		case 1:
			de = append(de, fmt.Sprintf(deTmpl[1], a, b, x, y))
			en = append(en, fmt.Sprintf(enTmpl[1], a, b, x, y))
		default:
			de = append(de, fmt.Sprintf(deTmpl[2], a, x, b, y))
			en = append(en, fmt.Sprintf(enTmpl[2], a, x, b, y))
		}
	}
	return de, en
}

func benchAlign(b *testing.B, n int, opt Options) {
	de, en := benchPair(b, n)
	size := 0
	for _, s := range de {
		size += len(s) + 1
	}
	for _, s := range en {
		size += len(s) + 1
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu := cputime.Process()
	for b.Loop() {
		Align(de, en, opt)
	}
	// CPU time per alignment (all cores): on a shared machine the steadier
	// figure; without load, wall time is lower when two cores are free.
	if cpu := cputime.Process() - cpu; cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/1e3/float64(b.N), "cpu-ms/op")
	}
}

// Linear growth: 1k, 2k, 4k and 8k sentences per side.
func BenchmarkAlign1k(b *testing.B) { benchAlign(b, 1000, Options{}) }
func BenchmarkAlign2k(b *testing.B) { benchAlign(b, 2000, Options{}) }
func BenchmarkAlign4k(b *testing.B) { benchAlign(b, 4000, Options{}) }
func BenchmarkAlign8k(b *testing.B) { benchAlign(b, 8000, Options{}) }

func BenchmarkAlign4kDict(b *testing.B) { benchAlign(b, 4000, Options{Dict: testDict(b)}) }

func BenchmarkAlignArticle(b *testing.B) {
	de, en := benchPair(b, 40)
	b.ReportAllocs()
	for b.Loop() {
		Align(de, en, Options{})
	}
}

func BenchmarkReadDict(b *testing.B) {
	data, err := os.ReadFile(dictPath)
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadDict(strings.NewReader(string(data))); err != nil {
			b.Fatal(err)
		}
	}
}

// TestAlignLargeMemory bounds the memory of a 4000×4000 alignment.
func TestAlignLargeMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	de, en := benchPair(t, 4000)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	r := Align(de, en, Options{})
	runtime.ReadMemStats(&after)
	checkInvariants(t, len(de), len(en), r)
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("4000×4000: %.1f MB allocated", float64(alloc)/1e6)
	if alloc > 100<<20 {
		t.Errorf("4000×4000 alignment allocated %d MB, want < 100", alloc>>20)
	}
}

// TestAlignLargeUnrelated checks that two long unrelated texts neither blow
// up the band nor get reported as parallel.
func TestAlignLargeUnrelated(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	de, en := benchPair(t, 3000)
	en = en[1500:] // English of other passages, 1500 sentences
	start := time.Now()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	r := Align(de[:3000], en, Options{})
	runtime.ReadMemStats(&after)
	el := time.Since(start)
	checkInvariants(t, 3000, len(en), r)
	t.Logf("3000×%d partly unrelated: %v, %.1f MB, score %.3f", len(en), el, float64(after.TotalAlloc-before.TotalAlloc)/1e6, r.Score)
	if after.TotalAlloc-before.TotalAlloc > 200<<20 {
		t.Errorf("allocated %d MB", (after.TotalAlloc-before.TotalAlloc)>>20)
	}
	rev := slices.Clone(en)
	slices.Reverse(rev)
	start = time.Now()
	r = Align(de[:1500], rev, Options{})
	t.Logf("1500×%d reversed: %v, score %.3f", len(rev), time.Since(start), r.Score)
	checkInvariants(t, 1500, len(rev), r)
	if r.Parallel {
		t.Errorf("German against reversed English reported parallel (score %.3f)", r.Score)
	}
}

// TestAlignSplitDeterministic: long documents are analyzed and scored on
// several cores; the result must not depend on how many.
func TestAlignSplitDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	de, en := benchPair(t, 2500)
	en = en[:2300]
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	one := Align(de, en, Options{})
	for _, procs := range []int{2, 3, 8} {
		runtime.GOMAXPROCS(procs)
		if r := Align(de, en, Options{}); !reflect.DeepEqual(r, one) {
			t.Errorf("GOMAXPROCS %d: result differs from the one-core result", procs)
		}
	}
}
