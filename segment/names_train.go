//go:build namesgen

package segment

import (
	_ "embed"
	"fmt"
	"math/rand/v2"
	"os"
)

// With the namesgen tag the word list comes from its text form, which the
// generator has just written, not from the prebuilt table.
//
//go:embed data/lex_de.txt
var lexText string

const gazetteerRoom = 8192

// lexBin is the prebuilt table, which this build does not embed.
var lexBin []byte

func lexBase() *lexTable { return parseLexText(lexText, gazetteerRoom) }

// BuildLexiconTable returns the prebuilt table of the embedded word list
// (data/lex_de.bin).
func BuildLexiconTable() []byte { return parseLexText(lexText, gazetteerRoom).marshal() }

// NameEpochs is the number of training epochs of the name and type models
// that scripts/gen-names.sh uses, and the cross-validation too (chosen by
// it: see README).
const NameEpochs = 16

// TrainNames trains the name model on the training part (first 75%) of the
// UD CoNLL-U and GermEval TSV texts and returns the encoded weights. It exists
// only with the build tag namesgen, for segment/internal/gen.
func TrainNames(udData, germEvalData string, epochs, typeEpochs int) ([]byte, string) {
	udTrain, _ := splitNameGold(parseNameCoNLLU(udData))
	geTrain, _ := splitNameGold(parseNameGermEval(germEvalData))
	m, report := trainNameWeights(nameExamples(udTrain, geTrain), epochs, typeEpochs)
	return m.marshal(), report
}

// nameExample is one training document with its labels.
type nameExample struct {
	d      *nameDoc
	label  []int8 // per token: -1 unknown or not a candidate, 0 no, 1 name
	spans  []nameRun
	stypes []uint8
	ent    []int // per token: its gold name (first gold token), -1 for none
}

// nameLink is an extension of the name word i over the tokens up to e (kind
// k, see linkChunk), and whether they belong to the same gold name.
type nameLink struct {
	i, e, k int
	same    bool
}

// predLinks appends the extensions extend would weigh at the ends of the
// names the word model marks (t.name), labelled with the gold names ent.
func predLinks(out []nameLink, d *nameDoc, ent []int) []nameLink {
	add := func(i, e, k int) {
		same := ent[i] >= 0
		for j := min(i, e); j <= max(i, e); j++ {
			same = same && ent[j] == ent[i]
		}
		out = append(out, nameLink{i: i, e: e, k: k, same: same})
	}
	for i := range d.toks {
		if !d.toks[i].name {
			continue
		}
		e, k := d.linkChunk(i, linkRight), linkRight
		if e < 0 || d.toks[e].name {
			e, k = d.linkChunk(i, linkRightConn), linkRightConn
		}
		if e >= 0 && !d.toks[e].name && (i+1 >= len(d.toks) || !d.toks[i+1].name) {
			add(i, e, k)
		}
		if e := d.linkChunk(i, linkLeft); e >= 0 && !d.toks[e].name {
			add(i, e, linkLeft)
		}
	}
	return out
}

// nameExamples turns UD sentences (in documents of ten, as in raw.txt) and
// GermEval sentences (one document each) into training examples.
func nameExamples(ud, ge []nameGold) []nameExample {
	var exs []nameExample
	add := func(g nameGold, sents []Span, typed bool) {
		d := newNameDoc(g.text, sents, nil)
		ex := nameExample{d: d, label: make([]int8, len(d.toks))}
		gent := make([]int, len(g.toks))
		for j := range gent {
			gent[j] = -1
		}
		for j, e := range g.entities() {
			for x := j; x <= e; x++ {
				gent[x] = j
			}
		}
		ent := make([]int, len(d.toks))
		k := 0
		for i := range d.toks {
			t := &d.toks[i]
			ex.label[i] = -1
			ent[i] = -1
			for k < len(g.toks) && g.toks[k].End <= int(t.start) {
				k++
			}
			if k == len(g.toks) || g.toks[k].Start > int(t.start) || g.toks[k].End < int(t.end) {
				continue
			}
			ent[i] = gent[k]
			if !t.candidate() {
				continue
			}
			gt := g.toks[k]
			switch {
			case g.name[k]:
				ex.label[i] = 1
			case gt.Start == int(t.start) && gt.End == int(t.end):
				ex.label[i] = 0
			case gt.End == int(t.end) || !g.part[k]:
				// The head of a compound is a common noun (NATO-Gipfel);
				// the name part of a *part compound stays unknown.
				ex.label[i] = 0
			}
		}
		ex.ent = ent
		if typed {
			// Gold entity spans → token ranges.
			for j, e := range g.entities() {
				a, b := -1, -1
				for i := range d.toks {
					t := &d.toks[i]
					if t.word && int(t.start) >= g.toks[j].Start && int(t.end) <= g.toks[e].End {
						if a < 0 {
							a = i
						}
						b = i
					}
				}
				if a >= 0 {
					ex.spans = append(ex.spans, nameRun{a: a, b: b})
					ex.stypes = append(ex.stypes, uint8(g.typ[j]))
				}
			}
		}
		exs = append(exs, ex)
	}
	for i := 0; i < len(ud); i += 10 {
		j := min(i+10, len(ud))
		g, sents := joinNameGold(ud[i:j])
		add(g, sents, false)
	}
	for _, s := range ge {
		add(s, []Span{{0, len(s.text)}}, true)
	}
	return exs
}

