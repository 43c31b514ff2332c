#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Generates the recorded data and the expected figures of the model-serving example workspaces
(python3 standard library only).

Four examples, each a workspace under examples/<name>/ with its own recording
examples/<name>/data/<name>.om.gz, and the figures `slactl evaluate` must print for it in
examples/truth/<name>.json (outside the workspace: every file of a workspace is read):

  seldon-core      Seldon Core 1 executor metrics (seldon_api_executor_server_requests_seconds,
                   seldon_api_executor_client_requests_seconds), the feedback metrics server's
                   confusion counters (seldon_metric_true_positive_total, ...) and Seldon Core 2
                   agent metrics (seldon_model_infer_total, seldon_model_infer_api_seconds).
  kserve           KServe's Python model server histograms (request_predict_seconds, ...), the
                   Knative queue-proxy request counter of a serverless InferenceService
                   (revision_app_request_count) and MLServer's counters (its inference counters
                   model_infer_request_{success,failure}_total and its REST server's
                   rest_server_requests_total and rest_server_request_duration_seconds).
  evidently        Evidently drift results pushed to Prometheus by the recipe in the README
                   (evidently_drift_share, evidently_dataset_drift, evidently_column_drift_score).
  whylabs-arize    The bridge shape for WhyLabs and Arize monitor outputs
                   (ml_monitor_metric, ml_monitor_evaluations_total).

Seven days of samples at a 15-minute step (START + k * STEP, k = 0 .. N, both ends included).
Every value depends only on the seed, the series and k (a splitmix64 hash, not a sequential
random generator); every count is an integer, so counters and the truth are exact. Gauges are
written with at most four decimals and the truth reads the written text back. Gzip streams
carry mtime 0 and no file name: two runs give identical bytes.

