"""A conversation with scripted replies for three questions, shared by the chat and screen tests."""

from __future__ import annotations

import pytest

from faqbot import FAQBot, Reply, Suggestion
from faqbot.chat import Conversation

AMBIGUOUS = "lumps"  # scripted: an answer with "did you mean" suggestions
NO_MATCH = "what causes lumps under the skin"  # scripted: a fallback offering the closest topics
NOTHING_CLOSE = "is it contagious"  # scripted: a fallback with nothing close


def suggest(bot: FAQBot, *ids: str) -> tuple[Suggestion, ...]:
    return tuple(Suggestion(i, bot.faq.entry(i).question) for i in ids)


def scripted_conversation(bot: FAQBot, monkeypatch: pytest.MonkeyPatch) -> Conversation:
    """A conversation whose bot gives fixed replies to three questions, so these tests hold
    whichever suggestions the matcher makes today; every other question gets the real bot."""
    script = {
        AMBIGUOUS: Reply("answer", bot.faq.entry("what-is-calcinosis").answer, AMBIGUOUS,
                         "what-is-calcinosis", 80.0,
                         suggest(bot, "where-it-occurs", "causes", "symptoms")),
        NO_MATCH: Reply("fallback", bot.faq.fallback, NO_MATCH, None, 60.0,
                        suggest(bot, "symptoms", "causes", "biopsy")),
        NOTHING_CLOSE: Reply("fallback", bot.faq.fallback, NOTHING_CLOSE),
    }
    ask = bot.ask
    monkeypatch.setattr(bot, "ask", lambda text: script.get(text) or ask(text))
    return Conversation(bot)
