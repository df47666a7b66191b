#!/usr/bin/env bash
# The peers' comparison, against real processes on loopback, for one API
# (`peers.sh ihela`, `peers.sh daraja` or `peers.sh momo`; all when none is named):
#  1. clients: the Rust client (target/release/against) and the API's
#     Python peers (bench/peers.py), unchanged from PyPI, making the API's
#     measured call on one sandbox process, one call at a time and
#     PEER_CONCURRENCY in flight: iHela's bank list (ihela-sdk 0.4.0,
#     ihela-python-client 0.0.5), Daraja's STK query of a paid push
#     (tekmpesa 1.0.2, mpesakit 2.2.0), MoMo's collection balance
#     (mobilemoney-py 0.1.2);
#  2. servers: the API's sandbox binary against another mock server of the
#     same API (iHela and MoMo: Prism mocking the spec; Daraja: daraja-mock,
#     a Flask test double), both with logging off, loaded by oha with
#     LOAD_CONCURRENCY connections for LOAD_SECONDS on the measured call;
#     requests/s and the server's peak memory.
# It installs what it needs under target/bench/ (a Python virtual
# environment, oha by cargo, Prism by npm) and prints two tables per API.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$ROOT/target/bench"
PEER_CALLS="${PEER_CALLS:-1000}"
PEER_CONCURRENCY="${PEER_CONCURRENCY:-64}"
LOAD_SECONDS="${LOAD_SECONDS:-10}"
LOAD_CONCURRENCY="${LOAD_CONCURRENCY:-64}"
OHA_VERSION=1.16.0
PRISM_VERSION=5.14.2
APIS=("${@:-ihela}")
[ $# -eq 0 ] && APIS=(ihela daraja momo)
mkdir -p "$WORK"
cd "$ROOT"

echo "== tools"
cargo build --release --quiet --package ihela-sandbox --package daraja-sandbox --package mtn-momo-sandbox \
    --package pesa-bench --bins
if [ ! -x "$WORK/venv/bin/python" ]; then
    python3 -m venv "$WORK/venv"
fi
"$WORK/venv/bin/pip" install --quiet --disable-pip-version-check -r bench/requirements.txt
if [ "$("$WORK/tools/bin/oha" --version 2>/dev/null)" != "oha $OHA_VERSION" ]; then
    cargo install --quiet --locked --root "$WORK/tools" oha --version "$OHA_VERSION"
fi
PRISM="$WORK/prism/node_modules/@stoplight/prism-cli/dist/index.js"
if [ "$(node "$PRISM" --version 2>/dev/null)" != "$PRISM_VERSION" ]; then
    npm install --silent --no-audit --no-fund --prefix "$WORK/prism" "@stoplight/prism-cli@$PRISM_VERSION"
fi
OHA="$WORK/tools/bin/oha"
PY="$WORK/venv/bin/python"
export PEER_CALLS PEER_CONCURRENCY

# path_of SPEC OPERATION: an operation's path, from the bundled spec (the
# contract names them, not this script).
path_of() {
    python3 -c 'import json, sys
spec = json.load(open(sys.argv[1]))
print(next(path for path, item in spec["paths"].items()
           for operation in item.values()
           if isinstance(operation, dict) and operation.get("operationId") == sys.argv[2]))' "$1" "$2"
}

# peak_kib PID: the process's peak resident memory (VmHWM), in KiB.
peak_kib() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status"; }

# load NAME URL [oha arguments]: oha on URL; prints "NAME rps".
load() {
    local name="$1" url="$2"
    shift 2
    "$OHA" --no-tui --output-format json -z "${LOAD_SECONDS}s" -c "$LOAD_CONCURRENCY" "$@" "$url" >"$WORK/oha-$name.json"
    python3 -c 'import json, sys
report = json.load(open(sys.argv[1]))
statuses = report["statusCodeDistribution"]
if set(statuses) != {"200"} or report["summary"]["successRate"] < 1:
    sys.exit(f"FAILED: {sys.argv[2]} answered {statuses}, success rate {report['summary']['successRate']}")
print(sys.argv[2], round(report["summary"]["requestsPerSec"]))' "$WORK/oha-$name.json" "$name"
}

stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# start_sandbox BINARY: the sandbox binary (release, logging off) on a free
# port; sets SANDBOX_PID, SANDBOX_URL, SANDBOX_ID and SANDBOX_SECRET.
start_sandbox() {
    : >"$WORK/$1.log"
    RUST_LOG=off "$ROOT/target/release/$1" --port 0 >"$WORK/$1.log" 2>&1 &
    SANDBOX_PID=$!
    trap 'stop "$SANDBOX_PID"' EXIT
    SANDBOX_URL=""
    for _ in $(seq 1 100); do
        SANDBOX_URL="$(sed -n "s/^$1 listening on //p" "$WORK/$1.log")"
        [ -n "$SANDBOX_URL" ] && break
        sleep 0.1
    done
    [ -n "$SANDBOX_URL" ] || { cat "$WORK/$1.log" >&2; exit 1; }
    SANDBOX_ID="$(sed -n 's/^\(client id\|consumer key\): *//p' "$WORK/$1.log")"
    SANDBOX_SECRET="$(sed -n 's/^\(client secret\|consumer secret\): *//p' "$WORK/$1.log")"
    export SANDBOX_URL SANDBOX_ID SANDBOX_SECRET
}

# start_server NAME PORT COMMAND...: another mock server, until PROBE_PATH answers.
start_server() {
    local name="$1" port="$2"
    shift 2
    "$@" >"$WORK/$name.log" 2>&1 &
    SERVER_PID=$!
    trap 'stop "$SERVER_PID"' EXIT
    for _ in $(seq 1 300); do
        curl -s -o /dev/null "http://127.0.0.1:$port$PROBE_PATH" && return
        sleep 0.1
    done
    cat "$WORK/$name.log" >&2
    exit 1
}

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# The Daraja STK query both servers are loaded with: a fresh password, the push paid.
daraja_query_body() {
    python3 -c 'import base64, datetime, json, sys
now = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=3))).strftime("%Y%m%d%H%M%S")
key = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919"
print(json.dumps({"BusinessShortCode": "174379", "Password": base64.b64encode(f"174379{key}{now}".encode()).decode(),
                  "Timestamp": now, "CheckoutRequestID": sys.argv[1]}))' "$1"
}

