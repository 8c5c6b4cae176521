#!/usr/bin/env bash
# Run the frozen program the way a user's PC would: offscreen, a fresh data folder, the
# working directory outside the source tree and no PYTHONPATH, so nothing can come from the
# checkout.  Fails if the bundle does not run; the size goal only prints PASS or MISS.
#
#   bash installer/smoke.sh [dist/ClusterDesk]       # SMOKE_KEEP=1: keep the outputs
set -euo pipefail
HERE=$(cd "$(dirname "$0")/.." && pwd)
BUNDLE=$(cd "${1:-$HERE/dist/ClusterDesk}" && pwd)
SIZE_GOAL_MB=${SIZE_GOAL_MB:-150}
EXE="$BUNDLE/ClusterDesk"
[ -x "$EXE" ] || { echo "no program at $EXE (run installer/build_bundle.sh)" >&2; exit 1; }

TMP=$(mktemp -d /tmp/clusterdesk-smoke.XXXXXX)
# SMOKE_KEEP=1 keeps the screenshots, reports and logs for a look.
if [ -n "${SMOKE_KEEP:-}" ]; then trap 'echo "outputs kept in $TMP"' EXIT; else trap 'rm -rf "$TMP"' EXIT; fi
cd "$TMP"  # not the source tree
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV
export QT_QPA_PLATFORM=offscreen CLUSTERDESK_HOME="$TMP/home" HOME="$TMP/userhome"
export XDG_DATA_HOME="$TMP/userhome/data" XDG_CONFIG_HOME="$TMP/userhome/config"
export XDG_CACHE_HOME="$TMP/userhome/cache" XDG_STATE_HOME="$TMP/userhome/state"
export PATH=/usr/bin:/bin

listing() { (cd "$BUNDLE" && find . -printf '%p %s %T@\n' | sort && find . -type f -print0 | sort -z | xargs -0 md5sum); }
listing >"$TMP/before.txt"

failed=0
step() {  # step NAME COMMAND... : run it, time it, show its output only when it fails
  local name=$1; shift
  local start; start=$(date +%s%N)
  # A modal error box would wait forever offscreen: a step gets STEP_TIMEOUT seconds.
  local run=(timeout --kill-after=10 "${STEP_TIMEOUT:-180}")
  [ "$(type -t "$1")" = function ] && run=()
  if "${run[@]}" "$@" >"$TMP/out.txt" 2>&1; then
    local ms=$(( ($(date +%s%N) - start) / 1000000 ))
    printf 'ok   %-36s %3d.%01d s\n' "$name" $((ms / 1000)) $((ms % 1000 / 100))
  else
    printf 'FAIL %-36s (exit %s)\n' "$name" "$?"; sed 's/^/     | /' "$TMP/out.txt" | tail -40
    failed=1
  fi
}
# check KIND FILE [MIN_BYTES]: the output file is what it claims to be (system python3, -I:
# nothing from the source tree or the bundle).
check() { /usr/bin/python3 -I - "$@" <<'PY'
import struct, sys, zipfile
kind, path = sys.argv[1], sys.argv[2]
minimum = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
data = open(path, "rb").read()
assert len(data) >= minimum, f"{path}: only {len(data)} bytes"
if kind == "png":
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    w, h = struct.unpack(">II", data[16:24])
    assert w >= 800 and h >= 600, (w, h)
elif kind == "xlsx":
    assert "xl/workbook.xml" in zipfile.ZipFile(path).namelist(), "not a workbook"
elif kind == "pdf":
    assert data.startswith(b"%PDF-"), "not a PDF"
    assert b"PTSans" in data, "PT Sans is not embedded"
print(kind, len(data), "bytes")
PY
}

