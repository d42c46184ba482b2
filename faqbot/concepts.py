"""Turn normalised text into the concepts the matcher compares.

Known phrases ("swollen glands", "x ray") become one concept each, longest phrase first; typos are
corrected against the known words with rapidfuzz; stopwords and neutral words are dropped; whatever
is left is unknown, and unknown words count against a match.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cached_property, lru_cache
from typing import NamedTuple

from faqbot import _lexicon as lex
from faqbot._common_words import COMMON_WORDS
from faqbot.text import split_question, tokens

_ACTIVE_CAUSE = frozenset({"cause", "causes", "causing"})
_NEAR = 3
"""How many words before "cause" the subject may stand for "calcinosis causes X" to be read."""
_NOISE = lex.STOPWORDS | lex.NEUTRAL | COMMON_WORDS
_GATED = (lex.TOPIC, lex.CONDITION)


class Analysis(NamedTuple):
    """What a text is about: its concepts in order, unknown words, whether it names the FAQ's
    subject (or points back at it with "it"), and concepts met only in sentences of context
    before or after the question ("My mum has scleroderma. What symptoms should we look for?")."""

    concepts: tuple[str, ...]
    unknown: tuple[str, ...]
    mentions_subject: bool
    context: tuple[str, ...] = ()


class Vocabulary:
    """The lexicon's concepts plus the FAQ's own words, with spelling correction."""

    def __init__(
        self, phrasings: Iterable[str] = (), analysed: Mapping[str, Analysis] | None = None
    ) -> None:
        self.phrases, self.kinds, self._longest = _lexicon_phrases()
        phrasings = list(phrasings)
        self.faq_words = _faq_words(phrasings, self.phrases)
        self._known = (
            set(self.faq_words) | set(self.phrases) | set(_NOISE)
            | {word for phrase in self.phrases for word in phrase.split()}
        )
        self._correct = lru_cache(maxsize=4096)(self._correct_uncached)
        known = analysed or {}
        self.analysed = {p: known.get(p) or self.analyze(p, faq_text=True) for p in phrasings}
        """Each phrasing's analysis, made once (FAQ words need no spelling correction)."""
        self.covered = frozenset(c for a in self.analysed.values() for c in a.concepts)

    @cached_property
    def _targets(self) -> list[str]:
        """Known words a typo may be corrected to; never a topic the FAQ does not cover, so a
        near-miss like "told" cannot turn into "cold" and block a fair question."""
        uncovered = {
            phrase for phrase, concept in self.phrases.items()
            if self.kinds.get(concept) in _GATED and concept not in self.covered
        }
        return sorted(w for w in self._known if len(w) >= 4 and w not in uncovered)

    def kind(self, concept: str) -> str | None:
        """The lexicon kind of a concept, or None for a word of the FAQ's own."""
        return self.kinds.get(concept)

    def analyze(self, text: str, *, faq_text: bool = False) -> Analysis:
        """The concepts of ``text``. FAQ text (``faq_text=True``) is read whole, with no typo
        correction.

        In a message of several sentences, the one that asks is the question and the others are
        context. Context counts only when the question names a topic of its own; otherwise the
        question leans on it ("Is calcinosis linked to it?") and the whole message is read as one.
        """
        if faq_text:
            return self._analyze_sentence(text, correct=False)
        question, context = split_question(text)
        if context and not lex.BACK_REFERENCES.isdisjoint(tokens(question)):
            return self._analyze_sentence(text, correct=True)
        main = self._analyze_sentence(question, correct=True)
        if not context:
            return main
        if not self._names_covered_topic(main):
            return self._analyze_sentence(text, correct=True)
        extra = self._analyze_sentence(context, correct=True)
        around = tuple(
            c for c in extra.concepts
            if c not in main.concepts and (c in self.covered or self.kinds.get(c) not in _GATED)
        )
        subject = main.mentions_subject or extra.mentions_subject
        return Analysis(main.concepts, main.unknown, subject, around)

    def _names_covered_topic(self, analysis: Analysis) -> bool:
        return any(
            c in self.covered and c != "define"
            and self.kinds.get(c) in (lex.TOPIC, lex.FACET, lex.CONDITION, lex.INTENT)
            for c in analysis.concepts
        )

    def _analyze_sentence(self, text: str, correct: bool) -> Analysis:
        words = [self._correct(word) for word in tokens(text)] if correct else tokens(text)
        concepts, unknown, subject = self._scan(words)
        concepts = _absorb(concepts)
        if subject and not any(self.kinds.get(c) == lex.SUBJECT for c in concepts):
            concepts.append(lex.IMPLIED_SUBJECT)
        return Analysis(tuple(concepts), tuple(dict.fromkeys(unknown)), subject)

    def _scan(self, words: list[str]) -> tuple[list[str], list[str], bool]:
        """Concepts in order of appearance, unknown words, and whether the subject is named."""
        concepts: list[str] = []
        unknown: list[str] = []
        subject = False
        subject_at = -_NEAR - 1
        i = 0
        while i < len(words):
            start = i
            size, concept = self._phrase_at(words, i)
            word = words[i]
            i += size
            if concept is None:
                if word in lex.PRONOUNS:
                    subject, subject_at = True, start
                if self._is_noise(word):
                    continue
                if word not in self.faq_words:
                    unknown.append(word)
                    continue
                concept = word
            if concept == "doctor" and i < len(words) and words[i] in lex.NARRATIVE_VERBS:
                continue
            concept = _direct_cause(concept, word, size, start - subject_at <= _NEAR)
            if self.kinds.get(concept) == lex.SUBJECT:
                subject, subject_at = True, start + size - 1
            if concept and concept not in concepts:
                concepts.append(concept)
        return concepts, unknown, subject

    def _phrase_at(self, words: list[str], i: int) -> tuple[int, str | None]:
        longest = self._longest.get(words[i], 0)
        for size in range(min(longest, len(words) - i), 0, -1):
            concept = self.phrases.get(" ".join(words[i : i + size]))
            if concept is not None:
                return size, concept
        return 1, None

    @staticmethod
    def _is_noise(word: str) -> bool:
        return word in _NOISE or word.isdigit() or len(word) < 2

    def _correct_uncached(self, word: str) -> str:
        if word in self._known or not word.isalpha() or len(word) < 4:
            return word
        for stem in (word[:-1], word[:-2]) if word.endswith("s") else ():
            if stem in self._known:
                return stem
        # Imported here: most questions have no typo, and start-up time counts.
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        limit = 1 if len(word) <= 8 else 2
        found = process.extract(word, self._targets, scorer=OSA.distance, score_cutoff=limit,
                                limit=8)
        fits = [hit for hit in found if _plausible_typo(word, hit[0], hit[1])]
        if not fits:
            return word
        best = min(fits, key=lambda hit: (hit[1], -_shared_prefix(word, hit[0]), hit[0]))
        return str(best[0])


