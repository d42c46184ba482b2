"""The FAQ loader: valid files load, and every broken file gets one clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from faqbot import FAQFileError, load_faq, parse_faq
from faqbot.faq import DEFAULT_CRISIS, DEFAULT_FALLBACK, Source, default_faq_path

MINIMAL = """\
entries:
  - id: what
    question: What is it?
    answer: It is a thing.
"""


def test_minimal_file_gets_default_messages() -> None:
    faq = parse_faq(MINIMAL)
    assert faq.ids == ("what",)
    assert faq.entries[0].phrasings == ("What is it?",)
    assert faq.fallback == DEFAULT_FALLBACK
    assert faq.crisis == DEFAULT_CRISIS
    assert faq.threshold is None


def test_the_crisis_message_is_editable_and_its_default_names_help_now() -> None:
    assert parse_faq(MINIMAL + "crisis: Call the clinic's crisis line.\n").crisis == (
        "Call the clinic's crisis line."
    )
    assert "crisis line" in DEFAULT_CRISIS and "emergency number" in DEFAULT_CRISIS
    assert "988" in DEFAULT_CRISIS and "116 123" in DEFAULT_CRISIS


def test_bundled_faq_loads_with_every_section() -> None:
    faq = load_faq()
    assert 15 <= len(faq.entries) <= 25
    assert list(faq.sections()) == [
        "What is Calcinosis?",
        "Types of Calcinosis",
        "Symptoms of Calcinosis",
        "Diagnosis",
        "Treatment of Calcinosis",
        "When to see a doctor",
    ]
    assert all(entry.alternates for entry in faq.entries)
    assert default_faq_path().endswith("faq.yaml")


def test_entry_lookup() -> None:
    faq = load_faq()
    assert faq.entry("surgery").section == "Treatment of Calcinosis"
    with pytest.raises(KeyError):
        faq.entry("nope")


ENTRY = "entries:\n  - id: what\n    question: What is it?\n"

BROKEN = [
    ("", "the file is empty"),
    ("   \n# only a comment\n", "the file is empty"),
    ("entries: [unclosed", r"line \d: not valid YAML \(did not find expected"),
    ("entries:\n  - id: a\n   question: x\n", r"line 3: not valid YAML"),
    ("entries:\n  - id: a\n    question: Q?\n    answer: Note: it hurts\n", r"line 4: not valid YAML \(mapping values are not allowed [a-z ]+\); put text that contains ': ' in quotes"),
    ("- just\n- a list\n", "the top level must be a mapping"),
    ("fallback: sorry\n", "no 'entries:' list"),
    ("entries: []\n", r"line 1: 'entries' must be a non-empty list"),
    ("entries: hello\n", "'entries' must be a non-empty list"),
    ("entries:\n  - just text\n", r"line 2, entry '#1': each entry must be a mapping"),
    (ENTRY, r"line 2, entry 'what': 'answer' is missing"),
    (ENTRY + "    answer: ''\n", r"line 4, entry 'what': 'answer' is empty"),
    (ENTRY + "    answer:   \n", r"entry 'what': 'answer' is missing"),
    (ENTRY + "    anwser: It is.\n", r"line 4, entry 'what': unknown key 'anwser' \(did you mean 'answer'\?\)"),
    (ENTRY + "    answer: 42\n", r"line 4, entry 'what': 'answer' must be text, not int; quote it"),
    (ENTRY + "    answer: ok\n    alternates: what\n", r"line 5, entry 'what': 'alternates' must be a list"),
    (ENTRY + "    answer: ok\n    alternates: ['', x]\n", r"entry 'what': alternate #1 must be non-empty text"),
    ("entries:\n  - question: Q?\n    answer: A.\n", r"line 2, entry '#1': 'id' is missing"),
    ("entries:\n  - id: Has Spaces\n    question: Q?\n    answer: A.\n", r"line 2, entry 'Has Spaces': id 'Has Spaces' must be a slug"),
    (MINIMAL + "  - id: what\n    question: Again?\n    answer: Yes.\n", r"line 5, entry 'what': duplicate id 'what'"),
    (MINIMAL + "threshold: 120\n", r"line 5: 'threshold' must be a number from 0 to 100"),
    (MINIMAL + "smalltalk:\n  hello: hi\n", r"line 6: unknown smalltalk reply 'hello'"),
    (MINIMAL + "colour: red\n", r"line 5: unknown top-level key 'colour'"),
    ("!!python/object/apply:os.system ['echo hacked']\n", r"line 1: unsupported YAML tag 'tag:yaml.org,2002:python/object/apply:os.system'"),
    (MINIMAL + "fallback: !!python/name:os.system\n", "unsupported YAML tag"),
    (MINIMAL + "source: Calcinosis\n", r"line 5: 'source' must be a mapping with title"),
    (MINIMAL + "source:\n  url: https://example.org\n", r"line 6: 'source' needs a 'title'"),
    (MINIMAL + "source:\n  title: T\n  tilte: T\n", r"line 7: unknown source key 'tilte' \(did you mean 'title'\?\)"),
    (MINIMAL + "source:\n  title: T\n  url: www.example.org\n", r"line 7: 'url' must be an http:// or https:// address"),
    (MINIMAL + "source:\n  title: T\n  reviewed: May 2024\n", r"line 7: 'reviewed' must be a date written YYYY-MM-DD"),
    (MINIMAL + "source:\n  title: T\n  reviewed: 2024\n", r"'reviewed' must be a date written YYYY-MM-DD, not 2024"),
]


@pytest.mark.parametrize(("text", "message"), BROKEN)
def test_broken_file_names_file_line_entry_and_problem(text: str, message: str) -> None:
    with pytest.raises(FAQFileError, match=r"^clinic\.yaml(, line \d+)?(, entry '[^']+')?: .*"):
        parse_faq(text, "clinic.yaml")
    with pytest.raises(FAQFileError, match=message):
        parse_faq(text, "clinic.yaml")


def test_error_carries_its_parts() -> None:
    with pytest.raises(FAQFileError) as caught:
        parse_faq(ENTRY + "    answer: ''\n", "clinic.yaml")
    error = caught.value
    assert (error.name, error.line, error.entry) == ("clinic.yaml", 4, "what")
    assert str(error) == "clinic.yaml, line 4, entry 'what': 'answer' is empty"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FAQFileError, match=r"nope\.yaml: cannot read the file"):
        load_faq(tmp_path / "nope.yaml")


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(MINIMAL.replace("thing", "th\xefng").encode("latin-1"))
    with pytest.raises(FAQFileError, match=r"latin1\.yaml: not UTF-8 text"):
        load_faq(path)


def test_python_tag_is_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "hacked"
    text = f"!!python/object/apply:os.system ['touch {marker}']\n"
    with pytest.raises(FAQFileError):
        parse_faq(text)
    assert not marker.exists()


def test_custom_messages_and_threshold() -> None:
    faq = parse_faq(MINIMAL + "fallback: Ask the clinic.\nthreshold: 80\nsmalltalk:\n  thanks: Cheers!\n")
    assert faq.fallback == "Ask the clinic."
    assert faq.threshold == 80.0
    assert faq.smalltalk["thanks"] == "Cheers!"
    assert faq.smalltalk["goodbye"]


@pytest.mark.parametrize("reviewed", ["2024-05-01", "'2024-05-01'"])
def test_source_names_the_leaflet(reviewed: str) -> None:
    text = (MINIMAL + "source:\n  title: Living with gout\n  url: https://example.org/gout\n"
            f"  reviewed: {reviewed}\n")
    assert parse_faq(text).source == Source("Living with gout", "https://example.org/gout",
                                            "2024-05-01")


def test_source_is_optional_and_so_are_its_url_and_date() -> None:
    assert parse_faq(MINIMAL).source is None
    assert parse_faq(MINIMAL + "source:\n  title: Gout\n").source == Source("Gout", "", "")
    assert load_faq(default_faq_path()).source == Source("Calcinosis")
