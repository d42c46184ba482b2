"""Turn normalised text into the concepts the matcher compares.

Known phrases ("swollen glands", "x ray") become one concept each, longest phrase first, compared by
word stems so "fractures" and "fractured" are one word; typos are corrected with rapidfuzz against
the known words; grammar and ordinary words are dropped; whatever is left is unknown, and unknown
words count against a match. What is known comes from two places: the general language data
(:mod:`faqbot.language`) and the FAQ itself (its subject, its editor's vocabulary, and every word of
its questions, answers and headings).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cached_property, lru_cache
from itertools import islice, pairwise, takewhile
from typing import Any, NamedTuple

from faqbot._typos import Targets
from faqbot.language import (
    CONDITION,
    GATED,
    INTENT,
    SUBJECT,
    SUBJECT_CONCEPT,
    TOPIC,
    Language,
    stem_table,
)
from faqbot.text import normalize, split_question, stem, stem_phrase, stem_words, tokens

DEFINE, MEANING = "define", "meaning"
ASKS_WHAT_IT_IS = frozenset({DEFINE, MEANING})
WHAT_IT_IS = ASKS_WHAT_IT_IS | {SUBJECT_CONCEPT}
"""The concepts of a question that asks only what the subject is ("what actually is it?")."""
_NEAR = 3
"""How many words before "cause" the subject may stand for "X causes Y" to be read as effects."""
APART_GAP = 3
"""The most words between the two words of a phrase of the language data's ``apart``."""
MIN_PART = 3
"""The shortest word a word run together from two may be split into."""
MAX_PREFIX = 5
"""The longest first word of two that a patient split from one word of the FAQ ("pre-diabetic",
"heart burn")."""
_NUMBER = re.compile(r"[0-9]+(?:st|nd|rd|th|s)?")
"""A number, an ordinal ("5th") or a decade ("1990s")."""
MAX_PAIRS = 50_000
"""The most pairs of words whose phrase is remembered (a 10,000-entry FAQ has about 20,000): the
new words of questions cannot make the memory grow without end (at most about 12 MB)."""
MAX_CORRECTIONS = 12
"""Spelling is corrected in at most this many words of one message, those of the sentence that
asks first, then those of the others in order: the cost stays bounded however many words are
new. Real questions have a few (at most 6 in the project's 2,300 labelled ones)."""


class Analysis(NamedTuple):
    """What a text is about: its concepts in order, unknown words, whether it names the FAQ's
    subject (or points back at it with "it"), and concepts met only in sentences of context
    before or after the question ("My mum has scleroderma. What symptoms should we look for?")."""

    concepts: tuple[str, ...]
    unknown: tuple[str, ...]
    mentions_subject: bool
    context: tuple[str, ...] = ()
    common: tuple[str, ...] = ()
    """Ordinary English words the FAQ never uses: they count a little against a match."""
    told: tuple[str, ...] = ()
    """Aspects only the story before the question names ("my 4 year old", "twenty years
    ago"): they help find the entry, but the question does not ask for them."""