def _direct_cause(concept: str, word: str, size: int, subject_just_before: bool) -> str:
    """"does calcinosis cause X" asks about its effects; "what causes calcinosis" about causes."""
    if concept == "cause" and size == 1 and word in _ACTIVE_CAUSE and subject_just_before:
        return "symptom"
    return concept


def _plausible_typo(word: str, target: str, distance: float) -> bool:
    """A four-letter word is too short to guess at, unless only its last letter is missing; a
    short word is not shortened further ("movie" is not "move"); two edits are allowed only in
    long words that keep their first letter."""
    if len(word) == 4:
        return target.startswith(word)
    if len(word) <= 6 and len(target) < len(word):
        return False
    return distance <= 1 or target[0] == word[0]


def _absorb(concepts: list[str]) -> list[str]:
    """Drop a general concept that a more specific one in the same question makes redundant."""
    present = set(concepts)
    return [
        c for c in concepts
        if not any(specific in present for specific in lex.ABSORBED.get(c, ()))
    ]


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


@lru_cache(maxsize=1)
def _lexicon_phrases() -> tuple[dict[str, str], dict[str, str], dict[str, int]]:
    """Phrase -> concept, concept -> kind, and for each first word the longest phrase it starts."""
    phrases: dict[str, str] = {}
    for filler in lex.FILLERS:
        phrases[filler] = ""
    for concept, (_kind, surfaces) in lex.CONCEPTS.items():
        for surface in surfaces.split("|"):
            phrases.setdefault(" ".join(surface.split()), concept)
    kinds = {concept: kind for concept, (kind, _surfaces) in lex.CONCEPTS.items()}
    longest: dict[str, int] = {}
    for phrase in phrases:
        words = phrase.split()
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return phrases, kinds, longest


def _faq_words(phrasings: Iterable[str], phrases: dict[str, str]) -> frozenset[str]:
    words: set[str] = set()
    for phrasing in phrasings:
        words.update(tokens(phrasing))
    return frozenset(word for word in words if word not in _NOISE and word not in phrases)