The truth is computed here, independently of SLA Desk, from the per-step counts with the
documented semantics (README "Evaluation"): the window is the 7 days ending at the last sample,
counters by Prometheus 2.x `increase` on a grid-aligned window (a counter reset adds the value
after the reset), latency as the share of the `le` bucket equal to the threshold, timeslice
objectives by daily slices [a, b] that hold the samples at both ends (Prometheus 2.x range
selectors), burn rates over 30m .. 3d (5m holds a single sample of a 15-minute recording: null).
"""

import argparse
import gzip
import json
import math
import os
import sys
import zlib
from datetime import datetime, timezone

START = 1740787200          # 2025-03-01T00:00:00Z, a Saturday
STEP = 900                  # seconds between samples (a 15-minute scrape)
DAYS = 7
SPD = 86400 // STEP         # steps per day (96)
N = DAYS * SPD              # index of the last sample (672)
END = START + N * STEP      # 2025-03-08T00:00:00Z
SEED = 20250301

BURN_WINDOWS = (("5m", 300), ("30m", 1800), ("1h", 3600), ("2h", 7200), ("6h", 21600),
                ("1d", 86400), ("3d", 259200))
AT_RISK = 0.25              # every built-in tier's atRisk

# Bucket bounds as the exporters write them.
SELDON_LE = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0)  # DefBuckets
PYCLIENT_LE = SELDON_LE     # prometheus_client's default buckets (KServe's request_*_seconds)

EXAMPLES = ("seldon-core", "kserve", "evidently", "whylabs-arize")

# ---------------------------------------------------------------------------------------
# Deterministic noise

MASK64 = (1 << 64) - 1


def mix64(x):
    x = (x + 0x9E3779B97F4A7C15) & MASK64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & MASK64
    return x ^ (x >> 31)


class Noise:
    def __init__(self, seed, stream):
        self.base = mix64((seed << 20) ^ zlib.crc32(stream.encode("utf-8")))

    def u(self, k, j=0):
        """Uniform in [0, 1) for (stream, k, j)."""
        return (mix64(self.base ^ ((k << 12) | j)) >> 11) * (1.0 / (1 << 53))

    def g(self, k, j=0):
        """Roughly standard normal (Irwin-Hall of four uniforms)."""
        return (sum(self.u(k, 0x800 | (j << 3) | i) for i in range(4)) - 2.0) * 1.7320508075688772


def draw(x, u):
    """An integer with expectation x."""
    return math.floor(x + u)


def lognorm_cdf(x, median, sigma):
    return 0.5 * (1.0 + math.erf(math.log(x / median) / (sigma * math.sqrt(2.0))))


def day_of(k):
    """The step (k-1, k] as a fractional day since START (its midpoint)."""
    return (k - 0.5) / SPD


def hour_of(k):
    return (day_of(k) % 1.0) * 24.0


def diurnal(k, peak, amplitude):
    return 1.0 + amplitude * math.cos(2.0 * math.pi * (hour_of(k) - peak) / 24.0)


def weekend(k):
    return int(day_of(k)) % 7 in (0, 1)     # START is a Saturday


def between(k, day_from, day_to):
    return day_from <= day_of(k) < day_to


# ---------------------------------------------------------------------------------------
# Series


def labels_text(labels):
    return ",".join(f'{k}="{v}"' for k, v in labels)


class Counter:
    """Per-step increments; `resets` are steps at which the exporter restarted (the counter
    reads only that step's increment afterwards)."""

    def __init__(self, name, labels, offset=0):
        self.name, self.labels = name, labels
        self.inc = [0] * (N + 1)
        self.offset = offset          # value at k = 0 (the process ran before the recording)
        self.resets = set()

    def values(self):
        out, acc = [], self.offset
        for k in range(N + 1):
            acc = self.inc[k] if k in self.resets else acc + self.inc[k]
            out.append(acc)
        return out

    def increase(self, a, b):
        """Prometheus increase over a grid-aligned window holding samples a .. b."""
        return sum(self.inc[a + 1:b + 1])


class Histogram:
    def __init__(self, name, labels, les, offset=0):
        self.name, self.labels, self.les = name, labels, les
        self.buckets = [Counter(name + "_bucket", labels) for _ in les]
        self.count = Counter(name + "_count", labels)
        self.sum_micro = Counter(name + "_sum", labels)
        self.offset = offset

    def observe(self, k, n, median, sigma, u):
        """n observations of a log-normal latency at step k; one u for every bucket keeps the
        buckets monotonic in le."""
        for b, le in zip(self.buckets, self.les):
            b.inc[k] = draw(n * lognorm_cdf(le, median, sigma), u)
        self.count.inc[k] = n
        self.sum_micro.inc[k] = round(n * median * math.exp(sigma * sigma / 2.0) * 1e6)

    def reset(self, k):
        for c in self.buckets + [self.count, self.sum_micro]:
            c.resets.add(k)

    def bucket(self, le):
        return self.buckets[self.les.index(le)]


class Gauge:
    def __init__(self, name, labels):
        self.name, self.labels = name, labels
        self.values = [0.0] * (N + 1)

    def set(self, k, v):
        # Written with four decimals; the truth reads this rounding back.
        self.values[k] = float(f"{v:.4f}")


class Family:
    def __init__(self, name, kind, help_text):
        self.name, self.kind, self.help = name, kind, help_text
        self.series = []

    def add(self, s):
        self.series.append(s)
        return s


# ---------------------------------------------------------------------------------------
# OpenMetrics text


def fmt_le(le):
    return repr(float(le))


def fmt_gauge(v):
    text = f"{v:.4f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def fmt_micro(v):
    return f"{v // 1000000}.{v % 1000000:06d}"


def write_openmetrics(out, families):
    ts = [START + k * STEP for k in range(N + 1)]
    for fam in families:
        out.write(f"# HELP {fam.name} {fam.help}\n# TYPE {fam.name} {fam.kind}\n")
        for s in fam.series:
            lines = []
            if isinstance(s, Histogram):
                buckets = [b.values() for b in s.buckets]
                count, total = s.count.values(), s.sum_micro.values()
                lab = labels_text(s.labels)
                les = [fmt_le(le) for le in s.les]
                for k, t in enumerate(ts):
                    for le, b in zip(les, buckets):
                        lines.append(f'{s.name}_bucket{{{lab},le="{le}"}} {b[k]} {t}\n')
                    lines.append(f'{s.name}_bucket{{{lab},le="+Inf"}} {count[k]} {t}\n')
                    lines.append(f"{s.name}_sum{{{lab}}} {fmt_micro(total[k])} {t}\n")
                    lines.append(f"{s.name}_count{{{lab}}} {count[k]} {t}\n")
            elif isinstance(s, Counter):
                lab = labels_text(s.labels)
                lines = [f"{s.name}{{{lab}}} {v} {t}\n" for v, t in zip(s.values(), ts)]
            else:
                lab = labels_text(s.labels)
                lines = [f"{s.name}{{{lab}}} {fmt_gauge(v)} {t}\n" for v, t in zip(s.values, ts)]
            out.write("".join(lines))
    out.write("# EOF\n")


# ---------------------------------------------------------------------------------------
# Seldon Core


def generate_seldon(seed):
    nz = Noise(seed, "seldon-core")
    v1 = [("deployment_name", "income-classifier"), ("predictor_name", "default"),
          ("predictor_version", "3"), ("service", "predictions"), ("method", "post")]
    client = [("deployment_name", "income-classifier"), ("predictor_name", "default"),
              ("predictor_version", "3"), ("service", "/predict"), ("model_name", "classifier"),
              ("model_image", "registry.example.com/income-classifier"), ("model_version", "3.2.0"),
              ("method", "post"), ("code", "200")]
    server_fam = Family("seldon_api_executor_server_requests_seconds", "histogram",
                        "A histogram of latencies for executor server")
    s200 = server_fam.add(Histogram(server_fam.name, v1 + [("code", "200")], SELDON_LE))
    s500 = server_fam.add(Histogram(server_fam.name, v1 + [("code", "500")], SELDON_LE))
    client_fam = Family("seldon_api_executor_client_requests_seconds", "histogram",
                        "A histogram of latencies for client calls from executor")
    c200 = client_fam.add(Histogram(client_fam.name, client, SELDON_LE))
    cm = [("deployment_name", "income-classifier"), ("model_name", "income-metrics"),
          ("predictor_name", "default")]
    conf = {}
    conf_fams = []
    for cell, key in (("tp", "seldon_metric_true_positive"), ("fp", "seldon_metric_false_positive"),
                      ("fn", "seldon_metric_false_negative"), ("tn", "seldon_metric_true_negative")):
        fam = Family(key, "counter", "Feedback metrics server: binary confusion-matrix cell")
        conf[cell] = fam.add(Counter(key + "_total", cm))
        conf_fams.append(fam)

    v2 = [("server", "mlserver"), ("server_replica", "0"), ("model", "iris"), ("model_internal", "iris_1")]
    infer_fam = Family("seldon_model_infer", "counter", "A count of server inference calls")
    infer = {
        ("rest", "200"): infer_fam.add(Counter("seldon_model_infer_total", v2 + [("method_type", "rest"), ("code", "200")])),
        ("rest", "500"): infer_fam.add(Counter("seldon_model_infer_total", v2 + [("method_type", "rest"), ("code", "500")])),
        ("grpc", "OK"): infer_fam.add(Counter("seldon_model_infer_total", v2 + [("method_type", "grpc"), ("code", "OK")])),
        ("grpc", "Unavailable"): infer_fam.add(Counter("seldon_model_infer_total", v2 + [("method_type", "grpc"), ("code", "Unavailable")])),
    }
    api_fam = Family("seldon_model_infer_api_seconds", "histogram", "A histogram of latencies for inference server")
    api_rest = api_fam.add(Histogram(api_fam.name, [("server", "mlserver"), ("server_replica", "0"),
                                                     ("method", "post"), ("code", "200")], SELDON_LE))
    api_grpc = api_fam.add(Histogram(api_fam.name, [("server", "mlserver"), ("server_replica", "0"),
                                                     ("method", "grpc"), ("code", "OK")], SELDON_LE))

    # Seldon Core 2: the agent restarts on day 3 at 14:00 (every counter of the agent resets).
    restart = 3 * SPD + 14 * 4
    for s in infer.values():
        s.resets.add(restart)
    api_rest.reset(restart)
    api_grpc.reset(restart)

    incident = (4 + 10 / 24, 4 + 12 / 24)   # day 4, 10:00-12:00: a bad model image, 2.5 % 500s
    for k in range(1, N + 1):
        shape = diurnal(k, 13.0, 0.5) * (0.6 if weekend(k) else 1.0)
        n = draw(5200.0 * shape * (1.0 + 0.03 * nz.g(k, 1)), nz.u(k, 1))
        err, med = (0.025, 0.11) if between(k, *incident) else (0.0003, 0.058)
        bad = draw(n * err, nz.u(k, 2))
        s200.observe(k, n - bad, med, 0.6, nz.u(k, 3))
        s500.observe(k, bad, 0.02, 0.5, nz.u(k, 4))
        c200.observe(k, n - bad, med * 0.6, 0.55, nz.u(k, 5))
        # Feedback on 8 % of the answered requests: precision 93 %, falling to 90.5 % over the
        # last two days; recall about 88 %; positives about 24 %.
        judged = draw((n - bad) * 0.08, nz.u(k, 6))
        prec = 0.93 if day_of(k) < 5.0 else 0.93 - 0.025 * (day_of(k) - 5.0) / 2.0
        tp = draw(judged * 0.21, nz.u(k, 7))
        fp = draw(tp * (1.0 - prec) / prec, nz.u(k, 8))
        fn = draw(tp * 0.12 / 0.88, nz.u(k, 9))
        conf["tp"].inc[k], conf["fp"].inc[k], conf["fn"].inc[k] = tp, fp, fn
        conf["tn"].inc[k] = max(0, judged - tp - fp - fn)
        # Seldon Core 2: iris on MLServer, 60 % REST, 40 % gRPC.
        m = draw(2400.0 * shape * (1.0 + 0.04 * nz.g(k, 10)), nz.u(k, 10))
        m_rest = draw(m * 0.6, nz.u(k, 11))
        m_grpc = m - m_rest
        e_rest = draw(m_rest * 0.0003, nz.u(k, 12))
        e_grpc = draw(m_grpc * 0.0003, nz.u(k, 13))
        infer[("rest", "200")].inc[k], infer[("rest", "500")].inc[k] = m_rest - e_rest, e_rest
        infer[("grpc", "OK")].inc[k], infer[("grpc", "Unavailable")].inc[k] = m_grpc - e_grpc, e_grpc
        api_rest.observe(k, m_rest - e_rest, 0.012, 0.7, nz.u(k, 14))
        api_grpc.observe(k, m_grpc - e_grpc, 0.009, 0.7, nz.u(k, 15))
    return {"families": [server_fam, client_fam] + conf_fams + [infer_fam, api_fam],
            "v1": {"s200": s200, "s500": s500, "c200": c200, "conf": conf},
            "v2": {"infer": infer, "api": [api_rest, api_grpc]},
            "story": {"incident": incident, "agentRestart": restart}}


# ---------------------------------------------------------------------------------------
# KServe


def generate_kserve(seed):
    nz = Noise(seed, "kserve")
    qp = [("configuration_name", "sklearn-iris-predictor"), ("container_name", "queue-proxy"),
          ("namespace_name", "models"), ("pod_name", "sklearn-iris-predictor-00002-deployment-7c9f6d9b8-x2k4p")]
    qp_tail = [("revision_name", "sklearn-iris-predictor-00002"), ("service_name", "sklearn-iris-predictor")]
    qp_fam = Family("revision_app_request_count", "unknown",
                    "The number of requests that are routed to user-container (Knative queue-proxy)")
    codes = {}
    for code, cls in (("200", "2xx"), ("400", "4xx"), ("500", "5xx"), ("503", "5xx")):
        codes[code] = qp_fam.add(Counter("revision_app_request_count",
                                         qp + [("response_code", code), ("response_code_class", cls)] + qp_tail))
    pre_fam = Family("request_preprocess_seconds", "histogram", "pre-process request latency")
    predict_fam = Family("request_predict_seconds", "histogram", "predict request latency")
    post_fam = Family("request_postprocess_seconds", "histogram", "post-process request latency")
    pre = pre_fam.add(Histogram(pre_fam.name, [("model_name", "sklearn-iris")], PYCLIENT_LE))
    predict = predict_fam.add(Histogram(predict_fam.name, [("model_name", "sklearn-iris")], PYCLIENT_LE))
    post = post_fam.add(Histogram(post_fam.name, [("model_name", "sklearn-iris")], PYCLIENT_LE))
    ok_fam = Family("model_infer_request_success", "counter", "Model infer request success count")
    fail_fam = Family("model_infer_request_failure", "counter", "Model infer request failure count")
    ok = ok_fam.add(Counter("model_infer_request_success_total", [("model", "churn"), ("version", "v2")], 1_203_311))
    fail = fail_fam.add(Counter("model_infer_request_failure_total", [("model", "churn"), ("version", "v2")], 1_877))
    # MLServer's REST server (starlette_exporter, app_name "mlserver", prefix "rest_server").
    rest = [("app_name", "mlserver"), ("method", "POST"), ("path", "/v2/models/churn/infer")]
    rest_fam = Family("rest_server_requests", "counter", "Total HTTP requests")
    rest_codes = {code: rest_fam.add(Counter("rest_server_requests_total", rest + [("status_code", code)], off))
                  for code, off in (("200", 1_203_311), ("400", 2_406), ("500", 1_877))}
    dur_fam = Family("rest_server_request_duration_seconds", "histogram", "HTTP request duration, in seconds")
    dur_ok = dur_fam.add(Histogram(dur_fam.name, rest + [("status_code", "200")], PYCLIENT_LE))
    dur_err = dur_fam.add(Histogram(dur_fam.name, rest + [("status_code", "500")], PYCLIENT_LE))
    for k in range(1, N + 1):
        shape = diurnal(k, 11.0, 0.7) * (0.4 if weekend(k) else 1.0)
        n = draw(1500.0 * shape * (1.0 + 0.05 * nz.g(k, 1)), nz.u(k, 1))
        # Scale-from-zero cold starts: weekday mornings 08:00-08:30 answer 5 % 503s.
        cold = (not weekend(k)) and 8.0 <= hour_of(k) < 8.5
        n503 = draw(n * (0.05 if cold else 0.0001), nz.u(k, 2))
        n500 = draw(n * 0.0001, nz.u(k, 3))
        n400 = draw(n * 0.004, nz.u(k, 4))
        n200 = n - n503 - n500 - n400
        codes["200"].inc[k], codes["400"].inc[k] = n200, n400
        codes["500"].inc[k], codes["503"].inc[k] = n500, n503
        pre.observe(k, n200, 0.0008, 0.5, nz.u(k, 5))
        predict.observe(k, n200, 0.011 if cold else 0.008, 0.8, nz.u(k, 6))
        post.observe(k, n200, 0.0004, 0.5, nz.u(k, 7))
        # MLServer (kserve-mlserver runtime): churn model, 0.2 % failures.
        m = draw(300.0 * shape * (1.0 + 0.05 * nz.g(k, 8)), nz.u(k, 8))
        f = draw(m * 0.002, nz.u(k, 9))
        bad_input = draw(m * 0.002, nz.u(k, 10))          # 400: rejected before inference
        ok.inc[k], fail.inc[k] = m - f, f
        rest_codes["200"].inc[k], rest_codes["400"].inc[k], rest_codes["500"].inc[k] = m - f, bad_input, f
        # Batch scoring at 02:00-03:00 slows the worker: the median doubles.
        slow = 2.0 <= hour_of(k) < 3.0
        dur_ok.observe(k, m - f, 0.06 if slow else 0.03, 0.6, nz.u(k, 11))
        dur_err.observe(k, f, 0.02, 0.5, nz.u(k, 12))
    return {"families": [qp_fam, pre_fam, predict_fam, post_fam, ok_fam, fail_fam, rest_fam, dur_fam],
            "codes": codes, "predict": predict, "ok": ok, "fail": fail, "rest": rest_codes,
            "duration": [dur_ok, dur_err]}


# ---------------------------------------------------------------------------------------
# Evidently (the recipe's gauges)

EVIDENTLY_COLUMNS = ("age", "income", "loan_amount", "term", "interest_rate", "employment_length",
                     "home_ownership", "purpose", "dti", "open_accounts", "revolving_util", "region")


def evidently_report(seed, hour):
    """The drift result of the report run at hour `hour` (since START): per-column PSI."""
    nz = Noise(seed, "evidently/report")
    day = hour / 24.0
    scores = {}
    for j, col in enumerate(EVIDENTLY_COLUMNS):
        base = 0.015 + 0.03 * nz.u(hour, j)
        drift = 0.0
        if col in ("income", "loan_amount", "dti") and day >= 5.0:
            drift = 0.05 + 0.05 * (day - 5.0) * (1.0 + 0.3 * nz.g(hour, 0x40 | j))
        if col in ("interest_rate", "revolving_util", "purpose") and day >= 6.25:
            drift = 0.09 + 0.04 * nz.u(hour, 0x80 | j)
        scores[col] = round(base + max(0.0, drift), 4)
    return scores


def generate_evidently(seed):
    base = [("model", "loan-default"), ("dataset", "production")]
    share_fam = Family("evidently_drift_share", "gauge", "Share of drifted columns (DriftedColumnsCount share)")
    count_fam = Family("evidently_drifted_columns", "gauge", "Number of drifted columns (DriftedColumnsCount count)")
    flag_fam = Family("evidently_dataset_drift", "gauge", "1 when the share of drifted columns reaches drift_share (0.5)")
    score_fam = Family("evidently_column_drift_score", "gauge", "Per-column drift score (ValueDrift, method psi)")
    share = share_fam.add(Gauge(share_fam.name, base))
    count = count_fam.add(Gauge(count_fam.name, base))
    flag = flag_fam.add(Gauge(flag_fam.name, base))
    scores = {c: score_fam.add(Gauge(score_fam.name, base + [("column", c), ("method", "psi")]))
              for c in EVIDENTLY_COLUMNS}
    # The report runs every hour at hh:05 over the last hour's rows; the scrape at k reads the
    # last report at or before START + k * STEP. The report of hour -1 stands for k = 0.
    for k in range(N + 1):
        seconds = k * STEP
        hour = (seconds - 300) // 3600           # hh:05 report of that hour
        report = evidently_report(seed, hour)
        drifted = sum(1 for v in report.values() if v > 0.1)
        sh = drifted / len(EVIDENTLY_COLUMNS)
        share.set(k, sh)
        count.set(k, drifted)
        flag.set(k, 1.0 if sh >= 0.5 else 0.0)
        for c, v in report.items():
            scores[c].set(k, v)
    return {"families": [share_fam, count_fam, flag_fam, score_fam],
            "share": share, "flag": flag, "scores": scores}


# ---------------------------------------------------------------------------------------
# WhyLabs and Arize (the bridge's shape)


def generate_monitors(seed):
    nz = Noise(seed, "whylabs-arize")
    metric_fam = Family("ml_monitor_metric", "gauge", "Latest value a WhyLabs or Arize monitor analysed")
    eval_fam = Family("ml_monitor_evaluations", "counter", "Monitor evaluations by resulting status")
    monitors = {
        ("whylabs", "credit-risk"): ("income-drift", "missing-values", "profile-upload"),
        ("arize", "fraud-scores"): ("auc", "prediction-drift"),
    }
    evals = {}
    for (platform, model), names in monitors.items():
        for mon in names:
            for status in ("healthy", "triggered", "no_data"):
                evals[(platform, model, mon, status)] = eval_fam.add(Counter(
                    "ml_monitor_evaluations_total",
                    [("platform", platform), ("model", model), ("monitor", mon), ("status", status)]))
    hellinger = metric_fam.add(Gauge(metric_fam.name, [("platform", "whylabs"), ("model", "credit-risk"),
                                                       ("monitor", "income-drift"), ("column", "income"),
                                                       ("metric", "hellinger")]))
    auc = metric_fam.add(Gauge(metric_fam.name, [("platform", "arize"), ("model", "fraud-scores"),
                                                 ("monitor", "auc"), ("metric", "auc")]))
    psi = metric_fam.add(Gauge(metric_fam.name, [("platform", "arize"), ("model", "fraud-scores"),
                                                 ("monitor", "prediction-drift"), ("column", "prediction"),
                                                 ("metric", "psi")]))

    def hourly_values(hour):
        day = hour / 24.0
        h = 0.05 + 0.03 * nz.u(hour, 1) + (0.09 if 3.0 + 9 / 24 <= day < 3.0 + 17 / 24 else 0.0)
        a = 0.905 - 0.012 * nz.u(hour, 2) - (0.07 if day >= 6.0 + 2 / 24 else 0.0)
        p = 0.02 + 0.04 * nz.u(hour, 3) + (0.06 if day >= 6.0 + 2 / 24 else 0.0)
        upload_missing = 5.0 + 2 / 24 <= day < 5.0 + 4 / 24     # two hours without a profile
        missing = nz.u(hour, 4) < 0.02
        arize_gap = 4.0 + 20 / 24 <= day < 4.0 + 21 / 24         # one hour without predictions
        return h, a, p, upload_missing, missing, arize_gap

    # Each monitor is evaluated once an hour at hh:10 (the bridge counts the result); the metric
    # gauges hold the latest evaluated value.
    for k in range(N + 1):
        hour = (k * STEP - 600) // 3600
        h, a, p, _, _, _ = hourly_values(hour)
        hellinger.set(k, h)
        auc.set(k, a)
        psi.set(k, p)
    for k in range(1, N + 1):
        t0, t1 = (k - 1) * STEP, k * STEP
        for hour in range(t0 // 3600 - 1, t1 // 3600 + 1):
            at = hour * 3600 + 600
            if not (t0 < at <= t1) or hour < 0:
                continue
            h, a, p, upload_missing, missing, arize_gap = hourly_values(hour)
            results = {
                ("whylabs", "credit-risk", "income-drift"): "no_data" if upload_missing else
                ("triggered" if h > 0.12 else "healthy"),
                ("whylabs", "credit-risk", "missing-values"): "no_data" if upload_missing else
                ("triggered" if missing else "healthy"),
                ("whylabs", "credit-risk", "profile-upload"): "triggered" if upload_missing else "healthy",
                ("arize", "fraud-scores", "auc"): "no_data" if arize_gap else
                ("triggered" if a < 0.85 else "healthy"),
                ("arize", "fraud-scores", "prediction-drift"): "no_data" if arize_gap else
                ("triggered" if p > 0.1 else "healthy"),
            }
            for (platform, model, mon), status in results.items():
                evals[(platform, model, mon, status)].inc[k] += 1
    return {"families": [metric_fam, eval_fam], "evals": evals,
            "hellinger": hellinger, "auc": auc, "psi": psi}


# ---------------------------------------------------------------------------------------
# Truth


def rfc3339(t):
    return datetime.fromtimestamp(t, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def sum_increase(counters, a, b):
    return sum(c.increase(a, b) for c in counters)


def status_of(remaining):
    return "breached" if remaining < 0 else "at_risk" if remaining < AT_RISK else "met"


def occurrences(good, total, target):
    """good(a, b) and total(a, b) count the events of the window holding samples a .. b."""
    g, t = good(0, N), total(0, N)
    sli = g / t
    consumed = (1.0 - sli) / (1.0 - target)
    burn = {}
    for label, seconds in BURN_WINDOWS:
        if seconds < STEP:
            burn[label] = None         # one sample in the window: no increase
            continue
        a = N - seconds // STEP
        tw = total(a, N)
        burn[label] = ((tw - good(a, N)) / tw) / (1.0 - target) if tw else None
    return {"kind": "occurrences", "target": target, "sli": sli, "good": g, "total": t,
            "errorBudget": {"consumed": consumed, "remaining": 1.0 - consumed},
            "status": status_of(1.0 - consumed), "burnRates": burn, "latest": None}


def ratio(good_counters, total_counters, target):
    return occurrences(lambda a, b: sum_increase(good_counters, a, b),
                       lambda a, b: sum_increase(total_counters, a, b), target)


def latency(histograms, threshold, target):
    return occurrences(lambda a, b: sum(h.bucket(threshold).increase(a, b) for h in histograms),
                       lambda a, b: sum(h.count.increase(a, b) for h in histograms), target)


AGGREGATES = {"max": max, "min": min, "avg": lambda v: sum(v) / len(v), "last": lambda v: v[-1]}
OPS = {"lte": lambda x, y: x <= y, "lt": lambda x, y: x < y, "gte": lambda x, y: x >= y, "gt": lambda x, y: x > y}


def threshold(gauge, op, value, aggregate, target, slice_days=1):
    """Daily slices [a, b] from the window start, samples at both ends included."""
    per = slice_days * SPD
    values, good = [], 0
    for s in range(N // per):
        v = AGGREGATES[aggregate](gauge.values[s * per:(s + 1) * per + 1])
        values.append(v)
        good += 1 if OPS[op](v, value) else 0
    total = len(values)
    consumed = ((total - good) / total) / (1.0 - target)
    return {"kind": "timeslices", "target": target, "sli": good / total,
            "slices": {"good": good, "total": total}, "sliceValues": values,
            "errorBudget": {"consumed": consumed, "remaining": 1.0 - consumed},
            "status": status_of(1.0 - consumed),
            "burnRates": {label: None for label, _ in BURN_WINDOWS}, "latest": values[-1]}


def classification_precision(conf, target):
    return occurrences(lambda a, b: conf["tp"].increase(a, b),
                       lambda a, b: conf["tp"].increase(a, b) + conf["fp"].increase(a, b), target)


def header(name):
    return {"generator": "examples/generate-examples.py", "example": name, "seed": SEED,
            "start": rfc3339(START), "end": rfc3339(END), "step": STEP, "samplesPerSeries": N + 1,
            "at": rfc3339(END), "window": "7d ending at the last sample (the whole file)",
            "compare": "sli, status, errorBudget.consumed, errorBudget.remaining, burnRates, latest to 1e-9"}


def truth_seldon(d):
    v1, v2 = d["v1"], d["v2"]
    s = header("seldon-core")
    s["slas"] = {
        "income-classifier": {
            "availability": ratio([v1["s200"].count], [v1["s200"].count, v1["s500"].count], 0.999),
            "latency": latency([v1["s200"], v1["s500"]], 0.25, 0.95),
            "model-latency": latency([v1["c200"]], 0.1, 0.95),
            "precision": classification_precision(v1["conf"], 0.9),
        },
        "iris": {
            "availability": ratio([v2["infer"][("rest", "200")], v2["infer"][("grpc", "OK")]],
                                  list(v2["infer"].values()), 0.999),
            "server-latency": latency(v2["api"], 0.05, 0.95),
        },
    }
    s["story"] = {"v1Incident": [rfc3339(START + round(x * 86400)) for x in d["story"]["incident"]],
                  "v2AgentRestart": rfc3339(START + d["story"]["agentRestart"] * STEP)}
    return s


def truth_kserve(d):
    c = d["codes"]
    s = header("kserve")
    s["slas"] = {
        "sklearn-iris": {
            "availability": ratio([c["200"], c["400"]], list(c.values()), 0.999),
            "predict-latency": latency([d["predict"]], 0.05, 0.95),
        },
        "churn-mlserver": {
            "availability": ratio([d["rest"]["200"], d["rest"]["400"]], list(d["rest"].values()), 0.995),
            "latency": latency(d["duration"], 0.1, 0.95),
        },
    }
    return s


def truth_evidently(d):
    s = header("evidently")
    s["slas"] = {
        "loan-default-drift": {
            "drift-share": threshold(d["share"], "lte", 0.3, "max", 0.8),
            "dataset-drift": threshold(d["flag"], "lte", 0.0, "max", 0.8),
            "income-psi": threshold(d["scores"]["income"], "lte", 0.1, "max", 0.8),
            "interest-rate-psi": threshold(d["scores"]["interest_rate"], "lte", 0.1, "avg", 0.8),
        },
    }
    return s


def truth_monitors(d):
    e = d["evals"]

    def counters(platform, model, status=None):
        return [c for (p, m, _, st), c in e.items() if p == platform and m == model and (status is None or st == status)]

    s = header("whylabs-arize")
    s["slas"] = {
        "credit-risk-monitors": {
            "monitor-coverage": ratio(counters("whylabs", "credit-risk", "healthy")
                                      + counters("whylabs", "credit-risk", "triggered"),
                                      counters("whylabs", "credit-risk"), 0.99),
            "income-drift": threshold(d["hellinger"], "lte", 0.15, "max", 0.8),
        },
        "fraud-scores-monitors": {
            "monitor-coverage": ratio(counters("arize", "fraud-scores", "healthy")
                                      + counters("arize", "fraud-scores", "triggered"),
                                      counters("arize", "fraud-scores"), 0.99),
            "auc": threshold(d["auc"], "gte", 0.85, "min", 0.8),
            "prediction-drift": threshold(d["psi"], "lte", 0.1, "max", 0.8),
        },
    }
    return s


GENERATORS = {
    "seldon-core": (generate_seldon, truth_seldon),
    "kserve": (generate_kserve, truth_kserve),
    "evidently": (generate_evidently, truth_evidently),
    "whylabs-arize": (generate_monitors, truth_monitors),
}


# ---------------------------------------------------------------------------------------


class _TextSink:
    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        self.stream.write(text.encode("utf-8"))


def write_data(path, families):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "wb") as raw:
        if path.endswith(".gz"):
            with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
                write_openmetrics(_TextSink(gz), families)
        else:
            write_openmetrics(_TextSink(raw), families)


def markdown(truth):
    """The documented figures of one example as a Markdown table."""
    rows = ["| SLA | objective | SLI | budget remaining | status | 1h burn rate | latest |",
            "|---|---|---|---|---|---|---|"]
    for sla, objectives in truth["slas"].items():
        for name, o in objectives.items():
            burn = o["burnRates"]["1h"]
            rows.append("| {} | {} | {} | {} | {} | {} | {} |".format(
                sla, name,
                f"{o['sli'] * 100:.4f} %" if o["kind"] == "occurrences"
                else f"{o['slices']['good']}/{o['slices']['total']} days",
                f"{o['errorBudget']['remaining'] * 100:.2f} %", o["status"],
                "–" if burn is None else f"{burn:.3f}",
                "–" if o["latest"] is None else f"{o['latest']:.4f}"))
    return "\n".join(rows)


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-o", "--out", default=here,
                    help="the examples folder: writes OUT/<name>/data/<name>.om.gz and OUT/truth/<name>.json")
    ap.add_argument("--only", choices=EXAMPLES, action="append", help="generate only this example (repeatable)")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--markdown", action="store_true", help="print the documented figures as Markdown tables")
    args = ap.parse_args(argv)
    for name in args.only or EXAMPLES:
        generate, compute = GENERATORS[name]
        data = generate(args.seed)
        write_data(os.path.join(args.out, name, "data", name + ".om.gz"), data["families"])
        truth = compute(data)
        if args.seed != SEED:
            truth["seed"] = args.seed
        os.makedirs(os.path.join(args.out, "truth"), exist_ok=True)
        with open(os.path.join(args.out, "truth", name + ".json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=1)
            f.write("\n")
        if args.markdown:
            print(f"### {name}\n\n{markdown(truth)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
