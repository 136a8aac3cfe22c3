#!/usr/bin/env bash
# The installed Linux package, used as a person would: outside any virtual environment, as an
# ordinary user (nobody, when run as root) with a fresh home folder and only the system's PATH.
#
#   bash packaging/smoke_test_linux.sh [dist/consensus-app_<version>_<arch>.deb]
#
# Installs the .deb, opens the window offscreen on the demo and on the person's own workspace,
# imports a CRM contacts CSV, runs `analyze`, writes the review brief (with the bundled fonts only,
# too) and opens it with pdftoppm, checks that nothing was written into the install folder, that
# reinstalling (an update) and removing the package leave the workspace and settings alone.
set -euo pipefail
cd "$(dirname "$0")/.."

arch=$(dpkg --print-architecture)
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' consensus_app/__init__.py)
deb=$(realpath "${1:-dist/consensus-app_${version}_${arch}.deb}")
sudo=""
[[ "$(id -u)" -ne 0 ]] && sudo="sudo"
started=$(date +%s)

scratch=$(mktemp -d "${TMPDIR:-/tmp}/consensus-smoke.XXXXXX")
home="$scratch/home"
mkdir -p "$home"
chmod 755 "$scratch"
cleanup() {
    if dpkg-query -W -f='${Status}' consensus-app 2>/dev/null | grep -q "install ok installed"; then
        $sudo dpkg -r consensus-app >/dev/null || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

# A person: their own home, the system's PATH (no .venv), no Python settings of ours.
person=()
if [[ "$(id -u)" -eq 0 ]]; then
    chown nobody "$home"
    person=(runuser -u nobody --)
fi
as_person() {
    "${person[@]}" env -i HOME="$home" PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" \
        ${FONTCONFIG_FILE:+FONTCONFIG_FILE=$FONTCONFIG_FILE} "$@"
}
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }
step() { echo "--- smoke: $*"; }

