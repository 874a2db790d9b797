package corpus

import (
	"context"
	"fmt"
	"iter"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/satzwerk/satz/align"
)

// LinkRecord is one line of satz's bilingual JSONL: an aligned group of
// German and English sentences. The translation field follows the Hugging
// Face convention ({"de": …, "en": …}, the same keys on every line).
// Names and quotes are given per side, with offsets in code points of that
// side's text.
type LinkRecord struct {
	ID          string        `json:"id"`
	Doc         string        `json:"doc"`
	Translation Translation   `json:"translation"`
	DEIDs       []int         `json:"de_ids"`
	ENIDs       []int         `json:"en_ids"`
	Type        string        `json:"type"`
	Score       float64       `json:"score"`
	DENames     []NameRecord  `json:"de_names"`
	ENNames     []NameRecord  `json:"en_names"`
	DEQuotes    []QuoteRecord `json:"de_quotes"`
	ENQuotes    []QuoteRecord `json:"en_quotes"`
}

// Translation is the text pair of a link; a side is "" in a 1-0 or 0-1
// link.
type Translation struct {
	DE string `json:"de"`
	EN string `json:"en"`
}

// Full reports whether both sides of the link have text.
func (l *LinkRecord) Full() bool { return len(l.DEIDs) > 0 && len(l.ENIDs) > 0 }

// Side is one side of an alignment: its sentences and, when they come
// from a processed document, the records they came from (for names and
// quotes).
type Side struct {
	Sentences []string
	records   []Record
	doc       *Document // the document read, nil for --lines
	segs      []int     // per sentence, its index in doc.Segments
}

// alignable reports whether a segment of role r takes part in alignment:
// text a translator translates, not credits or page furniture.
func alignable(r Role) bool {
	return r == RoleBody || r == RoleHeading || r == RoleCaption
}

// DocumentSide returns the alignable sentences of d.
func DocumentSide(d *Document) Side {
	s := Side{doc: d}
	// Records holds one record per kept segment, in order.
	recs := d.Records(nil, false)
	k := 0
	for i := range d.Segments {
		if !d.Segments[i].Role.Kept() {
			continue
		}
		r := recs[k]
		k++
		if alignable(Role(r.Role)) {
			s.Sentences = append(s.Sentences, r.Text)
			s.records = append(s.records, r)
			s.segs = append(s.segs, i)
		}
	}
	return s
}