class Vocabulary:
    """The language data's concepts plus the FAQ's own words, with spelling correction."""

    def __init__(
        self,
        language: Language,
        faq_words: Mapping[str, list[str]] | None = None,
        *,
        subject_names: Iterable[str] = (),
        editor: Mapping[str, Iterable[str]] | None = None,
        phrasings: Iterable[str] = (),
        headings: Iterable[str] = (),
        analysed: Mapping[str, Analysis] | None = None,
    ) -> None:
        self.language = language
        self.phrases, self.kinds = _faq_phrases(language, subject_names, editor or {})
        self.stems = stem_table(self.phrases, language.noise)
        self._longer = (_beginnings(self.phrases), _beginnings(self.stems))
        self._pairs: dict[tuple[str, str], tuple[int, str | None]] = {}
        """The phrase at each pair of words read so far (see :meth:`_phrase_at`)."""
        self._faq_words = dict(faq_words or {})
        """The words of each FAQ text (its :func:`tokens`), read once; each is handed to its
        analysis (of_faq)."""
        texts = list(self._faq_words)
        words = set().union(*self._faq_words.values())  # every word of the FAQ, each once
        self.faq_stems = _faq_stems(words, self.stems, language.noise)
        self._surfaces = words | _phrase_words(self.phrases)
        self._correct = lru_cache(maxsize=4096)(self._correct_uncached)
        self.faq_analyses: dict[str, Analysis] = dict(analysed or {})
        """Every FAQ text analysed so far, each once (FAQ words need no spelling correction)."""
        self.analysed = {p: self.of_faq(p) for p in dict.fromkeys(phrasings)}
        """Each phrasing's analysis, for building the matcher (see :meth:`built`)."""
        self.covered = frozenset(
            c for text in texts for c in self.of_faq(text).concepts
        ) | self._word_concepts(words)
        """Every concept the FAQ mentions anywhere, in a phrase or as a word of one ("urine" in
        "blood and urine tests"): a condition it names is not another one."""
        self.asked = frozenset(
            c for text in [*self.analysed, *headings] for c in self.of_faq(text).concepts
        )
        """The concepts the FAQ's questions ask about (its phrasings)."""
        self._faq_words.clear()  # left only for texts analysed before (``analysed``)

    def state(self) -> tuple[Any, ...]:
        """What was built, as plain data for the start-up cache (see :meth:`restore`)."""
        # Sets as tuples: marshal sorts a set's items as it writes them (Python 3.11 and later,
        # for reproducible files), which made writing the cache of a large FAQ twice as slow.
        return (
            self.phrases, self.kinds, self.stems, tuple(map(tuple, self._longer)),
            tuple(self.faq_stems), tuple(self._surfaces),
            tuple(self.covered), tuple(self.asked),
        )

    @classmethod
    def restore(cls, language: Language, state: tuple[Any, ...]) -> Vocabulary:
        """The vocabulary :meth:`state` describes, built again without analysing anything."""
        self = cls.__new__(cls)
        self.language = language
        (self.phrases, self.kinds, self.stems, longer, faq_stems, surfaces, covered, asked) = state
        self._longer = (frozenset(longer[0]), frozenset(longer[1]))
        self._pairs = {}
        self.faq_stems, self.covered, self.asked = map(frozenset, (faq_stems, covered, asked))
        self._faq_words = {}
        self._surfaces = set(surfaces)
        self.analysed, self.faq_analyses = {}, {}
        self._correct = lru_cache(maxsize=4096)(self._correct_uncached)
        return self

    def built(self) -> None:
        """Forget the analyses of the FAQ's texts once the matcher is built of them: nothing
        reads them again (a vocabulary restored from the start-up cache has none either), and
        the garbage collector need not walk them (60,000 in a 10,000-entry FAQ)."""
        self.analysed, self.faq_analyses = {}, {}

    def prepare(self) -> None:
        """Build the typo index and import rapidfuzz now, not for the first typo: see
        :meth:`faqbot.FAQBot.prepare`."""
        from rapidfuzz import process  # noqa: F401

        self._targets.prepare()

    def of_faq(self, text: str) -> Analysis:
        """The analysis of a text of the FAQ, made once however often it is asked for."""
        found = self.faq_analyses.get(text)
        if found is None:
            found = self.faq_analyses[text] = self.analyze(text, faq_text=True)
        return found

    def _faq_text_words(self, text: str) -> tuple[list[str], list[str]]:
        """The words of a FAQ text and their stems, by :func:`stem` (the FAQ's words are few
        and repeat, so its cache serves them)."""
        words = self._faq_words.pop(text, None)
        if words is None:
            words = read_words(text, self.language)
        return words, list(map(stem, words))

    @cached_property
    def _targets(self) -> Targets:
        """Known words a typo may be corrected to; never a topic the FAQ does not cover, so a
        near-miss like "told" cannot turn into "cold" and block a fair question."""
        return Targets(
            w for w in self._surfaces
            if len(w) >= 4 and not self._uncovered(self._concept_of(w))
        )

    def _acts(self, words: list[str], after: int) -> bool:
        """Whether a doctor named just before ``after`` speaks or acts ("the doctor said", "how
        do doctors diagnose it", "will the doctor usually check"): a grammar word or two may come
        between."""
        verbs, noise = self.language.narrative_verbs, self.language.noise
        for word in words[after:after + 3]:
            if word in verbs:
                return True
            if word not in noise:
                return False
        return False

    def _concept_of(self, word: str) -> str:
        return self.phrases.get(word) or self.stems.get(stem(word)) or ""

    def _word_concepts(self, words: set[str]) -> frozenset[str]:
        return frozenset(c for c in map(self._concept_of, words) if c)

    @cached_property
    def _apart_firsts(self) -> frozenset[str]:
        """The first stems of the language data's ``apart`` pairs: a text with none has none."""
        return frozenset(first for first, _last in self.language.apart)

    def kind(self, concept: str) -> str | None:
        """The kind of a concept, or None for a word of the FAQ's own."""
        return self.kinds.get(concept)

    def _uncovered(self, concept: str) -> bool:
        return self.kinds.get(concept) in GATED and concept not in self.covered

    def analyze(self, text: str, *, faq_text: bool = False) -> Analysis:
        """The concepts of ``text``. FAQ text (``faq_text=True``) is read whole, with no typo
        correction.

        In a message of several sentences, the one that asks is the question and the others are
        context. Context counts only when the question names a topic of its own; otherwise the
        question leans on it ("Is gout linked to it?") and the whole message is read as one.
        """
        if faq_text:
            return self._analyze_words(*self._faq_text_words(text))
        return self.analyze_parts(*split_question(text))

    def analyze_parts(self, question: str, context: str = "") -> Analysis:
        """The concepts of a message already split into the sentence that asks and the rest."""
        text = f"{context} {question}" if context else question
        fixes = self._fixes(question, context)
        back = self.language.back_references
        if context and not back.isdisjoint(tokens(question)):
            return self._without_story_topics(self._analyze_sentence(text, fixes), question, fixes)
        main = self._analyze_sentence(question, fixes)
        if not context:
            return main
        story: Analysis | None = None  # the context's analysis, made at most once
        if "?" not in context and self._asks_what_the_subject_is(main):
            story = self._analyze_sentence(context, fixes)
            if self._only_how_it_was_heard(story):
                return main
        if not self._names_covered_topic(main) or self._points_elsewhere(question):
            return self._analyze_sentence(text, fixes)
        extra = story if story is not None else self._analyze_sentence(context, fixes)
        if "?" in context:  # a second question: what it asks that the FAQ does not cover counts
            main = main._replace(concepts=main.concepts + tuple(
                c for c in extra.concepts if c not in main.concepts and self._uncovered(c)
            ))
        generals = self.language.generals
        around = tuple(
            c for c in extra.concepts
            if c not in main.concepts and (c in self.covered or self.kinds.get(c) not in GATED)
            and generals.get(c) not in main.concepts  # "so many scans? a CT, an MRI": scans
        )
        subject = main.mentions_subject or extra.mentions_subject
        return main._replace(mentions_subject=subject, context=around)

    def _without_story_topics(
        self, whole: Analysis, question: str, fixes: Mapping[str, str]
    ) -> Analysis:
        """A question that leans on the story before it ("does that make it worse?") is read
        with the story, but a procedure the FAQ never covers that only the story mentions ("I
        was told on my scan", "after an operation") is what happened, not what is asked: it does
        not block an answer; nor does an aspect only the story names ("the GP heard a murmur in
        my 4 year old"), which is kept as ``told``."""
        asked = self._analyze_sentence(question, fixes).concepts
        told = self._told(whole, asked)
        story = {
            c for c in whole.concepts
            if c not in asked and c in self.language.procedures and self._uncovered(c)
        }
        return whole._replace(concepts=tuple(c for c in whole.concepts if c not in story),
                              told=told)

    def _told(self, whole: Analysis, asked: tuple[str, ...]) -> tuple[str, ...]:
        """The aspects of ``whole`` only the story names, not the asking sentence."""
        aspects = self.language.aspects
        return tuple(c for c in whole.concepts if c not in asked and c in aspects)

    def _points_elsewhere(self, question: str) -> bool:
        """"Is gout linked to it?" names the subject, so its "it" points back at the
        sentences before: the question leans on them."""
        words = tokens(question)
        pointers = [w for w in words if w in self.language.subject_references]
        if not pointers:
            return False
        rest = [w for w in words if w not in pointers]
        return SUBJECT_CONCEPT in self._scan(rest, stem_words(rest))[0]

    def _asks_what_the_subject_is(self, analysis: Analysis) -> bool:
        """"What actually is it??" after "just got told i have MSK after a ct scan": the story
        says how the patient heard of it (see :meth:`_only_how_it_was_heard`), and the question
        asks only what it is."""
        asked = set(analysis.concepts)
        return analysis.mentions_subject and asked <= WHAT_IT_IS and bool(asked & ASKS_WHAT_IT_IS)

    def _only_how_it_was_heard(self, story: Analysis) -> bool:
        """Whether a story before "what is it?" only tells how the patient heard of the subject:
        it names the subject, or no other condition nor a term of the FAQ's own that "it" may
        then be ("My sister has just been diagnosed with Graves disease. What is it?")."""
        return story.mentions_subject or not any(
            self.kinds.get(c) in (CONDITION, None) for c in story.concepts
        )

    def _names_covered_topic(self, analysis: Analysis) -> bool:
        """Whether the asking sentence stands alone: it names a topic the FAQ covers, or asks
        what the subject is ("What is it actually?", "angina meaning??" before a story). A
        question word alone ("What is it for?" after "My dad has been put on amiodarone.")
        leans on the story."""
        if analysis.mentions_subject and any(
            self.kinds.get(c) == INTENT for c in analysis.concepts
        ):
            return True
        return any(
            c in self.covered and self.kinds.get(c) not in (SUBJECT, INTENT)
            for c in analysis.concepts
        )

    def _analyze_sentence(self, text: str, fixes: Mapping[str, str]) -> Analysis:
        """The concepts of ``text``, its words spelt as ``fixes`` says (see :meth:`_fixes`)."""
        language = self.language
        words = _unhedged(tokens(text), language.hedges)
        words = _ages_told(_times_told(words, language.times_told), language.ages_told)
        words = _numbered(words, language.numbered, language.noise)
        words = self._joined(words)
        if fixes:  # a fix may be two words ("taste buds")
            words = " ".join(map(fixes.get, words, words)).split()
        return self._analyze_words(words, stem_words(words))

    def _joined(self, words: list[str]) -> list[str]:
        """Two words that the FAQ writes as one are read as that word: "pre-diabetic" for
        "prediabetic", "heart burn" for "heartburn"."""
        joined: list[str] = []
        i, count = 0, len(words)
        while i < count:
            if i + 1 < count and self._one_word(words[i], words[i + 1]):
                joined.append(words[i] + words[i + 1])
                i += 2
            else:
                joined.append(words[i])
                i += 1
        return joined

    def _one_word(self, first: str, second: str) -> bool:
        """Whether ``first`` (a prefix-like short word) and ``second`` spell a word of the FAQ."""
        if len(first) > MAX_PREFIX or (first + second)[:len(first) + 2] not in self._stem_starts:
            return False  # most pairs: no word of the FAQ begins so, nothing to stem
        return (
            first.isalpha() and second.isalpha()
            and first not in self.language.noise and second not in self.language.noise
            and stem(first + second) in self.faq_stems
        )

    @cached_property
    def _stem_starts(self) -> frozenset[str]:
        """The beginnings of the FAQ's own word stems, up to MAX_PREFIX + 2 letters."""
        return frozenset(s[:n] for s in self.faq_stems for n in range(1, MAX_PREFIX + 3))

    def _analyze_words(self, words: list[str], stems: list[str]) -> Analysis:
        """The concepts of a text's words, given with their stems."""
        concepts, unknown, subject = self._scan(words, stems)
        concepts = _absorb(_purpose(words, concepts), self.language)
        concepts.extend(_apart(stems, concepts, self.language.apart, self._apart_firsts))
        if subject and SUBJECT_CONCEPT not in concepts:
            concepts.append(SUBJECT_CONCEPT)
        if not unknown:
            return Analysis(tuple(concepts), (), subject, (), ())
        common = self.language.common
        stem_of = dict(zip(words, stems, strict=True))
        rare: dict[str, None] = {}
        ordinary: dict[str, None] = {}
        for word in unknown:  # each once, in order
            (ordinary if stem_of[word] in common else rare)[word] = None
        return Analysis(tuple(concepts), tuple(rare), subject, (), tuple(ordinary))

    def _fixes(self, question: str, context: str) -> dict[str, str]:
        """The spelling of each word of a message that needs correcting, up to MAX_CORRECTIONS
        of them: worked out once for every reading of the message."""
        words = dict.fromkeys([*tokens(question), *tokens(context)])
        wrong = islice(filter(self._needs_correction, words), MAX_CORRECTIONS)
        return {word: self._correct(word) for word in wrong}

    def _needs_correction(self, word: str) -> bool:
        return (
            len(word) >= 4 and word.isalpha() and word not in self.language.noise
            and word not in self._surfaces and stem(word) not in self.faq_stems
            and not self._concept_of(word) and stem(word) not in self.language.common
        )

    def _scan(self, words: list[str], stems: list[str]) -> tuple[list[str], list[str], bool]:
        """Concepts in order of appearance, unknown words, and whether the subject is named
        (``stems``: those of the words, stemmed in one call for a long message of new words)."""
        phrases, stem_phrases = self.phrases, self.stems
        longer, stem_longer = self._longer
        faq_stems, noise = self.faq_stems, self.language.noise
        similes = self.language.similes
        said_of_subject = self.language.said_of_subject
        concepts: list[str] = []
        unknown: list[str] = []
        subject = False
        subject_at = -_NEAR - 1
        i, count = 0, len(words)
        while i < count:
            start, word = i, words[i]
            # Most words of a long message begin no known phrase: none is looked for.
            if (word in phrases or word in longer or stems[i] in stem_phrases
                    or stems[i] in stem_longer):
                size, concept = self._phrase_at(words, stems, i)
                i += size
                if concept and self._guessed_uncovered(words[start:i], concept):
                    concept, i = self._word_alone(word, stems[start]), start + 1
                elif (i < count and words[i] == "of" and word in self.language.episodes
                      and concept not in getattr(self, "covered", (concept,))):
                    concept = None  # "a bout of diarrhea" asks about diarrhea, not flare-ups
            else:
                concept, i = None, i + 1
            if start - subject_at <= _NEAR and word in said_of_subject:
                said = self._said_of_subject(words, start, subject_at)
                if said:
                    concept, i = said, start + 1
            if concept is None:
                if word in noise or len(word) < 2 or (word[0] <= "9" and _is_number(word)):
                    continue  # noise: no concept (few words begin with a digit: few calls)
                if stems[start] not in faq_stems:
                    if not self._unnumbered(word):
                        unknown.append(word)
                    continue
                concept = stems[start]
            if concept == "doctor" and self._acts(words, i):
                continue
            if start and words[start - 1] in similes and self.kinds.get(concept) == CONDITION:
                continue
            if concept == "cause":
                concept = _direct_cause(word, i - start, start - subject_at <= _NEAR,
                                        before=words[start - 1] if start else "", last=i == count,
                                        language=self.language)
            if concept == SUBJECT_CONCEPT:
                subject, subject_at = True, i - 1
            if concept in self.language.generals:
                concept = self._with_general(concept, concepts)
            if concept and concept not in concepts:
                concepts.append(concept)
        return concepts, unknown, subject

    def _with_general(self, specific: str, concepts: list[str]) -> str | None:
        """Add the general concept of a specific kind ("imaging" of "x_ray") to ``concepts``;
        the kind itself is still to add, unless the FAQ never names it (then it says no more
        than its general concept: "will an MRI show it?" in a FAQ that speaks only of scans)."""
        general = self.language.generals[specific]
        if general not in concepts:
            concepts.append(general)
        covered = getattr(self, "covered", None)  # None while the FAQ's own texts are read
        return specific if covered is None or specific in covered else None

    def _unnumbered(self, word: str) -> bool:
        """Whether ``word`` is a number joined to a word that numbers ("type2") that the FAQ
        never numbers: then the number says nothing to it ("type 2 diabetic" in a FAQ that
        speaks of diabetes alone), whereas "stage5" in one that has stages 1 to 4 is unknown."""
        heads, figures, numbering = self._numbering
        head = word.rstrip(figures)
        return head != word and head in heads and head not in numbering

    @cached_property
    def _numbering(self) -> tuple[frozenset[str], str, frozenset[str]]:
        """The words that number (the language data's), the characters a number joined to one
        may end in, and those of the words that number something in the FAQ's own texts
        ("stage" of "stage3")."""
        numbered = self.language.numbered
        heads = frozenset(numbered["words"].values())
        used = frozenset(h for s in self.faq_stems for h in heads
                         if s.startswith(h) and s[len(h):len(h) + 1].isdigit())
        return heads, "0123456789" + "".join(numbered["suffixes"]), used

    def _said_of_subject(self, words: list[str], at: int, subject_at: int) -> str | None:
        """The concept the word at ``at`` (one of the language data's ``said_of_subject``, at
        most _NEAR words after the subject ended at ``subject_at``: :meth:`_scan` checks both)
        asks when only grammar words stand between ("is gout common?", "is it very rare"), not
        when it is said of something to do ("is it common to feel tired?")."""
        if any(w not in self.language.noise for w in words[subject_at + 1:at]):
            return None
        after = words[at + 1] if at + 1 < len(words) else ""
        if after in self.language.not_said_of_subject:
            return None
        return self.language.said_of_subject[words[at]]

    def _guessed_uncovered(self, words: list[str], concept: str) -> bool:
        """A topic the FAQ does not cover, found only by word stems ("bumping" is not "bump"):
        too uncertain to refuse a question for; it counts as an unknown word instead."""
        covered = getattr(self, "covered", None)
        return (
            covered is not None and concept not in covered
            and self.kinds.get(concept) in GATED and " ".join(words) not in self.phrases
        )

    def _word_alone(self, word: str, word_stem: str) -> str | None:
        """The concept of one word, read when a longer phrase it begins was set aside as a
        guess: the words after it ("alcohol" in "drink alcohol") are then read on their own."""
        concept = self.phrases.get(word) or self.stems.get(word_stem)
        if concept and self._guessed_uncovered([word], concept):
            return None
        return concept

    def _phrase_at(self, words: list[str], stems: list[str], i: int) -> tuple[int, str | None]:
        """The longest known phrase starting at word ``i`` (:meth:`_read_phrase_at`), read once
        for each two words that begin no longer phrase: "the" and the word after it, met
        thousands of times in a large FAQ, are looked up as a pair."""
        if i + 1 == len(words):
            return self._read_phrase_at(words, stems, i)
        pair = (words[i], words[i + 1])
        found = self._pairs.get(pair)
        if found is None:
            found = self._read_phrase_at(words, stems, i)
            if len(self._pairs) < MAX_PAIRS and self._ends_in_two(words, stems, i):
                self._pairs[pair] = found
        return found

    def _ends_in_two(self, words: list[str], stems: list[str], i: int) -> bool:
        """Whether no phrase longer than two words starts at word ``i``: then the phrase found
        there depends on the two words alone."""
        longer, stem_longer = self._longer
        return (f"{words[i]} {words[i + 1]}" not in longer
                and f"{stems[i]} {stems[i + 1]}" not in stem_longer)

    def _read_phrase_at(self, words: list[str], stems: list[str], i: int) -> tuple[int, str | None]:
        """The longest known phrase starting at word ``i``: as written, else by its stems. A word
        of no meaning on its own ("medical") is not a phrase by its stem ("medic", medication)."""
        size, concept = _longest_phrase(self.phrases, self._longer[0], words, i)
        stem_size, stem_concept = _longest_phrase(self.stems, self._longer[1], stems, i)
        if stem_size == 1 and words[i] in self.language.noise:
            stem_size = 0
        if stem_size > size:
            return stem_size, stem_concept
        return (size, concept) if size else (1, None)

    def _split(self, word: str) -> str | None:
        """Two words of the FAQ run together ("tastebuds", "painkillers"), as "taste buds":
        each part a word of at least MIN_PART letters that carries meaning."""
        splits = [
            (word[:k], word[k:]) for k in range(MIN_PART, len(word) - MIN_PART + 1)
            if self._meaningful(word[:k]) and self._meaningful(word[k:])
        ]
        if not splits:
            return None
        left, right = max(splits, key=lambda parts: min(map(len, parts)))
        return f"{left} {right}"

    def _meaningful(self, word: str) -> bool:
        return word in self._surfaces and word not in self.language.noise

    def _correct_uncached(self, word: str) -> str:
        # Imported here: most questions have no typo, and start-up time counts.
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        limit = 1 if len(word) <= 8 else 2
        found = process.extract(word, self._targets.near(word, limit), scorer=OSA.distance,
                                score_cutoff=limit, limit=8)
        fits = [hit for hit in found
                if _plausible_typo(word, hit[0], hit[1], self.language.sound_alike_initials)]
        if not fits:
            return self._split(word) or self._sounding(word) or self._clipped(word) or word
        best = min(fits, key=lambda hit: (hit[1], -_shared_prefix(word, hit[0]), hit[0]))
        return str(best[0])

    def _sounding(self, word: str) -> str:
        """The one known word spelt as ``word`` sounds, its doubled letters as one and its
        silent letters left out ("arythmia" for "arrhythmia", "neumonia" for "pneumonia"), or
        "" (a short word, or none or several such words)."""
        if len(word) < MIN_SOUNDING:
            return ""
        found = [w for w in self._targets.sounding(word, self._sound_key) if w != word]
        return found[0] if len(found) == 1 else ""

    def _clipped(self, word: str) -> str:
        """The word ``word`` is cut short of ("nitro" for "nitroglycerin", "cath" for
        "catheter", "trigs" for "triglycerides"): the shortest known word it begins, at least
        MORE_CLIPPED letters longer, when every known word it begins is a form of that one; or
        ""."""
        base = word[:-1] if word.endswith("s") and len(word) > MIN_CLIPPED else word
        if len(base) < MIN_CLIPPED:
            return ""
        found = self._targets.beginning(base)
        if not found or len(found[0]) < len(base) + MORE_CLIPPED:
            return ""
        root = stem(found[0])
        return found[0] if all(w.startswith(root) for w in found) else ""

    def _sound_key(self, word: str) -> str:
        for written, sound in self.language.sound_spellings.items():
            word = word.replace(written, sound)
        return _DOUBLED.sub(r"\1", word)


