"""Check that every answer is made of the source document's own sentences, word for word.

Sentences and list items are compared after folding whitespace and list bullets; nothing else is
forgiven except the document's known typos (``KNOWN_TYPOS``), which answers may correct.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from faqbot.faq import FAQ

KNOWN_TYPOS = {"i diabetes": "diabetes"}
_BULLET = re.compile(r"^\s*(?:[\u2022\u25cf\u25aa*\-]|\d+[.)])\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+")
_STANDALONE = re.compile(r"^\s{0,3}(?:#{1,6}\s|=+\s*$|-{3,}\s*$)")


class Problem(NamedTuple):
    """One piece of an answer that is not in the source."""

    entry: str
    text: str

    def __str__(self) -> str:
        return f"entry {self.entry!r}: not in the source document: {self.text!r}"


def units(text: str, *, wrapped: bool = True, headed: bool = False) -> list[str]:
    """The sentences and list items of ``text``, whitespace and bullets folded; with
    ``wrapped``, a paragraph's lines are read as one (a sentence may wrap); with ``headed``,
    also without its first line, which may be a heading with its text right under it."""
    found: list[str] = []
    lines = _paragraph_lines(text, headed) if wrapped else text.splitlines()
    for line in lines:
        line = _BULLET.sub("", line)
        found.extend(" ".join(part.split()) for part in _SENTENCE_END.split(line))
    return [unit for unit in found if unit]


def _paragraph_lines(text: str, headed: bool = False) -> list[str]:
    """The lines of ``text`` with each run of wrapped lines joined: a line continues the one
    before unless either is blank or a Markdown heading or rule, or it starts a list item, or
    it follows a list item without being indented; with ``headed``, each run of several lines
    is also given without its first."""
    runs: list[list[str]] = []
    previous = ""
    in_item = False
    for line in text.splitlines():
        if _continues(previous, line, in_item):
            runs[-1].append(line.strip())
        else:
            runs.append([line])
            in_item = bool(_BULLET.match(line))
        previous = line
    joined = [" ".join(run) for run in runs]
    return joined + [" ".join(run[1:]) for run in runs if len(run) > 1] if headed else joined


def _continues(previous: str, line: str, in_item: bool) -> bool:
    if not (previous.strip() and line.strip()) or _BULLET.match(line):
        return False
    if _STANDALONE.match(previous) or _STANDALONE.match(line):
        return False
    return not in_item or line[:1].isspace()


def source_units(source: str) -> frozenset[str]:
    """The source's sentences and list items, with its known typos corrected as well as kept."""
    corrected = source
    for typo, fix in KNOWN_TYPOS.items():
        corrected = corrected.replace(typo, fix)
    return frozenset(
        unit for text in (source, corrected) for wrapped in (True, False)
        for unit in units(text, wrapped=wrapped, headed=wrapped)
    )


def check(faq: FAQ, source: str) -> list[Problem]:
    """Every answer sentence of ``faq`` that is not a sentence of ``source``."""
    allowed = source_units(source)
    return [
        Problem(entry.id, unit)
        for entry in faq.entries
        for unit in _unmatched(entry.answer, allowed)
    ]


def _unmatched(answer: str, allowed: frozenset[str]) -> list[str]:
    """The answer's sentences that are not the source's, read with wrapped lines joined; an
    answer whose every line is one of the source's (a heading kept above its paragraph) passes
    too."""
    missing = [unit for unit in units(answer) if unit not in allowed]
    if missing and all(unit in allowed for unit in units(answer, wrapped=False)):
        return []
    return missing
