#!/usr/bin/env bash
# The performance benchmark: every baseline and every Portcullis figure in ONE invocation, so
# that the ratios compare runs made on the same (shared, noisy) machine minutes apart. Writes
# BENCHMARKS.md and ends with one `ratio NAME VALUE TARGET ok|short` line per target.
#
#   scripts/bench.sh                 # everything, about 30 minutes on 2 cores
#   BENCH_LARGE=100000 scripts/bench.sh   # a smaller "large" store for a quicker run
#
# Needs wrk and /usr/bin/time (Debian packages `wrk` and `time`; installed when missing) and
# the FerretDB build of scripts/install-ferretdb.sh for the MongoDB figures.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

SECONDS_PER_RUN="${BENCH_SECONDS:-10}"
WARM_SECONDS="${BENCH_WARM_SECONDS:-3}"
ROUNDS="${BENCH_ROUNDS:-3}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
SMALL="${BENCH_SMALL:-1000}"
LARGE="${BENCH_LARGE:-1000000}"
STORED_SESSIONS="${BENCH_STORED_SESSIONS:-100000}"
PASSWORD="bench-password-$RANDOM$RANDOM"
CORES="$(nproc)"

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk || [ ! -x /usr/bin/time ]; then
  echo "== installing wrk and time from Debian" >&2
  apt-get install -y -qq wrk time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk time >/dev/null; }
fi

