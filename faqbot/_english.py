"""The English the drafting knows, the same for every leaflet: grammar words, verbs, the most
frequent English words, and what a word means in the general patient language. Used by
:mod:`faqbot._phrasing`, :mod:`faqbot._names` and :mod:`faqbot.draft`."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from faqbot.language import Language, common_words, data_path
from faqbot.text import stem, tokens

ARTICLES = ("the", "a", "an")
QUANTIFIERS = ("some", "several", "many", "most", "other", "certain", "all", "another")
PRONOUNS = frozenset(
    "it this these they that those he she we you i there here such each both one".split()
)
VERBS = frozenset(
    "is are was were be been being may might can could will would should must has have had do "
    "does did not also often usually only can't cannot don't doesn't isn't aren't won't contain "
    "contains cause causes result results include includes help helps affect affects occur "
    "occurs form forms make makes improve improves increase increases reduce reduces become "
    "becomes tend tends mean means need needs lead leads vary varies depend depends happen "
    "happens develop develops appear appears"
    .split()
)
FUNCTION_WORDS = frozenset(
    "a an the and or but if then than so as at by for from in into of on onto to with without "
    "about after before over under up down out off is are was were be been being am do does did "
    "doing have has had having may might can could will would shall should must nor it "
    "its it's this that these those there here they them their theirs he him his she her hers "
    "we us our you your yours i me my mine who whom whose which what when where why how all any "
    "both each few more most other some such only own same too very also just even often usually "
    "sometimes still however although though because while since until unless whether either "
    "neither one ones like include includes including called can't cannot don't doesn't"
    .split()
)
FREQUENT_WORDS = 2000
"""How many of the most frequent English words are too ordinary to make a topic by themselves."""
_LONGEST_PHRASE = 3
"""The longest phrase of the patient language looked for (most are one or two words)."""
ASKING = {"is": "is", "are": "are", "can": "can", "cannot": "can", "can't": "can", "may": "can",
          "will": "will", "should": "should", "does": "does", "do": "do", "has": "has",
          "have": "have", "was": "was", "were": "were", "could": "could", "might": "can"}
DETERMINERS = frozenset(("a", "an", "the", "this", "these", "those", "its", "their",
                         "your", "my", "our", "his", "her", "one", "no", *QUANTIFIERS))
WH = ("what", "when", "how", "why", "who", "where", "which", "can", "is", "are", "do", "does",
      "should")
AUXILIARIES = {"is": "Is", "are": "Are", "can": "Can", "may": "Can", "does": "Does",
               "do": "Do", "will": "Will", "should": "Should", "cannot": "Can't", "can't": "Can't"}
LEADS = frozenset("in with during for at on among unlike like through".split())
SUBORDINATORS = frozenset(
    "when while until as although though because since once unless whether whenever after "
    "before".split()
)
IMPERATIVES = frozenset(
    "see talk ask call tell take keep avoid stop get make eat drink use wear protect check learn "
    "know visit follow try quit limit choose find give join plan remember watch be lower reduce "
    "maintain lose cut increase stay manage seek carry".split()
)
"""Verbs a heading may open with as advice ("See Your Dentist")."""
DISCOURSE = frozenset(
    "addition time example fact general most some many cases case people this that these those "
    "all other whole short today now nowadays currently recently sometimes usually generally "
    "however meanwhile overall finally yet still instead thus therefore again later then"
    .split()
)
PHRASE_BREAKS = frozenset("of for in with to from about you that which who i we".split())
SWAP = {"you": "I", "your": "my", "yours": "mine", "yourself": "myself"}
RELATIVE = frozenset(("who", "that", "which"))


def singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def lower(text: str) -> str:
    return " ".join(w if acronym(w) else w.lower() for w in text.split())


def acronym(word: str) -> bool:
    """Whether a word is an acronym, also in the plural ("GERD", "NSAIDs")."""
    letters = re.sub(r"[^A-Za-z]", "", word)
    letters = letters[:-1] if len(letters) > 2 and letters.endswith("s") else letters
    return len(letters) > 1 and letters.isupper()


def grammar(word: str) -> bool:
    """A grammar word, or one contracted ("you're", "won\u2019t", "it's")."""
    head, _, tail = word.lower().replace("\u2019", "'").partition("'")
    return (word.lower() in FUNCTION_WORDS or head in FUNCTION_WORDS or head in PRONOUNS
            or tail == "t")


def meanings(text: str, language: Language) -> list[tuple[str, str]]:
    """Each word of ``text`` (normalised) with what it means: the concept of the general
    patient language its phrase stands for ("sight" and "blurred" both mean vision), else its
    stem."""
    words = tokens(text)
    stems = [stem(w) for w in words]
    found: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        size, meaning = _phrase_meaning(words, stems, i, language)
        found += [(w, meaning or stems[i]) for w in words[i:i + size]]
        i += size
    return found


def _phrase_meaning(words: list[str], stems: list[str], i: int,
                    language: Language) -> tuple[int, str]:
    for size in range(min(_LONGEST_PHRASE, len(words) - i), 0, -1):
        meaning = (language.phrases.get(" ".join(words[i:i + size]))
                   or language.stems.get(" ".join(stems[i:i + size])))
        if meaning:
            return size, meaning
    return 1, ""


def rare(word: str) -> bool:
    """Not among the most frequent English words, nor a grammar word."""
    frequent = frequent_words()
    return (len(word) > 3 and word.isalpha() and word not in FUNCTION_WORDS
            and word not in frequent and singular(word) not in frequent)


def distinctive(words: list[str]) -> bool:
    """Some word is not among the most frequent English words (so "develop time" is not a topic,
    "reduce sodium" is)."""
    return any(word.lower() not in frequent_words() for word in words)


@lru_cache(maxsize=1)
def ranking() -> frozenset[str]:
    """Words that rank things of a kind without naming one ("the most important treatments"):
    ``ranking`` in the shipped ``data/drafting.yaml``."""
    return frozenset(_drafting_data()["ranking"])


def _drafting_data() -> dict[str, list[str]]:
    import yaml

    with open(data_path("drafting.yaml"), encoding="utf-8") as file:
        data: dict[str, list[str]] = yaml.safe_load(file)
    return data


@lru_cache(maxsize=1)
def frequent_words(count: int = FREQUENT_WORDS) -> frozenset[str]:
    """The ``count`` most frequent English words."""
    return frozenset(w for w, rank in ranks().items() if rank < count)


@lru_cache(maxsize=1)
def ranks() -> dict[str, int]:
    """Each word of the package's list of frequent English words, with its rank (0 the most
    frequent)."""
    return {w: i for i, w in reversed(list(enumerate(common_words())))}


def adverb(word: str) -> bool:
    """Whether a word is an adverb made of a known word ("safely", "easily", "simply"): it
    tells how, not what a sentence is about ("family" and "supply" are not)."""
    stem = word[:-2] if word.endswith("ly") else ""
    known = ranks()
    made_of = (stem, f"{stem}e", f"{stem[:-1]}y" if stem.endswith("i") else "",
               f"{word[:-1]}e" if word.endswith("bly") or word.endswith("ply") else "")
    return bool(stem) and any(w in known for w in made_of if w)


_HEAD_ENDS = PHRASE_BREAKS | frozenset("over after during among at on by between within".split())
"""Words that end a noun phrase's head (see :func:`plural`)."""
_IRREGULAR_PLURALS = frozenset("people children men women feet teeth mice lice geese".split())
_AFTER_PARTICIPLE = frozenset("by to with in from at on as".split())
"""Words that follow a participle that begins a clause ("cells damaged by", "people living
with")."""


