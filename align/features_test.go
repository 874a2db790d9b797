package align

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
)

func TestNumbers(t *testing.T) {
	tests := []struct {
		de, en string
	}{
		{"Es kostet 1.000,5 Euro.", "It costs 1,000.5 euros."},
		{"Um 14.30 Uhr begann die Sitzung.", "The meeting began at 2:30 p.m."},
		{"Am 31. Januar 2020 war es so weit.", "On January 31, 2020, the time had come."},
		{"Der Zug fährt um 9 Uhr.", "The train leaves at 9 a.m."},
		{"Die Quote stieg auf 2,5 Prozent.", "The rate rose to 2.5 percent."},
		{"Zwei Männer und drei Frauen wurden festgenommen.", "Two men and three women were arrested."},
		{"Am 07.08.2020 im März.", "On 8/7/2020 in March."},
		{"Rund 12.500 Menschen kamen.", "Some 12,500 people came."},
	}
	for _, tc := range tests {
		d, e := analyze(tc.de, false, nil), analyze(tc.en, true, nil)
		if !slices.Equal(d.nums, e.nums) {
			t.Errorf("%q and %q: numbers differ (%d vs %d values, %d shared)", tc.de, tc.en, len(d.nums), len(e.nums), intersect(d.nums, e.nums))
		}
		if len(d.nums) == 0 {
			t.Errorf("%q: no numbers", tc.de)
		}
	}
	// Different values must not match.
	d, e := analyze("Um 14.30 Uhr.", false, nil), analyze("At 2:30 a.m.", true, nil)
	if intersect(d.nums, e.nums) != 0 {
		t.Error("14.30 Uhr matched 2:30 a.m.")
	}
}

func TestCognates(t *testing.T) {
	for _, p := range [][2]string{{"Tokio", "Tokyo"}, {"Polizei", "police"}, {"Präsident", "president"},
		{"NATO", "NATO"}, {"Januar", "January"}, {"Ballett", "ballet"}, {"Corona-Virus", "coronavirus"}} {
		d, e := analyze(p[0], false, nil), analyze(p[1], true, nil)
		if intersect(d.keys, e.keys) == 0 {
			t.Errorf("%s/%s: no shared anchor", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"also", "also"}, {"Regierung", "region"}, {"Kind", "kind"}} {
		d, e := analyze(p[0], false, nil), analyze(p[1], true, nil)
		if intersect(d.keys, e.keys) != 0 {
			t.Errorf("%s/%s: false friends share an anchor", p[0], p[1])
		}
	}
}

func TestStops(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"Kalbitz bestreitet die Mitgliedschaft. Auch der Vorsitzende betonte das.", 2},
		{"Am 31. Januar kam er.", 1},
		{"Er sagte: \"Der Wolf hat Kreide gefressen.\" Dann ging er.", 2},
		{"Das kostet ca. 5 Euro", 0},
		{"Wann? Jetzt!", 2},
	} {
		if got := analyze(tc.s, false, nil).stops; got != tc.want {
			t.Errorf("stops(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

const dingSample = `# Version :: 1.9
Haus {n} | Häuser {pl} :: house | houses
Regierung {f}; Kabinett {n} :: government; cabinet
sich erholen {vr} :: to recover
ein Haus bauen :: to build a house
`

const hunalignSample = "Haus @ house\nHäuser @ houses\nRegierung @ government\nerholen @ recover\n"

func TestReadDict(t *testing.T) {
	for name, text := range map[string]string{"ding": dingSample, "hunalign": hunalignSample} {
		for _, rd := range []struct {
			name string
			r    func() *Dict
		}{
			{"plain", func() *Dict { return mustDict(t, strings.NewReader(text)) }},
			{"one byte", func() *Dict { return mustDict(t, iotest.OneByteReader(strings.NewReader(text))) }},
			{"half", func() *Dict { return mustDict(t, iotest.HalfReader(strings.NewReader(text))) }},
			{"data err", func() *Dict { return mustDict(t, iotest.DataErrReader(strings.NewReader(text))) }},
		} {
			d := rd.r()
			de := analyze("Die Regierung hat sich erholt, die Häuser stehen.", false, d)
			en := analyze("The government has recovered, the houses stand.", true, d)
			if got := dictHits(&de, &en); got < 2 {
				t.Errorf("%s/%s: %d dictionary hits, want >= 2 (German words %d)", name, rd.name, got, len(de.dictWords))
			}
			if d.Len() < 3 {
				t.Errorf("%s/%s: %d headwords", name, rd.name, d.Len())
			}
		}
	}
	if _, err := ReadDict(strings.NewReader("no separator here\n")); err == nil {
		t.Error("unknown format: no error")
	}
	if _, err := ReadDict(strings.NewReader("")); err == nil {
		t.Error("empty dictionary: no error")
	}
	if _, err := ReadDict(iotest.TimeoutReader(iotest.OneByteReader(strings.NewReader(hunalignSample)))); err == nil {
		t.Error("read error not reported")
	}
}

func mustDict(t *testing.T, r interface{ Read([]byte) (int, error) }) *Dict {
	t.Helper()
	d, err := ReadDict(r)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestGlossaryParses(t *testing.T) {
	if n := builtinGlossary().Len(); n < 300 {
		t.Errorf("built-in glossary has %d headwords, want >= 300", n)
	}
}

func ExampleReadDict() {
	d, err := ReadDict(strings.NewReader("Regierung @ government\nPolizei @ police\n"))
	if err != nil {
		panic(err)
	}
	r := Align(
		[]string{"Die Regierung schweigt.", "Die Polizei ermittelt."},
		[]string{"The government is silent.", "Police are investigating."},
		Options{Dict: d})
	fmt.Println(d.Len(), r.Links[0].DE, r.Links[0].EN, r.Links[1].DE, r.Links[1].EN)
	// Output: 2 [0] [0] [1] [1]
}

func TestHashIsFNV(t *testing.T) {
	for _, s := range []string{"", "tokio", "1000.5", "präsident"} {
		h := fnv.New64a()
		h.Write([]byte{'k'})
		h.Write([]byte(s))
		if got := hash('k', s); got != h.Sum64() {
			t.Errorf("hash(%q) = %x, want FNV-1a %x", s, got, h.Sum64())
		}
	}
}