_DOUBLED = re.compile(r"(.)\1+")
MIN_CLIPPED, MORE_CLIPPED = 4, 3
"""A word cut short keeps at least 4 letters and leaves out at least 3."""
MIN_SOUNDING = 6
"""Shorter words are too easily read as another by sound alone."""


def _is_number(word: str) -> bool:
    """A number, an ordinal or a decade ("3", "5th", "1970s"): no topic of its own."""
    return "0" <= word[:1] <= "9" and _NUMBER.fullmatch(word) is not None  # most words: no digit


def _faq_phrases(
    language: Language, subject_names: Iterable[str], editor: Mapping[str, Iterable[str]]
) -> tuple[dict[str, str], dict[str, str]]:
    """Stemmed phrase -> concept, and concept -> kind: the subject's names first, then the
    editor's vocabulary, then the general language data."""
    phrases: dict[str, str] = {}
    kinds = dict(language.kinds)
    kinds[SUBJECT_CONCEPT] = SUBJECT
    names = {normalize(name) for name in [*subject_names, *language.subject_references]}
    named = {language.phrases[key] for key in names if language.phrases.get(key)}
    named.update(_head_condition(name, language) for name in subject_names)
    named.discard("")
    names.update(key for key, concept in language.phrases.items() if concept in named)
    endings = language.adjective_endings
    names.update(form for key in list(names) for form in adjectives(key, endings))
    for key in names - {""}:
        phrases[key] = SUBJECT_CONCEPT
    for term, words in editor.items():
        key = normalize(term)
        concept = phrases.get(key) or language.phrases.get(key) or stem_phrase(term)
        for surface in (term, *words):
            phrases.setdefault(normalize(surface), concept)
    for key, concept in language.phrases.items():
        phrases.setdefault(key, concept)
    phrases.pop("", None)
    return phrases, kinds


