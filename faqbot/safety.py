"""Spot emergencies and small talk before any matching is done.

Emergencies and crises are :mod:`faqbot.redflags`; small talk is data (``data/smalltalk.yaml``)
matched on the folded text (lowercase ASCII words).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from faqbot import redflags
from faqbot.language import data_path

if TYPE_CHECKING:
    from faqbot.message import Message
from faqbot.text import fold_words, split_question

_NAME = re.compile(r"\{([a-z_]+)\}")
_LETTERS = re.compile(r"[a-z]+")
_ORDER = ("greeting", "goodbye", "thanks", "identity", "help", "more")
"""The kinds of small talk, in the order they are tried."""


class SmallTalk(NamedTuple):
    """Small talk's patterns (from ``data/smalltalk.yaml``, described at its top), expanded."""

    kinds: Mapping[str, str]
    """Kind -> the pattern a whole message of that kind matches, in the order they are tried."""
    leading_greeting: str
    """A greeting in front of a question ("hi there, ")."""
    aside: str
    """Endearments and kisses ("thanks love", "bye x"), set aside to recognise small talk."""
    fillers: str
    """Words that may lead any small talk ("ok", "lovely")."""
    words: frozenset[str]
    """Every word of a small-talk message is one of these; other messages skip the patterns."""
    greeting_words: frozenset[str]
    read_as: frozenset[str]
    """Small talk's words and those set aside before it is matched (endearments, kisses,
    fillers; and a letter or two of the patterns' syntax, which costs nothing here)."""


@lru_cache(maxsize=1)
def smalltalk_rules() -> SmallTalk:
    """The shipped small talk (read once per process)."""
    with open(data_path("smalltalk.yaml"), "rb") as file:
        return parse_smalltalk(file.read())


def parse_smalltalk(data: bytes) -> SmallTalk:
    """Small talk from the bytes of a file in the form of ``data/smalltalk.yaml``."""
    import yaml

    from faqbot._yaml import safe_loader

    raw: dict[str, Any] = yaml.load(data, Loader=safe_loader())
    words: dict[str, str] = raw["words"]
    kinds = {kind: _expand(raw["kinds"][kind], words) for kind in _ORDER}
    leading_greeting = _expand(raw["leading_greeting"], words)
    aside, fillers = raw["aside"], raw["fillers"]
    said = frozenset(_LETTERS.findall(" ".join(kinds.values())))
    return SmallTalk(
        kinds=kinds, leading_greeting=leading_greeting, aside=aside, fillers=fillers, words=said,
        greeting_words=frozenset(_LETTERS.findall(leading_greeting)),
        read_as=said.union(_LETTERS.findall(aside + fillers)),
    )


def smalltalk_state(found: SmallTalk) -> tuple[Any, ...]:
    """The small talk as plain data for the start-up cache (see :func:`smalltalk_from_state`):
    its sets as tuples, since marshal sorts a set's items as it writes them."""
    return tuple(tuple(f) if isinstance(f, frozenset) else f for f in found)


def smalltalk_from_state(state: tuple[Any, ...]) -> SmallTalk:
    """The :class:`SmallTalk` that :func:`smalltalk_state` describes."""
    fields: list[Any] = [frozenset(f) if isinstance(f, tuple) else f for f in state]
    return SmallTalk(*fields)


def _expand(pattern: str, words: Mapping[str, str]) -> str:
    """``pattern`` with each {name} of ``words`` written out (names may use names)."""
    while True:
        expanded = _NAME.sub(lambda m: words.get(m.group(1), m.group(0)), pattern)
        if expanded == pattern:
            return pattern
        pattern = expanded


def _words(text: str) -> str:
    return fold_words(text)


def is_urgent(text: str) -> bool:
    """True when the text describes an emergency or a crisis that needs help now (the red flags
    of :mod:`faqbot.redflags`)."""
    return redflags.assess(text) is not None


def smalltalk_kind(text: str, rules: SmallTalk | None = None) -> str | None:
    """Which small-talk reply fits (greeting, thanks, goodbye, identity, help, more), or None
    (``rules`` default to the shipped ones)."""
    question, context = split_question(text)
    return _smalltalk(text, _words(text), question, context, rules or smalltalk_rules())


def smalltalk_of(message: Message, rules: SmallTalk) -> str | None:
    """:func:`smalltalk_kind` for a message already read (its words are not folded again)."""
    return _smalltalk(message.text, message.words, message.asking, message.context, rules)


def whole_smalltalk_of(message: Message, rules: SmallTalk) -> str | None:
    """The kind of small talk the whole message is ("sorry for all the questions, thank you so
    much"), or None; unlike :func:`smalltalk_of`, not the kind of its last sentence alone."""
    return _whole_smalltalk(message.text, rules, message.words)


def _smalltalk(text: str, words: str, question: str, context: str,
               rules: SmallTalk) -> str | None:
    kind = _whole_smalltalk(text, rules, words)
    if kind is not None:
        return kind
    if not context or ("?" in context and _whole_smalltalk(context, rules) is None):
        return None
    return _whole_smalltalk(question, rules)


def _whole_smalltalk(text: str, rules: SmallTalk, folded: str | None = None) -> str | None:
    folded = folded or _words(text)
    if not _may_be_smalltalk(folded, rules):
        return None
    words = _compiled(rules.fillers).sub("", _compiled(rules.aside).sub("", folded).strip())
    if not words:
        return "help" if text.strip() == "?" else None
    if not rules.words.issuperset(words.split()):
        return None
    for kind, pattern in rules.kinds.items():
        if _compiled(pattern).match(words):
            return kind
    return None


def _may_be_smalltalk(folded: str, rules: SmallTalk) -> bool:
    """False when a word is neither one of small talk's nor one set aside (an endearment, a kiss,
    a filler): then no pattern can match, and a long message is not run through them."""
    # A loop rather than a set difference: a long message stops at its first other word.
    read_as = rules.read_as
    return all(word in read_as or not word.strip("x") for word in folded.split())


def strip_greeting(text: str, rules: SmallTalk | None = None) -> str:
    """The question without a leading "hi there," so "hello, what is calcinosis" can be matched
    (``rules`` default to the shipped ones)."""
    words = _words(text)
    rules = rules or smalltalk_rules()
    if words.split(" ", 1)[0] not in rules.greeting_words:
        return text
    stripped = _compiled(rules.leading_greeting).sub("", words, count=1)
    return stripped if stripped != words else text


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """Compiled on first use, one pattern at a time: "hi" needs only the greeting's pattern."""
    return re.compile(pattern)
