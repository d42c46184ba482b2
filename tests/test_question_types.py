"""Question types: names are forgiving, probes name the FAQ's condition."""

from __future__ import annotations

import pytest

from faqbot.question_types import PROBES, QUESTION_TYPES, normalize_type, probes


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


def test_probes_are_about_the_condition() -> None:
    assert probes("gout")["prevention"][0] == "How can gout be prevented?"
