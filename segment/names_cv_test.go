//go:build namesgen

package segment

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestNamesCV cross-validates the model on the training part (first 75%) of
// the development data: k contiguous folds, each scored by a model trained on
// the others. It never reads the held-back 25%. Run with
//
//	go test -tags namesgen -run NamesCV -v ./segment
//
// NAMES_CV_ERRORS=file writes the errors of every fold to file.
func TestNamesCV(t *testing.T) {
	udTrain, _ := splitNameGold(parseNameCoNLLU(readDevData(t, udDevPath)))
	geTrain, _ := splitNameGold(parseNameGermEval(readDevData(t, germEvalDevPath)))
	const k = 4
	var errs strings.Builder
	var sum [3]nameEval
	for f := 0; f < k; f++ {
		ua, ub := len(udTrain)*f/k/10*10, len(udTrain)*(f+1)/k/10*10
		if f == k-1 {
			ub = len(udTrain)
		}
		ga, gb := len(geTrain)*f/k, len(geTrain)*(f+1)/k
		udTr := append(append([]nameGold{}, udTrain[:ua]...), udTrain[ub:]...)
		geTr := append(append([]nameGold{}, geTrain[:ga]...), geTrain[gb:]...)
		m, _ := trainNameWeights(nameExamples(udTr, geTr), cvEpochs, cvEpochs)
		for i, mode := range []nameMode{nameLexOnly, nameModel, nameFull} {
			e := evalNames(m, udTrain[ua:ub], geTrain[ga:gb], mode)
			sum[i].add(e)
		}
		dumpNameErrors(&errs, m, udTrain[ua:ub], geTrain[ga:gb])
	}
	for i, name := range []string{"lexicon rule only", "+ model", "+ document consistency"} {
		e := sum[i]
		t.Logf("CV %-24s UD F1 %.3f | GermEval F1 %.3f (typed %.3f)", name, e.ud.f1(), e.ge.f1(), microTyped(e.typed).f1())
	}
	e := sum[2]
	t.Logf("UD:       %v", e.ud)
	t.Logf("GermEval: %v", e.ge)
	for c, n := range typeNames {
		t.Logf("GermEval %-4s %v", n, e.typed[c])
	}
	if p := os.Getenv("NAMES_CV_ERRORS"); p != "" {
		if err := os.WriteFile(p, []byte(errs.String()), 0o644); err != nil {
			t.Error(err)
		}
	}
	// The model must beat the lexicon rule on unseen folds (by 0.17 and
	// 0.12 when written).
	if g := sum[2].ud.f1() - sum[0].ud.f1(); g < 0.12 {
		t.Errorf("UD gain of the model over the lexicon in cross-validation = %.3f, want at least 0.12", g)
	}
	if g := sum[2].ge.f1() - sum[0].ge.f1(); g < 0.09 {
		t.Errorf("GermEval gain of the model over the lexicon in cross-validation = %.3f, want at least 0.09", g)
	}
}

var cvEpochs = func() int {
	if n, err := strconv.Atoi(os.Getenv("NAMES_EPOCHS")); err == nil {
		return n
	}
	return NameEpochs
}()

func (e *nameEval) add(o nameEval) {
	e.ud.tp += o.ud.tp
	e.ud.fp += o.ud.fp
	e.ud.fn += o.ud.fn
	e.ge.tp += o.ge.tp
	e.ge.fp += o.ge.fp
	e.ge.fn += o.ge.fn
	for c := range e.typed {
		e.typed[c].tp += o.typed[c].tp
		e.typed[c].fp += o.typed[c].fp
		e.typed[c].fn += o.typed[c].fn
	}
}

// dumpNameErrors writes each sentence with an error: gold marks as [TYPE
// words], predicted as {TYPE words}.
func dumpNameErrors(w *strings.Builder, m *nameWeights, ud, ge []nameGold) {
	one := func(src string, g nameGold, sents []Span) {
		pred := namesWith(m, g.text, sents, "de", nameFull)
		var gold []Name
		for j, e := range g.entities() {
			typ := "NAME"
			if g.typ[j] >= 0 {
				typ = typeNames[g.typ[j]]
			}
			gold = append(gold, Name{Span: Span{g.toks[j].Start, g.toks[e].End}, Type: typ})
		}
		same := len(gold) == len(pred)
		for i := 0; same && i < len(gold); i++ {
			same = gold[i].Span == pred[i].Span && (gold[i].Type == "NAME" || gold[i].Type == pred[i].Type)
		}
		if same {
			return
		}
		fmt.Fprintf(w, "%s GOLD %s\n%s PRED %s\n\n", src, bracket(g.text, gold, "[", "]"), src, bracket(g.text, pred, "{", "}"))
	}
	for i := 0; i < len(ud); i += 10 {
		g, sents := joinNameGold(ud[i:min(i+10, len(ud))])
		one("UD", g, sents)
	}
	for _, g := range ge {
		one("GE", g, []Span{{0, len(g.text)}})
	}
}

func bracket(text string, ns []Name, open, close string) string {
	var b strings.Builder
	prev := 0
	for _, n := range ns {
		b.WriteString(text[prev:n.Start])
		b.WriteString(open + n.Type + " " + text[n.Start:n.End] + close)
		prev = n.End
	}
	b.WriteString(text[prev:])
	return b.String()
}
