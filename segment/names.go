package segment

import (
	"strings"

	"unicode"
	"unicode/utf8"
)

// Names marks the proper nouns of text, a whole document, given its sentence
// spans (byte offsets; a sentence's first word is capitalized anyway).
// Results are ordered, non-overlapping spans in byte offsets of text, each
// with Type "PER", "LOC", "ORG" or "MISC". lang is "de" (default) or "en".
//
// German capitalizes every noun, so capitalization alone says little. Names
// weighs, for every capitalized word, a lexicon of German common nouns,
// adjectives and verbs, gazetteers of first names, countries and cities, and
// the word's shape and context in an averaged perceptron embedded in the
// binary; then it makes the decisions consistent across the document (a word
// that is a name in mid-sentence is one at a sentence start too, and a word
// seen in lower case is not one). Adjacent name words form one span; in a
// hyphenated compound only the name part is marked (NATO in NATO-Gipfel).
// Adjectives derived from names (japanische) are not names.
//
// When sentences is empty, each paragraph counts as a sentence; sentence
// spans that overlap an earlier one or leave the text are ignored. For "en",
// where only names are capitalized, a capitalized word is a name unless it
// starts a sentence and is never capitalized elsewhere in the document.
//
// Limits: measured on held-back news and web text, UD GSD proper-noun token
// F1 is 0.915 (P 0.90, R 0.93; UD tags the St. of St. Pankraz a common
// noun) and GermEval 2014 entity token F1 0.850 (P 0.90, R 0.81); the type
// is right for about two in three marked tokens, worst for organizations
// and other names (MISC; typed F1 PER 0.81, LOC 0.68, ORG 0.58, MISC 0.30).
// Sports clubs (Eintracht Frankfurt, SC Paderborn, Manchester City),
// saints' places (St. Petersburg) and companies with their legal form
// (Nordlicht Energie AG) are joined into one name by rules; the surnames
// of well-known people (Netanjahu, Merkels) and a few clubs (Aston Villa)
// are names wherever they occur, typed by the gazetteer. A title in quotation marks after a title noun
// (der Roman „Jahr des Drachens“) is one name, as is an English title in
// title case („Black or White“). Words of a name in lower case other than
// particles (von, der, of) and a few connectors (für) are not marked, a name
// whose parts are all common nouns (Bundesamt für Gesundheit, Bündnis
// Zukunft Österreich) is usually missed, and unknown common nouns (rare
// compounds, technical terms) are the main false marks.
// The data and model add about 4.4 MB to a binary and load in about 10 ms on
// first use. Each worker keeps a cache of about 1 MB of the capitalized
// spellings it has seen, so that the words news repeat are looked up once.
func Names(text string, sentences []Span, lang string) []Name {
	return names(text, sentences, lang, nameFull)
}

// nameMode selects the components, so that the evaluation can measure what
// each one adds.
type nameMode int

const (
	nameLexOnly nameMode = iota // lexicon rule only
	nameModel                   // + model
	nameFull                    // + document consistency
)

// ntok is a token of the document: a word, a number or one punctuation rune.
type ntok struct {
	h, lh      uint64 // hashes of the spelling and of its lower-case form
	start, end int32
	fl         uint32 // lexicon flags of the spelling
	flLow      uint32 // … of its lower-case form
	score      float32
	slot       int32 // a candidate's index in nameDoc.stats (its spelling's)
	spell      int32 // a candidate's spelling (h) in the document, 0, 1, 2 …
	word       bool  // has a letter
	upper      bool  // starts with an upper-case letter
	caps       bool  // two or more letters, all upper case
	mixed      bool  // an upper-case letter after the first rune (iPhone, McDonald)
	digit      bool  // holds a digit
	init       bool  // first word of a sentence, a line or a quotation
	shout      bool  // in an all-caps sentence (headline)
	dotted     bool  // dotted acronym (D.C, U.S)
	hyphPrev   bool  // joined by a hyphen to the word before
	hyphNext   bool  // joined by a hyphen to the word after
	nl         bool  // a line break lies between this token and the previous one
	comp       bool  // ends in a known common noun (a compound)
	gen        bool  // genitive -s of a known name (Chinas)
	titled     bool  // fl is that of the title-case spelling of a word in capitals
	compPre    bool  // starts with a known common noun, then five or more letters (Medienbriefing)
	split      bool  // splits into a known word and a known common noun (Stau|see, flüssig|gas)
	name       bool
	join       uint16 // the lists of names_joins.go that hold the spelling (joinClubWord …)
}

