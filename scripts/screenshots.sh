#!/usr/bin/env bash
# Regenerate the user guide's screenshots (docs/user-guide/img/<section>.png) and the README's
# (docs/screenshot.png) from the demo database, without a screen.  The demo database is built
# in a temporary CLUSTERDESK_HOME, so the user's own data and settings are never touched.
#   bash scripts/screenshots.sh            # every section
#   bash scripts/screenshots.sh grants     # only the named sections
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=.venv/bin/python
[ -x "$PYTHON" ] || { echo "no .venv: run bash scripts/setup.sh first" >&2; exit 2; }

SECTIONS=(dashboard participants sites roadmap grants events inspections career-maps
          indicators reports settings)
if [ "$#" -gt 0 ]; then
    SECTIONS=("$@")
fi

HOME_DIR="$(mktemp -d)"
trap 'rm -rf "$HOME_DIR"' EXIT
export CLUSTERDESK_HOME="$HOME_DIR"
export QT_QPA_PLATFORM=offscreen

OUT=docs/user-guide/img
mkdir -p "$OUT"
for section in "${SECTIONS[@]}"; do
    echo "snapshot: $section"
    "$PYTHON" -m app --demo --screenshot "$OUT/$section.png" --section "$section"
done

# the README's picture: the participants section
if [ "$#" -eq 0 ] || [[ " $* " == *" participants "* ]]; then
    cp "$OUT/participants.png" docs/screenshot.png
fi
echo "screenshots in $OUT and docs/screenshot.png"
