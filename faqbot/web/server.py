"""``faqbot serve``: the socket, the uvicorn settings, and a clear line when one cannot be had."""

from __future__ import annotations

import argparse
import errno
import importlib
import logging
import socket
from typing import TYPE_CHECKING

from faqbot.bot import FAQBot
from faqbot.errors import FAQBotError

if TYPE_CHECKING:
    import uvicorn
    from starlette.types import ASGIApp

INSTALL_HINT = 'install the web extra: pip install "faqbot[web]"'


def run(args: argparse.Namespace) -> int:
    """``faqbot serve``: serve the app with uvicorn until interrupted."""
    require("starlette")
    require("uvicorn")
    import uvicorn

    from faqbot.web.app import create_app

    bot = FAQBot.load(getattr(args, "faq", None))
    app = create_app(bot, allow_origins=args.allow_origin, log_unanswered=args.log_unanswered,
                     feedback=getattr(args, "feedback", None))
    sock = listen(args.host, args.port)
    config = server_config(app, args.host, args.port, getattr(args, "access_log", True))
    server = uvicorn.Server(config)
    with sock:
        _log_address(sock)
        server.run(sockets=[sock])
    return 0 if server.started else 1


def _log_address(sock: socket.socket) -> None:
    # uvicorn logs its address only when it binds the socket itself.
    host, port = sock.getsockname()[:2]
    url = f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
    logging.getLogger("uvicorn.error").info(
        "faqbot serving %s/ (demo page at /, API at /api/ask); press Ctrl+C to quit", url)


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


def require(module: str) -> None:
    """Import ``module`` or raise a one-line :class:`FAQBotError` telling how to install it."""
    try:
        importlib.import_module(module)
    except ModuleNotFoundError:
        raise FAQBotError(f"the web server needs {module}, which is not installed; "
                          f"{INSTALL_HINT}") from None
