"""Infer what a FAQ is about when its file does not say: the phrase its questions share most, and
the other names the entry that asks what it is gives ("what are brittle bones", "what is
xerostomia" among the alternates of "What is osteoporosis?" or "What is dry mouth?")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from operator import itemgetter

from faqbot.language import BODY, CONDITION, Language, load_language
from faqbot.text import stem, tokens

MAX_WORDS = 3
_QUESTION_WORDS = frozenset({"why", "when", "where", "who", "whom", "whose"})
"""Words that ask (the language data gives some a meaning, "why" is a cause): never a name."""
LONGER_SHARE = 0.8
"""A longer phrase holding the most shared one is the subject when found nearly as often
("kidney stones" over "stones")."""
FULLER_SHARE = 0.5
"""And it names the subject in the bot's messages when found at least this share as often
("adrenal insufficiency" beside "adrenal"); matching keeps the shorter one, which reads its
questions better."""
CONDITION_SHARE = 0.5
"""A phrase ending in a condition's name ("iron deficiency anemia") is the subject when it is
found in at least this share of the texts that share the most common phrase ("iron")."""


def most_shared_phrase(texts: Iterable[str]) -> tuple[str, str]:
    """The phrase of one to three content words found in the most texts; a phrase naming a
    condition wins over a more common word ("iron deficiency anemia" over "iron"), and a longer
    phrase wins when it is found nearly as often as its shorter part ("kidney stones" over
    "stones"). Second, a longer phrase holding it that is found at least half as often
    ("adrenal insufficiency" beside "adrenal"), to name the subject by, or ""."""
    language = load_language()
    noise = language.noise | _QUESTION_WORDS
    counts: Counter[str] = Counter()
    surfaces: Counter[tuple[str, str]] = Counter()  # (stemmed phrase, phrase as written)
    for text in texts:
        found = dict(_phrases(tokens(text), noise))
        counts.update(found.keys())
        surfaces.update(found.items())
    if not counts:
        return "", ""
    best = _best(counts, lambda key: _names_condition(key, language))
    fuller = _longer(counts, best, FULLER_SHARE)

    def written(key: str) -> str:
        # The most frequent way of writing it, the first met among equals (as most_common(1)).
        pairs = (pair for pair in surfaces.items() if pair[0][0] == key)
        return max(pairs, key=itemgetter(1))[0][1]

    return written(best), written(fuller) if fuller != best else ""


def _names_condition(key: str, language: Language) -> bool:
    """Whether a stemmed phrase ends in the name of a condition ("... anemia", "gout")."""
    words = key.split()
    return any(
        language.kinds.get(language.stems.get(" ".join(words[start:]), "")) == CONDITION
        for start in range(len(words))
    )


def _best(counts: Counter[str], names_condition: Callable[[str], bool]) -> str:
    best = max(counts.items(), key=lambda item: (item[1], len(item[0].split())))
    # Only a phrase found often enough could win: the others are not read (in a large FAQ,
    # most of its hundred thousand phrases are found once).
    conditions = [(p, n) for p, n in counts.items()
                  if n >= CONDITION_SHARE * best[1] and names_condition(p)]
    top = max(conditions, key=lambda item: (item[1], len(item[0])), default=None)
    if top is not None:
        best = top  # "iron deficiency anemia" over "iron": a FAQ is about a condition
    return _longer(counts, best[0], LONGER_SHARE)


def _longer(counts: Counter[str], key: str, share: float) -> str:
    """The longer phrase holding ``key`` found most often, in at least ``share`` of as many
    texts; ``key`` when none is."""
    words, least = set(key.split()), share * counts[key]
    longer = [
        (phrase, n) for phrase, n in counts.items()
        if n >= least and words <= set(phrase.split()) and phrase != key
    ]
    return max(longer, key=lambda item: (item[1], len(item[0])))[0] if longer else key


def _phrases(words: list[str], noise: frozenset[str]) -> Iterable[tuple[str, str]]:
    """(stemmed phrase, phrase as written) for every run of words that starts and ends with a
    content word."""
    stems = list(map(stem, words))  # once a word, not once for each phrase it is part of
    for start, first in enumerate(words):
        if first in noise:
            continue
        for end in range(start + 1, min(start + MAX_WORDS, len(words)) + 1):
            if words[end - 1] not in noise:
                yield " ".join(stems[start:end]), " ".join(words[start:end])


MAX_ALIAS_WORDS = 4
_ASKS_WHAT = re.compile(
    r"^(?:what (?:is|are)|tell me about|what does|what do|i (?:have been|ve been|was) "
    r"(?:diagnosed with|told i have)) (?:an? |the )?(?P<name>.+?)"
    r"(?: mean| stand for|,? what is it| what is that)?$"
)
_NOT_NAMES = frozenset("it this that these those they them one".split())
_NOT_A_NAME_START = frozenset(
    "what how why when where who which can does do is are will should could would my i im not no "
    "too always never".split()
)
"""First words of an alternate that asks or describes ("my mouth is always dry"), not names."""


def other_names(
    name: str, questions: list[tuple[str, tuple[str, ...]]], asked: list[Asked]
) -> tuple[str, ...]:
    """Other names for ``name`` that the FAQ itself gives: what the alternates of the entry asking
    "What is <name>?" ask about in its own words ("what is a slow thyroid", "tell me about an
    underactive thyroid", "xerostomia"). ``questions`` are each entry's question and alternates,
    ``asked`` what each question asks about (:func:`asked_names`).
    A phrase that other entries' questions also ask about ("what is gluten" beside "which foods
    have gluten") is a topic of its own, not a name; so is a part of the body ("the macula")."""
    key = _key(name)
    language = load_language()
    asks = [what for what, _short in asked]
    defining = [alts for (_question, alts), what in zip(questions, asks, strict=True)
                if what == key]
    if not defining:  # no entry asks what it is: no other name, and no need to read the rest
        return ()
    others = [_key(t) for (question, alts), what in zip(questions, asks, strict=True)
              if what != key for t in (question, *alts)]
    found: list[str] = []
    for alternate in (a for alts in defining for a in alts):
        alias = _asked(alternate) or _key(alternate)
        words = alias.split()
        if (words and alias != key and key not in alias and len(words) <= MAX_ALIAS_WORDS
                and alias not in _NOT_NAMES and words[0] not in _NOT_A_NAME_START
                and not _is_organ(alias, language)
                and (set(words) < set(key.split()) or _abbreviates(alias, key)
                     or sum(alias in other for other in others) <= 1)):
            found.append(alias)
    return tuple(dict.fromkeys(found))


_ABBREVIATION = re.compile(r"\s*\(([A-Za-z][A-Za-z.\s]{0,10})\)")
"""A short name in brackets after a longer one: "peripheral arterial disease (P.A.D.)"."""
Asked = tuple[str, str]
"""What a question asks what it is ("" when it asks no such thing) and the short name in brackets
after it ("" when none): "What is benign prostatic hyperplasia (BPH)?" asks
("benign prostatic hyperplasia", "bph")."""


def asked_names(questions: Iterable[str]) -> list[Asked]:
    """:data:`Asked` of each question, read once for :func:`defined_name` and
    :func:`other_names`."""
    found: list[Asked] = []
    for question in questions:
        brackets = _ABBREVIATION.search(question)
        short = _squeezed(brackets[1]) if brackets else ""
        found.append((_asked(_ABBREVIATION.sub("", question)), short))
    return found


def defined_name(name: str, asked: Iterable[Asked]) -> tuple[str, tuple[str, ...]]:
    """The subject's full name and its short ones, when an entry asks what a longer name is that
    ``name`` (the phrase the questions share most) abbreviates or is part of: "What is
    age-related macular degeneration?" beside "amd", "What is benign prostatic hyperplasia
    (BPH)?" beside "prostate", the organ it is a condition of. ``(name, ())`` otherwise.
    ``asked``: what the questions ask about (:func:`asked_names`)."""
    language = load_language()
    key = _key(name)
    for longer, short in asked:
        if not longer or longer == key or len(longer.split()) > MAX_ALIAS_WORDS:
            continue
        if _abbreviates(key, longer) or (short and short == _squeezed(key)):
            return longer, tuple(dict.fromkeys(a for a in (short, key) if a))
        if _part_of_organ(key, longer, language):  # the organ is not another name for it
            return longer, (short,) if short else ()
    return name, ()


MAX_ABBREVIATION = 6
"""The most letters of an abbreviation whose long name the FAQ's texts may spell out."""


def spelled_out(name: str, texts: Iterable[str]) -> str:
    """The long name that ``name``, an abbreviation, stands for, as the FAQ's own ``texts`` spell
    it out just before it in brackets ("Rocky Mountain spotted fever (RMSF)" for "RMSF"): the
    shortest run of words before the brackets whose first letters make it, the one written most
    often; "" when ``name`` is no abbreviation or no text spells it out."""
    key = _squeezed(name)
    if " " in name.strip() or not 2 <= len(key) <= MAX_ABBREVIATION or not key.isalpha():
        return ""
    found: Counter[str] = Counter()
    for text in texts:
        if "(" not in text:
            continue
        for match in _ABBREVIATION.finditer(text):
            if _squeezed(match[1]) != key:
                continue
            before = tokens(text[:match.start()])[-(len(key) + 2):]
            for size in range(2, len(before) + 1):
                phrase = " ".join(before[-size:])
                if _abbreviates(key, phrase):
                    found[phrase] += 1
                    break
    return found.most_common(1)[0][0] if found else ""


def _squeezed(text: str) -> str:
    """An abbreviation without its dots and spaces: "P.A.D." and "p a d" are "pad"."""
    return "".join(tokens(text))


def _abbreviates(short: str, longer: str) -> bool:
    """Whether ``short`` is made of the first letters of ``longer``'s words, in order, from the
    first word's to the last's ("amd": age-related macular degeneration; "utis": urinary tract
    infections)."""
    squeezed = _squeezed(short)
    initials = "".join(word[0] for word in longer.split())
    if " " in short.strip() and len(short.split()) not in (len(squeezed), len(squeezed) - 1):
        return False
    return any(_initials_of(letters, initials)
               for letters in dict.fromkeys((squeezed, squeezed.removesuffix("s"))))


def _initials_of(letters: str, initials: str) -> bool:
    """Whether ``letters`` are ``initials`` with some inner ones left out ("amd" of "armd")."""
    if len(letters) < 2 or letters[0] != initials[0] or letters[-1] != initials[-1]:
        return False
    rest = iter(initials[1:-1])
    return all(letter in rest for letter in letters[1:-1])


def _part_of_organ(key: str, longer: str, language: Language) -> bool:
    """Whether ``key`` names a part of the body and ``longer`` a condition of it, by a shared
    stem ("prostate" in "benign prostatic hyperplasia")."""
    if not _is_organ(key, language):
        return False
    return stem(key) in {stem(word) for word in longer.split()} and len(longer.split()) > 1


def _is_organ(phrase: str, language: Language) -> bool:
    """Whether ``phrase`` names a part of the body ("prostate", "the macula")."""
    concept = language.phrases.get(phrase) or language.stems.get(stem(phrase))
    return concept is not None and language.kinds.get(concept) == BODY


def _asked(text: str) -> str:
    found = _ASKS_WHAT.match(_key(text))
    return found["name"] if found else ""


def _key(text: str) -> str:
    return " ".join(tokens(text))


def short_names(name: str, texts: Iterable[str]) -> tuple[str, ...]:
    """The short name patients use for a condition named after a person: "Goodpasture" and
    "Goodpasture's" for "Goodpasture syndrome", "Paget's" for "Paget's disease". Only when the
    name ends in a word the language data gives as such a head ("syndrome", "disease") and every
    word before it is a name: unknown to the language data, and written with a capital letter
    inside a sentence of the FAQ's own text (``texts``) more often than without, so that "kidney
    disease" or "celiac disease" gives none."""
    rest = _before_head(name)
    if not rest or not all(_written_as_name(word, texts) for word in rest):
        return ()
    return (" ".join(rest),)


def _before_head(name: str) -> list[str]:
    """The words of ``name`` before a condition's head word ("goodpasture" of "Goodpasture
    syndrome"), when none of them is known to the language data; [] otherwise. The cheap part of
    :func:`short_names`, which also reads the FAQ's texts."""
    language = load_language()
    words = _key(name).split()
    if len(words) < 2 or words[-1] not in language.condition_heads:
        return []
    rest = words[:-1]
    return [] if any(language.knows(word) for word in rest) else rest


SECOND_SHARE = 0.5
"""A second name the FAQ's questions use at least this share as often as the subject's."""


def second_names(name: str, questions: list[str], asked: Iterable[Asked],
                 texts: list[str]) -> tuple[str, ...]:
    """A second name of the subject named after a person, that an entry asks what it is and the
    questions use nearly as often as ``name`` ("Addison's disease" in a FAQ on adrenal
    insufficiency), with its short name ("Addison's"): judged, as :func:`short_names` judges, on
    the FAQ's own ``texts``; ``questions`` are the canonical ones."""
    key = _key(name)
    # Only names shaped like one after a person are counted, and only those used often enough
    # are checked against the texts: a FAQ of thousands of "What is X disease?" stays cheap.
    candidates = [a for a in dict.fromkeys(longer for longer, _short in asked)
                  if a and a != key and _before_head(a)]
    if not candidates:
        return ()
    keys = [_key(q).split() for q in questions]
    counts = _phrase_counts(keys, max(len(c.split()) for c in candidates))
    least = max(SECOND_SHARE * sum(f" {key} " in f" {' '.join(k)} " for k in keys), 2)
    found: list[str] = []
    for longer in (c for c in candidates if counts[c] >= least):
        short = short_names(longer, texts)
        if short:
            found += [longer, *short]
    return tuple(dict.fromkeys(found))


def _phrase_counts(texts: list[list[str]], longest: int) -> Counter[str]:
    """How many of ``texts`` (each as its words) hold each run of up to ``longest`` words."""
    counts: Counter[str] = Counter()
    for words in texts:
        counts.update({" ".join(words[start:end])
                       for start in range(len(words))
                       for end in range(start + 1, min(start + longest, len(words)) + 1)})
    return counts


def headless_name(name: str, texts: Iterable[str]) -> tuple[str, ...]:
    """A long name without the head patients leave out ("acute respiratory distress" for
    "acute respiratory distress syndrome"): only for a name of three words or more ending in a
    head the language data gives ("syndrome", "disease"), and only when the FAQ's own texts never
    write the words before it without it, so that they can mean nothing else ("antiphospholipid
    antibodies" of "antiphospholipid antibody syndrome" are found alone, and are not the
    condition)."""
    words = _key(name).split()
    if len(words) < 3 or words[-1] not in load_language().condition_heads:
        return ()
    rest = " ".join(words[:-1])
    heads = (f" {rest} {words[-1]} ", f" {rest} {words[-1]}s ")
    for text in texts:
        key = f" {_key(text)} "
        if key.count(f" {rest} ") > sum(key.count(head) for head in heads):
            return ()
    return (rest,)


def _written_as_name(word: str, texts: Iterable[str]) -> bool:
    """Whether ``word`` (as :func:`_key` reads it: "pagets" for "Paget's") is written with a
    capital letter inside sentences of ``texts`` more often than without."""
    bare = word.removesuffix("s")
    found = re.compile(rf"(?<![\w'\u2019])({re.escape(bare)}(?:['\u2019]?s)?)(?![\w'\u2019])",
                       re.IGNORECASE)
    capital = lower = 0
    for text in texts:
        for match in found.finditer(text):
            before = text[: match.start()].rstrip()
            if not before or before[-1] in ".!?:•-*\n":
                continue  # a sentence's first word is capitalised whatever it is
            if match[1][0].isupper():
                capital += 1
            else:
                lower += 1
    return capital > lower


_EDGE = "\"'()[]{}?!.,;:\u2018\u2019\u201c\u201d*_"
"""What may stand around a name in a sentence and is no part of it."""
_ENOUGH_USES = 100
"""How many uses of the subject's name :func:`as_written` reads at most."""


def as_written(name: str, texts: Iterable[str]) -> str:
    """``name`` (as :func:`_key` reads it: "menetriers disease") as the FAQ's own texts most
    often write it inside a sentence ("Ménétrier's disease", "Goodpasture syndrome", "kidney
    stones"), for the messages that name the subject; ``name`` itself when no text writes it
    there."""
    wanted = _key(name).split()
    if not wanted:
        return name
    found: Counter[str] = Counter()
    for text in texts:
        if found.total() >= _ENOUGH_USES:
            break  # a 10,000-entry FAQ: its first hundred uses tell as well as all
        if wanted[0] not in tokens(text):
            continue  # most texts of a large FAQ: one reading, not one a word
        spans = list(re.finditer(r"\S+", text))
        words = [tokens(span[0]) for span in spans]
        for start in range(1, len(spans)):
            if spans[start - 1][0][-1] in ".!?:" or not words[start] or (
                    words[start][0] != wanted[0]):
                continue
            read: list[str] = []
            for end in range(start, len(spans)):
                read += words[end]
                if len(read) >= len(wanted):
                    break
            if read == wanted:
                found[text[spans[start].start():spans[end].end()].strip(_EDGE)] += 1
    return found.most_common(1)[0][0] if found else name
