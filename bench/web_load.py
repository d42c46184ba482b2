"""Load check for the web API (a benchmark, not a test).

Starts ``faqbot serve`` and a bare Starlette endpoint with the same uvicorn settings on 127.0.0.1,
drives each with the same load over loopback, and prints requests/s, p99 latency and errors for
both, and the ratio. Target: ``/api/ask`` at least 70% of the bare endpoint's throughput, no errors.

    python bench/web_load.py    # about 40 s; uses wrk if installed, else a Python client
    apt-get install wrk         # the better load generator (Debian package)

Exit status 0 when the target is met, 1 when not.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

QUESTIONS = [
    "what are the symptoms?",
    "can the lumps be removed?",
    "how is calcinosis diagnosed?",
    "is it contagious?",
    "what causes calcium deposits under the skin",
    "will physio help my stiff joints",
    "lumps",
    "what is the treatment",
]
TARGET = 0.70


@dataclass(frozen=True)
class Result:
    name: str
    requests_per_second: float
    p99_ms: float
    requests: int
    errors: int


def main() -> int:
    args = parse_args()
    if args.serve_bare:
        serve_bare(args.serve_bare, args.access_log)
        return 0
    generator = "wrk" if shutil.which("wrk") and not args.python_client else "python"
    print(f"load: {generator}, {args.connections} connections, {args.duration:g} s per target, "
          f"access log {'on' if args.access_log else 'off'}, {os.cpu_count()} CPUs")
    bare = run_against("bare", args, generator, unique=False)
    repeated = run_against("faqbot", args, generator, unique=False)
    unique = run_against("faqbot", args, generator, unique=True)
    return report(bare, repeated, unique)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per target")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--max-requests", type=int, default=200_000,
                        help="stop the Python client after this many requests per target")
    parser.add_argument("--access-log", action="store_true", help="log requests in both servers")
    parser.add_argument("--python-client", action="store_true", help="do not use wrk")
    parser.add_argument("--serve-bare", type=int, metavar="PORT", help=argparse.SUPPRESS)
    return parser.parse_args()


def serve_bare(port: int, access_log: bool) -> None:
    """The baseline: one Starlette endpoint that reads the body and returns constant JSON,
    served exactly as ``faqbot serve`` serves the bot."""
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    from faqbot.web import listen, server_config

    async def endpoint(request: Request) -> Response:
        await request.body()
        return Response(b'{"ok": true}', media_type="application/json")

    app = Starlette(routes=[Route("/api/ask", endpoint, methods=["POST"])])
    sock = listen("127.0.0.1", port)
    with sock:
        uvicorn.Server(server_config(app, "127.0.0.1", port, access_log)).run(sockets=[sock])


def run_against(name: str, args: argparse.Namespace, generator: str, unique: bool) -> Result:
    port = free_port()
    if name == "bare":
        command = [sys.executable, __file__, "--serve-bare", str(port)]
        command += ["--access-log"] if args.access_log else []
    else:
        command = [sys.executable, "-m", "faqbot", "serve", "--port", str(port)]
        command += [] if args.access_log else ["--no-access-log"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(port, server)
        url = f"http://127.0.0.1:{port}/api/ask"
        load = run_wrk if generator == "wrk" else run_python_client
        load(url, args, 2.0, unique)  # warm-up
        return Result(name, *load(url, args, args.duration, unique))
    finally:
        server.terminate()
        server.wait(timeout=30)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for(port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server on port {port} exited with status {server.returncode}")
        try:
            body = json.dumps({"question": "hello"}).encode()
            request = urllib.request.Request(f"http://127.0.0.1:{port}/api/ask", body,
                                             {"Content-Type": "application/json"})
            with urllib.request.urlopen(request, timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"the server on port {port} did not start within 30 s")


# --- wrk ---

def run_wrk(url: str, args: argparse.Namespace, duration: float, unique: bool
            ) -> tuple[float, float, int, int]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(wrk_script(unique))
    try:
        output = subprocess.run(
            ["wrk", "-t1", f"-c{args.connections}", f"-d{duration:g}s", "--latency",
             "-s", script.name, url],
            capture_output=True, text=True, check=True, timeout=duration + 60,
        ).stdout
    finally:
        Path(script.name).unlink()
    return parse_wrk(output)


def wrk_script(unique: bool) -> str:
    questions = ", ".join(f"[[{q}]]" for q in QUESTIONS)
    suffix = """ .. " " .. n""" if unique else ""
    return f"""
