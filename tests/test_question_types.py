"""Question types: names are forgiving, probes name the FAQ's condition."""

from __future__ import annotations

import pytest

from faqbot.question_types import PROBES, QUESTION_TYPES, condition_name, normalize_type, probes


@pytest.mark.parametrize(
    ("text", "expected"),
    [("causes", "causes"), ("Exams-and-Tests", "exams and tests"), (" exams_and_tests ",
     "exams and tests"), ("cause", None), ("", None)],
)
def test_type_names_ignore_case_hyphens_and_underscores(text: str, expected: str | None) -> None:
    assert normalize_type(text) == expected


def test_every_type_has_probes() -> None:
    assert set(PROBES) == set(QUESTION_TYPES)
    assert all(len(p) >= 3 for p in PROBES.values())


@pytest.mark.parametrize(
    ("questions", "condition"),
    [
        (["What is gout?", "What causes gout?", "Is gout painful?"], "gout"),
        (["What is a biopsy?", "What is gout?", "What causes gout?"], "gout"),
        (["Where is the clinic?", "When is it open?"], "calcinosis"),
    ],
)
def test_the_condition_is_the_what_is_subject_others_mention(
    questions: list[str], condition: str
) -> None:
    assert condition_name(questions) == condition


def test_probes_are_about_the_condition() -> None:
    assert probes("gout")["prevention"][0] == "How can gout be prevented?"
