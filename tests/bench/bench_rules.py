#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Rule evaluation cost in Prometheus: the derived long windows of `slactl rules` against
naive 30-day `increase` rules (issue 11, README "Benchmarks"; a benchmark, not a test).

Fixture: gen_counters.py, 500 services x 4 codes = 2,000 counter series x 31 days at 60 s
ending at the last full minute (written and backfilled 50 services at a time); 500 SLAs of
one availability objective each (tier-2: the default burn-rate page and ticket).

  derived: the file `slactl rules` writes; the series of its 5-minute increase group are
           backfilled over the 31 days (one point every 5 minutes per series, as a ruler
           that has run a month has them; constant values, which do not change the cost:
           `promtool tsdb create-blocks-from rules` would take one query per rule and 2-hour
           block, about 370,000 queries here), so that the derived 1d, 3d and 30d windows
           read complete data.
  naive:   the same file with every derived window (1d, 3d, 30d) written as the short
           windows are, `sum(increase(SEL[W]))` over the raw series, moved with the budget
           left from the increase group (where `slactl rules` evaluates them every 5
           minutes) into the -sli group, and no increase group.

Each set runs in its own Prometheus (same TSDB copy, evaluation interval --interval): after
every group has evaluated once (warm-up), over a window of whole 5-minute periods (at least
--evaluations intervals), per group the median `evaluationTime` of /api/v1/rules of its
evaluations after the first, and the process' CPU seconds. Printed: the sum over the SLI
groups, over the alert groups, over the increase groups (every 5 minutes, with the derived
windows and the budget left since they moved there; per interval of wall clock
interval/300 of its cost), and the ratios naive / derived of the per-interval cost and CPU.

usage: bench_rules.py [--slactl build/ci/app/slactl] [--services 500] [--days 31]
                      [--interval 60] [--evaluations 4] [--cache DIR]
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from bench_evaluate import free_port, workspace  # noqa: E402

CHUNK = 50


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def fixture(root, services, days):
    """The backfilled TSDB of `services` x 4 counters over `days` up to now (cached for 6 h)."""
    stamp = os.path.join(root, "end")
    tsdb = os.path.join(root, "tsdb")
    if os.path.exists(stamp) and time.time() - int(open(stamp).read()) < 6 * 3600:
        return tsdb, int(open(stamp).read())
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    end = int(time.time()) // 60 * 60 - 60
    start = end - days * 86400
    t0 = time.perf_counter()
    for first in range(0, services, CHUNK):
        om = os.path.join(root, "part.om")
        n = min(CHUNK, services - first)
        subprocess.run([sys.executable, os.path.join(HERE, "gen_counters.py"), "-o", om, "--services", str(n),
                        "--first", str(first), "--days", str(days), "--start", str(start)], check=True)
        subprocess.run(["promtool", "tsdb", "create-blocks-from", "openmetrics", "-q", "--max-block-duration=720h",
                        om, tsdb], check=True, stdout=subprocess.DEVNULL)
        os.remove(om)
        log(f"fixture: services {first}..{first + n - 1} backfilled ({time.perf_counter() - t0:.0f} s)")
    with open(stamp, "w") as f:
        f.write(str(end))
    return tsdb, end


def recorded_fixture(root, services, days, end):
    """sladesk:sli_good/total:increase5m of every objective every 5 minutes over `days`."""
    tsdb = os.path.join(root, "tsdb-increase")
    if os.path.isdir(tsdb):
        return tsdb
    om = os.path.join(root, "increase.om")
    times = range(end - days * 86400, end + 1, 300)
    with open(om, "w", buffering=1 << 22) as f:
        for name, value in (("sli_good", 2997), ("sli_total", 3000)):
            f.write(f"# TYPE sladesk:{name}:increase5m gauge\n")
            for i in range(services):
                prefix = f'sladesk:{name}:increase5m{{sla="svc-{i:03d}",objective="availability"}} {value} '
                f.write("\n".join(prefix + str(t) for t in times))
                f.write("\n")
        f.write("# EOF\n")
    subprocess.run(["promtool", "tsdb", "create-blocks-from", "openmetrics", "-q", "--max-block-duration=720h",
                    om, tsdb + ".part"], check=True, stdout=subprocess.DEVNULL)
    os.remove(om)
    os.rename(tsdb + ".part", tsdb)
    return tsdb


