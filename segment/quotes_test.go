package segment

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// wantQuote is one expected quote. text is the exact span, marks included;
// at picks its occurrence in the input when the same text occurs more than
// once (0: the first). Open and Close are the first and last rune of text
// (Close empty when the quote is unbalanced).
type wantQuote struct {
	text    string
	at      int
	depth   int
	bal     bool
	kind    string
	speaker string
	full    string // "" means: same as speaker
}

type quoteCase struct {
	name  string
	lang  string
	in    string
	want  []wantQuote
	stray []string // each names a stray mark: the input up to and including it ends with this string
}

// q is a balanced quote; u an unbalanced one.
func q(text string, depth int, kind, speaker string) wantQuote {
	return wantQuote{text: text, depth: depth, bal: true, kind: kind, speaker: speaker}
}

func u(text string, depth int, kind, speaker string) wantQuote {
	return wantQuote{text: text, depth: depth, kind: kind, speaker: speaker}
}

func (w wantQuote) withFull(f string) wantQuote { w.full = f; return w }

var quoteCases = []quoteCase{
	// Speakers, German.
	{name: "colon before", in: "Kishida sagte: „Wir werden nicht nachgeben.“",
		want: []wantQuote{q("„Wir werden nicht nachgeben.“", 0, "speech", "Kishida")}},
	{name: "sagte after", in: "„Wir werden nicht nachgeben“, sagte Wakamiya.",
		want: []wantQuote{q("„Wir werden nicht nachgeben“", 0, "speech", "Wakamiya")}},
	{name: "so Reuters", in: "„Der Raum begrüßt keine Konfrontation“, so Reuters.",
		want: []wantQuote{q("„Der Raum begrüßt keine Konfrontation“", 0, "speech", "Reuters")}},
	{name: "fügte hinzu", in: "„Das liegt im Interesse Japans“, fügte Gatling hinzu.",
		want: []wantQuote{q("„Das liegt im Interesse Japans“", 0, "speech", "Gatling")}},
	{name: "interrupted", in: "„Wir werden“, sagte Kishida, „nicht nachgeben.“",
		want: []wantQuote{
			q("„Wir werden“", 0, "speech", "Kishida"),
			q("„nicht nachgeben.“", 0, "speech", "Kishida"),
		}},
	{name: "surname with particles after the verb", in: "Kommissionspräsidentin Ursula von der Leyen reiste nach Kiew.\n\n„Wir stehen an Ihrer Seite“, sagte von der Leyen.",
		want: []wantQuote{q("„Wir stehen an Ihrer Seite“", 0, "speech", "von der Leyen").withFull("Ursula von der Leyen")}},
	{name: "surname with particles opening the sentence", in: "Ursula von der Leyen reiste nach Kiew.\n\nVon der Leyen sagte: „Die Hilfe geht weiter.“",
		want: []wantQuote{q("„Die Hilfe geht weiter.“", 0, "speech", "Von der Leyen").withFull("Ursula von der Leyen")}},
	{name: "full name with particles after the verb", in: "„Nein“, sagte Karl-Theodor zu Guttenberg.",
		want: []wantQuote{q("„Nein“", 0, "speech", "Karl-Theodor zu Guttenberg")}},
	{name: "capitalized particle in a full name before the verb", in: "Louis van Gaal sagte: „Das war gut.“ Dann ging er.\n\n„Das war schlecht“, sagte van Gaal.",
		want: []wantQuote{
			q("„Das war gut.“", 0, "speech", "Louis van Gaal"),
			q("„Das war schlecht“", 0, "speech", "van Gaal").withFull("Louis van Gaal"),
		}},
	{name: "von before a place is no particle", in: "Der Präsident von Frankreich sagte: „Wir helfen.“",
		want: []wantQuote{q("„Wir helfen.“", 0, "speech", "Der Präsident von Frankreich")}},
	{name: "particles with no full name in the document make no speaker", in: "„Wir helfen“, sagte von der Leyen.",
		want: []wantQuote{q("„Wir helfen“", 0, "speech", "")}},
	{name: "surname resolved", in: "Premierminister Fumio Kishida reiste nach Brüssel.\n\n„Wir bleiben standhaft“, sagte Kishida.",
		want: []wantQuote{q("„Wir bleiben standhaft“", 0, "speech", "Kishida").withFull("Fumio Kishida")}},
	// Roles the list lacks: the name after them is the speaker, not the role.
	{name: "unlisted role before given name and surname", in: "„Wir müssen handeln“, erklärte Landrat Werner Bumeder (CSU).",
		want: []wantQuote{q("„Wir müssen handeln“", 0, "speech", "Werner Bumeder")}},
	{name: "hyphenated role before a name by its shape", in: "„Wir freuen uns“, sagte Formel-1-Boss Chase Carey.",
		want: []wantQuote{q("„Wir freuen uns“", 0, "speech", "Chase Carey")}},
	{name: "unlisted role before a surname the document gives with a given name",
		in:   "„Ja“, sagte Landrat Werner Bumeder.\n\n„Nein“, sagte Landrat Bumeder.",
		want: []wantQuote{q("„Ja“", 0, "speech", "Werner Bumeder"), q("„Nein“", 0, "speech", "Bumeder").withFull("Werner Bumeder")}},
	{name: "two given names stay with the surname", in: "„Gut“, sagte Hans Peter Müller.",
		want: []wantQuote{q("„Gut“", 0, "speech", "Hans Peter Müller")}},
	{name: "a given name by its shape stays with a known surname",
		in:   "Trainer Adi Hütter kam.\n\n„Gut“, sagte Adi Hütter.",
		want: []wantQuote{q("„Gut“", 0, "speech", "Adi Hütter")}},
	// A lede quote before the introduction: the full form may come later.
	{name: "surname resolved from a later introduction", in: "„Das bleibt ein Risiko“, sagte Grindel.\n\n" +
		"Der frühere DFB-Präsident Reinhard Grindel hat empfohlen, darüber nachzudenken.",
		want: []wantQuote{q("„Das bleibt ein Risiko“", 0, "speech", "Grindel").withFull("Reinhard Grindel")}},
	{name: "inverted after place", in: "Bei einer Presseveranstaltung in Washington sagte Tomita: „Wir arbeiten daran.“",
		want: []wantQuote{q("„Wir arbeiten daran.“", 0, "speech", "Tomita")}},
	{name: "phrase after", in: "„Wir arbeiten daran“, sagte der Botschafter.",
		want: []wantQuote{q("„Wir arbeiten daran“", 0, "speech", "der Botschafter")}},
	{name: "phrase before", in: "Der japanische Botschafter sagte: „Wir arbeiten daran.“",
		want: []wantQuote{q("„Wir arbeiten daran.“", 0, "speech", "Der japanische Botschafter")}},
	{name: "phrase with genitive", in: "Danach sagte ein Sprecher des chinesischen Außenministeriums: „Wir lehnen das ab“, so Reuters.",
		want: []wantQuote{q("„Wir lehnen das ab“", 0, "speech", "ein Sprecher des chinesischen Außenministeriums")}},
	{name: "role then name", in: "„Wir arbeiten daran“, sagte Regierungssprecher Steffen Hebestreit.",
		want: []wantQuote{q("„Wir arbeiten daran“", 0, "speech", "Steffen Hebestreit")}},
	{name: "dative listener", in: "„Wir arbeiten daran“, sagte Kishida Journalisten in Tokio.",
		want: []wantQuote{q("„Wir arbeiten daran“", 0, "speech", "Kishida")}},
	{name: "time after name", in: "„Wir arbeiten daran“, sagte Kishida am Montag in Tokio. „Es dauert.“",
		want: []wantQuote{
			q("„Wir arbeiten daran“", 0, "speech", "Kishida"),
			q("„Es dauert.“", 0, "speech", "Kishida"),
		}},
	{name: "apposition", in: "Koji Tomita, der Botschafter in den USA, sagte: „Wir arbeiten daran.“",
		want: []wantQuote{q("„Wir arbeiten daran.“", 0, "speech", "Koji Tomita")}},
	{name: "comma inside", in: "„Wir kommen,“ sagte Anna.",
		want: []wantQuote{q("„Wir kommen,“", 0, "speech", "Anna")}},
	{name: "no comma", in: "„Wir kommen wieder“ sagte Anna am Montag.",
		want: []wantQuote{q("„Wir kommen wieder“", 0, "speech", "Anna")}},
	{name: "question", in: "„Kommt ihr?“, fragte Anna.",
		want: []wantQuote{q("„Kommt ihr?“", 0, "speech", "Anna")}},
	{name: "dash so phrase", in: "„Wir kommen bald wieder“ – so die Regierung.",
		want: []wantQuote{q("„Wir kommen bald wieder“", 0, "speech", "die Regierung")}},
	{name: "hieß es", in: "Weiter hieß es: „Wir betonen mit Besorgnis die Lage.“",
		want: []wantQuote{q("„Wir betonen mit Besorgnis die Lage.“", 0, "speech", "")}},
	{name: "hieß es after", in: "„Wir kommen“, hieß es aus Regierungskreisen.",
		want: []wantQuote{q("„Wir kommen“", 0, "speech", "")}},
	{name: "pronoun resolved", in: "„Wir kommen“, sagte Kishida. „Wir bleiben lange“, fügte er hinzu.",
		want: []wantQuote{
			q("„Wir kommen“", 0, "speech", "Kishida"),
			q("„Wir bleiben lange“", 0, "speech", "Kishida"),
		}},
	{name: "pronoun alone", in: "Er sagte: „Wir kommen nicht.“",
		want: []wantQuote{q("„Wir kommen nicht.“", 0, "speech", "")}},
	{name: "pronoun plural", in: "„Wir kommen“, sagte Kishida. „Wir bleiben lange“, sagten sie.",
		want: []wantQuote{
			q("„Wir kommen“", 0, "speech", "Kishida"),
			q("„Wir bleiben lange“", 0, "speech", ""),
		}},
	{name: "partial quote in indirect speech", in: "Gatling sagte, dass eine Haltung Japans „eindeutig im Interesse der USA“ liege [and] von Japan selbst.“",
		want:  []wantQuote{q("„eindeutig im Interesse der USA“", 0, "speech", "Gatling")},
		stray: []string{"selbst.“"}},
	{name: "two partial quotes", in: "Gatling merkte an, dass das „an und für sich bedeutsam“ sei und dass „Büros helfen“. solche Aktivitäten.“",
		want: []wantQuote{
			q("„an und für sich bedeutsam“", 0, "speech", "Gatling"),
			q("„Büros helfen“", 0, "speech", "Gatling"),
		},
		stray: []string{"Aktivitäten.“"}},
	{name: "carry from previous paragraph", in: "Kenji Wakamiya sagte gegenüber Fox News über die Lage.\n\n„Das Bündnis ist wichtig.“",
		want: []wantQuote{q("„Das Bündnis ist wichtig.“", 0, "speech", "Kenji Wakamiya")}},
	{name: "no carry without speech verb", in: "Japan rüstet weiter auf.\n\n„Das Bündnis ist wichtig.“",
		want: []wantQuote{q("„Das Bündnis ist wichtig.“", 0, "speech", "")}},
	{name: "carry over caption and heading", in: "Lance Gatling, ein Planer, sagte, dass Japan aufrüste.\n\nBiden und Kishida\n\nBiden trifft Kishida. (Kevin Dietsch/Getty Images)\n\n„Im Jahr 2022 nannte die NATO China eine ‚Herausforderung‘.“",
		want: []wantQuote{
			q("„Im Jahr 2022 nannte die NATO China eine ‚Herausforderung‘.“", 0, "speech", "Lance Gatling"),
			q("‚Herausforderung‘", 1, "scare", ""),
		}},
	{name: "carry from last quote of paragraph", in: "„Wir kommen“, sagte Wakamiya.\n\n„Ich denke, dass wir bleiben.“",
		want: []wantQuote{
			q("„Wir kommen“", 0, "speech", "Wakamiya"),
			q("„Ich denke, dass wir bleiben.“", 0, "speech", "Wakamiya"),
		}},
	{name: "no carry when paragraph goes on", in: "„Wir kommen“, sagte Wakamiya. Dann reiste er ab.\n\n„Ich denke, dass wir bleiben.“",
		want: []wantQuote{
			q("„Wir kommen“", 0, "speech", "Wakamiya"),
			q("„Ich denke, dass wir bleiben.“", 0, "speech", ""),
		}},

	{name: "party role compound", in: "„Wir kommen“, sagte CDU-Chef Friedrich Merz.",
		want: []wantQuote{q("„Wir kommen“", 0, "speech", "Friedrich Merz")}},
	{name: "club's genitive before role", in: "„Wir planen mit 12.000 Zuschauern“, sagte Borussia Dortmunds Geschäftsführer Carsten Cramer dem „Tagesspiegel“.",
		want: []wantQuote{q("„Wir planen mit 12.000 Zuschauern“", 0, "speech", "Carsten Cramer"), q("„Tagesspiegel“", 0, "title", "")}},
	{name: "genitive before surname", in: "„Wir kommen wieder“, sagte Dortmunds Rose.",
		want: []wantQuote{q("„Wir kommen wieder“", 0, "speech", "Rose")}},
	{name: "unlisted given name after role", in: "„Wir waren zu ängstlich“, urteilte Bundestrainer Henk Groener.",
		want: []wantQuote{q("„Wir waren zu ängstlich“", 0, "speech", "Henk Groener")}},
	{name: "praise verb after quote", in: "Mit seiner Mannschaft sei das Arbeiten „ein Genuss“, lobte Flick.",
		want: []wantQuote{q("„ein Genuss“", 0, "speech", "Flick")}},
	{name: "praise verb before quote takes no object as speaker", in: "Der Manager lobte die Profis für ihren Verzicht: „Die Spieler wissen das.“",
		want: []wantQuote{q("„Die Spieler wissen das.“", 0, "speech", "")}},
	{name: "medium told is a title, its speaker carries on", in: "Bürgermeister Steve Adler teilte laut der „New York Times“ mit, er sei „untröstlich und fassungslos“.",
		want: []wantQuote{q("„New York Times“", 0, "title", ""), q("„untröstlich und fassungslos“", 0, "speech", "Steve Adler")}},
	{name: "told medium in the dative", in: "„Es reicht“, sagte Müller der „Süddeutschen Zeitung“.",
		want: []wantQuote{q("„Es reicht“", 0, "speech", "Müller"), q("„Süddeutschen Zeitung“", 0, "title", "")}},
	{name: "der before a quoted subject is no medium", in: "Er sagte der „Fehler“ sei behoben.",
		want: []wantQuote{q("„Fehler“", 0, "speech", "")}},
	{name: "given name from the word list", in: "„Früher hatten die Pensionäre Tränen in den Augen“, berichtet Ewald Grom, Betriebsrats-Vize im Werk.",
		want: []wantQuote{q("„Früher hatten die Pensionäre Tränen in den Augen“", 0, "speech", "Ewald Grom")}},
	{name: "laut reports is no speaker", in: "Laut US-Medienberichten besuchte er abends den Stripclub „Magic City“ in Atlanta.",
		want: []wantQuote{q("„Magic City“", 0, "scare", "")}},
	{name: "laut figures is no speaker", in: "Der Sturm „Hanna“ zog laut Behördenangaben über die Insel.",
		want: []wantQuote{q("„Hanna“", 0, "scare", "")}},
	{name: "given name in -s from the word list", in: "„Die Gründe können wir nicht akzeptieren“, meinte Tamas Rohonyi, Promoter des Grand Prix.",
		want: []wantQuote{q("„Die Gründe können wir nicht akzeptieren“", 0, "speech", "Tamas Rohonyi")}},
	{name: "genitive country before role", in: "„Wir kommen“, sagte Japans Premier Kishida.",
		want: []wantQuote{q("„Wir kommen“", 0, "speech", "Kishida")}},
	{name: "compound role before verb", in: "Regierungssprecherin Christiane Hoffmann sagte: „Wir prüfen das.“",
		want: []wantQuote{q("„Wir prüfen das.“", 0, "speech", "Christiane Hoffmann")}},
	{name: "laut name", in: "Laut Kishida ist der Plan „völlig absurd und gefährlich für alle“.",
		want: []wantQuote{q("„völlig absurd und gefährlich für alle“", 0, "speech", "Kishida")}},
	{name: "laut report is no speaker", in: "Laut einem Bericht ist der Plan „völlig absurd und gefährlich für alle“.",
		want: []wantQuote{q("„völlig absurd und gefährlich für alle“", 0, "speech", "")}},
	{name: "headline speaker", in: "Olaf Scholz: „Wir schaffen das“",
		want: []wantQuote{q("„Wir schaffen das“", 0, "speech", "Olaf Scholz")}},
	{name: "headline known surname", in: "Bundeskanzler Olaf Scholz reiste ab.\n\nScholz: „Wir schaffen das“",
		want: []wantQuote{q("„Wir schaffen das“", 0, "speech", "Scholz").withFull("Olaf Scholz")}},
	{name: "headline noun is no speaker", in: "Fazit: „Es lohnt sich.“",
		want: []wantQuote{q("„Es lohnt sich.“", 0, "speech", "")}},
	{name: "speaker in previous sentence", in: "Kishida sagte am Montag, Japan gebe nicht nach. „Wir stehen fest zu unseren Partnern.“",
		want: []wantQuote{q("„Wir stehen fest zu unseren Partnern.“", 0, "speech", "Kishida")}},
	{name: "previous sentence without speech verb", in: "Kishida reiste am Montag nach Brüssel. „Wir stehen fest zu unseren Partnern.“",
		want: []wantQuote{q("„Wir stehen fest zu unseren Partnern.“", 0, "speech", "")}},
	{name: "pronoun after other names", in: "„Wir kommen“, sagte Kishida. Biden traf Scholz. „Wir bleiben lange“, sagte er.",
		want: []wantQuote{
			q("„Wir kommen“", 0, "speech", "Kishida"),
			q("„Wir bleiben lange“", 0, "speech", ""),
		}},
	{name: "pronoun in next paragraph", in: "„Wir kommen“, sagte Kishida.\n\n„Wir bleiben lange“, sagte er.",
		want: []wantQuote{
			q("„Wir kommen“", 0, "speech", "Kishida"),
			q("„Wir bleiben lange“", 0, "speech", "Kishida"),
		}},
	{name: "newspaper compound", in: "Merz sagte der „Bild“-Zeitung, er komme.",
		want: []wantQuote{q("„Bild“", 0, "title", "")}},

	{name: "plural verb with names", in: "„Wir bleiben Partner“, sagten Kishida und Biden.",
		want: []wantQuote{q("„Wir bleiben Partner“", 0, "speech", "")}},
	{name: "plural verb before", in: "Kishida und Biden erklärten: „Wir bleiben Partner.“",
		want: []wantQuote{q("„Wir bleiben Partner.“", 0, "speech", "")}},
	{name: "plural phrase", in: "„Wir bleiben Partner“, sagten die Minister.",
		want: []wantQuote{q("„Wir bleiben Partner“", 0, "speech", "die Minister")}},
	{name: "apposition after name", in: "„Wir bleiben Partner“, sagte Kishida, der Premierminister Japans.",
		want: []wantQuote{q("„Wir bleiben Partner“", 0, "speech", "Kishida")}},
	{name: "speaker in paragraph ending with colon", in: "Der Minister sagte am Montag in Tokio:\n\n„Wir bleiben Partner.“",
		want: []wantQuote{q("„Wir bleiben Partner.“", 0, "speech", "Der Minister")}},

	{name: "object after verb", in: "CDU-Chef Friedrich Merz kritisierte den Kurs scharf: „Das ist zu wenig und zu spät.“",
		want: []wantQuote{q("„Das ist zu wenig und zu spät.“", 0, "speech", "Friedrich Merz")}},
	{name: "object phrase after verb", in: "Merz warnte die Regierung: „Das ist zu wenig und zu spät.“",
		want: []wantQuote{q("„Das ist zu wenig und zu spät.“", 0, "speech", "Merz")}},
	{name: "party role phrase", in: "„Wir müssen reden“, sagte die Grünen-Politikerin Ricarda Lang.",
		want: []wantQuote{q("„Wir müssen reden“", 0, "speech", "Ricarda Lang")}},
	{name: "particle verb phrase", in: "„Die Prüfung läuft noch“, teilte das Ministerium mit.",
		want: []wantQuote{q("„Die Prüfung läuft noch“", 0, "speech", "das Ministerium")}},
	{name: "dpa paragraph", in: "Bundeskanzler Olaf Scholz (SPD) rief zur Geduld auf. „Wir werden das gemeinsam schaffen“, sagte Scholz am Mittwoch in Berlin. Die Lage sei „ernst, aber beherrschbar“.",
		want: []wantQuote{
			q("„Wir werden das gemeinsam schaffen“", 0, "speech", "Scholz").withFull("Olaf Scholz"),
			q("„ernst, aber beherrschbar“", 0, "speech", "Scholz").withFull("Olaf Scholz"),
		}},

	{name: "age noun", in: "Als Jonas Albrecht die Zusage bekam, freute er sich. „Nach zwei Wochen hatte ich 140 Nachrichten geschrieben“, sagt der 19-Jährige.",
		want: []wantQuote{q("„Nach zwei Wochen hatte ich 140 Nachrichten geschrieben“", 0, "speech", "Jonas Albrecht")}},
	{name: "pronoun to surname met earlier", in: "Als Jonas Albrecht die Zusage bekam, freute er sich.\n\nAlbrecht hat abgelehnt. „Das geht irgendwie“, sagt er.",
		want: []wantQuote{q("„Das geht irgendwie“", 0, "speech", "Albrecht").withFull("Jonas Albrecht")}},
	{name: "pronoun to the one person of the paragraph", in: "Bundesgesundheitsminister Dr. Frank Vogel (SPD) verteidigte die Erhöhung. „Wir haben Reformen auf den Weg gebracht“, sagte er.",
		want: []wantQuote{q("„Wir haben Reformen auf den Weg gebracht“", 0, "speech", "Frank Vogel")}},
	{name: "heading words are no person", in: "Marode Schulgebäude\n\nWenn Katrin Sommer das Schulgebäude betritt, geht sie in den Keller. »Das ist Routine«, sagt sie.",
		want: []wantQuote{q("»Das ist Routine«", 0, "speech", "Katrin Sommer")}},
	{name: "pronoun with two persons", in: "Olaf Scholz traf Friedrich Merz in Berlin. „Wir reden weiter miteinander“, sagte er.",
		want: []wantQuote{q("„Wir reden weiter miteinander“", 0, "speech", "")}},
	{name: "pronoun to initial", in: "Gertrud K. will jetzt klagen. Ihr Enkel hat einen Anwalt. „Ich wohne hier seit 46 Jahren“, sagt sie leise.",
		want: []wantQuote{q("„Ich wohne hier seit 46 Jahren“", 0, "speech", "Gertrud K.")}},
	{name: "pronoun to the person of the nearest sentence", in: "Die Grünen-Chefin Ricarda Lang hatte den Plan gelobt. Am Abend meldete sich Markus Blume zu Wort. „Das ändert nichts“, sagte er.",
		want: []wantQuote{q("„Das ändert nichts“", 0, "speech", "Markus Blume")}},
	{name: "pronoun past a sentence without a person", in: "Der Leiter der Behörde, Alois Lanz, verteidigte die Praktikanten. Sie hätten in mehreren Lokalen gefeiert. „Das haben wir alle gemacht“, sagte er.",
		want: []wantQuote{q("„Das haben wir alle gemacht“", 0, "speech", "Alois Lanz")}},
	{name: "pronoun with two persons in the nearest sentence", in: "Markus Blume war schon gegangen. Olaf Scholz traf Friedrich Merz in Berlin. „Wir reden weiter“, sagte er.",
		want: []wantQuote{q("„Wir reden weiter“", 0, "speech", "")}},
	{name: "sie is not a man", in: "Der Moderator Stephen Colbert begrüßte die Aktivistin. Auf die Frage von Stephen Colbert antwortete sie: „Das bedarf keiner Erklärung.“",
		want: []wantQuote{q("„Das bedarf keiner Erklärung.“", 0, "speech", "")}},
	{name: "sie to the woman of two persons", in: "Mitte Mai hat Stefanie Kramer erfahren, dass sie die Nachfolge von Thomas Feller antritt. „Privat muss ich noch ankommen“, erklärt sie.",
		want: []wantQuote{q("„Privat muss ich noch ankommen“", 0, "speech", "Stefanie Kramer")}},
	{name: "er is not a woman", in: "Angela Merkel hat den Saal verlassen. „Wir bleiben dabei“, sagte er.",
		want: []wantQuote{q("„Wir bleiben dabei“", 0, "speech", "")}},
	{name: "pronoun not past an unnamed speaker", in: "Bill Clinton sagte die Reise ab. „Das Angebot liegt vor“, erklärte ein Sprecher. Der Konflikt ist alt. „Leider gibt es keine Lösung“, sagte er.",
		want: []wantQuote{
			q("„Das Angebot liegt vor“", 0, "speech", "ein Sprecher"),
			q("„Leider gibt es keine Lösung“", 0, "speech", ""),
		}},
	{name: "pronoun is not the person named after it", in: "Im Mai hatte der Vorstand Kalbitz aus der Partei geworfen. Als Grund gab er an, Kalbitz habe „frühere Mitgliedschaften in rechtsextremen Gruppen verschwiegen“.",
		want: []wantQuote{q("„frühere Mitgliedschaften in rechtsextremen Gruppen verschwiegen“", 0, "speech", "")}},
	{name: "no double name after a determiner", in: "Der Sänger nannte Ihren Lieblings-Songs nicht. „Das bleibt geheim“, sagte er.",
		want: []wantQuote{q("„Das bleibt geheim“", 0, "speech", "")}},
	{name: "headline phrase", in: "Eine Sprecherin: „Wir nehmen solche Hinweise sehr ernst.“",
		want: []wantQuote{q("„Wir nehmen solche Hinweise sehr ernst.“", 0, "speech", "Eine Sprecherin")}},
	{name: "headline with initial and age", in: "Nachbar Dieter W. (67): „Ich habe mir einen Radiator gekauft.“",
		want: []wantQuote{q("„Ich habe mir einen Radiator gekauft.“", 0, "speech", "Dieter W.")}},
	{name: "academic titles", in: "„Wir erleben eine soziale Auslese“, sagt Prof. Dr. Ulrike Brandt, Bildungsforscherin an der Universität Kassel.",
		want: []wantQuote{q("„Wir erleben eine soziale Auslese“", 0, "speech", "Ulrike Brandt")}},
	{name: "double-barrelled surname", in: "„Die Versicherten zahlen die Zeche“, sagte die Vorstandsvorsitzende Doris Pfeiffer-Lang.",
		want: []wantQuote{q("„Die Versicherten zahlen die Zeche“", 0, "speech", "Doris Pfeiffer-Lang")}},
	{name: "name in apposition", in: "»Ohne Hilfe schaffen wir das nicht«, sagt die Vorsitzende der Kultusministerkonferenz, die hessische Ministerin Dr. Sabine Krüger (CDU).",
		want: []wantQuote{q("»Ohne Hilfe schaffen wir das nicht«", 0, "speech", "Sabine Krüger")}},
	{name: "brackets before verb", in: "Mietrechtsanwalt Dr. Thomas Bergmann (Dortmund) erklärt: „Mieter dürfen die Miete mindern.“",
		want: []wantQuote{q("„Mieter dürfen die Miete mindern.“", 0, "speech", "Thomas Bergmann")}},
	{name: "subject with place", in: "Das Handelsministerium in Peking kündigte an, „alle notwendigen Maßnahmen“ zu ergreifen.",
		want: []wantQuote{q("„alle notwendigen Maßnahmen“", 0, "speech", "Das Handelsministerium in Peking")}},
	{name: "role adjective and name", in: "«Der Gotthard ist unsere wichtigste Verbindung», sagt der Tessiner Staatsrat Claudio Zali.",
		want: []wantQuote{q("«Der Gotthard ist unsere wichtigste Verbindung»", 0, "speech", "Claudio Zali")}},

	{name: "attribution later in the sentence", in: "Der Bund müsse sich »dauerhaft und erheblich« an der Sanierung beteiligen, heißt es darin.",
		want: []wantQuote{q("»dauerhaft und erheblich«", 0, "speech", "")}},
	{name: "speaker later in the sentence", in: "Die Lage sei „ernst, aber beherrschbar“ und werde besser, sagte Scholz.",
		want: []wantQuote{q("„ernst, aber beherrschbar“", 0, "speech", "Scholz")}},
	{name: "subjunctive needs the attribution right before", in: "„Wir kommen“, sagte Scholz. Dann regnete es. Die Lage sei „ernst“.",
		want: []wantQuote{
			q("„Wir kommen“", 0, "speech", "Scholz"),
			q("„ernst“", 0, "scare", ""),
		}},
	{name: "subjunctive after a quote ending its sentence", in: "Kishida sagte: „Wir geben nicht nach.“ Die Lage sei „ernst“.",
		want: []wantQuote{
			q("„Wir geben nicht nach.“", 0, "speech", "Kishida"),
			q("„ernst“", 0, "speech", "Kishida"),
		}},
	{name: "indicative is no reported speech", in: "„Wir kommen“, sagte Scholz. Die Lage ist „ernst“.",
		want: []wantQuote{
			q("„Wir kommen“", 0, "speech", "Scholz"),
			q("„ernst“", 0, "scare", ""),
		}},

	// Spans over sentences and paragraphs.
	{name: "several sentences", in: "„Bisher war es so. Jetzt, da alles anders ist, ändert sich das.“, sagte Gatling.",
		want: []wantQuote{q("„Bisher war es so. Jetzt, da alles anders ist, ändert sich das.“", 0, "speech", "Gatling")}},
	{name: "over paragraphs", in: "„Erster Absatz.\n\n„Zweiter Absatz.\n\n„Dritter Absatz.“, sagte Tomita.",
		want: []wantQuote{q("„Erster Absatz.\n\n„Zweiter Absatz.\n\n„Dritter Absatz.“", 0, "speech", "Tomita")}},
	{name: "over paragraphs with nested", in: "„Erster ‚Teil‘ hier.\n\n„Zweiter Teil.“",
		want: []wantQuote{
			q("„Erster ‚Teil‘ hier.\n\n„Zweiter Teil.“", 0, "speech", ""),
			q("‚Teil‘", 1, "scare", ""),
		}},
	{name: "paragraphs never closed", in: "„Erster Absatz ohne Ende.\n\n„Zweiter Absatz ohne Ende.",
		want: []wantQuote{
			u("„Erster Absatz ohne Ende.", 0, "speech", ""),
			u("„Zweiter Absatz ohne Ende.", 0, "speech", ""),
		}},
	{name: "closed paragraphs stay apart", in: "„Wir kommen morgen.“\n\n„Wir bleiben lange.“",
		want: []wantQuote{
			q("„Wir kommen morgen.“", 0, "speech", ""),
			q("„Wir bleiben lange.“", 0, "speech", ""),
		}},

	// Unbalanced and stray marks.
	{name: "stray closer after quote", in: "„Wir bauen ein Netz auf.“ während das Bündnis steht.“",
		want:  []wantQuote{q("„Wir bauen ein Netz auf.“", 0, "speech", "")},
		stray: []string{"steht.“"}},
	{name: "unclosed ends at paragraph", in: "Er rief „Wir kommen morgen wieder.\n\nNeuer Absatz mit „Zitat“.",
		want: []wantQuote{
			u("„Wir kommen morgen wieder.", 0, "speech", ""),
			q("„Zitat“", 0, "scare", ""),
		}},
	{name: "unclosed does not swallow", in: "„Erstes Zitat ohne Ende.\n\nZweiter Absatz mit „richtigem Zitat“, sagte Tomita.",
		want: []wantQuote{
			u("„Erstes Zitat ohne Ende.", 0, "speech", ""),
			q("„richtigem Zitat“", 0, "speech", "Tomita"),
		}},
	{name: "unclosed ends at line with full stop", in: "„Erster Satz ohne Ende.\nZweite Zeile ohne Zitat.\nDritte „Zeile“.",
		want: []wantQuote{
			u("„Erster Satz ohne Ende.", 0, "speech", ""),
			q("„Zeile“", 0, "scare", ""),
		}},
	{name: "wrapped line inside quote", in: "„Wir kommen\nmorgen wieder“, sagte\nKishida.",
		want: []wantQuote{q("„Wir kommen\nmorgen wieder“", 0, "speech", "Kishida")}},
	{name: "unclosed over wrapped line", in: "Er rief „Wir kommen\nmorgen wieder\n\nNeuer Absatz.",
		want: []wantQuote{u("„Wir kommen\nmorgen wieder", 0, "speech", "")}},
	// An unclosed mark makes its paragraph be read line by line: a pair
	// across a line that ends a sentence is lost then (the price of not
	// letting one mark take the rest of a text without blank lines).
	{name: "unclosed splits lines", in: "„Er sagte ‚nein.\nDann ging‘ er.",
		want: []wantQuote{
			u("„Er sagte ‚nein.", 0, "speech", ""),
			u("‚nein.", 1, "speech", ""),
		},
		stray: []string{"ging‘"}},
	{name: "balanced pair across sentence line", in: "„Er sagte nein.\nDann ging er.“",
		want: []wantQuote{q("„Er sagte nein.\nDann ging er.“", 0, "speech", "")}},
	{name: "unclosed inner ends with outer", in: "„Er sagte ‚nein und ging.“",
		want: []wantQuote{
			q("„Er sagte ‚nein und ging.“", 0, "speech", ""),
			u("‚nein und ging.", 1, "speech", ""),
		}},
	{name: "doubled opener", in: "„„Wir kommen“, sagte Kishida.",
		want:  []wantQuote{q("„Wir kommen“", 0, "speech", "Kishida")},
		stray: []string{"„"}},
	{name: "doubled opener with space", in: "„ „Wir kommen“, sagte Kishida.",
		want:  []wantQuote{q("„Wir kommen“", 0, "speech", "Kishida")},
		stray: []string{"„"}},
	{name: "opener at paragraph end", in: "Er sagte „\n\nund ging.",
		stray: []string{"„"}},
	{name: "nested closers together", in: "„Wir sind ‚bereit‘“, sagte Anna.",
		want: []wantQuote{
			q("„Wir sind ‚bereit‘“", 0, "speech", "Anna"),
			q("‚bereit‘", 1, "scare", ""),
		}},
	{name: "straight inside low", in: "„Er sagte \"nein\" und ging“, schrieb Kafka.",
		want: []wantQuote{
			q("„Er sagte \"nein\" und ging“", 0, "speech", "Kafka"),
			q("\"nein\"", 1, "scare", ""),
		}},
	{name: "English pair nested in German", in: "„Er sagte “nein” und ging“, schrieb Kafka.",
		want: []wantQuote{
			q("„Er sagte “nein” und ging“", 0, "speech", "Kafka"),
			q("“nein”", 1, "scare", ""),
		}},
	{name: "navigation arrows", in: "Weiter » Politik\n\nMehr lesen »",
		stray: []string{"Weiter »", "lesen »"}},
	{name: "lone English opener in German", in: "“ Hallo",
		stray: []string{"“"}},
	{name: "closer only", in: "Das war es.“ Und dann ging er.”",
		stray: []string{"es.“", "er.”"}},
	{name: "low comma", in: "Wort‚ noch ein Wort",
		stray: []string{"Wort‚"}},

	// Book and Swiss styles.
	{name: "book style", in: "»Komm her«, sagte Anna.",
		want: []wantQuote{q("»Komm her«", 0, "speech", "Anna")}},
	{name: "book nested", in: "»Er rief ›Halt‹ und lief davon«, schrieb Kafka.",
		want: []wantQuote{
			q("»Er rief ›Halt‹ und lief davon«", 0, "speech", "Kafka"),
			q("›Halt‹", 1, "scare", ""),
		}},
	{name: "swiss", in: "«Wir sind bereit», sagte Keller-Sutter.",
		want: []wantQuote{q("«Wir sind bereit»", 0, "speech", "Keller-Sutter")}},
	{name: "swiss nested", in: "«Das ist ‹unerhört›, wirklich», sagte Meier.",
		want: []wantQuote{
			q("«Das ist ‹unerhört›, wirklich»", 0, "speech", "Meier"),
			q("‹unerhört›", 1, "scare", ""),
		}},
	{name: "swiss number", in: "Die Stadt hat 1'250 Einwohner und 3’400 Hunde."},

	// Mixed and straight marks.
	{name: "low then straight", in: "„Wir kommen\", sagte Kishida.",
		want: []wantQuote{q("„Wir kommen\"", 0, "speech", "Kishida")}},
	{name: "low then English closer", in: "„Wir kommen”, sagte Kishida.",
		want: []wantQuote{q("„Wir kommen”", 0, "speech", "Kishida")}},
	{name: "straight", in: "\"Wir kommen\", sagte Kishida.",
		want: []wantQuote{q("\"Wir kommen\"", 0, "speech", "Kishida")}},
	{name: "straight nested single", in: "\"Er sagte 'nein' und ging\", sagte Kishida.",
		want: []wantQuote{
			q("\"Er sagte 'nein' und ging\"", 0, "speech", "Kishida"),
			q("'nein'", 1, "scare", ""),
		}},
	{name: "inches", in: "Ein 12\" Display und ein 5\"3 Rahmen."},
	{name: "English pair in German text", in: "Er nannte es “Unsinn”.",
		want: []wantQuote{q("“Unsinn”", 0, "scare", "")}},
	{name: "two German scare quotes", in: "Das ist „gut“ und „das auch“.",
		want: []wantQuote{
			q("„gut“", 0, "scare", ""),
			q("„das auch“", 0, "scare", ""),
		}},

	// Apostrophes.
	{name: "German apostrophes", in: "Wie geht’s? So ’n Quatsch, sagte O’Neill über Kishida’s Plan."},
	{name: "genitive apostrophes", in: "Hans’ Buch und Andreas' Auto und Max‘ Rad."},
	{name: "wrong-shaped closer is stray", in: "Das war ‚gut‘ und dann nein‘ gesagt.",
		want:  []wantQuote{q("‚gut‘", 0, "scare", "")},
		stray: []string{"nein‘"}},
	{name: "elisions straight", in: "So 'ne Sache und 's Wirtshaus in den '90ern."},
	{name: "minutes", in: "In der 90' fiel das Tor, im Jahr 1980’ auch."},
	{name: "weak opener dropped", in: "Die 'Sache ist gut."},
	{name: "apostrophe inside single quote", in: "„Er las ‚Andreas’ Buch‘ gestern“, sagte Meier.",
		want: []wantQuote{
			q("„Er las ‚Andreas’ Buch‘ gestern“", 0, "speech", "Meier"),
			q("‚Andreas’ Buch‘", 1, "scare", ""),
		}},

	// Titles and scare quotes.
	{name: "book title", in: "In seinem Buch „Die Welt von gestern“ beschreibt Zweig Wien.",
		want: []wantQuote{q("„Die Welt von gestern“", 0, "title", "")}},
	{name: "film title", in: "Der Film »Das Boot« lief gestern.",
		want: []wantQuote{q("»Das Boot«", 0, "title", "")}},
	{name: "newspaper title", in: "Das berichtete die Zeitung „Yomiuri Shimbun“ am Montag.",
		want: []wantQuote{q("„Yomiuri Shimbun“", 0, "title", "")}},
	{name: "programme title in compound", in: "Das Bund-Länder-Programm „Junges Wohnen“ sollte Plätze schaffen.",
		want: []wantQuote{q("„Junges Wohnen“", 0, "title", "")}},
	{name: "storm name", in: "Das Sturmtief „Jördis“ hat den Norden getroffen.",
		want: []wantQuote{q("„Jördis“", 0, "title", "")}},
	{name: "news site's name", in: "Das berichtete die Nachrichtenseite „ynet“ am Abend.",
		want: []wantQuote{q("„ynet“", 0, "title", "")}},
	{name: "band's name", in: "Danach spielte die Band »Die Ärzte« bis Mitternacht.",
		want: []wantQuote{q("»Die Ärzte«", 0, "title", "")}},
	{name: "broadcaster in compound", in: "Wie der Radiosender „Ö1“ meldete, wurde die Bar geschlossen.",
		want: []wantQuote{q("„Ö1“", 0, "title", "")}},
	{name: "colon after newspaper opens speech", in: "Kishida sagte der Zeitung: „Wir werden nicht nachgeben.“",
		want: []wantQuote{q("„Wir werden nicht nachgeben.“", 0, "speech", "Kishida")}},
	{name: "colon after study opens speech", in: "In der Studie heißt es: „Die Lage ist ernst.“",
		want: []wantQuote{q("„Die Lage ist ernst.“", 0, "speech", "")}},
	{name: "colon after Titel keeps the title", in: "Der Film lief unter dem Titel: „Mutterherz“.",
		want: []wantQuote{q("„Mutterherz“", 0, "title", "")}},
	{name: "colon after a work keeps the title", in: "Sie erzählt davon in ihrem längsten Gedicht: „Blutstränen im Winter“.",
		want: []wantQuote{q("„Blutstränen im Winter“", 0, "title", "")}},
	{name: "colon after a broadcaster opens speech", in: "Der Minister sagte dem Nachrichtensender: „Wir bleiben hart.“",
		want: []wantQuote{q("„Wir bleiben hart.“", 0, "speech", "Der Minister")}},
	{name: "example is no title", in: "Zum Beispiel „Nein“ sagen lernen.",
		want: []wantQuote{q("„Nein“", 0, "scare", "")}},
	{name: "newsletter title", in: "Abonnieren Sie den Newsletter «NZZ Briefing» und lesen Sie mehr.",
		want: []wantQuote{q("«NZZ Briefing»", 0, "title", "")}},
	{name: "scare", in: "Die sogenannte „Zeitenwende“ ist vorbei.",
		want: []wantQuote{q("„Zeitenwende“", 0, "scare", "")}},
	{name: "headline scare", in: "Japans Budget macht einen Unterschied, „keine ernsthafte Diskussion“ über Atomwaffen",
		want: []wantQuote{q("„keine ernsthafte Diskussion“", 0, "scare", "")}},
	{name: "long unattributed", in: "Auf dem Plakat stand „Wir bleiben hier und lassen uns nicht vertreiben“ in roter Schrift.",
		want: []wantQuote{q("„Wir bleiben hier und lassen uns nicht vertreiben“", 0, "speech", "")}},

	// English.
	{name: "en said after", lang: "en", in: "“We will not give in,” said Kishida.",
		want: []wantQuote{q("“We will not give in,”", 0, "speech", "Kishida")}},
	{name: "en subject first", lang: "en", in: "“We will not give in,” Kishida said.",
		want: []wantQuote{q("“We will not give in,”", 0, "speech", "Kishida")}},
	{name: "en title and name", lang: "en", in: "“It works,” said Prime Minister Fumio Kishida.",
		want: []wantQuote{q("“It works,”", 0, "speech", "Fumio Kishida")}},
	{name: "en nested", lang: "en", in: "“He called it ‘a systemic challenge’ yesterday,” she said.",
		want: []wantQuote{
			q("“He called it ‘a systemic challenge’ yesterday,”", 0, "speech", ""),
			q("‘a systemic challenge’", 1, "scare", ""),
		}},
	{name: "en apostrophes", lang: "en", in: "“Kishida’s plan isn’t new,” he added.",
		want: []wantQuote{q("“Kishida’s plan isn’t new,”", 0, "speech", "")}},
	{name: "en rock n roll", lang: "en", in: "They played Rock ’n’ Roll and rock 'n' roll all night."},
	{name: "en nineties", lang: "en", in: "In the ’90s the ‘new economy’ boomed.",
		want: []wantQuote{q("‘new economy’", 0, "scare", "")}},
	{name: "en with German marks", lang: "en", in: "„Wir kommen“, said Kishida.",
		want: []wantQuote{q("„Wir kommen“", 0, "speech", "Kishida")}},
	{name: "en according to", lang: "en", in: "“The talks have failed,” according to Reuters.",
		want: []wantQuote{q("“The talks have failed,”", 0, "speech", "Reuters")}},
	{name: "en told", lang: "en", in: "Biden told reporters: “We will see.”",
		want: []wantQuote{q("“We will see.”", 0, "speech", "Biden")}},
	{name: "en pronoun resolved", lang: "en", in: "“We stay,” said Kishida. “We stay long,” he added.",
		want: []wantQuote{
			q("“We stay,”", 0, "speech", "Kishida"),
			q("“We stay long,”", 0, "speech", "Kishida"),
		}},
}

