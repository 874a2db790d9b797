package main

import (
	"bufio"
	"os"

	"github.com/spf13/cobra"

	"github.com/satzwerk/satz/corpus"
)

type cleanOptions struct {
	file     string
	encoding string
}

func newCleanCmd(s *streams) *cobra.Command {
	opts := &cleanOptions{}
	cmd := &cobra.Command{
		Use:   "clean [FILE]",
		Short: "Print a document's cleaned text, the text JSONL offsets refer to",
		Long: `Clean reads one document (standard input when no FILE is given), decodes and
normalizes it as satz build does (a large file in parts, *.md as Markdown), and
prints the cleaned text. The start and end offsets of satz JSONL records index
this text, in Unicode code points.`,
		Args: argsUsage(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.file = args[0]
			}
			return runClean(s, opts)
		},
	}
	cmd.Flags().StringVar(&opts.encoding, "encoding", "", "input encoding (default: detect)")
	return cmd
}

func runClean(s *streams, opts *cleanOptions) error {
	in, name := s.in, "standard input"
	if opts.file != "" && opts.file != "-" {
		f, err := os.Open(opts.file)
		if err != nil {
			return err
		}
		defer f.Close()
		in, name = f, opts.file
	}
	bw := bufio.NewWriterSize(s.out, 64<<10)
	if err := corpus.CleanText(bw, in, name, corpus.CleanOptions{Encoding: opts.encoding}); err != nil {
		return err
	}
	return bw.Flush()
}
