"""faqbot coverage: the numbers a report gives, the gate's exit status, --types and --sweep, the
real command's exit codes and messages, and the README section's example output."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from faqbot import FAQBot
from faqbot.cases import Case
from faqbot.coverage import (
    Coverage,
    Outcome,
    evaluate,
    gate,
    min_accuracy_fraction,
    type_coverage,
)
from faqbot.errors import FAQBotError

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "coverage.md"
"""The file holding the coverage section (the lead may point this at README.md)."""
SECTION = "## Testing coverage"

CASES = """\
- {q: "what is calcinosis", expect: what-is-calcinosis, type: information}
- {q: "what causes calcinosis", expect: causes, type: causes}
- {q: "hello", expect: smalltalk}
- {q: "I can't breathe", expect: urgent}
- {q: "what is the weather on mars tomorrow", expect: fallback}
"""
MISSES = """\
- {q: "what causes calcinosis", expect: surgery, type: causes}
- {q: "what is the weather on mars tomorrow", expect: causes, type: causes}
- {q: "what is calcinosis", expect: what-is-calcinosis, type: information}
"""


def outcome(expect: str | None, kind: str, got: str, score: float | None = 90.0,
            best: float | None = 90.0, runner: float | None = 50.0) -> Outcome:
    return Outcome(Case("q", 1, (expect,) if expect else ()), kind, got, score,
                   got if kind == "answer" else "a",
                   best, "b", runner)


def coverage(*outcomes: Outcome) -> Coverage:
    return Coverage("q.yaml", "faq.yaml", 72.0, ("a", "b", "c"), outcomes)


def test_a_wrong_answer_is_an_answer_where_something_else_was_expected() -> None:
    c = coverage(outcome("a", "answer", "a"), outcome("b", "answer", "a"),
                 outcome("fallback", "answer", "c"), outcome("a", "fallback", "fallback"))
    assert (c.correct, c.accuracy, len(c.wrong), len(c.misses)) == (1, 0.25, 2, 3)
    assert c.fallback_rate == 0.25


def test_confusions_count_each_pair_most_frequent_first() -> None:
    c = coverage(outcome("b", "answer", "a"), outcome("c", "fallback", "fallback"),
                 outcome("b", "answer", "a"))
    assert c.confusions == [("b", "a", 2), ("c", "fallback", 1)]


def test_unreached_entries_are_those_no_question_was_answered_with() -> None:
    assert coverage(outcome("a", "answer", "a"), outcome("b", "answer", "c")).unreached == ("b",)


@pytest.mark.parametrize(("best", "runner", "tie"),
                         [(90, 86, True), (90, 85, True), (90, 84, False)])
def test_near_tie_is_a_runner_up_within_five_points(best: float, runner: float, tie: bool) -> None:
    assert outcome("a", "answer", "a", best=best, runner=runner).near_tie is tie


def test_accuracy_by_type_counts_only_typed_cases_in_type_order() -> None:
    typed = [Outcome(Case("q", 1, ("a",), t), "answer", g, 90.0) for t, g in
             [("treatment", "a"), ("causes", "b"), ("causes", "a")]]
    assert coverage(*typed, outcome("a", "answer", "a")).by_type() == {
        "causes": (1, 2), "treatment": (1, 1)}


def test_no_expectations_means_no_accuracy() -> None:
    c = coverage(outcome(None, "answer", "a", score=74.0))
    assert (c.accuracy, c.misses, c.wrong) == (None, (), ())
    assert c.low_confidence() == c.outcomes


def test_the_bot_is_asked_every_case(bot: FAQBot) -> None:
    from faqbot.cases import parse_cases

    c = evaluate(bot, parse_cases(CASES, "q.yaml", bot.faq.ids, ".yaml"))
    assert [o.got for o in c.outcomes] == [
        "what-is-calcinosis", "causes", "smalltalk", "urgent", "fallback"]
    assert (c.accuracy, c.wrong, c.fallbacks) == (1.0, (), 1)


def test_at_the_bots_threshold_the_report_gives_what_came_for_a_long_message(bot: FAQBot) -> None:
    """The bot reads the first MAX_MESSAGE characters of a message; the report weighs what its
    ranking showed on the same characters."""
    from faqbot.coverage import outcome

    question = "what causes the lumps in calcinosis? " * 400  # over 10,000 characters
    found = outcome(bot, Case(question, 1))
    assert found.got_at(bot.threshold, bot.acceptance) == found.got


def test_misses_say_what_was_expected_and_what_came(bot: FAQBot) -> None:
    from faqbot.cases import parse_cases

    c = evaluate(bot, parse_cases(MISSES, "q.yaml", bot.faq.ids, ".yaml"))
    assert [(o.case.label, o.got, o.wrong) for o in c.misses] == [
        ("surgery", "causes", True), ("causes", "fallback", False)]
    assert c.by_type() == {"information": (1, 1), "causes": (0, 2)}


def test_the_sweep_agrees_with_the_bot_at_its_own_threshold(bot: FAQBot) -> None:
    from faqbot.cases import parse_cases

    c = evaluate(bot, parse_cases(MISSES + CASES, "q.yaml", bot.faq.ids, ".yaml"))
    points = c.sweep()
    current = [p for p in points if p.current]
    assert [p.threshold for p in current] == [bot.threshold]
    assert (current[0].answered, current[0].wrong, current[0].correct) == (
        sum(o.kind == "answer" for o in c.outcomes), len(c.wrong), c.correct)
    answered = [p.answered for p in points]
    assert answered == sorted(answered, reverse=True)


def test_at_threshold_101_nothing_is_answered_but_urgent_and_smalltalk_stay(bot: FAQBot) -> None:
    from faqbot.cases import parse_cases

    c = evaluate(bot, parse_cases(CASES, "q.yaml", bot.faq.ids, ".yaml"))
    assert [o.got_at(101) for o in c.outcomes] == [
        "fallback", "fallback", "smalltalk", "urgent", "fallback"]
    (top,) = [p for p in c.sweep([101.0]) if p.threshold == 101]
    assert (top.answered, top.wrong, top.correct) == (0, 0, 3)


def test_the_sweep_decides_near_the_threshold_as_the_bot_does() -> None:
    """Near its threshold the bot gives the best entry when its acceptance model finds it
    likely right, so the sweep must say the same at every threshold it tries."""
    from dataclasses import replace

    from faqbot.acceptance import Evidence, load_acceptance

    model = load_acceptance()
    strong = Evidence(40.0, 0.5, 0.5, 0, False, 0, 0, 12, True)
    weak = Evidence(1.0, 0.0, 0.4, 5, False, 2, 2, 3, False)
    base = outcome("a", "answer", "a", score=65.0, best=65.0)
    likely, unlikely, unread = replace(base, evidence=strong), replace(base, evidence=weak), base
    assert likely.got_at(72.0) == "a"
    assert unlikely.got_at(72.0) == unread.got_at(72.0) == "fallback"
    assert unread.got_at(65.0) == "a"  # no evidence read: the threshold alone decides
    assert likely.got_at(65.0 - model.low + 0.1) == "fallback"  # below the band: never
    assert unlikely.got_at(65.0 - model.high) == "a"  # far over the threshold: always


def test_types_show_what_the_faq_answers_and_what_it_cannot(bot: FAQBot) -> None:
    status = {t.type: t.status for t in type_coverage(bot)}
    assert status["symptoms"] == status["treatment"] == "answered"
    assert status["inheritance"] == status["prevention"] == "not answered"
    assert len(status) == 12


@pytest.mark.parametrize(("value", "fraction"), [(0.9, 0.9), (90, 0.9), (1, 1), (100, 1.0),
                                                 (None, None)])
def test_min_accuracy_takes_a_fraction_or_a_percentage(value: float | None,
                                                       fraction: float | None) -> None:
    assert min_accuracy_fraction(value) == fraction


@pytest.mark.parametrize("value", [-1, 101])
def test_min_accuracy_out_of_range_is_refused(value: float) -> None:
    with pytest.raises(FAQBotError, match=r"--min-accuracy .*: give a fraction"):
        min_accuracy_fraction(value)


@pytest.mark.parametrize(
    ("minimum", "no_wrong", "status"),
    [(None, False, 0), (0.5, False, 0), (0.6, False, 1), (None, True, 1), (0.1, True, 1)],
)
def test_gate(minimum: float | None, no_wrong: bool, status: int) -> None:
    c = coverage(outcome("a", "answer", "a"), outcome("b", "answer", "a"))
    assert gate(c, minimum, no_wrong) == status


# --- the real command -----------------------------------------------------------------------------

def faqbot(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "faqbot", *args], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, "COLUMNS": "100", **(env or {})},
                          check=False)


@pytest.fixture
def cases_file(tmp_path: Path) -> Path:
    path = tmp_path / "cases.yaml"
    path.write_text(CASES, encoding="utf-8")
    return path


@pytest.fixture
def misses_file(tmp_path: Path) -> Path:
    path = tmp_path / "misses.yaml"
    path.write_text(MISSES, encoding="utf-8")
    return path


def test_all_correct_exits_0_with_a_report(cases_file: Path) -> None:
    result = faqbot("coverage", str(cases_file), "--min-accuracy", "90", "--no-wrong")
    assert result.returncode == 0, result.stderr
    assert "accuracy        100.0%  (5 of 5)" in result.stdout
    assert "wrong answers   0" in result.stdout


@pytest.mark.parametrize(
    ("options", "status"),
    [((), 0), (("--min-accuracy", "0.3"), 0), (("--min-accuracy", "50"), 1),
     (("--no-wrong",), 1), (("--min-accuracy", "150"), 2)],
)
def test_the_gate_sets_the_exit_status(misses_file: Path, options: tuple[str, ...],
                                       status: int) -> None:
    result = faqbot("coverage", str(misses_file), *options)
    assert result.returncode == status, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.yaml", "", "empty.yaml: the file is empty"),
        ("bad.yaml", "- {q: a\n- b\n", "bad.yaml, line 3: not valid YAML"),
        ("id.yaml", "- {q: a, expect: sugery}\n",
         "id.yaml, line 1: unknown id 'sugery' in 'expect' (did you mean 'surgery'?)"),
        ("noq.yaml", "- {expect: causes}\n", "noq.yaml, line 1: the case has no 'q'"),
        ("type.yaml", "- {q: a, type: treatmnet}\n",
         "type.yaml, line 1: unknown question type 'treatmnet' in 'type' (did you mean"),
        ("log.jsonl", '{"question": "a"}\nnot json\n', "log.jsonl, line 2: not valid JSON"),
        ("plain.txt", "what is it\n", "plain.txt: no case says what it expects"),
    ],
)
def test_bad_files_exit_2_with_one_line_naming_the_line(tmp_path: Path, name: str, content: str,
                                                        message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = faqbot("coverage", str(path), "--no-wrong")
    assert result.returncode == 2
    assert result.stderr.startswith(f"faqbot: {path.parent}/{message}")
    assert len(result.stderr.splitlines()) == 1


def test_a_missing_file_exits_2(tmp_path: Path) -> None:
    result = faqbot("coverage", str(tmp_path / "nope.yaml"))
    assert (result.returncode, result.stderr.strip()) == (
        2, f"faqbot: {tmp_path}/nope.yaml: cannot read the file (No such file or directory)")


def test_no_file_and_no_types_exits_2() -> None:
    result = faqbot("coverage")
    assert result.returncode == 2
    assert "give a FILE of questions" in result.stderr


def test_types_lists_answered_and_missing_types() -> None:
    result = faqbot("coverage", "--types")
    assert result.returncode == 0
    assert re.search(r"^  symptoms +answered +3/3 +symptoms$", result.stdout, re.M)
    assert "Not covered (the bot falls back): " in result.stdout
    assert "inheritance" in result.stdout.split("Not covered")[1]


def test_sweep_marks_the_current_threshold(cases_file: Path) -> None:
    result = faqbot("coverage", str(cases_file), "--sweep")
    sweep = result.stdout.split("Threshold sweep")[1]
    assert re.search(r"^ +72 \* +2 +0 +5$", sweep, re.M)
    assert re.search(r"^ +40 +\d+ +\d+ +\d+$", sweep, re.M)


def test_plain_text_shows_each_reply(tmp_path: Path) -> None:
    path = tmp_path / "questions.txt"
    path.write_text("what causes calcinosis\nis it contagious\n", encoding="utf-8")
    result = faqbot("coverage", str(path))
    assert re.search(r"^ +1  what causes calcinosis +causes +\d+\.\d", result.stdout, re.M)
    assert re.search(r"^ +2  is it contagious +fallback", result.stdout, re.M)


def test_json_lines_from_the_server_log_show_each_reply(tmp_path: Path) -> None:
    path = tmp_path / "unanswered.jsonl"
    path.write_text('{"time": "2026-11-24T10:00:00Z", "question": "is it contagious"}\n'
                    '{"time": "2026-11-24T10:01:00Z", "question": "what causes calcinosis"}\n',
                    encoding="utf-8")
    result = faqbot("coverage", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert '"got": "fallback"' in result.stdout and '"got": "causes"' in result.stdout


def test_the_report_fits_the_terminal(tmp_path: Path) -> None:
    path = tmp_path / "questions.txt"
    path.write_text("what causes calcinosis, " * 10 + "\n", encoding="utf-8")
    result = faqbot("coverage", str(path), env={"COLUMNS": "60"})
    lines = [line for line in result.stdout.splitlines() if str(path) not in line]
    assert max(len(line) for line in lines) <= 60
    assert "…" in result.stdout


def test_output_writes_the_report_to_a_file_and_says_so(cases_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = faqbot("coverage", str(cases_file), "--format", "json", "--output", str(out))
    assert (result.returncode, result.stdout) == (0, f"Wrote the json report of {cases_file} to {out}\n")
    assert '"accuracy": 1.0' in out.read_text(encoding="utf-8")


def test_types_with_a_file_is_refused(cases_file: Path) -> None:
    result = faqbot("coverage", str(cases_file), "--types")
    assert result.returncode == 2
    assert result.stderr.startswith("faqbot: coverage: --types asks its own questions; run it without FILE")


def test_the_shell_is_a_typed_call(cases_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from faqbot.cli.coverage import coverage as run_coverage

    assert run_coverage(cases_file, None, min_accuracy=1.0, no_wrong=True) == 0
    assert "accuracy" in capsys.readouterr().out


# --- the README section ---------------------------------------------------------------------------

def doc_section() -> str:
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index(SECTION):]
    following = re.search(r"^## ", section[len(SECTION):], re.M)
    return section[: len(SECTION) + following.start()] if following else section


def doc_examples() -> list[tuple[str, str]]:
    """(command, output) of each ``$ faqbot ...`` console block in the coverage section."""
    blocks = re.findall(r"```console\n\$ faqbot (.*?)\n(.*?)```", doc_section(), re.S)
    return [(command, output) for command, output in blocks]


def doc_commands() -> list[str]:
    """The ``faqbot ...`` lines of the section's ``sh`` blocks."""
    blocks = re.findall(r"```sh\n(.*?)```", doc_section(), re.S)
    return [line[len("faqbot "):] for block in blocks for line in block.splitlines()
            if line.startswith("faqbot ")]


