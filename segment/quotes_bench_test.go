package segment

import (
	"strings"
	"testing"
	"time"

	"github.com/satzwerk/satz/internal/benchdata"
	"github.com/satzwerk/satz/internal/cputime"
)

// seedDocs returns the seed articles repeated until they hold at least size
// bytes.
func seedDocs(b *testing.B, size int) (docs []string, total int) {
	b.Helper()
	return repeatDocs(seedTexts(b), size)
}

// repeatDocs returns texts repeated until they hold at least size bytes.
func repeatDocs(texts []string, size int) (docs []string, total int) {
	docs = benchdata.Repeat(texts, size)
	for _, d := range docs {
		total += len(d)
	}
	return docs, total
}

// BenchmarkQuotes marks the quotes of the seed articles repeated to about
// 1 MB, as one document, given its sentences (QuotesIn: the quote pass
// alone; Quotes adds sentence segmentation).
func BenchmarkQuotes(b *testing.B) {
	docs, _ := seedDocs(b, 1<<20)
	text := strings.Join(docs, "\n\n")
	sents := Sentences(text, Options{Lang: "de"})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		QuotesIn(text, sents, "de")
	}
}

// BenchmarkQuotesArticles marks the same articles one at a time, the way the
// pipeline calls QuotesIn.
func BenchmarkQuotesArticles(b *testing.B) {
	docs, total := seedDocs(b, 1<<20)
	sents := make([][]Span, len(docs))
	for i, d := range docs {
		sents[i] = Sentences(d, Options{Lang: "de"})
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range docs {
			QuotesIn(d, sents[i], "de")
		}
	}
}

// BenchmarkQuotesPathological runs inputs that are hard on the pairing and
// speaker passes, about 1 MB each, given their sentences; the time per byte
// must stay close to that of news text (no backtracking, no quadratic
// scans).
func BenchmarkQuotesPathological(b *testing.B) {
	const n = 1 << 20
	inputs := map[string]string{
		"openers":     strings.Repeat("„a ", n/5),
		"open-close":  strings.Repeat("„a ", n/10) + strings.Repeat("a“ ", n/10),
		"crossed":     strings.Repeat("»a ", n/10) + strings.Repeat("a“ ", n/10),
		"singles":     strings.Repeat("‚a ", n/10) + strings.Repeat("a’ ", n/10),
		"apostrophes": strings.Repeat(" 'a", n/6) + strings.Repeat("a' ", n/6),
		"strays":      strings.Repeat("a“ ", n/5),
		"speech":      strings.Repeat("„Wir kommen“, sagte Xaver Kishida. ", n/40),
		"pronouns":    strings.Repeat("Dr. Frank Vogel kam. „Wir kommen“, sagte er. ", n/50),
		"paragraphs":  strings.Repeat("„Wir kommen.\n\n", n/18),
		"lines":       strings.Repeat("„Wir kommen.\n", n/17),
		"no-marks":    strings.Repeat("Der Mann ging über die Straße. ", n/32),
		"names":       strings.Repeat("„a“, sagte Kx. Frank Y sagte: „b“. ", n/40),
	}
	for _, name := range []string{"openers", "open-close", "crossed", "singles", "apostrophes", "strays",
		"speech", "pronouns", "paragraphs", "lines", "no-marks", "names"} {
		text := inputs[name]
		sents := Sentences(text, Options{Lang: "de"})
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				QuotesIn(text, sents, "de")
			}
		})
	}
}

