// Package segment holds satz's pure text functions: paragraphs, sentence
// boundaries, quotations and proper nouns.
//
// Every function works on a string and returns spans of it: byte offsets,
// half-open, on rune boundaries. Nothing here reads files or changes text.
package segment
