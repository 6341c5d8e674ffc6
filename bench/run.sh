#!/usr/bin/env bash
# Benchmarks of the wizard against a bare Spring Boot + Thymeleaf page, in one run on one machine.
# What it measures, how, and the targets: bench/README.md. Writes bench/results/latest.md and a
# dated copy. Nothing here is a unit test: it measures and reports, it never fails on a MISS.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")

# ---- settings (environment) -------------------------------------------------------------------
DURATION=${BENCH_DURATION:-10}          # seconds per wrk measurement
WARMUP=${BENCH_WARMUP:-8}               # seconds of one wrk warm-up run per endpoint (JIT, caches; 5 was too short on a busy machine)
# ... repeated until the endpoint has served this many requests (or WARMUP_MAX seconds went by): on a
# busy machine 8 s were a few hundred requests, the JIT compilers were still at work in the measured
# runs and their CPU was counted per request (bench/results/FINDINGS.md, section 7).
WARMUP_REQUESTS=${BENCH_WARMUP_REQUESTS:-2000}
WARMUP_MAX=${BENCH_WARMUP_MAX:-40}
ROUNDS=${BENCH_ROUNDS:-2}               # measurement rounds; each round re-measures the baseline
CONNECTIONS=${BENCH_CONNECTIONS:-8}
WRK_THREADS=${BENCH_WRK_THREADS:-1}     # 1: on a 2-core machine wrk must not take a core from the app
JVM_OPTS=${BENCH_JVM_OPTS:--Xmx256m}    # the same flags for the wizard, the baseline and the tools
SESSIONS=${BENCH_SESSIONS:-10000}
MAX_SESSIONS=${BENCH_MAX_SESSIONS:-30000}      # cap of the "how many sessions fit" probe
MAX_PROBE_SECONDS=${BENCH_MAX_PROBE_SECONDS:-150}
STARTUP_RUNS=${BENCH_STARTUP_RUNS:-3}
START_TIMEOUT=${BENCH_START_TIMEOUT:-300}   # seconds an app may take to answer its first page (170 s seen at load 30)
BUNDLE_SECONDS=${BENCH_BUNDLE_SECONDS:-3}      # warm-up and measuring time per plan size
PROFILE=${BENCH_PROFILE:-1}             # 1: JFR-profile the endpoints that miss their target
SKIP_BUILD=${BENCH_SKIP_BUILD:-0}
APP_ARGS=${BENCH_APP_ARGS:-}             # extra arguments for the wizard only, for A/B experiments
ONLY=${BENCH_ONLY:-}                    # comma list of startup,throughput,memory,bundle; empty: all
# A partial or modified run is an experiment: it goes to results/tmp (git-ignored), not latest.md.
if [ -n "$ONLY" ] || [ -n "$APP_ARGS" ]; then
  RESULTS_DIR=${BENCH_RESULTS_DIR:-$BENCH_DIR/results/tmp}
else
  RESULTS_DIR=${BENCH_RESULTS_DIR:-$BENCH_DIR/results}
fi
want() { [ -z "$ONLY" ] || [[ ",$ONLY," == *",$1,"* ]]; }

PRESET=$ROOT/src/main/resources/presets/litwareinc.lyncowa.json
LUA=$BENCH_DIR/lua/wizard.lua
STEP_PATH=/steps/instant-messaging
EXPECTED_TEXT=atl-owa-001.litwareinc.com   # a value of the preset that check-answers must show

# Targets (issue 17): throughput as the ratio to the baseline page by server CPU per request (the
# figure that moves least with other load), start-up on wall time with the documented start route
# (class-data sharing, README "Faster start-up"), bytes over the wire with gzip and a browser cache.
T_STEP_GET=0.15
T_CHECK_ANSWERS=0.10
T_STEP_POST=0.10
T_BUNDLE=0.05            # POST /api/bundles with a different plan each request
T_STARTUP=1.3
T_FIRST_VISIT_BYTES=61440
T_NEXT_PAGE_BYTES=8192
T_HEAP_PER_SESSION_BYTES=1024
T_DB_PER_SESSION_BYTES=8192
T_SESSIONS=10000

BENCH_START=$(date +%s)
log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---- prerequisites ----------------------------------------------------------------------------
missing=()
for tool in java javac jcmd jar mvn wrk curl awk; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "missing: ${missing[*]}"
  log "install a JDK 17 (java, javac, jcmd, jar), Maven 3.8+, wrk and curl; on Debian/Ubuntu:"
  log "  apt-get install openjdk-17-jdk-headless maven wrk curl"
  exit 2
fi
java_major=$(java -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }')
[ "${java_major:-0}" -ge 17 ] || die "JDK 17 or later needed, found Java ${java_major:-?} (java -version)"

# ---- temp space and clean-up ------------------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/lyncowa-bench.XXXXXX")
PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
  done
  if [ "${BENCH_KEEP:-0}" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
fmt() { awk -v x="$1" -v d="${2:-1}" 'BEGIN { printf "%.*f", d, x }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.3f", a / b }'; }
# verdict VALUE TARGET ge|le
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { ok = (op == "ge") ? (v >= t) : (v <= t); print (ok ? "PASS" : "MISS") }'; }

# A port nobody listens on: connecting to it must fail.
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  die "no free port found"
}

# start_app NAME JAR PORT DATA_DIR [EXTRA_JVM_OPTS] -> sets APP_PID; the data dir keeps the
# wizard's H2 file away from ./data. The JFR stack depth (default 64) is raised for every app alike
# because Spring's filter chains are deeper than 64 frames: a profile would lose its bottom frames.
start_app() {
  local name=$1 jar=$2 port=$3 data=$4 extra=${5:-} args=
  [ "$jar" = "$APP_JAR" ] || [ "$jar" = "${CDS_JAR:-}" ] && args=$APP_ARGS
  mkdir -p "$data"
  # shellcheck disable=SC2086 # JVM_OPTS, extra and args are lists of flags
  LYNCOWA_DATA_DIR=$data java $JVM_OPTS -XX:FlightRecorderOptions=stackdepth=256 $extra -jar "$jar" \
    --server.port="$port" $args >"$WORK/$name.log" 2>&1 &
  APP_PID=$!
  PIDS+=("$APP_PID")
}