def adjectives(name: str, endings: Mapping[str, str]) -> tuple[str, ...]:
    """The adjective of a name's last word, with the rest of the name dropped ("iron deficiency
    anemia" gives "anemic"), singular and plural ("diabetics"); none for a short word."""
    last = name.split()[-1] if name.split() else ""
    for ending, adjective in endings.items():
        if len(last) >= 6 and last.endswith(ending):
            form = last[: -len(ending)] + adjective
            return (form, form + "s")
    return ()


def _head_condition(name: str, language: Language) -> str:
    """The condition a subject's name ends in ("iron deficiency anemia" is a kind of anemia, so
    "anaemia" alone means the subject), or ""."""
    words = normalize(name).split()
    if len(words) < 2:
        return ""
    concept = language.phrases.get(words[-1]) or language.stems.get(stem(words[-1]), "")
    return concept if language.kinds.get(concept) == CONDITION else ""


def _beginnings(table: Mapping[str, str]) -> frozenset[str]:
    """The beginnings of the phrases of ``table`` that go on ("x" and "x ray" of "x ray
    scan"): where they end, no longer phrase is worth looking up."""
    return frozenset(
        " ".join(words[:size]) for words in map(str.split, table) for size in range(1, len(words))
    )


def _longest_phrase(
    table: Mapping[str, str], longer: frozenset[str], words: list[str], i: int
) -> tuple[int, str | None]:
    """The length in words and the concept of the longest phrase of ``table`` at ``words[i]``,
    or (0, None): read word by word while what is read is the beginning of a longer phrase
    (``longer``, its :func:`_beginnings`), not by looking up every length."""
    key = words[i]
    found = table.get(key)
    size = 0 if found is None else 1
    end = i + 1
    while key in longer and end < len(words):
        key = f"{key} {words[end]}"
        end += 1
        concept = table.get(key)
        if concept is not None:
            size, found = end - i, concept
    return size, found


