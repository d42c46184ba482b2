"""The website shell: an HTTP API and a drop-in chat widget over the bot (Starlette), and
``faqbot serve`` (uvicorn). The web framework is the optional ``faqbot[web]`` extra."""

from __future__ import annotations

import argparse
import base64
import errno
import functools
import hashlib
import html
import importlib
import json
import logging
import os
import re
import socket
import threading
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from faqbot.bot import FAQBot
from faqbot.errors import FAQBotError

_MISSING: str | None = None
try:
    from starlette.applications import Starlette
    from starlette.datastructures import MutableHeaders
    from starlette.exceptions import HTTPException
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route
except ModuleNotFoundError as exc:  # the web extra is not installed; run() and create_app() say so
    _MISSING = exc.name or "starlette"

if TYPE_CHECKING:
    import uvicorn
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY = 4096
"""Largest request body accepted by ``POST /api/ask``, in bytes."""

INSTALL_HINT = 'install the web extra: pip install "faqbot[web]"'

BASE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
}
"""Sent with every response unless the response sets its own (the demo page sets a fuller CSP)."""

NO_STORE = {"Cache-Control": "no-store"}
"""Replies may echo a patient's question: no cache anywhere may keep them."""

WIDGET_CACHE = "public, max-age=3600"

REPLY_CACHE_SIZE = 1024
"""Replies kept in memory for repeated questions (topic chips and suggestions post the same
canonical questions for every patient); only questions up to CACHED_LENGTH characters."""
CACHED_LENGTH = 200


def create_app(
    bot: FAQBot,
    *,
    allow_origins: Iterable[str] = (),
    log_unanswered: str | Path | None = None,
) -> Starlette:
    """The ASGI app: ``POST /api/ask``, ``GET /api/topics``, ``GET /healthz``, ``GET /widget.js``
    and a demo page at ``GET /``.

    Only ``allow_origins`` may call the API from other sites' pages (CORS). With
    ``log_unanswered``, questions that got the fallback are appended to that file as JSON lines.
    """
    _require("starlette")
    log = UnansweredLog(Path(log_unanswered)) if log_unanswered is not None else None
    pages = _Pages(bot, log)
    routes = [
        Route("/", pages.demo, methods=["GET"]),
        Route("/widget.js", pages.widget, methods=["GET"]),
        Route("/healthz", pages.health, methods=["GET"]),
        Route("/api/ask", pages.ask, methods=["POST"]),
        Route("/api/topics", pages.topics, methods=["GET"]),
    ]
    return Starlette(
        routes=routes,
        middleware=_middleware(origins(allow_origins)),
        exception_handlers={HTTPException: _http_error, Exception: _server_error},
    )


def app_from_env() -> Starlette:
    """An app configured from the environment, for ``uvicorn --factory`` and gunicorn workers.

    ``FAQBOT_FAQ`` (the FAQ file), ``FAQBOT_ALLOW_ORIGINS`` (origins separated by spaces or
    commas) and ``FAQBOT_LOG_UNANSWERED`` (a file); all optional.
    """
    origins = re.split(r"[\s,]+", os.environ.get("FAQBOT_ALLOW_ORIGINS", "").strip())
    return create_app(
        FAQBot.load(os.environ.get("FAQBOT_FAQ") or None),
        allow_origins=[origin for origin in origins if origin],
        log_unanswered=os.environ.get("FAQBOT_LOG_UNANSWERED") or None,
    )


def run(args: argparse.Namespace) -> int:
    """``faqbot serve``: serve the app with uvicorn until interrupted."""
    _require("starlette")
    _require("uvicorn")
    import uvicorn

    bot = FAQBot.load(getattr(args, "faq", None))
    app = create_app(bot, allow_origins=args.allow_origin, log_unanswered=args.log_unanswered)
    sock = listen(args.host, args.port)
    config = server_config(app, args.host, args.port, getattr(args, "access_log", True))
    server = uvicorn.Server(config)
    with sock:
        _log_address(sock, bot.faq.name)
        server.run(sockets=[sock])
    return 0 if server.started else 1


def _log_address(sock: socket.socket, faq: str) -> None:
    # uvicorn logs its address only when it binds the socket itself.
    host, port = sock.getsockname()[:2]
    url = f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
    logging.getLogger("uvicorn.error").info(
        "faqbot serving %s/ (demo page at /, API at /api/ask) from %s; press Ctrl+C to quit",
        url, faq)


