"""Draft an FAQ from a patient leaflet: the title gives the subject, headings give sections and
questions, and every answer is the leaflet's own sentences, so the draft passes
``faqbot check --source`` as it stands. Pure: leaflet text in, a :class:`Draft` out."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from faqbot import _english as english
from faqbot import _names as names
from faqbot import _phrasing as phrasing
from faqbot._cues import CUES, HOW_COMMON, PEOPLE
from faqbot._leaflet import Block, blocks, titled, titled_label
from faqbot.language import FACET, INTENT, RELATION, Language, load_language

LONG_ANSWER_WORDS = 120
"""An answer longer than this is worth splitting by hand."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(A-Z0-9])")
_LABEL = re.compile(r"^([A-Z][\w'/&,()-]*(?: [\w'/&,()-]+){0,5}?)(?::|\.)\s+(\S.*)$")
_MIN_SPLIT_ITEM_WORDS = 10
_MAX_LABEL_WORDS = 5
"""The most words of a list item's label, leaving out what is in brackets ("Chronic
tophaceous (toe FAY shus) gout.")."""
_BRACKETS = re.compile(r"\([^)]*\)")
_EMPHASIS = re.compile(r"(?:\*\*|__)(.+?)(?:\*\*|__)")


class Piece(NamedTuple):
    """One entry to be: its answer text, where it comes from, and how to ask for it."""

    section: str
    answer: str
    question: str
    alternates: tuple[str, ...]
    line: int
    guessed: bool = False
    """No question could be written for the piece, or it speaks of what the one before does:
    it joins the entry before (its question, if it has one, is for when the two together are
    too long)."""
    own: str = ""
    """The part of the answer that is this entry's alone (its key phrases become alternates),
    as the drafting reads it; empty when it is the whole answer as it stands."""
    listed: bool = False
    """An item of a list split into an entry per item."""


class Draft(NamedTuple):
    """A drafted FAQ: the subject and title, the entries, and notes for the editor."""

    subject: str
    title: str
    pieces: tuple[Piece, ...]
    left_out: tuple[tuple[int, str], ...]
    aliases: tuple[str, ...] = ()
    """Other names the leaflet gives the subject ("herpes zoster")."""
    vocabulary: tuple[tuple[str, str], ...] = ()
    """Acronyms the leaflet spells out, each with what it stands for, and terms it glosses in
    plain words ("fatigue (tiredness)"), each with the gloss."""

    @property
    def notes(self) -> tuple[str, ...]:
        """What an editor should review, one line each."""
        return tuple(_notes(self))


def _said_singular(text: str, subject: str) -> bool:
    """Whether the leaflet treats a subject that looks plural as one thing ("Shingles is ...")."""
    name = re.escape(subject)
    singular = len(re.findall(rf"\b{name} (?:is|was|has|does|causes)\b", text, re.I))
    plural = len(re.findall(rf"\b{name} (?:are|were|have|do|cause)\b", text, re.I))
    return singular > plural


def _singular_verbs(piece: Piece, subject: str) -> Piece:
    """The piece's questions with singular verbs before the subject ("Are shingles ..." ->
    "Is shingles ...")."""

    def fix(text: str) -> str:
        for plural, singular in (("Are", "Is"), ("are", "is"), ("Do", "Does"), ("do", "does")):
            text = text.replace(f"{plural} {subject}", f"{singular} {subject}")
        return text

    return piece._replace(question=fix(piece.question),
                          alternates=tuple(fix(a) for a in piece.alternates))


def _without(piece: Piece, claimed: set[str]) -> Piece:
    """The piece without the alternates that a cue gave another entry, or that ask another
    entry's question in other words ("what are balance disorders" where another entry asks
    "What is a balance disorder?")."""
    kept = tuple(a for a in piece.alternates if _key(a) not in claimed)
    return piece._replace(alternates=kept)


_WHAT_IS = re.compile(r"^(?:(?:what|who) (?:is|are|was|were)|what about) ")
_BE = {"are": "is", "were": "was"}


def _key(question: str) -> str:
    """A question's words that tell what it asks: without case, articles or plurals."""
    words = re.findall(r"[\w'-]+", question.lower())
    return " ".join(_BE.get(w, english.singular(w)) for w in words if w not in english.ARTICLES)


def _keys(question: str) -> set[str]:
    """The keys of a question, and of what it asks to be defined ("What is X?" -> "X")."""
    lowered = question.lower().rstrip("?")
    named = _defined(question)
    asked = {_key(lowered), _key(named or lowered)}
    if named:  # "What about colonoscopy?" asks what it is, and what it means
        asked |= {_key(f"what is {named}"), _key(f"what does {named} mean")}
    label = phrasing.label_of(lowered) or _case_of(lowered)
    if label:  # "Can surgery help with X?" asks about surgery, "What if I have diabetes?" too
        asked |= {_key(label), _key(f"what is {label}")}
    return asked - {""}


def _meant(question: str) -> tuple[str, ...]:
    """"what does X mean" for a question that asks what a word is ("What about
    hyperuricemia?"): the entry that asks it answers it, wherever the leaflet defines it."""
    named = _defined(question)
    return phrasing.meaning(named) if named else ()


def _defined(question: str) -> str:
    """What a question asks to be defined ("What is X?", "What about X?" -> "x"), or ""."""
    lowered = question.lower().rstrip("?")
    named = _WHAT_IS.sub("", lowered)
    return named if named != lowered else ""


_CASE = re.compile(r"^what if (?:i|you) (?:have|get|take|am|are) (.+)$")


def _case_of(question: str) -> str:
    """What a question about the reader's case asks about ("what if I have diabetes")."""
    found = _CASE.match(question)
    return found[1] if found else ""


def _sentences(piece: Piece) -> list[str]:
    lines = (piece.own or piece.answer).splitlines()
    return [s.lstrip("\u2022 ") for line in lines for s in _SENTENCE_END.split(line)]


def _cues(pieces: Sequence[Piece], subject: str) -> list[tuple[str, ...]]:
    """For each piece, the set questions of the cues it answers first (see :data:`CUES`), or
    that it asks, or whose thing it asks about; a section about research answers none."""
    answering: dict[int, list[int]] = {}
    asked_of: dict[int, tuple[str, ...]] = {}
    for index, piece in enumerate(pieces):
        if phrasing.looks_ahead(piece.section, subject):
            continue
        for sentence in _sentences(piece):
            for number, questions in phrasing.cue_questions(sentence, subject).items():
                answering.setdefault(number, []).append(index)
                asked_of[number] = questions
    found: list[tuple[str, ...]] = [() for _ in pieces]
    given: set[str] = set()  # two cues may ask the same, of different sentences
    for number in sorted(answering):
        if _key(asked_of[number][0]) in given:
            continue
        given.add(_key(asked_of[number][0]))
        kinds = CUES[number].sections
        asking = [i for i, p in enumerate(pieces) if _key(asked_of[number][0]) in _keys(p.question)
                  or _names_cue(p.question, number)]
        first = next((i for i in [*asking, *answering[number]]
                      if i in asking or _kind_name(pieces[i].section, subject) in kinds),
                     answering[number][0])
        found[first] += asked_of[number]
    return found


