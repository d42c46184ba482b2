"""Leaflets on other conditions: the same engine, no code change, each FAQ as an editor wrote it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from faqbot import FAQBot
from faqbot.verbatim import check

HERE = Path(__file__).resolve().parent
PACKAGES = sorted(p for p in (HERE / "data" / "packages").iterdir() if p.is_dir())
SHARED = HERE.parent.parent / "shared" / "eval"


def _judge(case: dict, reply: dict, topics: dict) -> tuple[bool, bool]:
    """The rules of ../shared/eval/grade.py: right, and a wrong answer given."""
    kind, text = reply["kind"], (reply["text"] or "").lower()
    if kind == "answer":
        ok = any(p.lower() in text for t in case.get("answer") or [] for p in topics[t])
        return ok, not ok
    if kind == "fallback":
        return bool(case.get("fallback") or case.get("or_fallback")), False
    if kind == "smalltalk":
        return bool(case.get("smalltalk")), False
    return bool(case.get("urgent")), False


def grade(faq: Path, questions: Path) -> tuple[float, int, list[str]]:
    bot = FAQBot.load(faq)
    qset = yaml.safe_load(questions.read_text(encoding="utf-8"))
    right = wrong = 0
    misses = []
    for case in qset["cases"]:
        ok, bad = _judge(case, bot.ask(case["q"]).to_dict(), qset["topics"])
        right += ok
        wrong += bad
        if not ok:
            misses.append(case["q"])
    return right / len(qset["cases"]), wrong, misses


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_each_answer_is_the_leaflets_own_words(package: Path) -> None:
    faq = FAQBot.load(package / "faq.yaml").faq
    assert check(faq, (package / "document.txt").read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_the_subject_is_inferred_from_the_questions(package: Path) -> None:
    subject = FAQBot.load(package / "faq.yaml").faq.subject.name
    assert subject.lower() == package.name.replace("-", " ")


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_patient_questions_stay_above_the_floor(package: Path) -> None:
    """A floor, not a target: the issue's bar is 85% with at most 2 wrong answers."""
    accuracy, wrong, misses = grade(package / "faq.yaml", package / "questions.yaml")
    assert accuracy >= 0.70, "\n".join(misses)
    assert wrong <= 2, "\n".join(misses)


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/eval is not beside the repository")
@pytest.mark.parametrize("name", ["osteoporosis", "kidney-stones"])
def test_shared_packages_stay_above_the_floor(name: str) -> None:
    package = SHARED / "documents" / name
    accuracy, wrong, misses = grade(package / "faq.yaml", package / "questions.yaml")
    assert accuracy >= 0.70, "\n".join(misses)
    assert wrong <= 4, "\n".join(misses)
