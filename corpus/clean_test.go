package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestClassifyLine(t *testing.T) {
	tests := []struct {
		line string
		role Role
		rule string // a prefix of the rule
	}{
		// Seed-like lines.
		{"Anzeige", RoleBoilerplate, "boilerplate-exact"},
		{"ylliX - Online Advertising Network", RoleBoilerplate, "boilerplate-contains"},
		{"HomeNachrichten aus JapanPolitikNATO plant ein Verbindungsbüro in Tokyo", RoleBoilerplate, "breadcrumb"},
		{"LESEN SIE AUCH:  Japan begrüßt NATO-Engagement im Indopazifik", RoleBoilerplate, "boilerplate-prefix"},
		{"KLICKEN SIE HIER, UM DIE FOX NEWS-APP ZU ERHALTEN", RoleBoilerplate, "boilerplate-prefix"},
		{"Google News button", RoleBoilerplate, "boilerplate-exact"},
		{"By c2q3c", RoleBoilerplate, "byline"},
		{"USA, JAPAN und AUSTRALIEN FINANZIEREN EIN UNTERSEEKABELPROJEKT", RoleBoilerplate, "all-caps-line"},
		{"NATO plant ein Verbindungsbüro in Tokyo", RoleHeading, "no-final-punctuation"},
		{"Der Botschafter fügte jedoch hinzu, dass es noch keine Bestätigung gäbe.", RoleBody, "sentence-punctuation"},
		{"„Wir arbeiten in dieser Richtung.“", RoleBody, "sentence-punctuation"},
		{"Weiter hieß es:", RoleBody, "sentence-punctuation"},
		{"Ein Schiff segelt vor Sagami Bay, Japan. (Koichi Kamoshida/Getty Images)", RoleCaption, "caption-with-credit"},
		{"Xi Jinping in Peking am 23. Oktober 2022. (AP Photo/Andy Wong, Datei)", RoleCaption, "caption-with-credit"},
		// Other outlets.
		{"Home > Politik > Ausland > Japan", RoleBoilerplate, "breadcrumb"},
		{"Startseite › Politik › Ausland", RoleBoilerplate, "breadcrumb"},
		{"Foto: Ralf Rottmann", RoleCredit, "credit"},
		{"© imago images/Sven Simon", RoleCredit, "credit"},
		{"© 2026 Zeitungsverlag Münster", RoleBoilerplate, "copyright"},
		{"Peter Klaunzer / Keystone", RoleCredit, "credit"},
		{"22.11.2026, 14:03 Uhr", RoleBoilerplate, "timestamp"},
		{"Stand: 22.11.2026 14:03 Uhr", RoleBoilerplate, "timestamp"},
		{"Lesezeit: 3 Min.", RoleBoilerplate, "reading-time"},
		{"Facebook Twitter WhatsApp E-Mail", RoleBoilerplate, "share-row"},
		{"Am 3. Oktober 2026", RoleBoilerplate, "timestamp"}, // a date alone on a line is the page's, not the article's
		{"HEIZUNGS-DRAMA IN DORTMUND", RoleHeading, "no-final-punctuation"},
		{"Von Anna Muster und Jan Beispiel", RoleBoilerplate, "byline"},
		{"Von Tokio nach Berlin: eine Reise", RoleHeading, "no-final-punctuation"},
		{"Mehr zum Thema: Wahlen in Sachsen", RoleBoilerplate, "boilerplate-prefix"},
		{"Olaf Scholz in Berlin. (Foto: dpa)", RoleCaption, "caption-with-credit"},
		{"Die Kanzlerin im Bundestag (Bild: picture alliance/dpa)", RoleCaption, "caption-with-credit"},
		{"(Foto: dpa)", RoleCredit, "credit"},
		{"Die Partei (SPD) gewann die Wahl (mit Abstand)", RoleHeading, "no-final-punctuation"},
		{"Das ist ein Satz über die AP (Associated Press), der endet.", RoleBody, "sentence-punctuation"},
		{"Berlin (dpa) - Die Bundesregierung will die Schuldenbremse reformieren.", RoleBody, "sentence-punctuation"},
		{"EU-Kommission legt Plan vor", RoleHeading, "no-final-punctuation"},
		{"DER STADTRAT BESCHLOSS AM MONTAG DEN HAUSHALT.", RoleBody, "sentence-punctuation"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			got := classifyLine(tt.line)
			if got.role != tt.role || !strings.HasPrefix(got.rule, tt.rule) {
				t.Errorf("classifyLine(%q) = %s (%s), want %s (%s…)", tt.line, got.role, got.rule, tt.role, tt.rule)
			}
		})
	}
}