step "--version" bash -c '"$0" --version | tee /dev/stderr | grep -q "^ClusterDesk [0-9]"' "$EXE"
step "check on a new database" "$EXE" --db "$TMP/new.sqlite3" check
step "  it was created and migrated" bash -c '[ -s "$0" ] && "$1" --db "$0" check' "$TMP/new.sqlite3" "$EXE"
step "--demo --screenshot" "$EXE" --demo --screenshot "$TMP/shot.png"
step "  the screenshot is a real picture" check png "$TMP/shot.png" 30000
step "screenshot: grants (QtCharts)" "$EXE" --demo --section grants --screenshot "$TMP/grants.png"
step "  the screenshot is a real picture" check png "$TMP/grants.png" 30000
step "screenshot: reports (icons, QtPdf)" "$EXE" --demo --section reports --screenshot "$TMP/reports.png"
step "  the screenshot is a real picture" check png "$TMP/reports.png" 30000
step "report roadmap -> xlsx" "$EXE" --demo report roadmap --out "$TMP/roadmap.xlsx"
step "  it is a workbook" check xlsx "$TMP/roadmap.xlsx" 3000
step "report readiness -> pdf" "$EXE" --demo report readiness --out "$TMP/readiness.pdf"
step "  it is a PDF in PT Sans" check pdf "$TMP/readiness.pdf" 5000
step "report career-map -> pdf (QR, logos)" bash -c \
  'id=$("$0" --demo list career-maps | head -n1 | cut -f1) && "$0" --demo report career-map --id "$id" --out "$1"' \
  "$EXE" "$TMP/career.pdf"
step "  it is a PDF in PT Sans" check pdf "$TMP/career.pdf" 10000
step "field export -> .cdpkg" "$EXE" --demo field export --out "$TMP/field.cdpkg"
step "field mode opens the package" "$EXE" --field "$TMP/field.cdpkg" --screenshot "$TMP/field.png"
step "  the screenshot is a real picture" check png "$TMP/field.png" 10000
step "PostgreSQL driver is bundled" bash -c '! out=$("$0" --db postgresql://nobody@127.0.0.1:9/none check 2>&1) &&
  echo "$out" | grep -qi "connect" && ! echo "$out" | grep -q "NoSuchModuleError\|ModuleNotFoundError"' "$EXE"
step "data went to CLUSTERDESK_HOME" ls "$CLUSTERDESK_HOME/data/clusterdesk-demo.sqlite3" \
  "$CLUSTERDESK_HOME/logs/clusterdesk.log"

listing >"$TMP/after.txt"
if diff -q "$TMP/before.txt" "$TMP/after.txt" >/dev/null; then
  echo "ok   nothing was written inside the bundle"
else
  echo "FAIL the program wrote inside its own folder:"; diff "$TMP/before.txt" "$TMP/after.txt" | head -20
  failed=1
fi
stray=$(find "$TMP/userhome" -type f 2>/dev/null | head -5 || true)
if [ -n "$stray" ]; then
  echo "FAIL files outside CLUSTERDESK_HOME:"; echo "$stray"; failed=1
else
  echo "ok   nothing was written outside CLUSTERDESK_HOME"
fi

size_kb=$(du -sk "$BUNDLE" | cut -f1)
size_mb=$(( (size_kb + 1023) / 1024 ))
if [ "$size_mb" -le "$SIZE_GOAL_MB" ]; then verdict=PASS; else verdict=MISS; fi
echo "Bundle size: $(du -sh "$BUNDLE" | cut -f1) ($size_mb MiB) — goal under $SIZE_GOAL_MB MiB: $verdict"
icu_kb=$(find "$BUNDLE" -name 'libicu*' -type f -print0 | du -ck --files0-from=- 2>/dev/null | tail -n1 | cut -f1 || echo 0)
if [ "${icu_kb:-0}" -gt 0 ]; then  # Linux wheels carry ICU; Qt on Windows uses the system's
  echo "  of which ICU (Linux only): $(( icu_kb / 1024 )) MiB; without it: $(( (size_kb - icu_kb) / 1024 )) MiB"
fi
echo "  largest parts:"; (cd "$BUNDLE/_internal" && du -sk ./* ./PySide6/Qt/lib/* 2>/dev/null |
  sort -rn | head -6 | awk '{printf "    %6.1f MiB  %s\n", $1/1024, $2}')

[ "$failed" = 0 ] && echo "SMOKE PASS: the frozen program runs from $BUNDLE" || echo "SMOKE FAIL"
exit "$failed"
