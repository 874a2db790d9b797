package segment

import "strings"

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
	// Line by line: the search for the newline is vectorized, and only the
	// ends of a line are looked at.
	for pos := 0; pos < len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		first := pos
		for first < end && isLineSpace(text[first]) {
			first++
		}
		if first == end {
			// A line that holds no text closes the paragraph.
			if start >= 0 {
				dst = append(dst, Span{start, lastEnd})
				start = -1
			}
		} else {
			if start < 0 {
				start = first
			}
			last := end
			for isLineSpace(text[last-1]) {
				last--
			}
			lastEnd = last
		}
		pos = end + 1
	}
	if start >= 0 {
		dst = append(dst, Span{start, lastEnd})
	}
	return dst
}

func isLineSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}
