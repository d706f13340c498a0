#!/bin/sh
# Installs emupos (an ESC/POS printer emulator, PyPI, Apache-2.0) into .venv-emupos at the
# repository root, for the TalonPrint end-to-end tests. Needs Python >= 3.13.
#   PYTHON=/path/to/python3.13 scripts/setup-emupos.sh
# Tests look for .venv-emupos/bin/emupos, or TALON_EMUPOS=/path/to/emupos.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
venv="${TALON_EMUPOS_VENV:-$root/.venv-emupos}"
python="${PYTHON:-}"
if [ -z "$python" ]; then
    for candidate in /root/.pyenv/versions/3.13.0/bin/python3 python3.13 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
           "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 13) else 1)' 2>/dev/null; then
            python="$candidate"; break
        fi
    done
fi
if [ -z "$python" ]; then
    echo "setup-emupos: no Python >= 3.13 found; set PYTHON=/path/to/python3.13" >&2
    exit 1
fi
if [ ! -x "$venv/bin/emupos" ]; then
    "$python" -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
    "$venv/bin/pip" install --quiet "emupos${EMUPOS_VERSION:+==$EMUPOS_VERSION}"
fi
"$venv/bin/emupos" --help >/dev/null
echo "emupos ready: $venv/bin/emupos"