def test_the_doc_shows_the_example_file_as_it_is() -> None:
    shown = re.search(r"^  ```yaml\n(.*?)^  ```", doc_section(), re.S | re.M)
    assert shown
    example = ROOT / "docs" / "examples" / "questions.yaml"
    assert textwrap.dedent(shown.group(1)) == example.read_text(encoding="utf-8")


def test_the_doc_has_examples() -> None:
    assert len(doc_examples()) >= 2


@pytest.mark.parametrize(("command", "output"), doc_examples())
def test_doc_examples_are_real_output(command: str, output: str) -> None:
    result = faqbot(*command.split())
    assert result.stdout + result.stderr == output, (
        f"{DOC} is stale: refresh it with `python tests/test_coverage.py`")


@pytest.mark.parametrize("command", doc_commands())
def test_doc_commands_run(command: str, tmp_path: Path) -> None:
    args = command.split()
    if "--output" in args:
        at = args.index("--output") + 1
        args[at] = str(tmp_path / args[at])
    result = faqbot(*args)
    assert result.returncode in (0, 1), result.stderr
    assert result.stderr == ""


def refresh_doc() -> None:
    """Rewrite the output of each console example in the section with what the command now
    prints, after a change to faq.yaml or the matcher: ``python tests/test_coverage.py``."""
    text = DOC.read_text(encoding="utf-8")
    section = doc_section()

    def rerun(block: re.Match[str]) -> str:
        result = faqbot(*block.group(1).split())
        return f"```console\n$ faqbot {block.group(1)}\n{result.stdout + result.stderr}```"

    fresh = re.sub(r"```console\n\$ faqbot (.*?)\n(.*?)```", rerun, section, flags=re.S)
    DOC.write_text(text.replace(section, fresh), encoding="utf-8")


