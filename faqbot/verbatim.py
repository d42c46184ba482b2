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


class Problem(NamedTuple):
    """One piece of an answer that is not in the source."""

    entry: str
    text: str

    def __str__(self) -> str:
        return f"entry {self.entry!r}: not in the source document: {self.text!r}"


def units(text: str) -> list[str]:
    """The sentences and list items of ``text``, whitespace and bullets folded."""
    found: list[str] = []
    for line in text.splitlines():
        line = _BULLET.sub("", line)
        found.extend(" ".join(part.split()) for part in _SENTENCE_END.split(line))
    return [unit for unit in found if unit]


def source_units(source: str) -> frozenset[str]:
    """The source's sentences and list items, with its known typos corrected as well as kept."""
    corrected = source
    for typo, fix in KNOWN_TYPOS.items():
        corrected = corrected.replace(typo, fix)
    return frozenset(units(source)) | frozenset(units(corrected))


def check(faq: FAQ, source: str) -> list[Problem]:
    """Every answer sentence of ``faq`` that is not a sentence of ``source``."""
    allowed = source_units(source)
    return [
        Problem(entry.id, unit)
        for entry in faq.entries
        for unit in units(entry.answer)
        if unit not in allowed
    ]
