package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"
)

// newsParagraph is a paragraph of German news text that stands on its own:
// names, a quote with its speaker, numbers, non-ASCII letters.
func newsParagraph(i int) string {
	return fmt.Sprintf("Der Stadtrat von Köln beschloss am %d. Mai %d neue Radwege für die Innenstadt. "+
		"„Wir bauen weiter, auch wenn es dauert“, sagte Bürgermeisterin Anna Berger am Montag in Köln. "+
		"Die Kosten liegen nach Angaben der Verwaltung bei %d,%d Millionen Euro.", i%28+1, i, i%997, i%10)
}

func buildRecords(t *testing.T, text, path string, opt BuildOptions) ([]Record, Stats) {
	t.Helper()
	sink := &recordSink{}
	sources := func(yield func(Source, error) bool) {
		yield(Source{Path: path, ID: docName(path), stdin: strings.NewReader(text)}, nil)
	}
	st, err := Build(context.Background(), sources, sink, opt)
	if err != nil {
		t.Fatal(err)
	}
	var recs []Record
	for _, d := range sink.docs {
		recs = append(recs, d...)
	}
	return recs, st
}

// cleanedText is what satz clean prints for text.
func cleanedText(t *testing.T, text, path string, chunk int) string {
	t.Helper()
	var b strings.Builder
	if err := CleanText(&b, strings.NewReader(text), path, CleanOptions{ChunkBytes: chunk}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// checkOffsets checks that records are in order, have unique IDs and that
// their offsets index the cleaned text in code points.
func checkOffsets(t *testing.T, recs []Record, cleaned string) {
	t.Helper()
	runes := []rune(cleaned)
	ids := map[string]bool{}
	prevEnd, prevBlock := 0, 0
	for _, r := range recs {
		if r.Start < prevEnd || r.End > len(runes) || r.Start > r.End {
			t.Fatalf("%s: [%d,%d) after %d, in %d code points", r.ID, r.Start, r.End, prevEnd, len(runes))
		}
		if got := string(runes[r.Start:r.End]); got != r.Text {
			t.Fatalf("%s: cleaned[%d:%d] = %q, want %q", r.ID, r.Start, r.End, got, r.Text)
		}
		if r.Block < prevBlock {
			t.Fatalf("%s: block %d after block %d", r.ID, r.Block, prevBlock)
		}
		if ids[r.ID] || !strings.HasPrefix(r.ID, fmt.Sprintf("%s-%d-", r.Doc, r.Block)) {
			t.Fatalf("record ID %s: repeated, or not of block %d", r.ID, r.Block)
		}
		ids[r.ID] = true
		prevEnd, prevBlock = r.End, r.Block
	}
}

// TestBuildInParts processes a document in parts of 4 KiB and as a whole:
// for text whose paragraphs stand on their own, the records are the same,
// IDs, blocks, offsets and quote IDs included.
func TestBuildInParts(t *testing.T) {
	var paras []string
	for i := range 300 {
		paras = append(paras, newsParagraph(i))
		if i%50 == 7 {
			paras = append(paras, fmt.Sprintf("Zwischentitel Nummer %d", i)) // a heading: never the last line of a part
		}
	}
	text := "Radwege in Köln\n\n" + strings.Join(paras, "\n\n") + "\n"
	whole, _ := buildRecords(t, text, "koeln.txt", BuildOptions{ChunkBytes: 1 << 20})
	parts, st := buildRecords(t, text, "koeln.txt", BuildOptions{ChunkBytes: 4 << 10, Workers: 1})
	parts8, _ := buildRecords(t, text, "koeln.txt", BuildOptions{ChunkBytes: 4 << 10, Workers: 8})
	if fmt.Sprint(parts) != fmt.Sprint(parts8) {
		t.Error("records in parts differ between 1 and 8 workers")
	}
	if st.Documents != 1 || len(whole) != 3*300+1+6 {
		t.Fatalf("stats %+v, %d records whole", st, len(whole))
	}
	if len(parts) != len(whole) {
		t.Fatalf("%d records in parts, %d whole", len(parts), len(whole))
	}
	for i := range whole {
		a, b := fmt.Sprintf("%+v", whole[i]), fmt.Sprintf("%+v", parts[i])
		if a != b {
			t.Fatalf("record %d:\nwhole    %s\nin parts %s", i, a, b)
		}
	}
	cleaned := cleanedText(t, text, "koeln.txt", 4<<10)
	if cleaned != Clean(text) {
		t.Error("the cleaned text in parts differs from the whole's")
	}
	checkOffsets(t, parts, cleaned)
}

// TestBuildLongLine cuts a paragraph without a line break between
// sentences: the parts continue one block, numbered on.
func TestBuildLongLine(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 40<<10; i++ {
		fmt.Fprintf(&b, "Am %d. März sagte Dr. Müller in Zürich: „Das ist Satz %d.“ ", i%28+1, i)
	}
	text := b.String()
	recs, _ := buildRecords(t, text, "zeile.txt", BuildOptions{ChunkBytes: 4 << 10})
	whole, _ := buildRecords(t, text, "zeile.txt", BuildOptions{})
	if len(recs) != len(whole) {
		t.Fatalf("%d records in parts, %d whole", len(recs), len(whole))
	}
	for i, r := range recs {
		if r.Block != 0 || r.ID != fmt.Sprintf("zeile-0-%d", i) || r.Text != whole[i].Text || r.Start != whole[i].Start {
			t.Fatalf("record %d: %s %q at %d, whole: %s %q at %d", i, r.ID, r.Text, r.Start, whole[i].ID, whole[i].Text, whole[i].Start)
		}
	}
	checkOffsets(t, recs, cleanedText(t, text, "zeile.txt", 4<<10))
}

// TestBuildInPartsOddInput cuts input without sentence boundaries, white
// space, or any valid encoding at all: no text is lost and offsets hold.
func TestBuildInPartsOddInput(t *testing.T) {
	tests := map[string]string{
		"no punctuation": strings.Repeat("wort Wort wörter ", 2000),
		"no white space": strings.Repeat("Straßenbahnhaltestelle", 2000),
		"line breaks":    strings.Repeat("Zeile ohne Satzende\n", 2000),
		"crlf":           strings.Repeat("Ein Satz.\r\n\r\nNoch einer.\r\n", 1000),
		"windows-1252":   strings.Repeat("Gr\xfc\xdfe aus K\xf6ln. ", 2000),
		"invalid utf-8":  strings.Repeat("Grüße \xff\xfe aus Köln. ", 2000),
		"utf-16le":       "\xff\xfe" + utf16le(strings.Repeat("Grüße aus Köln. ", 2000)),
		"blank lines":    strings.Repeat("\n \n\t\n", 10000) + "Ein Satz." + strings.Repeat("\n\n", 10000),
		"markdown":       strings.Repeat("# Titel\n\n---\n\nDer **Hafen** wächst.\n\n", 1000),
		"controls only":  strings.Repeat("\x01\x02 \u200b", 10000),
	}
	for name, text := range tests {
		t.Run(name, func(t *testing.T) {
			path := "x.txt"
			if name == "markdown" {
				path = "x.md"
			}
			recs, st := buildRecords(t, text, path, BuildOptions{ChunkBytes: 4 << 10})
			if st.Documents != 1 || st.Skipped != 0 {
				t.Fatalf("stats %+v", st)
			}
			cleaned := cleanedText(t, text, path, 4<<10)
			checkOffsets(t, recs, cleaned)
			// Every letter of the cleaned text is in a record.
			var letters, inRecords int
			for _, r := range cleaned {
				if r > ' ' {
					letters++
				}
			}
			for _, r := range recs {
				for _, c := range r.Text {
					if c > ' ' {
						inRecords++
					}
				}
			}
			if name != "markdown" && inRecords != letters {
				t.Errorf("%d non-space characters in records, %d in the cleaned text", inRecords, letters)
			}
			if !utf8.ValidString(cleaned) || (name != "controls only" && len(recs) == 0) {
				t.Errorf("%d records; cleaned text valid UTF-8: %v", len(recs), utf8.ValidString(cleaned))
			}
		})
	}
}

func utf16le(s string) string {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8)) // BMP only
	}
	return string(b)
}