func TestProcessRoles(t *testing.T) {
	text := strings.Join([]string{
		"Anzeige\nHome > Politik > Ausland",
		"Wahl in Sachsen",
		"Die CDU gewinnt knapp",
		"Dresden – Die CDU hat die Landtagswahl in Sachsen knapp gewonnen. Das teilte der Landeswahlleiter am 2. September mit.",
		"Michael Kretschmer",
		"Ministerpräsident Michael Kretschmer am Wahlabend in Dresden. (Foto: Robert Michael/dpa)",
		"Mehr zum Thema: Die Ergebnisse im Überblick",
		"„Wir haben es geschafft“, sagte Kretschmer.",
	}, "\n\n")
	d := NewProcessor(Options{}).Process(text, Decoding{}, "sachsen", "sachsen.txt")
	type seg struct {
		role Role
		text string
	}
	var got []seg
	for _, s := range d.Segments {
		got = append(got, seg{s.Role, d.Text[s.Start:s.End]})
	}
	want := []seg{
		{RoleBoilerplate, "Anzeige"},
		{RoleBoilerplate, "Home > Politik > Ausland"},
		{RoleHeading, "Wahl in Sachsen"},
		{RoleHeading, "Die CDU gewinnt knapp"},
		{RoleBody, "Dresden – Die CDU hat die Landtagswahl in Sachsen knapp gewonnen."},
		{RoleBody, "Das teilte der Landeswahlleiter am 2. September mit."},
		{RoleCaption, "Michael Kretschmer"},
		{RoleCaption, "Ministerpräsident Michael Kretschmer am Wahlabend in Dresden."},
		{RoleCredit, "(Foto: Robert Michael/dpa)"},
		{RoleBoilerplate, "Mehr zum Thema: Die Ergebnisse im Überblick"},
		{RoleBody, "„Wir haben es geschafft“, sagte Kretschmer."},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d segments, want %d:\n%q", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("segment %d = %q, want %q", i, got[i], want[i])
		}
	}
	if d.Report.Dropped != 2 {
		t.Errorf("dropped %d blocks, want 2", d.Report.Dropped)
	}
	if d.Blocks[0].Role != RoleBoilerplate || d.Blocks[3].Role != RoleBody || d.Blocks[5].Role != RoleCaption {
		t.Errorf("block roles: %v %v %v", d.Blocks[0].Role, d.Blocks[3].Role, d.Blocks[5].Role)
	}
}

func TestDuplicateBlocks(t *testing.T) {
	body := "Der Stadtrat beschloss am Montag den neuen Haushalt."
	// The same letters in another order: as many, but no copy.
	shuffled := "Den neuen Haushalt beschloss der Stadtrat am Montag."
	text := "Anzeige\n\n" + body + "\n\nAnzeige\n\nJa.\n\nJa.\n\n" + strings.ToUpper(body) + "\n\n" + shuffled + "\n\nAnzeige"
	d := NewProcessor(Options{}).Process(text, Decoding{}, "d", "d.txt")
	var roles []string
	for _, b := range d.Blocks {
		roles = append(roles, string(b.Role)+":"+b.Rule)
	}
	want := []string{
		"boilerplate:boilerplate-exact: anzeige",
		"body:sentence-punctuation",
		"boilerplate:boilerplate-exact: anzeige",
		"body:sentence-punctuation", // short repeats may be meant
		"body:sentence-punctuation",
		"boilerplate:duplicate-block: repeats block 1",
		"body:sentence-punctuation",
		"boilerplate:boilerplate-exact: anzeige",
	}
	if strings.Join(roles, "\n") != strings.Join(want, "\n") {
		t.Errorf("roles:\n%s\nwant:\n%s", strings.Join(roles, "\n"), strings.Join(want, "\n"))
	}
	if d.Report.Dropped != 4 {
		t.Errorf("dropped %d, want 4", d.Report.Dropped)
	}
}

func TestDeduper(t *testing.T) {
	dd := NewDeduper()
	recs, n := dd.Filter([]Record{{Text: "Der Mann ging."}, {Text: "Die Frau kam."}, {Text: "der mann  ging"}})
	if n != 1 || len(recs) != 2 {
		t.Errorf("first document: kept %d, dropped %d", len(recs), n)
	}
	recs, n = dd.Filter([]Record{{Text: "DIE FRAU KAM!"}, {Text: "Neu."}})
	if n != 1 || len(recs) != 1 || recs[0].Text != "Neu." {
		t.Errorf("second document: kept %+v, dropped %d", recs, n)
	}
}

