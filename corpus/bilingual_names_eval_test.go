package corpus

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/satzwerk/satz/align"
	"github.com/satzwerk/satz/segment"
)

// go test -run EvalNamesFromEnglish -v ./corpus -namesout FILE writes every
// change with its German and English sentences, for judging by hand (the
// dev data may not be copied into the repo: write FILE elsewhere).
var namesOut = flag.String("namesout", "", "write the name changes of TestEvalNamesFromEnglish to this file")

const alignDevDir = "../../shared/data/align-dev"

type devPair struct {
	name   string
	de, en []string
}

func loadAlignDev(t *testing.T, folder string) []devPair {
	t.Helper()
	des, _ := filepath.Glob(filepath.Join(alignDevDir, folder, "*.de"))
	if len(des) == 0 {
		t.Skipf("align-dev not found at %s", alignDevDir)
	}
	slices.Sort(des)
	var out []devPair
	for _, p := range des {
		base := strings.TrimSuffix(p, ".de")
		de, err1 := os.ReadFile(base + ".de")
		en, err2 := os.ReadFile(base + ".en")
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		out = append(out, devPair{filepath.Base(base),
			strings.Split(strings.TrimSuffix(string(de), "\n"), "\n"),
			strings.Split(strings.TrimSuffix(string(en), "\n"), "\n")})
	}
	return out
}

// lineText joins lines with line breaks and returns each line's span.
func lineText(lines []string) (string, []segment.Span) {
	var b strings.Builder
	spans := make([]segment.Span, len(lines))
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		spans[i] = segment.Span{Start: b.Len(), End: b.Len() + len(l)}
		b.WriteString(l)
	}
	return b.String(), spans
}

// namesFromEnglish runs what satz align does to a pair's German names,
// on one-sentence-per-line text: German names, alignment, revision.
func namesFromEnglish(p devPair, opt align.Options) (de string, before, after []segment.Name, changes []segment.NameChange, links []segment.AlignedSpans, en string) {
	de, deSpans := lineText(p.de)
	en, enSpans := lineText(p.en)
	before = segment.Names(de, deSpans, "de")
	res := align.Align(p.de, p.en, opt)
	for _, l := range res.Links {
		if !nameEvidence(l) {
			continue
		}
		var a segment.AlignedSpans
		for _, id := range l.DE {
			a.DE = append(a.DE, deSpans[id])
		}
		for _, id := range l.EN {
			a.EN = append(a.EN, enSpans[id])
		}
		links = append(links, a)
	}
	after, changes = segment.NamesFromTranslation(de, before, en, links)
	return de, before, after, changes, links, en
}

// TestEvalNamesFromEnglish counts the German proper-noun marks that the
// aligned English sentences add and remove on align-dev (default aligner
// settings). Judging them takes a person: see -namesout.
func TestEvalNamesFromEnglish(t *testing.T) {
	var out *os.File
	if *namesOut != "" {
		var err error
		if out, err = os.Create(*namesOut); err != nil {
			t.Fatal(err)
		}
		defer out.Close()
	}
	for _, folder := range []string{"parallel", "perturbed", "comparable", "long"} {
		var marks, added, removed, linked, sentences int
		for _, p := range loadAlignDev(t, folder) {
			de, before, _, changes, links, en := namesFromEnglish(p, align.Options{})
			marks += len(before)
			sentences += len(p.de)
			for _, l := range links {
				linked += len(l.DE)
			}
			for _, c := range changes {
				if c.Added {
					added++
				} else {
					removed++
				}
				if out != nil && folder != "perturbed" && folder != "comparable" {
					l := links[c.Link]
					var deS, enS []string
					for _, s := range l.DE {
						deS = append(deS, s.Text(de))
					}
					for _, s := range l.EN {
						enS = append(enS, s.Text(en))
					}
					kind := "removed"
					if c.Added {
						kind = "added"
					}
					fmt.Fprintf(out, "%s\t%s\t%s\t%s\t%s\t%s\n", folder, p.name, kind, c.Text(de), strings.Join(deS, " "), strings.Join(enS, " "))
				}
			}
		}
		t.Logf("%-10s German marks %5d; %d of %d sentences in links used as evidence; added %d, removed %d",
			folder, marks, linked, sentences, added, removed)
	}
}