def _phrase_words(phrases: Mapping[str, str]) -> set[str]:
    return {word for phrase in phrases for word in phrase.split()}


def _faq_stems(
    words: set[str], phrases: Mapping[str, str], noise: frozenset[str]
) -> frozenset[str]:
    found = set(map(stem, words - noise))  # each word stemmed once
    return frozenset(s for s in found if s not in phrases)


def _purpose(words: list[str], concepts: list[str]) -> list[str]:
    """"What's the scan for?" asks what something is for, not what it is."""
    if words and words[-1] == "for" and "define" in concepts:
        return ["purpose" if c == "define" else c for c in concepts]
    return concepts


def _apart(
    stems: list[str], concepts: list[str], pairs: Mapping[tuple[str, str], str],
    firsts: frozenset[str],
) -> list[str]:
    """Concepts of two words that ask one thing with up to APART_GAP words between them
    ("a normal uric acid level"), not found yet (``firsts``: the first stems of ``pairs``)."""
    found: list[str] = []
    if firsts.isdisjoint(stems):  # most texts: no word begins a pair, nothing to read
        return found
    for i, first in enumerate(stems):
        for last in stems[i + 2:i + 2 + APART_GAP]:
            concept = pairs.get((first, last))
            if concept and concept not in concepts and concept not in found:
                found.append(concept)
    return found


