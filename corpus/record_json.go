package corpus

import (
	"strconv"
	"unicode/utf8"
)

// appendJSON appends r as JSON, byte for byte what json.Append(b, r, 0)
// writes (fields in struct order, strings escaped by json.AppendEscape, no
// HTML escaping, a nil slice as null), without reflection: the JSONL writer
// encodes every record of a run, and the reflective encoder was a tenth of
// the pipeline's time. TestRecordJSON and FuzzWriters compare the two.
func (r *Record) appendJSON(b []byte) []byte {
	b = appendString(b, `{"id":`, r.ID)
	b = appendString(b, `,"doc":`, r.Doc)
	b = appendString(b, `,"source":`, r.Source)
	b = appendInt(b, `,"block":`, r.Block)
	b = appendString(b, `,"role":`, r.Role)
	b = appendString(b, `,"lang":`, r.Lang)
	b = appendString(b, `,"text":`, r.Text)
	b = appendInt(b, `,"start":`, r.Start)
	b = appendInt(b, `,"end":`, r.End)
	b = appendList(append(b, `,"names":`...), r.Names, func(b []byte, n *NameRecord) []byte {
		b = appendInt(b, `{"start":`, n.Start)
		b = appendInt(b, `,"end":`, n.End)
		b = appendString(b, `,"text":`, n.Text)
		b = appendString(b, `,"type":`, n.Type)
		return append(b, '}')
	})
	b = appendList(append(b, `,"quotes":`...), r.Quotes, func(b []byte, q *QuoteRecord) []byte {
		b = appendString(b, `{"id":`, q.ID)
		b = appendInt(b, `,"start":`, q.Start)
		b = appendInt(b, `,"end":`, q.End)
		b = appendString(b, `,"open":`, q.Open)
		b = appendString(b, `,"close":`, q.Close)
		b = appendInt(b, `,"depth":`, q.Depth)
		b = strconv.AppendBool(append(b, `,"balanced":`...), q.Balanced)
		b = appendString(b, `,"speaker":`, q.Speaker)
		b = appendString(b, `,"speaker_full":`, q.SpeakerFull)
		b = appendString(b, `,"kind":`, q.Kind)
		return append(b, '}')
	})
	b = appendList(append(b, `,"stray":`...), r.Stray, func(b []byte, off *int) []byte {
		return strconv.AppendInt(b, int64(*off), 10)
	})
	return append(b, '}')
}

// appendString appends key (with its punctuation) and s as a JSON string.
func appendString(b []byte, key, s string) []byte {
	return appendEscaped(append(b, key...), s)
}

// appendEscaped appends s as a JSON string, byte for byte what
// json.AppendEscape(b, s, 0) writes: '"' and '\\' escaped, control bytes
// as \n, \t … or \u00XX, U+2028 and U+2029 as \u2028 and \u2029, each
// invalid UTF-8 byte as \ufffd, everything else as it is (no HTML
// escaping). It goes eight bytes at a time through the runs that need
// nothing, also after a non-ASCII letter, where json.AppendEscape goes on
// byte by byte: German text has an umlaut or a typographic quote in most
// sentences. FuzzAppendEscaped compares the two.
func appendEscaped(b []byte, s string) []byte {
	b = append(b, '"')
	i, j := 0, 0 // s[i:j] is copied as it is
	for j < len(s) {
		// Eight bytes at a time while none needs a look: no byte with
		// its top bit or below 0x20, none '"' or '\\' (the test stays in
		// the loop: as a function of its own it was not inlined).
		for j+8 <= len(s) {
			x := le64(s[j : j+8])
			q, bs := x^('"'*swarOnes), x^('\\'*swarOnes)
			if (x|(x-0x20*swarOnes)|(q-swarOnes)|(bs-swarOnes))&swarHigh != 0 {
				break
			}
			j += 8
		}
		for j < len(s) && !needsLook[s[j]] {
			j++
		}
		if j == len(s) {
			break
		}
		c := s[j]
		if c >= utf8.RuneSelf {
			// Fast paths for the runes of German text: U+0080–U+07FF
			// (umlauts, ß, « ») and U+2000–U+2FFF but U+2028 and U+2029
			// (dashes, quotation marks, €), valid as they stand.
			if c >= 0xC2 && c <= 0xDF && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
				j += 2
				continue
			}
			if c == 0xE2 && j+2 < len(s) && s[j+1]&0xC0 == 0x80 && s[j+2]&0xC0 == 0x80 &&
				!(s[j+1] == 0x80 && (s[j+2] == 0xA8 || s[j+2] == 0xA9)) {
				j += 3
				continue
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			switch {
			case r == utf8.RuneError && size == 1:
				b = append(append(b, s[i:j]...), `\ufffd`...)
			case r == '\u2028' || r == '\u2029':
				b = append(append(b, s[i:j]...), `\u202`...)
				b = append(b, hexDigits[r&0xF])
			default:
				j += size
				continue
			}
			j += size
			i = j
			continue
		}
		b = append(b, s[i:j]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\b':
			b = append(b, `\b`...)
		case '\f':
			b = append(b, `\f`...)
		case '\n':
			b = append(b, `\n`...)
		case '\r':
			b = append(b, `\r`...)
		case '\t':
			b = append(b, `\t`...)
		default:
			b = append(b, `\u00`...)
			b = append(b, hexDigits[c>>4], hexDigits[c&0xF])
		}
		j++
		i = j
	}
	b = append(b, s[i:]...)
	return append(b, '"')
}

const hexDigits = "0123456789abcdef"

// needsLook marks the bytes appendEscaped must look at: control bytes, '"',
// '\\' and the bytes of non-ASCII runes.
var needsLook = func() (t [256]bool) {
	for c := range t {
		t[c] = c < 0x20 || c == '"' || c == '\\' || c >= utf8.RuneSelf
	}
	return t
}()

// appendInt appends key (with its punctuation) and n.
func appendInt(b []byte, key string, n int) []byte {
	return strconv.AppendInt(append(b, key...), int64(n), 10)
}

// appendList appends xs as a JSON array of elem's encodings, null when nil.
func appendList[T any](b []byte, xs []T, elem func([]byte, *T) []byte) []byte {
	if xs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = elem(b, &xs[i])
	}
	return append(b, ']')
}
