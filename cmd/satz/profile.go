package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"runtime/trace"

	"github.com/spf13/cobra"
)

// profiles writes CPU and heap profiles for `go tool pprof` and an
// execution trace for `go tool trace` when the persistent --cpuprofile,
// --memprofile and --trace flags are given.
type profiles struct {
	cpu, mem, trace    string
	cpuFile, traceFile *os.File
}

func (p *profiles) addFlags(cmd *cobra.Command) {
	f := cmd.PersistentFlags()
	f.StringVar(&p.cpu, "cpuprofile", "", "write a CPU profile to `file` (for go tool pprof)")
	f.StringVar(&p.mem, "memprofile", "", "write a heap profile to `file` at the end of the run")
	f.StringVar(&p.trace, "trace", "", "write an execution trace to `file` (for go tool trace: where workers wait)")
}

func (p *profiles) start() (err error) {
	if p.trace != "" {
		if p.traceFile, err = startFile(p.trace, "trace", trace.Start); err != nil {
			return err
		}
	}
	if p.cpu != "" {
		p.cpuFile, err = startFile(p.cpu, "cpu profile", pprof.StartCPUProfile)
	}
	return err
}

// startFile creates path and has start write what (a trace or a profile)
// to it.
func startFile(path, what string, start func(io.Writer) error) (*os.File, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if err := start(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("%s %s: %w", what, path, err)
	}
	return f, nil
}

// stopFile calls stop and closes *f, when it is open.
func stopFile(f **os.File, path, what string, stop func()) error {
	if *f == nil {
		return nil
	}
	stop()
	err := (*f).Close()
	*f = nil
	if err != nil {
		return fmt.Errorf("%s %s: %w", what, path, err)
	}
	return nil
}

// stop ends the trace and the CPU profile and writes the heap profile; it
// is safe to call when nothing was started.
func (p *profiles) stop() error {
	if err := stopFile(&p.traceFile, p.trace, "trace", trace.Stop); err != nil {
		return err
	}
	if err := stopFile(&p.cpuFile, p.cpu, "cpu profile", pprof.StopCPUProfile); err != nil {
		return err
	}
	if p.mem == "" {
		return nil
	}
	f, err := os.Create(p.mem)
	if err != nil {
		return fmt.Errorf("heap profile: %w", err)
	}
	runtime.GC()
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("heap profile %s: %w", p.mem, err)
	}
	return f.Close()
}
