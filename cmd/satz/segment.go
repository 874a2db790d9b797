package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/satzwerk/satz/corpus"
)

type segmentOptions struct {
	files     []string
	lang      string
	joinLines bool
	encoding  string
}

func newSegmentCmd(s *streams) *cobra.Command {
	opts := &segmentOptions{}
	cmd := &cobra.Command{
		Use:   "segment [FILE...]",
		Short: "Split plain text into sentences, one per line",
		Long: `Segment reads plain text (standard input when no FILE is given) and writes one
sentence per line, with an empty line between paragraphs. A paragraph ends at a
blank line. A single newline also ends a sentence, since news text puts headlines
and captions on lines of their own; --join-lines treats single newlines as spaces
for hard-wrapped text. Whitespace inside a sentence is collapsed to single
spaces; nothing else is changed: no cleaning, no annotation.`,
		Example: `  satz segment article.txt
  echo 'Er kam am 31. Januar. Dann ging er.' | satz segment`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.files = args
			return runSegment(s, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.lang, "lang", "de", "language: de or en")
	f.BoolVar(&opts.joinLines, "join-lines", false, "treat single newlines as spaces (hard-wrapped text)")
	f.StringVar(&opts.encoding, "encoding", "", "input encoding (default UTF-8, or UTF-16 with a byte-order mark)")
	return cmd
}

func runSegment(s *streams, opts *segmentOptions) error {
	if err := checkLang(opts.lang); err != nil {
		return err
	}
	sopt := corpus.SegmentTextOptions{Lang: opts.lang, JoinLines: opts.joinLines, Encoding: opts.encoding}
	if len(opts.files) == 0 {
		return corpus.SegmentText(s.out, s.in, sopt)
	}
	for i, name := range opts.files {
		if i > 0 {
			// Files are separate paragraphs.
			if _, err := fmt.Fprintln(s.out); err != nil {
				return err
			}
		}
		if err := segmentFile(s, name, sopt); err != nil {
			return err
		}
	}
	return nil
}

func segmentFile(s *streams, name string, sopt corpus.SegmentTextOptions) error {
	if name == "-" {
		return corpus.SegmentText(s.out, s.in, sopt)
	}
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := corpus.SegmentText(s.out, f, sopt); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
