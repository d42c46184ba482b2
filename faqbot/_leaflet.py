"""A leaflet's structure: its title, headings, paragraphs and lists, read from plain text or
Markdown. Pure: text in, blocks out; :mod:`faqbot.draft` turns the blocks into FAQ entries."""

from __future__ import annotations

import re
from typing import NamedTuple

_BULLET = re.compile(r"^\s*(?:[\u2022\u25cf\u25aa\u2023\u2043*+\-]|\d{1,2}[.)])\s+")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_EMPHASIS = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*:?\s*$")
_LABELLED_LINE = re.compile(r"^[A-Z][\w'/&() -]{0,40}?: +[A-Z]")
"""A line that is a labelled item without a bullet ("Rest: Avoid long walks.")."""
_UNDERLINE = re.compile(r"^\s*(=+|-{3,})\s*$")
_URL = re.compile(r"https?://|www\.", re.I)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
_OPEN_ENDS = frozenset(
    "include includes including with if you are is as of to for and or the a an such by from into "
    "on in at about like than whether when because".split()
)
"""Last words that leave a line unfinished."""
_MAX_HEADING_WORDS = 9
_SHORT_LINE = 0.6
"""A line this much shorter than the next is not a wrapped line of the same paragraph."""
_MAX_QUESTION_HEADING_WORDS = 15


class Block(NamedTuple):
    """A piece of the leaflet: a ``heading`` (with its ``level``, 1 for the title), a
    ``paragraph`` or a list ``item``; ``line`` is where it starts (1-based)."""

    kind: str
    text: str
    line: int
    level: int = 0


def blocks(text: str) -> list[Block]:
    """The leaflet's headings, paragraphs and list items, in order."""
    found: list[Block] = []
    for start, lines in _chunks(text.splitlines()):
        found.extend(_chunk_blocks(lines, start))
    found = [_introduction(b) if _introduces(found, i) else b for i, b in enumerate(found)]
    return [titled(b) if _labels_what_follows(found, i) else b for i, b in enumerate(found)]


_TITLED_LABEL = re.compile(r"^([A-Z][\w'-]*): (?:[A-Z][\w'-]*|a|an|the|of|and|in|for|to)"
                           r"(?: (?:[A-Z][\w'-]*|a|an|the|of|and|in|for|to))+$")
"""A short line in title case after a one-word label ("Tinnitus: A Common Symptom")."""


def _labels_what_follows(found: list[Block], index: int) -> bool:
    """A title-case line with a label, alone, that names what the paragraph after it opens
    with ("Tinnitus: A Common Symptom", then "Tinnitus, also common ...") is a heading, not a
    sentence of the text before it."""
    block = found[index]
    following = found[index + 1] if index + 1 < len(found) else None
    label = titled_label(block.text)
    return (block.kind == "paragraph" and bool(label) and following is not None
            and following.kind == "paragraph"
            and following.text.lower().startswith(label.lower()))


def titled_label(text: str) -> str:
    """The one-word label of a short line in title case ("Treatment" for "Treatment: Relief Is
    Possible"), or ""."""
    match = _TITLED_LABEL.match(text)
    return match[1] if match else ""


def titled(block: Block) -> Block:
    """The block as a heading of a section."""
    return block._replace(kind="heading", level=2)


def _introduces(found: list[Block], index: int) -> bool:
    """A heading-like line that ends mid-sentence ("Other symptoms can include") and comes
    right before a list is that list's introduction, not a heading."""
    block = found[index]
    following = found[index + 1] if index + 1 < len(found) else None
    last = block.text.split()[-1].lower() if block.text.split() else ""
    return (block.kind == "heading" and block.level > 1 and following is not None
            and following.kind == "item" and last in _OPEN_ENDS)


def _introduction(block: Block) -> Block:
    return block._replace(kind="paragraph", level=0)


