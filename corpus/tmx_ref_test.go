package corpus

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"
)

// refTMX is the TMX writer as it was written with encoding/xml's token
// encoder: the oracle of FuzzTMXWriter, which checks that the direct
// writer produces the same bytes.
type refTMX struct {
	bw      *bufio.Writer
	enc     *xml.Encoder
	opt     WriterOptions
	filter  LinkFilter
	started bool
}

func newRefTMX(w io.Writer, opt WriterOptions) *refTMX {
	bw := bufio.NewWriter(w)
	enc := xml.NewEncoder(bw)
	enc.Indent("", "  ")
	return &refTMX{bw: bw, enc: enc, opt: opt}
}

func refName(local string) xml.Name { return xml.Name{Local: local} }

func refAttr(n, v string) xml.Attr { return xml.Attr{Name: refName(n), Value: v} }

func (t *refTMX) start(first []Record) {
	t.started = true
	if t.opt.SrcLang == "" && len(first) > 0 {
		t.opt.SrcLang = first[0].Lang
	}
	if t.opt.SrcLang == "" {
		t.opt.SrcLang = "de"
	}
	t.bw.WriteString(xml.Header)
	version := t.opt.Version
	if version == "" {
		version = "dev"
	}
	t.encode(
		xml.StartElement{Name: refName("tmx"), Attr: []xml.Attr{refAttr("version", "1.4")}},
		xml.StartElement{Name: refName("header"), Attr: []xml.Attr{
			refAttr("creationtool", "satz"),
			refAttr("creationtoolversion", version),
			refAttr("segtype", "sentence"),
			refAttr("o-tmf", "satz"),
			refAttr("adminlang", "en"),
			refAttr("srclang", t.opt.SrcLang),
			refAttr("datatype", "plaintext"),
			refAttr("creationdate", t.opt.Date.UTC().Format("20060102T150405Z")),
		}},
		xml.EndElement{Name: refName("header")},
		xml.StartElement{Name: refName("body")},
	)
}

func (t *refTMX) encode(toks ...xml.Token) {
	for _, tok := range toks {
		if err := t.enc.EncodeToken(tok); err != nil {
			panic(err)
		}
	}
}

func refProp(typ, value string) []xml.Token {
	return []xml.Token{
		xml.StartElement{Name: refName("prop"), Attr: []xml.Attr{refAttr("type", typ)}},
		xml.CharData(xmlText(value)),
		xml.EndElement{Name: refName("prop")},
	}
}

func refTUV(lang, text string) []xml.Token {
	return []xml.Token{
		xml.StartElement{Name: refName("tuv"), Attr: []xml.Attr{{Name: xml.Name{Space: "http://www.w3.org/XML/1998/namespace", Local: "lang"}, Value: lang}}},
		xml.StartElement{Name: refName("seg")},
		xml.CharData(strings.TrimSpace(xmlText(text))),
		xml.EndElement{Name: refName("seg")},
		xml.EndElement{Name: refName("tuv")},
	}
}

func (t *refTMX) write(records []Record) {
	if len(records) == 0 {
		return
	}
	if !t.started {
		t.start(records)
	}
	for i := range records {
		r := &records[i]
		lang := r.Lang
		if lang == "" {
			lang = t.opt.SrcLang
		}
		toks := []xml.Token{xml.StartElement{Name: refName("tu"), Attr: []xml.Attr{refAttr("tuid", xmlText(r.ID))}}}
		toks = append(toks, refProp("x-doc", r.Doc)...)
		toks = append(toks, refProp("x-role", r.Role)...)
		toks = append(toks, refTUV(lang, r.Text)...)
		toks = append(toks, xml.EndElement{Name: refName("tu")})
		t.encode(toks...)
	}
	t.enc.Flush()
}

func (t *refTMX) writeLinks(links []LinkRecord) {
	if !t.started {
		if t.opt.SrcLang == "" {
			t.opt.SrcLang = "de"
		}
		t.start(nil)
	}
	for i := range links {
		r := &links[i]
		if !r.Full() || !t.filter.Keep(r) {
			continue
		}
		toks := []xml.Token{xml.StartElement{Name: refName("tu"), Attr: []xml.Attr{refAttr("tuid", xmlText(r.ID))}}}
		toks = append(toks, refProp("x-doc", r.Doc)...)
		toks = append(toks, refProp("x-type", r.Type)...)
		toks = append(toks, refProp("x-score", strconv.FormatFloat(r.Score, 'f', -1, 64))...)
		toks = append(toks, refTUV("de", r.Translation.DE)...)
		toks = append(toks, refTUV("en", r.Translation.EN)...)
		toks = append(toks, xml.EndElement{Name: refName("tu")})
		t.encode(toks...)
	}
	t.enc.Flush()
}

func (t *refTMX) close() {
	if !t.started {
		t.start(nil)
	}
	t.encode(xml.EndElement{Name: refName("body")}, xml.EndElement{Name: refName("tmx")})
	t.enc.Flush()
	t.bw.WriteString("\n")
	t.bw.Flush()
}

// FuzzTMXWriter: the TMX writer writes the bytes encoding/xml's encoder
// wrote, for records and for links, whatever their strings hold (markup
// characters, line breaks, controls, invalid UTF-8, characters XML 1.0
// forbids), with and without units.
func FuzzTMXWriter(f *testing.F) {
	f.Add("doc-1-0", "doc", "body", "de", "„Wir kommen“, sagte er & <sie> 'auch'.", "Tom's \"A\"\n", 0.5, uint8(3))
	f.Add("", "", "", "", "", "", 0.0, uint8(0))
	f.Add("a\tb\rc\nd", "\x00\x1f\xff\xfe", "\uFFFE\uFFFD", "en", " \u00a0Text\u2028 ", "\xed\xa0\x80x", -1.25, uint8(7))
	f.Fuzz(func(t *testing.T, id, doc, role, lang, text, other string, score float64, mode uint8) {
		date := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
		opt := WriterOptions{SrcLang: lang, Version: role, Date: date}
		if mode&4 != 0 {
			opt.SrcLang = ""
		}
		var got, want bytes.Buffer
		w, ref := NewTMXWriter(&got, opt), newRefTMX(&want, opt)
		recs := []Record{{ID: id, Doc: doc, Role: role, Lang: lang, Text: text}, {ID: other, Doc: doc, Role: "heading", Text: other}}
		links := []LinkRecord{{ID: id, Doc: doc, Type: other, Score: score, Translation: Translation{DE: text, EN: other}},
			{ID: other, Doc: doc, Type: "1-0", Translation: Translation{DE: text}}}
		if mode&1 != 0 {
			w.Write(recs)
			ref.write(recs)
			w.Write(nil)
			ref.write(nil)
		}
		if mode&2 != 0 {
			w.WriteLinks(doc, links)
			ref.writeLinks(links)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		ref.close()
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatalf("TMX differs from encoding/xml's:\n%s\nwant\n%s", got.Bytes(), want.Bytes())
		}
	})
}
