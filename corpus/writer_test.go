package corpus

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/satzwerk/satz/segment"
	"github.com/segmentio/encoding/json"
)

// doc builds a processed document from German text with non-ASCII
// characters before and inside segments, so code-point offsets differ from
// byte offsets.
func doc(t *testing.T, text string) *Document {
	t.Helper()
	return NewProcessor(Options{}).Process(text, Decoding{}, "köln", "köln.txt")
}

func TestRecordsCodePointOffsets(t *testing.T) {
	d := doc(t, "Grüße aus Köln\n\nDer Bürgermeister sprach über Straßen. Die Bürger jubelten.")
	// Give the document a name and a quote by hand: the offsets are the
	// point here, not the markers.
	body := d.Segments[1]
	nameAt := strings.Index(d.Text, "Bürgermeister")
	d.Segments[1].Names = []segment.Name{{Span: segment.Span{Start: nameAt, End: nameAt + len("Bürgermeister")}, Type: "PER"}}
	d.Quotes = []segment.Quote{{Span: segment.Span{Start: body.Start + 4, End: body.End}, Open: "", Depth: 0, Balanced: true}}
	d.Segments[1].Quotes = []QuotePart{{Quote: 0, Span: d.Quotes[0].Span, HasOpen: true, HasClose: true}}

	recs := d.Records(nil, false)
	runes := []rune(d.Text)
	for _, r := range recs {
		if got := string(runes[r.Start:r.End]); got != r.Text {
			t.Errorf("%s: text[%d:%d] = %q, want %q", r.ID, r.Start, r.End, got, r.Text)
		}
	}
	r := recs[1]
	if r.ID != "köln-1-0" || r.Block != 1 || r.Start != len([]rune("Grüße aus Köln\n\n")) {
		t.Errorf("record = %+v", r)
	}
	seg := []rune(r.Text)
	if n := r.Names[0]; string(seg[n.Start:n.End]) != "Bürgermeister" || n.Text != "Bürgermeister" {
		t.Errorf("name = %+v, covers %q", n, string(seg[n.Start:n.End]))
	}
	if q := r.Quotes[0]; q.Start != 4 || q.End != len(seg) || q.ID != "köln-q0" {
		t.Errorf("quote = %+v", q)
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	d := doc(t, "Titel <b>&</b>\n\n„Das ist gut.“ Der Mann ging \u2028 weg.\n\nAnzeige")
	recs := d.Records(nil, true)
	var buf bytes.Buffer
	w := NewJSONLWriter(&buf)
	if err := w.Write(recs); err != nil {
		t.Fatal(err)
	}
	w.Close()
	out := buf.String()
	if strings.Contains(out, `\u003c`) || strings.Contains(out, `\u0026`) {
		t.Errorf("HTML escaping is on: %s", out)
	}
	if !strings.HasPrefix(out, `{"id":"köln-0-0","doc":"köln","source":"köln.txt","block":0,"role":"heading","lang":"de","text":"Titel <b>&</b>","start":0,"end":14,"names":[],"quotes":[],"stray":[]}`) {
		t.Errorf("first line not in schema order:\n%s", out)
	}
	r := NewJSONLReader(iotestHalf(&buf), "x.jsonl")
	for i := 0; ; i++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			if i != len(recs) {
				t.Errorf("read %d records, wrote %d", i, len(recs))
			}
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if rec.Text != recs[i].Text || rec.ID != recs[i].ID || rec.Start != recs[i].Start || rec.Role != recs[i].Role {
			t.Errorf("record %d: read %+v, wrote %+v", i, rec, recs[i])
		}
	}
}

func iotestHalf(r io.Reader) io.Reader { return &halfReader{r} }

type halfReader struct{ r io.Reader }

func (h *halfReader) Read(p []byte) (int, error) { return h.r.Read(p[:(len(p)+1)/2]) }

func TestJSONLReaderLongLine(t *testing.T) {
	long := strings.Repeat("Ä", 200_000) // 400 KB: more than bufio.Scanner's 64 KiB
	line := `{"id":"a-0-0","doc":"a","text":"` + long + `"}` + "\n"
	rec, err := NewJSONLReader(strings.NewReader(line), "x").Read()
	if err != nil || rec.Text != long {
		t.Errorf("long line: err %v, %d bytes", err, len(rec.Text))
	}
}