def _names_cue(question: str, number: int) -> bool:
    """Whether a question asks about the thing a cue's sentences name ("What are the
    specialists?" for "which specialist should I see"), by its head word ("What about genetic
    tests?" names tests, not whether it is genetic)."""
    named = _defined(question).split()
    return bool(named) and CUES[number].pattern.search(named[-1]) is not None


def _kind_name(heading: str, subject: str) -> str:
    kind = phrasing.kind_of(heading, subject)
    return kind.words[0] if kind else ""


def _spelled_out(pieces: Sequence[Piece],
                 acronyms: Sequence[tuple[str, str]]) -> list[tuple[str, ...]]:
    """For each piece, "what does X stand for" of the acronyms it is the first to spell out
    ("gastroesophageal reflux disease (GERD)")."""
    found: list[tuple[str, ...]] = [() for _ in pieces]
    for short, _long in acronyms:
        spelled = re.compile(rf"\({re.escape(short)}\)|\b{re.escape(short)}\s*\(")
        first = next((n for n, p in enumerate(pieces) if spelled.search(p.own or p.answer)), None)
        if first is not None:
            does, be = ("do", "are") if english.plural(short) else ("does", "is")
            found[first] += (f"what {does} {short} stand for", f"what {be} {short}")
    return found


class _Clues(NamedTuple):
    """What the whole leaflet tells about which of one entry's words are clues to it."""

    subject: str
    unique: frozenset[str]
    """Rare words one entry alone speaks of."""
    telling: Callable[[str], bool]
    """Whether a key phrase says more than the kind of section it touches."""
    particular: Callable[[str], bool]
    """Whether a list item names something few entries speak of."""
    restated: Callable[[str], bool]
    """Whether a sentence says again what one entry says (a summary's "Points to Remember")."""
    shared: frozenset[str] = frozenset()
    """Key phrases that the first sentences of more than one entry give ("people eat foods"):
    a clue to none of them."""


_KEY_SENTENCES = 4
"""Key phrases come from this many of an entry's first sentences (a list item counts as one):
they say what the entry is about; the details after them are often what another entry is
about, and a key phrase of theirs, asked like a question, would draw its questions."""


def _with_key_phrases(piece: Piece, cues: tuple[str, ...], clues: _Clues) -> Piece:
    """The piece with alternates drawn from its own sentences: set questions they answer, how
    long, how often or how common what they tell is, what they define, each statement (and
    each later clause of its own) asked as a question, whether to follow its advice, the
    short items of its lists, the key phrases of its first sentences (:data:`_KEY_SENTENCES`)
    that no other entry's give, and its rare words found in no other entry; in a summary,
    only of the sentences that do not say again what another entry says; none in a section
    about research."""
    subject = clues.subject
    if phrasing.looks_ahead(piece.section, subject):
        return piece
    sentences = [s for s in _sentences(piece) if not _CONTACT.search(s)]
    told = " ".join(sentences)
    items = [line[2:] for line in (piece.own or piece.answer).splitlines()
             if line.startswith("\u2022 ") and not _CONTACT.search(line)]
    if phrasing.sums_up(piece.section, subject):
        sentences = [s for s in sentences if not clues.restated(s)]
        items = [i for i in items if not clues.restated(i)]
    phrases = [
        cues,
        *(phrasing.aspect_questions(s, subject) for s in sentences),
        *(phrasing.amount_questions(s) for s in [*sentences, *items]),
        *(phrasing.defined_terms(s, subject) for s in sentences),
        *(phrasing.workings(s) for s in sentences),
        *([phrasing.particular_question(s), phrasing.wh_question(s)] for s in sentences),
        *(phrasing.later_questions(s) for s in sentences),
        *([phrasing.advice_question(s)] for s in sentences),
        *([item.lower().rstrip(".")] for item in items
          if phrasing.names_a_topic(item) and clues.particular(item)),
        [k for k in _key_phrases(sentences, clues) if k not in clues.shared],
        [w for w in _words(told) if w in clues.unique],
    ]
    known = {a.lower().rstrip("?") for a in (piece.question, *piece.alternates)}
    extra = tuple(dict.fromkeys(p for group in phrases for p in group if p and p not in known))
    return piece._replace(alternates=(*piece.alternates, *extra))


_CONTACT = re.compile(r"\b(?:phone|fax|e-?mail|website|toll-free)\b|@|www\.|https?://"
                      r"|\d{3}-\d{3,4}", re.I)
"""Contact details (a phone number, an address): what they say is no clue to what the entry
answers ("MD phone" drew "looking at my phone all day")."""


def _key_phrases(sentences: Sequence[str], clues: _Clues) -> list[str]:
    """The key phrases of an entry's first sentences (:data:`_KEY_SENTENCES`) that say more
    than a kind of section."""
    leave = phrasing.subject_words(clues.subject)
    return [k for s in sentences[:_KEY_SENTENCES] if phrasing.about_something(s)
            for k in phrasing.key_phrases(s, leave=leave) if clues.telling(k)]


def _shared_key_phrases(pieces: Sequence[Piece], clues: _Clues) -> frozenset[str]:
    """The key phrases more than one entry would be given."""
    counts = Counter(k for p in pieces if not phrasing.looks_ahead(p.section, clues.subject)
                     for k in set(_key_phrases(_sentences(p), clues)))
    return frozenset(k for k, n in counts.items() if n > 1)


def draft(text: str, language: Language | None = None) -> Draft:
    """The FAQ drafted from a leaflet (plain text or Markdown); ``language`` is the general
    patient language that tells which words mean the same (the shipped one by default)."""
    found = _kinds_headed(blocks(text))
    start = _title_index(found)
    if start is None:
        raise ValueError("no title: the leaflet needs a short first line naming its subject")
    title = found[start].text
    subject = phrasing.subject_of(title)
    before = tuple((b.line, b.text) for b in found[:start])
    sections = _sections(found[start + 1:], title)
    headed = _headed(sections, subject)
    bare = _ask_what_it_is(_said_once(_merge_repeated(
        [p for heading, body in sections
         for p in _section_pieces(heading, body, subject, headed)])), subject)
    defining = phrasing.what_is(subject)[0]
    bare = [_whom_it_is_of(p, defining) for p in bare]
    apart = english.words_apart(text)
    bare = [_read(p, apart) for p in bare]
    language = language or load_language()
    counts = _meaning_counts(bare, language)
    clues = _Clues(subject, _unique_rare_words(bare, subject, language, counts),
                   phrasing.tells_more_than_a_kind(language),
                   _particular(counts, len(bare), language), _restated(bare, subject, language))
    clues = clues._replace(shared=_shared_key_phrases(bare, clues))
    cues = [(*c, *a) for c, a in zip(_cues(bare, subject),
                                      _spelled_out(bare, names.acronyms(text)), strict=True)]
    claimed = {_key(q) for questions in cues for q in questions}
    asked = {k for p in bare for k in _keys(p.question)}  # no entry takes another's question
    pieces = tuple(_without(_with_key_phrases(p, (*c, *_meant(p.question)), clues),
                            (claimed | asked).difference(
                                [*(_key(q) for q in c), *_keys(p.question)]))
                   for p, c in zip(bare, cues, strict=True))
    if _said_singular(text, subject):
        pieces = tuple(_singular_verbs(p, subject) for p in pieces)
    pieces = tuple(_unbracketed(p._replace(
        question=_tidy(p.question), alternates=tuple(filter(None, map(_tidy, p.alternates)))))
        for p in pieces)
    articles = _Articles(text, subject)
    pieces = tuple(_articled(_named_thing(p, text), articles) for p in pieces)
    pieces = _asked_once(_how_common_asked(pieces, subject),
                         {q.lower() for q in phrasing.subject_aspects(subject)})
    pieces = _kinds_asked_once(pieces, phrasing.kind_phrasings(subject))
    pieces = _asked_again(pieces)
    pieces = tuple(_without_bare_subject(p, subject) for p in pieces)
    known = english.names(text)
    pieces = tuple(p._replace(question=english.with_names(p.question, known)) for p in pieces)
    read = english.unglued(text, apart)
    return Draft(subject, phrasing.tidy_title(title), pieces, before,
                 tuple(dict.fromkeys((*names.other_names(read, subject, title),
                                      *_said_of_people(subject, text)))),
                 (*names.acronyms(read), *names.glosses(read)))


