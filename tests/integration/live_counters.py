#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Counters of the checkout service for rules-watch-live.sh: backfill, then live.

  live_counters.py backfill START END FILE   OpenMetrics, one sample a minute from START to END
  live_counters.py serve START PORT INCIDENT  the same counters at the wall clock on
                                              http://127.0.0.1:PORT/metrics

Both write the same functions of the time t (Unix seconds):
  http_requests_total{service="checkout",code="200"} = 500 requests a minute since START
  http_requests_total{service="checkout",code="500"} = 0.05 a minute since START (0.01 %,
      0.2x the burn of a 99.95 % target), plus, from INCIDENT on, 10 errors a second up
      to 400 errors in all.
400 errors are 1.3 % of the hour's 30,000 requests (26.7x the budget's burn) and 16 % of
five minutes: the page (14.4x on 1h and 5m) holds from about 22 s after INCIDENT for five
minutes, while the ticket stays below its factors (1d: 1.3x of 3x; 3d: 0.6x of 1x).
"""
import http.server
import sys
import time

GOOD_PER_S = 500 / 60
BAD_PER_S = 0.05 / 60
INCIDENT_PER_S = 10
INCIDENT_MAX = 400


def counters(start, t, incident=None):
    extra = 0.0
    if incident is not None and t > incident:
        extra = min(INCIDENT_MAX, INCIDENT_PER_S * (t - incident))
    return {"200": GOOD_PER_S * (t - start), "500": BAD_PER_S * (t - start) + extra}


def backfill(start, end, path):
    times = range(start, end + 1, 60)
    with open(path, "w") as f:
        f.write("# TYPE http_requests counter\n")
        for code in ("200", "500"):
            for t in times:
                value = counters(start, t)[code]
                f.write('http_requests_total{service="checkout",code="%s"} %.6f %d\n' % (code, value, t))
        f.write("# EOF\n")


def serve(start, port, incident):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            values = counters(start, time.time(), incident)
            body = "# TYPE http_requests_total counter\n" + "".join(
                'http_requests_total{service="checkout",code="%s"} %.6f\n' % (code, v) for code, v in values.items())
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; version=0.0.4")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    http.server.HTTPServer(("127.0.0.1", port), Handler).serve_forever()


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "backfill":
        backfill(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
    elif len(sys.argv) == 5 and sys.argv[1] == "serve":
        serve(int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]))
    else:
        sys.exit(__doc__)
