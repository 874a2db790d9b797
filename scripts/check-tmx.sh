#!/usr/bin/env bash
# check-tmx.sh — check TMX files the way real consumers read them.
#
#   scripts/check-tmx.sh [--quick] FILE.tmx...
#
#   1. xmllint          : DTD-valid against testdata/spec/tmx14.dtd (TMX 1.4b)
#   2. translate-toolkit: translate.storage.tmx loads one unit per <tu>, and
#                         the source (and target) texts round-trip
#   3. OmegaT 3.6       : a throw-away project with the TMX in tm/auto/ and
#                         the German segments as source/ is run through
#                         --mode=console-translate (headless); every segment
#                         must come out translated from the TMX
#
# --quick runs only step 1 (what CI uses). Exit status is non-zero if any
# check fails for any file, or if a consumer is not installed
# (scripts/install-tmx-tools.sh installs all three).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DTD="$ROOT/testdata/spec/tmx14.dtd"
OMEGAT_JAR=${OMEGAT_JAR:-/usr/share/omegat/OmegaT.jar}
# Debian's translate module lives in the system python, not in a pyenv/venv one.
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
INSTALL_HINT="apt-get install libxml2-utils translate-toolkit omegat (or scripts/install-tmx-tools.sh)"

quick=0
files=()
for a in "$@"; do
  case "$a" in
    --quick) quick=1 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "check-tmx: unknown option $a" >&2; exit 2 ;;
    *) files+=("$a") ;;
  esac
