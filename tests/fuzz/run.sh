#!/usr/bin/env bash
# Fuzzes the GraphQL API of a freshly migrated and demo-seeded production
# server with schemathesis (see fuzz.py): every role in turn, then
# anonymously. Fails on any HTTP 5xx, any INTERNAL error, a panic in the
# server's log, a role signed out or without enough clean answers, or a
# server that is no longer answering.
#
#   tests/fuzz/run.sh [EXAMPLES_PER_FIELD]     (default 10)
#
# QUADS_BIN: the binary (default $CARGO_TARGET_DIR/debug/quads or
# target/debug/quads). QUADS_FUZZ_DATABASE_URL: an empty database to use
# (default a temporary SQLite file).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${QUADS_BIN:-${CARGO_TARGET_DIR:-$root/target}/debug/quads}
work=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export DATABASE_URL=${QUADS_FUZZ_DATABASE_URL:-sqlite://$work/quads.db?mode=rwc}
export QUADS_BIND=127.0.0.1:$port QUADS_MODE=production SMTP_URL= \
  QUADS_FRONTEND_DIR=$work/frontend QUADS_MAIL_DIR=$work/mail QUADS_DATA_DIR=$root/data
mkdir -p "$work/frontend"
echo '<!doctype html><title>Quads</title>' >"$work/frontend/index.html"
"$bin" migrate >"$work/setup.log" 2>&1
"$bin" seed --demo >>"$work/setup.log" 2>&1
"$bin" serve >"$work/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
python3 - "$port" <<'PY'
import sys, time, urllib.request
for _ in range(100):
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/healthz", timeout=1)
        break
    except OSError:
        time.sleep(0.2)
else:
    sys.exit("the server did not start")
PY
status=0
python3 "$root/tests/fuzz/fuzz.py" "http://127.0.0.1:$port" "$root/schema.graphql" "${1:-10}" || status=$?
if ! kill -0 "$pid" 2>/dev/null; then
  echo "the server is no longer running"; tail -20 "$work/server.log"; status=1
fi
if grep -q "panicked" "$work/server.log"; then
  echo "the server panicked:"; grep -A5 "panicked" "$work/server.log" | head -40; status=1
fi
exit $status
