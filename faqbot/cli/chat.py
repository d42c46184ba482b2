"""``faqbot chat`` (and ``faqbot`` alone): a conversation in the terminal, or plain replies to
each line when the input is not a terminal."""

from __future__ import annotations

import argparse

from faqbot.cli._common import add_faq_option, faq_of


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "chat", help="chat in the terminal (the default)",
        description="Chat in the terminal: completion with Tab, history, numbered suggestions, "
                    "/topics, /help and /quit. Piped, it answers each line plainly.",
    )
    add_options(parser)


def add_options(parser: argparse.ArgumentParser) -> None:
    """The chat's options, on ``faqbot chat`` and on ``faqbot`` itself."""
    add_faq_option(parser)
    parser.add_argument("--no-history", action="store_true", default=argparse.SUPPRESS,
                        help="do not read or save the input history")
    parser.set_defaults(run=_from_args)


def _from_args(args: argparse.Namespace) -> int:
    return chat(faq_of(args), history=not getattr(args, "no_history", False))


def chat(faq: str | None, *, history: bool = True) -> int:
    """Chat until the user leaves or the input ends; returns the exit status."""
    from faqbot import repl

    return repl.run(faq, history=history)
