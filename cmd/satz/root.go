package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// Exit codes, documented in the README.
const (
	exitOK      = 0
	exitError   = 1
	exitUsage   = 2
	exitSkipped = 3
)

// version is set at link time (-ldflags "-X main.version=v1.2.3"); otherwise
// it comes from the module's build information.
var version = ""

func satzVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}

// usageError is a command-line mistake: exit 2, with usage.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usageErrorf(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// skippedError reports a run that finished but skipped some inputs: exit 3.
type skippedError struct{ n int }

func (e skippedError) Error() string {
	if e.n == 1 {
		return "1 input skipped"
	}
	return fmt.Sprintf("%d inputs skipped", e.n)
}

// streams are the process's standard streams, injectable for tests.
type streams struct {
	in       io.Reader
	out, err io.Writer
}

func newRootCmd(s *streams, prof *profiles) *cobra.Command {
	root := &cobra.Command{
		Use:   "satz",
		Short: "Turn German news articles into translation-ready corpora",
		Long: `satz reads German news articles, cleans them, splits them into sentences,
marks proper nouns and quotations, and writes JSONL or TMX 1.4b.`,
		SilenceErrors: true,
		SilenceUsage:  true,
		Version:       satzVersion(),
	}
	prof.addFlags(root)
	root.PersistentPreRunE = func(*cobra.Command, []string) error { return prof.start() }
	root.SetIn(s.in)
	root.SetOut(s.out)
	root.SetErr(s.err)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(
		newBuildCmd(s),
		newSegmentCmd(s),
		newExportCmd(s),
		newAlignCmd(s),
		newCleanCmd(s),
		newVersionCmd(s),
	)
	return root
}

// run executes the command line args and returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	s := &streams{in: stdin, out: stdout, err: stderr}
	prof := &profiles{}
	root := newRootCmd(s, prof)
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(ctx)
	if perr := prof.stop(); err == nil {
		err = perr
	}
	if err == nil {
		return exitOK
	}
	var ue usageError
	var se skippedError
	switch {
	case errors.As(err, &se):
		fmt.Fprintf(stderr, "satz: %v\n", err)
		return exitSkipped
	case errors.As(err, &ue) || isCobraUsage(err):
		fmt.Fprintf(stderr, "satz: %v\n", err)
		if cmd != nil {
			fmt.Fprintf(stderr, "\n%s", cmd.UsageString())
		}
		return exitUsage
	}
	fmt.Fprintf(stderr, "satz: %v\n", err)
	return exitError
}

// isCobraUsage recognizes the errors cobra itself returns for unknown
// commands and bad argument counts.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand", "accepts ", "requires at least", "requires at most", "invalid argument"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

// argsUsage wraps a cobra.PositionalArgs so its errors are usage errors.
func argsUsage(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}
