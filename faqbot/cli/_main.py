"""The parser of the ``faqbot`` command and its error handling: every subcommand lives in its own
module and imports only what it needs, so ``faqbot ask`` never loads prompt_toolkit or the web
framework. Errors become one line on stderr and an exit status, never a traceback."""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Sequence

from faqbot.cli import ask, chat, check, coverage, draft, serve
from faqbot.cli._common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Formatter, error
from faqbot.errors import FAQBotError

COMMANDS = (ask, check, chat, serve, coverage, draft)
"""The subcommands, in the order ``faqbot --help`` lists them."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    words = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(only=words[0] if words else None).parse_args(words)
    try:
        status: int = args.run(args)
        return status
    except FAQBotError as exc:
        error(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:
        if os.environ.get("FAQBOT_DEBUG"):
            raise
        error(f"internal error: {type(exc).__name__}: {exc} (set FAQBOT_DEBUG=1 for details)")
        return EXIT_FAILED


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or only the subcommand named ``only`` when it names one: "faqbot
    ask" is a start-up that counts, and building every subcommand's options costs it time."""
    parser = argparse.ArgumentParser(
        prog="faqbot",
        description="Answers patients' questions from an approved FAQ. With no command: chat.",
        formatter_class=Formatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    chat.add_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser = functools.partial(  # type: ignore[method-assign]
        commands.add_parser, formatter_class=Formatter
    )
    named = [c for c in COMMANDS if c.__name__.rsplit(".", 1)[-1] == only]
    for command in named or COMMANDS:
        command.register(commands)
    return parser


def _silence_stdout() -> None:
    # Python flushes stdout again at exit; point it at devnull so a closed pipe stays quiet.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _version() -> str:
    from faqbot import __version__

    return __version__
