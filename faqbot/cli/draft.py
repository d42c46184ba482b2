"""``faqbot draft``: a first faq.yaml from a patient leaflet, and what the editor should review."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from faqbot.cli._common import EXIT_OK, path, read_text
from faqbot.errors import FAQBotError

if TYPE_CHECKING:
    from pathlib import Path


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "draft", help="draft an FAQ file from a patient leaflet (plain text or Markdown)",
        description="Draft a complete faq.yaml from LEAFLET: its title gives the subject, its "
                    "headings the sections and questions, and every answer is the leaflet's own "
                    "sentences, so `faqbot check --source LEAFLET` passes. Lists what to review.",
    )
    parser.add_argument("leaflet", metavar="LEAFLET", type=path,
                        help="the leaflet: plain text or Markdown, UTF-8")
    parser.add_argument("-o", "--output", metavar="FAQ", type=path,
                        help="write the FAQ here (default: standard output, notes on stderr)")
    parser.add_argument("--force", action="store_true",
                        help="overwrite the --output file if it exists")
    parser.set_defaults(run=_from_args)


def _from_args(args: argparse.Namespace) -> int:
    return draft(args.leaflet, args.output, force=args.force)


def draft(leaflet: Path, output: Path | None = None, *, force: bool = False) -> int:
    """Draft the FAQ of ``leaflet`` into ``output`` (None: standard output) and list the review
    notes."""
    from faqbot import draft as drafting

    try:
        drafted = drafting.draft(read_text(leaflet, "the leaflet"))
    except ValueError as exc:
        raise FAQBotError(f"{leaflet}: {exc}") from None
    text = drafting.to_yaml(drafted, os.fspath(leaflet))
    notes = sys.stderr if output is None else sys.stdout
    if output is None:
        sys.stdout.write(text)
    else:
        _write(output, text, force)
        print(f"Wrote {len(drafted.pieces)} entries about {drafted.subject} to {output}")
    print(f"Review ({len(drafted.notes)}):" if drafted.notes else "Nothing to review.",
          file=notes)
    for note in drafted.notes:
        print(f"  {leaflet}, {note}", file=notes)
    return EXIT_OK


def _write(output: Path, text: str, force: bool) -> None:
    if output.exists() and not force:
        raise FAQBotError(f"{output} exists; choose another file or add --force to replace it")
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise FAQBotError(f"{output}: cannot write the FAQ ({exc.strerror})") from None