local questions = {{{questions}}}
local headers = {{["Content-Type"] = "application/json"}}
local n = 0
request = function()
  n = n + 1
  local body = '{{"question": "' .. questions[(n % #questions) + 1]{suffix} .. '"}}'
  return wrk.format("POST", nil, headers, body)
end
"""


def parse_wrk(output: str) -> tuple[float, float, int, int]:
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    p99 = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\b", output, re.MULTILINE)
    assert p99 is not None, output
    p99_ms = float(p99.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99.group(2)]
    total = int(re.search(r"(\d+) requests in", output).group(1))  # type: ignore[union-attr]
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rate, p99_ms, total, errors + (int(bad.group(1)) if bad else 0)


# --- the Python client, when wrk is missing ---

def run_python_client(url: str, args: argparse.Namespace, duration: float, unique: bool
                      ) -> tuple[float, float, int, int]:
    return asyncio.run(python_load(url, args.connections, duration, args.max_requests, unique))


async def python_load(url: str, connections: int, duration: float, limit: int, unique: bool
                      ) -> tuple[float, float, int, int]:
    port = int(url.split(":")[2].split("/")[0])
    latencies: list[float] = []
    errors = [0]
    deadline = time.monotonic() + duration
    start = time.monotonic()
    await asyncio.gather(*(connection(port, latencies, errors, deadline, limit, unique)
                           for _ in range(connections)))
    elapsed = time.monotonic() - start
    latencies.sort()
    p99 = latencies[int(len(latencies) * 0.99)] * 1000 if latencies else float("nan")
    return len(latencies) / elapsed, p99, len(latencies) + errors[0], errors[0]


async def connection(port: int, latencies: list[float], errors: list[int], deadline: float,
                     limit: int, unique: bool) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    n = 0
    try:
        while time.monotonic() < deadline and len(latencies) + errors[0] < limit:
            question = QUESTIONS[n % len(QUESTIONS)]
            n += 1
            if unique:
                question += f" {id(latencies) + len(latencies) + n}"
            body = json.dumps({"question": question}).encode()
            sent = time.monotonic()
            writer.write(b"POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         b"Content-Type: application/json\r\n"
                         b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(re.search(rb"(?i)content-length: (\d+)", head).group(1))  # type: ignore[union-attr]
            await reader.readexactly(length)
            if head.startswith(b"HTTP/1.1 200"):
                latencies.append(time.monotonic() - sent)
            else:
                errors[0] += 1
    except (OSError, asyncio.IncompleteReadError):
        errors[0] += 1
    finally:
        writer.close()


def report(bare: Result, repeated: Result, unique: Result) -> int:
    print(f"{'target':<40}{'requests/s':>11}{'p99 ms':>8}{'requests':>10}{'errors':>7}{'ratio':>7}")
    rows = ((bare, "bare Starlette endpoint"),
            (repeated, "/api/ask, 8 questions repeated"),
            (unique, "/api/ask, every question new (no cache)"))
    for result, label in rows:
        ratio = result.requests_per_second / bare.requests_per_second
        print(f"{label:<40}{result.requests_per_second:>11.0f}{result.p99_ms:>8.2f}"
              f"{result.requests:>10}{result.errors:>7}{ratio:>7.0%}")
    ratio = repeated.requests_per_second / bare.requests_per_second
    met = ratio >= TARGET and bare.errors == repeated.errors == unique.errors == 0
    print(f"target: repeated questions at {TARGET:.0%} or more of the bare endpoint, no errors: "
          f"{'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
