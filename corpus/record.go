package corpus

import (
	"math/bits"
	"slices"
	"strconv"
	"unicode/utf8"
	"unsafe"
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

// QuoteID is the stable ID of the q-th quote of a document.
func QuoteID(doc string, q int) string {
	return string(appendQuoteID(nil, doc, q))
}

// SegmentID is the stable ID of the n-th segment of a block.
func SegmentID(doc string, block, n int) string {
	return string(appendSegmentID(nil, doc, block, n))
}

func appendSegmentID(b []byte, doc string, block, n int) []byte {
	b = append(b, doc...)
	b = append(b, '-')
	b = strconv.AppendInt(b, int64(block), 10)
	b = append(b, '-')
	return strconv.AppendInt(b, int64(n), 10)
}

func appendQuoteID(b []byte, doc string, q int) []byte {
	b = append(b, doc...)
	b = append(b, "-q"...)
	return strconv.AppendInt(b, int64(q), 10)
}

// idArena builds the IDs of a document's records in one buffer: a string
// per record and per quote would be a third of the pipeline's allocations.
// Bytes once written are never changed, so the strings stay valid when
// the buffer grows.
type idArena struct{ b []byte }

func (a *idArena) str(start int) string {
	return unsafe.String(&a.b[start], len(a.b)-start)
}

func (a *idArena) segment(doc string, block, n int) string {
	start := len(a.b)
	a.b = appendSegmentID(a.b, doc, block, n)
	return a.str(start)
}

func (a *idArena) quote(doc string, q int) string {
	start := len(a.b)
	a.b = appendQuoteID(a.b, doc, q)
	return a.str(start)
}

// Records appends the records of d's segments to dst. Segments of
// boilerplate are included only when keepBoilerplate is set.
func (d *Document) Records(dst []Record, keepBoilerplate bool) []Record {
	// One allocation each for the records, their names, quotes, stray
	// marks and IDs.
	var nrec, nnames, nquotes, nstray int
	for i := range d.Segments {
		if s := &d.Segments[i]; keepBoilerplate || s.Role.Kept() {
			nrec++
			nnames += len(s.Names)
			nquotes += len(s.Quotes)
			nstray += len(s.Stray)
		}
	}
	dst = slices.Grow(dst, nrec)
	names := make([]NameRecord, 0, nnames)
	quotes := make([]QuoteRecord, 0, nquotes)
	stray := make([]int, 0, nstray)
	ids := idArena{make([]byte, 0, (nrec+nquotes)*(len(d.ID)+8))}
	var pos, cp int // a byte offset in d.Text and its code point offset
	at := func(off int) int {
		cp += runeCount(d.Text[pos:off])
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
			ID:     ids.segment(d.ID, d.Blocks[s.Block].Index, s.N),
			Doc:    d.ID,
			Source: d.Source,
			Block:  d.Blocks[s.Block].Index,
			Role:   string(s.Role),
			Lang:   d.Lang,
			Text:   text,
			Start:  at(s.Start),
		}
		// Offsets within the segment, counted on from the last one
		// (names and quotes come in text order); the segment's end is
		// counted on from the last of them.
		startCP := cp
		rpos, rcp := s.Start, 0
		rel := func(off int) int {
			if off < rpos {
				rpos, rcp = s.Start, 0
			}
			rcp += runeCount(d.Text[rpos:off])
			rpos = off
			return rcp
		}
		k := len(names)
		for _, n := range s.Names {
			names = append(names, NameRecord{
				Start: rel(n.Start), End: rel(n.End), Text: d.Text[n.Start:n.End], Type: n.Type,
			})
		}
		r.Names = names[k:len(names):len(names)]
		k = len(quotes)
		for _, part := range s.Quotes {
			q := d.Quotes[part.Quote]
			qr := QuoteRecord{
				ID:          ids.quote(d.ID, part.Quote),
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
			quotes = append(quotes, qr)
		}
		r.Quotes = quotes[k:len(quotes):len(quotes)]
		k = len(stray)
		for _, off := range s.Stray {
			stray = append(stray, rel(off))
		}
		r.Stray = stray[k:len(stray):len(stray)]
		pos, cp = rpos, startCP+rcp
		r.End = at(s.End)
		dst = append(dst, r)
	}
	return dst
}

// runeCount is utf8.RuneCountInString (each invalid byte counts as one),
// eight bytes at a time through ASCII: record offsets count the code
// points of every byte of the output, and news text is mostly ASCII.
func runeCount(s string) int {
	n, i := 0, 0
	for i+8 <= len(s) {
		w := le64(s[i : i+8])
		if w&swarHigh == 0 {
			n += 8
			i += 8
			continue
		}
		// ASCII up to the first byte with its top bit, then one rune
		// (or one invalid byte, as a range loop counts it).
		k := bits.TrailingZeros64(w&swarHigh) >> 3
		i += k
		n += k + 1
		// The runes of German text inline: U+0080–U+07FF and
		// U+1000–U+CFFF (dashes, quotation marks, €), which are valid with
		// any continuation bytes.
		switch c := s[i]; {
		case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2
		case c >= 0xE1 && c <= 0xEC && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			i += 3
		default:
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	for range s[i:] {
		n++
	}
	return n
}
