#!/usr/bin/env bash
# An API's fixtures against its spec with openapi-core
# (`fixtures.sh vodacom|vodacom-mozambique`): the first step of
# portability.sh, for an API whose sandbox (which the rest of
# portability.sh runs against) is not written yet.
set -euo pipefail
source "$(dirname "$0")/common.sh"
VENV="$WORK/venv-contract"
setup_venv "$HERE/python/requirements.txt"
echo "== $API: fixtures against the spec (openapi-core)"
"$VENV/bin/python" "$HERE/validate_fixtures.py" "$API"
