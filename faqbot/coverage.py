"""``faqbot coverage``: how well the FAQ answers a file of patient questions, which answers are
wrong, which question types it cannot answer, and what another threshold would change.

The computation here is pure (a bot and cases in, values out); ``faqbot.cli.coverage`` is the
thin shell.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from faqbot.acceptance import Acceptance, Evidence, load_acceptance
from faqbot.bot import MAX_MESSAGE, FAQBot
from faqbot.cases import Case
from faqbot.errors import FAQBotError
from faqbot.question_types import DEFAULT_CONDITION, QUESTION_TYPES, probes

EXIT_OK, EXIT_FAILED = 0, 1

NEAR_TIE = 5.0
"""Best and runner-up within this many points: the question nearly got the other entry."""
LOW_CONFIDENCE = 5.0
"""An answer scoring within this many points above the threshold is flagged as low confidence."""
SWEEP = tuple(float(t) for t in range(40, 100, 5))
"""Thresholds tried by the sweep (the bot's own threshold is added)."""


@dataclass(frozen=True)
class Outcome:
    """What the bot did with one case, and how its ranking looked."""

    case: Case
    kind: str
    got: str
    score: float | None
    best: str | None = None
    best_score: float | None = None
    runner_up: str | None = None
    runner_up_score: float | None = None
    blocked: bool = False
    text: str = ""
    evidence: Evidence | None = None
    """What the ranking showed about the best entry besides its score, for the acceptance
    model (see :mod:`faqbot.acceptance`)."""

    @property
    def correct(self) -> bool | None:
        """Whether the reply was right; None when the case does not say what is."""
        if not self.case.labelled:
            return None
        return self.case.accepts(self.kind, self.got if self.kind == "answer" else None, self.text)

    @property
    def wrong(self) -> bool:
        """An answer given where something else was expected: worse than falling back."""
        return self.kind == "answer" and self.correct is False

    @property
    def near_tie(self) -> bool:
        if self.best_score is None or self.runner_up_score is None:
            return False
        return self.kind == "answer" and self.best_score - self.runner_up_score <= NEAR_TIE

    def low_confidence(self, threshold: float) -> bool:
        return self.kind == "answer" and self.score is not None and (
            self.score < threshold + LOW_CONFIDENCE
        )

    def got_at(self, threshold: float, accepting: Acceptance | None = None) -> str:
        """What this question would get were the bot's threshold ``threshold`` (``accepting``:
        the bot's acceptance model, by default the shipped one)."""
        if self.kind in ("urgent", "smalltalk", "crisis"):
            return self.kind
        model = accepting or load_acceptance()
        answered = not self.blocked and self.best_score is not None and model.accepts(
            self.best_score - threshold, self.evidence)
        return self.best if answered and self.best is not None else "fallback"


@dataclass(frozen=True)
class SweepPoint:
    """The outcome of all the questions at one threshold."""

    threshold: float
    answered: int
    wrong: int | None
    correct: int | None
    current: bool = False


@dataclass(frozen=True)
class TypeCoverage:
    """How one question type fared: the probes asked and the entries they reached."""

    type: str
    probes: tuple[str, ...]
    answers: tuple[str | None, ...]

    @property
    def answered(self) -> int:
        return sum(a is not None for a in self.answers)

    @property
    def status(self) -> str:
        """``answered``, ``partly`` or ``not answered`` (the bot always falls back)."""
        if self.answered * 2 > len(self.probes):
            return "answered"
        return "partly" if self.answered else "not answered"


@dataclass(frozen=True)
class Coverage:
    """Every outcome for one file of questions and the numbers drawn from them."""

    source: str
    faq: str
    threshold: float
    entry_ids: tuple[str, ...]
    outcomes: tuple[Outcome, ...]
    answers: Mapping[str, str] = field(default_factory=dict)
    """Each entry's answer, to judge what another threshold would give."""
    accepting: Acceptance | None = None
    """The bot's acceptance model, to judge what another threshold would give."""

    @property
    def labelled(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.case.labelled)

    @property
    def correct(self) -> int:
        return sum(o.correct is True for o in self.outcomes)

    @property
    def accuracy(self) -> float | None:
        """Share of the cases with an expectation that got it; None when none has one."""
        return self.correct / len(self.labelled) if self.labelled else None

    @property
    def wrong(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.wrong)

    @property
    def fallbacks(self) -> int:
        return sum(o.kind == "fallback" for o in self.outcomes)

    @property
    def fallback_rate(self) -> float:
        return self.fallbacks / len(self.outcomes) if self.outcomes else 0.0

    @property
    def misses(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.correct is False)

    @property
    def confusions(self) -> list[tuple[str, str, int]]:
        """(expected, got, count) for each kind of miss, most frequent first."""
        pairs = Counter((o.case.label or "", o.got) for o in self.misses)
        return [(e, g, n) for (e, g), n in sorted(pairs.items(), key=lambda p: (-p[1], p[0]))]

    @property
    def unreached(self) -> tuple[str, ...]:
        """Entries that no question was answered with."""
        reached = {o.got for o in self.outcomes}
        return tuple(i for i in self.entry_ids if i not in reached)

    @property
    def near_ties(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.near_tie)

    def low_confidence(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.low_confidence(self.threshold))

    def by_type(self) -> dict[str, tuple[int, int]]:
        """(correct, total) per question type, for the labelled cases that carry a type."""
        totals: dict[str, list[int]] = {}
        for o in self.labelled:
            if o.case.type is not None:
                tally = totals.setdefault(o.case.type, [0, 0])
                tally[0] += bool(o.correct)
                tally[1] += 1
        return {t: (totals[t][0], totals[t][1]) for t in QUESTION_TYPES if t in totals}

    def sweep(self, thresholds: Iterable[float] = SWEEP) -> tuple[SweepPoint, ...]:
        """For each threshold (and the bot's own), how many questions would be answered with an
        entry, and how many of those wrongly and how many correctly (None without expectations)."""
        points = sorted({*thresholds, self.threshold})
        return tuple(self._point(t) for t in points)

    def _point(self, threshold: float) -> SweepPoint:
        got = [(o, o.got_at(threshold, self.accepting)) for o in self.outcomes]
        right = [self._accepts(o.case, g) for o, g in got]
        answered = [(o, r) for (o, g), r in zip(got, right, strict=True) if g in self.entry_ids]
        labelled = bool(self.labelled)
        wrong = sum(o.case.labelled and not r for o, r in answered)
        correct = sum(right)
        return SweepPoint(threshold, len(answered), wrong if labelled else None,
                          correct if labelled else None, threshold == self.threshold)


    def _accepts(self, case: Case, got: str) -> bool:
        if got in self.entry_ids:
            return case.accepts("answer", got, self.answers.get(got, ""))
        return case.accepts(got)


def evaluate(bot: FAQBot, cases: Sequence[Case], source: str = "questions") -> Coverage:
    """Ask the bot every case's question and keep what it did."""
    outcomes = tuple(outcome(bot, case) for case in cases)
    answers = {entry.id: entry.answer for entry in bot.faq.entries}
    return Coverage(source, bot.faq.name, bot.threshold, bot.faq.ids, outcomes, answers,
                    bot.acceptance)


def outcome(bot: FAQBot, case: Case) -> Outcome:
    """The bot's reply to one case, with the best and runner-up of its ranking."""
    reply = bot.ask(case.question)
    got = reply.id if reply.kind == "answer" and reply.id else reply.kind
    if reply.kind in ("urgent", "smalltalk", "crisis"):
        return Outcome(case, reply.kind, got, reply.score, text=reply.text)
    # The ranking bot.ask decided on, read as it read the message.
    ranking = reply.ranking or bot.rank(case.question)
    best, runner = [*ranking.matches, None, None][:2]
    return Outcome(
        case, reply.kind, got, reply.score,
        best.entry.id if best else None, best.score if best else None,
        runner.entry.id if runner else None, runner.score if runner else None,
        ranking.blocked is not None, reply.text,
        # The message as bot.ask read it: its first MAX_MESSAGE characters.
        bot.matcher.evidence(case.question[:MAX_MESSAGE], ranking),
    )


def type_coverage(bot: FAQBot) -> tuple[TypeCoverage, ...]:
    """For each question type, the probes about the FAQ's subject and the entries they got."""
    condition = bot.faq.subject.name or DEFAULT_CONDITION
    return tuple(
        TypeCoverage(kind, questions, tuple(_answer_id(bot, q) for q in questions))
        for kind, questions in probes(condition).items()
    )


def _answer_id(bot: FAQBot, question: str) -> str | None:
    reply = bot.ask(question)
    return reply.id if reply.kind == "answer" else None


def gate(coverage: Coverage, min_accuracy: float | None, no_wrong: bool) -> int:
    """The exit status: 1 when accuracy is below ``min_accuracy`` (0-1) or, with ``no_wrong``,
    any answer is wrong; else 0."""
    accuracy = coverage.accuracy
    if min_accuracy is not None and accuracy is not None and accuracy < min_accuracy:
        return EXIT_FAILED
    return EXIT_FAILED if no_wrong and coverage.wrong else EXIT_OK


def min_accuracy_fraction(value: float | None) -> float | None:
    """``--min-accuracy`` as a fraction: 0.9 and 90 both mean 90%."""
    if value is None:
        return None
    if not 0 <= value <= 100:
        raise FAQBotError(f"--min-accuracy {value:g}: give a fraction (0.9) or a percentage (90)")
    return value / 100 if value > 1 else value
