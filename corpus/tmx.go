package corpus

import (
	"bufio"
	"encoding/xml"
	"io"
	"strings"
	"time"
	"unicode/utf8"
)

// TMXWriter writes TMX 1.4b as a stream: one <tu> per record, with
// <prop type="x-doc">, <prop type="x-role"> and the source <tuv>. Text is
// written on one line per <seg>, and characters XML 1.0 forbids are
// dropped. The markup is written directly, indented by two spaces, with
// the escapes encoding/xml uses (&#34; &#39; &amp; &lt; &gt;).
type TMXWriter struct {
	// Filter selects the links WriteLinks writes.
	Filter LinkFilter

	bw      *bufio.Writer
	buf     []byte // the units of one Write, then written at once
	opt     WriterOptions
	started bool
	units   bool // a <tu> was written (else </body> goes on <body>'s line)
}

// NewTMXWriter returns a TMXWriter writing to w.
func NewTMXWriter(w io.Writer, opt WriterOptions) *TMXWriter {
	if opt.Date.IsZero() {
		opt.Date = time.Now()
	}
	return &TMXWriter{bw: bufio.NewWriterSize(w, 64<<10), opt: opt}
}

func (t *TMXWriter) start(first []Record) error {
	t.started = true
	if t.opt.SrcLang == "" && len(first) > 0 {
		t.opt.SrcLang = first[0].Lang
	}
	if t.opt.SrcLang == "" {
		t.opt.SrcLang = "de"
	}
	version := t.opt.Version
	if version == "" {
		version = "dev"
	}
	b := append(t.buf[:0], xml.Header...)
	b = append(b, `<tmx version="1.4">`+"\n  <header"...)
	for _, a := range [...][2]string{
		{"creationtool", "satz"},
		{"creationtoolversion", version},
		{"segtype", "sentence"},
		{"o-tmf", "satz"},
		{"adminlang", "en"},
		{"srclang", t.opt.SrcLang},
		{"datatype", "plaintext"},
		{"creationdate", t.opt.Date.UTC().Format("20060102T150405Z")},
	} {
		b = append(b, ' ')
		b = append(b, a[0]...)
		b = append(b, `="`...)
		b = appendXMLEscaped(b, a[1], true)
		b = append(b, '"')
	}
	b = append(b, "></header>\n  <body>"...)
	t.buf = b
	_, err := t.bw.Write(b)
	return err
}

// Write implements Writer.
func (t *TMXWriter) Write(records []Record) error {
	if len(records) == 0 {
		return nil
	}
	if !t.started {
		if err := t.start(records); err != nil {
			return err
		}
	}
	b := t.buf[:0]
	for i := range records {
		r := &records[i]
		lang := r.Lang
		if lang == "" {
			lang = t.opt.SrcLang
		}
		b = appendTUStart(b, r.ID)
		b = appendProp(b, "x-doc", r.Doc)
		b = appendProp(b, "x-role", r.Role)
		b = appendTUV(b, lang, r.Text)
		b = append(b, "\n    </tu>"...)
	}
	t.buf = b
	t.units = true
	_, err := t.bw.Write(b)
	return err
}

// appendTUStart appends the start tag of a translation unit.
func appendTUStart(b []byte, id string) []byte {
	b = append(b, "\n    <tu tuid=\""...)
	b = appendXMLEscaped(b, xmlText(id), true)
	return append(b, `">`...)
}

// appendProp appends <prop type="typ">value</prop> inside a <tu>.
func appendProp(b []byte, typ, value string) []byte {
	b = append(b, "\n      <prop type=\""...)
	b = append(b, typ...)
	b = append(b, `">`...)
	b = appendXMLEscaped(b, xmlText(value), false)
	return append(b, "</prop>"...)
}

// appendTUV appends <tuv xml:lang="lang"><seg>text</seg></tuv> inside a
// <tu>. The text is trimmed: CAT tools match segments exactly, and OmegaT
// misses a match when a segment has a leading or trailing space.
func appendTUV(b []byte, lang, text string) []byte {
	b = append(b, "\n      <tuv xml:lang=\""...)
	b = appendXMLEscaped(b, lang, true)
	b = append(b, "\">\n        <seg>"...)
	b = appendXMLEscaped(b, strings.TrimSpace(xmlText(text)), false)
	return append(b, "</seg>\n      </tuv>"...)
}

// Close implements Writer: it ends the document and flushes.
func (t *TMXWriter) Close() error {
	if !t.started {
		if err := t.start(nil); err != nil {
			return err
		}
	}
	end := "\n  </body>\n</tmx>\n"
	if !t.units {
		end = "</body>\n</tmx>\n"
	}
	if _, err := t.bw.WriteString(end); err != nil {
		return err
	}
	return t.bw.Flush()
}

// appendXMLEscaped appends s escaped as encoding/xml escapes character data
// (attr false) and attribute values (attr true, where a line break is
// escaped too): the five markup characters as &#34; &#39; &amp; &lt; &gt;,
// tab and carriage return as character references, and invalid UTF-8 and
// characters XML 1.0 forbids as U+FFFD.
func appendXMLEscaped(b []byte, s string, attr bool) []byte {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		var esc string
		if c < utf8.RuneSelf {
			if xmlPlainByte[c] {
				i++
				continue
			}
			switch c {
			case '"':
				esc = "&#34;"
			case '\'':
				esc = "&#39;"
			case '&':
				esc = "&amp;"
			case '<':
				esc = "&lt;"
			case '>':
				esc = "&gt;"
			case '\t':
				esc = "&#x9;"
			case '\n':
				if !attr {
					i++
					continue
				}
				esc = "&#xA;"
			case '\r':
				esc = "&#xD;"
			default:
				esc = "\uFFFD"
			}
			b = append(b, s[last:i]...)
			b = append(b, esc...)
			i++
			last = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || !xmlChar(r) {
			b = append(b, s[last:i]...)
			b = append(b, "\uFFFD"...)
			last = i + n
		}
		i += n
	}
	return append(b, s[last:]...)
}

// xmlPlainByte marks the ASCII bytes written as they are.
var xmlPlainByte = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = true
	}
	for _, c := range `"'&<>` {
		t[c] = false
	}
	return t
}()

// xmlText makes s safe for XML 1.0 character data on one line: line
// breaks and tabs become spaces, characters outside XML 1.0's Char
// production (controls, lone surrogates, U+FFFE, U+FFFF) are dropped.
func xmlText(s string) string {
	clean := utf8.ValidString(s)
	for _, r := range s {
		if !xmlChar(r) || r == '\n' || r == '\r' || r == '\t' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				continue // invalid UTF-8 byte
			}
		}
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteByte(' ')
		case xmlChar(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// xmlChar reports whether r may appear in an XML 1.0 document.
func xmlChar(r rune) bool {
	switch {
	case r == 0x9 || r == 0xA || r == 0xD:
		return true
	case r >= 0x20 && r <= 0xD7FF:
		return true
	case r >= 0xE000 && r <= 0xFFFD:
		return true
	case r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}
