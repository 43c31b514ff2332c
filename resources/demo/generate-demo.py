#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Generates the recorded data of the SLA Desk demo workspace (python3 standard library only).

Thirty days of OpenMetrics samples at a 5-minute step for three services:

  fraud-detection  (tier 1)  precision falls from 96 % to 88 % over the last 14 days while
                             the transaction amount drifts (PSI past 0.1 in the last week);
                             a fast 5xx burn on day 9 and a slow burn on days 12-15.
  recommendation   (tier 2)  healthy, but close to its availability budget.
  analytics        (tier 3)  healthy.

Families (all counters start at 0 at the first sample):
  http_requests_total{service,code}                 code 200 | 400 | 500 | 503
  http_request_duration_seconds_{bucket,sum,count}  {service}, le 0.05 .. 2.5, +Inf
  model_predictions_total{model,outcome}            outcome tp | fp | fn | tn
  model_feature_value_{bucket,sum,count}            {model="fraud-v3",feature="amount"}

Samples fall at START + k * STEP for k = 0 .. 8640, both ends included. Every value depends
only on the step index k and the seed: the per-step noise comes from a hash of (seed, series,
k), not from a sequential random generator, and every count is an integer drawn per step, so
the counters (cumulative sums) and the truth figures are exact. The gzip stream is written
with mtime 0 and no file name, so two runs give identical bytes.

