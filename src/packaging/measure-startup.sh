#!/usr/bin/env bash
# Cold start of the packaged app (JVM start to the Overview figures on screen) against a bare JavaFX
# window with one chart, both on the app image's own runtime, several runs each; prints medians and
# the ratio. Needs the app image and the test classes:
#   ./mvnw -B -Ppackage -DskipTests verify && ./mvnw -q test-compile
#   bash src/packaging/measure-startup.sh [runs]
# Without a display it runs under xvfb-run (Debian: apt-get install xvfb libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
image=target/dist/UnionRegions
[ -x "$image/bin/UnionRegions" ] || { echo "no app image: run ./mvnw -B -Ppackage -DskipTests verify" >&2; exit 1; }
[ -d target/test-classes/org/unionregions/bench ] || { echo "no test classes: run ./mvnw -q test-compile" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1920x1080x24" bash "$0" "$@"
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
java="$image/lib/runtime/bin/java"
bare_cp="$image/lib/app/*:target/test-classes"

once() { "$@" 2>/dev/null | sed -n 's/^startup-ms=//p'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# one run each first: creates the database and unpacks JavaFX's native libraries into $home
HOME="$home" "$image/bin/UnionRegions" --exit-after-start >/dev/null 2>&1
HOME="$home" "$java" -cp "$bare_cp" 'org.unionregions.bench.BareChartWindow$Launcher' >/dev/null 2>&1

# interleaved, so drift in the machine's load touches both alike
app_times=(); bare_times=()
for _ in $(seq "$runs"); do
  app_times+=("$(HOME="$home" once "$image/bin/UnionRegions" --exit-after-start)")
  bare_times+=("$(HOME="$home" once "$java" -cp "$bare_cp" 'org.unionregions.bench.BareChartWindow$Launcher')")
done
app=$(printf '%s\n' "${app_times[@]}" | median)
bare=$(printf '%s\n' "${bare_times[@]}" | median)
echo "runs each: $runs"
echo "packaged app, to overview figures shown: median ${app} ms"
echo "bare JavaFX window with one chart:      median ${bare} ms"
awk -v a="$app" -v b="$bare" 'BEGIN {printf "ratio app / bare: %.2f (target 1.3 or less)\n", a / b}'
