"""The known words a typo may be corrected to, indexed so that a word is compared only with those
few an edit or two could turn it into: a question of made-up words costs little to correct."""

from __future__ import annotations

from collections.abc import Callable, Iterable


class Targets:
    """Words a typo may be corrected to, sorted, and indexed by length and by their deletions."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = sorted(words)
        self._by_length: dict[int, list[str]] = {}
        for word in self.words:
            self._by_length.setdefault(len(word), []).append(word)
        self._sets = {size: frozenset(same) for size, same in self._by_length.items()}
        self._bands: dict[tuple[int, int], list[str]] = {}
        self._deletions: dict[int, dict[str, list[str]]] = {}
        self._sounds: dict[str, list[str]] | None = None

    def near(self, word: str, limit: int) -> list[str]:
        """The words that may be within ``limit`` edits of ``word`` (every one that is, and a
        few that are not), in sorted order: comparing ``word`` with these alone finds the same
        words, in the same order, as comparing it with every one."""
        return self._one_edit(word) if limit == 1 else self.within(word, limit)

    def within(self, word: str, limit: int) -> list[str]:
        """The words whose length differs from ``word``'s by at most ``limit``, sorted: no other
        word is within ``limit`` edits of it."""
        key = (len(word), limit)
        band = self._bands.get(key)
        if band is None:
            band = sorted(
                w for size in range(len(word) - limit, len(word) + limit + 1)
                for w in self._by_length.get(size, ())
            )
            if band:  # an empty band (a very long word) is not kept: lengths are unbounded
                self._bands[key] = band
        return band

    def sounding(self, word: str, key: Callable[[str], str]) -> list[str]:
        """The words that ``key`` reads as it reads ``word`` (one key for the life of these
        targets: the index is built by the first call, for a typo no edit or two explains)."""
        if self._sounds is None:
            self._sounds = {}
            for target in self.words:
                self._sounds.setdefault(key(target), []).append(target)
        return self._sounds.get(key(word), [])

    def beginning(self, start: str, limit: int = 20) -> list[str]:
        """Up to ``limit`` of the words that begin with ``start``, shortest first."""
        from bisect import bisect_left

        found: list[str] = []
        for word in self.words[bisect_left(self.words, start):]:
            if not word.startswith(start) or len(found) == limit:
                break
            found.append(word)
        return sorted(found, key=len)

    def prepare(self) -> None:
        """Index the words of every length now, not on first use: a server does this at
        start-up, so that no question pays for it (about a millisecond a length)."""
        for size in self._by_length:
            self._deletions_of(size)

    def _one_edit(self, word: str) -> list[str]:
        """The words one deletion, insertion, substitution or swap of neighbours away may
        reach: those ``word`` less a letter is, those less a letter ``word`` is, and those
        that less a letter are ``word`` less a letter (a substitution or a swap)."""
        size = len(word)
        shorter = self._sets.get(size - 1, frozenset())
        same = self._deletions_of(size)
        found = {word} & self._sets.get(size, frozenset())
        found.update(self._deletions_of(size + 1).get(word, ()))
        for less in _deletions(word):
            if less in shorter:
                found.add(less)
            found.update(same.get(less, ()))
        return sorted(found)

    def _deletions_of(self, size: int) -> dict[str, list[str]]:
        """For the words of this length, each of their deletions and the words that give it;
        built on first use, one length at a time (start-up time counts)."""
        index = self._deletions.get(size)
        if index is None:
            index = self._deletions[size] = {}
            for target in self._by_length.get(size, ()):
                for less in _deletions(target):
                    index.setdefault(less, []).append(target)
        return index


def _deletions(word: str) -> set[str]:
    """``word`` less one letter, each way."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}
