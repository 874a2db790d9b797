package segment

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// boundaryScore compares sentence boundaries with whitespace ignored: every
// boundary is mapped to the number of non-whitespace characters before it, so
// a gold sentence list (which has lost the original spacing) and spans over
// the raw text are comparable.
type boundaryScore struct {
	TP, FP, FN int
}

func (s boundaryScore) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }
func (s boundaryScore) Recall() float64    { return ratio(s.TP, s.TP+s.FN) }
func (s boundaryScore) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// nonSpaceOffsets returns, for every byte offset of text, the number of
// non-whitespace runes before it (len(text)+1 entries).
func nonSpaceOffsets(text string) []int {
	off := make([]int, len(text)+1)
	n := 0
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		for k := i; k < i+w; k++ {
			off[k] = n
		}
		if !unicode.IsSpace(r) {
			n++
		}
		i += w
	}
	off[len(text)] = n
	return off
}

func countNonSpace(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// scoreBoundaries scores the predicted spans over text against the gold
// sentences. Boundaries at paragraph ends (and the end of the text) are left
// out when intra is set: any splitter finds those.
func scoreBoundaries(t *testing.T, text string, gold []string, spans []Span, intra bool) boundaryScore {
	t.Helper()
	off := nonSpaceOffsets(text)
	total := off[len(text)]
	excluded := map[int]bool{total: true}
	if intra {
		for _, p := range Paragraphs(text) {
			excluded[off[p.End]] = true
		}
	}
	goldB := map[int]bool{}
	n := 0
	for _, g := range gold {
		n += countNonSpace(g)
		if !excluded[n] {
			goldB[n] = true
		}
	}
	if n != total {
		t.Fatalf("gold sentences hold %d non-space characters, text %d", n, total)
	}
	var sc boundaryScore
	seen := map[int]bool{}
	for _, sp := range spans {
		b := off[sp.End]
		if excluded[b] || seen[b] {
			continue
		}
		seen[b] = true
		if goldB[b] {
			sc.TP++
		} else {
			sc.FP++
		}
	}
	sc.FN = len(goldB) - sc.TP
	return sc
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skip("evaluation data not present: ", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for l := range strings.SplitSeq(string(b), "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// TestEvalGSD scores the segmenter on the UD German GSD dev set. About an
// eighth of GSD's boundaries follow a sentence without final punctuation,
// which no splitter can find inside a paragraph.
func TestEvalGSD(t *testing.T) {
	const dir = "../../shared/data/ud-gsd-dev/"
	raw, err := os.ReadFile(dir + "raw.txt")
	if os.IsNotExist(err) {
		t.Skip("GSD dev data not present: ", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	gold := readLines(t, dir+"sentences.txt")
	text := string(raw)
	spans := Sentences(text, Options{Lang: "de"})
	intra := scoreBoundaries(t, text, gold, spans, true)
	all := scoreBoundaries(t, text, gold, spans, false)
	t.Logf("GSD dev intra-paragraph: P=%.4f R=%.4f F1=%.4f (TP %d FP %d FN %d)",
		intra.Precision(), intra.Recall(), intra.F1(), intra.TP, intra.FP, intra.FN)
	t.Logf("GSD dev all boundaries:  P=%.4f R=%.4f F1=%.4f", all.Precision(), all.Recall(), all.F1())
	if testing.Verbose() {
		logErrors(t, text, gold, spans)
	}
	const floor = 0.985 // measured 0.9866 (P 0.9986, R 0.9750)
	if f := intra.F1(); f < floor {
		t.Errorf("GSD intra-paragraph F1 %.4f below floor %.3f", f, floor)
	}
}

// logErrors prints the false and missed boundaries with some context.
func logErrors(t *testing.T, text string, gold []string, spans []Span) {
	off := nonSpaceOffsets(text)
	goldB := map[int]bool{}
	n := 0
	for _, g := range gold {
		n += countNonSpace(g)
		goldB[n] = true
	}
	predB := map[int]int{}
	for _, sp := range spans {
		predB[off[sp.End]] = sp.End
	}
	// byte position of each non-space offset
	pos := make(map[int]int, len(text))
	for i := len(text); i >= 0; i-- {
		pos[off[i]] = i
	}
	ctx := func(b int) string {
		p := pos[b]
		lo, hi := max(0, p-60), min(len(text), p+40)
		for lo > 0 && !isRuneStart(text[lo]) {
			lo--
		}
		for hi < len(text) && !isRuneStart(text[hi]) {
			hi++
		}
		return strings.ReplaceAll(text[lo:p]+" ‖ "+text[p:hi], "\n", "⏎")
	}
	for b, p := range predB {
		if !goldB[b] {
			t.Logf("FP %d: %s", p, ctx(b))
		}
	}
	for b := range goldB {
		if _, ok := predB[b]; !ok {
			t.Logf("FN: %s", ctx(b))
		}
	}
}

func isRuneStart(c byte) bool { return c&0xC0 != 0x80 }

// germEvalText rebuilds running text from the GermEval 2014 dev tokens: tokens
// joined by spaces, with punctuation attached to its neighbour and straight
// double quotes alternating between opening and closing. Sentences are
// joined by one space, with a blank line every ten, like GSD's raw.txt.
func germEvalText(t *testing.T) (string, []string) {
	t.Helper()
	b, err := os.ReadFile("../../shared/data/germeval14/dev.tsv")
	if os.IsNotExist(err) {
		t.Skip("GermEval dev data not present: ", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	var sents []string
	var cur strings.Builder
	open := false // inside straight double quotes
	glue := false // the next token attaches to the previous one
	flush := func() {
		if cur.Len() > 0 {
			sents = append(sents, cur.String())
			cur.Reset()
		}
		open, glue = false, false
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			flush()
			continue
		}
		tok := f[1]
		attachLeft := strings.Contains(".,;:!?)]}“«", tok) && len([]rune(tok)) == 1
		if tok == `"` {
			attachLeft = open
		}
		if cur.Len() > 0 && !attachLeft && !glue {
			cur.WriteByte(' ')
		}
		cur.WriteString(tok)
		glue = tok == "(" || tok == "[" || tok == "„" || tok == "»" || (tok == `"` && !open)
		if tok == `"` {
			open = !open
		}
	}
	flush()
	var sb strings.Builder
	for i, s := range sents {
		if i > 0 {
			if i%10 == 0 {
				sb.WriteString("\n\n")
			} else {
				sb.WriteByte(' ')
			}
		}
		sb.WriteString(s)
	}
	return sb.String(), sents
}

// TestEvalGermEval scores on GermEval 2014 dev (news and Wikipedia) rebuilt
// from tokens. Its "sentences" sometimes hold several sentences, so the
// precision figure is a lower bound.
func TestEvalGermEval(t *testing.T) {
	text, gold := germEvalText(t)
	spans := Sentences(text, Options{Lang: "de"})
	sc := scoreBoundaries(t, text, gold, spans, true)
	t.Logf("GermEval dev intra-paragraph: P=%.4f R=%.4f F1=%.4f (TP %d FP %d FN %d)",
		sc.Precision(), sc.Recall(), sc.F1(), sc.TP, sc.FP, sc.FN)
	if testing.Verbose() {
		logErrors(t, text, gold, spans)
	}
	const floor = 0.975 // measured 0.9822
	if f := sc.F1(); f < floor {
		t.Errorf("GermEval intra-paragraph F1 %.4f below floor %.3f", f, floor)
	}
}

// TestEvalWMT scores German and English news from WMT21 (align-dev
// parallel/): each document's sentences joined by one space, documents
// separated by a blank line. Its gold sentences come from a simple splitter
// corrected by hand after German ordinals.
func TestEvalWMT(t *testing.T) {
	const dir = "../../shared/data/align-dev/parallel/"
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		t.Skip("align-dev data not present: ", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	floors := map[string]float64{"de": 0.995, "en": 0.995} // measured 0.9993, 0.9987
	for _, lang := range []string{"de", "en"} {
		t.Run(lang, func(t *testing.T) {
			var text strings.Builder
			var gold []string
			for _, e := range entries {
				if !strings.HasSuffix(e.Name(), "."+lang) {
					continue
				}
				lines := readLines(t, dir+e.Name())
				if text.Len() > 0 {
					text.WriteString("\n\n")
				}
				// As in news: a line without final punctuation (a headline or
				// subhead) stands on its own line.
				for i, l := range lines {
					if i > 0 {
						if hasFinalPunct(lines[i-1]) {
							text.WriteByte(' ')
						} else {
							text.WriteByte('\n')
						}
					}
					text.WriteString(l)
				}
				gold = append(gold, lines...)
			}
			s := text.String()
			spans := Sentences(s, Options{Lang: lang})
			sc := scoreBoundaries(t, s, gold, spans, true)
			t.Logf("WMT21 %s intra-paragraph: P=%.4f R=%.4f F1=%.4f (TP %d FP %d FN %d)",
				lang, sc.Precision(), sc.Recall(), sc.F1(), sc.TP, sc.FP, sc.FN)
			if testing.Verbose() {
				logErrors(t, s, gold, spans)
			}
			if f := sc.F1(); f < floors[lang] {
				t.Errorf("WMT21 %s F1 %.4f below floor %.3f", lang, f, floors[lang])
			}
		})
	}
}

func hasFinalPunct(s string) bool {
	s = strings.TrimRight(s, "\"'“”‘’»«)")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}
