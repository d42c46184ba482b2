"""``faqbot serve``: the HTTP API and the chat widget (needs the ``web`` extra)."""

from __future__ import annotations

import argparse

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
    add_faq_option(parser)
    parser.set_defaults(run=_from_args)


def _from_args(args: argparse.Namespace) -> int:
    from faqbot import web

    args.faq = faq_of(args)
    status: int = web.run(args)
    return status