func TestQuotes(t *testing.T) {
	for _, tc := range quoteCases {
		t.Run(tc.name, func(t *testing.T) {
			got, stray := Quotes(tc.in, tc.lang)
			checkQuotes(t, tc, got, stray)
		})
	}
}

func checkQuotes(t *testing.T, tc quoteCase, got []Quote, stray []int) {
	t.Helper()
	in := tc.in
	if len(got) != len(tc.want) {
		t.Errorf("got %d quotes, want %d:\n%s", len(got), len(tc.want), dumpQuotes(in, got))
		return
	}
	for i, w := range tc.want {
		g := got[i]
		start := nthIndex(in, w.text, w.at)
		if start < 0 {
			t.Fatalf("bad test: %q not in input", w.text)
		}
		end := start + len(w.text)
		open, _ := utf8.DecodeRuneInString(w.text)
		wantClose := ""
		if w.bal {
			_, n := utf8.DecodeLastRuneInString(w.text)
			wantClose = w.text[len(w.text)-n:]
		}
		full := w.full
		if full == "" {
			full = w.speaker
		}
		if g.Start != start || g.End != end {
			t.Errorf("quote %d = [%d,%d) %q, want [%d,%d) %q", i, g.Start, g.End, g.Text(in), start, end, w.text)
		}
		if g.Open != string(open) || g.Close != wantClose {
			t.Errorf("quote %d marks = %q %q, want %q %q", i, g.Open, g.Close, string(open), wantClose)
		}
		if g.Depth != w.depth || g.Balanced != w.bal {
			t.Errorf("quote %d %q depth, balanced = %d, %v, want %d, %v", i, w.text, g.Depth, g.Balanced, w.depth, w.bal)
		}
		if g.Kind != w.kind {
			t.Errorf("quote %d %q kind = %q, want %q", i, w.text, g.Kind, w.kind)
		}
		if g.Speaker != w.speaker || g.SpeakerFull != full {
			t.Errorf("quote %d %q speaker = %q (full %q), want %q (full %q)", i, w.text, g.Speaker, g.SpeakerFull, w.speaker, full)
		}
		checkMention(t, in, g)
	}
	var wantStray []int
	for _, s := range tc.stray {
		i := strings.Index(in, s)
		if i < 0 {
			t.Fatalf("bad test: stray context %q not in input", s)
		}
		_, n := utf8.DecodeLastRuneInString(s)
		wantStray = append(wantStray, i+len(s)-n)
	}
	if fmt.Sprint(stray) != fmt.Sprint(wantStray) {
		t.Errorf("stray = %v, want %v", stray, wantStray)
	}
}

