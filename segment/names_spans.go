package segment

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Grouping name words into spans, their types, and document consistency.

// joinable reports whether tokens i and j (i < j) can be parts of one name:
// j follows i after spaces on the same line, or after a hyphen.
func (d *nameDoc) joinable(i, j int) bool {
	a, b := &d.toks[i], &d.toks[j]
	if j == i+1 {
		if b.nl || a.end == b.start {
			return false
		}
		for k := a.end; k < b.start; k++ {
			if c := d.text[k]; c != ' ' && c != '\t' {
				return false
			}
		}
		return true
	}
	return j == i+2 && a.hyphNext && b.hyphPrev
}

// nameParticle reports whether the lower-case word s can sit inside a name
// (Ursula von der Leyen, Bank of America).
func nameParticle(s string) (inner bool, afterGiven bool) {
	switch s {
	case "of", "and", "for", "the", "de", "del", "della", "di", "da", "du", "des", "la", "le", "y", "van", "ten", "ter", "bin", "al", "el", "dos", "do":
		return true, false
	case "von", "zu", "vom", "der", "den":
		return true, true
	}
	return false, false
}

// sameName reports whether adjacent name words i and j can be one name: an
// acronym next to a word is mostly two names (in Tokio NATO-Generalsekretär,
// die NATO China), unless one is an organization's head word (Siemens AG,
// FC Bayern).
func (d *nameDoc) sameName(i, j int) bool {
	a, b := &d.toks[i], &d.toks[j]
	if a.caps == b.caps || a.shout || b.shout {
		return true
	}
	return b.fl&lexOrgHead != 0 || a.caps && a.fl&lexOrgHead != 0
}

// runEnd returns the last token of the name that starts at token a.
func (d *nameDoc) runEnd(a int) int {
	b := a
	for {
		if d.toks[b].gen {
			// A genitive ends a name: Chinas Xi Jinping, Japans Kishida.
			return b
		}
		if b+1 < len(d.toks) && d.toks[b+1].name && d.joinable(b, b+1) && d.sameName(b, b+1) {
			b++
			continue
		}
		if b+2 < len(d.toks) && d.toks[b+2].name && d.joinable(b, b+2) {
			b += 2
			continue
		}
		if d.dotAfter(b) && b+2 < len(d.toks) && d.toks[b+2].name && !d.toks[b+2].init &&
			d.joinable(b+1, b+2) && (d.initial(b) || b > a && d.regnal(b)) {
			// An initial or a regnal number and its dot inside a name:
			// George W. Bush, W. Müller, Otto II. Herzog.
			b += 2
			continue
		}
		if b+1 < len(d.toks) && d.toks[b+1].upper && d.roman(b+1) && !d.toks[b].caps &&
			d.joinable(b, b+1) && (d.toks[b+1].end-d.toks[b+1].start >= 2 || d.dotAfter(b+1)) {
			// Elisabeth II., Hartz IV: the number is part of the name.
			d.toks[b+1].name = true
			b++
			continue
		}
		// Lower-case particles between two name words. German von, zu and
		// der only after first names (Ursula von der Leyen), since "Gatling
		// von Nexial Research" names two things.
		k := b + 1
		all, first := d.givenNames(a, b)
		given, german := all || first, false
		ok := true
		for k < len(d.toks) && k-b <= 3 && d.toks[k].word && !d.toks[k].upper && d.joinable(k-1, k) {
			inner, needGiven := nameParticle(d.text[d.toks[k].start:d.toks[k].end])
			if !inner || needGiven && !given {
				ok = false
				break
			}
			german = german || needGiven
			k++
		}
		if ok && german && !all && k+1 < len(d.toks) && d.toks[k+1].upper && d.joinable(k, k+1) {
			// After first names the lists lack, a German particle opens
			// a surname of one word only: Lance Gatling von Nexial
			// Research names two things.
			ok = false
		}
		if ok && k > b+1 && k < len(d.toks) && d.joinable(k-1, k) &&
			(d.toks[k].name || given && d.toks[k].upper && d.toks[k].fl&(lexNoun|lexFunc) == 0 && !d.compoundNoun(k)) &&
			!(k == b+2 && d.articleNounAfter(b+1)) {
			d.toks[k].name = true
			d.particles = true
			b = k
			continue
		}
		return b
	}
}

// givenNames reports whether tokens a..b are first names (all), after
// which the German particles von, zu and der open a surname (Ursula von
// der Leyen), and whether they may be (first): the first word is a first
// name and the others are words no list knows as common nouns or places,
// for the lists lack many rarer first names (Heinrich Gottlob von
// Miltitz, Amalie Zephyrine von Hohenzollern-Sigmaringen).
func (d *nameDoc) givenNames(a, b int) (all, first bool) {
	if d.toks[a].fl&lexGiven == 0 {
		return false, false
	}
	all, first = true, true
	for j := a + 1; j <= b; j++ {
		t := &d.toks[j]
		if !t.word || t.fl&lexGiven != 0 {
			continue
		}
		all = false
		if t.fl&(lexNoun|lexFunc|lexCountry|lexCity) != 0 || t.comp {
			first = false
		}
	}
	return all, first
}

// dutchParticle reports whether lh is the lower-case hash of a word that
// may end Dutch particles (see dutchParticles): a test of the hash alone,
// for spans asks it before every name.
func dutchParticle(lh uint64) bool {
	return lh == hashVan || lh == hashTen || lh == hashDer || lh == hashDen || lh == hashDe
}

// dutchParticles returns the first token of the Dutch particles van, van
// der, van den, van de or ten before the name at token a, -1 if there are
// none. Unlike von and der, which German uses in phrases (Gatling von
// Nexial Research), van and ten occur in German text only in surnames, so
// a lone surname takes them in without a first name before it (erklärt
// van der Vaart, bei van der Straeten).
func (d *nameDoc) dutchParticles(a int) int {
	p := a - 1
	if !d.particleWord(p) {
		return -1
	}
	if lh := d.toks[p].lh; lh != hashVan && lh != hashTen {
		if p--; !d.particleWord(p) || d.toks[p].lh != hashVan {
			return -1
		}
	}
	return p
}

// particleWord reports whether token p is a lower-case word joined to the
// token after it.
func (d *nameDoc) particleWord(p int) bool {
	return p >= 0 && d.toks[p].word && !d.toks[p].upper && d.joinable(p, p+1)
}

// articleNounAfter reports whether token k is der or den and the word
// after it a common noun, a compound of common nouns or the first part of
// a hyphenated compound: after a first name or a full name that opens the
// next phrase (aus Paris der Lieblingsaufenthaltsort, hält Kurt Miller den
// PSA-Test für), not a surname.
func (d *nameDoc) articleNounAfter(k int) bool {
	if w := d.tokText(k); w != "der" && w != "den" {
		return false
	}
	t := &d.toks[k+1]
	return d.plainNoun(t) || d.compoundNoun(k+1) || t.hyphNext
}

// compoundNoun reports whether token k is a word the lists lack that is
// made of known words ending in a common noun (Bankdirektor): after von
// or vom that is the thing the phrase names (erfährt Ida vom
// Bankdirektor), not a surname.
func (d *nameDoc) compoundNoun(k int) bool {
	t := &d.toks[k]
	return !hasNameFlag(t.fl) && (t.comp || t.compPre || t.split)
}

