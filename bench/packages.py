"""Document packages: faqbot beside BM25, TF-IDF and sentence embeddings on every leaflet's own
FAQ and patient questions, each reply judged exactly as ``../shared/eval/grade.py`` judges it.

A package is a folder holding ``document.txt``, ``faq.yaml`` and ``questions.yaml`` (grade.py's
format: ``topics`` and ``cases``). The packages are every folder under ``EVAL/documents/``, the
bundled FAQ with ``EVAL/dev_questions.yaml``, and every folder under each ``--packages DIR``.

    python bench/packages.py [--eval DIR] [--packages DIR] [--baselines bm25,tfidf,embedding] [-v]
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import yaml

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import ROOT, chosen_baselines, table
from bench._retrieval import BASELINES, VARIANTS, Guesser, documents
from bench.quality import Unavailable
from faqbot import FAQ, FAQBot

EVAL = ROOT.parent / "shared" / "eval"
"""The shared evaluation folder: grade.py, dev_questions.yaml and documents/."""
BUNDLED = "bundled faq.yaml"
CORE = ("answer", "fallback")
"""The categories every system can get right; the baselines have no small talk or urgent."""
RULE = (
    "Judged as `grade.py` judges: an answer is right when its text holds a phrase of one of the "
    "case's topics, and otherwise a *wrong answer*; a fallback is right when the case allows "
    "one (`fallback` or `or_fallback`); a small-talk or urgent reply is right on a small-talk or "
    "urgent case. A baseline answers with the answer text of its best-scoring entry when the "
    "score reaches its cut-off and falls back otherwise. Each baseline's cut-off is tuned on "
    "the very questions it is graded on, for the most right minus wrong, so the baselines are "
    "shown at their best; faqbot uses its own fixed threshold. The baselines have no small talk "
    "and no emergency check, so the *all questions* columns count those rows as they got them "
    "(an answer there is wrong, a fallback is not right); the *answer & fallback questions* "
    "columns leave those rows out, with the cut-off tuned again on the rows that remain."
)


@dataclass(frozen=True)
class Package:
    """One leaflet: its FAQ file (None for the bundled FAQ) and its judged questions."""

    name: str
    faq: Path | None
    questions: Path


class Outcome(NamedTuple):
    """How grade.py judges one reply: right, and whether it is a wrong answer."""

    right: bool
    wrong: bool


class Tally(NamedTuple):
    right: int
    wrong: int
    total: int


@dataclass(frozen=True)
class Score:
    """One system on one package: on all questions and on the answer & fallback rows alone,
    with the cut-off used for each (None for faqbot, which keeps its own threshold)."""

    system: str
    all: Tally
    core: Tally
    cutoff: float | None = None
    core_cutoff: float | None = None


@dataclass(frozen=True)
class Result:
    """Every system's score on one package, and faqbot's misses."""

    package: Package
    scores: tuple[Score, ...]
    misses: tuple[str, ...]


# Mirrors category() and judge() of ../shared/eval/grade.py; tests/test_bench.py checks that
# the two agree whenever that file is present.
def category(case: Mapping[str, Any]) -> str:
    if case.get("urgent"):
        return "urgent"
    if case.get("smalltalk") and not case.get("fallback"):
        return "smalltalk"
    if case.get("fallback"):
        return "fallback"
    return "answer"


def judge(case: Mapping[str, Any], kind: str, text: str,
          topics: Mapping[str, Sequence[str]]) -> Outcome:
    """grade.py's verdict on a reply of ``kind`` with ``text`` to ``case``."""
    text = text.lower()
    if kind == "answer":
        ok = any(p.lower() in text for t in case.get("answer") or [] for p in topics[t])
        return Outcome(ok, not ok)
    if kind == "fallback":
        return Outcome(bool(case.get("fallback") or case.get("or_fallback")), False)
    if kind == "smalltalk":
        return Outcome(bool(case.get("smalltalk")), False)
    if kind in ("urgent", "crisis"):
        return Outcome(bool(case.get("urgent")), False)
    return Outcome(False, False)


@dataclass(frozen=True)
class Questions:
    """A package's questions.yaml: topic phrases and the cases."""

    topics: Mapping[str, Sequence[str]]
    cases: tuple[Mapping[str, Any], ...]

    def judge(self, case: Mapping[str, Any], kind: str, text: str) -> Outcome:
        return judge(case, kind, text, self.topics)


def load_questions(path: Path) -> Questions:
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise ValueError(f"{path}: expected 'topics' and a list of 'cases'")
    return Questions(data.get("topics") or {}, tuple(data["cases"]))