_OF_PEOPLE = re.compile(r"^(.+?) (?:in|among|of) (?:\w+ )?(\w+)$")
_SEXES = frozenset("males females".split())
"""Words for people by sex that a title may say its subject of, besides :data:`PEOPLE`."""


def _said_of_people(subject: str, text: str) -> tuple[str, ...]:
    """The subject's name without the people its title says it of ("perineal injury in males"
    -> "perineal injury"), when the leaflet uses it alone: patients name what they have, not
    whom it happens to."""
    said = _OF_PEOPLE.match(subject)
    if said is None or said[2].lower() not in PEOPLE | _SEXES:
        return ()
    uses = len(re.findall(rf"\b{re.escape(said[1])}\b", text, re.I))
    return (said[1],) if uses > len(re.findall(rf"\b{re.escape(subject)}\b", text, re.I)) else ()


def _read(piece: Piece, apart: frozenset[str]) -> Piece:
    """The piece with its own part as the drafting reads it: with the dashes a copy of the
    leaflet lost put back (see :func:`faqbot._english.unglued`; ``apart``: the leaflet's
    words)."""
    own = english.unglued(piece.own or piece.answer, apart)
    return piece if own == (piece.own or piece.answer) else piece._replace(own=own)


_ANYONE = frozenset(("patient", "people", "person", "sufferer"))
"""Words for whoever has the subject: "heart attack patients" names no more than it."""


def _without_bare_subject(piece: Piece, subject: str) -> Piece:
    """The piece without alternates that name the subject and nothing else ("heart attack
    patients", from a paragraph that opens "Most heart attack patients ..."): they would draw
    every question about the subject alone, which the entry that says what it is answers."""
    if _bare_subject(piece.question, subject):
        return piece
    return piece._replace(alternates=tuple(a for a in piece.alternates
                                           if not _bare_subject(a, subject)))


def _bare_subject(phrase: str, subject: str) -> bool:
    words = {english.singular(w) for w in _words(phrase) if not english.grammar(w)}
    return bool(words & _ANYONE) and words <= phrasing.subject_words(subject) | _ANYONE


def _merge_repeated(pieces: list[Piece]) -> list[Piece]:
    """The pieces, each that asks the question of the one before it joined to it ("What are
    the symptoms of X?", a paragraph, then a sub-heading "Symptoms"): two entries asking the
    same question split every answer to it between them."""
    merged: list[Piece] = []
    for piece in pieces:
        if merged and piece.question.lower() == merged[-1].question.lower():
            before = _with_orphan(merged[-1], piece)
            merged[-1] = before._replace(alternates=phrasing.distinct(
                (*before.alternates, *piece.alternates), before.question))
        else:
            merged.append(piece)
    return merged


def _said_once(pieces: list[Piece]) -> list[Piece]:
    """The pieces without a later one whose answer an earlier one already gives word for word
    (a leaflet that says the same under two headings): the two would tie on every question;
    the earlier takes the later one's alternates."""
    kept: list[Piece] = []
    for piece in pieces:
        same = next((n for n, p in enumerate(kept) if p.answer == piece.answer), None)
        if same is None:
            kept.append(piece)
            continue
        earlier = kept[same]
        kept[same] = earlier._replace(alternates=phrasing.distinct(
            (*earlier.alternates, piece.question.lower().rstrip("?"), *piece.alternates),
            earlier.question))
    return kept


def _how_common_asked(pieces: Sequence[Piece], subject: str) -> tuple[Piece, ...]:
    """The pieces, the first whose question asks how common the subject is ("How many people
    are affected?") asked so in every set way, and those ways no other's."""
    owner = next((n for n, p in enumerate(pieces) if HOW_COMMON.match(p.question)), None)
    if owner is None:
        return tuple(pieces)
    common = phrasing.how_common(subject)
    keys = {_key(q) for q in common}
    kept = [p._replace(alternates=tuple(a for a in p.alternates if _key(a) not in keys))
            for p in pieces]
    mine = kept[owner]
    kept[owner] = mine._replace(alternates=phrasing.distinct((*mine.alternates, *common),
                                                             mine.question))
    return tuple(kept)


def _asked_once(pieces: Sequence[Piece], questions: set[str]) -> tuple[Piece, ...]:
    """The pieces with each of ``questions`` left only to the first that asks it, in any
    agreement ("how common are shingles", "how common is shingles")."""
    keys = {_key(q) for q in questions}
    seen: set[str] = set()
    kept: list[Piece] = []
    for piece in pieces:
        drop = seen & keys
        kept.append(piece._replace(alternates=tuple(a for a in piece.alternates
                                                    if _key(a) not in drop)))
        seen.update(_key(a) for a in piece.alternates)
    return tuple(kept)


def _kinds_asked_once(pieces: Sequence[Piece],
                      kinds: dict[str, tuple[str, ...]]) -> tuple[Piece, ...]:
    """The pieces without a kind's set alternates ("causes of X") where another entry asks
    that kind's question ("What causes X?"): a part of the kind ("Other Causes of X") would
    tie with it on every question about the kind."""
    asking = {_key(question) for question in kinds}  # "What causes a heart attack?" too
    asked = {_key(p.question) for p in pieces}
    taken = {_key(a) for question, said in kinds.items() if _key(question) in asked
             for a in said}
    return tuple(piece if _key(piece.question) in asking else piece._replace(
        alternates=tuple(a for a in piece.alternates if _key(a) not in taken))
        for piece in pieces)


def _asked_again(pieces: Sequence[Piece]) -> tuple[Piece, ...]:
    """The pieces, a later one that asks an earlier one's question ("What about X?" of a
    paragraph that opens with X) asked by its own first statement instead, or, under an
    "Overview" after the entry that says what the subject is, about that section, without the
    earlier one's alternates: the two would tie on every question about X."""
    kept: list[Piece] = []
    for piece in pieces:
        earlier = next((p for p in kept if p.question.lower() == piece.question.lower()), None)
        if earlier is None:
            kept.append(piece)
            continue
        theirs = {a.lower() for a in earlier.alternates}
        mine = tuple(a for a in piece.alternates if a.lower() not in theirs)
        own = next((a for a in mine if a.split()[0] in english.ASKING), "")
        if not own and piece.section != earlier.section and _overview(piece.section):
            own = f"what about the {phrasing.tidy_title(piece.section).lower()}"
        question = english.capital(own) + "?" if own else piece.question
        kept.append(piece._replace(question=question,
                                   alternates=phrasing.distinct(mine, question)))
    return tuple(kept)


