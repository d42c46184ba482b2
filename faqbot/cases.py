"""Files of questions for ``faqbot coverage``: YAML cases with expectations, plain text (one
question a line) or the JSON lines ``faqbot serve --log-unanswered`` writes. Parses text, not
paths: the caller reads the file and passes its text and a name for messages."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, Literal

import yaml
from rapidfuzz import process

from faqbot.errors import CoverageFileError
from faqbot.faq import SafeLoader
from faqbot.question_types import QUESTION_TYPES, normalize_type

Form = Literal["yaml", "text", "jsonl"]

KINDS: tuple[str, ...] = ("fallback", "smalltalk", "urgent", "crisis")
"""Expectations that are not entry ids: the bot's other kinds of reply."""

_CASE_KEYS = ("q", "question", "expect", "type")
_EXTENSIONS: dict[str, Form] = {
    ".yaml": "yaml", ".yml": "yaml", ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".log": "jsonl",
}


@dataclass(frozen=True)
class Case:
    """One question to put to the bot, what it should get (if known) and its question type."""

    question: str
    line: int
    expect: str | None = None
    type: str | None = None


def parse_cases(text: str, name: str, ids: Collection[str], suffix: str = "") -> tuple[Case, ...]:
    """The cases in ``text`` (the file ``name``), whose form is told by ``suffix`` (the file's
    extension) or else by the content. ``ids`` are the FAQ's entry ids, for checking ``expect``."""
    if not _meaningful_lines(text):
        raise CoverageFileError(name, "the file is empty; it needs at least one question")
    form = detect_form(text, suffix)
    if form == "yaml":
        return _yaml_cases(text, name, ids)
    if form == "jsonl":
        return _jsonl_cases(text, name)
    return _text_cases(text)


def detect_form(text: str, suffix: str = "") -> Form:
    """The form of a questions file: by extension when it is a known one, else by content."""
    known = _EXTENSIONS.get(suffix.lower())
    if known is not None:
        return known
    first = _meaningful_lines(text)[0][1]
    if first.startswith("{"):
        return "jsonl"
    if first.startswith(("- ", "cases:")) or first == "-":
        return "yaml"
    return "text"


def _meaningful_lines(text: str) -> list[tuple[int, str]]:
    """(line number, stripped text) of each line that is neither blank nor a ``#`` comment."""
    lines = enumerate(text.splitlines(), start=1)
    return [(n, s) for n, line in lines if (s := line.strip()) and not s.startswith("#")]


def _text_cases(text: str) -> tuple[Case, ...]:
    return tuple(Case(question, line) for line, question in _meaningful_lines(text))


def _jsonl_cases(text: str, name: str) -> tuple[Case, ...]:
    return tuple(_jsonl_case(line, n, name) for n, line in _meaningful_lines(text))


def _jsonl_case(line: str, number: int, name: str) -> Case:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CoverageFileError(
            name, f"not valid JSON ({exc.msg}); expected one object a line, "
            'like {"time": "...", "question": "..."}', line=number,
        ) from None
    question = record.get("question") if isinstance(record, dict) else None
    if not isinstance(question, str):
        raise CoverageFileError(
            name, "each line needs a \"question\" string, like {\"question\": \"...\"}", line=number
        )
    return Case(question, number)


def _yaml_cases(text: str, name: str, ids: Collection[str]) -> tuple[Case, ...]:
    items = _case_list(_load_yaml(text, name), name)
    lines = _item_lines(text)
    choices = (*ids, *KINDS)
    lines += [1] * (len(items) - len(lines))
    return tuple(_case(item, lines[i], name, choices) for i, item in enumerate(items))


def _load_yaml(text: str, name: str) -> Any:
    try:
        return yaml.load(text, Loader=SafeLoader)  # a SafeLoader: as safe as yaml.safe_load
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise CoverageFileError(
            name, f"not valid YAML ({problem}); expected a list of cases like "
            "'- {q: \"what is calcinosis?\", expect: what-is-calcinosis}'",
            line=mark.line + 1 if mark is not None else None,
        ) from None


def _case_list(data: Any, name: str) -> list[Any]:
    if isinstance(data, dict) and set(data) == {"cases"}:
        data = data["cases"]
    if not isinstance(data, list):
        raise CoverageFileError(
            name, "expected a list of cases (or a mapping with a 'cases:' list), like "
            "'- {q: \"what is calcinosis?\", expect: what-is-calcinosis}'", line=1,
        )
    if not data:
        raise CoverageFileError(name, "the list of cases is empty; it needs at least one case")
    return data


def _item_lines(text: str) -> list[int]:
    """The 1-based line where each case of the YAML list starts."""
    node = yaml.compose(text, Loader=SafeLoader)
    if isinstance(node, yaml.MappingNode):
        node = next((v for k, v in node.value if k.value == "cases"), None)
    if not isinstance(node, yaml.SequenceNode):
        return []
    return [item.start_mark.line + 1 for item in node.value]


def _case(item: Any, line: int, name: str, choices: tuple[str, ...]) -> Case:
    if isinstance(item, str):
        return Case(_question(item, line, name), line)
    if not isinstance(item, dict):
        raise CoverageFileError(
            name, "a case must be a question or a mapping like '{q: \"...\", expect: ID}'",
            line=line,
        )
    _reject_unknown_keys(item, line, name)
    question = item.get("q", item.get("question"))
    if question is None:
        raise CoverageFileError(name, "the case has no 'q': add the question, as q: \"...\"",
                                line=line)
    return Case(
        _question(question, line, name), line,
        _expect(item.get("expect"), line, name, choices), _type(item.get("type"), line, name),
    )


def _reject_unknown_keys(item: dict[Any, Any], line: int, name: str) -> None:
    for key in item:
        if key not in _CASE_KEYS:
            hint = _closest(str(key), _CASE_KEYS)
            fix = f"did you mean {hint!r}?" if hint else f"use {', '.join(_CASE_KEYS)}"
            raise CoverageFileError(name, f"unknown key {key!r} in a case ({fix})", line=line)


def _question(value: Any, line: int, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CoverageFileError(name, "'q' must be a question in words", line=line)
    return value


def _expect(value: Any, line: int, name: str, choices: tuple[str, ...]) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and value in choices:
        return value
    hint = _closest(str(value), choices)
    kinds = "use an entry id, fallback, smalltalk, urgent or crisis"
    fix = f"did you mean {hint!r}?" if hint else kinds
    raise CoverageFileError(name, f"unknown id {value!r} in 'expect' ({fix})", line=line)


def _type(value: Any, line: int, name: str) -> str | None:
    if value is None:
        return None
    found = normalize_type(value) if isinstance(value, str) else None
    if found is not None:
        return found
    hint = _closest(str(value), QUESTION_TYPES)
    fix = f"did you mean {hint!r}?" if hint else f"use one of: {', '.join(QUESTION_TYPES)}"
    raise CoverageFileError(name, f"unknown question type {value!r} in 'type' ({fix})", line=line)


def _closest(word: str, choices: tuple[str, ...]) -> str | None:
    found = process.extractOne(word, choices, score_cutoff=60)
    return str(found[0]) if found else None

