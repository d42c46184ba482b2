"""What every subcommand shares: exit statuses, the ``--faq`` option and how the FAQ file is
chosen, reading files and lines, and one-line errors."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, BinaryIO

from faqbot.errors import FAQBotError

if TYPE_CHECKING:
    from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

FAQ_VARIABLE = "FAQBOT_FAQ"
LOCAL_FAQ = "faq.yaml"
FAQ_HELP = (f"the FAQ file to use (default: ${FAQ_VARIABLE}, else {LOCAL_FAQ} in the working "
            "folder if there is one, else the bundled FAQ)")

def path(text: str) -> Path:
    """argparse type for paths; pathlib is imported only when such an option is given."""
    from pathlib import Path

    return Path(text)


class Formatter(argparse.HelpFormatter):
    """argparse's formatter with the width given: left to itself it imports shutil (and with it
    bz2, lzma and zlib) every time an argument is added, which `faqbot ask` pays for at start-up."""

    def __init__(self, prog: str) -> None:
        try:
            columns = int(os.environ.get("COLUMNS", "")) or os.get_terminal_size().columns
        except (ValueError, OSError):
            columns = 80
        super().__init__(prog, width=max(columns - 2, 40))


def add_faq_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: the option may come before or after the command without one hiding the other.
    parser.add_argument("--faq", metavar="PATH", default=argparse.SUPPRESS, help=FAQ_HELP)


def choose_faq(option: str | None, environ: Mapping[str, str], folder: str) -> str | None:
    """The FAQ file a command reads: ``--faq``, else ``$FAQBOT_FAQ``, else ``faq.yaml`` in the
    working ``folder`` when there is one; None means the FAQ bundled with the package."""
    if option:
        return option
    if environ.get(FAQ_VARIABLE):
        return environ[FAQ_VARIABLE]
    return LOCAL_FAQ if os.path.isfile(os.path.join(folder, LOCAL_FAQ)) else None


def faq_of(args: argparse.Namespace) -> str | None:
    """The FAQ file the command line asks for (see :func:`choose_faq`)."""
    return choose_faq(getattr(args, "faq", None), os.environ, os.getcwd())


def read_text(file: Path | str, what: str) -> str:
    """The UTF-8 text of ``file``; ``what`` names it in the error (``the source document``)."""
    from faqbot import _files

    try:
        return _files.read_regular(file, 16 * _files.MB).decode("utf-8")
    except OSError as exc:
        raise FAQBotError(f"{file}: cannot read {what} ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise FAQBotError(f"{file}: cannot read {what} ({exc})") from None


def read_lines(stream: BinaryIO) -> Iterator[str]:
    """Every line of a byte stream as text, blank ones included; bad UTF-8 becomes U+FFFD."""
    for raw in stream:
        yield raw.rstrip(b"\n").rstrip(b"\r").decode("utf-8", errors="replace")


def error(message: str) -> None:
    print(f"faqbot: {message}", file=sys.stderr)

