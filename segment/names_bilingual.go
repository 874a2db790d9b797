package segment

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// AlignedSpans are the sentences of one alignment link: German sentences
// (spans of the German text) and the English sentences that translate them
// (spans of the English text).
type AlignedSpans struct {
	DE, EN []Span
}

// NameChange is one change NamesFromTranslation made to the German marks.
type NameChange struct {
	// Span is the German word (for a removal, the whole removed name).
	Span
	// Added is true for a new mark, false for a removed one.
	Added bool
	// Link is the index of the link (in the links argument) the evidence
	// came from.
	Link int
}

// NamesFromTranslation revises the German proper-noun marks names (from
// Names over de) with the evidence of an aligned English translation: en is
// the English text and links pair German sentences with the English
// sentences aligned to them; pass only links that are likely right (one or
// two sentences a side, a good score). It returns the revised marks, in
// order, and the changes it made.
//
// English capitalizes names and hardly anything else, so
//
//   - a capitalized German word that is not marked, does not start a
//     sentence and is not a month, weekday or title, is marked when the
//     aligned English sentences hold it capitalized and not at a sentence
//     start, spelled the same up to accents, umlauts, y/i, c/k and double
//     letters (Tokio/Tokyo, Zürich/Zurich) and a genitive s (Merkels/Merkel's);
//     a German common noun (Bild, Welt, Spiegel) needs the same spelling,
//     and none of the English sentences may use it in lower case;
//   - a German mark of one word (not in capitals, no digits) is dropped when the
//     aligned English sentences hold it, or a cognate sharing its first five
//     letters as folded above, in lower case and never capitalized: a German
//     noun translated by the same noun (Euro/euros, Park/park,
//     Pandemie/pandemic, Corona/coronavirus).
//
// English sentences in title case (most words capitalized) and shouted
// sentences on either side give no evidence. A new mark next to a name
// (separated by a space) extends it; otherwise its type comes from the
// name-type model. The function is pure: the same input gives the same
// output.
func NamesFromTranslation(de string, names []Name, en string, links []AlignedSpans) ([]Name, []NameChange) {
	if len(links) == 0 || de == "" || en == "" {
		return names, nil
	}
	var deSpans, enSpans []Span
	for _, l := range links {
		deSpans = append(deSpans, l.DE...)
		enSpans = append(enSpans, l.EN...)
	}
	dd := newNameDoc(de, deSpans, loadNameModel())
	defer dd.free()
	ed := newNameDoc(en, enSpans, loadNameModel())
	defer ed.free()

	ev := englishEvidence(ed, links)
	out := slices.Clone(names)
	var changes []NameChange
	var added []int // German tokens to mark
	ni := 0         // first mark that may overlap the current token
	i := 0          // current German token
	for li, l := range links {
		e := &ev.links[li]
		for _, sp := range l.DE {
			for i < len(dd.toks) && int(dd.toks[i].start) < sp.Start {
				i++
			}
			for ; i < len(dd.toks) && int(dd.toks[i].end) <= sp.End; i++ {
				t := &dd.toks[i]
				if !t.word || !t.upper || t.shout {
					continue
				}
				ts := Span{int(t.start), int(t.end)}
				for ni < len(out) && out[ni].End <= ts.Start {
					ni++
				}
				w := de[ts.Start:ts.End]
				switch {
				case ni < len(out) && out[ni].Start < ts.End:
					// A one-word mark that the English translates by the same
					// word, or a cognate, in lower case: a common noun.
					if n := out[ni]; n.Span == ts && !t.gen && !t.caps && !t.digit && e.lowerOnly(w) {
						changes = append(changes, NameChange{Span: n.Span, Link: li})
						out = slices.Delete(out, ni, ni+1)
					}
				case t.init || t.digit || t.fl&(lexCommon|lexTitle) != 0 || t.flLow&lexFunc != 0 || utf8.RuneCountInString(w) < 2:
				case e.matches(w, t, ev.lower):
					added = append(added, i)
					changes = append(changes, NameChange{Span: ts, Added: true, Link: li})
				}
			}
		}
	}
	if len(added) == 0 {
		return out, changes
	}
	// Group the new words: adjacent new words form one name, and a new word
	// next to a mark extends it.
	for k := 0; k < len(added); {
		a, b := added[k], added[k]
		k++
		for k < len(added) && added[k] == b+1 && dd.joinable(b, b+1) {
			b = added[k]
			k++
		}
		span := Span{int(dd.toks[a].start), int(dd.toks[b].end)}
		pos, _ := slices.BinarySearchFunc(out, span.Start, func(n Name, s int) int { return n.Start - s })
		if pos > 0 && spaceOnly(de, out[pos-1].End, span.Start) {
			out[pos-1].End = span.End
			if pos < len(out) && spaceOnly(de, span.End, out[pos].Start) {
				out[pos-1].End = out[pos].End
				out = slices.Delete(out, pos, pos+1)
			}
			continue
		}
		if pos < len(out) && spaceOnly(de, span.End, out[pos].Start) {
			out[pos].Start = span.Start
			continue
		}
		fl := dd.typFeatures(nil, a, b)
		typ := argmax4(dd.m.typScores(fl))
		out = slices.Insert(out, pos, Name{Span: span, Type: typeNames[typ]})
	}
	return out, changes
}

