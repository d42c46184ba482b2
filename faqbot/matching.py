"""Rank FAQ entries for a question: a pure function of the text and the entries.

Every phrasing of every entry (the question and its alternates) is analysed into weighted concepts
once. A question is scored against each phrasing by how much of the question the phrasing explains
and how much of the phrasing the question mentions, so unknown or uncovered words pull a score
down. Two rules block an answer outright: the question is about a topic the FAQ never covers
(cost, diet, prognosis...), or about another condition rather than the FAQ's subject.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from faqbot.concepts import Analysis, Vocabulary
from faqbot.faq import FAQ, Entry
from faqbot.text import normalize
from faqbot.language import CONDITION, GATED, INTENT, RELATION, SUBJECT, TOPIC, Language

QUERY_EXPONENT = 0.75
"""How much the share of the question explained counts, against the share of the phrasing used."""
CONTEXT_SHARE = 0.3
"""What a concept met only in the context around the question weighs, against the question's."""
TIE_MARGIN = 2.0
"""Entries whose scores are closer than this are ordered by their wording."""
ENTRY_CREDIT = 0.5
"""Credit for question concepts that the best phrasing lacks but the entry's answer or other
phrasings mention ("itching and bleeding" is one sentence of one entry)."""


class Match(NamedTuple):
    """One entry's best score for a question, and the phrasing that gave it."""

    entry: Entry
    score: float
    phrasing: str


class Ranking(NamedTuple):
    """Entries ranked for one question, best first, and why an answer is blocked (if it is)."""

    matches: tuple[Match, ...]
    blocked: str | None = None

    @property
    def best(self) -> Match | None:
        return self.matches[0] if self.matches else None


class _Phrasing(NamedTuple):
    entry: int
    text: str
    weight: float
    concepts: frozenset[str]