var typeNames = [...]string{"PER", "LOC", "ORG", "MISC"}

const (
	typPER uint8 = iota
	typLOC
	typORG
	typMISC
)

func names(text string, sentences []Span, lang string, mode nameMode) []Name {
	return namesWith(loadNameModel(), text, sentences, lang, mode)
}

// namesWith is names with the model m (the evaluation scores models trained
// on part of the data).
func namesWith(m *nameWeights, text string, sentences []Span, lang string, mode nameMode) []Name {
	if len(text) == 0 {
		return nil
	}
	if len(sentences) == 0 {
		sentences = Paragraphs(text)
	}
	d := newNameDoc(text, sentences, m)
	defer d.free()
	d.english = lang == "en"
	if d.english {
		d.decideEnglish()
	} else {
		switch mode {
		case nameLexOnly:
			d.decideLexicon()
		default:
			d.decideModel()
			d.speakerNames()
			if mode >= nameFull {
				d.consistency()
			}
		}
	}
	d.lowerNames()
	return d.spans(mode)
}

// lowerNames marks the gazetteer's lower-case names (dpa, epd, taz) and
// lists them in d.lowers: lower-case words are no candidates. The
// tokenizer lists the lower-case words that may be one (lowerHits, see
// addLower), so that no document is searched for them.
func (d *nameDoc) lowerNames() {
	for _, k := range d.lowerHits {
		t := &d.toks[k]
		for _, h := range d.lex.lower {
			if t.h == h {
				t.name, t.fl = true, d.lex.get(d.text[t.start:t.end])
				d.lowers = append(d.lowers, k)
			}
		}
	}
}

// nameDoc holds the tokens of one document.
type nameDoc struct {
	text      string
	toks      []ntok
	lex       *lexTable
	m         *nameWeights
	buf       []byte
	scratch   []byte
	feat      []uint32
	small     []smallFeat // scratch for dynFeatures and the type model
	tab       u64Table    // scratch table for per-document word statistics
	cand      []int32     // the candidates: capitalized words (see ntok.candidate)
	lowers    []int32     // the lower-case gazetteer names (see lowerNames)
	stats     []spellStat
	runs      []nameRun    // scratch for spans
	runsTmp   []nameRun    // …
	titles    []titleRun   // …
	titlesTmp []titleRun   // …
	speakers  []int32      // lone speakers after speech verbs (see speakerNames)
	marks     []int32      // the tokens that are quotation marks (see quotedTitles)
	common    []uint64     // the spellings used as common nouns, a bit each (see dropCommonWords)
	types     []uint8      // …
	scores    [][4]float32 // …
	tsum      [][4]float32 // …
	tsumOf    []int32      // …
	lower     []uint64     // Bloom filter of the document's lower-case words (lh)
	english   bool         // lang "en": capitalization decides, names are not extended

	// lowerHits lists the lower-case words whose hash lexTable.lowerBits
	// holds: maybe gazetteer names (see lowerNames).
	lowerHits []int32

	// cache remembers, for this worker (nameDoc is pooled), the annotation
	// and static score of capitalized spellings across documents: news
	// repeat their names and nouns, and annotating a new spelling costs a
	// dozen lexicon lookups, most of them cache misses. cacheM is the model
	// whose scores it holds. An entry is split in what every candidate
	// reads (cache, 32 bytes) and the type scores, which only the words of
	// names need (cacheTyp).
	cache     []spellEntry
	cacheTyp  []spellTyp
	cacheKeys []uint64 // the spelling of each entry of cache
	cacheOld  []uint8  // per set: the recency order of its ways (see lookupSpelling)
	cacheM    *nameWeights
	typs      []spellTyp   // the type scores of this document's spellings (spellStat.typ)
	typTmp    [4]float32   // typPart's result for a word that is no candidate
	spellings int          // the number of distinct spellings (ntok.spell)
	joins     uint16       // the ntok.join bits of all candidates (see names_joins.go)
	particles bool         // a name takes in lower-case particles (see runEnd, particleSurnames)
	places    []int32      // spellings found to be places by the word before them (see placeHeadNames)
	heads     []int32      // the candidates that are words for a town (joinPlaceHead)
	insts     []int32      // … that head institutions' names (joinInst, joinInstAdj)
	streets   []int32      // … that end a street's name (joinStreet)
	articles  []int32      // … that are a capitalized article (joinArticle)
	tallies   []spellTally // scratch for consistency, by spelling (see tally)
	starts    []int32      // scratch for consistency: candidates at a sentence start or in capitals
	unsure    []int32      // scratch for consistency: mid-sentence candidates with a score near 0
}

