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
# and the ratios Quads/SQL and Quads/PostGraphile. Raw outputs go to $OUT.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SCALES=${*:-"1000 10000"}
PG=${PG:-postgres://postgres@127.0.0.1:5432}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-"1 8 32"}
SERVER_CPU=${SERVER_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
PORT=${PORT:-18080}
PG_PORT=${PG_PORT:-15678}
SQLITE=${SQLITE:-}
POSTGRAPHILE=${POSTGRAPHILE:-1}
OUT=${OUT:-$ROOT/docs/bench/raw/$(date -u +%Y%m%dT%H%MZ)}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
QUADS=$TARGET/release/quads
DOCS=$ROOT/frontend/src/gql/persisted-documents.json
mkdir -p "$OUT"
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
echo "pinning: server on CPU $SERVER_CPU, wrk/pgbench on CPU $LOAD_CPU, PostgreSQL not pinned (shared service)"
echo "duration ${DURATION}s per run; connections: $CONNECTIONS"
echo

(cd "$ROOT" && cargo build --release --bin quads -q)

SERVER_PID=
stop_server() { if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=; fi; }
PG_PID=
stop_postgraphile() { if [ -n "$PG_PID" ]; then kill -- "-$PG_PID" 2>/dev/null || kill "$PG_PID" 2>/dev/null || true; PG_PID=; fi; }
trap 'stop_server; stop_postgraphile' EXIT

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
print("RESULT rps=%s p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f requests=%d" % (
    m.group(1) if m else "0", pct(50), pct(95), pct(99), len(lat)))
PY
  rm -rf "$dir"
}

field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
ratio() { python3 -c "import sys; a,b=float(sys.argv[1] or 0),float(sys.argv[2] or 0); print('%.2f' % (a/b) if b else 'n/a')" "$1" "$2"; }

start_server() {
  local url=$1
  DATABASE_URL=$url QUADS_BIND=127.0.0.1:$PORT QUADS_PUBLIC_URL=http://127.0.0.1:$PORT \
  QUADS_DATA_DIR=$ROOT/data QUADS_MAIL_DIR=$OUT/mail QUADS_OUTBOX_POLL_MS=3600000 \
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

# statements DB_NAME BODY_FILE COOKIE: PostgreSQL transactions per request
statements() {
  local db=$1 file=$2 cookie=$3 before after
  sleep 1.2
  before=$(psql "$PG/$db" -Atc "SELECT xact_commit FROM pg_stat_database WHERE datname = '$db'")
  for _ in $(seq 1 200); do
    curl -fs -o /dev/null -H 'Content-Type: application/json' ${cookie:+-H "Cookie: $cookie"} \
      --data-binary @"$file" "http://127.0.0.1:$PORT/graphql"
  done
  sleep 1.5
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

run_postgres_scale() {
  local n=$1 db=quads_bench_$n url seeded
  url=$PG/$db
  echo "## PostgreSQL, $n reviews"
  psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
  seeded=$( { /usr/bin/time -f '%e' env DATABASE_URL=$url QUADS_DATA_DIR=$ROOT/data RUST_LOG=warn \
      "$QUADS" seed --demo --scale "$n" > "$OUT/seed-$n.txt"; } 2>&1 | tail -1)
  echo "generation: $(tail -1 "$OUT/seed-$n.txt") (wall ${seeded}s with the demo and reference data)"
  psql "$url" -qc "VACUUM ANALYZE"
  start_server "$url"
  local cookie programme review
  cookie=$(sign_in)
  programme=$(psql "$url" -Atc "SELECT p.id FROM programmes p JOIN reviews r ON r.programme_id = p.id WHERE p.name LIKE 'Scale %' GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1")
  review=$(psql "$url" -Atc "SELECT r.id FROM reviews r JOIN programmes p ON p.id = r.programme_id WHERE p.name LIKE 'Scale %' AND r.state = 'TEAM_FORMED' ORDER BY r.id LIMIT 1")
  body ProgrammePage_Reviews "{\"filter\": {\"programmeId\": \"$programme\"}, \"offset\": 0, \"limit\": 100}" > "$OUT/timetable.json"
  body MyReviews_List '{"offset": 0, "limit": 20}' > "$OUT/officer-list.json"
  body ReviewPage_Review "{\"id\": \"$review\"}" > "$OUT/review-page.json"
  local ops="timetable:anonymous officer-list:officer review-page:officer"
  if python3 -c "import json,sys; sys.exit(0 if any('tasks' in d and 'query ' in d for d in json.load(open('$DOCS')).values()) else 1)"; then
    local tasks_op
    tasks_op=$(python3 -c "import json,re; print([re.search(r'query (\w+)', d).group(1) for d in json.load(open('$DOCS')).values() if re.search(r'\btasks\b', d) and 'query ' in d][0])")
    body "$tasks_op" '{}' > "$OUT/me-tasks.json" && ops="$ops me-tasks:officer"
  else
    echo "me { tasks }: no frontend operation asks for it yet; skipped"
  fi
  sed "s/:programme/'$programme'/g" "$ROOT/bench/sql/timetable.sql" > "$OUT/timetable.sql"
  sed "s/:review/'$review'/g" "$ROOT/bench/sql/review-page.sql" > "$OUT/review-page.sql"
  cp "$ROOT/bench/sql/officer-list.sql" "$OUT/officer-list.sql"
  [ -f "$ROOT/bench/sql/me-tasks.sql" ] && cp "$ROOT/bench/sql/me-tasks.sql" "$OUT/me-tasks.sql"

  local pg_ok=
  if [ "$POSTGRAPHILE" = 1 ]; then
    if "$ROOT/bench/postgraphile.sh" "$url" "$PG_PORT" "$OUT" > "$OUT/postgraphile-start.txt" 2>&1; then
      PG_PID=$(cat "$OUT/postgraphile.pid")
      python3 - "$programme" > "$OUT/postgraphile-timetable.json" <<'PY'
import json, sys
q = """query($p: UUID!) { allReviews(condition: {programmeId: $p}, orderBy: [TARGET_MONTH_ASC, ID_ASC], first: 100) {
  totalCount nodes { id phase targetMonth theme state reportUrl
    reviewHostsByReviewId(orderBy: POSITION_ASC) { nodes { organisationByAuthorityId { id name } } }
    quadByQuadId { id name } } } }"""
print(json.dumps({"query": q, "variables": {"p": sys.argv[1]}}))
PY
      if curl -fs -H 'Content-Type: application/json' --data-binary @"$OUT/postgraphile-timetable.json" \
          "http://127.0.0.1:$PG_PORT/graphql" > "$OUT/postgraphile-answer.json" && ! grep -q '"errors"' "$OUT/postgraphile-answer.json"; then
        pg_ok=1
      else
        echo "PostGraphile answered with errors (see $OUT/postgraphile-answer.json); skipped"
        stop_postgraphile
      fi
    else
      echo "PostGraphile 5 could not run (see $OUT/postgraphile-start.txt); skipped"
    fi
  fi

  printf '%-14s %-10s %4s %9s %8s %8s %8s %9s %9s %8s %9s %8s\n' operation viewer conns "Quads/s" p50ms p95ms p99ms "SQL/s" "SQLp99ms" "Q/SQL" "PG5/s" "Q/PG5"
  for op in $ops; do
    local name=${op%%:*} who=${op##*:} c_cookie=
    [ "$who" = officer ] && c_cookie=$cookie
    check "$OUT/$name.json" "$c_cookie"
    local stmts
    stmts=$(statements "$db" "$OUT/$name.json" "$c_cookie")
    echo "$name ($who): $stmts statements per request" >> "$OUT/statements.txt"
    for c in $CONNECTIONS; do
      local q s p="" rq rs rp
      q=$(wrk_run "$name-$n-c$c" "$OUT/$name.json" "$c_cookie" "$c")
      s=$(pgbench_run "$name-$n-c$c" "$OUT/$name.sql" "$url" "$c")
      if [ "$name" = timetable ] && [ -n "$pg_ok" ]; then
        p=$(BODY_FILE=$OUT/postgraphile-timetable.json taskset -c "$LOAD_CPU" wrk -t1 -c"$c" -d"${DURATION}s" \
             -s "$ROOT/bench/post.lua" "http://127.0.0.1:$PG_PORT/graphql" 2>&1 | tee "$OUT/postgraphile-$n-c$c.wrk.txt" | grep '^RESULT' || true)
      fi
      rq=$(field rps "$q"); rs=$(field rps "$s"); rp=$(field rps "$p")
      printf '%-14s %-10s %4s %9s %8s %8s %8s %9s %9s %8s %9s %8s\n' "$name" "$who" "$c" "$rq" \
        "$(field p50_ms "$q")" "$(field p95_ms "$q")" "$(field p99_ms "$q")" "$rs" "$(field p99_ms "$s")" \
        "$(ratio "$rq" "$rs")" "${rp:--}" "$( [ -n "$rp" ] && ratio "$rq" "$rp" || echo -)"
    done
  done
  echo "statements per request:"; sed 's/^/  /' "$OUT/statements.txt"; rm -f "$OUT/statements.txt"
  echo "server peak RSS: $(awk '/VmHWM/ {print $2, $3}' /proc/$SERVER_PID/status)"
  stop_postgraphile
  stop_server
  for q in timetable officer-list review-page; do
    psql "$url" -c "EXPLAIN (ANALYZE, BUFFERS) $(grep -v '^--' "$OUT/$q.sql")" > "$OUT/explain-$q-$n.txt" 2>&1 || true
  done
  echo
}

run_sqlite_scale() {
  local n=$1 url seeded
  url="sqlite://$OUT/quads-$n.db?mode=rwc"
  echo "## SQLite, $n reviews (no ratios)"
  seeded=$( { /usr/bin/time -f '%e' env DATABASE_URL=$url QUADS_DATA_DIR=$ROOT/data RUST_LOG=warn \
      "$QUADS" seed --demo --scale "$n" > "$OUT/seed-sqlite-$n.txt"; } 2>&1 | tail -1)
  echo "generation: $(tail -1 "$OUT/seed-sqlite-$n.txt") (wall ${seeded}s)"
  start_server "$url"
  local cookie programme review
  cookie=$(sign_in)
  programme=$(python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(\"SELECT p.id FROM programmes p JOIN reviews r ON r.programme_id = p.id WHERE p.name LIKE 'Scale %' GROUP BY p.id ORDER BY count(*) DESC LIMIT 1\").fetchone()[0])" "$OUT/quads-$n.db")
  review=$(python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(\"SELECT id FROM reviews WHERE state = 'TEAM_FORMED' LIMIT 1\").fetchone()[0])" "$OUT/quads-$n.db")
  body ProgrammePage_Reviews "{\"filter\": {\"programmeId\": \"$programme\"}, \"offset\": 0, \"limit\": 100}" > "$OUT/timetable.json"
  body MyReviews_List '{"offset": 0, "limit": 20}' > "$OUT/officer-list.json"
  body ReviewPage_Review "{\"id\": \"$review\"}" > "$OUT/review-page.json"
  printf '%-14s %-10s %4s %9s %8s %8s %8s\n' operation viewer conns "Quads/s" p50ms p95ms p99ms
  for op in timetable:anonymous officer-list:officer review-page:officer; do
    local name=${op%%:*} who=${op##*:} c_cookie=
    [ "$who" = officer ] && c_cookie=$cookie
    check "$OUT/$name.json" "$c_cookie"
    for c in $CONNECTIONS; do
      local q
      q=$(wrk_run "sqlite-$name-$n-c$c" "$OUT/$name.json" "$c_cookie" "$c")
      printf '%-14s %-10s %4s %9s %8s %8s %8s\n' "$name" "$who" "$c" "$(field rps "$q")" \
        "$(field p50_ms "$q")" "$(field p95_ms "$q")" "$(field p99_ms "$q")"
    done
  done
  echo "server peak RSS: $(awk '/VmHWM/ {print $2, $3}' /proc/$SERVER_PID/status)"
  stop_server
  echo
}

for n in $SCALES; do run_postgres_scale "$n"; done
for n in $SQLITE; do run_sqlite_scale "$n"; done
echo "raw outputs: $OUT"
