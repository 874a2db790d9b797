#!/usr/bin/env bash
# bench-build.sh: the whole-pipeline benchmark of the README.
#
# Generates the benchmark corpus (25 MB, about 4,500 articles) and its
# first quarter with internal/benchcorpus, builds satz, and runs
# `satz build` on both with every step on (cleaning, segmentation, names,
# quotes, JSONL), with -j 1 and -j 2. Prints wall time, MB/s and peak RSS
# (GNU time), checks that -j 1 and -j 2 write identical output, and
# states the machine.
#
#   scripts/bench-build.sh [DIR]     # DIR defaults to /tmp/satz-bench
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-/tmp/satz-bench}
bin=$(mktemp -d)/satz
out=$(mktemp -d)
trap 'rm -rf "$(dirname "$bin")" "$out"' EXIT

[ -x /usr/bin/time ] || { echo "bench-build: needs GNU time (/usr/bin/time; Debian package time)" >&2; exit 1; }
[ -d "$dir/full" ] || go run ./internal/benchcorpus -o "$dir/full" -mb 25
[ -d "$dir/quarter" ] || go run ./internal/benchcorpus -o "$dir/quarter" -mb 6.25
go build -o "$bin" ./cmd/satz

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(go version | cut -d' ' -f3)"
run() { # name corpus jobs
	local log="$out/$1.time"
	/usr/bin/time -v "$bin" build "$dir/$2" -j "$3" -o "$out/$1.jsonl" 2>"$log"
	local mb wall rss
	mb=$(du -sb --apparent-size "$dir/$2" | cut -f1)
	wall=$(grep 'Elapsed (wall' "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
	rss=$(grep 'Maximum resident' "$log" | awk '{print $NF}')
	awk -v n="$1" -v j="$3" -v w="$wall" -v b="$mb" -v r="$rss" \
		'BEGIN { printf "%-12s -j %s  %6.2f s  %6.1f MB/s  peak RSS %4.0f MB\n", n, j, w, b/1e6/w, r/1024 }'
	grep '^satz:' "$log" | tail -1
}
run quarter-j2 quarter 2
run full-j1 full 1
run full-j2 full 2
cmp "$out/full-j1.jsonl" "$out/full-j2.jsonl" && echo "-j 1 and -j 2: identical output"