// commonOnly reports whether every word of tokens a..b is one of the
// gazetteer's common words (COMMON, NOUN).
func (d *nameDoc) commonOnly(a, b int) bool {
	for k := a; k <= b; k++ {
		if t := &d.toks[k]; t.word && t.fl&lexCommon == 0 && !d.lex.nouns.has(t.h) {
			return false
		}
	}
	return true
}

// unitAfterNumber reports whether token k, right after a number, is a
// known common noun and no word of the name lists (13 Grad), or a compound
// the word list lacks that ends in a common noun (17 Gigawatt, 500
// Megawatt).
func (d *nameDoc) unitAfterNumber(k int) bool {
	t := &d.toks[k]
	return k > 0 && (t.fl&lexNoun != 0 && !hasNameFlag(t.fl) || t.comp && t.fl == 0) && !t.caps &&
		d.toks[k-1].digit && !d.toks[k-1].word && d.joinable(k-1, k)
}

// nameRun is a name's first and last token.
type nameRun struct {
	a, b  int
	place bool // a place and the abbreviation of its state (Washington, D.C)
	// fixed is the type plus one of a name whose type a rule fixed (a
	// quoted title, see quotedTitles; a sports club, see clubNames), 0 for
	// names the model types.
	fixed uint8
	// same is the index plus one of the run whose full name gave this one
	// its particles (see particleSurnames), whose type it takes; 0 for
	// none.
	same int32
	// end is where the name ends when that is past token b (0: at b's
	// end): after the dot of a final initial or regnal number (Nico G.,
	// Elisabeth II.), or a road's number (A 7).
	end int
}

// mergeTitles replaces the names inside each quoted title by the title, a
// name of its own type; an English title in title case that the model
// marked whole keeps the model's name.
func (d *nameDoc) mergeTitles(runs []nameRun, titles []titleRun) []nameRun {
	out := d.runsTmp[:0]
	r := 0
	for _, t := range titles {
		out, r = runsBefore(out, runs, r, t.a)
		inside := r
		for inside < len(runs) && runs[inside].a <= t.b {
			inside++
		}
		if t.typ == noTitle {
			// Only the word t.a, if it is a name of one word, is none.
			if inside == r+1 && runs[r].a == t.a && runs[r].b == t.a {
				r = inside
			}
			continue
		}
		if t.grow && inside > r && runs[inside-1].b > t.b {
			t.b = runs[inside-1].b
		}
		if t.model && inside == r+1 && runs[r].a == t.a && runs[r].b == t.b {
			out = append(out, runs[r])
		} else {
			out = append(out, nameRun{a: t.a, b: t.b, fixed: t.typ + 1})
		}
		r = inside
	}
	out = append(out, runs[r:]...)
	d.runsTmp = runs[:0]
	return out
}

// runsBefore appends to out the runs from runs[r] on that end before token
// a, and returns out and the index of the first run it did not take.
func runsBefore(out, runs []nameRun, r, a int) ([]nameRun, int) {
	for r < len(runs) && runs[r].b < a {
		out = append(out, runs[r])
		r++
	}
	return out, r
}

// spanEnd is the byte offset where the name x ends.
func (d *nameDoc) spanEnd(x nameRun) int {
	if x.end > 0 {
		return x.end
	}
	return int(d.toks[x.b].end)
}

// dotAfter reports whether a dot directly follows token k.
func (d *nameDoc) dotAfter(k int) bool {
	if k+1 >= len(d.toks) {
		return false
	}
	t := &d.toks[k+1]
	return t.start == d.toks[k].end && t.end == t.start+1 && d.text[t.start] == '.'
}

// initial reports whether token k is one upper-case letter (W in George W.
// Bush).
func (d *nameDoc) initial(k int) bool {
	t := &d.toks[k]
	switch t.end - t.start {
	case 1:
		return t.upper
	case 2, 3, 4:
		if !t.word || !t.upper || d.text[t.start] < utf8.RuneSelf {
			return false
		}
		_, n := utf8.DecodeRuneInString(d.text[t.start:t.end])
		return int(t.start)+n == int(t.end) // Ä, Ö, Ü
	}
	return false
}

// regnal reports whether token k is a Roman number after a first name, a
// ruler's ordinal written with a dot (Elisabeth II., Ludwig XIV.).
func (d *nameDoc) regnal(k int) bool {
	return k > 0 && d.toks[k-1].fl&lexGiven != 0 && d.roman(k)
}

// roman reports whether token k is a Roman number from I to XXXIX.
func (d *nameDoc) roman(k int) bool {
	t := &d.toks[k]
	s := d.text[t.start:t.end]
	if !t.word || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'I', 'V', 'X':
		default:
			return false
		}
	}
	return true
}

// endsInAbbrev reports whether the name a..b ends in an initial or a
// regnal number after a first name, written with its dot (Nico G., Magnus
// I., Elisabeth II.): the dot belongs to the name.
func (d *nameDoc) endsInAbbrev(a, b int) bool {
	return b > a && d.dotAfter(b) && d.toks[b-1].fl&lexGiven != 0 && (d.initial(b) || d.roman(b))
}

// placeAbbrev reports whether the name a..b is a dotted abbreviation of a
// place (D.C, U.S) after the place name r and a comma.
func (d *nameDoc) placeAbbrev(r nameRun, a, b int) bool {
	t := &d.toks[a]
	return a == b && a == r.b+2 && t.dotted && t.fl&lexLOC != 0 &&
		d.text[d.toks[r.b+1].start:d.toks[r.b+1].end] == "," &&
		d.toks[r.b].fl&(lexCity|lexLOC|lexCountry) != 0
}

