"""How patients ask (faqbot/_phrasing.py): what words mean, which phrases and list items make
alternates, and which labels are worth asking about in set words."""

from __future__ import annotations

import pytest

from faqbot._phrasing import from_label, key_phrases, meanings, names_a_topic
from faqbot.language import load_language


def test_words_of_one_meaning_share_it() -> None:
    found = dict(meanings("Blurred sight, a vaccination or the vaccine", load_language()))
    assert found["blurred"] == found["sight"]
    assert found["vaccination"] == found["vaccine"]
    assert found["the"] == "the"


@pytest.mark.parametrize(("sentence", "phrases"), [
    ("Attacks can be triggered by stressful events.", ("attacks triggered stressful events",)),
    ("It is generally important to make sure of it.", ()),
])
def test_a_key_phrase_needs_a_word_that_is_not_among_the_most_frequent(
        sentence: str, phrases: tuple[str, ...]) -> None:
    assert key_phrases(sentence) == phrases


@pytest.mark.parametrize(("item", "names"), [
    ("high blood pressure", True),
    ("hypothyroidism (underactive thyroid gland)", True),
    ("has had a rash before", False),
    ("you are a woman over 65", False),
    ("conditions that cause a rapid turnover of cells, such as some cancers", False),
])
def test_a_short_list_item_is_asked_about_when_it_names_something(item: str, names: bool) -> None:
    assert names_a_topic(item) is names


def test_a_label_of_common_words_gets_no_set_phrasings() -> None:
    assert from_label("Other health problems", "Risk Factors", "gout")[1] == (
        "other health problems",)
    assert "can lead exposure cause gout" in from_label("Lead exposure", "Risk Factors", "gout")[1]
