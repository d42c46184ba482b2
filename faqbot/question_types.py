"""The kinds of question patients ask about a condition (as in NIH's MedQuAD collection), and
generic probe questions for each, used to see which kinds an FAQ can answer at all."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

QUESTION_TYPES: tuple[str, ...] = (
    "information",
    "causes",
    "symptoms",
    "exams and tests",
    "treatment",
    "outlook",
    "complications",
    "prevention",
    "inheritance",
    "frequency",
    "susceptibility",
    "when to contact a medical professional",
)

PROBES: dict[str, tuple[str, ...]] = {
    "information": ("What is {c}?", "Can you tell me about {c}?", "What does {c} mean?"),
    "causes": ("What causes {c}?", "Why do people get {c}?", "What is the cause of {c}?"),
    "symptoms": (
        "What are the symptoms of {c}?", "What are the signs of {c}?",
        "How do I know if I have {c}?",
    ),
    "exams and tests": (
        "How is {c} diagnosed?", "What tests are used to diagnose {c}?",
        "How do doctors check for {c}?",
    ),
    "treatment": ("How is {c} treated?", "What are the treatments for {c}?", "Can {c} be treated?"),
    "outlook": (
        "What is the outlook for {c}?", "What is the prognosis of {c}?", "Will {c} go away?",
    ),
    "complications": (
        "What are the complications of {c}?", "Can {c} lead to other problems?",
        "What problems can {c} cause?",
    ),
    "prevention": (
        "How can {c} be prevented?", "Can I prevent {c}?", "How do I avoid getting {c}?",
    ),
    "inheritance": ("Is {c} inherited?", "Is {c} genetic?", "Does {c} run in families?"),
    "frequency": ("How common is {c}?", "How many people get {c}?", "Is {c} rare?"),
    "susceptibility": ("Who gets {c}?", "Who is at risk of {c}?", "Am I at risk of {c}?"),
    "when to contact a medical professional": (
        "When should I see a doctor about {c}?", "When should I contact a doctor?",
        "Should I see a doctor if I think I have {c}?",
    ),
}
"""Probe questions per type; ``{c}`` is replaced by the condition the FAQ is about."""

DEFAULT_CONDITION = "calcinosis"
"""Used in the probes when the FAQ's questions do not name the condition."""

_WHAT_IS = re.compile(r"^\s*what\s+(?:is|are)\s+(?:an?\s+|the\s+)?([\w' -]+?)\s*\??\s*$", re.I)


def normalize_type(text: str) -> str | None:
    """The canonical type for ``text`` (case, hyphens and underscores ignored), or None."""
    wanted = " ".join(re.split(r"[\s_-]+", text.strip().lower()))
    return wanted if wanted in QUESTION_TYPES else None


def condition_name(questions: Iterable[str]) -> str:
    """The condition an FAQ is about: the ``X`` of a "What is X?" question that the other
    questions mention most, else :data:`DEFAULT_CONDITION`."""
    questions = list(questions)
    candidates = [m.group(1).lower() for q in questions if (m := _WHAT_IS.match(q))]
    mentions = Counter(c for c in candidates for q in questions if c in q.lower())
    best = mentions.most_common(1)
    return best[0][0] if best and best[0][1] > 1 else DEFAULT_CONDITION


def probes(condition: str) -> dict[str, tuple[str, ...]]:
    """The probe questions of every type, about ``condition``."""
    return {kind: tuple(p.format(c=condition) for p in ps) for kind, ps in PROBES.items()}