// spans turns the decisions into typed, ordered name spans.
func (d *nameDoc) spans(mode nameMode) []Name {
	var out []Name
	runs := d.runs[:0]
	defer func() { d.runs = runs }()
	if mode != nameLexOnly {
		d.gazetteerNames()
		d.foreignNames()
		d.placeHeadNames()
		d.streetNames()
		d.federalNames()
	}
	// Names start at candidates (capitalized words) and at lower-case
	// gazetteer names (both in token order: merged on the way); runEnd
	// takes in the lower-case particles within.
	end := -1
	// listTyp is the type plus one a plural head word gave the name that
	// ends at token listEnd, which the names listed after it share.
	listTyp, listEnd := uint8(0), 0
	// Dutch particles open a name only in a document that holds van or
	// ten (see dutchParticles): one test of the filter of its lower-case
	// words instead of one a name.
	dutchDoc := d.seenLower(hashVan) || d.seenLower(hashTen)
	for c, l := 0, 0; c < len(d.cand) || l < len(d.lowers); {
		var i int
		if l == len(d.lowers) || c < len(d.cand) && d.cand[c] < d.lowers[l] {
			i = int(d.cand[c])
			c++
		} else {
			i = int(d.lowers[l])
			l++
		}
		if i <= end || !d.toks[i].name {
			continue
		}
		b := d.runEnd(i)
		a := i
		end = b
		first := &d.toks[a]
		if first.fl&lexNoun != 0 && first.fl&(lexOrgHead|lexLocHead|lexTitle) != 0 && !hasNameFlag(first.fl) && !first.caps && b > a &&
			!d.knownName(a, b) {
			// A head word or title before a name is not part of it
			// (Zeitung Yomiuri Shimbun, Generalsekretär Jens Stoltenberg),
			// except before a place (Universität Hamburg) or in a
			// well-known name (Premier League), but an acronym heads it
			// (FC Bayern).
			next := a + 1
			if !d.toks[next].word {
				next++
			}
			if next <= b && d.toks[next].fl&(lexCountry|lexCity|lexLOC) == 0 {
				a = next
			}
		} else if first.join&(joinMediaHead|joinPlaceHead) != 0 && !first.caps && b > a && d.toks[a+1].word &&
			(first.comp && first.fl == 0 || !d.knownName(a, b)) {
			// A word for what the name names before it, the head word of
			// an organization or a town (die Nachrichtenagentur Europa
			// Press, die Kreisstadt Torgau, die Firma Century Media),
			// which gives it its type below.
			first.name = false
			a++
		} else if d.roleBeforeName(a, b) {
			// A role or a description before a given name and more is no
			// part of the name (der Theatermann Max Reinhardt, Radprofi
			// Tony Martin).
			a++
		}
		if mode != nameLexOnly && !d.english {
			lo := 0
			if n := len(runs); n > 0 {
				lo = runs[n-1].b + 1
			}
			a, b = d.extend(a, b, lo)
			end = b
			first = &d.toks[a]
		}
		for b > a && d.closedClassEnd(b) {
			// A headline run into its text: in Südostasien Von den
			// schweren Überschwemmungen, Mærsk Line Am 11. Mai.
			d.toks[b].name = false
			b--
		}
		if a == b && first == &d.toks[a] && first.fl&(lexOrgHead|lexLocHead) != 0 && !hasNameFlag(first.fl) && !first.caps {
			// A lone head word is a name we failed to group (Joint Staff
			// Office); marking it alone would be wrong.
			continue
		}
		if a == b && (d.unitAfterNumber(a) || d.pieceAbbrev(a)) {
			// 13 Grad, 20 Prozent: a common noun after a number; 3 St.
			// (Stück).
			continue
		}
		if d.commonOnly(a, b) {
			// The gazetteer's common words are never names on their own
			// (Mai, Corona), whatever else the lists hold of them (a first
			// name, a town), nor compounds of them (Corona-Pandemie).
			continue
		}
		if a == b && d.initNonNoun(a) {
			// A sentence's first word that the word list knows in lower
			// case, as no noun, and as no name: an adverb or adjective
			// (Irgendwann muss es, Prinzipiell sei man).
			continue
		}
		if a == b && d.loneTownAdjective(a) {
			// A town's adjective before a common noun is no name alone
			// (die Grazer Kinderklinik, des Ravensburger Gemeinderates):
			// adjectives from names are none.
			continue
		}
		if a == b && d.adjectivePart(a) {
			// An adjective before the hyphen of a compound is no name
			// (Edel-Einkauf, Alt-Kanzler): it is a word of the compound.
			continue
		}
		if a == b && d.loneAttributive(a) {
			// An adjective before a common noun is no name alone: it is
			// either part of one with the noun, which the model did not
			// mark (die Deutsche Flugsicherung), or a word of a title or
			// a phrase (Regierender Bürgermeister, die Rote Karte). Taking
			// the noun in as well was measured and gained nothing.
			continue
		}
		dutch := false
		if dutchDoc && a > 0 && d.toks[a].upper && dutchParticle(d.toks[a-1].lh) {
			lo := 0
			if n := len(runs); n > 0 {
				lo = runs[n-1].b + 1
			}
			if p := d.dutchParticles(a); p >= lo {
				// van der Vaart: the particles belong to the surname,
				// and a surname alone is a person's.
				a, dutch = p, b == a || b == a+2 && d.toks[a].hyphNext
			}
		}
		run := nameRun{a: a, b: b}
		if dutch {
			run.fixed = typPER + 1
		}
		if d.placeRun(a, b) || d.joins&joinStreet != 0 && b > a && d.toks[b].join&joinStreet != 0 && d.streetAdjective(b-1) {
			// A place found by the word before it, or a street (die
			// Dortmunder Straße).
			run.fixed = typLOC + 1
		} else if a == b && len(d.speakers) > 0 && d.isSpeaker(a) {
			run.fixed = typPER + 1
		}
		if d.joins&joinFederal != 0 {
			// A federal body, maybe with a word before it (der Deutsche
			// Bundestag) or after it (das Bundesamt für Migration).
			for _, k := range [2]int{a, b} {
				if d.toks[k].join&joinFederal != 0 {
					run.fixed = federalBody(d.tokText(k))
					break
				}
			}
		}
		if p := a - 1; d.joins&(joinMediaHead|joinPlaceHead) != 0 && p >= 0 && d.toks[p].upper && !d.toks[p].name && d.joinable(p, a) {
			if d.toks[p].join&joinMediaHead != 0 && (d.toks[a].fl&(lexCountry|lexCity|lexLOC) == 0 || d.toks[p].join&joinLeague != 0) {
				// The name after die Nachrichtenagentur, die Sportzeitung, der
				// Sender, der Konzern, der Zweitligist is the organization's
				// (but a place after one names where it is: die
				// Klimaschutzagentur Pforzheim; not after a league's word:
				// der Regionalligist Aschaffenburg).
				run.fixed = typORG + 1
			} else if d.toks[p].join&joinPlaceHead != 0 && run.fixed == 0 {
				// The name after die Stadt, die Gemeinde, der Landkreis is a
				// place's (die Küstenstadt Port Mansfield).
				run.fixed = typLOC + 1
			}
			if d.toks[p].join&joinPlural != 0 {
				listTyp, listEnd = run.fixed, b
			}
		} else if listTyp > 0 && run.fixed == 0 && d.nextInList(listEnd, a, b) {
			// So are the names listed after it (die Gemeinden Bedra und
			// Braunsdorf).
			run.fixed, listEnd = listTyp, b
		}
		if h := b + 2; d.toks[b].hyphNext && h < len(d.toks) && d.toks[h].hyphPrev && !d.toks[h].hyphNext &&
			d.toks[h].upper && streetWord(d.tokText(h)) {
			// A street named after a person or place is one place, its
			// head word included (Friedrich-Ebert-Straße, Goethe-Allee).
			run.b, run.fixed = h, typLOC+1
			end = h
		}
		switch {
		case d.endsInAbbrev(a, b):
			run.end = int(d.toks[b].end) + 1
		case a == b && d.initial(a):
			if n := a + 1; n < len(d.toks) && d.toks[n].digit && !d.toks[n].word && d.joinable(a, n) {
				// A road: A 7, B 96.
				run.end = int(d.toks[n].end)
				break
			}
			// A lone capital letter names a group, a vitamin or a plan
			// (Gruppe C, Vitamin C, Plan B); an initial stands in a name of
			// more words.
			continue
		}
		if n := len(runs); n > 0 && d.placeAbbrev(runs[n-1], a, b) {
			// Washington, D.C: one place.
			runs[n-1].b, runs[n-1].place = b, true
			continue
		}
		runs = append(runs, run)
	}
	if mode >= nameFull && !d.english {
		runs = d.dropCommonWords(runs)
	}
	var titles []titleRun
	if mode != nameLexOnly && !d.english {
		titles = d.quotedTitles(d.titles[:0])
		if len(d.articles) > 0 {
			nq := len(titles)
			titles = d.articleTitles(titles)
			if nq > 0 && len(titles) > nq {
				// Both kinds: merged in token order into the spare
				// buffer, and the first buffer becomes the spare.
				merged := mergeTitleRuns(d.titlesTmp[:0], titles[:nq], titles[nq:])
				d.titlesTmp = titles
				titles = merged
			}
		}
		d.titles = titles
		if len(titles) > 0 {
			runs = d.mergeTitles(runs, titles)
		}
		runs = d.clubNames(runs)
		runs = d.legalNames(runs)
		runs = d.institutionNames(runs)
		runs = d.particleSurnames(runs)
	}
	if len(runs) == 0 {
		return nil
	}
	types := append(d.types[:0], make([]uint8, len(runs))...)
	d.types = types
	var scores [][4]float32
	if mode == nameLexOnly {
		for r, x := range runs {
			var fl uint32
			for k := x.a; k <= x.b; k++ {
				fl |= d.toks[k].fl
			}
			types[r] = gazetteerType(fl)
		}
	} else {
		scores = append(d.scores[:0], make([][4]float32, len(runs))...)
		d.scores = scores
		for r, x := range runs {
			if x.fixed > 0 {
				continue // its own type (see below); no vote in typeConsistency
			}
			scores[r] = d.typScore(x.a, x.b)
			types[r] = argmax4(scores[r])
		}
		if mode >= nameFull {
			d.typeConsistency(runs, scores, types)
		}
		d.knownTypes(runs, types)
		d.fixedTypes(runs, types)
		if d.particles {
			for r := range runs {
				if k := runs[r].same - 1; k >= 0 {
					types[r] = types[k]
					if f := runs[k].fixed; f > 0 {
						types[r] = f - 1
					}
				}
			}
		}
	}
	out = make([]Name, 0, len(runs))
	for r, x := range runs {
		typ := types[r]
		if x.fixed > 0 {
			typ = x.fixed - 1
		}
		out = append(out, Name{
			Span: Span{int(d.toks[x.a].start), d.spanEnd(x)},
			Type: typeNames[typ],
		})
	}
	return out
}

