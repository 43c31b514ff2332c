#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks the demo data: byte-stable regeneration, OpenMetrics layout, the story's figures,
and (when promtool is installed) that Prometheus' backfill accepts every sample.

Run: /usr/bin/python3 resources/demo/test_generate_demo.py   (about 15 s)
"""

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "generate-demo.py")
COMMITTED_DATA = os.path.join(HERE, "workspace", "data", "demo.om.gz")
COMMITTED_TRUTH = os.path.join(HERE, "demo-truth.json")
SERIES = 67
SAMPLES = 8641
START, STEP = 1735689600, 300


def generate(directory, name="demo.om.gz"):
    out, truth = os.path.join(directory, name), os.path.join(directory, "truth.json")
    subprocess.run([sys.executable, GENERATOR, "-o", out, "--truth", truth], check=True)
    return out, truth


class Regeneration(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="sladesk-demo-")
        for sub in ("a", "b"):
            os.makedirs(os.path.join(cls.tmp, sub))
        cls.first = generate(os.path.join(cls.tmp, "a"))
        cls.second = generate(os.path.join(cls.tmp, "b"), "other-name.om.gz")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    @staticmethod
    def read(path):
        with open(path, "rb") as f:
            return f.read()

    def test_two_runs_give_identical_bytes(self):
        # Different output names too: the gzip header holds neither name nor time.
        self.assertEqual(self.read(self.first[0]), self.read(self.second[0]))
        self.assertEqual(self.read(self.first[1]), self.read(self.second[1]))

    def test_committed_files_are_current(self):
        self.assertEqual(gzip.decompress(self.read(self.first[0])), gzip.decompress(self.read(COMMITTED_DATA)),
                         "demo.om.gz is stale: run resources/demo/generate-demo.py")
        self.assertEqual(self.read(self.first[0]), self.read(COMMITTED_DATA),
                         "same text, different gzip bytes (another zlib?)")
        self.assertEqual(self.read(self.first[1]), self.read(COMMITTED_TRUTH))

    def test_gzip_header_is_stable(self):
        head = self.read(self.first[0])[:10]
        self.assertEqual(head[:4], b"\x1f\x8b\x08\x00")   # deflate, no FNAME flag
        self.assertEqual(head[4:8], b"\x00\x00\x00\x00")  # mtime 0

    def test_compressed_size(self):
        size = os.path.getsize(COMMITTED_DATA)
        self.assertLess(size, 4_000_000)
        self.assertGreater(size, 1_000_000)


class Layout(unittest.TestCase):
    """The OpenMetrics rules promtool and our parser rely on (RECIPES-prometheus.md 1, 7)."""

    @classmethod
    def setUpClass(cls):
        with gzip.open(COMMITTED_DATA, "rt", encoding="utf-8") as f:
            cls.lines = f.read().split("\n")

    def test_ends_with_eof(self):
        self.assertEqual(self.lines[-2:], ["# EOF", ""])
        self.assertEqual(sum(1 for l in self.lines if l == "# EOF"), 1)

    def test_families_contiguous_series_in_time_order(self):
        sample = re.compile(r'^([a-z_]+)\{([^}]*)\} (\S+) (\d+)$')
        families, current = [], None
        last_ts, counts, seen_family = {}, {}, set()
        for line in self.lines[:-2]:
            if line.startswith("# TYPE "):
                _, _, name, kind = line.split(" ")
                self.assertNotIn(name, seen_family, "family declared twice")
                seen_family.add(name)
                current = name
                families.append((name, kind))
                continue
            if line.startswith("#"):
                continue
            m = sample.match(line)
            self.assertIsNotNone(m, line)
            name, labels, value, ts = m.groups()
            self.assertTrue(name.startswith(current), f"{name} outside its family {current}")
            ts = int(ts)
            self.assertEqual((ts - START) % STEP, 0, "timestamps are whole seconds on the 5 min grid")
            key = (name, labels)
            if key in last_ts:
                self.assertGreater(ts, last_ts[key], f"{key} out of time order")
            last_ts[key] = ts
            counts[key] = counts.get(key, 0) + 1
            self.assertGreaterEqual(float(value), 0.0)
        self.assertEqual(families, [("http_requests", "counter"),
                                    ("http_request_duration_seconds", "histogram"),
                                    ("model_predictions", "counter"),
                                    ("model_feature_value", "histogram")])
        self.assertEqual(len(counts), SERIES)
        self.assertEqual(set(counts.values()), {SAMPLES})
        self.assertEqual(min(last_ts.values()), START + (SAMPLES - 1) * STEP)

    def test_le_text_and_cumulative_buckets(self):
        les = sorted({m.group(1) for l in self.lines
                      for m in [re.search(r'le="([^"]+)"', l)] if m}, key=lambda s: float(s))
        self.assertEqual(les, ["0.05", "0.1", "0.15", "0.2", "0.3", "0.5", "1.0", "2.5",
                               "10.0", "25.0", "50.0", "100.0", "250.0", "500.0", "1000.0",
                               "2500.0", "5000.0", "+Inf"])
        # Last timestamp of each histogram: buckets non-decreasing in le, +Inf == _count.
        for name in ("http_request_duration_seconds", "model_feature_value"):
            last = [l for l in self.lines if l.startswith(name) and l.endswith(f" {START + (SAMPLES - 1) * STEP}")]
            groups = {}
            for l in last:
                labels = re.sub(r',?le="[^"]+"', "", l[l.index("{"):l.index("}") + 1])
                groups.setdefault(labels, []).append(l)
            for labels, group in groups.items():
                buckets = [int(g.split(" ")[1]) for g in group if "_bucket" in g]
                count = [int(g.split(" ")[1]) for g in group if "_count" in g]
                self.assertEqual(buckets, sorted(buckets), labels)
                self.assertEqual(buckets[-1], count[0], labels)

    def test_counters_are_monotonic(self):
        previous = {}
        for line in self.lines:
            if line.startswith(("http_requests_total", "model_predictions_total")):
                key, value, _ = line.rsplit(" ", 2)
                value = int(value)
                self.assertGreaterEqual(value, previous.get(key, 0), key)
                previous[key] = value


class Truth(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(COMMITTED_TRUTH, encoding="utf-8") as f:
            cls.t = json.load(f)

    def test_fraud_precision_degrades(self):
        story = self.t["story"]
        self.assertGreater(story["fraudPrecisionFirst14d"], 0.955)
        self.assertLess(story["fraudPrecisionLastDay"], 0.9)
        self.assertGreater(story["fraudPrecisionLastDay"], 0.875)
        self.assertEqual(self.t["fraud-detection-api"]["precision"]["status"], "breached")
        alert = story["precisionDropAlert"]
        self.assertEqual(alert["firesAt"]["k"] - alert["pendingSince"]["k"], 12)
        self.assertEqual(alert["firesAt"]["day"], 21)

    def test_fraud_availability_at_risk_after_burns(self):
        avail = self.t["fraud-detection-api"]["availability"]
        self.assertLess(avail["sli"], 0.9997)
        self.assertGreaterEqual(avail["sli"], 0.9995)
        self.assertEqual(avail["status"], "at_risk")
        fast = self.t["story"]["fastBurn"]
        self.assertAlmostEqual(fast["burnRate1h"], 50.0, delta=2.5)
        self.assertEqual((fast["pageFiresAt"]["day"], fast["pageFiresAt"]["clock"]), (9, "14:20"))
        self.assertAlmostEqual(self.t["story"]["slowBurn"]["burnRates"]["3d"], 2.0, delta=0.1)

    def test_drift(self):
        story = self.t["story"]
        self.assertGreater(story["fraudPsiLastDay"], 0.1)
        self.assertLess(story["fraudPsiMaxReferenceDays"], 0.01)
        self.assertGreaterEqual(story["fraudPsiFirstDayAbove0_1"], 23)  # in the last week
        psi = story["fraudPsiDaily"]
        self.assertTrue(all(a <= b for a, b in zip(psi[16:], psi[17:])), "PSI rises after day 16")
        drift = self.t["fraud-detection-api"]["amount-drift"]
        self.assertEqual(drift["slices"], {"good": 24, "total": 30})
        self.assertEqual(drift["status"], "breached")
        self.assertEqual(drift["latest"], story["fraudPsiLastDay"])

    def test_latency_met(self):
        f = self.t["fraud-detection-api"]
        self.assertEqual(f["latency"]["status"], "met")
        self.assertEqual(f["latency-p95"]["slices"], {"good": 718, "total": 720})

    def test_healthy_services(self):
        for sla in ("recommendation-api", "analytics-model"):
            for name, objective in self.t[sla].items():
                self.assertEqual(objective["status"], "met", f"{sla}/{name}")
        close = self.t["recommendation-api"]["availability"]["errorBudget"]["remaining"]
        self.assertLess(close, 0.3)
        self.assertGreater(close, 0.25)
        others = [o["errorBudget"]["remaining"] for sla in ("recommendation-api", "analytics-model")
                  for name, o in self.t[sla].items() if (sla, name) != ("recommendation-api", "availability")]
        self.assertGreater(min(others), 0.4)


@unittest.skipUnless(shutil.which("promtool"), "promtool not installed")
class Promtool(unittest.TestCase):
    def test_backfill_accepts_every_sample(self):
        with tempfile.TemporaryDirectory(prefix="sladesk-demo-tsdb-") as tmp:
            text = os.path.join(tmp, "demo.om")
            with gzip.open(COMMITTED_DATA, "rb") as src, open(text, "wb") as dst:
                shutil.copyfileobj(src, dst)
            tsdb = os.path.join(tmp, "tsdb")
            run = subprocess.run(["promtool", "tsdb", "create-blocks-from", "openmetrics", "-q",
                                  "--max-block-duration=720h", text, tsdb], capture_output=True, text=True)
            self.assertEqual(run.returncode, 0, run.stderr)
            listing = subprocess.run(["promtool", "tsdb", "list", tsdb], capture_output=True, text=True,
                                     check=True).stdout.splitlines()[1:]
            samples = sum(int(row.split()[4]) for row in listing)
            self.assertEqual(samples, SERIES * SAMPLES)   # none dropped as out of order


if __name__ == "__main__":
    unittest.main(verbosity=2)
