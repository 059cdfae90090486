#!/usr/bin/env bash
# Set up Qoldau in .venv and then run it or its tests. Everything a fresh Debian machine with
# Python 3.11+ needs is installed here (system libraries through apt-get when root or sudo).
#
#   bash tools/dev.sh run [main.py arguments]   set up, then open the GUI
#   bash tools/dev.sh test [pytest arguments]   set up, then lint and run the whole test suite
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-}"
shift || true
case "$mode" in
  run|test|setup) ;;
  *) echo "usage: bash tools/dev.sh run|test|setup [args]" >&2; exit 2 ;;
esac

PY="${PYTHON:-python3}"
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Qoldau needs Python 3.11 or newer as '$PY' (set PYTHON=/path/to/python3.11)." >&2
  exit 1
fi

# Debian packages Qt needs offscreen (PITFALLS.md #4), plus the xcb ones for a real window.
apt_needed=(libgl1 libegl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon0 fonts-dejavu-core)
if [ "$mode" = test ]; then
  apt_needed+=(poppler-utils)  # pdftotext: tests read printed PDFs back as text
fi
if [ "$mode" = run ]; then
  apt_needed+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
               libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1)
fi
"$PY" -c 'import ensurepip, venv' 2>/dev/null || apt_needed+=(python3-venv)
if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${apt_needed[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing system packages Qt needs: ${missing[*]}"
    if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      echo "Please run as root: apt-get install -y --no-install-recommends ${missing[*]}" >&2
      exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

# The virtual environment, reinstalled only when pyproject.toml changes.
stamp=".venv/.qoldau-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  [ -x .venv/bin/python ] || "$PY" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q ".[test]"
  rm -f .venv/.qoldau-*
  touch "$stamp"
fi

# Compile the Qt Linguist catalogues (.ts in git, .qm built here).
.venv/bin/python tools/translations.py release

case "$mode" in
  setup) ;;
  run) exec .venv/bin/python main.py "$@" ;;
  test)
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    .venv/bin/ruff check .
    .venv/bin/lint-imports
    .venv/bin/mypy
    # Both cores (pytest-xdist, issue 13); whole files per worker, so a module's fixtures are
    # built once. Pass -n 0 to run in one process (a later -n wins).
    exec .venv/bin/python -m pytest -n auto --dist loadfile "$@"
    ;;
esac
