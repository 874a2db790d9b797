package segment

import "strings"

// Institutions: German names of authorities, institutes, foundations and
// broadcasters are common nouns held together by the words around them,
// which the word model, trained on little such text, marks in pieces or not
// at all:
//
//   - a head noun with its für-phrase, one name whatever nouns it holds: das
//     Bundesamt für Migration und Flüchtlinge, die Bundeszentrale für
//     politische Bildung, das Ministerium für Umwelt, Naturschutz und
//     nukleare Sicherheit;
//   - capitalized adjectives before such a head: das Statistische Bundesamt,
//     der Hessische Rundfunk, der Internationale Währungsfonds, das
//     Auswärtige Amt, the two together: das Bayerische Staatsministerium für
//     Unterricht und Kultus. A capitalized adjective inside a sentence is
//     part of a name in German; the head says which kind.
//   - a head before the name of its town or country: die Universität
//     Hamburg, die Realschule Spaichingen (see townAfter).
//
// A head alone before für needs a determiner that makes it one particular
// body (das, des, im, beim) or a name joined to it by a hyphen
// (Max-Planck-Institut für Physik): ein Institut für Wirtschaftsforschung
// and neue Ämter für Bürger name none. Plurals are never heads (the
// Hochschulen für Musik). These names are organizations.

var (
	hashFuer = hashString("für")
	hashUnd  = hashString("und")
	hashDes  = hashString("des")
	hashDer  = hashString("der")
	hashDen  = hashString("den")
	hashDe   = hashString("de")
	hashVan  = hashString("van") // Dutch particles, see dutchParticles
	hashTen  = hashString("ten")
)

// paperAdjective reports whether token j, which no list knows as an
// adjective, is one before a newspaper's head word: a town's or region's
// adjective in -er that is no common noun (Eichsfelder, Kölner), or a
// compass word before a listed adjective (Mittelbayerische, Westdeutsche).
func (d *nameDoc) paperAdjective(j int) bool {
	t := &d.toks[j]
	if !t.word || !t.upper || t.init || t.caps || t.digit || t.shout || hasNameFlag(t.fl) && t.fl&(lexCity|lexLOC) == 0 {
		return false
	}
	s := d.tokText(j)
	if strings.HasSuffix(s, "er") && len(s) > 4 {
		if t.fl&lexNoun == 0 {
			return true
		}
		// Kölner is also a noun (a man from Cologne): its town decides.
		return d.lex.get(s[:len(s)-2])&(lexCity|lexLOC) != 0
	}
	for _, p := range compassPrefixes {
		if rest, ok := strings.CutPrefix(s, p); ok && len(rest) > 3 {
			d.buf = appendLower(d.buf[:0], rest)
			return d.lex.getBytes(d.buf)&lexAdj != 0
		}
	}
	return false
}

// townAdjective reports whether token j is the adjective of a town
// (Berliner, Münchner, Kölner), not an inflected adjective (Bayerischer,
// Internationaler): -er that does not end an adjective's stem.
func (d *nameDoc) townAdjective(j int) bool {
	s := d.tokText(j)
	if !strings.HasSuffix(s, "er") {
		return false
	}
	d.buf = appendLower(d.buf[:0], s[:len(s)-2])
	return d.lex.getBytes(d.buf)&lexAdj == 0
}

// instDeterminers may stand before a head that has neither an adjective nor
// a hyphenated name before it: definite articles, their contractions with
// a preposition, and prepositions and conjunctions that take a bare name
// (laut Bundesamt für Statistik).
var instDeterminers = wordHashSet("der die das des dem den vom im zum zur beim am ins ans laut seitens und oder sowie wie " +
	"von bei mit nach aus gegen an in auf über unter vor durch zwischen")

