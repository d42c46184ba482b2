"""``faqbot ask``: the reply to one question, or to every line of standard input."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from faqbot.cli._common import EXIT_OK, EXIT_USAGE, add_faq_option, error, faq_of, read_lines

if TYPE_CHECKING:
    from faqbot.bot import Reply


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "ask", help="answer one question, or every line of standard input",
        description="Answer QUESTION, or with none, every line of standard input in order.",
    )
    parser.add_argument("question", nargs="*", help="the question (words are joined by spaces)")
    parser.add_argument("--json", action="store_true", help="print each reply as one JSON line")
    add_faq_option(parser)
    parser.set_defaults(run=_from_args)


def _from_args(args: argparse.Namespace) -> int:
    return ask(" ".join(args.question), as_json=args.json, faq=faq_of(args))


def ask(question: str, *, as_json: bool = False, faq: str | None = None) -> int:
    """Print the reply to ``question``; with an empty one, to every line of standard input."""
    from faqbot.bot import FAQBot

    bot = FAQBot.load(faq)
    if question:
        print_reply(bot.ask(question), as_json)
        return EXIT_OK
    if sys.stdin is None or sys.stdin.isatty():
        error("ask: give a question, or pipe questions on standard input, one a line")
        return EXIT_USAGE
    for line in read_lines(sys.stdin.buffer):
        print_reply(bot.ask(line), as_json)
    return EXIT_OK


def print_reply(reply: Reply, as_json: bool) -> None:
    if as_json:
        import json

        print(json.dumps(reply.to_dict()), flush=True)
        return
    lines = [reply.text]
    if reply.suggestions:
        heading = "Did you mean:" if reply.kind == "answer" else "Closest topics:"
        lines += ["", heading, *(f"  - {s.question}" for s in reply.suggestions)]
    print("\n".join(lines), flush=True)
