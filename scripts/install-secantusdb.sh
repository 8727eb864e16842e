#!/usr/bin/env bash
# Installs SecantusDB (a second, independent MongoDB-wire server, from PyPI; GPL-2.0, used only
# as a separate test process) into .tools/secantus-venv, unless it is already there.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VERSION="0.7.0b3"
VENV="$ROOT/.tools/secantus-venv"
if [ -x "$VENV/bin/secantusd-py" ] && "$VENV/bin/pip" show secantusdb 2>/dev/null | grep -q "^Version: $VERSION$"; then
  exit 0
fi
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet --disable-pip-version-check "secantusdb==$VERSION"
echo "installed secantusdb $VERSION"
