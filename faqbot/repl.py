"""The terminal chat behind ``faqbot`` and ``faqbot chat``.

On a terminal it opens the prompt_toolkit screen (:mod:`faqbot._screen`); anywhere else (a pipe, a
file) it answers each line plainly, without loading prompt_toolkit at all.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, BinaryIO, TextIO

from faqbot.bot import FAQBot
from faqbot.chat import Conversation, render_plain
from faqbot.cli._common import read_lines

if TYPE_CHECKING:
    from pathlib import Path


def run(faq: str | None = None, *, history: bool = True) -> int:
    """Chat about the FAQ file ``faq`` (None: the bundled one) until the user leaves or the input
    ends, keeping the input history unless ``history`` is false; returns the exit status."""
    bot = FAQBot.load(faq)
    conversation = Conversation(bot, reraise=bool(os.environ.get("FAQBOT_DEBUG")))
    if not _is_terminal():
        return run_plain(conversation, sys.stdin.buffer, sys.stdout)
    from pathlib import Path

    from faqbot import _screen

    history_file = history_path(os.environ, Path.home()) if history else None
    return _screen.run(conversation, history_file, notice=f"Answers from {bot.faq.name}.")


def run_plain(conversation: Conversation, lines: BinaryIO, out: TextIO) -> int:
    """Answer every line of ``lines`` as plain text on ``out``, a blank line between replies.

    Blank input lines are skipped; ``/quit`` stops early. Errors go to standard error.
    """
    first = True
    for line in read_lines(lines):
        output = conversation.turn(line)
        text = render_plain(output)
        if output.kind == "error":
            print(f"faqbot: {text}", file=sys.stderr, flush=True)
        elif text:
            print(text if first else f"\n{text}", file=out, flush=True)
            first = False
        if output.quit:
            break
    return 0


def history_path(environ: Mapping[str, str], home: Path) -> Path:
    """Where the input history lives: ``$XDG_STATE_HOME/faqbot/history``, else under
    ``~/.local/state`` (a relative XDG_STATE_HOME is ignored, as the XDG spec asks)."""
    from pathlib import Path  # here, not at the top: a piped chat does not need it

    state = environ.get("XDG_STATE_HOME", "")
    base = Path(state) if state and Path(state).is_absolute() else home / ".local" / "state"
    return base / "faqbot" / "history"


def _is_terminal() -> bool:
    streams = (sys.stdin, sys.stdout)
    return all(stream is not None and stream.isatty() for stream in streams)
