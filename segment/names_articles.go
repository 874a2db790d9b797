package segment

import "strings"

// Words a document uses as common nouns. German capitalizes every noun, so
// a capitalized word the lists do not know (Pandemie, Quarantäne) or know
// as a noun and also as a town, surname or first name (See, Hof, Park)
// looks like a name to the model. An article or other determiner and an inflected
// adjective before it (die weltweite Pandemie, auf hoher See; in
// Quarantäne alone is not enough: in Berlin) show it is a common noun in
// this document; so does a determiner alone before a known common noun (im
// Park, an der Hochschule). Such a word is then no name by itself anywhere in the
// document; it may still be part of a longer name (Hochschule Ansbach).

// possessiveWords are the determiners that stand before common nouns only,
// not before names: possessive pronouns and kein.
const possessiveWords = `kein keine keinen keinem keiner keines
		mein meine meinen meinem meiner meines dein deine deinen deinem deiner deines
		sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres
		unser unsere unseren unserem unserer unseres euer eure euren eurem eurer eures`

// determiners are the words that, before a noun, show it is a common noun
// (with an adjective in between, or right before a known common noun):
// articles, contractions of a preposition and an article, and pronouns
// used as determiners; possessives show it before any word.
var (
	determiners = wordHashSet(`der die das den dem des ein eine einen einem einer eines
		dieser diese dieses diesen diesem jeder jede jedes jeden jedem jener jene jenes jenen jenem
		im am zum zur vom beim ins ans aufs ` + possessiveWords)
	possessives = wordHashSet(possessiveWords)
	// genitiveDets are the determiners of a masculine or neuter genitive
	// (des Dorfes); see genitiveEs.
	genitiveDets = wordHashSet(`des eines dieses jedes jenes meines deines seines ihres unseres eures keines`)
)

// genitiveEs reports whether t is the genitive in -es of a known common
// noun or of a compound ending in one (Dorfes, Kindes, Eisberges): the word
// list holds the other forms of such nouns (Dorf, Dorfs, Dörfer) but not
// this one.
func (d *nameDoc) genitiveEs(t *ntok) bool {
	w := d.text[t.start:t.end]
	if len(w) <= 5 || !strings.HasSuffix(w, "es") {
		return false
	}
	stem := w[:len(w)-2]
	if d.lex.get(stem)&lexNoun != 0 {
		return true
	}
	d.buf = appendLower(d.buf[:0], stem)
	return d.endsIn(d.buf, lexNoun)
}

// plainPreps are prepositions that, before an inflected adjective, show
// that a common noun follows (auf hoher See, in häuslicher Quarantäne):
// names rarely take an adjective without an article.
var plainPreps = wordHashSet(`in auf mit aus bei nach von zu unter über vor hinter neben zwischen
		für gegen ohne durch seit wegen trotz`)

// notAdjectives are inflected words that stand where an adjective would
// but may come before a name (vor allem Xamax, von beiden Koreas).
var notAdjectives = wordHashSet(`alle allen allem aller alles beide beiden beider`)

// dropCommonWords drops the names of one word that the document uses as
// common nouns (see articleNoun). Only the spellings of such names are
// looked at, so that the search costs little.
func (d *nameDoc) dropCommonWords(runs []nameRun) []nameRun {
	n := (d.spellings + 63) / 64
	d.common = append(d.common[:0], make([]uint64, n)...)
	common := d.common
	any := false
	for _, x := range runs {
		if x.a == x.b && !x.place && d.articleNoun(x.a) {
			t := &d.toks[x.a]
			common[t.spell>>6] |= 1 << (t.spell & 63)
			any = true
		}
	}
	if !any {
		return runs
	}
	out := runs[:0]
	for _, x := range runs {
		if t := &d.toks[x.a]; x.a == x.b && !x.place && t.candidate() && common[t.spell>>6]&(1<<(t.spell&63)) != 0 {
			continue
		}
		out = append(out, x)
	}
	return out
}

// maybeCommon reports whether candidate t may be found a common noun: no
// acronym, shouted word, federal body (die Bundesrepublik) or word of the
// name lists that are sure (countries, the gazetteer), and a known common
// noun if it is a town, surname or first name (see articleNoun).
func (d *nameDoc) maybeCommon(t *ntok) bool {
	return t.candidate() && !t.caps && !t.mixed && !t.shout && t.join&joinFederal == 0 &&
		t.fl&(lexCountry|lexLOC|lexORG|lexPER|lexMISC) == 0 &&
		(t.fl&lexNoun != 0 || t.fl&(lexCity|lexSurname|lexGiven) == 0)
}

// articleWord reports whether t, a mention of a spelling that may be a
// common noun, can show it by its article: not in a compound (a name is
// often the first part, ein Cézanne-Gemälde).
func (d *nameDoc) articleWord(t *ntok) bool {
	return d.maybeCommon(t) && !t.hyphPrev && !t.hyphNext
}

// articleNoun reports whether token i is used as a common noun by its
// article (see above).
func (d *nameDoc) articleNoun(i int) bool {
	t := &d.toks[i]
	if i < 2 || !d.articleWord(t) {
		return false
	}
	p := &d.toks[i-1]
	if !p.word || p.digit || p.upper && !p.init || p.end != t.start-1 {
		return false // p is no lower-case word one space before
	}
	// p.lh is the lower-case spelling's hash for a capitalized determiner
	// at a sentence start too (Die, Im).
	if determiners.has(p.lh) {
		// A possessive shows a common noun even before a word no list
		// holds (dein Ermessen, seine Jugendliebe); an article does not
		// (die Telekom, das Umweltbundesamt).
		return t.fl&lexNoun != 0 || possessives.has(p.lh) || genitiveDets.has(p.lh) && d.genitiveEs(t)
	}
	// An inflected adjective after a determiner or preposition, before a
	// word no list knows or a known common noun (a town or a surname may
	// follow an adjective, das historische Rodenbach: maybeCommon leaves
	// them out).
	if p.upper || t.fl&lexGiven != 0 {
		// A first name may follow an adjective: der junge Ernst.
		return false
	}
	if e := d.text[p.end-1]; e != 'e' && e != 'n' && e != 'r' && e != 'm' && e != 's' ||
		plainPreps.has(p.lh) || notAdjectives.has(p.lh) {
		return false
	}
	q := &d.toks[i-2]
	return q.word && (!q.upper || q.init) && q.end == p.start-1 && (determiners.has(q.lh) || plainPreps.has(q.lh))
}

// wordHashSet is the set of the space-separated words in list, by
// hashString.
func wordHashSet(list string) hashSet {
	words := strings.Fields(list)
	hs := make([]uint64, len(words))
	for i, w := range words {
		hs[i] = hashString(w)
	}
	return newHashSet(hs)
}
