"""The typo index: a word is compared with few known words, and finds every one a full scan would."""

from __future__ import annotations

import random
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import process
from rapidfuzz.distance import OSA

from faqbot import FAQBot
from faqbot._typos import Targets

WORDS = Targets("symptom symptoms surgery biopsy lymph calcium tissue deposit deposits ulcer "
                "ibuprofen calcinosis scleroderma diagnosis treatment swelling".split())


def _scan(word: str, words: list[str], limit: int) -> list[tuple[str, float]]:
    """What comparing with every known word finds, as the matcher reads it."""
    found = process.extract(word, words, scorer=OSA.distance, score_cutoff=limit, limit=8)
    return [(hit[0], hit[1]) for hit in found]


@pytest.mark.parametrize(
    ("word", "limit", "expected"),
    [
        ("symtoms", 1, ["symptoms"]),        # a letter left out
        ("symptomss", 1, ["symptoms"]),      # a letter too many
        ("surgary", 1, ["surgery"]),         # a letter changed
        ("lypmh", 1, ["lymph"]),             # two letters swapped
        ("ibuprofin", 2, ["ibuprofen"]),
        ("qwxz", 1, []),
    ],
)
def test_near_finds_the_known_words_within_the_limit(
    word: str, limit: int, expected: list[str]
) -> None:
    near = WORDS.near(word, limit)
    assert [w for w, _ in _scan(word, near, limit)] == expected


def test_near_leaves_out_words_no_edit_can_reach() -> None:
    assert "diagnosis" not in WORDS.near("symtoms", 1)
    assert len(WORDS.near("zzzzzz", 1)) == 0
    assert WORDS.within("ibuprofin", 2) == sorted(w for w in WORDS.words if abs(len(w) - 9) <= 2)


@given(st.text(alphabet="symptoerglkbd", min_size=1, max_size=12))
def test_near_finds_what_a_full_scan_finds(word: str) -> None:
    limit = 1 if len(word) <= 8 else 2
    assert _scan(word, WORDS.near(word, limit), limit) == _scan(word, WORDS.words, limit)


@pytest.mark.parametrize("word", ["symtoms", "biopsey", "ulcre", "zzzzzz", "calcinossis"])
def test_an_index_built_at_start_up_finds_what_one_built_on_first_use_finds(word: str) -> None:
    prepared = Targets(WORDS.words)
    prepared.prepare()
    limit = 1 if len(word) <= 8 else 2
    assert prepared.near(word, limit) == WORDS.near(word, limit)


def test_the_bundled_vocabulary_corrects_as_a_full_scan_would(bot: FAQBot) -> None:
    targets = bot.matcher.vocabulary._targets
    rng = random.Random(13)
    words = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 14)))
             for _ in range(300)]
    for known in targets.words[::7]:
        i = rng.randrange(len(known))
        words += [known[:i] + known[i + 1 :], known[:i] + "e" + known[i:],
                  known[:i] + "a" + known[i + 1 :], known[:i] + known[i + 1 : i + 2] + known[i]
                  + known[i + 2 :]]
    for word in words:
        limit = 1 if len(word) <= 8 else 2
        assert _scan(word, targets.near(word, limit), limit) == \
            _scan(word, targets.words, limit), word


def test_words_read_alike_are_found_by_their_key() -> None:
    targets = Targets(["arrhythmia", "diarrhea", "anemia"])
    key = str.upper  # any key: the words it reads as it reads the typo
    assert targets.sounding("Anemia", key) == ["anemia"]
    assert targets.sounding("fever", key) == []


def test_the_words_a_clipped_word_begins_come_shortest_first() -> None:
    targets = Targets(["catheterization", "catheter", "cataract", "nitroglycerin"])
    assert targets.beginning("cath") == ["catheter", "catheterization"]
    assert targets.beginning("zzz") == []