func TestLabelledCredits(t *testing.T) {
	for line, want := range map[string]string{
		"Umgestürzte Bäume blockieren die Gleise bei Büchen. | Bild: dpa":                "| Bild: dpa",
		"Rotorblätter im Hafen von Cuxhaven Bild: dpa":                                   "Bild: dpa",
		"Die Arbeiten kommen langsamer voran als geplant. Urs Flueeler / Keystone":       "Urs Flueeler / Keystone",
		"Die Kassen rechnen mit einem Defizit. (Symbolbild) Foto: Jens Kalaene/dpa":      "Foto: Jens Kalaene/dpa",
		"Der Minister sagte: Das Bild ist klar.":                                         "",
		"Die Quelle: ein Bericht des Ministeriums, der am Montag erschien, nennt Zahlen": "",
	} {
		at := creditStart(line)
		got := ""
		if at > 0 {
			got = line[at:]
		}
		if got != want {
			t.Errorf("credit of %q = %q, want %q", line, got, want)
		}
	}
}

// TestPhraseIndex checks the indexed phrase lookup against trying every
// phrase of the list in order, on every phrase in several spellings, with
// text around it, and on the lines of the test articles.
func TestPhraseIndex(t *testing.T) {
	phrases, _ := cleanRules()
	naive := func(line string) (lineRole, bool) {
		short := len(line) <= maxPhraseLine
		lower := strings.ToLower(line)
		for _, p := range phrases {
			var hit bool
			switch p.kind {
			case "exact":
				hit = short && lower == p.phrase
			case "prefix":
				hit = len(line) >= len(p.phrase) && strings.EqualFold(line[:len(p.phrase)], p.phrase)
			case "contains":
				hit = short && strings.Contains(lower, p.phrase)
			}
			if hit {
				return lineRole{role: RoleBoilerplate, rule: "boilerplate-" + p.kind + ": " + p.phrase}, true
			}
		}
		return lineRole{}, false
	}
	var lines []string
	for _, p := range phrases {
		for _, v := range []string{p.phrase, strings.ToUpper(p.phrase), strings.Title(p.phrase)} {
			lines = append(lines, v, v+" mehr", "Mehr "+v, v+":", "\u212a"+v, v[:len(v)/2], strings.Repeat("x", maxPhraseLine)+v, v+strings.Repeat(" x", maxPhraseLine))
		}
	}
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	lines = append(lines, "", "K", "\u212aontakt", "ÜBERMITTELT durch News Aktuell")
	hits := 0
	for _, l := range lines {
		got, gok := phraseRole(l)
		want, wok := naive(l)
		if got != want || gok != wok {
			t.Errorf("phraseRole(%q) = %v %v, want %v %v", l, got, gok, want, wok)
		}
		if wok {
			hits++
		}
	}
	if hits < len(phrases) {
		t.Errorf("only %d of %d lines match a phrase: the test lost its cases", hits, len(lines))
	}
}

// TestFingerprint checks that fingerprints ignore case, punctuation and
// spacing, count letters and digits, and tell apart the distinct lines
// and the word-shuffled lines of the test articles.
func TestFingerprint(t *testing.T) {
	same := [][]string{
		{"Der Bundestag stimmt zu.", "der bundestag stimmt zu", "DER BUNDESTAG – stimmt zu!", " Der  Bundestag\nstimmt zu … "},
		{"Größe Ärger Übermaß", "größe ärger übermaß", "GRÖẞE, ÄRGER; ÜBERMAß"},
		{"12345678x", "1234 5678 X"},
	}
	for _, g := range same {
		h0, n0 := fingerprint(g[0])
		for _, s := range g[1:] {
			if h, n := fingerprint(s); h != h0 || n != n0 {
				t.Errorf("fingerprint(%q) = %x %d, want %x %d as for %q", s, h, n, h0, n0, g[0])
			}
		}
	}
	if _, n := fingerprint("Ä-b 1."); n != 3 {
		t.Errorf("fingerprint counts %d letters and digits in %q, want 3", n, "Ä-b 1.")
	}
	seen := map[uint64]string{}
	add := func(s string) {
		h, n := fingerprint(s)
		if n == 0 {
			return
		}
		key := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return unicode.ToLower(r)
			}
			return -1
		}, s)
		if old, ok := seen[h]; ok && old != key {
			t.Errorf("fingerprint collision: %q and %q", old, key)
		}
		seen[h] = key
	}
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			add(l)
			w := strings.Fields(l)
			for i := 1; i < len(w); i++ {
				add(strings.Join(append(append([]string{}, w[i:]...), w[:i]...), " "))
				add(strings.Join(w[:i], " "))
				add(l + strings.Repeat("a", i%9))
			}
		}
	}
	if len(seen) < 1000 {
		t.Fatalf("only %d distinct texts: the test lost its input", len(seen))
	}
}

