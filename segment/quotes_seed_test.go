package segment

import (
	"os"
	"path/filepath"
	"testing"
)

// The two real seed articles, scraped and machine-translated German news with
// the flaws that come with it: closing marks with no opener, a quote split
// by a stray paragraph of indirect speech, headings and photo captions
// between a speaker and their quote.
func TestQuotesSeeds(t *testing.T) {
	tests := []quoteCase{
		{
			name: "000_6d3a47c650f2fa95.txt",
			want: []wantQuote{
				// Speaker from the paragraph before: "… Kenji Wakamiya sagte gegenüber Fox News Digital …"
				q("„Das Bündnis zwischen den USA und Japan bildet den Kern von Japans Ansatz zur nationalen Sicherheit. Als Reaktion auf das sich verändernde internationale Klima halte ich es für von großer Bedeutung, durch eine Vertiefung der Zusammenarbeit mit der NATO, insbesondere in Europa, ein vielschichtiges Sicherheitsnetzwerk aufzubauen.“", 0, "speech", "Kenji Wakamiya"),
				q("„Wie die Vertiefung der NATO-Beziehungen wird die Vertiefung der Beziehungen zu Australien, Neuseeland und Südkorea das Sicherheitsnetzwerk im Indischen Ozean, im Südchinesischen Meer, im Ostchinesischen Meer und im Pazifischen Ozean stärken“", 0, "speech", "Wakamiya").withFull("Kenji Wakamiya"),
				q("„Für Japan ist es von großer Bedeutung, diese Beziehungen zu stärken.“", 0, "speech", "Wakamiya").withFull("Kenji Wakamiya"),
				q("„Ich denke, dass Länder, die versuchen, den Status quo mit Gewalt zu ändern, nicht mit einem einzelnen Land allein konfrontiert werden sollten, sondern durch den Aufbau eines vielschichtigen Sicherheitsnetzwerks abgeschreckt werden sollten, um ein breiteres Sicherheitsnetz bereitzustellen.“", 0, "speech", "Wakamiya").withFull("Kenji Wakamiya"),
				// "sagte ein Sprecher des chinesischen Außenministeriums: „…“, so Reuters": Reuters is the source.
				q("„Der asiatisch-pazifische Raum begrüßt keine Gruppenkonfrontation und keine militärische Konfrontation“", 0, "speech", "ein Sprecher des chinesischen Außenministeriums"),
				// Speaker three paragraphs up, past a heading and a photo caption.
				q("„Im Jahr 2022 bezeichnete die NATO China in ihrem neuesten strategischen Konzept ausdrücklich als ‚systemische Herausforderung‘ und lud Japan, Südkorea, Neuseeland und Australien zum NATO-Gipfel ein und bezeichnete sie als ‚Indopazifik-Partner‘.“", 0, "speech", "Lance Gatling"),
				q("‚systemische Herausforderung‘", 1, "scare", ""),
				q("‚Indopazifik-Partner‘", 1, "scare", ""),
				q("„an und für sich lediglich eine Art symbolischer, aber dennoch bedeutsamer Schritt ist, wenn ihm Maßnahmen mit zunehmendem Engagement, Komplexität und Schwierigkeit folgen“", 0, "speech", "Gatling").withFull("Lance Gatling"),
				q("„Verbindungsbüros bei der Planung und Koordinierung helfen“", 0, "speech", "Gatling").withFull("Lance Gatling"),
				q("„keine ernsthafte Diskussion“", 0, "scare", ""),
				q("„eindeutig im Interesse der Vereinigten Staaten“", 0, "speech", "Gatling").withFull("Lance Gatling"),
				q("„Japan hat den Konsens, eine Fähigkeit zum Gegenschlag anzustreben“", 0, "speech", "Gatling").withFull("Lance Gatling"),
				q("„Bisher beschaffte es nur Waffen, die einer rein defensiven Rolle dienten, was bedeutete, dass die US-Streitkräfte die volle Verantwortung für alle Angriffsmaßnahmen trugen, wenn diese befohlen wurden. Jetzt, da die Selbstverteidigungskräfte für den Notfall Langstrecken-Gegenschlagwaffen einführen, Japan und die USA können sich die Gegenangriffsmissionen aufteilen.“", 0, "speech", "Gatling").withFull("Lance Gatling"),
				q("„Das liegt eindeutig im Interesse der Vereinigten Staaten und, würde ich behaupten, Japans selbst“", 0, "speech", "Gatling").withFull("Lance Gatling"),
				q("„Ich glaube, dass die breite Unterstützung, die erforderlich ist, um einen japanischen Konsens zu einer solchen Haltung zu erreichen, ein wichtiges Ereignis in der japanischen Landesverteidigung ist, das die Sicherheit sowohl Japans als auch der Vereinigten Staaten erhöht.“", 0, "speech", "Gatling").withFull("Lance Gatling"),
			},
			stray: []string{
				"nationalen Sicherheitspolitik steht.“",
				"helfen“. solche Aktivitäten.“",
				"[and] von Japan selbst.“",
			},
		},
		{
			name: "001_05c1183762590607.txt",
			want: []wantQuote{
				q("„Wir arbeiten in dieser Richtung.“", 0, "speech", "Tomita").withFull("Koji Tomita"),
				// "Weiter hieß es:" — speech, but no person.
				q("„Wir betonen mit Besorgnis die wachsende militärische Zusammenarbeit Russlands mit China, auch durch gemeinsame Operationen und Übungen in der Nähe Japans.“", 0, "speech", ""),
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("..", "testdata", "articles", tc.name))
			if err != nil {
				t.Fatal(err)
			}
			tc.in = string(b)
			got, stray := Quotes(tc.in, "de")
			checkQuotes(t, tc, got, stray)
		})
	}
}
