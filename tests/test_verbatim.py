"""The verbatim check: every answer is the source document's own sentences, word for word."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHARED

from faqbot import load_faq, parse_faq
from faqbot.verbatim import check, source_units, units

SOURCE = Path(__file__).parent / "data" / "calcinosis.txt"


def test_bundled_faq_is_verbatim_from_the_document() -> None:
    assert check(load_faq(), SOURCE.read_text(encoding="utf-8")) == []


@pytest.mark.skipif(not (SHARED / "source" / "calcinosis.txt").exists(), reason="no ../shared")
def test_test_copy_of_the_document_is_the_shared_one() -> None:
    assert SOURCE.read_bytes() == (SHARED / "source" / "calcinosis.txt").read_bytes()


def test_every_fact_of_the_document_is_reachable() -> None:
    answered = set().union(*(units(e.answer) for e in load_faq().entries))
    body = source_units(SOURCE.read_text(encoding="utf-8"))
    headings = {"Calcinosis", "What is Calcinosis?", "Types of Calcinosis",
                "Symptoms of Calcinosis", "Diagnosis", "Treatment of Calcinosis", "Conclusion"}
    conclusion_repeats = {u for u in body if u.startswith(("Calcinosis is a condition", "It is believed",
                                                           "The most common symptom is", "Treatment options include"))}
    missing = body - answered - headings - conclusion_repeats - {
        "Symptomatically, Calcinosis is commonly characterized by tenderness, inflammation, and/or swelling of the affected areas.",
        "Examples of underlying medical conditions associated with systemic calcinosis are kidney failure, i diabetes, and certain types of cancer.",
    }
    assert missing == set()


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ("Calcinosis is a disease of the bones.", "Calcinosis is a disease of the bones."),
        ("Surgery: In rare cases, surgery may be necessary to remove larger calcium deposits. "
         "It always works.", "It always works."),
        ("surgery: in rare cases, surgery may be necessary to remove larger calcium deposits.",
         "in rare cases, surgery"),
    ],
)
def test_reworded_or_added_text_is_reported(answer: str, problem: str) -> None:
    faq = parse_faq(f"entries:\n  - id: x\n    question: Q?\n    answer: {answer!r}\n")
    problems = check(faq, SOURCE.read_text(encoding="utf-8"))
    assert {p.entry for p in problems} == {"x"}
    assert any(problem in str(p) for p in problems)


def test_whitespace_bullets_and_the_known_typo_are_forgiven() -> None:
    answer = ("Other symptoms of calcinosis may include:\\n  - Fatigue\\n  • Itching\\n"
              "Examples of underlying medical conditions associated with systemic calcinosis are "
              "kidney failure,   diabetes, and certain types of cancer.")
    faq = parse_faq(f'entries:\n  - id: x\n    question: Q?\n    answer: "{answer}"\n')
    assert check(faq, SOURCE.read_text(encoding="utf-8")) == []


def test_a_heading_kept_above_its_paragraph_is_still_verbatim() -> None:
    source = "Other Signs\n\nThese can include\n\n  • a red joint\n"
    faq = parse_faq(
        "entries:\n  - id: a\n    question: q?\n    answer: |-\n      Other Signs\n"
        "      These can include\n        • a red joint\n", "f.yaml")
    assert check(faq, source) == []


def test_a_heading_line_right_over_its_text_may_be_left_out() -> None:
    source = "Gout\nA sudden pain\nin one joint.\n"
    faq = parse_faq("entries:\n  - id: a\n    question: q?\n    answer: A sudden pain in one joint.\n")
    assert check(faq, source) == []
    assert check(faq, "Gout\nA sudden ache\nin one joint.\n") != []
