package segment

import (
	_ "embed"
	mbits "math/bits"
	"strings"
	"sync"
)

// The model: three averaged perceptrons over hashed features, trained by
// segment/internal/gen on the development data (see data/names_SOURCES.md).
// The first decides for each capitalized word whether it belongs to a name,
// left to right, seeing its own decision for the word before; the second
// gives each name span its type; the third extends names over neighbouring
// words (see names_link.go).

//go:embed data/names_model.bin
var nameModelData []byte

const (
	nameBinBits = 19
	nameTypBits = 17
	nameMagic   = "SATZNM3\n"
)

// nameWeights is a model: dense float weights while training, and for
// marking a sparse copy (see sparseWeights) that fits in a core's cache.
type nameWeights struct {
	bin      []float32 // 1 << nameBinBits; nil once compacted
	typ      []float32 // 4 << nameTypBits, the four types' weights of a feature side by side
	link     []float32 // 1 << nameLinkBits
	sb       sparseWeights
	st       sparseWeights
	sl       sparseWeights
	small    smallWeights // of sb
	smallTyp smallWeights // of st
}

var (
	nameModelOnce sync.Once
	nameModelW    *nameWeights
)

func newNameWeights() *nameWeights {
	return &nameWeights{
		bin:  make([]float32, 1<<nameBinBits),
		typ:  make([]float32, 4<<nameTypBits),
		link: make([]float32, 1<<nameLinkBits),
	}
}

func loadNameModel() *nameWeights {
	nameModelOnce.Do(func() {
		nameModelW = unmarshalNameWeights(nameModelData)
	})
	return nameModelW
}

// compact builds the sparse weights from the dense ones and drops these.
func (m *nameWeights) compact() *nameWeights {
	m.sb = newSparseWeights(m.bin, 1)
	m.st = newSparseWeights(m.typ, 4)
	m.sl = newSparseWeights(m.link, 1)
	m.bin, m.typ, m.link = nil, nil, nil
	m.small, m.smallTyp = newSmallWeights(&m.sb, smallValues, nameBinBits), newSmallWeights(&m.st, typSmallValues, nameTypBits)
	return m
}

// unmarshalNameWeights decodes the embedded weights; all zero when the data
// is missing or malformed (then no word is marked by the model).
func unmarshalNameWeights(b []byte) *nameWeights {
	m := &nameWeights{}
	if len(b) >= len(nameMagic) && string(b[:len(nameMagic)]) == nameMagic {
		b = b[len(nameMagic):]
		var ok bool
		if m.sb, b, ok = decodeSparse(b, 1<<nameBinBits, 1); ok {
			if m.st, b, ok = decodeSparse(b, 1<<nameTypBits, 4); ok {
				if m.sl, b, ok = decodeSparse(b, 1<<nameLinkBits, 1); ok && len(b) == 0 {
					m.small, m.smallTyp = newSmallWeights(&m.sb, smallValues, nameBinBits), newSmallWeights(&m.st, typSmallValues, nameTypBits)
					return m
				}
			}
		}
	}
	m.sb = newSparseWeights(make([]float32, 1<<nameBinBits), 1)
	m.st = newSparseWeights(make([]float32, 4<<nameTypBits), 4)
	m.sl = newSparseWeights(make([]float32, 1<<nameLinkBits), 1)
	m.small, m.smallTyp = newSmallWeights(&m.sb, smallValues, nameBinBits), newSmallWeights(&m.st, typSmallValues, nameTypBits)
	return m
}

// marshal encodes the weights in the embedded format.
func (m *nameWeights) marshal() []byte {
	sb, st, sl := m.sb, m.st, m.sl
	if m.bin != nil {
		sb, st, sl = newSparseWeights(m.bin, 1), newSparseWeights(m.typ, 4), newSparseWeights(m.link, 1)
	}
	b := append([]byte(nil), nameMagic...)
	b = sb.append(b)
	b = st.append(b)
	return sl.append(b)
}

// feat is the weight index of feature template tmpl with value hash h:
// multiplicative hashing, the top bits of one product.
func feat(tmpl, h uint64, bits uint) uint32 {
	return uint32(((h ^ tmpl*0x9E3779B97F4A7C15) * 0xD6E8FEB86659FD93) >> (64 - bits))
}

var (
	hashBOS = hashString("<s>")
	hashEOS = hashString("</s>")
)

func (d *nameDoc) ctx(i int) uint64 {
	if i < 0 {
		return hashBOS
	}
	if i >= len(d.toks) {
		return hashEOS
	}
	return d.toks[i].lh
}

func (t *ntok) shape() uint64 {
	b := func(x bool) uint64 {
		if x {
			return 1
		}
		return 0
	}
	return b(t.upper) | b(t.caps)<<1 | b(t.mixed)<<2 | b(t.digit)<<3 | b(t.dotted)<<4 |
		b(t.hyphPrev)<<5 | b(t.hyphNext)<<6 | b(t.end-t.start <= 3)<<7 | b(t.init)<<8 |
		b(t.shout)<<9 | b(t.nl)<<10
}

// affixes returns the hashes of the last two, three and four letters and the
// first three letters of low, a word in lower case.
func affixes(low []byte) (s2, s3, s4, p3 uint64) {
	return hashBytes(suffixRunes(low, 2)), hashBytes(suffixRunes(low, 3)),
		hashBytes(suffixRunes(low, 4)), hashBytes(prefixRunes(low, 3))
}

// lowerWord returns token i in lower case, in d.buf: for the features that
// need one or two of the affixes, whose hashes cost more than the rest.
func (d *nameDoc) lowerWord(i int) []byte {
	t := &d.toks[i]
	d.buf = appendLower(d.buf[:0], d.text[t.start:t.end])
	return d.buf
}

// binFeatures appends the features of candidate token i; prev is the
// decision for the token before (see prevState).
func (d *nameDoc) binFeatures(f []uint32, i int, prev uint64) []uint32 {
	return d.dynFeatures(d.staticFeatures(f, i), i, prev)
}

func (t *ntok) initBit() uint64 {
	if t.init || t.shout {
		return 1
	}
	return 0
}

// staticFeatures appends the features of candidate token i that depend only
// on its spelling and on whether it starts a sentence: Names sums their
// weights once per spelling and document (see staticScore).
func (d *nameDoc) staticFeatures(f []uint32, i int) []uint32 {
	const bits = nameBinBits
	t := &d.toks[i]
	init := t.initBit()
	low := d.lowerWord(i)
	s2, s3, s4, p3 := affixes(low)
	f = append(f,
		feat(1, 0, bits),
		feat(2, t.h, bits),
		feat(3, t.lh, bits),
		feat(4, s2, bits),
		feat(5, s3, bits),
		feat(6, s4, bits),
		feat(7, p3, bits),
		feat(9, init, bits),
		feat(21, t.h*2+init, bits),
	)
	if t.split {
		f = append(f, feat(38, init, bits))
	}
	for x := t.fl; x != 0; x &= x - 1 {
		f = append(f, feat(10, uint64(mbits.TrailingZeros32(x))*2+init, bits))
	}
	for x := t.flLow; x != 0; x &= x - 1 {
		f = append(f, feat(11, uint64(mbits.TrailingZeros32(x))*2+init, bits))
	}
	if t.comp {
		f = append(f, feat(12, init, bits))
	}
	if t.compPre {
		f = append(f, feat(27, init, bits))
	}
	if t.fl&lexNoun != 0 && t.caps {
		f = append(f, feat(23, init, bits))
	}
	if t.fl == 0 && t.flLow == 0 {
		// Compounds of listed words get weights of their own.
		tmpl := uint64(40)
		if !t.unknownWord() {
			tmpl = 41
		}
		f = append(f, feat(tmpl, priorNounBin(loadWordPrior().scores(low))*2+init, bits))
	}
	return f
}

// dynFeatures appends the features of candidate token i that depend on its
// context and on the decision for the token before.
func (d *nameDoc) dynFeatures(f []uint32, i int, prev uint64) []uint32 {
	ctx := d.ctxFeatures(i, prev)
	f = append(f, ctx[:]...)
	d.small = d.smallFeatures(d.small[:0], i, prev)
	for _, x := range d.small {
		f = append(f, feat(uint64(x.tmpl), uint64(x.v), nameBinBits))
	}
	return f
}

// dynScore is binScore of dynFeatures: the features of few values are
// looked up in a table of their weights (see smallWeights) instead of
// being hashed and searched in the sparse weights. The integer sum is the
// same, so the score is too.
func (d *nameDoc) dynScore(i int, prev uint64) float32 {
	ctx := d.ctxFeatures(i, prev)
	n := d.m.sb.sumInt(ctx[:])
	n += d.smallSum(i, prev)
	return float32(n) * d.m.sb.scale
}

// smallSum returns the summed table weights of smallFeatures(i, prev)
// without listing them: the same features, read straight from the tables,
// for this runs for every candidate in context. TestNamesDynScore checks
// that the two agree.
func (d *nameDoc) smallSum(i int, prev uint64) int32 {
	w := &d.m.small
	toks := d.toks // the word and its neighbours read once, not through d
	t := &toks[i]
	init := t.initBit()
	p := prev
	n := w[8][t.shape()] + w[18][p]
	for x := t.fl; x != 0; x &= x - 1 {
		n += w[19][uint64(mbits.TrailingZeros32(x))*4+p]
	}
	if i > 0 {
		b := &toks[i-1]
		if b.word && b.fl&lexTitle != 0 {
			n += w[28][init]
		}
		if b.gen {
			n += w[25][t.fl&lexNoun]
		}
	}
	if t.unknownWord() {
		n += w[13][init*4+p]
	}
	if i+1 < len(toks) {
		s := uint64(toks[i+1].nextClass())
		n += w[20][s] + w[24][s*8+uint64(t.fl&lexNoun)+init*2]
	}
	return n
}

// unknownWord reports whether no list knows the word, whole or in parts.
func (t *ntok) unknownWord() bool {
	return t.fl == 0 && t.flLow == 0 && !t.comp && !t.compPre && !t.split
}

// nextClass is what the word after a candidate says of it (smallFeatures'
// templates 20 and 24): 1 capitalized, 2 a common noun, 3 unknown, 4 a
// month or weekday (Ende Januar, Anfang Mai), 0 anything else.
func (t *ntok) nextClass() uint16 {
	var s uint16
	if t.word && t.upper {
		s = 1
		if t.fl&lexNoun != 0 {
			s = 2
		} else if t.fl == 0 && !t.comp {
			s = 3
		}
	}
	if t.word && t.fl&lexCommon != 0 {
		s = 4
	}
	return s
}

// ctxWords returns the lower-case hashes of the two words before token a
// and the two after token b (hashBOS, hashEOS beyond the text), each read
// once from a local copy of d.toks: the context that ctxFeatures and
// typSpanCtx hash (the compiler does not merge repeated reads through d).
func (d *nameDoc) ctxWords(a, b int) (before2, before, after, after2 uint64) {
	toks := d.toks
	before2, before, after, after2 = hashBOS, hashBOS, hashEOS, hashEOS
	if a >= 1 {
		before = toks[a-1].lh
		if a >= 2 {
			before2 = toks[a-2].lh
		}
	}
	if b+1 < len(toks) {
		after = toks[b+1].lh
		if b+2 < len(toks) {
			after2 = toks[b+2].lh
		}
	}
	return
}

// ctxFeatures returns the dynamic features of candidate token i that hash
// the words around it: an array, not appended to a slice, for dynScore
// sums them for every candidate in context.
func (d *nameDoc) ctxFeatures(i int, prev uint64) [5]uint32 {
	const bits = nameBinBits
	before2, before, after, after2 := d.ctxWords(i, i)
	return [5]uint32{
		feat(14, before, bits),
		feat(15, after, bits),
		feat(16, before2*31+before, bits),
		feat(17, after*31+after2, bits),
		feat(22, before*4+prev, bits),
	}
}

