#!/usr/bin/env bash
# Portability: an API's spec as other language teams receive it
# (`portability.sh ihela|daraja|momo`).
#  1. Every fixture (recorded answers, the seeds' and the provider's
#     samples, the callback bodies) validates against the spec with
#     openapi-core.
#  2. openapi-python-client generates a Python client (from the spec as
#     generated clients see it, `cargo xtask client-view`); mypy --strict
#     checks it and the smoke flow (`<api>/smoke.py`); the flow runs against
#     the sandbox binary, then the generated models decode every fixture.
#  3. datamodel-code-generator generates pydantic models from the bundled
#     JSON; every fixture validates against its schema's model, and a
#     decoded open-enum value equals the generated enum's.
#  4. openapi-typescript and swagger-typescript-api generate TypeScript
#     types from the bundled JSON (for iHela, the customer document too);
#     tsc --strict checks every fixture against both, and the openapi-fetch
#     smoke flow (`<api>/smoke.ts`), which runs against the sandbox binary.
# Tools come pinned from PyPI (python/requirements.txt) and npm
# (typescript/package-lock.json); what they generate goes to
# target/interop/<api>/.
set -euo pipefail
source "$(dirname "$0")/common.sh"
VENV="$WORK/venv-contract"
OUT="$WORK/$API"
setup_venv "$HERE/python/requirements.txt"

echo "== $API: fixtures against the spec (openapi-core)"
"$VENV/bin/python" "$HERE/validate_fixtures.py" "$API"

echo "== $API: Python, openapi-python-client, mypy --strict"
PY="$OUT/python-client"
PACKAGE="$(sed -n 's/^package_name_override: *//p' "$HERE/$API/python-client.yaml")"
rm -rf "$PY" && mkdir -p "$PY"
# JSON request bodies only: openapi-python-client 0.29.1 cannot type two
# (its template tests an undefined `body_required` and never imports `Unset`,
# so mypy refuses the module); pesa-codegen makes the same reduction for progenitor.
(cd "$ROOT" && cargo xtask client-view "${SPEC#"$ROOT"/}" "$PY/spec.json")
PATH="$VENV/bin:$PATH" "$VENV/bin/openapi-python-client" generate --path "$PY/spec.json" \
    --config "$HERE/$API/python-client.yaml" --meta none --output-path "$PY/$PACKAGE"
MYPYPATH="$PY" "$VENV/bin/mypy" --config-file "$HERE/$API/mypy.ini" --cache-dir "$WORK/mypy-cache" \
    "$PY/$PACKAGE" "$HERE/$API/smoke.py"

echo "== $API: Python, datamodel-code-generator (pydantic)"
MODELS="$OUT/pydantic"
rm -rf "$MODELS" && mkdir -p "$MODELS"
# --use-subclass-enum: known values as a `str` enum, equal to the strings
# the open enum also takes (a plain Enum never equals one).
"$VENV/bin/datamodel-codegen" --input "$SPEC_JSON" --input-file-type openapi \
    --output-model-type pydantic_v2.BaseModel --use-subclass-enum --formatters builtin \
    --output "$MODELS/models.py"
"$VENV/bin/python" "$HERE/python/pydantic_fixtures.py" "$API" "$MODELS"

echo "== $API: TypeScript, openapi-typescript, swagger-typescript-api, openapi-fetch, tsc --strict"
TS="$OUT/typescript"
(cd "$HERE/typescript" && npm ci --no-audit --no-fund --loglevel=error)
rm -rf "$TS" && mkdir -p "$TS/sta"
cp "$HERE/$API/smoke.ts" "$HERE/typescript/package.json" "$TS/"
cp "$HERE/typescript/tsconfig.json" "$TS/tsconfig.base.json"
ln -s "$HERE/typescript/node_modules" "$TS/node_modules"
# The API's contract as api.ts/schema.d.ts, and its other documents beside it.
documents=("$SPEC_JSON")
[ "$API" = ihela ] && documents+=("$ROOT/ihela/openapi/ihela-customer.json")
files=('"smoke.ts"' '"fixtures.ts"')
for document in "${documents[@]}"; do
    name="$(basename "$document" .json)"
    [ "$document" = "$SPEC_JSON" ] && name=api
    "$TS/node_modules/.bin/openapi-typescript" "$document" --output "$TS/$name.d.ts"
    # Enums as unions of string literals, which a JSON value can be (a
    # TypeScript `enum` takes only its own members).
    "$TS/node_modules/.bin/swagger-typescript-api" generate --path "$document" \
        --output "$TS/sta" --name "$name.ts" --no-client --enum-style=union >/dev/null
    files+=("\"$name.d.ts\"" "\"sta/$name.ts\"")
done
mv "$TS/api.d.ts" "$TS/schema.d.ts"
files=("${files[@]/\"api.d.ts\"/\"schema.d.ts\"}")
printf '{"extends": "./tsconfig.base.json", "files": [%s]}\n' "$(IFS=,; echo "${files[*]}")" >"$TS/tsconfig.json"
"$VENV/bin/python" "$HERE/fixture_schemas.py" "$API" --typescript >"$TS/fixtures.ts"
(cd "$TS" && node_modules/.bin/tsc --project tsconfig.json)

start_sandbox
PYTHONPATH="$PY" "$VENV/bin/python" "$HERE/$API/smoke.py"
node "$TS/out/smoke.js"
