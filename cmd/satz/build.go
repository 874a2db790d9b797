package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/satzwerk/satz/corpus"
)

type buildOptions struct {
	paths           []string
	out             string
	format          string
	keepBoilerplate bool
	workers         int
	lang            string
	globs           []string
	encoding        string
	strict          bool
	dedup           bool
	resume          bool
	explain         bool
	quiet           bool
	date            string
	noNames         bool
	noQuotes        bool
}

func newBuildCmd(s *streams) *cobra.Command {
	opts := &buildOptions{}
	cmd := &cobra.Command{
		Use:   "build PATH... [-o OUT]",
		Short: "Build a corpus from articles: clean, segment, annotate, write JSONL or TMX",
		Long: `Build reads articles (files, directories walked recursively for *.txt and *.md,
or - for standard input), cleans them, splits them into sentences, marks proper
nouns and quotations, and writes one record per segment.

The output format comes from --format, else from OUT's extension (.jsonl, .tmx,
.txt), else JSONL on standard output. Boilerplate (ads, navigation, calls to
action, bylines) is dropped and counted unless --keep-boilerplate is given.
Documents are processed in parallel and written in input order: the output is
the same for every -j. TMX and txt output hold the segments' text only, so names
and quotations are not marked for them (as with --no-names --no-quotes).`,
		Example: `  satz build testdata/articles -o corpus.jsonl
  satz build articles/ -o corpus.tmx
  cat article.txt | satz build - > article.jsonl`,
		Args: argsUsage(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.paths = args
			return runBuild(cmd, s, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.out, "output", "o", "", "output `file` (default standard output)")
	f.StringVar(&opts.format, "format", "", "output format: jsonl, tmx or txt (default from the output file's extension, else jsonl)")
	f.BoolVar(&opts.keepBoilerplate, "keep-boilerplate", false, "write boilerplate segments too, with role \"boilerplate\"")
	f.IntVarP(&opts.workers, "jobs", "j", 0, "documents processed in parallel (default: number of CPUs)")
	f.StringVar(&opts.lang, "lang", "de", "language of the articles: de or en")
	f.StringSliceVar(&opts.globs, "glob", nil, "file name patterns read from directories (default \"*.txt,*.md\")")
	f.StringVar(&opts.encoding, "encoding", "", "input encoding, e.g. utf-8, utf-16le, windows-1252, iso-8859-1 (default: detect)")
	f.BoolVar(&opts.dedup, "dedup", false, "drop segments whose text was already written in this run (ignoring case, punctuation and spacing)")
	f.BoolVar(&opts.resume, "resume", false, "continue an interrupted run into OUT (JSONL): documents already in its .partial file are not done again")
	f.BoolVar(&opts.strict, "strict", false, "stop at the first input that cannot be read (exit 1) instead of skipping it")
	f.BoolVar(&opts.explain, "explain", false, "list every segment that is not body text, with its role and the rule that decided it, on stderr")
	f.BoolVarP(&opts.quiet, "quiet", "q", false, "print no summary on stderr")
	f.StringVar(&opts.date, "date", "", "creation date for TMX headers (default: $SOURCE_DATE_EPOCH, else now)")
	f.BoolVar(&opts.noNames, "no-names", false, "leave out proper-noun marking (JSONL names: []); TMX and txt output never need it")
	f.BoolVar(&opts.noQuotes, "no-quotes", false, "leave out quotation marking (JSONL quotes and stray: []); TMX and txt output never need it")
	return cmd
}

func runBuild(cmd *cobra.Command, s *streams, opts *buildOptions) error {
	format := opts.format
	if format == "" {
		format = corpus.FormatFromPath(opts.out)
	}
	if format == "" {
		format = corpus.FormatJSONL
	}
	if err := checkLang(opts.lang); err != nil {
		return err
	}
	date, err := creationDate(opts.date)
	if err != nil {
		return err
	}
	if opts.workers < 0 {
		return usageErrorf("-j %d: want 1 or more", opts.workers)
	}
	// Fail on a bad format before creating any output file.
	if _, err := corpus.NewWriter(format, io.Discard, corpus.WriterOptions{}); err != nil {
		return usageError{err}
	}

	if opts.resume && (format != corpus.FormatJSONL || opts.out == "" || opts.out == "-") {
		return usageErrorf("--resume continues a JSONL output file: give -o OUT.jsonl")
	}
	var partial *corpus.Partial
	partialPath := ""
	if format == corpus.FormatJSONL && opts.out != "" && opts.out != "-" {
		partialPath = corpus.PartialPath(opts.out)
	}
	if opts.resume {
		if f, err := os.Open(partialPath); err == nil {
			partial, err = corpus.ReadPartial(f, partialPath)
			f.Close()
			if err != nil {
				return err
			}
		} else if !os.IsNotExist(err) {
			return err
		} else {
			fmt.Fprintf(s.err, "satz: no interrupted run to resume (%s): starting afresh\n", partialPath)
		}
	}

	var file *corpus.AtomicFile
	dst, commit, abort := io.Writer(s.out), func() error { return nil }, func() {}
	if opts.out != "" && opts.out != "-" {
		if file, err = corpus.CreateAtomic(opts.out); err != nil {
			return err
		}
		dst, commit, abort = file, file.Commit, file.Abort
	}
	defer abort()
	if partial != nil {
		if err := corpus.CopyPrefix(dst, partialPath, partial.Size); err != nil {
			return fmt.Errorf("%s: %w", partialPath, err)
		}
	}
	w, _ := corpus.NewWriter(format, dst, corpus.WriterOptions{SrcLang: opts.lang, Version: satzVersion(), Date: date})

	bopt := corpus.BuildOptions{
		Options: corpus.Options{Lang: opts.lang, Encoding: opts.encoding,
			// TMX and text hold the text only: the annotation passes
			// would be wasted.
			SkipNames:  opts.noNames || format != corpus.FormatJSONL,
			SkipQuotes: opts.noQuotes || format != corpus.FormatJSONL},
		Workers:         opts.workers,
		KeepBoilerplate: opts.keepBoilerplate,
		Strict:          opts.strict,
		Dedup:           opts.dedup,
		OnSkip: func(source string, err error) {
			fmt.Fprintf(s.err, "satz: skipped %v\n", err)
		},
	}
	var progress *corpus.Progress
	if !opts.quiet && isTerminal(s.err) {
		progress = corpus.NewProgress(s.err, 250*time.Millisecond)
		go func() { progress.SetTotal(countSources(opts.paths, opts.globs)) }()
	}
	start := time.Now()
	var notes docNotes
	bopt.OnDocument = func(d *corpus.Document) {
		if progress != nil {
			if d.Part == nil || d.Part.N == 0 {
				progress.Add(len(d.Text), len(d.Segments))
			} else {
				progress.AddPart(len(d.Text), len(d.Segments))
			}
		}
		if notes.add(d, opts.keepBoilerplate) {
			notes.warn(s.err)
			notes = docNotes{}
		}
		if opts.explain {
			explain(s.err, d)
		}
	}
	sources := corpus.Sources(opts.paths, corpus.SourceOptions{Globs: opts.globs, Stdin: s.in})
	if partial != nil {
		sources = partial.Resume(sources)
		bopt.DedupSeen = partial.Texts
	}
	st, err := corpus.Build(cmd.Context(), sources, w, bopt)
	if progress != nil {
		progress.Stop()
	}
	if err == nil {
		err = w.Close()
	}
	if err == nil && st.Documents == 0 {
		if st.Skipped == 0 {
			err = fmt.Errorf("no input files found in %s (patterns %s)", strings.Join(opts.paths, ", "), strings.Join(globsOrDefault(opts.globs), ", "))
		} else {
			err = fmt.Errorf("no document could be read (%d inputs skipped)", st.Skipped)
		}
	}
	if err == nil {
		err = commit()
	}
	if err != nil {
		if errors.Is(err, context.Canceled) {
			if file != nil && partialPath != "" && w.Close() == nil && file.KeepAs(partialPath) == nil {
				return fmt.Errorf("interrupted: %s not written; the documents finished so far are in %s, and satz build --resume with the same arguments continues from there", opts.out, partialPath)
			}
			if opts.out != "" {
				return fmt.Errorf("interrupted: %s not written", opts.out)
			}
			return errors.New("interrupted")
		}
		var se *corpus.SkipError
		if errors.As(err, &se) {
			return fmt.Errorf("%w (stopped by --strict)", err)
		}
		return err
	}
	if partialPath != "" {
		os.Remove(partialPath) // done: nothing left to resume
	}
	if !opts.quiet {
		if partial != nil {
			fmt.Fprintf(s.err, "satz: resumed after %d documents from %s\n", len(partial.Docs), partialPath)
		}
		dups := ""
		if opts.dedup {
			dups = fmt.Sprintf(", %d duplicate segments dropped", st.Duplicate)
		}
		secs := time.Since(start).Seconds()
		fmt.Fprintf(s.err, "satz: %d documents, %d segments written, %d boilerplate blocks dropped%s, %d inputs skipped; %.1f MB in %.1f s (%.1f MB/s)\n",
			st.Documents, st.Segments, st.Dropped, dups, st.Skipped, float64(st.Bytes)/1e6, secs, float64(st.Bytes)/1e6/max(secs, 1e-9))
	}
	if st.Skipped > 0 {
		return skippedError{st.Skipped}
	}
	return nil
}

func checkLang(lang string) error {
	switch lang {
	case "de", "en":
		return nil
	}
	return usageErrorf("--lang %q: want de or en", lang)
}

// docNotes gathers what a user should know about a document that was
// read, over all its parts when it is processed in parts.
type docNotes struct {
	source, encoding        string
	invalid, segments, kept int
}

// add counts d, a document or a part of one, and reports whether the
// document is complete.
func (n *docNotes) add(d *corpus.Document, keepBoilerplate bool) bool {
	n.source, n.encoding = d.Source, d.Report.Encoding
	n.invalid += d.Report.Invalid
	n.segments += len(d.Segments)
	for _, s := range d.Segments {
		if keepBoilerplate || s.Role.Kept() {
			n.kept++
		}
	}
	return d.Part == nil || d.Part.Last
}

// warn notes on stderr replaced bytes, or that there was nothing to write.
func (n *docNotes) warn(w io.Writer) {
	if n.invalid > 0 {
		fmt.Fprintf(w, "satz: %s: %d invalid %s byte%s replaced with U+FFFD\n", n.source, n.invalid, n.encoding, plural(n.invalid))
	}
	switch {
	case n.segments == 0:
		fmt.Fprintf(w, "satz: %s: empty, no segments\n", n.source)
	case n.kept == 0:
		fmt.Fprintf(w, "satz: %s: only boilerplate, no segments written (--keep-boilerplate writes them)\n", n.source)
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// explain prints the segments of d that are not body text, with the rule
// that gave them their role.
func explain(w io.Writer, d *corpus.Document) {
	for _, s := range d.Segments {
		if s.Role == corpus.RoleBody {
			continue
		}
		action := "kept"
		if !s.Role.Kept() {
			action = "dropped"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n",
			corpus.SegmentID(d.ID, d.Blocks[s.Block].Index, s.N), action, s.Role, s.Rule,
			abbreviate(d.Text[s.Start:s.End], 70))
	}
}

func abbreviate(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

func globsOrDefault(globs []string) []string {
	if globs == nil {
		return corpus.DefaultGlobs
	}
	return globs
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// countSources counts the documents paths name, for the progress estimate.
func countSources(paths, globs []string) int {
	n := 0
	for range corpus.Sources(paths, corpus.SourceOptions{Globs: globs, Stdin: strings.NewReader("")}) {
		n++
	}
	return n
}
