"""Safe YAML: alias bombs, duplicate keys, unhashable keys and endless numbers are refused in
words, with the line, fast, and no message ever quotes a huge value."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from faqbot import _yaml

ENTRY = "entries: [{id: a, question: Q?, answer: A.}]\n"


def alias_bomb(indent: str = "  ") -> str:
    """About 400 bytes that a naive loader expands to a billion strings."""
    lines = [f'{indent}a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    previous = "a"
    for name in "bcdefghi":
        lines.append(f"{indent}{name}: &{name} [{','.join(['*' + previous] * 9)}]")
        previous = name
    return "\n".join(lines) + "\n"


REFUSED = [
    (ENTRY + "threshold:\n" + alias_bomb(), 8, "aliases (*name) make the document more than 100,000 values larger"),
    (ENTRY + "threshold: " + "1" * 100_000 + "\n", 2, "a number of 100000 digits; numbers may have at most 64 digits"),
    (ENTRY + "entries: [{id: b, question: R?, answer: B.}]\n", 2, "duplicate key 'entries' (first on line 1)"),
    ("a:\n  b: 1\n  b: 2\n", 3, "duplicate key 'b' (first on line 2)"),
    ("a: 1\n'a': 2\n", 2, "duplicate key 'a' (first on line 1)"),
    ("a: 1\n!!str a: 2\n", 2, "duplicate key 'a' (first on line 1)"),
    ("1: a\n0x1: b\n", 2, "duplicate key 1 (first on line 1)"),
    (ENTRY + "? [1, 2]\n: x\n", 2, "a key must be text or a number, not a list"),
    ("{{a: 1}: 2}\n", 1, "a key must be text or a number, not a mapping"),
    ("!!python/object/apply:os.system ['true']\n", 1, "unsupported YAML tag 'tag:yaml.org,2002:python/object/apply:os.system'"),
    ("a: b: c\n", 1, "not valid YAML (mapping values are not allowed in this context); put text that contains ': ' in quotes"),
    ("!!str [a]: 1\n", 1, "cannot read this YAML (expected a scalar node, but found sequence)"),
]


@pytest.mark.parametrize(("text", "line", "problem"), REFUSED)
def test_refused_in_words_with_the_line_and_fast(text: str, line: int, problem: str) -> None:
    started = time.perf_counter()
    with pytest.raises(_yaml.YAMLProblem) as refused:
        _yaml.load(text)
    assert time.perf_counter() - started < 1
    assert refused.value.problem.startswith(problem) and refused.value.line == line
    assert len(refused.value.problem) < 200


@pytest.mark.parametrize("text", [
    "base: &base {q: hi}\nother: *base\nmore: [*base, *base]\n",  # modest reuse is fine
    "<<: {a: 1}\na: 2\n",  # a merge key overridden is not a duplicate
    "n: 1234567890123456789012345678901234567890\n",
    "\ufeffa: 1\n",
    "a: 1\n'1': 2\n1: 3\n",  # text '1' and the number 1 are different keys
    "answer: 'Q&A: see *below'\n",  # an '&' or '*' in text is no anchor or alias
])
def test_ordinary_yaml_still_loads(text: str) -> None:
    assert _yaml.load(text)


SHIPPED = sorted(Path(__file__).resolve().parent.parent.glob("**/*.yaml"))


@pytest.mark.parametrize("text", [
    "a: 1\nb: [1, 2.5, true, null, ~, 2020-01-01, '3', !!str 4, 0x1f]\nc: {d: e, f: {g: [h]}}\n",
    "- a\n- !!set {x, y}\n- !!binary aGVsbG8=\n- !!seq [a]\n- !!map {a: b}\n",
    "<<: {a: 1}\nb: 2\n",
    "? |\n  long key\n: [1, {a: [b, c]}]\n",
    "",
    "# only a comment\n",
    *(path.read_text(encoding="utf-8") for path in SHIPPED),
])
def test_the_data_is_what_yaml_safe_load_gives(text: str) -> None:
    assert _same(_yaml.load(text), yaml.safe_load(text))


def _same(a: object, b: object) -> bool:
    """Equal, and of the same types all the way down (1 == 1.0 == True, but not here)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(map(_same, a, b))
    return type(a) is type(b) and a == b


@pytest.mark.parametrize(("value", "shown"), [
    ("x" * 100_000, "'" + "x" * 54 + "...'"),
    (["a"] * 10, "a list"),
    ({"a": 1}, "a mapping"),
    (10**100, "a very long number"),
    (3.5, "3.5"),
])
def test_brief_never_quotes_a_huge_value(value: object, shown: str) -> None:
    assert _yaml.brief(value) == shown