def _overview(heading: str) -> bool:
    """Whether a heading says the section tells what the subject is ("Overview"): a second
    such section, after one that asked it, tells what its own text says, and asked "What is
    X?" again it would tie with the first on every question about what X is."""
    return _kind_name(heading, "") == "what is"


_NAMING = re.compile(r"^((?:what|who) (?:is|was) |what about |what happens during |"
                     r"why do I need )(.+?)((?: for)?\??)$", re.I)
"""Questions that name a thing, where English wants its article ("What is a biopsy?")."""
_AFTER_A_NAME = frozenset((*english.FUNCTION_WORDS, *english.VERBS, *english.ASKING))


_HOW_CAN_I = re.compile(r"^How can I (\w+) (\w[\w' -]*)\?$")


def _named_thing(piece: Piece, text: str) -> Piece:
    """The piece asked what a thing is when its heading, read as a verb ("Hearing Aids" -> "How
    can I hear aids?"), is a name the leaflet uses with an article ("a hearing aid")."""
    asked = _HOW_CAN_I.match(piece.question)
    heading = phrasing.tidy_title(piece.section)
    words = heading.split()
    if asked is None or len(words) < 2 or not words[0].lower().endswith("ing"):
        return piece
    name = " ".join(w.lower() for w in words)
    one = " ".join([*name.split()[:-1], english.singular(name.split()[-1])])
    if name.split()[1:] != asked[2].lower().split() or not re.search(
            rf"\b(?:a|an|the) {re.escape(one)}\b", text, re.I):
        return piece
    question = f"What {'are' if english.plural(name) else 'is'} {name}?"
    return piece._replace(question=question,
                          alternates=phrasing.distinct(piece.alternates, question))


def _articled(piece: Piece, said: _Articles) -> Piece:
    """The piece with the article the leaflet gives each thing its questions name: "What is
    blood test?" -> "What is a blood test?" where the leaflet says "a blood test", "what is
    small intestine" -> "what is the small intestine" where it says "the small intestine"."""
    return piece._replace(question=said.given(piece.question),
                          alternates=tuple(map(said.given, piece.alternates)))


class _Articles:
    """Which article the leaflet puts before a phrase, when it puts one more often than not."""

    def __init__(self, text: str, subject: str) -> None:
        self.text = text
        self.subject = subject.lower()

    def given(self, question: str) -> str:
        asked = _NAMING.match(question)
        if asked is None:
            return question
        phrase = asked[2]
        first = phrase.split()[0].lower()
        if (first in english.DETERMINERS or first in english.QUANTIFIERS or first in
                english.FUNCTION_WORDS or first in english.PRONOUNS or "'" in first
                or phrase.lower() == self.subject or not first[:1].isalpha()):
            return question
        article = self._article(phrase)
        return f"{asked[1]}{article} {phrase}{asked[3]}" if article else question

    def _article(self, phrase: str) -> str:
        counts: dict[str, int] = {}
        pattern = rf"(?<![\w'-])(?:(a|an|the) )?{re.escape(phrase)}(?![\w'-])(?=[ \t]*([\w'-]*))"
        for found in re.finditer(pattern, self.text, re.I):
            if found[2] and found[2].lower() not in _AFTER_A_NAME:
                continue  # "a blood pressure reading" names a reading
            said = (found[1] or "").lower()
            named = found[0].split()[:len(phrase.split())]
            if not said and all(w[:1].isupper() for w in named):
                continue  # a heading or a label ("Hiatal Hernia") names it without one
            if not said and _modified(self.text[:found.start()]):
                continue  # "a comprehensive dilated eye exam": its article is before the word
            counts[said] = counts.get(said, 0) + 1
        bare = counts.pop("", 0)
        if not counts or sum(counts.values()) <= bare:
            return ""
        return max(counts, key=lambda a: counts[a])


def _last_word(text: str) -> str:
    """The word a text ends with, before spaces or one line break: read from the end, as a
    search anchored at the end would read the whole text before it."""
    end = len(text) - 1 if text.endswith("\n") else len(text)
    end = len(text[:end].rstrip(" \t"))
    start = end
    while start and (text[start - 1].isalnum() or text[start - 1] in "_'-"):
        start -= 1
    return text[start:end]


def _modified(before: str) -> bool:
    """Whether the word before a phrase may be an adjective or a noun of the same phrase: a
    lowercase word that is neither a grammar word nor a verb."""
    word = _last_word(before)
    return word[:1].islower() and word not in _AFTER_A_NAME and not word.endswith("ly")


_MARKS = re.compile(r"(?<!\w)[*_]+(?=\w)|(?<=\w)[*_]+(?!\w)")
_TWICE = re.compile(r"\b(\w+) \1\b", re.I)
_DANGLING = frozenset("a an the and or of after before for with in on to at by from".split())
"""Words that cannot end a phrase that asks nothing ("feelings after a")."""


def _tidy(question: str) -> str:
    """A question without the leaflet's Markdown marks ("*most of these foods"), a word said
    twice where a template met the leaflet's words ("the the"), or, in a phrase that asks
    nothing, the grammar words left at its end where the subject was taken off a heading
    ("Feelings After a Heart Attack" -> "feelings")."""
    tidied = _TWICE.sub(r"\1", _MARKS.sub("", question))
    words = tidied.split()
    if not words or words[0].lower() in (*english.WH, *english.ASKING, *english.AUXILIARIES):
        return tidied
    while words and words[-1].lower().rstrip(",;:") in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(",;:")


_BRACKET = re.compile(r"\s*\(([^()]*)\)")
_ALIASED = re.compile(r"^((?:what|who) (?:is|are) |what about )(?:an? |the )?[^()]+ "
                      r"\(([^()]+)\)\??$", re.I)
_ALIAS = re.compile(r"(?:[A-Z]{2,6}s?|[A-Za-z][a-z]*(?:[-'][a-z]+)?)(?: [a-z]+(?:-[a-z]+)?)?")
"""What a bracket may give as another name: an acronym ("EKG"), or one or two plain words with
at most one dash each ("mini-stroke", "Prinzmetal's"); not a pronunciation
("ni-tro-glis-er-in", "toe FAY shus") or an aside ("or clinical trials")."""


def _alias(bracket: str) -> bool:
    return (_ALIAS.fullmatch(bracket) is not None
            and bracket.split()[0].lower() not in english.FUNCTION_WORDS)


def _unbracketed(piece: Piece) -> Piece:
    """The piece asked without the leaflet's brackets, which a patient never types ("What about
    nitroglycerin (ni-tro-glis-er-in)?" -> "What about nitroglycerin?"); one that gives another
    name stays in an alternate, and the named thing is asked about by it too ("What is
    transient ischemic attack (mini-stroke)?" -> "what is mini-stroke")."""
    aliased = _ALIASED.match(piece.question)
    also = (f"{aliased[1].lower()}{aliased[2]}",) if aliased and _alias(aliased[2]) else ()
    question = _BRACKET.sub("", piece.question)
    alternates = (*(_BRACKET.sub(_kept, a) for a in (piece.question, *piece.alternates)),
                  *also)
    return piece._replace(question=question, alternates=phrasing.distinct(alternates, question))