// smallFeat is a dynamic feature whose value has few possible values:
// template and value.
type smallFeat struct {
	tmpl uint8
	v    uint16
}

// smallFeatures appends the dynamic features of candidate token i that
// depend on its shape, lexicon flags, neighbours' flags and the decision
// before.
func (d *nameDoc) smallFeatures(f []smallFeat, i int, prev uint64) []smallFeat {
	t := &d.toks[i]
	init := uint16(t.initBit())
	p := uint16(prev)
	f = append(f, smallFeat{8, uint16(t.shape())}, smallFeat{18, p})
	for x := t.fl; x != 0; x &= x - 1 {
		f = append(f, smallFeat{19, uint16(mbits.TrailingZeros32(x))*4 + p})
	}
	// A title before a name: Präsident Biden, Premierminister Kishida.
	if i > 0 && d.toks[i-1].word && d.toks[i-1].fl&lexTitle != 0 {
		f = append(f, smallFeat{28, init})
	}
	// After a genitive name (Japans Vorstoß) comes the thing it owns.
	if i > 0 && d.toks[i-1].gen {
		f = append(f, smallFeat{25, uint16(t.fl & lexNoun)})
	}
	if t.unknownWord() {
		f = append(f, smallFeat{13, init*4 + p})
	}
	// The next word: capitalized, and what the lexicon says of it.
	if i+1 < len(d.toks) {
		s := d.toks[i+1].nextClass()
		f = append(f, smallFeat{20, s}, smallFeat{24, s*8 + uint16(t.fl&lexNoun) + init*2})
	}
	return f
}

// staticScore returns the summed weights of the static features of
// candidate token i, computed once per spelling.
func (d *nameDoc) staticScore(i int) float32 {
	t := &d.toks[i]
	init := t.initBit()
	st := &d.stats[t.slot] // same spelling, same annotation
	if st.done&(1<<init) == 0 {
		d.feat = d.staticFeatures(d.feat[:0], i)
		st.st[init] = d.m.binScore(d.feat)
		st.done |= 1 << init
		d.saveStat(st)
	}
	return st.st[init]
}

func (m *nameWeights) binScore(f []uint32) float32 {
	return m.sb.sum(f)
}

// prevState is the feature value for the decision on the token before i.
func (d *nameDoc) prevState(i int) uint64 {
	if i == 0 {
		return 0
	}
	p := &d.toks[i-1]
	if p.word {
		if d.toks[i].init {
			return 0 // a word that opens a sentence or line: the word before ends another
		}
		if p.name {
			return 2
		}
		return 1
	}
	if p.end-p.start == 1 && d.text[p.start] == '-' && i >= 2 && d.toks[i-2].word && p.start == d.toks[i-2].end {
		if d.toks[i-2].name {
			return 4
		}
		return 3
	}
	return 0
}

// nameSure is the static score below which a word is taken for no name
// without looking at its context: a cascade that skips the context
// features of about half of all capitalized words. In the cross-validation
// on the training part the scores stay flat for thresholds from -10 to -4
// and drop at -3 (and on 1 MB of news and web text no context lifts a word
// below -10 to a name). Words after a name and head words (Fox News,
// Google News) are always weighed in context.
const nameSure = -5

// multiWordNameBefore reports whether token k is a name word joined to a
// name word before it (Deutschen Presse, Robert Koch), as decided so far.
func (d *nameDoc) multiWordNameBefore(k int) bool {
	return k >= 1 && d.toks[k].name && d.toks[k].word && d.toks[k-1].name && d.joinable(k-1, k)
}

