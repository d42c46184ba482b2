"""Files of questions: each form is recognised and read; a bad file is refused naming the line."""

from __future__ import annotations

import pytest

from faqbot.cases import Case, detect_form, parse_cases
from faqbot.errors import CoverageFileError

IDS = ("what-is-calcinosis", "causes", "surgery")

YAML = """\
# a comment
- {q: "what is calcinosis?", expect: what-is-calcinosis, type: information}
- q: why do I have lumps
  expect: causes
  type: Causes
- {q: hello, expect: smalltalk}
- just a question
"""


def test_yaml_cases_carry_question_expectation_type_and_line() -> None:
    cases = parse_cases(YAML, "q.yaml", IDS, ".yaml")
    assert cases == (
        Case("what is calcinosis?", 2, ("what-is-calcinosis",), "information"),
        Case("why do I have lumps", 3, ("causes",), "causes"),
        Case("hello", 6, ("smalltalk",)),
        Case("just a question", 7),
    )


def test_a_mapping_with_cases_is_accepted() -> None:
    text = "cases:\n  - {q: what causes it, expect: causes}\n"
    assert parse_cases(text, "q.yaml", IDS, ".yaml") == (Case("what causes it", 2, ("causes",)),)


def test_plain_text_is_one_question_a_line_without_expectations() -> None:
    text = "what is calcinosis\n\n# skipped\n  do I need surgery?  \n"
    assert parse_cases(text, "q.txt", IDS, ".txt") == (
        Case("what is calcinosis", 1), Case("do I need surgery?", 4),
    )


def test_json_lines_from_log_unanswered() -> None:
    text = ('{"time": "2026-01-01T10:00:00Z", "question": "is it contagious"}\n\n'
            '{"time": "2026-01-01T10:01:00Z", "question": "diet?"}\n')
    assert parse_cases(text, "log", IDS) == (Case("is it contagious", 1), Case("diet?", 3))


@pytest.mark.parametrize(
    ("text", "suffix", "form"),
    [
        ("- {q: a}\n", ".yml", "yaml"),
        ("- {q: a}\n", "", "yaml"),
        ("# cases\ncases:\n  - a\n", "", "yaml"),
        ('{"question": "a"}\n', "", "jsonl"),
        ('{"question": "a"}\n', ".jsonl", "jsonl"),
        ("what is it?\n", "", "text"),
        ("- a dash is still a question in a .txt\n", ".txt", "text"),
        ("what: is it\n", "", "text"),
    ],
)
def test_the_form_is_told_by_extension_then_content(text: str, suffix: str, form: str) -> None:
    assert detect_form(text, suffix) == form


@pytest.mark.parametrize(
    ("text", "suffix", "message"),
    [
        ("", ".yaml", r"^q\.yaml: the file is empty"),
        ("\n# only a comment\n", ".txt", r"^q\.yaml: the file is empty"),
        ("- {q: a, expect: sugery}\n", ".yaml",
         r"^q\.yaml, line 1: unknown id 'sugery' in 'expect' \(did you mean 'surgery'\?\)"),
        ("- {q: a}\n- {q: b, expect: zzzzzz}\n", ".yaml",
         r"^q\.yaml, line 2: unknown id 'zzzzzz' in 'expect' \(use an entry id, fallback"),
        ("- {q: a}\n-\n  expect: causes\n", ".yaml", r"^q\.yaml, line 3: the case has no 'q'"),
        ("- {q: a, type: cuases}\n", ".yaml",
         r"^q\.yaml, line 1: unknown question type 'cuases' in 'type' \(did you mean 'causes'\?\)"),
        ("- {q: a, tpye: causes}\n", ".yaml",
         r"^q\.yaml, line 1: unknown key 'tpye' in a case \(did you mean 'type'\?\)"),
        ("- {q: a\n- b\n", ".yaml", r"^q\.yaml, line \d+: not valid YAML"),
        ("- !!python/object:os.system {}\n", ".yaml", r"^q\.yaml, line 1: unsupported YAML tag"),
        ("q: a\n", ".yaml", r"^q\.yaml, line 1: expected a list of cases"),
        ("cases: []\n", ".yaml", r"^q\.yaml: the list of cases is empty"),
        ("- [a, b]\n", ".yaml", r"^q\.yaml, line 1: a case must be a question or a mapping"),
        ("- {q: 42}\n", ".yaml", r"^q\.yaml, line 1: 'q' must be a question in words"),
        ('{"question": "a"}\n{"question": \n', ".jsonl", r"^q\.yaml, line 2: not valid JSON"),
        ('{"question": "a"}\n\n{"text": "b"}\n', ".jsonl",
         r"^q\.yaml, line 3: each line needs a \"question\" string"),
    ],
)
def test_bad_files_are_refused_naming_the_line(text: str, suffix: str, message: str) -> None:
    with pytest.raises(CoverageFileError, match=message) as error:
        parse_cases(text, "q.yaml", IDS, suffix)
    assert error.value.name == "q.yaml"