// BenchmarkSegmentQuotes measures what quote marking adds to segmentation,
// the way the pipeline runs them: the sentence splitter records the
// quotation marks it passes (QuoteMarks.AppendSentences), and QuotesMarked
// pairs them and attributes the quotes, given those sentences. Each
// iteration times three passes over the same texts: plain sentence
// splitting (AppendSentences), splitting that records the marks, and
// QuotesMarked; it reports what the last two add to the first as a
// percentage of it (quotes-%; the budget is 10): (marks − plain + quotes) /
// plain. It also times QuotesIn on the sentences of the plain pass, which
// finds the marks itself, and reports that as old-quotes-%, the figure
// before the splitter recorded marks; marks-% is the recording alone.
//
// The times are process CPU time where it can be read (wall time
// elsewhere), the two sentence passes take turns on every 64 KB of
// documents, and the two quote passes on every iteration, so that the
// ratios hold on a busy machine where MB/s figures
// from separate runs do not. "articles" calls each pass once per seed
// article, as the pipeline calls them per document; "news" runs them on
// the text of BenchmarkSentences1MB as one document; "short" on each of its
// paragraphs as a document of its own (short news items, most without a
// quotation mark), where what a call costs before it reads any text counts;
// "wmt" on the German WMT news of the development data, one document at a
// time, when ../../shared is there. The seed articles and the WMT news have
// one quote in about 600 and 690 bytes, "news" one in about 1,240 (most of
// it is UD sentences): "articles" and "wmt" are the figures for real news.
func BenchmarkSegmentQuotes(b *testing.B) {
	for _, c := range segmentQuotesCorpora(b) {
		b.Run(c.name, func(b *testing.B) {
			total := 0
			for _, d := range c.docs {
				total += len(d)
			}
			b.SetBytes(int64(total))
			b.ReportAllocs()
			clock := cputime.Process
			if clock() == 0 {
				start := time.Now()
				clock = func() time.Duration { return time.Since(start) }
			}
			opt := Options{Lang: "de"}
			// Room for the sentences and marks, as in a warm pipeline.
			sents := make([][]Span, len(c.docs))
			msents := make([][]Span, len(c.docs))
			marks := make([]QuoteMarks, len(c.docs))
			paras := docParagraphs(c.docs)
			for i, d := range c.docs {
				sents[i] = AppendSentences(sents[i], d, opt)
				msents[i] = marks[i].AppendSentences(msents[i], d, 0, opt)
			}
			// The two sentence passes take turns chunk by chunk (about
			// 64 KB of documents), first one and then the other going
			// first, so that both see the same load: what the marks add
			// is the small difference of two large times.
			var chunks [][2]int
			for i, n := 0, 0; i < len(c.docs); i++ {
				if n == 0 {
					chunks = append(chunks, [2]int{i, i})
				}
				chunks[len(chunks)-1][1] = i + 1
				if n += len(c.docs[i]); n >= 64<<10 {
					n = 0
				}
			}
			pass := func(marked bool, ch [2]int) time.Duration {
				t0 := clock()
				for i := ch[0]; i < ch[1]; i++ {
					if marked {
						marks[i].Reset()
						msents[i] = marks[i].AppendSentences(msents[i][:0], c.docs[i], 0, opt)
					} else {
						sents[i] = AppendSentences(sents[i][:0], c.docs[i], opt)
					}
				}
				return clock() - t0
			}
			var ts, tm, tq, tOld time.Duration
			odd := false
			for b.Loop() {
				for _, ch := range chunks {
					if odd {
						tm += pass(true, ch)
						ts += pass(false, ch)
					} else {
						ts += pass(false, ch)
						tm += pass(true, ch)
					}
					odd = !odd
				}
				// The quote passes take turns too: the second one finds
				// the text around the quotes in the cache.
				quotes := func() time.Duration {
					t0 := clock()
					for i, d := range c.docs {
						QuotesMarked(d, msents[i], paras[i], &marks[i], "de")
					}
					return clock() - t0
				}
				quotesIn := func() time.Duration {
					t0 := clock()
					for i, d := range c.docs {
						QuotesIn(d, sents[i], "de")
					}
					return clock() - t0
				}
				if odd {
					tOld += quotesIn()
					tq += quotes()
				} else {
					tq += quotes()
					tOld += quotesIn()
				}
				if len(chunks)%2 == 0 {
					odd = !odd
				}
			}
			b.ReportMetric(100*(tm-ts+tq).Seconds()/ts.Seconds(), "quotes-%")
			b.ReportMetric(100*(tm-ts).Seconds()/ts.Seconds(), "marks-%")
			b.ReportMetric(100*tOld.Seconds()/ts.Seconds(), "old-quotes-%")
		})
	}
}