class Matcher:
    """An index of the entries' phrasings that ranks entries for free text."""

    def __init__(
        self, faq: FAQ, language: Language, analyses: Mapping[str, Analysis] | None = None
    ) -> None:
        """Index the FAQ's entries; ``analyses`` may give its texts already analysed."""
        self.entries = faq.entries
        self.language = language
        known = analyses or {}
        self.vocabulary = Vocabulary(
            language,
            _faq_texts(faq),
            subject_names=faq.subject.names,
            editor=faq.vocabulary,
            phrasings=(p for e in self.entries for p in e.phrasings),
            analysed=known,
        )
        self._answers = {
            e.answer: known.get(e.answer) or self.vocabulary.analyze(e.answer, faq_text=True)
            for e in self.entries
        }
        analysed = [
            (number, phrasing, self.vocabulary.analysed[phrasing])
            for number, entry in enumerate(self.entries)
            for phrasing in entry.phrasings
        ]
        self._weights = self._concept_weights(analysed)
        self._phrasings: list[_Phrasing] = []
        self._postings: dict[str, list[int]] = defaultdict(list)
        for number, phrasing, analysis in analysed:
            self._add(number, phrasing, analysis)
        self._entry_concepts = self._concepts_by_entry(analysed)

    def rank(self, text: str, limit: int = 5) -> Ranking:
        """The best ``limit`` entries for ``text`` (score 0-100, one match per entry)."""
        analysis = self.vocabulary.analyze(text)
        matches = _break_ties(text, self._score(analysis, limit))
        return Ranking(matches, self._blocked(analysis))

    def weight(self, concept: str) -> float:
        """A concept's weight in a question: uncovered topics weigh most, unknown words a lot."""
        if concept in self._weights:
            return self._weights[concept]
        kind = self.vocabulary.kind(concept) or ""
        if concept not in self.vocabulary.covered and kind in self.language.uncovered_weights:
            return self.language.uncovered_weights[kind]
        return self.language.weights.get(kind, self.language.unknown_weight)

    def _add(self, number: int, phrasing: str, analysis: Analysis) -> None:
        index = len(self._phrasings)
        weight = sum(self._weights[c] for c in analysis.concepts)
        self._phrasings.append(_Phrasing(number, phrasing, weight, frozenset(analysis.concepts)))
        for concept in analysis.concepts:
            self._postings[concept].append(index)

    def _concepts_by_entry(self, analysed: list[tuple[int, str, Analysis]]) -> list[frozenset[str]]:
        """For each entry, every concept its phrasings or its answer mention."""
        found: list[set[str]] = [set(self._answers[e.answer].concepts) for e in self.entries]
        for number, _phrasing, analysis in analysed:
            found[number].update(analysis.concepts)
        return [frozenset(concepts) for concepts in found]

    def analyses(self) -> dict[str, Analysis]:
        """The analysis of every phrasing and answer, to build the same matcher again faster."""
        return {**self.vocabulary.analysed, **self._answers}

    def _concept_weights(self, analysed: list[tuple[int, str, Analysis]]) -> dict[str, float]:
        entries_with: dict[str, set[int]] = defaultdict(set)
        for number, _phrasing, analysis in analysed:
            for concept in analysis.concepts:
                entries_with[concept].add(number)
        for number, entry in enumerate(self.entries):
            for concept in self._answers[entry.answer].concepts:
                entries_with[concept].add(number)
        total = max(len(self.entries), 1)
        return {c: self._base_weight(c, len(n), total) for c, n in entries_with.items()}

    def _base_weight(self, concept: str, entry_count: int, total: int) -> float:
        kind = self.vocabulary.kind(concept)
        if kind is not None:
            return self.language.weights[kind]
        rarity = math.log((total + 1) / entry_count) / math.log(total + 1)
        return 0.3 + 0.7 * rarity

    def _score(self, analysis: Analysis, limit: int) -> tuple[Match, ...]:
        query = {c: CONTEXT_SHARE * self.weight(c) for c in analysis.context}
        query.update((c, self.weight(c)) for c in analysis.concepts)
        query_weight = (
            sum(query.values())
            + self.language.unknown_weight * len(analysis.unknown)
            + self.language.common_weight * len(analysis.common)
        )
        if not query_weight:
            return ()
        in_entry: dict[int, float] = {}
        best: dict[int, tuple[float, int]] = {}
        for index, matched in self._shared_weights(query).items():
            phrasing = self._phrasings[index]
            entry = phrasing.entry
            if entry not in in_entry:
                concepts = self._entry_concepts[entry]
                in_entry[entry] = sum(w for c, w in query.items() if c in concepts)
            explained = matched + ENTRY_CREDIT * (in_entry[entry] - matched)
            score = _combine(explained / query_weight, matched / phrasing.weight)
            if score > best.get(entry, (-1.0, 0))[0]:
                best[entry] = (score, index)
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
        return tuple(
            Match(self.entries[entry], _percent(score), self._phrasings[index].text)
            for entry, (score, index) in ranked
        )

    def _shared_weights(self, query: dict[str, float]) -> dict[int, float]:
        """For each phrasing sharing a concept with the question, the weight they share.

        A mere question word ("what is") adds weight but never makes a phrasing a candidate:
        sharing only that, it cannot win, and in a large FAQ nearly every phrasing does.
        """
        shared: dict[int, float] = defaultdict(float)
        intents = []
        for concept, weight in query.items():
            if self.vocabulary.kind(concept) == INTENT:
                intents.append((concept, weight))
                continue
            for index in self._postings.get(concept, ()):
                shared[index] += weight
        for concept, weight in intents:
            for index in self._postings.get(concept, ()):
                if index in shared:
                    shared[index] += weight
        return shared

    def _blocked(self, analysis: Analysis) -> str | None:
        for concept in analysis.concepts:
            if concept not in self.vocabulary.covered and self.vocabulary.kind(concept) in GATED:
                return f"the FAQ does not cover {concept.replace('_', ' ')!r}"
        if analysis.concepts and all(
            self.vocabulary.kind(c) == INTENT for c in analysis.concepts
        ):
            return "the question names no topic"
        return self._about_other_condition(analysis) or self._defines_something_else(analysis)

    def _defines_something_else(self, analysis: Analysis) -> str | None:
        """"What is an MRI?" asks for a definition the FAQ does not give: its entries say what
        calcinosis is, and what is done about it, not what each test or drug is."""
        if "define" not in analysis.concepts or analysis.mentions_subject:
            return None
        if any(c in self.language.absorbed.get("types", ()) for c in analysis.concepts):
            return None
        kinds = {self.vocabulary.kind(c) for c in analysis.concepts if c != "define"}
        if kinds == {TOPIC}:
            return "the question asks what something other than the subject is"
        return None

    def _about_other_condition(self, analysis: Analysis) -> str | None:
        kinds = [self.vocabulary.kind(c) for c in analysis.concepts]
        if CONDITION not in kinds or analysis.mentions_subject or RELATION in kinds:
            return None
        if all(kind == CONDITION for kind in kinds):
            return None
        return "the question is about another condition"


def _break_ties(text: str, matches: tuple[Match, ...]) -> tuple[Match, ...]:
    """Entries scored alike for their concepts are ordered by how closely the wording of their
    phrasing matches the question's ("what actually causes gout" is nearest "what causes gout")."""
    if len(matches) < 2 or matches[0].score - matches[1].score >= TIE_MARGIN:
        return matches
    from rapidfuzz import fuzz

    top = matches[0].score
    tied = [m for m in matches if top - m.score < TIE_MARGIN]
    question = normalize(text)
    tied.sort(key=lambda m: -fuzz.token_sort_ratio(question, normalize(m.phrasing)))
    return (*(m._replace(score=top) for m in tied[:1]), *tied[1:], *matches[len(tied):])


def _faq_texts(faq: FAQ) -> list[str]:
    """Every text of the FAQ whose words are known vocabulary."""
    sections = dict.fromkeys(e.section for e in faq.entries if e.section)
    return [*(p for e in faq.entries for p in e.phrasings), *(e.answer for e in faq.entries),
            *sections]


def _combine(question_share: float, phrasing_share: float) -> float:
    """0 to 1: the share of the question explained, and of the phrasing used, combined."""
    score: float = question_share**QUERY_EXPONENT * phrasing_share ** (1 - QUERY_EXPONENT)
    return score


def _percent(score: float) -> float:
    return round(100 * min(score, 1.0), 1)