def naive(derived_text):
    """The derived file with every derived window (1d, 3d, 30d) written as the raw 6h rule of
    its objective, over W, in the objective's -sli group, and no increase group (the budget
    left moves with them: it reads the 30d window)."""
    doc = yaml.safe_load(derived_text)
    groups = {g["name"]: g for g in doc["groups"]}
    out = []
    for g in doc["groups"]:
        if g["name"].endswith("-increase"):
            continue
        if g["name"].endswith("-sli"):
            increase = groups.get(g["name"][:-len("-sli")] + "-increase", {"rules": []})
            moved = [r for r in increase["rules"] if not r["record"].endswith(":increase5m")]
            raw6h = {}
            for r in g["rules"]:
                if r["labels"].get("sladesk_window") == "6h":
                    raw6h[(r["labels"]["sla"], r["labels"]["objective"])] = r["expr"]
            for r in moved:
                w = r["labels"].get("sladesk_window")
                if r["record"].startswith("sladesk:sli_error:ratio_rate"):
                    r["expr"] = raw6h[(r["labels"]["sla"], r["labels"]["objective"])].replace("[6h]", f"[{w}]")
            rest = [r for r in moved if not r["record"].startswith("sladesk:period_")]
            budget = [r for r in moved if r["record"].startswith("sladesk:period_")]
            g = dict(g, rules=rest + g["rules"] + budget)
        out.append(g)
    return yaml.safe_dump({"groups": out}, sort_keys=False, width=1 << 20)


def get(url):
    with urllib.request.urlopen(url, timeout=60) as r:
        return json.load(r)


def start_prometheus(d, rules, tsdb, interval, log_name):
    port = free_port()
    conf = os.path.join(d, log_name + "-prometheus.yml")
    with open(conf, "w") as f:
        f.write(f"global:\n  evaluation_interval: {interval}s\nrule_files: [{rules}]\n" if rules else
                f"global:\n  evaluation_interval: {interval}s\n")
    p = subprocess.Popen(["prometheus", f"--config.file={conf}", f"--storage.tsdb.path={tsdb}",
                          "--storage.tsdb.retention.time=10y", f"--web.listen-address=127.0.0.1:{port}"],
                         stdout=subprocess.DEVNULL, stderr=open(os.path.join(d, log_name + ".log"), "w"))
    url = f"http://127.0.0.1:{port}"
    for _ in range(1200):
        try:
            urllib.request.urlopen(url + "/-/ready", timeout=1)
            return p, url
        except OSError:
            time.sleep(0.1)
    p.kill()
    with open(os.path.join(d, log_name + ".log")) as f:
        sys.exit("bench_rules: Prometheus did not start:\n" + "".join(f.readlines()[-10:]))


def process_cpu(url):
    with urllib.request.urlopen(url + "/metrics", timeout=60) as r:
        for line in r.read().decode().splitlines():
            if line.startswith("process_cpu_seconds_total "):
                return float(line.split()[1])
    return float("nan")


