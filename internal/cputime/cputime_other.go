//go:build !unix

// Package cputime reads the CPU time of the process, which benchmarks
// report besides wall time: on a shared machine wall-clock speed says
// little.
package cputime

import "time"

// Process is not measured here; benchmarks then report no CPU figure.
func Process() time.Duration { return 0 }
