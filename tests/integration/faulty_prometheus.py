#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""A Prometheus HTTP API stand-in that misbehaves on purpose (standard library only).

usage: faulty_prometheus.py MODE [--delay S] [--huge-mb N] [--lifetime S]

Listens on 127.0.0.1 on a free port, prints that port on the first line of stdout, and
answers every request (GET or POST, any path) according to MODE:

  ok            a well-formed instant vector: every `sladesk_part` tag the query names
                gets the value 1000 for totals ("t...") and 999 otherwise
  slow          reads the request, then sends nothing for --delay seconds (default 20)
  trickle       announces a body and sends it one byte every 0.2 s (never idle long enough
                for a transfer timeout; only a whole-request deadline ends it)
  status500     HTTP 500 with Prometheus' error JSON (errorType "internal")
  malformed     HTTP 200 whose body is not JSON at all (an HTML error page)
  badjson       HTTP 200 with syntactically broken JSON (a missing bracket)
  truncated     HTTP 200 with a correct Content-Length, but the JSON stops half-way
  cut           HTTP 200 announcing more bytes than it sends, then closes the connection
  huge          HTTP 200 announcing --huge-mb MB (default 300) and streaming them
  hugestream    HTTP 200 without Content-Length, streaming --huge-mb MB of series until
                the client hangs up
  gzipbomb      HTTP 200 with Content-Encoding: gzip: about 300 KB (concatenated gzip
                members) that inflate to --huge-mb MB (default 300) of zeros
  redirectloop  HTTP 302 from every path to the path itself
  crossredirect HTTP 307 to the same path on another port (another origin)
  ansi          HTTP 500 whose error text holds terminal control sequences (a title
                change, a screen clear) and an echoed Authorization header

