"""A second, independent reading of the FAQ: each entry's whole text as TF-IDF word stems.

The matcher scores a question against an entry's phrasings through concepts. This index reads
the same question another way: the stems of its words against the stems of every word of each
entry (question, alternates and answer), weighted by how few entries use them (sublinear term
frequency, smoothed inverse document frequency, unit length: the standard TF-IDF cosine).
When both readings pick the same entry, an answer just below the threshold is far more often
right than not (see ``bench/README.md``), so the bot may give it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import chain
from typing import Any

from faqbot.text import stem, stem_words, tokens

Postings = dict[str, tuple[list[int], list[float]]]
"""For each stem, the entries that use it and its weight in each: two flat lists, not a pair per
entry (a 10,000-entry FAQ has 100,000 such pairs for the garbage collector and marshal to walk)."""


class TfIdf:
    """Entries' texts as unit TF-IDF vectors, indexed by stem; words in ``noise`` are left out
    of the entries and of every text compared with them."""

    def __init__(
        self, postings: Postings, idf: Mapping[str, float], size: int, noise: frozenset[str]
    ) -> None:
        self._postings = postings
        self._idf = idf
        self.size = size
        self._noise = noise

    @classmethod
    def build(cls, texts: Iterable[str], noise: frozenset[str]) -> TfIdf:
        """The index of ``texts`` (one per entry)."""
        return cls.from_words(map(tokens, texts), noise)

    @classmethod
    def from_words(cls, texts: Iterable[list[str]], noise: frozenset[str]) -> TfIdf:
        """The index of texts given as their :func:`~faqbot.text.tokens` (one list per entry):
        the matcher has read the words of every part of an entry already."""
        counts = [Counter(_word_stems(words, noise)) for words in texts]
        size = len(counts)
        frequency = Counter(chain.from_iterable(counts))
        idf = {term: math.log((1 + size) / (1 + n)) + 1 for term, n in frequency.items()}
        postings: Postings = {}
        log = math.log
        for number, count in enumerate(counts):
            # 1 + log(n) is _tf(n), inline: this runs for every stem of every entry
            for term, weight in _unit({s: (1 + log(n)) * idf[s] for s, n in count.items()}).items():
                found = postings.get(term)
                if found is None:
                    found = postings[term] = ([], [])
                found[0].append(number)
                found[1].append(weight)
        return cls(postings, idf, size, noise)

    def state(self) -> tuple[Any, ...]:
        """Plain data for the start-up cache (see :meth:`restore`)."""
        return self._postings, dict(self._idf), self.size

    @classmethod
    def restore(cls, state: tuple[Any, ...], noise: frozenset[str]) -> TfIdf:
        """The index :meth:`state` describes, as it is (no copy: start-up time counts)."""
        postings, idf, size = state
        return cls(postings, idf, size, noise)

    def similarities(self, text: str) -> list[float]:
        """The cosine of ``text`` with each entry (0 to 1, in entry order). Stems no entry uses
        are left out, so they neither help nor hurt."""
        count = Counter(s for s in _stems(text, self._noise) if s in self._idf)
        query = _unit({s: _tf(n) * self._idf[s] for s, n in count.items()})
        found = [0.0] * self.size
        for term, weight in query.items():
            numbers, weights = self._postings[term]
            for number, entry_weight in zip(numbers, weights, strict=True):
                found[number] += weight * entry_weight
        return found


def _stems(text: str, noise: frozenset[str]) -> list[str]:
    return stem_words([word for word in tokens(text) if word not in noise])


def _entry_stems(text: str, noise: frozenset[str]) -> list[str]:
    """:func:`_stems` of an entry's text, whose words recur in other entries: stem()'s cache
    serves them, where stem_words stems every word anew."""
    return _word_stems(tokens(text), noise)


def _word_stems(words: list[str], noise: frozenset[str]) -> list[str]:
    return [stem(word) for word in words if word not in noise]


def _tf(count: int) -> float:
    return 1 + math.log(count)


def _unit(vector: dict[str, float]) -> dict[str, float]:
    length = math.sqrt(math.fsum(w * w for w in vector.values()))
    return {s: w / length for s, w in vector.items()} if length else {}
