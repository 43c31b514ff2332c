#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The same alert from Prometheus -> Alertmanager as from `slactl watch` -> Alertmanager
# (issue 11, README "Proof that Prometheus and the desktop agree"). One Prometheus holds
# four days of the checkout counters of tests/data/rules/live.yaml (promtool backfill,
# live_counters.py) and scrapes their continuation every second from live_counters.py,
# whose incident starts 20 s after Prometheus is ready. Prometheus evaluates the rules
# `slactl rules` writes (every 5 s) and sends to Alertmanager A; `slactl watch --once
# --at NOW`, run again and again on one state folder, evaluates the same workspace on the
# same Prometheus and sends to Alertmanager B. Both must hold the same alerts (names and
# every label), and the page's startsAt in A (Prometheus' onset) must lie within one
# evaluation interval (5 s) of B's (the engine's onset, the first run that fired), once the
# lag of the recorded series is taken off: the alerting rule reads the error ratios that the
# SLI group records, and the two groups run at their own offsets within the interval, so
# Prometheus' startsAt is the SLI group's onset plus that lag (< one interval).
# usage: rules-watch-live.sh SOURCE_DIR   (SLACTL names the binary)
set -euo pipefail
src=$1
dir=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done
  rm -rf "$dir"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
ready() { for _ in $(seq 1 400); do curl -sf -o /dev/null "$1/-/ready" && return 0; sleep 0.05; done; return 1; }
interval=5

# Four days of counters up to the last full minute (a block reaching past now would make
# every rule result "out of bounds").
now=$(date +%s)
start=$(( now / 60 * 60 - 4 * 86400 ))
python3 "$src/tests/integration/live_counters.py" backfill "$start" $(( now / 60 * 60 )) "$dir/backfill.om"
promtool tsdb create-blocks-from openmetrics -q --max-block-duration=720h "$dir/backfill.om" "$dir/tsdb" > /dev/null

start_am() { # NAME PORT (in this shell, not a subshell: its pid must reach the cleanup)
  printf 'route:\n  receiver: none\n  group_wait: 1s\nreceivers:\n  - name: none\n' > "$dir/$1.yml"
  prometheus-alertmanager --config.file="$dir/$1.yml" --storage.path="$dir/$1" \
    --web.listen-address="127.0.0.1:$2" --cluster.listen-address= > "$dir/$1.log" 2>&1 &
  pids+=($!)
  ready "http://127.0.0.1:$2" || { cat "$dir/$1.log" >&2; fail "Alertmanager $1 did not start"; }
}
am_prom=$(free_port)
start_am am-prometheus "$am_prom"
am_watch=$(free_port)
start_am am-watch "$am_watch"

exporter_port=$(free_port)
prom_port=$(free_port)
# The workspace of rules_live, reading this Prometheus and delivering to Alertmanager B.
sed -e "s|http://127.0.0.1:9090|http://127.0.0.1:$prom_port|" "$src/tests/data/rules/live.yaml" > "$dir/live.yaml"
printf '  notify: [{alertmanager: "http://127.0.0.1:%s"}]\n' "$am_watch" >> "$dir/live.yaml"
"$SLACTL" rules "$dir/live.yaml" -o "$dir/rules.yml"
promtool check rules "$dir/rules.yml" > /dev/null || fail "promtool check rules"

# The 5-minute increases over the backfill, as a ruler that has run for days has them: the
# derived 1d and 3d windows of the ticket then read the four days (recorded only since the
# start, the first 5-minute increase of the incident alone would make the 1d window 16 %
# errors and fire the ticket that the engine, rightly, does not).
# Only the two increase records: promtool cannot backfill the derived windows that the
# same group computes from them (they read recorded series the backfill server lacks).
python3 - "$dir/rules.yml" "$dir/increase.yml" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
other = r"  - name: sladesk-[^\n]*-(sli|alerts)\n    rules:\n(?:      [^\n]*\n|        [^\n]*\n)*"
derived = r"      - record: (?!sladesk:sli_(good|total):increase5m\n)[^\n]*\n(?:        [^\n]*\n)*"
open(sys.argv[2], "w").write(re.sub(derived, "", re.sub(other, "", text)))
PY
grep -q 'sladesk:sli_good:increase5m' "$dir/increase.yml" && ! grep -q 'alert:' "$dir/increase.yml" \
  && ! grep -q 'ratio_rate' "$dir/increase.yml" || fail "no increase records alone in $dir/increase.yml"
backfill_port=$(free_port)
printf 'global:\n  evaluation_interval: 5m\n' > "$dir/backfill.yml"
prometheus --config.file="$dir/backfill.yml" --storage.tsdb.path="$dir/tsdb" --storage.tsdb.retention.time=10y \
  --web.listen-address="127.0.0.1:$backfill_port" > "$dir/backfill.log" 2>&1 &
backfill_pid=$!
ready "http://127.0.0.1:$backfill_port" || { cat "$dir/backfill.log" >&2; fail "Prometheus (backfill) did not start"; }
promtool tsdb create-blocks-from rules -q --start="$start" --end=$(( now / 60 * 60 )) \
  --url="http://127.0.0.1:$backfill_port" --output-dir="$dir/recorded" "$dir/increase.yml" > /dev/null \
  || fail "promtool tsdb create-blocks-from rules"