# daraja_paid_push: a push the customer paid, on the running sandbox; prints its checkout id.
daraja_paid_push() {
    "$PY" - <<'PY'
import base64, datetime, os, requests
base = os.environ["SANDBOX_URL"]
token = requests.get(base + "/oauth/v1/generate", params={"grant_type": "client_credentials"},
                     auth=(os.environ["SANDBOX_ID"], os.environ["SANDBOX_SECRET"]), timeout=10).json()["access_token"]
now = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=3))).strftime("%Y%m%d%H%M%S")
key = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919"
push = requests.post(base + "/mpesa/stkpush/v1/processrequest", headers={"Authorization": f"Bearer {token}"}, json={
    "BusinessShortCode": "174379", "Password": base64.b64encode(f"174379{key}{now}".encode()).decode(),
    "Timestamp": now, "TransactionType": "CustomerPayBillOnline", "Amount": 10, "PartyA": "254708374149",
    "PartyB": "174379", "PhoneNumber": "254708374149", "CallBackURL": "http://127.0.0.1:9/stk",
    "AccountReference": "BENCH"}, timeout=10).json()
requests.post(f"{base}/_sandbox/stk/{push['CheckoutRequestID']}", json={"outcome": "paid"}, timeout=10).raise_for_status()
print(push["CheckoutRequestID"])
PY
}

# momo_user: an API user and key on the running MoMo sandbox, made with its
# collection subscription key (SANDBOX_COLLECTION_KEY); prints "user key".
momo_user() {
    "$PY" - <<'PY'
import os, uuid, requests
base, key = os.environ["SANDBOX_URL"], {"Ocp-Apim-Subscription-Key": os.environ["SANDBOX_COLLECTION_KEY"]}
user = str(uuid.uuid4())
requests.post(base + "/v1_0/apiuser", headers={**key, "X-Reference-Id": user},
              json={"providerCallbackHost": "127.0.0.1"}, timeout=10).raise_for_status()
made = requests.post(f"{base}/v1_0/apiuser/{user}/apikey", headers=key, timeout=10)
made.raise_for_status()
print(user, made.json()["apiKey"])
PY
}

# token_of API: a token from the running sandbox.
token_of() {
    case "$1" in
        ihela) curl -sf -u "$SANDBOX_ID:$SANDBOX_SECRET" -d grant_type=client_credentials \
            "$SANDBOX_URL$(path_of ihela/openapi/ihela-merchant.json create_token)" ;;
        daraja) curl -sf -u "$SANDBOX_ID:$SANDBOX_SECRET" \
            "$SANDBOX_URL$(path_of daraja/openapi/daraja.json create_token)?grant_type=client_credentials" ;;
    esac | python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])'
}

