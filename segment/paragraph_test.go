package segment

import (
	"reflect"
	"slices"
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

// paragraphsByByte is the byte-at-a-time definition of Paragraphs, the
// oracle for the line-at-a-time implementation.
func paragraphsByByte(text string) []Span {
	var dst []Span
	start, lastEnd, lineBlank := -1, -1, true
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case '\n':
			if lineBlank && start >= 0 {
				dst = append(dst, Span{start, lastEnd})
				start = -1
			}
			lineBlank = true
		case ' ', '\t', '\r', '\v', '\f':
		default:
			if start < 0 {
				start = i
			}
			lineBlank = false
			lastEnd = i + 1
		}
	}
	if start >= 0 {
		dst = append(dst, Span{start, lastEnd})
	}
	return dst
}

func FuzzParagraphs(f *testing.F) {
	for _, s := range []string{"", "\n", "a", " a \n\n b\t\r\n", "a\n \t\nb\nc\n\n\n", "\r\n\r\nx\r\n", "x\n\f\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := Paragraphs(s), paragraphsByByte(s)
		if !slices.Equal(got, want) {
			t.Errorf("Paragraphs(%q) = %v, want %v", s, got, want)
		}
	})
}
