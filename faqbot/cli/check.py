"""``faqbot check``: validate an FAQ file and, with ``--source``, that every answer quotes the
source document word for word."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from faqbot.cli._common import (
    EXIT_FAILED,
    EXIT_OK,
    add_faq_option,
    error,
    faq_of,
    path,
    read_text,
)

if TYPE_CHECKING:
    from pathlib import Path


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "check", help="validate an FAQ file, and its answers against the source document",
        description="Validate an FAQ file (every entry, key and message). With --source, also "
                    "check that every answer is made of the document's own sentences and list "
                    "the ones that are not (exit status 1).",
    )
    add_faq_option(parser)
    parser.add_argument("--source", metavar="DOC", type=path,
                        help="the source document every answer must quote verbatim")
    parser.set_defaults(run=_from_args)


def _from_args(args: argparse.Namespace) -> int:
    return check(faq_of(args), args.source)


def check(faq_path: str | None, source: Path | None) -> int:
    """Validate the FAQ at ``faq_path`` (None: the bundled one) and, when ``source`` (a path)
    is given, that its answers are verbatim; print the outcome and return the exit status."""
    from faqbot.faq import load_faq
    from faqbot.verbatim import check as verbatim

    faq = load_faq(faq_path)
    if source is None:
        print(f"{faq.name}: OK, {len(faq.entries)} entries")
        return EXIT_OK
    problems = verbatim(faq, read_text(str(source), "the source document"))
    for problem in problems:
        print(f"{faq.name}, {problem}", file=sys.stderr)
    if problems:
        error(f"{len(problems)} answer sentence(s) are not verbatim from {source}")
        return EXIT_FAILED
    print(f"{faq.name}: OK, {len(faq.entries)} entries, every answer verbatim from {source}")
    return EXIT_OK