if __name__ == "__main__":
    refresh_doc()


# --- question sets in the form of ../shared/eval: judged as its grade.py judges ------------------

PACKAGES = sorted((ROOT.parent / "shared" / "eval" / "documents").glob("*/questions.yaml"))


@pytest.mark.parametrize("questions", PACKAGES, ids=lambda p: p.parent.name)
def test_coverage_of_a_topics_set_agrees_with_the_shared_grader(questions: Path) -> None:
    faq = questions.parent / "faq.yaml"
    grader = questions.parent.parent.parent / "grade.py"
    graded = subprocess.run([sys.executable, str(grader), str(questions), "--cli",
                             f"{sys.executable} -m faqbot ask --json --faq {faq}"],
                            capture_output=True, text=True, check=True, timeout=300).stdout
    overall = re.search(r"^overall (\d+)/(\d+)$", graded, re.M)
    wrong = re.search(r"^wrong answers given: (\d+)$", graded, re.M)
    assert overall and wrong
    result = faqbot("coverage", str(questions), "--faq", str(faq))
    assert result.returncode == 0, result.stderr
    assert f"({overall[1]} of {overall[2]})" in result.stdout
    assert re.search(rf"^  wrong answers   {wrong[1]}$", result.stdout, re.M)


def test_the_repositorys_own_independent_questions_are_read() -> None:
    result = faqbot("coverage", "tests/data/independent_questions.yaml")
    assert result.returncode == 0, result.stderr
    assert "  questions       440" in result.stdout


