#!/usr/bin/env bash
# Portability: openapi/ihela-merchant.yaml as other language teams receive it.
#  1. Every fixture (recorded answers, the seeds' samples, the callback
#     bodies) validates against the spec with openapi-core.
#  2. openapi-python-client generates a Python client (from the spec as
#     generated clients see it, `cargo xtask client-view`); mypy --strict checks it
#     and the smoke flow; the flow runs against the sandbox binary, then the
#     generated models decode every fixture.
#  3. datamodel-code-generator generates pydantic models from the bundled
#     JSON; every fixture validates against its schema's model, and a
#     decoded open-enum value equals the generated enum's.
#  4. openapi-typescript and swagger-typescript-api generate TypeScript
#     types from the bundled JSON (the customer document too); tsc --strict
#     checks every fixture against both, and the openapi-fetch smoke flow,
#     which runs against the sandbox binary.
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

echo "== Python: datamodel-code-generator (pydantic)"
MODELS="$WORK/pydantic"
rm -rf "$MODELS" && mkdir -p "$MODELS"
# --use-subclass-enum: known values as a `str` enum, equal to the strings
# the open enum also takes (a plain Enum never equals one).
"$VENV/bin/datamodel-codegen" --input "$ROOT/openapi/ihela-merchant.json" --input-file-type openapi \
    --output-model-type pydantic_v2.BaseModel --use-subclass-enum --formatters builtin \
    --output "$MODELS/models.py"
"$VENV/bin/python" "$HERE/python/pydantic_fixtures.py" "$MODELS"

echo "== TypeScript: openapi-typescript, swagger-typescript-api, openapi-fetch, tsc --strict"
TS="$WORK/typescript"
(cd "$HERE/typescript" && npm ci --no-audit --no-fund --loglevel=error)
rm -rf "$TS" && mkdir -p "$TS"
cp "$HERE/typescript/smoke.ts" "$HERE/typescript/tsconfig.json" "$HERE/typescript/package.json" "$TS/"
ln -s "$HERE/typescript/node_modules" "$TS/node_modules"
"$TS/node_modules/.bin/openapi-typescript" "$SPEC" --output "$TS/schema.d.ts"
"$TS/node_modules/.bin/openapi-typescript" "$ROOT/openapi/ihela-customer.json" --output "$TS/customer.d.ts"
for spec in ihela-merchant ihela-customer; do
    "$TS/node_modules/.bin/swagger-typescript-api" generate --path "$ROOT/openapi/$spec.json" \
        --output "$TS/sta" --name "${spec#ihela-}.ts" --no-client >/dev/null
done
mv "$TS/sta/merchant.ts" "$TS/sta/api.ts"
mkdir -p "$TS/fixtures" && cp "$ROOT"/tests/fixtures/*.json "$TS/fixtures/"
"$VENV/bin/python" "$HERE/fixture_schemas.py" --typescript >"$TS/fixtures.ts"
(cd "$TS" && node_modules/.bin/tsc --project tsconfig.json)

start_sandbox
PYTHONPATH="$PY" "$VENV/bin/python" "$HERE/python/smoke.py"
node "$TS/out/smoke.js"
