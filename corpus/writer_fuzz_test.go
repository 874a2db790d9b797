package corpus

import (
	"bytes"
	stdjson "encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/segmentio/encoding/json"
)

// writerSeeds are record texts that writers must survive: XML's special
// characters, controls, line breaks, invalid UTF-8, UTF-8-encoded
// surrogates, the noncharacters U+FFFE and U+FFFF, and what JavaScript
// takes for line breaks.
var writerSeeds = []string{
	"Grüße & <Küsse> „Zitat“ 😀",
	"Zeile\neins\tund \x01Steuer\uFFFEzeichen \U0001F600.",
	"a\nb\r\nc\td",
	"\x00\x08\x0b\x1f\x7f\u0085",
	"\uFFFE\uFFFF ok",
	"bad \xff utf-8 \xc0\xaf \xe2\x80",
	"lone \xed\xa0\x80 surrogate \xed\xbf\xbf",
	"]]> <![CDATA[ x ]]> <!-- -->",
	`"quoted" 'apos' \backslash\ </script>`,
	"\u2028\u2029 line separators",
	"  leading and trailing  ",
	"",
}

// FuzzWriters writes records and links with arbitrary text (and arbitrary
// document names, which come from file names) and reads them back: every
// JSONL line parses with encoding/json and gives back the text (invalid
// bytes as U+FFFD), the TMX is well-formed XML 1.0 without a character XML
// forbids and gives back each segment, the text formats keep one segment
// per line.
func FuzzWriters(f *testing.F) {
	for i, s := range writerSeeds {
		f.Add(s, writerSeeds[(i+1)%len(writerSeeds)])
	}
	f.Add("Der Hafen wächst.", "köln")
	f.Fuzz(func(t *testing.T, text, name string) {
		recs := []Record{
			{ID: name + "-0-0", Doc: name, Source: name + ".txt", Role: "body", Lang: "de", Text: text,
				End: utf8.RuneCountInString(text), Names: []NameRecord{{Text: text, Type: "PER"}},
				Quotes: []QuoteRecord{{ID: name + "-q0", Open: text, Close: name, Speaker: text, SpeakerFull: name}}, Stray: []int{0}},
			{ID: name + "-1-0", Doc: name, Source: name, Role: "heading", Lang: "de", Text: name},
		}
		checkJSONL(t, recs)
		checkTMX(t, recs)
		for i := range recs {
			if want, err := json.Append(nil, &recs[i], 0); err != nil || !bytes.Equal(recs[i].appendJSON(nil), want) {
				t.Fatalf("appendJSON of record %d differs from json.Append: %s, want %s (%v)", i, recs[i].appendJSON(nil), want, err)
			}
		}

		var txt bytes.Buffer
		tw := NewTextWriter(&txt)
		tw.Write(recs)
		tw.Close()
		if n := bytes.Count(txt.Bytes(), []byte("\n")); n != len(recs) {
			t.Fatalf("text output has %d lines for %d segments: %q", n, len(recs), txt.String())
		}

		links := []LinkRecord{{ID: name + "-0", Doc: name, Translation: Translation{DE: text, EN: name},
			DEIDs: []int{0}, ENIDs: []int{0}, Type: "1-1", Score: 0.9,
			DENames: []NameRecord{{Text: text}}, ENNames: []NameRecord{}, DEQuotes: []QuoteRecord{}, ENQuotes: []QuoteRecord{{Speaker: text}}}}
		var lj bytes.Buffer
		lw := NewLinkJSONLWriter(&lj, LinkFilter{})
		if err := lw.WriteLinks(name, links); err != nil {
			t.Fatal(err)
		}
		lw.Close()
		var back LinkRecord
		if bytes.Count(lj.Bytes(), []byte("\n")) != 1 || stdjson.Unmarshal(lj.Bytes(), &back) != nil ||
			back.Translation.DE != validText(text) || back.Translation.EN != validText(name) {
			t.Fatalf("bilingual JSONL does not read back: %q", lj.String())
		}
		var lx bytes.Buffer
		xw := NewTMXWriter(&lx, WriterOptions{})
		if err := xw.WriteLinks(name, links); err != nil {
			t.Fatal(err)
		}
		xw.Close()
		segs := checkXML(t, lx.Bytes())
		if len(segs) != 2 || segs[0] != strings.TrimSpace(xmlText(text)) || segs[1] != strings.TrimSpace(xmlText(name)) {
			t.Fatalf("bilingual TMX segments %q, from %q and %q", segs, text, name)
		}
	})
}

