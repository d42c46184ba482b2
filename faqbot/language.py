"""General patient language, read from ``data/english.yaml``: the same for every FAQ.

What it knows: grammar words and ordinary words that carry no topic, phrases that say nothing, the
lay words patients use for common medical ideas grouped into weighted concepts, and names of
conditions and parts of the body. A FAQ adds its own subject and vocabulary on top (see
:mod:`faqbot.concepts`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import lru_cache
from itertools import pairwise
from typing import Any, NamedTuple

from faqbot.text import normalize, stem, tokens

TOPIC = "topic"
FACET = "facet"
INTENT = "intent"
RELATION = "relation"
CONDITION = "condition"
BODY = "body"
PLACE = "place"
SUBJECT = "subject"
SPECIFIC = "specific"
"""A specific kind of a general concept (an x-ray, of imaging): see ``Language.generals``."""
KINDS = (INTENT, FACET, RELATION, TOPIC, CONDITION, BODY, PLACE)
GATED = (TOPIC, CONDITION)
"""Kinds that block an answer when the FAQ never mentions them."""

SUBJECT_CONCEPT = "@subject"
"""The concept every name of the FAQ's subject, and "it" or "this condition", stand for."""


class Language(NamedTuple):
    """The general language data, ready for lookups (stemmed, normalised)."""

    noise: frozenset[str]
    """Grammar and ordinary words: they neither help nor hurt a match."""
    common: frozenset[str]
    """Stems of frequent English words: unknown to a FAQ, they count only a little against it."""
    common_weight: float
    weak: frozenset[str]
    """Stems of ordinary words that say little about an entry even when a FAQ uses them."""
    phrases: Mapping[str, str]
    """Phrase as written (normalised) -> concept ("" for a filler that says nothing)."""
    stems: Mapping[str, str]
    """Stemmed phrase -> concept, for the forms not written out ("fractured", "tumours")."""
    kinds: Mapping[str, str]
    """Concept -> its kind."""
    weights: Mapping[str, float]
    """Kind -> weight of a concept of that kind in a question."""
    uncovered_weights: Mapping[str, float]
    """Kind -> weight of such a concept when the FAQ never mentions it."""
    unknown_weight: float
    subject_references: frozenset[str]
    """Stemmed phrases that point at the FAQ's subject ("it", "this condition")."""
    back_references: frozenset[str]
    narrative_verbs: frozenset[str]
    generals: Mapping[str, str]
    """A specific kind of a concept -> that general concept ("x_ray" -> "imaging"): a message
    naming the kind asks about both."""
    procedures: frozenset[str]
    """Concepts of what is done to a patient (a scan, an operation, a blood test): in a story
    before a question, what happened, not what is asked."""
    aspects: frozenset[str]
    """Concepts that ask for one kind of fact (a dose, a cost, how long): only an entry that
    mentions them may answer."""
    absorbed: Mapping[str, tuple[str, ...]]
    """A general concept -> the specific ones that make it redundant in the same question."""
    introduces: Mapping[str, tuple[str, ...]]
    """A concept -> those that, right after it, it only introduces ("what is" before "the
    treatment"): it then asks nothing of its own."""
    apart: Mapping[tuple[str, str], str]
    """Two word stems that ask one thing a few words apart ("a normal uric acid level" asks for
    a normal range, as "normal level" does) -> that concept."""
    said_of_subject: Mapping[str, str]
    """A word that, said of the FAQ's subject, asks another thing ("is gout common?" asks how
    common gout is) -> that concept."""
    asks_amount: frozenset[str]
    """Words and two-word phrases that ask how much or how many ("how many", "mg")."""
    asks_figure: frozenset[str]
    """Words that ask for a figure ("odds", "percentage")."""
    units: Mapping[str, str]
    """Units of amount: each spelling -> the unit's first spelling ("milligrams" -> "mg")."""
    figures: frozenset[str]
    """Number words: with a digit, what shows that an answer gives an amount."""
    episodes: frozenset[str]
    """Words that, followed by "of", name one episode of what follows ("a bout of diarrhea"):
    then they ask nothing of their own, such as a flare-up the FAQ does not cover."""
    condition_heads: frozenset[str]
    """The last word of a condition's name after a person's ("Goodpasture syndrome", "Paget's
    disease"): patients often leave it out."""
    hedges: frozenset[str]
    """Words that only soften or stress a question ("what can actually be done"): set aside
    before a message is read, so the phrase they interrupt is found."""
    sound_spellings: Mapping[str, str]
    """Letters written one way and said another ("rh" -> "r", "ph" -> "f"), in order: a typo no
    edit or two explains may still be spelt as the word sounds."""
    openings: Mapping[str, str]
    """A question's first word -> how it asks ("how" -> "how", "does" -> "yes/no")."""
    similes: frozenset[str]
    """Words after which a condition is a comparison ("rough, like flu"), not what is asked."""
    cause_verbs: frozenset[str]
    """Cause words that, just after the subject, ask what it causes ("does gout cause X?")."""
    asks_which: frozenset[str]
    """Question words that, just before a cause word, ask for causes ("like what causes it")."""
    not_said_of_subject: frozenset[str]
    """After a word of ``said_of_subject``, what makes "it" something to do ("is it common to
    feel tired?")."""
    sound_alike_initials: frozenset[str]
    """Groups of first letters that can spell the same sound ("ckq": "kalsinosis")."""
    adjective_endings: Mapping[str, str]
    """A condition name's ending -> its adjective's ending ("ia" -> "ic": anemia, anemic)."""
    numbered: Mapping[str, Any]
    """Words that number what follows ("stage 3", "Stage III"): ``words`` (each form -> the
    word to join to), ``numbers`` (number words and Roman numerals -> figures), ``suffixes``
    (letters after a number, "IIIA") and ``between`` (words between numbers of a list)."""
    ages_told: Mapping[str, Any]
    """How a person's age is told ("my 9 year old"): ``after_number`` (phrases after a number),
    ``glued`` (endings written onto it, "9yo"), ``child_under`` (years) and ``child`` (the word
    such a person reads as)."""
    times_told: Mapping[str, frozenset[str]]
    """How a story tells when something happened ("a few years ago"): ``units`` of time and the
    words ``after`` them that make them a time told."""

    def kind(self, concept: str) -> str | None:
        return self.kinds.get(concept)

    def says_any(self, text: str, phrases: frozenset[str]) -> bool:
        """Whether ``text`` holds one of ``phrases`` (words or two-word phrases, normalised)."""
        words = tokens(text)
        return any(w in phrases for w in words) or any(
            f"{first} {second}" in phrases for first, second in pairwise(words))

    def knows(self, word: str) -> bool:
        """Whether ``word`` (normalised) is a grammar word, one of the most frequent in English,
        or a word or phrase the language data gives a meaning: no name of a person or a term
        of one leaflet."""
        key = stem(word)
        return word in self.noise or key in self.common or word in self.phrases or key in self.stems

    def unit_missing(self, question: str, answer: str) -> str | None:
        """A unit ``question`` asks an amount in ("how many mg?", "500mg") that ``answer``
        never names in any spelling, or None."""
        units = self.units
        asked = {units[w] for w in _unit_words(question) if w in units}
        if not asked:
            return None
        missing = asked.difference(units[w] for w in _unit_words(answer) if w in units)
        return min(missing) if missing else None

    def gives_figure(self, text: str) -> bool:
        """Whether ``text`` gives an amount: a digit or a number word."""
        return any(c.isdigit() for c in text) or self.says_any(text, self.figures)


