"""Rank FAQ entries for a question: a pure function of the text and the entries.

Every phrasing of every entry (the question and its alternates) is analysed into weighted concepts
once. A question is scored against each phrasing by how much of the question the phrasing explains
and how much of the phrasing the question mentions, so unknown or uncovered words pull a score
down. Two rules block an answer outright: the question is about a topic the FAQ never covers
(cost, diet, prognosis...), or about another condition rather than the FAQ's subject.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from functools import cached_property
from typing import Any, NamedTuple

from faqbot.acceptance import Evidence
from faqbot.concepts import (
    ASKS_WHAT_IT_IS,
    DEFINE,
    MEANING,
    WHAT_IT_IS,
    Analysis,
    Vocabulary,
    read_words,
)
from faqbot.faq import FAQ, Entry
from faqbot.language import (
    CONDITION,
    FACET,
    GATED,
    INTENT,
    RELATION,
    SUBJECT,
    SUBJECT_CONCEPT,
    Language,
)
from faqbot.text import MAX_CHARS, normalize, sentences, split_question, tokens
from faqbot.tfidf import TfIdf

QUERY_EXPONENT = 0.75
"""How much the share of the question explained counts, against the share of the phrasing used."""
PHRASING_EXPONENT = 1 - QUERY_EXPONENT
CONTEXT_SHARE = 0.3
"""What a concept met only in the context around the question weighs, against the question's."""
RARITY_SHARE = 0.5
"""How much a general concept's weight depends on how few entries mention it."""
ANSWER_SHARE = 0.95
"""A sentence of an answer stands for a question the entry answers, at this share of a listed
question's score."""
WEAK_SHARE = 0.5
"""What an ordinary word of the FAQ ("put", "part") weighs against its other words."""
TIE_MARGIN = 2.0
"""Entries whose scores are closer than this are ordered by their wording."""
NEGATED_SHARE = 0.85
"""A phrasing that negates ("what happens if gout is not treated?") counts at this share for a
question that does not ("how is gout treated?")."""
UNNEGATED_SHARE = 0.9
"""And a phrasing that does not negate counts at this share for a message that does ("what if it
isn't treated?" against "how is it treated?")."""
NEGATION = "negation"
QUANTITY = "quantity"
_AMOUNTS = frozenset((QUANTITY, "count"))
"""Concepts that ask an amount ("what dose", "how many"): with a unit, the answer must name it."""
ENTRY_CREDIT = 0.5
"""Credit for question concepts that the best phrasing lacks but the entry's answer or other
phrasings mention ("itching and bleeding" is one sentence of one entry)."""
MAX_LACKING = 1
"""How many of a question's concepts the best entry may lack when the question names a term that
entry alone uses."""


class Match(NamedTuple):
    """One entry's best score for a question, and the phrasing that gave it."""

    entry: Entry
    score: float
    phrasing: str


class Ranking(NamedTuple):
    """Entries ranked for one question, best first, and why an answer is blocked (if it is)."""

    matches: tuple[Match, ...]
    blocked: str | None = None
    nearby: tuple[Match, ...] = ()
    """When blocked: the entries closest to the part of the question the FAQ covers."""
    names_term: bool = False
    """Whether the question names a term that only the best entry uses and asks little else the
    entry does not hold (see :meth:`Matcher.names_term`)."""
    analysis: Analysis | None = None
    """What the matcher read in the question (see :meth:`Matcher.evidence`)."""

    @property
    def best(self) -> Match | None:
        return self.matches[0] if self.matches else None


class _Rows(NamedTuple):
    """Every phrasing indexed, by number: a list per field, not an object per phrasing, which in
    a 10,000-entry FAQ would be 60,000 objects (and as many sets) more for the garbage collector
    and marshal to walk."""

    entry: list[int]
    text: list[str]
    weight: list[float]
    concepts: list[tuple[str, ...]]
    """The concepts of its analysis (that very tuple)."""
    share: list[float]
    """1 for a question the FAQ lists; less for a sentence of an answer."""


_Scored = tuple[int, float, frozenset[str], float]
"""What scoring reads of a phrasing: its entry, weight, concepts and share (not its text)."""


