"""Infer what a FAQ is about when its file does not say: the phrase its questions share most."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from faqbot.language import CONDITION, Language, load_language
from faqbot.text import stem, tokens

MAX_WORDS = 3
CONDITION_SHARE = 0.5
"""A phrase ending in a condition's name ("iron deficiency anemia") is the subject when it is
found in at least this share of the texts that share the most common phrase ("iron")."""


def most_shared_phrase(texts: Iterable[str]) -> str:
    """The phrase of one to three content words found in the most texts; a phrase naming a
    condition wins over a more common word ("iron deficiency anemia" over "iron"), and a longer
    phrase wins when it is found nearly as often as its shorter part ("kidney stones" over
    "stones")."""
    language = load_language()
    noise = language.noise
    counts: Counter[str] = Counter()
    surfaces: dict[str, Counter[str]] = {}
    for text in texts:
        found = dict(_phrases(tokens(text), noise))
        counts.update(found.keys())
        for key, surface in found.items():
            surfaces.setdefault(key, Counter())[surface] += 1
    if not counts:
        return ""
    return surfaces[_best(counts, lambda key: _names_condition(key, language))].most_common(1)[0][0]


def _names_condition(key: str, language: Language) -> bool:
    """Whether a stemmed phrase ends in the name of a condition ("... anemia", "gout")."""
    words = key.split()
    return any(
        language.kinds.get(language.stems.get(" ".join(words[start:]), "")) == CONDITION
        for start in range(len(words))
    )


def _best(counts: Counter[str], names_condition: Callable[[str], bool]) -> str:
    best = max(counts.items(), key=lambda item: (item[1], len(item[0].split())))
    conditions = [(p, n) for p, n in counts.items() if names_condition(p)]
    top = max(conditions, key=lambda item: (item[1], len(item[0])), default=None)
    if top is not None and top[1] >= CONDITION_SHARE * best[1]:
        best = top  # "iron deficiency anemia" over "iron": a FAQ is about a condition
    longer = [
        (phrase, n) for phrase, n in counts.items()
        if set(best[0].split()) <= set(phrase.split()) and n >= 0.8 * best[1]
        and phrase != best[0]
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
