#!/usr/bin/env bash
# Installs the Debian packages given as arguments when they are missing.
#
#   scripts/ensure-packages.sh PKG...          (or: source it and call ensure_packages PKG...)
#
# As root it runs apt-get non-interactively ('apt-get update' only when a package cannot be found
# or fetched with the current lists). As any other user it prints the exact sudo command and
# carries on (returns 0), so the caller decides what a missing package means.

ensure_packages() {
    local missing=() pkg status
    for pkg in "$@"; do
        status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
        [ "$status" = "installed" ] || missing+=("$pkg")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0

    if [ "$(id -u)" -ne 0 ]; then
        echo "Missing Debian packages: ${missing[*]}" >&2
        echo "Install them with:  sudo apt-get install -y ${missing[*]}" >&2
        return 0
    fi

    echo "Installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    local install=(apt-get install -y -q -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout=600 "${missing[@]}")
    local log
    log="$(mktemp /tmp/prongsai-apt.XXXXXX.log)"
    if ! "${install[@]}" >"$log" 2>&1; then
        # Package lists absent or stale: refresh them once and try again.
        apt-get update -q -o DPkg::Lock::Timeout=600 >>"$log" 2>&1 || true
        if ! "${install[@]}" >>"$log" 2>&1; then
            tail -n 30 "$log" >&2
            echo "apt-get could not install: ${missing[*]}" >&2
            return 1
        fi
    fi
    rm -f "$log"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    ensure_packages "$@"
fi
