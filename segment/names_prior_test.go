package segment

import (
	"testing"
)

// TestNamesPrior checks the spelling prior on words that no list holds: it
// must tell the common nouns from the names by their letters, and must be
// the embedded one (an empty prior scores every word 0). The name model
// reads only that margin (priorNounBin).
func TestNamesPrior(t *testing.T) {
	lx := loadLexicon()
	p := loadWordPrior()
	cases := []struct {
		word string
		noun bool
	}{
		{"Jurisprudenz", true},
		{"Spaghetticode", true},
		{"Weblinks", true},
		{"Eigenrückversicherer", true},
		{"Lichterfest", true},
		{"Abwärtskompabilität", true},
		{"Blaszkiewitz", false},
		{"Kowalczykowa", false},
		{"Petersburg", false},
		{"Borkenbergen", false},
		{"Gosenbach", false},
		{"Sarajewo", false},
	}
	for _, c := range cases {
		low := appendLower(nil, c.word)
		if lx.get(c.word) != 0 || lx.get(string(low)) != 0 {
			t.Errorf("%s is in the word list: the case tests nothing", c.word)
			continue
		}
		s := p.scores(low)
		if m := s[priorNoun] - max(s[priorPerson], s[priorPlace]); (m > 0) != c.noun {
			t.Errorf("%s: prior scores %v (noun margin %.1f), want noun %v", c.word, s, m, c.noun)
		}
	}
}
