"""The terminal chat: the prompt loop on a pipe input, the look, history, and plain mode."""

from __future__ import annotations

import errno
import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from _chat_script import AMBIGUOUS, scripted_conversation
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document
from prompt_toolkit.history import FileHistory, InMemoryHistory
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import ColorDepth, DummyOutput

from faqbot import FAQBot, _screen
from faqbot.chat import Choice, ChoiceGroup, Conversation, Output
from faqbot.repl import history_path, run_plain

CTRL_C, CTRL_D = "\x03", "\x04"


@pytest.fixture
def chat(bot: FAQBot, monkeypatch: pytest.MonkeyPatch) -> Conversation:
    return scripted_conversation(bot, monkeypatch)


def session_for(chat: Conversation, keys: str) -> list[Output]:
    """Type ``keys`` into the chat loop; the outputs it showed, in order."""
    shown: list[Output] = []
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        session = _screen.make_session(chat, InMemoryHistory(), input=pipe, output=DummyOutput())
        assert _screen.chat(chat, session, shown.append) == 0
    return shown


def kinds(shown: list[Output]) -> list[str]:
    return [output.kind for output in shown]


@pytest.mark.parametrize(("keys", "expected"), [
    ("what is calcinosis\r" + CTRL_D, ["welcome", "answer", "quit"]),
    ("/topics\r/quit\r", ["welcome", "topics", "quit"]),
    ("/help\rquit\r", ["welcome", "help", "quit"]),
    ("exit\r", ["welcome", "quit"]),
    (CTRL_D, ["welcome", "quit"]),
    ("what is calcinosis" + CTRL_C + CTRL_C + "/quit\r", ["welcome", "quit"]),
    ("\r\r" + CTRL_D, ["welcome", "empty", "empty", "quit"]),
    ("I can't breathe\r" + CTRL_D, ["welcome", "urgent", "quit"]),
])
def test_the_loop_shows(chat: Conversation, keys: str, expected: list[str]) -> None:
    assert kinds(session_for(chat, keys)) == expected


def test_an_answer_on_screen_is_the_faq_answer(chat: Conversation) -> None:
    shown = session_for(chat, "what is calcinosis\r" + CTRL_D)
    assert shown[1].text == chat.bot.faq.entry("what-is-calcinosis").answer


def test_did_you_mean_picked_by_number(chat: Conversation) -> None:
    shown = session_for(chat, AMBIGUOUS + "\r2\r" + CTRL_D)
    offered = shown[1].choices[1]
    assert shown[1].groups[0].label == "Did you mean"
    assert shown[2].text == chat.bot.faq.entry(offered.id).answer


def test_ctrl_c_clears_the_line_and_the_chat_goes_on(chat: Conversation) -> None:
    shown = session_for(chat, "half a question" + CTRL_C + "what is calcinosis\r" + CTRL_D)
    assert kinds(shown) == ["welcome", "answer", "quit"]
    assert shown[1].reply is not None and shown[1].reply.question == "what is calcinosis"


def test_the_loop_with_the_real_printer_does_not_break(chat: Conversation) -> None:
    with create_pipe_input() as pipe:
        pipe.send_text(AMBIGUOUS + "\r1\r/topics\r/help\r" + CTRL_D)
        output = DummyOutput()
        session = _screen.make_session(chat, InMemoryHistory(), input=pipe, output=output)
        assert _screen.chat(chat, session, _screen.printer(output)) == 0


@pytest.mark.parametrize(("typed", "first"), [
    ("sympt", "What are the symptoms of calcinosis?"),
    ("what are the sympt", "What are the symptoms of calcinosis?"),
    ("/to", "/topics"),
])
def test_tab_completes_the_whole_line(chat: Conversation, typed: str, first: str) -> None:
    completer = _screen.QuestionCompleter(chat)
    completions = list(completer.get_completions(Document(typed), CompleteEvent(True)))
    assert completions[0].text == first
    assert completions[0].start_position == -len(typed)


def screen_text(output: Output, width: int = 80) -> str:
    return "".join(text for _, text in _screen.render(output, width))


def test_replies_are_wrapped_to_the_width_and_indented(chat: Conversation) -> None:
    text = screen_text(chat.turn("what are the symptoms"), width=40)
    lines = text.splitlines()
    assert max(len(line) for line in lines) < 40
    assert all(line.startswith("  ") for line in lines if line)
    assert "    • Painful lesions" in lines


def test_a_wrapped_bullet_keeps_its_hanging_indent() -> None:
    text = screen_text(Output("answer", "  • " + "word " * 20), width=40)
    first, second = text.splitlines()[:2]
    assert first.startswith("    • word") and second.startswith("      word")


def test_choices_are_numbered_under_their_label() -> None:
    group = ChoiceGroup("Related questions", tuple(
        Choice(n, f"q{n}", f"Question {n}?") for n in range(1, 11)))
    lines = screen_text(Output("answer", "Text.", (group,))).splitlines()
    assert lines[2:5] == ["  Related questions", "     1. Question 1?", "     2. Question 2?"]
    assert lines[-2] == "    10. Question 10?"


