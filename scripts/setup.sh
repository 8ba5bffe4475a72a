#!/bin/sh
# Makes a fresh Debian machine ready for `npm start` and `npm test`: npm packages from the lock
# file, and Debian's Chromium, Firefox ESR, Xvfb, xdotool, dbus-daemon and libnotify (installed
# when run as root; otherwise the command is printed).
set -eu
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

missing=""
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing="$missing chromium"
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing="$missing firefox-esr"
# The keyboard-shortcut E2E tests press keys on a virtual X display.
command -v Xvfb >/dev/null 2>&1 || missing="$missing xvfb xauth"
command -v xdotool >/dev/null 2>&1 || missing="$missing xdotool"
# The follow E2E tests run their own desktop notification service on a private session bus.
command -v dbus-daemon >/dev/null 2>&1 || missing="$missing dbus-daemon"
# Firefox shows notifications through libnotify, which it loads only if it is there; without it
# the Firefox follow test sees none.
dpkg -s libnotify4 >/dev/null 2>&1 || missing="$missing libnotify4"
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
  else
    echo "Instalments needs Debian's browser packages. Run:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y$missing" >&2
    exit 1
  fi
fi
