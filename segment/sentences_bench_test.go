package segment

import (
	"github.com/satzwerk/satz/internal/cputime"
	"os"
	"strings"
	"testing"
)

// newsCorpus builds about size bytes of German news-like text by repeating
// the seed articles and, when present, the GSD dev raw text.
func newsCorpus(b *testing.B, size int) string {
	b.Helper()
	var parts []string
	for _, p := range []string{
		"../testdata/articles/000_6d3a47c650f2fa95.txt",
		"../testdata/articles/001_05c1183762590607.txt",
		"../../shared/data/ud-gsd-dev/raw.txt",
	} {
		if data, err := os.ReadFile(p); err == nil {
			parts = append(parts, string(data))
		}
	}
	if len(parts) == 0 {
		b.Skip("no seed articles")
	}
	unit := strings.Join(parts, "\n\n")
	var sb strings.Builder
	sb.Grow(size + len(unit))
	for sb.Len() < size {
		sb.WriteString(unit)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

func benchSentences(b *testing.B, text string, opt Options) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var dst []Span
	cpu0 := cputime.Process()
	for b.Loop() {
		dst = AppendSentences(dst[:0], text, opt)
	}
	// MB per second of process CPU time: the per-core speed, whatever else
	// runs on the machine.
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(len(text))*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

func BenchmarkSentences1MB(b *testing.B)  { benchSentences(b, newsCorpus(b, 1<<20), Options{}) }
func BenchmarkSentences10MB(b *testing.B) { benchSentences(b, newsCorpus(b, 10<<20), Options{}) }
func BenchmarkSentencesJoinLines1MB(b *testing.B) {
	benchSentences(b, newsCorpus(b, 1<<20), Options{JoinLines: true})
}

// Adversarial inputs must stay linear: a megabyte line of one repeated
// pattern.
func BenchmarkSentencesPathological(b *testing.B) {
	for _, c := range []struct{ name, unit string }{
		{"dots", "."},
		{"spaced-dots", ". "},
		{"quotes", "„“"},
		{"spaces", " "},
		{"abbrev", "z. "},
		{"initials", "A.B"},
		{"nospace", "ab.Cd"},
		{"numbers", "1. "},
		{"letters", "a"},
		{"questions", "?“ "},
	} {
		text := strings.Repeat(c.unit, (1<<20)/len(c.unit))
		b.Run(c.name, func(b *testing.B) { benchSentences(b, text, Options{}) })
	}
}

// The same at 10 MB: throughput must not fall with size.
func BenchmarkSentencesPathological10MB(b *testing.B) {
	for _, c := range []struct{ name, unit string }{
		{"dots", "."},
		{"quotes", "„“"},
		{"spaces", " "},
		{"numbers", "1. "},
	} {
		text := strings.Repeat(c.unit, (10<<20)/len(c.unit))
		b.Run(c.name, func(b *testing.B) { benchSentences(b, text, Options{}) })
	}
}