func TestTMXWriter(t *testing.T) {
	recs := []Record{
		{ID: "a-0-0", Doc: "a", Role: "heading", Lang: "de", Text: "Grüße & <Küsse>"},
		{ID: "a-1-0", Doc: "a", Role: "body", Lang: "de", Text: "Zeile\neins\tund \x01Steuer\uFFFEzeichen \U0001F600."},
	}
	var buf bytes.Buffer
	w := NewTMXWriter(&buf, WriterOptions{Version: "1.2.3", Date: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)})
	if err := w.Write(recs); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		`<?xml version="1.0" encoding="UTF-8"?>`,
		`<tmx version="1.4">`,
		`<header creationtool="satz" creationtoolversion="1.2.3" segtype="sentence" o-tmf="satz" adminlang="en" srclang="de" datatype="plaintext" creationdate="20260102T030405Z"></header>`,
		`<tu tuid="a-0-0">`,
		`<prop type="x-doc">a</prop>`,
		`<prop type="x-role">heading</prop>`,
		`<tuv xml:lang="de">`,
		`<seg>Grüße &amp; &lt;Küsse&gt;</seg>`,
		`<seg>Zeile eins und Steuerzeichen 😀.</seg>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("TMX lacks %s:\n%s", want, out)
		}
	}
	// Well-formed, and the text reads back.
	var doc struct {
		Body struct {
			TU []struct {
				TUV struct {
					Lang string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
					Seg  string `xml:"seg"`
				} `xml:"tuv"`
			} `xml:"tu"`
		} `xml:"body"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Body.TU) != 2 || doc.Body.TU[0].TUV.Seg != "Grüße & <Küsse>" || doc.Body.TU[0].TUV.Lang != "de" {
		t.Errorf("read back %+v", doc)
	}
}

func TestTMXWriterEmpty(t *testing.T) {
	var buf bytes.Buffer
	w := NewTMXWriter(&buf, WriterOptions{})
	w.Close()
	if err := xml.Unmarshal(buf.Bytes(), new(struct{})); err != nil {
		t.Errorf("empty TMX is not well-formed: %v\n%s", err, buf.String())
	}
}

func TestXMLText(t *testing.T) {
	for in, want := range map[string]string{
		"plain":            "plain",
		"a\nb\r\nc\td":     "a b  c d",
		"\x00\x08\x0b\x1f": "",
		"\uFFFE\uFFFF ok":  " ok",
		"bad \xff utf-8":   "bad  utf-8",
		"„Zitat“ 😀 \uFFFD": "„Zitat“ 😀 \uFFFD",
	} {
		got := xmlText(in)
		if got != want || !utf8.ValidString(got) {
			t.Errorf("xmlText(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRecordJSON checks the hand-written record encoder against the
// reflective one, on the records of the test articles and on records with
// nil and empty slices and text that needs escaping.
func TestRecordJSON(t *testing.T) {
	var recs []Record
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	p := NewProcessor(Options{})
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		recs = p.Process(string(b), Decoding{}, "d", f).Records(recs, true)
	}
	odd := "\"\\\n\r\t\b\f\x00\x1f<>&\u2028\u2029\xff\xed\xa0\x80 \u00e4 \U0001F600"
	recs = append(recs, Record{}, Record{Names: []NameRecord{}, Quotes: []QuoteRecord{}, Stray: []int{}},
		Record{ID: odd, Doc: odd, Source: odd, Block: -3, Role: odd, Lang: odd, Text: odd, Start: 1 << 40, End: -1,
			Names:  []NameRecord{{Text: odd, Type: odd, Start: 2, End: 3}, {}},
			Quotes: []QuoteRecord{{ID: odd, Open: odd, Close: odd, Speaker: odd, SpeakerFull: odd, Kind: odd, Balanced: true, Depth: 2}, {}},
			Stray:  []int{0, -1, 7}})
	quotes, names := 0, 0
	for i := range recs {
		want, err := json.Append(nil, &recs[i], 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := recs[i].appendJSON(nil); !bytes.Equal(got, want) {
			t.Fatalf("record %d:\n got %s\nwant %s", i, got, want)
		}
		quotes += len(recs[i].Quotes)
		names += len(recs[i].Names)
	}
	if quotes < 10 || names < 10 {
		t.Fatalf("only %d quotes and %d names: the test lost its input", quotes, names)
	}
}
