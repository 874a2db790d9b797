package segment

import "strings"

// Titles of works in quotation marks: der Roman „Jahr des Drachens“, die
// Serien „Unsere 50er Jahre“ und „Unsere 60er Jahre“, der Song „Till Death
// Do Us Part“. A title is one name (MISC; a newspaper's or magazine's is an
// organization, ORG), whatever its words are; word by word, the model marks
// fragments of it („Der unsichtbare {Dritte}“) or nothing.

// titleRun is the quoted title from token a to token b (the marks
// excluded), of type typ.
type titleRun struct {
	a, b int
	typ  uint8
	// model is true when the model's names decide the type: an English
	// title in title case without a title noun (Fridays for Future may be
	// the movement, not a work).
	model bool
	// grow is true for a title without marks (see articleTitles): it
	// takes in the rest of a name the model found from inside it on (das
	// Buch Der Prinz von Pumpelonien).
	grow bool
}

// noTitle is the type of a titleRun that only says its word is no name
// by itself: the known word that opens a quotation that is no title.
const noTitle = 255

// maxTitleWords is the most words a quoted title may have.
const maxTitleWords = 12

// quoteClosers holds, for each mark that opens a quotation, the marks that
// may close it (unused ones "").
var quoteClosers = map[string][3]string{
	"„": {"“", "\"", "”"}, "\"": {"\""}, "“": {"”"}, "»": {"«"}, "«": {"»"}, "‚": {"‘"}, "›": {"‹"}, "‹": {"›"},
}

// closesWith reports whether the mark s (a token, never empty) is one of
// closers.
func closesWith(s string, closers *[3]string) bool {
	return s == closers[0] || s == closers[1] || s == closers[2]
}

// quotedTitles appends the quoted titles of the document to out, in token
// order. A quotation is a title when it holds at most maxTitleWords words
// on one line, starts with a capitalized word (or a number after a title
// noun), holds no sentence and
//   - follows a title noun (Buch „…“, unter dem Titel „…“, Reportagen wie „…“),
//     or a title joined to it by und, oder, sowie or a comma; or
//   - is two or more words of an English title in title case (Easy Living,
//     Black or White), most of its capitalized words no German words (nor
//     acronyms).
//
// A short quotation that is no title and opens with a capitalized known
// word gets a titleRun of type noTitle for that word.
func (d *nameDoc) quotedTitles(out []titleRun) []titleRun {
	lastClose := -2 // the closing mark of the last title
	next := 0       // the first token a quotation may open at
	for mi, m := range d.marks {
		o := int(m)
		if o < next || o+1 >= len(d.toks) {
			continue
		}
		closers, ok := quoteClosers[d.tokText(o)]
		if !ok {
			continue
		}
		first := &d.toks[o+1]
		if !first.upper && !first.digit && closers[0] != "\"" {
			// No title, nor a capitalized first word: only a straight
			// mark needs its closer found, which could open one too.
			continue
		}
		// The closer is one of the next few marks, on the same line.
		c := -1
		for _, m2 := range d.marks[mi+1 : min(len(d.marks), mi+8)] {
			if closesWith(d.tokText(int(m2)), &closers) {
				c = int(m2)
				break
			}
		}
		if c < 0 || strings.IndexByte(d.text[d.toks[o].end:d.toks[c].start], '\n') >= 0 {
			continue
		}
		if c-o-1 > 2*maxTitleWords+1 {
			// Too long for a title.
			if closers[0] == "\"" {
				next = c + 1 // straight marks pair in turn
			}
			continue
		}
		words, uppers, foreign, english := 0, 0, 0, true
		sentence := false
		for k := o + 1; k < c; k++ {
			u := &d.toks[k]
			if u.word {
				words++
				if u.upper {
					uppers++
					if (u.fl|u.flLow)&(lexNoun|lexFunc|lexAdj|lexVerb) == 0 && !u.comp && !u.compPre && !u.split && !u.caps {
						foreign++
					}
				} else if english && !englishTitleWord(d.text[u.start:u.end]) {
					english = false
				}
				continue
			}
			if u.digit {
				english = false
				continue
			}
			s := d.text[u.start:u.end]
			switch s {
			case ".":
				// A dot ends a sentence unless an abbreviation or initial
				// has it (St. Pauli).
				if k == o+1 || !d.toks[k-1].word || d.toks[k-1].end-d.toks[k-1].start > 3 || k+1 == c {
					sentence = true
				}
			case ";":
				sentence = true
			}
			if english && !englishTitlePunct(s) {
				english = false
			}
		}
		if words > maxTitleWords {
			if closers[0] == "\"" {
				next = c + 1
			}
			continue
		}
		next = c + 1
		switch {
		case words == 0 || sentence:
		case (first.word && first.upper || first.digit) && d.titleContext(o, lastClose):
			typ := typMISC
			if d.mediaTitle(o) {
				typ = typORG
			}
			out = append(out, titleRun{a: o + 1, b: c - 1, typ: typ})
			lastClose = c
		case english && first.word && first.upper && words >= 2 && uppers >= 2 && foreign*2 > uppers:
			out = append(out, titleRun{a: o + 1, b: c - 1, typ: typMISC, model: true})
			lastClose = c
		case first.word && first.upper && !hasNameFlag(first.fl) && (first.flLow&(lexAdj|lexVerb|lexFunc|lexLower) != 0 || first.fl&lexNoun != 0):
			// No title: its first word is capitalized for the quote, and
			// a known word is no name alone („Gemeinsam stark“).
			out = append(out, titleRun{a: o + 1, b: o + 1, typ: noTitle})
		}
	}
	return out
}