// spaceOnly reports whether text[a:b] is one or more spaces (no line break).
func spaceOnly(text string, a, b int) bool {
	if a >= b {
		return false
	}
	for k := a; k < b; k++ {
		if text[k] != ' ' {
			return false
		}
	}
	return true
}

// linkEvidence is what the English sentences of one link say about words,
// by nameKey: capitalized inside a sentence, or in lower case.
type linkEvidence struct {
	upper map[string]bool
	exact map[string]bool // the capitalized spellings, possessive removed
	lower map[string]bool
	// The first cognatePrefix runes of the keys of at least that length.
	upperPrefix, lowerPrefix map[string]bool
}

// cognatePrefix is the length of the key prefix two words share when one
// is a cognate of the other (Pandemie/pandemic, Quarantäne/quarantine,
// Corona/coronavirus).
const cognatePrefix = 5

func keyPrefix(k string) (string, bool) {
	n := 0
	for i := range k {
		if n == cognatePrefix {
			return k[:i], true
		}
		n++
	}
	return k, n == cognatePrefix
}

// lowerOnly reports whether the English sentences of the link hold the word
// w, or a word sharing the first letters of its key, in lower case, and no
// capitalized word that does.
func (e *linkEvidence) lowerOnly(w string) bool {
	k := nameKey(w)
	if e.upper[k] {
		return false
	}
	p, long := keyPrefix(k)
	if long && e.upperPrefix[p] {
		return false
	}
	return e.lower[k] || long && e.lowerPrefix[p]
}

// evidence is the English evidence of every link, and the words in lower
// case anywhere in the English sentences of the links.
type evidence struct {
	links []linkEvidence
	lower map[string]bool
}

// englishEvidence collects, per link, the English words capitalized inside
// a sentence and the words in lower case.
func englishEvidence(ed *nameDoc, links []AlignedSpans) evidence {
	ev := evidence{links: make([]linkEvidence, len(links)), lower: map[string]bool{}}
	i := 0
	for li, l := range links {
		e := &ev.links[li]
		*e = linkEvidence{upper: map[string]bool{}, exact: map[string]bool{}, lower: map[string]bool{},
			upperPrefix: map[string]bool{}, lowerPrefix: map[string]bool{}}
		for _, sp := range l.EN {
			for i < len(ed.toks) && int(ed.toks[i].start) < sp.Start {
				i++
			}
			first := i
			for i < len(ed.toks) && int(ed.toks[i].end) <= sp.End {
				i++
			}
			if titleCase(ed, first, i) {
				continue
			}
			for k := first; k < i; k++ {
				t := &ed.toks[k]
				if !t.word || t.digit {
					continue
				}
				w := possessive(ed.text[t.start:t.end])
				key := nameKey(w)
				p, long := keyPrefix(key)
				switch {
				case !t.upper:
					e.lower[key] = true
					ev.lower[key] = true
					if long {
						e.lowerPrefix[p] = true
					}
					if sing, ok := strings.CutSuffix(key, "s"); ok && len(sing) >= 4 {
						e.lower[sing] = true // a plural: euros, parks
					}
				case long:
					// Capitalized anywhere, even at a sentence start: not
					// evidence for a name, but against a common noun.
					e.upperPrefix[p] = true
				}
				switch {
				case !t.upper || t.init || t.shout || w == "I" || afterStop(ed, k, first):
				default:
					e.upper[key] = true
					e.exact[w] = true
				}
			}
		}
	}
	return ev
}

