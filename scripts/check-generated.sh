#!/usr/bin/env bash
# Fails when generated/ differs from what scripts/generate.sh makes of openapi.yaml now.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
FRESH="$(mktemp -d)"
trap 'rm -rf "$FRESH"' EXIT
"$ROOT/scripts/generate.sh" "$FRESH/generated" >/dev/null
if ! diff -ru "$ROOT/generated" "$FRESH/generated" > "$FRESH/drift.diff"; then
  echo "generated/ is stale: run scripts/generate.sh and commit the result." >&2
  head -n 80 "$FRESH/drift.diff" >&2
  exit 1
fi
echo "generated/ matches openapi.yaml"
