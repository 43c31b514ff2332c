#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""End-to-end `slactl evaluate` against a real Prometheus (DESIGN.md section 7).

200 counter series x 30 days at 60 s (gen_counters.py), backfilled with promtool
(--max-block-duration=720h) and served by Prometheus 2.42 on 127.0.0.1 with its query log
on. A workspace of 50 SLAs (one per service, an availability objective over the service's
four code series) is evaluated with `slactl evaluate WS --at END --format json`.

The queries slactl sent are taken from Prometheus' query log and replayed with curl, with
the same concurrency as slactl (4 requests in flight, one curl process), which is "the
time Prometheus spends answering the same queries" seen by the leanest possible client.
Reported (medians over --runs interleaved rounds):
  slactl wall time, replay wall time and their ratio (target <= 1.10);
  the serial replay (sum of curl time_total) and Prometheus' own execTotalTime sum;
  slactl's fixed cost without any query (`slactl validate` on the same workspace).
The figures are checked against the generator's truth before anything is timed.

usage: bench_evaluate.py [--slactl build/dev/app/slactl] [--runs 7] [--cache DIR]
Standard library only; needs prometheus, promtool and curl on PATH.
"""

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
END = "2025-01-31T00:00:00Z"
CONCURRENCY = 4  # PrometheusSource::Options::maxConcurrentRequests


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def fixture(cache):
    """The backfilled TSDB and the truth, made once per cache folder."""
    root = os.path.join(cache, "counters-200x30d-v1")
    tsdb, truth = os.path.join(root, "tsdb"), os.path.join(root, "truth.json")
    if os.path.isdir(os.path.join(root, "done")):
        return tsdb, truth
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    om = os.path.join(root, "counters.om")
    t0 = time.perf_counter()
    subprocess.run([sys.executable, os.path.join(HERE, "gen_counters.py"), "-o", om, "--truth", truth], check=True)
    t1 = time.perf_counter()
    subprocess.run(["promtool", "tsdb", "create-blocks-from", "openmetrics", "-q", "--max-block-duration=720h", om, tsdb],
                   check=True, stdout=subprocess.DEVNULL)
    t2 = time.perf_counter()
    log(f"fixture: generated {os.path.getsize(om) / 1e6:.0f} MB in {t1 - t0:.1f} s, backfilled in {t2 - t1:.1f} s")
    os.remove(om)
    os.mkdir(os.path.join(root, "done"))
    return tsdb, truth


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_prometheus(run, tsdb, who):
    """A Prometheus on a copy of `tsdb` in the folder `run`, with its query log on.
    Returns (process, url, query log path) once it is ready; exits when it dies."""
    shutil.copytree(tsdb, os.path.join(run, "data"))
    qlog = os.path.join(run, "query.log")
    with open(os.path.join(run, "prometheus.yml"), "w") as f:
        f.write(f"global:\n  scrape_interval: 60s\n  evaluation_interval: 60s\n  query_log_file: {qlog}\n")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    prom = subprocess.Popen(["prometheus", f"--config.file={run}/prometheus.yml", f"--storage.tsdb.path={run}/data",
                             "--storage.tsdb.retention.time=10y", f"--web.listen-address=127.0.0.1:{port}"],
                            stdout=open(os.path.join(run, "prometheus.log"), "w"), stderr=subprocess.STDOUT)
    for _ in range(600):
        try:
            urllib.request.urlopen(url + "/-/ready", timeout=1)
            break
        except OSError:
            if prom.poll() is not None:
                sys.exit(f"{who}: prometheus exited; see {run}/prometheus.log")
            time.sleep(0.05)
    return prom, url, qlog


def workspace(path, url, services):
    docs = [f"""apiVersion: openslo/v1
kind: DataSource
metadata: {{name: bench-prometheus}}
spec:
  type: prometheus
  connectionDetails: {{url: '{url}'}}
"""]
    for s in services:
        docs.append(f"""apiVersion: sladesk/v1
kind: SLA
metadata: {{name: {s}}}
spec:
  service: {s}
  tier: tier-2
  dataSource: bench-prometheus
  window: 30d
  objectives:
    - name: availability
      indicator:
        ratio:
          good: 'http_requests_total{{service="{s}",code!~"5.."}}'
          total: 'http_requests_total{{service="{s}"}}'
      target: 0.999
