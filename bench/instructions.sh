#!/usr/bin/env bash
# Instructions per request, counted by valgrind's callgrind in the server
# process: a figure that does not depend on the machine's load (run by
# hand; see docs/benchmarks.md, run E).
#
#   bench/instructions.sh DATABASE_URL [QUADS_BINARY]
#
# Starts the server under callgrind with instrumentation off, signs in as
# the demo programme officer, and for each of the frontend's operations
# (from frontend/src/gql/persisted-documents.json, as bench/run.sh sends
# them: the anonymous timetable of the latest generated programme, the
# officer's review list, the review page of a review with a formed team,
# and `me { tasks }`) sends WARM requests, then counts the server's
# instructions over N sequential requests (all its threads) and prints
# them per request. The database must hold a `quads seed --demo --scale`
# dataset on PostgreSQL.
#
# Settings: N=20 WARM=5 PORT=18181 OPS="timetable officer-list review-page me-tasks"
#           OUT=directory for the raw callgrind files (default: a temporary one)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
URL=${1:?usage: bench/instructions.sh DATABASE_URL [QUADS_BINARY]}
QUADS=${2:-${CARGO_TARGET_DIR:-$ROOT/target}/release/quads}
N=${N:-20}
WARM=${WARM:-5}
PORT=${PORT:-18181}
OPS=${OPS:-"timetable officer-list review-page me-tasks"}
OUT=${OUT:-$(mktemp -d)}
DOCS=$ROOT/frontend/src/gql/persisted-documents.json
mkdir -p "$OUT" "$OUT/mail"
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install -y valgrind)"; exit 1; }

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

programme=$(psql "$URL" -Atc "SELECT p.id FROM programmes p JOIN reviews r ON r.programme_id = p.id WHERE p.name LIKE 'Scale %' GROUP BY p.id ORDER BY max(r.target_month) DESC, p.id LIMIT 1")
review=$(psql "$URL" -Atc "SELECT r.id FROM reviews r JOIN programmes p ON p.id = r.programme_id WHERE p.name LIKE 'Scale %' AND r.state = 'TEAM_FORMED' ORDER BY r.id LIMIT 1")
body ProgrammePage_Reviews "{\"filter\": {\"programmeId\": \"$programme\"}, \"offset\": 0, \"limit\": 100}" > "$OUT/timetable.json"
body MyReviews_List '{"offset": 0, "limit": 20}' > "$OUT/officer-list.json"
body ReviewPage_Review "{\"id\": \"$review\"}" > "$OUT/review-page.json"
body MyTasks '{}' > "$OUT/me-tasks.json"

DATABASE_URL=$URL QUADS_BIND=127.0.0.1:$PORT QUADS_PUBLIC_URL=http://127.0.0.1:$PORT \
QUADS_DATA_DIR=$ROOT/data QUADS_MAIL_DIR=$OUT/mail QUADS_OUTBOX_POLL_MS=3600000 \
QUADS_DB_MAX_CONNECTIONS=8 RUST_LOG=warn \
  valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$OUT/callgrind.out" \
  "$QUADS" serve > "$OUT/server.log" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
  sleep 0.5
done
DEMO_PASSWORD=$(grep -o 'DEMO_PASSWORD: &str = "[^"]*"' "$ROOT/crates/server/src/accounts.rs" | cut -d'"' -f2)
q='mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }'
curl -fs -c "$OUT/cookies" -H 'Content-Type: application/json' \
  -d "$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1], "variables": {"e": "officer@demo.quads.scot", "p": sys.argv[2]}}))' "$q" "$DEMO_PASSWORD")" \
  "http://127.0.0.1:$PORT/graphql" >/dev/null
cookie=$(awk '$6 == "quads_session" { print "quads_session=" $7 }' "$OUT/cookies")

send() {
  local file=$1 who=$2 answer
  answer=$(curl -fs -H 'Content-Type: application/json' ${who:+-H "Cookie: $who"} \
    --data-binary @"$file" "http://127.0.0.1:$PORT/graphql")
  if grep -q '"errors"' <<<"$answer"; then echo "request $file failed: ${answer:0:400}" >&2; exit 1; fi
}

echo "binary: $QUADS; database: ${URL##*/}; $N requests each after $WARM; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for op in $OPS; do
  who=$cookie
  [ "$op" = timetable ] && who=
  for _ in $(seq 1 "$WARM"); do send "$OUT/$op.json" "$who"; done
  callgrind_control -z "$SERVER_PID" >/dev/null 2>&1
  callgrind_control -i on "$SERVER_PID" >/dev/null 2>&1
  for _ in $(seq 1 "$N"); do send "$OUT/$op.json" "$who"; done
  callgrind_control -i off "$SERVER_PID" >/dev/null 2>&1
  callgrind_control -d "$op" "$SERVER_PID" >/dev/null 2>&1
  sleep 1
  dump=$(ls -t "$OUT"/callgrind.out.* | head -1)
  total=$(sed -n 's/^totals: *\([0-9]*\).*/\1/p' "$dump" | head -1)
  mv "$dump" "$OUT/callgrind.$op.out"
  python3 -c "import sys; print('%-13s %8.2f M instructions per request' % (sys.argv[1], int(sys.argv[2]) / int(sys.argv[3]) / 1e6))" "$op" "$total" "$N"
done
echo "raw callgrind files: $OUT"