stop_app() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# wait_200 URL PID TIMEOUT_S: polls until the page answers 200; fails if the process died.
wait_200() {
  local url=$1 pid=$2 deadline=$(( $(date +%s) + $3 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null || true)" = 200 ]; then return 0; fi
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.02
  done
  return 1
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
CLK_TCK=$(getconf CLK_TCK)
# CPU time (user + system, all threads) the process has used so far, in ms. On a machine shared
# with other work, req/s falls with the load, but the server's CPU time per request does not:
# it is the second, steadier view of the same cost.
cpu_ms() { awk -v hz="$CLK_TCK" '{ sub(/^.*\) /, ""); print ($12 + $13) * 1000 / hz }' "/proc/$1/stat"; }
# field KEY "LINE": the value of KEY=value in a line of key=value words
field() { sed -n "s/.*[[:space:]]$1=\([^[:space:]]*\).*/\1/p" <<<" $2"; }

# ---- build -----------------------------------------------------------------------------------
APP_JAR=$(ls "$ROOT"/target/lync-owa-wizard-*.jar 2>/dev/null | head -1 || true)
BASE_JAR=$(ls "$BENCH_DIR"/baseline/target/bench-baseline-*.jar 2>/dev/null | head -1 || true)
if [ "$SKIP_BUILD" != 1 ] || [ -z "$APP_JAR" ] || [ -z "$BASE_JAR" ]; then
  log "building the wizard (tests skipped: this is a benchmark, mvn verify is the test run)"
  # !install-test-tools: the bench needs no npm test tools, so a fresh clone needs no Node.js here.
  (cd "$ROOT" && mvn -B -q package -Dmaven.test.skip=true -P '!install-test-tools') \
    >"$WORK/build-app.log" 2>&1 || { tail -30 "$WORK/build-app.log" >&2; die "wizard build failed"; }
  log "building the baseline (bench/baseline, its own Maven project)"
  (cd "$BENCH_DIR/baseline" && mvn -B -q package -Dmaven.test.skip=true) \
    >"$WORK/build-baseline.log" 2>&1 || { tail -30 "$WORK/build-baseline.log" >&2; die "baseline build failed"; }
  APP_JAR=$(ls "$ROOT"/target/lync-owa-wizard-*.jar | head -1)
  BASE_JAR=$(ls "$BENCH_DIR"/baseline/target/bench-baseline-*.jar | head -1)
fi

# The tools run on the app's own classes: explode the Boot jar once.
mkdir -p "$WORK/app" "$WORK/tools"
(cd "$WORK/app" && jar xf "$APP_JAR")
APP_CP="$WORK/app/BOOT-INF/classes:$WORK/app/BOOT-INF/lib/*"
javac -d "$WORK/tools" "$BENCH_DIR/tools/SessionFiller.java" "$BENCH_DIR/tools/JfrTop.java"
javac -d "$WORK/tools" -cp "$APP_CP" "$BENCH_DIR/tools/BundleTiming.java"
filler() { java -cp "$WORK/tools" SessionFiller "$@"; }

LOAD_BEFORE=$(loadavg)
log "load average before: $LOAD_BEFORE (other work on this machine makes every number noisier)"

# ---- 3. start-up time ------------------------------------------------------------------------
if want startup; then
# Process start to the first 200 on a page, with a fresh data folder each time (the wizard creates
# its session schema on first start, as on a new install). Runs alternate so drift hits both.
declare -a SU_BASE=() SU_APP=() SU_BASE_CPU=() SU_APP_CPU=()
# measure_startup NAME JAR -> sets SU_LAST (not echoed: a $(...) subshell would hide the app's pid
# from the clean-up trap and swallow a die)
measure_startup() {
  local name=$1 jar=$2 extra=${3:-} data port t0 t1
  port=$(free_port)
  data="$WORK/startup-$name-$RANDOM"
  t0=$(now_ms)
  start_app "startup-$name" "$jar" "$port" "$data" "$extra"
  wait_200 "http://127.0.0.1:$port/" "$APP_PID" "$START_TIMEOUT" || { tail -20 "$WORK/startup-$name.log" >&2; die "$name did not start"; }
  t1=$(now_ms)
  # CPU the process used to get there (all threads): wall time on a shared machine also counts
  # waiting for a core, and the wizard starts more threads than the baseline.
  SU_LAST_CPU=$(cpu_ms "$APP_PID" | awk '{ printf "%.0f", $1 }')
  stop_app "$APP_PID"
  rm -rf "$data"
  SU_LAST=$(( t1 - t0 ))
}
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# The documented route (README "Faster start-up"): the jar unpacked, a class-data-sharing archive
# from a training run that stops when the context is ready, then every start maps that archive.
log "class-data sharing: unpacking the jar and making the archive (training run)"
CDS_DIR=$WORK/cds
java -Djarmode=tools -jar "$APP_JAR" extract --destination "$CDS_DIR" >"$WORK/cds-extract.log" 2>&1 \
  || { tail -20 "$WORK/cds-extract.log" >&2; die "jar extract failed"; }
CDS_JAR=$CDS_DIR/$(basename "$APP_JAR")
# shellcheck disable=SC2086
LYNCOWA_DATA_DIR=$WORK/cds-training java $JVM_OPTS -XX:FlightRecorderOptions=stackdepth=256 \
  -XX:ArchiveClassesAtExit="$CDS_DIR/app.jsa" -Dspring.context.exit=onRefresh -jar "$CDS_JAR" \
  >"$WORK/cds-training.log" 2>&1 || { tail -20 "$WORK/cds-training.log" >&2; die "CDS training run failed"; }
rm -rf "$WORK/cds-training"
declare -a SU_CDS=() SU_CDS_CPU=()
for i in $(seq 1 "$STARTUP_RUNS"); do
  log "start-up run $i/$STARTUP_RUNS"
  measure_startup baseline "$BASE_JAR"; SU_BASE+=("$SU_LAST"); SU_BASE_CPU+=("$SU_LAST_CPU")
  measure_startup wizard "$APP_JAR"; SU_APP+=("$SU_LAST"); SU_APP_CPU+=("$SU_LAST_CPU")
  measure_startup wizard-cds "$CDS_JAR" "-XX:SharedArchiveFile=$CDS_DIR/app.jsa"; SU_CDS+=("$SU_LAST"); SU_CDS_CPU+=("$SU_LAST_CPU")
done
SU_CDS_MED=$(median "${SU_CDS[@]}")
SU_CDS_RATIO=$(ratio "$SU_CDS_MED" "$(median "${SU_BASE[@]}")")
SU_CDS_CPU_MED=$(median "${SU_CDS_CPU[@]}")
SU_CDS_CPU_RATIO=$(ratio "$SU_CDS_CPU_MED" "$(median "${SU_BASE_CPU[@]}")")
SU_BASE_MED=$(median "${SU_BASE[@]}")
SU_APP_MED=$(median "${SU_APP[@]}")
SU_RATIO=$(ratio "$SU_APP_MED" "$SU_BASE_MED")
SU_BASE_CPU_MED=$(median "${SU_BASE_CPU[@]}")
SU_APP_CPU_MED=$(median "${SU_APP_CPU[@]}")
SU_CPU_RATIO=$(ratio "$SU_APP_CPU_MED" "$SU_BASE_CPU_MED")
fi

# ---- 1. throughput and latency ---------------------------------------------------------------
declare -A RPS P50 P99 BAD RATIO_SUM CPU CPU_RATIO
PROFILES=()
HAVE_BUNDLES=0
BUNDLES_STATUS=untested
if want throughput; then
BASE_PORT=$(free_port)
start_app baseline "$BASE_JAR" "$BASE_PORT" "$WORK/data-baseline"
BASE_PID=$APP_PID
APP_PORT=$(free_port)
start_app wizard "$APP_JAR" "$APP_PORT" "$WORK/data-throughput"
APP_PID_T=$APP_PID
BASE_URL=http://127.0.0.1:$BASE_PORT
APP_URL=http://127.0.0.1:$APP_PORT
wait_200 "$BASE_URL/" "$BASE_PID" "$START_TIMEOUT" || { tail -20 "$WORK/baseline.log" >&2; die "baseline did not start"; }
wait_200 "$APP_URL/" "$APP_PID_T" "$START_TIMEOUT" || { tail -20 "$WORK/wizard.log" >&2; die "wizard did not start"; }

# Sessions with the full example plan, one per connection, so connections do not queue on one
# session row; each line carries that session's cookie and CSRF token.
filler fill "$APP_URL" "$CONNECTIONS" 4 "$PRESET" "$WORK/sessions.tsv" >"$WORK/fill-throughput.txt"
grep -q 'failed=0' "$WORK/fill-throughput.txt" || die "could not create sessions: $(cat "$WORK/fill-throughput.txt")"

# The step form as the page posts it, with the preset's answers (the POST validates and redirects).
printf '%s' "mode=ENABLE&mailboxServers=atl-owa-001.litwareinc.com&clientAccessServers=&certificateThumbprint=EA5A332496CC05DA69B75B66111C0F78A110D22D&imServerName=atl-cs-001.litwareinc.com&change=false" \
  >"$WORK/im-form.txt"

# Sanity checks, so no table row measures an error page.
first_cookie=$(head -1 "$WORK/sessions.tsv" | cut -f1)
first_token=$(head -1 "$WORK/sessions.tsv" | cut -f2)
code=$(curl -s -o "$WORK/step.html" -w '%{http_code}' -H "Cookie: SESSION=$first_cookie" "$APP_URL$STEP_PATH")
[ "$code" = 200 ] && grep -q 'atl-owa-001' "$WORK/step.html" || die "step page: $code, or answers missing"
redirect=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -H "Cookie: SESSION=$first_cookie" \
  --data-urlencode "_csrf=$first_token" --data "@$WORK/im-form.txt" "$APP_URL$STEP_PATH")
case "$redirect" in "302 "*/steps/mailbox-policy) ;; *) die "step POST did not validate and redirect: $redirect" ;; esac
code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data-binary "@$PRESET" "$APP_URL/api/plans/validate")
[ "$code" = 200 ] || die "POST /api/plans/validate: $code"
BUNDLES_STATUS=$(curl -s -o "$WORK/bundle.zip" -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data-binary "@$PRESET" "$APP_URL/api/bundles")
HAVE_BUNDLES=0
if [ "$BUNDLES_STATUS" = 200 ]; then HAVE_BUNDLES=1; else log "POST /api/bundles answers $BUNDLES_STATUS: not in this build yet, measured as pending"; fi