def find_packages(eval_dir: Path, extra: Sequence[Path] = ()) -> list[Package]:
    """The bundled FAQ with ``dev_questions.yaml``, every package under ``eval_dir/documents``,
    then every package under each folder of ``extra`` (named with that folder's name)."""
    found: list[Package] = []
    if (eval_dir / "dev_questions.yaml").exists():
        found.append(Package(BUNDLED, None, eval_dir / "dev_questions.yaml"))
    found += _packages_in(eval_dir / "documents", "")
    for folder in extra:
        found += _packages_in(folder, f" ({folder.name})")
    return found


def _packages_in(folder: Path, suffix: str) -> list[Package]:
    if not folder.is_dir():
        return []
    return [Package(d.name + suffix, d / "faq.yaml", d / "questions.yaml")
            for d in sorted(folder.iterdir())
            if (d / "faq.yaml").is_file() and (d / "questions.yaml").is_file()]


def tally(outcomes: Iterable[Outcome]) -> Tally:
    seen = list(outcomes)
    return Tally(sum(o.right for o in seen), sum(o.wrong for o in seen), len(seen))


def is_core(case: Mapping[str, Any]) -> bool:
    return category(case) in CORE


def bot_score(bot: FAQBot, questions: Questions) -> tuple[Score, tuple[str, ...]]:
    """faqbot's score through its public API, and a line for every question it did not get
    right (grade.py's MISS lines)."""
    outcomes: list[Outcome] = []
    misses: list[str] = []
    for case in questions.cases:
        reply = bot.ask(str(case["q"]))
        outcomes.append(questions.judge(case, reply.kind, reply.text))
        if not outcomes[-1].right:
            misses.append(f"[{category(case)}] {case['q']!r} -> {reply.kind}: {reply.text[:90]!r}")
    core = [o for c, o in zip(questions.cases, outcomes, strict=True) if is_core(c)]
    return Score("faqbot", tally(outcomes), tally(core)), tuple(misses)


class Judged(NamedTuple):
    """A baseline's best guess for one case, judged both ways: answered and fallen back."""

    score: float
    answered: Outcome
    fell_back: Outcome

    def at(self, cutoff: float) -> Outcome:
        return self.answered if self.score >= cutoff else self.fell_back


def judge_guesses(faq: FAQ, questions: Questions, guesser: Guesser) -> list[Judged]:
    judged: list[Judged] = []
    guesses = guesser([str(case["q"]) for case in questions.cases])
    for case, guess in zip(questions.cases, guesses, strict=True):
        answer = faq.entry(guess.id).answer
        judged.append(Judged(guess.score, questions.judge(case, "answer", answer),
                             questions.judge(case, "fallback", faq.fallback)))
    return judged


def tune(judged: Sequence[Judged]) -> float:
    """The cut-off with the most right minus wrong on these very cases (ties: more right,
    then the lower cut-off); infinity when never answering is best."""
    candidates = sorted({j.score for j in judged} | {math.inf})

    def merit(cutoff: float) -> tuple[int, int, float]:
        result = tally(j.at(cutoff) for j in judged)
        return result.right - result.wrong, result.right, -cutoff

    return max(candidates, key=merit)


def baseline_score(system: str, questions: Questions, judged: Sequence[Judged]) -> Score:
    """A baseline's score with its cut-off tuned on all cases, and again on the core rows."""
    core = [j for c, j in zip(questions.cases, judged, strict=True) if is_core(c)]
    cutoff, core_cutoff = tune(judged), tune(core)
    return Score(system, tally(j.at(cutoff) for j in judged),
                 tally(j.at(core_cutoff) for j in core), cutoff, core_cutoff)


def run_package(package: Package, baselines: Sequence[str], notes: set[str]) -> Result:
    """faqbot and every variant of every named baseline on one package; a baseline that is
    not installed adds a note to ``notes`` instead of a score."""
    questions = load_questions(package.questions)
    bot = FAQBot.load(package.faq)
    bot_row, misses = bot_score(bot, questions)
    scores = [bot_row]
    for key in baselines:
        name, factory = BASELINES[key]
        try:
            for variant in VARIANTS:
                judged = judge_guesses(bot.faq, questions, factory(documents(bot.faq, variant)))
                scores.append(baseline_score(f"{name}, {variant.label}", questions, judged))
        except Unavailable as exc:
            notes.add(f"{name}: skipped, not installed; {exc}.")
    return Result(package, tuple(scores), misses)