""")
    with open(os.path.join(path, "slas.yaml"), "w") as f:
        f.write("---\n".join(docs))


def timed(cmd, **kw):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, **kw)
    return time.perf_counter() - t0, p


def read_log(path, offset):
    with open(path, "rb") as f:
        f.seek(offset)
        data = f.read()
    return [json.loads(line) for line in data.splitlines() if line.strip()], offset + len(data)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--slactl", default=os.path.join(HERE, "..", "..", "build", "dev", "app", "slactl"))
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "sladesk-bench-cache"))
    a = ap.parse_args()
    slactl = os.path.abspath(a.slactl)
    if not os.access(slactl, os.X_OK):
        sys.exit(f"bench_evaluate: no slactl at {slactl}; build it or pass --slactl")
    tsdb, truth_file = fixture(a.cache)
    with open(truth_file) as f:
        truth = json.load(f)["services"]

    run = tempfile.mkdtemp(prefix="sladesk-bench-")
    prom = None
    try:
        prom, url, qlog = start_prometheus(run, tsdb, "bench_evaluate")
        ws = os.path.join(run, "ws")
        os.mkdir(ws)
        workspace(ws, url, sorted(truth))
        cmd = [slactl, "evaluate", ws, "--at", END, "--format", "json"]

        # Warm-up, correctness and the queries slactl sends.
        while not os.path.exists(qlog):
            time.sleep(0.05)
        offset = os.path.getsize(qlog)
        _, p = timed(cmd)
        if p.returncode != 0:
            sys.exit("bench_evaluate: slactl failed: " + p.stderr.decode())
        report = json.loads(p.stdout)
        checked = 0
        for sla in report["slas"]:
            t = truth[sla["name"]]
            sli = sla["objectives"][0]["sli"]
            want = t["good"] / t["total"]
            if sli is None or abs(sli - want) > 1e-9:
                sys.exit(f"bench_evaluate: {sla['name']}: sli {sli}, expected {want}")
            checked += 1
        time.sleep(0.3)  # the query log is written after the answer
        entries, offset = read_log(qlog, offset)
        queries = [(e["params"]["query"], e["params"]["end"]) for e in entries]
        if len(queries) != len(truth):
            sys.exit(f"bench_evaluate: expected {len(truth)} queries in the query log, found {len(queries)}")
        log(f"checked {checked} SLIs against the generator; slactl sent {len(queries)} queries "
            f"({sum(len(q) for q, _ in queries) / len(queries):.0f} characters each)")

        # The same queries through curl: one config, one process, CONCURRENCY in flight.
        qdir = os.path.join(run, "queries")
        os.mkdir(qdir)
        entries_cfg = []
        for i, (q, at) in enumerate(queries):
            qf = os.path.join(qdir, f"{i}.promql")
            with open(qf, "w") as f:
                f.write(q)
            entries_cfg.append(f'url = "{url}/api/v1/query"\ndata-urlencode = "query@{qf}"\n'
                               f'data-urlencode = "time={at}"\noutput = "/dev/null"\n'
                               'write-out = "%{http_code} %{time_total}\\n"\n')
        with open(os.path.join(run, "replay.curl"), "w") as cfg:
            cfg.write("next\n".join(entries_cfg))  # a trailing "next" would add an empty request
        replay = ["curl", "-s", "-K", os.path.join(run, "replay.curl")]
        parallel = replay[:1] + ["--parallel", "--parallel-max", str(CONCURRENCY)] + replay[1:]
        validate = [slactl, "validate", ws]

        slactl_t, replay_t, serial_t, server_t, fixed_t = [], [], [], [], []
        for _ in range(a.runs):
            dt, p = timed(cmd)
            assert p.returncode == 0, p.stderr
            slactl_t.append(dt)
            time.sleep(0.3)
            entries, offset = read_log(qlog, offset)
            server_t.append(sum(e["stats"]["timings"]["execTotalTime"] for e in entries))
            dt, p = timed(parallel)
            codes = p.stdout.decode().split()[0::2]
            assert len(codes) == len(queries) and set(codes) == {"200"}, p.stdout
            replay_t.append(dt)
            dt, p = timed(replay)
            serial_t.append(sum(float(x) for x in p.stdout.decode().split()[1::2]))
            dt, p = timed(validate)
            assert p.returncode == 0, p.stderr
            fixed_t.append(dt)
            time.sleep(0.3)
            _, offset = read_log(qlog, offset)  # skip the replays' entries

        med = statistics.median
        ratio = med(slactl_t) / med(replay_t)
        print(f"bench_evaluate: 50 SLAs over 200 series x 43,201 samples, {len(queries)} instant queries, "
              f"median of {a.runs}")
        print(f"  slactl evaluate wall          {med(slactl_t) * 1000:8.1f} ms  (min {min(slactl_t) * 1000:.1f})")
        print(f"  curl replay, {CONCURRENCY} in flight      {med(replay_t) * 1000:8.1f} ms  (min {min(replay_t) * 1000:.1f})")
        print(f"  curl replay serial (sum)      {med(serial_t) * 1000:8.1f} ms")
        print(f"  Prometheus execTotalTime sum  {med(server_t) * 1000:8.1f} ms  (its own timings, slactl's runs)")
        print(f"  slactl validate (no queries)  {med(fixed_t) * 1000:8.1f} ms  (start-up + load + validate)")
        print(f"  ratio slactl / serial replay  {med(slactl_t) / med(serial_t):8.3f}")
        print(f"  ratio slactl / replay         {ratio:8.3f}   (target <= 1.10) {'OK' if ratio <= 1.10 else 'ABOVE TARGET'}")
    finally:
        if prom:
            prom.terminate()
            prom.wait()
        shutil.rmtree(run, ignore_errors=True)


if __name__ == "__main__":
    main()