# name|server pid|base url|path|mode|expected status|sessions file|body file
ENDPOINTS=(
  "baseline|$BASE_PID|$BASE_URL|/|get|200|-|-"
  "step-get|$APP_PID_T|$APP_URL|$STEP_PATH|get|200|$WORK/sessions.tsv|-"
  "step-post|$APP_PID_T|$APP_URL|$STEP_PATH|form|302|$WORK/sessions.tsv|$WORK/im-form.txt"
  "check-answers|$APP_PID_T|$APP_URL|/check-answers|get|200|$WORK/sessions.tsv|-"
  "validate|$APP_PID_T|$APP_URL|/api/plans/validate|json|200|-|$PRESET"
)
[ "$HAVE_BUNDLES" = 1 ] && ENDPOINTS+=("bundle|$APP_PID_T|$APP_URL|/api/bundles|json|200|-|$PRESET"
  "bundle-distinct|$APP_PID_T|$APP_URL|/api/bundles|json-distinct|200|-|$PRESET")

# Bytes over the wire, as a browser gets them: Accept-Encoding gzip, and a cache that keeps what
# the server marks cacheable. A first visit is the start page plus every file it links (the icon
# too); a later page is the HTML alone when every linked file was marked immutable, else the HTML
# plus the files again. Counted: response status line, headers and body as sent (compressed).
wire_get() { # URL [COOKIE] -> "bytes cache-control" of the response
  local out
  out=$(curl -s -o "$WORK/wire-body" -D "$WORK/wire-headers" -w '%{size_header} %{size_download}' \
    -H 'Accept: text/html,*/*' -H 'Accept-Encoding: gzip, deflate, br' ${2:+-H "Cookie: SESSION=$2"} "$1")
  echo "$(awk '{ print $1 + $2 }' <<<"$out") $(tr -d '\r' <"$WORK/wire-headers" | sed -n 's/^[Cc]ache-[Cc]ontrol: *//p' | tr ' ' '_')"
}
wire_plain() { # URL [COOKIE] -> bytes of the response without compression (as before issue 17)
  curl -s -o /dev/null -w '%{size_header} %{size_download}\n' -H 'Accept: text/html,*/*' ${2:+-H "Cookie: SESSION=$2"} "$1" \
    | awk '{ print $1 + $2 }'
}
read -r WIRE_HTML _ <<<"$(wire_get "$APP_URL/")"
curl -s --compressed "$APP_URL/" >"$WORK/start.html"
mapfile -t ASSETS < <(grep -oE '(href|src)="/(css|js|favicon)[^"]*"' "$WORK/start.html" | sed -E 's/^(href|src)="//; s/"$//')
WIRE_ASSETS=0; WIRE_PLAIN_ASSETS=0; ASSETS_IMMUTABLE=1; WIRE_ASSET_LIST=
for a in "${ASSETS[@]}"; do
  read -r bytes cc <<<"$(wire_get "$APP_URL$a")"
  WIRE_ASSETS=$(( WIRE_ASSETS + bytes )); WIRE_ASSET_LIST="$WIRE_ASSET_LIST \`$a\` $bytes B;"
  WIRE_PLAIN_ASSETS=$(( WIRE_PLAIN_ASSETS + $(wire_plain "$APP_URL$a") ))
  [[ "$cc" == *immutable* && "$cc" == *max-age=31536000* ]] || ASSETS_IMMUTABLE=0
