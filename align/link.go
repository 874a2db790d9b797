package align

import (
	"fmt"
	"strconv"
	"strings"
)

// Link is one alignment bead: German sentence indices and English sentence
// indices (0-based, consecutive, either side may be empty for 1-0 / 0-1), with
// a calibrated confidence in [0,1].
//
// For a full link (both sides non-empty) Score estimates the probability that
// the link is exactly right. For a null link it estimates the probability that
// the sentence really has no counterpart in the other document.
type Link struct {
	DE, EN []int
	Score  float64
}

// Type returns the link type as "1-1", "1-2", "1-0", … (German count first).
func (l Link) Type() string { return strconv.Itoa(len(l.DE)) + "-" + strconv.Itoa(len(l.EN)) }

// Full reports whether both sides of the link are non-empty.
func (l Link) Full() bool { return len(l.DE) > 0 && len(l.EN) > 0 }

// String formats the link in vecalign's ladder style with German on the left:
// "[0]:[0]:0.93", "[1, 2]:[1]:0.71", "[3]:[]:0.10".
func (l Link) String() string {
	var b strings.Builder
	writeIDs(&b, l.DE)
	b.WriteByte(':')
	writeIDs(&b, l.EN)
	b.WriteByte(':')
	b.WriteString(strconv.FormatFloat(l.Score, 'f', 2, 64))
	return b.String()
}

func writeIDs(b *strings.Builder, ids []int) {
	b.WriteByte('[')
	for k, id := range ids {
		if k > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(id))
	}
	b.WriteByte(']')
}

// ParseLink parses a link in the format String writes; the score field is
// optional ("[1]:[1, 2]" has Score 0).
func ParseLink(s string) (Link, error) {
	s = strings.TrimSpace(s)
	var l Link
	de, rest, ok := cutIDs(s)
	if !ok || !strings.HasPrefix(rest, ":") {
		return l, fmt.Errorf("align: bad link %q", s)
	}
	en, rest, ok := cutIDs(rest[1:])
	if !ok {
		return l, fmt.Errorf("align: bad link %q", s)
	}
	l.DE, l.EN = de, en
	if rest == "" {
		return l, nil
	}
	if !strings.HasPrefix(rest, ":") {
		return l, fmt.Errorf("align: bad link %q", s)
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(rest[1:]), 64)
	if err != nil {
		return l, fmt.Errorf("align: bad score in link %q: %w", s, err)
	}
	l.Score = f
	return l, nil
}

func cutIDs(s string) (ids []int, rest string, ok bool) {
	if !strings.HasPrefix(s, "[") {
		return nil, s, false
	}
	end := strings.IndexByte(s, ']')
	if end < 0 {
		return nil, s, false
	}
	body := strings.TrimSpace(s[1:end])
	if body != "" {
		for f := range strings.SplitSeq(body, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(f))
			if err != nil || n < 0 {
				return nil, s, false
			}
			ids = append(ids, n)
		}
	}
	return ids, s[end+1:], true
}