// typeConsistency gives every mention of a name the type its mentions agree
// on: the summed scores of spans with the same text, and a lone word that is
// part of a longer person's name (Kishida after Fumio Kishida) is a person.
func (d *nameDoc) typeConsistency(runs []nameRun, scores [][4]float32, types []uint8) {
	if len(runs) < 2 {
		return
	}
	key := func(a, b int) uint64 {
		h := uint64(fnvOffset)
		for k := a; k <= b; k++ {
			h = mix64(h ^ d.toks[k].h)
		}
		return h
	}
	// Per key in d.tab: a run's text → its index in d.tsum; a word of a
	// person's name of several words (key ^ perSalt) → 1.
	const perSalt = 0x5bd1e9955bd1e995
	n := 0
	for _, x := range runs {
		n += x.b - x.a + 2
	}
	d.tab.reset(n)
	d.tsum = d.tsum[:0]
	// Each run's index in d.tsum, for the second pass.
	d.tsumOf = append(d.tsumOf[:0], make([]int32, len(runs))...)
	for r, x := range runs {
		if x.fixed > 0 {
			continue
		}
		v, found := d.tab.slot(key(x.a, x.b))
		if !found {
			*v = uint64(len(d.tsum))
			d.tsum = append(d.tsum, [4]float32{})
		}
		d.tsumOf[r] = int32(*v)
		s := &d.tsum[*v]
		for c := range s {
			s[c] += clip(scores[r][c]-scores[r][types[r]], 5)
		}
		if types[r] == typPER && x.b > x.a {
			for k := x.a; k <= x.b; k++ {
				v, _ := d.tab.slot(d.toks[k].h ^ perSalt)
				*v = 1
			}
		}
	}
	for r, x := range runs {
		if x.fixed > 0 {
			continue
		}
		if x.a == x.b {
			if v, ok := d.tab.get(d.toks[x.a].h ^ perSalt); ok && v == 1 {
				types[r] = typPER
				continue
			}
		}
		types[r] = argmax4(d.tsum[d.tsumOf[r]])
	}
}

func clip(x, m float32) float32 {
	if x > m {
		return m
	}
	if x < -m {
		return -m
	}
	return x
}

// consistency makes the decisions for one word agree across the document: a
// word at a sentence start (where everything is capitalized) takes the
// decision of its mid-sentence mentions; a word that also occurs in lower
// case is not a name there; mid-sentence mentions follow their majority.
func (d *nameDoc) consistency() {
	// Per spelling: summed clipped score and number of mentions, and the
	// sentence-start and unsure mentions, as decideModel tallied them.
	tallies, starts, unsure := d.tallies, d.starts, d.unsure
	stat := func(t *ntok) spellTally {
		return tallies[t.spell]
	}
	// Mid-sentence mentions first, so that the rules for sentence starts see
	// their final decisions (Lance before Gatling).
	for _, ci := range unsure {
		t := &d.toks[ci]
		if a := stat(t); a.n > 1 {
			t.name = a.sum > 0
		}
	}
	for _, ci := range starts {
		i := int(ci)
		t := &d.toks[i]
		a := stat(t)
		unknown := t.fl == 0 && t.flLow == 0 && !t.comp && !t.compPre
		if t.init && !t.name && (t.fl&lexGiven != 0 && t.fl&lexNoun == 0 && t.flLow&lexFunc == 0 || unknown) && i+1 < len(d.toks) &&
			d.toks[i+1].name && d.joinable(i, i+1) && !d.toks[i+1].caps {
			// A first name or an unknown word before a name starts a
			// sentence: Lance Gatling, (Takashi Aoyama/Getty Images).
			t.name = true
			continue
		}
		if a.n > 1 {
			t.name = a.sum > 0
		} else if t.fl&(lexCountry|lexCity|lexLOC|lexPER|lexORG|lexGiven|lexSurname) == 0 &&
			(d.seenLower(t.lh) || t.fl&lexNoun != 0 && (!t.caps || t.shout) ||
				t.shout && t.flLow&(lexVerb|lexAdj|lexFunc) != 0) {
			// Seen in lower case, or a common noun, with no
			// mid-sentence mention to say otherwise.
			t.name = false
		}
	}
}

