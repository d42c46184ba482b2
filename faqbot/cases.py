"""Question sets: the one format ``faqbot coverage``, bench/ and the tests read. A YAML list of
cases (``{q: ..., expect: ENTRY | [ENTRY, ...] | fallback | smalltalk | urgent, type: ...}``), or
a mapping of ``topics`` (name: [phrase, ...]) and ``cases`` where ``answer: [topic, ...]`` is
right when the reply's text holds one of a topic's phrases (``fallback``, ``or_fallback``,
``smalltalk`` and ``urgent`` are true or false), as in ``../shared/eval``; also plain text (one
question a line) or the JSON lines ``faqbot serve --log-unanswered`` writes. Parses text, not
paths: the caller reads the file and passes its text and a name for messages."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, Literal

import yaml
from rapidfuzz import process

from faqbot import _files, _yaml
from faqbot._yaml import brief, safe_loader
from faqbot.errors import CoverageFileError
from faqbot.question_types import QUESTION_TYPES, normalize_type

Form = Literal["yaml", "text", "jsonl"]

MAX_BYTES = 64 * _files.MB
"""Largest file of questions read (a million questions is about 50 MB)."""

KINDS: tuple[str, ...] = ("fallback", "smalltalk", "urgent", "crisis")
"""Expectations that are not entry ids: the bot's other kinds of reply."""

_CASE_KEYS = ("q", "question", "expect", "type", "answer", "fallback", "or_fallback",
              "smalltalk", "urgent")
_FLAGS = {"fallback": "fallback", "or_fallback": "fallback", "smalltalk": "smalltalk",
          "urgent": "urgent"}
"""Case keys that are true or false, and the reply kind each accepts."""
_EXAMPLE = "'- {q: \"what is it?\", expect: an-entry-id}'"
_EXTENSIONS: dict[str, Form] = {
    ".yaml": "yaml", ".yml": "yaml", ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".log": "jsonl",
}


@dataclass(frozen=True)
class Case:
    """One question to put to the bot, the replies that are right (if known) and its type.

    ``expect`` holds the entry ids and reply kinds (fallback, smalltalk, urgent) that are right;
    an answer is right too when its text holds one of ``phrases`` (case-insensitive), the
    phrases of the ``topics`` the case names.
    """

    question: str
    line: int
    expect: tuple[str, ...] = ()
    type: str | None = None
    phrases: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()

    @property
    def labelled(self) -> bool:
        """Whether the case says what is right."""
        return bool(self.expect or self.phrases)

    @property
    def label(self) -> str | None:
        """What the case expects, for reports: ``causes``, ``what or fallback``."""
        return " or ".join((*self.topics, *self.expect)) or None

    def accepts(self, kind: str, entry: str | None = None, text: str = "") -> bool:
        """Whether a reply of ``kind`` (with the ``entry`` and ``text`` of an answer) is right;
        a crisis reply is right where urgent is (as ``../shared/eval/grade.py`` judges)."""
        if kind == "answer":
            lowered = text.lower()
            return entry in self.expect or any(p in lowered for p in self.phrases)
        return kind in self.expect or (kind == "crisis" and "urgent" in self.expect)


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
    if first.startswith(("- ", "cases:", "topics:")) or first == "-":
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
    data = _load_yaml(text, name)
    topics = _topics(data, name, text)
    items = _case_list(data, name)
    lines = _item_lines(text)
    choices = (*ids, *KINDS)
    lines += [1] * (len(items) - len(lines))
    return tuple(_case(item, lines[i], name, choices, topics) for i, item in enumerate(items))


def _topics(data: Any, name: str, text: str) -> dict[str, tuple[str, ...]]:
    """The ``topics:`` of a question set: each name with its phrases, lower-cased."""
    raw = data.get("topics") if isinstance(data, dict) else None
    if raw is None:
        return {}
    line = next((n for n, s in _meaningful_lines(text) if s.startswith("topics:")), None)
    if not isinstance(raw, dict):
        raise CoverageFileError(name, "'topics' must map each topic to a list of phrases, like "
                                "'what: [\"thins the bones\"]'", line=line)
    topics: dict[str, tuple[str, ...]] = {}
    for topic, phrases in raw.items():
        if isinstance(phrases, str):
            phrases = [phrases]
        if not isinstance(phrases, list) or not phrases or not all(
                isinstance(p, str) and p.strip() for p in phrases):
            raise CoverageFileError(name, f"topic {topic!r} needs a list of phrases the right "
                                    "answer holds, like [\"thins the bones\"]", line=line)
        topics[str(topic)] = tuple(p.lower() for p in phrases)
    return topics


