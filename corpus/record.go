package corpus

import (
	"strconv"
	"unicode/utf8"
)

// Record is one line of satz JSONL v1: a segment with its annotations.
// Field order is the schema's order. Offsets are in Unicode code points:
// Start and End index the document's cleaned text, names and quotes index
// Text.
type Record struct {
	ID     string        `json:"id"`
	Doc    string        `json:"doc"`
	Source string        `json:"source"`
	Block  int           `json:"block"`
	Role   string        `json:"role"`
	Lang   string        `json:"lang"`
	Text   string        `json:"text"`
	Start  int           `json:"start"`
	End    int           `json:"end"`
	Names  []NameRecord  `json:"names"`
	Quotes []QuoteRecord `json:"quotes"`
	// Stray are the offsets of quotation marks that belong to no quote.
	Stray []int `json:"stray"`
}

// NameRecord is a proper noun in a Record.
type NameRecord struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
}

// QuoteRecord is the part of a quotation that lies in a Record's text.
type QuoteRecord struct {
	// ID is the same in every segment the quote spans.
	ID    string `json:"id"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Open and Close are the marks, empty where they lie in another segment
	// (or, for Close, where the quote is never closed).
	Open     string `json:"open"`
	Close    string `json:"close"`
	Depth    int    `json:"depth"`
	Balanced bool   `json:"balanced"`
	Speaker  string `json:"speaker"`
	// SpeakerFull is the speaker's fullest name in the document
	// ("Wakamiya" → "Kenji Wakamiya"), or Speaker.
	SpeakerFull string `json:"speaker_full"`
	Kind        string `json:"kind"`
}

// SegmentID is the stable ID of the n-th segment of a block.
func SegmentID(doc string, block, n int) string {
	return doc + "-" + strconv.Itoa(block) + "-" + strconv.Itoa(n)
}

// QuoteID is the stable ID of the q-th quote of a document.
func QuoteID(doc string, q int) string {
	return doc + "-q" + strconv.Itoa(q)
}

// Records appends the records of d's segments to dst. Segments of
// boilerplate are included only when keepBoilerplate is set.
func (d *Document) Records(dst []Record, keepBoilerplate bool) []Record {
	var pos, cp int // a byte offset in d.Text and its code point offset
	at := func(off int) int {
		cp += utf8.RuneCountInString(d.Text[pos:off])
		pos = off
		return cp
	}
	for i := range d.Segments {
		s := &d.Segments[i]
		if !keepBoilerplate && !s.Role.Kept() {
			continue
		}
		text := d.Text[s.Start:s.End]
		r := Record{
			ID:     SegmentID(d.ID, d.Blocks[s.Block].Index, s.N),
			Doc:    d.ID,
			Source: d.Source,
			Block:  d.Blocks[s.Block].Index,
			Role:   string(s.Role),
			Lang:   d.Lang,
			Text:   text,
			Start:  at(s.Start),
			Names:  make([]NameRecord, 0, len(s.Names)),
			Quotes: make([]QuoteRecord, 0, len(s.Quotes)),
			Stray:  make([]int, 0, len(s.Stray)),
		}
		r.End = at(s.End)
		// Offsets within the segment, counted on from the last one
		// (names and quotes come in text order).
		rpos, rcp := s.Start, 0
		rel := func(off int) int {
			if off < rpos {
				rpos, rcp = s.Start, 0
			}
			rcp += utf8.RuneCountInString(d.Text[rpos:off])
			rpos = off
			return rcp
		}
		for _, n := range s.Names {
			r.Names = append(r.Names, NameRecord{
				Start: rel(n.Start), End: rel(n.End), Text: d.Text[n.Start:n.End], Type: n.Type,
			})
		}
		for _, part := range s.Quotes {
			q := d.Quotes[part.Quote]
			qr := QuoteRecord{
				ID:          QuoteID(d.ID, part.Quote),
				Start:       rel(part.Start),
				End:         rel(part.End),
				Depth:       q.Depth,
				Balanced:    q.Balanced,
				Speaker:     q.Speaker,
				SpeakerFull: q.SpeakerFull,
				Kind:        q.Kind,
			}
			if part.HasOpen {
				qr.Open = q.Open
			}
			if part.HasClose {
				qr.Close = q.Close
			}
			r.Quotes = append(r.Quotes, qr)
		}
		for _, off := range s.Stray {
			r.Stray = append(r.Stray, rel(off))
		}
		dst = append(dst, r)
	}
	return dst
}
