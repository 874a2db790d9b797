package segment

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// sentenceCase marks the expected breaks inline with "|": the input is the
// text with every "|" removed, the expected sentences are the pieces between
// the marks, trimmed of whitespace.
type sentenceCase struct {
	name   string
	marked string
	opt    Options
}

var germanCases = []sentenceCase{
	// Ordinals before a capitalized word do not end a sentence.
	{"ordinal Klasse", "Sie geht in die 4. Klasse und lernt Englisch.", Options{}},
	{"ordinal in der Klasse", "Schon in der 4. Klasse lernte sie Englisch.", Options{}},
	{"ordinal den Präsidenten", "Die Wahl bestimmte den 45. Präsidenten der USA.", Options{}},
	{"ordinal Präsidenten", "Er wurde zum 45. Präsidenten der Vereinigten Staaten gewählt.", Options{}},
	{"ordinal date", "Das Treffen fand am 31. Januar 2023 in Tokio statt.", Options{}},
	{"ordinal date zero", "Mit dem Gesetz zum 01. Januar 2015 ändert sich viel.", Options{}},
	{"ordinal FC and Bundesliga", "Der 1. FC Köln spielt wieder in der 2. Bundesliga.", Options{}},
	{"ordinal at start", "1. FC Köln steigt in die 2. Bundesliga ab.", Options{}},
	{"ordinal range", "Vom 3. bis 5. Mai ist die Messe geöffnet.", Options{}},
	{"ordinal Geburtstag", "Sie feierte ihren 80. Geburtstag im Kreis der Familie.", Options{}},
	{"ordinal Jahrhundert", "Im 19. Jahrhundert wuchs die Stadt stark.", Options{}},
	{"ordinal Jahrhundert range", "Funde aus dem 1. -3. Jahrhundert nach Christus.", Options{}},
	{"ordinal Mal", "Er gewann zum 5. Mal in Folge.", Options{}},
	{"ordinal lowercase", "Es war der 3. und letzte Versuch.", Options{}},
	{"ordinal Weltkrieg", "Nach dem 2. Weltkrieg wurde die Stadt neu aufgebaut.", Options{}},
	{"number ends sentence", "Er wurde 1990 geboren. | Dann zog er nach Berlin.", Options{}},
	{"year after bis", "Er war von 1933 bis 1945. | Politisch blieb er aktiv.", Options{}},
	{"ordinal before article", "Die Kinder lernen von der 3. bis zur 5. | Eine Pause gibt es nicht.", Options{}},
	{"thousandth", "Er feierte zum 1000. Mal.", Options{}},
	{"year before compound", "Das zeigte sich 1990. | Beispiele gibt es viele.", Options{}},
	{"ordinal before game", "Es war das 50. Länderspiel des Kapitäns.", Options{}},
	{"year ends sentence", "Er starb im Jahr 1990. | Seine Frau überlebte ihn.", Options{}},
	{"page number ends sentence", "Die Information steht auf Seite 12. | Dort kannst du nachlesen.", Options{}},
	{"amount ends sentence", "Der Dax stieg um 1,5 Prozent auf 15.000. | Die Anleger waren erleichtert.", Options{}},
	{"score ends sentence", "Das Spiel endete 2:1. | Die Fans feierten.", Options{}},
	{"date with month number", "Die Frist endet am 7.10. | Danach ist keine Anmeldung möglich.", Options{}},
	{"date mid sentence", "Die Frist endet am 7.10. um Mitternacht.", Options{}},
	{"full date", "Am 7.10.2023 begann der Angriff.", Options{}},
	{"footnote number", "Was pro Jahr10. | Zudem pro Jahr um 0.3 %11. | Der Anstieg folgt.", Options{}},

	// Quotations.
	{"closing quote after stop", "„Das ist gut.“ | Der Mann ging.", Options{}},
	{"closing quote then lowercase", "„Wir bauen das auf.“ während er sprach, ging sie.", Options{}},
	{"closing quote then comma", "„Komm her!“, rief sie und ging.", Options{}},
	{"quote inside sentence", "Er sagte: „Wir arbeiten daran.“ | Der Botschafter schwieg.", Options{}},
	{"guillemets German", "»Das ist gut.« | Der Mann ging.", Options{}},
	{"guillemets Swiss", "«Das ist gut.» | Der Mann ging.", Options{}},
	{"single quotes", "‚Das ist gut.‘ | Der Mann ging.", Options{}},
	{"straight quotes", "\"Das ist gut.\" | Der Mann ging.", Options{}},
	{"two sentences in a quote", "„Das ist gut. | Wir machen weiter.“ | Dann ging er.", Options{}},
	{"question in quote then lowercase", "„Was nun?“ fragte er leise.", Options{}},
	{"question in quote", "Sie fragte: „Wann kommst du?“ | Er schwieg.", Options{}},
	{"bracket after stop", "Ich esse das nicht (ich traue mir nicht!). | Ich kaufe es nicht.", Options{}},
	{"question in brackets", "Man habe schon 500 (verunsicherte?) Kunden abgeworben.", Options{}},
	{"bracketed sentence at the start", "(Das war vorher klar.) | Dann kam der Regen.", Options{}},
	{"bracket then lowercase", "Er ging (das war klar.) nach Hause.", Options{}},

	// Abbreviations.
	{"Hl.", "Die Hl. Messe beginnt um 10 Uhr.", Options{}},
	{"Str. before number", "Er wohnt in der Hauptstr. 5 in Köln.", Options{}},
	{"gegr.", "Der Verein wurde gegr. 1990 in Köln.", Options{}},
	{"z. B. spaced", "Es gibt z. B. Äpfel und Birnen.", Options{}},
	{"z. B. before article", "Manche Parteien, z. B. Die Linke, stimmten dagegen.", Options{}},
	{"u. a. spaced", "Es kamen u. a. Vertreter der Kirchen.", Options{}},
	{"u.a. closed", "Ich kann u.a. Spanisch sprechen.", Options{}},
	{"Dr. and Prof.", "Dr. Müller und Prof. Schmidt kamen zu spät.", Options{}},
	{"Nr. and Abs.", "Siehe Nr. 5 und Abs. 3 des Gesetzes.", Options{}},
	{"St.", "Sie wohnt in St. Pauli.", Options{}},
	{"Co. KG", "Die Müller GmbH & Co. KG meldete Insolvenz an.", Options{}},
	{"D.C.", "Er lebt in Washington, D.C. und arbeitet dort.", Options{}},
	{"bzw.", "Das gilt bzw. galt für alle Mitarbeiter.", Options{}},
	{"ca.", "Es kamen ca. 500 Menschen.", Options{}},
	{"usw. final", "Wir kaufen Äpfel, Birnen usw. | Dann gehen wir nach Hause.", Options{}},
	{"etc. final", "Es gibt Joghurt, Säfte, Käse etc. | Die Auswahl ist groß.", Options{}},
	{"Co. final", "Die Firma gehört Müller & Co. | Das Unternehmen wächst.", Options{}},
	{"month abbreviation", "Am 5. Jan. 2023 begann das Verfahren.", Options{}},
	{"initial", "Jens S. Müller ist Journalist.", Options{}},
	{"Mio. unit", "Der Schaden beträgt 3 Mio. Euro.", Options{}},
	{"Mio. final", "Der Schaden beträgt 3 Mio. | Die Versicherung zahlt.", Options{}},
	{"Art. before number", "Das regelt Art. 5 des Grundgesetzes.", Options{}},
	{"verb like an abbreviation", "Das ist eine Kollegin, die ich gerne mag. | Sie hat mal vegetarisch gelebt.", Options{}},
	{"Mag. title", "Die Rede hielt Mag. Huber aus Wien.", Options{}},
	{"Art as noun", "Das ist eine neue Art. | Sie lebt im Wald.", Options{}},
	{"Dr. med.", "Wir trafen Dr. med. Meyer in der Stadt.", Options{}},
	{"S.", "Das finden Sie auf S. 225.", Options{}},
	{"kath.", "Sie besucht eine kath. Schule.", Options{}},

	// Ellipses, question and exclamation marks.
	{"ellipsis before capital", "Er wartete… | Dann ging er.", Options{}},
	{"three dots before capital", "Er wartete... | Dann ging er.", Options{}},
	{"ellipsis mid sentence", "Er sagte … nichts mehr.", Options{}},
	{"spaced ellipsis before noun", "Wir haben … Kartoffeln gegessen.", Options{}},
	{"spaced ellipsis before opener", "Und dann … | Die Tür ging auf.", Options{}},
	{"ellipsis closing a quote", "„Ich weiß nicht …“ | Peter ging hinaus.", Options{}},
	{"adjective abbreviations", "Die bayer. Staatsregierung und die brit. Botschaft widersprachen.", Options{}},
	{"omission in brackets", "Das war […] nicht richtig.", Options{}},
	{"omission in parentheses", "Er zitierte (...) Goethe.", Options{}},
	{"question", "Wer wird Millionär? | Die Show läuft seit Jahren.", Options{}},
	{"exclamation", "Hilfe! | Ein Mann rief laut.", Options{}},
	{"exclamation lowercase", "Sie arbeitet bei Yahoo! in Berlin.", Options{}},
	{"double marks", "Wirklich?! | Das glaube ich nicht.", Options{}},
	{"emoticon", "Das war toll :-) | Morgen mehr.", Options{}},
	{"emoticon on the word", "Das Essen war top;-) | Wir kommen wieder.", Options{}},
	{"emoticon before lowercase", "Das war toll :-) und lecker.", Options{}},

	// URLs, e-mail, numbers.
	{"www URL", "Mehr unter www.spiegel.de/politik im Netz.", Options{}},
	{"https URL final", "Mehr unter https://www.tagesschau.de/inland/index.html. | Dort steht alles.", Options{}},
	{"e-mail final", "Schreiben Sie an info.redaktion@example.de. | Wir antworten schnell.", Options{}},
	{"domain", "Die Seite spiegel.de meldet das.", Options{}},
	{"thousands", "Wir haben 1.000.000 Euro.", Options{}},
	{"decimal comma", "Die Preise stiegen um 3,5 % im Jahr.", Options{}},
	{"time", "Der Zug fährt um 14.30 Uhr ab.", Options{}},
	{"missing space", "Er ging nach Hause.|Dann kam sie.", Options{}},

	// Credits, lists, lines.
	{"credit after caption", "Der Kanzler spricht in Berlin. | (Foto: dpa)", Options{}},
	{"credit without stop", "Der Kanzler spricht in Berlin (Foto: dpa)", Options{}},
	{"credit between sentences", "Der Kanzler spricht. | (Foto: dpa) | Die Regierung widerspricht.", Options{}},
	{"credit after caption without stop", "Biden trifft Kishida in Washington, D.C (Kevin Dietsch/Getty Images) | Die Gespräche dauerten zwei Stunden.", Options{}},
	{"party in brackets", "Bundeskanzler Olaf Scholz (SPD) sagte das.", Options{}},
	{"dateline", "Berlin (dpa) - Die Regierung widerspricht.", Options{}},
	{"credit before a quotation", "Scholz spricht in Berlin vor Journalisten (Foto: dpa) | „Wir handeln“, sagte er.", Options{}},
	{"dateline without dash", "Nürnberg (dpa) Torjäger Robert Vittek ist verletzt.", Options{}},
	{"numbered list", "1. Planen Sie früh! | 2. Essen Sie gesund!", Options{}},
	{"list marker at start", "1. Dies ist eine Punkteliste.", Options{}},
	{"bullets in a line", "• Äpfel und Birnen | • Kartoffeln", Options{}},
	{"headline line", "Schlagzeile ohne Punkt\n | Der Text beginnt hier.", Options{}},
	{"headline joined", "Ein Satz über\nzwei Zeilen.", Options{JoinLines: true}},
	{"blank line always", "Erster Absatz ohne Punkt\n\n | Zweiter Absatz", Options{JoinLines: true}},
	{"newline ends", "Er ging\n | nach Hause.", Options{}},
	{"soft wrap", "Er ging \nnach Hause.", Options{}},
	{"bullet line when joining", "Wir brauchen:\n | • Äpfel\n | • Birnen", Options{JoinLines: true}},
	{"no-break and thin spaces", "Er kam um 14.30\u00a0Uhr. |\u2009Dann ging er.", Options{}},
	{"colon does not end", "Er sagte: Wir kommen morgen.", Options{}},
	{"article two words back", "Er holte den insgesamt 36. Titel des Vereins.", Options{}},
	{"sogen.", "Es folgte der sogen. Schmalkaldische Krieg.", Options{}},
	{"Mill. unit", "Der Umsatz lag bei 126 Mill. Euro im Jahr.", Options{}},
	{"ordinal range with slash", "Funde aus dem 2./3. Jahrhundert zeigen das.", Options{}},
	{"brand in lower case", "Apple stellte ein neues Modell vor. | iPhone-Käufer müssen warten.", Options{}},
	{"et al. before year", "Wie Müller et al. 2005 zeigten, stimmt das.", Options{}},
	{"emoji ends review", "Kann ich nur empfehlen 😀 | Wir kommen wieder.", Options{}},
	{"GSD quotes", "Er sagte: ``Wir kommen.'' | ``Wann?'' fragte sie.", Options{}},
	{"v. Chr. final", "Das geschah um 50 v. Chr. | Die Römer kamen später.", Options{}},
	{"roman numeral lowercase", "Ludwig XIV. war König von Frankreich.", Options{}},
	{"court file number", "Das Urteil (Az. 2 BvR 859/15) ist rechtskräftig. | Die Klägerin will dennoch klagen.", Options{}},
	{"paragraph citation", "Es gilt § 5 Abs. 2 S. 1 BGB. | Gem. § 3 UrhG gilt das auch hier.", Options{}},
	{"quoted word then stop", "Er sagte, die Lage sei „sehr ernst“. | Die Regierung reagierte sofort.", Options{}},
	{"currency sign", "Das kostet 5 €. | Dafür gibt es zwei Stück.", Options{}},
	{"date in commas", "Am Mittwoch, 3.8., tagt der Rat. | Die Sitzung ist öffentlich.", Options{}},
	{"Mio. before lowercase", "In Deutschland gibt es rund 83 Mio. Einwohner. | Davon leben 3,7 Mio. in Berlin.", Options{}},
	{"thousands at end", "Die Zahl der Infizierten stieg auf 2.936. | Aktuell sind 40 Menschen erkrankt.", Options{}},
	{"street compound", "Sie wohnt in der Goethestr. 12 in Weimar.", Options{}},
	{"spaced abbreviation at end", "Das Spiel endet 1:1 n. V. | Im Elfmeterschießen gewann Köln.", Options{}},
	{"stop after bracket", "Er ist Mitglied des Bundestags (MdB). | Zuvor war er Bürgermeister.", Options{}},
	{"joined abbreviations", "Geöffnet Mo.–Fr. 9–18 Uhr.", Options{}},
	{"erm.", "Eintritt: 5 Euro, erm. 3 Euro.", Options{}},
	{"ordinal before compound", "Friedrich holt den 60. Weltcupsieg.", Options{}},
	{"ordinal before compound without article", "Friedrich holt 60. Weltcupsieg und Nolte siegt.", Options{}},
	{"minute ordinal", "Robert Lewandowski traf in der 89. Minute. | Bayern gewann.", Options{}},
	{"place number", "Damit steht der Club auf Platz 15. | Am Samstag geht es weiter.", Options{}},
	{"rank ends sentence", "Er wurde 2. | Der Sieger kam aus Kenia.", Options{}},
	{"match minutes in brackets", "Tore: 1:0 Müller (12.), 2:0 Lewandowski (34.).", Options{}},
	{"Jh.", "Das Werk erschien im 16. Jh. in Venedig.", Options{}},
	{"dash then lowercase", "Und dann – voilà! – war der Kuchen fertig.", Options{}},
	{"dash then capital", "Er ging. | – Dann kam sie.", Options{}},
}

