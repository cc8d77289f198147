#!/usr/bin/env bash
# Run the built bundle (packaging/build.sh) away from the source tree, as on a user's machine:
# --version, demo, info --json, German messages, and the window on the offscreen platform.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$root/dist/community-workbench" "$work/app"
cd "$work"
unset PYTHONPATH VIRTUAL_ENV
export WORKBENCH_HOME="$work/home" QT_QPA_PLATFORM=offscreen
app="$work/app/workbench"
"$app" --version
"$app" demo --db demo.db
"$app" info --db demo.db --json > info.json
python3 -c 'import json; c = json.load(open("info.json"))["counts"]; assert c["items"] > 1000, c'
LANG=de_DE.UTF-8 "$app" info --db demo.db | grep -q "^Datenbank:" || {
  echo "The bundle's German translation is missing"; exit 1; }
"$app" whoami "Smoke Test" >/dev/null
# The window paints and writes the moment to WORKBENCH_REPORT_SHOWN; then it is stopped.
WORKBENCH_REPORT_SHOWN="$work/shown" "$app" --db demo.db > window.log 2>&1 & pid=$!
for _ in $(seq 240); do
  [ -s "$work/shown" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.25
done
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
[ -s "$work/shown" ] || { echo "The bundled window never showed:"; cat window.log; exit 1; }
echo "The bundle runs away from the source tree: version, demo, info, German, the window."
