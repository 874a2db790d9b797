#!/usr/bin/env bash
# check-jsonl.sh — load satz JSONL with pandas, the way Python users read it.
#
#   scripts/check-jsonl.sh              build and check the bundled samples:
#                                       satz align testdata/align/de testdata/align/en
#                                       (bilingual) and satz build testdata/articles
#   scripts/check-jsonl.sh FILE.jsonl…  check the given files
#
# Each file must load with pandas.read_json(path, lines=True) with one row per
# line. A bilingual file (one with a "translation" column) must have a dict
# with exactly the keys de and en on every row, and lists in de_ids, en_ids,
# de_names, en_names; a monolingual one a text and a names list on every row.
#
# Needs Debian's pandas in the system python: apt-get install python3-pandas
# (about 100 MB with its dependencies, several minutes: a manual check, not
# part of CI). Exit status is non-zero if a check fails or pandas is missing.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
if ! "$PY" -c 'import pandas' 2>/dev/null; then
  echo "check-jsonl: pandas is not importable by $PY; install: apt-get install python3-pandas" >&2
  exit 1
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/check-jsonl-XXXXXX")
trap 'rm -rf "$TMP"' EXIT

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  (cd "$ROOT" && go build -o "$TMP/satz" ./cmd/satz)
  # testdata/align/en holds a file without a German counterpart: exit 3.
  code=0
  (cd "$ROOT" && "$TMP/satz" align -q testdata/align/de testdata/align/en -o "$TMP/align.jsonl") || code=$?
  if [ "$code" -ne 0 ] && [ "$code" -ne 3 ]; then
    echo "check-jsonl: satz align failed (exit $code)" >&2
    exit 1
  fi
  (cd "$ROOT" && "$TMP/satz" align -q testdata/align/de/wahl.txt testdata/align/en/wahl.txt \
    --keep-unaligned -o "$TMP/align-unaligned.jsonl")
  (cd "$ROOT" && "$TMP/satz" build -q testdata/articles -o "$TMP/build.jsonl")
  files=("$TMP/align.jsonl" "$TMP/align-unaligned.jsonl" "$TMP/build.jsonl")
fi

"$PY" - "${files[@]}" <<'PY'
import sys
import pandas as pd

failed = 0
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        lines = sum(1 for line in f if line.strip())
    df = pd.read_json(path, lines=True, dtype=False)
    problems = []
    if len(df) != lines or lines == 0:
        problems.append("%d rows for %d lines" % (len(df), lines))
    if "translation" in df.columns:
        kind = "bilingual"
        bad = [i for i, t in enumerate(df["translation"])
               if not isinstance(t, dict) or sorted(t) != ["de", "en"]]
        if bad:
            problems.append("translation not {de, en} on rows %s" % bad[:5])
        for col in ("de_ids", "en_ids", "de_names", "en_names", "de_quotes", "en_quotes"):
            if col not in df.columns or not all(isinstance(v, list) for v in df[col]):
                problems.append("%s missing or not a list on every row" % col)
        full = sum(1 for t in df["translation"] if isinstance(t, dict) and t.get("de") and t.get("en"))
        detail = "%d full links, %d with a side empty, %d German names" % (
            full, len(df) - full, sum(len(v) for v in df.get("de_names", [])))
    else:
        kind = "monolingual"
        for col in ("text", "names", "quotes"):
            if col not in df.columns:
                problems.append("no %s column" % col)
        detail = "%d documents, %d names" % (df["doc"].nunique(), sum(len(v) for v in df["names"]))
    status = "FAIL" if problems else "ok"
    print("%s: pandas %s: %s %s, %d rows = %d lines, columns %s; %s%s" % (
        status, pd.__version__, path.split("/")[-1], kind, len(df), lines, ",".join(df.columns), detail,
        "".join("\n  " + p for p in problems)))
    failed += bool(problems)
sys.exit(1 if failed else 0)
PY