def language_state(language: Language) -> tuple[Any, ...]:
    """The language data as plain data for the start-up cache (see :func:`language_from_state`):
    its sets as tuples, since marshal sorts a set's items as it writes them (Python 3.11 and
    later), several times slower. No other field is a tuple."""
    return tuple(tuple(f) if isinstance(f, frozenset) else f for f in language)


def language_from_state(state: tuple[Any, ...]) -> Language:
    """The :class:`Language` that :func:`language_state` describes."""
    fields: list[Any] = [frozenset(f) if isinstance(f, tuple) else f for f in state]
    return Language(*fields)


def data_path(name: str = "english.yaml") -> str:
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", name)


@lru_cache(maxsize=1)
def load_language() -> Language:
    """The shipped language data (read once per process)."""
    with open(data_path(), "rb") as file:
        data = file.read()
    return parse_language(data, " ".join(common_words()))


@lru_cache(maxsize=1)
def common_words() -> tuple[str, ...]:
    """The shipped list of the most frequent English words, the most frequent first (read once
    per process): the language data, the drafting and the red-flag index all read it."""
    with open(data_path("common_words.txt"), encoding="utf-8") as file:
        return tuple(word for line in file if not line.startswith("#") for word in line.split())


def parse_language(data: bytes, common: str = "") -> Language:
    """Language data from the bytes of a file in the form of ``data/english.yaml`` and the text
    of one in the form of ``data/common_words.txt``."""
    import yaml

    from faqbot._yaml import safe_loader

    raw: dict[str, Any] = yaml.load(data, Loader=safe_loader())
    phrases: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for filler in raw.get("fillers", ()):
        phrases[normalize(filler)] = ""
    generals: dict[str, str] = {}
    for general, group in (raw.get("specifics") or {}).items():
        _add_kind(group, SPECIFIC, phrases, kinds)
        generals.update(dict.fromkeys(group, general))
    for kind in KINDS:
        _add_kind(raw.get(kind) or {}, kind, phrases, kinds)
    frequent = _words(_uncommented(common))
    noise = frozenset(_words(raw.get("stopwords", "")) + _words(raw.get("neutral", "")))
    return Language(
        noise=noise,
        stems=stem_table(phrases, noise),
        common=frozenset(stem(w) for w in frequent),
        weak=frozenset(stem(w) for w in _words(raw.get("weak", ""))),
        common_weight=float(raw["common_weight"]),
        phrases=phrases,
        kinds=kinds,
        weights={**raw["weights"]},
        uncovered_weights={**raw["uncovered_weights"]},
        unknown_weight=float(raw["unknown_weight"]),
        subject_references=frozenset(normalize(p) for p in raw.get("subject_references", ())),
        back_references=frozenset(raw.get("back_references", ())),
        narrative_verbs=frozenset(_words(raw.get("narrative_verbs", ""))),
        generals=generals,
        procedures=frozenset(raw.get("procedures") or ()),
        aspects=frozenset(raw.get("aspects") or ()),
        absorbed={k: tuple(v) for k, v in (raw.get("absorbed") or {}).items()},
        introduces={k: tuple(v) for k, v in (raw.get("introduces") or {}).items()},
        apart=_apart(raw.get("apart") or {}),
        said_of_subject={
            normalize(word): concept
            for concept, words in (raw.get("said_of_subject") or {}).items() for word in words
        },
        asks_amount=frozenset(normalize(p) for p in raw.get("asks_amount") or ()),
        asks_figure=frozenset(normalize(p) for p in raw.get("asks_figure") or ()),
        units={
            normalize(p): normalize(group[0]) for group in raw.get("units") or () for p in group
        },
        figures=frozenset(normalize(p) for p in raw.get("figures") or ()),
        episodes=frozenset(normalize(p) for p in raw.get("episodes") or ()),
        condition_heads=frozenset(normalize(p) for p in raw.get("condition_heads") or ()),
        hedges=frozenset(normalize(p) for p in raw.get("hedges") or ()),
        sound_spellings=dict(raw.get("sound_spellings") or {}),
        openings={
            normalize(word): way for way, words in (raw.get("openings") or {}).items()
            for word in words
        },
        similes=frozenset(raw.get("similes") or ()),
        cause_verbs=frozenset(raw.get("cause_verbs") or ()),
        asks_which=frozenset(raw.get("asks_which") or ()),
        not_said_of_subject=frozenset(raw.get("not_said_of_subject") or ()),
        sound_alike_initials=frozenset(raw.get("sound_alike_initials") or ()),
        adjective_endings=dict(raw.get("adjective_endings") or {}),
        numbered=_numbered(raw.get("numbered") or {}),
        ages_told=_ages_told(raw.get("ages_told") or {}),
        times_told=_times_told(raw.get("times_told") or {}),
    )


