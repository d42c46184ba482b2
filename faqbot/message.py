"""A patient's message, read once: its words, the sentence that asks, and the rest.

Safety checks, small talk and matching all work from the same :class:`Message`, so a "Hi, " in
front or a story before the question is handled the same way by every stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from faqbot.safety import strip_greeting
from faqbot.text import fold_words, split_question

if TYPE_CHECKING:
    from faqbot.safety import SmallTalk


class Message(NamedTuple):
    """One message as the bot reads it."""

    text: str
    """As received."""
    words: str
    """Every word of the whole message, case and accents folded, one space apart."""
    question: str
    """The sentence that asks, without a greeting in front ("Hi, what is gout?")."""
    context: str = ""
    """The other sentences: a story before the question, a remark after it."""
    asking: str = ""
    """The sentence that asks, as written (greeting and all)."""

    @property
    def question_words(self) -> str:
        return fold_words(self.question)

    @property
    def context_words(self) -> str:
        return fold_words(self.context)


def read_message(text: str, smalltalk: SmallTalk | None = None) -> Message:
    """Read ``text`` once into a :class:`Message` (``smalltalk`` says what greeting may lead
    it; default: the shipped small talk)."""
    question, context = split_question(text)
    return Message(text, fold_words(text), strip_greeting(question, smalltalk), context, question)