// articleTitles appends to out the titles that open with a capitalized
// article right after a title noun, without quotation marks: die
// Wochenzeitung Die Zeit, das Magazin Der Spiegel, der Roman Die
// Blechtrommel. Inside a sentence a capitalized article after a noun opens
// a title; the title runs over the capitalized words after the article (and
// over the rest of a name the model found from inside it on: see grow). A
// newspaper's, magazine's or broadcaster's title is an organization (see
// mediaWord), and so is a party's or band's (see orgTitleNoun); any other
// is a work. The model never marks the article, and often not the rest
// (Zeit, Welt are common nouns).
func (d *nameDoc) articleTitles(out []titleRun) []titleRun {
	for _, c := range d.articles {
		k := int(c)
		p, n := k-1, k+1
		if p < 0 || n >= len(d.toks) || !d.toks[p].word || !d.toks[p].upper || d.toks[p].caps || !d.toks[n].word || !d.toks[n].upper ||
			!d.joinable(p, k) || !d.joinable(k, n) {
			continue
		}
		typ := uint8(typORG)
		switch w := d.tokText(p); {
		case orgTitleWord(w):
		case titleNounSet.has(w) || titleCompound(w, -1):
			typ = typMISC
		default:
			continue
		}
		b := n
		for b+1 < len(d.toks) && b+1-k < maxTitleWords && d.toks[b+1].word && d.toks[b+1].upper && d.joinable(b, b+1) {
			b++
		}
		out = append(out, titleRun{a: k, b: b, typ: typ, grow: true})
	}
	return out
}

// orgTitleNoun reports whether w is a word for a party or a band, whose
// name an article may open (die Partei Die Linke, die Band Die Ärzte): an
// organization.
func orgTitleNoun(w string) bool {
	switch w {
	case "Partei", "Fraktion", "Band", "Rockband", "Popband", "Punkband", "Kultband", "Gruppe", "Popgruppe", "Rockgruppe":
		return true
	}
	return false
}