// docParagraphs returns the paragraphs of each document, which the
// pipeline passes to QuotesMarked (its blocks, found while cleaning).
func docParagraphs(docs []string) [][]Span {
	paras := make([][]Span, len(docs))
	for i, d := range docs {
		paras[i] = Paragraphs(d)
	}
	return paras
}

type benchCorpus struct {
	name string
	docs []string
}

// segmentQuotesCorpora returns the texts of BenchmarkSegmentQuotes.
func segmentQuotesCorpora(b *testing.B) []benchCorpus {
	articles, _ := seedDocs(b, 1<<20)
	news := newsCorpus(b, 1<<20)
	var short []string
	for _, p := range Paragraphs(news) {
		short = append(short, news[p.Start:p.End])
	}
	cs := []benchCorpus{{"articles", articles}, {"news", []string{news}}, {"short", short}}
	if wmt := wmtDocs(1 << 20); wmt != nil {
		cs = append(cs, benchCorpus{"wmt", wmt})
	}
	return cs
}

// wmtDocs returns the German WMT news documents of the development data
// (real news with as many quotes as the seed articles: one in about 690
// bytes), repeated until they hold at least size bytes, or nil when the
// data is not there.
func wmtDocs(size int) []string { return benchdata.WMTNews("../../shared/data", size) }

// BenchmarkQuotesIn runs the quote pass of BenchmarkSegmentQuotes alone,
// given the sentences, for profiles and instruction counts that hold only
// the quote pass.
func BenchmarkQuotesIn(b *testing.B) {
	for _, c := range segmentQuotesCorpora(b) {
		b.Run(c.name, func(b *testing.B) {
			total := 0
			sents := make([][]Span, len(c.docs))
			for i, d := range c.docs {
				total += len(d)
				sents[i] = Sentences(d, Options{Lang: "de"})
			}
			b.SetBytes(int64(total))
			b.ReportAllocs()
			for b.Loop() {
				for i, d := range c.docs {
					QuotesIn(d, sents[i], "de")
				}
			}
		})
	}
}

// BenchmarkQuotesMarked is BenchmarkQuotesIn given the quotation marks
// that the sentence splitter recorded and the paragraphs (QuotesMarked, as
// the pipeline calls it): the quote pass of BenchmarkSegmentQuotes.
func BenchmarkQuotesMarked(b *testing.B) {
	for _, c := range segmentQuotesCorpora(b) {
		b.Run(c.name, func(b *testing.B) {
			total := 0
			sents := make([][]Span, len(c.docs))
			marks := make([]QuoteMarks, len(c.docs))
			paras := docParagraphs(c.docs)
			for i, d := range c.docs {
				total += len(d)
				sents[i] = marks[i].AppendSentences(nil, d, 0, Options{Lang: "de"})
			}
			b.SetBytes(int64(total))
			b.ReportAllocs()
			for b.Loop() {
				for i, d := range c.docs {
					QuotesMarked(d, sents[i], paras[i], &marks[i], "de")
				}
			}
		})
	}
}

// BenchmarkSplitCorpora splits the texts of BenchmarkSegmentQuotes into
// sentences, plain and recording the quotation marks, for instruction
// counts of the sentence passes of BenchmarkSegmentQuotes.
func BenchmarkSplitCorpora(b *testing.B) {
	for _, c := range segmentQuotesCorpora(b) {
		for _, rec := range []bool{false, true} {
			name := c.name + "/plain"
			if rec {
				name = c.name + "/marks"
			}
			b.Run(name, func(b *testing.B) {
				total := 0
				opt := Options{Lang: "de"}
				sents := make([][]Span, len(c.docs))
				marks := make([]QuoteMarks, len(c.docs))
				for i, d := range c.docs {
					total += len(d)
					sents[i] = marks[i].AppendSentences(nil, d, 0, opt)
				}
				b.SetBytes(int64(total))
				b.ReportAllocs()
				for b.Loop() {
					for i, d := range c.docs {
						if rec {
							marks[i].Reset()
							sents[i] = marks[i].AppendSentences(sents[i][:0], d, 0, opt)
						} else {
							sents[i] = AppendSentences(sents[i][:0], d, opt)
						}
					}
				}
			})
		}
	}
}
