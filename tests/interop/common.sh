# Shared by the interop scripts: a Python virtual environment with the
# pinned packages, and the sandbox binary started on a free loopback port.
# Source it; it sets VENV, SANDBOX_URL, SANDBOX_ID, SANDBOX_SECRET and stops
# the sandbox on exit.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$ROOT/target/interop"
VENV="$WORK/venv"
mkdir -p "$WORK"

# setup_venv [requirements file]: $VENV with those pinned packages (by
# default the official clients' and schemathesis', requirements.txt).
setup_venv() {
    local requirements="${1:-$ROOT/tests/interop/requirements.txt}"
    if [ ! -x "$VENV/bin/python" ]; then
        python3 -m venv "$VENV"
    fi
    "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
}

start_sandbox() {
    cargo build --quiet --package ihela-sandbox --manifest-path "$ROOT/Cargo.toml"
    local log="$WORK/sandbox.log"
    # Emptied first: the backgrounded redirection may truncate it only after
    # the loop below has read the previous run's URL.
    : >"$log"
    "$ROOT/target/debug/ihela-sandbox" --port 0 "$@" >"$log" 2>&1 &
    SANDBOX_PID=$!
    trap 'kill "$SANDBOX_PID" 2>/dev/null || true; wait "$SANDBOX_PID" 2>/dev/null || true' EXIT
    for _ in $(seq 1 100); do
        SANDBOX_URL="$(sed -n 's/^ihela-sandbox listening on //p' "$log")"
        [ -n "$SANDBOX_URL" ] && break
        sleep 0.1
    done
    if [ -z "$SANDBOX_URL" ]; then
        echo "the sandbox did not start:" >&2
        cat "$log" >&2
        exit 1
    fi
    SANDBOX_ID="$(sed -n 's/^client id: *//p' "$log")"
    SANDBOX_SECRET="$(sed -n 's/^client secret: *//p' "$log")"
    export SANDBOX_URL SANDBOX_ID SANDBOX_SECRET
}
