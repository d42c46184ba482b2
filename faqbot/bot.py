"""The bot: safety checks, small talk, then matching, giving one :class:`Reply` per question."""

from __future__ import annotations

import os
from typing import Any, Literal, NamedTuple

from faqbot import _cache, redflags, safety
from faqbot._gc import paused_gc
from faqbot.acceptance import Acceptance, load_acceptance
from faqbot.faq import FAQ, Entry, Source, parse_faq_bytes, read_faq
from faqbot.language import Language, load_language
from faqbot.matching import Matcher, Ranking
from faqbot.message import read_message

Kind = Literal["answer", "fallback", "smalltalk", "urgent", "crisis"]

DEFAULT_THRESHOLD = 72.0
"""Lowest score answered with an entry; below it the bot falls back (faq.yaml may override)."""
NEAR_MARGIN = 18.0
"""An entry within this many points of the best is offered as "did you mean"."""
EXACT_MARGIN = 5.0
"""After an exact match, only entries this close are offered as "did you mean"."""
SUGGEST_FLOOR = 35.0
"""After a fallback, entries scoring at least this are offered as the closest topics."""
MAX_SUGGESTIONS = 3
MAX_FOLLOW_UPS = 3
MAX_MESSAGE = 10_000
"""Only the first this-many characters of a message are read (ten times what the web API
accepts): the red flags read all of them, matching the first ``faqbot.text.MAX_CHARS``. So the
work for one message is bounded, however long it is."""


class Suggestion(NamedTuple):
    """Another entry the user may have meant."""

    id: str
    question: str


class Reply(NamedTuple):
    """The bot's reply to one question: everything a screen shows, so that every screen shows
    the same. An answer also carries its section, the follow-up questions to offer and the
    leaflet it quotes (``source``, when the FAQ names one)."""

    kind: Kind
    text: str
    question: str
    id: str | None = None
    score: float | None = None
    suggestions: tuple[Suggestion, ...] = ()
    ranking: Ranking | None = None
    """What the matcher ranked, for reports and benchmarks (not part of the JSON)."""
    section: str = ""
    follow_ups: tuple[Suggestion, ...] = ()
    source: Source | None = None

    def to_dict(self) -> dict[str, Any]:
        """The reply as JSON-ready data, with exactly the keys kind, text, id, score, question,
        suggestions, section, follow_ups and source (``null``, or title, url and reviewed, each
        ``null`` when unknown)."""
        return {
            "kind": self.kind,
            "text": self.text,
            "id": self.id,
            "score": self.score,
            "question": self.question,
            "suggestions": [{"id": s.id, "question": s.question} for s in self.suggestions],
            "section": self.section,
            "follow_ups": [{"id": s.id, "question": s.question} for s in self.follow_ups],
            "source": _source_dict(self.source),
        }


