#!/usr/bin/env bash
# Load and durability test of the visit save (issue 6), run from the command line (not in CI).
#
#   scripts/loadtest.sh [SECONDS] [RUNS] [RATE]
#
# Builds marrow.jar and the load generator, starts `marrow serve` on a fresh embedded database in a
# temporary directory, creates an admin with `marrow admin create-user`, then:
#   1. one saturation run (32 clients, each sending its next save when the previous one is answered)
#      and RUNS (default 3) paced runs of 32 clients offering RATE saves/s together (default 200),
#      each SECONDS long (default 20) after a 5 s warm-up, with the load average before and after and
#      the CPU time the server (JVM and PostgreSQL) used per save;
#   2. durability: a load run during which the server JVM and its PostgreSQL are killed with SIGKILL,
#      a restart on the same data directory, a check that every acknowledged (2xx) save is stored,
#      and `marrow audit verify` on the data directory.
# Everything listens on 127.0.0.1 only. Figures and commands: docs/performance.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-20}"
runs="${2:-3}"
rate="${3:-200}"
warmup="${MARROW_LOADTEST_WARMUP:-5}"
port="${MARROW_LOADTEST_PORT:-18080}"
work="$(mktemp -d /tmp/marrow-loadtest.XXXXXX)"
data="$work/db"
jar="$root/marrow-cli/target/marrow.jar"
bench=(java -cp "$root/marrow-bench/target/classes" org.marrow.bench.VisitLoad)
server_pid=""

echo "work directory: $work"
(cd "$root" && mvn -B -o -q -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true -pl marrow-cli,marrow-bench -am package)

start_server() {
  java -Xms512m -Xmx1g -jar "$jar" serve --port "$port" --data-dir "$data" >>"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 120); do
    if curl -s -o /dev/null "http://127.0.0.1:$port/api/openapi"; then
      echo "server up (pid $server_pid)"
      return 0
    fi
    sleep 0.5
  done
  echo "server did not start; see $work/server.log" >&2
  exit 1
}

stop_server() {
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
}

kill_server_hard() {
  # The JVM, and the PostgreSQL it started (the postmaster is not the JVM's child: its pid is in the
  # data directory) with its backends, all with SIGKILL: a crash, not a shutdown.
  local postmaster backends
  postmaster="$(head -1 "$data/postmaster.pid")"
  backends="$(pgrep -P "$postmaster" || true)"
  kill -9 "$server_pid" "$postmaster"
  for b in $backends; do kill -9 "$b" 2>/dev/null || true; done
  wait "$server_pid" 2>/dev/null || true
  echo "killed server $server_pid, postmaster $postmaster and its $(echo $backends | wc -w) backends with SIGKILL"
  sleep 2
}

# CPU time (ms) used so far by the server JVM, the postmaster and its backends.
server_cpu_ms() {
  local postmaster pids ticks=0 p
  postmaster="$(head -1 "$data/postmaster.pid")"
  pids="$server_pid $postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
  for p in $pids; do
    if [[ -r /proc/$p/stat ]]; then
      ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$p/stat")))
    fi
  done
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}

run_load() {
  local name="$1" offered="$2" out cpu0 cpu1 saves
  echo "== $name: load average before $(cut -d' ' -f1-3 /proc/loadavg)"
  cpu0="$(server_cpu_ms)"
  out="$("${bench[@]}" load --state "$work/state.txt" --clients 32 --warmup "$warmup" --seconds "$seconds" \
    --rate "$offered" --max-requests 200000 --acks "$work/acks-$name.txt")"
  cpu1="$(server_cpu_ms)"
  echo "$out"
  saves="$(echo "$out" | sed -n 's/.*acknowledged \([0-9]*\) saves.*/\1/p')"
  echo "   load average after $(cut -d' ' -f1-3 /proc/loadavg); server CPU $((cpu1 - cpu0)) ms for $saves saves" \
    "= $(awk -v c=$((cpu1 - cpu0)) -v n="$saves" 'BEGIN { printf "%.2f", c / n }') ms per save"
}

export MARROW_ADMIN_PASSWORD="load-$(date +%s)-chosen-secret"
echo "$MARROW_ADMIN_PASSWORD" | java -jar "$jar" admin create-user --username admin --role ADMIN \
  --password-stdin --data-dir "$data"
start_server
"${bench[@]}" setup --base "http://127.0.0.1:$port" --admin admin --subjects 256 --state "$work/state.txt"

run_load saturation 0
for run in $(seq 1 "$runs"); do
  run_load "paced-$run" "$rate"
done

echo "== durability: SIGKILL mid-load"
"${bench[@]}" load --state "$work/state.txt" --clients 32 --warmup 0 --seconds 12 \
  --max-requests 200000 --acks "$work/acks-kill.txt" &
load_pid=$!
sleep 5
kill_server_hard
wait "$load_pid"
start_server
"${bench[@]}" verify --state "$work/state.txt" --acks "$work/acks-kill.txt"
for f in "$work"/acks-saturation.txt "$work"/acks-paced-*.txt; do
  "${bench[@]}" verify --state "$work/state.txt" --acks "$f"
done
stop_server
java -jar "$jar" audit verify --data-dir "$data"
echo "done; logs in $work"
