#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""A local stand-in for the AWS CloudWatch API (and STS AssumeRole), for SLA Desk's tests.

CloudWatch has no public test server, so this stub answers the calls SLA Desk makes in
the documented shapes (CloudWatch API Reference: GetMetricData; the AWS JSON 1.0
protocol; STS API Reference: AssumeRole):

  POST /  Content-Type: application/x-amz-json-1.0
          X-Amz-Target: GraniteServiceVersion20100801.GetMetricData
          {"MetricDataQueries": [...], "StartTime": S, "EndTime": S, "NextToken"?, "ScanBy"?,
           "MaxDatapoints"?, "LabelOptions"?: {"Timezone": "+HHMM"}}
       -> {"MetricDataResults": [{"Id", "Label", "Timestamps", "Values", "StatusCode"}],
           "NextToken"?, "Messages": []}
  POST /  Content-Type: application/x-amz-json-1.0
          X-Amz-Target: GraniteServiceVersion20100801.ListMetrics
          {"Namespace"?, "MetricName"?, "Dimensions"?: [{"Name", "Value"?}], "NextToken"?,
           "RecentlyActive"?: "PT3H", "IncludeLinkedAccounts"?, "OwningAccount"?}
       -> {"Metrics": [{"Namespace", "MetricName", "Dimensions": [{"Name", "Value"}]}],
           "NextToken"?, "OwningAccounts"? (with IncludeLinkedAccounts)}
  POST /  Content-Type: application/x-www-form-urlencoded  Action=AssumeRole&Version=2011-06-15&RoleArn=...
       -> <AssumeRoleResponse> XML with temporary credentials

