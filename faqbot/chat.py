"""A conversation with the bot: turns, numbered choices and commands, with no terminal in sight.

The terminal chat (:mod:`faqbot.repl`), or any other front end, shows the :class:`Output` of a turn.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Sized
from typing import Literal, NamedTuple

from faqbot.bot import FAQBot, Reply, Suggestion
from faqbot.faq import Entry
from faqbot.safety import smalltalk_kind

OutputKind = Literal[
    "answer", "fallback", "smalltalk", "urgent", "crisis",  # a reply from the bot
    "welcome", "help", "topics", "notice", "error", "quit", "empty",  # from the conversation
]

DID_YOU_MEAN = "Did you mean"
RELATED = "Related questions"
CLOSEST = "Closest topics"
QUIT_WORDS = frozenset({"/quit", "quit", "exit", "/exit"})
COMMANDS = ("/help", "/topics", "/quit")

_NUMBER = re.compile(r"#?(\d{1,6})[.)]?")


# Named tuples rather than frozen dataclasses, like the bot's Reply: as immutable and as easy to
# compare, and importing dataclasses (which imports inspect) would slow every piped chat.


class Choice(NamedTuple):
    """One numbered question the user can pick by typing its number."""

    number: int
    id: str
    question: str


class ChoiceGroup(NamedTuple):
    """Numbered choices under one label, such as "Did you mean" or a section of the FAQ."""

    label: str
    choices: tuple[Choice, ...]


class Output(NamedTuple):
    """What to show after one turn: the text, the numbered choices and whether to leave."""

    kind: OutputKind
    text: str = ""
    groups: tuple[ChoiceGroup, ...] = ()
    hint: str = ""
    quit: bool = False
    reply: Reply | None = None
    source: str = ""
    """Where an answer comes from, in one line (see :func:`provenance`)."""
    heading: str = ""
    """A title above the text: the welcome names what the FAQ is about."""

    @property
    def choices(self) -> tuple[Choice, ...]:
        return tuple(choice for group in self.groups for choice in group.choices)


class Conversation:
    """One user's conversation: remembers the numbered choices last offered.

    :meth:`turn` never raises (unless ``reraise``): an error becomes an ``error`` output.
    """

    def __init__(self, bot: FAQBot, *, reraise: bool = False) -> None:
        self.bot = bot
        self.reraise = reraise
        self.choices: tuple[Choice, ...] = ()

    def turn(self, text: str) -> Output:
        """Answer one line the user typed."""
        try:
            output = self._turn(text)
        except Exception as exc:
            # The one place a catch-all belongs: one bad turn must not end the conversation,
            # and the message still names the error, so nothing is hidden.
            if self.reraise:
                raise
            return _error(exc)
        if output.kind not in ("empty", "help", "notice", "welcome"):
            self.choices = output.choices
        return output

    def welcome(self) -> Output:
        """The greeting shown once when the conversation starts."""
        faq = self.bot.faq
        text = (f"I answer {_count(faq.entries, 'question')} about {faq.subject.label}, in "
                f"{_count(faq.sections(), 'topic')}, from a patient information sheet.\n"
                "I give information, not medical advice: for your own situation, ask your doctor.")
        hint = "Ask in your own words. /topics lists every question, /help explains more, " \
               "/quit leaves."
        heading = f"faqbot · questions about {faq.subject.label}"
        return Output("welcome", text, hint=hint, heading=heading)

    def completions(self, text: str, limit: int = 8) -> tuple[str, ...]:
        """FAQ questions (or commands) that the typed text may be heading for, best first."""
        # rapidfuzz is imported here, not at the top: piped chats never complete, and start faster.
        from rapidfuzz import utils

        typed = text.strip()
        if typed.startswith("/"):
            return tuple(c for c in COMMANDS if c.startswith(typed.lower()))
        entries = self.bot.faq.entries
        if not utils.default_process(typed):
            return tuple(e.question for e in entries[:limit])
        scored = [(_completion_score(typed, e), i, e.question) for i, e in enumerate(entries)]
        best = sorted((-score, i, q) for score, i, q in scored if score >= _COMPLETION_FLOOR)
        return tuple(q for _, _, q in best[:limit])

    def _turn(self, text: str) -> Output:
        words = " ".join(text.split())
        if not words:
            return Output("empty")
        if words.lower() in QUIT_WORDS or smalltalk_kind(words, self.bot.smalltalk) == "goodbye":
            return self._quit()
        if words.startswith("/"):
            return self._command(words.lower())
        number = _NUMBER.fullmatch(words)
        if number:
            return self._pick(int(number.group(1)))
        return self._reply(self.bot.ask(text))

    def _command(self, command: str) -> Output:
        if command == "/help":
            return Output("help", HELP)
        if command == "/topics":
            return self._topics()
        return Output("notice", f"There is no command {command!r}. The commands are "
                      f"{', '.join(COMMANDS)}.")

    def _quit(self) -> Output:
        return Output("quit", self.bot.faq.smalltalk.get("goodbye", "Goodbye."), quit=True)

    def _topics(self) -> Output:
        groups, number = [], 1
        for section, entries in self.bot.faq.sections().items():
            groups.append(ChoiceGroup(section, _numbered(entries, number)))
            number += len(entries)
        return Output("topics", "Every question I can answer, by section:", tuple(groups),
                      hint="Type a number to read that answer.")

    def _pick(self, number: int) -> Output:
        if not self.choices:
            return Output("notice", "There is nothing numbered to pick just now. Ask a question "
                          "in your own words, or type /topics to list them all.")
        if not 1 <= number <= len(self.choices):
            return Output("notice", f"There is no choice {number}: type a number from 1 to "
                          f"{len(self.choices)}, or ask a question.")
        choice = self.choices[number - 1]
        return self._reply(self.bot.answer(choice.id, choice.question))

    def _reply(self, reply: Reply) -> Output:
        if reply.kind == "answer" and reply.id is not None:
            groups = _groups((DID_YOU_MEAN, reply.suggestions), (RELATED, reply.follow_ups))
            return Output("answer", reply.text, groups, reply=reply, source=provenance(reply))
        if reply.kind == "fallback":
            groups = _groups((CLOSEST, reply.suggestions))
            hint = "" if groups else "Type /topics to see every question I can answer."
            return Output("fallback", reply.text, groups, hint=hint, reply=reply)
        # Urgent and crisis replies stand alone: nothing may distract from them.
        return Output(reply.kind, reply.text, reply=reply)


HELP = """\
Ask a question in your own words, for example "what are the symptoms?".
When questions are listed with numbers, type a number to read that answer.
Commands:
  /topics  every question I can answer, by section
  /help    this help
  /quit    leave (quit and exit work too)"""

_COMPLETION_FLOOR = 70.0


def _completion_score(typed: str, entry: Entry) -> float:
    # The canonical question is what gets inserted, so a hit on it beats one on an alternate.
    from rapidfuzz import fuzz, utils

    def score(phrasing: str) -> float:
        return fuzz.partial_ratio(typed, phrasing, processor=utils.default_process)

    return max(score(entry.question) + 5, *(score(a) for a in entry.alternates))


def _numbered(items: Sequence[Entry | Suggestion], start: int) -> tuple[Choice, ...]:
    return tuple(Choice(start + i, item.id, item.question) for i, item in enumerate(items))


def _groups(*labelled: tuple[str, tuple[Suggestion, ...]]) -> tuple[ChoiceGroup, ...]:
    groups, number = [], 1
    for label, suggestions in labelled:
        if suggestions:
            groups.append(ChoiceGroup(label, _numbered(suggestions, number)))
            number += len(suggestions)
    return tuple(groups)


def _count(items: Sized, noun: str) -> str:
    return f"{len(items)} {noun}{'' if len(items) == 1 else 's'}"


def _error(exc: Exception) -> Output:
    detail = " ".join(f"{type(exc).__name__}: {exc}".split())
    return Output("error", f"Sorry, something went wrong with that ({detail}). "
                  "Please try again, or ask in other words.")


def provenance(reply: Reply) -> str:
    """Where an answer comes from: the leaflet, its section and the date it was reviewed, as
    far as the FAQ says; "" for anything but an answer."""
    if reply.kind != "answer":
        return ""
    source = reply.source
    parts = [f'"{source.title}"'] if source else []
    if reply.section:
        parts.append(f'section "{reply.section}"')
    if source and source.reviewed:
        parts.append(f"reviewed {source.reviewed}")
    if source and source.url:
        parts.append(source.url)
    return f"Source: {', '.join(parts)}" if parts else ""


def render_plain(output: Output) -> str:
    """The output as plain text, one choice per line, for scripts and pipes; "" shows nothing."""
    lines = [output.text] if output.text else []
    if output.source:
        lines.append(output.source)
    for group in output.groups:
        lines.append(_heading(group.label))
        lines.extend(f"  {c.number}. {c.question}" for c in group.choices)
    if output.hint:
        lines.append(output.hint)
    return "\n".join(lines)


def _heading(label: str) -> str:
    return label if label[-1:] in "?:!." else f"{label}:"
