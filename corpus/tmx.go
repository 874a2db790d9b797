package corpus

import (
	"bufio"
	"encoding/xml"
	"io"
	"strings"
	"time"
	"unicode/utf8"
)

// xmlNS is the namespace bound to the xml: prefix; encoding/xml writes an
// attribute in it as xml:lang.
const xmlNS = "http://www.w3.org/XML/1998/namespace"

// TMXWriter writes TMX 1.4b as a stream: one <tu> per record, with
// <prop type="x-doc">, <prop type="x-role"> and the source <tuv>. Text is
// written on one line per <seg>, and characters XML 1.0 forbids are
// dropped.
type TMXWriter struct {
	// Filter selects the links WriteLinks writes.
	Filter LinkFilter

	bw      *bufio.Writer
	enc     *xml.Encoder
	opt     WriterOptions
	started bool
}

// NewTMXWriter returns a TMXWriter writing to w.
func NewTMXWriter(w io.Writer, opt WriterOptions) *TMXWriter {
	if opt.Date.IsZero() {
		opt.Date = time.Now()
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := xml.NewEncoder(bw)
	enc.Indent("", "  ")
	return &TMXWriter{bw: bw, enc: enc, opt: opt}
}

func name(local string) xml.Name { return xml.Name{Local: local} }

func attr(n, v string) xml.Attr { return xml.Attr{Name: name(n), Value: v} }

func (t *TMXWriter) start(first []Record) error {
	t.started = true
	if t.opt.SrcLang == "" && len(first) > 0 {
		t.opt.SrcLang = first[0].Lang
	}
	if t.opt.SrcLang == "" {
		t.opt.SrcLang = "de"
	}
	if _, err := t.bw.WriteString(xml.Header); err != nil {
		return err
	}
	version := t.opt.Version
	if version == "" {
		version = "dev"
	}
	toks := []xml.Token{
		xml.StartElement{Name: name("tmx"), Attr: []xml.Attr{attr("version", "1.4")}},
		xml.StartElement{Name: name("header"), Attr: []xml.Attr{
			attr("creationtool", "satz"),
			attr("creationtoolversion", version),
			attr("segtype", "sentence"),
			attr("o-tmf", "satz"),
			attr("adminlang", "en"),
			attr("srclang", t.opt.SrcLang),
			attr("datatype", "plaintext"),
			attr("creationdate", t.opt.Date.UTC().Format("20060102T150405Z")),
		}},
		xml.EndElement{Name: name("header")},
		xml.StartElement{Name: name("body")},
	}
	return t.encode(toks...)
}

func (t *TMXWriter) encode(toks ...xml.Token) error {
	for _, tok := range toks {
		if err := t.enc.EncodeToken(tok); err != nil {
			return err
		}
	}
	return nil
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
	for i := range records {
		r := &records[i]
		lang := r.Lang
		if lang == "" {
			lang = t.opt.SrcLang
		}
		toks := []xml.Token{xml.StartElement{Name: name("tu"), Attr: []xml.Attr{attr("tuid", xmlText(r.ID))}}}
		toks = append(toks, prop("x-doc", r.Doc)...)
		toks = append(toks, prop("x-role", r.Role)...)
		toks = append(toks, tuv(lang, r.Text)...)
		toks = append(toks, xml.EndElement{Name: name("tu")})
		if err := t.encode(toks...); err != nil {
			return err
		}
	}
	return t.enc.Flush()
}

// prop returns the tokens of <prop type="typ">value</prop>.
func prop(typ, value string) []xml.Token {
	return []xml.Token{
		xml.StartElement{Name: name("prop"), Attr: []xml.Attr{attr("type", typ)}},
		xml.CharData(xmlText(value)),
		xml.EndElement{Name: name("prop")},
	}
}

// tuv returns the tokens of <tuv xml:lang="lang"><seg>text</seg></tuv>.
// The text is trimmed: CAT tools match segments exactly, and OmegaT
// misses a match when a segment has a leading or trailing space.
func tuv(lang, text string) []xml.Token {
	return []xml.Token{
		xml.StartElement{Name: name("tuv"), Attr: []xml.Attr{{Name: xml.Name{Space: xmlNS, Local: "lang"}, Value: lang}}},
		xml.StartElement{Name: name("seg")},
		xml.CharData(strings.TrimSpace(xmlText(text))),
		xml.EndElement{Name: name("seg")},
		xml.EndElement{Name: name("tuv")},
	}
}

// Close implements Writer: it ends the document and flushes.
func (t *TMXWriter) Close() error {
	if !t.started {
		if err := t.start(nil); err != nil {
			return err
		}
	}
	if err := t.encode(xml.EndElement{Name: name("body")}, xml.EndElement{Name: name("tmx")}); err != nil {
		return err
	}
	if err := t.enc.Flush(); err != nil {
		return err
	}
	if _, err := t.bw.WriteString("\n"); err != nil {
		return err
	}
	return t.bw.Flush()
}

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