// LinesSide returns a side whose sentences are the lines of text, as
// given: line i is sentence i.
func LinesSide(text string) Side {
	text = strings.TrimSuffix(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	if text == "" {
		return Side{}
	}
	return Side{Sentences: strings.Split(text, "\n")}
}

// LinkType is the type of a link: "1-1", "2-1", "0-1", … (German first).
func LinkType(de, en int) string { return strconv.Itoa(de) + "-" + strconv.Itoa(en) }

// Links turns an alignment of two sides into records.
func Links(doc string, de, en Side, res align.Result) []LinkRecord {
	out := make([]LinkRecord, 0, len(res.Links))
	for i, l := range res.Links {
		r := LinkRecord{
			ID:       doc + "-" + strconv.Itoa(i),
			Doc:      doc,
			DEIDs:    append([]int{}, l.DE...),
			ENIDs:    append([]int{}, l.EN...),
			Type:     LinkType(len(l.DE), len(l.EN)),
			Score:    roundScore(l.Score),
			DENames:  []NameRecord{},
			ENNames:  []NameRecord{},
			DEQuotes: []QuoteRecord{},
			ENQuotes: []QuoteRecord{},
		}
		r.Translation.DE = joinSide(de, l.DE, &r.DENames, &r.DEQuotes)
		r.Translation.EN = joinSide(en, l.EN, &r.ENNames, &r.ENQuotes)
		out = append(out, r)
	}
	return out
}

// roundScore keeps four decimals: more is noise, and fewer digits keep
// the output stable across platforms.
func roundScore(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	return v
}

// joinSide joins the sentences ids of a side with single spaces and
// collects their names and quotes with offsets into the joined text.
func joinSide(s Side, ids []int, names *[]NameRecord, quotes *[]QuoteRecord) string {
	var b strings.Builder
	offset := 0 // code points written so far
	for k, id := range ids {
		if k > 0 {
			b.WriteByte(' ')
			offset++
		}
		text := s.Sentences[id]
		b.WriteString(text)
		if id < len(s.records) {
			rec := s.records[id]
			for _, n := range rec.Names {
				n.Start += offset
				n.End += offset
				*names = append(*names, n)
			}
			for _, q := range rec.Quotes {
				q.Start += offset
				q.End += offset
				*quotes = append(*quotes, q)
			}
		}
		offset += utf8.RuneCountInString(text)
	}
	return b.String()
}

// AlignOptions configure an alignment run.
type AlignOptions struct {
	// Options are the processing options; Lang is ignored (German and
	// English sides).
	Options
	// Lines reads both sides as one sentence per line, without cleaning or
	// segmentation.
	Lines bool
	// Align configures the aligner.
	Align align.Options
	// Workers is the number of pairs aligned at once; 0 means one per CPU.
	Workers int
	// Strict stops at the first pair that cannot be read.
	Strict bool
	// OnSkip is called for every skipped pair.
	OnSkip func(pair string, err error)
	// OnPair is called for every aligned pair, in input order, before its
	// links are written.
	OnPair func(p Pair, res AlignedPair)
}

// AlignedPair is the outcome of aligning one pair of documents.
type AlignedPair struct {
	Links  []LinkRecord
	Result align.Result
	// DESentences and ENSentences are the numbers of sentences per side.
	DESentences, ENSentences int
	// LangDE and LangEN are the languages the sides look like ("de", "en"
	// or "" when unsure).
	LangDE, LangEN string
	// NamesAdded and NamesRemoved count the German proper-noun marks the
	// aligned English sentences added and removed (see reviseNames).
	NamesAdded, NamesRemoved int
}

// LinkWriter writes the links of aligned pairs.
type LinkWriter interface {
	WriteLinks(doc string, links []LinkRecord) error
	Close() error
}

// AlignStats counts what an alignment run did.
type AlignStats struct {
	Pairs   int
	Skipped int
	Links   map[string]int // by type
	// NamesAdded and NamesRemoved count the German proper-noun marks the
	// English sentences added and removed.
	NamesAdded, NamesRemoved int
}

type alignWorker struct{ de, en *Processor }

type alignResult struct {
	res AlignedPair
	err error
}

// AlignPairs reads, segments and aligns every pair, in parallel, and
// writes the links to w in input order.
func AlignPairs(ctx context.Context, pairs iter.Seq2[Pair, error], w LinkWriter, opt AlignOptions) (AlignStats, error) {
	st := AlignStats{Links: map[string]int{}}
	deOpt, enOpt := opt.Options, opt.Options
	deOpt.Lang, enOpt.Lang = "de", "en"
	err := orderedMap(ctx, pairs, opt.Workers, window[Pair]{},
		func() alignWorker { return alignWorker{NewProcessor(deOpt), NewProcessor(enOpt)} },
		func(wk alignWorker, p Pair, err error) alignResult {
			if err != nil {
				return alignResult{err: err}
			}
			res, err := alignPair(wk, p, opt)
			return alignResult{res, err}
		},
		func(p Pair, r alignResult) error {
			if r.err != nil {
				if opt.Strict {
					return &SkipError{Source: p.DE.Path, Err: r.err}
				}
				st.Skipped++
				if opt.OnSkip != nil {
					opt.OnSkip(p.ID, r.err)
				}
				return nil
			}
			st.Pairs++
			st.NamesAdded += r.res.NamesAdded
			st.NamesRemoved += r.res.NamesRemoved
			for _, l := range r.res.Links {
				st.Links[l.Type]++
			}
			if opt.OnPair != nil {
				opt.OnPair(p, r.res)
			}
			return w.WriteLinks(p.ID, r.res.Links)
		})
	return st, err
}

func alignPair(wk alignWorker, p Pair, opt AlignOptions) (AlignedPair, error) {
	// The two sides have their own processors: read them at once, which
	// halves the wait for one long pair (many pairs keep every core busy
	// anyway).
	var en Side
	var enErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		en, enErr = readSide(wk.en, p.EN, opt.Lines)
	}()
	de, err := readSide(wk.de, p.DE, opt.Lines)
	<-done
	if err != nil {
		return AlignedPair{}, err
	}
	if err := enErr; err != nil {
		return AlignedPair{}, err
	}
	if len(de.Sentences) == 0 {
		return AlignedPair{}, fmt.Errorf("%s: no German sentences to align", p.DE.Path)
	}
	if len(en.Sentences) == 0 {
		return AlignedPair{}, fmt.Errorf("%s: no English sentences to align", p.EN.Path)
	}
	res := align.Align(de.Sentences, en.Sentences, opt.Align)
	added, removed := reviseNames(&de, en, res)
	return AlignedPair{
		Links:        Links(p.ID, de, en, res),
		Result:       res,
		DESentences:  len(de.Sentences),
		ENSentences:  len(en.Sentences),
		LangDE:       GuessLanguage(de.Sentences),
		LangEN:       GuessLanguage(en.Sentences),
		NamesAdded:   added,
		NamesRemoved: removed,
	}, nil
}

func readSide(p *Processor, src Source, lines bool) (Side, error) {
	r, err := src.Open()
	if err != nil {
		return Side{}, pathError(src.Path, err)
	}
	defer r.Close()
	if !lines {
		d, err := p.Read(r, src.ID, src.Path)
		if err != nil {
			return Side{}, err
		}
		return DocumentSide(d), nil
	}
	b, err := readAllInto(nil, r)
	if err != nil {
		return Side{}, fmt.Errorf("%s: %w", src.Path, err)
	}
	text, _, err := Decode(b, p.opt.Encoding)
	if err != nil {
		return Side{}, fmt.Errorf("%s: %w", src.Path, err)
	}
	return LinesSide(text), nil
}