func (d *nameDoc) decideModel() {
	d.tallyStart()
	toks := d.toks
	for _, ci := range d.cand {
		i := int(ci)
		t := &toks[i]
		st := d.staticScore(i)
		if st < nameSure && (i == 0 || !toks[i-1].name) && t.fl&(lexOrgHead|lexLocHead) == 0 {
			// Sure not to be a name, whatever the context says: skip the
			// context features.
			t.score, t.name = st, false
			d.tally(ci, t)
			continue
		}
		t.score = st + d.dynScore(i, d.prevState(i))
		d.tally(ci, t)
		t.name = t.score > 0
		if t.hyphPrev && !t.hyphNext && (t.fl&lexNoun != 0 || t.comp) &&
			t.fl&(lexCountry|lexCity|lexLOC|lexPER|lexORG|lexGiven|lexSurname) == 0 {
			// The head of a compound is a common noun: NATO-Gipfel,
			// Indopazifik-Partner. But an organization's head word after
			// a name of two or more words ends that name: Deutsche
			// Presse-Agentur, Robert Koch-Institut.
			t.name = t.fl&lexOrgHead != 0 && d.multiWordNameBefore(i-2)
		}
		if t.name && t.caps && (t.flLow&lexFunc != 0 || t.titled && t.fl&(lexNoun|lexVerb|lexAdj) != 0) &&
			t.fl&(lexCountry|lexCity|lexLOC|lexPER|lexORG|lexMISC) == 0 {
			// An ordinary word in capitals (LESEN SIE AUCH), not an acronym.
			t.name = false
		}
		if t.name && !t.init && i > 0 && d.toks[i-1].name && d.joinable(i-1, i) && d.plainNoun(t) {
			// A common noun right after a name is mostly not part of it
			// (Stoltenberg Ende Januar, Japan Schritte), unless the name
			// word is an adjective or a place adjective (Römischen Reich,
			// Frankfurter Rundschau).
			p := &d.toks[i-1]
			ps := d.text[p.start:p.end]
			if p.flLow&lexAdj == 0 && p.fl&lexNoun == 0 && !strings.HasSuffix(ps, "er") {
				t.name = false
			}
		}
	}
}

// tallyStart empties what tally gathers, for a document's spellings.
func (d *nameDoc) tallyStart() {
	d.tallies = append(d.tallies[:0], make([]spellTally, d.spellings)...)
	d.starts, d.unsure = d.starts[:0], d.unsure[:0]
}

// tally adds candidate ci, t, with its score decided, to its spelling's
// summed clipped score and number of mentions (mid-sentence mentions
// count fully, those at a sentence start half), and lists it among the
// sentence-start mentions or the unsure mid-sentence ones (the only ones
// the majority may change): what consistency reads, gathered here so that
// it need not pass over the candidates again.
func (d *nameDoc) tally(ci int32, t *ntok) {
	// The weight of mentionWeight, written out with the branch that lists
	// the mention: calling it puts tally over the inliner's budget, and
	// decideModel calls tally for every candidate (+1% instructions).
	w := float32(1)
	if t.init || t.shout {
		w = 0.5
		d.starts = append(d.starts, ci)
	} else if t.score > -2 && t.score < 2 {
		d.unsure = append(d.unsure, ci)
	}
	a := &d.tallies[t.spell]
	a.sum += w * clip(t.score, 4)
	a.n++
}

// mentionWeight is what a mention's clipped score counts for in its
// spelling's tally (see tally): a sentence-start or shouted mention half.
func mentionWeight(t *ntok) float32 {
	if t.init || t.shout {
		return 0.5
	}
	return 1
}

// spellTally is what tally gathers of a spelling: its summed clipped
// score and its number of mentions, side by side (one bounds check, one
// cache line).
type spellTally struct {
	sum float32
	n   int32
}

// plainNoun reports whether t is a common noun the gazetteers know nothing of.
func (d *nameDoc) plainNoun(t *ntok) bool {
	return t.fl&lexNoun != 0 && !hasNameFlag(t.fl) && t.fl&(lexOrgHead|lexLocHead) == 0
}

// typFeatures appends the features of the name span of tokens a..b.
func (d *nameDoc) typFeatures(f []uint32, a, b int) []uint32 {
	words := 0
	for k := a; k <= b; k++ {
		if d.toks[k].word {
			words++
			f = d.typWordFeatures(f, k)
		}
	}
	f = d.typFirstFeatures(f, a)
	if words == 1 {
		f = d.typOneFeatures(f, a)
	}
	f = d.typLastFeatures(f, b)
	return d.typSpanFeatures(f, a, b, words)
}

