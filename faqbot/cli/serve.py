"""``faqbot serve``: the HTTP API and the chat widget (needs the ``web`` extra)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from faqbot.cli._common import add_faq_option, faq_of, path


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "serve", help="run the HTTP API and chat widget (needs faqbot[web])",
        description="Serve POST /api/ask, GET /api/topics, /healthz, the chat widget and a demo "
                    "page until interrupted. Needs the web extra: pip install \"faqbot[web]\".",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    parser.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")
    parser.add_argument("--allow-origin", metavar="URL", action="append", default=[],
                        help="a site allowed to call the API from the browser (repeatable)")
    parser.add_argument("--log-unanswered", metavar="FILE", type=path,
                        help="append questions that got the fallback to FILE as JSON lines "
                             "(opt-in)")
    parser.add_argument("--feedback", metavar="FILE", type=path,
                        help="count 'did this help?' votes (entry and vote only) in FILE (opt-in)")
    parser.add_argument("--no-access-log", dest="access_log", action="store_false",
                        help="do not log requests (method, path, status and client address)")
    _add_production_options(parser)
    add_faq_option(parser)
    parser.set_defaults(run=_from_args)


def _add_production_options(parser: argparse.ArgumentParser) -> None:
    # The defaults live in faqbot.web.server; "default: ..." is written out so that --help
    # does not import the web framework.
    parser.add_argument("--workers", metavar="N", type=_positive(int), default=1,
                        help="worker processes sharing the port (default: 1)")
    parser.add_argument("--limit-concurrency", metavar="N", type=_positive(int), default=100,
                        help="connections served at once per worker; past it requests get 503 "
                             "(default: 100)")
    parser.add_argument("--read-timeout", metavar="SECONDS", type=_positive(float), default=10.0,
                        help="time a client has to send a request's headers, and its body "
                             "(default: 10)")
    parser.add_argument("--timeout-keep-alive", metavar="SECONDS", type=_positive(int), default=5,
                        help="how long an idle keep-alive connection stays open (default: 5)")
    parser.add_argument("--proxy-headers", action="store_true",
                        help="behind a reverse proxy: take the client address and scheme from "
                             "X-Forwarded-For and X-Forwarded-Proto")
    parser.add_argument("--forwarded-allow-ips", metavar="IPS",
                        help="with --proxy-headers, the proxies to believe, comma-separated "
                             "addresses or networks, or '*' (default: 127.0.0.1)")


def _positive(kind: type[int] | type[float]) -> Callable[[str], float]:
    def parse(text: str) -> float:
        value = kind(text)
        if value <= 0:
            raise ValueError(text)
        return value

    parse.__name__ = f"positive {kind.__name__}"  # argparse names the type in its message
    return parse


def _from_args(args: argparse.Namespace) -> int:
    from faqbot import web

    args.faq = faq_of(args)
    status: int = web.run(args)
    return status
