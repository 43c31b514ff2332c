#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# slactl rules, live (issue 11): a running Prometheus loads the rules `slactl rules` writes
# for tests/data/rules/live.yaml, evaluates them at the wall clock over a promtool backfill
# that ends now (tests/tools/genmetrics.py, its incident of 4 % server errors placed in the
# last 45 minutes), and sends the page to a real Alertmanager, where it arrives with the
# labels and annotations the README documents; `slactl backtest` through the same
# Prometheus raises the same alert (burn-rate-page of checkout-api/availability).
# usage: rules-live.sh SOURCE_DIR   (SLACTL names the binary)
set -euo pipefail
src=$1
dir=$(mktemp -d)
prom_pid=""
am_pid=""
cleanup() {
  [ -n "$prom_pid" ] && kill "$prom_pid" 2>/dev/null && wait "$prom_pid" 2>/dev/null
  [ -n "$am_pid" ] && kill "$am_pid" 2>/dev/null && wait "$am_pid" 2>/dev/null
  rm -rf "$dir"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
ready() { for _ in $(seq 1 400); do curl -sf -o /dev/null "$1/-/ready" && return 0; sleep 0.05; done; return 1; }

now=$(date +%s)
start=$(( now / 60 * 60 - 10 * 3600 - 45 * 60 ))   # minute 600 (the incident's start) 45 min ago
python3 "$src/tests/tools/genmetrics.py" --start "$start" --days 1 --scale 1 -o "$dir/day.om"
# Only what lies in the past: a block reaching into the future would put the head's
# lower bound after now, and every rule result would be "out of bounds".
awk -v now="$now" '/^#/ { print; next } $NF <= now { print }' "$dir/day.om" > "$dir/live.om"
promtool tsdb create-blocks-from openmetrics -q --max-block-duration=720h "$dir/live.om" "$dir/tsdb" > /dev/null

"$SLACTL" rules "$src/tests/data/rules/live.yaml" -o "$dir/rules.yml"
promtool check rules "$dir/rules.yml" > /dev/null || fail "promtool check rules"

am_port=$(free_port)
printf 'route:\n  receiver: none\n  group_wait: 1s\nreceivers:\n  - name: none\n' > "$dir/am.yml"
prometheus-alertmanager --config.file="$dir/am.yml" --storage.path="$dir/am" \
  --web.listen-address="127.0.0.1:$am_port" --cluster.listen-address= > "$dir/am.log" 2>&1 &
am_pid=$!
ready "http://127.0.0.1:$am_port" || { cat "$dir/am.log" >&2; fail "Alertmanager did not start"; }

prom_port=$(free_port)
cat > "$dir/prometheus.yml" <<CONF
global:
  evaluation_interval: 5s
rule_files: [$dir/rules.yml]
alerting:
  alertmanagers:
    - static_configs:
        - targets: ['127.0.0.1:$am_port']
CONF
# A resend delay of 2 s: an alert that fires before Prometheus has discovered the
# Alertmanager is dropped (prometheus_notifications_dropped_total), and the default
# resend after 1 min would outlast the wait below.
prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/tsdb" --storage.tsdb.retention.time=10y \
  --rules.alert.resend-delay=2s --web.listen-address="127.0.0.1:$prom_port" > "$dir/prometheus.log" 2>&1 &
prom_pid=$!
ready "http://127.0.0.1:$prom_port" || { cat "$dir/prometheus.log" >&2; fail "Prometheus did not start"; }

# The page reaches Alertmanager within a few evaluations.
for _ in $(seq 1 120); do
  curl -s "http://127.0.0.1:$am_port/api/v2/alerts" > "$dir/alerts.json" || true
  grep -q burn-rate-page "$dir/alerts.json" && break
  sleep 0.5
done
python3 - "$dir/alerts.json" <<'PY' || { tail -20 "$dir/prometheus.log" >&2; fail "the page did not arrive as documented"; }
import json, sys
alerts = json.load(open(sys.argv[1]))
page = [a for a in alerts if a["labels"].get("alertname") == "burn-rate-page"]
assert len(page) == 1, alerts
labels, notes = page[0]["labels"], page[0]["annotations"]
expected = {"alertname": "burn-rate-page", "sla": "checkout-api", "objective": "availability",
            "severity": "page", "tier": "tier-1", "sladesk_window": "1h"}
assert labels == expected, labels
assert notes["dashboard"] == "sladesk://sla/checkout-api/availability", notes
assert notes["runbook_url"] == "https://wiki.example.com/checkout", notes
assert notes["summary"].startswith("SLA checkout-api, objective availability: error budget burning at "), notes
print("Alertmanager received", labels["alertname"], "with", notes["summary"])
PY

# The desktop's engine on the same Prometheus: the same alert over the last two minutes.
"$SLACTL" backtest "$src/tests/data/rules/live.yaml" --prometheus "http://127.0.0.1:$prom_port" \
  --from $(( now / 60 * 60 - 120 )) --to $(( now / 60 * 60 )) --step 1m --format json > "$dir/backtest.json" \
  || fail "slactl backtest"
python3 - "$dir/backtest.json" <<'PY' || fail "slactl backtest does not raise the same page"
import json, sys
episodes = json.load(open(sys.argv[1]))["variants"][0]["episodes"]
pages = [e for e in episodes if e["rule"] == "burn-rate-page" and e["objective"] == "availability"]
assert pages and pages[0]["sla"] == "checkout-api" and pages[0]["end"] is None, episodes
print("slactl backtest: burn-rate-page firing since", pages[0]["start"], "peak", round(pages[0]["peak"], 1))
PY
echo PASS
