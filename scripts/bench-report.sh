#!/usr/bin/env bash
# Times `marrow report` end to end on a registry-size data set against R reading the same CSV files
# (scripts/read-r.R: read.csv of every file, all R would do before any analysis), side by side: the
# two alternate, RUNS times each, and every run prints its wall and CPU time (user + system, all
# threads) with the load average; then the medians and their ratio. Generates the registry if it is
# missing; the report goes to a temporary folder that is removed at the end.
#
#   scripts/bench-report.sh [SIZE] [RUNS]        defaults: 10000 subjects, 5 runs
#   MARROW_JAVA_OPTS=... scripts/bench-report.sh to try other JVM options
#   NO_R=1 scripts/bench-report.sh               Marrow alone (no Rscript needed)
#
# The data set goes to /tmp/marrow-registry-SIZE (about 200 MB for 10,000 subjects).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size="${1:-10000}"
runs="${2:-5}"
data="/tmp/marrow-registry-$size"
with_r=1
[[ -n "${NO_R:-}" ]] && with_r=0

if [[ ! -f "$data/subjects.csv" ]]; then
  echo "generating a $size-subject registry in $data ..." >&2
  (cd "$root" && mvn -B -o -q -pl marrow-examples -am package -DskipTests)
  java -jar "$root/marrow-examples/target/marrow-examples.jar" registry "$size" "$data"
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
marrow=("$root/marrow" report --protocol ctx-ist "$data" --out "$out/run")
r=(Rscript "$root/scripts/read-r.R" "$data")
# One untimed run of each builds the jar and the class-data archive if needed and fills the page cache.
"${marrow[@]}" >/dev/null
((with_r)) && "${r[@]}" >/dev/null

timed() {
  local label="$1" t wall user sys load
  shift
  t="$(mktemp)"
  load="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')"
  /usr/bin/time -o "$t" -f '%e %U %S' "$@" >/dev/null
  read -r wall user sys <"$t"
  rm -f "$t"
  printf '%-6s %6.2f s wall %6.2f s CPU (user %.2f + sys %.2f), load average %s\n' \
    "$label" "$wall" "$(echo "$user + $sys" | bc)" "$user" "$sys" "$load" >&2
  echo "$wall $(echo "$user + $sys" | bc)"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

mw=() mc=() rw=() rc=()
for ((i = 1; i <= runs; i++)); do
  read -r w c < <(timed marrow "${marrow[@]}")
  mw+=("$w") mc+=("$c")
  if ((with_r)); then
    read -r w c < <(timed R "${r[@]}")
    rw+=("$w") rc+=("$c")
  fi
done
m_w="$(printf '%s\n' "${mw[@]}" | median)" m_c="$(printf '%s\n' "${mc[@]}" | median)"
printf 'median over %d runs (%d cores): marrow report %.2f s wall, %.2f s CPU\n' "$runs" "$(nproc)" "$m_w" "$m_c"
if ((with_r)); then
  r_w="$(printf '%s\n' "${rw[@]}" | median)" r_c="$(printf '%s\n' "${rc[@]}" | median)"
  printf 'R read.csv: %.2f s wall, %.2f s CPU; marrow / R: %.2f times the wall time\n' \
    "$r_w" "$r_c" "$(echo "$m_w / $r_w" | bc -l)"
fi