@pytest.mark.parametrize(("kind", "style"), [
    ("urgent", "class:urgent"), ("crisis", "class:crisis"), ("fallback", "class:fallback"),
    ("answer", "class:reply"), ("error", "class:error"),
])
def test_each_kind_has_its_look(kind: str, style: str) -> None:
    fragments = _screen.render(Output(kind, "Some text."), 80)  # type: ignore[arg-type]
    assert (style, "  Some text.\n") in fragments


@pytest.mark.parametrize("kind", ["urgent", "crisis"])
def test_urgent_and_crisis_are_bold_and_red(kind: str) -> None:
    attrs = _screen.STYLE.get_attrs_for_style_str(f"class:{kind}")
    assert attrs.bold and attrs.color == "ansired"


def test_help_on_screen_explains_the_keys(chat: Conversation) -> None:
    assert "Ctrl-R" in screen_text(chat.turn("/help"))


def test_an_empty_turn_shows_nothing() -> None:
    assert _screen.render(Output("empty"), 80) == []


@pytest.mark.parametrize(("no_color", "depth"), [("1", ColorDepth.DEPTH_1_BIT), ("", None)])
def test_no_color_means_monochrome(
    monkeypatch: pytest.MonkeyPatch, no_color: str, depth: ColorDepth | None
) -> None:
    monkeypatch.setenv("NO_COLOR", no_color)
    assert _screen.color_depth() == depth


@pytest.mark.parametrize(("environ", "expected"), [
    ({"XDG_STATE_HOME": "/state"}, "/state/faqbot/history"),
    ({}, "/home/ann/.local/state/faqbot/history"),
    ({"XDG_STATE_HOME": ""}, "/home/ann/.local/state/faqbot/history"),
    ({"XDG_STATE_HOME": "relative/dir"}, "/home/ann/.local/state/faqbot/history"),
])
def test_history_path(environ: dict[str, str], expected: str) -> None:
    assert history_path(environ, Path("/home/ann")) == Path(expected)


def test_history_file_is_created_private(tmp_path: Path) -> None:
    path = tmp_path / "state" / "faqbot" / "history"
    history, problem = _screen.open_history(path)
    assert problem == "" and isinstance(history, FileHistory)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_history_persists_between_runs(chat: Conversation, tmp_path: Path) -> None:
    path = tmp_path / "history"
    for keys in ("what is calcinosis\r" + CTRL_D, CTRL_D):
        history, _ = _screen.open_history(path)
        with create_pipe_input() as pipe:
            pipe.send_text(keys)
            session = _screen.make_session(chat, history, input=pipe, output=DummyOutput())
            _screen.chat(chat, session, lambda output: None)
    assert list(_screen.open_history(path)[0].load_history_strings()) == ["what is calcinosis"]


