#!/usr/bin/env bash
# CI, after the tests: freeze the program with the installer's PyInstaller spec into a
# one-folder bundle (dist/ClusterDesk) and run the bundle offscreen from outside the source
# tree (installer/smoke.sh): --version, check on a new database, screenshots, reports, field
# mode, nothing written inside the bundle, and its size against the 150 MiB goal.
# About 40 s on the CI machine (build ~25 s, smoke ~12 s).  Needs scripts/setup.sh --dev first.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== frozen bundle (installer/clusterdesk.spec)"
bash installer/build_bundle.sh
echo "== frozen bundle smoke test"
bash installer/smoke.sh dist/ClusterDesk