def _participle(word: str) -> bool:
    return len(word) > 4 and word.endswith(("ed", "ing"))


def plural(phrase: str) -> bool:
    """Whether a noun phrase is plural, by its head: the last word before a preposition, a
    relative clause or a participle's clause ("risk factors you can't change", "types of
    stones", "cells damaged by it", "complications over time"); two joined by "and" are
    plural ("gender and age"); an acronym by its last letter ("NSAIDs", not "IBS")."""
    head: list[str] = []
    words = phrase.split()
    for index, word in enumerate(words):
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        clause = _participle(word.lower()) and following in _AFTER_PARTICIPLE
        if head and (word.lower() in _HEAD_ENDS or clause):
            break
        head.append(word)
    if len(head) > 2 and "and" in head[1:-1]:
        return True
    word = head[-1] if head else ""
    if acronym(word):
        return word.endswith("s") and not word.isupper()
    word = word.lower()
    return word in _IRREGULAR_PLURALS or (
        word.endswith("s") and not word.endswith(("ss", "us", "is", "sis")))


_OBJECT_AFTER = frozenset(
    "for to with around about at by from of on in into than help helps tell tells give gives "
    "let lets make makes show shows ask asks protect protects teach teaches".split())
"""Words after which "you" is an object ("help you hear" -> "help me hear")."""
_FIRST_PERSON = {"are": "am", "were": "was"}


def swap(text: str) -> str:
    """The leaflet's words to the patient as the patient asks them: "you" -> "I" or "me",
    "your" -> "my", "you are" -> "I am"."""
    words = text.split()
    swapped: list[str] = []
    for index, word in enumerate(words):
        low = word.lower()
        before = words[index - 1].lower() if index else ""
        after = words[index + 1].lower() if index + 1 < len(words) else ""
        if low == "you" and (before in _OBJECT_AFTER or index == len(words) - 1) and index and (
                after not in ASKING and after not in _FIRST_PERSON):
            swapped.append("me")
        elif low in _FIRST_PERSON and (before == "you" or (
                index + 1 < len(words) and words[index + 1].lower() == "you")):
            swapped.append(_FIRST_PERSON[low])
        else:
            swapped.append(SWAP.get(low, word))
    return " ".join(swapped)


def capital(text: str) -> str:
    """The text with a capital first letter."""
    return text[:1].upper() + text[1:]


