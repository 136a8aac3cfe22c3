#!/usr/bin/env bash
# Set up Consensus on a fresh Debian 12 machine: the system libraries Qt needs,
# a virtual environment in .venv, and the app installed into it (editable).
#   bash scripts/bootstrap.sh          # to run the app
#   bash scripts/bootstrap.sh --test   # also the test, lint and type-check tools
set -euo pipefail
cd "$(dirname "$0")/.."

extras="postgres"
if [[ "${1:-}" == "--test" ]]; then
    extras="postgres,test,dev,bench"
fi

# Qt (offscreen and X11), fonts for CJK (noto-cjk) and Persian (noto-core) text, fontconfig's fc-match
# (the SVG export finds the fonts to embed with it), Xvfb for screenshots, poppler for looking at PDFs.
packages=(
    python3-venv python3-pip
    libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
    libxcb-shape0 libxkbcommon-x11-0 libx11-xcb1
    fonts-noto-cjk fonts-noto-core fonts-dejavu-core fontconfig xvfb xauth poppler-utils
)
if [[ "${1:-}" == "--test" ]]; then
    packages+=(postgresql-15)  # the storage tests also run on a throw-away PostgreSQL server
fi
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    sudo=""
    [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[${extras}]"
echo "Consensus is installed in .venv"
