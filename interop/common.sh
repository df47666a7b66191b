# Shared by the interop scripts, each run as `script.sh ihela|ihela-banking|daraja|momo|vodacom|vodacom-mozambique`: the
# API's facts, a Python virtual environment with the pinned packages, and
# the API's sandbox binary started on a free loopback port.
# Source it after `set -euo pipefail`; it sets API, SPEC (the YAML), SPEC_JSON
# (the bundled copy), FIXTURES and HERE (interop/), and start_sandbox sets
# SANDBOX_URL, SANDBOX_ID and SANDBOX_SECRET (the client id and secret, or
# the consumer key and secret; for MoMo SANDBOX_<PRODUCT>_KEY, the subscription keys;
# for iHela SANDBOX_PARTNER_ID, _SECRET and SANDBOX_AGENT_ID, _SECRET, the banking
# services' client credentials) and stops the sandbox on exit.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HERE="$ROOT/interop"
WORK="$ROOT/target/interop"
VENV="$WORK/venv"
mkdir -p "$WORK"

API="${1:-}"
case "$API" in
    ihela)
        SPEC="$ROOT/ihela/openapi/ihela-merchant.yaml"
        SANDBOX_BIN=ihela-sandbox
        ;;
    ihela-banking)
        # iHela's banking and agent services: the same sandbox serves them.
        SPEC="$ROOT/ihela/openapi/ihela-banking.yaml"
        FIXTURES="$ROOT/ihela/tests/fixtures/banking"
        SANDBOX_BIN=ihela-sandbox
        ;;
    daraja)
        SPEC="$ROOT/daraja/openapi/daraja.yaml"
        SANDBOX_BIN=daraja-sandbox
        # What clients encrypt the initiator password with for this sandbox.
        export SANDBOX_CERTIFICATE="$ROOT/daraja/sandbox/keys/sandbox-certificate.pem"
        ;;
    momo)
        SPEC="$ROOT/momo/openapi/momo.yaml"
        SANDBOX_BIN=mtn-momo-sandbox
        ;;
    vodacom)
        SPEC="$ROOT/vodacom/openapi/vodacom.yaml"
        SANDBOX_BIN=vodacom-sandbox
        ;;
    vodacom-mozambique)
        # Mozambique's variant: the same sandbox serves it, a port per operation.
        SPEC="$ROOT/vodacom/openapi/vodacom-mozambique.yaml"
        FIXTURES="$ROOT/vodacom/tests/fixtures/mozambique"
        SANDBOX_BIN=vodacom-sandbox
        ;;
    *)
        echo "usage: $0 ihela|ihela-banking|daraja|momo|vodacom|vodacom-mozambique" >&2
        exit 2
        ;;
esac
SPEC_JSON="${SPEC%.yaml}.json"
# The sandbox program, for a script that starts one of its own.
export SANDBOX_PROGRAM="$ROOT/target/debug/$SANDBOX_BIN"
FIXTURES="${FIXTURES:-$ROOT/$API/tests/fixtures}"

# setup_venv [requirements file]: $VENV with those pinned packages (by
# default the peers' and schemathesis', requirements.txt).
setup_venv() {
    local requirements="${1:-$HERE/requirements.txt}"
    if [ ! -x "$VENV/bin/python" ]; then
        python3 -m venv "$VENV"
    fi
    "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
}

# start_sandbox [sandbox arguments]: the API's sandbox binary on a free port.
start_sandbox() {
    cargo build --quiet --package "$SANDBOX_BIN" --manifest-path "$ROOT/Cargo.toml"
    local log="$WORK/$SANDBOX_BIN.log"
    # Emptied first: the backgrounded redirection may truncate it only after
    # the loop below has read the previous run's URL.
    : >"$log"
    "$ROOT/target/debug/$SANDBOX_BIN" --port 0 "$@" >"$log" 2>&1 &
    SANDBOX_PID=$!
    trap 'kill "$SANDBOX_PID" 2>/dev/null || true; wait "$SANDBOX_PID" 2>/dev/null || true' EXIT
    SANDBOX_URL=""
    for _ in $(seq 1 100); do
        SANDBOX_URL="$(sed -n "s/^$SANDBOX_BIN listening on //p" "$log")"
        [ -n "$SANDBOX_URL" ] && break
        sleep 0.1
    done
    if [ -z "$SANDBOX_URL" ]; then
        echo "the sandbox did not start:" >&2
        cat "$log" >&2
        exit 1
    fi
    SANDBOX_ID="$(sed -n 's/^\(client id\|consumer key\): *//p' "$log")"
    SANDBOX_SECRET="$(sed -n 's/^\(client secret\|consumer secret\): *//p' "$log")"
    # iHela's banking partner and agent (their client credentials), for the banking contract.
    for role in partner agent; do
        local id secret
        id="$(sed -n "s/^$role .*(client \([^ ]*\) \/ .*/\1/p" "$log")"
        secret="$(sed -n "s/^$role .*(client [^ ]* \/ \([^)]*\)).*/\1/p" "$log")"
        export "SANDBOX_${role^^}_ID=$id" "SANDBOX_${role^^}_SECRET=$secret"
    done
    # MoMo's subscription keys, one per product.
    SANDBOX_COLLECTION_KEY="$(sed -n 's/^collection *subscription key: *//p' "$log")"
    SANDBOX_DISBURSEMENT_KEY="$(sed -n 's/^disbursement *subscription key: *//p' "$log")"
    SANDBOX_REMITTANCE_KEY="$(sed -n 's/^remittance *subscription key: *//p' "$log")"
    # Vodacom's app: its API key, and the public key it is encrypted with;
    # Mozambique's operations (`path url;…`, a port each) and initiator.
    SANDBOX_API_KEY="$(sed -n 's/^API key: *//p' "$log")"
    SANDBOX_PUBLIC_KEY="$(sed -n 's/^public key: *//p' "$log")"
    SANDBOX_MOZAMBIQUE="$(sed -n 's/^Mozambique \(\/[^:]*\): /\1 /p' "$log" | tr '\n' ';')"
    SANDBOX_MOZAMBIQUE_INITIATOR="$(sed -n 's/^Mozambique initiator: *//p' "$log")"
    export SANDBOX_URL SANDBOX_ID SANDBOX_SECRET SANDBOX_COLLECTION_KEY SANDBOX_DISBURSEMENT_KEY SANDBOX_REMITTANCE_KEY \
        SANDBOX_API_KEY SANDBOX_PUBLIC_KEY SANDBOX_MOZAMBIQUE SANDBOX_MOZAMBIQUE_INITIATOR
}
