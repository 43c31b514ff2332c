#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""A local stand-in for the Datadog HTTP API, for SLA Desk's tests.

Datadog has no public test server, so this stub answers the few endpoints SLA Desk uses
in the documented shapes (docs.datadoghq.com API reference; recorded responses of the
official Go client):

  GET  /api/v1/query?from=S&to=S&query=Q          time series points (v1)
  POST /api/v2/query/timeseries                   timeseries formula query (v2)
  GET  /api/v1/slo[?ids=&query=&tags_query=&limit=&offset=]
  GET  /api/v1/slo/{id}
  GET  /api/v1/slo/{id}/history?from_ts=S&to_ts=S
  GET  /api/v1/validate                           API key check: {"valid": true}
  GET  /api/v1/search?q=[metrics:]TERM            metric search: {"results": {"metrics": [...]}}
  GET  /api/v2/metrics/{metric_name}/all-tags[?window[seconds]=S]
                                                  {"data": {"type": "metrics", "id": NAME,
                                                   "attributes": {"tags": [...], "ingested_tags": []}}}

Metric data comes from an OpenMetrics text file (counter and gauge families), SLO
definitions from a JSON file holding a list of SLO objects as Datadog returns them.
Requests need the DD-API-KEY and DD-APPLICATION-KEY headers (403 otherwise). Every
answer carries X-RateLimit-Limit/Period/Remaining/Reset (and X-RateLimit-Name where
Datadog sends one); past the limit per calendar-aligned period the answer is 429.

Metric search answers the metric names (counters by both their family and `_total` sample
names) that contain TERM, compared without case; a `q` without a term other than `metrics:`
lists every name, a missing `q` is a 400. The documented 24-hour (search) and 4-hour
(all-tags `window[seconds]`, at least 14400) look-backs are not applied: the fixture's samples
are old, so every metric and tag of the file counts as recent. all-tags lists the metric's
`key:value` tags as indexed `tags`; an unknown metric is a 404, a `window[seconds]` under
14400 or not a number a 400.

Query language served (v1 and the v2 `queries[].query`):
  [sum|avg|min|max:]metric{tag:value,!tag:value,tag:glob*|*} [by {tag,...}]
      [.as_count()|.as_rate()] [.rollup(sum|avg|min|max|count[, SECONDS])]
and several such queries separated by commas (v1). Counters under `.as_count()` give the
counter's increase per rollup interval (a reset counts from zero), so the points of one
window add up to the counter's increase over it. Gauges ignore `.as_count()`/`.as_rate()`.

Rollup interval for a span (docs "Rollup interval: enforced vs custom", API column):
up to 1 h 20 s, 4 h 60 s, 1 d 300 s, 2 d 600 s, 1 w 3600 s, 1 month (31 d) 14400 s,
longer 86400 s. A `.rollup(_, N)` interval applies only when larger than that. Points
sit on multiples of the interval from ceil(from) to floor(to); an interval without data
is a `null` point (a gap), never a zero.

