package align

import (
	"os"
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
	// Floors sit a little below the measured figures (see doc.go).
	floors := map[string]float64{"parallel": 0.97, "perturbed": 0.95, "comparable": 0.80, "long": 0.85}
	run := func(t *testing.T, opt Options) {
		for _, f := range folders {
			all, held := evalFolder(t, f, opt)
			t.Logf("%-10s all      %v", f, all)
			t.Logf("%-10s held-out %v", f, held)
			if got := all.strictPRF().F; got < floors[f] {
				t.Errorf("%s: strict F1 %.4f below floor %.2f", f, got, floors[f])
			}
		}
	}
	t.Run("plain", func(t *testing.T) { run(t, Options{}) })
	t.Run("dict", func(t *testing.T) { run(t, Options{Dict: testDict(t)}) })
}