// The type features of a span: those of each word, of its first and last
// word and of a span of one word depend on the spelling alone (typScore
// sums their weights once per spelling); the rest on the span.

func (d *nameDoc) typWordFeatures(f []uint32, k int) []uint32 {
	const bits = nameTypBits
	t := &d.toks[k]
	s3 := hashBytes(suffixRunes(d.lowerWord(k), 3))
	f = append(f, feat(2, t.lh, bits), feat(18, s3, bits))
	for x := t.fl; x != 0; x &= x - 1 {
		f = append(f, feat(7, uint64(mbits.TrailingZeros32(x)), bits))
	}
	return f
}

func (d *nameDoc) typFirstFeatures(f []uint32, a int) []uint32 {
	const bits = nameTypBits
	first := &d.toks[a]
	f = append(f, feat(3, first.h, bits))
	for x := first.fl; x != 0; x &= x - 1 {
		f = append(f, feat(8, uint64(mbits.TrailingZeros32(x)), bits))
	}
	return f
}

func (d *nameDoc) typOneFeatures(f []uint32, a int) []uint32 {
	return append(f, feat(17, d.toks[a].h, nameTypBits))
}

func (d *nameDoc) typLastFeatures(f []uint32, b int) []uint32 {
	const bits = nameTypBits
	last := &d.toks[b]
	low := d.lowerWord(b)
	ls3, ls4 := hashBytes(suffixRunes(low, 3)), hashBytes(suffixRunes(low, 4))
	f = append(f, feat(4, last.h, bits), feat(5, ls3, bits), feat(6, ls4, bits))
	for x := last.fl; x != 0; x &= x - 1 {
		f = append(f, feat(9, uint64(mbits.TrailingZeros32(x)), bits))
	}
	return f
}

func (d *nameDoc) typSpanFeatures(f []uint32, a, b, words int) []uint32 {
	ctx := d.typSpanCtx(a, b)
	f = append(f, ctx[:]...)
	d.small = d.typSpanSmall(d.small[:0], a, b, words)
	for _, x := range d.small {
		f = append(f, feat(uint64(x.tmpl), uint64(x.v), nameTypBits))
	}
	return f
}

// typSpanCtx returns the span features that hash the words around it (an
// array, as in ctxFeatures).
func (d *nameDoc) typSpanCtx(a, b int) [4]uint32 {
	const bits = nameTypBits
	before2, before, after, after2 := d.ctxWords(a, b)
	return [4]uint32{
		feat(12, before, bits),
		feat(13, before2*31+before, bits),
		feat(14, after, bits),
		feat(15, after*31+after2, bits),
	}
}

// typBeforeFlags are the flags of the word before a span that its type
// features read: a title, a place or organization word (Zeitung), a first name.
const typBeforeFlags = lexTitle | lexLocHead | lexOrgHead | lexGiven

// typSpanSmall appends the span features of few values (see smallFeat).
func (d *nameDoc) typSpanSmall(f []smallFeat, a, b, words int) []smallFeat {
	f = append(f,
		smallFeat{1, 0},
		smallFeat{10, uint16(min(words, 4))},
		smallFeat{11, uint16(d.toks[a].shape())},
		smallFeat{16, uint16(d.toks[b].shape())},
	)
	// The word before: a title, a place or organization word (Zeitung).
	if a > 0 && d.toks[a-1].word {
		for x := d.toks[a-1].fl & typBeforeFlags; x != 0; x &= x - 1 {
			f = append(f, smallFeat{19, uint16(mbits.TrailingZeros32(x))})
		}
	}
	return f
}

