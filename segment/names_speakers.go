package segment

// Speakers after a speech verb.
//
// News report speech in inverted order: „…“, sagte Zimmermann. / Die Lage
// sei ernst, erklärte Konhäuser. A single capitalized word that stands
// alone after a singular speech verb and a comma, and ends the clause, is
// the speaker's name: German puts no bare singular common noun there (it
// says „sagte der Trainer“ or „sagte Trainer Flick“). The model misses such
// names when they are also common words (Zimmermann, Heil, Flick) or look
// like them (Konhäuser, Nonnemacher), and the document's other mentions of
// the name follow this one through the consistency pass.

// speakerNames marks the lone speakers after speech verbs (see above) and
// lists them in d.speakers, whose names are typed PER. It runs after the
// model's decisions, before consistency, and adds its marks to the tally
// that consistency reads.
func (d *nameDoc) speakerNames() {
	d.speakers = d.speakers[:0]
	for _, ci := range d.cand {
		i := int(ci)
		t := &d.toks[i]
		if i < 2 {
			continue
		}
		// The comma first: it rules out almost every candidate at once.
		if c := &d.toks[i-2]; c.word || c.end != c.start+1 || d.text[c.start] != ',' {
			continue
		}
		if i+1 >= len(d.toks) || t.init || t.caps || t.hyphPrev || t.hyphNext ||
			t.fl&(lexCountry|lexCity|lexLOC|lexORG|lexMISC|lexCommon|lexTitle|lexOrgHead|lexLocHead) != 0 {
			continue
		}
		if v := &d.toks[i-1]; !v.word || v.upper || !d.joinable(i-1, i) {
			continue
		}
		end := d.clauseEndAfter(i)
		if !end && !d.toks[i+1].word {
			continue
		}
		sv, ok := lookupVerb(d.tokText(i - 1))
		if !ok || sv.plural || sv.source {
			continue
		}
		// A particle verb's clause ends with its particle (fügte Gatling
		// hinzu), any other's with the name.
		if sv.particle != "" && !d.particleAfter(i, sv.particle) || sv.particle == "" && !end {
			continue
		}
		if sv.postOnly && (t.fl&lexNoun != 0 || t.comp) {
			// so Experten: "so" takes plural subjects, which may be bare.
			continue
		}
		d.speakers = append(d.speakers, ci)
		if t.name {
			continue
		}
		t.name = true
		old := t.score
		t.score = max(t.score, 4) // as sure as the tally counts
		d.tallies[t.spell].sum += mentionWeight(t) * (clip(t.score, 4) - clip(old, 4))
	}
}

// clauseEndAfter reports whether punctuation that ends a clause follows
// token i, which is not the last: . , ; : ! ? or an opening bracket (sagte
// Bumeder (CSU)).
func (d *nameDoc) clauseEndAfter(i int) bool {
	n := &d.toks[i+1]
	if n.word || n.digit {
		return false
	}
	switch d.text[n.start] {
	case '.', ',', ';', ':', '!', '?', '(':
		return true
	}
	return false
}

// particleAfter reports whether the word after token i is the separated
// particle p of a speech verb (fügte Gatling hinzu).
func (d *nameDoc) particleAfter(i int, p string) bool {
	return i+1 < len(d.toks) && d.toks[i+1].word && d.tokText(i+1) == p && d.joinable(i, i+1)
}

// isSpeaker reports whether token k is a speaker speakerNames found.
func (d *nameDoc) isSpeaker(k int) bool {
	for _, s := range d.speakers {
		if int(s) == k {
			return true
		}
	}
	return false
}
