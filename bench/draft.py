"""Drafts from leaflets: how good an untouched ``faqbot draft`` is, per leaflet.

For every package of ``../shared/eval/documents/`` (a ``document.txt`` and its ``questions.yaml``),
for the bundled calcinosis leaflet with ``../shared/eval/dev_questions.yaml``, for the engine's
tuning packages in ``tests/data/packages/`` and ``bench/data/tune/``, and for the drafting's own
in ``bench/data/drafts/``: draft the FAQ,
check that every answer is verbatim from the leaflet, and grade the bot on the questions the way
``../shared/eval/grade.py`` does. Writes the table into bench/README.md between its markers.

    python bench/draft.py [--eval DIR] [--no-write] [-v]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import BENCH, ROOT, table
from bench.run import revision
from faqbot import FAQBot, parse_faq
from faqbot.cases import parse_cases
from faqbot.coverage import Coverage, evaluate
from faqbot.draft import draft, to_yaml
from faqbot.verbatim import check

EVAL = ROOT.parent / "shared" / "eval"
CALCINOSIS = ROOT / "tests" / "data" / "calcinosis.txt"
TUNING = (ROOT / "tests" / "data" / "packages", BENCH / "data" / "tune")
DRAFTING = BENCH / "data" / "drafts"
README = BENCH / "README.md"
START = "<!-- bench:draft:start -->"
END = "<!-- bench:draft:end -->"
BAR = (0.70, 3)
"""The bar for an untouched draft: at least 70% right, at most 3 wrong answers."""


@dataclass(frozen=True)
class Package:
    """A leaflet and the labelled questions that grade a draft of it."""

    name: str
    leaflet: Path
    questions: Path


@dataclass(frozen=True)
class Result:
    """How the untouched draft of one leaflet did."""

    package: Package
    entries: int
    not_verbatim: int
    coverage: Coverage

    @property
    def meets_bar(self) -> bool:
        accuracy = self.coverage.accuracy or 0.0
        return not self.not_verbatim and accuracy >= BAR[0] and len(self.coverage.wrong) <= BAR[1]


def packages(eval_dir: Path = EVAL, tuning: Sequence[Path] = TUNING,
             drafting: Path = DRAFTING) -> list[Package]:
    """The bundled leaflet, every package under ``eval_dir/documents`` and, marked apart, the
    engine's tuning packages and the drafting's own (leaflets and questions with no editor's
    FAQ, written to tune the drafting)."""
    found = [Package("calcinosis (bundled leaflet)", CALCINOSIS, eval_dir / "dev_questions.yaml")]
    found += _folder(eval_dir / "documents", "")
    found += [p for folder in tuning for p in _folder(folder, " (engine's tuning set)")]
    found += _folder(drafting, " (drafting's tuning set)")
    return [p for p in found if p.leaflet.exists() and p.questions.exists()]


def _folder(folder: Path, note: str) -> list[Package]:
    return [Package(d.name + note, d / "document.txt", d / "questions.yaml")
            for d in sorted(folder.glob("*/")) if (d / "document.txt").exists()]


def measure(package: Package) -> Result:
    """Draft the leaflet, check it and grade it on the package's questions."""
    text = package.leaflet.read_text(encoding="utf-8")
    faq = parse_faq(to_yaml(draft(text)), f"draft of {package.leaflet.name}")
    bot = FAQBot(faq)
    questions = package.questions.read_text(encoding="utf-8")
    cases = parse_cases(questions, str(package.questions), faq.ids, package.questions.suffix)
    return Result(package, len(faq.entries), len(check(faq, text)), evaluate(bot, cases))


def render(results: Sequence[Result]) -> str:
    rows = [(r.package.name, r.entries, "yes" if not r.not_verbatim else f"no ({r.not_verbatim})",
             f"{r.coverage.correct}/{len(r.coverage.labelled)}",
             f"{100 * (r.coverage.accuracy or 0):.1f}%", len(r.coverage.wrong),
             "met" if r.meets_bar else "missed")
             for r in results]
    header = ("Leaflet", "Entries", "check --source", "Right", "Accuracy", "Wrong answers",
              f"Bar (>= {BAR[0]:.0%}, <= {BAR[1]} wrong)")
    return (f"Measured on faqbot at {revision()}.\n\n{table(header, rows)}\n\nEach draft is "
            "`faqbot draft` with no human edit, graded as `../shared/eval/grade.py` grades (an "
            "answer is right when its text holds a phrase of an expected topic).")


def misses(result: Result) -> list[str]:
    return [f"[{result.package.name}] {o.case.question!r}: expected {o.case.label}, got {o.got}"
            for o in result.coverage.misses]


def update_readme(text: str, markdown: str) -> str:
    """``text`` with the table between the draft markers (added at the end when missing)."""
    if START not in text or END not in text:
        return f"{text.rstrip()}\n\n## Drafts from leaflets\n\n{START}\n{markdown}\n{END}\n"
    before, rest = text.split(START, 1)
    return f"{before}{START}\n{markdown}\n{END}{rest.split(END, 1)[1]}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=EVAL,
                        help="the shared evaluation folder (default: %(default)s)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave the README")
    parser.add_argument("-v", "--verbose", action="store_true", help="also list every miss")
    args = parser.parse_args(argv)
    results = [measure(p) for p in packages(args.eval)]
    markdown = render(results)
    print(markdown)
    if args.verbose:
        print("\n".join(line for r in results for line in misses(r)))
    if not args.no_write:
        README.write_text(update_readme(README.read_text(encoding="utf-8"), markdown),
                          encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
