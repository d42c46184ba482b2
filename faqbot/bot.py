"""The bot: safety checks, small talk, then matching, giving one :class:`Reply` per question."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Literal, NamedTuple

from faqbot import _cache, redflags, safety
from faqbot.concepts import Analysis
from faqbot.faq import FAQ, Entry, parse_faq_bytes, read_faq
from faqbot.matching import Matcher, Ranking

Kind = Literal["answer", "fallback", "smalltalk", "urgent", "crisis"]

DEFAULT_THRESHOLD = 72.0
"""Lowest score answered with an entry; below it the bot falls back (faq.yaml may override)."""
NEAR_MARGIN = 12.0
"""An entry within this many points of the best is offered as "did you mean"."""
SUGGEST_FLOOR = 35.0
"""After a fallback, entries scoring at least this are offered as the closest topics."""
MAX_SUGGESTIONS = 3


class Suggestion(NamedTuple):
    """Another entry the user may have meant."""

    id: str
    question: str


class Reply(NamedTuple):
    """The bot's reply to one question."""

    kind: Kind
    text: str
    question: str
    id: str | None = None
    score: float | None = None
    suggestions: tuple[Suggestion, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The reply as JSON-ready data, with exactly the keys kind, text, id, score, question
        and suggestions."""
        return {
            "kind": self.kind,
            "text": self.text,
            "id": self.id,
            "score": self.score,
            "question": self.question,
            "suggestions": [{"id": s.id, "question": s.question} for s in self.suggestions],
        }


class FAQBot:
    """Answers questions from one FAQ. Build it once and call :meth:`ask` for every question."""

    def __init__(
        self,
        faq: FAQ,
        threshold: float | None = None,
        *,
        analyses: Mapping[str, Analysis] | None = None,
    ) -> None:
        self.faq = faq
        self.threshold = _first(threshold, faq.threshold, DEFAULT_THRESHOLD)
        self.matcher = Matcher(faq.entries, analyses)

    @classmethod
    def load(
        cls, path: str | os.PathLike[str] | None = None, *, threshold: float | None = None
    ) -> FAQBot:
        """A bot for the FAQ file at ``path`` (default: the bundled faq.yaml).

        What it builds from the file is cached (see ``faqbot._cache``), so start-up is fast.
        """
        name, data = read_faq(path)
        cached = _cache.lookup(name, data)
        if cached is not None:
            return cls(cached.faq, threshold, analyses=cached.analyses)
        bot = cls(parse_faq_bytes(data, name), threshold)
        _cache.store(data, bot.faq, bot.matcher.analyses())
        return bot

    def ask(self, text: str) -> Reply:
        """Reply to one question; any string gets a reply."""
        flag = redflags.assess(text)
        if flag is not None:
            return Reply(flag.kind, self._flag_text(flag.kind), text)
        kind = safety.smalltalk_kind(text)
        if kind is not None:
            return Reply("smalltalk", self._smalltalk(kind), text)
        return self._decide(text, self.rank(safety.strip_greeting(text)))

    def rank(self, text: str, limit: int = 5) -> Ranking:
        """The entries ranked for ``text``, with the reason an answer is blocked, if any."""
        return self.matcher.rank(text, limit)

    def answer(self, entry_id: str, question: str = "") -> Reply:
        """The reply for one entry, as when a user picks a suggestion; ``KeyError`` if unknown."""
        entry = self.faq.entry(entry_id)
        return Reply("answer", entry.answer, question or entry.question, entry.id, 100.0)

    def related(self, entry_id: str, limit: int = 3) -> tuple[Suggestion, ...]:
        """Up to ``limit`` follow-up questions: the other entries of the same section, then the
        first entry of each following section, so a patient can walk from symptoms to diagnosis
        to treatment."""
        entry = self.faq.entry(entry_id)
        sections = list(self.faq.sections().values())
        here = next(i for i, group in enumerate(sections) if entry in group)
        same = [e for e in sections[here] if e.id != entry_id]
        onward = [group[0] for group in sections[here + 1 :] + sections[:here]]
        return tuple(_suggestion(e) for e in [*same, *onward][:limit])

    def _decide(self, text: str, ranking: Ranking) -> Reply:
        best = ranking.best
        if best is None or ranking.blocked or best.score < self.threshold:
            score = best.score if best else None
            near = [m.entry for m in ranking.matches if m.score >= SUGGEST_FLOOR]
            return Reply("fallback", self.faq.fallback, text, None, score, _suggestions(near))
        floor = max(best.score - NEAR_MARGIN, SUGGEST_FLOOR)
        near = [m.entry for m in ranking.matches[1:] if m.score >= floor]
        return Reply("answer", best.entry.answer, text, best.entry.id, best.score,
                     _suggestions(near))

    def _flag_text(self, kind: redflags.FlagKind) -> str:
        return self.faq.crisis if kind == "crisis" else self.faq.urgent

    def _smalltalk(self, kind: str) -> str:
        reply = self.faq.smalltalk[kind]
        if "{topics}" in reply:
            reply = reply.replace("{topics}", ", ".join(self.faq.sections()))
        return reply


def _suggestion(entry: Entry) -> Suggestion:
    return Suggestion(entry.id, entry.question)


def _suggestions(entries: list[Entry]) -> tuple[Suggestion, ...]:
    return tuple(_suggestion(e) for e in entries[:MAX_SUGGESTIONS])


def _first(*values: float | None) -> float:
    for value in values:
        if value is not None:
            return value
    raise ValueError("no threshold given")
