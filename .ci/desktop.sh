# Sourced by .ci/run: what the command line's tests drive from Debian's
# packages (installed with apt when missing): Chromium and its
# chromedriver, for the sandbox dashboards' browser tests; tmux, for the
# live confirmation's terminal test; GNOME Keyring and D-Bus, for the OS
# keyring's test. Sets PESA_CHROMEDRIVER; without one of them, its test
# says it was skipped.
desktop_install() {
    if ! command -v chromedriver >/dev/null || ! command -v chromium >/dev/null; then
        apt-get install -y -qq chromium chromium-driver >/dev/null
    fi
    if ! command -v tmux >/dev/null; then
        apt-get install -y -qq tmux >/dev/null
    fi
    if ! command -v gnome-keyring-daemon >/dev/null || ! command -v dbus-run-session >/dev/null; then
        apt-get install -y -qq gnome-keyring dbus-daemon >/dev/null
    fi
    PESA_CHROMEDRIVER="$(command -v chromedriver)"
    export PESA_CHROMEDRIVER
}