// spellEntry is the cached annotation of one spelling.
type spellEntry struct {
	lh        uint64
	fl, flLow uint32
	st        [2]float32 // name score, by initBit
	bits      uint8      // comp, gen, compPre, titled, split
	join      uint16     // ntok.join
	done      uint8      // bits: st[0], st[1], and those of spellTyp
}

// spellTyp holds the summed type weights of the features that depend on a
// spelling alone (see typScore), by typWord, typFirst, typOne, typLast.
type spellTyp [4][4]float32

// Bits of spellStat.done and spellEntry.done.
const (
	doneTyp    = 1<<2 | 1<<3 | 1<<4 | 1<<5 // ty, first, one, last
	doneStMask = 1<<0 | 1<<1               // st[0], st[1]
)

// spellStat is what a document knows of one of its spellings: the static
// scores of its entry in the cross-document cache, and its type scores
// once a name needs them.
type spellStat struct {
	key   uint64     // the spelling's hash
	st    [2]float32 // name score, by initBit
	cache int32      // its spellEntry in nameDoc.cache, -1 if none
	typ   int32      // its spellTyp in nameDoc.typs, -1 until needed
	done  uint8      // bits: st[0], st[1], ty, first, one, last
}

// The cross-document cache is four-way set-associative: a spelling's set
// is four neighbouring entries, whose keys share half a cache line. The
// keys are kept apart from the entries (128 KB, which stay in the
// processor's cache), so that a lookup reads an entry only when it holds
// the spelling. Four ways rather than two keep more of the names and nouns
// a news stream repeats: with two, spellings that share a set evict each
// other while the cache has room (25 MB of news read once: 6.7% of the
// lookups missed with two ways, 2.6% with four; the WMT news 9.5% and 3.5%).
const (
	spellCacheWays = 4
	spellCacheSets = 1 << 12
	spellCacheSize = spellCacheWays * spellCacheSets
)

// lookupSpelling returns the index of h's cache entry and whether it holds
// h; when not, the entry is given to h (the set's least recently used
// entry made room) and must be filled in. cacheOld holds each set's ways
// from the most to the least recently used, two bits each.
func (d *nameDoc) lookupSpelling(h uint64) (int, bool) {
	set := int(h & (spellCacheSets - 1))
	i := set * spellCacheWays
	k := d.cacheKeys[i : i+spellCacheWays : i+spellCacheWays]
	order := d.cacheOld[set]
	way := -1
	switch h {
	case k[0]:
		way = 0
	case k[1]:
		way = 1
	case k[2]:
		way = 2
	case k[3]:
		way = 3
	}
	found := way >= 0
	if !found {
		way = int(order >> 6)
		k[way] = h
	}
	d.cacheOld[set] = lruTouch[int(order)<<2|way]
	return i + way, found
}

// lruTouch gives the recency order of a set (four ways, two bits each,
// most recent in the low bits) after a use of way w, at index order<<2|w:
// a table, for lookupSpelling runs for every spelling of every document.
var lruTouch = func() (t [256 * spellCacheWays]uint8) {
	for order := range 256 {
		for w := range spellCacheWays {
			t[order<<2|w] = uint8(order)
			// Find w's position, drop it there and put it in front.
			for p := 0; p < 8; p += 2 {
				if order>>p&3 == w {
					below := order & (1<<p - 1)
					above := order >> (p + 2) << (p + 2)
					t[order<<2|w] = uint8(above | below<<2 | w)
					break
				}
			}
		}
	}
	return t
}()

func (e *spellEntry) store(t *ntok) {
	e.lh, e.fl, e.flLow, e.join = t.lh, t.fl, t.flLow, t.join
	e.bits = 0
	for k, b := range [...]bool{t.comp, t.gen, t.compPre, t.titled, t.split} {
		if b {
			e.bits |= 1 << k
		}
	}
	e.st, e.done = [2]float32{}, 0
}