done
WIRE_FIRST=$(( WIRE_HTML + WIRE_ASSETS ))
read -r WIRE_STEP WIRE_STEP_CC <<<"$(wire_get "$APP_URL$STEP_PATH" "$first_cookie")"
read -r WIRE_CHECK _ <<<"$(wire_get "$APP_URL/check-answers" "$first_cookie")"
[ "$ASSETS_IMMUTABLE" = 1 ] || { WIRE_STEP=$(( WIRE_STEP + WIRE_ASSETS )); WIRE_CHECK=$(( WIRE_CHECK + WIRE_ASSETS )); }
WIRE_PLAIN_FIRST=$(( $(wire_plain "$APP_URL/") + WIRE_PLAIN_ASSETS ))
WIRE_PLAIN_STEP=$(( $(wire_plain "$APP_URL$STEP_PATH" "$first_cookie") + WIRE_PLAIN_ASSETS ))


# run_wrk SECONDS ENTRY -> prints the BENCH line plus cpu_us_per_req=
run_wrk() {
  local seconds=$1 name pid url path mode expect sessions body c0 c1 out reqs
  IFS='|' read -r name pid url path mode expect sessions body <<<"$2"
  c0=$(cpu_ms "$pid")
  out=$(wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s -s "$LUA" "$url$path" \
    -- "$mode" "$expect" "$sessions" "$body" "$path" | grep '^BENCH' \
    || echo "BENCH requests=0 rps=0 p50_ms=0 p99_ms=0 unexpected=1 socket_errors=0")
  c1=$(cpu_ms "$pid")
  reqs=$(field requests "$out")
  echo "$out cpu_us_per_req=$(awk -v a="$c0" -v b="$c1" -v n="$reqs" 'BEGIN { printf "%.1f", (n > 0) ? (b - a) * 1000 / n : 0 }')"
}
log "warm-up: ${WARMUP}s runs per endpoint until $WARMUP_REQUESTS requests or ${WARMUP_MAX}s"
declare -A WARMED
for entry in "${ENDPOINTS[@]}"; do
  name=${entry%%|*}; served=0; warm_start=$(date +%s)
  while :; do
    line=$(run_wrk "$WARMUP" "$entry")
    served=$(( served + $(field requests "$line") ))
    [ "$served" -ge "$WARMUP_REQUESTS" ] || [ $(( $(date +%s) - warm_start )) -ge "$WARMUP_MAX" ] && break
  done
  WARMED[$name]=$served
done

for r in $(seq 1 "$ROUNDS"); do
  base_rps=
  base_cpu=
  for entry in "${ENDPOINTS[@]}"; do
    name=${entry%%|*}
    log "round $r/$ROUNDS: $name (${DURATION}s)"
    line=$(run_wrk "$DURATION" "$entry")
    echo "$r $name $line" >>"$WORK/wrk-raw.txt"
    rps=$(field rps "$line"); p50=$(field p50_ms "$line"); p99=$(field p99_ms "$line")
    bad=$(( $(field unexpected "$line") + $(field socket_errors "$line") ))
    cpu=$(field cpu_us_per_req "$line")
    [ "$name" = baseline ] && base_rps=$rps && base_cpu=$cpu
    CPU[$name]=$(awk -v a="${CPU[$name]:-0}" -v b="$cpu" 'BEGIN { print a + b }')
    # capacity ratio from CPU: how many of this request one baseline request's CPU would pay for
    CPU_RATIO[$name]=$(awk -v a="${CPU_RATIO[$name]:-0}" -v x="$cpu" -v b="$base_cpu" 'BEGIN { print a + ((x > 0) ? b / x : 0) }')
    RPS[$name]=$(awk -v a="${RPS[$name]:-0}" -v b="$rps" 'BEGIN { print a + b }')
    P50[$name]=$(awk -v a="${P50[$name]:-0}" -v b="$p50" 'BEGIN { print a + b }')
    # p99: the worse round, so one lucky round does not hide a tail
    P99[$name]=$(awk -v a="${P99[$name]:-0}" -v b="$p99" 'BEGIN { print (b > a) ? b : a }')
    BAD[$name]=$(( ${BAD[$name]:-0} + bad ))
    # each round's ratio uses that round's baseline: same minute, same machine load
    RATIO_SUM[$name]=$(awk -v a="${RATIO_SUM[$name]:-0}" -v x="$rps" -v b="$base_rps" 'BEGIN { print a + x / b }')
  done
done
for name in "${!RPS[@]}"; do
  RPS[$name]=$(awk -v a="${RPS[$name]}" -v n="$ROUNDS" 'BEGIN { print a / n }')
  P50[$name]=$(awk -v a="${P50[$name]}" -v n="$ROUNDS" 'BEGIN { print a / n }')
  RATIO_SUM[$name]=$(awk -v a="${RATIO_SUM[$name]}" -v n="$ROUNDS" 'BEGIN { printf "%.3f", a / n }')
  CPU[$name]=$(awk -v a="${CPU[$name]}" -v n="$ROUNDS" 'BEGIN { printf "%.0f", a / n }')
  CPU_RATIO[$name]=$(awk -v a="${CPU_RATIO[$name]}" -v n="$ROUNDS" 'BEGIN { printf "%.3f", a / n }')
done

# Profile what missed, with JFR, in separate short runs so the recorder never skews the numbers.
# JDK's "profile" settings with Java sampling every 1 ms instead of 10: ten times the samples in
# the same short run.
JFC=$WORK/bench.jfc
sed '/name="jdk.ExecutionSample"/,/<\/event>/ s/>10 ms</>1 ms</' \
  "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/jfr/profile.jfc" >"$JFC"
