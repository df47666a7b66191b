#!/usr/bin/env bash
# Interop: the API's peers, installed unchanged from PyPI, run their
# documented flows against its sandbox binary: for iHela its official Python
# clients (`ihela/official_clients.py`) and ihela-sdk's banking and agent
# services (`ihela/banking_services.py`), for Daraja the seed's SDK
# `tekmpesa` (`daraja/tekmpesa_flows.py`), for MoMo the seed's SDK
# `mobilemoney-py` (`momo/mobilemoney_flows.py`), for Vodacom's markets
# tekmpesa's Tanzania, Ghana and Mozambique classes (`vodacom/tekmpesa_flows.py`, against
# a sandbox whose sessions are live 30 s after they open, as the SDK expects).
set -euo pipefail
source "$(dirname "$0")/common.sh"

setup_venv
case "$API" in
    vodacom) start_sandbox --session-live-after-ms 30000 ;;
    *) start_sandbox ;;
esac
echo "$API peers against $SANDBOX_URL"
case "$API" in
    ihela)
        "$VENV/bin/python" "$HERE/ihela/official_clients.py"
        "$VENV/bin/python" "$HERE/ihela/banking_services.py"
        ;;
    # tekmpesa makes its STK timestamps in the machine's zone; Daraja's is Nairobi's.
    daraja) TZ=Africa/Nairobi "$VENV/bin/python" "$HERE/daraja/tekmpesa_flows.py" ;;
    momo) "$VENV/bin/python" "$HERE/momo/mobilemoney_flows.py" ;;
    vodacom) "$VENV/bin/python" "$HERE/vodacom/tekmpesa_flows.py" ;;
esac
