#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The model-serving examples against a real Prometheus: each example's recording is
# backfilled into a Prometheus started by with-prometheus.sh, and `slactl evaluate
# --prometheus` on the example must give the generator's truth to 1e-9, as the recording does
# (tests/cli/examples-evaluate.py). usage: examples-prometheus.sh SLACTL SOURCE_DIR
set -euo pipefail
slactl=$1
source_dir=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for name in seldon-core kserve evidently whylabs-arize; do
  gzip -dc "$source_dir/examples/$name/data/$name.om.gz" > "$work/$name.om"
  "$here/with-prometheus.sh" "$work/$name.om" bash -c \
    'python3 "$0" --prometheus "$PROM_URL" "$1" "$2" "$3"' \
    "$source_dir/tests/cli/examples-evaluate.py" "$slactl" "$source_dir" "$name" || status=1
done
exit $status
