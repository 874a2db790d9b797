//go:build unix

// Package cputime reads the CPU time of the process, which benchmarks
// report besides wall time: on a shared machine wall-clock speed says
// little.
package cputime

import (
	"syscall"
	"time"
)

// Process returns the CPU time the process has used (user and system).
func Process() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
