#!/usr/bin/env bash
# Times `marrow report` end to end on a registry-size data set (issue 5, item 7: 10,000 subjects in
# under 10 s). Generates the registry if it is missing, runs the command RUNS times through the
# launcher (./marrow, so with its JVM options) and prints each run's wall and CPU time with the load
# average, then the best and the median wall time.
#
#   scripts/bench-report.sh [SIZE] [RUNS]        defaults: 10000 subjects, 5 runs
#   MARROW_JAVA_OPTS=... scripts/bench-report.sh to try other JVM options
#
# The data set goes to /tmp/marrow-registry-SIZE (about 200 MB for 10,000 subjects), the report
# to a temporary folder that is removed at the end.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size="${1:-10000}"
runs="${2:-5}"
data="/tmp/marrow-registry-$size"

if [[ ! -f "$data/subjects.csv" ]]; then
  echo "generating a $size-subject registry in $data ..." >&2
  (cd "$root" && mvn -B -o -q -pl marrow-examples -am package -DskipTests)
  java -jar "$root/marrow-examples/target/marrow-examples.jar" registry "$size" "$data"
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# One untimed run builds the jar and the class-data archive if needed.
"$root/marrow" report --protocol ctx-ist "$data" --out "$out/warm" >/dev/null

walls=()
TIMEFORMAT='%R %U %S'
for ((i = 1; i <= runs; i++)); do
  load="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')"
  t="$({ time "$root/marrow" report --protocol ctx-ist "$data" --out "$out/run" >/dev/null; } 2>&1)"
  read -r wall user sys <<<"$t"
  walls+=("$wall")
  printf 'run %d: %6.2f s wall, %6.2f s CPU (user %.2f + sys %.2f), load average %s\n' \
    "$i" "$wall" "$(echo "$user + $sys" | bc)" "$user" "$sys" "$load"
done
sorted=($(printf '%s\n' "${walls[@]}" | sort -g))
printf 'best %.2f s, median %.2f s wall over %d runs (%d cores)\n' \
  "${sorted[0]}" "${sorted[$((runs / 2))]}" "$runs" "$(nproc 2>/dev/null || echo '?')"