def _kept(bracket: re.Match[str]) -> str:
    return bracket[0] if _alias(bracket[1]) else ""


def _ask_what_it_is(pieces: list[Piece], subject: str) -> list[Piece]:
    """When no heading asks what the subject is, the first entry that says it ("Gout is a form
    of arthritis ...") under a heading of no known kind ("Sudden Joint Pain") is asked so."""
    question, alternates = phrasing.what_is(subject)
    if any(p.question.lower() == question.lower() for p in pieces):
        return pieces
    found = next((n for n, p in enumerate(pieces)
                  if phrasing.defines(first_sentence(p.answer), subject)), None)
    if found is None or phrasing.kind_of(pieces[found].section, subject) is not None:
        return pieces
    piece = pieces[found]
    asked = phrasing.distinct((piece.question, *piece.alternates, *alternates), question)
    return [*pieces[:found], piece._replace(question=question, alternates=asked),
            *pieces[found + 1:]]


def _whom_it_is_of(piece: Piece, question: str) -> Piece:
    """The entry that says what the subject is, also asked what it is in the groups of people
    its first paragraph says it touches ("RDS is a breathing disorder that affects newborns" ->
    "what is RDS in newborns"): patients name whose disease they ask about. Not one person ("an
    adult"), who is no group the disease is of. ``question`` asks what the subject is."""
    if piece.question.lower() != question.lower():
        return piece
    people = [w for w in re.findall(r"[a-z]+", piece.answer.split("\n\n")[0].lower())
              if w in PEOPLE and english.plural(w)]
    asked = tuple(f"{question.rstrip('?').lower()} in {w}" for w in dict.fromkeys(people))
    return piece._replace(alternates=phrasing.distinct((*piece.alternates, *asked),
                                                       piece.question))


def _kinds_headed(found: list[Block]) -> list[Block]:
    """The blocks, a title-case line whose label names a kind of section, alone over a
    paragraph ("Treatment: Relief Is Possible"), read as a heading: it opens that section,
    whatever the paragraph after it opens with."""
    return [titled(b) if b.kind == "paragraph" and n + 1 < len(found)
            and found[n + 1].kind == "paragraph" and phrasing.kind_of(titled_label(b.text), "")
            else b for n, b in enumerate(found)]


def _title_index(found: Sequence[Block]) -> int | None:
    headings = [i for i, b in enumerate(found)
                if b.kind == "heading" and phrasing.subject_of(b.text)]
    top = [i for i in headings if found[i].level == 1]
    first = top or headings
    return first[0] if first else None


def _sections(found: Sequence[Block], title: str) -> list[tuple[Block, list[Block]]]:
    """The leaflet's sections, each a heading and the blocks under it; a heading right under
    another ("What is X?", then "Swollen Joints") opens the first part of its section."""
    sections: list[tuple[Block, list[Block]]] = [(Block("heading", title, 1, 1), [])]
    for block in found:
        heading, body = sections[-1]
        deeper = 1 < heading.level < block.level
        opens = heading.level > 1 and not body
        if (block.kind == "heading" and not deeper and not opens
                and not _is_subheading(body, block.text)):
            sections.append((block, []))
        else:
            sections[-1][1].append(block)
    return [(heading, body) for heading, body in sections if body]


def _is_subheading(body: Sequence[Block], text: str = "") -> bool:
    """A heading right after a paragraph that ends with ':' names a part of what it introduces,
    and so do the headings after it ("You can change your diet:", "Oxalate Stones", a list,
    "Uric Acid Stones", a list); not a heading after a list such a paragraph introduced, unless
    it is written as those parts are ("Personal history", a paragraph that ends with ':' and
    its list, then "Inherited risk"); a heading that asks a question or opens a kind of section
    of its own ("Clinical Trials", not "Surgery") ends them."""
    intro = max((n for n, b in enumerate(body) if b.kind == "paragraph" and b.text.endswith(":")),
                default=None)
    if intro is not None and intro == len(body) - 1:
        return True
    if text.endswith("?") or phrasing.opens_a_kind(text):
        return False
    if intro is not None and body[intro + 1].kind == "heading":
        return True
    introduced = any(b.kind == "heading" and n and body[n - 1].kind == "paragraph"
                     and body[n - 1].text.endswith(":") for n, b in enumerate(body))
    parts = [b.text for b in body if b.kind == "heading"]
    return introduced and bool(text) and _written_alike([*parts, text])


def _written_alike(headings: Sequence[str]) -> bool:
    """Whether headings are written in the same case: all in title case ("Oxalate Stones") or
    all as sentences ("Family history of X"), single words aside."""
    return len({_title_case(h) for h in headings} - {None}) < 2


def _title_case(heading: str) -> bool | None:
    """Whether a heading's later words of more than three letters are capitalized (None when it
    has none), acronyms ("NSAIDs") aside."""
    later = [w for w in re.findall(r"[A-Za-z][\w'-]*", heading)[1:]
             if len(w) > 3 and not english.acronym(w)]
    return later[0][0].isupper() if later else None


def _headed(sections: Sequence[tuple[Block, list[Block]]], subject: str) -> frozenset[str]:
    """The questions the leaflet's headings ask, and the question of each kind of section a
    heading names ("What Are the Signs and Symptoms of X?" asks "What are the symptoms of
    X?" too): an overview that says a sentence of each kind leaves it to the section of that
    kind."""
    kinds = (phrasing.kind_of(heading.text, subject) for heading, _ in sections)
    return frozenset((*(phrasing.from_heading(heading.text, subject)[0] for heading, _ in sections),
                      *(phrasing.kind_question(k, subject) for k in kinds if k is not None)))


def _section_pieces(heading: Block, body: list[Block], subject: str,
                    headed: frozenset[str] = frozenset()) -> list[Piece]:
    pieces: list[Piece] = []
    intro = ""
    for group in _groups(body, subject):
        before = pieces[-1].answer if pieces else ""
        if group[0].kind == "paragraph" and group[-1].text.endswith(":"):
            intro = group[-1].text
        pieces.extend(_group_pieces(heading.text, group, subject, not pieces, before, intro,
                                    headed))
    return _merge_orphans(pieces)


def _groups(body: list[Block], subject: str) -> list[list[Block]]:
    """Paragraphs and sub-headings, each with the list (or paragraph) that follows them."""
    groups: list[list[Block]] = []
    for block in (part for b in body for part in _split_long(b, subject)):
        after_heading = bool(groups) and groups[-1][-1].kind == "heading"
        if (block.kind == "item" and groups) or after_heading:
            groups[-1].append(block)
        else:
            groups.append([block])
    return groups


def _split_long(block: Block, subject: str) -> list[Block]:
    """A long paragraph split before each sentence that starts to explain a new thing ("Uric
    acid is a substance ..."), not the subject: a patient asks about that on its own."""
    if block.kind != "paragraph" or len(block.text.split()) <= LONG_ANSWER_WORDS:
        return [block]
    parts: list[list[str]] = [[]]
    for sentence in _SENTENCE_END.split(block.text):
        if parts[-1] and phrasing.opens_definition(sentence, subject):
            parts.append([])
        parts[-1].append(sentence)
    return [block._replace(text=" ".join(p)) for p in parts]


