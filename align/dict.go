package align

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dict is a German–English word dictionary used as extra evidence: the share
// of words in a German sentence whose translation occurs in the English one,
// and the reverse. Words are stored lower-cased and crudely stemmed, so
// inflected forms in running text still find their entry. Only single-word
// entries are kept. A Dict is read-only after ReadDict and safe for
// concurrent use.
type Dict struct {
	deIDs, enIDs map[string]uint32
	deTr, enTr   [][]uint32 // by German id: English ids; by English id: German ids
}

// Len returns the number of distinct German headwords.
func (d *Dict) Len() int { return len(d.deIDs) }

// ReadDict reads a dictionary in one of two formats, detected from the
// first entry line:
//
//   - Ding (what Debian's trans-de-en installs as /usr/share/trans/de-en):
//     "Haus {n} | Häuser {pl} :: house | houses", alternatives separated by
//     ";", parallel sub-entries by "|", annotations in {} [] () ignored;
//   - hunalign: "Haus @ house", German first, one pair per line.
//
// Lines starting with "#" and empty lines are skipped. Multi-word phrases are
// skipped except that a leading English "to " and German "sich " are dropped.
func ReadDict(r io.Reader) (*Dict, error) {
	d := &Dict{deIDs: map[string]uint32{}, enIDs: map[string]uint32{}}
	br := bufio.NewReaderSize(r, 64<<10)
	format := 0 // 0 unknown, 1 Ding, 2 hunalign
	line := 0
	for {
		s, err := br.ReadString('\n')
		if s != "" {
			line++
			s = strings.TrimRight(s, "\r\n")
			t := strings.TrimSpace(s)
			if t != "" && !strings.HasPrefix(t, "#") {
				if format == 0 {
					switch {
					case strings.Contains(t, " :: "):
						format = 1
					case strings.Contains(t, " @ "):
						format = 2
					default:
						return nil, fmt.Errorf("align: dictionary line %d: neither Ding (\" :: \") nor hunalign (\" @ \") format", line)
					}
				}
				if format == 1 {
					d.addDing(t)
				} else if de, en, ok := strings.Cut(t, " @ "); ok {
					d.addAlternatives(de, en)
				}
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("align: reading dictionary line %d: %w", line+1, err)
		}
	}
	if format == 0 {
		return nil, errors.New("align: empty dictionary")
	}
	for i, tr := range d.deTr {
		d.deTr[i] = sortUniq(tr)
	}
	for i, tr := range d.enTr {
		d.enTr[i] = sortUniq(tr)
	}
	return d, nil
}

func (d *Dict) addDing(t string) {
	de, en, ok := strings.Cut(t, " :: ")
	if !ok {
		return
	}
	des, ens := strings.Split(de, "|"), strings.Split(en, "|")
	if len(des) != len(ens) {
		des, ens = des[:1], ens[:1]
	}
	for k := range des {
		d.addAlternatives(des[k], ens[k])
	}
}

func (d *Dict) addAlternatives(de, en string) {
	var dw, ew []string
	for a := range strings.SplitSeq(de, ";") {
		if w, ok := cleanEntry(a, false); ok {
			dw = append(dw, w)
		}
	}
	if len(dw) == 0 {
		return
	}
	for a := range strings.SplitSeq(en, ";") {
		if w, ok := cleanEntry(a, true); ok {
			ew = append(ew, w)
		}
	}
	for _, a := range dw {
		ia := id(d.deIDs, &d.deTr, a)
		for _, b := range ew {
			ib := id(d.enIDs, &d.enTr, b)
			d.deTr[ia] = append(d.deTr[ia], ib)
			d.enTr[ib] = append(d.enTr[ib], ia)
		}
	}
}

func id(m map[string]uint32, tr *[][]uint32, w string) uint32 {
	if v, ok := m[w]; ok {
		return v
	}
	v := uint32(len(*tr))
	m[w] = v
	*tr = append(*tr, nil)
	return v
}

// cleanEntry strips annotations and returns the entry's single word, stemmed.
func cleanEntry(s string, en bool) (string, bool) {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '{', '[', '(':
			depth++
		case '}', ']', ')':
			if depth > 0 {
				depth--
			}
		default:
			if depth == 0 {
				b.WriteRune(r)
			}
		}
	}
	f := strings.Fields(b.String())
	if len(f) == 2 && (en && f[0] == "to" || !en && f[0] == "sich") {
		f = f[1:]
	}
	if len(f) != 1 {
		return "", false
	}
	w := f[0]
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return "", false
		}
	}
	if !contentWord(w, en) {
		return "", false
	}
	return stem(w, en), true
}

