"""``faqbot serve``: the socket, the uvicorn settings, and a clear line when one cannot be had.

The server protects itself from slow and greedy clients: a request's headers and its body must
each arrive within the read timeout, and past the concurrency limit new requests get 503 at once
rather than waiting behind the others.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import logging
import os
import socket
from typing import TYPE_CHECKING, Any

from faqbot.bot import FAQBot
from faqbot.errors import FAQBotError

if TYPE_CHECKING:
    import uvicorn
    from starlette.types import ASGIApp

INSTALL_HINT = 'install the web extra: pip install "faqbot[web]"'

READ_TIMEOUT = 10.0  # the same as faqbot.web._uvicorn.DEFAULT_READ_TIMEOUT
"""Seconds a client has to send a request's headers, and again its body
($FAQBOT_READ_TIMEOUT, ``--read-timeout``)."""
LIMIT_CONCURRENCY = 100
"""Connections served at once by one worker; past it new requests get 503 at once."""
TIMEOUT_KEEP_ALIVE = 5
"""Seconds an idle keep-alive connection is kept open."""
MAX_HEADER_BYTES = 16 * 1024
"""Largest request head (request line and headers) read before answering 400."""


def run(args: argparse.Namespace) -> int:
    """``faqbot serve``: serve the app with uvicorn until interrupted or stopped (SIGTERM),
    in one process or, with ``--workers``, several sharing one socket."""
    require("starlette")
    require("uvicorn")
    from faqbot.web._uvicorn import Server
    from faqbot.web.app import create_app

    options = _options(args)
    bot = FAQBot.load(getattr(args, "faq", None))
    # Built here even for workers: a bad origin or log file is one clear line before serving.
    app = create_app(bot, allow_origins=args.allow_origin, log_unanswered=args.log_unanswered,
                     feedback=getattr(args, "feedback", None),
                     read_timeout=options.get("read_timeout", READ_TIMEOUT))
    sock = listen(args.host, args.port)
    with sock:
        if options.get("workers", 1) > 1:
            return _run_workers(args, bot.faq.name, options, sock)
        server = Server(server_config(app, args.host, args.port, **options))
        _log_address(sock, bot.faq.name)  # after the config, which sets up uvicorn's logging
        server.run(sockets=[sock])
    return 0 if server.started else 1


def _options(args: argparse.Namespace) -> dict[str, Any]:
    names = ("access_log", "workers", "limit_concurrency", "read_timeout", "timeout_keep_alive",
             "proxy_headers", "forwarded_allow_ips")
    return {name: getattr(args, name) for name in names if getattr(args, name, None) is not None}


def _run_workers(args: argparse.Namespace, name: str, options: dict[str, Any],
                 sock: socket.socket) -> int:
    """Several worker processes, each building the app from the environment (the FAQ was
    checked above, and its start-up cache written, so each starts in milliseconds)."""
    from uvicorn.supervisors import Multiprocess

    os.environ.update({
        "FAQBOT_FAQ": str(getattr(args, "faq", None) or ""),
        "FAQBOT_ALLOW_ORIGINS": " ".join(args.allow_origin),
        "FAQBOT_LOG_UNANSWERED": str(args.log_unanswered or ""),
    })
    target = "faqbot.web.app:app_from_env"
    config = server_config(target, args.host, args.port, factory=True, **options)
    _log_address(sock, name)
    Multiprocess(config, sockets=[sock]).run()
    return 0


def _log_address(sock: socket.socket, faq: str) -> None:
    # uvicorn logs its address only when it binds the socket itself.
    host, port = sock.getsockname()[:2]
    url = f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
    logging.getLogger("uvicorn.error").info(
        "faqbot serving %s/ (demo page at /, API at /api/ask) from %s; press Ctrl+C to quit",
        url, faq)


def server_config(
    app: ASGIApp | str, host: str, port: int, access_log: bool = True, *,
    workers: int = 1, limit_concurrency: int = LIMIT_CONCURRENCY,
    read_timeout: float = READ_TIMEOUT, timeout_keep_alive: int = TIMEOUT_KEEP_ALIVE,
    proxy_headers: bool = False, forwarded_allow_ips: str | None = None, factory: bool = False,
) -> uvicorn.Config:
    """The uvicorn settings of ``faqbot serve`` (the load benchmark serves its baseline alike).

    Forwarded client addresses (``X-Forwarded-For``) are believed only with ``proxy_headers``,
    and then only from ``forwarded_allow_ips`` (uvicorn's default: 127.0.0.1)."""
    import uvicorn

    from faqbot.web._uvicorn import TimedH11Protocol

    os.environ["FAQBOT_READ_TIMEOUT"] = str(read_timeout)  # for the protocol, in every worker
    return uvicorn.Config(
        app, host=host, port=port, access_log=access_log, server_header=False, ws="none",
        lifespan="off", timeout_graceful_shutdown=5, http=TimedH11Protocol, workers=workers,
        limit_concurrency=limit_concurrency, timeout_keep_alive=timeout_keep_alive,
        h11_max_incomplete_event_size=MAX_HEADER_BYTES, proxy_headers=proxy_headers,
        forwarded_allow_ips=forwarded_allow_ips, factory=factory,
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


def require(module: str) -> None:
    """Import ``module`` or raise a one-line :class:`FAQBotError` telling how to install it."""
    try:
        importlib.import_module(module)
    except ModuleNotFoundError:
        raise FAQBotError(f"the web server needs {module}, which is not installed; "
                          f"{INSTALL_HINT}") from None