profile_endpoint() {
  local name=$1 entry=$2 pid=$3 file="$WORK/$1.jfr"
  log "profiling $name with JFR (${DURATION}s)"
  jcmd "$pid" JFR.start name=bench settings="$JFC" >/dev/null
  run_wrk "$DURATION" "$entry" >/dev/null
  jcmd "$pid" JFR.dump name=bench filename="$file" >/dev/null
  jcmd "$pid" JFR.stop name=bench >/dev/null
  # Only frames that name a cost: the generic filter-chain frames are on every stack and say nothing.
  java -cp "$WORK/tools" JfrTop "$file" http-nio 30 org.lyncowa. TemplateEngine.process \
    ResourceUrlEncodingResponseWrapper.encodeURL PathResourceResolver.getResource JarUrlConnection.open \
    JdbcIndexedSessionRepository.findById JdbcIndexedSessionRepository.deserialize \
    JdbcIndexedSessionRepository\$JdbcSession.save ObjectInputStream.readObject ObjectOutputStream.writeObject \
    CsrfTokenRequestAttributeHandler tools.jackson.databind.ObjectMapper \
    Deflater.deflate MessageDigest.digest org.h2.command.Command.execute \
    >"$WORK/$name-profile.txt" 2>&1 || true
  PROFILES+=("$name")
}
if [ "$PROFILE" = 1 ]; then
  for entry in "${ENDPOINTS[@]}"; do
    name=${entry%%|*}
    case "$name" in
      # check-answers has no target of its own; the step-page target is the yardstick for pages.
      step-get) [ "$(verdict "${CPU_RATIO[$name]}" $T_STEP_GET ge)" = MISS ] && profile_endpoint "$name" "$entry" "$APP_PID_T" ;;
      check-answers) [ "$(verdict "${CPU_RATIO[$name]}" $T_CHECK_ANSWERS ge)" = MISS ] && profile_endpoint "$name" "$entry" "$APP_PID_T" ;;
      bundle-distinct) [ "$(verdict "${CPU_RATIO[$name]}" $T_BUNDLE ge)" = MISS ] && profile_endpoint "$name" "$entry" "$APP_PID_T" ;;
      # While the bundle endpoint is pending, the validate API shows the cost every API call pays.
      validate) [ "$HAVE_BUNDLES" = 0 ] && profile_endpoint "$name" "$entry" "$APP_PID_T" ;;
    esac
  done
fi
stop_app "$APP_PID_T"
stop_app "$BASE_PID"
fi

# ---- 2. memory per session -------------------------------------------------------------------
if want memory; then
# A fresh wizard in -Xmx256m (appended last, so it wins over BENCH_JVM_OPTS).
heap_used_kb() {
  # Two full GCs so what is left is what is reachable; then G1/Serial/Parallel all print "used NK".
  jcmd "$1" GC.run >/dev/null; jcmd "$1" GC.run >/dev/null
  jcmd "$1" GC.heap_info | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -1
}
db_bytes() { stat -c %s "$1" 2>/dev/null || echo 0; }
MEM_PORT=$(free_port)
MEM_DATA=$WORK/data-memory
start_app memory "$APP_JAR" "$MEM_PORT" "$MEM_DATA" "-Xmx256m"
MEM_PID=$APP_PID
MEM_URL=http://127.0.0.1:$MEM_PORT
wait_200 "$MEM_URL/" "$MEM_PID" "$START_TIMEOUT" || { tail -20 "$WORK/memory.log" >&2; die "wizard (memory run) did not start"; }
# Warm-up sessions load every class, template and cache a session touches, so that the idle
# figure is not "before the first request" (which would charge class loading to the sessions).
WARM_SESSIONS=200
filler fill "$MEM_URL" "$WARM_SESSIONS" 8 "$PRESET" "$WORK/sessions-warm.tsv" >/dev/null
filler check "$MEM_URL" "$WORK/sessions-warm.tsv" 50 "$EXPECTED_TEXT" >/dev/null
sleep 2   # H2 writes its file in the background: let it settle before reading the size
HEAP_IDLE_KB=$(heap_used_kb "$MEM_PID")
jcmd "$MEM_PID" GC.class_histogram >"$WORK/histo-idle.txt"
DB_IDLE=$(db_bytes "$MEM_DATA/sessions.mv.db")

log "creating $SESSIONS sessions with full answers (POST /plan/import)"
filler fill "$MEM_URL" "$SESSIONS" 8 "$PRESET" "$WORK/sessions-mem.tsv" >"$WORK/fill-mem.txt"
FILL_LINE=$(cat "$WORK/fill-mem.txt")
sleep 2
HEAP_FULL_KB=$(heap_used_kb "$MEM_PID")
jcmd "$MEM_PID" GC.class_histogram >"$WORK/histo-full.txt"
DB_FULL=$(db_bytes "$MEM_DATA/sessions.mv.db")
CHECK_LINE=$(filler check "$MEM_URL" "$WORK/sessions-mem.tsv" 200 "$EXPECTED_TEXT")
FILLED_OK=$(field ok " $FILL_LINE")
HEAP_PER_SESSION=$(awk -v a="$HEAP_IDLE_KB" -v b="$HEAP_FULL_KB" -v n="$FILLED_OK" 'BEGIN { printf "%.0f", (b - a) * 1024 / n }')
DB_PER_SESSION=$(awk -v a="$DB_IDLE" -v b="$DB_FULL" -v n="$FILLED_OK" 'BEGIN { printf "%.0f", (b - a) / n }')

# Which classes grew: the retained-heap answer in detail.
awk 'FNR == NR { if ($1 ~ /^[0-9]+:$/) idle[$4] = $3; next }
     $1 ~ /^[0-9]+:$/ { d = $3 - idle[$4]; if (d > 0) printf "%d %d %s\n", d, $2, $4 }' \
  "$WORK/histo-idle.txt" "$WORK/histo-full.txt" | sort -rn | head -10 >"$WORK/histo-diff.txt"

# How many sessions fit: keep adding in batches until an error, an OutOfMemoryError, the cap
# or the time budget. Sessions live in H2 (a file), so the heap is not expected to be the limit.
TOTAL=$(( WARM_SESSIONS + FILLED_OK ))
PROBE_STOP="cap of $MAX_SESSIONS sessions reached"
probe_start=$(date +%s)
while [ "$TOTAL" -lt "$MAX_SESSIONS" ]; do
  if [ $(( $(date +%s) - probe_start )) -ge "$MAX_PROBE_SECONDS" ]; then
    PROBE_STOP="time budget of ${MAX_PROBE_SECONDS}s used"; break
  fi
  batch=$(( MAX_SESSIONS - TOTAL < 5000 ? MAX_SESSIONS - TOTAL : 5000 ))
  log "session probe: $TOTAL held, adding $batch"
  line=$(filler fill "$MEM_URL" "$batch" 8 "$PRESET" 2>>"$WORK/probe-errors.txt" || echo "FILL ok=0 failed=$batch")
  ok=$(field ok " $line"); failed=$(field failed " $line")
  TOTAL=$(( TOTAL + ok ))
  if [ "$failed" != 0 ]; then PROBE_STOP="errors after $TOTAL sessions ($failed failed)"; break; fi
  if grep -q OutOfMemoryError "$WORK/memory.log"; then PROBE_STOP="OutOfMemoryError in the app log"; break; fi
