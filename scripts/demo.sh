#!/usr/bin/env bash
# One command: set up ClusterDesk and open it on the demo cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m app --demo "$@"
