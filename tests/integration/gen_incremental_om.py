#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""OpenMetrics fixture of the incremental refresh test (tst_incremental_prometheus.cpp).

31 days and one hour from 2025-03-01T00:00:00Z; the recorded day is the last full one,
2025-03-31 (DAY below). Counters of one service on four instances, each scraped on its
own grid so that windows never line up with samples (Prometheus extrapolates):
  a  every 60 s at :00, counter restarts on day 10 at 12:00 and on DAY at 09:00
  b  every 30 s at :13.5, appears on day 3, a 7-minute gap on DAY at 14:00, restarts on DAY at 17:20
  c  every 60 s at :41, vanishes on DAY at 16:00
  d  every 60 s at :22, appears on DAY at 06:00
An incident on DAY from 11:00 to 12:30 raises 5xx from 0.1 % to 8 %. Classification
counters (tp, fp) every 60 s at :05; precision drops during the incident.
usage: gen_incremental_om.py OUTPUT
"""
import math
import random
import sys

START = 1740787200  # 2025-03-01T00:00:00Z
DAY = START + 30 * 86400
END = DAY + 86400 + 3600


def incident(t):
    return DAY + 11 * 3600 <= t < DAY + 12 * 3600 + 1800


def traffic(t, rnd):
    base = 300 + 120 * math.sin(2 * math.pi * ((t - START) % 86400) / 86400)
    return max(0.0, base * (1 + rnd.gauss(0, 0.05)))


def requests(name, first, step, offset, end, restarts, gaps, rnd):
    """Lines of the 200 and 500 series of one instance."""
    out = {"200": [], "500": []}
    ok = err = 0.0
    t = first + offset
    while t <= end:
        if any(a <= t < b for a, b in gaps):
            t += step
            continue
        if any(abs(t - r) < step / 2 for r in restarts):
            ok, err = 0.0, 0.0
        n = traffic(t, rnd) * step / 60
        share = 0.08 if incident(t) else 0.001
        ok += math.floor(n * (1 - share))
        err += math.floor(n * share + rnd.random())
        for code, v in (("200", ok), ("500", err)):
            out[code].append(f'http_requests_total{{service="api",instance="{name}",code="{code}"}} {v:.0f} {t:.1f}')
        t += step
    return out


def main():
    rnd = random.Random(7)
    lines = ["# TYPE http_requests counter"]
    instances = [
        ("a", START, 60, 0, END, [START + 9 * 86400 + 12 * 3600, DAY + 9 * 3600], []),
        ("b", START + 2 * 86400, 30, 13.5, END, [DAY + 17 * 3600 + 20 * 60],
         [(DAY + 14 * 3600, DAY + 14 * 3600 + 7 * 60)]),
        ("c", START, 60, 41, DAY + 16 * 3600, [], []),
        ("d", DAY + 6 * 3600, 60, 22, END, [], []),
    ]
    for name, first, step, offset, end, restarts, gaps in instances:
        series = requests(name, first, step, offset, end, restarts, gaps, rnd)
        lines += series["200"] + series["500"]
    lines.append("# TYPE model_predictions counter")
    tp = fp = 0.0
    tps, fps = [], []
    t = START + 5
    while t <= END:
        n = traffic(t, rnd) / 10
        precision = 0.85 if incident(t) else 0.97
        tp += math.floor(n * precision)
        fp += math.floor(n * (1 - precision) + rnd.random())
        tps.append(f'model_predictions_total{{model="m",outcome="tp"}} {tp:.0f} {t}')
        fps.append(f'model_predictions_total{{model="m",outcome="fp"}} {fp:.0f} {t}')
        t += 60
    lines += tps + fps
    lines.append("# EOF")
    with open(sys.argv[1], "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