kill "$backfill_pid"; wait "$backfill_pid" || true
mv "$dir"/recorded/* "$dir/tsdb/"

cat > "$dir/prometheus.yml" <<CONF
global:
  evaluation_interval: ${interval}s
rule_files: [$dir/rules.yml]
alerting:
  alertmanagers:
    - static_configs:
        - targets: ['127.0.0.1:$am_prom']
scrape_configs:
  - job_name: checkout
    scrape_interval: 1s
    static_configs:
      - targets: ['127.0.0.1:$exporter_port']
    # The scraped counters continue the backfilled series: same labels, no job/instance.
    metric_relabel_configs:
      - {action: labeldrop, regex: job|instance}
CONF
incident=$(( $(date +%s) + 25 ))
python3 "$src/tests/integration/live_counters.py" serve "$start" "$exporter_port" "$incident" &
pids+=($!)
# Resend delay 2 s: an alert that fires before Prometheus has discovered the Alertmanager
# is dropped, and the default resend after 1 min would outlast the wait below.
prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/tsdb" --storage.tsdb.retention.time=10y \
  --rules.alert.resend-delay=2s --web.listen-address="127.0.0.1:$prom_port" > "$dir/prometheus.log" 2>&1 &
pids+=($!)
ready "http://127.0.0.1:$prom_port" || { cat "$dir/prometheus.log" >&2; fail "Prometheus did not start"; }
# The recorded increases are loaded: a full day of them (288 every 5 minutes).
curl -s --data-urlencode 'query=count_over_time(sladesk:sli_total:increase5m[1d])' \
  "http://127.0.0.1:$prom_port/api/v1/query" > "$dir/recorded.json"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["data"]["result"]; assert r and float(r[0]["value"][1]) >= 287, r' \
  "$dir/recorded.json" || fail "the backfilled increases are not in Prometheus: $(cat "$dir/recorded.json")"

has_page() { curl -s "http://127.0.0.1:$1/api/v2/alerts" | grep -q '"alertname":"burn-rate-page"'; }
# Until both have the page: the engine runs once a second at the wall clock, on one state
# folder (a run after the one that fired resumes the firing alert and does not fire again).
watch_fired=""
watch_quiet=0
deadline=$(( incident + 150 ))
while :; do
  (( $(date +%s) < deadline )) || { tail -20 "$dir/prometheus.log" >&2; fail "no page from both within 150 s of the incident"; }
  if [ -z "$watch_fired" ]; then
    t=$(date +%s)
    "$SLACTL" watch "$dir/live.yaml" --once --at "$t" --state "$dir/state" --log-format json >> "$dir/watch.log" \
      2>> "$dir/watch.err" || { cat "$dir/watch.err" >&2; fail "slactl watch --once --at $t"; }
    if grep -q '"rule":"burn-rate-page".*"to":"firing"\|"to":"firing".*"rule":"burn-rate-page"' "$dir/watch.log"; then
      watch_fired=$t
    else
      watch_quiet=$t
    fi
  fi
  [ -n "$watch_fired" ] && has_page "$am_prom" && has_page "$am_watch" && break
  # Once a second: the engine's onset is known to the second.
  (( $(date +%s) > t )) || sleep 0.3
done
# The engine was quiet before the incident: its first run did not fire.
(( watch_fired > incident )) || fail "slactl watch fired at $watch_fired, before the incident at $incident"
curl -s "http://127.0.0.1:$am_prom/api/v2/alerts" > "$dir/prometheus-alerts.json"
curl -s "http://127.0.0.1:$am_watch/api/v2/alerts" > "$dir/watch-alerts.json"
curl -s "http://127.0.0.1:$prom_port/api/v1/rules" > "$dir/rules.json"

python3 - "$dir" "$incident" "$watch_fired" "$watch_quiet" "$interval" <<'PY' || fail "Prometheus and slactl watch disagree"
import json, sys
from datetime import datetime, timezone
d, incident, fired, quiet, interval = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])

def seconds(text):
    # RFC 3339 with up to nanoseconds: keep microseconds for fromisoformat.
    head, _, frac = text.rstrip("Z").partition(".")
    return datetime.fromisoformat(head + "." + (frac + "000000")[:6]).replace(tzinfo=timezone.utc).timestamp()

def alerts(name):
    return {json.dumps(a["labels"], sort_keys=True): a for a in json.load(open(f"{d}/{name}-alerts.json"))}

prom, watch = alerts("prometheus"), alerts("watch")
print(f"Prometheus -> Alertmanager A: {sorted(prom)}")
print(f"slactl watch -> Alertmanager B: {sorted(watch)}")
# Same alerts, every label equal (a set of label sets: alertname included).
assert set(prom) == set(watch), (sorted(prom), sorted(watch))
expected = {"alertname": "burn-rate-page", "sla": "checkout-api", "objective": "availability",
            "severity": "page", "tier": "tier-1", "sladesk_window": "1h"}
key = json.dumps(expected, sort_keys=True)
assert list(prom) == [key], sorted(prom)  # the page only: no ticket on either side
p, w = seconds(prom[key]["startsAt"]), seconds(watch[key]["startsAt"])
assert w == fired, (watch[key]["startsAt"], fired)
# The lag of the alert group behind the SLI group whose records it reads.
groups = {g["name"]: seconds(g["lastEvaluation"]) for g in json.load(open(f"{d}/rules.json"))["data"]["groups"]}
lag = (groups["sladesk-checkout-api-alerts"] - groups["sladesk-checkout-api-sli"]) % interval
s = p - lag  # the SLI group's evaluation that first recorded the page's condition
print(f"incident at {incident}; slactl watch quiet at +{quiet - incident} s, fired at +{w - incident:.0f} s; "
      f"Prometheus startsAt +{p - incident:.3f} s = SLI group onset +{s - incident:.3f} s + group lag {lag:.3f} s; "
      f"SLI onset - engine onset {s - w:+.3f} s (interval {interval} s)")
# Prometheus did not fire while the engine, on the same data, did not.
assert p > quiet, (p, quiet)
assert abs(s - w) <= interval, (s, w)
PY
echo PASS
