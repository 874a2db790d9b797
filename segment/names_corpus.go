package segment

import (
	"iter"
	"strings"
)

// Readers for the annotated development data that trains and evaluates the
// name marker: UD CoNLL-U (PROPN tokens) and GermEval 2014 (BIO entity spans).
// They parse strings; the callers read the files.

// nameGold is one annotated sentence.
type nameGold struct {
	text string
	toks []Span // gold tokens, byte offsets in text
	name []bool // the token belongs to a name
	typ  []int8 // its type (typPER…typMISC), -1 when the corpus has none
	b    []bool // the token begins an entity (GermEval's B- tags)
	part []bool // a compound holding a name (GermEval's *part tags)
}

// entities yields the gold entities as ranges of tokens, first and last
// (inclusive): a run of name tokens of one type that no B- tag splits.
func (g *nameGold) entities() iter.Seq2[int, int] {
	return func(yield func(first, last int) bool) {
		for j := 0; j < len(g.toks); j++ {
			if !g.name[j] {
				continue
			}
			e := j
			for e+1 < len(g.toks) && g.name[e+1] && !g.b[e+1] && g.typ[e+1] == g.typ[j] {
				e++
			}
			if !yield(j, e) {
				return
			}
			j = e
		}
	}
}

// parseNameCoNLLU reads CoNLL-U sentences. A token is a name when its UPOS
// is PROPN, except months and weekdays, which satz counts as common nouns.
func parseNameCoNLLU(data string) []nameGold {
	lx := loadLexicon()
	var out []nameGold
	for _, block := range strings.Split(strings.ReplaceAll(data, "\r\n", "\n"), "\n\n") {
		var g nameGold
		pos := 0
		skipTo := 0
		for _, line := range strings.Split(block, "\n") {
			if strings.HasPrefix(line, "# text = ") {
				g.text = line[len("# text = "):]
				continue
			}
			if line == "" || line[0] == '#' {
				continue
			}
			f := strings.Split(line, "\t")
			if len(f) < 4 {
				continue
			}
			id, form := f[0], f[1]
			if k := strings.IndexByte(id, '-'); k >= 0 {
				skipTo = atoiSimple(id[k+1:]) // a multi-word token covers the words up to here
			} else if strings.Contains(id, ".") {
				continue
			} else if atoiSimple(id) <= skipTo {
				continue
			}
			k := strings.Index(g.text[pos:], form)
			if k < 0 {
				continue
			}
			s := Span{pos + k, pos + k + len(form)}
			pos = s.End
			isName := f[3] == "PROPN" && !strings.Contains(id, "-")
			if isName && (lx.get(form)&lexCommon != 0 || lx.get(f[2])&lexCommon != 0) {
				isName = false
			}
			g.toks = append(g.toks, s)
			g.name = append(g.name, isName)
			g.typ = append(g.typ, -1)
			g.b = append(g.b, false)
			g.part = append(g.part, false)
		}
		if g.text != "" && len(g.toks) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// parseNameGermEval reads GermEval 2014 TSV sentences, joining tokens with
// single spaces. Outer entities count; *deriv and *part are not names.
func parseNameGermEval(data string) []nameGold {
	var out []nameGold
	for _, block := range strings.Split(strings.ReplaceAll(data, "\r\n", "\n"), "\n\n") {
		var g nameGold
		var sb strings.Builder
		for _, line := range strings.Split(block, "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			f := strings.Split(line, "\t")
			if len(f) < 3 {
				continue
			}
			if sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			s := Span{sb.Len(), sb.Len() + len(f[1])}
			sb.WriteString(f[1])
			tag := f[2]
			typ := int8(-1)
			if len(tag) > 2 && !strings.HasSuffix(tag, "deriv") && !strings.HasSuffix(tag, "part") {
				switch tag[2:] {
				case "PER":
					typ = int8(typPER)
				case "LOC":
					typ = int8(typLOC)
				case "ORG":
					typ = int8(typORG)
				case "OTH":
					typ = int8(typMISC)
				}
			}
			g.toks = append(g.toks, s)
			g.name = append(g.name, typ >= 0)
			g.typ = append(g.typ, typ)
			g.b = append(g.b, strings.HasPrefix(tag, "B-"))
			g.part = append(g.part, strings.HasSuffix(tag, "part"))
		}
		g.text = sb.String()
		if len(g.toks) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// joinNameGold joins sentences into one document, separated by spaces, and
// returns it with its sentence spans.
func joinNameGold(sents []nameGold) (nameGold, []Span) {
	var g nameGold
	var sb strings.Builder
	var spans []Span
	for _, s := range sents {
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		off := sb.Len()
		sb.WriteString(s.text)
		spans = append(spans, Span{off, sb.Len()})
		for k, t := range s.toks {
			g.toks = append(g.toks, Span{t.Start + off, t.End + off})
			g.name = append(g.name, s.name[k])
			g.typ = append(g.typ, s.typ[k])
			g.b = append(g.b, s.b[k])
			g.part = append(g.part, s.part[k])
		}
	}
	g.text = sb.String()
	return g, spans
}

// splitNameGold returns the first 75% (training) and the last 25%
// (held back for evaluation) of the sentences: a fixed split.
func splitNameGold(s []nameGold) (train, test []nameGold) {
	n := len(s) * 3 / 4
	return s[:n], s[n:]
}

func atoiSimple(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return n
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}
