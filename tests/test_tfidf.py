"""The second reading: each entry's whole text as TF-IDF stems, and the cosine of a message."""

from __future__ import annotations

import pytest

from faqbot.tfidf import TfIdf, _entry_stems, _stems

NOISE = frozenset({"what", "is", "the", "a", "of", "for", "my", "can", "i", "do"})
TEXTS = [
    "What is gout? Gout is a kind of arthritis: uric acid crystals build up in a joint.",
    "How is gout treated? Medicines such as colchicine ease an attack of gout.",
    "Can I eat meat? Eating less red meat and seafood lowers uric acid.",
]


@pytest.fixture(scope="module")
def index() -> TfIdf:
    return TfIdf.build(TEXTS, NOISE)


def test_the_entry_sharing_a_rare_word_is_most_alike(index: TfIdf) -> None:
    found = index.similarities("is colchicine any good")
    assert max(found) == found[1] > 0.3
    assert found[0] == found[2] == 0.0


def test_word_forms_meet_at_their_stem(index: TfIdf) -> None:
    found = index.similarities("eat meats")
    assert found.index(max(found)) == 2


def test_words_no_entry_uses_neither_help_nor_hurt(index: TfIdf) -> None:
    assert index.similarities("colchicine zzyzx blorft") == index.similarities("colchicine")


def test_a_message_of_noise_or_nothing_is_like_no_entry(index: TfIdf) -> None:
    assert index.similarities("what is the") == [0.0, 0.0, 0.0]
    assert index.similarities("") == [0.0, 0.0, 0.0]


def test_cosines_lie_between_0_and_1(index: TfIdf) -> None:
    for text in (*TEXTS, "gout gout gout", "uric acid"):
        assert all(0.0 <= value <= 1.0 + 1e-9 for value in index.similarities(text))


def test_restored_state_reads_the_same(index: TfIdf) -> None:
    again = TfIdf.restore(index.state(), NOISE)
    for text in ("gout attack", "red meat", "colchicine"):
        assert again.similarities(text) == index.similarities(text)


@pytest.mark.parametrize("text", [*TEXTS, "Ibuprofen 200mg, tumours and localised fractures", ""])
def test_an_entry_is_stemmed_as_a_message_is(text: str) -> None:
    assert _entry_stems(text, NOISE) == _stems(text, NOISE)
