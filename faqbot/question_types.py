"""The kinds of question patients ask about a condition (as in NIH's MedQuAD collection), and
generic probe questions for each, used to see which kinds an FAQ can answer at all."""

from __future__ import annotations

import re

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
"""Probe questions per type; ``{c}`` is replaced by the FAQ's subject (``faq.subject.name``)."""

DEFAULT_CONDITION = "this condition"
"""Used in the probes when the FAQ names no subject."""

def normalize_type(text: str) -> str | None:
    """The canonical type for ``text`` (case, hyphens and underscores ignored), or None."""
    wanted = " ".join(re.split(r"[\s_-]+", text.strip().lower()))
    return wanted if wanted in QUESTION_TYPES else None


def probes(condition: str) -> dict[str, tuple[str, ...]]:
    """The probe questions of every type, about ``condition``."""
    return {kind: tuple(p.format(c=condition) for p in ps) for kind, ps in PROBES.items()}