func (e *spellEntry) load(t *ntok) {
	t.lh, t.fl, t.flLow, t.join = e.lh, e.fl, e.flLow, e.join
	t.comp, t.gen, t.compPre, t.titled, t.split = e.bits&1 != 0, e.bits&2 != 0, e.bits&4 != 0, e.bits&8 != 0, e.bits&16 != 0
}

// nameDocs keeps idle nameDocs, with their buffers and caches, for the next
// documents. Unlike a sync.Pool it is not emptied by the garbage collector,
// which would throw the cross-document cache away every few cycles.
var nameDocs = make(chan *nameDoc, 16)

func getNameDoc() *nameDoc {
	select {
	case d := <-nameDocs:
		return d
	default:
		return new(nameDoc)
	}
}

// newNameDoc tokenizes and annotates text. Release it with free.
func newNameDoc(text string, sentences []Span, m *nameWeights) *nameDoc {
	d := getNameDoc()
	d.text, d.lex, d.m = text, loadLexicon(), m
	if m != nil && (d.cache == nil || d.cacheM != m) {
		d.cache = make([]spellEntry, spellCacheSize)
		d.cacheTyp = make([]spellTyp, spellCacheSize)
		d.cacheKeys = make([]uint64, spellCacheSize)
		d.cacheOld = make([]uint8, spellCacheSets)
		for i := range d.cacheOld {
			d.cacheOld[i] = 3<<6 | 2<<4 | 1<<2 // ways 0, 1, 2, 3
		}
		d.cacheM = m
	}
	if d.toks == nil {
		d.toks = make([]ntok, 0, len(text)/5+8)
	}
	d.toks = d.toks[:0]
	d.cand = d.cand[:0]
	d.lowers = d.lowers[:0]
	d.lowerHits = d.lowerHits[:0]
	d.marks = d.marks[:0]
	n := 64
	for n < 2*len(text) && n < 1<<20 {
		n <<= 1
	}
	if cap(d.lower) < n/64 {
		d.lower = make([]uint64, n/64)
	}
	d.lower = d.lower[:n/64]
	clear(d.lower)
	prevEnd := 0
	for _, s := range sentences {
		if s.Start < prevEnd || s.End > len(text) || s.Start >= s.End {
			continue
		}
		prevEnd = s.End
		d.tokenize(s.Start, s.End)
	}
	if d.buf == nil {
		d.buf = make([]byte, 0, 64)
	}
	// Words repeat: annotate each spelling once and copy it. d.tab maps a
	// spelling (h) to its number in the document (low half) and to the
	// first token not in a shouted line that has it, plus one (high half;
	// a shouted word is annotated on its own, and its h is that of its
	// title-case spelling).
	d.tab.reset(len(d.cand) / 2)
	d.stats = d.stats[:0]
	d.typs = d.typs[:0]
	d.spellings = 0
	d.joins = 0
	d.particles = false
	d.places = d.places[:0]
	d.heads = d.heads[:0]
	d.insts = d.insts[:0]
	d.streets = d.streets[:0]
	d.articles = d.articles[:0]
	for _, ci := range d.cand {
		i := int(ci)
		t := &d.toks[i]
		t.slot = int32(len(d.stats))
		if t.shout {
			d.annotate(i)
			d.joins |= t.join
			d.stats = append(d.stats, spellStat{cache: -1, typ: -1})
			d.spelling(t)
			continue
		}
		h := t.h
		v := d.spelling(t)
		if from := *v >> 32; from != 0 {
			d.copyAnnotation(i, int(from-1))
			t.slot = d.toks[from-1].slot
			if t.join&(joinPlaceHead|joinInst|joinInstAdj|joinArticle|joinStreet) != 0 {
				d.noteHead(ci, t.join)
			}
			continue
		}
		*v |= uint64(i+1) << 32
		if d.m == nil {
			d.annotate(i) // training: no cache
			d.joins |= t.join
			d.stats = append(d.stats, spellStat{cache: -1, typ: -1})
			continue
		}
		ei, found := d.lookupSpelling(h)
		e := &d.cache[ei]
		if found {
			e.load(t)
		} else {
			d.annotate(i)
			e.store(t)
		}
		d.joins |= t.join
		if t.join&(joinPlaceHead|joinInst|joinInstAdj|joinArticle|joinStreet) != 0 {
			d.noteHead(ci, t.join)
		}
		d.stats = append(d.stats, spellStat{key: h, st: e.st, cache: int32(ei), typ: -1, done: e.done})
	}
	return d
}

