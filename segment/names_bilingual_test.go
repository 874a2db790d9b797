package segment

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// bilingualCase builds German and English texts of one sentence per link,
// joined by spaces, and the German marks of the given words.
func bilingualCase(de, en []string, marked []string) (string, string, []Name, []AlignedSpans) {
	var links []AlignedSpans
	var db, eb strings.Builder
	for k := range de {
		if k > 0 {
			db.WriteByte(' ')
			eb.WriteByte(' ')
		}
		l := AlignedSpans{DE: []Span{{db.Len(), db.Len() + len(de[k])}}, EN: []Span{{eb.Len(), eb.Len() + len(en[k])}}}
		db.WriteString(de[k])
		eb.WriteString(en[k])
		links = append(links, l)
	}
	dt := db.String()
	var names []Name
	for _, w := range marked {
		i := strings.Index(dt, w)
		names = append(names, Name{Span: Span{i, i + len(w)}, Type: "LOC"})
	}
	slices.SortFunc(names, func(a, b Name) int { return a.Start - b.Start })
	return dt, eb.String(), names, links
}

func TestNamesFromTranslation(t *testing.T) {
	tests := []struct {
		name   string
		de, en []string // one sentence each per link
		marked []string // German marks before
		want   []string // German marks after
	}{
		{"a name the German marker missed",
			[]string{"Die Fans trafen sich in der Hasenheide."}, []string{"The fans met in the Hasenheide park."},
			nil, []string{"Hasenheide"}},
		{"spelling folded: Tokio/Tokyo",
			[]string{"Der Minister reiste nach Tokio."}, []string{"The minister travelled to Tokyo."},
			nil, []string{"Tokio"}},
		{"genitive s",
			[]string{"Das ist Merkels Entscheidung."}, []string{"This is Merkel's decision."},
			nil, []string{"Merkels"}},
		{"a sentence start is no evidence",
			[]string{"Das sagte ein Sprecher von Siemens."}, []string{"Siemens said that."},
			nil, nil},
		{"a title-case headline is no evidence",
			[]string{"Das Hotel bekommt einen neuen Chef"}, []string{"The Hotel Gets A New Boss At Last"},
			nil, nil},
		{"a common noun the English also writes in lower case",
			[]string{"Er las es im Internet.", "Das Internet ist langsam."}, []string{"He read it on the Internet.", "The internet is slow."},
			nil, nil},
		{"months and titles stay unmarked",
			[]string{"Im Juli sprach Präsident Biden."}, []string{"In July, President Biden spoke."},
			[]string{"Biden"}, []string{"Biden"}},
		{"a new word next to a name extends it",
			[]string{"Das meldete die Deutsche Flugsicherung."}, []string{"This was reported by Deutsche Flugsicherung."},
			[]string{"Deutsche"}, []string{"Deutsche Flugsicherung"}},
		{"evidence comes from the aligned sentence only",
			[]string{"Sie fuhren zur Hasenheide.", "Es war spät."}, []string{"They drove to the park.", "It was late in the Hasenheide."},
			nil, nil},
		{"a noun the English translates in lower case is no name",
			[]string{"Die Jugendlichen verließen den Park."}, []string{"The youths left the park."},
			[]string{"Park"}, nil},
		{"nor is one translated by a lower-case cognate",
			[]string{"Wegen der Pandemie fiel das Fest aus."}, []string{"The festival was cancelled because of the pandemic."},
			[]string{"Pandemie"}, nil},
		{"a lower-case word capitalized elsewhere in the sentence is kept",
			[]string{"Der Park hat heute zu."}, []string{"The Park, a park in town, is closed today."},
			[]string{"Park"}, []string{"Park"}},
		{"codes with digits are kept (A8 is not the article a)",
			[]string{"Der Stau auf der A8 war lang."}, []string{"The jam on the A8 was a long one."},
			[]string{"A8"}, []string{"A8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			de, en, names, links := bilingualCase(tt.de, tt.en, tt.marked)
			before := slices.Clone(names)
			got, changes := NamesFromTranslation(de, names, en, links)
			var words []string
			for _, n := range got {
				words = append(words, n.Text(de))
				if !slices.Contains(typeNames[:], n.Type) {
					t.Errorf("mark %q has type %q", n.Text(de), n.Type)
				}
			}
			if !slices.Equal(words, tt.want) {
				t.Errorf("marks %q, want %q (changes %v)", words, tt.want, changes)
			}
			if !slices.Equal(names, before) {
				t.Error("the marks passed in were modified")
			}
		})
	}
}

func TestNameKey(t *testing.T) {
	for _, p := range [][2]string{{"Tokio", "Tokyo"}, {"Zürich", "Zurich"}, {"Kanada", "Canada"}, {"Strauß", "Strauss"}, {"Philipp", "Filip"}, {"Bogotá", "Bogota"}} {
		if a, b := nameKey(p[0]), nameKey(p[1]); a != b {
			t.Errorf("nameKey(%q) = %q, nameKey(%q) = %q: want equal", p[0], a, p[1], b)
		}
	}
	for _, p := range [][2]string{{"Moskau", "Moscow"}, {"Köln", "Cologne"}, {"A8", "a"}} {
		if a, b := nameKey(p[0]), nameKey(p[1]); a == b {
			t.Errorf("nameKey(%q) = nameKey(%q) = %q: want different", p[0], p[1], a)
		}
	}
}

// FuzzNamesFromTranslation: whatever the texts, the revised marks are
// ordered, disjoint, non-empty spans on rune boundaries of the German text,
// and every change lies inside a German sentence of its link.
func FuzzNamesFromTranslation(f *testing.F) {
	f.Add("Die Fans trafen sich in der Hasenheide. Es war spät.", "The fans met in the Hasenheide park. It was late.", 20)
	f.Add("Der Park hat zu. Merkels Plan für Tokio.", "The park is closed. Merkel's plan for Tokyo.", 16)
	f.Add("Im Juli sprach Präsident Biden mit der Deutschen Bank.", "In July, President Biden spoke with Deutsche Bank.", 0)
	f.Fuzz(func(t *testing.T, de, en string, cut int) {
		if !utf8.ValidString(de) || !utf8.ValidString(en) {
			return
		}
		// Two links: the texts cut at a rune boundary near cut.
		split := func(s string, at int) []Span {
			at = max(0, min(len(s), at))
			for at < len(s) && !utf8.RuneStart(s[at]) {
				at++
			}
			return []Span{{0, at}, {at, len(s)}}
		}
		ds, es := split(de, cut), split(en, cut*len(en)/max(1, len(de)))
		links := []AlignedSpans{{DE: ds[:1], EN: es[:1]}, {DE: ds[1:], EN: es[1:]}}
		names := Names(de, ds, "de")
		got, changes := NamesFromTranslation(de, names, en, links)
		end := 0
		for _, n := range got {
			if n.Start < end || n.End <= n.Start || n.End > len(de) || !utf8.RuneStart(de[n.Start]) || (n.End < len(de) && !utf8.RuneStart(de[n.End])) {
				t.Fatalf("bad mark %v after %d in %q", n, end, de)
			}
			end = n.End
		}
		for _, c := range changes {
			s := links[c.Link].DE[0]
			if c.Start < s.Start || c.End > s.End {
				t.Fatalf("change %v outside its link's sentence %v", c, s)
			}
		}
	})
}