def _chunks(lines: list[str]) -> list[tuple[int, list[str]]]:
    """Runs of non-blank lines, each with the number of its first line."""
    chunks: list[tuple[int, list[str]]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if chunks and chunks[-1][0] + len(chunks[-1][1]) == number:
            chunks[-1][1].append(line)
        else:
            chunks.append((number, [line]))
    return chunks


def _chunk_blocks(lines: list[str], start: int, headed: bool = False) -> list[Block]:
    """The blocks of a run of non-blank lines; once ``headed`` (its first line was a heading),
    the next line is not one too: `faqbot check` reads one heading over the text under it."""
    if not headed and _opens_with_heading(lines):
        return [Block("heading", lines[0].strip(), start, 2),
                *_chunk_blocks(lines[1:], start + 1, headed=True)]
    if len(lines) > 1 and all(_LABELLED_LINE.match(line) for line in lines):
        return [Block("item", line.strip(), start + n) for n, line in enumerate(lines)]
    found: list[Block] = []
    pending: list[str] = []
    for offset, line in enumerate(lines):
        if _UNDERLINE.match(line):
            found.extend(_underlined(pending, line, start + offset - len(pending)))
            pending = []
            continue
        heading = _markdown_heading(line)
        bullet = _BULLET.match(line)
        if heading or bullet:
            found.extend(_paragraph(pending, start + offset - len(pending)))
            pending = []
        if heading:
            found.append(Block("heading", heading[1], start + offset, heading[0]))
        elif bullet and line[bullet.end():].strip():
            found.append(Block("item", line[bullet.end():].strip(), start + offset))
        elif bullet:
            continue
        elif found and found[-1].kind == "item" and line[:1].isspace() and not pending:
            last = found.pop()
            found.append(last._replace(text=f"{last.text} {line.strip()}"))
        else:
            pending.append(line)
    found.extend(_paragraph(pending, start + len(lines) - len(pending)))
    return found


def _opens_with_heading(lines: list[str]) -> bool:
    """A heading with its text on the very next line ("What causes it?" then "The most common
    cause ..."), told from a wrapped line of a paragraph by asking a question or being much
    shorter than the line after it, which starts a sentence of its own."""
    if len(lines) < 2 or _BULLET.match(lines[0]) or _MD_HEADING.match(lines[0]):
        return False
    first, second = lines[0].strip(), lines[1].strip()
    if not looks_like_heading(first) or not second[:1].isupper() or _UNDERLINE.match(second):
        return False
    return first.endswith("?") or len(first) < _SHORT_LINE * len(second)


def _underlined(pending: list[str], line: str, first: int) -> list[Block]:
    """A line of '=' or '-' under one line makes it a heading; under more, or none, it is a rule."""
    if len(pending) != 1:
        return _paragraph(pending, first)
    level = 1 if line.strip().startswith("=") else 2
    return [Block("heading", pending[0].strip(), first, level)]


def _markdown_heading(line: str) -> tuple[int, str] | None:
    match = _MD_HEADING.match(line)
    if match:
        return len(match.group(1)), match.group(2)
    match = _MD_EMPHASIS.match(line)
    return (2, match.group(2).strip()) if match else None


def _paragraph(lines: list[str], line: int) -> list[Block]:
    if not lines:
        return []
    text = " ".join(part.strip() for part in lines)
    kind = "heading" if len(lines) == 1 and looks_like_heading(text) else "paragraph"
    return [Block(kind, text, line, 2 if kind == "heading" else 0)]


def looks_like_heading(text: str) -> bool:
    """A short line alone, not ending like a sentence (a question is a heading too), with no
    web address or label ('Source: ...')."""
    words = text.split()
    if not words or _URL.search(text) or _SENTENCE_BREAK.search(text) or not text[0].isupper():
        return False
    if text.endswith("?"):
        return len(words) <= _MAX_QUESTION_HEADING_WORDS
    if len(words) > _MAX_HEADING_WORDS:
        return False
    return not text.endswith((".", "!", ":", ";", ",")) and (
        ": " not in text or len(text.split(": ", 1)[0].split()) > 1)
