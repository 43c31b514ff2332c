#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks the model-serving examples' data: byte-stable regeneration, the committed files are
current, the OpenMetrics layout, the exporters' metric and label names, the truth recomputed
from the written text, the stories, and (when promtool is installed) that Prometheus' backfill
accepts every sample.

Run: python3 examples/test_generate_examples.py   (about 10 s)
"""

import gzip
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "generate-examples.py")
EXAMPLES = ("seldon-core", "kserve", "evidently", "whylabs-arize")
START, STEP, SAMPLES = 1740787200, 900, 673
END = START + (SAMPLES - 1) * STEP

# Families and the label names each exporter really writes (le aside), per example. Labels in
# OPTIONAL may be absent (Prometheus drops empty labels: a model-wide monitor has no column).
FAMILIES = {
    "seldon-core": {
        "seldon_api_executor_server_requests_seconds": ("histogram", {
            "deployment_name", "predictor_name", "predictor_version", "service", "method", "code"}),
        "seldon_api_executor_client_requests_seconds": ("histogram", {
            "deployment_name", "predictor_name", "predictor_version", "service", "model_name",
            "model_image", "model_version", "method", "code"}),
        "seldon_metric_true_positive": ("counter", {"deployment_name", "model_name", "predictor_name"}),
        "seldon_metric_false_positive": ("counter", {"deployment_name", "model_name", "predictor_name"}),
        "seldon_metric_false_negative": ("counter", {"deployment_name", "model_name", "predictor_name"}),
        "seldon_metric_true_negative": ("counter", {"deployment_name", "model_name", "predictor_name"}),
        "seldon_model_infer": ("counter", {"server", "server_replica", "model", "model_internal",
                                           "method_type", "code"}),
        "seldon_model_infer_api_seconds": ("histogram", {"server", "server_replica", "method", "code"}),
    },
    "kserve": {
        "revision_app_request_count": ("unknown", {
            "configuration_name", "container_name", "namespace_name", "pod_name", "response_code",
            "response_code_class", "revision_name", "service_name"}),
        "request_preprocess_seconds": ("histogram", {"model_name"}),
        "request_predict_seconds": ("histogram", {"model_name"}),
        "request_postprocess_seconds": ("histogram", {"model_name"}),
        "model_infer_request_success": ("counter", {"model", "version"}),
        "model_infer_request_failure": ("counter", {"model", "version"}),
        "rest_server_requests": ("counter", {"app_name", "method", "path", "status_code"}),
        "rest_server_request_duration_seconds": ("histogram", {"app_name", "method", "path", "status_code"}),
    },
    "evidently": {
        "evidently_drift_share": ("gauge", {"model", "dataset"}),
        "evidently_drifted_columns": ("gauge", {"model", "dataset"}),
        "evidently_dataset_drift": ("gauge", {"model", "dataset"}),
        "evidently_column_drift_score": ("gauge", {"model", "dataset", "column", "method"}),
    },
    "whylabs-arize": {
        "ml_monitor_metric": ("gauge", {"platform", "model", "monitor", "metric"}),
        "ml_monitor_evaluations": ("counter", {"platform", "model", "monitor", "status"}),
    },
}

OPTIONAL = {"ml_monitor_metric": {"column"}}

SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)\{([^}]*)\} (\S+) (\d+)$')
LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="([^"]*)"')


def data_path(root, name):
    return os.path.join(root, name, "data", name + ".om.gz")


def truth_path(root, name):
    return os.path.join(root, "truth", name + ".json")


def read(path):
    with open(path, "rb") as f:
        return f.read()


def load_series(name):
    """{(metric, frozenset(labels)): [(ts, value), ...]} and the family declarations, in order."""
    series, families = {}, []
    with gzip.open(data_path(HERE, name), "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# TYPE "):
                _, _, fam, kind = line.split(" ")
                families.append((fam, kind))
                continue
            if line.startswith("#"):
                continue
            m = SAMPLE.match(line)
            assert m, line
            metric, labels, value, ts = m.groups()
            key = (metric, frozenset(LABEL.findall(labels)))
            series.setdefault(key, []).append((int(ts), float(value)))
    return series, families


def select(series, metric, /, **want):
    """Series of `metric` whose labels match: a value, or a callable on the label's value."""
    out = []
    for (name, labels), samples in series.items():
        if name != metric:
            continue
        d = dict(labels)
        if all(v(d.get(k, "")) if callable(v) else d.get(k, "") == v for k, v in want.items()):
            out.append(samples)
    return out