WORK="$(mktemp -d /tmp/portcullis-bench.XXXXXX)"
RESULTS="$WORK/results.tsv"
: >"$RESULTS"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  "$ROOT/scripts/mongo-test-servers.sh" stop 2>/dev/null || true
  # The seeded databases take gigabytes; BENCH_KEEP=1 keeps them for a closer look.
  [ -n "${BENCH_KEEP:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT

log() { echo "== $*" >&2; }
record() { printf '%s\t%s\n' "$1" "$2" >>"$RESULTS"; }

log "building (release)"
cargo build --release --quiet --bin portcullis
# The helper is built with the release profile too, so it shares the library's build.
BENCH_BIN="$(cargo build --release --bench bench --message-format=json 2>/dev/null |
  python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "bench" and m.get("executable"):
        print(m["executable"])')"
SERVER_BIN="$ROOT/target/release/portcullis"

# settle: flush what the bench itself wrote (the build, a seeded store of gigabytes) and give the
# disk a moment, so that the next measured run does not wait behind the harness's own writes.
# Flow creation's writer syncs the store at every WAL restart; beside a 3 GB write it took
# p99 100-250 ms by hand, and the first run after a `sync` of it still 16 ms, the next 4 ms.
settle() {
  sync
  sleep "${BENCH_SETTLE_SECONDS:-15}"
}
export BENCH_LUA="$ROOT/scripts/bench" BENCH_THREADS="$THREADS" BENCH_PASSWORD="$PASSWORD"

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

wait_http() {
  for _ in $(seq 1 300); do
    curl -fs -o /dev/null "$1" && return 0
    sleep 0.1
  done
  echo "no answer from $1" >&2
  return 1
}

# config NAME DSN [extra YAML] -> path of a server configuration
config() {
  local file="$WORK/$1.yaml"
  cat >"$file" <<EOF
dsn: "$2"
serve:
  public: { port: $(free_port) }
  admin: { port: $(free_port) }
secrets:
  cookie: ["bench-cookie-secret-0123456789abcdef"]
  default: ["bench-default-secret-0123456789abcdef"]
log: { level: warn }
# Every load comes from one address: lift the cap on open flows per client.
limits: { max_open_flows_per_address: 4000000000 }
${3:-}
EOF
  echo "$file"
}

port_of() { grep "  $2:" "$1" | sed -E 's/.*port: ([0-9]+).*/\1/'; }

# start_server NAME CONFIG: starts Portcullis under /usr/bin/time; sets SERVER_PID, PUBLIC, ADMIN
start_server() {
  /usr/bin/time -v -o "$WORK/$1.time" "$SERVER_BIN" serve -c "$2" >"$WORK/$1.log" 2>&1 &
  local time_pid=$!
  PIDS+=("$time_pid")
  PUBLIC="http://127.0.0.1:$(port_of "$2" public)"
  ADMIN="http://127.0.0.1:$(port_of "$2" admin)"
  wait_http "$ADMIN/admin/health/ready"
  SERVER_PID="$(pgrep -P "$time_pid")"
}

stop_server() {
  kill -TERM "$SERVER_PID"
  while kill -0 "$SERVER_PID" 2>/dev/null; do sleep 0.1; done
}

# Memory is the server's own (anonymous) resident memory: SQLite's readers map the database
# file, and those pages are the kernel's shared, reclaimable page cache, not the server's heap.
anon_mib() { awk '/^RssAnon/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }
rss_mib() { awk '/^VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

# sample_peak PID FILE: writes the largest anonymous RSS seen (every 50 ms) to FILE until killed
sample_peak() {
  local peak=0 now
  while now="$(awk '/^RssAnon/ { print $2 }' "/proc/$1/status" 2>/dev/null)" && [ -n "$now" ]; do
    [ "$now" -gt "$peak" ] && peak="$now" && echo "$peak" >"$2"
    sleep 0.05
  done
}

# cpu_times -> the machine's CPU time counters (the "cpu" line of /proc/stat, without its name)
cpu_times() { awk '$1 == "cpu" { $1 = ""; print }' /proc/stat; }

# steal_percent BEFORE AFTER -> the share of CPU time the hypervisor gave to other guests
# between two cpu_times readings (the 8th counter): the machine is shared, and that share is what
# moves figures between runs of the same build.
steal_percent() {
  python3 -c 'import sys; a, b = ([int(x) for x in s.split()] for s in sys.argv[1:3]); d = [y - x for x, y in zip(a, b)]; print(f"{100 * d[7] / max(sum(d), 1):.1f}")' "$1" "$2"
}

# load NAME SCRIPT URL: one wrk run; records NAME.rps, .p50, .p99, .p999 (microseconds), .failed,
# .steal (CPU time stolen by other guests during the run, percent) and, from the stall probe
# beside it (`bench stalls`; NO_STALL_PROBE=1 leaves it out), .stalls (times the machine held a
# real-time thread back over 5 ms) and .longest_stall_us
load() {
  local name="$1" script="$2" url="$3" line before steal probe="" probe_pid stalls=""
  if [ -z "${NO_STALL_PROBE:-}" ]; then
    probe="$WORK/$name.stalls"
    "$BENCH_BIN" stalls --seconds "$SECONDS_PER_RUN" >"$probe" &
    probe_pid=$!
  fi
  before="$(cpu_times)"
  line="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --timeout 10s -s "$BENCH_LUA/$script" "$url" |
    grep '^RESULT')"
  steal="$(steal_percent "$before" "$(cpu_times)")"
  read -r _ rps p50 p99 p999 failed total <<<"$line"
  record "$name.steal" "$steal"
  record "$name.rps" "$rps"
  record "$name.p50" "$p50"
  record "$name.p99" "$p99"
  record "$name.p999" "$p999"
  record "$name.failed" "$failed"
  if [ -n "$probe" ]; then
    wait "$probe_pid"
    while read -r key value; do record "$name.$key" "$value"; done <"$probe"
    stalls=", $(awk '$1 == "stalls" { n = $2 } $1 == "longest_stall_us" { l = $2 / 1000 }
      END { printf "%d machine stalls over 5 ms (longest %.1f ms)", n, l }' "$probe")"
  fi
  log "$name: $rps req/s, p50 ${p50}us, p99 ${p99}us, p99.9 ${p999}us, $failed of $total failed, ${steal}% stolen$stalls"
}

# warm SCRIPT URL: an unrecorded run of the same requests before a measured one, so that every
# measured run starts warm: the server's caches and the mapped database pages touched, and the
# write-ahead log of the run before folded in. Without it, the first figure after a start or after
# a write-heavy run paid for that, at one store size and not the other. Not before login runs:
# their flows are single-use.
warm() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARM_SECONDS}s" --timeout 10s -s "$BENCH_LUA/$1" "$2" >/dev/null
}

# login_flows COUNT -> BENCH_FLOWS file of fresh native flows on $PUBLIC
login_flows() {
  local file="$WORK/flows-$RANDOM.txt"
  "$BENCH_BIN" flows --url "$PUBLIC" --count "$1" --out "$file"
  echo "$file"
}

# measure_requests PREFIX: createNativeLoginFlow, getLoginFlow and toSession on the running server
measure_requests() {
  measured_create "$1.create" "$PUBLIC" "$ADMIN"
  BENCH_FLOWS="$(login_flows 1000)" measured "$1.get_flow" get_flow.lua "$PUBLIC"
  BENCH_TOKENS="$SEED/tokens.txt" measured "$1.whoami" whoami.lua "$PUBLIC"
}

