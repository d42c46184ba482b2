"""What text every match of a regular expression contains: a cheap test that a pattern cannot
match a text, made without running the pattern over it."""

from __future__ import annotations

import re
import sys
from functools import cache
from typing import Any, TypeAlias

_parser: Any = getattr(re, "_parser", None) or sys.modules["sre_parse"]
"""The parser of Python's ``re``, imported with it: ``re._parser`` from Python 3.11,
``sre_parse`` before (importing that name warns from 3.11)."""

Needs: TypeAlias = "str | tuple[str, tuple[Needs, ...]] | None"
"""A string every match contains; ("all", needs) or ("any", needs); None for nothing known."""
_SHORTEST = 3
"""Shorter strings are in almost every text: they are not worth looking for."""
MANY = 16
"""A pattern with this many alternatives or more has them filed by run (see :func:`choices`)."""
_LETTERS = " etaoinsrhldcumfpgwybvkxjqz"
"""Characters from the most frequent in English text (a space) to the rarest: each alternative
is filed under its rarest run, so that few are read for a text."""
_IGNORECASE = 2  # re.IGNORECASE, as the parser's flags hold it


@cache
def needs(pattern: str) -> Needs:
    """What every match of ``pattern`` contains, read from the parse Python's ``re`` makes of
    it: the runs of literal characters it must match, a choice of them for an alternation,
    nothing for what is optional or negated. A pattern that ignores case needs nothing."""
    parsed = _parser.parse(pattern)
    return None if parsed.state.flags & _IGNORECASE else _sequence(parsed)


def met(found: Needs, text: str) -> bool:
    """False when ``text`` lacks what :func:`needs` found: then the pattern cannot match it."""
    if found is None:
        return True
    if isinstance(found, str):
        return found in text
    kind, parts = found
    every = kind == "all"
    for part in parts:  # a loop, not all() or any(): most parts are strings, looked up in place
        if (part in text if isinstance(part, str) else met(part, text)) is not every:
            return not every
    return every


def runs_of(text: str) -> set[str]:
    """Every run of three characters in ``text``."""
    # zip and join, not slices in a comprehension: twice as fast, and every message pays it
    return set(map("".join, zip(text, text[1:], text[2:], strict=False)))


def met_in(pattern: str, text: str, runs: set[str]) -> bool:
    """``met(needs(pattern), text)``, given ``runs``, the :func:`runs_of` ``text``: of a pattern
    with many alternatives, only those whose run the text holds are read."""
    filed = choices(pattern)
    if filed is None:
        return met(needs(pattern), text)
    return any(met(part, text) for run in ("", *(filed.keys() & runs))
               for part in filed.get(run, ()))


@cache
def choices(pattern: str) -> dict[str, tuple[Needs, ...]] | None:
    """The alternatives every match of ``pattern`` holds one of, when there are at least MANY,
    each filed under a run of three characters that every text holding it holds ("" when none
    is known); None for any other pattern."""
    found = needs(pattern)
    if not isinstance(found, tuple) or found[0] != "any" or len(found[1]) < MANY:
        return None
    filed: dict[str, list[Needs]] = {}
    for part in found[1]:
        filed.setdefault(_rarest_run(part), []).append(part)
    return {run: tuple(parts) for run, parts in filed.items()}


def _rarest_run(found: Needs) -> str:
    if found is None:
        return ""
    if isinstance(found, str):
        return min(runs_of(found), key=_commonness, default="")
    kind, parts = found
    held = [run for run in map(_rarest_run, parts) if run] if kind == "all" else []
    return min(held, key=_commonness, default="")


def _commonness(run: str) -> tuple[int, str]:
    """Lower for a rarer run: each character counts its place from the rarest (0 for one not
    listed, a digit or a sign)."""
    return sum(len(_LETTERS) - _LETTERS.find(c) if c in _LETTERS else 0 for c in run), run


def _sequence(items: Any) -> Needs:
    """What a sequence of parsed items needs: each literal run, and what each required item
    needs."""
    found: list[Needs] = []
    run: list[str] = []
    for op, value in items:
        char = _literal(op.name, value)
        if char is not None:
            run.append(char)
            continue
        found += ["".join(run), _item(op.name, value)]
        run = []
    found.append("".join(run))
    return _all(found)


def _literal(name: str, value: Any) -> str | None:
    """The one character an item matches (a literal, or a class of one character), else None."""
    if name == "LITERAL":
        return chr(value)
    if name == "IN" and len(value) == 1 and value[0][0].name == "LITERAL":
        return chr(value[0][1])
    return None


def _item(name: str, value: Any) -> Needs:
    if name == "BRANCH":
        return _any([_sequence(branch) for branch in value[1]])
    if name == "SUBPATTERN":
        _group, add_flags, _del_flags, inner = value
        return None if add_flags & _IGNORECASE else _sequence(inner)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _high, inner = value
        return _sequence(inner) if low >= 1 else None
    if name == "ATOMIC_GROUP":
        return _sequence(value)
    if name == "ASSERT":  # a lookahead or lookbehind: what it looks for is in the text too
        return _sequence(value[1])
    return None  # anything else (a negative lookaround, a class, an anchor) needs nothing


def _all(parts: list[Needs]) -> Needs:
    kept = _flat("all", [part for part in map(_worth, parts) if part is not None])
    if not kept:
        return None
    # The cheapest first: a single string before a choice of many.
    kept.sort(key=_size)
    return kept[0] if len(kept) == 1 else ("all", tuple(kept))


def _any(parts: list[Needs]) -> Needs:
    kept = [_worth(part) for part in parts]
    if not kept or any(part is None for part in kept):
        return None
    kept = _flat("any", kept)
    return kept[0] if len(kept) == 1 else ("any", tuple(kept))


def _flat(kind: str, parts: list[Needs]) -> list[Needs]:
    """The parts, each once, with those of a part of the same kind in its place: all of (a and
    b) and c is all of a, b and c."""
    flat: list[Needs] = []
    for part in parts:
        inner = part[1] if isinstance(part, tuple) and part[0] == kind else (part,)
        flat += [found for found in inner if found not in flat]
    return flat


def _worth(found: Needs) -> Needs:
    return None if isinstance(found, str) and len(found.strip()) < _SHORTEST else found


def _size(found: Needs) -> int:
    if found is None or isinstance(found, str):
        return 1
    return sum(_size(part) for part in found[1])
