"""The ``faqbot`` command: a thin shell over the library.

Each subcommand imports only what it needs, so ``faqbot ask`` never loads prompt_toolkit or the
web framework. Errors become one line on stderr and an exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, BinaryIO

from faqbot.errors import FAQBotError

if TYPE_CHECKING:
    from pathlib import Path

    from faqbot.bot import Reply

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

_SHELLS = {"chat": "faqbot.repl", "serve": "faqbot.web", "coverage": "faqbot.coverage"}
"""Subcommands whose code lives in its own module, imported only when that command runs."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except FAQBotError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:
        if os.environ.get("FAQBOT_DEBUG"):
            raise
        _error(f"internal error: {type(exc).__name__}: {exc} (set FAQBOT_DEBUG=1 for details)")
        return EXIT_FAILED


def _path(text: str) -> Path:
    """argparse type for paths; pathlib is imported only when such an option is given."""
    from pathlib import Path

    return Path(text)


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter with the width given: left to itself it imports shutil (and with it
    bz2, lzma and zlib) every time an argument is added, which `faqbot ask` pays for at start-up."""

    def __init__(self, prog: str) -> None:
        try:
            columns = int(os.environ.get("COLUMNS", "")) or os.get_terminal_size().columns
        except (ValueError, OSError):
            columns = 80
        super().__init__(prog, width=max(columns - 2, 40))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="faqbot",
        description="Answers patients' questions about calcinosis. With no command: chat.",
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    _add_chat_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser = functools.partial(  # type: ignore[method-assign]
        commands.add_parser, formatter_class=_Formatter
    )
    _add_ask(commands)
    _add_check(commands)
    _add_chat_options(commands.add_parser("chat", help="chat in the terminal (the default)"))
    _add_serve(commands)
    _add_coverage(commands)
    return parser


def _add_faq_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--faq", metavar="PATH", type=_path, default=argparse.SUPPRESS,
                        help="the FAQ file to use (default: the bundled faq.yaml)")


def _add_chat_options(parser: argparse.ArgumentParser) -> None:
    _add_faq_option(parser)
    parser.add_argument("--no-history", action="store_true", default=argparse.SUPPRESS,
                        help="do not read or save the input history")


def _add_ask(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ask = commands.add_parser(
        "ask", help="answer one question, or every line of standard input",
        description="Answer QUESTION, or with none, every line of standard input in order.",
    )
    ask.add_argument("question", nargs="*", help="the question (words are joined by spaces)")
    ask.add_argument("--json", action="store_true", help="print each reply as one JSON line")
    _add_faq_option(ask)


def _add_check(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = commands.add_parser(
        "check", help="validate an FAQ file, and its answers against the source document",
    )
    _add_faq_option(check)
    check.add_argument("--source", metavar="DOC", type=_path,
                       help="the source document every answer must quote verbatim")


def _add_serve(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    serve = commands.add_parser(
        "serve", help="run the HTTP API and chat widget (needs faqbot[web])"
    )
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    serve.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")
    serve.add_argument("--allow-origin", metavar="URL", action="append", default=[],
                       help="a site allowed to call the API from the browser (repeatable)")
    serve.add_argument("--log-unanswered", metavar="FILE", type=_path,
                       help="append questions that got the fallback to FILE as JSON lines (opt-in)")
    serve.add_argument("--feedback", metavar="FILE", type=_path,
                       help="count 'did this help?' votes (entry and vote only) in FILE (opt-in)")
    serve.add_argument("--no-access-log", dest="access_log", action="store_false",
                       help="do not log requests (method, path, status and client address)")
    _add_faq_option(serve)


def _add_coverage(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    coverage = commands.add_parser(
        "coverage", help="report how well the FAQ answers a file of patient questions",
    )
    coverage.add_argument(
        "file", nargs="?", type=_path, help="questions: YAML cases, text or JSON lines"
    )
    _add_faq_option(coverage)
    coverage.add_argument("--format", choices=("text", "json", "junit", "html"), default="text")
    coverage.add_argument("--output", metavar="PATH", type=_path, help="write the report here")
    coverage.add_argument("--min-accuracy", metavar="X", type=float,
                          help="exit 1 when accuracy is below X (0-1 or a percentage)")
    coverage.add_argument("--no-wrong", action="store_true", help="exit 1 on any wrong answer")
    coverage.add_argument("--sweep", action="store_true", help="show a threshold sweep")
    coverage.add_argument("--feedback", metavar="FILE", type=_path,
                          help="show the votes of faqbot serve --feedback FILE beside each entry")
    coverage.add_argument("--types", action="store_true",
                          help="show which question types the FAQ answers and which it cannot")


def _dispatch(args: argparse.Namespace) -> int:
    command = args.command or "chat"
    if command == "ask":
        return _ask(args)
    if command == "check":
        return _check(args)
    module = importlib.import_module(_SHELLS[command])
    status: int = module.run(args)
    return status


def _ask(args: argparse.Namespace) -> int:
    from faqbot.bot import FAQBot

    bot = FAQBot.load(getattr(args, "faq", None))
    if args.question:
        _print_reply(bot.ask(" ".join(args.question)), args.json)
        return EXIT_OK
    if sys.stdin is None or sys.stdin.isatty():
        _error("ask: give a question, or pipe questions on standard input, one a line")
        return EXIT_USAGE
    for line in read_lines(sys.stdin.buffer):
        _print_reply(bot.ask(line), args.json)
    return EXIT_OK


def read_lines(stream: BinaryIO) -> Iterator[str]:
    """Every line of a byte stream as text, blank ones included; bad UTF-8 becomes U+FFFD."""
    for raw in stream:
        yield raw.rstrip(b"\n").rstrip(b"\r").decode("utf-8", errors="replace")


def _print_reply(reply: Reply, as_json: bool) -> None:
    if as_json:
        import json

        print(json.dumps(reply.to_dict()), flush=True)
        return
    lines = [reply.text]
    if reply.suggestions:
        heading = "Did you mean:" if reply.kind == "answer" else "Closest topics:"
        lines += ["", heading, *(f"  - {s.question}" for s in reply.suggestions)]
    print("\n".join(lines), flush=True)


def _check(args: argparse.Namespace) -> int:
    from faqbot.faq import load_faq
    from faqbot.verbatim import check

    faq = load_faq(getattr(args, "faq", None))
    if args.source is None:
        print(f"{faq.name}: OK, {len(faq.entries)} entries")
        return EXIT_OK
    problems = check(faq, _read_source(args.source))
    for problem in problems:
        print(f"{faq.name}, {problem}", file=sys.stderr)
    if problems:
        _error(f"{len(problems)} answer sentence(s) are not verbatim from {args.source}")
        return EXIT_FAILED
    print(f"{faq.name}: OK, {len(faq.entries)} entries, every answer verbatim from {args.source}")
    return EXIT_OK


def _read_source(path: Path) -> str:
    try:
        with open(path, encoding="utf-8") as file:
            return file.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise FAQBotError(f"{path}: cannot read the source document ({exc})") from None


def _error(message: str) -> None:
    print(f"faqbot: {message}", file=sys.stderr)


def _silence_stdout() -> None:
    # Python flushes stdout again at exit; point it at devnull so a closed pipe stays quiet.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _version() -> str:
    from faqbot import __version__

    return __version__
