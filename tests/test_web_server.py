"""``faqbot serve`` in production: slow clients are cut off, a busy server says 503 at once,
several workers share a port behind a proxy, and SIGTERM is a clean stop (exit 0)."""

from __future__ import annotations

import contextlib
import json
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def serving(*options: str, log: Path | None = None) -> Iterator[tuple[int, subprocess.Popen[str]]]:
    """A real ``faqbot serve`` on a free loopback port; what it prints goes to ``log``."""
    port = free_port()
    err = open(log, "w") if log else subprocess.DEVNULL  # noqa: SIM115
    process = subprocess.Popen([sys.executable, "-m", "faqbot", "serve", "--port", str(port),
                                *options], stderr=err, stdout=err, text=True)
    try:
        wait_until_healthy(port, process)
        yield port, process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=20)
        if log:
            err.close()  # type: ignore[union-attr]


def wait_until_healthy(port: int, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert process.poll() is None, "the server exited"
        with contextlib.suppress(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).read()
            return
        time.sleep(0.1)
    raise AssertionError("the server did not start")


def raw(port: int, data: bytes) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    sock.sendall(data)
    return sock


def ask_body(question: str) -> bytes:
    body = json.dumps({"question": question}).encode()
    return (b"POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)


def test_the_defaults_serve_shows_are_the_servers() -> None:
    from faqbot.cli._main import build_parser
    from faqbot.web import _uvicorn, api, server

    args = build_parser().parse_args(["serve"])
    assert (args.workers, args.limit_concurrency, args.read_timeout, args.timeout_keep_alive) == \
        (1, server.LIMIT_CONCURRENCY, server.READ_TIMEOUT, server.TIMEOUT_KEEP_ALIVE)
    assert server.READ_TIMEOUT == api.READ_TIMEOUT == _uvicorn.DEFAULT_READ_TIMEOUT


@pytest.mark.parametrize("workers", ["1", "2"])
def test_sigterm_is_a_clean_stop_with_status_0(workers: str) -> None:
    with serving("--workers", workers, "--no-access-log") as (_, process):
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0


def test_a_client_slow_to_send_its_headers_is_cut_off() -> None:
    with serving("--read-timeout", "1", "--no-access-log") as (port, _):
        started = time.monotonic()
        with raw(port, b"GET /healthz HTTP/1.1\r\nHo") as sock:
            assert sock.recv(100) == b""  # closed by the server
        assert 0.9 < time.monotonic() - started < 5


def test_a_client_slow_to_send_its_body_gets_408() -> None:
    with serving("--read-timeout", "1", "--no-access-log") as (port, _), \
            raw(port, ask_body("is it contagious?")[:-5]) as sock:
        assert sock.recv(100).startswith(b"HTTP/1.1 408 ")


def test_past_the_concurrency_limit_requests_get_503_at_once() -> None:
    with serving("--limit-concurrency", "3", "--no-access-log") as (port, _):
        idle = [raw(port, b"") for _ in range(3)]
        time.sleep(0.2)
        started = time.monotonic()
        with raw(port, ask_body("hello")) as sock:
            assert sock.recv(100).startswith(b"HTTP/1.1 503 ")
        assert time.monotonic() - started < 1
        for sock in idle:
            sock.close()


def test_a_client_leaving_mid_body_logs_no_traceback(tmp_path: Path) -> None:
    log = tmp_path / "stderr"
    with serving("--no-access-log", log=log) as (port, process):
        for _ in range(20):
            raw(port, ask_body("is it contagious?")[:-5]).close()
        time.sleep(0.5)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)
    assert "Traceback" not in log.read_text()


def test_several_workers_behind_a_proxy(tmp_path: Path) -> None:
    log = tmp_path / "stderr"
    options = ("--workers", "2", "--proxy-headers", "--forwarded-allow-ips", "127.0.0.1")
    with serving(*options, log=log) as (port, process):
        for _ in range(20):
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}/api/ask", json.dumps({"question": "surgery"}).encode(),
                {"Content-Type": "application/json", "X-Forwarded-For": "203.0.113.7"})
            with urllib.request.urlopen(request, timeout=5) as response:
                assert json.load(response)["id"] == "surgery"
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
    text = log.read_text()
    assert "faqbot serving http://127.0.0.1:" in text and text.count("Started server process") == 2
    assert '203.0.113.7:0 - "POST /api/ask HTTP/1.1" 200' in text
