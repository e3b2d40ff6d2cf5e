#!/usr/bin/env bash
# Install the system packages claimwatch's tests use that pip cannot provide:
# promtool and prometheus (Debian's `prometheus` package), for the promtool
# checks in tests/unit/test_compose.py and the Prometheus integration test.
#
# Idempotent: does nothing when both are on PATH. Needs root and apt-get
# (Debian/Ubuntu); otherwise it says what is missing and exits 0, and the
# tests that need the tools skip with that reason.
set -euo pipefail

missing=()
for tool in promtool prometheus; do
    if command -v "$tool" >/dev/null 2>&1; then
        echo "install-system-deps: $tool present: $(command -v "$tool")"
    else
        missing+=("$tool")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-system-deps: nothing to do"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "install-system-deps: not root; not installing ${missing[*]}." \
         "Run as root (or: sudo apt-get install prometheus) for the promtool and Prometheus tests."
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-system-deps: no apt-get; install ${missing[*]} (Prometheus >= 2.42) yourself."
    exit 0
fi

echo "install-system-deps: installing Debian package 'prometheus' for: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# policy-rc.d 101: do not start the packaged Prometheus service; the tests
# start their own server on a free loopback port.
policy=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' > "$policy"
    chmod +x "$policy"
    created_policy=1
fi
status=0
apt-get install -y -qq --no-install-recommends prometheus || status=$?
if [ "$created_policy" -eq 1 ]; then
    rm -f "$policy"
fi
if [ "$status" -ne 0 ]; then
    echo "install-system-deps: apt-get install prometheus failed (exit $status)" >&2
    exit "$status"
fi
for tool in promtool prometheus; do
    echo "install-system-deps: $tool -> $(command -v "$tool") ($("$tool" --version 2>&1 | head -n 1))"
done