def _group_pieces(heading: str, group: list[Block], subject: str, first: bool,
                  before: str = "", intro: str = "",
                  headed: frozenset[str] = frozenset()) -> list[Piece]:
    items = [b for b in group if b.kind == "item"]
    line = group[0].line
    if group[0].kind == "heading":
        sub = group[0].text
        question, alternates = phrasing.from_subheading(sub, heading, subject, intro)
        if first:
            question, alternates = _asked_first(heading, subject, question, alternates)
        whole = Piece(heading, _answer(group[1:]), question, alternates, line)
    elif first:
        question, alternates = phrasing.from_heading(heading, subject)
        if phrasing.names_a_cause(heading, first_sentence(group[0].text), subject):
            question, alternates = phrasing.from_label(heading, "Causes", subject)
        whole = Piece(heading, _answer(group), question, alternates, line)
    else:
        whole = _paragraph_piece(heading, group, _answer(group), subject, before, headed)
    if not whole.answer or not _splits(items) or phrasing.sums_up(heading, subject):
        return [whole] if whole.answer else []
    own = _answer(b for b in group if b.kind == "paragraph")
    return [whole._replace(own=own), *(_item_piece(heading, item, subject) for item in items)]


def _asked_first(heading: str, subject: str, question: str,
                 alternates: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """A section that opens with a sub-heading ("What is X?", then "Swollen Joints") asks its
    own question of its first part, which answers it; the sub-heading's question joins the
    alternates."""
    asked, others = phrasing.from_heading(heading, subject)
    return asked, phrasing.distinct((*others, question, *alternates), asked)


def _paragraph_piece(heading: str, group: list[Block], answer: str, subject: str,
                     before: str, headed: frozenset[str] = frozenset()) -> Piece:
    """A later paragraph of a section, asked about by its topic; one that leans on the text
    ``before`` it (its topic is a pronoun, the subject itself, or "the X" just mentioned) is
    marked to join the entry before it, and so is one about what the heading names ("A
    mini-stroke ..." under "Transient Ischemic Attack (Mini-Stroke)"), one after a sentence
    that says too little alone ("Metabolic syndrome is the name for a group of risk
    factors ...") and one about a thing the text before has just named; each keeps its
    question for when the two together are too long for one answer."""
    lead = group[0].text if group[0].kind == "paragraph" else answer
    label = _paragraph_label(lead)
    if label:
        return Piece(heading, answer, *phrasing.from_label(label, heading, subject), group[0].line)
    sentence = english.dashed(first_sentence(lead))
    asked = phrasing.new_kind(sentence, heading, subject)
    if asked is not None and asked[0] not in headed:
        return Piece(heading, answer, asked[0], asked[1], group[0].line)
    asked = phrasing.for_group(sentence, heading, subject)
    if asked is not None and _heads_the_leaflet(asked[1][0], headed):
        return Piece(heading, answer, "", (), group[0].line, guessed=True)
    if asked is not None:
        return Piece(heading, answer, asked[0], asked[1], group[0].line)
    asked = (phrasing.one_of_a_kind(sentence, subject) or phrasing.aim_of(sentence, heading,
                                                                          subject)
             or phrasing.from_sentence(sentence, subject))
    if (asked is None or phrasing.refers_back(sentence, subject, before)
            or _goes_on(asked[0], before, answer, sentence)
            or _only_a_kind(asked[0], subject)
            or _about_no_thing(asked[0]) or _about_one_person(asked[0])
            or _about_a_kind(asked[0], subject)):
        return Piece(heading, answer, "", (), group[0].line, guessed=True)
    named = phrasing.names_the_heading(sentence, heading, subject)
    scant = (bool(before) and len(before.split()) <= _ONE_SENTENCE
             and not phrasing.opens_definition(sentence, subject))
    return Piece(heading, answer, asked[0], asked[1], group[0].line,
                 guessed=named or scant or _named_before(asked[0], before))


_ABOUT = re.compile(r"^What about (?:an? |the )?(.+)\?$")


def _named_before(question: str, before: str) -> bool:
    """Whether a paragraph asked "What about X?" goes on about an X the text before it has just
    named ("Plasmapheresis is usually continued ..." after a list that says what it is)."""
    about = _ABOUT.match(question)
    return about is not None and re.search(rf"\b{re.escape(about[1])}\b", before, re.I) is not None


def _about_no_thing(question: str) -> bool:
    """Whether a question asks "What about ...?" of words that name no thing: a verb, an
    adverb or a grammar word comes first ("What about sometimes doctors?", "What about call
    911 for emergency?")."""
    if not question.startswith("What about "):
        return False
    first = question.split()[2].lower()
    return first not in english.ARTICLES and (
        first in english.FUNCTION_WORDS or first in english.VERBS
        or first in english.IMPERATIVES)


_ONE_PERSON = re.compile(r"^What about the ([\w'-]+)\?$")


def _about_one_person(question: str) -> bool:
    """Whether a question asks about one person the text before has spoken of ("What about
    the infant?" of "The infant also may have pauses in breathing"): the paragraph goes on
    with what that text says."""
    named = _ONE_PERSON.match(question)
    return named is not None and english.singular(named[1].lower()) in PEOPLE | _ANYONE


def _about_a_kind(question: str, subject: str) -> bool:
    """Whether a paragraph's topic is a kind of section, of the subject at most, and nothing
    more ("Your doctor may prescribe medicines to control certain risk factors" -> "What about
    medicines?", "What about signs and symptoms of iron deficiency?"): asked so, it would draw
    every question about that kind from the section about it."""
    named = _ABOUT.match(question)
    words = {english.singular(w) for w in _words(named[1])
             if not english.grammar(w)} if named else set()
    subject_words = {p for w in phrasing.subject_words(subject) for p in w.split("-")}
    return bool(words & phrasing.kind_words()) and words <= phrasing.kind_words() | subject_words


def _only_a_kind(question: str, subject: str) -> bool:
    """Whether a statement asked as a question names nothing but the subject, its people and
    a kind of section ("Do most heart attack patients have all of the symptoms?"): it would
    draw every question about that kind ("heart attack signs") from the entry of the kind."""
    words = {english.singular(w) for w in _words(question) if not english.grammar(w)}
    kinds = phrasing.kind_words()
    named = phrasing.subject_words(subject) | _ANYONE | kinds
    asks = question.split()[0].lower() in english.ASKING
    return asks and bool(words & kinds) and len(words - named) <= 1


def _heads_the_leaflet(phrase: str, headed: frozenset[str]) -> bool:
    """Whether a heading of the leaflet already asks about ``phrase`` ("depression in older
    adults"): the whole leaflet speaks of that group, so a paragraph about it is not about a
    group of its own."""
    return any(phrase.lower() in question.lower() for question in headed)


_FOR_A_CASE = re.compile(r"^For (?!example\b|instance\b|more\b)([^,.;:]{3,80}), ")
"""A sentence that opens with the case it tells of ("For hereditary forms of X, genetic
testing may be used ..."): it goes on with its section's question for that case."""


def _for_a_case(sentence: str) -> bool:
    """Whether a sentence opens with a case that is not a group of people ("For pregnant
    women, ..." asks what it says of them)."""
    case = _FOR_A_CASE.match(sentence)
    head = re.split(r" (?:of|with|who|that|in) ", case[1].lower())[0].split() if case else []
    return bool(head) and english.singular(head[-1]) not in PEOPLE | _ANYONE


def _goes_on(question: str, before: str, answer: str, sentence: str = "") -> bool:
    """Whether a paragraph that opens with a case ("If a biopsy does not give a clear
    diagnosis, ...") goes on with what the text before it says, and joins it: a patient asks
    the section's question, not the case; unless the two together are long and the text
    before says more than a sentence."""
    return ((question.startswith("What if ") or _for_a_case(sentence)) and bool(before)
            and (len(f"{before} {answer}".split()) <= LONG_ANSWER_WORDS
                 or len(before.split()) <= _ONE_SENTENCE))


_ONE_SENTENCE = 25
"""The most words of an answer that says too little alone for the paragraph after it to be
an entry of its own."""


def _paragraph_label(text: str) -> str:
    """The label a paragraph opens with, a few words with no verb before a full stop
    ("Urinalysis. Urinalysis involves testing a urine sample."), or "": the paragraph is
    about what it names, as a labelled list item is. Not advice ("Maintain a healthy
    weight."), which the sentences after it explain."""
    label = _LABEL.match(_plain(text))
    if label is None or label.group(0)[len(label.group(1))] != ".":
        return ""
    words = _BRACKETS.sub("", label.group(1)).split()
    if (len(words) > _MAX_LABEL_WORDS or phrasing.has_verb(label.group(1))
            or words[-1].isdigit() or english.grammar(words[0])
            or words[0].lower() in english.IMPERATIVES):
        return ""
    return label.group(1)


def _splits(items: Sequence[Block]) -> bool:
    """A list is split into an entry per item when its items are labelled ('Surgery: ...') or
    whole sentences long enough to be asked about on their own; not items that finish the
    sentence that introduced them ("suspect shingles if" / "the rash is only on one side")."""
    return bool(items) and all(
        _LABEL.match(_plain(i.text))
        or (len(i.text.split()) >= _MIN_SPLIT_ITEM_WORDS and i.text[:1].isupper())
        for i in items
    )


def _plain(text: str) -> str:
    """Text without Markdown emphasis ("**Surgery**: ..." -> "Surgery: ...")."""
    return _EMPHASIS.sub(r"\1", text)


def _item_piece(heading: str, item: Block, subject: str) -> Piece:
    label = _LABEL.match(_plain(item.text))
    if label and len(_BRACKETS.sub("", label.group(1)).split()) <= _MAX_LABEL_WORDS:
        question, alternates = phrasing.from_label(label.group(1), heading, subject)
        return Piece(heading, item.text, question, alternates, item.line, listed=True)
    asked = phrasing.from_item(first_sentence(item.text), heading, subject)
    if asked is None:
        return Piece(heading, item.text, "", (), item.line, guessed=True, listed=True)
    return Piece(heading, item.text, asked[0], asked[1], item.line, listed=True)


def _merge_orphans(pieces: list[Piece]) -> list[Piece]:
    """A paragraph no question could be written for joins the entry before it; after a list
    split into an entry per item, it joins the entry that introduced the list, as it speaks of
    them all ("Other treatments can be surgically removed.")."""
    merged: list[Piece] = []
    for piece in pieces:
        into = _joined(merged, piece)
        own = (piece.question or _own_question(piece)) if piece.guessed and merged else ""
        if own and len(f"{merged[into].answer} {piece.answer}".split()) > LONG_ANSWER_WORDS:
            merged.append(piece._replace(question=own, guessed=False))
        elif piece.guessed and merged:
            merged[into] = _with_orphan(merged[into], piece)
        elif piece.guessed:
            question, alternates = phrasing.from_heading(piece.section, "")
            merged.append(piece._replace(question=question, alternates=alternates))
        else:
            merged.append(piece)
    return merged


def _joined(merged: list[Piece], piece: Piece) -> int:
    """Which entry an orphan paragraph or list item joins: the one before it, or the one that
    introduced the list it belongs to or follows."""
    if not merged or not (piece.listed or merged[-1].listed):
        return len(merged) - 1
    return max((n for n, p in enumerate(merged) if not p.listed), default=len(merged) - 1)


def _with_orphan(target: Piece, piece: Piece) -> Piece:
    """``target`` with an orphan's text: an item of the list it quotes already counts as its
    own text (its key phrases become alternates) without being quoted twice."""
    own = (f"{target.own or target.answer}\n\n{piece.own or piece.answer}"
           if target.own or piece.own else "")
    if piece.listed and f"\u2022 {piece.answer}" in target.answer:
        return target._replace(own=own)
    return target._replace(answer=f"{target.answer}\n\n{piece.answer}", own=own)


def _own_question(piece: Piece) -> str:
    """A question for a paragraph that leans on the one before, from its first statement that
    can be asked ("Shingles is very common." -> "Is shingles very common?")."""
    for sentence in _sentences(piece)[:2]:
        asked = phrasing.yes_no_question(sentence) or phrasing.wh_question(sentence)
        if asked:
            return english.capital(asked) + "?"
    return ""


def _meaning_counts(pieces: Sequence[Piece], language: Language) -> dict[str, int]:
    """For each meaning (see :func:`faqbot._english.meanings`), how many entries' own texts
    hold it."""
    counts: dict[str, int] = {}
    for piece in pieces:
        for meaning in {m for _w, m in english.meanings(piece.own or piece.answer, language)}:
            counts[meaning] = counts.get(meaning, 0) + 1
    return counts


_RESTATED = 0.8
"""The share of a summary sentence's meanings one other entry must hold for the sentence to say
again what that entry says."""


def _restated(pieces: Sequence[Piece], subject: str,
              language: Language) -> Callable[[str], bool]:
    held = [_content_meanings(p.answer, language) for p in pieces
            if not phrasing.sums_up(p.section, subject)]

    def restated(sentence: str) -> bool:
        mine = _content_meanings(sentence, language)
        return bool(mine) and any(len(mine & other) >= _RESTATED * len(mine) for other in held)

    return restated


def _content_meanings(text: str, language: Language) -> set[str]:
    return {m for w, m in english.meanings(text, language) if not english.grammar(w)}


_ITEM_SPREAD = 0.1
"""A list item whose every word this share of the entries (or more than two) speaks of is no
clue to one of them ("reflux", in a leaflet about reflux)."""


def _particular(counts: dict[str, int], entries: int,
                language: Language) -> Callable[[str], bool]:
    most = max(2.0, _ITEM_SPREAD * entries)

    def particular(item: str) -> bool:
        found = [counts.get(m, 0) for w, m in english.meanings(item, language)
                 if not english.grammar(w)]
        return not found or min(found) <= most

    return particular


def _unique_rare_words(pieces: Sequence[Piece], subject: str, language: Language,
                       counts: dict[str, int]) -> frozenset[str]:
    """Rare words (see :func:`faqbot._english.rare`) whose meaning one entry's own text alone
    holds: "vaccination" is no clue to an entry when others speak of the vaccine, nor a word that
    stands for a general facet of any question ("involve" means affect) or a kind of fact
    (:data:`_FACTS`), nor one that means what
    a set question asks ("a camera transmits images" is no answer to "is it contagious"; only a
    sentence its cue knows gives that question)."""
    texts = [piece.own or piece.answer for piece in pieces]
    named = {m for _w, m in english.meanings(subject, language)}
    asked = {m for cue in CUES for q in cue.questions
             for _w, m in english.meanings(q.format(s=""), language)}
    return frozenset(w for text in texts for w, m in english.meanings(text, language)
                     if counts[m] == 1 and m not in named and english.rare(w)
                     and not english.adverb(w)
                     and language.kind(m) not in _GENERAL and m not in asked
                     and m not in _FACTS)


_GENERAL = (FACET, INTENT, RELATION)
"""Kinds of concepts any question may have, whatever its topic."""
_FACTS = frozenset(("quantity", "frequency", "duration", "cost", "normal_range", "own_results",
                    "prognosis", "success", "comparison", "death"))
"""Aspects (see the language's ``aspects``) that ask for a fact, a figure or an outcome: a
word for one in an entry ("take every dose", "improves survival") is no clue that it gives it,
and alone as an alternate it drew "what is the survival rate" and "if I forget a dose"."""


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z'-]+", text.lower())


def _answer(group: Iterable[Block]) -> str:
    parts: list[str] = []
    for block in group:
        if block.kind == "item":
            parts.append(f"\u2022 {block.text}")
        elif parts:
            parts.append(f"\n{block.text}")
        else:
            parts.append(block.text)
    return "\n".join(parts)


def first_sentence(text: str) -> str:
    return _SENTENCE_END.split(text, maxsplit=1)[0]


def _notes(d: Draft) -> list[str]:
    notes: list[str] = []
    for piece in d.pieces:
        words = len(piece.answer.split())
        if not piece.alternates:
            notes.append(f"line {piece.line}: {piece.question!r} has no alternates; add the ways "
                         "patients ask it")
        if piece.question.startswith("What about "):
            notes.append(f"line {piece.line}: {piece.question!r} was written from the first words "
                         "of the text; say what a patient would ask")
        if words > LONG_ANSWER_WORDS:
            notes.append(f"line {piece.line}: {piece.question!r} has a long answer ({words} "
                         "words); consider splitting it")
    notes += [f"line {line}: left out: {text!r}" for line, text in d.left_out]
    return notes


FALLBACK = (
    "I'm sorry, I can't answer that from the information I have. Please ask your doctor or "
    "another health professional, who can give you advice about your own situation."
)
URGENT = (
    "This sounds like it could be an emergency. Call your local emergency number now (for "
    "example 911 in the US, 999 in the UK or 112 in Europe) or go to the nearest emergency "
    "department. If you are thinking about harming yourself, call your local crisis line or "
    "emergency number now."
)
SMALLTALK = {
    "greeting": "Hello! I can answer questions about {s}. What would you like to know?",
    "thanks": "You're welcome. Is there anything else you would like to know about {s}?",
    "goodbye": "Goodbye, and take care.",
    "identity": "I'm an FAQ bot, not a doctor: I answer questions about {s} using one patient "
                "information sheet. I give information, not medical advice.",
    "help": "Ask me a question in your own words, for example \"what are the symptoms?\". I can "
            "answer questions about these topics: {{topics}}.",
}
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\u2028\u2029\ufeff]")
"""Characters a YAML block cannot hold: such an answer is written quoted, with escapes."""
_ID_NOISE = frozenset(
    "what when how why who where which is are do does can should will the a an of about for "
    "i my me to be".split()
)