Every request must carry a valid Signature Version 4 Authorization header (checked the
way AWS does: canonical request, string to sign, signing key) for the stub's key
(--access-key/--secret-key, else $CW_STUB_ACCESS_KEY/$CW_STUB_SECRET_KEY, else AWS's
documentation example key), or for temporary credentials the stub issued (which also need
X-Amz-Security-Token). Errors have AWS's JSON shape, `{"__type": "namespace#Code",
"message": "..."}` with the `x-amzn-query-error: Code;Sender` header (XML for STS):
UnrecognizedClientException and InvalidSignatureException (403), AccessDeniedException
(403, --deny), InvalidParameterValue / InvalidParameterCombination / ValidationError
(400), Throttling (400, the first --throttle-first GetMetricData calls, the first
--throttle-list-first ListMetrics calls).

ListMetrics lists every metric of the file matching the filters (a dimension filter
without Value: the metric has that dimension; with one: that value), sorted by namespace,
name and dimensions, up to 500 a page (--list-page-size) with an opaque NextToken; at most
10 dimension filters, each with a Name; RecentlyActive only PT3H (the metrics with a
sample in the last three hours: none of an old recording). Errors as documented:
InvalidParameterValue (400), including an invalid NextToken.

Limits as documented: at most 500 MetricDataQuery structures and 100,800 data points
(every query's periods over the range) per call; pages of MaxDatapoints (or
--page-size) data points with an opaque NextToken. StartTime is rounded down to the
minute; points sit at StartTime + k * Period, EndTime exclusive; periods without data
have no point.

Data comes from an OpenMetrics file whose samples carry `namespace`, `metric_name`, the
dimensions and optionally `unit` as labels (tests/data/cloudwatch/generate.py). Counters
publish their increase between samples as one value at the earlier sample's time; gauges
publish each sample. Statistics: Sum, SampleCount, Average, Minimum, Maximum, pNN[.N]
(nearest rank). Metric math: arithmetic over query ids, numbers, SUM([...]).

Usage: cloudwatch_stub.py --metrics FILE.om [--port 0] [--region eu-west-1]
       [--role-arn ARN] [--throttle-first N] [--throttle-list-first N] [--deny] [--page-size N]
       [--list-page-size N] [--verbose]
       cloudwatch_stub.py --self-test VECTORS.json   (its SigV4 against AWS's vectors)
The first line on stdout is the port the server listens on (127.0.0.1).
"""

import argparse
import base64
import hashlib
import hmac
import json
import math
import os
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, quote, unquote_to_bytes, urlsplit

DOC_KEY = ('AKIDEXAMPLE', 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY')
TARGET = 'GraniteServiceVersion20100801.GetMetricData'
LIST_TARGET = 'GraniteServiceVersion20100801.ListMetrics'
LIST_PAGE = 500
MAX_QUERIES = 500
MAX_POINTS = 100800

# ---------------------------------------------------------------------------------------
# Signature Version 4 (the server side)


def _uri_encode(data, keep_slash=False):
    safe = b'-._~' + (b'/' if keep_slash else b'')
    return ''.join(chr(c) if (chr(c).isalnum() and c < 128) or c in safe else '%%%02X' % c for c in data)


def canonical_uri(path, normalize=True):
    raw = unquote_to_bytes(path or '/')
    if not normalize:
        return _uri_encode(raw, True)
    kept = []
    for seg in raw.split(b'/'):
        if seg in (b'', b'.'):
            continue
        if seg == b'..':
            if kept:
                kept.pop()
            continue
        kept.append(_uri_encode(seg))
    out = '/' + '/'.join(kept)
    if kept and raw.endswith(b'/'):
        out += '/'
    return out


def canonical_query(query):
    pairs = []
    for part in query.split('&'):
        if not part:
            continue
        name, _, value = part.partition('=')
        pairs.append((_uri_encode(unquote_to_bytes(name)), _uri_encode(unquote_to_bytes(value))))
    return '&'.join(f'{n}={v}' for n, v in sorted(pairs))


def canonical_request(method, path, query, headers, signed, body, normalize=True):
    """headers: [(name, value)] as received; signed: lower-case names to sign."""
    joined = {}
    for name, value in headers:
        key = name.strip().lower()
        if key in signed:
            folded = ' '.join(value.split())
            joined[key] = folded if key not in joined else joined[key] + ',' + folded
    block = ''.join(f'{k}:{joined.get(k, "")}\n' for k in sorted(signed))
    return '\n'.join([method, canonical_uri(path, normalize), canonical_query(query), block,
                      ';'.join(sorted(signed)), hashlib.sha256(body).hexdigest()])


def signature(secret, amz_date, region, service, creq):
    scope = f'{amz_date[:8]}/{region}/{service}/aws4_request'
    sts = '\n'.join(['AWS4-HMAC-SHA256', amz_date, scope, hashlib.sha256(creq.encode()).hexdigest()])
    key = ('AWS4' + secret).encode()
    for part in (amz_date[:8], region, service, 'aws4_request'):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return sts, hmac.new(key, sts.encode(), hashlib.sha256).hexdigest()


def self_test(path):
    """Checks this stub's SigV4 against the published vectors (tests/data/sigv4)."""
    with open(path, encoding='utf-8') as f:
        cases = json.load(f)['cases']
    failed = 0
    for c in cases:
        raw = c['request'].encode()
        head, _, body = raw.partition(b'\n\n')
        lines = head.decode().split('\n')
        method, rest = lines[0].split(' ', 1)
        target = rest.rsplit(' HTTP/', 1)[0]
        path, _, query = target.partition('?')
        headers = []
        for line in lines[1:]:
            if line[:1] in (' ', '\t') and headers:
                headers[-1] = (headers[-1][0], headers[-1][1] + '\n' + line)
            elif line:
                name, _, value = line.partition(':')
                headers.append((name, value))
        amz_date = c['timestamp'].replace('-', '').replace(':', '')
        headers.append(('X-Amz-Date', amz_date))
        if c['signBody']:
            headers.append(('X-Amz-Content-Sha256', hashlib.sha256(body).hexdigest()))
        if c.get('sessionToken') and not c['omitSessionToken']:
            headers.append(('X-Amz-Security-Token', c['sessionToken']))
        signed = {h[0].strip().lower() for h in headers}
        creq = canonical_request(method, quote(path, safe='/'), query, headers, signed, body, c['normalize'])
        sts, sig = signature(c['secretAccessKey'], amz_date, c['region'], c['service'], creq)
        ok = (creq, sts, sig) == (c['canonicalRequest'], c['stringToSign'], c['signature'])
        failed += 0 if ok else 1
        print(('ok   ' if ok else 'FAIL ') + c['name'])
    print(f'{len(cases) - failed} of {len(cases)} vectors pass')
    return 1 if failed else 0

# ---------------------------------------------------------------------------------------
# Data


_SAMPLE_RE = re.compile(r'^([A-Za-z_:][A-Za-z0-9_:]*)\{(.*)\}\s+(\S+)\s+(\S+)\s*$')
_LABEL_RE = re.compile(r'\s*([A-Za-z_][A-Za-z0-9_]*)="((?:[^"\\]|\\.)*)"\s*(,|$)')


def load_metrics(path):
    """{(namespace, metric, frozenset(dimensions)): (unit, [(t, value)])}: raw published values."""
    types, series = {}, {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line.startswith('# TYPE'):
                _, _, name, kind = line.split(None, 3)
                types[name] = kind
                continue
            if not line or line.startswith('#'):
                continue
            m = _SAMPLE_RE.match(line)
            if not m:
                raise ValueError(f'not a labelled sample: {line!r}')
            name, labels, value, ts = m.groups()
            tags = dict((lm.group(1), lm.group(2)) for lm in _LABEL_RE.finditer(labels))
            ns, metric, unit = tags.pop('namespace'), tags.pop('metric_name'), tags.pop('unit', None)
            family = name[:-6] if name.endswith('_total') else name
            key = (ns, metric, frozenset(tags.items()))
            entry = series.setdefault(key, [types.get(family) == 'counter', unit, []])
            entry[2].append((float(ts), float(value)))
    out = {}
    for key, (counter, unit, pts) in series.items():
        pts.sort()
        if counter:  # the increase between samples, published at the earlier sample's time
            pts = [(t0, (v1 - v0) if v1 >= v0 else v1) for (t0, v0), (_, v1) in zip(pts, pts[1:])]
        out[key] = (unit, pts)
    return out


class ApiError(Exception):
    def __init__(self, status, code, message):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


STATS = re.compile(r'^(Sum|SampleCount|Average|Minimum|Maximum|p(\d{1,2}(?:\.\d+)?))$')


def statistic(stat, values):
    if stat == 'Sum':
        return float(sum(values))
    if stat == 'SampleCount':
        return float(len(values))
    if stat == 'Average':
        return float(sum(values)) / len(values)
    if stat == 'Minimum':
        return float(min(values))
    if stat == 'Maximum':
        return float(max(values))
    p = float(stat[1:])
    ordered = sorted(values)
    return float(ordered[max(0, math.ceil(p / 100.0 * len(ordered)) - 1)])


def metric_stat(data, ms, start, end):
    """{timestamp: value} of a MetricStat over [start, end)."""
    metric = ms.get('Metric') or {}
    period, stat = ms.get('Period'), ms.get('Stat', '')
    if not isinstance(period, int) or period <= 0 or (period % 60 and period not in (1, 5, 10, 30)):
        raise ApiError(400, 'InvalidParameterValue', f'The parameter Period must be a multiple of 60. ({period})')
    if not STATS.match(stat):
        raise ApiError(400, 'InvalidParameterValue', f'The value {stat} for parameter MetricStat.Stat is not valid.')
    dims = frozenset((d.get('Name'), d.get('Value')) for d in metric.get('Dimensions', []))
    entry = data.get((metric.get('Namespace'), metric.get('MetricName'), dims))
    cells = {}
    if entry and (ms.get('Unit') in (None, entry[0])):
        for t, v in entry[1]:
            if start <= t < end:
                cells.setdefault(start + int((t - start) // period) * period, []).append(v)
    return {b: statistic(stat, vals) for b, vals in cells.items()}


def evaluate_expression(expr, inputs):
    if not re.fullmatch(r'[A-Za-z0-9_.+\-*/()\[\], ]+', expr):
        raise ApiError(400, 'ValidationError', f'Unsupported metric math expression: {expr}')
    refs = set(re.findall(r'\b[a-z][A-Za-z0-9_]*\b', expr))
    missing = refs - set(inputs)
    if missing:
        raise ApiError(400, 'ValidationError', f'Error in expression {expr}: Unrecognized identifier {sorted(missing)[0]}')
    stamps = set.intersection(*(set(inputs[r]) for r in refs)) if refs else set()
    out = {}
    for t in sorted(stamps):
        env = {r: inputs[r][t] for r in refs}
        env['SUM'] = lambda xs: float(sum(xs))
        try:
            out[t] = float(eval(expr, {'__builtins__': {}}, env))  # arithmetic over numbers only
        except ZeroDivisionError:
            continue
    return out


def get_metric_data(data, req, page_size):
    queries = req.get('MetricDataQueries')
    if not isinstance(queries, list) or not queries:
        raise ApiError(400, 'MissingParameter', 'The parameter MetricDataQueries is required.')
    if len(queries) > MAX_QUERIES:
        raise ApiError(400, 'InvalidParameterValue',
                       f'The collection MetricDataQueries must not have a size greater than {MAX_QUERIES}.')
    for k in ('StartTime', 'EndTime'):
        if not isinstance(req.get(k), (int, float)):
            raise ApiError(400, 'MissingParameter', f'The parameter {k} is required.')
    start, end = int(req['StartTime']) // 60 * 60, int(req['EndTime'])
    if end <= start:
        raise ApiError(400, 'InvalidParameterValue', 'The parameter StartTime must be less than the parameter EndTime.')
    points = 0
    for q in queries:
        period = (q.get('MetricStat') or {}).get('Period') or q.get('Period') or 60
        points += -(-(end - start) // max(1, int(period)))
    if points > MAX_POINTS:
        raise ApiError(400, 'InvalidParameterCombination',
                       f'You have requested up to {points} datapoints, which exceeds the limit of {MAX_POINTS}. '
                       'You may reduce the datapoints requested by increasing Period, or decreasing the time range.')
    ids = set()
    for q in queries:
        qid = q.get('Id', '')
        if not re.fullmatch(r'[a-z][A-Za-z0-9_]*', qid) or qid in ids:
            raise ApiError(400, 'ValidationError', f'The value {qid!r} for parameter MetricDataQueries.member.Id is not '
                           'valid: unique, a lower-case letter first, then letters, digits and underscores.')
        ids.add(qid)
    values = {}
    for q in queries:
        if 'MetricStat' in q:
            values[q['Id']] = metric_stat(data, q['MetricStat'], start, end)
    for q in queries:
        if 'Expression' in q:
            values[q['Id']] = evaluate_expression(q['Expression'], values)
    descending = req.get('ScanBy', 'TimestampDescending') != 'TimestampAscending'
    results = []
    for q in queries:
        if q.get('ReturnData', True) is False:
            continue
        stamps = sorted(values[q['Id']], reverse=descending)
        label = q.get('Label') or ((q.get('MetricStat') or {}).get('Metric') or {}).get('MetricName') or q['Id']
        results.append((q['Id'], label, [(t, values[q['Id']][t]) for t in stamps]))
    limit = min(int(req.get('MaxDatapoints') or MAX_POINTS), page_size)
    return paginate(results, req.get('NextToken'), limit)


def paginate(results, token, limit):
    offset = 0
    if token:
        try:
            offset = json.loads(base64.b64decode(token))['offset']
        except Exception:
            raise ApiError(400, 'InvalidNextToken', 'The service returned an invalid NextToken.')
    flat = [(i, p) for i, (_, _, pts) in enumerate(results) for p in pts]
    page = flat[offset:offset + limit]
    out = []
    for i, (qid, label, pts) in enumerate(results):
        mine = [p for j, p in page if j == i]
        later = any(j == i for j, _ in flat[offset + limit:])
        out.append({'Id': qid, 'Label': label, 'Timestamps': [t for t, _ in mine],
                    'Values': [v for _, v in mine], 'StatusCode': 'PartialData' if later else 'Complete'})
    body = {'MetricDataResults': out, 'Messages': []}
    if offset + limit < len(flat):
        body['NextToken'] = base64.b64encode(json.dumps({'offset': offset + limit}).encode()).decode()
    return body

def _list_filter_error(req):
    dims = req.get('Dimensions') or []
    if not isinstance(dims, list) or len(dims) > 10:
        return 'The collection Dimensions must have at most 10 members.'
    for d in dims:
        if not isinstance(d, dict) or not 1 <= len(str(d.get('Name') or '')) <= 255:
            return 'The parameter Dimensions.member.Name is required and must be 1 to 255 characters long.'
    for field in ('Namespace', 'MetricName'):
        if field in req and not (isinstance(req[field], str) and 1 <= len(req[field]) <= 255):
            return f'The parameter {field} must be 1 to 255 characters long.'
    if 'RecentlyActive' in req and req['RecentlyActive'] != 'PT3H':
        return 'The value for parameter RecentlyActive must be PT3H.'
    return None


def list_metrics(data, req, page_size):
    problem = _list_filter_error(req)
    if problem:
        raise ApiError(400, 'InvalidParameterValue', problem)
    wanted = [(d['Name'], d.get('Value')) for d in req.get('Dimensions') or []]
    recent = time.time() - 3 * 3600 if req.get('RecentlyActive') == 'PT3H' else None
    found = []
    for (ns, metric, dims), (_, pts) in data.items():
        given = dict(dims)
        if req.get('Namespace') not in (None, ns) or req.get('MetricName') not in (None, metric):
            continue
        if any(name not in given or (value is not None and given[name] != value) for name, value in wanted):
            continue
        if recent is not None and not any(t >= recent for t, _ in pts):
            continue
        found.append((ns, metric, sorted(given.items())))
    found.sort()
    offset = 0
    token = req.get('NextToken')
    if token:
        try:
            offset = json.loads(base64.b64decode(token))['list']
        except Exception:
            raise ApiError(400, 'InvalidParameterValue', 'The value for parameter NextToken is invalid.')
    page = found[offset:offset + page_size]
    body = {'Metrics': [{'Namespace': ns, 'MetricName': metric,
                         'Dimensions': [{'Name': k, 'Value': v} for k, v in dims]} for ns, metric, dims in page]}
    if offset + page_size < len(found):
        body['NextToken'] = base64.b64encode(json.dumps({'list': offset + page_size}).encode()).decode()
    if req.get('IncludeLinkedAccounts'):
        body['OwningAccounts'] = ['123456789012'] * len(page)
    return body

# ---------------------------------------------------------------------------------------
# HTTP


class Stub:
    def __init__(self, args):
        self.args = args
        self.data = load_metrics(args.metrics)
        self.keys = {args.access_key: (args.secret_key, None)}
        self.lock = threading.Lock()
        self.calls = 0
        self.list_calls = 0


class Handler(BaseHTTPRequestHandler):
    server_version = 'cloudwatch-stub/1'
    protocol_version = 'HTTP/1.1'

    def log_message(self, fmt, *a):
        if self.server.stub.args.verbose:
            sys.stderr.write('stub: ' + (fmt % a) + '\n')

    def _send(self, status, body, content_type='application/x-amz-json-1.0', headers=None):
        data = body if isinstance(body, bytes) else json.dumps(body, separators=(',', ':')).encode()
        self.send_response(status)
        self.send_header('Content-Type', content_type)
        self.send_header('Content-Length', str(len(data)))
        self.send_header('x-amzn-RequestId', '5b9c0a8e-0000-4000-8000-000000000000')
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def _json_error(self, e):
        namespace = {'Throttling': 'com.amazon.coral.availability#ThrottlingException',
                     'AccessDeniedException': 'com.amazon.coral.service#AccessDeniedException',
                     'UnrecognizedClientException': 'com.amazon.coral.service#UnrecognizedClientException',
                     'InvalidSignatureException': 'com.amazon.coral.service#InvalidSignatureException'}
        self._send(e.status, {'__type': namespace.get(e.code, 'com.amazonaws.cloudwatch#' + e.code),
                              'message': e.message},
                   headers={'x-amzn-query-error': f'{e.code};Sender'})

    def _xml_error(self, e):
        body = (f'<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type>'
                f'<Code>{e.code}</Code><Message>{e.message}</Message></Error>'
                f'<RequestId>5b9c0a8e-0000-4000-8000-000000000000</RequestId></ErrorResponse>')
        self._send(e.status, body.encode(), 'text/xml')

    def _verify(self, body, service):
        """Checks the SigV4 signature; returns the access key id or raises ApiError."""
        stub = self.server.stub
        auth = self.headers.get('Authorization', '')
        m = re.fullmatch(r'AWS4-HMAC-SHA256 Credential=([^/]+)/(\d{8})/([^/]+)/([^/]+)/aws4_request, '
                         r'SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})', auth)
        if not m:
            raise ApiError(400, 'IncompleteSignature', 'Authorization header requires Credential, SignedHeaders '
                           'and Signature, in the AWS4-HMAC-SHA256 form.')
        key_id, date, region, svc, signed, sig = m.groups()
        known = stub.keys.get(key_id)
        if known is None:
            raise ApiError(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.')
        secret, token = known
        amz_date = self.headers.get('X-Amz-Date', '')
        names = set(signed.split(';'))
        if 'host' not in names or 'x-amz-date' not in names or not amz_date.startswith(date):
            raise ApiError(400, 'IncompleteSignature', 'The request must sign host and x-amz-date.')
        if region != stub.args.region or svc != service:
            raise ApiError(403, 'InvalidSignatureException',
                           f"Credential should be scoped to a valid region ({stub.args.region}) and service ({service}).")
        if token is not None and (self.headers.get('X-Amz-Security-Token') != token or
                                  'x-amz-security-token' not in names):
            raise ApiError(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.')
        url = urlsplit(self.path)
        creq = canonical_request(self.command, url.path, url.query, list(self.headers.items()), names, body)
        _, expected = signature(secret, amz_date, region, svc, creq)
        if not hmac.compare_digest(expected, sig):
            raise ApiError(403, 'InvalidSignatureException',
                           'The request signature we calculated does not match the signature you provided. '
                           'Check your AWS Secret Access Key and signing method.')
        return key_id

    def do_POST(self):
        stub = self.server.stub
        body = self.rfile.read(int(self.headers.get('Content-Length') or 0))
        ctype = (self.headers.get('Content-Type') or '').split(';')[0].strip()
        if ctype == 'application/x-www-form-urlencoded':
            return self._assume_role(body)
        try:
            if ctype != 'application/x-amz-json-1.0':
                raise ApiError(400, 'ValidationError', f'Unsupported content type {ctype!r}.')
            target = self.headers.get('X-Amz-Target')
            if target not in (TARGET, LIST_TARGET):
                raise ApiError(400, 'UnknownOperationException', f'Unknown operation {target}')
            self._verify(body, 'monitoring')
            if target == LIST_TARGET:
                return self._list_metrics(body)
            req = self._counted_request('calls', 'GetMetricData', stub.args.throttle_first, body, b'null')
            self._send(200, get_metric_data(stub.data, req, stub.args.page_size))
        except ApiError as e:
            self._json_error(e)

    def _counted_request(self, counter, action, throttle_first, body, empty):
        """Counts the call in stub.<counter>, answers as CloudWatch does to a denied user or
        a throttled call (the first `throttle_first` calls), and returns the JSON request
        object (`empty` stands for an empty body)."""
        stub = self.server.stub
        with stub.lock:
            n = getattr(stub, counter) + 1
            setattr(stub, counter, n)
        if stub.args.deny:
            raise ApiError(403, 'AccessDeniedException', 'User: arn:aws:iam::123456789012:user/stub is not '
                           f'authorized to perform: cloudwatch:{action}')
        if n <= throttle_first:
            raise ApiError(400, 'Throttling', 'Rate exceeded')
        try:
            req = json.loads(body or empty)
        except ValueError:
            raise ApiError(400, 'SerializationException', 'The request body is not valid JSON.')
        if not isinstance(req, dict):
            raise ApiError(400, 'SerializationException', 'The request body is not a JSON object.')
        return req

    def _list_metrics(self, body):
        stub = self.server.stub
        req = self._counted_request('list_calls', 'ListMetrics', stub.args.throttle_list_first, body, b'{}')
        self._send(200, list_metrics(stub.data, req, stub.args.list_page_size))

    def _assume_role(self, body):
        stub = self.server.stub
        try:
            self._verify(body, 'sts')
            form = dict(parse_qsl(body.decode()))
            if form.get('Action') != 'AssumeRole' or form.get('Version') != '2011-06-15':
                raise ApiError(400, 'InvalidAction', f'Could not find operation {form.get("Action")} for version '
                               f'{form.get("Version")}')
            role = form.get('RoleArn', '')
            if not stub.args.role_arn or role != stub.args.role_arn:
                raise ApiError(403, 'AccessDenied', f'User: arn:aws:iam::123456789012:user/stub is not authorized '
                               f'to perform: sts:AssumeRole on resource: {role}')
            key_id = 'ASIASTUB%012d' % (len(stub.keys))
            secret = base64.b64encode(os.urandom(30)).decode()
            token = base64.b64encode(os.urandom(60)).decode()
            with stub.lock:
                stub.keys[key_id] = (secret, token)
            expires = time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime(time.time() + 3600))
            xml = (f'<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>'
                   f'<AssumedRoleUser><AssumedRoleId>AROASTUB:{form.get("RoleSessionName", "")}</AssumedRoleId>'
                   f'<Arn>{role}</Arn></AssumedRoleUser><Credentials><AccessKeyId>{key_id}</AccessKeyId>'
                   f'<SecretAccessKey>{secret}</SecretAccessKey><SessionToken>{token}</SessionToken>'
                   f'<Expiration>{expires}</Expiration></Credentials></AssumeRoleResult>'
                   f'<ResponseMetadata><RequestId>5b9c0a8e-0000-4000-8000-000000000000</RequestId>'
                   f'</ResponseMetadata></AssumeRoleResponse>')
            self._send(200, xml.encode(), 'text/xml')
        except ApiError as e:
            self._xml_error(e)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--metrics', help='OpenMetrics file (see generate.py)')
    ap.add_argument('--self-test', help='check the stub\'s SigV4 against a vectors.json and exit')
    ap.add_argument('--port', type=int, default=0)
    ap.add_argument('--region', default='eu-west-1')
    # Keys also from the environment, so that a test can keep them off every command line.
    ap.add_argument('--access-key', default=os.environ.get('CW_STUB_ACCESS_KEY', DOC_KEY[0]))
    ap.add_argument('--secret-key', default=os.environ.get('CW_STUB_SECRET_KEY', DOC_KEY[1]))
    ap.add_argument('--role-arn', help='the one role AssumeRole grants')
    ap.add_argument('--throttle-first', type=int, default=0, help='answer the first N GetMetricData calls Throttling')
    ap.add_argument('--throttle-list-first', type=int, default=0,
                    help='answer the first N ListMetrics calls Throttling')
    ap.add_argument('--list-page-size', type=int, default=LIST_PAGE, help='metrics per ListMetrics page at most')
    ap.add_argument('--deny', action='store_true', help='answer GetMetricData with AccessDeniedException')
    ap.add_argument('--page-size', type=int, default=MAX_POINTS, help='data points per page at most')
    ap.add_argument('--verbose', action='store_true')
    args = ap.parse_args()
    if args.self_test:
        return self_test(args.self_test)
    if not args.metrics:
        ap.error('--metrics is required')
    try:
        stub = Stub(args)
    except (OSError, ValueError, KeyError) as e:
        print(f'cloudwatch_stub: {e}', file=sys.stderr)
        return 2
    server = ThreadingHTTPServer(('127.0.0.1', args.port), Handler)
    server.daemon_threads = True
    server.stub = stub
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == '__main__':
    sys.exit(main())
