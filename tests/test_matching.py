"""The matcher alone: rankings, scores, and the two rules that block an answer outright."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from faqbot.faq import FAQ, Entry, load_faq
from faqbot.language import load_language
from faqbot.matching import Matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_faq(), load_language())


def test_rank_gives_one_match_per_entry_best_first(matcher: Matcher) -> None:
    ranking = matcher.rank("what are the symptoms of calcinosis", limit=5)
    ids = [m.entry.id for m in ranking.matches]
    assert ids[0] == "symptoms"
    assert len(ids) == len(set(ids)) <= 5
    scores = [m.score for m in ranking.matches]
    assert scores == sorted(scores, reverse=True)
    assert ranking.best is not None and ranking.best.score == 100.0
    assert ranking.blocked is None


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("how much does calcinosis surgery cost", "does not cover"),
        ("is calcinosis contagious", "does not cover 'contagious'"),
        ("what is the life expectancy", "does not cover 'prognosis'"),
        ("what are the symptoms of the flu", "does not cover 'flu'"),
        ("what is kidney failure", "about another condition"),
        ("what are the symptoms of diabetes", "about another condition"),
        ("what is", "names no topic"),
        ("what is an MRI", "asks what something other than the subject is"),
        ("what are NSAIDs?", "asks what something other than the subject is"),
        ("when?", "names no topic"),
    ],
)
def test_blocked_questions_say_why(matcher: Matcher, question: str, reason: str) -> None:
    blocked = matcher.rank(question).blocked
    assert blocked is not None and reason in blocked


@pytest.mark.parametrize(
    "question",
    ["kidney failure", "does diabetes cause calcinosis", "can diabetes cause it",
     "is calcinosis linked to cancer"],
)
def test_conditions_linked_to_calcinosis_are_not_blocked(matcher: Matcher, question: str) -> None:
    ranking = matcher.rank(question)
    assert ranking.blocked is None
    assert ranking.best is not None and ranking.best.entry.id == "systemic"


def test_unknown_words_pull_the_score_down(matcher: Matcher) -> None:
    plain = matcher.rank("how is calcinosis treated").best
    odd = matcher.rank("how is rosacea treated").best
    assert plain is not None and odd is not None
    assert odd.score < plain.score - 25


def test_nothing_to_match_gives_no_matches(matcher: Matcher) -> None:
    assert matcher.rank("").matches == ()
    assert matcher.rank("the of and").best is None


def test_any_faq_works_not_only_the_bundled_one() -> None:
    entries = (
        Entry("parking", "Where can I park?", "In the car park.", ("parking", "car park")),
        Entry("hours", "When are you open?", "Nine to five.", ("opening times",)),
    )
    matcher = Matcher(FAQ(entries), load_language())
    best = matcher.rank("where do I park my car").best
    assert best is not None and best.entry.id == "parking"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_ranks_without_error(text: str) -> None:
    ranking = MATCHER.rank(text)
    assert all(0 <= m.score <= 100 for m in ranking.matches)


MATCHER = Matcher(load_faq(), load_language())


def test_no_two_entries_have_phrasings_that_mean_the_same() -> None:
    """Two entries whose phrasings reduce to the same concepts would tie: an editor's mistake."""
    seen: dict[frozenset[str], str] = {}
    clashes = []
    for entry in MATCHER.entries:
        for phrasing in entry.phrasings:
            key = frozenset(MATCHER.vocabulary.analysed[phrasing].concepts)
            if seen.setdefault(key, entry.id) != entry.id:
                clashes.append((phrasing, entry.id, seen[key]))
    assert clashes == []


@pytest.mark.parametrize(
    ("keyword", "entry"),
    [("lumps", "what-is-calcinosis"), ("calcium deposits", "what-is-calcinosis"),
     ("biopsy", "biopsy"), ("scan", "imaging"), ("painkillers", "medications"),
     ("physio", "physical-therapy"), ("operation", "surgery"), ("glands", "lymph-nodes"),
     ("tired", "fatigue"), ("itchy", "skin-changes"), ("localised", "localized"),
     ("diagnosis", "diagnosis"), ("symptom", "symptoms"), ("cause", "causes")],
)
def test_bare_keywords(keyword: str, entry: str) -> None:
    best = MATCHER.rank(keyword).best
    assert best is not None and best.entry.id == entry and best.score == 100.0
