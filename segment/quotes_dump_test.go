//go:build quotesdump

package segment

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestQuotesDump writes every quote and stray mark found in the corpora
// below to $QDUMP, one JSON line per call, for comparing two versions of the
// quote pass byte for byte (a speed change must give the same file):
//
//	QDUMP=/tmp/new.jsonl go test -tags quotesdump -run TestQuotesDump -v ./segment
//
// The corpora: the generated news of /tmp/satz-bench/full (go run
// ./internal/benchcorpus -o /tmp/satz-bench/full -mb 25), testdata, the
// files of /work/shared/data, and 20,000 documents made of their paragraphs
// with marks added and removed; each through Quotes (de, en) and QuotesIn
// with the sentences of Sentences, of lineSentences and merged three by
// three (spans that hold blank lines).
func TestQuotesDump(t *testing.T) {
	out, err := os.Create(os.Getenv("QDUMP"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	w := bufio.NewWriter(out)
	defer w.Flush()
	var files []string
	for _, root := range []string{"/tmp/satz-bench/full", "../testdata", "/work/shared/data"} {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				files = append(files, p)
			}
			return nil
		})
	}
	sort.Strings(files)
	nq, ns, nstray, ndocs := 0, 0, 0, 0
	dump := func(name, mode string, qs []Quote, stray []int) {
		ndocs++
		b, _ := json.Marshal(struct {
			N, M  string
			Q     []Quote
			Stray []int
		}{name, mode, qs, stray})
		w.Write(b)
		w.WriteByte('\n')
		nq += len(qs)
		nstray += len(stray)
		for _, q := range qs {
			if q.Speaker != "" {
				ns++
			}
		}
	}
	var paras []string
	sameQuotes := func(name, text string, sents []Span, qs []Quote, stray []int) {
		if q2, s2 := QuotesIn(text, sents, "de"); !reflect.DeepEqual(qs, q2) || !slices.Equal(stray, s2) {
			t.Errorf("%s: QuotesMarked and QuotesIn differ", name)
		}
	}
	run := func(name, text string) {
		for _, lang := range []string{"de", "en"} {
			qs, st := Quotes(text, lang)
			dump(name, "Quotes/"+lang, qs, st)
		}
		// QuotesIn and QuotesMarked must agree; the file holds the
		// quotes of QuotesMarked, so that it compares with the file of a
		// version without it.
		var m QuoteMarks
		sents := m.AppendSentences(nil, text, 0, Options{Lang: "de"})
		qs, st := QuotesMarked(text, sents, nil, &m, "de")
		sameQuotes(name, text, sents, qs, st)
		dump(name, "QuotesIn", qs, st)
		sents = lineSentencesMarked(&m, text, "de")
		qs, st = QuotesMarked(text, sents, Paragraphs(text), &m, "de") // the pipeline's way
		sameQuotes(name, text, sents, qs, st)
		dump(name, "QuotesIn/lines", qs, st)
		var merged []Span
		sents = Sentences(text, Options{Lang: "de"})
		for i := 0; i < len(sents); i += 3 {
			sp := sents[i]
			if i+2 < len(sents) {
				sp.End = sents[i+2].End
			}
			merged = append(merged, sp)
		}
		qs, st = QuotesIn(text, merged, "de")
		dump(name, "QuotesIn/merged", qs, st)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		run(f, text)
		for _, p := range Paragraphs(text) {
			if len(paras) < 200000 {
				paras = append(paras, text[p.Start:p.End])
			}
		}
	}
	// Generated documents: paragraphs of different files, joined by blank
	// lines or single line breaks, with some marks deleted or moved.
	rng := rand.New(rand.NewSource(1))
	marks := []string{"„", "“", "”", "‚", "‘", "’", "\"", "'", "»", "«", "›", "‹"}
	for d := 0; d < 20000; d++ {
		var sb strings.Builder
		n := 1 + rng.Intn(12)
		for k := 0; k < n; k++ {
			if k > 0 {
				if rng.Intn(3) == 0 {
					sb.WriteString("\n")
				} else {
					sb.WriteString("\n\n")
				}
			}
			p := paras[rng.Intn(len(paras))]
			for e := rng.Intn(4); e > 0 && len(p) > 2; e-- {
				i := rng.Intn(len(p))
				for i > 0 && p[i]&0xC0 == 0x80 {
					i--
				}
				if rng.Intn(2) == 0 {
					p = p[:i] + marks[rng.Intn(len(marks))] + p[i:]
				} else {
					for _, m := range marks {
						if j := strings.Index(p[i:], m); j >= 0 {
							p = p[:i+j] + p[i+j+len(m):]
							break
						}
					}
				}
			}
			sb.WriteString(p)
		}
		run(fmt.Sprintf("gen%d", d), sb.String())
	}
	fmt.Printf("files %d, calls %d, quotes %d, speakers %d, stray %d\n", len(files), ndocs, nq, ns, nstray)
}
