#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Deterministic OpenMetrics test data for SLA Desk's recorded metric source.

Standard library only. Every value is computed in integers from (seed, step, k) where k is
the step index (sample k is at START + k*STEP, k = 0..N with N = days*86400/step, both ends
included); --start only moves timestamps. Randomness is an integer hash of (seed, stream,
k), never a sequential RNG, so any single sample can be recomputed on its own and runs are
byte-identical on every platform and Python version.

Families (S = --scale services, default 2: "checkout", "search"; more: "svc-000"...):
  http_requests_total{service,code}          counters, code 200|404|500|503
      ~500 req/min per service with a daily shape; 0.05 % 5xx baseline; service 0 has an
      incident at minutes 600-659 (10:00-11:00 on day 0, 4 % 5xx) and every service a slow
      burn on day 3 (0.3 % 5xx).
      COUNTER RESET: http_requests_total{service=<service 1, or 0 if S=1>,code="200"} restarts
      from 0 at step index RESET_K=400 (a process restart just before that sample): the
      exposed value at k >= 400 is the count since the restart. Prometheus' increase()
      treats the drop as a reset; truth increases are the true event counts.
  http_request_duration_seconds{service}     histogram, le 0.025..2.5,+Inf; slower
      distribution during the incident.
  model_predictions_total{model,outcome}     tp|fp|fn|tn of "fraud-v3"; prevalence 3 %,
      recall 92 %, precision 95 % until minute 1440, then down to 85 % over 7 days.
  model_feature_value{model,feature}         histogram of "amount" (le 10..1000,+Inf); the
      distribution drifts from REF to DRIFTED over 7 days starting at minute 1440.

Layout: OpenMetrics; families contiguous with # TYPE/# HELP (and # UNIT); counter series one
after another, each in time order; histograms one metric after another, each timestamp a
group of _bucket lines (+Inf last), then _count and _sum; ends with "# EOF". "-o X.gz"
writes gzip (mtime 0, so also byte-identical).