def measure(d, rules, tsdb, interval, evaluations, name):
    """Median evaluationTime (s) per group kind, and the process CPU per interval.

    Warm-up: until every group has evaluated once (the first evaluation pays for loading
    chunks into the page cache; a 5-minute group's first one can be up to 5 minutes after
    the start). Then a window of whole 5-minute periods (at least `evaluations` intervals)
    in which each 5-minute group evaluates exactly once per period, as often as in any
    other stretch of its life: the CPU seconds over the window, and per group the median
    evaluationTime of its evaluations after the first."""
    p, url = start_prometheus(d, rules, tsdb, interval, name)
    seen, first = {}, {}
    window = -(-max(300, evaluations * interval) // 300) * 300
    t0 = cpu0 = None
    try:
        deadline = time.time() + 900 + window
        while time.time() < deadline:
            groups = get(url + "/api/v1/rules")["data"]["groups"]
            for g in groups:
                if g["lastEvaluation"].startswith("0001"):
                    continue
                first.setdefault(g["name"], g["lastEvaluation"])
                if g["lastEvaluation"] != first[g["name"]]:
                    seen.setdefault(g["name"], {})[g["lastEvaluation"]] = g["evaluationTime"]
            if t0 is None and len(first) == len(groups):
                t0, cpu0 = time.time(), process_cpu(url)
                log(f"{name}: every group has evaluated once; measuring {window} s")
            if t0 is not None and time.time() >= t0 + window and len(seen) == len(groups):
                t1, cpu1 = time.time(), process_cpu(url)
                break
            time.sleep(max(1, interval / 6))
        else:
            sys.exit(f"bench_rules: {name}: no complete window before the deadline")
    finally:
        p.terminate()
        p.wait()
    kinds = {"sli": 0.0, "alerts": 0.0, "increase": 0.0}
    for group, times in seen.items():
        kinds[group.rsplit("-", 1)[1]] += statistics.median(times.values())
    # CPU seconds of the whole Prometheus per interval: unlike the summed evaluationTime
    # (wall time of groups that run concurrently) it does not grow with waiting for a core.
    kinds["cpu"] = (cpu1 - cpu0) / (t1 - t0) * interval
    log(f"{name}: {len(first)} groups; median evaluationTime summed: sli {kinds['sli']:.3f} s, "
        f"alerts {kinds['alerts']:.3f} s, increase {kinds['increase']:.3f} s; "
        f"CPU {kinds['cpu']:.2f} s per {interval} s over {t1 - t0:.0f} s")
    return kinds


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--slactl", default=os.path.join(HERE, "..", "..", "build", "ci", "app", "slactl"))
    ap.add_argument("--services", type=int, default=500)
    ap.add_argument("--days", type=int, default=31)
    ap.add_argument("--interval", type=int, default=60, help="evaluation interval of the SLI and alert groups (s)")
    ap.add_argument("--evaluations", type=int, default=4)
    ap.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "sladesk-bench-cache"))
    a = ap.parse_args()
    root = os.path.join(a.cache, f"rules-{a.services}x4x{a.days}d")
    base, end = fixture(root, a.services, a.days)
    with tempfile.TemporaryDirectory() as d:
        # The same workspace as bench_evaluate.py's; the URL is not asked (rules only).
        workspace(d, "http://127.0.0.1:9090", [f"svc-{i:03d}" for i in range(a.services)])
        ws = os.path.join(d, "slas.yaml")
        derived = os.path.join(d, "derived.yml")
        subprocess.run([a.slactl, "rules", ws, "-o", derived], check=True)
        text = open(derived).read()
        with open(os.path.join(d, "naive.yml"), "w") as f:
            f.write(naive(text))
        for f in ("derived.yml", "naive.yml"):
            subprocess.run(["promtool", "check", "rules", os.path.join(d, f)], check=True, stdout=subprocess.DEVNULL)
        # The increase group's series over the whole range, as a ruler that has run for a month
        # has them (8,928 points each; values do not change the cost).
        recorded = recorded_fixture(root, a.services, a.days, end)
        results = {}
        for name in ("derived", "naive"):
            tsdb = os.path.join(d, "tsdb-" + name)
            shutil.copytree(base, tsdb)
            if name == "derived":
                for block in os.listdir(recorded):
                    shutil.copytree(os.path.join(recorded, block), os.path.join(tsdb, block))
            results[name] = measure(d, os.path.join(d, name + ".yml"), tsdb, a.interval, a.evaluations, name)
            shutil.rmtree(tsdb)
    per = {n: r["sli"] + r["alerts"] + r["increase"] * a.interval / 300 for n, r in results.items()}
    print(f"rule evaluation per {a.interval} s, {a.services} objectives on {4 * a.services} series x {a.days} d:")
    for n in ("derived", "naive"):
        r = results[n]
        print(f"  {n:8s} {per[n]:8.3f} s  (sli {r['sli']:.3f}, alerts {r['alerts']:.3f}, increase {r['increase']:.3f}"
              f" every 300 s)")
    print(f"  ratio naive / derived: {per['naive'] / per['derived']:.1f}x (sli groups alone: "
          f"{results['naive']['sli'] / results['derived']['sli']:.1f}x; the alert groups, the same rules in "
          f"both: {results['naive']['alerts'] / results['derived']['alerts']:.1f}x, which is waiting for a core)")
    print(f"  Prometheus CPU per {a.interval} s: derived {results['derived']['cpu']:.2f} s, naive "
          f"{results['naive']['cpu']:.2f} s, ratio {results['naive']['cpu'] / results['derived']['cpu']:.1f}x")


if __name__ == "__main__":
    main()
