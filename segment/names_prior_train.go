//go:build namesgen

package segment

import (
	_ "embed"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// With the namesgen tag the spelling prior is trained from the word list's
// text form, as segment/internal/gen does to write data/names_prior.bin.
func priorBase() *wordPrior { return trainWordPrior(lexText, priorEpochs) }

// BuildWordPrior returns the encoded spelling prior (data/names_prior.bin).
func BuildWordPrior() []byte { return loadWordPrior().marshal() }

// priorEpochs is the number of passes over the word list.
const priorEpochs = 5

// priorExamples returns the capitalized words of the word list (word<TAB>flags
// lines) that are one of a common noun, a person's name and a place's name
// and not another, with their class.
func priorExamples(lexText string) (words []string, class []uint8) {
	for line := range strings.Lines(lexText) {
		w, fl, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if r, _ := utf8.DecodeRuneInString(w); !ok || !unicode.IsUpper(r) {
			continue
		}
		noun := strings.Contains(fl, "N")
		per := strings.ContainsAny(fl, "GS")
		loc := strings.ContainsAny(fl, "TC")
		c := uint8(priorNoun)
		switch {
		case noun && !per && !loc:
		case per && !noun && !loc:
			c = priorPerson
		case loc && !noun && !per:
			c = priorPlace
		default:
			continue
		}
		words = append(words, w)
		class = append(class, c)
	}
	return words, class
}

// trainWordPrior trains the prior as an averaged multi-class perceptron over
// the words of lexText in a fixed order, and rounds the weights to int8.
// It averages in float64 with its own shuffle rather than with the name
// trainer's avg and rand.Shuffle: switching changes every weight a little,
// and the model retrained on that prior lost held-back and cross-validated
// F1 and two seed-article names (measured 2026-11-22), a re-roll, not a
// gain; the committed prior is this function's.
func trainWordPrior(lexText string, epochs int) *wordPrior {
	words, class := priorExamples(lexText)
	n := priorClasses << priorBits
	w := make([]float64, n)
	sum := make([]float64, n)
	stamp := make([]int, n)
	order := make([]int, len(words))
	for i := range order {
		order[i] = i
	}
	step := 0
	var feats []uint32
	var low []byte
	for ep := range epochs {
		rng := uint64(ep + 1)
		for i := len(order) - 1; i > 0; i-- {
			rng = rng*6364136223846793005 + 1442695040888963407
			j := int((rng >> 33) % uint64(i+1))
			order[i], order[j] = order[j], order[i]
		}
		for _, k := range order {
			step++
			low = appendLower(low[:0], words[k])
			feats = appendPriorBuckets(feats[:0], low)
			var s [priorClasses]float64
			for _, x := range feats {
				for c := range priorClasses {
					s[c] += w[int(x)*priorClasses+c]
				}
			}
			best := 0
			for c := 1; c < priorClasses; c++ {
				if s[c] > s[best] {
					best = c
				}
			}
			gold := int(class[k])
			if best == gold {
				continue
			}
			for _, x := range feats {
				for _, c := range [2]int{gold, best} {
					i := int(x)*priorClasses + c
					sum[i] += float64(step-stamp[i]) * w[i]
					stamp[i] = step
				}
				w[int(x)*priorClasses+gold]++
				w[int(x)*priorClasses+best]--
			}
		}
	}
	maxAbs := 0.0
	for i := range w {
		sum[i] += float64(step-stamp[i]) * w[i]
		w[i] = sum[i] / float64(max(step, 1))
		maxAbs = max(maxAbs, math.Abs(w[i]))
	}
	p := &wordPrior{scale: 1, w: make([]int8, n)}
	if maxAbs > 0 {
		p.scale = float32(maxAbs / 127)
	}
	for i, v := range w {
		p.w[i] = int8(math.Round(v / float64(p.scale)))
	}
	return p
}

// priorFile is the committed prior, which TestNamesPriorReproducible
// compares with the one trained here.
//
//go:embed data/names_prior.bin
var priorFile []byte