class _Columns(NamedTuple):
    """What scoring reads of each phrasing, one list per field, by phrasing number: a list
    look-up is the cheapest step of the loop every question runs."""

    entry: list[int]
    weight: list[float]
    shares: tuple[list[float], list[float]]
    """The share a phrasing's score is multiplied by, for a message that does not negate and for
    one that does: a phrasing that negates counts less for the first, one that does not for the
    second."""


class Matcher:
    """An index of the entries' phrasings that ranks entries for free text."""

    def __init__(
        self, faq: FAQ, language: Language, analyses: Mapping[str, Analysis] | None = None
    ) -> None:
        """Index the FAQ's entries; ``analyses`` may give its texts already analysed."""
        self.entries = faq.entries
        self._numbers = {entry.id: number for number, entry in enumerate(self.entries)}
        self.language = language
        known = analyses or {}
        words = {text: read_words(text, language) for text in _faq_texts(faq)}
        self.vocabulary = Vocabulary(
            language,
            words,
            subject_names=faq.subject.names,
            editor=faq.vocabulary,
            phrasings=(p for e in self.entries for p in e.phrasings),
            headings=dict.fromkeys(e.section for e in self.entries if e.section),
            analysed=known,
        )
        answers = {
            e.answer: known.get(e.answer) or self.vocabulary.of_faq(e.answer)
            for e in self.entries
        }
        analysed = [
            (number, phrasing, self.vocabulary.analysed[phrasing])
            for number, entry in enumerate(self.entries)
            for phrasing in entry.phrasings
        ]
        self._weights = self._concept_weights(analysed, answers)
        self._rows = _Rows([], [], [], [], [])
        self._postings: dict[str, list[int]] = defaultdict(list)
        self._texts = TfIdf.from_words((_whole_words(e, words) for e in self.entries),
                                       language.noise)
        posted: set[_Scored] = set()
        for number, phrasing, analysis in analysed:
            self._add(number, phrasing, analysis, posted)
        split = {e.answer: sentences(e.answer) for e in self.entries}  # read once, used twice
        self._add_answer_sentences(posted, split)
        self._columns = _columns(self._rows)
        self._entry_concepts = self._concepts_by_entry(analysed, answers)
        self._pervasive = _pervasive(self._entry_concepts, language.aspects)
        self._defined = frozenset(
            c for _n, _p, a in analysed if "define" in a.concepts for c in a.concepts
        ) | self._defined_in_answers(split, words) | self._keywords_of_definitions(analysed)
        """What the FAQ defines: what its questions ask to define ("what are
        bisphosphonates?"), what its answers define, and terms given alone for such an entry."""
        self._specific = frozenset(
            c for c, n in self._entry_counts.items() if n == 1 and self.vocabulary.kind(c) is None
        )
        """Words of the FAQ that one entry alone uses ("pachymetry"): asking what one is, is
        asking for that entry."""
        self.vocabulary.built()

    def _keywords_of_definitions(
        self, analysed: list[tuple[int, str, Analysis]]
    ) -> frozenset[str]:
        """Terms an editor gave on their own as a way to ask for an entry that says what
        something is ("angiogram" for "What are coronary angiography and cardiac
        catheterization?"): asking what one is, is asking for that entry. Not a condition: "kidney
        failure" given for "What is systemic calcinosis?" names a cause, not what is defined."""
        defining = {n for n, _p, a in analysed if "define" in a.concepts}
        found: set[str] = set()
        for number, _phrasing, analysis in analysed:
            if number in defining and len(analysis.concepts) == 1:
                term = analysis.concepts[0]
                if term != SUBJECT_CONCEPT and self.vocabulary.kind(term) not in (
                    INTENT, RELATION, CONDITION
                ):
                    found.add(term)
        return frozenset(found)

    def _defined_in_answers(self, split: Mapping[str, list[str]],
                            words: Mapping[str, list[str]]) -> frozenset[str]:
        """What the answers define: "Hemoglobin is an iron-rich protein ...", "This craving is
        called pica", "... known as hyperuricemia": asking what one is, is a fair question
        (``split``: each answer's sentences; ``words``: the tokens of the FAQ's texts, read
        already, among them an answer of one sentence)."""
        found: set[str] = set()
        for entry in self.entries:
            for sentence in split[entry.answer]:
                known = words.get(sentence)
                text = normalize(sentence) if known is None else " ".join(known)
                for term in _defined_terms(text):
                    analysis = self.vocabulary.of_faq(term)
                    found.update(c for c in analysis.concepts
                                 if self.vocabulary.kind(c) not in (INTENT, RELATION))
        return frozenset(found)

    def state(self) -> tuple[Any, ...]:
        """What was built, as plain data for the start-up cache (see :meth:`restore`)."""
        return (  # sets as tuples, as in Vocabulary.state
            self.vocabulary.state(), self._weights, tuple(self._rows),
            dict(self._postings), [tuple(c) for c in self._entry_concepts],
            tuple(self._defined), tuple(self._specific), self._texts.state(),
        )

    @classmethod
    def restore(cls, faq: FAQ, language: Language, state: tuple[Any, ...]) -> Matcher:
        """The matcher :meth:`state` describes for this FAQ, built again without analysing."""
        self = cls.__new__(cls)
        self.entries, self.language = faq.entries, language
        self._numbers = {entry.id: number for number, entry in enumerate(self.entries)}
        vocabulary, self._weights, rows, self._postings, entry_concepts, defined, specific, \
            texts = state
        self.vocabulary = Vocabulary.restore(language, vocabulary)
        self._rows = _Rows(*rows)
        self._columns = _columns(self._rows)
        self._entry_concepts = list(map(frozenset, entry_concepts))
        self._pervasive = _pervasive(self._entry_concepts, language.aspects)
        self._defined, self._specific = frozenset(defined), frozenset(specific)
        self._texts = TfIdf.restore(texts, language.noise)
        return self

    def prepare(self) -> None:
        """Build now what ranking builds on first use: see :meth:`faqbot.FAQBot.prepare`."""
        from rapidfuzz import fuzz  # noqa: F401

        self.vocabulary.prepare()

    def rank(self, text: str, limit: int = 5) -> Ranking:
        """The best ``limit`` entries for ``text`` (score 0-100, one match per entry)."""
        return self.rank_parts(*split_question(text), limit=limit)

    def rank_parts(self, question: str, context: str = "", *, limit: int = 5) -> Ranking:
        """:meth:`rank` for a message already split into the asking sentence and the rest."""
        analysis = self._as_definition(self.vocabulary.analyze_parts(question, context))
        matches = _break_ties(question, self._score(analysis, limit), self.language.openings)
        blocked = self._blocked(analysis, matches)
        if blocked:
            # Ranked again without what the FAQ does not cover, so the closest topics it does
            # cover can be offered ("symptoms of a cold" -> the symptoms entry).
            kept = self._covered_part(analysis.concepts)
            if not any(self.vocabulary.kind(c) not in (INTENT, SUBJECT) for c in kept):
                # nothing it covers is asked: no topic is near
                return Ranking(matches, blocked, analysis=analysis)
            covered = analysis._replace(concepts=kept)
            return Ranking(matches, blocked, self._score(covered, limit), analysis=analysis)
        missing = self._aspect_missing(analysis, matches, question)
        named = not missing and self.names_term(analysis, matches)
        return Ranking(matches, missing, names_term=named, analysis=analysis)

    def _as_definition(self, analysis: Analysis) -> Analysis:
        """"What does angina mean?" asks what angina is, as "what is angina?" does: a question
        that names the subject and asks only its meaning is read as asking its definition,
        unless the FAQ itself asks for the subject's meaning apart ("what does the word
        osteoporosis mean", given for the entry that explains the name)."""
        if not _asks_what_the_subject_means(analysis.concepts) or self._asks_meaning:
            return analysis
        concepts = dict.fromkeys(DEFINE if c == MEANING else c for c in analysis.concepts)
        return analysis._replace(concepts=tuple(concepts))

    @cached_property
    def _asks_meaning(self) -> bool:
        """Whether one of the FAQ's questions asks only what the subject's name means."""
        rows = self._rows
        return any(share == 1.0 and _asks_what_the_subject_means(concepts)
                   for concepts, share in zip(rows.concepts, rows.share, strict=True))

    def names_term(self, analysis: Analysis, matches: tuple[Match, ...]) -> bool:
        """Whether the question names a term of the FAQ that only the best entry uses and that
        is no everyday word ("what is pica?", "is spelt ok for coeliacs?"), with every other
        word known to the FAQ and at most one concept that the entry lacks. Such a question can
        mean no other entry, so a score a little under the threshold may stand."""
        if not matches or analysis.unknown or analysis.common:
            return False
        mine = self._entry_concepts[self._numbers[matches[0].entry.id]]
        common = self.language.common
        if not any(c in mine and c in self._specific and c not in common
                   for c in analysis.concepts):
            return False
        lacking = [c for c in analysis.concepts if c not in mine and c != SUBJECT_CONCEPT]
        return len(lacking) <= MAX_LACKING

    def evidence(self, text: str, ranking: Ranking) -> Evidence | None:
        """What ``ranking`` (of the message ``text``) shows about its best entry besides its
        score, for :mod:`faqbot.acceptance`; None without a best entry. It includes a second,
        word-for-word reading: the TF-IDF cosine between the message and each entry's whole text
        (question, alternates and answer)."""
        best, analysis = ranking.best, ranking.analysis
        if best is None or analysis is None:
            return None
        matches = ranking.matches
        runner_up = matches[1].score if len(matches) > 1 else 0.0
        found = self._texts.similarities(text)
        mine = found[self._numbers[best.entry.id]]
        return Evidence(
            best.score - runner_up, mine, max(found, default=0.0),
            sum(1 for other in found if other > mine), ranking.names_term,
            len(analysis.unknown), len(analysis.common), len(text.split()),
            analysis.mentions_subject,
        )

    def _covered_part(self, concepts: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(
            c for c in concepts
            if c in self.vocabulary.covered or self.vocabulary.kind(c) not in GATED
        )

    def weight(self, concept: str) -> float:
        """A concept's weight in a question: uncovered topics weigh most, unknown words a lot."""
        if concept in self._weights:
            return self._weights[concept]
        if concept in self.vocabulary.faq_stems:  # a FAQ word met only inside its phrases
            return self._base_weight(concept, 1, len(self.entries))
        kind = self.vocabulary.kind(concept) or ""
        if concept not in self.vocabulary.covered and kind in self.language.uncovered_weights:
            return self.language.uncovered_weights[kind]
        return self.language.weights.get(kind, self.language.unknown_weight)

    def _add_answer_sentences(self, posted: set[_Scored], split: Mapping[str, list[str]]) -> None:
        for number, entry in enumerate(self.entries):
            for sentence in split[entry.answer]:
                analysis = self.vocabulary.of_faq(sentence)
                if analysis.concepts:
                    self._add(number, sentence, analysis, posted, ANSWER_SHARE)

    def _add(self, number: int, phrasing: str, analysis: Analysis,
             posted: set[_Scored], share: float = 1.0) -> None:
        """Index one phrasing. One with the concepts, weight and share of an earlier phrasing of
        the same entry always scores the same as it, after it, so it never wins: it is kept (its
        number counts) but not posted, and scoring does not read it."""
        rows = self._rows
        index = len(rows.entry)
        weights = self._weights  # where weight() finds almost every concept of the FAQ
        # A specific kind ("x_ray") weighs nothing against a phrasing: named in a question too,
        # it adds to what they share; a question naming only its general concept ("scans")
        # matches a phrasing on x-rays as well as one on scans.
        weight = sum([weights[c] if c in weights else self.weight(c) for c in analysis.concepts
                      if c not in self.language.generals])
        rows.entry.append(number)
        rows.text.append(phrasing)
        rows.weight.append(weight)
        rows.concepts.append(analysis.concepts)
        rows.share.append(share)
        scored = (number, weight, frozenset(analysis.concepts), share)
        if scored in posted:
            return
        posted.add(scored)
        for concept in analysis.concepts:
            self._postings[concept].append(index)

    def _concepts_by_entry(self, analysed: list[tuple[int, str, Analysis]],
                           answers: Mapping[str, Analysis]) -> list[frozenset[str]]:
        """For each entry, every concept its phrasings, its answer or its heading mention."""
        found: list[set[str]] = [
            {*answers[e.answer].concepts, *self._heading(e.section)} for e in self.entries
        ]
        for number, _phrasing, analysis in analysed:
            found[number].update(analysis.concepts)
        return [frozenset(concepts) for concepts in found]

    def _heading(self, section: str) -> tuple[str, ...]:
        """The concepts a section heading gives its entries: not its question words ("What are
        the symptoms of X?" does not make every entry under it a definition), but a negation
        ("Risk factors you can't change") says something of them."""
        if not section:
            return ()
        return tuple(c for c in self.vocabulary.of_faq(section).concepts
                     if self.vocabulary.kind(c) != INTENT or c == NEGATION)

    def _concept_weights(self, analysed: list[tuple[int, str, Analysis]],
                         answers: Mapping[str, Analysis]) -> dict[str, float]:
        entries_with: dict[str, set[int]] = defaultdict(set)
        for number, _phrasing, analysis in analysed:
            for concept in analysis.concepts:
                entries_with[concept].add(number)
        for number, entry in enumerate(self.entries):
            for concept in answers[entry.answer].concepts:
                entries_with[concept].add(number)
        total = max(len(self.entries), 1)
        self._entry_counts = {c: len(n) for c, n in entries_with.items()}
        return {c: self._base_weight(c, len(n), total) for c, n in entries_with.items()}

    def _base_weight(self, concept: str, entry_count: int, total: int) -> float:
        kind = self.vocabulary.kind(concept)
        rarity = math.log((total + 1) / entry_count) / math.log(total + 1)
        if kind is not None:
            return self.language.weights[kind] * (1 - RARITY_SHARE + RARITY_SHARE * rarity)
        share = WEAK_SHARE if concept in self.language.weak else 1.0
        return (0.3 + 0.7 * rarity) * share

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
        entry_of, weight_of, shares = self._columns
        share_of = shares[NEGATION in query]
        weighed = list(query.items())
        for index, matched in self._shared_weights(query).items():
            entry = entry_of[index]
            whole = in_entry.get(entry)
            if whole is None:
                concepts = self._entry_concepts[entry]
                whole = in_entry[entry] = sum([w for c, w in weighed if c in concepts])
            explained = matched + ENTRY_CREDIT * (whole - matched)
            # The share of the question explained and of the phrasing used, combined (0 to 1).
            score = share_of[index] * ((explained / query_weight) ** QUERY_EXPONENT
                                       * min(matched / weight_of[index], 1.0)
                                       ** PHRASING_EXPONENT)
            found = best.get(entry)
            if found is None or score > found[0]:
                best[entry] = (score, index)
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))[:limit]
        return tuple(
            Match(self.entries[entry], _percent(score), self._rows.text[index])
            for entry, (score, index) in ranked
        )

    def _shared_weights(self, query: dict[str, float]) -> dict[int, float]:
        """For each phrasing sharing a concept with the question, the weight they share.

        A mere question word ("what is") adds weight but never makes a phrasing a candidate:
        sharing only that, it cannot win, and in a large FAQ nearly every phrasing does.
        """
        shared: dict[int, float] = {}
        intents = []
        for concept, weight in query.items():
            if self.vocabulary.kind(concept) == INTENT:
                intents.append((concept, weight))
            elif shared:
                for index in self._postings.get(concept, ()):
                    shared[index] = shared.get(index, 0.0) + weight
            else:  # the first (the same sums: 0.0 + weight is weight)
                shared = dict.fromkeys(self._postings.get(concept, ()), weight)
        for concept, weight in intents:
            for index in self._postings.get(concept, ()):
                if index in shared:
                    shared[index] += weight
        return shared

    def _blocked(self, analysis: Analysis, matches: tuple[Match, ...]) -> str | None:
        for concept in analysis.concepts:
            if (concept not in self.vocabulary.covered and self.vocabulary.kind(concept) in GATED
                    and concept not in analysis.told):
                return f"the FAQ does not cover {concept.replace('_', ' ')!r}"
        if analysis.concepts and all(
            self.vocabulary.kind(c) == INTENT for c in analysis.concepts
        ):
            return "the question names no topic"
        return (self._about_other_condition(analysis, matches)
                or self._defines_something_else(analysis))

    def _aspect_missing(
        self, analysis: Analysis, matches: tuple[Match, ...], question: str = ""
    ) -> str | None:
        """"How much allopurinol should I take?" asks for a dose: an entry about allopurinol
        that says nothing of doses does not answer it, even where another entry does; nor does
        one that gives no figure answer "how many mg?" or "what are the odds?", nor one without
        milligrams "what dose in mg?" (``question``: the asking sentence as written)."""
        language = self.language
        concepts = self._best_concepts(matches)
        for concept in analysis.concepts:
            if concept in language.aspects and concept not in analysis.told and (
                (concept not in concepts and concept not in self._pervasive)
                or (concept == QUANTITY and language.says_any(question, language.asks_amount)
                    and not language.gives_figure(matches[0].entry.answer))
            ):
                return f"the best entry does not say anything about {concept.replace('_', ' ')!r}"
        if (matches and language.says_any(question, language.asks_figure)
                and not language.gives_figure(matches[0].entry.answer)):
            return "the best entry gives no figure"
        unit = (language.unit_missing(question, matches[0].entry.answer)
                if matches and not _AMOUNTS.isdisjoint(analysis.concepts) else None)
        if unit is not None:
            return f"the best entry gives no amount in {unit!r}"
        return None

    def _best_concepts(self, matches: tuple[Match, ...]) -> frozenset[str]:
        """Every concept the best entry mentions (none when nothing matched)."""
        return self._entry_concepts[self._numbers[matches[0].entry.id]] if matches else frozenset()

    def _defines_something_else(self, analysis: Analysis) -> str | None:
        """"What is an MRI?" asks for a definition the FAQ does not give: it says what its
        subject is, and what it defines in its own questions ("what are bisphosphonates?"),
        not what every test, drug or word it mentions is."""
        if "define" not in analysis.concepts or analysis.mentions_subject:
            return None
        if any(c in self.language.absorbed.get("types", ()) for c in analysis.concepts):
            return None
        asked = [
            c for c in analysis.concepts if self.vocabulary.kind(c) not in (INTENT, RELATION)
        ]
        if asked and not any(c in self._defined or c in self._specific for c in asked):
            return "the question asks what something other than the subject is"
        return None

    def _about_other_condition(self, analysis: Analysis, matches: tuple[Match, ...]) -> str | None:
        """"What causes cancer?" asks about cancer, which the FAQ names only in passing (in an
        answer); a condition its questions or headings name ("menopause") is one of its topics,
        and so is one that the best entry names beside the other things the question asks about
        ("can my epilepsy tablets thin my bones?" where an answer lists antiseizure drugs)."""
        kinds = {c: self.vocabulary.kind(c) for c in analysis.concepts}
        values = set(kinds.values())
        if CONDITION not in values or analysis.mentions_subject or RELATION in values:
            return None
        topical = [c for c, kind in kinds.items() if kind not in (INTENT, FACET)]
        conditions = [c for c in topical if kinds[c] == CONDITION]
        asks_about_it = len(conditions) == len(topical) < len(kinds)
        if (asks_about_it and not self._asks_what_the_faq_defines(analysis, conditions)
                and not self._asked_alike(analysis)):
            return "the question is about another condition"
        named = self.vocabulary.asked | self._best_concepts(matches)
        if not named.issuperset(conditions):
            return "the question is about another condition"
        return None

    def _asked_alike(self, analysis: Analysis) -> bool:
        """Whether one of the FAQ's own questions asks this of that condition, and not of the
        subject: "How are kidney stones treated?" in a FAQ on medullary sponge kidney."""
        asked = set(analysis.concepts)
        first = analysis.concepts[0]
        rows = self._rows
        return any(
            asked.issubset(rows.concepts[index]) and SUBJECT_CONCEPT not in rows.concepts[index]
            for index in self._postings.get(first, ())
            if rows.share[index] == 1.0
        )

    def _asks_what_the_faq_defines(self, analysis: Analysis, conditions: list[str]) -> bool:
        """"I have atherosclerosis - what's that?" or "what does sudden cardiac arrest mean?"
        asks what a condition is that the FAQ's own questions define ("What is
        atherosclerosis?"): a topic of the FAQ, not another one."""
        return (not ASKS_WHAT_IT_IS.isdisjoint(analysis.concepts)
                and self._defined.issuperset(conditions))


