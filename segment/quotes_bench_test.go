package segment

import (
	"github.com/satzwerk/satz/internal/cputime"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// seedDocs returns the seed articles repeated until they hold at least size
// bytes.
func seedDocs(b *testing.B, size int) (docs []string, total int) {
	b.Helper()
	var seeds []string
	for _, name := range []string{"000_6d3a47c650f2fa95.txt", "001_05c1183762590607.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "articles", name))
		if err != nil {
			b.Fatal(err)
		}
		seeds = append(seeds, string(data))
	}
	for total < size {
		for _, s := range seeds {
			docs = append(docs, s)
			total += len(s)
		}
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
// the way the pipeline runs them: each iteration splits the text into
// sentences and then marks its quotes with QuotesIn, which takes those
// sentences, timing the two passes apart, and reports quote time as a
// percentage of sentence time (quotes-%; the budget is 10). Both passes see
// the same text under the same load, and the times are process CPU time
// where it can be read (wall time elsewhere), so the ratio holds on a busy
// machine where MB/s figures from separate runs do not. "articles" calls
// both once per seed article, as the pipeline does; "news" runs them on the
// text of BenchmarkSentences1MB as one document; "short" on each of its
// paragraphs as a document of its own (short news items, most without a
// quotation mark), where what a call costs before it reads any text counts.
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
			sents := make([][]Span, len(c.docs))
			for i, d := range c.docs {
				sents[i] = AppendSentences(sents[i], d, opt) // room for them, as in a warm pipeline
			}
			var ts, tq time.Duration
			for b.Loop() {
				t0 := clock()
				for i, d := range c.docs {
					sents[i] = AppendSentences(sents[i][:0], d, opt)
				}
				t1 := clock()
				for i, d := range c.docs {
					QuotesIn(d, sents[i], "de")
				}
				t2 := clock()
				ts += t1 - t0
				tq += t2 - t1
			}
			b.ReportMetric(100*tq.Seconds()/ts.Seconds(), "quotes-%")
			b.ReportMetric(float64(total)*float64(b.N)/1e6/tq.Seconds(), "quotes-MB/cpu-s")
		})
	}
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
	return []benchCorpus{{"articles", articles}, {"news", []string{news}}, {"short", short}}
}

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

// BenchmarkQuotesMarksGiven is BenchmarkQuotesIn with the quotation marks
// found before the timer runs: what the quote pass would cost if the
// sentence splitter, which reads every byte anyway, handed them over.
func BenchmarkQuotesMarksGiven(b *testing.B) {
	for _, c := range segmentQuotesCorpora(b) {
		b.Run(c.name, func(b *testing.B) {
			total := 0
			sents := make([][]Span, len(c.docs))
			marks := make([][]qmark, len(c.docs))
			for i, d := range c.docs {
				total += len(d)
				sents[i] = Sentences(d, Options{Lang: "de"})
				marks[i], _ = appendQuoteMarks(nil, nil, d)
			}
			b.SetBytes(int64(total))
			b.ReportAllocs()
			for b.Loop() {
				for i, d := range c.docs {
					if len(marks[i]) == 0 {
						continue
					}
					s := qscanPool.Get().(*qscan)
					s.marks = append(s.marks[:0], marks[i]...)
					s.pair(d, sents[i], true, "de")
					s.release()
				}
			}
		})
	}
}
