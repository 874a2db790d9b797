package segment

// Span is a half-open byte range [Start, End) of the text it was computed on.
type Span struct {
	Start, End int
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Text returns the slice of text the span covers.
func (s Span) Text(text string) string { return text[s.Start:s.End] }

// Name is a proper-noun mention: a span of the text and its entity type.
type Name struct {
	Span
	// Type is "PER", "LOC", "ORG" or "MISC".
	Type string
}

// Quote is a quotation: the span from the opening mark through the closing
// mark (both included when present).
type Quote struct {
	Span
	// Open and Close are the quotation marks as they appear in the text.
	// Close is empty when the quote is never closed (Balanced is false).
	Open, Close string
	// Depth is 0 for an outermost quote, 1 for a quote inside it, and so on.
	Depth int
	// Balanced reports whether the closing mark was found.
	Balanced bool
	// Speaker is the speaker as written near the quote, "" when unknown.
	Speaker string
	// Kind is "speech", "title" or "scare" ("" when undecided).
	Kind string
	// SpeakerFull is Speaker resolved to the fullest form of the name the
	// document gives, before or after the quote ("Wakamiya" → "Kenji
	// Wakamiya"); it equals Speaker when no longer form is found or the
	// speaker is not a name.
	SpeakerFull string
	// SpeakerStart and SpeakerEnd are the byte offsets of the mention that
	// Speaker was taken from (text[SpeakerStart:SpeakerEnd] == Speaker), or
	// -1 when there is no speaker. The mention may lie before the quote, after
	// it, or in an earlier paragraph when the speaker was carried over.
	SpeakerStart, SpeakerEnd int
}