// noteHead lists candidate ci, whose join bits are join, among the words
// for a town, the head words of institutions, the capitalized articles or
// the street words.
func (d *nameDoc) noteHead(ci int32, join uint16) {
	if join&joinArticle != 0 {
		d.articles = append(d.articles, ci)
	}
	if join&joinPlaceHead != 0 {
		d.heads = append(d.heads, ci)
	}
	if join&(joinInst|joinInstAdj) != 0 {
		d.insts = append(d.insts, ci)
	}
	if join&joinStreet != 0 {
		d.streets = append(d.streets, ci)
	}
}

// spelling numbers t's spelling (h) in the document (ntok.spell) and
// returns its cell in d.tab (see newNameDoc).
func (d *nameDoc) spelling(t *ntok) *uint64 {
	v, found := d.tab.slot(t.h)
	if !found {
		*v = uint64(d.spellings)
		d.spellings++
	}
	t.spell = int32(uint32(*v))
	return v
}

// stat returns the spelling statistics of candidate token i, nil for other
// tokens.
func (d *nameDoc) stat(i int) *spellStat {
	t := &d.toks[i]
	if !t.candidate() {
		return nil
	}
	return &d.stats[t.slot]
}

// saveStat copies the static scores of st back into the cross-document
// cache, unless another spelling has taken its entry since.
func (d *nameDoc) saveStat(st *spellStat) {
	if st.cache >= 0 && d.cacheKeys[st.cache] == st.key {
		e := &d.cache[st.cache]
		e.st, e.done = st.st, e.done&doneTyp|st.done&doneStMask
	}
}

// typStat returns the type scores of st, loading them from the cache
// (what its entry still holds) on first use in the document.
func (d *nameDoc) typStat(st *spellStat) *spellTyp {
	if st.typ < 0 {
		st.typ = int32(len(d.typs))
		if st.cache >= 0 && d.cacheKeys[st.cache] == st.key {
			d.typs = append(d.typs, d.cacheTyp[st.cache])
			st.done = st.done&doneStMask | d.cache[st.cache].done&doneTyp
		} else {
			d.typs = append(d.typs, spellTyp{})
			st.done &= doneStMask
		}
	}
	return &d.typs[st.typ]
}

// saveTyp copies the type score of st with done bit bit back into the
// cross-document cache, unless another spelling has taken its entry since.
func (d *nameDoc) saveTyp(st *spellStat, bit uint8) {
	if st.cache >= 0 && d.cacheKeys[st.cache] == st.key {
		e := &d.cache[st.cache]
		d.cacheTyp[st.cache] = d.typs[st.typ]
		e.done |= bit
	}
}

// seenLower reports whether the document may hold the lower-case word with
// hash lh (a Bloom filter: rarely yes when it does not).
func (d *nameDoc) seenLower(lh uint64) bool {
	m := uint64(len(d.lower)*64 - 1)
	a, b := lh&m, lh>>32&m
	return d.lower[a>>6]&(1<<(a&63)) != 0 && d.lower[b>>6]&(1<<(b&63)) != 0
}

// addLower notes the lower-case word token k, with hash lh, in the filter
// of lower-case words, and in lowerHits when it may be a gazetteer name.
func (d *nameDoc) addLower(lh uint64, k int) {
	m := uint64(len(d.lower)*64 - 1)
	a, b := lh&m, lh>>32&m
	d.lower[a>>6] |= 1 << (a & 63)
	d.lower[b>>6] |= 1 << (b & 63)
	if d.lex.lowerBits[lh>>62]&(1<<(lh>>56&63)) != 0 {
		d.lowerHits = append(d.lowerHits, int32(k))
	}
}

// free returns d to the pool, keeping its buffers (but not those of a huge
// document: 2^18 tokens take 16 MB) and its cache, not the text.
func (d *nameDoc) free() {
	d.text = ""
	if cap(d.toks) > 1<<18 {
		d.toks, d.cand, d.stats, d.typs, d.lowers, d.lowerHits = nil, nil, nil, nil, nil, nil
		d.starts, d.unsure, d.marks, d.titles, d.runsTmp = nil, nil, nil, nil, nil
	}
	select {
	case nameDocs <- d:
	default: // enough idle ones
	}
}

