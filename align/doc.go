// Package align will hold satz's German–English sentence alignment (issue 7):
// a banded dynamic-programming aligner over 0-1, 1-0, 1-1, 1-2, 2-1 and longer
// merges, scored by length, numbers, names and identical tokens, with an
// optional bilingual dictionary, calibrated per-link and per-document scores.
//
// It is empty on purpose until then: satz does not fake alignment.
package align
