"""The app factory: the routes, the middleware and the error responses, put together."""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from faqbot.bot import FAQBot
from faqbot.feedback import FeedbackLog
from faqbot.web.api import READ_TIMEOUT, Api, json_response
from faqbot.web.headers import BASE_HEADERS, NO_STORE, middleware, origins
from faqbot.web.logs import UnansweredLog
from faqbot.web.pages import Pages


def create_app(
    bot: FAQBot,
    *,
    allow_origins: Iterable[str] = (),
    log_unanswered: str | Path | None = None,
    feedback: str | Path | None = None,
    read_timeout: float = READ_TIMEOUT,
) -> Starlette:
    """The ASGI app: ``POST /api/ask``, ``POST /api/feedback``, ``GET /api/topics``,
    ``GET /api/config``, ``GET /healthz``, ``GET /widget.js`` and a demo page at ``GET /``.

    Only ``allow_origins`` may call the API from other sites' pages (CORS). With
    ``log_unanswered``, questions that got the fallback are appended to that file as JSON lines;
    with ``feedback``, the "did this help?" votes are (the entry and the vote only). A request
    body must arrive within ``read_timeout`` seconds.
    """
    bot.prepare()
    log = UnansweredLog(Path(log_unanswered)) if log_unanswered is not None else None
    votes = FeedbackLog(feedback) if feedback is not None else None
    api, pages = Api(bot, log, votes, read_timeout), Pages(bot)
    allowed = origins(allow_origins)
    routes = [
        Route("/", pages.demo, methods=["GET"]),
        Route("/widget.js", pages.widget, methods=["GET"]),
        Route("/healthz", api.health, methods=["GET"]),
        Route("/api/ask", api.ask, methods=["POST"]),
        Route("/api/feedback", api.feedback, methods=["POST"]),
        Route("/api/topics", api.topics, methods=["GET"]),
        Route("/api/config", api.config, methods=["GET"]),
    ]
    app = Starlette(
        routes=routes,
        middleware=middleware(allowed),
        exception_handlers={HTTPException: _http_error,
                            Exception: functools.partial(_server_error, allowed=allowed)},
    )
    # Starlette redirects /api/ask/ to /api/ask with a Location built from the Host header,
    # which any client may set; the 404 names the right paths instead.
    app.router.redirect_slashes = False
    return app


def app_from_env() -> Starlette:
    """An app configured from the environment, for ``uvicorn --factory`` and gunicorn workers.

    ``FAQBOT_FAQ`` (the FAQ file), ``FAQBOT_ALLOW_ORIGINS`` (origins separated by spaces or
    commas), ``FAQBOT_LOG_UNANSWERED`` and ``FAQBOT_FEEDBACK`` (files) and
    ``FAQBOT_READ_TIMEOUT`` (seconds); all optional.
    """
    allowed = re.split(r"[\s,]+", os.environ.get("FAQBOT_ALLOW_ORIGINS", "").strip())
    return create_app(
        FAQBot.load(os.environ.get("FAQBOT_FAQ") or None),
        allow_origins=[origin for origin in allowed if origin],
        log_unanswered=os.environ.get("FAQBOT_LOG_UNANSWERED") or None,
        feedback=os.environ.get("FAQBOT_FEEDBACK") or None,
        read_timeout=float(os.environ.get("FAQBOT_READ_TIMEOUT") or READ_TIMEOUT),
    )


_ERRORS = {
    404: "not found; the API is POST /api/ask, POST /api/feedback, GET /api/topics, "
         "GET /api/config and GET /healthz",
}


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = _ERRORS.get(exc.status_code, exc.detail)
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = ", ".join(sorted(headers.get("Allow", "").split(", ")))
        message = f"{request.method} is not allowed here; use {headers['Allow']}"
    return json_response({"error": message}, exc.status_code, headers=headers)


async def _server_error(request: Request, exc: Exception, allowed: list[str]) -> Response:
    # Outside the middleware stack, so the security headers and CORS are added here: without
    # CORS a browser hides the 500 and the widget can only say the server could not be reached.
    return json_response({"error": "internal server error"}, 500,
                         headers={**BASE_HEADERS, **NO_STORE, **_cors(request, allowed)})


def _cors(request: Request, allowed: list[str]) -> dict[str, str]:
    origin = request.headers.get("origin")
    if not allowed or origin is None:
        return {}
    if "*" in allowed:
        return {"Access-Control-Allow-Origin": "*"}
    return {"Access-Control-Allow-Origin": origin, "Vary": "Origin"} if origin in allowed else \
        {"Vary": "Origin"}
