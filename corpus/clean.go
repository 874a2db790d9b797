package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

//go:embed data/boilerplate.txt
var boilerplateData string

//go:embed data/credits.txt
var creditData string

//go:embed data/furniture.txt
var furnitureData string

// furniture holds the lower-case word lists of data/furniture.txt by kind.
var furniture = sync.OnceValue(func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, line := range dataLines(furnitureData) {
		kind, words, ok := strings.Cut(line, "\t")
		if !ok {
			panic("corpus: bad line in data/furniture.txt: " + line)
		}
		if m[kind] == nil {
			m[kind] = map[string]bool{}
		}
		for w := range strings.FieldsSeq(words) {
			m[kind][strings.ToLower(w)] = true
		}
	}
	return m
})

// CleanReport says what reading and cleaning did to a document.
type CleanReport struct {
	Decoding
	// Dropped counts the blocks whose role is boilerplate.
	Dropped int
}

// lineRole is the role of one line of a block, with the rule that decided
// it. A caption line whose end is a credit has split > 0: the credit starts
// at that byte offset of the line.
type lineRole struct {
	role  Role
	rule  string
	split int
}

type phraseRule struct {
	kind, phrase string // phrase is lower case
}

var cleanRules = sync.OnceValues(func() ([]phraseRule, map[string]bool) {
	var phrases []phraseRule
	for _, line := range dataLines(boilerplateData) {
		kind, phrase, ok := strings.Cut(line, "\t")
		if !ok {
			panic("corpus: bad line in data/boilerplate.txt: " + line)
		}
		phrases = append(phrases, phraseRule{kind, strings.ToLower(strings.TrimSpace(phrase))})
	}
	credits := map[string]bool{}
	for _, line := range dataLines(creditData) {
		credits[strings.ToLower(line)] = true
	}
	return phrases, credits
})

// dataLines returns the non-empty, non-comment lines of an embedded list.
func dataLines(data string) []string {
	var out []string
	for line := range strings.Lines(data) {
		line = strings.TrimRight(line, "\r\n")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// maxShoutedHeading is the most words an all-caps heading has.
const maxShoutedHeading = 6

// maxPhraseLine is the longest line that phrase rules other than prefix
// rules look at: a long line is article text even if it holds a phrase.
const maxPhraseLine = 160

// classifyLine decides the role of one line of text on its own.
func classifyLine(line string) lineRole {
	if r, ok := phraseRole(line); ok {
		return r
	}
	final := endsSentence(line)
	if at := creditStart(line); at >= 0 {
		if at == 0 {
			return lineRole{role: RoleCredit, rule: "credit"}
		}
		return lineRole{role: RoleCaption, rule: "caption-with-credit", split: at}
	}
	if strings.HasPrefix(line, "©") {
		return lineRole{role: RoleBoilerplate, rule: "copyright"}
	}
	if kind := furnitureKind(line); kind != "" {
		return lineRole{role: RoleBoilerplate, rule: kind}
	}
	if !final && isBreadcrumb(line) {
		return lineRole{role: RoleBoilerplate, rule: "breadcrumb"}
	}
	if !final && isByline(line) {
		return lineRole{role: RoleBoilerplate, rule: "byline"}
	}
	if final {
		// A shouted sentence is kept as text too.
		return lineRole{role: RoleBody, rule: "sentence-punctuation"}
	}
	words := countWordsTo(line, max(maxShoutedHeading, 25))
	// Long shouted lines without sentence punctuation are calls to action
	// and related-article links; short ones are tabloid subheadings.
	if words > maxShoutedHeading && len(line) <= 2*maxPhraseLine && upperShare(line) >= 0.8 {
		return lineRole{role: RoleBoilerplate, rule: "all-caps-line"}
	}
	if isListItem(line) {
		return lineRole{role: RoleBody, rule: "list-item"}
	}
	if words > 25 {
		return lineRole{role: RoleBody, rule: "long-line-kept"}
	}
	return lineRole{role: RoleHeading, rule: "no-final-punctuation"}
}

// asciiLower appends strings.ToLower(s) to dst when s holds only ASCII,
// the runes U+0080–U+00FF (the umlauts) and U+2000–U+203F (dashes,
// quotation marks), whose lower case it knows; ok is false for any other
// s, which strings.ToLower must do.
func asciiLower(dst []byte, s string) (_ []byte, ok bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		case (c == 0xC2 || c == 0xC3) && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			c2 := s[i+1]
			if c == 0xC3 && c2 <= 0x9E && c2 != 0x97 {
				c2 += 0x20 // À–Þ but × to à–þ
			}
			dst = append(dst, c, c2)
			i++
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2]&0xC0 == 0x80:
			dst = append(dst, s[i:i+3]...)
			i += 2
		default:
			return dst, false
		}
	}
	return dst, true
}

