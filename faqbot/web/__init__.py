"""The website shell: an HTTP API and a drop-in chat widget over the bot (Starlette), and
``faqbot serve`` (uvicorn). The web framework is the optional ``faqbot[web]`` extra.

``app`` builds the app from ``api`` (the JSON endpoints), ``pages`` (the widget and the demo
page), ``headers`` (security headers and CORS) and ``logs`` (the opt-in unanswered log; the opt-in
feedback votes are :mod:`faqbot.feedback`, which ``faqbot coverage`` reads too); ``server`` serves
it. Names that need Starlette are imported on first use, so ``faqbot serve`` can say how to
install it when it is missing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from faqbot.web.logs import UnansweredLog
from faqbot.web.server import listen, run, server_config

if TYPE_CHECKING:
    from faqbot.web.api import MAX_BODY
    from faqbot.web.app import app_from_env, create_app
    from faqbot.web.headers import origins

__all__ = ["MAX_BODY", "UnansweredLog", "app_from_env", "create_app", "listen", "origins", "run",
           "server_config"]

_NEED_STARLETTE = {"MAX_BODY": "api", "app_from_env": "app", "create_app": "app",
                   "origins": "headers"}


def __getattr__(name: str) -> Any:
    if name not in _NEED_STARLETTE:
        raise AttributeError(f"module 'faqbot.web' has no attribute {name!r}")
    return getattr(importlib.import_module(f"faqbot.web.{_NEED_STARLETTE[name]}"), name)