A connection refused needs no server: the test uses a port nobody listens on.
The server stops by itself after --lifetime seconds (default 120), so a test that dies
never leaves it behind. Every request line is logged to stderr.
"""

import argparse
import json
import re
import socket
import socketserver
import sys
import threading
import time
import zlib

CHUNK = 1 << 20


def read_request(rfile):
    """Reads one HTTP/1.1 request; returns (request line, body, Authorization) or None at EOF."""
    line = rfile.readline(65537)
    if not line:
        return None
    length = 0
    authorization = ""
    while True:
        h = rfile.readline(65537)
        if h in (b"\r\n", b"\n", b""):
            break
        name, _, value = h.decode("latin-1").partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
        if name.strip().lower() == "authorization":
            authorization = value.strip()
    body = rfile.read(length) if length else b""
    return line.decode("latin-1").strip(), body, authorization


def parts_of(request_line, body):
    """The sladesk_part tags named in the query (URL or form body)."""
    text = request_line + " " + body.decode("utf-8", "replace")
    from urllib.parse import unquote_plus
    text = unquote_plus(text)
    return sorted(set(re.findall(r'"sladesk_part",\s*"([A-Za-z0-9]+)"', text)))


def ok_body(tags):
    result = []
    for tag in tags:
        value = "1000" if tag.startswith("t") else "999"
        result.append({"metric": {"sladesk_part": tag}, "value": [1738281600, value]})
    return json.dumps({"status": "success", "data": {"resultType": "vector", "result": result}}).encode()


class Handler(socketserver.StreamRequestHandler):
    def send(self, status, body, extra=(), length=None):
        head = [f"HTTP/1.1 {status}", "Content-Type: application/json",
                f"Content-Length: {len(body) if length is None else length}"]
        head += list(extra)
        self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        self.wfile.flush()

    def handle(self):
        opts = self.server.opts
        while True:
            req = read_request(self.rfile)
            if req is None:
                return
            line, body, authorization = req
            print(f"{opts.mode}: {line[:120]}", file=sys.stderr, flush=True)
            mode = opts.mode
            if mode == "ok":
                self.send("200 OK", ok_body(parts_of(line, body)))
                continue
            if mode == "slow":
                # Nothing at all, not even the status line, until the delay is over.
                time.sleep(opts.delay)
                self.send("200 OK", ok_body(parts_of(line, body)))
                continue
            if mode == "trickle":
                body = ok_body(parts_of(line, body))
                self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                 + f"Content-Length: {len(body)}\r\n\r\n".encode())
                self.wfile.flush()
                try:
                    for b in body:
                        self.wfile.write(bytes([b]))
                        self.wfile.flush()
                        time.sleep(0.2)
                except OSError:
                    return
                continue
            if mode == "status500":
                self.send("500 Internal Server Error", json.dumps(
                    {"status": "error", "errorType": "internal",
                     "error": "query processing would load too many samples into memory"}).encode())
                continue
            if mode == "malformed":
                page = b"<html><body><h1>502 Bad Gateway</h1>nginx</body></html>\n"
                self.send("200 OK", page)
                continue
            if mode == "badjson":
                self.send("200 OK", b'{"status":"success","data":{"resultType":"vector","result":'
                                    b'[{"metric":{},"value":[1738281600,"1"]}}')
                continue
            if mode == "truncated":
                full = ok_body(parts_of(line, body) or ["t0"])
                self.send("200 OK", full[: len(full) // 2])
                continue
            if mode == "cut":
                full = ok_body(parts_of(line, body) or ["t0"])
                self.send("200 OK", full[: len(full) // 2], length=len(full))
                return  # closes the connection early
            if mode == "gzipbomb":
                self.send("200 OK", self.server.bomb, extra=["Content-Encoding: gzip"])
                continue
            if mode == "redirectloop":
                path = line.split(" ")[1] if " " in line else "/"
                self.send("302 Found", b"", extra=[f"Location: {path}"])
                continue
            if mode == "crossredirect":
                path = line.split(" ")[1] if " " in line else "/"
                port = self.server.server_address[1] + 1
                self.send("307 Temporary Redirect", b"", extra=[f"Location: http://127.0.0.1:{port}{path}"])
                continue
            if mode == "ansi":
                self.send("500 Internal Server Error", json.dumps(
                    {"status": "error", "errorType": "internal",
                     "error": "\x1b]0;pwned\x07\x1b[2Jbad header Authorization: " + authorization}).encode())
                continue
            if mode in ("huge", "hugestream"):
                self.stream_huge(announce=(mode == "huge"))
                return
            self.send("400 Bad Request", b'{"status":"error","errorType":"bad_data","error":"unknown mode"}')

    def stream_huge(self, announce):
        total = self.server.opts.huge_mb << 20
        head = ["HTTP/1.1 200 OK", "Content-Type: application/json", "Connection: close"]
        if announce:
            head.append(f"Content-Length: {total}")
        prefix = b'{"status":"success","data":{"resultType":"vector","result":['
        item = b'{"metric":{"service":"svc"},"value":[1738281600,"1"]},'
        chunk = (item * (CHUNK // len(item) + 1))[:CHUNK]
        sent = 0
        try:
            self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode() + prefix)
            sent = len(prefix)
            while sent < total:
                n = min(CHUNK, total - sent)
                self.wfile.write(chunk[:n])
                sent += n
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should
        print(f"huge: sent {sent} of {total} bytes", file=sys.stderr, flush=True)


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["ok", "slow", "trickle", "status500", "malformed", "badjson", "truncated", "cut",
                                     "huge", "hugestream", "gzipbomb", "redirectloop", "crossredirect", "ansi"])
    ap.add_argument("--delay", type=float, default=20.0)
    ap.add_argument("--huge-mb", type=int, default=300)
    ap.add_argument("--lifetime", type=float, default=120.0)
    opts = ap.parse_args()
    server = Server(("127.0.0.1", 0), Handler)
    server.opts = opts
    if opts.mode == "gzipbomb":
        # One gzip member of 1 MB of zeros, repeated: concatenated members are one stream.
        packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        server.bomb = (packer.compress(bytes(CHUNK)) + packer.flush()) * opts.huge_mb
    print(server.server_address[1], flush=True)
    threading.Timer(opts.lifetime, server.shutdown).start()
    try:
        server.serve_forever(poll_interval=0.1)
    finally:
        server.server_close()
    # Threads still sleeping in "slow" are daemons: leaving main ends them.


if __name__ == "__main__":
    main()