for api in "${APIS[@]}"; do
    RESULTS="$WORK/peers-$api.txt"
    SERVERS="$WORK/servers-$api.txt"
    : >"$RESULTS"
    case "$api" in
        ihela)
            start_sandbox ihela-sandbox
            echo "== $api: clients against it, $PEER_CALLS calls each way"
            "$ROOT/target/release/against" --url "$SANDBOX_URL" --client-id "$SANDBOX_ID" \
                --client-secret "$SANDBOX_SECRET" --calls "$PEER_CALLS" --concurrency "$PEER_CONCURRENCY" | tee -a "$RESULTS"
            "$PY" bench/peers.py ihela | tee -a "$RESULTS"
            stop "$SANDBOX_PID"

            echo "== $api: servers under oha, $LOAD_CONCURRENCY connections, $LOAD_SECONDS s, each a new process"
            BANKS_PATH="$(path_of ihela/openapi/ihela-merchant.json list_banks)"
            start_sandbox ihela-sandbox
            TOKEN="$(token_of ihela)"
            echo "$(load sandbox "$SANDBOX_URL$BANKS_PATH" -H "Authorization: Bearer $TOKEN") $(peak_kib "$SANDBOX_PID")" | tee "$SERVERS"
            stop "$SANDBOX_PID"
            PORT="$(free_port)" PROBE_PATH="$BANKS_PATH"
            start_server prism "$PORT" node "$PRISM" mock --host 127.0.0.1 --port "$PORT" --verboseLevel silent \
                ihela/openapi/ihela-merchant.yaml
            echo "$(load prism "http://127.0.0.1:$PORT$BANKS_PATH" -H "Authorization: Bearer $TOKEN") $(peak_kib "$SERVER_PID")" | tee -a "$SERVERS"
            stop "$SERVER_PID"
            ;;
        daraja)
            start_sandbox daraja-sandbox
            CHECKOUT="$(daraja_paid_push)"
            export CHECKOUT
            echo "== $api: clients against it, $PEER_CALLS calls each way"
            "$ROOT/target/release/against" --api daraja --url "$SANDBOX_URL" --client-id "$SANDBOX_ID" \
                --client-secret "$SANDBOX_SECRET" --checkout "$CHECKOUT" \
                --certificate daraja/sandbox/keys/sandbox-certificate.pem \
                --calls "$PEER_CALLS" --concurrency "$PEER_CONCURRENCY" | tee -a "$RESULTS"
            # tekmpesa makes its STK timestamps in the machine's zone; Daraja's is Nairobi's.
            TZ=Africa/Nairobi "$PY" bench/peers.py daraja | tee -a "$RESULTS"
            stop "$SANDBOX_PID"

            echo "== $api: servers under oha, $LOAD_CONCURRENCY connections, $LOAD_SECONDS s, each a new process"
            QUERY_PATH="$(path_of daraja/openapi/daraja.json stk_query)"
            start_sandbox daraja-sandbox
            CHECKOUT="$(daraja_paid_push)"
            TOKEN="$(token_of daraja)"
            echo "$(load sandbox "$SANDBOX_URL$QUERY_PATH" -m POST -T application/json \
                -d "$(daraja_query_body "$CHECKOUT")" -H "Authorization: Bearer $TOKEN") $(peak_kib "$SANDBOX_PID")" | tee "$SERVERS"
            stop "$SANDBOX_PID"
            PORT="$(free_port)" PROBE_PATH=/health
            start_server daraja-mock "$PORT" "$WORK/venv/bin/daraja-mock" --port "$PORT"
            echo "$(load daraja-mock "http://127.0.0.1:$PORT$QUERY_PATH" -m POST -T application/json \
                -d "$(daraja_query_body "$CHECKOUT")" -H "Authorization: Bearer $TOKEN") $(peak_kib "$SERVER_PID")" | tee -a "$SERVERS"
            stop "$SERVER_PID"
            ;;
        momo)
            start_sandbox mtn-momo-sandbox
            SANDBOX_COLLECTION_KEY="$(sed -n 's/^collection *subscription key: *//p' "$WORK/mtn-momo-sandbox.log")"
            export SANDBOX_COLLECTION_KEY
            read -r MOMO_USER MOMO_KEY < <(momo_user)
            export MOMO_USER MOMO_KEY
            echo "== $api: clients against it, $PEER_CALLS calls each way"
            "$ROOT/target/release/against" --api momo --url "$SANDBOX_URL" --client-id "$MOMO_USER" \
                --client-secret "$MOMO_KEY" --subscription-key "$SANDBOX_COLLECTION_KEY" \
                --calls "$PEER_CALLS" --concurrency "$PEER_CONCURRENCY" | tee -a "$RESULTS"
            "$PY" bench/peers.py momo | tee -a "$RESULTS"
            stop "$SANDBOX_PID"

            echo "== $api: servers under oha, $LOAD_CONCURRENCY connections, $LOAD_SECONDS s, each a new process"
            BALANCE_PATH="$(path_of momo/openapi/momo.json get_account_balance | sed 's/{product}/collection/')"
            start_sandbox mtn-momo-sandbox
            read -r MOMO_USER MOMO_KEY < <(momo_user)
            TOKEN="$(curl -sf -X POST -u "$MOMO_USER:$MOMO_KEY" -H "Ocp-Apim-Subscription-Key: $SANDBOX_COLLECTION_KEY" \
                "$SANDBOX_URL$(path_of momo/openapi/momo.json create_access_token | sed 's/{product}/collection/')" | python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])')"
            HEADERS=(-H "Authorization: Bearer $TOKEN" -H "Ocp-Apim-Subscription-Key: $SANDBOX_COLLECTION_KEY"
                -H "X-Target-Environment: sandbox")
            echo "$(load sandbox "$SANDBOX_URL$BALANCE_PATH" "${HEADERS[@]}") $(peak_kib "$SANDBOX_PID")" | tee "$SERVERS"
            stop "$SANDBOX_PID"
            PORT="$(free_port)" PROBE_PATH="$BALANCE_PATH"
            start_server prism "$PORT" node "$PRISM" mock --host 127.0.0.1 --port "$PORT" --verboseLevel silent \
                momo/openapi/momo.yaml
            echo "$(load prism "http://127.0.0.1:$PORT$BALANCE_PATH" "${HEADERS[@]}") $(peak_kib "$SERVER_PID")" | tee -a "$SERVERS"
            stop "$SERVER_PID"
            ;;
    esac

    echo
    python3 - "$RESULTS" "$SERVERS" "$PEER_CONCURRENCY" <<'PY'