done
HEAP_PROBE_KB=$(heap_used_kb "$MEM_PID")
DB_PROBE=$(db_bytes "$MEM_DATA/sessions.mv.db")
PROBE_CHECK=$(filler check "$MEM_URL" "$WORK/sessions-mem.tsv" 100 "$EXPECTED_TEXT")
stop_app "$MEM_PID"
# What a session really stores, and how much of the file is H2's append-only garbage: the
# attribute sizes, then the file size after SHUTDOWN COMPACT (the app is stopped, the file is ours).
H2_JAR=$(ls "$WORK"/app/BOOT-INF/lib/h2-*.jar | head -1)
java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$MEM_DATA/sessions" -user sa -password "" -sql \
  "SELECT ATTRIBUTE_NAME, COUNT(*) AS SESSIONS, AVG(OCTET_LENGTH(ATTRIBUTE_BYTES)) AS AVG_BYTES FROM SPRING_SESSION_ATTRIBUTES GROUP BY ATTRIBUTE_NAME ORDER BY ATTRIBUTE_NAME; SELECT COUNT(*) AS SESSION_ROWS FROM SPRING_SESSION; SHUTDOWN COMPACT" \
  >"$WORK/h2-attributes.txt" 2>&1 || true
DB_COMPACT=$(db_bytes "$MEM_DATA/sessions.mv.db")
fi

# ---- 4. bundle generation time against plan size ---------------------------------------------
if want bundle; then
log "bundle generation, in-process, 1/10/100 Mailbox servers"
mkdir -p "$WORK/plans"
# shellcheck disable=SC2086
java $JVM_OPTS -cp "$WORK/tools:$APP_CP" BundleTiming "$PRESET" "$WORK/plans" "$BUNDLE_SECONDS" 1 10 100 \
  >"$WORK/bundle-timing.txt"
declare -A BT_MED BT_P90 BT_CPU BT_BYTES
while read -r line; do
  n=$(field servers " $line")
  BT_MED[$n]=$(field median_ms " $line"); BT_P90[$n]=$(field p90_ms " $line")
  BT_CPU[$n]=$(field cpu_median_ms " $line"); BT_BYTES[$n]=$(field bytes " $line")
done < <(grep '^BUNDLE' "$WORK/bundle-timing.txt")
# Slopes on CPU time: on a busy machine wall time also counts waiting for a core.
MARG_1_10=$(awk -v a="${BT_CPU[1]}" -v b="${BT_CPU[10]}" 'BEGIN { printf "%.4f", (b - a) / 9 }')
MARG_10_100=$(awk -v a="${BT_CPU[10]}" -v b="${BT_CPU[100]}" 'BEGIN { printf "%.4f", (b - a) / 90 }')
MARG_1_100=$(awk -v a="${BT_CPU[1]}" -v b="${BT_CPU[100]}" 'BEGIN { printf "%.4f", (b - a) / 99 }')
# Linear: the cost of one more server is the same from 10 to 100 as over the whole range
# (a quadratic term would make the 10->100 slope several times the 1->100 slope).
LINEAR=$(awk -v s="$MARG_10_100" -v w="$MARG_1_100" 'BEGIN { r = (w > 0) ? s / w : 1; print (r <= 1.5) ? "PASS" : "MISS" }')
# What one bundle costs in CPU bounds what POST /api/bundles can serve on this machine's cores.
BUNDLE_CEILING=$(awk -v c="${BT_CPU[1]}" -v n="$(nproc)" 'BEGIN { printf "%.0f", n * 1000 / c }')
fi

# ---- report ----------------------------------------------------------------------------------
LOAD_AFTER=$(loadavg)
ELAPSED=$(( $(date +%s) - BENCH_START ))
STAMP=$(date -u +%Y-%m-%d-%H%M)
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$(git -C "$ROOT" status --porcelain 2>/dev/null | grep -qv '^??' && echo " (with uncommitted changes)" || true)

row() { # name label [target]
  local name=$1 label=$2 target=${3:-}
  local v="—"
  [ -n "$target" ] && v="$(verdict "${CPU_RATIO[$name]}" "$target" ge) (≥ ${target}×)"
  printf '| %s | %s | %s | %s | %s× | %s | %s× | %s | %s |\n' "$label" "$(fmt "${RPS[$name]}" 0)" "$(fmt "${P50[$name]}" 2)" \
    "$(fmt "${P99[$name]}" 2)" "${RATIO_SUM[$name]}" "${CPU[$name]}" "${CPU_RATIO[$name]}" "${BAD[$name]}" "$v"
}