# kept_share NAME: records the share of the running server's session checks that found their
# session kept in memory (the SQLite store's map), from its metrics, as NAME.kept_share
kept_share() {
  record "$1.kept_share" "$(curl -fs "$ADMIN/admin/metrics/prometheus" | awk '
    /^portcullis_kept_session_lookups_total\{outcome="hit"\}/ { hit = $2 }
    /^portcullis_kept_session_lookups_total\{outcome="miss"\}/ { miss = $2 }
    END { printf "%.3f\n", (hit + miss > 0) ? hit / (hit + miss) : 0 }')"
}

# create_timings ADMIN -> "<flow creations answered within 25 ms> <all flow creations>" as the
# server timed them (from routing to answer), from its request-duration histogram
create_timings() {
  curl -fs "$1/admin/metrics/prometheus" | awk '
    /^portcullis_http_request_duration_seconds_bucket\{operation="GET \/self-service\/login\/api",le="0.025"\}/ { fast = $NF }
    /^portcullis_http_request_duration_seconds_count\{operation="GET \/self-service\/login\/api"\}/ { all = $NF }
    END { print fast + 0, all + 0 }'
}

# measured_create NAME PUBLIC ADMIN: a measured flow-creation run that also records how many of
# its requests the server itself took over 25 ms to answer, from routing to answer (NAME.server_slow).
# wrk corrects its percentiles for coordinated omission (a request that
# took T where the connection's requests take t stands for the T/t it held back), so a single stall
# of the flow writer under all 32 connections lifts wrk's p99 to a large part of its length; this
# count tells such a stall in the handlers and the store (dozens of requests) from time lost outside
# them (none).
measured_create() {
  local url="$2/self-service/login/api" before after
  warm plain.lua "$url"
  before="$(create_timings "$3")"
  load "$1" plain.lua "$url"
  after="$(create_timings "$3")"
  record "$1.server_slow" "$(awk -v b="$before" -v a="$after" 'BEGIN {
    split(b, x, " "); split(a, y, " "); print (y[2] - x[2]) - (y[1] - x[1]) }')"
}

# Flows enough for a login run: a margin over what the measured verify rate can use.
flows_for_logins() {
  python3 -c "import math; print(math.ceil($1 * $SECONDS_PER_RUN * 1.5) + 200)"
}

# verify THREADS NAME: raw argon2id verifications per second, recorded as verify.NAME
verify() {
  "$BENCH_BIN" verify --threads "$1" --seconds "$SECONDS_PER_RUN" >"$WORK/verify.out"
  record "verify.$2" "$(awk '/verify_per_sec/ { print $2 }' "$WORK/verify.out")"
  record "argon2.mib" "$(awk '/argon2_mib/ { print $2 }' "$WORK/verify.out")"
  log "verify with $1 thread(s): $(awk '/verify_per_sec/ { print $2 }' "$WORK/verify.out")/s"
}

log "1. raw argon2id verification (the server's default parameters)"
verify 1 threads_1
verify "$CORES" "threads_$CORES"
VERIFY_ALL="$(awk -v k="verify.threads_$CORES" '$1 == k { print $2 }' "$RESULTS")"

# start_hyper: the bare hyper server sending a body of FLOW_BYTES; sets HYPER (its URL)
start_hyper() {
  local port
  port="$(free_port)"
  "$BENCH_BIN" hyper --listen "127.0.0.1:$port" --body-bytes "$FLOW_BYTES" >/dev/null &
  HYPER_PID=$!
  PIDS+=("$HYPER_PID")
  HYPER="http://127.0.0.1:$port/"
  wait_http "$HYPER"
}

# measured NAME SCRIPT URL: a warm-up run, then the measured one
measured() {
  warm "$2" "$3"
  load "$@"
}

log "2. bare hyper baseline"
SEED="$WORK/seed-small"
CFG="$(config small "sqlite://$WORK/small.sqlite")"
"$BENCH_BIN" seed -c "$CFG" --identities "$SMALL" --sessions "$SMALL" --password "$PASSWORD" --out "$SEED" >/dev/null
settle
start_server small "$CFG"
FLOW_BYTES="$(curl -fs -H 'Accept: application/json' "$PUBLIC/self-service/login/api" | wc -c)"
record "flow.bytes" "$FLOW_BYTES"
start_hyper

