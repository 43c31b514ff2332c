#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""200 counter series x 30 days at 60 s for bench_evaluate (standard library only).

http_requests_total{service="svc-000".."svc-049", code="200"|"404"|"500"|"503"}: about
600 requests a minute per service with a daily shape and seeded noise; 1 % 404, a 0.05 %
5xx baseline (500 and 503 alike) and, for every seventh service, a 5xx incident of a few
hours at 2 %. Each counter is floor(accumulated rate), starts at 0 and never resets, and
the samples fall at START + k*60 for k = 0..43,200 (both ends included), so Prometheus 2.x
increase() over a grid-aligned 30-day window is exact.

usage: gen_counters.py -o FILE.om [--truth FILE.json] [--services 50] [--first 0] [--days 30] [--start 1735689600]
--first F writes services svc-F.. (F + services - 1), each as it would be in a bigger run, so
that a large fixture can be written and backfilled in parts (bench_rules.py).
--truth writes, per service, the good (non-5xx) and total increases over the whole range.
"""

import argparse
import json
import math
import random

CODES = ("200", "404", "500", "503")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--truth")
    ap.add_argument("--services", type=int, default=50)
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--start", type=int, default=1735689600)
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args()
    step = 60
    n = a.days * 86400 // step  # samples k = 0..n
    times = [str(a.start + k * step) for k in range(n + 1)]
    truth = {}
    with open(a.output, "w", buffering=1 << 22) as out:
        out.write("# HELP http_requests Requests answered, by service and status code.\n")
        out.write("# TYPE http_requests counter\n")
        for s in range(a.first, a.first + a.services):
            service = f"svc-{s:03d}"
            rng = random.Random(a.seed * 1000 + s)
            # Requests per minute over the range (the same traffic for every code's share).
            base = 500 + 200 * rng.random()
            phase = rng.random() * 2 * math.pi
            traffic = [base * (1 + 0.3 * math.sin(2 * math.pi * k / 1440 + phase)) * (0.9 + 0.2 * rng.random())
                       for k in range(n)]
            incident = None
            if s % 7 == 0:
                begin = rng.randrange(0, n - 600)
                incident = (begin, begin + rng.randrange(60, 600))
            finals = {}
            for code in CODES:
                share = {"200": 0.9895, "404": 0.01, "500": 0.00025, "503": 0.00025}[code]
                acc = 0.0
                values = ["0"]
                for k in range(n):
                    rate = share
                    if incident and incident[0] <= k < incident[1]:
                        rate = {"200": 0.9695, "404": 0.01, "500": 0.01, "503": 0.01}[code]
                    acc += traffic[k] * rate
                    values.append(str(int(acc)))
                prefix = f'http_requests_total{{code="{code}",service="{service}"}} '
                out.write("\n".join(prefix + v + " " + t for v, t in zip(values, times)))
                out.write("\n")
                finals[code] = int(values[-1])
            truth[service] = {"good": finals["200"] + finals["404"], "total": sum(finals.values())}
        out.write("# EOF\n")
    if a.truth:
        with open(a.truth, "w") as f:
            json.dump({"start": a.start, "end": a.start + n * step, "services": truth}, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
