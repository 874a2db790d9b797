package corpus

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// memSources yields in-memory documents.
func memSources(texts ...string) iter.Seq2[Source, error] {
	return func(yield func(Source, error) bool) {
		for i, t := range texts {
			if !yield(Source{Path: fmt.Sprintf("doc%d.txt", i), ID: fmt.Sprintf("doc%d", i), stdin: strings.NewReader(t)}, nil) {
				return
			}
		}
	}
}

type recordSink struct{ docs [][]Record }

func (s *recordSink) Write(r []Record) error {
	s.docs = append(s.docs, append([]Record(nil), r...))
	return nil
}
func (s *recordSink) Close() error { return nil }

func TestBuildOrderAndStats(t *testing.T) {
	var texts []string
	for i := range 50 {
		// Sizes vary so that workers finish out of order.
		texts = append(texts, strings.Repeat(fmt.Sprintf("Satz %d über Köln. ", i), 1+(i*7)%40)+"\n\nAnzeige")
	}
	for _, workers := range []int{1, 4, 16} {
		sink := &recordSink{}
		st, err := Build(context.Background(), memSources(texts...), sink, BuildOptions{Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		if st.Documents != 50 || st.Dropped != 50 || st.Skipped != 0 || len(sink.docs) != 50 {
			t.Fatalf("-j %d: stats %+v, %d docs written", workers, st, len(sink.docs))
		}
		for i, recs := range sink.docs {
			if recs[0].Doc != fmt.Sprintf("doc%d", i) {
				t.Fatalf("-j %d: document %d written as %s", workers, i, recs[0].Doc)
			}
		}
	}
}

func TestBuildSkipsAndStrict(t *testing.T) {
	sources := func(yield func(Source, error) bool) {
		_ = yield(Source{Path: "a.txt", ID: "a", stdin: strings.NewReader("Eins.")}, nil) &&
			yield(Source{Path: "weg.txt"}, errors.New("weg.txt: no such file")) &&
			yield(Source{Path: "bin.txt", ID: "bin", stdin: strings.NewReader("\x00\x01\x02\x03\x00\x00\xff")}, nil) &&
			yield(Source{Path: "b.txt", ID: "b", stdin: strings.NewReader("Zwei.")}, nil)
	}
	var skipped []string
	sink := &recordSink{}
	st, err := Build(context.Background(), sources, sink, BuildOptions{OnSkip: func(src string, err error) {
		skipped = append(skipped, err.Error())
	}})
	if err != nil || st.Documents != 2 || st.Skipped != 2 || len(sink.docs) != 2 {
		t.Fatalf("err %v, stats %+v", err, st)
	}
	if len(skipped) != 2 || !strings.Contains(skipped[1], "bin.txt: binary") {
		t.Errorf("skipped = %q", skipped)
	}
	_, err = Build(context.Background(), sources, &recordSink{}, BuildOptions{Strict: true})
	var se *SkipError
	if !errors.As(err, &se) || se.Source != "weg.txt" {
		t.Errorf("strict: err = %v, want a SkipError for weg.txt", err)
	}
}

func TestBuildCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	infinite := func(yield func(Source, error) bool) {
		for i := 0; ; i++ {
			if !yield(Source{Path: "x", ID: fmt.Sprint(i), stdin: strings.NewReader("Satz.")}, nil) {
				return
			}
		}
	}
	if _, err := Build(ctx, infinite, &recordSink{}, BuildOptions{Workers: 2}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// FuzzProcess checks the central invariant: segments are ordered spans of
// the cleaned text, and the gaps between them are whitespace only, so
// segments and gaps give back the cleaned text. Offsets of names and
// quotes lie inside their segment, on rune boundaries.
func FuzzProcess(f *testing.F) {
	seeds, _ := filepath.Glob("../testdata/articles/*.txt")
	for _, s := range seeds {
		b, _ := os.ReadFile(s)
		f.Add(b)
	}
	for _, s := range []string{"", "Anzeige\n\nEin Satz. Noch einer!", "„Zitat.“ Er ging.\r\n\r\nFoto (AP Photo/X)", "\xff\xfe\x00a", "a\u00ad\u200bb"} {
		f.Add([]byte(s))
	}
	p := NewProcessor(Options{})
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := p.Read(bytes.NewReader(b), "f", "f.txt")
		if err != nil {
			return // binary input is rejected, fine
		}
		var rebuilt strings.Builder
		pos := 0
		for _, s := range d.Segments {
			if s.Start < pos || s.End <= s.Start || s.End > len(d.Text) {
				t.Fatalf("segment [%d,%d) after %d in %d bytes", s.Start, s.End, pos, len(d.Text))
			}
			gap := d.Text[pos:s.Start]
			if strings.TrimSpace(gap) != "" {
				t.Fatalf("gap %q before segment %q holds text", gap, d.Text[s.Start:s.End])
			}
			rebuilt.WriteString(gap)
			rebuilt.WriteString(d.Text[s.Start:s.End])
			pos = s.End
			for _, n := range s.Names {
				if n.Start < s.Start || n.End > s.End || !utf8.RuneStart(d.Text[n.Start]) {
					t.Fatalf("name %+v outside segment %+v", n, s.Span)
				}
			}
			for _, q := range s.Quotes {
				if q.Start < s.Start || q.End > s.End || q.Start > q.End {
					t.Fatalf("quote part %+v outside segment %+v", q, s.Span)
				}
			}
		}
		if strings.TrimSpace(d.Text[pos:]) != "" {
			t.Fatalf("text after the last segment: %q", d.Text[pos:])
		}
		rebuilt.WriteString(d.Text[pos:])
		if rebuilt.String() != d.Text {
			t.Fatal("segments and gaps do not give back the cleaned text")
		}
		if !utf8.ValidString(d.Text) {
			t.Fatal("cleaned text is not valid UTF-8")
		}
		recs := d.Records(nil, true)
		for _, r := range recs {
			if utf8.RuneCountInString(r.Text) != r.End-r.Start {
				t.Fatalf("record %s: [%d,%d) for %d code points", r.ID, r.Start, r.End, utf8.RuneCountInString(r.Text))
			}
		}
		checkWriters(t, recs)
	})
}

func TestAtomicFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.jsonl")
	os.WriteFile(path, []byte("alt"), 0o644)

	f, err := CreateAtomic(path)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("neu")
	if b, _ := os.ReadFile(path); string(b) != "alt" {
		t.Errorf("target changed before Commit: %q", b)
	}
	f.Abort()
	if b, _ := os.ReadFile(path); string(b) != "alt" {
		t.Errorf("target changed by Abort: %q", b)
	}

	f, _ = CreateAtomic(path)
	f.WriteString("neu")
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	f.Abort() // after Commit: no effect
	if b, _ := os.ReadFile(path); string(b) != "neu" {
		t.Errorf("after Commit: %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d files in dir, want 1", len(entries))
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", info.Mode().Perm())
	}

	if _, err := CreateAtomic(filepath.Join(dir, "fehlt", "x.tmx")); err == nil || !strings.Contains(err.Error(), "fehlt") {
		t.Errorf("missing dir: err = %v", err)
	}
}

