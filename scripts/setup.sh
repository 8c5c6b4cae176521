#!/usr/bin/env bash
# Set up ClusterDesk from a fresh clone on Debian 12: the system libraries Qt needs, a
# virtual environment in .venv with the program (and, with --dev, the test tools), and the
# compiled Russian translation.  Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

DEV=0
[ "${1:-}" = "--dev" ] && DEV=1

APT=(python3 python3-venv python3-pip
     libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libegl1 libgl1 libxkbcommon0
     libx11-6 libxcb1 fonts-dejavu-core
     libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
     libxcb-image0 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0
     libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1)
# LibreOffice (headless) opens, converts and re-saves the workbooks and Word files in tests
[ "$DEV" = 1 ] && APT+=(poppler-utils postgresql xvfb xauth libreoffice-calc-nogui
                         libreoffice-writer-nogui)

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Need root (or sudo) to install: ${APT[*]}" >&2; return 1; fi
}

if command -v apt-get >/dev/null; then
  missing=()
  for pkg in "${APT[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  fi
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ "$DEV" = 1 ]; then
  .venv/bin/python -m pip install -q -e ".[dev]"
else
  .venv/bin/python -m pip install -q -e .
fi
.venv/bin/python scripts/build_translations.py build
# bytecode ahead of time: a start with PYTHONDONTWRITEBYTECODE set would compile ~120 modules
.venv/bin/python -m compileall -q -j 0 app >/dev/null || true
echo "ClusterDesk is set up in $(pwd)/.venv"
