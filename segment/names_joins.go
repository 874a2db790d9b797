package segment

import "strings"

// Names the model splits or types by their parts: sports clubs (a club
// word and a place), places named after a saint (St. Pauli) and companies
// with their legal form (Nordlicht Energie AG).

// Bits of ntok.join: the gazetteer's lists of words that join names, looked
// up once per spelling (see nameDoc.annotate).
const (
	joinClubWord = 1 << iota // CLUB: Eintracht
	joinClubAbbr             // CLUBABBR: SC
	joinClubEnd              // CLUBEND: City
	joinLegal                // LEGAL: AG
	joinSaint                // St (St. Pauli)
	// joinKnown marks the words of the gazetteer's KNOWN lists (people,
	// places, organizations, events) and the genitives of the one-word
	// ones (Merkel, Merkels, Aston, Villa): nameDoc.gazetteerNames and
	// knownTypes look them up like names with a gazetteer flag.
	joinKnown
	// joinPlaceHead and joinMediaHead mark the words for a town (Stadt,
	// Grenzstadt) and for an agency, paper or company (Nachrichtenagentur,
	// Konzern), found by their ending (see headWords).
	joinPlaceHead
	joinMediaHead
	// joinFederal marks the names of federal bodies, found by their form
	// (Bundesverfassungsgericht, Bundestages: see federalBody).
	joinFederal
	// joinInst and joinInstAdj mark the head words of institutions' names,
	// the second kind only after a capitalized adjective (Bundesamt,
	// Instituts; Rundfunk: see headWords, institutionNames).
	joinInst
	joinInstAdj
	// joinPaper marks the words that end newspapers' names (Zeitung,
	// Tageblatt, Stadt-Anzeiger): after a town's adjective they make a
	// name (die Stuttgarter Nachrichten), other heads do not (das Kölner
	// Finanzamt; see institutionNames).
	joinPaper
	// joinArticle marks the articles Der, Die, Das capitalized, which
	// open a title inside a sentence (see articleTitles).
	joinArticle
	// joinLeague marks the words for a club by its league (Zweitligist),
	// with joinMediaHead: the town after one names the club
	// (Regionalligist Aschaffenburg).
	joinLeague
	// joinPlural marks the plurals among the words for what a name names
	// (Dörfer, Firmen, Hersteller): the names listed after one share its
	// type (die Dörfer Hokkala, Kumpula und Oikari), unlike those after a
	// singular (die Stadt Wien, Michael Ludwig und Karl Nehammer).
	joinPlural
	// joinStreet marks the words that end a street's name after a town's
	// adjective (Straße, Allee, Platz: see streetWord, streetNames).
	joinStreet
)

// headWord is a word, and the last part of compounds, whose capitalized
// spellings get a join bit.
type headWord struct {
	tail  string // lower case, nominative singular (or a plural or genitive listed as such)
	join  uint16
	exact bool // the word itself only, no compound ending in it (Gemeinde, not Fangemeinde)
}

