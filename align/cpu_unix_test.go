//go:build unix

package align

import (
	"syscall"
	"time"
)

// processCPU returns the CPU time the process has used (user and system).
// The alignment benchmarks report CPU milliseconds per alignment besides
// wall time, since wall-clock time on a shared machine says little.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
