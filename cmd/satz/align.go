package main

import (
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/satzwerk/satz/align"
	"github.com/satzwerk/satz/corpus"
)

// defaultMinScore is the score below which links are left out of TMX and
// parallel text: below it, a link is more likely wrong than right.
const defaultMinScore = 0.5

type alignOptions struct {
	de, en        string
	out           string
	format        string
	dict          string
	minScore      float64
	lines         bool
	pairs         string
	keepUnaligned bool
	workers       int
	globs         []string
	encoding      string
	strict        bool
	quiet         bool
	date          string
}

func newAlignCmd(s *streams) *cobra.Command {
	opts := &alignOptions{}
	cmd := &cobra.Command{
		Use:   "align DE EN [-o OUT] [--format jsonl|tmx|ladder|txt]",
		Short: "Align German articles with their English originals, sentence by sentence",
		Long: `Align reads a German article and its English original (two files), or two
directories whose files pair up by name (foo.txt with foo.txt, foo.de.txt with
foo.en.txt), or the pairs listed in a two-column TSV (--pairs); one of two
files may be - for standard input. Both sides are
cleaned and split into sentences (German and English); --lines takes both as one
sentence per line instead. Then every pair is aligned: 1-1, 1-2, 2-1, … links,
and 1-0 / 0-1 for sentences with no counterpart, each with a confidence score.

Formats: jsonl (one link per line; "translation": {"de": …, "en": …} as in Hugging
Face datasets; 1-0 and 0-1 links only with --keep-unaligned), tmx (bilingual TMX,
German first, links scoring at least --min-score), ladder (one line per link,
"[1, 2]:[1]:0.71", every sentence of both sides once), txt (OUT.de and OUT.en,
line-aligned, links scoring at least --min-score).`,
		Example: `  satz align artikel.txt article.txt -o pairs.jsonl
  curl -s "$URL" | satz align - article.txt
  satz align de/ en/ -o memory.tmx
  satz align de.txt en.txt --lines --format ladder`,
		Args: argsUsage(cobra.RangeArgs(0, 2)),
		RunE: func(cmd *cobra.Command, args []string) error {
			switch {
			case opts.pairs != "" && len(args) != 0:
				return usageErrorf("give DE and EN, or --pairs, not both")
			case opts.pairs == "" && len(args) != 2:
				return usageErrorf("want two paths, DE and EN (or --pairs FILE)")
			}
			if len(args) == 2 {
				opts.de, opts.en = args[0], args[1]
			}
			opts.minScore = -1
			if cmd.Flags().Changed("min-score") {
				opts.minScore, _ = cmd.Flags().GetFloat64("min-score")
			}
			return runAlign(cmd, s, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.out, "output", "o", "", "output `file` (default standard output; for txt, the stem of OUT.de and OUT.en)")
	f.StringVar(&opts.format, "format", "", "output format: jsonl, tmx, ladder or txt (default from the output file's extension, else jsonl)")
	f.StringVar(&opts.dict, "dict", "", "German–English dictionary `file`: Ding format (Debian's trans-de-en) or hunalign's")
	f.Float64("min-score", defaultMinScore, "leave out links scoring below this (tmx and txt; jsonl too when given)")
	f.BoolVar(&opts.lines, "lines", false, "both inputs are one sentence per line already: no cleaning or segmentation")
	f.StringVar(&opts.pairs, "pairs", "", "two-column TSV `file` of German and English paths")
	f.BoolVar(&opts.keepUnaligned, "keep-unaligned", false, "write 1-0 and 0-1 links too (jsonl)")
	f.IntVarP(&opts.workers, "jobs", "j", 0, "pairs aligned in parallel (default: number of CPUs)")
	f.StringSliceVar(&opts.globs, "glob", nil, "file name patterns read from directories (default \"*.txt,*.md\")")
	f.StringVar(&opts.encoding, "encoding", "", "input encoding (default: detect)")
	f.BoolVar(&opts.strict, "strict", false, "stop at the first pair that cannot be read (exit 1) instead of skipping it")
	f.BoolVarP(&opts.quiet, "quiet", "q", false, "print no summary on stderr")
	f.StringVar(&opts.date, "date", "", "creation date for TMX headers (default: $SOURCE_DATE_EPOCH, else now)")
	return cmd
}

func runAlign(cmd *cobra.Command, s *streams, opts *alignOptions) error {
	format := opts.format
	if format == "" {
		format = corpus.FormatFromPath(opts.out)
		if format == corpus.FormatTxt {
			format = "" // OUT.txt alone does not say "two files"
		}
	}
	if format == "" {
		format = corpus.FormatJSONL
	}
	if !slices.Contains([]string{corpus.FormatJSONL, corpus.FormatTMX, corpus.FormatLadder, corpus.FormatTxt}, format) {
		return usageErrorf("unknown format %q (want jsonl, tmx, ladder or txt)", format)
	}
	if format == corpus.FormatTxt && (opts.out == "" || opts.out == "-") {
		return usageErrorf("--format txt writes two files: give -o STEM for STEM.de and STEM.en")
	}
	filter := corpus.LinkFilter{KeepUnaligned: opts.keepUnaligned, MinScore: opts.minScore}
	if filter.MinScore < 0 {
		filter.MinScore = 0
		if format == corpus.FormatTMX || format == corpus.FormatTxt {
			filter.MinScore = defaultMinScore
		}
	}
	date, err := creationDate(opts.date)
	if err != nil {
		return err
	}

	var aopt align.Options
	if opts.dict != "" {
		f, err := os.Open(opts.dict)
		if err != nil {
			return err
		}
		aopt.Dict, err = align.ReadDict(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", opts.dict, err)
		}
	}

	var pairs iter.Seq2[corpus.Pair, error]
	if opts.pairs != "" {
		f, err := os.Open(opts.pairs)
		if err != nil {
			return err
		}
		defer f.Close()
		pairs = corpus.PairsFromManifest(f, opts.pairs)
	} else {
		pairs, err = corpus.Pairs(opts.de, opts.en, corpus.SourceOptions{Globs: opts.globs, Stdin: s.in})
		if err != nil {
			return err
		}
	}

	w, commit, abort, err := linkOutput(format, opts.out, s.out, filter, date, opts.pairs != "" || isDir(opts.de))
	if err != nil {
		return err
	}
	defer abort()
	written := 0 // links that pass the filter: what the output holds
	aligned := corpus.AlignOptions{
		// Only JSONL writes names and quotes.
		Options: corpus.Options{Encoding: opts.encoding,
			SkipNames: format != corpus.FormatJSONL, SkipQuotes: format != corpus.FormatJSONL},
		Lines:   opts.lines,
		Align:   aopt,
		Workers: opts.workers,
		Strict:  opts.strict,
		OnSkip: func(pair string, err error) {
			fmt.Fprintf(s.err, "satz: skipped %v\n", err)
		},
		OnPair: func(p corpus.Pair, res corpus.AlignedPair) {
			warnPair(s.err, p, res)
			for i := range res.Links {
				if format == corpus.FormatLadder || filter.Keep(&res.Links[i]) {
					written++
				}
			}
		},
	}
	st, err := corpus.AlignPairs(cmd.Context(), pairs, w, aligned)
	if err == nil {
		err = w.Close()
	}
	if err == nil && st.Pairs == 0 {
		err = fmt.Errorf("no pair could be aligned (%d skipped)", st.Skipped)
	}
	if err == nil {
		err = commit()
	}
	if err != nil {
		if errors.Is(err, cmd.Context().Err()) && cmd.Context().Err() != nil {
			return errors.New("interrupted: nothing written")
		}
		return err
	}
	if !opts.quiet {
		fmt.Fprintf(s.err, "satz: %d pairs aligned, links: %s; %d written; %d skipped\n", st.Pairs, linkCounts(st.Links), written, st.Skipped)
		if st.NamesAdded+st.NamesRemoved > 0 {
			fmt.Fprintf(s.err, "satz: German names from the English: %d marked, %d unmarked\n", st.NamesAdded, st.NamesRemoved)
		}
	}
	if written == 0 {
		// Never a silent empty output: say why nothing was written.
		if full := fullLinks(st.Links); full == 0 {
			fmt.Fprintln(s.err, "satz: warning: no link written: no sentence has a counterpart on the other side")
		} else {
			fmt.Fprintf(s.err, "satz: warning: no link written: none of the %d full link%s scored at least %g (--min-score)\n",
				full, plural(full), filter.MinScore)
		}
	}
	if st.Skipped > 0 {
		return skippedError{st.Skipped}
	}
	return nil
}

// fullLinks counts the links with both sides in counts by type.
func fullLinks(m map[string]int) int {
	n := 0
	for t, c := range m {
		if !strings.HasPrefix(t, "0-") && !strings.HasSuffix(t, "-0") {
			n += c
		}
	}
	return n
}

func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// linkCounts formats link counts by type, in a fixed order.
func linkCounts(m map[string]int) string {
	types := make([]string, 0, len(m))
	for t := range m {
		types = append(types, t)
	}
	slices.Sort(types)
	parts := make([]string, len(types))
	for i, t := range types {
		parts[i] = fmt.Sprintf("%d×%s", m[t], t)
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, " ")
}

// warnPair says on stderr what looks wrong with a pair: a side in the
// wrong language, or documents that are not translations of each other.
func warnPair(w io.Writer, p corpus.Pair, res corpus.AlignedPair) {
	if res.LangDE == "en" {
		fmt.Fprintf(w, "satz: %s: the German side looks English; are DE and EN swapped?\n", p.DE.Path)
	}
	if res.LangEN == "de" {
		fmt.Fprintf(w, "satz: %s: the English side looks German; are DE and EN swapped?\n", p.EN.Path)
	}
	if !res.Result.Parallel {
		fmt.Fprintf(w, "satz: %s: %s and %s do not look like translations of each other (document score %.2f)\n",
			p.ID, p.DE.Path, p.EN.Path, res.Result.Score)
	}
}

// linkOutput opens the writer for aligned output; commit makes the files
// appear, abort leaves existing ones untouched.
func linkOutput(format, out string, stdout io.Writer, filter corpus.LinkFilter, date time.Time, multi bool) (corpus.LinkWriter, func() error, func(), error) {
	if format == corpus.FormatTxt {
		de, err := corpus.CreateAtomic(out + ".de")
		if err != nil {
			return nil, nil, nil, err
		}
		en, err := corpus.CreateAtomic(out + ".en")
		if err != nil {
			de.Abort()
			return nil, nil, nil, err
		}
		commit := func() error {
			if err := de.Commit(); err != nil {
				en.Abort()
				return err
			}
			return en.Commit()
		}
		abort := func() { de.Abort(); en.Abort() }
		return corpus.NewParallelTextWriter(de, en, filter), commit, abort, nil
	}
	dst, commit, abort, err := output(out, stdout)
	if err != nil {
		return nil, nil, nil, err
	}
	switch format {
	case corpus.FormatTMX:
		t := corpus.NewTMXWriter(dst, corpus.WriterOptions{SrcLang: "de", Version: satzVersion(), Date: date})
		t.Filter = filter
		return t, commit, abort, nil
	case corpus.FormatLadder:
		return corpus.NewLadderWriter(dst, multi), commit, abort, nil
	}
	return corpus.NewLinkJSONLWriter(dst, filter), commit, abort, nil
}
