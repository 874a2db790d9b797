// Package align aligns the sentences of a German article with the sentences
// of its English original (or the English article it was adapted from), so
// that satz can write sentence pairs a user can trust.
//
// # Use
//
//	r := align.Align(deSentences, enSentences, align.Options{})
//	for _, l := range r.Links { fmt.Println(l) } // "[0]:[0]:0.97", "[3]:[]:0.88", …
//	if !r.Parallel { /* the two documents are not translations of each other */ }
//
// The input is already split into sentences (segment.Sentences); Align never
// re-splits: a line holding two sentences is one unit.
//
// # Invariants
//
//   - Every German and every English sentence is in exactly one Link; the
//     ids of a side are consecutive, and the links are in document order
//     (monotone). 1-0 and 0-1 links hold sentences left unaligned.
//   - Link.Score and Result.Score are in [0,1].
//   - Align is pure and deterministic: no I/O, no mutable globals, no map
//     iteration order in the output. A Dict is read-only and can be shared
//     by concurrent calls.
//
// # Method
//
// A dynamic programme finds the monotone sequence of links with the highest
// total log-odds. Link shapes (German-English): 1-1, 1-0, 0-1, 1-2, 2-1, 2-2,
// 1-3, 3-1, 1-4, 4-1. A full link is taken only when its log-odds beat
// leaving its sentences unaligned, so adapted articles keep their good links
// and leave the rest as 1-0 / 0-1, and blocks that moved (gold links that
// would cross) stay unaligned instead of being forced.
//
// The log-odds of a link come from a logistic model over these features:
//
//   - length: the squared Gale–Church deviation of the English character
//     count from 0.93 × the German one (variance 3.2 per character), capped;
//   - numbers on both sides / on one side only, after normalization:
//     „1.000,5“ and "1,000.5" are both 1000.5, „14.30 Uhr“ and "2:30 p.m."
//     are both 14:30, „31.07.2020“ gives 31, 7, 2020, German and English
//     number words up to twelve, month and weekday names (März/March);
//   - cognates and names: words of four or more letters and all-capital
//     words (NATO, EU) are folded (ä→e, ö→o, ü→u, ß→ss, y→i, c/z→k, ph th ch
//     lose the h, double letters single) and compared by their first five
//     letters, so Tokio/Tokyo, Polizei/police and Präsident/president match;
//     a few false friends (also, will, fast, kind, gift…) are ignored;
//   - capitalized English words inside the sentence (names) not found on the
//     German side;
//   - question and exclamation marks, colons, quotes, parentheses and dashes
//     present on both sides / on one side only;
//   - dictionary: the share of German words whose translation occurs in the
//     English side, and the reverse;
//   - the number of sentence-final marks on each side (a line that holds
//     two sentences against one sentence);
//   - the link shape (each sentence beyond 1-1 costs), and a term for very
//     short sentences, where every piece of evidence is weak.
//
// Every count is capped, so no one kind of anchor decides a link alone.
//
// # Dictionaries
//
// Options.Dict adds a dictionary read by ReadDict, in Ding format (Debian's
// trans-de-en, /usr/share/trans/de-en; GPL, so satz neither embeds nor ships
// it) or hunalign's "de @ en" format. Without one, Align uses a small
// built-in glossary of about 370 frequent news words written for satz
// (data/glossary.txt); Options.NoGlossary turns that off. The three settings
// have separately fitted weights.
//
// # Scores
//
// Weights were fitted on the even-numbered documents of the align-dev set
// (WMT21 newstest2021 de-en) and measured on the odd-numbered ones and on a
// separate 2000-sentence document (WMT22 generaltest2022 + other WMT21
// documents): see align_test's TestEval (go test -run Eval -v ./align).
//
// Link.Score of a full link is the calibrated probability that the link is
// exactly right: sigmoid(a·z + b + c·supported + d·share), where z is the
// link's log-odds, supported says whether it shares a rare anchor (a number,
// name or cognate found in at most three sentences of each document) or
// dictionary words on both sides, and share is the part of the document's
// sentences in supported links. The calibration was fitted on correct and
// wrong links of the fitting documents and of pairs of unrelated articles.
// For a null link, Score is the calibrated probability that the sentence
// really has no counterpart.
//
// Result.Score is the number of sentences (both sides) in supported links,
// weighted by their scores, over twice the shorter side's sentence count
// plus two: the part of what could be aligned that is. Counting against the
// shorter side means that a short German adaptation of a long English
// article is judged by how much of the German has a counterpart; the two
// extra sentences keep one chance link from making a one- or two-sentence
// document parallel. Result.Parallel is Score >= ParallelThreshold (0.1).
// On align-dev (go test -run 'EvalDocScore|EvalShortened' -v ./align) every
// translated or adapted pair scores at least 0.19, and none of the 1482
// pairs of a German document with the English of another is reported
// parallel (highest score 0.09). German versions keeping every second, third
// or fifth sentence of the English are reported parallel in 114–117 of 117
// cases per setting, while 0–2 of 1482 such shortened German texts paired
// with another document's English are; shorter German texts (two or four
// sentences) are misjudged more often (see Limits).
//
// Options.MinScore (default 0) turns full links scoring below it into 1-0 /
// 0-1 links.
//
// # Defaults and cost
//
// The search runs in a band of ±32 sentences around a path through rare
// shared anchors: sentence pairs sharing two anchors that occur in at most
// two sentences per side (or one occurring once on each side), counted in
// the whole documents and in overlapping windows of 400 sentences, of which
// the longest non-crossing chain is kept; where there are none, around the
// diagonal. Pairs of at most 2^18 cells (about 500×500 sentences, or very
// unequal lengths) are searched without a band. When a full link of the
// best path touches the band's edge, the band is re-centred on the path
// and widened after three tries, at most six passes and 4 Mi cells. Time
// and memory are linear in document length: about 0.31 CPU-seconds and 25
// MB for 4000×4000 sentences (0.53 s, 48 MB for 8000×8000) on an AMD EPYC
// development machine; 0.65 s with the 206 000-line Ding dictionary, which
// ReadDict reads in about 1.6 s. For long documents (about 1000 sentences
// a side and more) the sentence analysis, the pair evidence and the merge
// beads are computed on all cores, row by row, so wall time is lower when
// cores are free; the dynamic programme itself runs on one, and the result
// does not depend on the number of cores.
//
// # German specifics
//
// German text runs about 7 % longer than English in characters. German
// writes decimal commas and thousands dots, ordinal dots (31. Januar) and
// times with Uhr; nouns are capitalized, so only English capitalization is
// read as a name signal. Translators often split one long German sentence
// into two or three English ones, and German adaptations merge or drop
// sentences.
//
// # Limits
//
//   - Alignment is monotone: a passage moved to another place is left
//     unaligned, never linked across.
//   - Without a dictionary, a short sentence without numbers, names or
//     cognates is aligned by its length and position alone; in adapted
//     articles such links are the main source of errors.
//   - Document pairs of only a few sentences give little evidence; very
//     short pairs may be reported as not parallel, or, rarely, an unrelated
//     one- to four-sentence German text as parallel to a long English one.
//   - The calibration weighs the share of both documents in supported links,
//     so links of a German text much shorter than its English original get
//     lower scores than the same links in a full translation (on align-dev,
//     80–99 % of the right links of German texts keeping a third or a fifth
//     of the sentences still score 0.5 or more).
//   - Links longer than 4 sentences on one side, and 2-3 / 3-2 links, are
//     not considered.
package align