// trainNameWeights trains the averaged perceptrons on exs.
func trainNameWeights(exs []nameExample, epochs, typeEpochs int) (*nameWeights, string) {
	m := newNameWeights()
	sumBin := make([]float32, len(m.bin))
	sumTyp := make([]float32, len(m.typ))
	sumLink := make([]float32, len(m.link))
	// Bagging: models trained on different shuffles, averaged, vary less
	// from one regeneration to the next than a single one.
	const bags = 10
	var report string
	for bag := 0; bag < bags; bag++ {
		bin := newAvg(len(m.bin))
		typ := newAvg(len(m.typ))
		link := newAvg(len(m.link))
		rng := rand.New(rand.NewPCG(uint64(bag)+1, 2))
		order := make([]int, len(exs))
		for i := range order {
			order[i] = i
		}
		var f []uint32
		var links []nameLink
		for ep := 0; ep < epochs; ep++ {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			errs, n, terrs, tn := 0, 0, 0, 0
			for _, oi := range order {
				ex := exs[oi]
				d := ex.d
				for i := range d.toks {
					t := &d.toks[i]
					t.name = false
					if !t.candidate() {
						continue
					}
					f = d.binFeatures(f[:0], i, d.prevState(i))
					var s float32
					for _, k := range f {
						s += bin.w[k]
					}
					pred := s > 0
					t.name = pred
					if ex.label[i] < 0 {
						continue
					}
					gold := ex.label[i] == 1
					if teacherForcing {
						t.name = gold
					}
					n++
					if pred != gold {
						errs++
						delta := float32(1)
						if !gold {
							delta = -1
						}
						for _, k := range f {
							bin.update(int(k), delta)
						}
					}
					bin.tick()
				}
				links = predLinks(links[:0], d, ex.ent)
				for _, l := range links {
					f = d.linkFeatures(f[:0], l.i, l.e, l.k)
					var s float32
					for _, k := range f {
						s += link.w[k]
					}
					if pred := s > 0; pred != l.same {
						delta := float32(1)
						if !l.same {
							delta = -1
						}
						for _, k := range f {
							link.update(int(k), delta)
						}
					}
					link.tick()
				}
				for si, sp := range ex.spans {
					if ep >= typeEpochs {
						break
					}
					f = d.typFeatures(f[:0], sp.a, sp.b)
					var sc [4]float32
					for c := range sc {
						for _, k := range f {
							sc[c] += typ.w[4*int(k)+c]
						}
					}
					pred, gold := argmax4(sc), ex.stypes[si]
					tn++
					if pred != gold {
						terrs++
						for _, k := range f {
							typ.update(4*int(k)+int(gold), 1)
							typ.update(4*int(k)+int(pred), -1)
						}
					}
					typ.tick()
				}
			}
			report += fmt.Sprintf("bag %d epoch %d: name errors %d/%d, type errors %d/%d\n", bag+1, ep+1, errs, n, terrs, tn)
		}
		bin.average(m.bin)
		typ.average(m.typ)
		link.average(m.link)
		for i := range sumBin {
			sumBin[i] += m.bin[i] / bags
		}
		for i := range sumTyp {
			sumTyp[i] += m.typ[i] / bags
		}
		for i := range sumLink {
			sumLink[i] += m.link[i] / bags
		}
	}
	copy(m.bin, sumBin)
	copy(m.typ, sumTyp)
	copy(m.link, sumLink)
	return m.compact(), report
}

// teacherForcing makes the next token see the gold decision in training
// rather than the predicted one.
var teacherForcing = os.Getenv("NAMES_TEACHER") != ""

// avg is an averaged perceptron's weight vector.
type avg struct {
	w, u []float32 // weights, and their updates weighted by time
	c    float32
}

func newAvg(n int) *avg {
	return &avg{w: make([]float32, n), u: make([]float32, n), c: 1}
}

func (a *avg) update(k int, d float32) {
	a.w[k] += d
	a.u[k] += a.c * d
}

func (a *avg) tick() { a.c++ }

func (a *avg) average(dst []float32) {
	for i := range dst {
		dst[i] = a.w[i] - a.u[i]/a.c
	}
}
