#!/usr/bin/env bash
# Starts PostGraphile 5 on DATABASE ($1) at PORT ($2), writing its pid to
# OUT/postgraphile.pid ($3). PostGraphile 5 needs Node 22: the npm package
# node@22 provides it without a system install (npm 11 does not run its
# preinstall script, but the package ships the binary). Time-boxed; exits
# non-zero (and run.sh skips PostGraphile with a message) if it cannot run.
# Runs with its defaults (the amber preset, production mode), pinned like
# the Quads server to CPU $PG5_CPU (default 0) when taskset is there.
set -euo pipefail
url=$1 port=$2 out=$3
dir=${POSTGRAPHILE_DIR:-/var/tmp/quads-bench-postgraphile}
mkdir -p "$dir"
if [ ! -x "$dir/node_modules/.bin/postgraphile" ]; then
  (cd "$dir" && [ -f package.json ] || echo '{"private": true}' > package.json
   timeout 300 npm install --no-audit --no-fund node@22 postgraphile@5)
fi
node22=$dir/node_modules/node/bin/node
[ -x "$node22" ] || node22=$(find "$dir/node_modules/node" -name node -type f -perm -u+x | head -1)
echo "$("$node22" "$dir/node_modules/postgraphile/dist/cli-run.js" --version 2>/dev/null | tail -1) on Node $("$node22" --version)"
cd "$dir"
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c "${PG5_CPU:-0}"); fi
GRAPHILE_ENV=production setsid "${pin[@]}" "$node22" "$dir/node_modules/postgraphile/dist/cli-run.js" \
  -P postgraphile/presets/amber -c "$url" -s public --host 127.0.0.1 -p "$port" \
  > "$out/postgraphile.log" 2>&1 &
echo $! > "$out/postgraphile.pid"
pid=$(cat "$out/postgraphile.pid")
# Building its schema takes a while on a loaded machine: up to 2 minutes.
for _ in $(seq 1 600); do
  kill -0 "$pid" 2>/dev/null || { echo "PostGraphile stopped: $(grep -m1 -i error "$out/postgraphile.log")"; exit 1; }
  curl -fs -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "http://127.0.0.1:$port/graphql" && exit 0
  sleep 0.2
done
echo "PostGraphile did not answer within 2 minutes; see $out/postgraphile.log"
kill "$(cat "$out/postgraphile.pid")" 2>/dev/null || true
exit 1
