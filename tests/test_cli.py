"""The faqbot command: replies, JSON lines for every input line, exit codes and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

from faqbot.cli import main

SOURCE = Path(__file__).parent / "data" / "calcinosis.txt"


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "faqbot", *args], input=stdin,
                          capture_output=True, timeout=60, cwd=cwd)


def test_ask_prints_the_answer(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "what", "is", "calcinosis?"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Calcinosis is a condition characterized by")


def test_ask_json_prints_one_line_with_the_reply_keys(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", "can the bumps bleed"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert set(data) == {"kind", "text", "id", "score", "question", "suggestions", "section",
                         "follow_ups", "source"}
    assert (data["kind"], data["id"]) == ("answer", "ulceration")


ODD_LINES = [
    b"what is calcinosis",
    b"",
    b"\xff\xfe invalid utf-8 \xc3\x28",
    b"\x00\x01\x02 control \x1b[31m characters \x07",
    b"symptoms " * 25_000,
    "\U0001f600\U0001f525 emoji?".encode(),
    "\u4ec0\u4e48\u662f\u9499\u8d28\u6c89\u7740\u75c7".encode(),
    b"qu'est-ce que la calcinose ?",
    b"   ",
    b"I can't breathe\r",
    b"thank you",
]


def test_stdin_batch_gives_one_json_line_per_input_line_in_order() -> None:
    result = run("ask", "--json", stdin=b"\n".join(ODD_LINES) + b"\n")
    assert result.returncode == 0, result.stderr
    replies = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(replies) == len(ODD_LINES)
    kinds = [r["kind"] for r in replies]
    assert kinds[0] == "answer" and kinds[1] == "fallback"
    assert kinds[-2:] == ["urgent", "smalltalk"]
    assert replies[2]["question"].startswith("\ufffd")
    assert all(r["text"] for r in replies)
    assert result.stderr == b""


def test_stdin_without_final_newline_still_answers_the_last_line() -> None:
    result = run("ask", "--json", stdin=b"hi\nsurgery")
    assert [json.loads(x)["kind"] for x in result.stdout.decode().splitlines()] == ["smalltalk", "answer"]


def test_plain_stdin_batch_prints_texts() -> None:
    result = run("ask", stdin=b"surgery\n")
    assert result.stdout.decode().startswith("Surgery: In rare cases")


BROKEN_FAQS = [
    ("", "the file is empty"),
    ("entries: [", "not valid YAML"),
    ("entries:\n  - id: a\n    question: Q?\n    anwser: A.\n", "line 4, entry 'a': unknown key 'anwser' (did you mean 'answer'?)"),
    ("entries:\n  - {id: a, question: Q?, answer: A.}\n  - {id: a, question: R?, answer: B.}\n", "duplicate id 'a'"),
    ("entries:\n  - {id: a, question: Q?}\n", "entry 'a': 'answer' is missing"),
    ("!!python/object/apply:os.system ['true']\n", "unsupported YAML tag"),
]


@pytest.mark.parametrize(("text", "message"), BROKEN_FAQS)
@pytest.mark.parametrize("command", [["ask", "hi"], ["check"]])
def test_broken_faq_is_one_line_and_exit_2(tmp_path: Path, text: str, message: str, command: list[str]) -> None:
    faq = tmp_path / "broken.yaml"
    faq.write_text(text)
    result = run(*command, "--faq", str(faq))
    assert result.returncode == 2
    err = result.stderr.decode()
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"faqbot: {faq}")
    assert message in err


def test_missing_faq_file() -> None:
    result = run("ask", "--faq", "/nonexistent/faq.yaml", "hi")
    assert result.returncode == 2
    assert result.stderr.decode() == "faqbot: /nonexistent/faq.yaml: cannot read the file (No such file or directory)\n"


def test_check_passes_on_the_bundled_faq() -> None:
    result = run("check", "--source", str(SOURCE))
    assert result.returncode == 0
    assert "every answer verbatim" in result.stdout.decode()


def test_check_lists_answers_not_in_the_source(tmp_path: Path) -> None:
    faq = tmp_path / "faq.yaml"
    faq.write_text("entries:\n  - id: cure\n    question: Is there a cure?\n"
                   "    answer: Calcinosis is easily cured.\n")
    result = run("check", "--faq", str(faq), "--source", str(SOURCE))
    assert result.returncode == 1
    assert "entry 'cure': not in the source document: 'Calcinosis is easily cured.'" in result.stderr.decode()


def test_check_with_unreadable_source() -> None:
    result = run("check", "--source", "/nonexistent.txt")
    assert result.returncode == 2
    assert "cannot read the source document" in result.stderr.decode()


def test_ask_with_empty_stdin_prints_nothing() -> None:
    result = subprocess.run([sys.executable, "-m", "faqbot", "ask"], stdin=subprocess.DEVNULL,
                            capture_output=True, timeout=60)
    assert result.returncode == 0 and result.stdout == b""


def test_unknown_command_is_a_usage_error() -> None:
    result = run("frobnicate")
    assert result.returncode == 2
    assert "invalid choice: 'frobnicate'" in result.stderr.decode()


def test_ask_imports_no_chat_or_web_framework() -> None:
    code = ("import sys; from faqbot.cli import main; main(['ask', 'hi']); "
            "bad = [m for m in sys.modules if m.split('.')[0] in "
            "('prompt_toolkit', 'starlette', 'uvicorn', 'httpx')]; print(bad)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_ask_reads_no_yaml_when_the_start_up_cache_holds_the_faq(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PyYAML is a sixth of `faqbot ask`'s start-up: with the FAQ in the cache, it is not even
    imported (the first ask builds the cache and needs it)."""
    monkeypatch.setenv("FAQBOT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("FAQBOT_NO_CACHE", raising=False)
    code = ("import sys; from faqbot.cli import main; main(['ask', 'hi']); "
            "print('yaml' in sys.modules)")
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           timeout=60).stdout.strip().splitlines()[-1] for _ in range(2)]
    assert runs == ["True", "False"]