// germanStop and englishStop are function words left out of dictionary
// evidence: they occur in almost every sentence and match by chance.
var germanStop = setOf("aber auch oder wenn wird wurde wurden sind eine einer eines einen einem sein seine seiner " +
	"nicht noch schon sich über nach dies diese dieser dieses haben hatte hatten werden kann können mehr denn doch " +
	"dann dass damit dort hier alle allen aller durch gegen ohne unter zwischen sowie jetzt immer etwa bereits wieder " +
	"ihre ihren ihrer ihrem ihres seinen seinem selbst sollen soll muss müssen dabei")
var englishStop = setOf("that this with have were will from they their them there these those been being which what " +
	"when where also more than into about would could should some such only then very over other after before " +
	"because while through under between against again already just does done said")

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(s) {
		m[w] = true
	}
	return m
}

func contentWord(w string, en bool) bool {
	if utf8.RuneCountInString(w) < 4 {
		return false
	}
	lw := strings.ToLower(w)
	if en {
		return !englishStop[lw]
	}
	return !germanStop[lw]
}

// stem lower-cases w and strips one common inflectional ending, so that
// dictionary headwords and running text meet (Häusern→häus, houses→house).
func stem(w string, en bool) string {
	w = strings.ToLower(w)
	n := utf8.RuneCountInString(w)
	var sufs []string
	if en {
		sufs = []string{"ies", "ing", "ed", "es", "s"}
	} else {
		sufs = []string{"ern", "en", "er", "es", "em", "e", "n", "s"}
	}
	for _, s := range sufs {
		if strings.HasSuffix(w, s) && n-len(s) >= 4 {
			return w[:len(w)-len(s)]
		}
	}
	return w
}

// annotate adds the sentence's dictionary evidence to st.
func (d *Dict) annotate(st *sent, s string, en bool) {
	ids, tr := d.deIDs, d.deTr
	if en {
		ids, tr = d.enIDs, d.enTr
	}
	words(s, func(w string, _ int) {
		if !contentWord(w, en) {
			return
		}
		k := stem(w, en)
		v, ok := ids[k]
		if !ok || len(tr[v]) == 0 {
			return
		}
		st.dictIDs = append(st.dictIDs, v)
		if !slices.ContainsFunc(st.dictWords, func(x []uint32) bool { return &x[0] == &tr[v][0] }) {
			st.dictWords = append(st.dictWords, tr[v])
		}
	})
	st.dictIDs = sortUniq(st.dictIDs)
	for _, id := range st.dictIDs {
		h := bloomBit(id)
		st.dictBloom[h>>6] |= 1 << (h & 63)
	}
}

// dictHits counts the words of a (their translation lists) that have a
// translation among b's dictionary ids.
func dictHits(a, b *sent) int {
	n := 0
	for _, tr := range a.dictWords {
		for _, t := range tr {
			// The bit filter rejects most translations without a search.
			if h := bloomBit(t); b.dictBloom[h>>6]&(1<<(h&63)) == 0 {
				continue
			}
			if _, ok := slices.BinarySearch(b.dictIDs, t); ok {
				n++
				break
			}
		}
	}
	return n
}

// bloomBit maps a dictionary id to one of 256 filter bits.
func bloomBit(id uint32) uint32 { return (id * 2654435761) >> 24 }
