"""The prompt_toolkit side of the terminal chat: prompt, completion, history, colours, wrapping.

Only :mod:`faqbot.repl` imports this, and only when both ends are a terminal.
"""

from __future__ import annotations

import os
import re
import textwrap
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from prompt_toolkit import PromptSession, print_formatted_text
from prompt_toolkit.application import get_app
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document
from prompt_toolkit.formatted_text import FormattedText, StyleAndTextTuples
from prompt_toolkit.history import FileHistory, History, InMemoryHistory
from prompt_toolkit.input import Input
from prompt_toolkit.output import ColorDepth, Output
from prompt_toolkit.styles import Style

from faqbot import _files
from faqbot.chat import Choice, ChoiceGroup, Conversation
from faqbot.chat import Output as Turn

STYLE = Style.from_dict({
    "prompt": "ansigreen bold",
    "title": "bold",
    "reply": "",
    "fallback": "ansiyellow",
    "urgent": "ansired bold",
    "crisis": "ansired bold",
    "error": "ansired",
    "label": "ansiblue bold",
    "number": "ansicyan bold",
    "hint": "ansibrightblack",
    "bottom-toolbar": "noreverse ansibrightblack",
})
_TEXT_CLASS = {"fallback": "class:fallback", "urgent": "class:urgent", "crisis": "class:crisis",
               "error": "class:error", "notice": "class:hint"}
INDENT = "  "
MIN_WIDTH = 20
"""Narrower than this, lines are wrapped at this width anyway: a word a line helps nobody."""
PROMPT = "\u203a "
HISTORY_BYTES = 256 * 1024
"""The input history is cut to its newest half when it grows past this (a few thousand
questions), so a chat kept for years starts as fast as a new one."""
KEYS = "Keys: Tab completes a question, Up and Ctrl-R search earlier questions, " \
       "Ctrl-C clears the line, Ctrl-D leaves."

_HANGING = re.compile(r"[•*-] |/\S+ {2,}")
"""The start of a bullet or of a term in a list of terms."""

Write = Callable[[Turn], None]


def run(conversation: Conversation, history_file: Path | None, notice: str = "") -> int:
    """The interactive chat on the real terminal, ``notice`` shown after the welcome; returns
    the exit status."""
    history, problem = open_history(history_file)
    session = make_session(conversation, history)
    notices = "\n".join(text for text in (notice, problem) if text)
    return chat(conversation, session, printer(session.output), notice=notices)


def chat(conversation: Conversation, session: PromptSession[str], write: Write, *,
         notice: str = "") -> int:
    """Greet (and give the notice, if any), then answer each line until /quit or Ctrl-D;
    Ctrl-C only clears the line."""
    write(conversation.welcome())
    if notice:
        write(_note(notice))
    while True:
        try:
            text = session.prompt()
        except KeyboardInterrupt:
            continue
        except EOFError:
            text = "/quit"
        _report_history_problem(session.history, write)
        turn = conversation.turn(text)
        write(turn)
        if turn.quit:
            return 0


def make_session(conversation: Conversation, history: History, *, input: Input | None = None,
                 output: Output | None = None) -> PromptSession[str]:
    """The prompt: fuzzy completion of FAQ questions on Tab, history with Ctrl-R and
    suggestions as you type, colours unless NO_COLOR is set."""
    return PromptSession(
        [("class:prompt", PROMPT)],
        completer=QuestionCompleter(conversation),
        complete_while_typing=False,
        auto_suggest=AutoSuggestFromHistory(),
        history=history,
        style=STYLE,
        include_default_pygments_style=False,
        color_depth=color_depth(),
        bottom_toolbar=lambda: _toolbar(conversation),
        reserve_space_for_menu=6,
        search_ignore_case=True,
        input=input,
        output=output,
    )


class QuestionCompleter(Completer):
    """Completes the whole line to an FAQ question, fuzzily ("sympt": the symptoms question)."""

    def __init__(self, conversation: Conversation) -> None:
        self.conversation = conversation

    def get_completions(self, document: Document, complete_event: CompleteEvent
                        ) -> Iterator[Completion]:
        typed = document.text_before_cursor
        for question in self.conversation.completions(typed):
            yield Completion(question, start_position=-len(typed))


class _ForgivingFileHistory(FileHistory):
    """A FileHistory that stops saving, instead of failing the prompt, when the file cannot be
    written (a full disk, a folder made read-only while the chat runs)."""

    problem = ""
    failed = False

    def store_string(self, string: str) -> None:
        if self.failed:
            return
        lines = "".join(f"+{line}\n" for line in string.split("\n"))
        try:
            append_private(str(self.filename), f"\n# {datetime.now()}\n{lines}")
        except OSError as exc:
            self.failed = True
            self.problem = _cannot_keep(Path(str(self.filename)), exc)


def append_private(path: str, text: str) -> None:
    """Append to a private file as FileHistory does, but never through a link planted in its
    place (FileHistory's own open() follows one)."""
    fd = _files.open_private(path, os.O_WRONLY | os.O_APPEND)
    try:
        os.write(fd, text.encode("utf-8", "replace"))
    finally:
        os.close(fd)


