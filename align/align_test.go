package align

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// checkInvariants fails unless links cover every sentence exactly once, in
// order, with consecutive ids and scores in [0,1].
func checkInvariants(t testing.TB, n, m int, r Result) {
	t.Helper()
	nd, ne := 0, 0
	for _, l := range r.Links {
		if len(l.DE) == 0 && len(l.EN) == 0 {
			t.Fatalf("empty link in %v", r.Links)
		}
		for _, d := range l.DE {
			if d != nd {
				t.Fatalf("German id %d, want %d (links %v)", d, nd, r.Links)
			}
			nd++
		}
		for _, e := range l.EN {
			if e != ne {
				t.Fatalf("English id %d, want %d (links %v)", e, ne, r.Links)
			}
			ne++
		}
		if !(l.Score >= 0 && l.Score <= 1) {
			t.Fatalf("link %v score out of [0,1]", l)
		}
	}
	if nd != n || ne != m {
		t.Fatalf("links cover %d German and %d English sentences, want %d and %d", nd, ne, n, m)
	}
	if !(r.Score >= 0 && r.Score <= 1) {
		t.Fatalf("document score %v out of [0,1]", r.Score)
	}
}

func linkStrings(ls []Link) []string {
	var s []string
	for _, l := range ls {
		s = append(s, linkKey(l))
	}
	return s
}

var (
	deStory = []string{
		"Der Bürgermeister von Hamburg, Peter Tschentscher, hat am Montag ein neues Verkehrskonzept vorgestellt.",
		"Bis 2030 sollen 250 Kilometer neue Radwege entstehen.",
		"Die Kosten schätzt die Stadt auf 1,2 Milliarden Euro.",
		"Kritik kam von der CDU: \"Das ist unbezahlbar\", sagte Fraktionschef Dennis Thering.",
		"Wann beginnen die Bauarbeiten?",
		"Nach Angaben des Senats im Frühjahr 2021.",
		"Auch die Hochbahn will ihr Angebot ausbauen und 40 neue Busse kaufen.",
	}
	enStory = []string{
		"Hamburg's mayor Peter Tschentscher presented a new transport concept on Monday.",
		"By 2030, 250 kilometres of new cycle paths are to be built.",
		"The city estimates the costs at 1.2 billion euros.",
		"Criticism came from the CDU: \"This is unaffordable,\" said parliamentary group leader Dennis Thering.",
		"When will construction begin?",
		"According to the Senate, in the spring of 2021.",
		"The Hochbahn also wants to expand its services and buy 40 new buses.",
	}
)