// headWords are the words found by their ending (see headJoins):
//   - for a town, village, district, state or island (joinPlaceHead:
//     Stadt, Grenzstadt, Dorf, Gemeinde, Landkreis, Kanton, Bundesland,
//     Insel): the name after one is a place's, and it is no part of that
//     name (die Kreisstadt Torgau, die Republik Zypern);
//   - heading the names of news agencies, papers, broadcasters, companies,
//     bands and clubs (joinMediaHead: Nachrichtenagentur, Sportzeitung,
//     Fernsehsender, Energiekonzern, Firma, Autohersteller, Rockband,
//     Zweitligist): the name after one is an organization's, and it is no
//     part of that name;
//   - heading an institution's name (joinInst: Bundesamt, Institut,
//     Ministerium, Realschule), some only after a capitalized adjective (joinInstAdj:
//     media, companies, parties: der Hessische Rundfunk, die Deutsche Post,
//     die Sozialdemokratische Partei, die Deutsche Rentenversicherung; die
//     Partei für Familien is a description).
//   - ending a newspaper's name (joinPaper, with joinInstAdj: Zeitung,
//     Tageblatt, Anzeiger), which a town's adjective before it makes one
//     (die Stuttgarter Nachrichten, das Eichsfelder Tageblatt).
var headWords = func() []headWord {
	var ws []headWord
	for _, l := range []struct {
		join  uint16
		tails string
	}{
		{joinPlaceHead, "stadt ortschaft dorf metropole provinz stadtteil ortsteil =gemeinde marktgemeinde ortsgemeinde " +
			"nachbargemeinde heimatgemeinde verbandsgemeinde samtgemeinde =kreis landkreis kanton bezirk region insel staat " +
			"=republik =bundesland dorfes landkreises bezirks kantons staates"},
		{joinPlaceHead | joinPlural, "städte dörfer =gemeinden kreise landkreise bezirke kantone inseln regionen provinzen"},
		{joinMediaHead, "agentur sender zeitung zeitschrift magazin konzern konzerns firma unternehmens herstellers betreiber betreibers " +
			"=band rockband popband punkband reederei gewerkschaft fluggesellschaft ölgesellschaft airline " +
			"bankhaus label marke discounter autobauer"},
		{joinInst, "amt institut ministerium stiftung verband akademie kommission hochschule universität zentrum " +
			"zentrale anstalt agentur behörde gesellschaft vereinigung gerichtshof gericht kammer museum bank fonds " +
			"organisation komitee forum netzwerk verein büro bündnis schule gymnasium"},
		{joinMediaHead | joinLeague, "ligist ligisten"},
		{joinMediaHead | joinPlural, "konzerne firmen unternehmen hersteller herstellern"},
		{joinInstAdj, "rundfunk bahn post welle armee gewerkschaftsbund partei wetterdienst versicherung"},
		{joinInstAdj | joinPaper, "zeitung rundschau nachrichten anzeiger tageblatt tagblatt abendblatt kurier merkur " +
			"volksstimme morgenpost"},
	} {
		for _, w := range strings.Fields(l.tails) {
			tail, exact := strings.CutPrefix(w, "=")
			ws = append(ws, headWord{tail, l.join, exact})
		}
	}
	return ws
}()

// headTails holds headWords by the last byte of their tail, so that most
// spellings compare with none.
var headTails = func() (t [256][]headWord) {
	for _, w := range headWords {
		b := w.tail[len(w.tail)-1]
		t[b] = append(t[b], w)
	}
	return t
}()

// headJoins returns the join bits of the head words that the capitalized
// spelling s is or ends in. An institution's head also counts in the
// genitive singular (Instituts, Amtes; tails are nominative forms, so
// plurals, Ämter, Hochschulen, never match), and a council only as Rat,
// Beirat or a compound with a joining s, n or l (Sicherheitsrat,
// Sachverständigenrat, Zentralrat; not Vorrat or Demokrat). It runs once
// per spelling (nameDoc.annotate).
func headJoins(s string) uint16 {
	const inst = joinInst | joinInstAdj
	j := headMatch(s, ^uint16(0))
	if n := len(s); n > 1 && s[n-1] == 's' {
		j |= headMatch(s[:n-1], inst) & inst // des Amts, des Instituts
		if n > 2 && s[n-2] == 'e' {
			j |= headMatch(s[:n-2], inst) & inst // des Amtes
		}
	}
	return j
}

// headMatch returns the join bits, of those in mask, of the head words w
// is or ends in.
func headMatch(w string, mask uint16) uint16 {
	if len(w) < 3 {
		return 0
	}
	j := uint16(0)
	for _, x := range headTails[w[len(w)-1]] {
		if x.join&mask != 0 && headSuffix(w, x.tail) && (!x.exact || len(w) == len(x.tail)) {
			j |= x.join
		}
	}
	if mask&joinInst != 0 && headSuffix(w, "rat") && (len(w) == 3 || w == "Beirat" || strings.IndexByte("snl", w[len(w)-4]) >= 0) {
		j |= joinInst
	}
	return j
}

