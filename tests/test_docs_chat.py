"""The chat section of the docs: every session in it is re-run and must match, word for word."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from faqbot import FAQBot, _screen
from faqbot.chat import Conversation, Output

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "chat.md"
"""The file holding the section (the README, once the section is pasted there)."""
HEADING = "## Chatting in a terminal"
SCREEN_WIDTH = 80
PROMPT = _screen.PROMPT


def section() -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index(HEADING + "\n")
    end = re.compile(r"^## ", re.M).search(text, start + len(HEADING))
    return text[start:end.start() if end else len(text)]


def blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```$", section(), re.M | re.S)


def console_examples() -> list[tuple[str, str]]:
    examples = []
    for block in blocks("console"):
        command, _, output = block.partition("\n")
        examples.append((command.removeprefix("$ "), output))
    return examples


@pytest.mark.parametrize(("command", "expected"), console_examples())
def test_each_piped_session_is_what_faqbot_prints(command: str, expected: str) -> None:
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, check=False,
                          env={**os.environ, "PATH": path}, cwd=ROOT)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == expected


def test_the_screen_session_is_what_the_screen_shows(bot: FAQBot) -> None:
    [shown] = blocks("text")
    chat = Conversation(bot)
    replay = _render(chat.welcome())
    for line in shown.splitlines():
        if line.startswith(PROMPT):
            typed = line.removeprefix(PROMPT)
            replay += f"{PROMPT}{typed}\n" + _render(chat.turn(typed))
    assert replay.rstrip("\n") == shown.rstrip("\n")  # the block cannot end in a blank line


def test_the_section_has_examples() -> None:
    assert len(console_examples()) >= 1 and len(blocks("text")) == 1


def _render(output: Output) -> str:
    return "".join(text for _, text in _screen.render(output, SCREEN_WIDTH))