def _direct_cause(word: str, size: int, subject_just_before: bool, *, before: str,
                  last: bool, language: Language) -> str:
    """What a cause word (``word``, of a phrase of ``size`` words) asks: "does gout cause X"
    asks about its effects; "what causes gout" about causes, and so do "gout causes?", where
    "causes" ends the question (a noun, not a verb with no object), and "gout, like what causes
    it", where "what" comes just ``before``."""
    if (size == 1 and word in language.cause_verbs and subject_just_before
            and before not in language.asks_which and not (last and word == "causes")):
        return "symptom"
    return "cause"


def _plausible_typo(word: str, target: str, distance: float, initials: frozenset[str]) -> bool:
    """A four-letter word is too short to guess at, unless only its last letter is missing; a
    short word is not shortened further ("movie" is not "move"); two edits are allowed only in
    long words that keep their first letter or its sound."""
    if len(word) == 4:
        return target.startswith(word)
    if len(word) <= 6 and len(target) < len(word):
        return False
    return distance <= 1 or _sound_alike(target[0], word[0], initials)


def _sound_alike(a: str, b: str, initials: frozenset[str]) -> bool:
    return a == b or any(a in group and b in group for group in initials)


def _unhedged(words: list[str], hedges: frozenset[str]) -> list[str]:
    """``words`` without the hedges of the language data ("actually", "on earth")."""
    text = f" {' '.join(word for word in words if word not in hedges)} "
    for hedge in hedges:
        if " " in hedge:
            text = text.replace(f" {hedge} ", " ")
    return text.split()