step "install $(basename "$deb")"
# The system libraries it depends on first (what apt does for `apt install ./package.deb`).
missing=()
while read -r package; do
    [[ -z "$package" ]] && continue
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done < <(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed -e 's/(.*)//' -e 's/ //g')
if ((${#missing[@]})); then
    echo "Installing the package's dependencies: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
$sudo dpkg -i "$deb" >/dev/null
[[ "$(as_person sh -c 'command -v consensus-app')" == /usr/bin/consensus-app ]] || fail "consensus-app is not on PATH"
[[ -f /usr/share/applications/consensus-app.desktop ]] || fail "no desktop entry"
[[ -f /usr/share/icons/hicolor/256x256/apps/consensus-app.png ]] || fail "no icon"
for catalogue in consensus_app/resources/i18n/consensus_ko.qm PySide6/Qt/translations/qtbase_ko.qm; do
    [[ -f "/opt/consensus/_internal/$catalogue" ]] || fail "no $catalogue: the window could not speak Korean"
done
as_person consensus-app --version | grep -qx "consensus-app $version" || fail "--version"
touch "$scratch/installed"
sleep 1  # file times below are compared with this one

step "the window opens on the demo (offscreen) and draws its map"
out=$(as_person timeout 300 consensus-app --demo --smoke 2>"$scratch/demo.err") || { cat "$scratch/demo.err"; fail "--demo --smoke"; }
[[ "$(echo $out)" == "painted map" ]] || fail "window on the demo said: $out"

if command -v xvfb-run >/dev/null; then
    step "the window opens on an X server (Xvfb): the bundled xcb platform plugin and its libraries"
    out=$(QT_QPA_PLATFORM=xcb as_person timeout 300 xvfb-run -a consensus-app --demo --smoke 2>"$scratch/x.err") \
        || { cat "$scratch/x.err"; fail "--demo --smoke on X"; }
    [[ "$(echo $out)" == "painted map" ]] || fail "window on X said: $out"
fi

step "a CRM contacts CSV imports into the person's workspace"
python3 -c "import sys; sys.path.insert(0, '.'); from pathlib import Path; \
from tests.crm_export import nordlys_rows, write_csv; write_csv(Path(sys.argv[1]), nordlys_rows())" \
    "$scratch/contacts.csv"
chmod 644 "$scratch/contacts.csv"
as_person consensus-app import "$scratch/contacts.csv" | tee "$scratch/import.out"
grep -q "Nordlys Shipping ASA" "$scratch/import.out" || fail "contacts import"
as_person consensus-app pursuits add --account Nordlys "Fleet fuel & emissions visibility 2027" --stage solution >/dev/null
workspace="$home/.local/share/Consensus/workspace.db"
[[ -f "$workspace" ]] || fail "the workspace is not in the user's data folder ($workspace)"

step "analyze"
demo=/opt/consensus/_internal/consensus_app/resources/demo_workspace.json
as_person consensus-app import "$demo" >/dev/null
as_person consensus-app analyze --account acc-hangyeol >"$scratch/analyze.out"
grep -q "Consensus readiness: [0-9]*/100" "$scratch/analyze.out" || { cat "$scratch/analyze.out"; fail "analyze"; }

step "the review brief is written and opens in pdftoppm"
brief() {  # brief NAME: the Korean account's brief, checked page by page
    as_person consensus-app export --format brief --account acc-hangyeol -o "$home/$1.pdf" >/dev/null
    pdftoppm -r 40 -png "$home/$1.pdf" "$scratch/$1" || fail "pdftoppm could not read $1.pdf"
    pages=$(ls "$scratch/$1"-*.png | wc -l)
    ((pages >= 2)) || fail "$1.pdf has $pages page(s)"
    pdffonts "$home/$1.pdf" | grep -q "NotoSansCJK" || fail "$1.pdf has no Korean font: $(pdffonts "$home/$1.pdf")"
    echo "$1.pdf: $pages pages, Korean set in Noto Sans CJK"
}
brief brief
# The fonts inside the app are enough: a fontconfig that knows only the bundle's fonts folder.
cat >"$scratch/bundle-fonts-only.conf" <<EOF
<?xml version="1.0"?>
<fontconfig><dir>/opt/consensus/_internal/fonts</dir><cachedir>$home/.cache/fontconfig-bundle</cachedir></fontconfig>
EOF
chmod 644 "$scratch/bundle-fonts-only.conf"
FONTCONFIG_FILE="$scratch/bundle-fonts-only.conf" brief brief-bundled-fonts

step "the review deck (python-pptx reads its templates from the bundle)"
as_person consensus-app export --format pptx --account acc-hangyeol -o "$home/deck.pptx" >/dev/null
python3 -c "import sys, zipfile; assert 'ppt/slides/slide1.xml' in zipfile.ZipFile(sys.argv[1]).namelist()" \
    "$home/deck.pptx" || fail "deck.pptx is not a presentation"

step "the window opens on the person's workspace"
out=$(as_person timeout 300 consensus-app --smoke 2>"$scratch/own.err") || { cat "$scratch/own.err"; fail "--smoke"; }
[[ "$(echo $out)" == "painted map" ]] || fail "window on the workspace said: $out"
settings="$home/.config/Consensus/Consensus.conf"
[[ -f "$settings" ]] || fail "no window settings in $settings"

step "nothing was written into the install folder"
written=$(find /opt/consensus -newer "$scratch/installed" | head -5)
[[ -z "$written" ]] || fail "the app wrote into /opt/consensus: $written"

step "an update (reinstalling the package) keeps the workspace and settings"
before=$(sha256sum "$workspace" "$settings")
$sudo dpkg -i "$deb" >/dev/null
[[ "$(sha256sum "$workspace" "$settings")" == "$before" ]] || fail "reinstalling changed the user's files"
as_person consensus-app accounts | grep -q "Nordlys Shipping ASA" || fail "the workspace lost its account"
before=$(sha256sum "$workspace" "$settings")  # as the updated app left them

step "removing the package leaves the workspace and settings alone"
$sudo dpkg -r consensus-app >/dev/null
[[ ! -e /opt/consensus && ! -e /usr/bin/consensus-app ]] || fail "dpkg -r left the app behind"
[[ "$(sha256sum "$workspace" "$settings")" == "$before" ]] || fail "removing the app changed the user's files"

echo "--- smoke: the installed package works ($(($(date +%s) - started)) s)"
