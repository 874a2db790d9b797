package segment

// Character classes and token shapes used by the sentence segmenter.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// spacedDots counts the dots of a ". . ." run starting at i (dots separated by
// single spaces) and returns the count and the end of the run.
func spacedDots(text string, i int) (int, int) {
	k, j := 0, i
	for j < len(text) && text[j] == '.' {
		k++
		j++
		if j+1 < len(text) && text[j] == ' ' && text[j+1] == '.' {
			j++
			continue
		}
		break
	}
	if k >= 2 && j > i+1 && text[i+1] == ' ' {
		return k, j
	}
	return 0, i
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isSpaceRune is Unicode White_Space (including U+00A0, U+2009, U+202F).
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || (r >= '\t' && r <= '\r')
	}
	return unicode.IsSpace(r)
}

func isLowerRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isUpperRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'A' && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// isCloser reports closing quotes and brackets that may follow a sentence's
// final mark: German “ ‘ « ‹, English ” ’, Swiss » ›, straight quotes.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '“', '”', '‘', '’', '»', '«', '›', '‹':
		return true
	}
	return false
}

// isOpener reports opening quotes and brackets that may precede a
// sentence's first word: „ ‚ » « " ' ( [ and Spanish ¿ ¡.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '`', '(', '[', '{', '„', '‚', '“', '‘', '»', '«', '›', '‹', '¿', '¡', '‟':
		return true
	}
	return false
}

// isBullet reports list bullets, which start a list item even inside a line.
func isBullet(r rune) bool {
	switch r {
	case '•', '◦', '‣', '⁃', '∙', '▪', '▫', '▸', '►', '●', '○', '■', '□', '◆', '◇', '➢', '➤', '✓', '✔':
		return true
	}
	return false
}

func isBulletAt(text string, j int) bool {
	// Every bullet lies in U+2000–U+2FFF, whose UTF-8 starts with 0xE2.
	if j >= len(text) || text[j] != 0xE2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return isBullet(r)
}

// isDashItemAt reports "- " or "* " at j: a list item when it opens a line.
func isDashItemAt(text string, j int) bool {
	r, w := utf8.DecodeRuneInString(text[j:])
	if r != '-' && r != '–' && r != '*' {
		return false
	}
	return j+w < len(text) && isSpaceByte(text[j+w])
}

func isBulletToken(tok string) bool {
	r, w := utf8.DecodeRuneInString(tok)
	return w == len(tok) && (isBullet(r) || r == '-' || r == '–' || r == '*')
}

// trimPunct strips opening marks, dashes and bullets from the front of a
// token and closing marks and trailing commas from its end.
func trimPunct(tok string) string {
	for tok != "" {
		r, w := utf8.DecodeRuneInString(tok)
		if !isOpener(r) && !isBullet(r) && r != '-' && r != '–' && r != '—' {
			break
		}
		tok = tok[w:]
	}
	for tok != "" {
		r, w := utf8.DecodeLastRuneInString(tok)
		if !isCloser(r) && r != ',' && r != ';' && r != ':' {
			break
		}
		tok = tok[:len(tok)-w]
	}
	return tok
}

// isNumber reports digits with inner full stops or commas: "31", "1.000.000",
// "7.10", "3,5".
//
// Ranges of ordinals count too: "2./3." and "1.-3." (as in "aus dem 2./3.
// Jahrhundert").
func isNumber(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' || w[len(w)-1] < '0' || w[len(w)-1] > '9' {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (c < '0' || c > '9') && c != '.' && c != ',' && c != '/' && c != '-' {
			return false
		}
	}
	return true
}

// isInitialism reports forms like "U.S", "F.D.P", "B.Sc": letter groups of at
// most three letters joined by full stops.
func isInitialism(w string) bool {
	groups, n := 1, 0
	for _, r := range w {
		switch {
		case r == '.':
			if n == 0 {
				return false
			}
			groups++
			n = 0
		case unicode.IsLetter(r):
			n++
			if n > 3 {
				return false
			}
		default:
			return false
		}
	}
	return groups > 1 && n > 0
}

