package segment

import (
	"bytes"
	"embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The language knowledge of the sentence segmenter is data, not code: each
// file under data/ states its origin and licence in its header.
//
// Only the segmenter's own files: data/ also holds other features' lists.
//
//go:embed data/abbrev_de.txt data/abbrev_en.txt data/starters_de.txt data/starters_en.txt
//go:embed data/ordinal_de.txt data/ordinal_en.txt data/credits.txt
var sentenceData embed.FS

// abbrevClass says how an abbreviation behaves before a possible sentence
// start. See data/abbrev_de.txt for the meaning of the classes.
type abbrevClass uint8

const (
	abbrevNone   abbrevClass = iota // not an abbreviation
	abbrevNever                     // n: never ends a sentence
	abbrevOften                     // e: often ends a sentence
	abbrevAmbig                     // a: ends one only before a sentence opener
	abbrevNumber                    // d: an abbreviation only before a number
	abbrevTime                      // t: a clock time ("p.m."), see timeEnds
)

// sentenceLang is the per-language knowledge the segmenter consults.
type sentenceLang struct {
	abbrev map[string]abbrevClass // lower case, without the final full stop
	// abbrevCap marks abbreviations listed only with a capital ("Mag.",
	// "Sat."): a lower-case word of the same letters is an ordinary word
	// ("die ich gerne mag. Sie …", "He sat. Everyone …").
	abbrevCap map[string]bool
	// abbrevKeep lists, per abbreviation, capitalized words that continue the
	// sentence after it ("Co. KG").
	abbrevKeep map[string][]string
	starters   map[string]bool // common sentence openers, as written
	// ordinals reports whether "<number>." can be an ordinal (German).
	ordinals    bool
	ordBefore   map[string]bool // lower case words that precede ordinals
	ordAfter    map[string]bool // words that follow ordinals, exact
	ordAfterPre map[string]bool // stems: words beginning with them follow ordinals
	// ordAfterIn holds the same stems in lower case, for German compounds
	// whose last part is the noun: "60. Weltcupsieg", "3. Regionalliga".
	ordAfterIn [][]byte
	credits    []string // words marking a bracketed credit, data/credits.txt
}

var (
	sentenceDE = loadSentenceLang("de", true)
	sentenceEN = loadSentenceLang("en", false)
)

func sentenceLangFor(lang string) *sentenceLang {
	switch strings.ToLower(lang) {
	case "en", "en-us", "en-gb", "eng", "english":
		return sentenceEN
	}
	return sentenceDE
}

func readDataLines(name string) []string {
	b, err := sentenceData.ReadFile("data/" + name)
	if err != nil {
		panic("segment: missing embedded data file " + name)
	}
	var out []string
	for line := range strings.SplitSeq(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

func loadSentenceLang(code string, ordinals bool) *sentenceLang {
	l := &sentenceLang{
		abbrev:      map[string]abbrevClass{},
		abbrevCap:   map[string]bool{},
		abbrevKeep:  map[string][]string{},
		starters:    map[string]bool{},
		ordinals:    ordinals,
		ordBefore:   map[string]bool{},
		ordAfter:    map[string]bool{},
		ordAfterPre: map[string]bool{},
	}
	for _, line := range readDataLines("abbrev_" + code + ".txt") {
		f := strings.Fields(line)
		if len(f) < 2 {
			panic("segment: bad abbreviation line " + line)
		}
		key := lowerString(strings.TrimSuffix(f[0], "."))
		var c abbrevClass
		switch f[1] {
		case "n":
			c = abbrevNever
		case "e":
			c = abbrevOften
		case "a":
			c = abbrevAmbig
		case "d":
			c = abbrevNumber
		case "t":
			c = abbrevTime
		default:
			panic("segment: bad abbreviation class " + line)
		}
		capOnly := unicode.IsUpper(firstRune(f[0]))
		if old, seen := l.abbrevCap[key]; seen {
			capOnly = capOnly && old
		}
		l.abbrevCap[key] = capOnly
		l.abbrev[key] = c
		if len(f) > 2 {
			l.abbrevKeep[key] = f[2:]
		}
	}
	for _, line := range readDataLines("starters_" + code + ".txt") {
		l.starters[strings.TrimSpace(line)] = true
	}
	l.credits = readDataLines("credits.txt")
	section := ""
	for _, line := range readDataLines("ordinal_" + code + ".txt") {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "["):
			section = line
		case section == "[before]":
			l.ordBefore[lowerString(line)] = true
		case section == "[after]":
			w := strings.TrimSuffix(line, ".")
			if stem, ok := strings.CutSuffix(w, "*"); ok {
				l.ordAfterPre[stem] = true
				if len(stem) >= 4 {
					l.ordAfterIn = append(l.ordAfterIn, []byte(strings.ToLower(stem)))
				}
			} else {
				l.ordAfter[w] = true
			}
		}
	}
	return l
}

// lowerString lower-cases s; used only when loading data.
func lowerString(s string) string { return strings.ToLower(s) }

// lowerInto writes the lower-case form of s into buf and returns the used
// part, or nil when it does not fit. It lets lookups avoid allocation.
func lowerInto(buf []byte, s string) []byte {
	n := 0
	for _, r := range s {
		r = unicode.ToLower(r)
		if n+utf8.RuneLen(r) > len(buf) {
			return nil
		}
		n += utf8.EncodeRune(buf[n:], r)
	}
	return buf[:n]
}

// isOrdinalFollower reports whether word (as written) makes a preceding
// "<number>." an ordinal.
func (l *sentenceLang) isOrdinalFollower(word string) bool {
	// Only a capitalized word can be the noun after an ordinal here: lower
	// case never reaches this test, and "3. 4." is no ordinal phrase.
	if !isUpperRune(firstRune(word)) {
		return false
	}
	if l.ordAfter[word] {
		return true
	}
	if l.hasOrdinalStem(word) {
		return true
	}
	var buf [maxLook]byte
	low := lowerInto(buf[:], word)
	for _, stem := range l.ordAfterIn {
		if len(stem) >= len(low) {
			continue
		}
		if k := bytes.Index(low, stem); k > 0 {
			return true
		}
	}
	return false
}

// abbrevOf returns the class of the abbreviation whose lower-case key is key,
// written as word in the text.
func (l *sentenceLang) abbrevOf(key []byte, word string) (abbrevClass, bool) {
	c, ok := l.abbrev[string(key)]
	if ok && l.abbrevCap[string(key)] && !isUpperRune(firstRune(word)) {
		return abbrevNone, false
	}
	return c, ok
}

// hasOrdinalStem reports whether word begins with a listed stem
// ("Präsidenten" with "Präsident*").
func (l *sentenceLang) hasOrdinalStem(word string) bool {
	for i := range word {
		if i > 0 && l.ordAfterPre[word[:i]] {
			return true
		}
	}
	return l.ordAfterPre[word]
}
