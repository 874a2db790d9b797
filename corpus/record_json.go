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
	b = appendString(b, `{"id":`, r.ID)
	b = appendString(b, `,"doc":`, r.Doc)
	b = appendString(b, `,"source":`, r.Source)
	b = appendInt(b, `,"block":`, r.Block)
	b = appendString(b, `,"role":`, r.Role)
	b = appendString(b, `,"lang":`, r.Lang)
	b = appendString(b, `,"text":`, r.Text)
	b = appendInt(b, `,"start":`, r.Start)
	b = appendInt(b, `,"end":`, r.End)
	b = appendList(append(b, `,"names":`...), r.Names, func(b []byte, n *NameRecord) []byte {
		b = appendInt(b, `{"start":`, n.Start)
		b = appendInt(b, `,"end":`, n.End)
		b = appendString(b, `,"text":`, n.Text)
		b = appendString(b, `,"type":`, n.Type)
		return append(b, '}')
	})
	b = appendList(append(b, `,"quotes":`...), r.Quotes, func(b []byte, q *QuoteRecord) []byte {
		b = appendString(b, `{"id":`, q.ID)
		b = appendInt(b, `,"start":`, q.Start)
		b = appendInt(b, `,"end":`, q.End)
		b = appendString(b, `,"open":`, q.Open)
		b = appendString(b, `,"close":`, q.Close)
		b = appendInt(b, `,"depth":`, q.Depth)
		b = strconv.AppendBool(append(b, `,"balanced":`...), q.Balanced)
		b = appendString(b, `,"speaker":`, q.Speaker)
		b = appendString(b, `,"speaker_full":`, q.SpeakerFull)
		b = appendString(b, `,"kind":`, q.Kind)
		return append(b, '}')
	})
	b = appendList(append(b, `,"stray":`...), r.Stray, func(b []byte, off *int) []byte {
		return strconv.AppendInt(b, int64(*off), 10)
	})
	return append(b, '}')
}

// appendString appends key (with its punctuation) and s as a JSON string.
func appendString(b []byte, key, s string) []byte {
	return json.AppendEscape(append(b, key...), s, 0)
}

// appendInt appends key (with its punctuation) and n.
func appendInt(b []byte, key string, n int) []byte {
	return strconv.AppendInt(append(b, key...), int64(n), 10)
}

// appendList appends xs as a JSON array of elem's encodings, null when nil.
func appendList[T any](b []byte, xs []T, elem func([]byte, *T) []byte) []byte {
	if xs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = elem(b, &xs[i])
	}
	return append(b, ']')
}