@pytest.mark.skipif(not PACKAGES, reason="no ../shared/eval")
def test_types_ask_about_the_faqs_own_subject() -> None:
    faq = PACKAGES[0].parent / "faq.yaml"
    result = faqbot("coverage", "--types", "--faq", str(faq))
    assert result.returncode == 0, result.stderr
    assert re.search(r"^  symptoms +answered ", result.stdout, re.M)


def test_a_topics_set_sweeps_and_reports_in_every_format(tmp_path: Path) -> None:
    path = tmp_path / "topics.yaml"
    path.write_text("topics:\n  what: [deeper tissues]\n  surgery: [surgery may be necessary]\n"
                    "cases:\n  - {q: what is calcinosis, answer: [what]}\n"
                    "  - {q: do I need an operation, answer: [surgery], or_fallback: true}\n"
                    "  - {q: is it contagious, fallback: true}\n", encoding="utf-8")
    bot = FAQBot.load()
    from faqbot.cases import parse_cases

    result = evaluate(bot, parse_cases(path.read_text(), str(path), bot.faq.ids, ".yaml"))
    assert (result.correct, len(result.wrong)) == (3, 0)
    current = next(p for p in result.sweep() if p.current)
    assert (current.correct, current.wrong) == (3, 0)
    for fmt in ("text", "json", "junit", "html"):
        done = faqbot("coverage", str(path), "--sweep", "--format", fmt)
        assert done.returncode == 0, done.stderr