def server_config(app: ASGIApp, host: str, port: int, access_log: bool = True) -> uvicorn.Config:
    """The uvicorn settings of ``faqbot serve`` (the load benchmark serves its baseline alike)."""
    import uvicorn

    return uvicorn.Config(
        app, host=host, port=port, access_log=access_log, server_header=False, ws="none",
        lifespan="off", timeout_graceful_shutdown=5,
    )


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port``, or a :class:`FAQBotError` saying why not, in one line."""
    if not 0 <= port <= 65535:
        raise FAQBotError(f"cannot listen on {host}:{port}: a port is a number from 0 to 65535")
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
        sock = socket.socket(family, kind, proto)
    except (OSError, OverflowError) as exc:
        raise FAQBotError(f"cannot listen on {host}:{port}: {_reason(exc)}") from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except (OSError, OverflowError) as exc:
        sock.close()
        raise FAQBotError(_bind_failure(host, port, exc)) from None
    return sock


def _bind_failure(host: str, port: int, exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.errno == errno.EADDRINUSE:
        return (f"port {port} on {host} is already in use: stop the other server "
                "or choose another port with --port")
    return f"cannot listen on {host}:{port}: {_reason(exc)}"


def _reason(exc: Exception) -> str:
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)


def _require(module: str) -> None:
    """Import ``module`` or raise a one-line :class:`FAQBotError` telling how to install it."""
    try:
        importlib.import_module(module)
    except ModuleNotFoundError:
        raise FAQBotError(f"the web server needs {module}, which is not installed; "
                          f"{INSTALL_HINT}") from None


class UnansweredLog:
    """Appends questions that got the fallback to a file as JSON lines ``{"time", "question"}``.

    Nothing else is kept: no address, no answer. Each line is one ``write`` on a descriptor opened
    with ``O_APPEND``, under a lock, so threads and worker processes never interleave lines.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        os.close(self._open())

    def append(self, question: str, when: datetime | None = None) -> None:
        moment = (when or datetime.now(timezone.utc)).isoformat(timespec="seconds")
        line = json.dumps({"time": moment, "question": question}) + "\n"
        with self._lock:
            fd = self._open()
            try:
                os.write(fd, line.encode("utf-8"))
            finally:
                os.close(fd)

    def _open(self) -> int:
        # Opened for each line so that a log rotated away is recreated, not written to in vain.
        try:
            return os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        except OSError as exc:
            raise FAQBotError(f"--log-unanswered {self.path}: cannot open it for appending "
                              f"({exc.strerror})") from None


class _Pages:
    """The app's endpoints, over one bot and the static files read once at start."""

    def __init__(self, bot: FAQBot, log: UnansweredLog | None) -> None:
        self.bot = bot
        self.log = log
        self.widget_js = _static("widget.js")
        self.widget_etag = _etag(self.widget_js)
        self.demo_html = _static("index.html")
        self.demo_headers = demo_headers(self.demo_html)
        self.topics_body = _dumps({"topics": topics(bot)})
        # The bot is pure, so a reply depends on the question alone; the cache lives in this
        # process's memory only and is gone when it stops.
        self._cached_reply = functools.lru_cache(maxsize=REPLY_CACHE_SIZE)(self._reply)

    async def ask(self, request: Request) -> Response:
        question = await read_question(request)
        # bot.ask is pure CPU and takes about 0.1 ms: calling it on the event loop is cheaper
        # than handing it to a thread, and blocks other requests for no noticeable time.
        reply = self._cached_reply if len(question) <= CACHED_LENGTH else self._reply
        unanswered, body = reply(question)
        if unanswered and self.log is not None:
            self.log.append(question)
        return Response(body, media_type="application/json", headers=NO_STORE)

    def _reply(self, question: str) -> tuple[bool, bytes]:
        """Whether the bot fell back, and the reply as JSON."""
        reply = self.bot.ask(question)
        return reply.kind == "fallback", _dumps(reply.to_dict())

    async def topics(self, request: Request) -> Response:
        return Response(self.topics_body, media_type="application/json",
                        headers={"Cache-Control": "public, max-age=300"})

    async def health(self, request: Request) -> Response:
        return _json({"status": "ok", "entries": len(self.bot.faq.entries)}, headers=NO_STORE)

    async def widget(self, request: Request) -> Response:
        headers = {"Cache-Control": WIDGET_CACHE, "ETag": self.widget_etag}
        if self.widget_etag in request.headers.get("if-none-match", ""):
            return Response(status_code=304, headers=headers)
        return Response(self.widget_js, media_type="text/javascript; charset=utf-8",
                        headers=headers)

    async def demo(self, request: Request) -> Response:
        # Mounted under a prefix (Starlette's Mount, uvicorn --root-path), the page's links follow.
        root = html.escape(request.scope.get("root_path", "").rstrip("/")).encode()
        return Response(self.demo_html.replace(b"{{root}}", root),
                        media_type="text/html; charset=utf-8", headers=self.demo_headers)