done
if [ ${#files[@]} -eq 0 ]; then
  echo "usage: $0 [--quick] FILE.tmx..." >&2
  exit 2
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/check-tmx-XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# Python helper shared by steps 2 and 3. The reference reading of the file
# uses only the standard library (expat), independent of translate-toolkit.
cat >"$TMP/tmxcheck.py" <<'PY'
import sys, json
import xml.etree.ElementTree as ET

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

def reference(path):
    """srclang, and per <tu>: (src text, [(lang, text) of the other tuvs])."""
    root = ET.parse(path).getroot()
    header = root.find("header")
    srclang = header.get("srclang", "") if header is not None else ""
    tus = []
    for tu in root.iter("tu"):
        tuvs = [(tuv.get(XML_LANG) or tuv.get("lang") or "",
                 "".join(tuv.find("seg").itertext()) if tuv.find("seg") is not None else None)
                for tuv in tu.findall("tuv")]
        tus.append(tuvs)
    if srclang in ("", "*all*") and tus and tus[0]:
        srclang = tus[0][0][0]
    def is_src(lang):
        return lang.lower() == srclang.lower() or lang.lower().split("-")[0] == srclang.lower().split("-")[0]
    out = []
    for tuvs in tus:
        src = [t for l, t in tuvs if is_src(l)]
        oth = [(l, t) for l, t in tuvs if not is_src(l)]
        out.append((src[0] if src else None, oth))
    return srclang, out

def toolkit(path):
    try:
        from translate.storage import tmx
    except ImportError as e:
        print("translate-toolkit: python module 'translate' not importable (%s); install: apt-get install translate-toolkit" % e)
        return 1
    srclang, ref = reference(path)
    store = tmx.tmxfile.parsefile(path)
    units = store.units
    bad = []
    if len(units) != len(ref):
        bad.append("loaded %d units but file has %d <tu>" % (len(units), len(ref)))
    ntgt = 0
    for i, (u, (src, oth)) in enumerate(zip(units, ref)):
        if src is None:
            bad.append("tu #%d: no <tuv> in srclang %r" % (i + 1, srclang))
            continue
        if u.source != src:
            bad.append("tu #%d: source %r != %r" % (i + 1, u.source, src))
        if oth:
            ntgt += 1
            if u.target != oth[0][1]:
                bad.append("tu #%d: target %r != %r" % (i + 1, u.target, oth[0][1]))
    if bad:
        print("translate-toolkit: FAIL %s: %s" % (path, "; ".join(bad[:5]) + (" ..." if len(bad) > 5 else "")))
        return 1
    print("translate-toolkit: ok %s: %d units loaded = %d <tu>; all %d sources and %d targets round-trip" %
          (path, len(units), len(ref), len(units), ntgt))
    return 0

def prepare(path, outdir):
    """Writes the OmegaT source file and prints 'srclang tgtlang nsegs'."""
    srclang, ref = reference(path)
    tgtlang = next((oth[0][0] for _, oth in ref if oth), srclang)
    expect = {}
    order = []
    for src, oth in ref:
        if src is None or not src.strip():
            continue
        order.append(src)
        expect.setdefault(src, set()).add(oth[0][1] if oth else src)
    # OmegaT's text filter: a blank line ends a paragraph (= one segment,
    # since the project turns sentence segmentation off).
    with open(outdir + "/source/segments.utf8", "w", encoding="utf-8") as f:
        f.write("\n\n".join(order) + "\n")
    with open(outdir + "/expect.json", "w", encoding="utf-8") as f:
        json.dump({"order": order, "expect": {k: sorted(v) for k, v in expect.items()}}, f)
    print(srclang, tgtlang, len(order))
    return 0

def verify(outdir):
    """Prints 'translated total' from OmegaT's target file."""
    with open(outdir + "/expect.json", encoding="utf-8") as f:
        e = json.load(f)
    with open(outdir + "/target/segments.utf8", encoding="utf-8") as f:
        got = [p for p in f.read().split("\n\n")]
    got = [p.strip("\n") for p in got]
    ok = 0
    for i, src in enumerate(e["order"]):
        if i < len(got) and got[i] in e["expect"][src]:
            ok += 1
        elif i < len(got):
            print("  seg %d: got %r, want one of %r" % (i + 1, got[i], e["expect"][src]), file=sys.stderr)
    print(ok, len(e["order"]))
    return 0

if __name__ == "__main__":
    cmd = sys.argv[1]
    sys.exit({"toolkit": lambda: toolkit(sys.argv[2]),
              "prepare": lambda: prepare(sys.argv[2], sys.argv[3]),
              "verify": lambda: verify(sys.argv[2])}[cmd]())
PY

need() { # need CMD DEBIAN-PACKAGE
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "$2: not installed ($1 missing); install: $INSTALL_HINT" >&2
    return 1
  fi
}

check_xmllint() {
  local f=$1 out
  need xmllint libxml2-utils || return 1
  if out=$(xmllint --nonet --noout --dtdvalid "$DTD" "$f" 2>&1); then
    echo "xmllint: ok $f: valid TMX 1.4b ($(xmllint --nonet --xpath 'count(//tu)' "$f") <tu>)"
  else
    echo "xmllint: FAIL $f: not valid against tmx14.dtd:"
    printf '%s\n' "$out" | sed 's/^/  /' | head -20
    return 1
  fi
}

check_toolkit() {
  local f=$1
  if ! "$PY" -c 'import translate.storage.tmx' 2>/dev/null; then
    echo "translate-toolkit: not installed; install: $INSTALL_HINT" >&2
    return 1
  fi
  # Spot-check translate-toolkit against xmllint's own reading of the file:
  # count(//tu) must match the units the toolkit loads (checked in python
  # against expat too), and the first <seg> must match.
  local n xl tk
  n=$(xmllint --nonet --xpath 'count(//tu)' "$f" 2>/dev/null || echo '?')
  xl=$(xmllint --nonet --xpath 'string((//tu)[1]/tuv[1]/seg)' "$f" 2>/dev/null || true)
  tk=$("$PY" -c 'import sys; from translate.storage import tmx
u = tmx.tmxfile.parsefile(sys.argv[1]).units
sys.stdout.write("%d\n%s" % (len(u), u[0].source if u else ""))' "$f" 2>&1) || {
    echo "translate-toolkit: FAIL $f: cannot load: $(printf '%s\n' "$tk" | tail -1)"; return 1; }
  if [ "${tk%%$'\n'*}" != "$n" ] || [ "${tk#*$'\n'}" != "$xl" ]; then
    echo "translate-toolkit: FAIL $f: toolkit read ${tk%%$'\n'*} units / first source '${tk#*$'\n'}', xmllint reads $n <tu> / '$xl'"
    return 1
  fi
  "$PY" "$TMP/tmxcheck.py" toolkit "$f"
}

check_omegat() {
  local f=$1 p langs sl tl nseg log rc res t0 t1 ok total
  need java "omegat (java)" || return 1
  if [ ! -f "$OMEGAT_JAR" ]; then
    echo "omegat: not installed ($OMEGAT_JAR missing); install: $INSTALL_HINT" >&2
    return 1
  fi
  p=$(mktemp -d "$TMP/omegat-XXXXXX")
  # OmegaT 3.6 console mode refuses to open a project unless all of these
  # folders exist (a missing omegat/ shows up as a NullPointerException).
  mkdir -p "$p"/{source,target,tm/auto,glossary,dictionary,omegat,config}
  langs=$("$PY" "$TMP/tmxcheck.py" prepare "$f" "$p" 2>"$p/prepare.err") || {
    echo "omegat: FAIL $f: cannot read TMX to build the project: $(tail -1 "$p/prepare.err")"; return 1; }
  read -r sl tl nseg <<<"$langs"
  if [ "$nseg" -eq 0 ]; then
    echo "omegat: FAIL $f: no <tu> with a $sl segment"; return 1
  fi
  # Monolingual TMX: a de->de project, where OmegaT matches the single tuv
  # against itself, so the TM is still read and applied for real.
  cat >"$p/omegat.project" <<EOF
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>$sl</source_lang>
    <target_lang>$tl</target_lang>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
EOF
  cp "$f" "$p/tm/auto/check.tmx"
  log="$p/omegat.log"
  t0=$(date +%s)
  rc=0
  (cd "$p" && java -Djava.awt.headless=true -Dfile.encoding=UTF-8 \
      -Duser.language=en -Duser.country=US -jar "$OMEGAT_JAR" \
      --mode=console-translate --config-dir="$p/config" \
      --disable-project-locking --no-team "$p") >"$log" 2>&1 </dev/null || rc=$?
  t1=$(date +%s)
  if [ $rc -ne 0 ] || grep -q -E 'Exception|: Error:|SEVERE|TMXR_ERROR' "$log"; then
    echo "omegat: FAIL $f: console-translate exit $rc; log says:"
    grep -v PLUGIN_LOAD_OK "$log" | grep -E 'Exception|Error:|SEVERE|Warning:' | head -6 | sed 's/^/  /'
    return 1
  fi
  if [ ! -f "$p/target/segments.utf8" ]; then
    echo "omegat: FAIL $f: no target file written"; return 1
  fi
  res=$("$PY" "$TMP/tmxcheck.py" verify "$p")
  read -r ok total <<<"$res"
  if [ "$ok" -ne "$total" ]; then
    echo "omegat: FAIL $f: only $ok/$total segments translated from TM ($sl->$tl)"
    return 1
  fi
  # Warnings (e.g. srclang="*all*" differing from the project language) do
  # not stop OmegaT from loading the TM; show them without failing.
  grep -E 'Warning:.*TMXR_' "$log" | sed 's/^[0-9]*: /  omegat note: /' || true
  if [ "$sl" = "$tl" ]; then
    echo "omegat: ok $f: loaded monolingual TMX, $ok/$total $sl segments matched from TM (${sl}->${tl} project, $((t1 - t0))s)"
  else
    echo "omegat: ok $f: $ok/$total segments translated from TM (${sl}->${tl}, $((t1 - t0))s)"
  fi
}

fail=0
for f in "${files[@]}"; do
  if [ ! -r "$f" ]; then
    echo "check-tmx: cannot read $f" >&2; fail=1; continue
  fi
  check_xmllint "$f" || fail=1
  if [ $quick -eq 0 ]; then
    check_toolkit "$f" || fail=1
    check_omegat "$f" || fail=1
  fi
done
exit $fail