def run_packages(packages: Sequence[Package], baselines: Sequence[str] = tuple(BASELINES)
                 ) -> tuple[list[Result], list[str]]:
    notes: set[str] = set()
    results = [run_package(p, baselines, notes) for p in packages]
    return results, sorted(notes)


def _cutoff(value: float | None) -> str:
    if value is None:
        return "own threshold"
    return "never answers" if value == math.inf else f"{value:.4g}"


def _of(t: Tally) -> str:
    return f"{t.right}/{t.total}"


def render_package(result: Result) -> str:
    header = ("System", "Cut-off", "Right (all)", "Wrong answers (all)", "Cut-off (a&f)",
              "Right (a&f)", "Wrong answers (a&f)")
    rows = [(s.system, _cutoff(s.cutoff), _of(s.all), s.all.wrong, _cutoff(s.core_cutoff),
             _of(s.core), s.core.wrong) for s in result.scores]
    return f"#### {result.package.name}\n\n{table(header, rows)}"


def best_baseline(scores: Sequence[Score], core: bool = False) -> Score | None:
    """The baseline with the most right answers (ties: fewer wrong) on all questions, or on the
    answer & fallback rows."""
    def merit(score: Score) -> tuple[int, int]:
        counted = score.core if core else score.all
        return counted.right, -counted.wrong

    return max(scores[1:], key=merit) if scores[1:] else None


def render_summary(results: Sequence[Result]) -> str:
    """One line per package: faqbot beside the baseline with the most right answers, on all
    questions and on the answer & fallback rows."""
    header = ("Package", "Questions (a&f)", "faqbot, all", "Best baseline, all", "faqbot, a&f",
              "Best baseline, a&f", "More right and fewer wrong (all; a&f)")
    return table(header, [summary_row(r) for r in results])


def summary_row(result: Result) -> tuple[object, ...]:
    bot = result.scores[0]
    best, best_core = best_baseline(result.scores), best_baseline(result.scores, core=True)
    return (result.package.name, f"{bot.all.total} ({bot.core.total})", _counts(bot.all),
            _named(best, core=False), _counts(bot.core), _named(best_core, core=True),
            f"{_met(bot, best, core=False)}; {_met(bot, best_core, core=True)}")


def _counts(t: Tally) -> str:
    return f"{t.right} / {t.wrong}"


def _named(score: Score | None, core: bool) -> str:
    if score is None:
        return "-"
    return f"{_counts(score.core if core else score.all)} ({score.system})"


def _met(bot: Score, best: Score | None, core: bool) -> str:
    if best is None:
        return "-"
    mine, theirs = (bot.core, best.core) if core else (bot.all, best.all)
    return "yes" if mine.right > theirs.right and mine.wrong < theirs.wrong else "no"


def render(results: Sequence[Result], notes: Sequence[str]) -> str:
    """Every package's table in Markdown, a summary, the judging rule and any notes."""
    if not results:
        return "No document packages found."
    parts = [
        "Each package is judged on its own questions (the bundled FAQ on `dev_questions.yaml`). "
        "*All* counts every question; *a&f* only the answer and fallback questions, the ones a "
        "baseline could get right. Baseline cut-offs are tuned on these same questions, so the "
        "baselines are shown at their best. The summary gives *right / wrong answers*; each "
        "best baseline is the baseline row with the most right answers.",
        render_summary(results),
        *(render_package(r) for r in results),
        RULE,
    ]
    parts += [f"Note: {note}" for note in notes]
    return "\n\n".join(parts)


def render_misses(results: Sequence[Result]) -> str:
    lines = [f"[{r.package.name}] {miss}" for r in results for miss in r.misses]
    return "faqbot's misses and wrong answers:\n" + ("\n".join(lines) or "- none")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", type=Path, default=EVAL,
                        help="folder with dev_questions.yaml and documents/ (default: %(default)s)")
    parser.add_argument("--packages", type=Path, action="append", default=[],
                        help="a folder of more packages (repeatable)")
    parser.add_argument("--baselines", default=",".join(BASELINES),
                        help="comma-separated baselines to run (default: %(default)s)")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="also list faqbot's misses and wrong answers")
    args = parser.parse_args(argv)
    chosen = chosen_baselines(parser, args.baselines, tuple(BASELINES))
    # grade_documents.sh grades with the cache off: a fresh load, whatever another checkout
    # left in ~/.cache/faqbot.
    os.environ.setdefault("FAQBOT_NO_CACHE", "1")
    results, notes = run_packages(find_packages(args.eval, args.packages), chosen)
    print(render(results, notes))
    if args.verbose:
        print("\n" + render_misses(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