import sys
clients, servers, concurrency = sys.argv[1], sys.argv[2], sys.argv[3]
figures, notes = {}, {}
for line in open(clients):
    name, mode, rate, p50, *note = line.split()
    figures[(name, mode)] = (float(rate), p50)
    if note:
        notes[name] = f" ({note[0]} succeeded)"
names = list(dict.fromkeys(name for name, _ in figures))  # the Rust client first, as run
modes = ["sequential", f"in-flight-{concurrency}"]
print(f"{'client':<28}{'calls/s, one at a time':>24}{'p50 (µs)':>10}{f'calls/s, {concurrency} in flight':>26}")
for name in names:
    (seq, p50), (par, _) = figures[(name, modes[0])], figures[(name, modes[1])]
    print(f"{name:<28}{seq:>24.0f}{p50:>10}{par:>26.0f}{notes.get(name, '')}")
ours = names[0]
our_seq, our_par = figures[(ours, modes[0])][0], figures[(ours, modes[1])][0]
for name in names[1:]:
    seq, par = figures[(name, modes[0])][0], figures[(name, modes[1])][0]
    in_flight = f"{our_par / par:.1f}x in flight" if par else "none in flight succeeded"
    print(f"{ours} / {name}: {our_seq / seq:.1f}x one at a time, {in_flight}")
print()
rows = {name: (float(rps), int(kib)) for name, rps, kib in (line.split() for line in open(servers))}
print(f"{'server':<28}{'requests/s':>12}{'peak RSS (MiB)':>16}")
for name, (rps, kib) in rows.items():
    print(f"{name:<28}{rps:>12.0f}{kib / 1024:>16.1f}")
(ours, (s_rps, s_kib)), (other, (p_rps, p_kib)) = list(rows.items())
print(f"{ours} / {other}: {s_rps / p_rps:.1f}x the requests/s in {s_kib / p_kib:.2f}x the memory")
PY
done
