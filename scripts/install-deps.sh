#!/usr/bin/env bash
# Installs the system packages Talon builds and tests with (Debian 12).
# As root it installs them; otherwise it says which to install and exits non-zero
# if any is missing.
set -euo pipefail

PACKAGES=(
  libsqlite3-dev        # the journal (GRDB on the system SQLite)
  libevdev-dev          # input devices
  libcups2-dev          # printing
  cups cups-daemon cups-client cups-ipp-utils cups-filters dbus curl   # a private cupsd (and the socket backend) in the tests
)
if [[ "${1:-}" == "--test" ]]; then
  PACKAGES+=(python3-venv chromium)   # chromium: the wall-display browser test
  PACKAGES+=(zbar-tools)   # zbarimg: decodes TalonQR's symbols and the QR codes on printed tickets
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "installing: ${missing[*]}"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    echo "Talon needs these Debian packages: ${missing[*]}" >&2
    echo "install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi
