package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/satzwerk/satz/corpus"
)

type exportOptions struct {
	in            string
	out           string
	format        string
	date          string
	minScore      float64
	keepUnaligned bool
}

func newExportCmd(s *streams) *cobra.Command {
	opts := &exportOptions{}
	cmd := &cobra.Command{
		Use:   "export IN.jsonl [-o OUT] [--format tmx|jsonl|txt]",
		Short: "Convert a satz JSONL file to TMX, JSONL or plain text",
		Long: `Export reads a JSONL file written by satz build or satz align (- for
standard input) and writes it in another format: tmx (TMX 1.4b), jsonl (checked
and rewritten) or txt (from build: one segment per line, an empty line between
documents; from align: OUT.de and OUT.en, line-aligned). Aligned links scoring
below --min-score are left out of tmx and txt. The format comes from --format,
else from OUT's extension.`,
		Example: `  satz export corpus.jsonl -o corpus.tmx
  satz export corpus.jsonl --format txt > corpus.txt`,
		Args: argsUsage(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.in = args[0]
			opts.minScore = -1
			if cmd.Flags().Changed("min-score") {
				opts.minScore, _ = cmd.Flags().GetFloat64("min-score")
			}
			return runExport(s, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.out, "output", "o", "", "output `file` (default standard output)")
	f.StringVar(&opts.format, "format", "", "output format: tmx, jsonl or txt (default from the output file's extension)")
	f.StringVar(&opts.date, "date", "", "creation date for TMX headers (default: $SOURCE_DATE_EPOCH, else now)")
	f.Float64("min-score", defaultMinScore, "aligned input: leave out links scoring below this (tmx and txt; jsonl too when given)")
	f.BoolVar(&opts.keepUnaligned, "keep-unaligned", false, "aligned input: keep 1-0 and 0-1 links (jsonl)")
	return cmd
}

func runExport(s *streams, opts *exportOptions) error {
	format := opts.format
	if format == "" {
		format = corpus.FormatFromPath(opts.out)
	}
	if format == "" {
		return usageErrorf("cannot tell the output format: give --format tmx, jsonl or txt, or an output file ending in .tmx, .jsonl or .txt")
	}
	if !slices.Contains([]string{corpus.FormatJSONL, corpus.FormatTMX, corpus.FormatTxt}, format) {
		return usageErrorf("unknown format %q (want tmx, jsonl or txt)", format)
	}
	date, err := creationDate(opts.date)
	if err != nil {
		return err
	}
	in := s.in
	name := "standard input"
	if opts.in != "-" {
		f, err := os.Open(opts.in)
		if err != nil {
			return err
		}
		defer f.Close()
		in, name = f, opts.in
	}
	r := corpus.NewJSONLReader(in, name)
	bilingual, err := r.Bilingual()
	if errors.Is(err, io.EOF) {
		return fmt.Errorf("%s: no records", name)
	}
	if err != nil {
		return err
	}
	if bilingual {
		return exportLinks(s, opts, format, date, r, name)
	}
	dst, commit, abort, err := output(opts.out, s.out)
	if err != nil {
		return err
	}
	defer abort()
	w, _ := corpus.NewWriter(format, dst, corpus.WriterOptions{Version: satzVersion(), Date: date})
	n, err := copyRecords(w, r)
	if err == nil {
		err = w.Close()
	}
	if err == nil && n == 0 {
		err = fmt.Errorf("%s: no records", name)
	}
	if err != nil {
		return err
	}
	return commit()
}

// exportLinks converts bilingual JSONL.
func exportLinks(s *streams, opts *exportOptions, format string, date time.Time, r *corpus.JSONLReader, name string) error {
	if format == corpus.FormatTxt && (opts.out == "" || opts.out == "-") {
		return usageErrorf("txt from aligned input writes two files: give -o STEM for STEM.de and STEM.en")
	}
	filter := corpus.LinkFilter{KeepUnaligned: opts.keepUnaligned, MinScore: opts.minScore}
	if filter.MinScore < 0 {
		filter.MinScore = 0
		if format != corpus.FormatJSONL {
			filter.MinScore = defaultMinScore
		}
	}
	w, commit, abort, err := linkOutput(format, strings.TrimSuffix(opts.out, ".txt"), s.out, filter, date, false)
	if err != nil {
		return err
	}
	defer abort()
	_, err = byDocument(r.ReadLink, func(l corpus.LinkRecord) string { return l.Doc }, w.WriteLinks)
	if err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return commit()
}

// copyRecords copies records from r to w, one document at a time.
func copyRecords(w corpus.Writer, r *corpus.JSONLReader) (int, error) {
	return byDocument(r.Read, func(rec corpus.Record) string { return rec.Doc },
		func(_ string, recs []corpus.Record) error { return w.Write(recs) })
}

// byDocument reads items with next until io.EOF and hands each run of
// consecutive items of one document to write. It returns how many items
// it read.
func byDocument[T any](next func() (T, error), doc func(T) string, write func(doc string, items []T) error) (int, error) {
	var run []T
	n := 0
	for {
		item, err := next()
		if errors.Is(err, io.EOF) {
			if len(run) == 0 {
				return n, nil
			}
			return n, write(doc(run[0]), run)
		}
		if err != nil {
			return n, err
		}
		if len(run) > 0 && doc(run[0]) != doc(item) {
			if err := write(doc(run[0]), run); err != nil {
				return n, err
			}
			run = run[:0]
		}
		run = append(run, item)
		n++
	}
}