// isSingleLowerAbbrev reports a token like "z." or "u.": the first half of a
// spaced abbreviation ("z. B.", "u. Ä.").
func isSingleLowerAbbrev(tok string) bool {
	tok = trimPunct(tok)
	r, w := utf8.DecodeRuneInString(tok)
	return len(tok) == w+1 && tok[w] == '.' && isLowerRune(r)
}

// parseListMarker parses an enumeration marker at the start of s: "1.",
// "1.)", "1)", "a.", "a)", optionally after a bullet, followed by a space.
func parseListMarker(s string) (kind, val int, ok bool) {
	if r, w := utf8.DecodeRuneInString(s); isBullet(r) {
		s = s[w:]
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		val = val*10 + int(s[i]-'0')
		i++
	}
	letter := false
	if i == 0 {
		if len(s) == 0 || s[0] < 'a' || s[0] > 'z' {
			return listNone, 0, false
		}
		val = int(s[0] - 'a' + 1)
		i = 1
		letter = true
	}
	rest := s[i:]
	switch {
	case len(rest) >= 3 && rest[0] == '.' && rest[1] == ')' && isSpaceByte(rest[2]):
		kind = listDotParen
	case len(rest) >= 2 && rest[0] == '.' && isSpaceByte(rest[1]):
		kind = listDot
	case len(rest) >= 2 && rest[0] == ')' && isSpaceByte(rest[1]):
		kind = listParen
	default:
		return listNone, 0, false
	}
	if letter {
		if kind != listDot && kind != listParen {
			return listNone, 0, false
		}
		kind = listLetter + kind // keep "a." and "a)" apart
	}
	return kind, val, true
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' }

// isEmoticon reports the common text emoticons that may end a sentence.
func isEmoticon(tok string) bool {
	switch tok {
	case ":)", ":-)", ";)", ";-)", ":(", ":-(", ":D", ":-D", ":P", ":-P", ";P", ";-P", "xD", "XD", ":'(", "^^", "<3", ":o", ":O", ":-O", ":/", ":-/":
		return true
	}
	return false
}

// endsInEmoticon reports a token that is a text emoticon or ends in a face,
// hand or heart emoji: in reviews and posts these close sentences
// ("Kann ich nur empfehlen ;-) Wir kommen wieder").
func endsInEmoticon(tok string) bool {
	if isEmoticon(tok) {
		return true
	}
	// Smileys written onto the last word: "Top:)", "gerne;-)".
	for _, e := range [...]string{":)", ":-)", ";)", ";-)", ":(", ":-("} {
		if strings.HasSuffix(tok, e) {
			return true
		}
	}
	r, _ := utf8.DecodeLastRuneInString(tok)
	for r == 0xFE0F || (r >= 0x1F3FB && r <= 0x1F3FF) { // variation selector, skin tones
		tok = tok[:len(tok)-utf8.RuneLen(r)]
		r, _ = utf8.DecodeLastRuneInString(tok)
	}
	switch {
	case r >= 0x1F600 && r <= 0x1F64F: // emoticons block
		return true
	case r >= 0x1F910 && r <= 0x1F92F, r >= 0x1F970 && r <= 0x1F97A: // more faces
		return true
	case r == 0x1F44D || r == 0x1F44E || r == 0x1F44F || r == 0x2764 || r == 0x263A || r == 0x2639:
		return true
	}
	return false
}

// hasPrefixFold reports whether s starts with the ASCII prefix p, ignoring
// case.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

// mayBeEmoticon is a cheap first test on the last byte of a token: text
// emoticons end in one of these, emoji in a UTF-8 continuation byte.
func mayBeEmoticon(last byte) bool {
	switch last {
	case ')', '(', 'D', 'P', 'o', 'O', '/', '3', '^':
		return true
	}
	return last >= 0x80
}