def read_words(text: str, language: Language) -> list[str]:
    """The words of a text of the FAQ as the analyser reads them: its :func:`tokens`, each
    number after a word that numbers joined to it ("stage3" of "Stage III")."""
    return _numbered(tokens(text), language.numbered, language.noise)


def _numbered(words: list[str], numbered: Mapping[str, Any], noise: frozenset[str]) -> list[str]:
    """``words`` with each number after a word that numbers ("stage 3", "stage three", "Stage
    IIIA", "stages II and III") joined to that word ("stage3", "stage3a"): each way of writing a
    stage is one word, and no stage stands for another."""
    heads = numbered["words"]
    if heads.keys().isdisjoint(words):  # most texts: nothing is numbered
        return words
    out: list[str] = []
    head = ""
    for i, word in enumerate(words):
        figure = _figure(word, numbered) if head else ""
        if figure and not (word == "i" and _pronoun(words, i, numbered, noise)):
            out.append(head + figure)
            continue
        if not (head and word in numbered["between"] and i + 1 < len(words)
                and _figure(words[i + 1], numbered)):
            head = heads.get(word, "")
        out.append(word)
    return out


def _figure(word: str, numbered: Mapping[str, Any]) -> str:
    """A number as figures with its letter ("3a" of "iiia", "3a" or "three"), or ""."""
    suffix = word[-1] if len(word) > 1 and word[-1] in numbered["suffixes"] else ""
    stem = word[:-1] if suffix else word
    if stem.isdigit() and len(stem) <= 2:
        return stem + suffix
    found = numbered["numbers"].get(stem, "")
    return found + suffix if found else ""