// checkMention asserts that the speaker offsets point at the speaker.
func checkMention(t *testing.T, in string, g Quote) {
	t.Helper()
	if g.Speaker == "" {
		if g.SpeakerStart != -1 || g.SpeakerEnd != -1 || g.SpeakerFull != "" {
			t.Errorf("quote %q: no speaker but mention [%d,%d) full %q", g.Text(in), g.SpeakerStart, g.SpeakerEnd, g.SpeakerFull)
		}
		return
	}
	if g.SpeakerStart < 0 || g.SpeakerEnd > len(in) || in[g.SpeakerStart:g.SpeakerEnd] != g.Speaker {
		t.Errorf("quote %q: speaker %q at [%d,%d) does not match the text", g.Text(in), g.Speaker, g.SpeakerStart, g.SpeakerEnd)
	}
}

func nthIndex(s, sub string, n int) int {
	off := 0
	for {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			return -1
		}
		if n == 0 {
			return off + i
		}
		n--
		off += i + len(sub)
	}
}

func dumpQuotes(in string, qs []Quote) string {
	var b strings.Builder
	for _, q := range qs {
		fmt.Fprintf(&b, "\t[%d,%d) d%d bal=%v %s speaker=%q full=%q %q\n", q.Start, q.End, q.Depth, q.Balanced, q.Kind, q.Speaker, q.SpeakerFull, q.Text(in))
	}
	return b.String()
}