func (d *nameDoc) copyAnnotation(i, from int) {
	t, f := &d.toks[i], &d.toks[from]
	t.fl, t.flLow, t.comp, t.gen, t.compPre, t.titled, t.split = f.fl, f.flLow, f.comp, f.gen, f.compPre, f.titled, f.split
	t.h, t.lh, t.join = f.h, f.lh, f.join
}

// annotate fills in the lexicon flags of token i (and, for a word in a
// shouted line, the hash of its title-case spelling).
func (d *nameDoc) annotate(i int) {
	t := &d.toks[i]
	s := d.text[t.start:t.end]
	if !t.word || !t.upper && !t.dotted {
		// Lower-case words only serve as context: no lexicon lookups.
		return
	}
	d.buf = appendLower(d.buf[:0], s)
	low := d.buf
	t.lh = hashBytes(low)
	t.flLow = d.lex.getBytes(low)
	if t.shout && t.caps {
		d.buf = appendTitle(d.buf[:len(low)], s)
		title := d.buf[len(low):]
		t.h = hashBytes(title)
		t.fl = d.lex.getBytes(title)
		if t.fl == 0 && len(s) <= 4 {
			// Short acronyms keep their capitals (USA, NATO).
			t.fl = d.lex.get(s)
			t.h = hashString(s)
		}
		d.buf = low
	} else {
		t.fl = d.lex.get(s)
		if t.fl == 0 && t.caps {
			// A word in capitals in running text (JAPAN, LESEN): what the
			// lexicon says of its usual spelling.
			d.buf = appendTitle(d.buf[:len(low)], s)
			t.fl = d.lex.getBytes(d.buf[len(low):])
			t.titled = t.fl != 0
			d.buf = low
		}
	}
	// A part of a known place (Westafrika, Nordsyriens, Oberfranken): a
	// place, not a compound of a common noun (Afrika is one too).
	compass := false
	if t.upper && t.fl&lexNoun == 0 && !hasNameFlag(t.fl) {
		if f, gen := d.compassPlace(s); f != 0 {
			t.fl |= f
			t.gen = gen
			compass = true
		}
	}
	// A compound whose last part is a known common noun (Sicherheitsnetz).
	if t.upper && t.fl&lexTitle == 0 && len(low) >= 7 && d.endsInTitle(low) {
		// Premierminister, Generalsekretär: a compound title.
		t.fl |= lexTitle
	}
	if t.upper && t.fl&lexNoun == 0 && len(low) >= 7 && !compass {
		t.comp = d.endsIn(low, lexNoun)
		if !t.comp {
			t.compPre = d.compoundPrefix(s)
		}
		if !t.comp && !t.compPre && !hasNameFlag(t.fl) && len(low) >= 6 {
			t.split = d.splits(low)
		}
	}
	// Old and Swiss spellings: Rußland is Russland.
	if !hasNameFlag(t.fl) && strings.Contains(s, "ß") {
		d.buf = d.buf[:len(low)]
		for rest := s; rest != ""; {
			i := strings.Index(rest, "ß")
			if i < 0 {
				d.buf = append(d.buf, rest...)
				break
			}
			d.buf = append(append(d.buf, rest[:i]...), "ss"...)
			rest = rest[i+len("ß"):]
		}
		t.fl |= d.lex.getBytes(d.buf[len(low):]) & (lexCountry | lexCity | lexLOC | lexPER | lexORG | lexMISC | lexGiven | lexSurname)
		d.buf = low
	}
	t.join = uint16(d.lex.joins.get(t.h))
	if t.upper {
		t.join |= headJoins(s)
		if s == "Der" || s == "Die" || s == "Das" {
			t.join |= joinArticle
		}
		if federalBody(s) != 0 {
			t.join |= joinFederal
		}
		if streetWord(s) {
			t.join |= joinStreet
		}
	}
	// Genitive -s of a known name (Japans, Chinas).
	if t.upper && t.fl&(lexNoun|lexCountry|lexCity|lexLOC|lexPER|lexORG|lexGiven|lexSurname) == 0 && len(s) > 3 && s[len(s)-1] == 's' {
		if f := d.lex.get(s[:len(s)-1]); f&(lexCountry|lexCity|lexLOC|lexPER|lexORG|lexGiven) != 0 {
			t.fl |= f & (lexCountry | lexCity | lexLOC | lexPER | lexORG | lexGiven)
			t.gen = true
		}
	}
}

