package corpus

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// FuzzIsNFC checks isNFC against norm.NFC.IsNormal on any bytes.
func FuzzIsNFC(f *testing.F) {
	for _, s := range []string{
		"", "Größe „Zitat“ – 5 €, «ja» … ß",
		"a\u0308", "Ä\u0304", "\u00e4\u0301", "x\u2000y", "x\u2001y", "x\u2002y",
		"\u20c0\u20cf\u20d0", "e\u0301", "\u212b", "\xc3", "\xc2\x80", "\xe2\x80", "\xe2\x82\xac\u0301",
		"Ω\u0301", "\u1100\u1161", "„\u0308",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := isNFC(b), norm.NFC.IsNormal(b); got != want {
			t.Errorf("isNFC(%q) = %v, want %v", b, got, want)
		}
	})
}
