#!/usr/bin/env bash
# Build the one-folder bundle with installer/clusterdesk.spec on Linux: dist/ClusterDesk/.
# The Windows build (installer/build.ps1) uses the same spec; this one proves in CI that the
# spec collects everything the frozen program needs (installer/smoke.sh runs it).
#
#   bash installer/build_bundle.sh            # needs .venv (scripts/setup.sh); adds PyInstaller
#   PYTHON=/path/to/python bash installer/build_bundle.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
PYINSTALLER_SPEC=${PYINSTALLER_SPEC:-"pyinstaller>=6.10,<7"}

# PyInstaller reads Linux binaries with objdump and strips them with strip (binutils).
if ! command -v objdump >/dev/null || ! command -v strip >/dev/null; then
  if [ "$(id -u)" = 0 ]; then sudo=(); else sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    binutils >/dev/null
fi
"$PYTHON" -c "import PyInstaller" 2>/dev/null ||
  "$PYTHON" -m pip install -q "$PYINSTALLER_SPEC"
"$PYTHON" scripts/build_translations.py build

start=$(date +%s)
rm -rf dist/ClusterDesk
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/clusterdesk.spec
echo "Built dist/ClusterDesk in $(( $(date +%s) - start )) s; $(du -sh dist/ClusterDesk | cut -f1)"
