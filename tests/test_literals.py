"""What every match of a pattern contains: a text without it is skipped, and a text a pattern
matches is never skipped."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from faqbot._literals import choices, met, met_in, needs, runs_of

PATTERNS = [
    r"\b(?:only|one) (?:one )?way out\b",
    r"\bchest ?pains?\b|\b(?:tight|heavy|crushing) chest\b",
    r"\bcut (?:my|his|her) wrists?\b(?! on)",
    r"\brelapsed\b(?=.*\b(?:blade|cut\w*|razor)\b)",
    r"\b(?:took|had) (?:\w+ ){0,2}(?:whole|all) (?:pills|tablets)+",
    r"^(?:(?:help|please) )*chest[ ]hurts\b",
    r"\b(?:cant|cannot) (?:breathe|breath)\b",
]


@pytest.mark.parametrize(("pattern", "text", "may_match"), [
    (r"\b(?:only|one) (?:one )?way out\b", "the only one way out", True),
    (r"\b(?:only|one) (?:one )?way out\b", "only one way to go out", False),
    (r"\bchest ?pains?\b", "chestpain", True),
    (r"\bchest ?pains?\b", "a pain in my chest", True),  # it has both words: it may match
    (r"\bchest ?pains?\b", "my chest hurts", False),
    (r"\brelapsed\b(?=.*\bblade\b)", "i relapsed", False),  # what a lookahead needs counts
    (r"\brelapsed\b(?!.*\bblade\b)", "i relapsed with a blade", True),  # a negated one does not
    (r"\bpills?\b", "a pil", False),
    (r"\b(?:bp|hr) \d+", "blood pressure 190", True),  # two letters are not worth looking for
    (r"(?i)chest pain", "CHEST PAIN", True),  # a pattern that ignores case needs nothing
    (r"(?:chest)?pain", "pain", True),  # nor does what is optional
    (r"chest[ ]pain", "chest  pain", False),  # a class of one character is that character
])
def test_a_text_without_what_every_match_holds_is_skipped(
    pattern: str, text: str, may_match: bool
) -> None:
    assert met(needs(pattern), text) is may_match


WORDS = ["only", "one", "way", "out", "chest", "pain", "pains", "tight", "cut", "my", "wrists",
         "on", "relapsed", "blade", "cutting", "took", "had", "all", "whole", "pills", "help",
         "please", "hurts", "cant", "breathe", "x"]


@given(st.sampled_from(PATTERNS), st.lists(st.sampled_from(WORDS), max_size=12))
def test_a_text_a_pattern_matches_is_never_skipped(pattern: str, words: list[str]) -> None:
    text = " ".join(words)
    if re.search(pattern, text):
        assert met(needs(pattern), text)


MANY = r"\b(?:" + "|".join(f"{a} {b}" for a, b in pairwise(WORDS)) + r")\b"


@given(st.lists(st.sampled_from(WORDS), max_size=12))
def test_many_alternatives_filed_by_run_give_the_answer_met_gives(words: list[str]) -> None:
    text = " ".join(words)
    assert choices(MANY) is not None
    assert met_in(MANY, text, runs_of(text)) is met(needs(MANY), text)