# On this shared machine the rate any run gets moves by a fifth from one minute to the next, so
# a ratio is only as good as the pairing of its two runs: every figure compared with bare hyper
# is measured right after a bare hyper run of its own, and the report takes, per target, the
# median over the rounds of each round's own ratio. Flow creation is measured in the first round
# only: each run stores 300,000-400,000 flows, and later rounds would measure a larger store.
log "3. Portcullis on SQLite with $SMALL identities and sessions, in $ROUNDS rounds beside bare hyper"
for round in $(seq 1 "$ROUNDS"); do
  measured "hyper.r$round" plain.lua "$HYPER"
  if [ "$round" = 1 ]; then
    measured_create sqlite_small.create "$PUBLIC" "$ADMIN"
  fi
  BENCH_TOKENS="$SEED/tokens.txt" measured "sqlite_small.whoami.r$round" whoami.lua "$PUBLIC"
  # The floor of the whole stack: a request that does nothing through the same shell, router
  # and generated layer (not a target; it shows how much of one the stack leaves the handlers).
  measured "sqlite_small.alive.r$round" plain.lua "$PUBLIC/health/alive"
done
kill "$HYPER_PID"
BENCH_FLOWS="$(login_flows 1000)" measured sqlite_small.get_flow get_flow.lua "$PUBLIC"
kept_share sqlite_small
# Idle: warmed up by the runs above, no password hashed yet.
record "memory.idle_mib" "$(anon_mib "$SERVER_PID")"
record "memory.idle_rss_mib" "$(rss_mib "$SERVER_PID")"
sample_peak "$SERVER_PID" "$WORK/peak" &
SAMPLER=$!
# The machine's speed drifts over minutes: the login rate is compared with raw verification
# measured right before and right after it.
LOGIN_FLOWS="$(login_flows "$(flows_for_logins "$VERIFY_ALL")")"
verify "$CORES" before_login
BENCH_FLOWS="$LOGIN_FLOWS" BENCH_IDENTIFIERS="$SEED/identifiers.txt" load sqlite_small.login login.lua "$PUBLIC"
verify "$CORES" after_login

log "4. toSession during a login storm"
STORM_FLOWS="$(login_flows "$(flows_for_logins "$VERIFY_ALL")")"
# One stall probe for the storm: the toSession run's.
BENCH_FLOWS="$STORM_FLOWS" BENCH_IDENTIFIERS="$SEED/identifiers.txt" SECONDS_PER_RUN=$((SECONDS_PER_RUN + 2)) \
  NO_STALL_PROBE=1 load storm.login login.lua "$PUBLIC" &
STORM=$!
sleep 1
BENCH_TOKENS="$SEED/tokens.txt" load storm.whoami whoami.lua "$PUBLIC"
wait "$STORM"
kill "$SAMPLER"
record "memory.peak_mib" "$(awk '{ printf "%.1f", $1 / 1024 }' "$WORK/peak")"
stop_server
wait "${PIDS[0]}" || true
record "memory.time_max_rss_mib" "$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$WORK/small.time")"

# stored_sessions NAME DSN: anonymous memory before and after STORED_SESSIONS more logins
stored_sessions() {
  CFG="$(config "stored-$1" "$2" "hashers: { argon2: { memory: 64KB, iterations: 1 } }")"
  start_server "stored-$1" "$CFG"
  curl -fs -o /dev/null -X POST "$ADMIN/admin/identities" -H 'Content-Type: application/json' \
    -d "{\"schema_id\":\"default\",\"traits\":{\"email\":\"stored@bench.test\"},\"credentials\":{\"password\":{\"config\":{\"password\":\"$PASSWORD\"}}}}"
  "$BENCH_BIN" logins --url "$PUBLIC" --count 1000 --identifier stored@bench.test --concurrency 8 --password "$PASSWORD" >/dev/null
  record "memory.$1.before_mib" "$(anon_mib "$SERVER_PID")"
  "$BENCH_BIN" logins --url "$PUBLIC" --count "$STORED_SESSIONS" --identifier stored@bench.test --concurrency 8 \
    --password "$PASSWORD" >/dev/null
  record "memory.$1.after_mib" "$(anon_mib "$SERVER_PID")"
  stop_server
}

log "5. memory after storing $STORED_SESSIONS more sessions (logins with a cheap hash)"
stored_sessions sqlite "sqlite://$WORK/stored.sqlite"
stored_sessions memory memory

# The costs at LARGE against SMALL stored records compare two servers, so they are paired like
# the ratios against bare hyper: a fresh SMALL store serves beside the LARGE one, and each round
# measures the same requests on both, one right after the other. Flow creation runs in the first
# round only (each run adds 300,000-400,000 flows to its store).
log "6. SQLite with $LARGE identities and sessions, in $ROUNDS rounds beside a fresh store of $SMALL"
SIZE_SEED="$WORK/seed-size-small"
CFG="$(config size_small "sqlite://$WORK/size-small.sqlite")"
"$BENCH_BIN" seed -c "$CFG" --identities "$SMALL" --sessions "$SMALL" --password "$PASSWORD" --out "$SIZE_SEED" >/dev/null
start_server size_small "$CFG"
SMALL_PUBLIC="$PUBLIC" SMALL_ADMIN="$ADMIN" SMALL_PID="$SERVER_PID"
SMALL_FLOWS="$(login_flows 1000)"
SEED="$WORK/seed-large"
CFG="$(config large "sqlite://$WORK/large.sqlite")"
"$BENCH_BIN" seed -c "$CFG" --identities "$LARGE" --sessions "$LARGE" --password "$PASSWORD" --out "$SEED" |
  awk '{ print "seeded in " $2 " s" }' >&2