var englishCases = []sentenceCase{
	{"Mr.", "Mr. Smith went to Washington. | He met the president.", Options{Lang: "en"}},
	{"U.S. before noun", "The U.S. Army is large.", Options{Lang: "en"}},
	{"U.S. final", "I live in the U.S. | How about you?", Options{Lang: "en"}},
	{"month abbreviation", "She was born on Jan. 5, 2000 in Ohio.", Options{Lang: "en"}},
	{"money", "It costs $3.50 today.", Options{Lang: "en"}},
	{"quote", "He said, \"Stop.\" | Then he left.", Options{Lang: "en"}},
	{"quote lowercase", "\"Stop.\" he said.", Options{Lang: "en"}},
	{"Inc. final", "He works for Apple Inc. | The company is big.", Options{Lang: "en"}},
	{"Inc. mid", "Apple Inc. reported profits.", Options{Lang: "en"}},
	{"p.", "See p. 12 for details.", Options{Lang: "en"}},
	{"p.m.", "He arrived at 5 p.m. and left.", Options{Lang: "en"}},
	{"P.M. final", "He left at 6 P.M. | Travelers who didn't get the warning at 5 P.M. left later.", Options{Lang: "en"}},
	{"p.m. before a day", "The polls close at 8 p.m. Tuesday in most states.", Options{Lang: "en"}},
	{"p.m. before a zone", "The launch is set for 5 p.m. Eastern Time on Friday.", Options{Lang: "en"}},
	{"e.g.", "Use fruit, e.g. Apples and pears.", Options{Lang: "en"}},
	{"decimal", "The ratio is 3.5 percent.", Options{Lang: "en"}},
	{"number final", "The score was 21. | Then it rained.", Options{Lang: "en"}},
	{"ellipsis", "Wait... | What happened?", Options{Lang: "en"}},
	{"question", "Is it? | Yes.", Options{Lang: "en"}},
	{"URL", "Visit example.com/page. | It is new.", Options{Lang: "en"}},
	{"initials", "J. R. R. Tolkien wrote books.", Options{Lang: "en"}},
	{"pronoun I", "You and I. | Did you see him?", Options{Lang: "en"}},
	{"St.", "He lives on St. James Street.", Options{Lang: "en"}},
	{"Dr.", "Dr. Watson arrived late.", Options{Lang: "en"}},
	{"ordinal digits do not exist", "He finished 2. | Then he retired.", Options{Lang: "en"}},
	{"vs.", "It was Smith vs. Jones in court.", Options{Lang: "en"}},
	{"verb like a day name", "He sat. | Everyone else stood.", Options{Lang: "en"}},
	{"etc. final", "We bought apples, pears, etc. | Then we left.", Options{Lang: "en"}},
	{"parenthesized items", "(a) Hello world. | (b) Hello world. | (iv) Goodbye.", Options{Lang: "en"}},
	{"initialism then pronoun", "I live in the U.S.A. | I went to J.C. Penney.", Options{Lang: "en"}},
	{"U.S. then article", "There were 500 cases in the U.S. | The U.S. Commission asked the U.S. Government.", Options{Lang: "en"}},
	{"Ltd. and Co.", "He works for ABC Ltd. and sometimes for BCD Ltd. | She works for ABC Co. and BCD Co.", Options{Lang: "en"}},
	{"i.v.", "She gave him the i.v. | It was night.", Options{Lang: "en"}},
	{"vs. and p.m.", "The game is the Giants vs. the Tigers at 10 p.m. | I'm going, are you?", Options{Lang: "en"}},
	{"no. before number", "He is no. 5, the shortstop.", Options{Lang: "en"}},
	{"letter list with parens", "a) here it is | b) another | c) one more", Options{Lang: "en"}},
	{"date", "Today is 11.18.2014.", Options{Lang: "en"}},
	{"initial as first word", "Q. What is his name? | A. His name is Alfred E. Sloan.", Options{Lang: "en"}},
	{"full-width stops", "Test strange period．|Does it segment correctly．", Options{Lang: "en"}},
	{"exclamation in dashes", "Mix it, bake it, and -- voila! -- you have a cake.", Options{Lang: "en"}},
}