// institutionNames finds the institutions' names (see above) and merges
// them with the names the runs hold, as organizations.
func (d *nameDoc) institutionNames(runs []nameRun) []nameRun {
	if d.joins&(joinInst|joinInstAdj) == 0 {
		return runs
	}
	t := d.toks
	var names []nameRun
	last := -1
	for _, c := range d.insts {
		k := int(c)
		if k <= last || t[k].caps || t[k].digit {
			continue
		}
		fuer := t[k].join&joinInst != 0 && k+2 < len(t) && t[k+1].lh == hashFuer && d.joinable(k, k+1)
		paper := t[k].join&joinPaper != 0
		h := k // a paper's head with its hyphenated parts: der Kölner Stadt-Anzeiger
		for paper && h >= 2 && t[h].hyphPrev && t[h-2].word && t[h-2].upper && d.joinable(h-2, h) {
			h -= 2
		}
		adj := h > 0 && (d.capAdjective(h-1) || paper && d.paperAdjective(h-1)) && d.joinable(h-1, h)
		gen := -1
		if !fuer && t[k].join&joinInst != 0 {
			gen = d.genitiveName(k)
		}
		// Without für, an adjective or a genitive, a head names a body
		// only with its town after it.
		town := false
		if !fuer && !adj && gen < 0 {
			if town = t[k].join&(joinInst|joinMediaHead) == joinInst && d.townAfter(k); !town {
				continue
			}
		}
		if paper && k+1 < len(t) && t[k+1].name && d.joinable(k, k+1) {
			continue // a description before the paper's name: die Amsterdamer Tageszeitung De Volkskrant
		}
		a := k
		for a > 0 && t[a].hyphPrev && a >= 2 && t[a-2].word && t[a-2].upper && d.joinable(a-2, a) {
			a -= 2 // Max-Planck-Institut, Presse-Agentur
		}
		city := true // only adjectives of towns before the head
		for a > 0 && (d.capAdjective(a-1) || paper && d.paperAdjective(a-1)) && d.joinable(a-1, a) {
			a-- // das Bayerische Staatsministerium, Frankfurter Allgemeine Zeitung
			city = city && d.townAdjective(a)
		}
		if a < k && city && !fuer && gen < 0 && !paper {
			// das Berliner Landgericht, das Kölner Finanzamt: a town's
			// court, not a name; die Berliner Zeitung, die Frankfurter
			// Rundschau, das Berliner Institut für Sozialforschung are.
			continue
		}
		if a == k && !d.instDetermined(k) {
			continue
		}
		b := max(k, gen)
		if town {
			b = k + 1
		}
		if fuer {
			b = d.fuerPhrase(k + 2)
			if b < 0 {
				if a == k {
					continue // a head and für alone: der Rat für die Eltern
				}
				b = k
			}
		}
		names = append(names, nameRun{a: a, b: b, fixed: typORG + 1})
		last = b
	}
	if len(names) == 0 {
		return runs
	}
	// They take in the places the runs hold (des Saarlandes), not quoted
	// titles.
	return d.mergeFixed(runs, names, 1<<(typORG+1)|1<<(typLOC+1))
}

// townAfter reports whether a town's or country's name follows the
// institution's head k and names the body with it, which is then an
// organization, not a place (die Universität Hamburg, die Realschule
// Spaichingen, das Maximilianmuseum Augsburg): the head and the name are
// joined by a space, the name is no genitive (die Zentralbank Chinas) and
// no longer name goes on after it (das Museum Frankfurt Airport). A court
// is named by its seat, which stays the place (vom Amtsgericht Stockholm,
// as GermEval marks it).
func (d *nameDoc) townAfter(k int) bool {
	t := d.toks
	if headSuffix(d.tokText(k), "gericht") {
		return false
	}
	n := k + 1
	if n >= len(t) || !t[n].word || !t[n].upper || t[n].gen || t[n].caps || t[n].hyphNext || !d.joinable(k, n) ||
		t[n].fl&(lexCity|lexCountry) == 0 || t[n].fl&lexNoun != 0 {
		return false
	}
	return n+1 >= len(t) || !t[n+1].upper || !t[n+1].word || !d.joinable(n, n+1)
}

// genitiveName returns the last token of the genitive after the head k that
// names the body together with it, or -1: der or des, capitalized
// adjectives and a noun (der Bundesverband der Deutschen Industrie, der
// Börsenverein des Deutschen Buchhandels, die Kommission der Europäischen
// Union), or capitalized adjectives in -er and a noun without an article
// (der Verein Deutscher Ingenieure); after a federal ministry, der or des
// and a noun alone (das Bundesministerium der Finanzen, des Innern: their
// official names). The capitalized adjective inside the
// sentence makes it a name, as before a head. A place there is no part of
// the body's name (die Zentralbank der Vereinigten Staaten), nor is a title
// (das Amt des Bayerischen Ministerpräsidenten).
func (d *nameDoc) genitiveName(k int) int {
	t := d.toks
	j := k + 1
	if j+1 >= len(t) || !d.joinable(k, j) {
		return -1
	}
	art := !t[j].upper && (t[j].lh == hashDer || t[j].lh == hashDes)
	if art {
		j++
		if !d.joinable(j-1, j) {
			return -1
		}
	}
	if art && strings.HasPrefix(d.tokText(k), "Bundesministerium") && d.capNext(j-1, j) && !d.capAdjective(j) &&
		t[j].fl&(lexCountry|lexCity|lexLOC|lexTitle) == 0 && !d.capNext(j, j+1) {
		return j // das Bundesministerium der Finanzen, des Innern
	}
	if !d.capAdjective(j) || !art && !strings.HasSuffix(d.tokText(j), "er") {
		return -1
	}
	for d.capAdjective(j+1) && d.joinable(j, j+1) {
		j++
	}
	n := j + 1
	if !d.capNext(j, n) || t[n].shout || t[n].fl&(lexCountry|lexCity|lexLOC|lexTitle) != 0 || t[j].fl&(lexCountry|lexLOC) != 0 {
		return -1
	}
	return n
}

