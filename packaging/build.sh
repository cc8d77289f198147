#!/usr/bin/env bash
# Build Community Workbench for this platform: dist/community-workbench/ (one folder; on macOS
# also dist/Community Workbench.app). The app is installed from this checkout with PyInstaller
# (the "build" extra) into .venv-build, apart from the development environment.
#   packaging/build.sh            build
#   BUILD_VENV=/path packaging/build.sh   use another build environment
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${BUILD_VENV:-.venv-build}"
bin="$venv/bin"
[ -d "$venv/Scripts" ] && bin="$venv/Scripts"  # Windows (Git Bash)
if [ ! -x "$bin/python" ] && [ ! -x "$bin/python.exe" ]; then
  python3 -m venv "$venv"
  bin="$venv/bin"; [ -d "$venv/Scripts" ] && bin="$venv/Scripts"
fi
"$bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
"$bin/python" -m pip install -q --disable-pip-version-check ".[build]"
"$bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/workbench.spec

if [ "$(uname -s)" = Linux ]; then
  # What a desktop needs beside the binary, laid out as under /usr: the desktop entry, the
  # AppStream metadata and the icon in each size (copy share/ to /usr/local/share or ~/.local/share).
  share="dist/community-workbench/share"
  install -Dm644 resources/desktop/community-workbench.desktop "$share/applications/community-workbench.desktop"
  install -Dm644 resources/desktop/community-workbench.metainfo.xml "$share/metainfo/community-workbench.metainfo.xml"
  install -Dm644 resources/icons/community-workbench.svg "$share/icons/hicolor/scalable/apps/community-workbench.svg"
  for png in workbench/resources/icons/community-workbench-*.png; do
    size="${png##*-}"; size="${size%.png}"
    install -Dm644 "$png" "$share/icons/hicolor/${size}x${size}/apps/community-workbench.png"
  done
fi
echo "Built: dist/community-workbench/"