func TestAlignTable(t *testing.T) {
	tests := []struct {
		name   string
		de, en []string
		want   []string // links as "[de]:[en]"
		para   bool
	}{
		{
			name: "1-1",
			de:   deStory, en: enStory,
			want: []string{"[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[4]", "[5]:[5]", "[6]:[6]"},
			para: true,
		},
		{
			name: "1-2 split at a colon",
			de: []string{deStory[0], deStory[1],
				"Sein Grund für den Besuch im Restaurant am Hafen: Chicken Wings mit scharfer Soße.",
				deStory[2], deStory[3]},
			en: []string{enStory[0], enStory[1],
				"The reason for his visit to the restaurant at the harbour?", "Chicken wings with hot sauce.",
				enStory[2], enStory[3]},
			want: []string{"[0]:[0]", "[1]:[1]", "[2]:[2 3]", "[3]:[4]", "[4]:[5]"},
			para: true,
		},
		{
			name: "3-1: a long English sentence in three German ones",
			de: []string{deStory[0], deStory[1],
				"Die Stadt rechnet mit Kosten von 1,2 Milliarden Euro.",
				"Der Bund soll 400 Millionen Euro beisteuern.",
				"Den Rest zahlt Hamburg selbst.",
				deStory[4], deStory[5]},
			en: []string{enStory[0], enStory[1],
				"The city expects costs of 1.2 billion euros, of which the federal government is to contribute 400 million euros, while Hamburg pays the rest itself.",
				enStory[4], enStory[5]},
			want: []string{"[0]:[0]", "[1]:[1]", "[2 3 4]:[2]", "[5]:[3]", "[6]:[4]"},
			para: true,
		},
		{
			name: "German sentence without translation",
			de:   deStory,
			en:   []string{enStory[0], enStory[1], enStory[2], enStory[4], enStory[5], enStory[6]},
			want: []string{"[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[]", "[4]:[3]", "[5]:[4]", "[6]:[5]"},
			para: true,
		},
		{
			name: "foreign English sentences inserted",
			de:   deStory,
			en: append(append(append([]string{}, enStory[:3]...),
				"In Tokyo, the Nikkei index closed 2.3 percent higher at 22,751 points on Friday.",
				"Analysts at Nomura expect further gains in August."),
				enStory[3:]...),
			want: []string{"[0]:[0]", "[1]:[1]", "[2]:[2]", "[]:[3]", "[]:[4]", "[3]:[5]", "[4]:[6]", "[5]:[7]", "[6]:[8]"},
			para: true,
		},
		{
			name: "not a translation",
			de:   deStory,
			en: []string{
				"The football season in England ended with a surprise on Sunday.",
				"Leicester City lost 0:3 at home against Manchester United.",
				"Their coach said the team had simply not been good enough.",
				"Tickets for next season go on sale in July.",
				"Fans can buy them online or at the stadium.",
				"Prices will rise by about five percent.",
			},
			para: false,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Align(tc.de, tc.en, Options{})
			checkInvariants(t, len(tc.de), len(tc.en), r)
			if tc.want != nil {
				want := make([]string, len(tc.want))
				for k, w := range tc.want {
					want[k] = strings.ReplaceAll(w, " ", "")
				}
				got := linkStrings(r.Links)
				for k := range got {
					got[k] = strings.ReplaceAll(got[k], " ", "")
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("links\n got %v\nwant %v\n(%v)", got, want, r.Links)
				}
			}
			if r.Parallel != tc.para {
				t.Errorf("Parallel = %v (score %.3f), want %v; links %v", r.Parallel, r.Score, tc.para, r.Links)
			}
			if !tc.para {
				for _, l := range r.Links {
					if l.Full() && l.Score > 0.5 {
						t.Errorf("non-translation pair has confident link %v", l)
					}
				}
			}
		})
	}
}

func TestAlignEmpty(t *testing.T) {
	for _, tc := range []struct{ de, en []string }{
		{nil, nil},
		{[]string{"Hallo."}, nil},
		{nil, []string{"Hello.", "World."}},
		{[]string{""}, []string{""}},
		{[]string{"", "", ""}, []string{"x"}},
	} {
		r := Align(tc.de, tc.en, Options{})
		checkInvariants(t, len(tc.de), len(tc.en), r)
		if len(tc.de) == 0 || len(tc.en) == 0 {
			if r.Parallel || r.Score != 0 {
				t.Errorf("%q/%q: Score %v Parallel %v, want 0 false", tc.de, tc.en, r.Score, r.Parallel)
			}
		}
	}
}

func TestLinkString(t *testing.T) {
	for _, tc := range []struct {
		l    Link
		want string
	}{
		{Link{DE: []int{0}, EN: []int{0}, Score: 0.934}, "[0]:[0]:0.93"},
		{Link{DE: []int{1, 2}, EN: []int{1}, Score: 0.706}, "[1, 2]:[1]:0.71"},
		{Link{DE: []int{3}, EN: []int{}, Score: 0.1}, "[3]:[]:0.10"},
		{Link{DE: nil, EN: []int{4, 5, 6}, Score: 1}, "[]:[4, 5, 6]:1.00"},
	} {
		if got := tc.l.String(); got != tc.want {
			t.Errorf("String() = %q, want %q", got, tc.want)
		}
		back, err := ParseLink(tc.want)
		if err != nil {
			t.Fatal(err)
		}
		if back.String() != tc.want {
			t.Errorf("ParseLink(%q).String() = %q", tc.want, back.String())
		}
	}
	for _, bad := range []string{"", "[0]", "[a]:[0]", "[0]:[0]:x", "[0]:[0]x", "0:0", "[-1]:[0]"} {
		if _, err := ParseLink(bad); err == nil {
			t.Errorf("ParseLink(%q) gave no error", bad)
		}
	}
}