// capAdjective reports whether token j is a capitalized adjective inside
// a sentence (its lower-case form is an adjective in the word list:
// Statistische, Bayerischen, Frankfurter).
func (d *nameDoc) capAdjective(j int) bool {
	t := &d.toks[j]
	return t.word && t.upper && !t.init && !t.caps && !t.digit && !t.shout && t.flLow&lexAdj != 0
}

// instDetermined reports whether the head k, with no adjective before it,
// names one particular body: a determiner of instDeterminers before it, or
// a punctuation mark or sentence start, or a hyphenated name it ends.
func (d *nameDoc) instDetermined(k int) bool {
	t := &d.toks[k]
	if t.init || t.hyphPrev {
		return true
	}
	if k == 0 {
		return false
	}
	p := &d.toks[k-1]
	if !p.word {
		return !p.digit
	}
	return instDeterminers.has(p.lh) && d.joinable(k-1, k)
}

// fuerPhrase returns the last token of the für-phrase whose first word is
// token j, or -1 when none starts there: nouns, each maybe after an
// adjective, in a list whose last member follows und (für Umwelt,
// Naturschutz und nukleare Sicherheit), and the genitive of a place after
// them (für Technik und Wirtschaft des Saarlandes). Commas count only where
// und ends the list; a noun after und that a capitalized word follows
// starts something else (für Migration und Innenminister Dobrindt), unless
// it is a town or country, the seat (Museum für Kunst und Gewerbe Hamburg).
func (d *nameDoc) fuerPhrase(j int) int {
	end := d.fuerItem(j)
	if end < 0 {
		return -1
	}
	if e := d.fuerList(end); e >= 0 {
		end = e
	}
	// A place's genitive: des Saarlandes, der Bundesrepublik Deutschland.
	t := d.toks
	if g := end + 1; g+1 < len(t) && (t[g].lh == hashDes || t[g].lh == hashDer) && d.joinable(end, g) {
		if p := g + 1; d.capNext(g, p) && (t[p].gen || t[p].fl&(lexCountry|lexCity|lexLOC) != 0) {
			end = p
		}
	}
	return end
}

// fuerList returns the last token of the list that goes on after the item
// that ends at token e, with commas and items and then und and an item
// (undItem), or -1 when none does.
func (d *nameDoc) fuerList(e int) int {
	t := d.toks
	for n := 0; n < 8; n++ {
		s := e + 1
		if s+1 >= len(t) || !d.joinable(e, s) && t[s].word {
			return -1
		}
		switch {
		case t[s].lh == hashUnd && d.joinable(e, s):
			return d.undItem(s + 1)
		case !t[s].word && d.text[t[s].start] == ',' && t[s].end == t[s].start+1:
			if e = d.fuerItem(s + 1); e < 0 {
				return -1
			}
		default:
			return -1
		}
	}
	return -1
}

// undItem returns the last token of the item after und that ends a
// für-phrase's list, or -1: no title, and no capitalized word after it
// unless that is a town or country, the seat.
func (d *nameDoc) undItem(j int) int {
	e := d.fuerItem(j)
	if e < 0 || d.toks[e].fl&lexTitle != 0 {
		return -1
	}
	switch {
	case !d.capNext(e, e+1):
		return e
	case d.toks[e+1].fl&(lexCountry|lexCity) != 0 && !d.capNext(e+1, e+2):
		return e + 1 // Museum für Kunst und Gewerbe Hamburg
	}
	return -1
}

// fuerItem returns the last token of the noun that starts at token j,
// after an adjective if there is one (politische Bildung, Nachhaltige
// Entwicklung), with its hyphenated parts (IT-Sicherheit), or -1.
func (d *nameDoc) fuerItem(j int) int {
	t := d.toks
	if j >= len(t) || !d.joinable(j-1, j) || !t[j].word || t[j].digit {
		return -1
	}
	if !t[j].upper {
		// Lower-case words are no candidates: their flags are looked up
		// here, where few get.
		if f := d.lex.get(d.tokText(j)); f&lexAdj == 0 || f&lexFunc != 0 {
			return -1
		}
		j++ // a lower-case adjective: politische
		if !d.capNext(j-1, j) {
			return -1
		}
	} else if t[j].init || t[j].shout {
		return -1
	} else if d.capAdjective(j) && d.capNext(j, j+1) {
		j++ // Nachhaltige Entwicklung
	}
	if t[j].init || t[j].digit || t[j].fl&lexTitle != 0 && t[j].fl&lexNoun == 0 {
		return -1
	}
	for j+2 < len(t) && t[j].hyphNext && t[j+2].hyphPrev && t[j+2].word {
		j += 2
	}
	return j
}
