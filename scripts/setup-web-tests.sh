#!/usr/bin/env bash
# Installs what the web tests need beyond Debian packages: schemathesis (PyPI) in a venv
# at .venv-web (gitignored). The API test runs .venv-web/bin/schemathesis against a live
# `talon serve`; it fails with a clear message if this script has not been run.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv-web
if [[ ! -x "$VENV/bin/schemathesis" ]]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --upgrade pip
  "$VENV/bin/pip" install --quiet "schemathesis>=3.39,<5"
fi
"$VENV/bin/schemathesis" --version
