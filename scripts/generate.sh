#!/usr/bin/env bash
# Regenerates generated/ from openapi.yaml with the pinned openapi-generator (rust-axum).
#   scripts/generate.sh [OUT_DIR]   (default: generated/)
# Needs python3 and java. The generator comes from PyPI into .venv-codegen/ (created on demand).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${1:-$ROOT/generated}"
GENERATOR_VERSION="7.26.0"
VENV="${CODEGEN_VENV:-$ROOT/.venv-codegen}"

if ! "$VENV/bin/python" -c 'import yaml' 2>/dev/null \
    || ! grep -qx "$GENERATOR_VERSION" "$VENV/.generator-version" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check \
    "openapi-generator-cli==$GENERATOR_VERSION" "pyyaml==6.0.2"
  echo "$GENERATOR_VERSION" > "$VENV/.generator-version"
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

"$VENV/bin/python" "$ROOT/scripts/codegen_transform.py" "$ROOT/openapi.yaml" "$WORK/codegen.yaml"

"$VENV/bin/openapi-generator-cli" generate \
  --input-spec "$WORK/codegen.yaml" \
  --generator-name rust-axum \
  --output "$WORK/out" \
  --additional-properties=packageName=portcullis-api,packageVersion=0.1.0,hideGenerationTimestamp=true,disableValidator=true \
  --type-mappings=DateTime=portcullis_timestamp::Timestamp \
  > "$WORK/generator.log" 2>&1 || { cat "$WORK/generator.log" >&2; exit 1; }

"$VENV/bin/python" "$ROOT/scripts/codegen_postprocess.py" "$WORK/out" >/dev/null

# Only the crate itself is kept: the generator's README and metadata carry nothing we use.
rm -rf "$OUT"
mkdir -p "$OUT"
cp -r "$WORK/out/src" "$WORK/out/Cargo.toml" "$OUT/"
echo "generated $(find "$OUT" -name '*.rs' | wc -l) Rust files into ${OUT#"$ROOT"/}"