def increase(samples):
    """Prometheus 2.x increase over the whole (grid-aligned) window, counter resets included."""
    total, prev = 0.0, samples[0][1]
    for _, v in samples[1:]:
        total += v - prev if v >= prev else v
        prev = v
    return total


def daily(samples, aggregate):
    per = 86400 // STEP
    values = [v for _, v in samples]
    return [aggregate(values[d * per:(d + 1) * per + 1]) for d in range(len(values) // per)]


class Regeneration(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="sladesk-examples-")
        for sub in ("a", "b"):
            subprocess.run([sys.executable, GENERATOR, "-o", os.path.join(cls.tmp, sub)], check=True)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def test_two_runs_give_identical_bytes(self):
        for name in EXAMPLES:
            a, b = os.path.join(self.tmp, "a"), os.path.join(self.tmp, "b")
            self.assertEqual(read(data_path(a, name)), read(data_path(b, name)), name)
            self.assertEqual(read(truth_path(a, name)), read(truth_path(b, name)), name)

    def test_committed_files_are_current(self):
        fresh = os.path.join(self.tmp, "a")
        for name in EXAMPLES:
            self.assertEqual(gzip.decompress(read(data_path(fresh, name))), gzip.decompress(read(data_path(HERE, name))),
                             f"{name}: recording is stale: run examples/generate-examples.py")
            self.assertEqual(read(data_path(fresh, name)), read(data_path(HERE, name)),
                             f"{name}: same text, different gzip bytes (another zlib?)")
            self.assertEqual(read(truth_path(fresh, name)), read(truth_path(HERE, name)), f"{name}: truth is stale")

    def test_gzip_header_is_stable_and_files_small(self):
        for name in EXAMPLES:
            data = read(data_path(HERE, name))
            self.assertEqual(data[:4], b"\x1f\x8b\x08\x00", name)   # deflate, no file name
            self.assertEqual(data[4:8], b"\x00\x00\x00\x00", name)  # mtime 0
            self.assertLess(len(data), 500_000, name)


class Layout(unittest.TestCase):
    def test_families_names_labels_and_timestamps(self):
        for name in EXAMPLES:
            with self.subTest(example=name):
                with gzip.open(data_path(HERE, name), "rt", encoding="utf-8") as f:
                    lines = f.read().split("\n")
                self.assertEqual(lines[-2:], ["# EOF", ""])
                series, families = load_series(name)
                self.assertEqual([f for f, _ in families], list(FAMILIES[name]), "family order")
                self.assertEqual(len(families), len({f for f, _ in families}), "family declared twice")
                for fam, kind in families:
                    self.assertEqual(kind, FAMILIES[name][fam][0], fam)
                for (metric, labels), samples in series.items():
                    fam = max((f for f, _ in families if metric.startswith(f)), key=len)
                    kind, label_names = FAMILIES[name][fam]
                    names = {k for k, _ in labels} - {"le"}
                    self.assertEqual(names - OPTIONAL.get(fam, set()), label_names, metric)
                    if kind == "counter":
                        self.assertTrue(metric == fam + "_total", metric)
                    elif kind == "histogram":
                        self.assertIn(metric[len(fam):], ("_bucket", "_sum", "_count"), metric)
                    else:
                        self.assertEqual(metric, fam)
                    ts = [t for t, _ in samples]
                    self.assertEqual(ts, [START + k * STEP for k in range(SAMPLES)], metric)

    def test_buckets_cumulative_and_counters_monotonic(self):
        for name in EXAMPLES:
            series, _ = load_series(name)
            groups = {}
            for (metric, labels), samples in series.items():
                if metric.endswith("_bucket"):
                    rest = frozenset(kv for kv in labels if kv[0] != "le")
                    le = dict(labels)["le"]
                    groups.setdefault((metric[:-7], rest), {})[math.inf if le == "+Inf" else float(le)] = samples
            for (fam, rest), buckets in groups.items():
                count = series[(fam + "_count", rest)]
                les = sorted(buckets)
                self.assertEqual(les[-1], math.inf)
                for k in range(SAMPLES):
                    column = [buckets[le][k][1] for le in les]
                    self.assertEqual(column, sorted(column), f"{fam} at k={k}")
                    self.assertEqual(column[-1], count[k][1], f"{fam} +Inf != _count at k={k}")
            resets = 0
            for (metric, labels), samples in series.items():
                if not (metric.endswith(("_total", "_bucket", "_count", "_sum")) or metric == "revision_app_request_count"):
                    continue
                for (_, a), (_, b) in zip(samples, samples[1:]):
                    if b < a:
                        resets += 1
                        self.assertTrue(dict(labels).get("server") == "mlserver", f"unexpected reset of {metric}")
            # Only the Seldon Core 2 agent restarts: each of its series resets once.
            self.assertEqual(resets, 4 + 2 * 17 if name == "seldon-core" else 0, name)


class Truth(unittest.TestCase):
    """The truth recomputed from the committed text (not from the generator's counts)."""

    @classmethod
    def setUpClass(cls):
        cls.truth = {}
        for name in EXAMPLES:
            with open(truth_path(HERE, name), encoding="utf-8") as f:
                cls.truth[name] = json.load(f)

    def assertRatio(self, objective, good, total):
        self.assertEqual(objective["good"], good)
        self.assertEqual(objective["total"], total)
        self.assertTrue(math.isclose(objective["sli"], good / total, rel_tol=0, abs_tol=1e-12))

    def test_common_header(self):
        for name in EXAMPLES:
            t = self.truth[name]
            self.assertEqual((t["at"], t["step"], t["samplesPerSeries"]), ("2025-03-08T00:00:00Z", STEP, SAMPLES))

    def test_seldon(self):
        s, _ = load_series("seldon-core")
        t = self.truth["seldon-core"]["slas"]
        count = "seldon_api_executor_server_requests_seconds_count"
        good = sum(increase(x) for x in select(s, count, code=lambda c: not c.startswith("5")))
        total = sum(increase(x) for x in select(s, count))
        self.assertRatio(t["income-classifier"]["availability"], good, total)
        fast = sum(increase(x) for x in select(s, "seldon_api_executor_server_requests_seconds_bucket", le="0.25"))
        self.assertRatio(t["income-classifier"]["latency"], fast, total)
        tp = increase(select(s, "seldon_metric_true_positive_total")[0])
        fp = increase(select(s, "seldon_metric_false_positive_total")[0])
        self.assertRatio(t["income-classifier"]["precision"], tp, tp + fp)
        ok = sum(increase(x) for x in select(s, "seldon_model_infer_total", model="iris",
                                             code=lambda c: c == "OK" or c.startswith("2")))
        all_ = sum(increase(x) for x in select(s, "seldon_model_infer_total", model="iris"))
        self.assertRatio(t["iris"]["availability"], ok, all_)
        # Across the agent restart the increase is far above the last value minus the first.
        naive = sum(x[-1][1] - x[0][1] for x in select(s, "seldon_model_infer_total", model="iris"))
        self.assertGreater(all_, 1.5 * naive)

    def test_kserve(self):
        s, _ = load_series("kserve")
        t = self.truth["kserve"]["slas"]
        reqs = select(s, "revision_app_request_count", configuration_name="sklearn-iris-predictor")
        bad = sum(increase(x) for x in select(s, "revision_app_request_count", response_code_class="5xx"))
        total = sum(increase(x) for x in reqs)
        self.assertRatio(t["sklearn-iris"]["availability"], total - bad, total)
        fast = increase(select(s, "request_predict_seconds_bucket", le="0.05")[0])
        self.assertRatio(t["sklearn-iris"]["predict-latency"], fast, increase(select(s, "request_predict_seconds_count")[0]))
        rest = select(s, "rest_server_requests_total", path="/v2/models/churn/infer")
        fail = increase(select(s, "rest_server_requests_total", status_code="500")[0])
        total = sum(map(increase, rest))
        self.assertRatio(t["churn-mlserver"]["availability"], total - fail, total)
        # MLServer's own inference counters agree with its REST server's 200s and 500s.
        ok = increase(select(s, "model_infer_request_success_total", model="churn")[0])
        self.assertEqual(ok, increase(select(s, "rest_server_requests_total", status_code="200")[0]))
        self.assertEqual(fail, increase(select(s, "model_infer_request_failure_total", model="churn")[0]))
        fast = sum(increase(x) for x in select(s, "rest_server_request_duration_seconds_bucket", le="0.1"))
        self.assertRatio(t["churn-mlserver"]["latency"], fast,
                         sum(map(increase, select(s, "rest_server_request_duration_seconds_count"))))

    def test_evidently_and_monitors(self):
        s, _ = load_series("evidently")
        t = self.truth["evidently"]["slas"]["loan-default-drift"]
        self.assertEqual(t["drift-share"]["sliceValues"], daily(select(s, "evidently_drift_share")[0], max))
        self.assertEqual(t["income-psi"]["sliceValues"],
                         daily(select(s, "evidently_column_drift_score", column="income")[0], max))
        mean = daily(select(s, "evidently_column_drift_score", column="interest_rate")[0], lambda v: sum(v) / len(v))
        for a, b in zip(t["interest-rate-psi"]["sliceValues"], mean):
            self.assertAlmostEqual(a, b, places=12)
        m, _ = load_series("whylabs-arize")
        w = self.truth["whylabs-arize"]["slas"]
        self.assertEqual(w["fraud-scores-monitors"]["auc"]["sliceValues"],
                         daily(select(m, "ml_monitor_metric", metric="auc")[0], min))
        for sla, platform in (("credit-risk-monitors", "whylabs"), ("fraud-scores-monitors", "arize")):
            evals = select(m, "ml_monitor_evaluations_total", platform=platform)
            with_data = select(m, "ml_monitor_evaluations_total", platform=platform, status=lambda v: v != "no_data")
            self.assertRatio(w[sla]["monitor-coverage"], sum(map(increase, with_data)), sum(map(increase, evals)))
            # One evaluation per monitor and hour (the first at 00:10 of day 0, the last at 23:10 of day 6).
            monitors = 3 if platform == "whylabs" else 2
            self.assertEqual(w[sla]["monitor-coverage"]["total"], monitors * 7 * 24)

    def test_stories(self):
        status = {(n, sla, o): obj["status"] for n in EXAMPLES for sla, objs in self.truth[n]["slas"].items()
                  for o, obj in objs.items()}
        self.assertEqual(status[("seldon-core", "income-classifier", "availability")], "at_risk")
        self.assertEqual(status[("kserve", "sklearn-iris", "availability")], "breached")
        self.assertEqual(status[("evidently", "loan-default-drift", "income-psi")], "breached")
        self.assertEqual(status[("whylabs-arize", "credit-risk-monitors", "monitor-coverage")], "at_risk")
        self.assertEqual(sum(1 for v in status.values() if v == "met"), 15)
        self.assertEqual(self.truth["evidently"]["slas"]["loan-default-drift"]["dataset-drift"]["latest"], 1.0)
        for name in EXAMPLES:
            for objs in self.truth[name]["slas"].values():
                for o in objs.values():
                    self.assertIsNone(o["burnRates"]["5m"])   # one sample of a 15-minute scrape


@unittest.skipUnless(shutil.which("promtool"), "promtool not installed")
class Promtool(unittest.TestCase):
    def test_backfill_accepts_every_sample(self):
        for name in EXAMPLES:
            with self.subTest(example=name), tempfile.TemporaryDirectory(prefix="sladesk-examples-tsdb-") as tmp:
                text = os.path.join(tmp, name + ".om")
                with gzip.open(data_path(HERE, name), "rb") as src, open(text, "wb") as dst:
                    shutil.copyfileobj(src, dst)
                series, _ = load_series(name)
                tsdb = os.path.join(tmp, "tsdb")
                run = subprocess.run(["promtool", "tsdb", "create-blocks-from", "openmetrics", "-q",
                                      "--max-block-duration=720h", text, tsdb], capture_output=True, text=True)
                self.assertEqual(run.returncode, 0, run.stderr)
                listing = subprocess.run(["promtool", "tsdb", "list", tsdb], capture_output=True, text=True,
                                         check=True).stdout.splitlines()[1:]
                self.assertEqual(sum(int(row.split()[4]) for row in listing), len(series) * SAMPLES)


if __name__ == "__main__":
    unittest.main(verbosity=2)
