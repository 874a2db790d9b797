package corpus

import (
	"github.com/satzwerk/satz/align"
	"github.com/satzwerk/satz/segment"
)

// namesMinScore is the score a link needs before its English sentences
// count as evidence for the German proper-noun marks: more likely right
// than wrong.
const namesMinScore = 0.5

// nameEvidence reports whether link l is one whose English sentences say
// something about the names of its German ones: a full link of one or two
// sentences a side (not 2-2, where words may belong to the other
// sentence) that is likely right.
func nameEvidence(l align.Link) bool {
	return l.Full() && l.Score >= namesMinScore && len(l.DE) <= 2 && len(l.EN) <= 2 && len(l.DE)+len(l.EN) <= 3
}

// reviseNames revises the proper-noun marks of the German side with the
// English sentences aligned to them (segment.NamesFromTranslation) and
// returns the number of marks added and removed. Sides read with --lines
// have no marks to revise.
func reviseNames(de *Side, en Side, res align.Result) (added, removed int) {
	if de.doc == nil || en.doc == nil {
		return 0, 0
	}
	var links []segment.AlignedSpans
	for _, l := range res.Links {
		if !nameEvidence(l) {
			continue
		}
		var a segment.AlignedSpans
		for _, id := range l.DE {
			a.DE = append(a.DE, de.doc.Segments[de.segs[id]].Span)
		}
		for _, id := range l.EN {
			a.EN = append(a.EN, en.doc.Segments[en.segs[id]].Span)
		}
		links = append(links, a)
	}
	if len(links) == 0 {
		return 0, 0
	}
	var names []segment.Name
	for _, i := range de.segs {
		names = append(names, de.doc.Segments[i].Names...)
	}
	revised, changes := segment.NamesFromTranslation(de.doc.Text, names, en.doc.Text, links)
	if len(changes) == 0 {
		return 0, 0
	}
	for _, c := range changes {
		if c.Added {
			added++
		} else {
			removed++
		}
	}
	// Give every alignable segment its revised names (they never cross a
	// segment: the sentences are the spans the names were found in).
	k := 0
	for _, i := range de.segs {
		seg := &de.doc.Segments[i]
		seg.Names = nil
		for k < len(revised) && revised[k].End <= seg.Start {
			k++
		}
		for ; k < len(revised) && revised[k].Start < seg.End; k++ {
			if revised[k].Start >= seg.Start && revised[k].End <= seg.End {
				seg.Names = append(seg.Names, revised[k])
			}
		}
	}
	*de = DocumentSide(de.doc)
	return added, removed
}
