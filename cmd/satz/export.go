package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/satzwerk/satz/corpus"
)

type exportOptions struct {
	in     string
	out    string
	format string
	date   string
}

func newExportCmd(s *streams) *cobra.Command {
	opts := &exportOptions{}
	cmd := &cobra.Command{
		Use:   "export IN.jsonl [-o OUT] [--format tmx|jsonl|txt]",
		Short: "Convert a satz JSONL file to TMX, JSONL or plain text",
		Long: `Export reads a JSONL file written by satz build (- for standard input) and
writes it in another format: tmx (TMX 1.4b), jsonl (satz JSONL v1, checked and
rewritten) or txt (one segment per line, an empty line between documents).
The format comes from --format, else from OUT's extension.`,
		Example: `  satz export corpus.jsonl -o corpus.tmx
  satz export corpus.jsonl --format txt > corpus.txt`,
		Args: argsUsage(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.in = args[0]
			return runExport(s, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.out, "output", "o", "", "output `file` (default standard output)")
	f.StringVar(&opts.format, "format", "", "output format: tmx, jsonl or txt (default from the output file's extension)")
	f.StringVar(&opts.date, "date", "", "creation date for TMX headers (default: $SOURCE_DATE_EPOCH, else now)")
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
	if _, err := corpus.NewWriter(format, io.Discard, corpus.WriterOptions{}); err != nil {
		return usageError{err}
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
	dst, commit, abort, err := output(opts.out, s.out)
	if err != nil {
		return err
	}
	defer abort()
	w, _ := corpus.NewWriter(format, dst, corpus.WriterOptions{Version: satzVersion(), Date: date})
	r := corpus.NewJSONLReader(in, name)
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

// copyRecords copies records from r to w, one document at a time.
func copyRecords(w corpus.Writer, r *corpus.JSONLReader) (int, error) {
	var doc []corpus.Record
	n := 0
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return n, w.Write(doc)
		}
		if err != nil {
			return n, err
		}
		if len(doc) > 0 && doc[0].Doc != rec.Doc {
			if err := w.Write(doc); err != nil {
				return n, err
			}
			doc = doc[:0]
		}
		doc = append(doc, rec)
		n++
	}
}