TOPICS = """\
topics:
  what: ["thins the bones", "break easily"]
  cure: [no cure]
cases:
  - {q: "what is it?", answer: [what]}
  - {q: "can it be cured", answer: [cure, what], or_fallback: true}
  - {q: "hello there", smalltalk: true}
  - {q: "is it catching", fallback: true}
  - {q: "I can't breathe", urgent: true}
"""


def test_a_topics_set_gives_phrases_and_the_kinds_that_are_right() -> None:
    cases = parse_cases(TOPICS, "q.yaml", (), ".yaml")
    assert cases[0] == Case("what is it?", 5, (), None, ("thins the bones", "break easily"), ("what",))
    assert (cases[1].expect, cases[1].topics, cases[1].label) == (("fallback",), ("cure", "what"), "cure or what or fallback")
    assert [c.expect for c in cases[2:]] == [("smalltalk",), ("fallback",), ("urgent",)]


@pytest.mark.parametrize(
    ("kind", "entry", "text", "right"),
    [
        ("answer", "x", "It THINS THE BONES.", True),
        ("answer", "x", "Something else.", False),
        ("fallback", None, "", True),
        ("smalltalk", None, "", False),
        ("urgent", None, "", False),
        ("crisis", None, "", False),
    ],
)
def test_an_answer_is_right_when_its_text_holds_a_topic_phrase(kind: str, entry: str | None, text: str, right: bool) -> None:
    case = parse_cases(TOPICS, "q.yaml", (), ".yaml")[1]
    assert case.accepts(kind, entry, text) is right


def test_expect_may_list_several_entries() -> None:
    [case] = parse_cases("- {q: a, expect: [causes, surgery]}\n", "q.yaml", IDS, ".yaml")
    assert case.accepts("answer", "surgery") and case.accepts("answer", "causes")
    assert not case.accepts("answer", "what-is-calcinosis") and not case.accepts("fallback")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("topics:\n  what: [a]\ncases:\n  - {q: a, answer: [wht]}\n",
         r"^q\.yaml, line 4: unknown topic 'wht' in 'answer' \(did you mean 'what'\?\)"),
        ("topics:\n  what: [a]\ncases:\n  - {q: a, answer: [zzzz]}\n",
         r"^q\.yaml, line 4: unknown topic 'zzzz' in 'answer' \(add it under 'topics:'"),
        ("topics:\n  what: []\ncases:\n  - {q: a}\n",
         r"^q\.yaml, line 1: topic 'what' needs a list of phrases"),
        ("cases:\n  - {q: a, fallback: maybe}\n",
         r"^q\.yaml, line 2: 'fallback' must be true or false, not 'maybe'"),
        ("- {q: a, expect: [causes, sugery]}\n",
         r"^q\.yaml, line 1: unknown id 'sugery' in 'expect' \(did you mean 'surgery'\?\)"),
    ],
)
def test_bad_question_sets_are_refused_naming_the_line(text: str, message: str) -> None:
    with pytest.raises(CoverageFileError, match=message):
        parse_cases(text, "q.yaml", IDS, ".yaml")


@pytest.mark.parametrize(("expect", "kind", "right"), [
    ("urgent", "crisis", True), ("crisis", "crisis", True), ("crisis", "urgent", False),
])
def test_a_crisis_reply_is_right_where_urgent_is(expect: str, kind: str, right: bool) -> None:
    [case] = parse_cases(f"- {{q: a, expect: {expect}}}\n", "q.yaml", IDS, ".yaml")
    assert case.accepts(kind) is right
