package segment

import (
	"flag"
	"strings"
	"testing"
)

var nameDebug = flag.Bool("namedebug", false, "print name errors on held-back data")

func TestNamesDebugErrors(t *testing.T) {
	if !*nameDebug {
		t.Skip("use -namedebug")
	}
	_, ud := splitNameGold(parseNameCoNLLU(readDevData(t, udDevPath)))
	_, ge := splitNameGold(parseNameGermEval(readDevData(t, germEvalDevPath)))
	show := func(corpus string, g nameGold, pred []Name) {
		k := 0
		for i, tok := range g.toks {
			if !hasLetter(tok.Text(g.text)) {
				continue
			}
			for k < len(pred) && pred[k].End <= tok.Start {
				k++
			}
			isPred := k < len(pred) && pred[k].Start <= tok.Start && tok.End <= pred[k].End
			if isPred != g.name[i] {
				kind := "FN"
				if isPred {
					kind = "FP"
				}
				lo, hi := max(0, tok.Start-40), min(len(g.text), tok.End+40)
				ctx := strings.ReplaceAll(g.text[lo:tok.Start]+"[["+tok.Text(g.text)+"]]"+g.text[tok.End:hi], "\n", " ")
				t.Logf("%s %s %-20s %s", corpus, kind, tok.Text(g.text), ctx)
			}
		}
	}
	for i := 0; i < len(ud); i += 10 {
		g, sents := joinNameGold(ud[i:min(i+10, len(ud))])
		show("UD", g, Names(g.text, sents, "de"))
	}
	for _, g := range ge {
		show("GE", g, Names(g.text, []Span{{0, len(g.text)}}, "de"))
	}
}

func TestNamesDebugTypes(t *testing.T) {
	if !*nameDebug {
		t.Skip("use -namedebug")
	}
	_, ge := splitNameGold(parseNameGermEval(readDevData(t, germEvalDevPath)))
	var conf [4][4]int
	for _, g := range ge {
		pred := Names(g.text, []Span{{0, len(g.text)}}, "de")
		for i, tok := range g.toks {
			if g.typ[i] < 0 {
				continue
			}
			for _, p := range pred {
				if p.Start <= tok.Start && tok.End <= p.End {
					for c, n := range typeNames {
						if n == p.Type {
							conf[g.typ[i]][c]++
							if c != int(g.typ[i]) {
								t.Logf("TYPE gold %s pred %s: %s | %s", typeNames[g.typ[i]], n, p.Text(g.text), g.text)
							}
						}
					}
				}
			}
		}
	}
	t.Logf("confusion (rows gold PER LOC ORG MISC): %v", conf)
}
