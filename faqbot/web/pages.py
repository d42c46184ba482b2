"""The static side: the widget script and the demo page, read once at start."""

from __future__ import annotations

import hashlib
import html
from importlib import resources

from starlette.requests import Request
from starlette.responses import Response

from faqbot.bot import FAQBot
from faqbot.web.api import config
from faqbot.web.headers import demo_headers

WIDGET_CACHE = "public, max-age=3600"


class Pages:
    """``GET /widget.js`` and the demo page at ``GET /``."""

    def __init__(self, bot: FAQBot) -> None:
        self.widget_js = static("widget.js")
        self.widget_etag = _etag(self.widget_js)
        self.demo_html = demo_page(static("index.html"), bot)
        self.demo_headers = demo_headers(self.demo_html)

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


def demo_page(template: bytes, bot: FAQBot) -> bytes:
    """The demo page, headed with what the FAQ is about."""
    heading = html.escape(str(config(bot, False)["heading"])).encode()
    return template.replace(b"{{heading}}", heading)


def static(name: str) -> bytes:
    """A file of ``faqbot/static``."""
    return resources.files("faqbot").joinpath("static").joinpath(name).read_bytes()


def _etag(content: bytes) -> str:
    return f'"{hashlib.sha256(content).hexdigest()[:20]}"'