// clubNames joins the words of a sports club's name into one organization
// and a saint's place name (St. Petersburg, St. Wolfgang) into one place.
// The model sees the parts: a place (Eintracht {Frankfurt}, Real {Madrid}
// typed a place), an abbreviation and a place as two names ({SC}
// {Paderborn}), a saint's abbreviation and a first name ({St}. {Pauli}).
// A club is
//   - a club word of the gazetteer (CLUB) before a place, maybe with a number
//     between: Eintracht Frankfurt, Real Madrid, Bayer 04 Leverkusen;
//   - a club abbreviation (CLUBABBR) before a name, maybe with a number
//     between, and the ordinal 1. before it: SC Paderborn, TSG 1899
//     Hoffenheim, 1. FC Köln;
//   - a name of two or more words that ends in a club abbreviation: Hertha
//     BSC, Liverpool FC;
//   - a town of the lists and an English club word (CLUBEND): Manchester
//     City.
//
// runs are rewritten in place (joining only ever removes runs).
func (d *nameDoc) clubNames(runs []nameRun) []nameRun {
	if d.joins&(joinClubWord|joinClubAbbr|joinClubEnd|joinSaint) == 0 {
		return runs // no word of the lists in the document
	}
	t := d.toks
	out := runs[:0]
	for _, x := range runs {
		if x.fixed > 0 {
			out = append(out, x)
			continue
		}
		a, fixed := x.a, uint8(0)
		if k := d.saintAfter(x.b); k >= 0 {
			// St. and a word the model left out, a common noun as well
			// (St. Gallen): one place, or the end of a club's name (FC
			// St. Gallen).
			x.b = k
			if a == x.b-2 {
				fixed = typLOC + 1
			}
		}
		if s := d.saintBefore(a); s >= 0 {
			a, fixed = s, typLOC+1
			if n := len(out); n > 0 && out[n-1].b == s {
				a = out[n-1].a // the model's name ends in St: FC St. Pauli
			}
		}
		switch {
		case x.b > a && t[a].join&joinClubAbbr != 0 && t[a+1].word:
			// FC Bayern: the model's name holds the abbreviation.
			a, fixed = d.ordinalBefore(a), typORG+1
		case x.b > a && t[a].join&joinClubWord != 0 && d.placeAt(a, a+1):
			// Real Madrid.
			fixed = typORG + 1
		case x.b > a && t[x.b].caps && d.text[t[x.b].end-1] == 'C' && t[x.b].join&joinClubAbbr != 0:
			// Hertha BSC, Liverpool FC (not every abbreviation: Sony CD).
			fixed = typORG + 1
		case x.b == a+1 && t[x.b].join&joinClubEnd != 0 && t[a].fl&lexCity != 0:
			// Manchester City, Leeds United: a town of the lists (not
			// Panama City: Panama is a country of the lists, no town).
			fixed = typORG + 1
		default:
			p := a - 1
			if p > 0 && t[p].digit && !t[p].word && d.joinable(p, a) {
				p-- // a number between: TSG 1899 Hoffenheim
			}
			if p < 0 || t[p].join&(joinClubAbbr|joinClubWord) == 0 || t[a].init || !d.joinable(p, p+1) {
				break
			}
			switch {
			case t[p].join&joinClubAbbr != 0:
				a, fixed = d.ordinalBefore(p), typORG+1
			case t[p].join&joinClubWord != 0 && d.placeAt(p, x.a):
				a, fixed = p, typORG+1
			}
		}
		if a < x.a {
			// The words before may be a name of their own ({SC}
			// {Paderborn}): take it in, unless it goes on before them.
			n := len(out)
			for n > 0 && out[n-1].b >= a && out[n-1].a >= a {
				n--
			}
			if n > 0 && out[n-1].b >= a {
				out = append(out, x)
				continue
			}
			out = out[:n]
		}
		x.a, x.fixed = a, fixed
		out = append(out, x)
	}
	return out
}

// placeAt reports whether token k, after the club word c, is a place of
// the lists (a town, a country, a gazetteer place), or a number before one
// (04 Leverkusen). A place in the genitive after a club word that is a
// common noun names no club: die Energie Chinas, die Union Europas.
func (d *nameDoc) placeAt(c, k int) bool {
	t := d.toks
	if k+1 < len(t) && t[k].digit && !t[k].word && d.joinable(k, k+1) {
		k++
	}
	return k < len(t) && t[k].word && t[k].fl&(lexCity|lexCountry|lexLOC) != 0 &&
		(!t[k].gen || t[c].fl&lexNoun == 0)
}

// ordinalBefore returns the token of the ordinal "1." before the club
// abbreviation at token k (1. FC Köln, 1. FSV Mainz), else k.
func (d *nameDoc) ordinalBefore(k int) int {
	t := d.toks
	if k < 2 || t[k].init || !d.joinable(k-1, k) {
		return k
	}
	dot, num := &t[k-1], &t[k-2]
	if d.text[dot.start] != '.' || num.end != dot.start || num.end-num.start != 1 || d.text[num.start] != '1' {
		return k
	}
	if k > 2 && t[k-3].end == num.start {
		return k // part of something longer: 2.1. FC
	}
	return k - 2
}

// saintBefore returns the token of "St" when "St." stands before token k
// (St. Pauli), else -1.
func (d *nameDoc) saintBefore(k int) int {
	t := d.toks
	if k < 2 || t[k].init {
		return -1
	}
	dot, st := &t[k-1], &t[k-2]
	if st.join&joinSaint == 0 || d.text[dot.start] != '.' || st.end != dot.start || !d.joinable(k-1, k) {
		return -1
	}
	return k - 2
}