// hasLower reports whether the lower case of s is a key of m, without
// allocating for short ASCII s.
func hasLower(m map[string]bool, s string) bool {
	var buf [32]byte
	if len(s) <= len(buf) {
		if b, ok := asciiLower(buf[:0], s); ok {
			return m[string(b)]
		}
	}
	return m[strings.ToLower(s)]
}

// phraseIndex finds the first phrase of the boilerplate list that a line
// matches without trying them all: exact phrases by their text, prefixes
// by their first byte.
type phraseIndex struct {
	rules    []phraseRule
	rule     []string // the rule names of lineRole, one per phrase
	exact    map[string]int
	prefix   [256][]int // by the first byte of the phrase, in either case
	prefixes []int      // all prefix phrases
	contains []int
}

var phraseRules = sync.OnceValue(func() *phraseIndex {
	phrases, _ := cleanRules()
	x := &phraseIndex{rules: phrases, exact: map[string]int{}}
	for i, p := range phrases {
		x.rule = append(x.rule, "boilerplate-"+p.kind+": "+p.phrase)
		switch p.kind {
		case "exact":
			if _, dup := x.exact[p.phrase]; !dup {
				x.exact[p.phrase] = i
			}
		case "prefix":
			x.prefixes = append(x.prefixes, i)
			for _, c := range firstBytes(p.phrase) {
				x.prefix[c] = append(x.prefix[c], i)
			}
		case "contains":
			x.contains = append(x.contains, i)
		}
	}
	return x
})

// firstBytes returns the first bytes a line that starts with phrase (in
// any case) can have: its first byte and, for a lower-case ASCII letter,
// the upper-case one; every byte for the empty phrase.
func firstBytes(phrase string) []byte {
	switch {
	case phrase == "":
		all := make([]byte, 256)
		for c := range all {
			all[c] = byte(c)
		}
		return all
	case 'a' <= phrase[0] && phrase[0] <= 'z':
		return []byte{phrase[0], phrase[0] - 'a' + 'A'}
	}
	return []byte{phrase[0]}
}

// phraseRole applies the boilerplate phrase list to line: the first
// phrase of the list that matches decides.
func phraseRole(line string) (lineRole, bool) {
	x := phraseRules()
	short := len(line) <= maxPhraseLine
	best := len(x.rules)
	var lower string
	var buf [maxPhraseLine]byte
	if short {
		if b, ok := asciiLower(buf[:0], line); ok {
			lower = unsafe.String(unsafe.SliceData(b), len(b)) // used only here
		} else {
			lower = strings.ToLower(line)
		}
		if i, ok := x.exact[lower]; ok {
			best = i
		}
	}
	if line != "" {
		cands := x.prefix[line[0]]
		if line[0] >= utf8.RuneSelf {
			// A multi-byte rune may fold to an ASCII letter (K, the
			// Kelvin sign, to k): try every prefix.
			cands = x.prefixes
		}
		for _, i := range cands {
			if i >= best {
				break
			}
			p := x.rules[i].phrase
			if len(line) >= len(p) && strings.EqualFold(line[:len(p)], p) {
				best = i
				break
			}
		}
	}
	if short {
		for _, i := range x.contains {
			if i >= best {
				break
			}
			if strings.Contains(lower, x.rules[i].phrase) {
				best = i
				break
			}
		}
	}
	if best == len(x.rules) {
		return lineRole{}, false
	}
	return lineRole{role: RoleBoilerplate, rule: x.rule[best]}, true
}

// countWordsTo counts the space-separated words of line but stops after
// limit+1: the rules only ask whether a line is short, and body lines are
// long.
func countWordsTo(line string, limit int) int {
	n := 0
	inWord := false
	for i := 0; i < len(line); i++ {
		if line[i] == ' ' {
			inWord = false
		} else if !inWord {
			inWord = true
			n++
			if n > limit {
				break
			}
		}
	}
	return n
}