def test_python_dash_m_works_like_the_command(tmp_path: Path) -> None:
    result = run("ask", "--json", "physio", cwd=tmp_path)
    assert json.loads(result.stdout)["id"] == "physical-therapy"


def test_closed_stdout_is_quiet() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "faqbot", "ask"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdin is not None
    proc.stdout.close()
    _, err = proc.communicate(b"surgery\n" * 2000, timeout=60)
    assert b"Traceback" not in err


def test_wheel_carries_the_faq_and_works_from_any_folder(tmp_path: Path) -> None:
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                            str(tmp_path / "dist"), str(ROOT)], capture_output=True, text=True,
                           timeout=300)
    if built.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {built.stderr[-300:]}")
    wheel = next((tmp_path / "dist").glob("faqbot-*.whl"))
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    assert (site / "faqbot" / "faq.yaml").is_file()
    result = subprocess.run([sys.executable, "-I", "-c",
                             f"import sys; sys.path.insert(0, {str(site)!r}); "
                             "from faqbot.cli import main; main(['ask', 'what is calcinosis'])"],
                            capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert "deeper tissues" in result.stdout, result.stderr


def _alias_bomb() -> str:
    from test_yaml import alias_bomb

    return alias_bomb()


HOSTILE_FAQS = [
    ("bomb", lambda: "entries: [{id: a, question: Q?, answer: A.}]\nthreshold:\n" + _alias_bomb(), "line 8: aliases (*name) make the document"),
    ("digits", lambda: "entries: [{id: a, question: Q?, answer: A.}]\nthreshold: " + "1" * 100_000, "line 2: a number of 100000 digits"),
    ("entries twice", lambda: "entries: [{id: a, question: Q?, answer: A.}]\nentries: [{id: b, question: R?, answer: B.}]\n", "line 2: duplicate key 'entries' (first on line 1)"),
    ("unhashable", lambda: "entries: [{id: a, question: Q?, answer: A.}]\n? [1]\n: x\n", "line 2: a key must be text or a number, not a list"),
    ("long value", lambda: "entries: [{id: a, question: Q?, answer: A.}]\nthreshold: '" + "x" * 100_000 + "'", "'threshold' must be a number from 0 to 100, not 'xxx"),
    ("too large", lambda: "#" * (17 * 1024 * 1024), "cannot read the file (larger than 16 MB"),
    ("fifo", None, "cannot read the file (not a regular file"),
    ("/dev/zero", None, "cannot read the file (not a regular file"),
]


@pytest.mark.parametrize(("name", "make", "message"), HOSTILE_FAQS)
def test_a_hostile_faq_is_one_short_line_exit_2_in_under_a_second(
    tmp_path: Path, name: str, make: object, message: str
) -> None:
    faq = Path("/dev/zero") if name == "/dev/zero" else tmp_path / "hostile.yaml"
    if name == "fifo":
        os.mkfifo(faq)
    elif callable(make):
        faq.write_text(make())
    started = time.perf_counter()
    result = run("check", "--faq", str(faq))
    elapsed = time.perf_counter() - started
    err = result.stderr.decode()
    assert (result.returncode, err.count("\n")) == (2, 1), err[:300]
    assert err.startswith(f"faqbot: {faq}") and message in err and len(err) < 300
    assert elapsed < 1 + STARTUP_ALLOWANCE


STARTUP_ALLOWANCE = 1.0
"""The command's own start-up in a loaded test run; the refusal itself is timed in test_yaml."""


HOSTILE_QUESTION_FILES = [
    ("bomb.yaml", lambda: "- q: hi\n  expect:\n" + _alias_bomb().replace("  ", "    "), "line 8: aliases (*name) make the document"),
    ("twice.yaml", lambda: "cases: [hi]\ncases: [bye]\n", "line 2: duplicate key 'cases' (first on line 1)"),
    ("long.yaml", lambda: "- {q: hi, expect: '" + "x" * 100_000 + "'}\n", "unknown id 'xxx"),
    ("fifo", None, "cannot read the file (not a regular file"),
]


@pytest.mark.parametrize(("name", "make", "message"), HOSTILE_QUESTION_FILES)
def test_a_hostile_question_file_is_one_short_line_exit_2(
    tmp_path: Path, name: str, make: object, message: str
) -> None:
    path = tmp_path / name
    if callable(make):
        path.write_text(make())
    else:
        os.mkfifo(path)
    started = time.perf_counter()
    result = run("coverage", str(path))
    err = result.stderr.decode()
    assert (result.returncode, err.count("\n")) == (2, 1), err[:300]
    assert message in err and len(err) < 300
    assert time.perf_counter() - started < 1 + STARTUP_ALLOWANCE


def test_a_jsonl_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"question": "what is calcinosis"}\n')
    result = run("coverage", str(path))
    assert result.returncode == 0, result.stderr
    assert "questions       1" in result.stdout.decode()