class FAQBot:
    """Answers questions from one FAQ. Build it once and call :meth:`ask` for every question."""

    def __init__(
        self,
        faq: FAQ,
        threshold: float | None = None,
        *,
        language: Language | None = None,
        matcher: Matcher | None = None,
        red_flags: redflags.Rules | None = None,
        smalltalk: safety.SmallTalk | None = None,
        accepting: Acceptance | None = None,
    ) -> None:
        """A bot for ``faq``; ``language`` defaults to the shipped language data, ``matcher``
        may be one already built for this FAQ (from the start-up cache), and ``accepting`` is
        the model that decides answers scored near the threshold (default: the shipped one,
        read when first needed)."""
        self.faq = faq
        self.threshold = _first(threshold, faq.threshold, DEFAULT_THRESHOLD)
        self.matcher = matcher or Matcher(faq, language or load_language())
        self.red_flags = red_flags or redflags.rules()
        self.smalltalk = smalltalk or safety.smalltalk_rules()
        self._sections = tuple(tuple(group) for group in faq.sections().values())
        """The entries by section, grouped once: every answer's follow-ups read them."""
        self._accepting = accepting

    @property
    def acceptance(self) -> Acceptance:
        """The model that decides whether a best entry near the threshold is given."""
        if self._accepting is None:
            self._accepting = load_acceptance()
        return self._accepting

    @classmethod
    def load(
        cls, path: str | os.PathLike[str] | None = None, *, threshold: float | None = None
    ) -> FAQBot:
        """A bot for the FAQ file at ``path`` (default: the bundled faq.yaml).

        What it builds from the file is cached (see ``faqbot._cache``), so start-up is fast.
        """
        name, data = read_faq(path)
        with paused_gc():  # what is built here lives as long as the bot: no garbage to find
            cached = _cache.lookup(name, data)
            if cached is not None:
                return cls(cached.faq, threshold, matcher=cached.matcher,
                           red_flags=cached.red_flags, smalltalk=cached.smalltalk)
            bot = cls(parse_faq_bytes(data, name), threshold)
            _cache.store(data, bot)
        return bot

    def prepare(self) -> None:
        """Do now what the first questions would otherwise pay for: compile every red-flag
        pattern, index the words a typo may be corrected to, import rapidfuzz. A long-lived
        process (``faqbot serve``) calls it once at start-up; one question needs none of it."""
        redflags.prepare(self.red_flags)
        self.matcher.prepare()

    def ask(self, text: str) -> Reply:
        """Reply to one question; any string gets a reply. Only its first MAX_MESSAGE
        characters are read."""
        message = read_message(text[:MAX_MESSAGE], self.smalltalk)
        # A message of small talk alone ("sorry for all the questions, thank you so much") is
        # read by the red-flag patterns, not the models, which learnt farewells from messages
        # in crisis; a goodbye is read by both ("I'm done. Goodbye.").
        whole = safety.whole_smalltalk_of(message, self.smalltalk)
        flag = redflags.assess_with(message.text, self.red_flags,
                                    second_look=whole in (None, "goodbye"))
        if flag is not None:
            return Reply(flag.kind, self._flag_text(flag.kind), text)
        kind = safety.smalltalk_of(message, self.smalltalk)
        if kind is not None:
            return Reply("smalltalk", self._smalltalk(kind), text)
        ranking = self.matcher.rank_parts(message.question, message.context)
        return self._decide(text, ranking, self._accepts(message.text, ranking))

    def rank(self, text: str, limit: int = 5) -> Ranking:
        """The entries ranked for ``text``, with the reason an answer is blocked, if any (read as
        :meth:`ask` reads it: the asking sentence without its greeting, and the context)."""
        message = read_message(text[:MAX_MESSAGE], self.smalltalk)
        return self.matcher.rank_parts(message.question, message.context, limit=limit)

    def answer(self, entry_id: str, question: str = "") -> Reply:
        """The reply for one entry, as when a user picks a suggestion; ``KeyError`` if unknown."""
        return self._answered(self.faq.entry(entry_id), question, 100.0, ())

    def related(self, entry_id: str, limit: int = 3) -> tuple[Suggestion, ...]:
        """Up to ``limit`` follow-up questions: the other entries of the same section, then the
        first entry of each following section, so a patient can walk from symptoms to diagnosis
        to treatment."""
        entry = self.faq.entry(entry_id)
        sections = self._sections
        here = next(i for i, group in enumerate(sections) if entry in group)
        same = [e for e in sections[here] if e.id != entry_id]
        onward = [group[0] for group in sections[here + 1 :] + sections[:here]]
        return tuple(_suggestion(e) for e in [*same, *onward][:limit])

    def _accepts(self, text: str, ranking: Ranking) -> bool:
        """Whether the best entry of ``ranking`` answers the message ``text``: it scores well
        above the threshold, or near it and the acceptance model, weighing what else the ranking
        shows, finds it likely right (see :mod:`faqbot.acceptance`)."""
        best = ranking.best
        if best is None or ranking.blocked:
            return False
        over = best.score - self.threshold
        model = self.acceptance
        return model.accepts(over, self.matcher.evidence(text, ranking) if model.decides(over)
                             else None)

    def _decide(self, text: str, ranking: Ranking, accepted: bool) -> Reply:
        best = ranking.best
        if best is None or not accepted:
            score = best.score if best else None
            near = [m.entry for m in ranking.nearby or ranking.matches if m.score >= SUGGEST_FLOOR]
            return Reply("fallback", self.faq.fallback, text, None, score, _suggestions(near),
                         ranking)
        # An exact match (100) needs no "did you mean" but for another near-exact one.
        margin = NEAR_MARGIN if best.score < 100 else EXACT_MARGIN
        floor = max(best.score - margin, SUGGEST_FLOOR)
        near = [m.entry for m in ranking.matches[1:] if m.score >= floor]
        return self._answered(best.entry, text, best.score, _suggestions(near), ranking)

    def _answered(self, entry: Entry, question: str, score: float,
                  suggestions: tuple[Suggestion, ...], ranking: Ranking | None = None) -> Reply:
        """The answer of ``entry`` with its section, source and follow-ups: the related
        questions not already offered as "did you mean"."""
        shown = {entry.id, *(s.id for s in suggestions)}
        related = self.related(entry.id, limit=MAX_FOLLOW_UPS + len(shown))
        follow_ups = tuple(s for s in related if s.id not in shown)[:MAX_FOLLOW_UPS]
        return Reply("answer", entry.answer, question or entry.question, entry.id, score,
                     suggestions, ranking, entry.section, follow_ups, self.faq.source)

    def _flag_text(self, kind: redflags.FlagKind) -> str:
        return self.faq.crisis if kind == "crisis" else self.faq.urgent

    def _smalltalk(self, kind: str) -> str:
        reply = self.faq.smalltalk[kind]
        if "{topics}" in reply:
            reply = reply.replace("{topics}", ", ".join(self.faq.sections()))
        return reply


def _source_dict(source: Source | None) -> dict[str, str | None] | None:
    # null, not "", for what the FAQ does not say: a client tests one thing.
    return {key: value or None for key, value in source._asdict().items()} if source else None


def _suggestion(entry: Entry) -> Suggestion:
    return Suggestion(entry.id, entry.question)


def _suggestions(entries: list[Entry]) -> tuple[Suggestion, ...]:
    return tuple(_suggestion(e) for e in entries[:MAX_SUGGESTIONS])


def _first(*values: float | None) -> float:
    for value in values:
        if value is not None:
            return value
    raise ValueError("no threshold given")