def to_yaml(d: Draft, leaflet: str = "the leaflet") -> str:
    """The draft as faq.yaml text, with a header saying where it comes from and how to check it."""
    lines = [
        f"# The {_comment(d.title)} FAQ, drafted by `faqbot draft` from {_comment(leaflet)}.",
        "# Every answer is the leaflet's own sentences: check with",
        f"#   faqbot check --faq THIS-FILE --source {_comment(leaflet)}",
        "# Review each question, add the ways patients ask it to 'alternates', then test it",
        "# with faqbot coverage.",
        "",
        *_subject_lines(d),
        f"title: {_quote(d.title)}",
        *_vocabulary_lines(d),
        "",
        f"fallback: {_quote(FALLBACK)}",
        f"urgent: {_quote(URGENT)}",
        "smalltalk:",
        *(f"  {key}: {_quote(text.format(s=d.subject))}" for key, text in SMALLTALK.items()),
        "",
        "entries:",
    ]
    for entry_id, piece in zip(_ids(d.pieces), d.pieces, strict=True):
        lines += _entry_lines(entry_id, piece)
    return "\n".join(lines) + "\n"


def _subject_lines(d: Draft) -> list[str]:
    if not d.aliases:
        return [f"subject: {_quote(d.subject)}"]
    return ["subject:", f"  name: {_quote(d.subject)}",
            f"  aliases: [{', '.join(map(_quote, d.aliases))}]"]