def _pronoun(words: list[str], at: int, numbered: Mapping[str, Any],
             noise: frozenset[str]) -> bool:
    """Whether "i" after a numbering word is the pronoun ("what stage i have"), not a Roman one
    ("stage I colon cancer", "stages I and II", "is it stage I"): a grammar word follows it."""
    after = words[at + 1] if at + 1 < len(words) else ""
    return after in noise and after not in numbered["between"]


def _times_told(words: list[str], told: Mapping[str, frozenset[str]]) -> list[str]:
    """``words`` without a time a story tells ("I had HPV a few years ago"): the unit and the
    word after it that makes it a time told say when, not what is asked."""
    after, units = told["after"], told["units"]
    if after.isdisjoint(words):  # most texts: nothing to read
        return words
    out: list[str] = []
    for word in words:
        if word in after and out and out[-1] in units:
            out.pop()
        else:
            out.append(word)
    return out


def _ages_told(words: list[str], ages: Mapping[str, Any]) -> list[str]:
    """``words`` with each child's age told ("my 9 year old", "a 15yo") read as a child, under
    the language data's ``child_under`` years; an adult's age ("a normal level for a 70 year
    old") may be what is asked, and is left as it is."""
    if not any("0" <= w[:1] <= "9" for w in words):  # most texts: no number, nothing to read
        return words
    out: list[str] = []
    i, count = 0, len(words)
    while i < count:
        word, size = words[i], 0
        digits = "".join(takewhile(str.isdigit, word))
        if digits and word[len(digits):] in ages["glued"]:
            size = 1
        elif digits and digits == word:
            size = next((1 + len(p) for p in ages["after_number"]
                         if words[i + 1:i + 1 + len(p)] == p), 0)
        if size and int(digits) < ages["child_under"]:
            out.append(ages["child"])
        else:
            out.append(word)
            size = 1
        i += size
    return out


def _absorb(concepts: list[str], language: Language) -> list[str]:
    """Drop a general concept that a more specific one in the same question makes redundant,
    and one that only introduces the concept after it, the subject aside ("what is" in "what is
    the treatment", "what are" in "what are its symptoms")."""
    present = set(concepts)
    absorbed, introduces = language.absorbed, language.introduces
    named = [c for c in concepts if c != SUBJECT_CONCEPT]
    following = dict(pairwise(named))
    return [
        c for c in concepts
        if (c not in absorbed or present.isdisjoint(absorbed[c]))
        and following.get(c) not in introduces.get(c, ())
    ]


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


__all__ = ["CONDITION", "INTENT", "TOPIC", "Analysis", "Vocabulary", "split_question"]