@pytest.mark.parametrize(
    ("option", "variable", "local", "chosen"),
    [
        ("mine.yaml", "env.yaml", True, "mine.yaml"),
        (None, "env.yaml", True, "env.yaml"),
        (None, None, True, "faq.yaml"),
        (None, None, False, None),
        (None, "", False, None),
    ],
)
def test_the_faq_is_the_option_then_the_variable_then_the_working_folders(
        tmp_path: Path, option: str | None, variable: str | None, local: bool, chosen: str | None) -> None:
    from faqbot.cli._common import choose_faq

    if local:
        (tmp_path / "faq.yaml").write_text("entries: []\n")
    environ = {} if variable is None else {"FAQBOT_FAQ": variable}
    assert choose_faq(option, environ, str(tmp_path)) == chosen


def test_check_names_the_working_folders_faq(tmp_path: Path) -> None:
    (tmp_path / "faq.yaml").write_text("entries:\n  - {id: a, question: Q?, answer: A.}\n")
    result = run("check", cwd=tmp_path)
    assert result.stdout.decode() == "faq.yaml: OK, 1 entries\n"


def test_a_named_command_builds_only_its_own_options() -> None:
    """`faqbot ask` is timed at start-up: it does not build the other commands' parsers, and an
    unknown first word still gets the whole command line (and its error)."""
    from faqbot.cli import build_parser

    def names(only: str | None) -> set[str]:
        parser = build_parser(only)
        return set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]

    assert names("ask") == {"ask"}
    assert names("--faq") == names(None) == {"ask", "check", "chat", "serve", "coverage", "draft"}


def test_every_command_and_option_has_help() -> None:
    from faqbot.cli import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert set(commands) == {"ask", "check", "chat", "serve", "coverage", "draft"}
    for name, command in commands.items():
        assert command.description, name
        for action in command._actions:
            assert action.help, (name, action.dest)
