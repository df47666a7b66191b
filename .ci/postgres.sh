# Sourced by .ci/run: a PostgreSQL server of the system's packages
# (installed with apt when missing), started in a temporary directory on a
# unix socket only, as the `postgres` user when run as root (PostgreSQL
# refuses root), and stopped on exit. Sets PESA_STORE_POSTGRES_URL for the
# store's Postgres tests.
postgres_start() {
    if ! command -v initdb >/dev/null && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
        apt-get install -y -qq postgresql >/dev/null
    fi
    local bin
    bin="$(dirname "$(readlink -f "$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb | tail -1)")")"
    PG_DIR="$(mktemp -d)"
    local as=()
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$PG_DIR"
        as=(runuser -u postgres --)
    fi
    PG_BIN="$bin" PG_AS="${as[*]}"
    "${as[@]}" "$bin/initdb" --pgdata "$PG_DIR/data" --auth trust --username pesa >/dev/null
    "${as[@]}" "$bin/pg_ctl" --pgdata "$PG_DIR/data" --log "$PG_DIR/log" --wait \
        -o "-k $PG_DIR -c listen_addresses=''" start >/dev/null
    trap 'postgres_stop' EXIT
    "${as[@]}" "$bin/createdb" --host "$PG_DIR" --username pesa pesa
    export PESA_STORE_POSTGRES_URL="postgres://pesa@localhost/pesa?host=$PG_DIR"
}

postgres_stop() {
    ${PG_AS:-} "$PG_BIN/pg_ctl" --pgdata "$PG_DIR/data" --mode fast --wait stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
}
