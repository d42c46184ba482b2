"""Infer what a FAQ is about when its file does not say: the phrase its questions share most."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from faqbot.language import load_language
from faqbot.text import stem, tokens

MAX_WORDS = 3


def most_shared_phrase(texts: Iterable[str]) -> str:
    """The phrase of one to three content words found in the most texts; a longer phrase wins
    when it is found nearly as often as its shorter part ("kidney stones" over "stones")."""
    noise = load_language().noise
    counts: Counter[str] = Counter()
    surfaces: dict[str, Counter[str]] = {}
    for text in texts:
        found = dict(_phrases(tokens(text), noise))
        counts.update(found.keys())
        for key, surface in found.items():
            surfaces.setdefault(key, Counter())[surface] += 1
    if not counts:
        return ""
    return surfaces[_best(counts)].most_common(1)[0][0]


def _best(counts: Counter[str]) -> str:
    best = max(counts.items(), key=lambda item: (item[1], len(item[0].split())))
    longer = [
        (phrase, n) for phrase, n in counts.items()
        if best[0] in phrase.split() and n >= 0.8 * best[1] and phrase != best[0]
    ]
    return max(longer, key=lambda item: (item[1], len(item[0])))[0] if longer else best[0]


def _phrases(words: list[str], noise: frozenset[str]) -> Iterable[tuple[str, str]]:
    """(stemmed phrase, phrase as written) for every run of words that starts and ends with a
    content word."""
    for start in range(len(words)):
        for size in range(1, MAX_WORDS + 1):
            part = words[start : start + size]
            if len(part) == size and part[0] not in noise and part[-1] not in noise:
                yield " ".join(stem(w) for w in part), " ".join(part)