report_throughput() {
  echo "## 1. Throughput and latency"
  echo
  echo "wrk, $WRK_THREADS thread, $CONNECTIONS connections, ${DURATION}s × $ROUNDS rounds after a warm-up of ${WARMUP}s runs until $WARMUP_REQUESTS requests or ${WARMUP_MAX}s (requests served in warm-up: $(for n in "${!WARMED[@]}"; do printf '%s %s; ' "$n" "${WARMED[$n]}"; done)); each round measures the baseline again and the ratio is to that round's baseline. Sessions hold the full example plan (\`litwareinc\`). p50 is the mean of the rounds, p99 the worst round. Server CPU = user + system time of the server process (all its threads, GC included) during the run ÷ requests; \"× baseline by CPU\" = baseline CPU per request ÷ this one, the throughput ratio the two would have if each had the cores to itself — steadier than req/s when other work shares the machine. \"Unexpected\" counts responses with another status than the one expected (200, or 302 for the step POST that saved) plus socket errors."
  echo
  echo "| Request | req/s | p50 ms | p99 ms | × baseline | server CPU µs/req | × baseline by CPU | unexpected | target (by CPU) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---|"
  row baseline "baseline: GET / (bare Boot + Thymeleaf)"
  row step-get "GET $STEP_PATH (session with answers)" $T_STEP_GET
  row step-post "POST $STEP_PATH (CSRF, validates, 302)" $T_STEP_POST
  row check-answers "GET /check-answers" $T_CHECK_ANSWERS
  row validate "POST /api/plans/validate (plan JSON)"
  if [ "$HAVE_BUNDLES" = 1 ]; then
    row bundle "POST /api/bundles (the same plan JSON → ZIP)"
    row bundle-distinct "POST /api/bundles (a different plan each request)" $T_BUNDLE
  else
    echo "| POST /api/bundles | — | — | — | — | — | — | — | PENDING (≥ ${T_BUNDLE}×): answers $BUNDLES_STATUS in this build |"
  fi
  echo
  echo "### Bytes over the wire"
  echo
  echo "As a browser gets them (\`Accept-Encoding: gzip, deflate, br\`, a cache that keeps what the server marks cacheable): status line + headers + body as sent, responses only. A first visit is the start page plus every file it links; a later page (the step page or check-answers, with the session of the full plan) is its HTML alone when each linked file came with \`max-age=31536000, immutable\` (here: $([ "$ASSETS_IMMUTABLE" = 1 ] && echo yes || echo no); the page's own Cache-Control: \`${WIRE_STEP_CC//_/ }\`), else the HTML plus those files again. Files:$WIRE_ASSET_LIST"
  echo
  echo "| What | bytes | without gzip or cache | target |"
  echo "|---|---:|---:|---|"
  echo "| first visit (\`/\` + ${#ASSETS[@]} files) | $WIRE_FIRST | $WIRE_PLAIN_FIRST | $(verdict "$WIRE_FIRST" $T_FIRST_VISIT_BYTES le) (≤ 60 KB) |"
  echo "| later page \`$STEP_PATH\` | $WIRE_STEP | $WIRE_PLAIN_STEP | $(verdict "$WIRE_STEP" $T_NEXT_PAGE_BYTES le) (≤ 8 KB) |"
  echo "| later page \`/check-answers\` | $WIRE_CHECK | — | $(verdict "$WIRE_CHECK" $T_NEXT_PAGE_BYTES le) (≤ 8 KB) |"
  echo
}

report_memory() {
  echo "## 2. Memory per session"
  echo
  echo "A fresh wizard in \`-Xmx256m\`; $WARM_SESSIONS warm-up sessions first, then $SESSIONS sessions made through the pages (GET + POST \`/plan/import\` with the example plan, 8 at a time): ${FILL_LINE#FILL }. Heap = \"used\" of \`jcmd GC.heap_info\` after two \`jcmd GC.run\`. Database = size of \`sessions.mv.db\`."
  echo
  echo "| Measure | idle ($WARM_SESSIONS sessions) | +$FILLED_OK sessions | per session | target |"
  echo "|---|---:|---:|---:|---|"
  echo "| Heap used after full GC | $(( HEAP_IDLE_KB / 1024 )) MiB | $(( HEAP_FULL_KB / 1024 )) MiB | $HEAP_PER_SESSION B | $(verdict "$HEAP_PER_SESSION" $T_HEAP_PER_SESSION_BYTES le) (≤ 1 KB) |"
  echo "| H2 file \`sessions.mv.db\` | $(( DB_IDLE / 1024 )) KiB | $(( DB_FULL / 1024 )) KiB | $DB_PER_SESSION B | $(verdict "$DB_PER_SESSION" $T_DB_PER_SESSION_BYTES le) (≤ 8 KB before compaction) |"
  echo
  echo "Sessions still held after filling (random sample, \`/check-answers\` shows the plan): ${CHECK_LINE#CHECK }."
  echo
  echo "Most sessions held in \`-Xmx256m\`: **$TOTAL** without an error; the probe stopped because: $PROBE_STOP. Heap after full GC then: $(( HEAP_PROBE_KB / 1024 )) MiB; H2 file: $(( DB_PROBE / 1048576 )) MiB; sample check: ${PROBE_CHECK#CHECK }. Target ≥ $T_SESSIONS: $(verdict "$TOTAL" $T_SESSIONS ge)."
  echo
  echo "What each session stores (Spring Session attribute rows, Java-serialized), read from the file after the run:"
  echo
  echo '```'
  grep -v 'already closed' "$WORK/h2-attributes.txt"   # the Shell's complaint after SHUTDOWN
  echo '```'
  echo
  echo "The H2 file is append-only between compactions: after \`SHUTDOWN COMPACT\` the $TOTAL sessions take $(( DB_COMPACT / 1048576 )) MiB, $(( DB_COMPACT / TOTAL )) B per session (before: $(( DB_PROBE / 1048576 )) MiB)."
  echo
  echo "Classes whose retained bytes grew most from idle to +$FILLED_OK sessions (\`jcmd GC.class_histogram\`):"
  echo
  echo "| bytes grown | instances | class |"
  echo "|---:|---:|---|"
  awk '{ printf "| %d | %d | `%s` |\n", $1, $2, $3 }' "$WORK/histo-diff.txt"
  echo
}

report_startup() {
  echo "## 3. Start-up to first page"
  echo
  echo "Process start → first HTTP 200 on \`/\`, fresh data folder, $STARTUP_RUNS runs each (alternating), median. CPU = user + system time the process had used by then (all threads): the steadier figure when other work shares the machine."
  echo
  echo "| App | runs (ms) | median ms | × baseline | CPU ms (runs) | CPU median ms | × baseline by CPU | target (on wall time) |"
  echo "|---|---|---:|---:|---|---:|---:|---|"
  echo "| baseline | ${SU_BASE[*]} | $SU_BASE_MED | 1.000× | ${SU_BASE_CPU[*]} | $SU_BASE_CPU_MED | 1.000× | — |"
  echo "| wizard, \`java -jar\` | ${SU_APP[*]} | $SU_APP_MED | ${SU_RATIO}× | ${SU_APP_CPU[*]} | $SU_APP_CPU_MED | ${SU_CPU_RATIO}× | — |"
  echo "| wizard, class-data sharing (README) | ${SU_CDS[*]} | $SU_CDS_MED | ${SU_CDS_RATIO}× | ${SU_CDS_CPU[*]} | $SU_CDS_CPU_MED | ${SU_CDS_CPU_RATIO}× | $(verdict "$SU_CDS_RATIO" $T_STARTUP le) (≤ ${T_STARTUP}×) |"
  echo
}