def test_unwritable_history_means_no_history_and_one_message(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    history, problem = _screen.open_history(blocker / "faqbot" / "history")
    assert isinstance(history, InMemoryHistory)
    assert problem.startswith(f"Cannot keep the input history in {blocker}")


def test_a_history_link_is_not_followed(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.write_text("precious")
    (tmp_path / "history").symlink_to(target)
    history, problem = _screen.open_history(tmp_path / "history")
    assert isinstance(history, InMemoryHistory) and problem.startswith("Cannot keep")
    assert target.read_text() == "precious"


def test_a_history_link_planted_later_is_not_written_through(tmp_path: Path) -> None:
    path, target = tmp_path / "history", tmp_path / "elsewhere"
    history, _ = _screen.open_history(path)
    target.write_text("precious")
    path.unlink()
    path.symlink_to(target)
    history.store_string("can it spread")
    assert target.read_text() == "precious"


def test_an_open_history_file_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "history"
    path.write_text("")
    path.chmod(0o644)
    _screen.open_history(path)[0].store_string("is it painful")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_long_history_keeps_its_newest_half(tmp_path: Path) -> None:
    path = tmp_path / "history"
    history, _ = _screen.open_history(path)
    count = 0
    while path.stat().st_size <= _screen.HISTORY_BYTES:
        history.store_string(f"question {count}")
        count += 1
    kept = list(_screen.open_history(path)[0].load_history_strings())
    assert path.stat().st_size <= _screen.HISTORY_BYTES // 2
    assert kept[0] == f"question {count - 1}" and count // 3 < len(kept) < count // 2 + 1


def test_a_notice_at_start_follows_the_welcome(chat: Conversation) -> None:
    shown: list[Output] = []
    with create_pipe_input() as pipe:
        pipe.send_text(CTRL_D)
        session = _screen.make_session(chat, InMemoryHistory(), input=pipe, output=DummyOutput())
        _screen.chat(chat, session, shown.append, notice="No history today.")
    assert [(o.kind, o.text) for o in shown[:2]] == [("welcome", chat.welcome().text),
                                                     ("notice", "No history today.")]


def test_history_that_fails_later_is_reported_once(
    chat: Conversation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(path: str, text: str) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    history, _ = _screen.open_history(tmp_path / "history")
    monkeypatch.setattr(_screen, "append_private", disk_full)
    shown: list[Output] = []
    with create_pipe_input() as pipe:
        pipe.send_text("one\rtwo\r" + CTRL_D)
        session = _screen.make_session(chat, history, input=pipe, output=DummyOutput())
        _screen.chat(chat, session, shown.append)
    notes = [o.text for o in shown if o.kind == "notice"]
    assert notes == [f"Cannot keep the input history in {tmp_path / 'history'} "
                     "(No space left on device); going on without it."]


def plain(chat: Conversation, data: bytes) -> str:
    out = io.StringIO()
    assert run_plain(chat, io.BytesIO(data), out) == 0
    return out.getvalue()


def test_plain_mode_answers_and_picks_by_number(chat: Conversation) -> None:
    text = plain(chat, AMBIGUOUS.encode() + b"\n1\n")
    first, second = text.split("\n\n")
    assert "Did you mean:\n  1. Where in the body does calcinosis occur?" in first
    assert second.startswith(chat.bot.faq.entry("where-it-occurs").answer)


@pytest.mark.parametrize("data", [
    b"\xff\xfe broken utf-8\n", b"\x00\x1b[31m\n", "颜色 🙂\n".encode(), b"x" * 200_000 + b"\n",
    b"no newline at the end",
])
def test_plain_mode_gives_any_bytes_a_reply(chat: Conversation, data: bytes) -> None:
    assert "ask your doctor" in plain(chat, data)


def test_plain_mode_skips_blank_lines_and_stops_at_quit(chat: Conversation) -> None:
    text = plain(chat, b"\n\nhello\n/quit\nwhat is calcinosis\n")
    assert text == f"{chat.bot.faq.smalltalk['greeting']}\n\nGoodbye, and take care.\n"


def run_faqbot(*args: str, data: bytes = b"", env: dict[str, str] | None = None
               ) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "faqbot", *args], input=data,
                          capture_output=True, env={**os.environ, **(env or {})}, check=False)


def test_piped_mode_through_the_real_command() -> None:
    done = run_faqbot(data=b"what is calcinosis\n")
    assert done.returncode == 0
    assert done.stdout.decode().startswith("Calcinosis is a condition")
    assert b"\x1b" not in done.stdout and done.stderr == b""


@pytest.mark.parametrize("args", [(), ("chat",), ("chat", "--no-history")])
def test_piped_mode_for_each_way_of_starting_the_chat(args: tuple[str, ...]) -> None:
    done = run_faqbot(*args, data=b"/quit\n")
    assert (done.returncode, done.stdout) == (0, b"Goodbye, and take care.\n")


def test_piped_mode_does_not_load_prompt_toolkit() -> None:
    code = ("import sys, faqbot.cli as c; c.main(['chat']); "
            "print('prompt_toolkit' in sys.modules, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], input=b"hi\n", capture_output=True,
                          check=False)
    assert done.stderr == b"False\n"


def test_a_broken_faq_is_one_line_and_status_2(tmp_path: Path) -> None:
    broken = tmp_path / "faq.yaml"
    broken.write_text("entries: [")
    done = run_faqbot("chat", "--faq", str(broken), data=b"hi\n")
    assert done.returncode == 2
    assert done.stderr.decode().startswith(f"faqbot: {broken}")
    assert done.stderr.count(b"\n") == 1 and b"Traceback" not in done.stderr


def test_faq_option_chats_from_another_file(tmp_path: Path) -> None:
    faq = tmp_path / "clinic.yaml"
    faq.write_text("entries:\n  - id: hours\n    question: When is the clinic open?\n"
                   "    answer: Weekdays from nine to five.\n")
    done = run_faqbot("--faq", str(faq), data=b"/topics\n1\n")
    assert done.returncode == 0
    assert done.stdout.decode() == ("Every question I can answer, by section:\nGeneral:\n"
                                    "  1. When is the clinic open?\nType a number to read that "
                                    "answer.\n\nWeekdays from nine to five.\n")


@pytest.mark.parametrize("width", [40, 50, 80, 120])
def test_the_toolbar_fits_the_terminal(chat: Conversation, width: int) -> None:
    chat.turn(AMBIGUOUS)
    text = _screen.toolbar_text(chat, width)
    assert len(text) < width
    assert "pick" in text and "quit" in text
    assert ("Tab" in text) == (width >= 40)


@pytest.mark.parametrize("width", [40, 30, 24])
def test_narrow_terminals_get_lines_of_their_width(chat: Conversation, width: int) -> None:
    turns = [chat.welcome(), chat.turn("what are the symptoms?"), chat.turn("/help")]
    for turn in turns:
        lines = "".join(text for _, text in _screen.render(turn, width)).splitlines()
        assert max(map(len, lines)) < width
        words = [line.split() for line in lines if line.strip()]
        assert sum(len(w) == 1 for w in words) <= len(words) // 3, words