def _pervasive(entry_concepts: list[frozenset[str]], aspects: frozenset[str]) -> frozenset[str]:
    """The aspects at least half the entries speak of: what the whole FAQ is about (children,
    in a leaflet on a disease of newborns), which no entry need name again to answer."""
    counts = Counter(a for concepts in entry_concepts for a in concepts & aspects)
    half = len(entry_concepts) / 2
    return frozenset(a for a, n in counts.items() if n >= half)


def _break_ties(
    text: str, matches: tuple[Match, ...], openings: Mapping[str, str]
) -> tuple[Match, ...]:
    """Entries scored alike for their concepts are ordered by whether the phrasing matched, or
    the entry's own question, opens as the question does ("how ..." asks how, "does ..." whether:
    "How is gout treated?" before "Does everyone with gout need treatment?" for "how is everyone
    with gout treated"), then by
    whether it is an entry's own question (the editor's statement of its topic) rather than an
    alternate, then by how closely the wording of any of its phrasings matches the question's
    ("what actually causes gout" is nearest "what causes gout"; "symptoms of X" nearest "What are
    the symptoms of X?", though an alternate, "what does X feel like", scored it)."""
    if len(matches) < 2 or matches[0].score - matches[1].score >= TIE_MARGIN:
        return matches
    from rapidfuzz import fuzz, process

    top = matches[0].score
    tied = [m for m in matches if top - m.score < TIE_MARGIN]
    question = normalize(text)

    def closeness(entry: Entry) -> float:
        # The best token_sort_ratio of the question with any phrasing, in one call: rapidfuzz
        # sorts the question's words once, not once a phrasing (a long message has hundreds).
        best = process.extractOne(question, [normalize(p) for p in entry.phrasings],
                                  scorer=fuzz.token_sort_ratio)
        return best[1] if best is not None else 0.0

    opening = _opening(question, openings)
    tied.sort(key=lambda m: (opening not in (_opening(normalize(m.phrasing), openings),
                                             _opening(normalize(m.entry.question), openings)),
                             m.phrasing != m.entry.question, -closeness(m.entry)))
    return (*(m._replace(score=top) for m in tied[:1]), *tied[1:], *matches[len(tied):])