report_bundle() {
  echo "## 4. Bundle generation against plan size"
  echo
  echo "In-process (\`bench/tools/BundleTiming.java\` on the jar's classes, wired like \`BundleConfig\`): build the bundle and write the ZIP, sizes interleaved, ${BUNDLE_SECONDS}s warm-up, then ${BUNDLE_SECONDS}s per size. In-process because at 1 server an HTTP round trip would hide the generator's own scaling. CPU = the thread's CPU time (what the work costs, true also on a busy machine); wall = what a caller waits."
  echo
  echo "| Mailbox servers | CPU median ms | wall median ms | wall p90 ms | ZIP bytes | CPU ms per server (t/n) |"
  echo "|---:|---:|---:|---:|---:|---:|"
  for n in 1 10 100; do
    echo "| $n | ${BT_CPU[$n]} | ${BT_MED[$n]} | ${BT_P90[$n]} | ${BT_BYTES[$n]} | $(awk -v t="${BT_CPU[$n]}" -v n="$n" 'BEGIN { printf "%.4f", t / n }') |"
  done
  echo
  echo "CPU cost of one more server: $MARG_1_10 ms (1→10), $MARG_10_100 ms (10→100), $MARG_1_100 ms (1→100). Linear (10→100 slope ≤ 1.5 × 1→100 slope): **$LINEAR**. A fixed cost of about ${BT_CPU[1]} ms CPU per bundle dominates up to 100 servers: on $(nproc) cores no HTTP endpoint can serve more than about $BUNDLE_CEILING bundles/s with it."
  echo
}

report_targets() {
  echo "## Targets"
  echo
  echo "| Target | measured | verdict |"
  echo "|---|---|---|"
  if want throughput; then
    echo "| step GET ≥ ${T_STEP_GET}× baseline by CPU | ${CPU_RATIO[step-get]}× (req/s: ${RATIO_SUM[step-get]}×) | $(verdict "${CPU_RATIO[step-get]}" $T_STEP_GET ge) |"
    echo "| check-answers ≥ ${T_CHECK_ANSWERS}× baseline by CPU | ${CPU_RATIO[check-answers]}× (req/s: ${RATIO_SUM[check-answers]}×) | $(verdict "${CPU_RATIO[check-answers]}" $T_CHECK_ANSWERS ge) |"
    echo "| step POST ≥ ${T_STEP_POST}× baseline by CPU | ${CPU_RATIO[step-post]}× (req/s: ${RATIO_SUM[step-post]}×) | $(verdict "${CPU_RATIO[step-post]}" $T_STEP_POST ge) |"
    echo "| first visit ≤ 60 KB over the wire | $WIRE_FIRST B | $(verdict "$WIRE_FIRST" $T_FIRST_VISIT_BYTES le) |"
    echo "| later step page ≤ 8 KB over the wire | $WIRE_STEP B | $(verdict "$WIRE_STEP" $T_NEXT_PAGE_BYTES le) |"
    if [ "$HAVE_BUNDLES" = 1 ]; then
      echo "| bundle (distinct plans) ≥ ${T_BUNDLE}× baseline by CPU | ${CPU_RATIO[bundle-distinct]}× (req/s: ${RATIO_SUM[bundle-distinct]}×) | $(verdict "${CPU_RATIO[bundle-distinct]}" $T_BUNDLE ge) |"
    else
      local extra=
      want bundle && extra="; in-process one bundle costs ${BT_CPU[1]} ms CPU, a ceiling of about $BUNDLE_CEILING/s on $(nproc) cores, i.e. $(ratio "$BUNDLE_CEILING" "${RPS[baseline]}")× the baseline at best"
      echo "| bundle ≥ ${T_BUNDLE}× baseline throughput | \`POST /api/bundles\` not in this build ($BUNDLES_STATUS)$extra | PENDING |"
    fi
  fi
  want startup && echo "| start-up ≤ ${T_STARTUP}× baseline (class-data sharing) | ${SU_CDS_RATIO}× (by CPU: ${SU_CDS_CPU_RATIO}×; plain \`java -jar\`: ${SU_RATIO}×) | $(verdict "$SU_CDS_RATIO" $T_STARTUP le) |"
  if want memory; then
    echo "| ≤ 1 KB heap per session | $HEAP_PER_SESSION B | $(verdict "$HEAP_PER_SESSION" $T_HEAP_PER_SESSION_BYTES le) |"
    echo "| ≤ 8 KB on disk per session (before compaction) | $DB_PER_SESSION B | $(verdict "$DB_PER_SESSION" $T_DB_PER_SESSION_BYTES le) |"
    echo "| $T_SESSIONS sessions in 256 MB | $TOTAL held ($PROBE_STOP) | $(verdict "$TOTAL" $T_SESSIONS ge) |"
  fi
  want bundle && echo "| bundle time linear in servers | CPU slope 10→100 $MARG_10_100 ms vs 1→100 $MARG_1_100 ms | $LINEAR |"
  echo
}

report_profiles() {
  echo "## Profiles of what missed"
  echo
  echo "JFR (\`profile\` settings with 1 ms Java sampling, stack depth 256) during a separate ${DURATION}s wrk run; shares of execution samples on request threads (\`http-nio*\`). Inclusive: on the stack; self: at the top. Causes and fixes: [FINDINGS.md](FINDINGS.md)."
  local name
  for name in "${PROFILES[@]}"; do
    echo
    echo "### $name"
    echo
    echo '```'
    cat "$WORK/$name-profile.txt"
    echo '```'
  done
  echo
}

REPORT=$WORK/report.md
{
  echo "# Benchmark results"
  echo
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') on commit \`$COMMIT\`$DIRTY by \`bench/run.sh\` (how to run and read it: [bench/README.md](../README.md); causes of the misses: [FINDINGS.md](FINDINGS.md))."
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1), wrk $(wrk -v 2>&1 | awk 'NR == 1 { print $2 }'). JVM flags for every app: \`$JVM_OPTS\`.${APP_ARGS:+ Extra wizard arguments (experiment): \`$APP_ARGS\`.}${ONLY:+ Parts run: $ONLY.} Load average before/after: $LOAD_BEFORE / $LOAD_AFTER. Whole run: ${ELAPSED}s."
  echo
  want throughput && report_throughput
  want memory && report_memory
  want startup && report_startup
  want bundle && report_bundle
  report_targets
  [ ${#PROFILES[@]} -gt 0 ] && report_profiles
  true
} >"$REPORT"

mkdir -p "$RESULTS_DIR"
cp "$REPORT" "$RESULTS_DIR/latest.md"
cp "$REPORT" "$RESULTS_DIR/$STAMP.md"
cat "$REPORT"
log "done in ${ELAPSED}s: $RESULTS_DIR/latest.md and $RESULTS_DIR/$STAMP.md"