// gazetteerNames marks the words of multi-word gazetteer names (Vereinigte
// Staaten, Südchinesisches Meer) wherever the model marked only a part.
func (d *nameDoc) gazetteerNames() {
	const gaz = lexLOC | lexORG | lexPER | lexMISC
	// Only candidates have lexicon flags.
	for c := 0; c < len(d.cand); c++ {
		i := int(d.cand[c])
		t := &d.toks[i]
		known := t.join&joinKnown != 0
		if t.fl&(gaz|lexCity) == 0 && !known {
			continue
		}
		if (t.fl&(lexLOC|lexCity) != 0 || known) && d.lex.particleFirst.has(t.h) {
			if k := d.particleName(i); k > i {
				// Frankfurt am Main, Rothenburg ob der Tauber: the
				// gazetteer's places whose name holds lower-case words,
				// and the well-known names that do (Alternative für
				// Deutschland).
				for j := i; j <= k; j++ {
					d.toks[j].name = true
				}
				for c+1 < len(d.cand) && int(d.cand[c+1]) <= k {
					c++
				}
				continue
			}
		}
		if t.fl&gaz == 0 && !known {
			continue
		}
		if !t.name && (!t.hyphPrev || t.hyphNext) {
			// A well-known name that is no ordinary word: Afrika, NATO,
			// Merkel, and in the middle of a compound
			// (Indo-Pazifik-Region).
			s := d.text[t.start:t.end]
			typ, ok := d.lex.full[s]
			if t.shout && t.caps {
				d.buf = appendTitle(d.buf[:0], s)
				typ, ok = d.lex.full[string(d.buf)]
			} else if !ok && known && len(s) > 3 && s[len(s)-1] == 's' {
				typ, ok = d.lex.full[s[:len(s)-1]] // Merkels
			}
			if ok && typ&gazAmbiguous == 0 {
				t.name = true
			}
		}
		if i+1 == len(d.toks) || !d.toks[i+1].word || !d.gazWord(i+1) || !d.joinable(i, i+1) {
			continue
		}
		j := i + 1
		if j+1 < len(d.toks) && d.toks[j+1].word && d.gazWord(j+1) && d.joinable(j, j+1) {
			if _, ok := d.lex.full[d.text[t.start:d.toks[j+1].end]]; ok {
				j++
			}
		}
		// A name of the gazetteer's other lists needs the model to mark
		// a part of it, or to open with a capitalized adjective inside a
		// sentence (im Nahen Osten: a name in German); a well-known name
		// of the KNOWN lists does not (der Zweite Weltkrieg).
		if typ, ok := d.lex.full[d.text[t.start:d.toks[j].end]]; ok && (t.name || d.toks[j].name ||
			typ&gazAmbiguous == 0 && d.capAdjective(i) ||
			known && typ&gazAmbiguous == 0 && d.knownName(i, j)) {
			for k := i; k <= j; k++ {
				d.toks[k].name = true
			}
			for c+1 < len(d.cand) && int(d.cand[c+1]) <= j {
				c++
			}
		}
	}
}

// knownName reports whether tokens a..b are a name of the KNOWN lists.
func (d *nameDoc) knownName(a, b int) bool {
	if d.toks[a].join&joinKnown == 0 {
		return false
	}
	_, ok := d.lex.full[d.text[d.toks[a].start:d.toks[b].end]]
	return ok
}

// gazWord reports whether token k is a word of a gazetteer name: it has a
// gazetteer flag or is a word of the KNOWN lists.
func (d *nameDoc) gazWord(k int) bool {
	t := &d.toks[k]
	return t.fl&(lexLOC|lexORG|lexPER|lexMISC) != 0 || t.join&joinKnown != 0
}

// particleName returns the last token of the gazetteer name that starts at
// candidate i and goes on with one or two lower-case words and a
// capitalized word (Frankfurt am Main, Mülheim an der Ruhr), or -1.
func (d *nameDoc) particleName(i int) int {
	k := i + 1
	for k < len(d.toks) && k-i <= 2 && d.toks[k].word && !d.toks[k].upper && d.joinable(k-1, k) {
		k++
	}
	if k == i+1 || k == len(d.toks) || !d.toks[k].upper || !d.joinable(k-1, k) {
		return -1
	}
	if _, ok := d.lex.full[d.text[d.toks[i].start:d.toks[k].end]]; !ok {
		return -1
	}
	return k
}

// foreignNames marks the words before an English head word of a name when
// they are capitalized and one of them is no German word: Joint Staff
// Office, Sagami Bay (the model marks the head; German nouns before it,
// like Joint, hold it back).
func (d *nameDoc) foreignNames() {
	for _, ci := range d.cand {
		k := int(ci)
		h := &d.toks[k]
		if !h.name || h.fl&(lexOrgHead|lexLocHead) == 0 || h.fl&lexNoun != 0 || h.init || h.shout || k == 0 {
			continue
		}
		j, foreign := k, false
		for j > 0 && k-j < 3 && d.joinable(j-1, j) {
			p := &d.toks[j-1]
			if !p.word || !p.upper || p.shout || p.caps || p.init && (p.fl != 0 || p.flLow != 0) {
				break
			}
			if p.fl&lexNoun == 0 && !p.comp && !p.split && p.flLow&(lexAdj|lexVerb|lexFunc) == 0 {
				foreign = true
			}
			j--
			if p.init {
				break
			}
		}
		if foreign {
			for x := j; x < k; x++ {
				d.toks[x].name = true
			}
		}
	}
}

// knownTypes gives well-known names the gazetteer's type (Reuters is an
// organization, Tokio a place), whatever the context suggested.
func (d *nameDoc) knownTypes(runs []nameRun, types []uint8) {
	for r, x := range runs {
		if x.place {
			types[r] = typLOC
			continue
		}
		if x.fixed > 0 {
			continue
		}
		s := d.text[d.toks[x.a].start:d.toks[x.b].end]
		if t := &d.toks[x.a]; x.a == x.b && t.shout && t.caps && d.gazWord(x.a) {
			if _, ok := d.lex.full[s]; !ok {
				// A shouted headline: SELENSKYJ is Selenskyj (NATO
				// stays NATO).
				d.buf = appendTitle(d.buf[:0], s)
				if typ, ok := d.lex.full[string(d.buf)]; ok {
					types[r] = typ &^ gazAmbiguous
					continue
				}
			}
		}
		if !d.gazWord(x.a) && (x.b-x.a < 2 || !d.lex.particleFirst.has(d.toks[x.a].h)) {
			// No gazetteer name starts with this word.
		} else if typ, ok := d.lex.full[s]; ok {
			types[r] = typ &^ gazAmbiguous
			continue
		} else if len(s) > 3 && s[len(s)-1] == 's' {
			if typ, ok := d.lex.full[s[:len(s)-1]]; ok {
				types[r] = typ &^ gazAmbiguous
				continue
			}
		}
		if x.b > x.a && d.toks[x.b].join&joinKnown != 0 && d.toks[x.b].word {
			// A well-known person's surname ends the name: Jos
			// Verstappen (Jos is a town too).
			if typ, ok := d.lex.full[d.text[d.toks[x.b].start:d.toks[x.b].end]]; ok && typ&^gazAmbiguous == typPER {
				types[r] = typPER
				continue
			}
		}
		if x.a == x.b {
			if t := &d.toks[x.a]; t.fl&lexCountry != 0 && t.fl&(lexGiven|lexSurname|lexPER) == 0 {
				types[r] = typLOC
				continue
			}
		}
		// The word before: Zeitung Yomiuri Shimbun, Präfektur Hokkaido,
		// Präsident Biden.
		if x.a > 0 && d.toks[x.a-1].word && d.joinable(x.a-1, x.a) {
			p := &d.toks[x.a-1]
			if p.fl&lexNoun != 0 && !hasNameFlag(p.fl) {
				switch {
				case p.fl&lexTitle != 0:
					types[r] = typPER
					continue
				case p.fl&lexOrgHead != 0:
					types[r] = typORG
					continue
				case p.fl&lexLocHead != 0:
					types[r] = typLOC
					continue
				}
			}
		}
		// An apposition: Hokkaido, der nördlichsten Präfektur Japans.
		if f := d.appositionHead(x.b); f != 0 {
			switch {
			case f&lexTitle != 0:
				types[r] = typPER
			case f&lexLocHead != 0:
				types[r] = typLOC
			case f&lexOrgHead != 0:
				types[r] = typORG
			}
			continue
		}
		if x.a == x.b {
			continue
		}
		// Head words: Sagami Bay, Nexial Research, Siemens AG; a photo
		// credit: (Takashi Aoyama/Getty Images).
		switch first, last := &d.toks[x.a], &d.toks[x.b]; {
		case x.b+1 < len(d.toks) && d.text[d.toks[x.b+1].start] == '/' && d.toks[x.b+1].start == last.end &&
			x.b-x.a <= 2 && !first.caps && last.fl&(lexOrgHead|lexLocHead) == 0:
			types[r] = typPER
		case last.fl&lexLocHead != 0:
			types[r] = typLOC
		case last.fl&lexOrgHead != 0:
			types[r] = typORG
		case first.fl&lexGiven != 0 && first.fl&lexNoun == 0 && x.b-x.a <= 2:
			types[r] = typPER
		}
	}
}

