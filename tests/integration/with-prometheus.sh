#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Starts a real Prometheus on 127.0.0.1 over a TSDB backfilled with promtool from an
# OpenMetrics file, runs a command with PROM_URL set, and stops Prometheus again.
# usage: with-prometheus.sh [--web-config FILE] [--cache DIR] [--retention D] OPENMETRICS_FILE CMD [ARGS...]
#        with-prometheus.sh --fixture-only [--cache DIR] OPENMETRICS_FILE
# --retention sets --storage.tsdb.retention.time (default 10y: the backfill stays whole).
# The backfilled TSDB is cached per input file (by content hash) in --cache (default:
# $TMPDIR/sladesk-tsdb-cache) and every run starts from a fresh copy of it: Prometheus
# writes to its data dir. --fixture-only prints the cached TSDB's folder (made when
# missing) for a test that starts, stops and restarts Prometheus itself.
set -euo pipefail
web_config=""
retention=10y
fixture_only=""
cache="${TMPDIR:-/tmp}/sladesk-tsdb-cache"
while [ $# -gt 0 ]; do
  case "$1" in
    --web-config) web_config=$2; shift 2 ;;
    --cache) cache=$2; shift 2 ;;
    --retention) retention=$2; shift 2 ;;
    --fixture-only) fixture_only=1; shift ;;
    *) break ;;
  esac
done
om=$1; shift
hash=$(sha256sum "$om" | cut -c1-16)
fixture="$cache/$hash"
mkdir -p "$cache"
# Tests run in parallel (ctest -j2): one backfill per input file at a time.
exec 9>"$cache/$hash.lock"
flock 9
if [ ! -d "$fixture/done" ]; then
  rm -rf "$fixture"; mkdir -p "$fixture/tsdb"
  promtool tsdb create-blocks-from openmetrics -q --max-block-duration=720h "$om" "$fixture/tsdb" >/dev/null
  mkdir "$fixture/done"
fi
exec 9>&-
if [ -n "$fixture_only" ]; then
  echo "$fixture/tsdb"
  exit 0
fi
run=$(mktemp -d)
trap 'kill "$prom_pid" 2>/dev/null; wait "$prom_pid" 2>/dev/null; rm -rf "$run"' EXIT
cp -a "$fixture/tsdb" "$run/data"
printf 'global:\n  scrape_interval: 60s\n  evaluation_interval: 60s\n' > "$run/prometheus.yml"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
args=(--config.file="$run/prometheus.yml" --storage.tsdb.path="$run/data"
      --storage.tsdb.retention.time="$retention" --web.listen-address="127.0.0.1:$port")
[ -n "$web_config" ] && args+=(--web.config.file="$web_config")
prometheus "${args[@]}" > "$run/prometheus.log" 2>&1 &
prom_pid=$!
for _ in $(seq 1 300); do
  kill -0 "$prom_pid" 2>/dev/null || { cat "$run/prometheus.log" >&2; exit 1; }
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/-/ready" || true)
  # With basic auth the endpoint answers 401 once it is up.
  if [ "$code" = 200 ] || [ "$code" = 401 ]; then break; fi
  sleep 0.05
done
export PROM_URL="http://127.0.0.1:$port"
set +e
"$@"
exit $?
