#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Evaluates every model-serving example workspace with slactl and compares the figures with the
generator's truth (examples/truth/<name>.json) to 1e-9.

Usage: examples-evaluate.py [--prometheus URL] SLACTL SOURCE_DIR [NAME...]

For each example: `slactl validate` must pass, then `slactl evaluate examples/<name> --at AT
--format json` (AT from the truth) must give, for every SLA and objective of the truth, the same
status, and sli, errorBudget.consumed, errorBudget.remaining, every burn rate and latest equal
within 1e-9 (null where the truth has null); and no objective that the truth does not know.
Exit 0 when all agree, 1 on a difference (each one printed), 2 on usage errors.

--prometheus URL evaluates against a Prometheus that holds the example's recording instead
(`slactl evaluate --prometheus URL`; e.g. tests/integration/with-prometheus.sh FILE.om sets
PROM_URL after backfilling the recording): the same truth must come out.
"""

import json
import math
import os
import subprocess
import sys

TOLERANCE = 1e-9
EXAMPLES = ("seldon-core", "kserve", "evidently", "whylabs-arize")


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=0.0, abs_tol=TOLERANCE)


def compare(name, truth, report):
    problems = []
    got = {s["name"]: {o["name"]: o for o in s["objectives"]} for s in report["slas"]}
    if set(got) != set(truth["slas"]):
        problems.append(f"{name}: SLAs {sorted(got)} != truth {sorted(truth['slas'])}")
    for sla, objectives in truth["slas"].items():
        have = got.get(sla, {})
        if set(have) != set(objectives):
            problems.append(f"{name}/{sla}: objectives {sorted(have)} != truth {sorted(objectives)}")
        for obj, want in objectives.items():
            o = have.get(obj)
            where = f"{name}/{sla}/{obj}"
            if o is None:
                continue
            if o.get("error"):
                problems.append(f"{where}: error {o['error']}")
                continue
            if o["status"] != want["status"]:
                problems.append(f"{where}: status {o['status']} != {want['status']}")
            pairs = [("sli", o["sli"], want["sli"]),
                     ("errorBudget.consumed", o["errorBudget"]["consumed"], want["errorBudget"]["consumed"]),
                     ("errorBudget.remaining", o["errorBudget"]["remaining"], want["errorBudget"]["remaining"]),
                     ("latest", o.get("latest"), want["latest"])]
            pairs += [(f"burnRates.{w}", o["burnRates"].get(w), v) for w, v in want["burnRates"].items()]
            for field, a, b in pairs:
                if not close(a, b):
                    problems.append(f"{where}: {field} {a!r} != truth {b!r}")
    return problems


def main(argv):
    prometheus = []
    if len(argv) > 2 and argv[1] == "--prometheus":
        prometheus = ["--prometheus", argv[2]]
        argv = argv[:1] + argv[3:]
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    slactl, source = argv[1], argv[2]
    names = argv[3:] or EXAMPLES
    problems, checked = [], 0
    for name in names:
        workspace = os.path.join(source, "examples", name)
        with open(os.path.join(source, "examples", "truth", name + ".json"), encoding="utf-8") as f:
            truth = json.load(f)
        valid = subprocess.run([slactl, "validate", workspace], capture_output=True, text=True)
        if valid.returncode != 0:
            problems.append(f"{name}: slactl validate exited {valid.returncode}: {valid.stdout}{valid.stderr}")
            continue
        run = subprocess.run([slactl, "evaluate", workspace, "--at", truth["at"], "--format", "json"] + prometheus,
                             capture_output=True, text=True)
        if run.returncode != 0:
            problems.append(f"{name}: slactl evaluate exited {run.returncode}: {run.stderr}")
            continue
        found = compare(name, truth, json.loads(run.stdout))
        problems += found
        count = sum(len(o) for o in truth["slas"].values())
        checked += count
        print(f"{name}: {count} objectives, {'OK' if not found else f'{len(found)} difference(s)'}")
    for p in problems:
        print("FAIL " + p)
    print(f"{checked} objectives checked, {len(problems)} difference(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