// isBreadcrumb recognizes navigation trails: "Home > Politik > Ausland" and
// the run-together "HomeNachrichten aus JapanPolitik…" that scraping makes
// of them.
func isBreadcrumb(line string) bool {
	for _, sep := range []string{" > ", " » ", " › ", " / ", " | "} {
		if strings.Count(line, sep) >= 2 && !endsSentence(line) {
			return true
		}
	}
	for _, home := range []string{"Home", "Startseite"} {
		if rest, ok := strings.CutPrefix(line, home); ok && rest != "" {
			r, _ := utf8.DecodeRuneInString(rest)
			if unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// isByline recognizes "By c2q3c", "Von Anna Muster" and "Von Anna Muster
// und Jan Beispiel": a short line of names after By/Von, with no sentence
// punctuation.
func isByline(line string) bool {
	rest, ok := strings.CutPrefix(line, "By ")
	if ok {
		n := len(strings.Fields(rest))
		return n >= 1 && n <= 5 && !endsSentence(line)
	}
	rest, ok = strings.CutPrefix(line, "Von ")
	if !ok {
		return false
	}
	fields := strings.Fields(strings.ReplaceAll(rest, ",", " "))
	if len(fields) == 0 || len(fields) > 6 {
		return false
	}
	_, credits := cleanRules()
	for _, f := range fields {
		if f == "und" || f == "and" || credits[strings.ToLower(f)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return !endsSentence(line)
}

// upperShare is the share of upper-case letters among the letters of s.
func upperShare(s string) float64 {
	var letters, upper int
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters == 0 {
		return 0
	}
	return float64(upper) / float64(letters)
}

// creditStart returns the byte offset of a credit at the end of line — a
// final parenthesized group such as "(Takashi Aoyama/Getty Images)" or
// "(Foto: dpa)" — or -1. It returns 0 when the whole line is the credit:
// also "Foto: Ralf Rottmann", "© imago images/Sven Simon", "Peter
// Klaunzer / Keystone".
func creditStart(line string) int {
	if isCreditLine(line) {
		return 0
	}
	if at := labelledCreditStart(line); at > 0 {
		return at
	}
	if !strings.HasSuffix(line, ")") {
		return -1
	}
	open := strings.LastIndexByte(line, '(')
	if open < 0 {
		return -1
	}
	inner := line[open+1 : len(line)-1]
	if !isCredit(inner) {
		return -1
	}
	return open
}

// maxCreditWords is the most words a credit line without parentheses has.
const maxCreditWords = 10

// isCreditLine reports whether a whole line is a credit: a credit label
// ("Foto:", "Quelle:"), a copyright sign or a name/agency pair, short and
// without sentence punctuation.
func isCreditLine(line string) bool {
	if strings.HasSuffix(line, ".") || countWordsTo(line, maxCreditWords) > maxCreditWords {
		return false
	}
	if rest, ok := strings.CutPrefix(line, "©"); ok {
		return isCredit(rest)
	}
	if label, _, ok := strings.Cut(line, ":"); ok {
		_, credits := cleanRules()
		return hasLower(credits, strings.TrimSpace(label)) && countWordsTo(label, 2) <= 2
	}
	// "Peter Klaunzer / Keystone": short, and no sentence in it.
	return strings.Contains(line, "/") && countWordsTo(line, maxSlashCreditWords) <= maxSlashCreditWords &&
		!strings.ContainsAny(line, ".()") && isCredit(line)
}

// maxSlashCreditWords is the most words a "Name / Agency" credit has.
const maxSlashCreditWords = 6

// isCredit reports whether the text inside a final parenthesis names a
// photo credit: "Name/Agency", "Foto: dpa", "AP Photo/Andy Wong, Datei".
func isCredit(inner string) bool {
	_, credits := cleanRules()
	inner = strings.TrimSpace(inner)
	if inner == "" || len(inner) > 120 {
		return false
	}
	if label, _, ok := strings.Cut(inner, ":"); ok && hasLower(credits, strings.TrimSpace(label)) {
		return true
	}
	for part := range strings.FieldsFuncSeq(inner, func(r rune) bool { return r == '/' || r == ',' || r == ';' }) {
		part = strings.ToLower(strings.TrimSpace(part))
		if credits[part] {
			return true
		}
		for w := range strings.FieldsSeq(part) {
			if credits[w] && len(w) > 2 {
				return true
			}
		}
	}
	return false
}

// endsSentence reports whether line ends like a sentence: with . ! ? … or
// : — possibly followed by closing quotes and brackets.
func endsSentence(line string) bool {
	s := strings.TrimRightFunc(line, func(r rune) bool {
		switch r {
		case '"', '\'', '“', '”', '‘', '’', '«', '»', '‹', '›', ')', ']':
			return true
		}
		return false
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', ':':
		return true
	}
	return false
}

// captionLabel reports whether a line classified as a heading is the label
// of the photo whose caption follows: a short line right before a caption.
func captionLabel(line string) bool {
	return len(strings.Fields(line)) <= 8
}

// furnitureKind returns "share-row", "timestamp" or "reading-time" when
// every word of a short line is page furniture of that kind, else "".
func furnitureKind(line string) string {
	if len(line) > maxPhraseLine {
		return ""
	}
	lists := furniture()
	var words, share, time, reading, pager, digits int
	for w := range strings.FieldsFuncSeq(line, func(r rune) bool {
		return unicode.IsSpace(r) || r == '|' || r == ',' || r == '–' || r == '·' || r == '/' || r == '(' || r == ')'
	}) {
		w = strings.ToLower(strings.Trim(w, ".:,;"))
		if w == "" || w == "-" || w == "–" {
			continue
		}
		words++
		switch {
		case isNumeric(w):
			digits++
		case lists["share"][w]:
			share++
		case lists["time"][w]:
			time++
		case lists["reading"][w]:
			reading++
		case lists["pager"][w]:
			pager++
		default:
			return ""
		}
	}
	switch {
	case words == 0:
		return ""
	case share > 0 && share+digits == words:
		return "share-row" // also "47 Kommentare"
	case digits > 0 && reading > 0 && share+pager == 0:
		return "reading-time"
	case digits > 0 && pager > 0 && share+reading+time == 0:
		return "pager" // "Seite 1/2", "Bild 1 von 14"
	case digits > 0 && reading+share+pager == 0:
		return "timestamp"
	}
	return ""
}

// isNumeric reports whether w is made of digits and the separators of
// dates and times ("22.11.2026", "14:03", "14.03").
func isNumeric(w string) bool {
	hasDigit := false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			hasDigit = true
		case r == '.' || r == ':' || r == '-' || r == '/':
		default:
			return false
		}
	}
	return hasDigit
}

// isListItem recognizes a bulleted line: "• Leistung: 250 MW", "– zwei
// neue Lieferzonen".
func isListItem(line string) bool {
	for _, b := range []string{"• ", "– ", "- ", "* ", "· ", "▪ ", "◦ "} {
		if strings.HasPrefix(line, b) && countWordsTo(line, 3) >= 3 {
			return true
		}
	}
	return false
}

// labelledCreditStart finds a credit that ends a caption line without
// parentheses: "… Büchen. | Bild: dpa", "… Cuxhaven Bild: dpa", "… geplant.
// Urs Flueeler / Keystone". It returns the byte offset where the credit
// (with its separator) starts, or -1.
func labelledCreditStart(line string) int {
	_, credits := cleanRules()
	// Both rules want at most maxCreditWords words after the colon or the
	// full stop: look for them only among the last words, not through a
	// whole paragraph.
	floor := lastWordsStart(line, maxCreditWords+1)
	// "Label: Name" near the end of the line.
	for at := len(line); at > floor; {
		colon := strings.LastIndexByte(line[floor:at], ':')
		if colon < 0 {
			break
		}
		colon += floor
		if colon == 0 {
			break
		}
		at = colon
		start := strings.LastIndexAny(line[:colon], " |") + 1
		label := line[start:colon]
		rest := line[colon+1:]
		if !hasLower(credits, label) || !creditNames(rest) || start == 0 {
			continue
		}
		return creditCut(line, start)
	}
	// "Name / Agency" after the caption's final full stop.
	from := max(floor-2, 0)
	if i := strings.LastIndex(line[from:], ". "); i >= 0 && from+i > 0 {
		dot := from + i
		tail := line[dot+2:]
		if isCreditLine(tail) && !strings.Contains(tail, ":") {
			return dot + 2
		}
	}
	return -1
}

// lastWordsStart returns the offset of the n-th last word of line, 0 when
// it has fewer: whatever lies before that offset is followed by at least n
// words. A word here is a run between spaces with a visible ASCII
// character in it, so that the count is never above that of countWordsTo
// or strings.Fields.
func lastWordsStart(line string, n int) int {
	words := 0
	inWord, visible := false, false
	for i := len(line) - 1; i >= 0; i-- {
		c := line[i]
		if c != ' ' {
			inWord = true
			visible = visible || c > ' ' && c < 0x7F
			continue
		}
		if inWord && visible {
			if words++; words == n {
				return i + 1
			}
		}
		inWord, visible = false, false
	}
	return 0
}

// creditNames reports whether text reads like the names of a credit
// ("Jens Kalaene/dpa-Zentralbild/dpa", "Nordlicht Energie AG Fotograf: Jan
// Petersen"): a few words, each capitalized, a credit word or a name
// particle, and no sentence punctuation.
func creditNames(text string) bool {
	_, credits := cleanRules()
	words := strings.Fields(text)
	if len(words) == 0 || len(words) > maxCreditWords || endsSentence(text) {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch lw := strings.ToLower(strings.Trim(w, ",;|()")); {
		case unicode.IsUpper(r), unicode.IsDigit(r), credits[lw], lw == "":
		case lw == "von" || lw == "van" || lw == "de" || lw == "und" || lw == "and" || lw == "zu":
		case strings.ContainsAny(w, "/|©"):
		default:
			return false
		}
	}
	return true
}

// creditCut is where a labelled credit whose label starts at start cuts
// line: a "|" separator before it goes with the credit, since segments
// hold every character that is not a space.
func creditCut(line string, start int) int {
	if trimmed := strings.TrimRight(line[:start], " "); strings.HasSuffix(trimmed, "|") {
		return len(strings.TrimRight(trimmed[:len(trimmed)-1], " ")) + 1
	}
	return start
}
