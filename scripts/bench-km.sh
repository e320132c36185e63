#!/usr/bin/env bash
# Times `marrow stats km` on 1,000,000 rows against R's whole process doing the same (issue: at least
# 10 times faster), side by side: the two alternate, RUNS times each, and every run prints its wall
# and CPU time (user + system, all threads) with the load average; then the medians and their ratio.
#
#   scripts/bench-km.sh [RUNS] [ROWS]        defaults: 7 runs, 1000000 rows
#
# The input (scripts/km-data.R: whole days, heavy ties, three severity groups) goes to
# /tmp/marrow-km-ROWS.csv; R's side is scripts/km-r.R (read.csv, survfit overall and by group,
# quantile, summary at 90 and 180 days, survdiff). Needs Rscript with the survival package.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-7}"
rows="${2:-1000000}"
data="/tmp/marrow-km-$rows.csv"
[[ -f "$data" ]] || Rscript "$root/scripts/km-data.R" "$data" "$rows"

marrow=("$root/marrow" stats km --csv "$data" --time days --event responded --group severity --at 90,180)
r=(Rscript "$root/scripts/km-r.R" "$data")
# One untimed run of each: builds the jar and the class-data archive if needed, fills the page cache.
"${marrow[@]}" >/dev/null
"${r[@]}" >/dev/null

timed() {
  local label="$1" t wall user sys
  shift
  t="$(mktemp)"
  local load
  load="$(cut -d' ' -f1 /proc/loadavg)"
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
  read -r w c < <(timed R "${r[@]}")
  rw+=("$w") rc+=("$c")
done
m_w="$(printf '%s\n' "${mw[@]}" | median)" m_c="$(printf '%s\n' "${mc[@]}" | median)"
r_w="$(printf '%s\n' "${rw[@]}" | median)" r_c="$(printf '%s\n' "${rc[@]}" | median)"
printf 'median over %d runs (%d cores): marrow %.2f s wall, %.2f s CPU; R %.2f s wall, %.2f s CPU\n' \
  "$runs" "$(nproc)" "$m_w" "$m_c" "$r_w" "$r_c"
printf 'R / marrow: %.1f times the wall time, %.1f times the CPU time\n' \
  "$(echo "$r_w / $m_w" | bc -l)" "$(echo "$r_c / $m_c" | bc -l)"