// TestFindCut checks where a part ends.
func TestFindCut(t *testing.T) {
	tests := []struct {
		name, text string
		chunk      int
		want       string // the part before the cut
		sep        string
	}{
		{"blank line after a sentence", "Erster Satz.\n\nZweiter Satz.\n\nTitel\n\nText", 40, "Erster Satz.\n\nZweiter Satz.", "\n\n"},
		{"any blank line", "Titel eins\n\nTitel zwei\n\nText", 25, "Titel eins\n\nTitel zwei", "\n\n"},
		{"sentence", "Er kam am 3. Mai. Sie ging. Dann kam Dr. Maier zurück.", 40, "Er kam am 3. Mai. Sie ging.", " "},
		{"line break", "Eine Zeile ohne Punkt\nnoch eine ohne Punkt\nund eine dritte", 50, "Eine Zeile ohne Punkt\nnoch eine ohne Punkt", "\n"},
		{"white space", "wort wort wort wort wort wort", 20, "wort wort wort wort", " "},
		{"character boundary", "ÄÄÄÄÄÄÄÄÄÄ", 9, "ÄÄÄÄ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			end, next := findCut([]byte(tt.text), tt.chunk)
			got, sep := tt.text[:end], gapSeparator([]byte(tt.text[end:next]))
			if got != tt.want || sep != tt.sep {
				t.Errorf("cut after %q with %q, want after %q with %q", got, sep, tt.want, tt.sep)
			}
			if strings.TrimSpace(tt.text[end:next]) != "" {
				t.Errorf("the gap %q holds text", tt.text[end:next])
			}
		})
	}
}

