"""Security headers on every response, the demo page's content policy, and CORS for the sites
the operator names."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from starlette.datastructures import MutableHeaders
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware

from faqbot.errors import FAQBotError

if TYPE_CHECKING:
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

BASE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
}
"""Sent with every response unless the response sets its own (the demo page sets a fuller CSP)."""

_BASE_RAW = tuple((name.lower().encode("latin-1"), value.encode("latin-1"))
                  for name, value in BASE_HEADERS.items())
"""The same, as the ASGI message carries headers: added in one pass, not one lookup each."""

NO_STORE = {"Cache-Control": "no-store"}
"""Replies may echo a patient's question: no cache anywhere may keep them."""


def middleware(allow_origins: list[str]) -> list[Middleware]:
    """The security headers, then CORS when some origins are allowed."""
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
                raw = list(message.get("headers", ()))
                present = {name.lower() for name, _value in raw}
                raw += [pair for pair in _BASE_RAW if pair[0] not in present]
                message["headers"] = raw
                if self.vary_origin:
                    headers = MutableHeaders(scope=message)
                    if "origin" not in headers.get("vary", "").lower():
                        headers.add_vary_header("Origin")
            await send(message)

        await self.app(scope, receive, send_with_headers)


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


def origins(allow_origins: Iterable[str]) -> list[str]:
    """The origins allowed to call the API from a browser, checked: ``scheme://host[:port]``
    (a trailing slash is dropped), or ``*`` for any site. Each is written as browsers send it in
    ``Origin`` (lowercase, no default port), or it would never match."""
    given = [allow_origins] if isinstance(allow_origins, str) else allow_origins
    return [_origin(origin) for origin in given]


def _origin(text: str) -> str:
    origin = text if text == "*" else text.rstrip("/")
    if origin == "*":
        return origin
    try:
        if not _ORIGIN.fullmatch(origin):
            raise ValueError(origin)
        return _as_browsers_send(origin)
    except ValueError:
        raise FAQBotError(f"--allow-origin {text!r} is not an origin: give the scheme and host "
                          "without a path, e.g. https://www.your-clinic.example") from None


def _as_browsers_send(origin: str) -> str:
    """``HTTPS://Clinic.Example:443`` as a browser sends it: ``https://clinic.example``."""
    parts = urlsplit(origin)
    scheme, host, port = parts.scheme.lower(), parts.hostname or "", parts.port
    if not host:
        raise ValueError(origin)
    host = f"[{host}]" if ":" in host else host
    default = {"http": 80, "https": 443}[scheme]
    return f"{scheme}://{host}" + (f":{port}" if port is not None and port != default else "")


_ORIGIN = re.compile(r"(?i)https?://[^/\s?#@]+")
