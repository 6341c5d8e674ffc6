#!/usr/bin/env bash
# What "saved means on disk" costs: step POST throughput (POST /steps/instant-messaging, CSRF,
# validates, saves, 302) with H2's WRITE_DELAY=0 (the setting since issue 12: each commit is
# written before the 302) against H2's default WRITE_DELAY=500 (commits written up to 0.5 s
# later; a kill -9 in between lost acknowledged answers). Same jar, same JVM flags, alternating
# rounds. Prints a table and writes bench/results/write-delay.md (a dated copy beside it).
# Settings: BENCH_DURATION (s, 10), BENCH_WARMUP (s, 5), BENCH_ROUNDS (2), BENCH_CONNECTIONS (8),
# BENCH_SKIP_BUILD=1 to use target/lync-owa-wizard-*.jar as it is, BENCH_JAR=path to use that jar.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
DURATION=${BENCH_DURATION:-10}
WARMUP=${BENCH_WARMUP:-5}
ROUNDS=${BENCH_ROUNDS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
JVM_OPTS=${BENCH_JVM_OPTS:--Xmx256m}
RESULTS_DIR=${BENCH_RESULTS_DIR:-$BENCH_DIR/results}
PRESET=$ROOT/src/main/resources/presets/litwareinc.lyncowa.json
LUA=$BENCH_DIR/lua/wizard.lua
STEP_PATH=/steps/instant-messaging

log() { printf '[write-delay %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
for tool in java javac mvn wrk curl awk; do command -v "$tool" >/dev/null || die "missing: $tool"; done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/lyncowa-write-delay.XXXXXX")
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

JAR=${BENCH_JAR:-$(ls "$ROOT"/target/lync-owa-wizard-*.jar 2>/dev/null | head -1 || true)}
if [ -z "${BENCH_JAR:-}" ] && { [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ -z "$JAR" ]; }; then
  log "building the wizard (tests skipped)"
  (cd "$ROOT" && mvn -B -q package -Dmaven.test.skip=true -P '!install-test-tools') >"$WORK/build.log" 2>&1 \
    || { tail -30 "$WORK/build.log" >&2; die "build failed"; }
  JAR=$(ls "$ROOT"/target/lync-owa-wizard-*.jar | head -1)
fi
mkdir -p "$WORK/tools"
javac -d "$WORK/tools" "$BENCH_DIR/tools/SessionFiller.java"

CLK_TCK=$(getconf CLK_TCK)
cpu_ms() { awk -v hz="$CLK_TCK" '{ sub(/^.*\) /, ""); print ($12 + $13) * 1000 / hz }' "/proc/$1/stat"; }
field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<" $2"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

printf '%s' "mode=ENABLE&mailboxServers=atl-owa-001.litwareinc.com&clientAccessServers=&certificateThumbprint=EA5A332496CC05DA69B75B66111C0F78A110D22D&imServerName=atl-cs-001.litwareinc.com&change=false" \
  >"$WORK/im-form.txt"

# measure DELAY ROUND: one app with WRITE_DELAY=DELAY, fresh data folder; prints "rps p50 p99 cpu_us bad"
measure() {
  local delay=$1 round=$2 port data pid url c0 c1 out reqs
  port=$(free_port)
  data=$WORK/data-$delay-$round
  mkdir -p "$data"
  # shellcheck disable=SC2086
  java $JVM_OPTS -jar "$JAR" --server.port="$port" --lyncowa.data-dir="$data" \
    "--spring.datasource.url=jdbc:h2:file:$data/sessions;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=$delay;TRACE_LEVEL_FILE=4" \
    >"$WORK/app-$delay-$round.log" 2>&1 &
  pid=$!
  PIDS+=("$pid")
  url=http://127.0.0.1:$port
  for _ in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/actuator/health" || true)" = 200 ] && break
    kill -0 "$pid" 2>/dev/null || die "the app did not start: $(tail -5 "$WORK/app-$delay-$round.log")"
    sleep 0.1
  done
  java -cp "$WORK/tools" SessionFiller fill "$url" "$CONNECTIONS" 4 "$PRESET" "$WORK/sessions-$delay.tsv" \
    >"$WORK/fill.txt"
  grep -q 'failed=0' "$WORK/fill.txt" || die "could not create sessions: $(cat "$WORK/fill.txt")"
  wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s -s "$LUA" "$url$STEP_PATH" \
    -- form 302 "$WORK/sessions-$delay.tsv" "$WORK/im-form.txt" "$STEP_PATH" >/dev/null
  c0=$(cpu_ms "$pid")
  out=$(wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$LUA" "$url$STEP_PATH" \
    -- form 302 "$WORK/sessions-$delay.tsv" "$WORK/im-form.txt" "$STEP_PATH" | grep '^BENCH')
  c1=$(cpu_ms "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  reqs=$(field requests "$out")
  echo "$(field rps "$out") $(field p50_ms "$out") $(field p99_ms "$out") \
$(awk -v a="$c0" -v b="$c1" -v n="$reqs" 'BEGIN { printf "%.1f", (n > 0) ? (b - a) * 1000 / n : 0 }') \
$(( $(field unexpected "$out") + $(field socket_errors "$out") ))"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A SUM
for r in $(seq 1 "$ROUNDS"); do
  for delay in 0 500; do
    log "round $r/$ROUNDS: WRITE_DELAY=$delay (${DURATION}s after ${WARMUP}s warm-up)"
    line=$(measure "$delay" "$r")
    log "  req/s p50_ms p99_ms cpu_us/req unexpected: $line"
    read -r rps p50 p99 cpu bad <<<"$line"
    SUM[$delay.rps]=$(awk -v a="${SUM[$delay.rps]:-0}" -v b="$rps" 'BEGIN { print a + b }')
    SUM[$delay.p50]=$(awk -v a="${SUM[$delay.p50]:-0}" -v b="$p50" 'BEGIN { print a + b }')
    SUM[$delay.p99]=$(awk -v a="${SUM[$delay.p99]:-0}" -v b="$p99" 'BEGIN { print (b > a) ? b : a }')
    SUM[$delay.cpu]=$(awk -v a="${SUM[$delay.cpu]:-0}" -v b="$cpu" 'BEGIN { print a + b }')
    SUM[$delay.bad]=$(( ${SUM[$delay.bad]:-0} + bad ))
  done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

avg() { awk -v s="$1" -v n="$ROUNDS" 'BEGIN { printf "%.1f", s / n }'; }
mkdir -p "$RESULTS_DIR"
STAMP=$(date -u +%Y-%m-%d-%H%M)
{
  echo "# Cost of WRITE_DELAY=0 (saved means written) — $STAMP UTC"
  echo
  echo "POST $STEP_PATH (CSRF, validates, saves the session, 302), wrk 1 thread, $CONNECTIONS connections, one session each,"
  echo "${DURATION}s × $ROUNDS rounds after ${WARMUP}s warm-up, a fresh app and data folder per round, \`$JVM_OPTS\`."
  echo "Load average before: $LOAD_BEFORE; after: $LOAD_AFTER (2 cores). Server CPU = user + system time of the app ÷ requests."
  echo
  echo "| H2 setting | req/s (mean) | p50 ms (mean) | p99 ms (worst) | server CPU µs/req | unexpected |"
  echo "|---|---|---|---|---|---|"
  for delay in 0 500; do
    name="WRITE_DELAY=$delay"; [ "$delay" = 0 ] && name="$name (now)" || name="$name (H2 default, before)"
    echo "| $name | $(avg "${SUM[$delay.rps]}") | $(avg "${SUM[$delay.p50]}") | ${SUM[$delay.p99]} | $(avg "${SUM[$delay.cpu]}") | ${SUM[$delay.bad]} |"
  done
  echo
  echo "Throughput ratio (now ÷ before): $(awk -v a="${SUM[0.rps]}" -v b="${SUM[500.rps]}" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')."
} >"$WORK/report.md"
cp "$WORK/report.md" "$RESULTS_DIR/write-delay.md"
cp "$WORK/report.md" "$RESULTS_DIR/write-delay-$STAMP.md"
cat "$WORK/report.md"