// typScore returns the type scores of the name span a..b, with the
// spelling parts summed once per spelling.
func (d *nameDoc) typScore(a, b int) [4]float32 {
	var s [4]float32
	add := func(x *[4]float32) {
		s[0] += x[0]
		s[1] += x[1]
		s[2] += x[2]
		s[3] += x[3]
	}
	if a == b && d.toks[a].word {
		// A name of one word (most are) whose four spelling parts are
		// known: read them at once rather than one typPart each. The
		// sums are added in typPart's order, so the scores are the same.
		if st := d.stat(a); st != nil {
			if ty := d.typStat(st); st.done&doneTyp == doneTyp {
				add(&ty[typWord])
				add(&ty[typFirst])
				add(&ty[typOne])
				add(&ty[typLast])
				x := d.typSpanScore(a, b, 1)
				add(&x)
				return s
			}
		}
	}
	words := 0
	for k := a; k <= b; k++ {
		if d.toks[k].word {
			words++
			add(d.typPart(k, typWord))
		}
	}
	add(d.typPart(a, typFirst))
	if words == 1 {
		add(d.typPart(a, typOne))
	}
	add(d.typPart(b, typLast))
	x := d.typSpanScore(a, b, words)
	add(&x)
	return s
}

// typSpanScore is typScores of typSpanFeatures, with the small features'
// weights from a table (as in dynScore).
func (d *nameDoc) typSpanScore(a, b, words int) [4]float32 {
	ctx := d.typSpanCtx(a, b)
	n := d.m.st.sum4Int(ctx[:])
	// The features of typSpanSmall, added straight from the table without
	// listing them (TestNamesDynScore checks that the two agree).
	w := &d.m.smallTyp
	w.add4(&n, smallFeat{1, 0})
	w.add4(&n, smallFeat{10, uint16(min(words, 4))})
	w.add4(&n, smallFeat{11, uint16(d.toks[a].shape())})
	w.add4(&n, smallFeat{16, uint16(d.toks[b].shape())})
	if a > 0 && d.toks[a-1].word {
		for x := d.toks[a-1].fl & typBeforeFlags; x != 0; x &= x - 1 {
			w.add4(&n, smallFeat{19, uint16(mbits.TrailingZeros32(x))})
		}
	}
	return d.m.st.scale4(n)
}

// The parts of a span's type score that depend on a word's spelling alone
// (the fields of spellTyp, in order).
const (
	typWord = iota
	typFirst
	typOne
	typLast
)

// typPart returns the part of the type scores of a span that token k adds
// as a word of it, or as its first word, the word of a one-word span or its
// last word (part), summed once per spelling and document.
func (d *nameDoc) typPart(k, part int) *[4]float32 {
	bit := uint8(1) << (2 + part)
	st := d.stat(k)
	var x *[4]float32
	if st != nil {
		ty := d.typStat(st)
		x = &ty[part]
		if st.done&bit != 0 {
			return x
		}
	} else {
		x = &d.typTmp
	}
	switch part {
	case typWord:
		d.feat = d.typWordFeatures(d.feat[:0], k)
	case typFirst:
		d.feat = d.typFirstFeatures(d.feat[:0], k)
	case typOne:
		d.feat = d.typOneFeatures(d.feat[:0], k)
	default:
		d.feat = d.typLastFeatures(d.feat[:0], k)
	}
	*x = d.m.typScores(d.feat)
	if st != nil {
		st.done |= bit
		d.saveTyp(st, bit)
	}
	return x
}

func (m *nameWeights) typScores(f []uint32) [4]float32 {
	return m.st.sum4(f)
}

func argmax4(s [4]float32) uint8 {
	best := uint8(0)
	for c := 1; c < 4; c++ {
		if s[c] > s[best] {
			best = uint8(c)
		}
	}
	return best
}

// gazetteerType is the type from the gazetteers alone (the lexicon baseline).
func gazetteerType(fl uint32) uint8 {
	switch {
	case fl&(lexPER|lexGiven) != 0:
		return typPER
	case fl&(lexLOC|lexCountry|lexCity) != 0:
		return typLOC
	case fl&(lexORG|lexOrgHead) != 0:
		return typORG
	}
	return typMISC
}