// hasNameFlag reports whether the gazetteers know the word as (part of) a
// name.
func hasNameFlag(f uint32) bool {
	return f&(lexCountry|lexCity|lexLOC|lexPER|lexORG|lexMISC|lexGiven|lexSurname) != 0
}

// appositionHead returns the title and head-word flags of the noun of an
// apposition after token b (", der nördlichsten Präfektur"), 0 if none.
func (d *nameDoc) appositionHead(b int) uint32 {
	k := b + 1
	if k+2 >= len(d.toks) || d.text[d.toks[k].start] != ',' {
		return 0
	}
	k++
	switch d.text[d.toks[k].start:d.toks[k].end] {
	case "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen":
	default:
		return 0
	}
	for k++; k < len(d.toks) && k <= b+7; k++ {
		t := &d.toks[k]
		if !t.word {
			return 0
		}
		if t.upper {
			if t.fl&lexNoun != 0 && !hasNameFlag(t.fl) {
				return t.fl & (lexTitle | lexLocHead | lexOrgHead)
			}
			return 0
		}
	}
	return 0
}

// particleSurnames takes the particles of a surname into its later (or
// earlier) mentions when the document gives the full name with them:
// after „Ursula von der Leyen“ a lone „von der Leyen“ (or „Von der Leyen“
// at a sentence start) is one name, not „von der {Leyen}“, whose
// particles a translation would otherwise translate. Only a particle
// sequence the document uses inside a longer name counts.
func (d *nameDoc) particleSurnames(runs []nameRun) []nameRun {
	if !d.particles {
		return runs
	}
	var tails [8]string
	var from [8]int
	n := 0
	for r, x := range runs {
		if x.b-x.a < 2 || n == len(tails) {
			continue
		}
		for k := x.a + 1; k < x.b; k++ {
			t := &d.toks[k]
			if !t.word || t.upper {
				continue
			}
			if inner, _ := nameParticle(d.tokText(k)); inner && d.toks[x.b].upper && d.toks[x.b].word {
				tails[n], from[n] = d.text[t.start:d.toks[x.b].end], r
				n++
			}
			break
		}
	}
	if n == 0 {
		return runs
	}
	runs = d.particleMentions(runs, tails[:n], from[:n])
	lo := 0 // the first token a run may take
	for r := range runs {
		x := &runs[r]
		best := x.a
		for p, m := x.a-1, 0; p >= lo && m < 3; p, m = p-1, m+1 {
			t := &d.toks[p]
			if !t.word || !d.joinable(p, p+1) || t.upper && !t.init {
				break
			}
			w := d.tokText(p)
			if t.upper {
				w = lowerASCIIFirst(w)
			}
			if inner, _ := nameParticle(w); !inner {
				break
			}
			s := d.text[t.start:d.toks[x.b].end]
			for i, tail := range tails[:n] {
				if len(s) == len(tail) && s[1:] == tail[1:] && lowerASCIIFirst(s[:1]) == tail[:1] {
					best, x.same = p, int32(from[i]+1)
				}
			}
			if !t.upper {
				continue
			}
			break // a capitalized particle opens the sentence
		}
		x.a = best
		lo = x.b + 1
	}
	return runs
}

// particleMentions adds the mentions of a surname with its particles that
// the model left unmarked (Erst sprach de Havilland, before or after
// Olivia de Havilland): the particles and the surname as the full name
// gives them make the name, which particleSurnames then extends over the
// particles. tails are those particles and surnames (de Havilland), from
// the runs that give them (updated: the runs are kept in order).
func (d *nameDoc) particleMentions(runs []nameRun, tails []string, from []int) []nameRun {
	n := len(runs)
	r := 0 // the first run that does not end before the candidate
	for _, ci := range d.cand {
		k := int(ci)
		for r < n && runs[r].b < k {
			r++
		}
		t := &d.toks[k]
		if r < n && runs[r].a <= k || t.name || t.caps || k == 0 {
			continue
		}
		for i, tail := range tails {
			st := int(t.end) - len(tail) // where the particles would start
			if st < 0 || d.tokText(k) != d.tokText(runs[from[i]].b) {
				continue
			}
			s := d.text[st:t.end]
			p := k - 1
			for p > 0 && int(d.toks[p].start) > st {
				p--
			}
			if int(d.toks[p].start) == st && (r == 0 || runs[r-1].b < p) &&
				s[1:] == tail[1:] && lowerASCIIFirst(s[:1]) == tail[:1] {
				runs = append(runs, nameRun{a: k, b: k})
				break
			}
		}
	}
	if len(runs) > n {
		var firsts [8]int
		for i, f := range from {
			firsts[i] = runs[f].a
		}
		slices.SortFunc(runs, func(x, y nameRun) int { return x.a - y.a })
		for i := range from { // the runs that give the tails moved
			from[i], _ = slices.BinarySearchFunc(runs, firsts[i], func(x nameRun, a int) int { return x.a - a })
		}
	}
	return runs
}

// lowerASCIIFirst returns s with its first byte in lower case when that is
// an ASCII capital.
func lowerASCIIFirst(s string) string {
	if s != "" && s[0] >= 'A' && s[0] <= 'Z' {
		return string(s[0]+'a'-'A') + s[1:]
	}
	return s
}

// streetWord reports whether s heads a street's or square's name after a
// hyphen (Friedrich-Ebert-Straße). Weg and Ring are left out: der
// Merkel-Weg is mostly a course of action.
func streetWord(s string) bool {
	switch s {
	case "Straße", "Strasse", "Landstraße", "Allee", "Gasse", "Platz", "Damm", "Ufer", "Brücke", "Chaussee", "Promenade", "Kai":
		return true
	}
	return false
}

