package corpus

import (
	"testing"
	"unicode/utf8"
)

// FuzzRuneCount checks runeCount against utf8.RuneCountInString on any
// bytes, invalid UTF-8 included.
func FuzzRuneCount(f *testing.F) {
	for _, s := range []string{"", "abc", "Größe und Übermaß im Jahr 2024.", "0123456\xc3", "01234567\xe2\x80\x9e", "abcdefg\xff\xfe", "\x80\x80\x80\x80\x80\x80\x80\x80\x80", "€uro€uro€uro", "1234567\U0001F600890"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("runeCount(%q) = %d, want %d", s, got, want)
		}
	})
}