// matches reports whether the English sentences of the link hold the German
// word w (token t) capitalized inside a sentence. lower holds the words the
// English uses in lower case.
func (e *linkEvidence) matches(w string, t *ntok, lower map[string]bool) bool {
	common := t.fl&lexNoun != 0 && !hasNameFlag(t.fl)
	for _, v := range [2]string{w, genitiveStem(w)} {
		if v == "" {
			continue
		}
		k := nameKey(v)
		if !e.upper[k] {
			continue
		}
		// A German common noun needs the same spelling, and the English must
		// never write it in lower case (Internet, Hotel).
		if !common || e.exact[v] && !lower[k] {
			return true
		}
	}
	return false
}

// titleCase reports whether the English sentence of tokens [i, j) is
// written in title case: at least three words of four or more letters after
// the first, and at least three in four of them capitalized.
func titleCase(ed *nameDoc, i, j int) bool {
	long, caps := 0, 0
	for k := i + 1; k < j; k++ {
		t := &ed.toks[k]
		if !t.word || t.end-t.start < 4 {
			continue
		}
		long++
		if t.upper {
			caps++
		}
	}
	return long >= 3 && 4*caps >= 3*long
}

// afterStop reports whether token i follows a full stop, question or
// exclamation mark inside the sentence (a line that holds two sentences),
// with only quotation marks or brackets between.
func afterStop(ed *nameDoc, i, start int) bool {
	for k := i - 1; k >= start; k-- {
		t := &ed.toks[k]
		if t.word {
			return false
		}
		switch ed.text[t.start:t.end] {
		case ".", "!", "?":
			return true
		case "\"", "“", "”", "'", "‘", "’", "(", "[":
			continue
		}
		return false
	}
	return false
}

// possessive removes an English possessive ending: Merkel's → Merkel,
// Brothers' → Brothers.
func possessive(w string) string {
	if s, ok := strings.CutSuffix(w, "'s"); ok && s != "" {
		return s
	}
	return w
}

// genitiveStem returns w without a German genitive s (Merkels → Merkel),
// or "" when w does not end in one.
func genitiveStem(w string) string {
	if len(w) > 3 && w[len(w)-1] == 's' {
		return w[:len(w)-1]
	}
	return ""
}

// nameKey folds a word for comparison across German and English spellings:
// lower case, without accents and umlauts (ß is ss), y as i, c as k, ph as
// f, and double letters single (Tokio/Tokyo, Zürich/Zurich, Kanada/Canada);
// digits are kept, other characters dropped.
func nameKey(w string) string {
	rs := make([]rune, 0, len(w))
	for _, r := range strings.ToLower(w) {
		switch {
		case r == 'ß':
			r = 's'
		case r == 'y':
			r = 'i'
		case r == 'c':
			r = 'k'
		case r >= utf8.RuneSelf:
			r = baseLetter(r)
		}
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
		case r == 'h' && len(rs) > 0 && rs[len(rs)-1] == 'p':
			rs[len(rs)-1] = 'f'
		case len(rs) > 0 && rs[len(rs)-1] == r:
		default:
			rs = append(rs, r)
		}
	}
	return string(rs)
}

// baseLetter maps a lower-case Latin letter with a diacritic to its base
// letter.
func baseLetter(r rune) rune {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą':
		return 'a'
	case 'ç', 'ć', 'č':
		return 'k'
	case 'è', 'é', 'ê', 'ë', 'ē', 'ė', 'ę', 'ě':
		return 'e'
	case 'ì', 'í', 'î', 'ï', 'ī', 'ı':
		return 'i'
	case 'ñ', 'ń', 'ň':
		return 'n'
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'ő':
		return 'o'
	case 'ù', 'ú', 'û', 'ü', 'ū', 'ů', 'ű':
		return 'u'
	case 'ý', 'ÿ':
		return 'i'
	case 'ł':
		return 'l'
	case 'ś', 'š', 'ş':
		return 's'
	case 'ź', 'ż', 'ž':
		return 'z'
	case 'ğ':
		return 'g'
	case 'ř':
		return 'r'
	}
	return r
}