// validText is s as JSON carries it: each invalid byte as U+FFFD.
func validText(s string) string { return string([]rune(s)) }

func checkJSONL(t *testing.T, recs []Record) {
	t.Helper()
	var b bytes.Buffer
	w := NewJSONLWriter(&b)
	if err := w.Write(recs); err != nil {
		t.Fatal(err)
	}
	w.Close()
	if !utf8.Valid(b.Bytes()) {
		t.Fatalf("JSONL is not valid UTF-8: %q", b.String())
	}
	lines := strings.SplitAfter(b.String(), "\n")
	if len(lines) != len(recs)+1 || lines[len(recs)] != "" {
		t.Fatalf("%d JSONL lines for %d records: %q", len(lines)-1, len(recs), b.String())
	}
	for i, line := range lines[:len(recs)] {
		var r Record
		if err := stdjson.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("JSONL line %q: %v", line, err)
		}
		want := recs[i]
		if r.Text != validText(want.Text) || r.ID != validText(want.ID) || r.Source != validText(want.Source) || r.End != want.End {
			t.Fatalf("JSONL record %q read back as %+v", line, r)
		}
		if len(want.Quotes) > 0 && (r.Quotes[0].Open != validText(want.Quotes[0].Open) || r.Names[0].Text != validText(want.Names[0].Text)) {
			t.Fatalf("JSONL quote or name %q read back as %+v", line, r)
		}
	}
}

func checkTMX(t *testing.T, recs []Record) {
	t.Helper()
	var b bytes.Buffer
	w := NewTMXWriter(&b, WriterOptions{})
	if err := w.Write(recs); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	segs := checkXML(t, b.Bytes())
	if len(segs) != len(recs) {
		t.Fatalf("TMX has %d <seg>, want %d", len(segs), len(recs))
	}
	for i, s := range segs {
		if want := strings.TrimSpace(xmlText(recs[i].Text)); s != want {
			t.Fatalf("TMX <seg> %q, want %q", s, want)
		}
	}
}

// checkXML checks that b is UTF-8 and well-formed XML 1.0 with no
// character XML 1.0 forbids, and returns the texts of its <seg> elements.
func checkXML(t *testing.T, b []byte) []string {
	t.Helper()
	if !utf8.Valid(b) {
		t.Fatalf("TMX is not valid UTF-8: %q", b)
	}
	for _, r := range string(b) {
		if !xmlChar(r) {
			t.Fatalf("TMX holds %U, which XML 1.0 forbids", r)
		}
	}
	dec := xml.NewDecoder(bytes.NewReader(b))
	var segs []string
	in := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return segs
		}
		if err != nil {
			t.Fatalf("TMX is not well-formed: %v\n%s", err, b)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Local == "seg" {
				in = true
				segs = append(segs, "")
			}
		case xml.EndElement:
			in = false
		case xml.CharData:
			if in {
				segs[len(segs)-1] += string(tok)
			}
		}
	}
}

// FuzzAppendEscaped checks appendEscaped against json.AppendEscape, which
// the JSONL output must match byte for byte.
func FuzzAppendEscaped(f *testing.F) {
	for _, s := range []string{"", "a", `„Wir“, sagte er. "x" \ y`, "Zeile\nzwei\ttab\r\b\f\x00\x1f\x7f",
		"ü\u2028\u2029\u2027\u202a", "\xff\xc3\x28 ok \xe2\x80", "Straße – 12 €, 😀 \ufffd",
		"eight by", "12345678\"12345678\\", "Größe „Änderung“ über\x01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := json.AppendEscape([]byte("x"), s, 0)
		if got := appendEscaped([]byte("x"), s); !bytes.Equal(got, want) {
			t.Fatalf("appendEscaped(%q) = %s, want %s", s, got, want)
		}
	})
}