// mergeTitleRuns merges the quoted titles q and the article titles a, both
// in token order, into out in token order; an article title inside a
// quoted one is dropped („Das Magazin Der Spiegel“ is one title). (No
// title overlaps a quoted word of type noTitle: an article title holds no
// quotation mark.)
func mergeTitleRuns(out, q, a []titleRun) []titleRun {
	for len(q) > 0 || len(a) > 0 {
		var t titleRun
		if len(a) == 0 || len(q) > 0 && q[0].a < a[0].a {
			t, q = q[0], q[1:]
		} else {
			t, a = a[0], a[1:]
		}
		if n := len(out); n > 0 && t.a <= out[n-1].b {
			continue
		}
		out = append(out, t)
	}
	return out
}

// titleContext reports whether the quotation opened at token o follows a
// title noun (directly, or after wie), or follows the title that closed at
// token lastClose after und, oder, sowie, & or a comma.
func (d *nameDoc) titleContext(o, lastClose int) bool {
	if lastClose >= 0 && lastClose+1 < o {
		chained := true
		for k := lastClose + 1; k < o && chained; k++ {
			switch d.tokText(k) {
			case ",", "und", "oder", "sowie", "&":
			default:
				chained = false
			}
		}
		if chained {
			return true
		}
	}
	p := o - 1
	colon := false
	if p >= 1 && d.tokText(p) == "wie" {
		p--
	} else if p >= 1 && d.tokText(p) == ":" {
		p-- // unter dem Titel: „…“
		colon = true
	}
	if p < 0 || !d.toks[p].word {
		return false
	}
	w := d.tokText(p)
	if colon {
		// After a medium or a report a colon opens what it says (sagte
		// er der Zeitung: „…“), as in the quote pass (see titleNounBefore).
		return titleNounSet.has(w) && !speakingNoun(w)
	}
	switch w {
	case "Motto", "Slogan", "Hashtag", "Stichwort":
		// Phrases, not names.
		return false
	case "Namen", "namens":
		return true
	default:
		return titleNounSet.has(w) || titleCompound(w, -1)
	}
}

// tokText is the text of token k.
func (d *nameDoc) tokText(k int) string {
	return d.text[d.toks[k].start:d.toks[k].end]
}

// mediaTitle reports whether the word before the quotation opened at
// token o is an orgTitleWord: the title after it is an organization.
func (d *nameDoc) mediaTitle(o int) bool {
	p := o - 1
	return p >= 0 && d.toks[p].word && orgTitleWord(d.tokText(p))
}

// orgTitleWord reports whether w names a newspaper, magazine, broadcaster,
// news site or agency (see mediaWord), or a party or band (see
// orgTitleNoun): the title after it is an organization's name.
func orgTitleWord(w string) bool { return mediaWord(w) || orgTitleNoun(w) }

// mediaWord reports whether w names a newspaper, magazine, broadcaster,
// news site or agency (Zeitung, Literaturzeitschrift, Sender,
// Nachrichtenportal, Nachrichtenagentur).
func mediaWord(w string) bool {
	for _, suf := range [...]string{"zeitung", "Zeitung", "zeitschrift", "Zeitschrift", "magazin", "Magazin", "Sender", "sender", "blatt", "Blatt",
		"portal", "Portal", "agentur", "Agentur", "Website", "Webseite", "Internetseite", "Nachrichtenseite", "kanal", "Kanal"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// englishTitleWord reports whether the lower-case word s may stand in an
// English title in title case (of, the, and).
func englishTitleWord(s string) bool {
	switch s {
	case "of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "for", "from", "with", "by", "as", "into", "de", "la", "le", "del", "y", "n", "vs":
		return true
	}
	return false
}

// englishTitlePunct reports whether the punctuation s may stand in an
// English title (Rock 'n' Roll, Wallace & Gromit). A colon or slash makes
// none: "Foto: Oliver Werner" is a credit.
func englishTitlePunct(s string) bool {
	switch s {
	case "-", "&", "'", "’", "!", "?":
		return true
	}
	return false
}
