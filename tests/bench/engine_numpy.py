#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""The engine benchmark's maths in numpy, for the ratio DESIGN.md section 7 asks for.

Runs bench_engine (which writes its samples with --dump and prints its own time), then
does the same work on the same samples with numpy: reset corrections summed per window,
Prometheus 2.x extrapolated increase over the 30-day window and the seven burn-rate
windows, SLI, error budget, status, burn rates and projected exhaustion for 100
objectives (bad and total counter each). Vectorised across all series at once, which is
numpy's best case.

Usage: /usr/bin/python3 tests/bench/engine_numpy.py build/dev/tests/bench/bench_engine [RUNS]
"""

import os
import subprocess
import sys
import tempfile
import time

import numpy as np

SERIES = 200
SAMPLES = 43201
TARGET = 0.999
AT_RISK = 0.25
MIN = 60 * 1000
WINDOWS = [30 * 24 * 60 * MIN, 5 * MIN, 30 * MIN, 60 * MIN, 120 * MIN, 360 * MIN, 1440 * MIN, 4320 * MIN]


def increases(t, v, correction, start, end):
    """Prometheus 2.x increase() over the closed range [start, end] for every row."""
    first = int(np.searchsorted(t, start, side="left"))
    past = int(np.searchsorted(t, end, side="right"))
    n = past - first
    if n < 2:
        return np.full(v.shape[0], np.nan)
    last = past - 1
    # correction[:, i] is the reset correction between samples i and i + 1.
    raw = v[:, last] - v[:, first] + correction[:, first:last].sum(axis=1)
    first_v = v[:, first]
    to_start = (t[first] - start) / 1000.0
    to_end = (end - t[last]) / 1000.0
    sampled = (t[last] - t[first]) / 1000.0
    avg = sampled / (n - 1)
    positive = (raw > 0) & (first_v >= 0)
    to_zero = np.where(positive, sampled * first_v / np.where(raw > 0, raw, 1.0), np.inf)
    to_start = np.minimum(to_start, to_zero)
    threshold = avg * 1.1
    interval = sampled + np.where(to_start < threshold, to_start, avg / 2)
    interval = interval + (to_end if to_end < threshold else avg / 2)
    return raw * (interval / sampled)


def run_once(t, v):
    # Reset corrections: the value before every drop. Summing them per window (rather
    # than building a cumulative array) is the cheaper numpy formulation here.
    prev = v[:, :-1]
    correction = np.where(v[:, 1:] < prev, prev, 0.0)

    at = int(t[-1])
    checksum = 0.0
    figures = {}
    for i, w in enumerate(WINDOWS):
        inc = increases(t, v, correction, at - w, at)
        bad = inc[0::2]
        total = inc[1::2]
        with np.errstate(divide="ignore", invalid="ignore"):
            sli = np.where(total > 0, np.clip((total - bad) / total, 0.0, 1.0), np.nan)
        if i == 0:
            consumed = (1 - sli) / (1 - TARGET)
            remaining = 1 - consumed
            status = np.select([np.isnan(remaining), remaining < 0, remaining < AT_RISK],
                               ["no_data", "breached", "at_risk"], "met")
            figures["sli"] = sli
            figures["remaining"] = remaining
            figures["status"] = status
            checksum += np.nansum(sli)
        else:
            burn = (1 - sli) / (1 - TARGET)
            figures[w] = burn
            checksum += np.nansum(burn)
    with np.errstate(divide="ignore", invalid="ignore"):
        burn_1h = figures[60 * MIN]
        exhaustion = np.where(figures["remaining"] <= 0, at,
                              np.where(burn_1h > 0, at + figures["remaining"] * WINDOWS[0] / burn_1h, np.nan))
    figures["exhaustion"] = exhaustion
    return checksum


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    binary = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "samples.bin")
        out = subprocess.run([binary, "--dump", path, "--runs", str(runs)], check=True,
                             capture_output=True, text=True).stdout
        cpp = dict(line.split() for line in out.splitlines() if line.strip())
        raw = np.fromfile(path, dtype=np.uint8)
    t = raw[: SAMPLES * 8].view(np.int64)
    v = raw[SAMPLES * 8:].view(np.float64).reshape(SERIES, SAMPLES)

    best = float("inf")
    checksum = 0.0
    for _ in range(runs):
        begin = time.perf_counter()
        checksum = run_once(t, v)
        best = min(best, (time.perf_counter() - begin) * 1000)

    cpp_ms = float(cpp["engine_ms"])
    print(f"engine (C++)   {cpp_ms:9.3f} ms  checksum {float(cpp['checksum']):.10g}")
    print(f"numpy          {best:9.3f} ms  checksum {checksum:.10g}")
    print(f"ratio numpy/engine: {best / cpp_ms:.2f}x (target >= 4x)")
    if abs(checksum - float(cpp["checksum"])) > 1e-6 * max(1.0, abs(checksum)):
        print("checksums differ: the two implementations disagree", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