Usage: datadog_stub.py --metrics FILE.om [--slos FILE.json] [--port 0] [--no-v2] [--redirect-to URL]
[--api-key K --app-key K]; the keys default to $DD_STUB_API_KEY and $DD_STUB_APP_KEY, else
stub-api-key and stub-app-key.
The first line on stdout is the port the server listens on (127.0.0.1).
"""

import argparse
import fnmatch
import json
import math
import os
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

# ---------------------------------------------------------------------------------------
# OpenMetrics text


class Family:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind  # "counter" | "gauge" | "unknown"
        self.series = {}  # frozenset(tags) -> [(t, v)]


_SAMPLE_RE = re.compile(r'^([A-Za-z_:][A-Za-z0-9_:.]*)(\{(.*)\})?\s+(\S+)(?:\s+(\S+))?\s*$')
_LABEL_RE = re.compile(r'\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*(,|$)')


def _unescape(s):
    return s.replace('\\n', '\n').replace('\\"', '"').replace('\\\\', '\\')


def parse_openmetrics(text):
    """Returns {metric name: Family}. Counter samples are keyed by the sample name
    (`x_total`) and also by the family name, as both are common in Datadog queries."""
    families = {}
    types = {}
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith('#'):
            parts = line.split(None, 3)
            if len(parts) >= 4 and parts[1] == 'TYPE':
                types[parts[2]] = parts[3].strip()
            continue
        m = _SAMPLE_RE.match(line)
        if not m:
            raise ValueError(f'line {lineno}: not an OpenMetrics sample: {raw!r}')
        name, _, labels, value, ts = m.groups()
        tags = []
        pos = 0
        labels = labels or ''
        while pos < len(labels):
            lm = _LABEL_RE.match(labels, pos)
            if not lm:
                raise ValueError(f'line {lineno}: bad label set: {labels!r}')
            tags.append(f'{lm.group(1)}:{_unescape(lm.group(2))}')
            pos = lm.end()
        if ts is None:
            raise ValueError(f'line {lineno}: the stub needs a timestamp on every sample')
        family = name
        kind = types.get(name, 'unknown')
        for suffix in ('_total', '_created'):
            if name.endswith(suffix) and types.get(name[: -len(suffix)]) == 'counter':
                family = name[: -len(suffix)]
                kind = 'counter'
                if suffix == '_created':
                    family = None
        if family is None:
            continue
        v = float(value)
        for key in {name, family}:
            f = families.setdefault(key, Family(key, kind))
            f.series.setdefault(frozenset(tags), []).append((float(ts), v))
    for f in families.values():
        for pts in f.series.values():
            pts.sort()
    return families


# ---------------------------------------------------------------------------------------
# Queries


class QueryError(Exception):
    pass


_QUERY_RE = re.compile(
    r'^\s*(?:(sum|avg|min|max):)?([A-Za-z_][A-Za-z0-9_.:]*?)\s*\{([^}]*)\}\s*'
    r'(?:by\s*\{([^}]*)\})?\s*((?:\.[a-z_]+\([^)]*\)\s*)*)$')
_FUNC_RE = re.compile(r'\.([a-z_]+)\(([^)]*)\)')


class Query:
    def __init__(self, text):
        self.text = text.strip()
        m = _QUERY_RE.match(self.text)
        if not m:
            raise QueryError(f'Error parsing query: unable to parse {self.text}: Rule \'scope_expr\' didn\'t match')
        self.aggr, self.metric, scope, by, funcs = m.groups()
        self.scope = [t.strip() for t in scope.split(',') if t.strip()]
        if not self.scope:
            raise QueryError(f'Error parsing query: unable to parse {self.text}: empty scope')
        self.by = [t.strip() for t in (by or '').split(',') if t.strip()]
        self.modifier = None
        self.rollup_method = None
        self.rollup_interval = None
        for fm in _FUNC_RE.finditer(funcs or ''):
            fname, args = fm.group(1), [a.strip() for a in fm.group(2).split(',') if a.strip()]
            if fname in ('as_count', 'as_rate'):
                if args:
                    raise QueryError(f'Error parsing query: {fname}() takes no arguments')
                self.modifier = fname
            elif fname == 'rollup':
                if not args or len(args) > 2:
                    raise QueryError('Error parsing query: rollup() takes an aggregator and an optional interval')
                if args[0] in ('sum', 'avg', 'min', 'max', 'count'):
                    self.rollup_method = args[0]
                    args = args[1:]
                if args:
                    try:
                        self.rollup_interval = int(args[0])
                    except ValueError:
                        raise QueryError(f'Error parsing query: invalid rollup interval {args[0]!r}')
                    if self.rollup_interval <= 0:
                        raise QueryError('Error parsing query: rollup interval must be positive')
            else:
                raise QueryError(f'Error parsing query: unknown function {fname}()')

    def scope_matches(self, tags):
        for cond in self.scope:
            if cond == '*':
                continue
            negate = cond.startswith('!')
            pattern = cond[1:] if negate else cond
            hit = any(fnmatch.fnmatchcase(t, pattern) for t in tags)
            if hit == negate:
                return False
        return True

    def scope_text(self):
        return ','.join(self.scope)


def split_queries(text):
    """Splits `a{x:y},b{z}` at top-level commas."""
    parts, depth, cur = [], 0, ''
    for ch in text:
        if ch in '{(':
            depth += 1
        elif ch in '})':
            depth -= 1
        if ch == ',' and depth == 0:
            parts.append(cur)
            cur = ''
        else:
            cur += ch
    parts.append(cur)
    return [p for p in (p.strip() for p in parts) if p]


def enforced_interval(span):
    for limit, step in ((3600, 20), (4 * 3600, 60), (86400, 300), (2 * 86400, 600),
                        (7 * 86400, 3600), (31 * 86400, 14400)):
        if span <= limit:
            return step
    return 86400


def _aggregate(method, values):
    if not values:
        return None
    if method == 'sum':
        return float(sum(values))
    if method == 'min':
        return float(min(values))
    if method == 'max':
        return float(max(values))
    if method == 'count':
        return float(len(values))
    return float(sum(values)) / len(values)


def evaluate(q, families, t_from, t_to, interval=None):
    """Returns (interval, bucket starts, [(tag_set list, [value|None per bucket])])."""
    if t_to < t_from:
        raise QueryError('Error parsing query: The start time must be before the end time')
    span = t_to - t_from
    step = enforced_interval(span) if interval is None else int(interval)
    if q.rollup_interval and q.rollup_interval > step:
        step = q.rollup_interval
    first = int(math.ceil(t_from / step) * step)
    last = int(math.floor(t_to / step) * step)
    buckets = list(range(first, last + 1, step)) if last >= first else []
    family = families.get(q.metric)
    if family is None:
        return step, buckets, []
    counter = family.kind == 'counter'
    groups = {}
    for tags, pts in family.series.items():
        if not q.scope_matches(tags):
            continue
        key = []
        for g in q.by:
            vals = sorted(t for t in tags if t.split(':', 1)[0] == g)
            key.append(vals[0] if vals else f'{g}:N/A')
        groups.setdefault(tuple(key), []).append(pts)
    method = q.rollup_method or ('sum' if counter and q.modifier == 'as_count' else 'avg')
    result = []
    for key in sorted(groups):
        per_series = []
        for pts in groups[key]:
            cells = {}
            prev = None
            for t, v in pts:
                if counter:
                    if prev is not None and t_from <= t <= t_to:
                        delta = v - prev if v >= prev else v
                        cells.setdefault(int(t // step * step), []).append(delta)
                    prev = v
                elif t_from <= t <= t_to:
                    cells.setdefault(int(t // step * step), []).append(v)
            if not any(b in cells for b in buckets):
                continue
            row = []
            for b in buckets:
                vals = cells.get(b)
                if vals is None:
                    row.append(None)
                    continue
                val = _aggregate(method, vals)
                if counter and q.modifier == 'as_rate':
                    val = float(sum(vals)) / step
                row.append(val)
            per_series.append(row)
        if not per_series:
            continue
        space = q.aggr or 'avg'
        merged = []
        for i in range(len(buckets)):
            vals = [r[i] for r in per_series if r[i] is not None]
            merged.append(_aggregate(space, vals))
        result.append((list(key), merged))
    return step, buckets, result


# ---------------------------------------------------------------------------------------
# Rate limiting


class RateLimiter:
    def __init__(self, limit, period):
        self.limit = limit
        self.period = period
        self.lock = threading.Lock()
        self.windows = {}  # bucket name -> (window start, used)

    def take(self, bucket):
        """Returns (allowed, headers)."""
        with self.lock:
            now = time.time()
            start = int(now // self.period * self.period)
            wstart, used = self.windows.get(bucket, (start, 0))
            if wstart != start:
                used = 0
            allowed = used < self.limit
            if allowed:
                used += 1
            self.windows[bucket] = (start, used)
            reset = max(1, int(math.ceil(start + self.period - now)))
            headers = {
                'X-RateLimit-Limit': str(self.limit),
                'X-RateLimit-Period': str(self.period),
                'X-RateLimit-Remaining': str(max(0, self.limit - used)),
                'X-RateLimit-Reset': str(reset),
            }
            if bucket == 'slo_history':  # the only name the recordings show for these endpoints
                headers['X-RateLimit-Name'] = bucket
            return allowed, headers

    def peek(self, bucket):
        with self.lock:
            now = time.time()
            start = int(now // self.period * self.period)
            wstart, used = self.windows.get(bucket, (start, 0))
            if wstart != start:
                used = 0
            headers = {
                'X-RateLimit-Limit': str(self.limit),
                'X-RateLimit-Period': str(self.period),
                'X-RateLimit-Remaining': str(max(0, self.limit - used)),
                'X-RateLimit-Reset': str(max(1, int(math.ceil(start + self.period - now)))),
            }
            if bucket == 'slo_history':
                headers['X-RateLimit-Name'] = bucket
            return headers


# ---------------------------------------------------------------------------------------
# HTTP

FORBIDDEN_V1 = {'status': 'error', 'code': 403, 'errors': ['Forbidden'],
                'statuspage': 'http://status.datadoghq.com',
                'twitter': 'http://twitter.com/datadogops', 'email': 'support@datadoghq.com'}


class Stub:
    def __init__(self, args):
        self.args = args
        with open(args.metrics, encoding='utf-8') as f:
            self.families = parse_openmetrics(f.read())
        self.slos = []
        if args.slos:
            with open(args.slos, encoding='utf-8') as f:
                self.slos = json.load(f)
        self.limiter = RateLimiter(args.rate_limit, args.rate_period)
        self.lock = threading.Lock()
        self.requests = 0


def _num(v):
    if v is None:
        return None
    return int(v) if float(v).is_integer() and abs(v) < 2 ** 53 else v


class Handler(BaseHTTPRequestHandler):
    server_version = 'datadog-stub/1'
    protocol_version = 'HTTP/1.1'

    def log_message(self, fmt, *a):  # quiet unless asked
        if self.server.stub.args.verbose:
            sys.stderr.write('stub: ' + (fmt % a) + '\n')

    # -- plumbing ----------------------------------------------------------------------
    def _send(self, code, body, headers, content_type='application/json'):
        stub = self.server.stub
        data = body if isinstance(body, bytes) else json.dumps(body, separators=(',', ':')).encode()
        with stub.lock:
            n = stub.requests
        if n <= stub.args.malformed_first and code == 200:
            data = data[: max(1, len(data) // 2)]
        self.send_response(code)
        self.send_header('Content-Type', content_type)
        self.send_header('Content-Length', str(len(data)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def _bucket(self, path):
        if path.startswith('/api/v1/query'):
            return 'query'
        if path.startswith('/api/v2/query/timeseries'):
            return 'timeseries'
        if path.endswith('/history'):
            return 'slo_history'
        if path == '/api/v1/validate':
            return 'validate'
        if path == '/api/v1/search':
            return 'search'
        if path.startswith('/api/v2/metrics/'):
            return 'metrics'
        return 'slo'

    def _handle(self, method):
        stub = self.server.stub
        url = urlsplit(self.path)
        path = url.path.rstrip('/') or '/'
        params = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        body = b''
        length = int(self.headers.get('Content-Length') or 0)
        if length:
            body = self.rfile.read(length)
        with stub.lock:
            stub.requests += 1
            n = stub.requests
        if stub.args.delay_ms:
            time.sleep(stub.args.delay_ms / 1000.0)
        if stub.args.redirect_to:  # a misconfigured proxy that sends clients elsewhere
            self.send_response(307)
            self.send_header('Location', stub.args.redirect_to.rstrip('/') + self.path)
            self.send_header('Content-Length', '0')
            self.end_headers()
            return
        v2 = path.startswith('/api/v2/')
        ctype = 'application/vnd.api+json' if v2 else 'application/json'
        bucket = self._bucket(path)
        routes = {('GET', '/api/v1/query'), ('POST', '/api/v2/query/timeseries'), ('GET', '/api/v1/slo'),
                  ('GET', '/api/v1/validate'), ('GET', '/api/v1/search')}
        if stub.args.no_v2:  # a proxy that only forwards v1
            routes.discard(('POST', '/api/v2/query/timeseries'))
        slo_match = re.fullmatch(r'/api/v1/slo/([^/]+)(/history)?', path)
        tags_match = re.fullmatch(r'/api/v2/metrics/([^/]+)/all-tags', path)
        if (method, path) not in routes and not (method == 'GET' and (slo_match or tags_match)):
            known = path in ('/api/v1/query', '/api/v1/slo', '/api/v1/validate', '/api/v1/search') or slo_match or \
                tags_match or (
                path == '/api/v2/query/timeseries' and not stub.args.no_v2)
            if known:
                return self._send(405, {'errors': ['Method Not Allowed']}, {}, ctype)
            return self._send(404, {'errors': ['Not found']}, {}, ctype)
        api_key = self.headers.get('DD-API-KEY')
        app_key = self.headers.get('DD-APPLICATION-KEY')
        if path == '/api/v1/validate':  # checks the API key only
            app_key = stub.args.app_key
        if api_key != stub.args.api_key or app_key != stub.args.app_key:
            return self._send(403, {'errors': ['Forbidden']} if v2 else FORBIDDEN_V1,
                              stub.limiter.peek(bucket), ctype)
        allowed, rl = stub.limiter.take(bucket)
        if not allowed:
            return self._send(429, {'errors': ['Too many requests']}, rl, ctype)
        if n <= stub.args.fail_first:
            return self._send(stub.args.fail_status, {'errors': ['Internal Server Error']}, rl, ctype)
        try:
            if path == '/api/v1/validate':
                return self._send(200, {'valid': True}, rl, ctype)
            if path == '/api/v1/query':
                return self._send(200, self.v1_query(params), rl, ctype)
            if path == '/api/v2/query/timeseries':
                return self._send(200, self.v2_timeseries(body), rl, ctype)
            if path == '/api/v1/slo':
                return self._send(200, self.slo_list(params), rl, ctype)
            if path == '/api/v1/search':
                return self._send(200, self.metric_search(params), rl, ctype)
            if tags_match:
                return self.all_tags(tags_match.group(1), params, rl, ctype)
            slo = next((s for s in stub.slos if s.get('id') == slo_match.group(1)), None)
            if slo is None:
                return self._send(404, {'errors': [f'SLO not found: {slo_match.group(1)} not found']}, rl, ctype)
            if slo_match.group(2):
                return self._send(200, self.slo_history(slo, params), rl, ctype)
            return self._send(200, {'data': slo, 'error': None}, rl, ctype)
        except QueryError as e:
            return self._send(400, {'errors': [str(e)]}, rl, ctype)

    def do_GET(self):
        self._handle('GET')

    def do_POST(self):
        self._handle('POST')

    def do_PUT(self):
        self._handle('PUT')

    def do_DELETE(self):
        self._handle('DELETE')

    # -- endpoints ---------------------------------------------------------------------
    @staticmethod
    def _int_param(params, name):
        if name not in params or params[name] == '':
            raise QueryError(f"Missing required parameter '{name}'")
        try:
            return int(float(params[name]))
        except ValueError:
            raise QueryError(f"Invalid value for parameter '{name}': {params[name]!r} is not a number")

    def metric_search(self, params):
        if 'q' not in params:
            raise QueryError("Missing required parameter 'q'")
        term = params['q']
        if term.startswith('metrics:'):
            term = term[len('metrics:'):]
        term = term.strip().lower()
        names = sorted(n for n in self.server.stub.families if term in n.lower())
        return {'results': {'metrics': names}}

    def all_tags(self, name, params, rl, ctype):
        window = params.get('window[seconds]')
        if window is not None:
            try:
                seconds = int(window)
            except ValueError:
                raise QueryError(f"Invalid value for parameter 'window[seconds]': {window!r} is not an integer")
            if seconds < 14400:
                raise QueryError("window[seconds] must be at least 14400")
        family = self.server.stub.families.get(name)
        if family is None:
            return self._send(404, {'errors': [f'Metric {name} not found']}, rl, ctype)
        tags = sorted({t for tag_set in family.series for t in tag_set})
        return self._send(200, {'data': {'type': 'metrics', 'id': name,
                                         'attributes': {'tags': tags, 'ingested_tags': []}}}, rl, ctype)

    def v1_query(self, params):
        t_from = self._int_param(params, 'from')
        t_to = self._int_param(params, 'to')
        text = params.get('query', '')
        if not text:
            raise QueryError("Missing required parameter 'query'")
        series = []
        group_by = []
        for index, part in enumerate(split_queries(text)):
            q = Query(part)
            group_by = group_by or q.by
            step, buckets, groups = evaluate(q, self.server.stub.families, t_from, t_to)
            for tag_set, values in groups:
                scope_tags = [t for t in q.scope if t != '*'] + tag_set
                scope = ','.join(scope_tags) if scope_tags else '*'
                suffix = ''.join(f'.{f}' for f in ([q.modifier + '()'] if q.modifier else []))
                if q.rollup_method or q.rollup_interval:
                    args = ','.join(str(a) for a in (q.rollup_method, q.rollup_interval) if a)
                    suffix += f'.rollup({args})'
                expr = f'{q.aggr + ":" if q.aggr else ""}{q.metric}{{{scope}}}{suffix}'
                series.append({
                    'end': (buckets[-1] + step - 1) * 1000,
                    'attributes': {},
                    'metric': q.metric,
                    'interval': step,
                    'tag_set': tag_set,
                    'start': buckets[0] * 1000,
                    'length': len(buckets),
                    'query_index': index,
                    'aggr': q.aggr,
                    'scope': scope,
                    'pointlist': [[float(b * 1000), _num(v)] for b, v in zip(buckets, values)],
                    'expression': expr,
                    'unit': None,
                    'display_name': q.metric,
                })
        return {'status': 'ok', 'res_type': 'time_series', 'resp_version': 1, 'query': text,
                'from_date': t_from * 1000, 'to_date': t_to * 1000, 'series': series,
                'message': '', 'group_by': group_by, 'times': [], 'values': []}

    def v2_timeseries(self, body):
        try:
            req = json.loads(body or b'null')
        except ValueError:
            raise QueryError('API input validation failed: request body is not valid JSON')
        data = req.get('data') if isinstance(req, dict) else None
        if not isinstance(data, dict):
            raise QueryError('API input validation failed: data: data is required')
        if data.get('type') != 'timeseries_request':
            raise QueryError('API input validation failed: Invalid type. Expected "timeseries_request".')
        attrs = data.get('attributes')
        if not isinstance(attrs, dict):
            raise QueryError('API input validation failed: attributes: attributes is required')
        for k in ('from', 'to', 'queries'):
            if k not in attrs:
                raise QueryError(f'API input validation failed: {k}: {k} is required')
        t_from, t_to = int(attrs['from']) / 1000.0, int(attrs['to']) / 1000.0
        interval = attrs.get('interval')
        step = None if interval is None else max(1, int(interval) // 1000)
        if step is not None and step < enforced_interval(t_to - t_from):
            step = enforced_interval(t_to - t_from)
        queries = attrs['queries']
        if not isinstance(queries, list) or not queries:
            raise QueryError('API input validation failed: queries: at least one query is required')
        names = {}
        for i, qd in enumerate(queries):
            if qd.get('data_source') != 'metrics':
                raise QueryError(f'API input validation failed: queries.{i}.data_source: only "metrics" is served')
            names[qd.get('name') or f'query{i + 1}'] = (i, Query(qd.get('query', '')))
        formulas = attrs.get('formulas') or [{'formula': n} for n in names]
        series, values, times = [], [], None
        for fi, f in enumerate(formulas):
            expr = f.get('formula', '')
            if not re.fullmatch(r'[A-Za-z0-9_.+\-*/() ]+', expr):
                raise QueryError(f'API input validation failed: cannot parse formula {expr!r}')
            refs = re.findall(r'[A-Za-z_][A-Za-z0-9_]*', expr)
            for r in refs:
                if r not in names:
                    raise QueryError(f'API input validation failed: formula {expr!r} uses an unknown query {r!r}')
            evaluated = {}
            for r in set(refs):
                qi, q = names[r]
                s, buckets, groups = evaluate(q, self.server.stub.families, t_from, t_to, step)
                times = buckets if times is None else times
                evaluated[r] = (q, {tuple(g): v for g, v in groups})
            keys = set()
            for _, g in evaluated.values():
                keys |= set(g)
            for key in sorted(keys):
                row = []
                for bi in range(len(times or [])):
                    env = {}
                    for r, (_, g) in evaluated.items():
                        vals = g.get(key) or g.get(()) or [None] * len(times)
                        env[r] = vals[bi]
                    if any(v is None for v in env.values()):
                        row.append(None)
                        continue
                    try:
                        val = eval(expr, {'__builtins__': {}}, env)  # formula arithmetic only
                    except ZeroDivisionError:
                        val = None
                    except Exception:
                        raise QueryError(f'API input validation failed: cannot evaluate formula {expr!r}')
                    row.append(_num(float(val)) if val is not None else None)
                series.append({'group_tags': list(key), 'query_index': fi, 'unit': None})
                values.append(row)
        return {'data': {'id': '0', 'type': 'timeseries_response',
                         'attributes': {'series': series, 'times': [b * 1000 for b in (times or [])],
                                        'values': values}}}

    def slo_list(self, params):
        slos = self.server.stub.slos
        if params.get('ids'):
            ids = params['ids'].split(',')
            slos = [s for s in slos if s.get('id') in ids]
        if params.get('query'):
            slos = [s for s in slos if params['query'].lower() in s.get('name', '').lower()]
        if params.get('tags_query'):
            want = params['tags_query'].split(',')
            slos = [s for s in slos if all(w in s.get('tags', []) for w in want)]
        offset = int(params.get('offset') or 0)
        limit = int(params.get('limit') or 1000)
        return {'data': slos[offset:offset + limit], 'error': None}

    def slo_history(self, slo, params):
        t_from = self._int_param(params, 'from_ts')
        t_to = self._int_param(params, 'to_ts')
        tf = slo.get('timeframe') or (slo.get('thresholds') or [{}])[0].get('timeframe', '7d')
        thresholds = {t['timeframe']: t for t in slo.get('thresholds', [])}
        target = float(params['target']) if params.get('target') else float(
            thresholds.get(tf, {}).get('target', slo.get('target_threshold', 99.9)))
        data = {'thresholds': thresholds, 'from_ts': t_from, 'to_ts': t_to,
                'type': slo.get('type'), 'type_id': slo.get('type_id'), 'slo': slo}
        overall = {'span_precision': 2, 'precision': {tf: 2}, 'corrections': []}
        if slo.get('type') == 'metric':
            num_q, den_q = slo['query']['numerator'], slo['query']['denominator']
            span_step = enforced_interval(t_to - t_from)
            out = {}
            for qi, (name, text) in enumerate((('numerator', num_q), ('denominator', den_q))):
                q = Query(text)
                step, buckets, groups = evaluate(q, self.server.stub.families, t_from, t_to, span_step)
                vals = [0.0] * len(buckets)
                for _, row in groups:
                    vals = [a + (b or 0.0) for a, b in zip(vals, row)]
                out[name] = {'values': vals, 'sum': float(sum(vals)), 'count': len(vals),
                             'metadata': {'unit': None, 'query_index': qi, 'aggr': q.aggr or 'avg',
                                          'metric': f'default_zero({q.metric})', 'tag_set': [],
                                          'expression': f'default_zero({text})', 'scope': q.scope_text()}}
                times = [float(b * 1000) for b in buckets]
            data['group_by'] = []
            data['series'] = {'res_type': 'time_series', 'resp_version': 2,
                              'query': f'default_zero({num_q}), default_zero({den_q})',
                              'from_date': t_from * 1000, 'to_date': t_to * 1000, 'message': '',
                              'interval': span_step, 'times': times,
                              'numerator': out['numerator'], 'denominator': out['denominator'],
                              'numerator_query': f'default_zero({num_q})',
                              'denominator_query': f'default_zero({den_q})'}
            den = out['denominator']['sum']
            if den == 0:
                overall.update({'errors': [{'error_message': 'The denominator is zero valued',
                                            'error_type': 'ZERO_VALUED_DENOMINATOR'}],
                                'sli_value': None, 'uptime': None, 'state': 'no_data'})
            else:
                sli = 100.0 * out['numerator']['sum'] / den
                self._fill_overall(overall, sli, target, tf)
        elif slo.get('type') == 'time_slice':
            spec = slo['sli_specification']['time_slice']
            qd = spec['query']['queries'][0]
            q = Query(qd['query'])
            step = int(spec.get('query_interval_seconds', 300))
            _, buckets, groups = evaluate(q, self.server.stub.families, t_from, t_to, step)
            ops = {'>': lambda a, b: a > b, '>=': lambda a, b: a >= b,
                   '<': lambda a, b: a < b, '<=': lambda a, b: a <= b}
            op = ops[spec['comparator']]
            good = total = 0
            for _, row in groups[:1]:
                for v in row:
                    if v is None:
                        continue  # a gap is uptime by Datadog's default; the stub leaves it out
                    total += 1
                    good += 1 if op(v, spec['threshold']) else 0
            if total == 0:
                overall.update({'errors': [{'error_type': 'NO_RESULTS',
                                            'error_message': 'No results found for this query'}],
                                'sli_value': None, 'state': 'no_data'})
            else:
                self._fill_overall(overall, 100.0 * good / total, target, tf)
        else:
            overall['errors'] = [{'error_type': 'NO_RESULTS', 'error_message': 'No results found for this monitor'}]
        data['overall'] = overall
        return {'data': data, 'errors': None}

    @staticmethod
    def _fill_overall(overall, sli, target, tf):
        allowed = 100.0 - target
        remaining = 100.0 * (1.0 - (100.0 - sli) / allowed) if allowed > 0 else (100.0 if sli >= 100 else 0.0)
        overall.update({'sli_value': sli, 'uptime': sli, 'error_budget_remaining': {tf: remaining},
                        'state': 'ok' if sli >= target else 'breached'})


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--metrics', required=True, help='OpenMetrics text file')
    ap.add_argument('--slos', help='JSON file: a list of SLO objects')
    ap.add_argument('--port', type=int, default=0)
    # Keys also from the environment, so that a test can keep them off every command line.
    ap.add_argument('--api-key', default=os.environ.get('DD_STUB_API_KEY', 'stub-api-key'))
    ap.add_argument('--app-key', default=os.environ.get('DD_STUB_APP_KEY', 'stub-app-key'))
    ap.add_argument('--rate-limit', type=int, default=1600, help='requests per period and endpoint')
    ap.add_argument('--rate-period', type=int, default=3600, help='seconds, calendar aligned')
    ap.add_argument('--delay-ms', type=int, default=0, help='delay before every answer')
    ap.add_argument('--fail-first', type=int, default=0, help='answer the first N requests with --fail-status')
    ap.add_argument('--fail-status', type=int, default=500)
    ap.add_argument('--malformed-first', type=int, default=0, help='truncate the first N bodies')
    ap.add_argument('--no-v2', action='store_true', help='answer /api/v2/query/timeseries with 404 (a v1-only proxy)')
    ap.add_argument('--redirect-to', help='answer every request with 307 to this base URL plus the request path')
    ap.add_argument('--verbose', action='store_true')
    args = ap.parse_args()
    try:
        stub = Stub(args)
    except (OSError, ValueError) as e:
        print(f'datadog_stub: {e}', file=sys.stderr)
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