The truth JSON holds the figures an evaluator must reproduce from the file: per objective the
SLI, error budget and burn rates over the 30-day window ending at the last sample, the fast
burn's burn rates, the daily precision and PSI series, and alert timings.
"""

import argparse
import gzip
import json
import math
import os
import sys
import zlib
from datetime import datetime, timezone

START = 1735689600          # 2025-01-01T00:00:00Z, the generator's time base
STEP = 300                  # seconds between samples
DAYS = 30
SPD = 86400 // STEP         # steps per day (288)
N = DAYS * SPD              # index of the last sample (8640)
REF_DAYS = 14               # drift reference: the first 14 days
SEED = 20250101

LAT_LE = (0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1.0, 2.5)
AMOUNT_LE = (10, 25, 50, 100, 250, 500, 1000, 2500, 5000)
CODES = ("200", "400", "500", "503")

# Incidents of the fraud-detection API, in days since START (half-open intervals).
FAST_BURN = (9 + 14 / 24, 9 + 16 / 24)     # day 9 14:00-16:00, 2.5 % 5xx (50x burn)
SLOW_BURN = (12 + 6 / 24, 15 + 6 / 24)     # day 12 06:00 - day 15 06:00, 0.1 % 5xx (2x burn)
DRIFT_START = 16.0                         # precision and amount drift start here
# The recommendation API's incident: day 19 19:00-20:30, a cache node failure.
RECS_INCIDENT = (19 + 19 / 24, 19 + 20.5 / 24)

# The SLAs of the demo workspace, as far as the truth needs them.
TARGETS = {
    "fraud-detection-api": {"availability": 0.9995, "latency": 0.95, "latency-p95": 0.99,
                            "precision": 0.95, "amount-drift": 0.9},
    "recommendation-api": {"availability": 0.999, "latency": 0.95, "relevance": 0.9},
    "analytics-model": {"availability": 0.99, "latency": 0.9, "recall": 0.85},
}
AT_RISK = 0.25
BURN_WINDOWS = (("5m", 300), ("30m", 1800), ("1h", 3600), ("2h", 7200), ("6h", 21600),
                ("1d", 86400), ("3d", 259200))

# ---------------------------------------------------------------------------------------
# Deterministic per-step noise: splitmix64 over (seed, series, k, j)

MASK64 = (1 << 64) - 1


def mix64(x):
    x = (x + 0x9E3779B97F4A7C15) & MASK64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & MASK64
    return x ^ (x >> 31)


class Noise:
    """Uniform and approximately normal variates that depend only on (seed, stream, k, j)."""

    def __init__(self, seed, stream):
        self.base = mix64(seed * 0x100000001 ^ zlib.crc32(stream.encode("utf-8")))

    def uniform(self, k, j=0):
        return (mix64(self.base ^ (k << 8 | j)) >> 11) * (1.0 / (1 << 53))

    def gauss(self, k, j=0):
        # Irwin-Hall with four uniforms: mean 2, variance 1/3; rescaled to N(0, 1) roughly.
        s = sum(self.uniform(k, 0x80 | ((j << 2 | i) & 0x7F)) for i in range(4))
        return (s - 2.0) * 1.7320508075688772


def draw(x, u):
    """An integer with expectation x: floor(x + u) for u uniform in [0, 1)."""
    return math.floor(x + u)


def lognorm_cdf(x, median, sigma):
    return 0.5 * (1.0 + math.erf(math.log(x / median) / (sigma * math.sqrt(2.0))))


def in_interval(day, interval):
    return interval[0] <= day < interval[1]


def diurnal(day, peak_hour, amplitude):
    hour = (day % 1.0) * 24.0
    return 1.0 + amplitude * math.cos(2.0 * math.pi * (hour - peak_hour) / 24.0)


def weekend(day):
    # START is a Wednesday: days 3 and 4 (mod 7) are Saturday and Sunday.
    return int(day) % 7 in (3, 4)


# ---------------------------------------------------------------------------------------
# Series containers: per step increments, turned into cumulative counters at the end


class Counter:
    def __init__(self):
        self.inc = [0] * (N + 1)   # inc[k]: events in (k-1, k]; inc[0] = 0

    def cumulative(self):
        out, acc = [0] * (N + 1), 0
        for k in range(1, N + 1):
            acc += self.inc[k]
            out[k] = acc
        return out


class Histogram:
    """Cumulative `le` bucket counts per step; `sum` kept as an integer in milli-units."""

    def __init__(self, les):
        self.les = les
        self.buckets = [Counter() for _ in les]
        self.count = Counter()
        self.sum_milli = Counter()

    def observe(self, k, n, cdf, mean, u):
        for b, p in zip(self.buckets, cdf):
            b.inc[k] = draw(n * p, u)   # same u for every bucket: monotonic in le
        self.count.inc[k] = n
        self.sum_milli.inc[k] = round(n * mean * 1000.0)


class Service:
    def __init__(self, name):
        self.name = name
        self.codes = {c: Counter() for c in CODES}
        self.latency = Histogram(LAT_LE)


# ---------------------------------------------------------------------------------------
# The three services


def requests(svc, noise, k, n, err, share500, share4xx):
    """Splits n requests of step k into codes; returns the number of 200s."""
    n4 = draw(n * share4xx, noise.uniform(k, 1))
    n5 = draw(n * err, noise.uniform(k, 2))
    n500 = draw(n5 * share500, noise.uniform(k, 3))
    svc.codes["400"].inc[k] = n4
    svc.codes["500"].inc[k] = n500
    svc.codes["503"].inc[k] = n5 - n500
    ok = n - n4 - n5
    svc.codes["200"].inc[k] = ok
    return ok


def latency(svc, noise, k, n, median, sigma):
    cdf = [lognorm_cdf(le, median, sigma) for le in LAT_LE]
    svc.latency.observe(k, n, cdf, median * math.exp(sigma * sigma / 2.0), noise.uniform(k, 4))


def fraud_precision(day):
    if day < DRIFT_START:
        return 0.96
    return 0.96 - 0.08 * (day - DRIFT_START) / (DAYS - DRIFT_START)


def amount_median(day, wobble):
    drift = 0.55 * max(0.0, day - DRIFT_START) / (DAYS - DRIFT_START)
    return 60.0 * math.exp(drift) * (1.0 + 0.01 * wobble)


def generate_fraud(seed):
    svc = Service("fraud-detection")
    pred = {o: Counter() for o in ("tp", "fp", "fn", "tn")}
    amount = Histogram(AMOUNT_LE)
    noise = Noise(seed, "fraud-detection")
    day_noise = Noise(seed, "fraud-detection/day")
    for k in range(1, N + 1):
        day = (k - 0.5) / SPD
        shape = diurnal(day, 14.0, 0.45) * (0.8 if weekend(day) else 1.0)
        n = draw(60.0 * STEP * shape * (1.0 + 0.03 * noise.gauss(k)), noise.uniform(k))
        if in_interval(day, FAST_BURN):      # bad deploy: 500s, slow responses
            err, s500, med, sig = 0.025, 0.8, 0.32, 0.6
        elif in_interval(day, SLOW_BURN):    # degraded feature store: 503s
            err, s500, med, sig = 0.001, 0.2, 0.072, 0.5
        else:
            err, s500, med, sig = 0.00025, 0.5, 0.060 + 0.008 * (shape - 0.55), 0.5
        ok = requests(svc, noise, k, n, err, s500, 0.008)
        latency(svc, noise, k, n, med, sig)
        # Every answered request scores one transaction. Prevalence 2 %, recall 90 %.
        prec = fraud_precision(day)
        tp_x = ok * 0.018
        tp = draw(tp_x, noise.uniform(k, 5))
        fp = draw(tp_x * (1.0 - prec) / prec, noise.uniform(k, 6))
        fn = draw(ok * 0.002, noise.uniform(k, 7))
        pred["tp"].inc[k], pred["fp"].inc[k], pred["fn"].inc[k] = tp, fp, fn
        pred["tn"].inc[k] = ok - tp - fp - fn
        med_amount = amount_median(day, day_noise.gauss(int(day)))
        sigma = 1.0
        cdf = [lognorm_cdf(le, med_amount, sigma) for le in AMOUNT_LE]
        amount.observe(k, ok, cdf, med_amount * math.exp(sigma * sigma / 2.0), noise.uniform(k, 8))
    return svc, pred, amount


def generate_recommendation(seed):
    svc = Service("recommendation")
    pred = {o: Counter() for o in ("tp", "fp")}
    noise = Noise(seed, "recommendation")
    day_noise = Noise(seed, "recommendation/day")
    for k in range(1, N + 1):
        day = (k - 0.5) / SPD
        shape = diurnal(day, 20.0, 0.6) * (1.15 if weekend(day) else 1.0)
        n = draw(120.0 * STEP * shape * (1.0 + 0.04 * noise.gauss(k)), noise.uniform(k))
        if in_interval(day, RECS_INCIDENT):
            err, s500, med = 0.02, 0.3, 0.14
        else:
            err, s500, med = 0.00067, 0.6, 0.095
        ok = requests(svc, noise, k, n, err, s500, 0.012)
        latency(svc, noise, k, n, med, 0.5)
        # Relevance of the top-10 list, judged on a 2 % sample of answered requests.
        judged = draw(ok * 0.02 * 10, noise.uniform(k, 5))
        prec = 0.946 + 0.004 * day_noise.gauss(int(day))
        tp = draw(judged * prec, noise.uniform(k, 6))
        pred["tp"].inc[k], pred["fp"].inc[k] = tp, judged - tp
    return svc, pred


def generate_analytics(seed):
    svc = Service("analytics")
    pred = {o: Counter() for o in ("tp", "fp", "fn", "tn")}
    noise = Noise(seed, "analytics")
    for k in range(1, N + 1):
        day = (k - 0.5) / SPD
        hour = (day % 1.0) * 24.0
        office = 8.0 <= hour < 18.0 and not weekend(day)
        shape = (1.0 + 0.3 * math.sin(math.pi * (hour - 8.0) / 10.0)) if office else 0.12
        n = draw(8.0 * STEP * shape * (1.0 + 0.05 * noise.gauss(k)), noise.uniform(k))
        ok = requests(svc, noise, k, n, 0.0018, 0.5, 0.02)
        latency(svc, noise, k, n, 0.33 if office else 0.25, 0.6)
        # Churn model, labelled later by the CRM: prevalence 10 %, recall 93 %, precision 72 %.
        tp = draw(ok * 0.093, noise.uniform(k, 5))
        fn = draw(ok * 0.007, noise.uniform(k, 6))
        fp = draw(ok * 0.093 * 0.28 / 0.72, noise.uniform(k, 7))
        pred["tp"].inc[k], pred["fp"].inc[k], pred["fn"].inc[k] = tp, fp, fn
        pred["tn"].inc[k] = ok - tp - fp - fn
    return svc, pred


# ---------------------------------------------------------------------------------------
# OpenMetrics output


def fmt_le(le):
    return repr(float(le))


def fmt_milli(v):
    return f"{v // 1000}.{v % 1000:03d}"


def write_openmetrics(out, services, predictions, amount):
    ts = [START + k * STEP for k in range(N + 1)]
    w = out.write

    def counter_series(name, labels, counter):
        values = counter.cumulative()
        w("".join(f"{name}{{{labels}}} {v} {t}\n" for v, t in zip(values, ts)))

    def histogram_series(name, labels, hist):
        buckets = [b.cumulative() for b in hist.buckets]
        count = hist.count.cumulative()
        total = hist.sum_milli.cumulative()
        les = [fmt_le(le) for le in hist.les]
        lines = []
        for k, t in enumerate(ts):   # one MetricPoint per timestamp: buckets, _sum, _count
            for le, b in zip(les, buckets):
                lines.append(f'{name}_bucket{{{labels},le="{le}"}} {b[k]} {t}\n')
            lines.append(f'{name}_bucket{{{labels},le="+Inf"}} {count[k]} {t}\n')
            lines.append(f"{name}_sum{{{labels}}} {fmt_milli(total[k])} {t}\n")
            lines.append(f"{name}_count{{{labels}}} {count[k]} {t}\n")
        w("".join(lines))

    w("# HELP http_requests Requests answered, by service and status code.\n")
    w("# TYPE http_requests counter\n")
    for svc in services:
        for code in CODES:
            counter_series("http_requests_total", f'service="{svc.name}",code="{code}"', svc.codes[code])
    w("# HELP http_request_duration_seconds Request latency, by service.\n")
    w("# TYPE http_request_duration_seconds histogram\n")
    for svc in services:
        histogram_series("http_request_duration_seconds", f'service="{svc.name}"', svc.latency)
    w("# HELP model_predictions Labelled predictions, by model and confusion-matrix cell.\n")
    w("# TYPE model_predictions counter\n")
    for model, pred in predictions:
        for outcome, counter in pred.items():
            counter_series("model_predictions_total", f'model="{model}",outcome="{outcome}"', counter)
    w("# HELP model_feature_value Distribution of a model input feature (drift).\n")
    w("# TYPE model_feature_value histogram\n")
    histogram_series("model_feature_value", 'model="fraud-v3",feature="amount"', amount)
    w("# EOF\n")


# ---------------------------------------------------------------------------------------
# Truth: figures computed from the integer counts


def rfc3339(t):
    return datetime.fromtimestamp(t, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def when(k):
    """A step index as generator time, day offset and hour."""
    t = START + k * STEP
    day, rest = divmod(k * STEP, 86400)
    return {"k": k, "time": rfc3339(t), "day": day, "clock": f"{rest // 3600:02d}:{rest % 3600 // 60:02d}"}


def inc(cum, a, b):
    return cum[b] - cum[a]


def budget(sli, target):
    consumed = (1.0 - sli) / (1.0 - target)
    remaining = 1.0 - consumed
    status = "breached" if remaining < 0 else "at_risk" if remaining < AT_RISK else "met"
    return {"target": target, "sli": sli, "errorBudget": {"consumed": consumed, "remaining": remaining},
            "status": status}


def slice_budget(good, total, target):
    sli = good / total
    consumed = ((total - good) / total) / (1.0 - target)
    remaining = 1.0 - consumed
    status = "breached" if remaining < 0 else "at_risk" if remaining < AT_RISK else "met"
    return {"target": target, "sli": sli, "errorBudget": {"consumed": consumed, "remaining": remaining},
            "status": status, "slices": {"good": good, "total": total}}


def burn_rates(bad, total, target, k):
    out = {}
    for label, seconds in BURN_WINDOWS:
        a = k - seconds // STEP
        t = inc(total, a, k)
        out[label] = (inc(bad, a, k) / t) / (1.0 - target) if t else None
    return out


def histogram_quantile(q, les, counts, total):
    """Prometheus histogram_quantile over de-cumulated counts (le ascending, +Inf last)."""
    if total == 0:
        return None
    rank = q * total
    prev_le, prev_cum = 0.0, 0
    for le, cum in zip(les, counts):
        if cum >= rank:
            return prev_le + (le - prev_le) * (rank - prev_cum) / (cum - prev_cum)
        prev_le, prev_cum = le, cum
    return les[-1]   # rank in the +Inf bucket: the highest finite bound


def distribution(hist_cums, count_cum, a, b):
    """Shares per bin (de-cumulated le buckets plus the +Inf bin) over (a, b]."""
    total = inc(count_cum, a, b)
    shares, prev = [], 0
    for cum in hist_cums:
        c = inc(cum, a, b)
        shares.append((c - prev) / total)
        prev = c
    shares.append((total - prev) / total)
    return shares


def psi(current, reference):
    """DESIGN.md section 4: PSI = sum (c - r) ln(c / r), empty bins floored at 1e-4."""
    score = 0.0
    for c, r in zip(current, reference):
        c, r = c if c > 0 else 1e-4, r if r > 0 else 1e-4
        score += (c - r) * math.log(c / r)
    return score


def ratio_objective(svc, target, k_end):
    total = [sum(v) for v in zip(*(svc.codes[c].cumulative() for c in CODES))]
    bad = [a + b for a, b in zip(svc.codes["500"].cumulative(), svc.codes["503"].cumulative())]
    t, b = inc(total, 0, k_end), inc(bad, 0, k_end)
    out = budget(1.0 - b / t, target)
    out.update({"good": t - b, "total": t, "burnRates": burn_rates(bad, total, target, k_end)})
    return out, bad, total


def latency_objective(svc, threshold, target, k_end):
    fast = svc.latency.buckets[LAT_LE.index(threshold)].cumulative()
    total = svc.latency.count.cumulative()
    slow = [tt - f for tt, f in zip(total, fast)]
    g, t = inc(fast, 0, k_end), inc(total, 0, k_end)
    out = budget(g / t, target)
    out.update({"threshold": threshold, "good": g, "total": t,
                "burnRates": burn_rates(slow, total, target, k_end)})
    return out


def classification_objective(pred, good_cell, bad_cell, target, k_end):
    good, bad = pred[good_cell].cumulative(), pred[bad_cell].cumulative()
    total = [g + b for g, b in zip(good, bad)]
    g, t = inc(good, 0, k_end), inc(total, 0, k_end)
    out = budget(g / t, target)
    out.update({good_cell: g, bad_cell: t - g, "burnRates": burn_rates(bad, total, target, k_end)})
    return out, good, total


def first_sustained(values, predicate, hold_steps, start=0):
    """First (pending, firing) step where predicate holds for hold_steps further steps."""
    run = None
    for k in range(start, len(values)):
        v = values[k]
        if v is not None and predicate(v):
            if run is None:
                run = k
            if k - run >= hold_steps:
                return run, k
        else:
            run = None
    return None


def compute_truth(fraud, recs, analytics):
    f_svc, f_pred, f_amount = fraud
    r_svc, r_pred = recs
    a_svc, a_pred = analytics
    k_end = N
    tg = TARGETS
    truth = {
        "generator": "resources/demo/generate-demo.py",
        "seed": SEED,
        "start": START, "startTime": rfc3339(START),
        "end": START + N * STEP, "endTime": rfc3339(START + N * STEP),
        "step": STEP, "samplesPerSeries": N + 1,
        "window": "30d ending at the last sample (the whole file)",
        "driftReference": {"from": rfc3339(START), "to": rfc3339(START + REF_DAYS * 86400)},
        "incidents": {
            "fraudFastBurn": {"from": when(round(FAST_BURN[0] * SPD)), "to": when(round(FAST_BURN[1] * SPD))},
            "fraudSlowBurn": {"from": when(round(SLOW_BURN[0] * SPD)), "to": when(round(SLOW_BURN[1] * SPD))},
            "fraudDriftStart": when(round(DRIFT_START * SPD)),
            "recommendationIncident": {"from": when(round(RECS_INCIDENT[0] * SPD)),
                                       "to": when(round(RECS_INCIDENT[1] * SPD))},
        },
    }

    # --- fraud-detection-api
    f = {}
    f["availability"], f_bad, f_total = ratio_objective(f_svc, tg["fraud-detection-api"]["availability"], k_end)
    f["latency"] = latency_objective(f_svc, 0.2, tg["fraud-detection-api"]["latency"], k_end)
    # p95 per 1h slice, good when at or under 200 ms
    lat_cums = [b.cumulative() for b in f_svc.latency.buckets]
    lat_count = f_svc.latency.count.cumulative()
    per_hour = 3600 // STEP
    good_slices, bad_hours = 0, []
    for s in range(N // per_hour):
        a, b = s * per_hour, (s + 1) * per_hour
        p95 = histogram_quantile(0.95, LAT_LE, [inc(c, a, b) for c in lat_cums], inc(lat_count, a, b))
        if p95 is not None and p95 <= 0.2:
            good_slices += 1
        else:
            bad_hours.append({"from": when(a), "p95": p95})
    f["latency-p95"] = slice_budget(good_slices, N // per_hour, tg["fraud-detection-api"]["latency-p95"])
    f["latency-p95"].update({"percentile": 0.95, "threshold": 0.2, "timeslice": "1h", "badSlices": bad_hours})
    f["precision"], tp_cum, tpfp_cum = classification_objective(
        f_pred, "tp", "fp", tg["fraud-detection-api"]["precision"], k_end)
    # daily PSI against the reference (the first 14 days)
    a_cums = [b.cumulative() for b in f_amount.buckets]
    a_count = f_amount.count.cumulative()
    reference = distribution(a_cums, a_count, 0, REF_DAYS * SPD)
    daily_psi = [psi(distribution(a_cums, a_count, d * SPD, (d + 1) * SPD), reference) for d in range(DAYS)]
    good_days = sum(1 for v in daily_psi if v <= 0.1)
    f["amount-drift"] = slice_budget(good_days, DAYS, tg["fraud-detection-api"]["amount-drift"])
    f["amount-drift"].update({"method": "psi", "threshold": 0.1, "timeslice": "1d", "latest": daily_psi[-1]})
    truth["fraud-detection-api"] = f

    # --- recommendation-api
    r = {}
    r["availability"], _, _ = ratio_objective(r_svc, tg["recommendation-api"]["availability"], k_end)
    r["latency"] = latency_objective(r_svc, 0.3, tg["recommendation-api"]["latency"], k_end)
    r["relevance"], _, _ = classification_objective(r_pred, "tp", "fp", tg["recommendation-api"]["relevance"], k_end)
    truth["recommendation-api"] = r

    # --- analytics-model
    m = {}
    m["availability"], _, _ = ratio_objective(a_svc, tg["analytics-model"]["availability"], k_end)
    m["latency"] = latency_objective(a_svc, 1.0, tg["analytics-model"]["latency"], k_end)
    m["recall"], _, _ = classification_objective(a_pred, "tp", "fn", tg["analytics-model"]["recall"], k_end)
    truth["analytics-model"] = m

    # --- story figures
    def precision_between(a, b):
        return inc(tp_cum, a, b) / inc(tpfp_cum, a, b)

    avail_target = tg["fraud-detection-api"]["availability"]
    fb_end = round(FAST_BURN[1] * SPD)
    burn_1h = [None] * (N + 1)
    burn_5m = [None] * (N + 1)
    for k in range(per_hour, N + 1):
        burn_1h[k] = (inc(f_bad, k - per_hour, k) / inc(f_total, k - per_hour, k)) / (1.0 - avail_target)
        burn_5m[k] = (inc(f_bad, k - 1, k) / inc(f_total, k - 1, k)) / (1.0 - avail_target)
    page = next(k for k in range(N + 1) if burn_1h[k] is not None and burn_1h[k] >= 14.4 and burn_5m[k] >= 14.4)
    prec_1h = [None] * (N + 1)
    for k in range(per_hour, N + 1):
        prec_1h[k] = precision_between(k - per_hour, k)
    pending, firing = first_sustained(prec_1h, lambda v: v < 0.93, per_hour)
    first_below = next(k for k in range(N + 1) if prec_1h[k] is not None and prec_1h[k] < 0.93)
    sb_end = round(SLOW_BURN[1] * SPD)
    truth["story"] = {
        "fraudPrecisionFirst14d": precision_between(0, REF_DAYS * SPD),
        "fraudPrecisionFirst16d": precision_between(0, int(DRIFT_START * SPD)),
        "fraudPrecisionLastDay": precision_between(N - SPD, N),
        "fraudPrecisionDaily": [precision_between(d * SPD, (d + 1) * SPD) for d in range(DAYS)],
        "fraudPsiDaily": daily_psi,
        "fraudPsiLastDay": daily_psi[-1],
        "fraudPsiMaxReferenceDays": max(daily_psi[:REF_DAYS]),
        "fraudPsiFirstDayAbove0_1": next(d for d, v in enumerate(daily_psi) if v > 0.1),
        "fraudAmountP50ReferenceAndLastDay": [
            histogram_quantile(0.5, AMOUNT_LE, [inc(c, 0, REF_DAYS * SPD) for c in a_cums],
                               inc(a_count, 0, REF_DAYS * SPD)),
            histogram_quantile(0.5, AMOUNT_LE, [inc(c, N - SPD, N) for c in a_cums], inc(a_count, N - SPD, N)),
        ],
        "fastBurn": {
            "at": when(fb_end),
            "burnRates": burn_rates(f_bad, f_total, avail_target, fb_end),
            "burnRate1h": burn_1h[fb_end],
            "budgetConsumed": (inc(f_bad, round(FAST_BURN[0] * SPD), fb_end) / inc(f_total, 0, N))
            / (1.0 - avail_target),
            "pageFiresAt": when(page),
        },
        "slowBurn": {
            "at": when(sb_end),
            "burnRates": burn_rates(f_bad, f_total, avail_target, sb_end),
            "budgetConsumed": (inc(f_bad, round(SLOW_BURN[0] * SPD), sb_end) / inc(f_total, 0, N))
            / (1.0 - avail_target),
        },
        "precisionDropAlert": {"rule": "precision below 0.93 over 1h for 1h, evaluated every 5m",
                               "firstBelow": when(first_below), "pendingSince": when(pending),
                               "firesAt": when(firing)},
    }
    return truth


# ---------------------------------------------------------------------------------------


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-o", "--out", default=os.path.join(here, "workspace", "data", "demo.om.gz"),
                    help="output file; gzip-compressed unless it does not end in .gz")
    ap.add_argument("--truth", default=os.path.join(here, "demo-truth.json"),
                    help="expected figures (JSON); '' to skip")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)

    fraud = generate_fraud(args.seed)
    recs = generate_recommendation(args.seed)
    analytics = generate_analytics(args.seed)
    services = [fraud[0], recs[0], analytics[0]]
    predictions = [("fraud-v3", fraud[1]), ("recs-v12", recs[1]), ("churn-v2", analytics[1])]

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "wb") as raw:
        if args.out.endswith(".gz"):
            # No file name and mtime 0 in the gzip header: byte-stable output.
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
                text = _TextSink(gz)
                write_openmetrics(text, services, predictions, fraud[2])
        else:
            write_openmetrics(_TextSink(raw), services, predictions, fraud[2])

    if args.truth:
        truth = compute_truth(fraud, recs, analytics)
        if args.seed != SEED:
            truth["seed"] = args.seed
        with open(args.truth, "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=1)
            f.write("\n")
    return 0


class _TextSink:
    """Encodes text written to a binary stream as UTF-8."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        self.stream.write(text.encode("utf-8"))


if __name__ == "__main__":
    sys.exit(main())
