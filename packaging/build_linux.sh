#!/usr/bin/env bash
# Build Consensus for Linux people who do not use Python: one self-contained folder (PyInstaller),
# a portable .tar.gz of it, and a .deb that installs it to /opt/consensus with a menu entry, an icon
# and the `consensus-app` command.
#
#   bash packaging/build_linux.sh        # → dist/consensus-app_<version>_<arch>.deb
#                                        #   dist/consensus-app-<version>-linux-<arch>.tar.gz
#
# Reproducible: a clean build environment with pinned versions (packaging/constraints.txt,
# packaging/build-requirements.txt), and archive members dated from the commit (SOURCE_DATE_EPOCH),
# owned by root, in name order. Needs Debian's fonts-noto-core and fonts-noto-cjk (scripts/bootstrap.sh
# installs them): their Latin, Persian and CJK faces ship inside the app for the window and the exports.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' consensus_app/__init__.py)
arch=$(dpkg --print-architecture)
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH
build=build/linux
out=dist
deb="$out/consensus-app_${version}_${arch}.deb"
tarball="$out/consensus-app-${version}-linux-${arch}.tar.gz"
started=$(date +%s)

venv=build/linux-venv

# What the build itself needs from Debian: the fonts it ships, binutils (PyInstaller reads and strips
# the libraries with it) and, for Debian's own python3, the shared libpython the bundle starts from.
packages=(fonts-noto-core fonts-noto-cjk binutils)
version_py=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
[[ "$("$python" -c 'import sys; print(sys.base_prefix)')" == /usr ]] && packages+=("libpython$version_py")
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

rm -rf "$build"
mkdir -p "$build" "$out"

echo "--- build environment: the app and its run-time dependencies only, pinned"
# CONSENSUS_REUSE_BUILD_VENV=1 keeps the environment of the last build (a developer's rebuild).
if [[ "${CONSENSUS_REUSE_BUILD_VENV:-}" != 1 || ! -x "$venv/bin/pyinstaller" ]]; then
    rm -rf "$venv"
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    -c packaging/constraints.txt -r packaging/build-requirements.txt ".[postgres]"

echo "--- fonts the window and the exports need (Latin, Persian, Korean, Japanese, Chinese)"
fonts="$build/fonts"
mkdir -p "$fonts"
noto=/usr/share/fonts/truetype/noto
cjk=/usr/share/fonts/opentype/noto
for font in "$noto"/NotoSans-{Regular,Bold,Italic,BoldItalic}.ttf "$noto"/NotoSansArabic-{Regular,Bold}.ttf \
    "$cjk"/NotoSansCJK-{Regular,Bold}.ttc; do
    [[ -f "$font" ]] || { echo "missing $font: apt-get install fonts-noto-core fonts-noto-cjk" >&2; exit 1; }
    cp "$font" "$fonts/"
done
cp /usr/share/doc/fonts-noto-core/copyright "$fonts/LICENSE-noto-core.txt"
cp /usr/share/doc/fonts-noto-cjk/copyright "$fonts/LICENSE-noto-cjk.txt"
cp packaging/linux/fonts.conf "$fonts/fonts.conf"

echo "--- icons"
"$venv/bin/python" packaging/make_icons.py "$build/icons"

echo "--- PyInstaller: one folder"
# A fixed hash seed: PyInstaller writes base_library.zip in set order.
PYTHONHASHSEED=0 CONSENSUS_BUNDLE_FONTS="$PWD/$fonts" CONSENSUS_BUNDLE_ICONS="$PWD/$build/icons" \
    "$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$build/dist" --workpath "$build/work" packaging/consensus.spec
app="$build/dist/consensus"
echo "--- debugging symbols out of the libraries that can lose them"
# Not the program (its archive is appended to it), not a library auditwheel patched with patchelf
# (in a *.libs folder, or with an RPATH into one or into the wheel builder's tree): strip moves their
# segments off page boundaries ("ELF load command address/offset not page-aligned" at import).
find "$app/_internal" -type f -name "*.so*" -print0 | while IFS= read -r -d '' library; do
    [[ "$library" == *.libs/* ]] && continue
    objdump -p "$library" 2>/dev/null | grep -E "^\s+(RPATH|RUNPATH)" | grep -qE "\.libs|/opt/_internal" && continue
    strip --strip-unneeded "$library" 2>/dev/null || true
done
cp resources/icons/consensus.svg "$app/consensus.svg"
"$app/consensus-app" --version

# Same bytes from the same commit: every file dated from the commit.
stamp() { find "$1" -exec touch --no-dereference --date="@$SOURCE_DATE_EPOCH" {} +; }
archive() {  # archive OUTPUT DIR NAME: a .tar.gz of DIR/NAME, reproducible
    tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
        -C "$2" -cf - "$3" | gzip -n -6 >"$1"
}

echo "--- portable archive"
stamp "$app"
rm -rf "$build/portable" && mkdir -p "$build/portable"
cp -a "$app" "$build/portable/consensus-app-$version"
archive "$tarball" "$build/portable" "consensus-app-$version"

echo "--- Debian package"
root="$build/deb"
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/doc/consensus-app" "$root/usr/share/icons/hicolor/scalable/apps"
cp -a "$app" "$root/opt/consensus"
ln -s /opt/consensus/consensus-app "$root/usr/bin/consensus-app"
install -m 644 packaging/linux/consensus-app.desktop "$root/usr/share/applications/consensus-app.desktop"
install -m 644 resources/icons/consensus.svg "$root/usr/share/icons/hicolor/scalable/apps/consensus-app.svg"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$root/usr/share/icons/hicolor/${size}x${size}/apps"
    install -m 644 "$build/icons/consensus-$size.png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/consensus-app.png"
done
cat >"$root/usr/share/doc/consensus-app/copyright" <<EOF
Consensus $version — MIT licence, the Consensus developers.
The app folder (/opt/consensus) bundles Python, Qt (LGPLv3, PySide6), the Python packages listed in
/opt/consensus/_internal/*.dist-info and Noto fonts (SIL Open Font License 1.1; see
/opt/consensus/_internal/fonts/LICENSE-*.txt).
EOF
installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$installed_kb/" \
    packaging/linux/control.in >"$root/DEBIAN/control"
chmod -R u+rwX,go+rX,go-w "$root"
stamp "$root"
# gzip: every dpkg reads it and it packs in a fraction of xz's time on a busy two-core machine.
dpkg-deb --root-owner-group -Zgzip -z6 --build "$root" "$deb" >/dev/null

echo "--- built in $(($(date +%s) - started)) s"
du -sh "$app" | sed 's/^/folder:   /'
ls -l --block-size=M "$tarball" "$deb" | awk '{print "package:  " $5 "  " $9}'