def open_history(path: Path | None) -> tuple[History, str]:
    """The history to use, and why it is not the file asked for (or "")."""
    if path is None:
        return InMemoryHistory(), ""
    try:
        _prepare_history_file(path)
    except OSError as exc:
        return InMemoryHistory(), _cannot_keep(path, exc)
    return _ForgivingFileHistory(path), ""


def _prepare_history_file(path: Path) -> None:
    """Create the history file, private (what people ask about their health is theirs alone),
    never through a link, and cut to its newest half once it is over :data:`HISTORY_BYTES`."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = _files.open_private(path, os.O_RDWR | os.O_APPEND)
    try:
        size = os.fstat(fd).st_size
        if size > HISTORY_BYTES:
            tail = os.pread(fd, HISTORY_BYTES // 2, size - HISTORY_BYTES // 2)
            os.ftruncate(fd, 0)
            os.write(fd, tail[tail.find(b"\n# ") :] if b"\n# " in tail else b"")
    finally:
        os.close(fd)


def _cannot_keep(path: Path, exc: OSError) -> str:
    return f"Cannot keep the input history in {path} ({exc.strerror or exc}); going on without it."


def _report_history_problem(history: History, write: Write) -> None:
    if isinstance(history, _ForgivingFileHistory) and history.problem:
        write(_note(history.problem))
        history.problem = ""


def color_depth() -> ColorDepth | None:
    """Monochrome when NO_COLOR is set (https://no-color.org); urgent and crisis replies stay
    bold."""
    return ColorDepth.DEPTH_1_BIT if os.environ.get("NO_COLOR") else None


def printer(output: Output) -> Write:
    """Show each turn on ``output``, wrapped to the terminal's current width."""
    def write(turn: Turn) -> None:
        fragments = render(turn, output.get_size().columns)
        print_formatted_text(FormattedText(fragments), style=STYLE, output=output, end="",
                             color_depth=color_depth(), include_default_pygments_style=False)
    return write


def render(turn: Turn, width: int) -> StyleAndTextTuples:
    """The turn as styled text: indented, wrapped to ``width``, numbered choices, a blank line
    after. An empty turn shows nothing."""
    if turn.kind == "empty":
        return []
    # The last column would make some terminals wrap early; wrapping wider than the terminal
    # would leave it to rewrap our lines, a word or two at a time.
    width = max(width - 1, MIN_WIDTH)
    fragments: StyleAndTextTuples = []
    if turn.heading:
        fragments.append(("class:title", textwrap.fill(turn.heading, width) + "\n"))
    fragments += _text(turn.text, width, _TEXT_CLASS.get(turn.kind, "class:reply"))
    if turn.source:
        fragments += _text(turn.source, width, "class:hint")
    digits = len(str(turn.choices[-1].number)) if turn.choices else 1
    for group in turn.groups:
        fragments += _group(group, digits, width)
    hints = "\n".join(filter(None, [turn.hint, KEYS if turn.kind == "help" else ""]))
    if hints:
        fragments += [("", "\n" if turn.groups else ""), *_text(hints, width, "class:hint")]
    fragments.append(("", "\n"))
    return fragments


def _text(text: str, width: int, style: str) -> StyleAndTextTuples:
    lines = (_wrap(line, width) for line in text.splitlines())
    return [(style, "".join(f"{line}\n" for line in lines))]


def _wrap(line: str, width: int) -> str:
    # Bullets ("  • item") and terms ("/help    this help") keep a hanging indent when wrapped,
    # so lists stay readable in a narrow terminal.
    body = line.lstrip()
    lead = INDENT + line[: len(line) - len(body)]
    term = _HANGING.match(body)
    hang = lead + " " * (term.end() if term else 0)
    return textwrap.fill(body, width, initial_indent=lead, subsequent_indent=hang,
                         break_on_hyphens=False) or lead.rstrip()


def _group(group: ChoiceGroup, digits: int, width: int) -> StyleAndTextTuples:
    fragments: StyleAndTextTuples = [("", "\n"), ("class:label", f"{INDENT}{group.label}\n")]
    for choice in group.choices:
        fragments += _choice(choice, digits, width)
    return fragments


def _choice(choice: Choice, digits: int, width: int) -> StyleAndTextTuples:
    number = f"{INDENT}{INDENT}{choice.number:>{digits}}. "
    hang = " " * len(number)
    lines = textwrap.wrap(choice.question, width, initial_indent=hang, subsequent_indent=hang)
    return [("class:number", number), ("", "\n".join(lines)[len(hang):] + "\n")]


def _note(text: str) -> Turn:
    return Turn("notice", text)


def _toolbar(conversation: Conversation) -> StyleAndTextTuples:
    columns = get_app().output.get_size().columns
    return [("class:bottom-toolbar", toolbar_text(conversation, columns))]


def toolbar_text(conversation: Conversation, width: int) -> str:
    """The keys at the bottom of the screen, in the longest wording that fits ``width``."""
    pick = [f"1-{len(conversation.choices)} pick"] if conversation.choices else []
    for keys in _TOOLBARS:
        text = " " + " · ".join([*pick, *keys])
        if len(text) < width:
            return text
    return text


_TOOLBARS = (
    ("Tab complete", "Ctrl-R history", "/help", "Ctrl-D quit"),
    ("Tab", "Ctrl-R", "/help", "Ctrl-D quit"),
    ("Tab", "^R", "/help", "^D quit"),
    ("/help", "^D quit"),
)
