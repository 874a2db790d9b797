package segment

import (
	"reflect"
	"testing"
)

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"blank only", " \n\t\n", nil},
		{"one", "Der Mann ging.", []string{"Der Mann ging."}},
		{"single newline stays", "Titel\nDer Mann ging.\n", []string{"Titel\nDer Mann ging."}},
		{"blank line splits", "Titel\n\nDer Mann ging.", []string{"Titel", "Der Mann ging."}},
		{"spaces on blank line", "Eins.  \n \t \nZwei.", []string{"Eins.", "Zwei."}},
		{"crlf", "Eins.\r\n\r\nZwei.\r\n", []string{"Eins.", "Zwei."}},
		{"many blanks", "\n\n\nEins.\n\n\n\nZwei.\n\n", []string{"Eins.", "Zwei."}},
		{"umlauts", "Über Nacht\n\nGrüße", []string{"Über Nacht", "Grüße"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range Paragraphs(tt.in) {
				got = append(got, p.Text(tt.in))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Paragraphs(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
