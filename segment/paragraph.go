package segment

// Paragraphs returns the paragraphs of text: maximal runs of lines that are
// separated by one or more blank lines (lines holding only spaces, tabs or
// carriage returns count as blank). Each span starts at the first non-space
// character of its paragraph and ends after its last non-space character, so
// the gaps between spans hold only whitespace.
func Paragraphs(text string) []Span {
	return AppendParagraphs(nil, text)
}

// AppendParagraphs appends the paragraphs of text to dst and returns it.
func AppendParagraphs(dst []Span, text string) []Span {
	start := -1   // start of the current paragraph, -1 when outside one
	lastEnd := -1 // end of the last non-space byte seen in the paragraph
	lineBlank := true
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch c {
		case '\n':
			// A newline ending a line that held no text closes the paragraph.
			if lineBlank && start >= 0 {
				dst = append(dst, Span{start, lastEnd})
				start = -1
			}
			lineBlank = true
		case ' ', '\t', '\r', '\v', '\f':
		default:
			if start < 0 {
				start = i
			}
			lineBlank = false
			lastEnd = i + 1
		}
	}
	if start >= 0 {
		dst = append(dst, Span{start, lastEnd})
	}
	return dst
}
