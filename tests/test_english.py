"""The English the drafting knows (faqbot/_english.py): what words mean in the general patient
language, and which words are too frequent to name a topic."""

from __future__ import annotations

import pytest

from faqbot._english import (
    adverb,
    distinctive,
    meanings,
    names,
    plural,
    rare,
    swap,
    with_names,
)
from faqbot.language import load_language


def test_words_of_one_meaning_share_it() -> None:
    found = dict(meanings("Blurred sight, a vaccination or the vaccine", load_language()))
    assert found["blurred"] == found["sight"]
    assert found["vaccination"] == found["vaccine"]
    assert found["the"] == "the"


def test_a_rare_word_is_neither_frequent_nor_grammar() -> None:
    assert rare("tophaceous") and not rare("people") and not rare("because")
    assert distinctive(["reduce", "sodium"]) and not distinctive(["develop", "time"])



@pytest.mark.parametrize(("text", "asked"), [
    ("if earwax is a problem for you", "if earwax is a problem for me"),
    ("devices can help you hear", "devices can help me hear"),
    ("the time you are exposed to it", "the time I am exposed to it"),
    ("are you at risk", "am I at risk"),
    ("you may need your eyes tested", "I may need my eyes tested"),
    ("a dietitian can teach you how to cook", "a dietitian can teach me how to cook"),
    ("you eat more than you should", "I eat more than I should"),
])
def test_the_leaflets_you_is_asked_as_the_patients_i_or_me(text: str, asked: str) -> None:
    assert swap(text) == asked


@pytest.mark.parametrize(("word", "is_adverb"), [
    ("safely", True), ("easily", True), ("frequently", True), ("simply", True),
    ("family", False), ("supply", False), ("belly", False),
])
def test_an_adverb_is_told_from_a_noun_that_ends_in_ly(word: str, is_adverb: bool) -> None:
    assert adverb(word) is is_adverb


@pytest.mark.parametrize(
    ("phrase", "many"),
    [
        ("types of stones", True),
        ("risk factors you can't change", True),
        ("bones affected by Paget's disease", True),
        ("the bone affected by it", False),
        ("people living with diabetes", True),
        ("older women", True),
        ("swelling", False),
        ("the tissue lining the eye", False),
    ],
)
def test_a_phrase_is_plural_by_its_head(phrase: str, many: bool) -> None:
    assert plural(phrase) is many


@pytest.mark.parametrize(("text", "named"), [
    # a capital after a lowercase word, twice, in prose; a curly apostrophe's possessive too
    ("It may lead to Kessler\u2019s syndrome.\nSome have Kessler's syndrome.\n", {"kessler"}),
    ("Ask about Kessler syndrome.\n", set()),  # once is not enough
    ("Some have Kessler syndrome.\nSome say kessler, like Kessler syndrome.\n", set()),
    # a heading in title case, and a sentence's first word, are capitalised for other reasons
    ("After a Diagnosis\nSeeing a Specialist\nAfter a Diagnosis\n", set()),
    ("Gout hurts. Gout swells.\n", set()),
])
def test_the_words_a_leaflet_writes_as_names(text: str, named: set[str]) -> None:
    assert names(text) == named


@pytest.mark.parametrize(("question", "asked"), [
    ("What is kessler syndrome?", "What is Kessler syndrome?"),
    ("What is kessler's syndrome?", "What is Kessler's syndrome?"),
    ("Who is a blackkessler?", "Who is a blackkessler?"),
])
def test_a_question_keeps_the_capital_of_a_name(question: str, asked: str) -> None:
    assert with_names(question, frozenset({"kessler"})) == asked