// TestCleanTextReaders reads a large input through readers that return
// little at a time: the parts, and so the cleaned text, are the same.
func TestCleanTextReaders(t *testing.T) {
	var paras []string
	for i := range 200 {
		paras = append(paras, newsParagraph(i))
	}
	text := strings.Join(paras, "\n\n")
	want := cleanedText(t, text, "a.txt", 4<<10)
	for name, r := range map[string]io.Reader{
		"one byte": iotest.OneByteReader(strings.NewReader(text)),
		"half":     iotest.HalfReader(strings.NewReader(text)),
		"data err": iotest.DataErrReader(strings.NewReader(text)),
	} {
		var b bytes.Buffer
		if err := CleanText(&b, r, "a.txt", CleanOptions{ChunkBytes: 4 << 10}); err != nil || b.String() != want {
			t.Errorf("%s: err %v, cleaned text differs: %v", name, err, b.String() != want)
		}
	}
}

// TestBuildReadErrorInPart: a read error in the middle of a large input
// skips the rest of it, says what was written, and the run goes on.
func TestBuildReadErrorInPart(t *testing.T) {
	var paras []string
	for i := range 100 {
		paras = append(paras, newsParagraph(i))
	}
	text := strings.Join(paras, "\n\n")
	sources := func(yield func(Source, error) bool) {
		broken := io.MultiReader(strings.NewReader(text), iotest.ErrReader(errors.New("input/output error")))
		_ = yield(Source{Path: "kaputt.txt", ID: "kaputt", stdin: broken}, nil) &&
			yield(Source{Path: "gut.txt", ID: "gut", stdin: strings.NewReader("Ein Satz.")}, nil)
	}
	var skipped []string
	sink := &recordSink{}
	st, err := Build(context.Background(), sources, sink, BuildOptions{ChunkBytes: 4 << 10, OnSkip: func(_ string, err error) {
		skipped = append(skipped, err.Error())
	}})
	if err != nil || st.Skipped != 1 || len(skipped) != 1 {
		t.Fatalf("err %v, stats %+v, skipped %q", err, st, skipped)
	}
	if !strings.Contains(skipped[0], "kaputt.txt: input/output error after") || !strings.Contains(skipped[0], "written") {
		t.Errorf("skip message %q", skipped[0])
	}
	if last := sink.docs[len(sink.docs)-1]; last[0].Doc != "gut" {
		t.Errorf("the document after the broken one was not written: %+v", last)
	}
	if _, err := Build(context.Background(), sources, &recordSink{}, BuildOptions{ChunkBytes: 4 << 10, Strict: true}); err == nil {
		t.Error("strict: no error")
	}
}

// FuzzBuildInParts processes any input in small parts: the records' IDs
// are unique and their offsets index the cleaned text that CleanText
// writes, part by part, for the same input.
func FuzzBuildInParts(f *testing.F) {
	f.Add([]byte(strings.Repeat(newsParagraph(1)+"\n\n", 8)), uint16(300), false)
	f.Add([]byte(strings.Repeat("Am 3. März sagte Dr. Müller: „Ja.“ ", 100)), uint16(100), false)
	f.Add([]byte(strings.Repeat("# Titel\n\n---\n\n```\ncode\n\n```\n\nDer **Hafen** wächst.\n\n", 20)), uint16(60), true)
	f.Add([]byte("\xff\xfe"+utf16le(strings.Repeat("Grüße aus Köln.\n\n", 50))), uint16(64), false)
	f.Add([]byte(strings.Repeat("Gr\xfc\xdfe\r\n\r\n\xed\xa0\x80 \u200b\n", 60)), uint16(17), false)
	f.Fuzz(func(t *testing.T, b []byte, chunk uint16, md bool) {
		size := 16 + int(chunk)%4096
		path := "f.txt"
		if md {
			path = "f.md"
		}
		recs, st := buildRecords(t, string(b), path, BuildOptions{ChunkBytes: size, KeepBoilerplate: true, Workers: 2})
		if st.Skipped > 0 {
			return // binary
		}
		var cleaned strings.Builder
		if err := CleanText(&cleaned, bytes.NewReader(b), path, CleanOptions{ChunkBytes: size}); err != nil {
			t.Fatalf("CleanText: %v, but Build read the input", err)
		}
		checkOffsets(t, recs, cleaned.String())
	})
}
