#!/usr/bin/env bash
# A/B of the pool change: main's binary and the pool-only binary, interleaved,
# on one database whose migrations both know; review page and timetable.
set -euo pipefail
DB=$1; OUT=$2; ROOT=/work/wt-bench; PORT=18090
mkdir -p "$OUT"
url=postgres://postgres@127.0.0.1:5432/$DB
pw=demo-password-2026
start() {
  DATABASE_URL=$url QUADS_BIND=127.0.0.1:$PORT QUADS_PUBLIC_URL=http://127.0.0.1:$PORT QUADS_DATA_DIR=$ROOT/data \
  QUADS_MAIL_DIR=/var/tmp/quads-bench/mail QUADS_OUTBOX_POLL_MS=3600000 QUADS_DB_MAX_CONNECTIONS=32 RUST_LOG=warn \
    taskset -c 0 "$1" serve > "$OUT/server-ab.log" 2>&1 &
  SPID=$!
  for _ in $(seq 1 100); do curl -fs http://127.0.0.1:$PORT/healthz >/dev/null 2>&1 && return 0; sleep 0.2; done
  echo "no server"; exit 1
}
stop() { kill $SPID; wait $SPID 2>/dev/null || true; }
start /var/tmp/quads-bench/quads-6ab6def
q='mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }'
curl -fs -c "$OUT/cookies" -H 'Content-Type: application/json' -d "$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1], "variables": {"e": "officer@demo.quads.scot", "p": sys.argv[2]}}))' "$q" "$pw")" http://127.0.0.1:$PORT/graphql >/dev/null
cookie=$(awk '$6 == "quads_session" { print "quads_session=" $7 }' "$OUT/cookies"); rm -f "$OUT/cookies"
stop
printf '%-8s %-12s %5s %5s %8s %7s %7s %7s\n' round binary conns load "Quads/s" p50ms p95ms p99ms
for round in 1 2 3; do
  for bin in quads-6ab6def quads-pingfix; do
    start /var/tmp/quads-bench/$bin
    for op in review-page timetable; do
      for c in 1 8; do
        ck=; [ $op = review-page ] && ck=$cookie
        l=$(cut -d' ' -f1 /proc/loadavg)
        r=$(BODY_FILE=$OUT/$op.json COOKIE=$ck taskset -c 1 wrk -t1 -c$c -d8s --timeout 10s -s $ROOT/bench/post.lua http://127.0.0.1:$PORT/graphql | grep ^RESULT)
        f() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$r"; }
        printf '%-8s %-12s %5s %5s %8s %7s %7s %7s  %s\n' "$round" "$bin" "$c" "$l" "$(f rps)" "$(f p50_ms)" "$(f p95_ms)" "$(f p99_ms)" "$op"
      done
    done
    stop
  done
done
