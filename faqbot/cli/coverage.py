"""``faqbot coverage``: how well the FAQ answers a file of patient questions, or which kinds of
question it can answer at all (``--types``)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from faqbot.cli._common import EXIT_OK, add_faq_option, faq_of, path
from faqbot.errors import CoverageFileError, FAQBotError

if TYPE_CHECKING:
    from pathlib import Path

    from faqbot.cases import Case

FORMATS = ("text", "json", "junit", "html")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "coverage", help="report how well the FAQ answers a file of patient questions",
        description="Ask the FAQ every question of FILE and report which it answers, which it "
                    "answers wrongly and which it cannot. FILE is a question set (YAML cases "
                    "with 'expect:', or 'topics:' and 'cases:'), plain text (one question a "
                    "line) or the JSON lines of serve --log-unanswered.",
    )
    parser.add_argument(
        "file", nargs="?", type=path, help="the questions: a YAML question set, text or JSON lines"
    )
    add_faq_option(parser)
    parser.add_argument("--format", choices=FORMATS, default="text",
                        help="report format: text, json, junit (for CI) or html "
                             "(default: %(default)s)")
    parser.add_argument("--output", metavar="PATH", type=path,
                        help="write the report to PATH instead of standard output")
    parser.add_argument("--min-accuracy", metavar="X", type=float,
                        help="exit 1 when accuracy is below X (0-1 or a percentage)")
    parser.add_argument("--no-wrong", action="store_true", help="exit 1 on any wrong answer")
    parser.add_argument("--sweep", action="store_true",
                        help="show how other thresholds would trade answers for wrong answers")
    parser.add_argument("--feedback", metavar="FILE", type=path,
                        help="show the votes of faqbot serve --feedback FILE beside each entry")
    parser.add_argument("--types", action="store_true",
                        help="instead of FILE, ask generic questions of every type about the "
                             "FAQ's subject and show which types it answers")
    parser.set_defaults(run=_from_args)


def _from_args(args: argparse.Namespace) -> int:
    if args.types:
        if args.file is not None:
            raise FAQBotError("coverage: --types asks its own questions; run it without FILE "
                              f"({args.file}), or FILE without --types")
        return types(faq_of(args), fmt=args.format, output=args.output)
    if args.file is None:
        raise FAQBotError("coverage: give a FILE of questions (YAML, text or JSON lines) "
                          "or --types")
    return coverage(args.file, faq_of(args), fmt=args.format, output=args.output,
                    min_accuracy=args.min_accuracy, no_wrong=args.no_wrong, sweep=args.sweep,
                    feedback=args.feedback)


def coverage(file: Path, faq: str | None, *, fmt: str = "text", output: Path | None = None,
             min_accuracy: float | None = None, no_wrong: bool = False,
             sweep: bool = False, feedback: Path | None = None) -> int:
    """Report on the questions of ``file`` against the FAQ ``faq`` (None: the bundled one);
    the exit status is the gate's."""
    from faqbot import report
    from faqbot.bot import FAQBot
    from faqbot.coverage import evaluate, gate, min_accuracy_fraction
    from faqbot.feedback import read_votes

    bot = FAQBot.load(faq)
    minimum = min_accuracy_fraction(min_accuracy)
    result = evaluate(bot, read_cases(file, bot.faq.ids), str(file))
    if (minimum is not None or no_wrong) and not result.labelled:
        raise CoverageFileError(
            result.source, "no case says what it expects, so --min-accuracy and --no-wrong "
            "cannot be checked; use a YAML file of cases with 'expect:'",
        )
    votes = read_votes(feedback) if feedback is not None else None
    _write(report.render(result, fmt, sweep=sweep, feedback=votes), output,
           f"{fmt} report of {file}")
    return gate(result, minimum, no_wrong)


def types(faq: str | None, *, fmt: str = "text", output: Path | None = None) -> int:
    """Report which question types the FAQ ``faq`` answers."""
    from faqbot import report
    from faqbot.bot import FAQBot
    from faqbot.coverage import type_coverage

    bot = FAQBot.load(faq)
    text = report.render_types(type_coverage(bot), bot.faq.name, fmt)
    _write(text, output, f"{fmt} report of question types")
    return EXIT_OK


def read_cases(file: Path, ids: tuple[str, ...]) -> tuple[Case, ...]:
    """The cases of the questions file ``file``, checked against the FAQ's entry ``ids``."""
    from faqbot import _files
    from faqbot.cases import MAX_BYTES, parse_cases

    try:
        # utf-8-sig: files saved by Windows editors start with a byte-order mark
        text = _files.read_regular(file, MAX_BYTES).decode("utf-8-sig", errors="replace")
    except OSError as exc:
        raise CoverageFileError(str(file), f"cannot read the file ({exc.strerror})") from None
    return parse_cases(text, str(file), ids, file.suffix)


def _write(text: str, output: Path | None, what: str) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise FAQBotError(f"{output}: cannot write the report ({exc.strerror})") from None
    print(f"Wrote the {what} to {output}")