def _opening(text: str, openings: Mapping[str, str]) -> str:
    """How a question opens, by the language data's ``openings``: "how", "why"..., "yes/no" for
    one that asks whether ("does everyone with it need treatment?"), "" for none."""
    words = text.split(maxsplit=1)
    return openings.get(words[0], "") if words else ""


_TERM = r"[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}"
_DEFINITION_START = rf"^(?:an? |the )?(?P<term>{_TERM}) (?:is|are) (?:an?|the|one) "
_NAMING = ("called", "known as", "named", "termed")
_DEFINITION = (
    rf"{_DEFINITION_START}|\b(?:is|are) (?:also )?(?:{'|'.join(_NAMING)}) (?P<name>{_TERM})"
)
"""Compiled on first use (re caches it): only building a matcher needs it, not start-up."""


def _defined_terms(sentence: str) -> list[str]:
    """The terms a sentence of an answer defines, at its start or after "is called"."""
    # Most sentences define nothing, and the search tries both forms at every character: it
    # is run only on a sentence with a definition at its start or a naming word somewhere.
    if not (re.match(_DEFINITION_START, sentence) or any(w in sentence for w in _NAMING)):
        return []
    return [t for m in re.finditer(_DEFINITION, sentence) for t in m.groups() if t]


def _columns(rows: _Rows) -> _Columns:
    pairs = list(zip(rows.share, rows.concepts, strict=True))
    plain = [share * NEGATED_SHARE if NEGATION in concepts else share for share, concepts in pairs]
    negating = [share if NEGATION in concepts else share * UNNEGATED_SHARE
                for share, concepts in pairs]
    return _Columns(rows.entry, rows.weight, (plain, negating))


def _whole_text(entry: Entry) -> str:
    return " ".join([*entry.phrasings, entry.answer])


def _whole_words(entry: Entry, words: Mapping[str, list[str]]) -> list[str]:
    """The :func:`tokens` of an entry's whole text, from ``words``, those of each of its parts,
    where that gives the same: ASCII text (no Unicode folding across parts) that ``tokens``
    reads whole (no longer than MAX_CHARS)."""
    text = _whole_text(entry)
    if len(text) > MAX_CHARS or not text.isascii():
        return tokens(text)
    return [word for part in (*entry.phrasings, entry.answer) for word in words[part]]


def _asks_what_the_subject_means(concepts: tuple[str, ...]) -> bool:
    """Whether a question's concepts ask only what the subject, or its name, means."""
    return {MEANING, SUBJECT_CONCEPT} <= set(concepts) <= WHAT_IT_IS


def _faq_texts(faq: FAQ) -> list[str]:
    """Every text of the FAQ whose words are known vocabulary."""
    sections = dict.fromkeys(e.section for e in faq.entries if e.section)
    return [*(p for e in faq.entries for p in e.phrasings), *(e.answer for e in faq.entries),
            *sections]


def _percent(score: float) -> float:
    return round(100 * min(score, 1.0), 1)
