"""The common patient questions (tests/patient_questions.yaml) through the same coverage code as
``faqbot coverage``: an edit to faq.yaml or the matcher that breaks a common question fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from faqbot import FAQBot
from faqbot.cli.coverage import read_cases
from faqbot.coverage import Coverage, evaluate
from faqbot.question_types import QUESTION_TYPES

QUESTIONS = Path(__file__).resolve().parent / "patient_questions.yaml"
MIN_ACCURACY = 0.95


@pytest.fixture(scope="module")
def coverage(bot: FAQBot) -> Coverage:
    return evaluate(bot, read_cases(QUESTIONS, bot.faq.ids), str(QUESTIONS))


def _misses(coverage: Coverage) -> str:
    return "\n".join(f"  line {o.case.line}: {o.case.question!r}: expected {o.case.label}, "
                     f"got {o.got} ({o.score})" for o in coverage.misses)


def test_every_question_type_is_asked(coverage: Coverage) -> None:
    assert {o.case.type for o in coverage.outcomes} >= set(QUESTION_TYPES)


def test_every_entry_is_expected_somewhere(coverage: Coverage) -> None:
    expected = {e for o in coverage.outcomes for e in o.case.expect}
    assert set(coverage.entry_ids) <= expected


def test_no_wrong_answers(coverage: Coverage) -> None:
    assert not coverage.wrong, "wrong answers:\n" + _misses(coverage)


def test_accuracy(coverage: Coverage) -> None:
    assert coverage.accuracy is not None
    assert coverage.accuracy >= MIN_ACCURACY, "misses:\n" + _misses(coverage)