// compassPrefixes are the words that make a part of a place (Westafrika,
// Südlibanon, Oberbayern, Zentralasien), longest first.
var compassPrefixes = [...]string{"Nordost", "Nordwest", "Südost", "Südwest", "Nord", "Süd", "Ost", "West", "Mittel", "Zentral", "Ober", "Nieder", "Unter"}

// compassPlace returns the place flags (country, city, place) of the rest
// of s after a compass prefix (compassPrefixes) when that rest is a known
// place of at least four letters, maybe in the genitive (gen): Westafrika,
// Nordsyriens. Not a direction (Nordosten) nor a word that heads places
// (Mittelinsel); a word the lexicon holds (Nordsee) never gets here.
func (d *nameDoc) compassPlace(s string) (f uint32, gen bool) {
	switch s[0] {
	case 'N', 'S', 'O', 'W', 'M', 'Z', 'U':
	default:
		return 0, false
	}
	for _, p := range compassPrefixes {
		if len(s) < len(p)+4 || s[:len(p)] != p {
			continue
		}
		rest := s[len(p):]
		if c := rest[0]; (c < 'a' || c > 'z') && c != 0xC3 {
			return 0, false // the word goes on in lower case (afrika), maybe an umlaut first
		}
		if len(rest) <= 7 && (strings.HasPrefix(rest, "ost") || strings.HasPrefix(rest, "west") || strings.HasPrefix(rest, "nord") || strings.HasPrefix(rest, "süd")) {
			return 0, false // a direction: Nordosten, Südwestens
		}
		d.scratch = appendTitle(d.scratch[:0], rest)
		f := d.lex.getBytes(d.scratch)
		if f&(lexCountry|lexCity|lexLOC) == 0 && rest[len(rest)-1] == 's' && len(d.scratch) > 4 {
			f, gen = d.lex.getBytes(d.scratch[:len(d.scratch)-1]), true
		}
		if f&lexLocHead != 0 {
			return 0, false // a word that heads places is a common noun: Mittelinsel
		}
		return f & (lexCountry | lexCity | lexLOC), gen
	}
	return 0, false
}

// endsInTitle is endsIn(low, lexTitle), asking the small table of titles
// rather than the whole word list.
func (d *nameDoc) endsInTitle(low []byte) bool {
	// Walk backwards: tail is the reversed-FNV state of low[j:], the
	// lower-case hash of the suffix (titles holds lower-case words).
	tail := uint64(fnvOffset)
	for j := len(low) - 1; j >= 3; j-- {
		tail ^= uint64(low[j])
		tail *= fnvPrime
		if low[j]&0xC0 != 0x80 && len(low)-j >= 4 && d.lex.titles.has(mix64(tail)) {
			return true
		}
	}
	return false
}

// endsIn reports whether low ends in a word with lexicon flag f, of at least
// four letters, after a first part of at least three (a compound:
// Sicherheitsnetz ends in the common noun Netz). For lexNoun the
// gazetteer's recent common nouns count too (Coronaviruspandemie).
func (d *nameDoc) endsIn(low []byte, f uint32) bool {
	// Walk backwards: tail is the reversed-FNV state of low[j+n:], the part
	// after the capitalized first letter of the candidate noun.
	tail := uint64(fnvOffset)
	var up [utf8.UTFMax]byte
	for j := len(low) - 1; j >= 3; j-- {
		c := low[j]
		if c&0xC0 == 0x80 {
			continue // inside a multi-byte rune: wait for its first byte
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(low[j:])
		}
		if len(low)-j >= 4 {
			var m int
			if 'a' <= c && c <= 'z' {
				up[0], m = c-'a'+'A', 1
			} else {
				m = utf8.EncodeRune(up[:], unicode.ToUpper(r))
			}
			h := tail
			for k := m - 1; k >= 0; k-- {
				h ^= uint64(up[k])
				h *= fnvPrime
			}
			if d.lex.lookup(mix64(h))&f != 0 || f == lexNoun && d.lex.nounTails.has(mix64(h)) {
				return true
			}
		}
		for k := j + n - 1; k >= j; k-- {
			tail ^= uint64(low[k])
			tail *= fnvPrime
		}
	}
	return false
}