// initNonNoun reports whether token a opens a sentence and is a word the
// lists know in lower case but neither as a noun nor as a name.
func (d *nameDoc) initNonNoun(a int) bool {
	t := &d.toks[a]
	return t.init && !t.caps && t.flLow&(lexAdj|lexFunc|lexVerb|lexFreq) != 0 && t.fl&lexNoun == 0 && !hasNameFlag(t.fl) &&
		!t.comp && !t.gen && t.join&joinKnown == 0
}

// closedClassEnd reports whether token k, the last of a name of several
// words, is a capitalized article, preposition or conjunction, which ends
// no name (Von, Das, Am; not a surname that is also a word, Joachim Fest,
// nor a place, Frankfurt an der Oder).
func (d *nameDoc) closedClassEnd(k int) bool {
	t := &d.toks[k]
	if !t.upper || t.caps || t.hyphPrev || t.end-t.start > 5 {
		return false
	}
	switch d.tokText(k) {
	case "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Einer",
		"Am", "Im", "Vom", "Zum", "Zur", "Beim", "Ins", "In", "An", "Auf", "Aus", "Bei", "Mit", "Nach", "Von",
		"Vor", "Zu", "Für", "Über", "Unter", "Gegen", "Durch", "Seit", "Bis", "Um", "Und", "Aber", "Doch",
		"Als", "Wenn", "Weil", "Dass", "Wie":
		return true
	}
	return false
}

// streetNames marks a capitalized adjective in -er and a street word after
// it as one name (die Dortmunder Straße, am Potsdamer Platz, die
// Friedberger Landstraße): the model seldom marks the street word, and
// often not the adjective either.
func (d *nameDoc) streetNames() {
	for _, ci := range d.streets {
		if k := int(ci); k > 0 && d.streetAdjective(k-1) {
			d.toks[k-1].name, d.toks[k].name = true, true
		}
	}
}

// streetAdjective reports whether token j, before a street word, is an
// adjective in -er that makes it a street's name: capitalized inside a
// sentence, or no adjective of the word list at its start (Neuer Platz
// für Radler is none); not a person's name (Meier Straße, a headline).
func (d *nameDoc) streetAdjective(j int) bool {
	t := &d.toks[j]
	if !t.candidate() || t.caps || t.shout || t.hyphNext || t.init && t.flLow&lexAdj != 0 ||
		t.fl&(lexGiven|lexSurname|lexPER) != 0 || !d.joinable(j, j+1) {
		return false
	}
	return d.erAdjective(j)
}

// erAdjective reports whether token k has the shape of a town's adjective
// in -er: five bytes or more ending in er (Dortmunder, Grazer).
func (d *nameDoc) erAdjective(k int) bool {
	s := d.tokText(k)
	return len(s) >= 5 && strings.HasSuffix(s, "er")
}

// loneTownAdjective reports whether token a is the adjective in -er of a
// town or country the lists hold (Grazer, Ravensburger, Dresdner,
// Münchner) before a common noun that is no name.
func (d *nameDoc) loneTownAdjective(a int) bool {
	t := &d.toks[a]
	if !d.erAdjective(a) || t.caps || t.hyphNext ||
		t.join&joinKnown != 0 || t.fl&(lexGiven|lexSurname|lexPER|lexORG|lexMISC) != 0 {
		return false
	}
	s := d.tokText(a)
	n := a + 1
	if n >= len(d.toks) || !d.joinable(a, n) {
		return false
	}
	if u := &d.toks[n]; !u.word || !u.upper || u.caps || u.name || u.digit || u.fl&lexNoun == 0 && !u.comp || hasNameFlag(u.fl) {
		return false
	}
	const place = lexCity | lexCountry | lexLOC
	stem := s[:len(s)-2]
	if d.lex.get(stem)&place != 0 {
		return true // Grazer
	}
	d.buf = append(append(d.buf[:0], stem...), "en"...) // Bremer
	if d.lex.getBytes(d.buf)&place != 0 {
		return true
	}
	d.buf = append(append(d.buf[:0], stem[:len(stem)-1]...), "en"...) // Dresdner, Münchner
	return d.lex.getBytes(d.buf)&place != 0
}

// roleCompound reports whether s ends in a noun for a person's role
// (Theatermann, Vereinschefin, Grünen-Politiker): before a given name such
// a compound is no part of the name. Unknown surnames end in other common
// nouns (Greenberg, Rosenfeld), so only these tails count.
func roleCompound(s string) bool {
	for _, t := range [...]string{"mann", "frau", "chef", "chefin", "leiter", "leiterin", "macher", "macherin",
		"experte", "expertin", "kollege", "kollegin", "politiker", "politikerin", "spieler", "spielerin",
		"sprecher", "sprecherin", "star"} {
		if len(s) > len(t)+2 && s[len(s)-len(t):] == t {
			return true
		}
	}
	return false
}

// loneAttributive reports whether token a, a name of one word, is an
// inflected adjective right before a common noun that is no name
// (Regierender Bürgermeister, die Deutsche Flugsicherung).
func (d *nameDoc) loneAttributive(a int) bool {
	n := a + 1
	if n >= len(d.toks) || !d.capAdjective(a) || !d.joinable(a, n) {
		return false
	}
	t, u := &d.toks[a], &d.toks[n]
	if t.fl&(lexCountry|lexCity|lexGiven|lexSurname|lexPER) != 0 || t.hyphNext {
		return false
	}
	switch s := d.tokText(a); {
	case strings.HasSuffix(s, "e"), strings.HasSuffix(s, "en"), strings.HasSuffix(s, "er"), strings.HasSuffix(s, "es"), strings.HasSuffix(s, "em"):
	default:
		return false
	}
	return u.word && u.upper && !u.caps && !u.name && !u.digit && (u.fl&lexNoun != 0 || u.comp) && !hasNameFlag(u.fl)
}

// placeHeadNames marks an unknown capitalized word right after a word for a
// town or village (die Grenzstadt Kaesong, das Dorf Yabrud, die Provinz
// Idlib), and its other mentions in the document: such a word is a place,
// whatever its letters suggest to the model (Kaesong ends like Song).
func (d *nameDoc) placeHeadNames() {
	for _, h := range d.heads {
		k := int(h)
		if k+1 >= len(d.toks) || !d.toks[k+1].candidate() {
			continue
		}
		t := &d.toks[k+1]
		if t.name || t.caps || t.digit || t.init || t.fl&(lexNoun|lexAdj|lexVerb|lexFunc|lexCommon) != 0 ||
			t.split || !d.joinable(k, k+1) {
			continue
		}
		t.name = true
		if len(d.places) < 8 && !slices.Contains(d.places, t.spell) {
			d.places = append(d.places, t.spell)
		}
	}
	if len(d.places) == 0 {
		return
	}
	for _, ci := range d.cand {
		if t := &d.toks[ci]; !t.name && !t.caps && slices.Contains(d.places, t.spell) {
			t.name = true
		}
	}
}

// federalNames marks the names of federal bodies (see federalBody): the
// model weighs them by their parts and marks some, not others (it missed
// Bundesarbeitsgericht and Bundespolizei and typed Bundesfinanzhof a place).
func (d *nameDoc) federalNames() {
	if d.joins&joinFederal == 0 {
		return
	}
	for _, ci := range d.cand {
		if t := &d.toks[ci]; t.join&joinFederal != 0 {
			t.name = true
		}
	}
}