// randomDoc draws sentences from a small vocabulary with numbers, names and
// punctuation, including empty and very long sentences.
func randomDoc(r *rand.Rand, n int) []string {
	vocab := []string{"Berlin", "NATO", "die", "Regierung", "government", "the", "2020", "1.000,5", "1,000.5",
		"14.30", "Uhr", "p.m.", "?", "\"", ":", "(", ")", "Tokio", "Tokyo", "Januar", "January", "31.", "und", "and",
		"Polizei", "police", "—", "ü", "ß", "€", "x"}
	s := make([]string, n)
	for k := range s {
		w := r.IntN(12)
		if r.IntN(20) == 0 {
			w = 200
		}
		var b strings.Builder
		for range w {
			b.WriteString(vocab[r.IntN(len(vocab))])
			b.WriteByte(' ')
		}
		s[k] = b.String()
	}
	return s
}

func TestAlignProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for it := range 300 {
		n, m := r.IntN(40), r.IntN(40)
		if it%10 == 0 {
			n, m = r.IntN(3), r.IntN(200) // very unequal
		}
		de, en := randomDoc(r, n), randomDoc(r, m)
		opt := Options{Band: 1 + r.IntN(40)}
		res := Align(de, en, opt)
		checkInvariants(t, n, m, res)
		again := Align(de, en, opt)
		if !reflect.DeepEqual(res, again) {
			t.Fatalf("not deterministic for %d×%d", n, m)
		}
		opt.MinScore = 0.9
		strict := Align(de, en, opt)
		checkInvariants(t, n, m, strict)
		for _, l := range strict.Links {
			if l.Full() && l.Score < 0.9 {
				t.Fatalf("MinScore 0.9 kept %v", l)
			}
		}
	}
}

func FuzzAlign(f *testing.F) {
	f.Add(strings.Join(deStory, "\n"), strings.Join(enStory, "\n"), 0)
	f.Add("", "Hello.", 3)
	f.Add("Ein Satz.\n\nNoch einer: 14.30 Uhr.", "A sentence.", 1)
	f.Fuzz(func(t *testing.T, de, en string, band int) {
		if len(de)+len(en) > 1<<12 {
			return
		}
		ds, es := strings.Split(de, "\n"), strings.Split(en, "\n")
		opt := Options{Band: band % 100}
		r := Align(ds, es, opt)
		checkInvariants(t, len(ds), len(es), r)
		if r2 := Align(ds, es, opt); !reflect.DeepEqual(r, r2) {
			t.Fatal("not deterministic")
		}
	})
}

func ExampleAlign() {
	de := []string{
		"Die Kosten schätzt die Stadt auf 1,2 Milliarden Euro.",
		"Sein Grund für den Besuch: Chicken Wings.",
		"Wann beginnen die Bauarbeiten?",
	}
	en := []string{
		"The city estimates the costs at 1.2 billion euros.",
		"The reason for his visit?",
		"Chicken wings.",
		"When will construction begin?",
	}
	r := Align(de, en, Options{})
	for _, l := range r.Links {
		fmt.Println(l.DE, l.EN, l.Score > 0.5)
	}
	fmt.Println("parallel:", r.Parallel)
	// Output:
	// [0] [0] true
	// [1] [1 2] true
	// [2] [3] true
	// parallel: true
}
