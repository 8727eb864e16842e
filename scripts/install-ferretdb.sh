#!/usr/bin/env bash
# Builds FerretDB 1.24.2 (a MongoDB-wire server with an embedded SQLite handler) from the Go
# module proxy into .tools/ferretdb, unless it is already there. The module download lacks
# build/version/version.txt (git-ignored upstream), without which the binary refuses to start,
# so the module is copied and the file written before building.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VERSION="v1.24.2"
BIN="$ROOT/.tools/ferretdb"
if [ -x "$BIN" ] && "$BIN" --version 2>/dev/null | grep -q "${VERSION#v}"; then
  exit 0
fi
WORK="$(mktemp -d)"
trap 'chmod -R u+w "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT
cd "$WORK"
go mod init portcullis-ferretdb-build >/dev/null 2>&1
DIR="$(go mod download -json "github.com/FerretDB/FerretDB@$VERSION" | python3 -c 'import json,sys; print(json.load(sys.stdin)["Dir"])')"
cp -r "$DIR" src
chmod -R u+w src
echo "$VERSION" > src/build/version/version.txt
(cd src && CGO_ENABLED=0 go build -o "$BIN" ./cmd/ferretdb)
echo "built $("$BIN" --version | head -1)"
