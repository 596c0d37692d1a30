#!/usr/bin/env bash
# Quads benchmark, run by hand (not in CI). See docs/benchmarks.md.
#
#   bench/run.sh [N ...]          PostgreSQL at each scale (default 1000 10000)
#   SQLITE=10000 bench/run.sh     also SQLite at that scale
#
# For each scale: a fresh database, `quads seed --demo --scale N` (timed),
# a release server pinned to CPU $SERVER_CPU, then for each operation (the
# frontend's own documents, from frontend/src/gql/persisted-documents.json)
# at 1, 8 and 32 connections: wrk (pinned to $LOAD_CPU) through /graphql,
# pgbench running hand-written SQL returning the same rows, and PostGraphile
# 5 on the timetable (time-boxed; skipped with a message if it cannot run).
# Prints requests/s, p50/p95/p99, the server's peak RSS, statements per
# request (PostgreSQL's transaction counter over 200 sequential requests)
# and the ratios Quads/SQL and Quads/PostGraphile, with the machine's load
# average at each measurement (the machine may be shared). Raw outputs go to
# $OUT; databases and SQLite files are scratch (see WORK and KEEP below).
#
# Settings (environment):
#   DURATION=10          seconds per wrk/pgbench run
#   CONNECTIONS="1 8 32"
#   SERVER_CPU=0 LOAD_CPU=1   taskset pinning
#   DB_CPU=$LOAD_CPU     PostgreSQL's postmaster and every backend pinned
#                        here for the run (new backends inherit it), put
#                        back on every CPU at the end; empty: not pinned
#   BUILD=1              build the release binary first (nice 19); 0 to skip
#   REUSE=0              1: keep an existing quads_bench_N database (no
#                        reseeding; generation time then comes from the
#                        run that made it)
#   SEED_NICE=19         niceness of the generation
#   PLANS_LOG=path       PostgreSQL's server log, readable: capture with
#                        auto_explain the plans (ANALYZE, BUFFERS) of the
#                        statements the server itself sends for each
#                        operation (default: Debian's log, when readable)
#   WORK=/var/tmp/quads-bench   SQLite files
#   KEEP=0               1: keep the databases and SQLite files afterwards
#   QUADS=path          the binary (default: $CARGO_TARGET_DIR/release/quads)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SCALES=${*:-"1000 10000"}
PG=${PG:-postgres://postgres@127.0.0.1:5432}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-"1 8 32"}
SERVER_CPU=${SERVER_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
DB_CPU=${DB_CPU-$LOAD_CPU}
PORT=${PORT:-18080}
PG_PORT=${PG_PORT:-15678}
SQLITE=${SQLITE:-}
POSTGRAPHILE=${POSTGRAPHILE:-1}
OUT=${OUT:-$ROOT/docs/bench/raw/$(date -u +%Y%m%dT%H%MZ)}
BUILD=${BUILD:-1}
REUSE=${REUSE:-0}
SEED_NICE=${SEED_NICE:-19}
KEEP=${KEEP:-0}
WORK=${WORK:-/var/tmp/quads-bench}
PLANS_LOG=${PLANS_LOG-/var/log/postgresql/postgresql-15-main.log}
# PostgreSQL (15) flushes an idle backend's counters up to 10 s late.
STATS_WAIT=${STATS_WAIT:-11}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
QUADS=${QUADS:-$TARGET/release/quads}
DOCS=$ROOT/frontend/src/gql/persisted-documents.json
mkdir -p "$OUT" "$WORK"
exec > >(tee "$OUT/summary.txt") 2>&1

need() { command -v "$1" >/dev/null || { echo "needs $1 ($2)"; exit 1; }; }
need wrk "apt-get install -y wrk"
need pgbench "apt-get install -y postgresql-client"
need psql "apt-get install -y postgresql-client"
need taskset "util-linux"
need python3 "python3"

echo "# Quads benchmark $(date -u +%FT%TZ)"
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "versions: $(rustc --version), $(psql --version), $(wrk -v 2>&1 | head -1)"
echo "pinning: Quads and PostGraphile on CPU $SERVER_CPU, wrk/pgbench on CPU $LOAD_CPU, PostgreSQL $( [ -n "$DB_CPU" ] && echo "on CPU $DB_CPU" || echo "not pinned")"
echo "duration ${DURATION}s per run; connections: $CONNECTIONS"
echo

if [ "$BUILD" = 1 ]; then (cd "$ROOT" && nice -n 19 cargo build --release --bin quads -q); fi
[ -x "$QUADS" ] || { echo "no release binary at $QUADS (CARGO_TARGET_DIR?)"; exit 1; }
echo "binary: $QUADS, commit $(git -C "$ROOT" rev-parse --short HEAD)"

SERVER_PID=
stop_server() { if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=; fi; }
PG_PID=
stop_postgraphile() { if [ -n "$PG_PID" ]; then kill -- "-$PG_PID" 2>/dev/null || kill "$PG_PID" 2>/dev/null || true; PG_PID=; fi; }
# pin_postgres CPUS: the postmaster and its backends (taskset -a: every
# thread); backends forked later inherit the postmaster's CPUs.
POSTMASTER=$(head -1 "${PG_PIDFILE:-/var/run/postgresql/15-main.pid}" 2>/dev/null || true)
pin_postgres() {
  [ -n "$DB_CPU" ] && [ -n "$POSTMASTER" ] || return 0
  for pid in "$POSTMASTER" $(pgrep -P "$POSTMASTER"); do taskset -a -p -c "$1" "$pid" >/dev/null 2>&1 || true; done
}
if [ -n "$DB_CPU" ]; then
  [ -n "$POSTMASTER" ] || { echo "DB_CPU: no PostgreSQL pid file (PG_PIDFILE); run with DB_CPU= to leave it unpinned"; exit 1; }
  pin_postgres "$DB_CPU"
fi
trap 'stop_server; stop_postgraphile; pin_postgres "0-$(( $(nproc) - 1 ))"' EXIT

# body NAME VARIABLES_JSON > file: the frontend's operation as a request.
body() {
  python3 - "$DOCS" "$1" "$2" <<'PY'
import json, sys
docs = json.load(open(sys.argv[1]))
name = sys.argv[2]
found = [d for d in docs.values() if f"query {name}(" in d or f"query {name} {{" in d]
if len(found) != 1:
    sys.exit(f"no single frontend operation named {name}")
print(json.dumps({"query": found[0], "variables": json.loads(sys.argv[3])}))
PY
}

# wrk_run LABEL BODY_FILE COOKIE C -> prints "RESULT ..." and saves raw output
wrk_run() {
  local label=$1 file=$2 cookie=$3 c=$4
  BODY_FILE=$file COOKIE=$cookie taskset -c "$LOAD_CPU" \
    wrk -t1 -c"$c" -d"${DURATION}s" --timeout 10s -s "$ROOT/bench/post.lua" \
    "http://127.0.0.1:$PORT/graphql" > "$OUT/$label.wrk.txt" 2>&1 || true
  grep '^RESULT' "$OUT/$label.wrk.txt" || echo "RESULT rps=0 failed"
}

# pgbench_run LABEL SQL_FILE DB_URL C -> "RESULT rps=… p50_ms=… p95_ms=… p99_ms=…"
pgbench_run() {
  local label=$1 file=$2 url=$3 c=$4 dir
  dir=$(mktemp -d)
  (cd "$dir" && taskset -c "$LOAD_CPU" pgbench -n -M prepared -c "$c" -j 1 -T "$DURATION" \
     -f "$file" -l "$url" > "$OUT/$label.pgbench.txt" 2>&1) || true
  python3 - "$dir" "$OUT/$label.pgbench.txt" <<'PY'
import glob, re, sys
lat = []
for f in glob.glob(sys.argv[1] + "/pgbench_log.*"):
    for line in open(f):
        parts = line.split()
        if len(parts) > 2:
            lat.append(int(parts[2]) / 1000.0)
lat.sort()
text = open(sys.argv[2]).read()
m = re.search(r"tps = ([0-9.]+)", text)
pct = lambda p: lat[min(len(lat) - 1, int(len(lat) * p / 100))] if lat else 0
print("RESULT rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f requests=%d" % (
    float(m.group(1)) if m else 0.0, pct(50), pct(95), pct(99), len(lat)))
PY
  rm -rf "$dir"
}

load() { cut -d' ' -f1 /proc/loadavg; }
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
ratio() { python3 -c "import sys; a,b=float(sys.argv[1] or 0),float(sys.argv[2] or 0); print('%.2f' % (a/b) if b else 'n/a')" "$1" "$2"; }

start_server() {
  local url=$1
  DATABASE_URL=$url QUADS_BIND=127.0.0.1:$PORT QUADS_PUBLIC_URL=http://127.0.0.1:$PORT \
  QUADS_DATA_DIR=$ROOT/data QUADS_MAIL_DIR=$WORK/mail QUADS_OUTBOX_POLL_MS=3600000 \
  QUADS_DB_MAX_CONNECTIONS=32 RUST_LOG=warn \
    taskset -c "$SERVER_CPU" "$QUADS" serve > "$OUT/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "the server did not start; see $OUT/server.log"; exit 1
}

sign_in() {
  local q='mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }'
  curl -fs -c "$OUT/cookies" -H 'Content-Type: application/json' \
    -d "$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1], "variables": {"e": "officer@demo.quads.scot", "p": sys.argv[2]}}))' "$q" "$DEMO_PASSWORD")" \
    "http://127.0.0.1:$PORT/graphql" >/dev/null
  awk '$6 == "quads_session" { print "quads_session=" $7 }' "$OUT/cookies"
}

# statements DB_NAME BODY_FILE COOKIE [PORT]: PostgreSQL transactions per request
statements() {
  local db=$1 file=$2 cookie=$3 port=${4:-$PORT} before after
  sleep "$STATS_WAIT"
  before=$(psql "$PG/$db" -Atc "SELECT xact_commit FROM pg_stat_database WHERE datname = '$db'")
  for _ in $(seq 1 200); do
    curl -fs -o /dev/null -H 'Content-Type: application/json' ${cookie:+-H "Cookie: $cookie"} \
      --data-binary @"$file" "http://127.0.0.1:$port/graphql"
  done
  sleep "$STATS_WAIT"
  after=$(psql "$PG/$db" -Atc "SELECT xact_commit FROM pg_stat_database WHERE datname = '$db'")
  # psql's own query is one transaction.
  python3 -c "import sys; print('%.1f' % ((int(sys.argv[2]) - int(sys.argv[1]) - 1) / 200))" "$before" "$after"
}

check() {
  local file=$1 cookie=$2 answer
  answer=$(curl -fs -H 'Content-Type: application/json' ${cookie:+-H "Cookie: $cookie"} \
    --data-binary @"$file" "http://127.0.0.1:$PORT/graphql")
  if grep -q '"errors"' <<<"$answer"; then echo "request $file failed: $answer"; exit 1; fi
}

DEMO_PASSWORD=$(grep -o 'DEMO_PASSWORD: &str = "[^"]*"' "$ROOT/crates/server/src/accounts.rs" | cut -d'"' -f2)

# seed URL LABEL: generates the dataset at nice $SEED_NICE, timed.
seed() {
  local url=$1 label=$2 n=$3 wall
  wall=$( { /usr/bin/time -f '%e' nice -n "$SEED_NICE" env DATABASE_URL=$url QUADS_DATA_DIR=$ROOT/data RUST_LOG=warn \
      "$QUADS" seed --demo --scale "$n" > "$OUT/seed-$label.txt"; } 2>&1 | tail -1)
  echo "generation (nice $SEED_NICE, load $(load) after): $(tail -1 "$OUT/seed-$label.txt") (wall ${wall}s with the demo and reference data)"
}

# bodies PROGRAMME REVIEW: the frontend's operations as requests in $OUT.
bodies() {
  body ProgrammePage_Reviews "{\"filter\": {\"programmeId\": \"$1\"}, \"offset\": 0, \"limit\": 100}" > "$OUT/timetable.json"
  body MyReviews_List '{"offset": 0, "limit": 20}' > "$OUT/officer-list.json"
  body ReviewPage_Review "{\"id\": \"$2\"}" > "$OUT/review-page.json"
}

# plans DB N COOKIE OPS: the plans, with ANALYZE and BUFFERS, of every
# statement the server sends for one request of each operation, through
# auto_explain on this database only, read back from the server's log by
# the server's backends' process ids.
plans() {
  local db=$1 n=$2 cookie=$3 ops=$4
  if [ -z "$PLANS_LOG" ] || [ ! -r "$PLANS_LOG" ]; then
    echo "plans: PostgreSQL's log ($PLANS_LOG) is not readable here; skipped"; return 0
  fi
  psql "$PG/postgres" -q -c "ALTER DATABASE $db SET session_preload_libraries = 'auto_explain'" \
    -c "ALTER DATABASE $db SET auto_explain.log_min_duration = 0" \
    -c "ALTER DATABASE $db SET auto_explain.log_analyze = on" \
    -c "ALTER DATABASE $db SET auto_explain.log_buffers = on" \
    -c "ALTER DATABASE $db SET auto_explain.log_nested_statements = on"
  stop_server; start_server "$PG/$db"
  for op in $ops; do
    local name=${op%%:*} who=${op##*:} c_cookie= start pids
    [ "$who" = officer ] && c_cookie=$cookie
    check "$OUT/$name.json" "$c_cookie"   # warms the pool's connections
    start=$(stat -c %s "$PLANS_LOG")
    check "$OUT/$name.json" "$c_cookie"
    sleep 0.5
    pids=$(psql "$PG/postgres" -Atc "SELECT string_agg(pid::text, ' ') FROM pg_stat_activity WHERE datname = '$db'")
    tail -c +"$((start + 1))" "$PLANS_LOG" | python3 -c '
import re, sys
pids = set(sys.argv[1].split())
keep, out, n = False, [], 0
for line in sys.stdin:
    m = re.match(r"\S+ \S+ \S+ \[(\d+)\] ", line)
    if m:
        keep = m.group(1) in pids
        if keep and "duration:" in line and "plan:" in line:
            n += 1
    if keep:
        out.append(line)
print("-- %d statements" % n)
sys.stdout.write("".join(out))' "$pids" > "$OUT/plans-$name-$n.txt"
    echo "plans of $name: $(head -1 "$OUT/plans-$name-$n.txt" | cut -c4-) (auto_explain), $(grep -c 'Seq Scan' "$OUT/plans-$name-$n.txt" || true) sequential scans: $(grep -o 'Seq Scan on [a-z_]*' "$OUT/plans-$name-$n.txt" | sort | uniq -c | xargs echo)"
  done
  psql "$PG/postgres" -q -c "ALTER DATABASE $db RESET ALL"
}

run_postgres_scale() {
  local n=$1 db=quads_bench_$n url
  url=$PG/$db
  echo "## PostgreSQL, $n reviews"
  if [ "$REUSE" = 1 ] && psql "$url" -Atc "SELECT 1 FROM programmes WHERE name LIKE 'Scale %' LIMIT 1" 2>/dev/null | grep -q 1; then
    echo "generation: reusing $db ($(psql "$url" -Atc "SELECT count(*) FROM reviews") reviews)"
  else
    psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
    seed "$url" "$n" "$n"
  fi
  # Measure the steady state, not the generation's aftermath: the rows
  # analysed and the generation's dirty pages written out before the first
  # request (a checkpoint during a measurement is a tail of its own).
  psql "$url" -qc "VACUUM ANALYZE" -c "CHECKPOINT"
  echo "database size: $(psql "$url" -Atc "SELECT pg_size_pretty(pg_database_size('$db'))"); rows: $(psql "$url" -Atc "SELECT (SELECT count(*) FROM reviews) || ' reviews, ' || (SELECT count(*) FROM team_members) || ' team members, ' || (SELECT count(*) FROM review_events) || ' events, ' || (SELECT count(*) FROM users) || ' users'")"
  start_server "$url"
  local cookie programme review
  cookie=$(sign_in)
  # The timetable people look at: the generated programme with the latest
  # months (walking the month index from the oldest would be cheap for the
  # oldest programme and hide a missing index).
  programme=$(psql "$url" -Atc "SELECT p.id FROM programmes p JOIN reviews r ON r.programme_id = p.id WHERE p.name LIKE 'Scale %' GROUP BY p.id ORDER BY max(r.target_month) DESC, p.id LIMIT 1")
  review=$(psql "$url" -Atc "SELECT r.id FROM reviews r JOIN programmes p ON p.id = r.programme_id WHERE p.name LIKE 'Scale %' AND r.state = 'TEAM_FORMED' ORDER BY r.id LIMIT 1")
  echo "timetable: programme $programme ($(psql "$url" -Atc "SELECT count(*) FROM reviews WHERE programme_id = '$programme'") reviews), review page: review $review"
  bodies "$programme" "$review"
  local ops="timetable:anonymous officer-list:officer review-page:officer"
  if python3 -c "import json,re,sys; sys.exit(0 if any(re.search(r'\btasks\b', d) and 'query ' in d for d in json.load(open('$DOCS')).values()) else 1)"; then
    local tasks_op
    tasks_op=$(python3 -c "import json,re; print([re.search(r'query (\w+)', d).group(1) for d in json.load(open('$DOCS')).values() if re.search(r'\btasks\b', d) and 'query ' in d][0])")
    body "$tasks_op" '{}' > "$OUT/me-tasks.json" && ops="$ops me-tasks:officer"
  else
    echo "me { tasks }: no frontend operation asks for it yet; skipped"
  fi
  sed "s/:programme/'$programme'/g" "$ROOT/bench/sql/timetable.sql" > "$OUT/timetable.sql"
  sed "s/:review/'$review'/g" "$ROOT/bench/sql/review-page.sql" > "$OUT/review-page.sql"
  cp "$ROOT/bench/sql/officer-list.sql" "$OUT/officer-list.sql"
  if [ -f "$ROOT/bench/sql/me-tasks.sql" ]; then cp "$ROOT/bench/sql/me-tasks.sql" "$OUT/me-tasks.sql"; fi

  local pg_ok=
  if [ "$POSTGRAPHILE" = 1 ]; then
    if PG5_CPU=$SERVER_CPU "$ROOT/bench/postgraphile.sh" "$url" "$PG_PORT" "$OUT" > "$OUT/postgraphile-start.txt" 2>&1; then
      PG_PID=$(cat "$OUT/postgraphile.pid")
      python3 - "$programme" > "$OUT/postgraphile-timetable.json" <<'PY'
import json, sys
# PostGraphile 5 (amber) names a table's own id rowId, and orders only by
# indexed columns: hosts come in primary-key order with their position.
q = """query($p: UUID!) { allReviews(condition: {programmeId: $p}, orderBy: [TARGET_MONTH_ASC, PRIMARY_KEY_ASC], first: 100) {
  totalCount nodes { rowId phase targetMonth theme state reportUrl
    reviewHostsByReviewId { nodes { position organisationByAuthorityId { rowId name } } }
    quadByQuadId { rowId name } } } }"""
print(json.dumps({"query": q, "variables": {"p": sys.argv[1]}}))
PY
      if curl -fs -H 'Content-Type: application/json' --data-binary @"$OUT/postgraphile-timetable.json" \
          "http://127.0.0.1:$PG_PORT/graphql" > "$OUT/postgraphile-answer.json" && ! grep -q '"errors"' "$OUT/postgraphile-answer.json"; then
        pg_ok=1
        echo "PostGraphile $(head -1 "$OUT/postgraphile-start.txt") answers the timetable"
        # Its statements per request, like the server's.
        echo "postgraphile timetable (anonymous): $(statements "$db" "$OUT/postgraphile-timetable.json" "" "$PG_PORT") transactions per request" >> "$OUT/statements.txt"
      else
        echo "PostGraphile answered with errors (see $OUT/postgraphile-answer.json); skipped"
        stop_postgraphile
      fi
    else
      echo "PostGraphile 5 could not run: $(tail -1 "$OUT/postgraphile-start.txt") (see $OUT/postgraphile-start.txt); skipped"
    fi
  fi

  printf '%-13s %-9s %5s %5s %8s %7s %7s %7s %8s %7s %6s %8s %7s %6s\n' operation viewer conns load "Quads/s" p50ms p95ms p99ms "SQL/s" SQLp99 "Q/SQL" "PG5/s" PG5p99 "Q/PG5"
  for op in $ops; do
    local name=${op%%:*} who=${op##*:} c_cookie=
    [ "$who" = officer ] && c_cookie=$cookie
    check "$OUT/$name.json" "$c_cookie"
    local stmts
    stmts=$(statements "$db" "$OUT/$name.json" "$c_cookie")
    echo "$name ($who): $stmts transactions per request" >> "$OUT/statements.txt"
    for c in $CONNECTIONS; do
      local q s p="" rq rs rp l
      l=$(load)
      q=$(wrk_run "$name-$n-c$c" "$OUT/$name.json" "$c_cookie" "$c")
      s=$(pgbench_run "$name-$n-c$c" "$OUT/$name.sql" "$url" "$c")
      if [ "$name" = timetable ] && [ -n "$pg_ok" ]; then
        p=$(BODY_FILE=$OUT/postgraphile-timetable.json taskset -c "$LOAD_CPU" wrk -t1 -c"$c" -d"${DURATION}s" --timeout 10s \
             -s "$ROOT/bench/post.lua" "http://127.0.0.1:$PG_PORT/graphql" 2>&1 | tee "$OUT/postgraphile-$n-c$c.wrk.txt" | grep '^RESULT' || true)
      fi
      rq=$(field rps "$q"); rs=$(field rps "$s"); rp=$(field rps "$p")
      printf '%-13s %-9s %5s %5s %8s %7s %7s %7s %8s %7s %6s %8s %7s %6s\n' "$name" "$who" "$c" "$l" "$rq" \
        "$(field p50_ms "$q")" "$(field p95_ms "$q")" "$(field p99_ms "$q")" "$rs" "$(field p99_ms "$s")" \
        "$(ratio "$rq" "$rs")" "${rp:--}" "$( [ -n "$p" ] && field p99_ms "$p" || echo -)" "$( [ -n "$rp" ] && ratio "$rq" "$rp" || echo -)"
      grep -h 'errors=[1-9]' <<<"$q $p" | sed "s/^/  errors in $name c$c: /" || true
    done
  done
  echo "statements per request (PostgreSQL's xact_commit over 200 sequential requests; a statement outside a transaction is one):"
  sed 's/^/  /' "$OUT/statements.txt"; rm -f "$OUT/statements.txt"
  echo "server peak RSS: $(awk '/VmHWM/ {print $2, $3}' /proc/$SERVER_PID/status)"
  if [ -n "$pg_ok" ]; then
    echo "PostGraphile peak RSS: $(awk '/VmHWM/ {print $2, $3}' /proc/$PG_PID/status 2>/dev/null || echo ?)"
  fi
  stop_postgraphile
  for q in timetable officer-list review-page; do
    psql "$url" -c "EXPLAIN (ANALYZE, BUFFERS) $(grep -v '^--' "$OUT/$q.sql")" > "$OUT/explain-sql-$q-$n.txt" 2>&1 || true
  done
  plans "$db" "$n" "$cookie" "$ops"
  stop_server
  if [ "$KEEP" != 1 ]; then psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"; fi
  echo
}

run_sqlite_scale() {
  local n=$1 file url
  file=$WORK/quads-$n.db
  url="sqlite://$file?mode=rwc"
  echo "## SQLite, $n reviews (no ratios)"
  if [ "$REUSE" = 1 ] && [ -f "$file" ]; then
    echo "generation: reusing $file"
  else
    rm -f "$file" "$file-wal" "$file-shm"
    seed "$url" "sqlite-$n" "$n"
  fi
  echo "database size: $(du -h "$file" | cut -f1)"
  start_server "$url"
  local cookie programme review
  cookie=$(sign_in)
  # sea-orm stores a UUID in SQLite as 16 bytes.
  local one='import sqlite3, sys, uuid
v = sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0]
print(uuid.UUID(bytes=v) if isinstance(v, bytes) else v)'
  programme=$(python3 -c "$one" "$file" "SELECT p.id FROM programmes p JOIN reviews r ON r.programme_id = p.id WHERE p.name LIKE 'Scale %' GROUP BY p.id ORDER BY max(r.target_month) DESC, p.id LIMIT 1")
  review=$(python3 -c "$one" "$file" "SELECT r.id FROM reviews r JOIN programmes p ON p.id = r.programme_id WHERE p.name LIKE 'Scale %' AND r.state = 'TEAM_FORMED' ORDER BY r.id LIMIT 1")
  bodies "$programme" "$review"
  printf '%-13s %-9s %5s %5s %8s %7s %7s %7s\n' operation viewer conns load "Quads/s" p50ms p95ms p99ms
  for op in timetable:anonymous officer-list:officer review-page:officer; do
    local name=${op%%:*} who=${op##*:} c_cookie=
    [ "$who" = officer ] && c_cookie=$cookie
    check "$OUT/$name.json" "$c_cookie"
    for c in $CONNECTIONS; do
      local q l
      l=$(load)
      q=$(wrk_run "sqlite-$name-$n-c$c" "$OUT/$name.json" "$c_cookie" "$c")
      printf '%-13s %-9s %5s %5s %8s %7s %7s %7s\n' "$name" "$who" "$c" "$l" "$(field rps "$q")" \
        "$(field p50_ms "$q")" "$(field p95_ms "$q")" "$(field p99_ms "$q")"
      grep -h 'errors=[1-9]' <<<"$q" | sed "s/^/  errors in $name c$c: /" || true
    done
  done
  echo "server peak RSS: $(awk '/VmHWM/ {print $2, $3}' /proc/$SERVER_PID/status)"
  stop_server
  if [ "$KEEP" != 1 ]; then rm -f "$file" "$file-wal" "$file-shm"; fi
  echo
}

for n in $SCALES; do run_postgres_scale "$n"; done
for n in $SQLITE; do run_sqlite_scale "$n"; done
rm -f "$OUT/cookies" "$OUT/postgraphile.pid"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "raw outputs: $OUT"
