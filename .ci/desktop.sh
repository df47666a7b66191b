# Sourced by .ci/run: Debian's Chromium and its chromedriver, for the
# sandbox dashboard's browser test, and tmux, for the command line's
# terminal test (installed with apt when missing). Sets PESA_CHROMEDRIVER;
# without it, or tmux, those tests say they were skipped.
chromium_install() {
    if ! command -v chromedriver >/dev/null || ! command -v chromium >/dev/null; then
        apt-get install -y -qq chromium chromium-driver >/dev/null
    fi
    if ! command -v tmux >/dev/null; then
        apt-get install -y -qq tmux >/dev/null
    fi
    PESA_CHROMEDRIVER="$(command -v chromedriver)"
    export PESA_CHROMEDRIVER
}
