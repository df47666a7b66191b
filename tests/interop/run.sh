#!/usr/bin/env bash
# Interop: the official Python clients, installed unchanged from PyPI, run
# their documented flows against the sandbox binary.
set -euo pipefail
source "$(dirname "$0")/common.sh"

setup_venv
start_sandbox
echo "official clients against $SANDBOX_URL"
"$VENV/bin/python" "$ROOT/tests/interop/official_clients.py"