// FuzzFingerprint checks fingerprint against the folding it promises, done
// the slow way: the letters and digits of s lower-cased (ASCII ones as one
// byte, others as four), hashed in one piece.
func FuzzFingerprint(f *testing.F) {
	for _, s := range []string{"", "Der Bundestag stimmt zu.", "GRÖẞE, ÄRGER; ÜBERMAß 12",
		strings.Repeat("ab c-ä ", 100), "\xff\xc3 x", strings.Repeat("é", 70) + strings.Repeat("x", 300)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var stream []byte
		n := 0
		for _, r := range s {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				continue
			}
			n++
			if r < utf8.RuneSelf {
				stream = append(stream, byte(unicode.ToLower(r)))
			} else {
				// by the rune read, even where its lower case is ASCII (K, the
				// Kelvin sign)
				r = unicode.ToLower(r)
				stream = append(stream, byte(r>>24)|0x80, byte(r>>16), byte(r>>8), byte(r))
			}
		}
		want := fingerprintEnd(fingerprintBytes(fingerprintSeed, stream), n)
		if h, m := fingerprint(s); h != want || m != n {
			t.Fatalf("fingerprint(%q) = %x %d, want %x %d", s, h, m, want, n)
		}
	})
}

// FuzzASCIILower checks asciiLower against strings.ToLower wherever it
// says it knows the answer.
func FuzzASCIILower(f *testing.F) {
	for _, s := range []string{"", "Foto: DPA", "ÄRGER über „Größe“ – ÀÞ×ÿ", "\xc3\x28", "\xe2\x80", "K", "µ ª º ß ẞ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, ok := asciiLower(nil, s); ok && string(got) != strings.ToLower(s) {
			t.Fatalf("asciiLower(%q) = %q, want %q", s, got, strings.ToLower(s))
		}
	})
}

// FuzzAlnumCount checks alnumCount against the count fingerprint returns.
func FuzzAlnumCount(f *testing.F) {
	for _, s := range []string{"", "Der Bundestag stimmt zu.", "GRÖẞE, ÄRGER; ÜBERMAß 12 × 3 ÷ 4",
		"@[`{/:09AZaz_~", "abcdefgh12345678ABCDEFGH", "\xff\xc3 x „ok“ – ½ ² Ⅻ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if _, n := fingerprint(s); alnumCount(s) != n {
			t.Fatalf("alnumCount(%q) = %d, fingerprint counts %d", s, alnumCount(s), n)
		}
	})
}

// labelledCreditStartRef is labelledCreditStart as it was before it looked
// only among the last words of a line.
func labelledCreditStartRef(line string) int {
	_, credits := cleanRules()
	// "Label: Name" near the end of the line.
	for at := len(line); at > 0; {
		colon := strings.LastIndexByte(line[:at], ':')
		if colon <= 0 {
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
	if dot := strings.LastIndex(line, ". "); dot > 0 {
		tail := line[dot+2:]
		if isCreditLine(tail) && !strings.Contains(tail, ":") {
			return dot + 2
		}
	}
	return -1
}

// FuzzLabelledCreditStart checks that looking only among the last words
// finds what a search through the whole line finds.
func FuzzLabelledCreditStart(f *testing.F) {
	for _, s := range []string{"Der Kanzler spricht in Berlin. Foto: Michael Kappeler/dpa",
		"Ein langer Satz mit vielen Wörtern, der weit vor dem Ende steht: und dann kommen noch sehr viele weitere Wörter bis zum Schluss hin",
		"Bildunterschrift | Foto: dpa", "a:b c d e f g h i j k l", "Text. Peter Klaunzer / Keystone",
		"x. a\tb c\td e f g h i j k l m / n", "Foto:\u00a0a b c d e f g h i j k"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if got, want := labelledCreditStart(line), labelledCreditStartRef(line); got != want {
			t.Fatalf("labelledCreditStart(%q) = %d, want %d", line, got, want)
		}
	})
}
