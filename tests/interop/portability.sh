#!/usr/bin/env bash
# Portability: openapi/ihela-merchant.yaml as other language teams receive it.
#  1. Every fixture (recorded answers, the seeds' samples, the callback
#     bodies) validates against the spec with openapi-core.
#  2. openapi-python-client generates a Python client (from the spec as
#     generated clients see it, `cargo xtask client-view`); mypy --strict checks it
#     and the smoke flow; the flow runs against the sandbox binary, then the
#     generated models decode every fixture.
#  3. openapi-typescript generates the TypeScript types; tsc --strict checks
#     the openapi-fetch smoke flow, which runs against the sandbox binary.
# Tools come pinned from PyPI (python/requirements.txt) and npm
# (typescript/package-lock.json); what they generate goes to target/interop/.
set -euo pipefail
source "$(dirname "$0")/common.sh"
HERE="$ROOT/tests/interop"
SPEC="$ROOT/openapi/ihela-merchant.yaml"
VENV="$WORK/venv-contract"
setup_venv "$HERE/python/requirements.txt"

echo "== fixtures against the spec (openapi-core)"
"$VENV/bin/python" "$HERE/validate_fixtures.py"

echo "== Python: openapi-python-client, mypy --strict"
PY="$WORK/python-client"
rm -rf "$PY" && mkdir -p "$PY"
# JSON request bodies only: openapi-python-client 0.29.1 cannot type two
# (its template tests an undefined `body_required` and never imports `Unset`,
# so mypy refuses the module); ihela-codegen makes the same reduction for progenitor.
(cd "$ROOT" && cargo xtask client-view openapi/ihela-merchant.yaml "$PY/spec.json")
PATH="$VENV/bin:$PATH" "$VENV/bin/openapi-python-client" generate --path "$PY/spec.json" \
    --config "$HERE/python/config.yaml" --meta none --output-path "$PY/ihela_merchant"
MYPYPATH="$PY" "$VENV/bin/mypy" --config-file "$HERE/python/mypy.ini" --cache-dir "$WORK/mypy-cache" \
    "$PY/ihela_merchant" "$HERE/python/smoke.py"

echo "== TypeScript: openapi-typescript, openapi-fetch, tsc --strict"
TS="$WORK/typescript"
(cd "$HERE/typescript" && npm ci --no-audit --no-fund --loglevel=error)
rm -rf "$TS" && mkdir -p "$TS"
cp "$HERE/typescript/smoke.ts" "$HERE/typescript/tsconfig.json" "$HERE/typescript/package.json" "$TS/"
ln -s "$HERE/typescript/node_modules" "$TS/node_modules"
"$TS/node_modules/.bin/openapi-typescript" "$SPEC" --output "$TS/schema.d.ts"
(cd "$TS" && node_modules/.bin/tsc --project tsconfig.json)

start_sandbox
PYTHONPATH="$PY" "$VENV/bin/python" "$HERE/python/smoke.py"
node "$TS/out/smoke.js"
