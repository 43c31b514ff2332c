#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Samples Prometheus touches for one incremental refresh against a full evaluation (issue 11).

The bench_evaluate.py fixture (200 counter series x 30 days at 60 s, gen_counters.py,
backfilled with promtool and served by Prometheus 2.42 on 127.0.0.1 with its query log on),
and a workspace of 200 objectives: per service (50) four ratio objectives over its four
code series, 30-day windows. bench_incremental (C++) evaluates it once with a full read at
END, then as a refreshing evaluator at END - 60 s (full read plus building the state),
END - 30 s and END (incremental refreshes, 30 s apart). Every query of each phase is taken
from Prometheus' query log and asked again with `stats=all`; the sum of
`totalQueryableSamples` per phase is reported, and the ratio refresh / full (target <= 5 %).
The refreshed figures are compared with the full read's (largest relative difference).

usage: bench_incremental.py [--driver build/dev/tests/bench/bench_incremental] [--cache DIR]
Standard library only; needs prometheus and promtool on PATH.
"""

import argparse
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench_evaluate import fixture, log, start_prometheus  # noqa: E402

END = 1738281600  # 2025-01-31T00:00:00Z, the fixture's last sample
OBJECTIVES = [
    ("availability", 'good', 'code!~"5.."'),
    ("server-errors", 'bad', 'code=~"5.."'),
    ("unavailable", 'bad', 'code="503"'),
    ("client-errors", 'bad', 'code=~"4.."'),
]


def workspace(path, url, services):
    docs = [f"""apiVersion: openslo/v1
kind: DataSource
metadata: {{name: bench-prometheus}}
spec:
  type: prometheus
  connectionDetails: {{url: '{url}'}}
"""]
    for s in services:
        objectives = "".join(f"""    - name: {name}
      indicator:
        ratio:
          {part}: 'http_requests_total{{service="{s}",{matcher}}}'
          total: 'http_requests_total{{service="{s}"}}'
      target: 0.99
""" for name, part, matcher in OBJECTIVES)
        docs.append(f"""apiVersion: sladesk/v1
kind: SLA
metadata: {{name: {s}}}
spec:
  service: {s}
  tier: tier-3
  dataSource: bench-prometheus
  window: 30d
  objectives:
{objectives}""")
    with open(os.path.join(path, "slas.yaml"), "w") as f:
        f.write("---\n".join(docs))


def unix_ms(text):
    """Milliseconds of an RFC 3339 time as the query log writes it (nanoseconds, Z or offset)."""
    text = re.sub(r"(\.\d{6})\d+", r"\1", text).replace("Z", "+00:00")
    return int(datetime.datetime.fromisoformat(text).timestamp() * 1000)


def samples(url, query, at):
    body = urllib.parse.urlencode({"query": query, "time": at, "stats": "all"}).encode()
    with urllib.request.urlopen(url + "/api/v1/query", body, timeout=600) as r:
        answer = json.load(r)
    return answer["data"]["stats"]["samples"]["totalQueryableSamples"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--driver", default=os.path.join(HERE, "..", "..", "build", "dev", "tests", "bench",
                                                     "bench_incremental"))
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "sladesk-bench-cache"))
    ap.add_argument("--step", type=int, default=30)
    a = ap.parse_args()
    driver = os.path.abspath(a.driver)
    if not os.access(driver, os.X_OK):
        sys.exit(f"bench_incremental: no driver at {driver}; build the bench_incremental target or pass --driver")
    tsdb, truth_file = fixture(a.cache)
    with open(truth_file) as f:
        services = sorted(json.load(f)["services"])

    run = tempfile.mkdtemp(prefix="sladesk-bench-")
    prom = None
    try:
        prom, url, qlog = start_prometheus(run, tsdb, "bench_incremental")
        ws = os.path.join(run, "ws")
        os.mkdir(ws)
        workspace(ws, url, services)
        p = subprocess.run([driver, ws, url, str(END), str(a.step)], capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit("bench_incremental: the driver failed: " + p.stderr)
        phases, summary = [], None
        for line in p.stdout.splitlines():
            f = line.split()
            if f[0] == "phase":
                phases.append((f[1], int(f[2])))
            elif f[0] == "objectives":
                summary = dict(zip(f[0::2], f[1::2]))
        time.sleep(0.5)
        with open(qlog) as f:
            entries = [json.loads(line) for line in f if line.strip()]
        per_phase = {}
        for e in entries:
            ts = unix_ms(e["ts"])
            name = None
            for (pname, start), (_, end) in zip(phases, phases[1:]):
                if start <= ts < end:
                    name = pname
            if name:
                per_phase.setdefault(name, []).append((e["params"]["query"], e["params"]["end"]))
        counted = {name: sum(samples(url, q, at) for q, at in qs) for name, qs in per_phase.items()}
        for name, _ in phases[:-1]:
            log(f"{name:14s} {len(per_phase.get(name, [])):5d} queries {counted.get(name, 0):>14,d} samples")
        ratio = counted.get("refresh", 0) / counted["full"]
        log(f"objectives {summary['objectives']}, read incrementally on the last refresh: {summary['incremental']}, "
            f"largest relative difference from the full read: {summary['worst']}")
        print(json.dumps({"objectives": int(summary["objectives"]), "incremental": int(summary["incremental"]),
                          "fullSamples": counted["full"], "buildSamples": counted.get("build", 0),
                          "refreshSamples": counted.get("refresh", 0),
                          "refreshQueries": len(per_phase.get("refresh", [])),
                          "fullQueries": len(per_phase.get("full", [])),
                          "ratio": round(ratio, 5), "worstRelativeDifference": float(summary["worst"])}))
    finally:
        if prom:
            prom.terminate()
            prom.wait()
        shutil.rmtree(run, ignore_errors=True)


if __name__ == "__main__":
    main()