// splits reports whether the lower-case word low is a known word (noun,
// adjective, verb stem), maybe with a linking s, es, n, en or e, followed by
// a known common noun of at least three letters: Stau|see, flüssig|gas,
// Asyl|werber, Kohlenstoff|dioxid.
func (d *nameDoc) splits(low []byte) bool {
	for j := 3; j+3 <= len(low); j++ {
		if low[j]&0xC0 == 0x80 {
			continue
		}
		d.scratch = appendTitle(d.scratch[:0], string(low[j:]))
		if d.lex.getBytes(d.scratch)&lexNoun == 0 {
			continue
		}
		head := low[:j]
		for _, link := range [...]string{"", "s", "es", "n", "en", "e"} {
			if len(head) < len(link)+3 || string(head[len(head)-len(link):]) != link {
				continue
			}
			h := head[:len(head)-len(link)]
			if d.lex.getBytes(h)&(lexAdj|lexVerb) != 0 {
				return true
			}
			d.scratch = appendTitle(d.scratch[:0], string(h))
			if d.lex.getBytes(d.scratch)&lexNoun != 0 {
				return true
			}
			d.scratch = append(append(d.scratch[:0], h...), "en"...)
			if d.lex.getBytes(d.scratch)&lexVerb != 0 {
				return true
			}
		}
	}
	return false
}

// compoundPrefix reports whether s (capitalized) starts with a common noun of
// at least four letters followed by at least five more lower-case letters.
func (d *nameDoc) compoundPrefix(s string) bool {
	for j := len(s) - 5; j >= 4; j-- {
		if s[j]&0xC0 == 0x80 || s[j] < 'a' || s[j] > 'z' {
			continue
		}
		if d.lex.get(s[:j])&lexNoun != 0 {
			return true
		}
	}
	return false
}

func suffixRunes(b []byte, n int) []byte {
	i := len(b)
	for k := 0; k < n && i > 0; k++ {
		i--
		for i > 0 && b[i]&0xC0 == 0x80 {
			i--
		}
	}
	return b[i:]
}

func prefixRunes(b []byte, n int) []byte {
	i := 0
	for k := 0; k < n && i < len(b); k++ {
		i++
		for i < len(b) && b[i]&0xC0 == 0x80 {
			i++
		}
	}
	return b[:i]
}

// candidate reports whether token i can be (part of) a name at all.
func (t *ntok) candidate() bool {
	return t.word && (t.upper || t.dotted)
}

// decideLexicon is the baseline rule: a capitalized word is a name unless the
// lexicon knows it as a common noun, or, at a sentence start, as any word.
func (d *nameDoc) decideLexicon() {
	for i := range d.toks {
		t := &d.toks[i]
		if !t.candidate() {
			continue
		}
		known := t.fl&(lexNoun|lexCommon) != 0 || t.comp
		if t.init || t.shout {
			known = known || t.flLow&(lexAdj|lexVerb|lexFunc|lexLower) != 0
		}
		if t.fl&(lexCountry|lexCity|lexLOC|lexORG|lexPER|lexGiven) != 0 && t.fl&lexCommon == 0 {
			known = false
		}
		t.name = !known
	}
}

// decideEnglish: English capitalizes names only, so a capitalized word is a
// name unless it starts a sentence and the document never capitalizes it
// elsewhere.
func (d *nameDoc) decideEnglish() {
	mid := make(map[uint64]bool)
	for i := range d.toks {
		if t := &d.toks[i]; t.candidate() && !t.init && !t.shout {
			mid[t.h] = true
		}
	}
	for i := range d.toks {
		t := &d.toks[i]
		if !t.candidate() || t.fl&lexCommon != 0 {
			continue
		}
		if s := d.text[t.start:t.end]; s == "I" {
			continue
		}
		if !t.init && !t.shout {
			t.name = true
			continue
		}
		if t.flLow&lexFunc != 0 {
			continue
		}
		t.name = mid[t.h] || t.fl&(lexCountry|lexCity|lexLOC|lexORG|lexPER|lexGiven) != 0
	}
}
