package segment

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
)

// goldenRule is one case of the pragmatic_segmenter "golden rules" (MIT).
type goldenRule struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Text     string   `json:"text"`
	Expected []string `json:"expected"`
	DocType  string   `json:"doc_type"`
	Skip     any      `json:"skip"`
}

func loadGoldenRules(t *testing.T, lang string) []goldenRule {
	t.Helper()
	b, err := os.ReadFile("../../shared/data/seg-rules/golden_" + lang + ".json")
	if os.IsNotExist(err) {
		t.Skip("golden rules not present: ", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	var rules []goldenRule
	if err := json.Unmarshal(b, &rules); err != nil {
		t.Fatal(err)
	}
	return rules
}

// skipped reports the cases the rule set itself marks as disputed or not
// implemented (skip is true or a reason string).
func (g goldenRule) skipped() bool {
	switch v := g.Skip.(type) {
	case bool:
		return v
	case string:
		return v != ""
	}
	return false
}

// collapse joins inner whitespace to single spaces, as the golden rules
// (and `satz segment`) write sentences.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func testGoldenRules(t *testing.T, lang string, runSkipped bool) {
	for _, g := range loadGoldenRules(t, lang) {
		t.Run(g.ID, func(t *testing.T) {
			if g.skipped() && !runSkipped {
				t.Skipf("%s: marked %v in the rule set", g.Name, g.Skip)
			}
			// PDF text is hard-wrapped: its single newlines are spaces.
			opt := Options{Lang: lang, JoinLines: g.DocType == "pdf"}
			var got []string
			for _, sp := range Sentences(g.Text, opt) {
				got = append(got, collapse(sp.Text(g.Text)))
			}
			if !reflect.DeepEqual(got, g.Expected) {
				t.Errorf("%s\ntext: %q\n got: %q\nwant: %q", g.Name, g.Text, got, g.Expected)
			}
		})
	}
}

// All rules run, including the two the rule set marks as not implemented
// (de-004 "Seite 12. Dort", en-018 "a.m. Mr. Smith … P.M. Mr. Smith").
func TestGoldenRulesDE(t *testing.T) { testGoldenRules(t, "de", true) }
func TestGoldenRulesEN(t *testing.T) { testGoldenRules(t, "en", true) }