--truth FILE writes JSON computed here from the integer counts: series counts, samples per
series, the reset, and exact increases over windows ending at the last sample
(5m, 1h, 6h, 1d, 7d and the whole range, when they fit and are multiples of the step).
Keys are canonical series texts with labels sorted by name, e.g.
http_requests_total{code="200",service="checkout"}.
"""
import argparse
import gzip
import json
import sys

MASK = (1 << 64) - 1
RESET_K = 400
CODES = ("200", "404", "500", "503")
HOURLY = (520, 460, 420, 400, 420, 500, 650, 820, 960, 1060, 1120, 1150,
          1160, 1150, 1130, 1110, 1090, 1080, 1060, 1020, 940, 820, 700, 600)  # per mille
LAT_LE = ("0.025", "0.05", "0.1", "0.25", "0.5", "1.0", "2.5")
LAT_CUM_OK = (120, 450, 800, 950, 985, 995, 999)    # cumulative per mille
LAT_CUM_BAD = (20, 100, 300, 600, 850, 950, 990)
LAT_MID_MS = (15, 35, 75, 170, 370, 750, 1700, 4000)  # per bucket, +Inf last
FEAT_LE = ("10", "25", "50", "100", "250", "500", "1000")
FEAT_REF = (80, 250, 480, 720, 910, 970, 992)
FEAT_DRIFTED = (30, 110, 260, 500, 780, 900, 965)
FEAT_MID = (5, 17, 37, 75, 175, 375, 750, 2000)
OUTCOMES = ("tp", "fp", "fn", "tn")
WINDOWS = (("5m", 300), ("1h", 3600), ("6h", 21600), ("1d", 86400), ("7d", 604800))


def mix(*parts):
    """64-bit integer hash (splitmix64 finaliser folded over the parts)."""
    h = 0x2545F4914F6CDD1D
    for p in parts:
        h = ((h ^ (p & MASK)) * 0xBF58476D1CE4E5B9) & MASK
        h ^= h >> 31
        h = (h * 0x94D049BB133111EB) & MASK
        h ^= h >> 29
    return h


def series_key(name, labels):
    """Canonical text: labels sorted by name."""
    return name + "{" + ",".join(f'{k}="{v}"' for k, v in sorted(labels)) + "}"


def written(name, labels):
    return name + "{" + ",".join(f'{k}="{v}"' for k, v in labels) + "}"


def fmt_millis(ms):
    return f"{ms // 1000}.{ms % 1000:03d}"


class Generator:
    def __init__(self, a):
        self.a = a
        self.n = a.days * 86400 // a.step
        if a.days * 86400 % a.step:
            sys.exit("genmetrics: --step must divide a day")
        self.ts = [a.start + k * a.step for k in range(self.n + 1)]
        s = a.scale
        self.services = ["checkout", "search"][:s] if s <= 2 else [f"svc-{i:03d}" for i in range(s)]
        self.reset_service = 1 if s >= 2 else 0
        self.counters = {}  # canonical key -> list of true cumulative counts (no reset)

    def minute(self, k):
        return k * self.a.step // 60

    def error_pcm(self, svc, k):
        """5xx share in units of 1/100000."""
        m = self.minute(k)
        if svc == 0 and 600 <= m < 660:
            return 4000
        if 3 * 1440 <= m < 4 * 1440:
            return 300
        return 50

    def drift_pm(self, k):
        m = self.minute(k)
        return 0 if m < 1440 else min(1000, (m - 1440) * 1000 // (7 * 1440))

    # -- families -------------------------------------------------------------------------

    def http(self):
        a = self.a
        seed = a.seed
        per_service = []
        for si, _ in enumerate(self.services):
            base = 400 + mix(seed, 1, si) % 201                  # req/min
            cum = {c: [0] for c in CODES}
            lat = [[0] for _ in LAT_LE]
            lat_count = [0]
            lat_sum = [0]
            for k in range(1, self.n + 1):
                hour = self.minute(k) // 60 % 24
                req = base * a.step * HOURLY[hour] * (950 + mix(seed, 2, si, k) % 101) // (60 * 1000 * 1000)
                e_pcm = self.error_pcm(si, k)
                errors = (req * e_pcm + mix(seed, 3, si, k) % 100000) // 100000
                c503 = errors * 3 // 10
                c404 = (req * 8 + mix(seed, 4, si, k) % 1000) // 1000
                incs = {"200": req - c404 - errors, "404": c404, "500": errors - c503, "503": c503}
                for c in CODES:
                    cum[c].append(cum[c][-1] + incs[c])
                table = LAT_CUM_BAD if e_pcm >= 4000 else LAT_CUM_OK
                d = mix(seed, 5, si, k) % 1000
                prev = 0
                total_ms = 0
                for i, share in enumerate(table):
                    c = (req * share + d) // 1000
                    lat[i].append(lat[i][-1] + c)
                    total_ms += (c - prev) * LAT_MID_MS[i]
                    prev = c
                total_ms += (req - prev) * LAT_MID_MS[-1]
                lat_count.append(lat_count[-1] + req)
                lat_sum.append(lat_sum[-1] + total_ms)
            per_service.append((cum, lat, lat_count, lat_sum))
        return per_service

    def predictions(self):
        a = self.a
        seed = a.seed
        pred = {o: [0] for o in OUTCOMES}
        feat = [[0] for _ in FEAT_LE]
        feat_count = [0]
        feat_sum = [0]
        for k in range(1, self.n + 1):
            scored = 300 * a.step * (900 + mix(seed, 10, k) % 201) // (60 * 1000)
            pos = (scored * 30 + mix(seed, 11, k) % 1000) // 1000
            tp = (pos * 920 + mix(seed, 12, k) % 1000) // 1000
            fn = pos - tp
            w = self.drift_pm(k)
            precision_pm = 950 - 100 * w // 1000
            fp = (tp * (1000 - precision_pm) + mix(seed, 13, k) % precision_pm) // precision_pm
            tn = scored - tp - fp - fn
            for o, v in zip(OUTCOMES, (tp, fp, fn, tn)):
                pred[o].append(pred[o][-1] + v)
            d = mix(seed, 14, k) % 1000
            prev = 0
            total = 0
            for i, (r, q) in enumerate(zip(FEAT_REF, FEAT_DRIFTED)):
                c = (scored * ((r * (1000 - w) + q * w) // 1000) + d) // 1000
                feat[i].append(feat[i][-1] + c)
                total += (c - prev) * FEAT_MID[i]
                prev = c
            total += (scored - prev) * FEAT_MID[-1]
            feat_count.append(feat_count[-1] + scored)
            feat_sum.append(feat_sum[-1] + total)
        return pred, feat, feat_count, feat_sum

    # -- output ---------------------------------------------------------------------------

    def write(self, out):
        w = out.write
        ts = self.ts
        http = self.http()
        w("# TYPE http_requests counter\n# HELP http_requests Requests handled, by status code.\n")
        for si, svc in enumerate(self.services):
            cum = http[si][0]
            for c in CODES:
                labels = (("service", svc), ("code", c))
                true = cum[c]
                self.counters[series_key("http_requests_total", labels)] = true
                shown = true
                if si == self.reset_service and c == "200" and RESET_K <= self.n:
                    base = true[RESET_K - 1]
                    shown = true[:RESET_K] + [v - base for v in true[RESET_K:]]
                head = written("http_requests_total", labels) + " "
                w("".join(f"{head}{v} {t}\n" for v, t in zip(shown, ts)))

        w("# TYPE http_request_duration_seconds histogram\n# UNIT http_request_duration_seconds seconds\n"
          "# HELP http_request_duration_seconds Request latency.\n")
        for si, svc in enumerate(self.services):
            _, lat, lat_count, lat_sum = http[si]
            svc_l = (("service", svc),)
            self.histogram(w, "http_request_duration_seconds", svc_l, LAT_LE, lat, lat_count,
                           [fmt_millis(v) for v in lat_sum])

        pred, feat, feat_count, feat_sum = self.predictions()
        w("# TYPE model_predictions counter\n# HELP model_predictions Labelled predictions by confusion-matrix cell.\n")
        for o in OUTCOMES:
            labels = (("model", "fraud-v3"), ("outcome", o))
            self.counters[series_key("model_predictions_total", labels)] = pred[o]
            head = written("model_predictions_total", labels) + " "
            w("".join(f"{head}{v} {t}\n" for v, t in zip(pred[o], ts)))
        w("# TYPE model_feature_value histogram\n# HELP model_feature_value Input feature distribution (drift).\n")
        self.histogram(w, "model_feature_value", (("model", "fraud-v3"), ("feature", "amount")), FEAT_LE, feat,
                       feat_count, [str(v) for v in feat_sum])
        w("# EOF\n")

    def histogram(self, w, name, labels, les, buckets, counts, sums_text):
        heads = []
        for le, b in zip(les, buckets):
            heads.append((written(name + "_bucket", labels + (("le", le),)) + " ", b))
            self.counters[series_key(name + "_bucket", labels + (("le", le),))] = b
        inf = labels + (("le", "+Inf"),)
        heads.append((written(name + "_bucket", inf) + " ", counts))
        self.counters[series_key(name + "_bucket", inf)] = counts
        self.counters[series_key(name + "_count", labels)] = counts
        count_head = written(name + "_count", labels) + " "
        sum_head = written(name + "_sum", labels) + " "
        lines = []
        for k, t in enumerate(self.ts):
            for head, vals in heads:
                lines.append(f"{head}{vals[k]} {t}\n")
            lines.append(f"{count_head}{counts[k]} {t}\n")
            lines.append(f"{sum_head}{sums_text[k]} {t}\n")
        w("".join(lines))

    def truth(self):
        a = self.a
        n = self.n
        s = len(self.services)
        names = {
            "http_requests_total": 4 * s,
            "http_request_duration_seconds_bucket": (len(LAT_LE) + 1) * s,
            "http_request_duration_seconds_count": s,
            "http_request_duration_seconds_sum": s,
            "model_predictions_total": 4,
            "model_feature_value_bucket": len(FEAT_LE) + 1,
            "model_feature_value_count": 1,
            "model_feature_value_sum": 1,
        }
        windows = {}
        for label, seconds in WINDOWS + (("all", a.days * 86400),):
            if seconds <= a.days * 86400 and seconds % a.step == 0:
                windows[label] = seconds
        increase = {}
        sums = {}
        for label, seconds in windows.items():
            k0 = n - seconds // a.step
            inc = {key: vals[n] - vals[k0] for key, vals in self.counters.items()}
            increase[label] = inc
            http = [(key, v) for key, v in inc.items() if key.startswith("http_requests_total{")]
            sums[label] = {
                "requests": sum(v for _, v in http),
                "requests_5xx": sum(v for key, v in http if 'code="5' in key),
                "predictions_tp": inc['model_predictions_total{model="fraud-v3",outcome="tp"}'],
                "predictions_fp": inc['model_predictions_total{model="fraud-v3",outcome="fp"}'],
            }
        reset = None
        if RESET_K <= n:
            key = series_key("http_requests_total", (("service", self.services[self.reset_service]), ("code", "200")))
            true = self.counters[key]
            reset = {"series": key, "index": RESET_K, "timestamp": self.ts[RESET_K],
                     "value_before": true[RESET_K - 1], "value_at": true[RESET_K] - true[RESET_K - 1]}
        return {
            "generator": "tests/tools/genmetrics.py", "seed": a.seed, "scale": a.scale,
            "start": a.start, "end": self.ts[-1], "step": a.step, "samples_per_series": n + 1,
            "series_per_name": names, "series_total": sum(names.values()),
            "reset": reset, "windows": windows, "increase": increase, "sum_increase": sums,
        }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--start", type=int, default=1735689600, help="first timestamp, Unix seconds (default 2025-01-01)")
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--step", type=int, default=60, help="seconds between samples (must divide a day)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--scale", type=int, default=2, help="number of services (default 2)")
    ap.add_argument("-o", "--output", default="-", help="output file, '-' for stdout; *.gz is compressed")
    ap.add_argument("--truth", help="write expected values (JSON) here")
    a = ap.parse_args()
    if a.days < 1 or a.step < 1 or a.scale < 1:
        ap.error("--days, --step and --scale must be positive")
    g = Generator(a)
    if a.output == "-":
        g.write(sys.stdout)
    elif a.output.endswith(".gz"):
        with open(a.output, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
            import io
            text = io.TextIOWrapper(gz, encoding="utf-8", newline="\n")
            g.write(text)
            text.flush()
            text.detach()
    else:
        with open(a.output, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as f:
            g.write(f)
    if a.truth:
        with open(a.truth, "w", encoding="utf-8") as f:
            json.dump(g.truth(), f, indent=1, sort_keys=True)
            f.write("\n")


if __name__ == "__main__":
    main()
