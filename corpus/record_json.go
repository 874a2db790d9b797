package corpus

import (
	"strconv"

	"github.com/segmentio/encoding/json"
)

// appendJSON appends r as JSON, byte for byte what json.Append(b, r, 0)
// writes (fields in struct order, strings escaped by json.AppendEscape, no
// HTML escaping, a nil slice as null), without reflection: the JSONL writer
// encodes every record of a run, and the reflective encoder was a tenth of
// the pipeline's time. TestRecordJSON and FuzzWriters compare the two.
func (r *Record) appendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = json.AppendEscape(b, r.ID, 0)
	b = append(b, `,"doc":`...)
	b = json.AppendEscape(b, r.Doc, 0)
	b = append(b, `,"source":`...)
	b = json.AppendEscape(b, r.Source, 0)
	b = append(b, `,"block":`...)
	b = strconv.AppendInt(b, int64(r.Block), 10)
	b = append(b, `,"role":`...)
	b = json.AppendEscape(b, r.Role, 0)
	b = append(b, `,"lang":`...)
	b = json.AppendEscape(b, r.Lang, 0)
	b = append(b, `,"text":`...)
	b = json.AppendEscape(b, r.Text, 0)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(r.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(r.End), 10)
	b = append(b, `,"names":`...)
	if r.Names == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range r.Names {
			if i > 0 {
				b = append(b, ',')
			}
			n := &r.Names[i]
			b = append(b, `{"start":`...)
			b = strconv.AppendInt(b, int64(n.Start), 10)
			b = append(b, `,"end":`...)
			b = strconv.AppendInt(b, int64(n.End), 10)
			b = append(b, `,"text":`...)
			b = json.AppendEscape(b, n.Text, 0)
			b = append(b, `,"type":`...)
			b = json.AppendEscape(b, n.Type, 0)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = append(b, `,"quotes":`...)
	b = appendQuotesJSON(b, r.Quotes)
	b = append(b, `,"stray":`...)
	if r.Stray == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, off := range r.Stray {
			if i > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendInt(b, int64(off), 10)
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

// appendQuotesJSON appends quotes as json.Append would.
func appendQuotesJSON(b []byte, quotes []QuoteRecord) []byte {
	if quotes == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range quotes {
		if i > 0 {
			b = append(b, ',')
		}
		q := &quotes[i]
		b = append(b, `{"id":`...)
		b = json.AppendEscape(b, q.ID, 0)
		b = append(b, `,"start":`...)
		b = strconv.AppendInt(b, int64(q.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(q.End), 10)
		b = append(b, `,"open":`...)
		b = json.AppendEscape(b, q.Open, 0)
		b = append(b, `,"close":`...)
		b = json.AppendEscape(b, q.Close, 0)
		b = append(b, `,"depth":`...)
		b = strconv.AppendInt(b, int64(q.Depth), 10)
		b = append(b, `,"balanced":`...)
		b = strconv.AppendBool(b, q.Balanced)
		b = append(b, `,"speaker":`...)
		b = json.AppendEscape(b, q.Speaker, 0)
		b = append(b, `,"speaker_full":`...)
		b = json.AppendEscape(b, q.SpeakerFull, 0)
		b = append(b, `,"kind":`...)
		b = json.AppendEscape(b, q.Kind, 0)
		b = append(b, '}')
	}
	return append(b, ']')
}