_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w\u00c0-\u024f-]*(?:['\u2019]s)?")


def names(text: str) -> frozenset[str]:
    """The words a text writes as names, lowercased: with a capital after a lowercase word and
    a space in a line of prose ("and Barrett's esophagus", "with Paget's disease"), not in a
    heading ("After a Diagnosis"), more than once; never all in lower case; and not among the
    most frequent English words, which a name of many words capitalises ("Food and Drug
    Administration")."""
    capitalised: list[str] = []
    lowered: set[str] = set()
    for line in text.splitlines():
        before, end = "", -1
        prose = line.rstrip().endswith((".", "!", "?", ":", ";", ","))
        for found in _WORD.finditer(line):
            bare = _possessor(found[0])
            if bare.islower():
                lowered.add(bare)
            elif (prose and bare[:1].isupper() and bare[1:].islower() and before.islower()
                  and line[end:found.start()] == " "):
                capitalised.append(bare.lower())
            before, end = bare, found.end()
    counts = Counter(capitalised)
    return frozenset(w for w, n in counts.items()
                     if n > 1 and w not in lowered and w not in frequent_words())


def _possessor(word: str) -> str:
    return re.sub(r"['\u2019]s$", "", word)


def with_names(question: str, known: frozenset[str]) -> str:
    """The question with the capital of each word the leaflet writes as a name ("What is
    barrett esophagus?" -> "What is Barrett esophagus?")."""
    return re.sub(r"[a-z\u00df-\u024f][\w\u00c0-\u024f-]*",
                  lambda m: capital(m[0]) if m[0] in known else m[0], question)


_GLUED_TAILS = ("also", "the", "an", "a", "is", "are", "that", "which")
"""Words a gloss or an aside opens or ends with, glued to the term before when a copy of the
leaflet lost the dash between them ("pathologista doctor", "albuminuriais a condition")."""
_LONG_TAIL = 8
"""The fewest letters of a word glued after a term that the text also uses apart
("glomerulonephritisinflammation of the glomeruli"): short ones are suffixes ("painless")."""
_TOKEN = re.compile(r"(?<![/.\w])([A-Za-z]{7,})\b(?![/.]\w)(?=( \w+)?)")
"""A word, not a part of an address ("healthfinder.gov/balanceproblems/")."""


_DASH = re.compile(r" ?\u2014 ?| \u2013 ")
"""An em dash, spaced or not ("a catheter\u2014a thin, flexible tube\u2014to measure"), or a
spaced en dash: what the drafting reads as " -- " (an en dash between numbers is a range)."""


def dashed(text: str) -> str:
    """The text with its dashes written " -- ", as the drafting reads a dash: an em dash, spaced
    or not, and a spaced en dash."""
    return _DASH.sub(" -- ", text)


def words_apart(text: str) -> frozenset[str]:
    """The words a text uses, lowercase: what :func:`unglued` may split a glued word into."""
    return frozenset(re.findall(r"[a-z]+", text.lower()))


def unglued(text: str, apart: frozenset[str] | None = None) -> str:
    """The text :func:`dashed`, with the dash put back where a copy of the leaflet lost it
    between a term and its gloss or the end of an aside ("pathologista doctor who ..." ->
    "pathologist -- a doctor who ..."): the term is then asked what it is, and the glued word
    is no rare word. A word is split only into a word the text uses apart (or a frequent one,
    or a specialist's name) and a word that opens a gloss, or another long word the text uses
    apart (``apart``: :func:`words_apart` of the whole leaflet when ``text`` is a part of it,
    read once for all its parts)."""
    apart = words_apart(text) if apart is None else apart
    known = ranks()

    def split(found: re.Match[str]) -> str:
        word = found[1]
        lowered = word.lower()
        if lowered in known:
            return word
        after = (found[2] or "").split()
        gloss = bool(after) and not grammar(after[0]) and after[0] not in VERBS
        for tail in _GLUED_TAILS:
            head = lowered[:-len(tail)]
            if lowered.endswith(tail) and len(head) >= 5 and _glued(head, tail, gloss, apart):
                return f"{word[:len(head)]} -- {word[len(head):]}"
        for cut in range(5, len(lowered) - _LONG_TAIL + 1):
            if lowered[:cut] in apart and lowered[cut:] in apart:
                return f"{word[:cut]} -- {word[cut:]}"
        return word

    return _TOKEN.sub(split, dashed(text))


def _glued(head: str, tail: str, gloss: bool, apart: frozenset[str]) -> bool:
    """Whether ``head`` is a term glued to ``tail``: a gloss's article before what it says
    (``gloss``), or "also called", the verb or the relative word after an aside, after a word
    the text uses apart ("albuminis a condition", "organsthat involves", not "Trichinella
    spiralis is")."""
    if tail in ("also", "that", "which"):
        return head in apart
    if tail in ("is", "are"):
        return head in apart and not gloss
    return gloss and (head in apart or head in ranks() or head.endswith("ist"))
