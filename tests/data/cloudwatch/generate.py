#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes the recording behind tst_evaluate_cloudwatch and cloudwatch_stub.py's tests.

One OpenMetrics file holds CloudWatch's series in a form both readers take: each sample
carries the CloudWatch identity as labels (`namespace`, `metric_name`, the dimensions,
and `unit` where CloudWatch publishes one). cloudwatch_stub.py serves it through
GetMetricData; the recorded source reads the same samples with PromQL selectors, so a
CloudWatch workspace and its recorded copy must give the same figures.

T = 1700006400 (2023-11-15T00:00:00Z), the evaluation time; samples from T - 8d to T:
  counters every 300 s on the 5-minute grid (a CloudWatch Sum over a period is the
  counter's increase over it; the recorded `increase` over a window on the grid is the
  same number, no extrapolation):
    AWS/SageMaker Invocations        +1000 + 10 * (k % 7) per step
    AWS/SageMaker Invocation5XXErrors +1 per step, +40 per step in [T-90m, T-30m)
    SlaDesk/FraudModel TruePositives +200 + (k % 5), FalsePositives +2, +60 in [T-20h, T-19h)
  gauges every 300 s at 150 s past the grid (never on a slice boundary):
    /aws/sagemaker/Endpoints CPUUtilization 40 + 2 * (k % 12); 95 in [T-5h, T-4h)
    AWS/SageMaker ModelLatency (Microseconds) 20000 + 1000 * (k % 12); in the hours
      starting T-10h, T-9h and T-8h one sample of 300000 (the hour's p95 is 0.3 s)
Usage: generate.py OUT.om
"""

import sys

T = 1700006400
STEP = 300
START = T - 8 * 86400
DIMS = 'EndpointName="fraud-model",VariantName="AllTraffic"'


def main():
    lines = ['# TYPE aws_sagemaker_invocations counter',
             '# TYPE aws_sagemaker_invocation5xxerrors counter',
             '# TYPE fraudmodel_truepositives counter',
             '# TYPE fraudmodel_falsepositives counter',
             '# TYPE sagemaker_cpuutilization gauge',
             '# TYPE aws_sagemaker_modellatency gauge']
    counters = {
        'aws_sagemaker_invocations_total': ('AWS/SageMaker', 'Invocations', DIMS, 0,
                                            lambda k, t: 1000 + 10 * (k % 7)),
        'aws_sagemaker_invocation5xxerrors_total': ('AWS/SageMaker', 'Invocation5XXErrors', DIMS, 0,
                                                    lambda k, t: 40 if T - 5400 <= t < T - 1800 else 1),
        'fraudmodel_truepositives_total': ('SlaDesk/FraudModel', 'TruePositives', 'Model="fraud"', 0,
                                           lambda k, t: 200 + k % 5),
        'fraudmodel_falsepositives_total': ('SlaDesk/FraudModel', 'FalsePositives', 'Model="fraud"', 0,
                                            lambda k, t: 60 if T - 72000 <= t < T - 68400 else 2),
    }
    for name, (ns, metric, dims, value, inc) in counters.items():
        v = 50000
        for k, t in enumerate(range(START, T + 1, STEP)):
            if k > 0:
                v += inc(k - 1, t - STEP)  # the step's events happened in [t - STEP, t)
            lines.append(f'{name}{{namespace="{ns}",metric_name="{metric}",{dims},unit="Count"}} {v} {t}')
    for k, t in enumerate(range(START + 150, T, STEP)):
        cpu = 95 if T - 5 * 3600 <= t < T - 4 * 3600 else 40 + 2 * (k % 12)
        lines.append(f'sagemaker_cpuutilization{{namespace="/aws/sagemaker/Endpoints",metric_name="CPUUtilization",'
                     f'{DIMS},unit="Percent"}} {cpu} {t}')
    for k, t in enumerate(range(START + 150, T, STEP)):
        slow = any(T - h * 3600 <= t < T - h * 3600 + STEP for h in (10, 9, 8))
        latency = 300000 if slow else 20000 + 1000 * (k % 12)
        lines.append(f'aws_sagemaker_modellatency{{namespace="AWS/SageMaker",metric_name="ModelLatency",'
                     f'{DIMS},unit="Microseconds"}} {latency} {t}')
    lines.append('# EOF')
    with open(sys.argv[1], 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