def topics(bot: FAQBot) -> list[dict[str, str]]:
    """Every entry's id, question and section, in FAQ order: the widget's topic chips."""
    return [{"id": e.id, "question": e.question, "section": e.section} for e in bot.faq.entries]


def demo_headers(html: bytes) -> dict[str, str]:
    """The demo page's headers: a strict CSP that lets in only the page's own style and scripts
    from this server, so the widget is shown working without any inline script."""
    csp = "; ".join([
        "default-src 'none'",
        "script-src 'self'",
        "connect-src 'self'",
        f"style-src {' '.join(_style_hashes(html))}",
        "img-src 'self' data:",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ])
    return {"Content-Security-Policy": csp, "Cache-Control": "no-cache",
            "Permissions-Policy": "camera=(), microphone=(), geolocation=()"}


def _style_hashes(html: bytes) -> list[str]:
    styles = re.findall(rb"<style>(.*?)</style>", html, flags=re.DOTALL)
    return [f"'sha256-{base64.b64encode(hashlib.sha256(s).digest()).decode()}'" for s in styles]


async def read_question(request: Request) -> str:
    """The question of an ask request, or an :class:`HTTPException` with the status and why."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/json":
        raise HTTPException(415, 'send JSON with "Content-Type: application/json"')
    return _question(await _read_body(request))


async def _read_body(request: Request) -> bytes:
    too_large = HTTPException(413, f"the request body is larger than {MAX_BODY} bytes")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise too_large
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise too_large
    return bytes(body)


def _question(body: bytes) -> str:
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        raise HTTPException(400, 'the body is not valid JSON; send {"question": "..."}') from None
    question = data.get("question") if isinstance(data, dict) else None
    if not isinstance(question, str):
        raise HTTPException(400, 'the body needs a string "question"; send {"question": "..."}')
    return question


def origins(allow_origins: Iterable[str]) -> list[str]:
    """The origins allowed to call the API from a browser, checked: ``scheme://host[:port]``
    (a trailing slash is dropped), or ``*`` for any site."""
    given = [allow_origins] if isinstance(allow_origins, str) else allow_origins
    return [_origin(origin) for origin in given]


def _origin(text: str) -> str:
    origin = text if text == "*" else text.rstrip("/")
    if origin != "*" and not _ORIGIN.fullmatch(origin):
        raise FAQBotError(f"--allow-origin {text!r} is not an origin: give the scheme and host "
                          "without a path, e.g. https://www.your-clinic.example")
    return origin


_ORIGIN = re.compile(r"https?://[^/\s?#@]+")


def _middleware(allow_origins: list[str]) -> list[Middleware]:
    stack = [Middleware(SecurityHeaders, vary_origin=bool(allow_origins))]
    if allow_origins:
        stack.append(Middleware(CORSMiddleware, allow_origins=allow_origins,
                                allow_methods=["GET", "POST"], allow_headers=["Content-Type"],
                                max_age=600))
    return stack


class SecurityHeaders:
    """ASGI middleware adding :data:`BASE_HEADERS` to every response that lacks them, and with
    CORS on, ``Vary: Origin`` (so no cache hands one site's answer to another)."""

    def __init__(self, app: ASGIApp, vary_origin: bool = False) -> None:
        self.app = app
        self.vary_origin = vary_origin

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in BASE_HEADERS.items():
                    headers.setdefault(name, value)
                if self.vary_origin and "origin" not in headers.get("vary", "").lower():
                    headers.add_vary_header("Origin")
            await send(message)

        await self.app(scope, receive, send_with_headers)


_ERRORS = {
    404: "not found; the API is POST /api/ask, GET /api/topics and GET /healthz",
}


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = _ERRORS.get(exc.status_code, exc.detail)
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = ", ".join(sorted(headers.get("Allow", "").split(", ")))
        message = f"{request.method} is not allowed here; use {headers['Allow']}"
    return _json({"error": message}, exc.status_code, headers=headers)


async def _server_error(request: Request, exc: Exception) -> Response:
    # Outside the middleware stack, so the security headers are added here.
    return _json({"error": "internal server error"}, 500, headers={**BASE_HEADERS, **NO_STORE})


def _json(data: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    return Response(_dumps(data), status, headers=headers, media_type="application/json")


def _dumps(data: Any) -> bytes:
    # json.dumps defaults, as `faqbot ask --json` prints: ASCII-only, so a lone surrogate in a
    # question cannot break the encoding.
    return json.dumps(data).encode("ascii")


def _static(name: str) -> bytes:
    return resources.files("faqbot").joinpath("static").joinpath(name).read_bytes()


def _etag(content: bytes) -> str:
    return f'"{hashlib.sha256(content).hexdigest()[:20]}"'
