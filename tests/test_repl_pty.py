"""The real ``faqbot`` command in a pseudo-terminal: what a user sees and types."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect
import pytest

pytestmark = pytest.mark.pty

FAQBOT = str(Path(sys.executable).parent / "faqbot")
PROMPT = "\u203a ".encode()
RED_BOLD = b"\x1b[0;31;1m"


def spawn(*args: str, **env: str) -> pexpect.spawn:
    # pexpect is no terminal emulator: it cannot answer prompt_toolkit's cursor position request.
    environ = {**os.environ, "TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1", "NO_COLOR": "", **env}
    child = pexpect.spawn(FAQBOT, list(args), env=environ, dimensions=(30, 100), timeout=20)
    child.expect("not medical advice")
    child.expect(PROMPT)
    return child


def leave(child: pexpect.spawn, keys: str = "/quit\r") -> None:
    child.send(keys)
    child.expect("Goodbye")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert b"Traceback" not in child.before


def test_ask_a_question_read_the_answer_and_quit() -> None:
    child = spawn("--no-history")
    child.send("what is calcinosis\r")
    child.expect("Calcinosis is a condition")
    child.expect("Related questions")
    child.send("2\r")
    child.expect("believed to be an autoimmune disorder")  # 2. What causes calcinosis?
    leave(child)


def test_tab_completes_a_question_fuzzily() -> None:
    child = spawn("--no-history")
    child.send("sympt\t")
    child.expect("What are the symptoms of calcinosis\\?")  # the completion menu
    child.send("\t\r")  # pick the first completion and send it
    child.expect("The most common symptom")
    leave(child)


def test_ctrl_c_clears_the_line_and_ctrl_d_leaves() -> None:
    child = spawn("chat", "--no-history")
    child.send("half a question\x03")
    child.expect(PROMPT)
    child.send("what is calcinosis\r")
    child.expect("Calcinosis is a condition")
    leave(child, "\x04")


@pytest.mark.parametrize(("no_color", "coloured"), [("", True), ("1", False)])
def test_urgent_replies_are_red_unless_no_color(no_color: str, coloured: bool) -> None:
    child = spawn("--no-history", NO_COLOR=no_color)
    child.send("I can't breathe\r")
    child.expect("emergency")
    assert (RED_BOLD in child.before) is coloured
    leave(child)


def test_history_is_kept_between_runs(tmp_path: Path) -> None:
    first = spawn(XDG_STATE_HOME=str(tmp_path))
    first.send("what is calcinosis\r")
    first.expect("Calcinosis is a condition")
    leave(first)
    assert (tmp_path / "faqbot" / "history").read_text().count("what is calcinosis") == 1
    second = spawn(XDG_STATE_HOME=str(tmp_path))
    second.send("\x1b[A\x1b[A\r")  # Up, Up: past /quit to the question
    second.expect("Calcinosis is a condition")
    leave(second)


def test_no_history_leaves_no_file(tmp_path: Path) -> None:
    child = spawn("--no-history", XDG_STATE_HOME=str(tmp_path))
    child.send("what is calcinosis\r")
    child.expect("Calcinosis is a condition")
    leave(child)
    assert not (tmp_path / "faqbot").exists()


def test_unwritable_history_is_said_once_and_the_chat_works(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    child = pexpect.spawn(FAQBOT, env={**os.environ, "TERM": "xterm", "XDG_STATE_HOME":
                          str(blocker), "PROMPT_TOOLKIT_NO_CPR": "1"}, timeout=20)
    child.expect("Cannot keep the input history")
    child.expect(PROMPT)
    child.send("what is calcinosis\r")
    child.expect("Calcinosis is a condition")
    leave(child)


def test_the_chat_says_which_faq_it_reads(tmp_path: Path) -> None:
    (tmp_path / "faq.yaml").write_bytes((Path(__file__).parent.parent / "faq.yaml").read_bytes())
    environ = {**os.environ, "TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1", "NO_COLOR": ""}
    environ.pop("FAQBOT_FAQ", None)
    child = pexpect.spawn(FAQBOT, ["--no-history"], env=environ, cwd=str(tmp_path),
                          dimensions=(30, 100), timeout=20)
    child.expect("not medical advice")
    child.expect("Answers from faq.yaml.")
    child.expect(PROMPT)
    leave(child)
