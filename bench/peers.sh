#!/usr/bin/env bash
# The peers' comparison, against real processes on loopback:
#  1. clients: ihela (target/release/against) and the official Python
#     clients (bench/peers.py: ihela-sdk 0.4.0, ihela-python-client 0.0.5),
#     unchanged from PyPI, listing the banks of one sandbox process, one
#     call at a time and PEER_CONCURRENCY in flight;
#  2. servers: the sandbox binary against Prism (@stoplight/prism-cli)
#     mocking the same spec, both with logging off, loaded by oha with
#     LOAD_CONCURRENCY connections for LOAD_SECONDS; requests/s and the
#     server's peak memory.
# It installs what it needs under target/bench/ (a Python virtual
# environment, oha by cargo, Prism by npm) and prints two tables.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$ROOT/target/bench"
PEER_CALLS="${PEER_CALLS:-1000}"
PEER_CONCURRENCY="${PEER_CONCURRENCY:-64}"
LOAD_SECONDS="${LOAD_SECONDS:-10}"
LOAD_CONCURRENCY="${LOAD_CONCURRENCY:-64}"
OHA_VERSION=1.16.0
PRISM_VERSION=5.14.2
mkdir -p "$WORK"
cd "$ROOT"

echo "== tools"
cargo build --release --quiet --package ihela-sandbox --package ihela-bench --bins
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

# The two paths, from the bundled spec (the contract names them, not this script).
path_of() {
    python3 -c 'import json, sys
spec = json.load(open(sys.argv[1]))
print(next(path for path, item in spec["paths"].items()
           for operation in item.values()
           if isinstance(operation, dict) and operation.get("operationId") == sys.argv[2]))' \
        ihela/openapi/ihela-merchant.json "$1"
}
TOKEN_PATH="$(path_of create_token)"
BANKS_PATH="$(path_of list_banks)"

# peak_kib PID: the process's peak resident memory (VmHWM), in KiB.
peak_kib() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status"; }

# load NAME URL TOKEN: oha against the bank list; appends "NAME rps" to the results.
load() {
    "$OHA" --no-tui --output-format json -z "${LOAD_SECONDS}s" -c "$LOAD_CONCURRENCY" \
        -H "Authorization: Bearer $3" "$2$BANKS_PATH" >"$WORK/oha-$1.json"
    python3 -c 'import json, sys
report = json.load(open(sys.argv[1]))
statuses = report["statusCodeDistribution"]
if set(statuses) != {"200"} or report["summary"]["successRate"] < 1:
    sys.exit(f"FAILED: {sys.argv[2]} answered {statuses}, success rate {report['summary']['successRate']}")
print(sys.argv[2], round(report["summary"]["requestsPerSec"]))' "$WORK/oha-$1.json" "$1"
}

RESULTS="$WORK/peers.txt"
: >"$RESULTS"
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# start_sandbox: the sandbox binary (release, logging off) on a free port;
# sets SANDBOX_PID, SANDBOX_URL, SANDBOX_ID and SANDBOX_SECRET.
start_sandbox() {
    : >"$WORK/sandbox.log"
    RUST_LOG=off "$ROOT/target/release/ihela-sandbox" --port 0 >"$WORK/sandbox.log" 2>&1 &
    SANDBOX_PID=$!
    trap 'stop "$SANDBOX_PID"' EXIT
    SANDBOX_URL=""
    for _ in $(seq 1 100); do
        SANDBOX_URL="$(sed -n 's/^ihela-sandbox listening on //p' "$WORK/sandbox.log")"
        [ -n "$SANDBOX_URL" ] && break
        sleep 0.1
    done
    [ -n "$SANDBOX_URL" ] || { cat "$WORK/sandbox.log" >&2; exit 1; }
    SANDBOX_ID="$(sed -n 's/^client id: *//p' "$WORK/sandbox.log")"
    SANDBOX_SECRET="$(sed -n 's/^client secret: *//p' "$WORK/sandbox.log")"
    export SANDBOX_URL SANDBOX_ID SANDBOX_SECRET
}

start_sandbox
export PEER_CALLS PEER_CONCURRENCY
echo "== clients against it: $PEER_CALLS calls each way"
"$ROOT/target/release/against" --url "$SANDBOX_URL" --client-id "$SANDBOX_ID" --client-secret "$SANDBOX_SECRET" \
    --calls "$PEER_CALLS" --concurrency "$PEER_CONCURRENCY" | tee -a "$RESULTS"
"$WORK/venv/bin/python" bench/peers.py | tee -a "$RESULTS"

echo "== servers under oha: $LOAD_CONCURRENCY connections, $LOAD_SECONDS s, each a new process"
stop "$SANDBOX_PID"
start_sandbox
TOKEN="$(curl -sf -u "$SANDBOX_ID:$SANDBOX_SECRET" -d grant_type=client_credentials "$SANDBOX_URL$TOKEN_PATH" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])')"
SERVERS="$WORK/servers.txt"
echo "$(load sandbox "$SANDBOX_URL" "$TOKEN") $(peak_kib "$SANDBOX_PID")" | tee "$SERVERS"
stop "$SANDBOX_PID"

PRISM_PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
node "$PRISM" mock --host 127.0.0.1 --port "$PRISM_PORT" --verboseLevel silent ihela/openapi/ihela-merchant.yaml \
    >"$WORK/prism.log" 2>&1 &
PRISM_PID=$!
trap 'stop "$PRISM_PID"' EXIT
for _ in $(seq 1 300); do
    curl -s -o /dev/null "http://127.0.0.1:$PRISM_PORT$BANKS_PATH" && break
    sleep 0.1
done
echo "$(load prism "http://127.0.0.1:$PRISM_PORT" "$TOKEN") $(peak_kib "$PRISM_PID")" | tee -a "$SERVERS"
stop "$PRISM_PID"

echo
python3 - "$RESULTS" "$SERVERS" "$PEER_CONCURRENCY" <<'PY'
import sys
clients, servers, concurrency = sys.argv[1], sys.argv[2], sys.argv[3]
figures = {}
for line in open(clients):
    name, mode, rate, p50 = line.split()
    figures[(name, mode)] = (float(rate), p50)
names = list(dict.fromkeys(name for name, _ in figures))  # ihela first, as run
modes = ["sequential", f"in-flight-{concurrency}"]
print(f"{'client':<28}{'calls/s, one at a time':>24}{'p50 (µs)':>10}{f'calls/s, {concurrency} in flight':>26}")
for name in names:
    (seq, p50), (par, _) = figures[(name, modes[0])], figures[(name, modes[1])]
    print(f"{name:<28}{seq:>24.0f}{p50:>10}{par:>26.0f}")
ihela_seq, ihela_par = figures[("ihela", modes[0])][0], figures[("ihela", modes[1])][0]
for name in names[1:]:
    seq, par = figures[(name, modes[0])][0], figures[(name, modes[1])][0]
    print(f"ihela / {name}: {ihela_seq / seq:.1f}x one at a time, {ihela_par / par:.1f}x in flight")
print()
rows = {name: (float(rps), int(kib)) for name, rps, kib in (line.split() for line in open(servers))}
print(f"{'server':<28}{'requests/s':>12}{'peak RSS (MiB)':>16}")
for name, (rps, kib) in rows.items():
    print(f"{name:<28}{rps:>12.0f}{kib / 1024:>16.1f}")
(s_rps, s_kib), (p_rps, p_kib) = rows["sandbox"], rows["prism"]
print(f"sandbox / prism: {s_rps / p_rps:.1f}x the requests/s in {s_kib / p_kib:.2f}x the memory")
PY