// saintAfter returns the token of the capitalized word after "St." when
// token s is that St and the model did not mark the word (St. Gallen),
// else -1. Not after a number or pro, where St. is Stück (3 St. Eier).
func (d *nameDoc) saintAfter(s int) int {
	k := s + 2
	if k >= len(d.toks) || d.saintBefore(k) != s || d.pieceAbbrev(s) {
		return -1
	}
	if w := &d.toks[k]; !w.word || !w.upper || w.name {
		return -1
	}
	return k
}

// legalNames makes a company's legal form and the capitalized words before
// it one organization: die Nordlicht Energie AG, Stadtwerke Bochum GmbH.
// The model marks such names in parts or not at all, since their words are
// common nouns ({Deutsche} Wohnen {SE}, Nordlicht Energie {AG}). The words
// before the form are taken up to a lower-case or closed-class word (die,
// heute) or a head word before a name (der Konzern Siemens AG; Deutsche
// Bank AG keeps its Bank), at most five of them; a form with none before it
// stays as it was.
func (d *nameDoc) legalNames(runs []nameRun) []nameRun {
	if d.joins&joinLegal == 0 {
		return runs
	}
	t := d.toks
	var names []nameRun
	for _, c := range d.cand {
		k := int(c)
		if t[k].join&joinLegal == 0 {
			continue
		}
		j := k
		for j > 0 && k-j < 5 {
			p := j - 1
			if !t[p].word && p > 0 && t[p-1].hyphNext && t[j].hyphPrev {
				p-- // Gesundheits-Holding AG
			}
			if !t[p].word || !t[p].upper || t[p].digit || t[p].flLow&lexFunc != 0 || !d.joinable(p, j) {
				break
			}
			if j < k && t[p].fl&lexNoun != 0 && t[p].fl&(lexOrgHead|lexLocHead|lexTitle) != 0 {
				break // a head word before the name: der Konzern Siemens AG
			}
			j = p
		}
		switch n := len(names); {
		case j == k:
		case n > 0 && j <= names[n-1].b:
			// Forms in a row (B AG AG): one name.
			names[n-1].b = k
		default:
			names = append(names, nameRun{a: j, b: k, fixed: typORG + 1})
		}
	}
	if len(names) == 0 {
		return runs
	}
	return d.mergeFixed(runs, names, 1<<(typORG+1))
}

// mergeFixed merges names whose type a rule fixed, in token order, with
// the runs: a name takes in the runs it overlaps, unless one of them has a
// fixed type (nameRun.fixed) whose bit absorb lacks (a quoted title), in
// which case the runs stay and the name goes.
func (d *nameDoc) mergeFixed(runs, names []nameRun, absorb uint8) []nameRun {
	out := d.runsTmp[:0]
	r := 0
	for _, x := range names {
		if n := len(out); n > 0 && out[n-1].b >= x.a {
			// The name before grew over this one, taking in a run that
			// reaches into it (B AG B AG): one name, or the quoted
			// title the name before is.
			last := &out[n-1]
			for ; r < len(runs) && runs[r].a <= x.b; r++ {
				last.b = max(last.b, runs[r].b)
			}
			last.b = max(last.b, x.b)
			continue
		}
		out, r = runsBefore(out, runs, r, x.a)
		// The runs it overlaps become part of it, unless one is a
		// quoted title.
		keep := r
		for ; r < len(runs) && runs[r].a <= x.b; r++ {
			if f := runs[r].fixed; f > 0 && absorb&(1<<f) == 0 {
				x.fixed = 0
			}
			x.a, x.b = min(x.a, runs[r].a), max(x.b, runs[r].b)
		}
		if x.fixed == 0 {
			out = append(out, runs[keep:r]...)
			continue
		}
		out = append(out, x)
	}
	out = append(out, runs[r:]...)
	d.runsTmp = runs[:0]
	return out
}

// pieceAbbrev reports whether token s is St after a number or after pro
// or je, where St. abbreviates Stück (3 St. Eier, 2 Euro pro St.).
func (d *nameDoc) pieceAbbrev(s int) bool {
	if s == 0 || d.toks[s].join&joinSaint == 0 || !d.joinable(s-1, s) {
		return false
	}
	p := &d.toks[s-1]
	if p.digit && !p.word {
		return true
	}
	w := d.tokText(s - 1)
	return w == "pro" || w == "je"
}