// go test -run EvalNamesGold -v ./corpus -namesgold FILE scores the German
// marks before and after the English evidence against a hand-made gold:
// lines "doc<TAB>line<TAB>word", one per capitalized name token ("?word":
// ambiguous, not scored). Only capitalized tokens are scored.
var namesGold = flag.String("namesgold", "", "hand-checked name tokens of some align-dev documents")

func TestEvalNamesGold(t *testing.T) {
	if *namesGold == "" {
		t.Skip("no -namesgold file")
	}
	b, err := os.ReadFile(*namesGold)
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		doc  string
		line int
		word string
	}
	gold, ambiguous := map[key]int{}, map[key]bool{}
	docs := map[string]bool{}
	for l := range strings.Lines(string(b)) {
		f := strings.Split(strings.TrimSpace(l), "\t")
		if len(f) != 3 || strings.HasPrefix(f[0], "#") {
			continue
		}
		var line int
		fmt.Sscan(f[1], &line)
		docs[f[0]] = true
		if w, ok := strings.CutPrefix(f[2], "?"); ok {
			ambiguous[key{f[0], line, w}] = true
			continue
		}
		gold[key{f[0], line, f[2]}]++
	}
	var tpB, tpA, predB, predA, total int
	for _, p := range loadAlignDev(t, "parallel") {
		if !docs[p.name] {
			continue
		}
		de, before, after, _, _, _ := namesFromEnglish(p, align.Options{})
		_, spans := lineText(p.de)
		count := func(names []segment.Name) map[key]int {
			m := map[key]int{}
			for line, s := range spans {
				for _, w := range capitalizedTokens(de, s) {
					for _, n := range names {
						if n.Start <= w.Start && w.End <= n.End {
							m[key{p.name, line, w.Text(de)}]++
							break
						}
					}
				}
			}
			return m
		}
		cb, ca := count(before), count(after)
		for k, n := range cb {
			if !ambiguous[k] {
				predB += n
				tpB += min(n, gold[k])
				if n > gold[k] && testing.Verbose() {
					t.Logf("not a name: %s line %d %q", k.doc, k.line, k.word)
				}
			}
		}
		for k, n := range gold {
			if k.doc == p.name && cb[k] < n && testing.Verbose() {
				t.Logf("missed: %s line %d %q", k.doc, k.line, k.word)
			}
		}
		for k, n := range ca {
			if !ambiguous[k] {
				predA += n
				tpA += min(n, gold[k])
			}
		}
		for k, n := range gold {
			if k.doc == p.name {
				total += n
			}
		}
		for k, n := range ca {
			if cb[k] != n {
				t.Logf("%s line %d %q: %d → %d marked, gold %d", k.doc, k.line, k.word, cb[k], n, gold[k])
			}
		}
		for k, n := range cb {
			if _, ok := ca[k]; !ok {
				t.Logf("%s line %d %q: %d → 0 marked, gold %d", k.doc, k.line, k.word, n, gold[k])
			}
		}
	}
	prf := func(tp, pred int) string {
		p, r := float64(tp)/float64(max(1, pred)), float64(tp)/float64(max(1, total))
		return fmt.Sprintf("P %.3f (%d/%d) R %.3f (%d/%d) F1 %.3f", p, tp, pred, r, tp, total, 2*p*r/max(1e-9, p+r))
	}
	t.Logf("%d documents, %d gold name tokens", len(docs), total)
	t.Logf("before: %s", prf(tpB, predB))
	t.Logf("after:  %s", prf(tpA, predA))
	if tpA < tpB || predA-tpA > predB-tpB {
		t.Errorf("the English evidence lost right marks or added wrong ones on the gold documents")
	}
}

// capitalizedTokens returns the words of text[s] that start with an upper
// case letter (words: runs of letters and digits).
func capitalizedTokens(text string, s segment.Span) []segment.Span {
	var out []segment.Span
	start := -1
	for i, r := range text[s.Start:s.End] + " " {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if r0, _ := utf8.DecodeRuneInString(text[s.Start+start:]); unicode.IsUpper(r0) {
				out = append(out, segment.Span{Start: s.Start + start, End: s.Start + i})
			}
			start = -1
		}
	}
	return out
}