func runSentenceCases(t *testing.T, cases []sentenceCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := strings.ReplaceAll(c.marked, "|", "")
			var want []string
			for p := range strings.SplitSeq(c.marked, "|") {
				if p = strings.TrimSpace(p); p != "" {
					want = append(want, p)
				}
			}
			spans := Sentences(text, c.opt)
			var got []string
			for _, sp := range spans {
				got = append(got, sp.Text(text))
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Sentences(%q, %+v)\n got: %q\nwant: %q", text, c.opt, got, want)
			}
			if err := checkSentenceInvariants(text, c.opt, spans); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestSentencesGerman(t *testing.T)  { runSentenceCases(t, germanCases) }
func TestSentencesEnglish(t *testing.T) { runSentenceCases(t, englishCases) }

func TestSentencesEmpty(t *testing.T) {
	for _, in := range []string{"", " ", "\n\n", "\u00a0\u2009\t"} {
		if got := Sentences(in, Options{}); len(got) != 0 {
			t.Errorf("Sentences(%q) = %v, want none", in, got)
		}
	}
}

func TestAppendSentencesKeepsPrefix(t *testing.T) {
	dst := []Span{{0, 1}}
	text := "Eins. Zwei."
	got := AppendSentences(dst, text, Options{})
	want := []Span{{0, 1}, {0, 5}, {6, 11}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("AppendSentences = %v, want %v", got, want)
	}
}

func TestAppendSentencesNoAllocs(t *testing.T) {
	text := "„Das ist gut.“ Der Mann ging am 31. Januar 2023 nach Hause. Dr. Müller kam z. B. auch!\nNeue Zeile. " +
		"Er holte 60. Weltcupsieg. Die U.S. Army kam um 3 p.m. an. Es gab 3 Mio. Euro usw. Dann kam er. Er wurde 2. Der Rest…"
	dst := make([]Span, 0, 16)
	allocs := testing.AllocsPerRun(100, func() {
		dst = AppendSentences(dst[:0], text, Options{})
	})
	if allocs != 0 {
		t.Errorf("AppendSentences allocated %v times per call, want 0", allocs)
	}
}

func ExampleSentences() {
	text := "„Das ist gut.“ Der Mann ging am 31. Januar 2023 nach Hause. Dr. Müller blieb."
	for _, sp := range Sentences(text, Options{Lang: "de"}) {
		fmt.Println(sp.Text(text))
	}
	// Output:
	// „Das ist gut.“
	// Der Mann ging am 31. Januar 2023 nach Hause.
	// Dr. Müller blieb.
}

// Invalid UTF-8 must neither panic nor break the invariants; the bad bytes
// stay inside sentences, as non-space characters.
func TestSentencesInvalidUTF8(t *testing.T) {
	for _, in := range []string{
		"\xff", "Er kam\xff. Dann ging er.", "„Gut.\xe2\x80“ Der Mann.", "am 3.\xc3 Januar", "\xe2\x80\xa6\xa6 A", "Dr.\xa0\xa0Müller",
		"a. \xf0\x9f\x98 B", "x\xe2. \xe2\x80\xa2 y",
	} {
		for _, opt := range []Options{{}, {JoinLines: true}, {Lang: "en"}} {
			if err := checkSentenceInvariants(in, opt, Sentences(in, opt)); err != nil {
				t.Errorf("%q %+v: %v", in, opt, err)
			}
		}
	}
	text := "Er kam\xff. Dann ging er."
	if got := len(Sentences(text, Options{})); got != 2 {
		t.Errorf("Sentences(%q) has %d sentences, want 2", text, got)
	}
}