// checkWriters writes records as JSONL and TMX and checks that both parse
// back: JSONL line by line with the same texts, TMX as well-formed XML 1.0.
func checkWriters(t *testing.T, recs []Record) {
	t.Helper()
	var jb bytes.Buffer
	jw := NewJSONLWriter(&jb)
	if err := jw.Write(recs); err != nil {
		t.Fatal(err)
	}
	jw.Close()
	r := NewJSONLReader(&jb, "fuzz.jsonl")
	for i := 0; ; i++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			if i != len(recs) {
				t.Fatalf("read %d JSONL records, wrote %d", i, len(recs))
			}
			break
		}
		if err != nil {
			t.Fatalf("JSONL does not parse: %v", err)
		}
		if rec.Text != recs[i].Text {
			t.Fatalf("JSONL text %q read back as %q", recs[i].Text, rec.Text)
		}
	}
	var xb bytes.Buffer
	xw := NewTMXWriter(&xb, WriterOptions{})
	if err := xw.Write(recs); err != nil {
		t.Fatal(err)
	}
	xw.Close()
	if !utf8.Valid(xb.Bytes()) {
		t.Fatal("TMX is not valid UTF-8")
	}
	for _, r := range xb.String() {
		if !xmlChar(r) {
			t.Fatalf("TMX holds %U, not allowed in XML 1.0", r)
		}
	}
	dec := xml.NewDecoder(&xb)
	segs := 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("TMX is not well-formed: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "seg" {
			segs++
		}
	}
	if segs != len(recs) {
		t.Fatalf("TMX has %d <seg>, want %d", segs, len(recs))
	}
}

// TestBuildSkipAnnotations: the TMX and text writers write no names and no
// quotes, so a run that leaves both passes out (as satz build does for
// them) writes the same bytes as one that marks them.
func TestBuildSkipAnnotations(t *testing.T) {
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, format := range []string{FormatTMX, FormatTxt} {
		var out [2]bytes.Buffer
		for i, skip := range []bool{false, true} {
			w, _ := NewWriter(format, &out[i], WriterOptions{Date: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
			opt := BuildOptions{Options: Options{SkipNames: skip, SkipQuotes: skip}}
			if _, err := Build(context.Background(), memSources(texts...), w, opt); err != nil {
				t.Fatal(err)
			}
			w.Close()
		}
		if out[0].Len() < 1000 || !bytes.Equal(out[0].Bytes(), out[1].Bytes()) {
			t.Errorf("%s: %d bytes with names and quotes, %d without", format, out[0].Len(), out[1].Len())
		}
	}
}

// TestAlignSkipAnnotations: the TMX, ladder and parallel-text link writers
// write no names and no quotes, so satz align leaves both passes out for
// them; the links are the same bytes as with the passes.
func TestAlignSkipAnnotations(t *testing.T) {
	for _, format := range []string{FormatTMX, FormatLadder, FormatTxt} {
		var out [2]bytes.Buffer
		for i, skip := range []bool{false, true} {
			pairs, err := Pairs("../testdata/align/de", "../testdata/align/en", SourceOptions{})
			if err != nil {
				t.Fatal(err)
			}
			var w LinkWriter
			switch format {
			case FormatTMX:
				w = NewTMXWriter(&out[i], WriterOptions{SrcLang: "de", Date: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
			case FormatLadder:
				w = NewLadderWriter(&out[i], true)
			default:
				w = NewParallelTextWriter(&out[i], &out[i], LinkFilter{})
			}
			opt := AlignOptions{Options: Options{SkipNames: skip, SkipQuotes: skip}}
			if _, err := AlignPairs(context.Background(), pairs, w, opt); err != nil {
				t.Fatal(err)
			}
			w.Close()
		}
		if out[0].Len() < 100 || !bytes.Equal(out[0].Bytes(), out[1].Bytes()) {
			t.Errorf("%s: %d bytes with names and quotes, %d without", format, out[0].Len(), out[1].Len())
		}
	}
}