settle
start_server large "$CFG"
LARGE_FLOWS="$(login_flows 1000)"
for round in $(seq 1 "$ROUNDS"); do
  if [ "$round" = 1 ]; then
    measured_create size_small.create "$SMALL_PUBLIC" "$SMALL_ADMIN"
    measured_create sqlite_large.create "$PUBLIC" "$ADMIN"
  fi
  BENCH_FLOWS="$SMALL_FLOWS" measured "size_small.get_flow.r$round" get_flow.lua "$SMALL_PUBLIC"
  BENCH_FLOWS="$LARGE_FLOWS" measured "sqlite_large.get_flow.r$round" get_flow.lua "$PUBLIC"
  BENCH_TOKENS="$SIZE_SEED/tokens.txt" measured "size_small.whoami.r$round" whoami.lua "$SMALL_PUBLIC"
  BENCH_TOKENS="$SEED/tokens.txt" measured "sqlite_large.whoami.r$round" whoami.lua "$PUBLIC"
done
kept_share sqlite_large
record "memory.large_mib" "$(anon_mib "$SERVER_PID")"
record "memory.large_rss_mib" "$(rss_mib "$SERVER_PID")"
stop_server
SERVER_PID="$SMALL_PID" stop_server

log "7. MongoDB (FerretDB) with $SMALL identities and sessions"
eval "$("$ROOT/scripts/mongo-test-servers.sh" start)"
MONGO_URL="${FERRETDB_URL}bench"
# FerretDB's SQLite backend (a test server, not MongoDB) stalls under 32 concurrent clients.
CONNECTIONS="${BENCH_MONGO_CONNECTIONS:-8}"
SEED="$WORK/seed-mongo"
CFG="$(config mongo "$MONGO_URL")"
"$BENCH_BIN" seed -c "$CFG" --identities "$SMALL" --sessions "$SMALL" --password "$PASSWORD" --out "$SEED" >/dev/null
start_server mongo "$CFG"
measure_requests mongo
BENCH_FLOWS="$(login_flows "$(flows_for_logins "$VERIFY_ALL")")" BENCH_IDENTIFIERS="$SEED/identifiers.txt" \
  load mongo.login login.lua "$PUBLIC"
stop_server
record "mongo.raw_find.rps" "$("$BENCH_BIN" mongo-find --url "$MONGO_URL" --tokens "$SEED/tokens.txt" \
  --seconds "$SECONDS_PER_RUN" --concurrency "$CONNECTIONS" | awk '{ print $2 }')"

# A second MongoDB-wire server, with costs of its own (it runs in Python): the same comparison
# against that server's raw finds.
log "8. MongoDB-wire (SecantusDB) with $SMALL identities and sessions"
MONGO_URL="${SECANTUSDB_URL/\/\?/\/bench?}"
SEED="$WORK/seed-secantus"
CFG="$(config secantus "$MONGO_URL")"
"$BENCH_BIN" seed -c "$CFG" --identities "$SMALL" --sessions "$SMALL" --password "$PASSWORD" --out "$SEED" >/dev/null
start_server secantus "$CFG"
BENCH_TOKENS="$SEED/tokens.txt" measured secantus.whoami whoami.lua "$PUBLIC"
stop_server
record "secantus.raw_find.rps" "$("$BENCH_BIN" mongo-find --url "$MONGO_URL" --tokens "$SEED/tokens.txt" \
  --seconds "$SECONDS_PER_RUN" --concurrency "$CONNECTIONS" | awk '{ print $2 }')"

python3 "$ROOT/scripts/bench/report.py" "$RESULTS" "$ROOT/BENCHMARKS.md" \
  --cores "$CORES" --connections "${BENCH_CONNECTIONS:-32}" --threads "$THREADS" --seconds "$SECONDS_PER_RUN" \
  --small "$SMALL" --large "$LARGE" --stored "$STORED_SESSIONS" --pool "$CORES" \
  --mongo-connections "$CONNECTIONS" --rounds "$ROUNDS"