def _load_yaml(text: str, name: str) -> Any:
    try:
        return _yaml.load(text)  # yaml.safe_load's data, with limits (see faqbot._yaml)
    except _yaml.YAMLProblem as bad:
        example = f"; expected a list of cases like {_EXAMPLE}" if bad.syntax else ""
        raise CoverageFileError(name, bad.problem + example, line=bad.line) from None


def _case_list(data: Any, name: str) -> list[Any]:
    if isinstance(data, dict) and "cases" in data and set(data) <= {"cases", "topics"}:
        data = data["cases"]
    if not isinstance(data, list):
        raise CoverageFileError(
            name, "expected a list of cases (or a mapping with 'topics:' and a 'cases:' list), "
            f"like {_EXAMPLE}", line=1,
        )
    if not data:
        raise CoverageFileError(name, "the list of cases is empty; it needs at least one case")
    return data


def _item_lines(text: str) -> list[int]:
    """The 1-based line where each case of the YAML list starts."""
    node = yaml.compose(text, Loader=safe_loader())
    if isinstance(node, yaml.MappingNode):
        node = next((v for k, v in node.value if k.value == "cases"), None)
    if not isinstance(node, yaml.SequenceNode):
        return []
    return [item.start_mark.line + 1 for item in node.value]


def _case(item: Any, line: int, name: str, choices: tuple[str, ...],
          topics: dict[str, tuple[str, ...]]) -> Case:
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
    named = _answer_topics(item.get("answer"), line, name, topics)
    expect = _expect(item.get("expect"), line, name, choices) + _flags(item, line, name)
    return Case(
        _question(question, line, name), line, tuple(dict.fromkeys(expect)),
        _type(item.get("type"), line, name),
        tuple(p for topic in named for p in topics[topic]), named,
    )


def _answer_topics(value: Any, line: int, name: str,
                   topics: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    if value is None:
        return ()
    names = value if isinstance(value, list) else [value]
    for topic in names:
        if str(topic) not in topics:
            hint = _closest(str(topic), tuple(topics))
            fix = f"did you mean {hint!r}?" if hint else "add it under 'topics:' with its phrases"
            raise CoverageFileError(name, f"unknown topic {topic!r} in 'answer' ({fix})",
                                    line=line)
    return tuple(str(topic) for topic in names)


def _flags(item: dict[Any, Any], line: int, name: str) -> tuple[str, ...]:
    kinds: list[str] = []
    for key, kind in _FLAGS.items():
        value = item.get(key)
        if value is not None and not isinstance(value, bool):
            raise CoverageFileError(name, f"{key!r} must be true or false, not {value!r}",
                                    line=line)
        if value:
            kinds.append(kind)
    return tuple(kinds)


def _reject_unknown_keys(item: dict[Any, Any], line: int, name: str) -> None:
    for key in item:
        if key not in _CASE_KEYS:
            hint = _closest(str(key)[: _yaml.BRIEF], _CASE_KEYS)
            fix = f"did you mean {hint!r}?" if hint else f"use {', '.join(_CASE_KEYS)}"
            raise CoverageFileError(name, f"unknown key {brief(key)} in a case ({fix})", line=line)


def _question(value: Any, line: int, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CoverageFileError(name, "'q' must be a question in words", line=line)
    return value


def _expect(value: Any, line: int, name: str, choices: tuple[str, ...]) -> tuple[str, ...]:
    if value is None:
        return ()
    values = value if isinstance(value, list) else [value]
    for one in values:
        if not (isinstance(one, str) and one in choices):
            hint = _closest(str(one)[: _yaml.BRIEF], choices)
            fix = (f"did you mean {hint!r}?" if hint
                   else "use an entry id, fallback, smalltalk, urgent or crisis, or a list of them")
            raise CoverageFileError(name, f"unknown id {brief(one)} in 'expect' ({fix})",
                                    line=line)
    return tuple(values)


def _type(value: Any, line: int, name: str) -> str | None:
    if value is None:
        return None
    found = normalize_type(value) if isinstance(value, str) else None
    if found is not None:
        return found
    hint = _closest(str(value)[: _yaml.BRIEF], QUESTION_TYPES)
    fix = f"did you mean {hint!r}?" if hint else f"use one of: {', '.join(QUESTION_TYPES)}"
    raise CoverageFileError(name, f"unknown question type {brief(value)} in 'type' ({fix})",
                            line=line)


def _closest(word: str, choices: tuple[str, ...]) -> str | None:
    found = process.extractOne(word, choices, score_cutoff=60)
    return str(found[0]) if found else None