def _vocabulary_lines(d: Draft) -> list[str]:
    if not d.vocabulary:
        return []
    said: dict[str, list[str]] = {}
    for term, words in d.vocabulary:
        said.setdefault(term, []).append(words)
    return ["vocabulary:  # the leaflet's acronyms and the plain words it gives for terms",
            *(f"  {_quote(term)}: [{', '.join(map(_quote, words))}]"
              for term, words in said.items())]


def _entry_lines(entry_id: str, piece: Piece) -> list[str]:
    lines = [f"  - id: {_plain_id(entry_id)}", f"    section: {_quote(piece.section)}",
             f"    question: {_quote(piece.question)}"]
    if piece.alternates:
        lines.append("    alternates:")
        lines += [f"      - {_quote(a)}" for a in piece.alternates]
    if _UNPRINTABLE.search(piece.answer):
        return [*lines, f"    answer: {_quote(piece.answer)}", ""]
    lines.append("    answer: |-")
    lines += [f"      {line}" if line else "" for line in piece.answer.splitlines()]
    return [*lines, ""]


def _plain_id(entry_id: str) -> str:
    """An id as written, or quoted when YAML would read it as something else than text (an id
    of digits alone, "0", is a number; "yes" and "no" are booleans)."""
    import yaml

    return entry_id if yaml.safe_load(entry_id) == entry_id else _quote(entry_id)


def _ids(pieces: Sequence[Piece]) -> list[str]:
    ids: list[str] = []
    for piece in pieces:
        words = re.findall(r"[a-z0-9]+", piece.question.lower())
        base = "-".join([w for w in words if w not in _ID_NOISE][:5]) or "entry"
        entry_id, n = base, 2
        while entry_id in ids:
            entry_id, n = f"{base}-{n}", n + 1
        ids.append(entry_id)
    return ids


def _comment(text: str) -> str:
    return " ".join(_UNPRINTABLE.sub("?", text).split())


def _quote(text: str) -> str:
    """A double-quoted YAML string; characters YAML does not allow raw (DEL, C1 controls, lone
    surrogates) are escaped, the rest kept as written."""
    import json

    return _NOT_YAML.sub(lambda m: f"\\u{ord(m[0]):04x}", json.dumps(text, ensure_ascii=False))


_NOT_YAML = re.compile("[\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
