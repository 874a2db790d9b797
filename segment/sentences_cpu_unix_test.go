//go:build unix

package segment

import (
	"syscall"
	"time"
)

// processCPU returns the CPU time the process has used (user and system).
// Benchmarks report MB per CPU second besides MB/s, since wall-clock speed
// on a shared machine says little.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