// federalBody returns the type plus one of s when it names a federal body:
// Bundes and a word for a court, an office, a ministry, an agency or the
// like, maybe in the genitive (Bundesverfassungsgericht, Bundesamtes,
// Bundespolizei: organizations), the parliament and its second chamber
// (Bundestag, Bundesrat: not Bundesparteitag, Bundesapparat) or the
// republic (Bundesrepublik: a place). Plurals (Bundesämter, Bundesländer),
// people (Bundespräsident) and everything else are not.
func federalBody(s string) uint8 {
	if len(s) < 9 || s[:6] != "Bundes" {
		return 0
	}
	rest := s[6:]
	switch rest {
	case "tag", "tags", "tages", "rat", "rats", "rates":
		return typORG + 1
	case "republik":
		return typLOC + 1
	}
	for _, h := range federalHeads {
		if strings.HasSuffix(rest, h.w) || h.gen && (endsBefore(rest, h.w, "s") || endsBefore(rest, h.w, "es")) {
			return typORG + 1
		}
	}
	return 0
}

// endsBefore reports whether s ends in w followed by tail (gerichtes: w
// gericht, tail es).
func endsBefore(s, w, tail string) bool {
	s, ok := strings.CutSuffix(s, tail)
	return ok && strings.HasSuffix(s, w)
}

// federalHeads are the words that end the name of a federal body, and
// whether they take a genitive -s or -es.
var federalHeads = [...]struct {
	w   string
	gen bool
}{
	{"gericht", true}, {"hof", true}, {"amt", true}, {"ministerium", true}, {"institut", true},
	{"archiv", true}, {"verband", true}, {"nachrichtendienst", true},
	{"bank", false}, {"wehr", false}, {"polizei", false}, {"agentur", false}, {"anstalt", false},
	{"kammer", false}, {"behörde", false}, {"zentrale", false}, {"anwaltschaft", false}, {"stiftung", false},
}

// nextInList reports whether the name a..b follows the name that ends at
// token e as the next item of a list: after und, oder or sowie, or after a
// comma when more names follow, the last after und, oder or sowie
// (Hokkala, Kumpula und Oikari; not the apposition of „der Band Fleetwood
// Mac, Peter Green, …“).
func (d *nameDoc) nextInList(e, a, b int) bool {
	if a != e+2 || d.toks[e+1].nl || d.toks[a].nl {
		return false
	}
	if sep := d.tokText(e + 1); sep != "," {
		return listConjunction(sep)
	}
	for k, n := b+1, 0; k+1 < len(d.toks) && n < 16; n++ {
		if t := &d.toks[k+1]; !t.name || t.nl || d.toks[k].nl {
			return false
		}
		if sep := d.tokText(k); sep != "," {
			return listConjunction(sep)
		}
		k = d.listItemEnd(k+1) + 1
	}
	return false
}

// listConjunction reports whether w joins the last item of a list.
func listConjunction(w string) bool { return w == "und" || w == "oder" || w == "sowie" }

// listItemEnd returns the last token of the name that starts at token k
// in a list: its words, joined by spaces or hyphens (Koskimäki-Huhtala).
func (d *nameDoc) listItemEnd(k int) int {
	for {
		switch {
		case k+1 < len(d.toks) && d.toks[k+1].name && d.joinable(k, k+1):
			k++
		case k+2 < len(d.toks) && d.toks[k+2].name && d.joinable(k, k+2):
			k += 2
		default:
			return k
		}
	}
}

// placeRun reports whether the name a..b is one word that placeHeadNames
// found to be a place.
func (d *nameDoc) placeRun(a, b int) bool {
	return a == b && len(d.places) > 0 && d.toks[a].candidate() && slices.Contains(d.places, d.toks[a].spell)
}

// headSuffix reports whether s is t capitalized or ends in t after at
// least one more letter (Stadt, Grenzstadt).
func headSuffix(s, t string) bool {
	n := len(s) - len(t)
	switch {
	case n == 0:
		return s[0] == t[0]-'a'+'A' && s[1:] == t[1:]
	case n > 0:
		return s[n:] == t
	}
	return false
}

// fixedTypes gives a one-word name the type a rule fixed for the same word
// elsewhere in the document: after Hurrikan „Hanna“ (MISC) a lone „Hanna“
// is the storm too, not a person.
func (d *nameDoc) fixedTypes(runs []nameRun, types []uint8) {
	var fixed [8]struct {
		spell int32
		typ   uint8
	}
	n := 0
	for _, x := range runs {
		// Only candidates have a spelling number (ntok.spell).
		if x.fixed > 0 && x.a == x.b && n < len(fixed) && d.toks[x.a].candidate() {
			fixed[n].spell, fixed[n].typ = d.toks[x.a].spell, x.fixed-1
			n++
		}
	}
	if n == 0 {
		return
	}
	for r := range runs {
		if x := &runs[r]; x.fixed == 0 && x.a == x.b && d.toks[x.a].candidate() {
			for _, f := range fixed[:n] {
				if d.toks[x.a].spell == f.spell {
					types[r] = f.typ
				}
			}
		}
	}
}

// roleBeforeName reports whether token a, before a given name and more
// (a..b), is a role or a description rather than a word of the name: a
// compound of a role noun the lexicon does not list whole (der
// Theatermann Max Reinhardt), or any other common noun, a compound of one
// the lexicon lacks, or a feminine in -in of one (Radprofi Tony Martin,
// Kapitänin Emily Bölk, der Deutsche Kai Wagner), unless it is the name's
// last word, a surname (Greenberg Joseph Greenberg, a heading run into its
// text).
func (d *nameDoc) roleBeforeName(a, b int) bool {
	if b < a+2 {
		return false
	}
	t, g := &d.toks[a], &d.toks[a+1]
	if t.caps || g.fl&lexGiven == 0 || !d.joinable(a, a+1) {
		return false
	}
	if t.comp && t.fl == 0 && g.word && roleCompound(d.tokText(a)) {
		return true
	}
	return g.upper && !g.caps && t.join&joinKnown == 0 && t.h != d.toks[b].h &&
		(t.fl&lexNoun != 0 && !hasNameFlag(t.fl) || t.fl == 0 && (t.comp || d.feminineNoun(a)))
}

// feminineNoun reports whether token k, which the lexicon lacks, is the
// feminine form in -in of a common noun it lists (Kapitänin, Athletin).
func (d *nameDoc) feminineNoun(k int) bool {
	w := d.tokText(k)
	stem, ok := strings.CutSuffix(w, "in")
	if !ok || len(stem) < 4 {
		return false
	}
	f := d.lex.get(stem)
	return f&lexNoun != 0 && !hasNameFlag(f)
}

// adjectivePart reports whether token a, a name of one word, is joined by
// a hyphen to the word after it and is, in lower case, an adjective the
// word list knows, and no name the lists hold but a surname (Edel-Einkauf:
// Edel is one too).
func (d *nameDoc) adjectivePart(a int) bool {
	t := &d.toks[a]
	return t.hyphNext && !t.caps && t.flLow&lexAdj != 0 && t.fl&lexNoun == 0 &&
		(t.fl|t.flLow)&(lexCountry|lexCity|lexLOC|lexPER|lexORG|lexMISC|lexGiven) == 0 && t.join&joinKnown == 0
}