def _numbered(raw: Mapping[str, Any]) -> dict[str, Any]:
    roman = {numeral: str(n) for n, numeral in enumerate(raw.get("roman") or (), start=1)}
    return {
        "words": {form: word for word, forms in (raw.get("words") or {}).items()
                  for form in forms},
        "numbers": {**{w: str(n) for w, n in (raw.get("number_words") or {}).items()}, **roman},
        "suffixes": list(raw.get("suffixes") or ()),
        "between": list(raw.get("between") or ()),
    }


def _times_told(raw: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    return {key: frozenset(normalize(w) for w in raw.get(key) or ()) for key in ("units", "after")}


def _ages_told(raw: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "after_number": [normalize(p).split() for p in raw.get("after_number") or ()],
        "glued": list(raw.get("glued") or ()),
        "child_under": int(raw.get("child_under") or 0),
        "child": str(raw.get("child") or ""),
    }


def _apart(raw: Mapping[str, list[str]]) -> dict[tuple[str, str], str]:
    """concept -> two-word phrases, as (first stem, last stem) -> concept."""
    pairs: dict[tuple[str, str], str] = {}
    for concept, phrases in raw.items():
        for phrase in phrases:
            first, last = (stem(word) for word in phrase.split())
            pairs[first, last] = concept
    return pairs


def _add_kind(
    group: Mapping[str, str] | list[str], kind: str, phrases: dict[str, str], kinds: dict[str, str]
) -> None:
    """Concepts of one kind: a mapping of name -> "word | word", or a list whose first word
    names the concept."""
    items = group.items() if isinstance(group, Mapping) else ((None, line) for line in group)
    for name, line in items:
        surfaces = [" ".join(s.split()) for s in line.split("|") if s.strip()]
        concept = name or surfaces[0].replace(" ", "_")
        kinds[concept] = kind
        for surface in surfaces:
            phrases.setdefault(normalize(surface), concept)


def stem_table(phrases: Mapping[str, str], noise: frozenset[str]) -> dict[str, str]:
    """The stemmed form of each phrase, unless it is only grammar: "whats" stems to "what",
    which must not become a question about a definition."""
    stems: dict[str, str] = {}
    for phrase, concept in phrases.items():
        words = phrase.split()
        if concept and not all(w in noise or stem(w) in noise for w in words):
            stems.setdefault(" ".join(stem(w) for w in words), concept)
    return stems


def _uncommented(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith("#"))


def _words(text: str) -> list[str]:
    return [word for line in text.split() for word in tokens(line)]


def _unit_words(text: str) -> frozenset[str]:
    """The words of ``text``, with a number written against a unit taken off ("500mg" -> "mg")."""
    return frozenset(word.lstrip("0123456789") for word in tokens(text))
